"""The "same event?" decision and claim pooling that both event merges share.

Two merges fold records into one event, and both pool the fatality claims and recount
the totals from them (``summarizer.fatalities.totals``):

* the **chunk merge** (:func:`merge_chunk_events`): a long article is read in overlapping
  chunks, so one event can come back twice from one article. Twins have the same
  sub-event type, date and place and share an evidence sentence (or place and actor1);
* the **cross-article merge** (:mod:`summarizer.merge`, :func:`same_reported_event`): the
  same event reported by different outlets, whose wording, places and dates differ a little.

A claim is a repeat when its figure, victims and claimant are the same. Within one article
the claimant is compared case-insensitively (:func:`article_claim_key`); across articles
also without accents, punctuation and an attribution in brackets, since outlets write "JNIM
(via SITE)" for "JNIM" (:func:`claim_key`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Iterable

from rapidfuzz import fuzz

from .event_dates import DATE_ASSUMED
from .fatalities import totals
from .folding import claimant_key, place_key
from .schema import DateSpan, Event, Fatalities, FatalityClaim, Location

__all__ = [
    "PLACE_SIMILARITY",
    "article_claim_key",
    "claim_key",
    "claimant_key",
    "date_interval",
    "fold_into",
    "merge_chunk_events",
    "pool_claims",
    "recount",
    "same_chunk_event",
    "same_reported_event",
]

#: how similar two normalised place or region names must be (rapidfuzz ratio, 0-100)
PLACE_SIMILARITY = 85

#: how far before its report a record dated only by its publication day may have happened:
#: news tells the past week (the same window the date checks read a lead's weekday in)
UNDATED_LOOKBACK_DAYS = 7

ClaimKey = Callable[[FatalityClaim], Hashable]


# ---------------------------------------------------------------- claims
def article_claim_key(c: FatalityClaim) -> tuple[object, ...]:
    """One figure from one claimant, within one article."""
    return (c.low, c.high, c.victims, c.claimant.lower())


def claim_key(c: FatalityClaim) -> tuple[object, ...]:
    """One figure from one claimant, across articles."""
    return (c.low, c.high, c.victims, claimant_key(c.claimant))


def pool_claims(claims: Iterable[FatalityClaim], key: ClaimKey = claim_key) -> list[FatalityClaim]:
    """The claims with repeats dropped (the first of each kept), in order."""
    unique: dict[Hashable, FatalityClaim] = {}
    for c in claims:
        unique.setdefault(key(c), c)
    return list(unique.values())


def recount(claims: list[FatalityClaim]) -> tuple[Fatalities, int | None]:
    """UCDP low/best/high and the ACLED total from pooled claims."""
    return totals(claims)


# ---------------------------------------------------------------- chunk merge (one article)
#: the flag of an event code found in the text (``found_in_text.FLAG``): code built it only
#: after deciding that no coded event tells it ("In another incident, a clash ... at the
#: Mogadishu police academy"), so it is nobody's chunk twin
_FOUND_IN_TEXT = "found_in_text"


def same_chunk_event(a: Event, b: Event) -> bool:
    """Two records from overlapping chunks that describe one event."""
    if _FOUND_IN_TEXT in a.flags or _FOUND_IN_TEXT in b.flags:
        return False
    if a.sub_event_type != b.sub_event_type:
        return False
    if a.date.start and b.date.start and a.date.start != b.date.start:
        return False
    pa, pb = (a.location.place or "").lower(), (b.location.place or "").lower()
    if pa and pb and pa != pb:
        return False
    ra, rb = (a.location.admin1 or "").lower(), (b.location.admin1 or "").lower()
    if ra and rb and ra != rb:
        return False  # "a roadside bomb in Ghazni province", "a similar explosion in Farah province"
    return bool(set(a.evidence) & set(b.evidence)) or (pa == pb and a.actor1 == b.actor1)


def fold_into(twin: Event, ev: Event) -> None:
    """Give ``twin`` the evidence and claims of ``ev``, one record of the same happening (in
    place); the caller recounts the totals by its own rules."""
    for q, sp in zip(ev.evidence, ev.evidence_spans, strict=False):
        if q not in twin.evidence:
            twin.evidence.append(q)
            twin.evidence_spans.append(sp)
    twin.fatality_claims = pool_claims([*twin.fatality_claims, *ev.fatality_claims], article_claim_key)


def merge_chunk_events(events: list[Event]) -> list[Event]:
    """Fold duplicates found in overlapping chunks into the first record, recounting totals."""
    merged: list[Event] = []
    for ev in events:
        twin = next((m for m in merged if same_chunk_event(m, ev)), None)
        if twin is None:
            merged.append(ev)
            continue
        fold_into(twin, ev)
        fat, acled = recount(twin.fatality_claims)
        twin.fatalities, twin.fatalities_acled = fat, acled if acled is not None else 0
    return merged


# ---------------------------------------------------------------- cross-article merge
def date_interval(date: DateSpan) -> tuple[dt.date, dt.date] | None:
    """(first day, last day) of a date span, None when the date is unknown."""
    if date.start is None:
        return None
    end = date.end or date.start
    return (date.start, end) if end >= date.start else (end, date.start)


def _place_parts(place: str | None) -> list[str]:
    return [p for p in (place_key(part) for part in (place or "").split(",")) if p]


def _similar(a: str, b: str) -> bool:
    return a == b or (min(len(a), len(b)) >= 4 and fuzz.ratio(a, b) >= PLACE_SIMILARITY)


def _actor_names(ev: Event) -> set[str]:
    actors = [a for a in (ev.actor1, ev.actor2, *ev.assoc_actors) if a is not None]
    return {place_key(a.name) for a in actors if place_key(a.name)}


def _actor_aliases(ev: Event) -> set[str]:
    actors = [a for a in (ev.actor1, ev.actor2, *ev.assoc_actors) if a is not None]
    return {place_key(x) for a in actors for x in a.aliases if place_key(x)}


def _sides(ev: Event) -> frozenset[str]:
    return frozenset(place_key(a.name) for a in (ev.actor1, ev.actor2) if a is not None)


def _country_only(loc: Location) -> bool:
    return not loc.place and not loc.admin1


def _reported_interval(ev: Event) -> tuple[dt.date, dt.date] | None:
    """The event's days; a record the text gave no date (its publication day stands in)
    may lie up to a week before that day, so it can still meet a dated report of it."""
    iv = date_interval(ev.date)
    if iv is None or DATE_ASSUMED not in ev.flags:
        return iv
    return iv[0] - dt.timedelta(days=UNDATED_LOOKBACK_DAYS), iv[1]


def same_reported_event(a: Event, b: Event, *, max_day_gap: int = 1) -> bool:
    """Whether two records (from different articles) describe one real-world event."""
    ia, ib = _reported_interval(a), _reported_interval(b)
    if ia is None or ib is None:
        return False
    gap = dt.timedelta(days=max_day_gap)
    if ia[0] > ib[1] + gap or ib[0] > ia[1] + gap:
        return False
    ca, cb = place_key(a.location.country or ""), place_key(b.location.country or "")
    if ca and cb and ca != cb:
        return False
    if not (_actor_names(a) & _actor_names(b)) and not (
        _actor_names(a) & _actor_aliases(b) or _actor_names(b) & _actor_aliases(a)
    ):
        return False
    if _country_only(a.location) or _country_only(b.location):
        # Only the country is known: demand everything else agree exactly.
        return (
            bool(ca and cb)
            and a.sub_event_type == b.sub_event_type
            and _sides(a) == _sides(b)
            and ia[0] == ia[1] == ib[0] == ib[1]
        )
    pa, pb = _place_parts(a.location.place), _place_parts(b.location.place)
    if pa and pb:
        return any(_similar(x, y) for x in pa for y in pb)
    ra, rb = place_key(a.location.admin1 or ""), place_key(b.location.admin1 or "")
    return bool(ra and rb and _similar(ra, rb))
