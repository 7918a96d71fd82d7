"""Scoring the cross-article merge (:mod:`summarizer.merge`) against a gold grouping.

``merge_scores`` compares predicted groups with ``evals/gold_merge.json`` as pairwise
precision/recall of "same event" decisions, at event level (gold labels) or article level
(model reports, whose event indices do not line up with the gold's).
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from summarizer.merge import group_events
from summarizer.schema import GoldLabel, Provenance, Report

__all__ = ["MergeScores", "gold_reports", "load_gold_merge", "merge_scores", "pair_scores"]


@dataclass(frozen=True)
class MergeScores:
    """Pairwise scores of "same event" decisions (every unordered pair of items)."""

    precision: float
    recall: float
    f1: float
    predicted_pairs: int
    gold_pairs: int
    true_pairs: int

    def as_dict(self) -> dict[str, float | int]:
        return dict(self.__dict__)


def _pairs(groups: Iterable[Iterable[Hashable]], universe: set[Hashable]) -> set[frozenset[Hashable]]:
    out: set[frozenset[Hashable]] = set()
    for g in groups:
        members = sorted({m for m in g if m in universe}, key=repr)
        out.update(frozenset(p) for p in itertools.combinations(members, 2))
    return out


def pair_scores(
    predicted: Iterable[Iterable[Hashable]],
    gold: Iterable[Iterable[Hashable]],
    universe: Iterable[Hashable],
) -> MergeScores:
    """Pairwise precision/recall over ``universe``; with no pairs on a side its score is 1."""
    uni = set(universe)
    p, g = _pairs(predicted, uni), _pairs(gold, uni)
    tp = len(p & g)
    precision = tp / len(p) if p else 1.0
    recall = tp / len(g) if g else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return MergeScores(round(precision, 4), round(recall, 4), round(f1, 4), len(p), len(g), tp)


def load_gold_merge(path: Path | str) -> dict[str, Any]:
    """Read ``gold_merge.json``.

    Shape: ``{"groups": [{"label": str, "events": ["<article id>#<event index>", ...],
    "articles": [ids reporting it as a main event]}]}``; events not in any group are
    singletons.
    """
    data: dict[str, Any] = json.loads(Path(path).read_text(encoding="utf-8"))
    return data


def _ref(ref: str) -> tuple[str, int]:
    article, _, index = ref.rpartition("#")
    return article, int(index)


def merge_scores(
    reports: Iterable[Report | Mapping[str, Any]],
    gold: Mapping[str, Any] | Path | str,
    *,
    level: Literal["event", "article"] = "article",
    max_day_gap: int = 1,
) -> MergeScores:
    """Score ``merge_reports`` on ``reports`` against a gold grouping.

    ``level="event"``: items are (article id, event index); use on gold labels turned into
    reports, whose indices are the gold's. ``level="article"``: two articles are "same"
    when some merged event has sources from both (main events only) — the level to use
    for model reports. Only articles present in ``reports`` are scored, and, when the
    grouping lists the articles it was labelled for (``articles``), only those: a pair
    with an article nobody grouped cannot be judged right or wrong.
    """
    gold_data = load_gold_merge(gold) if isinstance(gold, (str, Path)) else gold
    covered = set(gold_data.get("articles") or [])
    reps = [r if isinstance(r, Report) else Report.model_validate(r) for r in reports]
    reps = [r for r in reps if not covered or r.id in covered]
    groups = group_events(reps, max_day_gap=max_day_gap, include_background=level == "event")
    gold_groups = [[_ref(x) for x in grp["events"]] for grp in gold_data.get("groups", [])]
    if level == "event":
        universe: set[Hashable] = {(r.id, i) for r in reps for i in range(len(r.events))}
        pred: list[list[Hashable]] = [list(g) for g in groups]
        gold_items: list[list[Hashable]] = [list(g) for g in gold_groups]
        return pair_scores(pred, gold_items, universe)
    salience = {(r.id, i): ev.salience for r in reps for i, ev in enumerate(r.events)}
    universe = {r.id for r in reps}
    pred = [[article for article, i in g if salience[(article, i)] == "main"] for g in groups]
    # Article-level gold: the group's "articles" (those reporting it as a main event).
    gold_art: list[list[Hashable]] = [
        list(grp.get("articles") or dict.fromkeys(a for a, _ in refs))
        for grp, refs in zip(gold_data.get("groups", []), gold_groups, strict=True)
    ]
    return pair_scores(pred, gold_art, universe)


def gold_reports(labels_dir: Path | str, ids: Iterable[str] | None = None) -> list[Report]:
    """Gold labels turned into reports (for testing and calibrating the merge rules)."""
    wanted = set(ids) if ids is not None else None
    out = []
    for path in sorted(Path(labels_dir).glob("*.json")):
        if wanted is not None and path.stem not in wanted:
            continue
        label = GoldLabel.model_validate_json(path.read_text(encoding="utf-8"))
        out.append(
            Report(
                id=label.id,
                meta=label.meta,
                events=label.events,
                provenance=Provenance(backend="gold", model="gold", prompt_version="gold"),
            )
        )
    return out
