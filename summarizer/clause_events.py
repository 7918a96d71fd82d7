"""Another happening told inside a sentence an event already cites.

Wire round-ups pack two attacks into one sentence: "a suicide bomber in a rickshaw has
killed three people in Peshawar, a day after another suicide bomber killed 13 people in a
crowded market", "drone aircraft killed three people Saturday and another three on Sunday",
"The attack, which took place on Monday, followed another raid by Yau Yau's forces on an
SPLA base in rural Murua on Sunday". The model codes the sentence's first happening; the
found-event pass (``found_in_text.py``) reads only sentences no event cites. Here the
clause that the sentence itself marks as another happening ("after another", "followed
another", "and another N on Sunday") becomes an event of its own when its day is told
(a weekday, or "a day after" the cited event's day): the clause's own figures, kind and
place, the cited event's sides as the model named them, flagged ``found_in_clause``.
Its figures leave the cited event, whose toll they are not.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from .article import Article
from .claimcheck import claimant_for, recount_event, to_claim
from .dates import WEEKDAYS, find_date_phrase, resolve_date
from .draft import DraftClaim, DraftEvent
from .fatalities import NUMBER
from .found_places import named_where
from .keywords import VIOLENT_TYPES, classify
from .records import build_event, is_conflict_event
from .schema import DateSpan, Event

FLAG = "found_in_clause"

_WEEKDAY = "|".join(WEEKDAYS)

#: "killed 27 people on Saturday and another 20 on Sunday": the second day's own toll
_AND_ANOTHER_ON = re.compile(
    rf"\band (?:another|a further)\s+(?P<fig>{NUMBER})\b(?:\s+[\w'’-]+){{0,3}}?\s+(?:on\s+|late\s+|early\s+)?"
    rf"(?P<day>{_WEEKDAY})\b",
    re.I,
)
#: "a day after another suicide bomber killed 13", "followed another raid by ... on Sunday"
_AFTER_ANOTHER = re.compile(
    r"\b(?:(?P<gap>a day|one day|two days|hours|a few hours|just hours)\s+after|follow(?:ed|s|ing))\s+"
    r"(?:another|a separate|an earlier|a similar)\s+(?P<rest>[^.;]+)",
    re.I,
)
_GAP_DAYS = {"a day": 1, "one day": 1, "two days": 2, "hours": 0, "a few hours": 0, "just hours": 0}


def _mention(event: Event, which: str) -> str:
    actor = event.actor1 if which == "actor1" else event.actor2
    if actor is None:
        return ""
    return actor.aliases[0] if actor.aliases else actor.name


def _clauses(
    sentence: str, cited_day: dt.date | None, published: dt.date | None
) -> list[tuple[int, int, dt.date, str]]:
    """(start, end, day, date phrase) of each clause the sentence marks as another happening
    on a told day."""
    out: list[tuple[int, int, dt.date, str]] = []
    for m in _AND_ANOTHER_ON.finditer(sentence):
        span = resolve_date(m["day"], published)
        if span.start is not None and span.precision == "day":
            out.append((m.start(), m.end(), span.start, m["day"]))
    for m in _AFTER_ANOTHER.finditer(sentence):
        rest = m["rest"]
        phrase = find_date_phrase(rest)
        day: dt.date | None = None
        if phrase:
            span = resolve_date(phrase, published)
            day = span.start if span.precision == "day" else None
        elif m["gap"] and cited_day is not None:
            day = cited_day - dt.timedelta(days=_GAP_DAYS[m["gap"].lower()])
        if day is not None:
            out.append((m.start("rest"), m.end("rest"), day, phrase or f"{m['gap']} after"))
    return out


def clause_events(art: Article, events: list[Event], country: str | None) -> list[Event]:
    """Events for the clauses of cited sentences that tell another happening on its own day."""
    if not country:
        return []
    out: list[Event] = []
    for event in [ev for ev in events if ev.salience == "main"]:
        for span in event.evidence_spans:
            if span.start is None:
                continue
            index = next((i for i, (s, e) in enumerate(art.sentences) if s <= span.start < e), None)
            if index is None or index == 0:
                continue  # a headline's clause is told again in the body
            s0 = art.sentences[index][0]
            sentence = art.sentence_text(index)
            for start, end, day, phrase in _clauses(sentence, event.date.start, art.meta.published):
                where = named_where(sentence[start:end], country)
                place = where or event.location.place
                if day == event.date.start or any(
                    ev.date.start == day and ev.sub_event_type == event.sub_event_type and ev.location.place == place
                    for ev in [*events, *out]
                ):
                    continue  # the same day: the cited event, or one coded already
                clause = sentence[start:end]
                kind = classify(clause) or (event.event_type, event.sub_event_type)
                if kind[0] not in VIOLENT_TYPES:
                    continue
                figures = [
                    f
                    for f in art.death_figures
                    if f.sentence == index and s0 + start <= f.start < s0 + end and f.scope == "event" and not f.vague
                ]
                draft = DraftEvent(
                    sentences=[index + 1],
                    sub_event_type=kind[1],  # type: ignore[arg-type]
                    date=day.isoformat(),
                    place=place or "",
                    region=event.location.admin1 or "",
                    country=country,
                    actor1=_mention(event, "actor1"),
                    actor1_type=event.actor1.type if event.actor1 else "Rebel group",
                    actor2=_mention(event, "actor2"),
                    actor2_type=event.actor2.type if event.actor2 else "Civilians",
                    claims=[
                        DraftClaim(figure=f.text, victims=f.victims, claimant=f.claimant or "", sentence=index + 1)
                        for f in figures[:4]
                    ],
                )
                found, _ = build_event(draft, art)
                # the day and the toll are the clause's, read here: the checks of a whole
                # sentence would give it the cited event's day and take its figures for
                # another day's attack, which they are
                found.date = DateSpan(start=day, end=day, precision="day", text=phrase)
                found.fatality_claims = [to_claim(f, f.victims, claimant_for(f, "", art), art) for f in figures]
                found.flags = [f for f in found.flags if not f.startswith(("claim_", "date_"))] + [FLAG]
                recount_event(found)
                if not is_conflict_event(found):
                    continue
                out.append(found)
                _leave_cited(event, index, (s0 + start, s0 + end), art)
    return out


def _leave_cited(event: Event, index: int, clause: tuple[int, int], art: Article) -> None:
    """The clause's figures are no toll of the event that cites its sentence. A claim's span
    is its whole sentence, so the clause's claims are told by number: a claim of the
    sentence goes when the sentence holds more claims of that number than figures of it
    outside the clause ("killed three people Saturday and another three on Sunday": one of
    the two threes)."""
    start, end = art.sentences[index]
    figures = [f for f in art.death_figures if f.sentence == index and f.scope == "event"]
    inside = [f.low for f in figures if clause[0] <= f.start < clause[1]]
    outside = Counter(f.low for f in figures if not clause[0] <= f.start < clause[1])
    here = Counter(
        c.low
        for c in event.fatality_claims
        if c.span is not None and c.span.start is not None and start <= c.span.start < end
    )
    gone = Counter({low: here[low] - outside[low] for low in set(inside) if here[low] > outside[low]})
    kept = []
    for c in event.fatality_claims:
        told_here = c.span is not None and c.span.start is not None and start <= c.span.start < end
        if told_here and gone[c.low] > 0:
            gone[c.low] -= 1
            continue
        kept.append(c)
    if len(kept) < len(event.fatality_claims):
        event.fatality_claims = kept
        event.flags.append("claims_of_a_clause_told_apart")
        recount_event(event)


__all__ = ["FLAG", "clause_events"]
