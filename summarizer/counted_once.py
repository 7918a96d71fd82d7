"""A figure written once in the article counts in one event only (the last step before
a report's events are summed up)."""

from __future__ import annotations

from .claimcheck import recount_event
from .schema import Event, FatalityClaim

__all__ = ["count_once"]


def count_once(events: list[Event]) -> list[Event]:
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
    for key, where in holders.items():
        at = key[0] or 0
        told = [i for i in set(where) if any((sp.start or 0) <= at < (sp.end or 0) for sp in events[i].evidence_spans)]
        keeper[key] = told[0] if len(told) == 1 else where[0]
    for index, event in enumerate(events):
        kept: list[FatalityClaim] = []
        seen: set[Key] = set()
        for c in event.fatality_claims:
            key = (c.span.start if c.span else None, c.low, c.high)
            if c.span is not None and (keeper.get(key, index) != index or key in seen):
                event.flags.append(f"claim_counted_in_another_event:{c.low}")
                continue
            seen.add(key)
            kept.append(c)
        if len(kept) != len(event.fatality_claims):
            event.fatality_claims = kept
            recount_event(event)
    return events
