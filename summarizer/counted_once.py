"""A figure written once in the article counts in one event only (the last step before
a report's events are summed up)."""

from __future__ import annotations

from .article import Article
from .claimcheck import recount_event
from .schema import Event, FatalityClaim
from .summed_tolls import headline_total_over_attacks

__all__ = ["count_once"]


def _times_written(art: Article | None, start: int | None, low: int | None) -> int:
    """How many death figures of this number the sentence at ``start`` holds ("killed three
    people Saturday and another three on Sunday": two)."""
    if art is None or start is None or low is None:
        return 1
    index = next((i for i, (s, e) in enumerate(art.sentences) if s <= start < e), None)
    return max(1, sum(1 for f in art.death_figures if f.sentence == index and f.low == low))


def count_once(events: list[Event], art: Article | None = None) -> list[Event]:
    """A figure written once in the article counts in one event only.

    When two events of one article claim the same figure from the same sentence (the
    model coded one clash as two, or code added an evidence figure to both), the event
    whose evidence holds that sentence keeps it ("Also, the African Union says ... leaving
    six dead" is the attack on the peacekeepers', not the lead event's the model padded
    with it), else the first; the others drop it with a flag; their totals are recounted.
    """
    Key = tuple[int | None, int | None, int | None]
    holders: dict[Key, list[int]] = {}
    for index, event in enumerate(events):
        for c in event.fatality_claims:
            if c.span is not None:
                holders.setdefault((c.span.start, c.low, c.high), []).append(index)
    keeper: dict[Key, int] = {}
    shared: set[Key] = set()
    for key, where in holders.items():
        if len(set(where)) > 1 and len(set(where)) <= _times_written(art, key[0], key[1]):
            shared.add(key)  # each event holds one of the figures written with this number
            continue
        at = key[0] or 0
        told = [i for i in set(where) if any((sp.start or 0) <= at < (sp.end or 0) for sp in events[i].evidence_spans)]
        keeper[key] = told[0] if len(told) == 1 else where[0]
    for index, event in enumerate(events):
        kept: list[FatalityClaim] = []
        seen: set[Key] = set()
        for c in event.fatality_claims:
            key = (c.span.start if c.span else None, c.low, c.high)
            if c.span is not None and key not in shared and (keeper.get(key, index) != index or key in seen):
                event.flags.append(f"claim_counted_in_another_event:{c.low}")
                continue
            seen.add(key)
            kept.append(c)
        if len(kept) != len(event.fatality_claims):
            event.fatality_claims = kept
            recount_event(event)
            if not kept and art is not None:
                # every figure it held is another event's ("clashes across Iraq Friday that left
                # at least 13 people dead", beside Saturday's Mosul rockets): the figures of its
                # own sentences ("has killed at least two people") are its toll
                from .claim_home import own_figures_instead  # claim_home imports claimcheck too

                own_figures_instead(art, event, -1)
                taken = {
                    (c.span.start, c.low)
                    for i, ev in enumerate(events)
                    if i != index
                    for c in ev.fatality_claims
                    if c.span
                }
                if any(
                    c.span is not None and (c.span.start, c.low) in taken or headline_total_over_attacks(c, art)
                    for c in event.fatality_claims
                ):  # a figure another event counts stays counted once; one over several attacks is none's
                    event.fatality_claims = []
                    recount_event(event)
    return events
