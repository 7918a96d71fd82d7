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

from summarizer.evaluation.metrics import F1_PAIRS

DEFAULT_TOLERANCE = 0.05

#: reported but never gated (see the module docstring).
UNGATED = frozenset(
    {"seconds", "tokens_in", "tokens_out", "retries", "summary_words", "no_event_false_positive", "claims_not_deaths"}
)


def one_flip(trials: Mapping[str, int]) -> dict[str, float]:
    """Per metric, what one event (or claim, or article) changing its verdict moves it by.

    The gate's tolerance follows from the gold set's size, metric by metric: with 40
    matched events a field may lose one event (0.025) and no more; a flat tolerance would
    let a small metric lose half its trials, or fail a large one on noise it cannot have.
    F1 scores take the larger step of their precision and recall.
    """
    steps = {name: 1.0 / n for name, n in trials.items() if n > 0}
    for name, (p, r) in F1_PAIRS.items():
        parts = [steps[m] for m in (p, r) if m in steps]
        if parts:
            steps[name] = max(parts)
    return steps


def check_against_baseline(
    scores: Mapping[str, float | None],
    baseline: Mapping[str, float],
    tolerance: float,
    trials: Mapping[str, int] | None = None,
) -> list[str]:
    """One line per gated baseline metric whose score dropped by more than its tolerance.

    The tolerance is one flip of that metric when the baseline stores its trial counts
    (``one_flip``), else the flat ``tolerance``. A metric in the baseline that the run did
    not produce (None or absent) is a failure too: a score that silently disappears must
    not pass the gate.
    """
    steps = one_flip(trials or {})
    failures = []
    for name, floor in sorted(baseline.items()):
        if name in UNGATED:
            continue
        got = scores.get(name)
        allowed = steps.get(name, tolerance)
        if got is None:
            failures.append(f"{name}: missing (baseline {floor:.3f})")
        elif floor - got > allowed + 1e-4:
            failures.append(f"{name}: {got:.3f} < baseline {floor:.3f} - {allowed:.3f}")
    return failures


def gated_scores(scores: Mapping[str, float | None]) -> dict[str, float]:
    """The scores worth storing as a baseline: defined and gated."""
    return {k: v for k, v in sorted(scores.items()) if v is not None and k not in UNGATED}


def load_baseline(path: str | Path) -> tuple[dict[str, float], float]:
    """(scores, tolerance) from a baseline file."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return {k: float(v) for k, v in data.get("scores", {}).items()}, float(data.get("tolerance", DEFAULT_TOLERANCE))


def load_trials(path: str | Path) -> dict[str, int]:
    """The trial count behind each baseline score ({} for an old baseline without them)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return {k: int(v) for k, v in data.get("trials", {}).items()}


def write_baseline(
    path: str | Path,
    scores: Mapping[str, float | None],
    tolerance: float = DEFAULT_TOLERANCE,
    trials: Mapping[str, int] | None = None,
) -> None:
    """Store the gated part of ``scores`` as the new baseline, with their trial counts."""
    gated = gated_scores(scores)
    body: dict[str, object] = {"tolerance": tolerance, "scores": gated}
    if trials:
        body["trials"] = {k: int(v) for k, v in sorted(trials.items()) if k in gated}
    Path(path).write_text(json.dumps(body, indent=2) + "\n", encoding="utf-8")
