"""Pair predicted events with gold events, one to one, before any field is scored.

Similarity of a (predicted, gold) pair is the mean of four aspects, each in [0, 1]:

=========  =================================================================
type       1 same sub-event type, 0.5 same event type only, else 0
date       1 the date ranges overlap, 0.75 one day apart, 0.25 within a week
           or either date unknown, else 0
place      0 if both countries are known and differ; else 1 same place (or both
           placeless with the same admin1), 0.5 same admin1, 0.25 same country
actors     gold sides found among the predicted sides (either order), divided
           by the larger number of sides; 1 when neither has any side
=========  =================================================================

A pair can match only when its similarity reaches ``MATCH_THRESHOLD`` (0.4): roughly two
aspects right, or one right and two half right. It is low on purpose, since the
per-field scores must see events whose type or date is wrong; the optimal assignment,
not the threshold, keeps near-identical events (same day, different village) apart.

Only predicted events marked ``main`` take part: a system that calls an event
background is saying it is not news. Gold background events do take part, so a
prediction of a past event is absorbed by it and costs nothing (FORMAT.md); on equal
similarity a main gold event wins the tie.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from summarizer.evaluation.assignment import max_weight_assignment
from summarizer.evaluation.compare import (
    actor_matches,
    date_distance,
    place_matches,
    same_admin1,
    same_name,
)
from summarizer.schema import Event

MATCH_THRESHOLD = 0.4
_MAIN_TIE_BREAK = 1e-6


@dataclass(frozen=True)
class Pair:
    """A predicted event (index into the prediction) paired with a gold event."""

    pred: int
    gold: int
    similarity: float


@dataclass
class Matching:
    """The assignment and what it leaves over, all as indices into the two event lists."""

    main: list[Pair] = field(default_factory=list)
    background: list[Pair] = field(default_factory=list)
    missed: list[int] = field(default_factory=list)
    extra: list[int] = field(default_factory=list)
    ignored: list[int] = field(default_factory=list)

    @property
    def scored_predictions(self) -> int:
        """Predictions that count for precision: matched to a main event, or unmatched."""
        return len(self.main) + len(self.extra)


def type_similarity(pred: Event, gold: Event) -> float:
    if pred.sub_event_type == gold.sub_event_type:
        return 1.0
    return 0.5 if pred.event_type == gold.event_type else 0.0


def date_similarity(pred: Event, gold: Event) -> float:
    days = date_distance(pred.date, gold.date)
    if days is None:
        return 0.25
    return {0: 1.0, 1: 0.75}.get(days, 0.25 if days <= 7 else 0.0)


def place_similarity(pred: Event, gold: Event) -> float:
    p, g = pred.location, gold.location
    if p.country and g.country and not same_name(p.country, g.country):
        return 0.0
    one_admin1 = bool(g.admin1) and same_admin1(p.admin1, g.admin1, g.country)
    if (p.place and g.place and place_matches(p.place, g.place)) or (not p.place and not g.place and one_admin1):
        return 1.0
    if one_admin1:
        return 0.5
    return 0.25 if g.country and same_name(p.country, g.country) else 0.0


def actor_similarity(pred: Event, gold: Event) -> float:
    gold_sides = [a for a in (gold.actor1, gold.actor2) if a is not None]
    pred_sides = [a for a in (pred.actor1, pred.actor2) if a is not None]
    if not gold_sides and not pred_sides:
        return 1.0
    straight = sum(actor_matches(p, g) for p, g in ((pred.actor1, gold.actor1), (pred.actor2, gold.actor2)) if g and p)
    swapped = sum(actor_matches(p, g) for p, g in ((pred.actor2, gold.actor1), (pred.actor1, gold.actor2)) if g and p)
    return max(straight, swapped) / max(len(gold_sides), len(pred_sides))


def similarity(pred: Event, gold: Event) -> float:
    """Mean of the four aspect similarities (see the module docstring)."""
    parts = (
        type_similarity(pred, gold),
        date_similarity(pred, gold),
        place_similarity(pred, gold),
        actor_similarity(pred, gold),
    )
    return sum(parts) / len(parts)


def match_events(pred: list[Event], gold: list[Event], threshold: float = MATCH_THRESHOLD) -> Matching:
    """Optimal one-to-one matching of predicted main events to gold events."""
    result = Matching(ignored=[i for i, e in enumerate(pred) if e.salience != "main"])
    scored = [i for i, e in enumerate(pred) if e.salience == "main"]
    sims = [[similarity(pred[i], g) for g in gold] for i in scored]
    weights = [
        [
            s + (_MAIN_TIE_BREAK if g.salience == "main" else 0.0) if s >= threshold else 0.0
            for s, g in zip(row, gold, strict=True)
        ]
        for row in sims
    ]
    matched_pred: set[int] = set()
    matched_gold: set[int] = set()
    for r, j in max_weight_assignment(weights):
        pair = Pair(pred=scored[r], gold=j, similarity=round(sims[r][j], 4))
        (result.main if gold[j].salience == "main" else result.background).append(pair)
        matched_pred.add(scored[r])
        matched_gold.add(j)
    result.missed = [j for j, g in enumerate(gold) if g.salience == "main" and j not in matched_gold]
    result.extra = [i for i in scored if i not in matched_pred]
    return result
