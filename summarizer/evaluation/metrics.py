"""Reduce many per-article scores into one number per metric.

A scorer (``fields``, ``claims``, ``summary``, ``scoring``) turns one article into
``Tally`` objects; the functions here only add tallies up and divide. Every metric is
micro-averaged (summed over all events or items, then divided), so an article with
four events weighs four times one with a single event, as in ACLED-style evaluation.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Tally:
    """``value`` summed over ``count`` trials: hits for a rate, a quantity for a mean."""

    value: float = 0.0
    count: int = 0

    def __add__(self, other: Tally) -> Tally:
        return Tally(self.value + other.value, self.count + other.count)

    @property
    def mean(self) -> float | None:
        """value / count, or None when nothing was counted (not 0: "no data" is not "wrong")."""
        return self.value / self.count if self.count else None


def hit(ok: bool) -> Tally:
    """One trial, passed or failed."""
    return Tally(1.0 if ok else 0.0, 1)


def hits(passed: int, trials: int) -> Tally:
    """Several trials at once."""
    return Tally(float(passed), trials)


def add_tallies(tallies: Iterable[Mapping[str, Tally]]) -> dict[str, Tally]:
    """Sum tallies metric by metric across articles."""
    total: dict[str, Tally] = {}
    for one in tallies:
        for name, tally in one.items():
            total[name] = total.get(name, Tally()) + tally
    return total


def f1(precision: float | None, recall: float | None) -> float | None:
    """Harmonic mean; 0 when both are 0.

    When one side is undefined (no predictions, or no gold items) the F1 is 0 if the
    other side is 0, else undefined (None).
    """
    if precision is None or recall is None:
        other = recall if precision is None else precision
        return 0.0 if other == 0 else None
    return 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)


#: F1 scores derived from a precision and a recall tally of the same name stem.
F1_PAIRS = {
    "event_f1": ("event_precision", "event_recall"),
    "claims_f1": ("claims_precision", "claims_recall"),
    "claims_figure_f1": ("claims_figure_precision", "claims_figure_recall"),
}


def reduce_scores(total: Mapping[str, Tally]) -> dict[str, float | None]:
    """Turn summed tallies into the final numbers, F1s included, rounded to 4 places."""
    scores: dict[str, float | None] = {name: tally.mean for name, tally in total.items()}
    for name, (p, r) in F1_PAIRS.items():
        if p in scores or r in scores:
            scores[name] = f1(scores.get(p), scores.get(r))
    return {k: (None if v is None else round(v, 4)) for k, v in sorted(scores.items())}
