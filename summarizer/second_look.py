"""A second look for events the first answer missed.

The small model tends to code one event where an article reports two or three. Code
finds the sentences that report violence with a death figure of their own that no coded
event covers, and only those go back to the model, in a short question that shares the
article's prompt prefix (llama.cpp reuses the tokens it already read, so the question
costs its own few tokens and the answer). Background is kept out: sentences dated more
than a month before publication or scoped beyond one event are not asked about.
"""

from __future__ import annotations

import datetime as dt

from .article import Article
from .dates import event_date_phrases, resolve_date
from .draft import MAX_EVENTS, DraftMore
from .found_dates import on_its_day
from .keywords import VIOLENT_TYPES, classify
from .schema import Event
from .victims import Victims, other_dead

#: at most this many sentences go back to the model
MAX_SENTENCES = 3


def _covered(art: Article, events: list[Event]) -> set[int]:
    spans = {(sp.start, sp.end) for ev in events for sp in ev.evidence_spans}
    return {i for i, se in enumerate(art.sentences) if se in spans}


def _recent(art: Article, sentence: str) -> bool:
    """Whether the sentence's own date (if any) is within a month of publication."""
    published = art.meta.published
    if published is None:
        return True
    for phrase in event_date_phrases(sentence):
        span = resolve_date(phrase, published)
        if span.end is not None and (published - span.end) > dt.timedelta(days=30):
            return False
    return True


def other_dead_than_coded(low: int | None, victims: Victims, events: list[Event]) -> bool:
    """Whether a figure a coded event holds counts other people there: "a suicide bomber
    killed three civilians" beside an event's "three soldiers were killed in a bomb attack"
    is a toll of its own, not the soldiers told again."""
    same = [c.victims for ev in events for c in ev.fatality_claims if low is not None and low in (c.low, c.high)]
    return bool(same) and all(other_dead(v, victims) for v in same)


def uncovered_sentences(art: Article, events: list[Event], limit: int | None = MAX_SENTENCES) -> list[int]:
    """0-based sentences that report violence with an uncounted death figure and no event
    (the first ``limit`` of them; ``None``: all)."""
    covered = _covered(art, events)
    counted = {v for ev in events for c in ev.fatality_claims for v in (c.low, c.high) if v is not None}
    out: list[int] = []
    for figure in art.death_figures:
        i = figure.sentence
        if i == 0 or i in covered or i in out or figure.scope != "event":
            continue
        sentence = art.sentence_text(i)
        told = {figure.low, figure.high} & on_its_day(art, sentence, events, counted, set())
        if told and not other_dead_than_coded(figure.low, figure.victims, events):
            continue  # told again, unless the sentence opens on a day no event of that figure has
        kind = classify(sentence)
        if kind is None or kind[0] not in VIOLENT_TYPES or not _recent(art, sentence):
            continue
        out.append(i)
    return out[:limit]


def same_happening(a: Event, b: Event) -> bool:
    """Whether a second-look event is one already coded: same country, same place (or the
    same region when neither names a town), dates a day apart at most or unknown."""
    la, lb = a.location, b.location
    if la.country and lb.country and la.country != lb.country:
        return False
    if la.place and lb.place:
        if la.place.lower() != lb.place.lower():
            return False
    elif la.admin1 and la.admin1 == lb.admin1 and a.sub_event_type == b.sub_event_type:
        pass  # "Marka" and "Lower Shabelle": one names the town, the other its region
    elif (la.place or lb.place) or (la.admin1 or "") != (lb.admin1 or ""):
        return False
    if a.date.start and b.date.start:
        return abs((a.date.start - b.date.start).days) <= 1
    return True


def describe_coded(events: list[Event]) -> str:
    """The events already coded, in a few words each, so the model does not repeat them."""
    parts = []
    for ev in events:
        where = ev.location.place or ev.location.admin1 or ev.location.country or "an unnamed place"
        when = f" on {ev.date.start.isoformat()}" if ev.date.start else ""
        parts.append(f"{ev.sub_event_type} at {where}{when}")
    return "; ".join(parts) or "none"


__all__ = ["MAX_EVENTS", "DraftMore", "describe_coded", "same_happening", "uncovered_sentences"]
