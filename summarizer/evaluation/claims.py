"""Precision and recall of fatality claims on one matched event.

A claim is a (figure, claimant) pair. The figure must be equal exactly — ``(low,
high)`` as FORMAT.md writes it, so "at least 14" (14, None) differs from "14" (14, 14) —
and the claimant must agree fuzzily (``compare.claimant_matches``: a shared content
word). Two scores come out: ``claims_*`` on both, and ``claims_figure_*`` on the figure
alone (BASELINE.md's "figure" row), which tells a wrong attribution from a wrong number.
Claims are paired one to one, so a figure repeated by the prediction is counted once.
"""

from __future__ import annotations

from collections.abc import Callable

from summarizer.evaluation.assignment import max_weight_assignment
from summarizer.evaluation.compare import claimant_matches
from summarizer.evaluation.metrics import Tally, hits
from summarizer.schema import FatalityClaim

Same = Callable[[FatalityClaim, FatalityClaim], bool]


def same_figure(pred: FatalityClaim, gold: FatalityClaim) -> bool:
    return (pred.low, pred.high) == (gold.low, gold.high)


def same_claim(pred: FatalityClaim, gold: FatalityClaim) -> bool:
    return same_figure(pred, gold) and claimant_matches(pred.claimant, gold.claimant)


def count_matches(pred: list[FatalityClaim], gold: list[FatalityClaim], same: Same) -> int:
    """Largest number of one-to-one pairs for which ``same`` holds."""
    weights = [[1.0 if same(p, g) else 0.0 for g in gold] for p in pred]
    return len(max_weight_assignment(weights))


def _values(claim: FatalityClaim) -> set[int]:
    return {v for v in (claim.low, claim.high) if v is not None}


def score_death_figures(pred: list[FatalityClaim], gold: list[FatalityClaim]) -> dict[str, Tally]:
    """Whether each predicted figure is a death figure of the article at all.

    Article-wide, not per matched event: a predicted figure counts as a death figure when
    any gold claim of the article (main or background event) has that number. A freed-
    hostage count or a wounded count turned into deaths shows up here even when its event
    matched nothing. ``claims_not_deaths`` is the share the issue wants at 0;
    ``claims_are_deaths`` is its gated mirror.
    """
    known = set().union(*(_values(g) for g in gold)) if gold else set()
    bad = sum(1 for p in pred if not (_values(p) & known))
    return {"claims_not_deaths": hits(bad, len(pred)), "claims_are_deaths": hits(len(pred) - bad, len(pred))}


def _figure(claim: FatalityClaim) -> str:
    high = "" if claim.high == claim.low else f"-{claim.high if claim.high is not None else ''}"
    return f"{claim.low}{high} ({claim.claimant or 'no claimant'})"


def score_claims(pred: list[FatalityClaim], gold: list[FatalityClaim]) -> tuple[dict[str, Tally], list[str]]:
    """Tallies for both claim metrics, and a line for each gold claim nobody matched."""
    full = count_matches(pred, gold, same_claim)
    figure = count_matches(pred, gold, same_figure)
    tallies = {
        "claims_precision": hits(full, len(pred)),
        "claims_recall": hits(full, len(gold)),
        "claims_figure_precision": hits(figure, len(pred)),
        "claims_figure_recall": hits(figure, len(gold)),
        # the claimant on its own: of the figures found, how many carry the right source
        "claims_claimant_given_figure": hits(full, figure),
    }
    misses = [f"claim missed: {_figure(g)}" for g in gold if not any(same_claim(p, g) for p in pred)]
    misses += [f"claim extra: {_figure(p)}" for p in pred if not any(same_claim(p, g) for g in gold)]
    return tallies, misses
