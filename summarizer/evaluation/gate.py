"""The regression gate: fail when a quality score drops below the stored baseline.

The baseline file (``evals/baseline.json``) is ``{"tolerance": 0.05, "scores": {...}}``.
Only quality metrics, all "higher is better", are gated. Operating costs (seconds,
tokens, retries, summary length) and the false-positive rate (lower is better; its
mirror ``no_event_correct`` is gated instead) are reported but never gated: they vary
with the machine and load, and a slow CI runner is not a regression.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

DEFAULT_TOLERANCE = 0.05

#: reported but never gated (see the module docstring).
UNGATED = frozenset({"seconds", "tokens_in", "tokens_out", "retries", "summary_words", "no_event_false_positive"})


def check_against_baseline(
    scores: Mapping[str, float | None], baseline: Mapping[str, float], tolerance: float
) -> list[str]:
    """One line per gated baseline metric whose score is more than ``tolerance`` lower.

    A metric in the baseline that the run did not produce (None or absent) is a failure
    too: a score that silently disappears must not pass the gate.
    """
    failures = []
    for name, floor in sorted(baseline.items()):
        if name in UNGATED:
            continue
        got = scores.get(name)
        if got is None:
            failures.append(f"{name}: missing (baseline {floor:.3f})")
        elif floor - got > tolerance + 1e-9:
            failures.append(f"{name}: {got:.3f} < baseline {floor:.3f} - {tolerance:.3f}")
    return failures


def gated_scores(scores: Mapping[str, float | None]) -> dict[str, float]:
    """The scores worth storing as a baseline: defined and gated."""
    return {k: v for k, v in sorted(scores.items()) if v is not None and k not in UNGATED}


def load_baseline(path: str | Path) -> tuple[dict[str, float], float]:
    """(scores, tolerance) from a baseline file."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return {k: float(v) for k, v in data.get("scores", {}).items()}, float(data.get("tolerance", DEFAULT_TOLERANCE))


def write_baseline(path: str | Path, scores: Mapping[str, float | None], tolerance: float = DEFAULT_TOLERANCE) -> None:
    """Store the gated part of ``scores`` as the new baseline."""
    body = {"tolerance": tolerance, "scores": gated_scores(scores)}
    Path(path).write_text(json.dumps(body, indent=2) + "\n", encoding="utf-8")
