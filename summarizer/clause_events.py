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
place, the cited event's sides as the model named them, flagged ``found_in_clause``. So too
a happening listed after ", and" on the cited event's day ("a roadside bombing ... that
killed at least one police officer, and a mortar attack that killed one person in central
Baghdad") when it is another weapon's, told with its own dead; its sides are read from its
own clause. The figures leave the cited event, whose toll they are not.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from .article import Article
from .claimcheck import claimant_for, recount_event, to_claim
from .dates import WEEKDAYS, find_date_phrase, resolve_date
from .draft import DraftClaim, DraftEvent
from .found_places import named_where
from .found_sides import sides, sides_text
from .keywords import VIOLENT_TYPES, classify
from .number_words import NUMBER
from .records import build_event, is_conflict_event
from .schema import DateSpan, Event

FLAG = "found_in_clause"

_WEEKDAY = "|".join(WEEKDAYS)

#: "killed 27 people on Saturday and another 20 on Sunday": the second day's own toll
_AND_ANOTHER_ON = re.compile(
    rf"\band (?:another|a further)\s+{NUMBER}\b(?:\s+[\w'’-]+){{0,3}}?\s+(?:on\s+|late\s+|early\s+)?"
    rf"(?P<day>{_WEEKDAY})\b",
    re.I,
)
#: "a day after another suicide bomber killed 13", "followed another raid by ... on Sunday"
_AFTER_ANOTHER = re.compile(
    r"\b(?:(?P<gap>a day|one day|two days|hours|a few hours|just hours)\s+after|follow(?:ed|s|ing))\s+"
    r"(?:another|a separate|an earlier|a similar)\s+(?P<rest>[^.;]+)",
    re.I,
)
#: "a roadside bombing ... that killed one police officer, and a mortar attack that killed one
#: person in central Baghdad": a second happening listed after ", and", told with a subject
_AND_A_KILLING = re.compile(
    r",\s+and\s+(?P<rest>(?:a|an|another|the)\s+[^;]*?\b(?:killed|killing|kills|left)\b[^;]*)", re.I
)
_GAP_DAYS = {"a day": 1, "one day": 1, "two days": 2, "hours": 0, "a few hours": 0, "just hours": 0}


def side_mention(event: Event, which: str) -> str:
    """The words for one of the event's sides as the article wrote them (its first alias), else its name."""
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


#: a mortar fired, not exchanged ("exchanged mortars with insurgents" is a battle): the
#: keyword rules keep "mortar" out, as whole sentences name it in fights
_MORTAR = re.compile(r"\bmortars?\b", re.I)
_EXCHANGED = re.compile(r"\bexchang\w*", re.I)


def _kind_of(clause: str) -> tuple[str, str] | None:
    if _MORTAR.search(clause) and not _EXCHANGED.search(clause):
        return "Explosions/Remote violence", "Shelling/artillery/missile attack"
    return classify(clause)


def _listed(sentence: str, event: Event) -> list[tuple[int, int, dt.date, str]]:
    """The ", and a ... killed" clauses of the cited event's day that tell another happening:
    another weapon than the event's."""
    if event.date.start is None:
        return []
    out: list[tuple[int, int, dt.date, str]] = []
    for m in _AND_A_KILLING.finditer(sentence):
        kind = _kind_of(m["rest"])
        if kind is None or kind[0] not in VIOLENT_TYPES:
            continue
        # another weapon only: a listed clause of another place ("and the U.S. military says
        # gunmen killed two U.S. soldiers ... in Diyala") was tried, and its sides, read
        # from a clause that opens on its source, and its place came out wrong
        if kind[0] == "Explosions/Remote violence" and kind[1] != event.sub_event_type:
            out.append((m.start("rest"), m.end("rest"), event.date.start, event.date.text or ""))
    for m in _WHILE_ANOTHER.finditer(sentence):
        # "A car bomb blast in Hilla killed four people, while another car bomb in the
        # capital, Baghdad, killed one person": said to be another, at a town of its own
        where = named_where(m["rest"], event.location.country or "")
        if where and not (event.location.place and where.lower() in event.location.place.lower()):
            out.append((m.start("rest"), m.end("rest"), event.date.start, event.date.text or ""))
    return out


#: ", while another car bomb in the capital, Baghdad, killed one person": a clause that
#: says it is another happening
_WHILE_ANOTHER = re.compile(
    r",\s+(?:while|whereas|and)\s+(?P<rest>another\s+[^;]*?\b(?:killed|killing|kills|left)\b[^;]*)", re.I
)


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
            dated = [(*c, False) for c in _clauses(sentence, event.date.start, art.meta.published)]
            for start, end, day, phrase, listed in [*dated, *((*c, True) for c in _listed(sentence, event))]:
                clause = sentence[start:end]
                where = named_where(clause, country)
                place = where or event.location.place
                kind = _kind_of(clause) or (event.event_type, event.sub_event_type)
                if kind[0] not in VIOLENT_TYPES:
                    continue
                admin1 = None if where else event.location.admin1
                if (day == event.date.start and not listed) or any(
                    ev.date.start == day
                    and ev.sub_event_type == kind[1]
                    and ev.location.place == place
                    # placed nowhere, the region tells them apart ("in Maarib" beside "in Bayda")
                    and (place is not None or admin1 is None or ev.location.admin1 in (None, admin1))
                    for ev in [*events, *out]
                ):
                    continue  # the same day: the cited event, or one coded already
                figures = [
                    f
                    for f in art.death_figures
                    if f.sentence == index and s0 + start <= f.start < s0 + end and f.scope == "event" and not f.vague
                ]
                if listed and not figures:
                    continue  # a listed happening is told by its own dead
                if listed:
                    # its sides are its own clause's: "the U.S. military says gunmen killed two U.S. soldiers"
                    at = figures[0].start - s0
                    sides_of = sides(sides_text(sentence, at), at, figures[0].victims, country, art)
                else:  # the same kind of attack as the cited one, by the sides the model named
                    sides_of = (
                        side_mention(event, "actor1"),
                        event.actor1.type if event.actor1 else "Rebel group",
                        side_mention(event, "actor2"),
                        event.actor2.type if event.actor2 else "Civilians",
                    )
                draft = DraftEvent(
                    sentences=[index + 1],
                    sub_event_type=kind[1],  # type: ignore[arg-type]
                    date=day.isoformat(),
                    place=place or "",
                    region=(event.location.admin1 or "") if not where else "",
                    country=country,
                    actor1=sides_of[0],
                    actor1_type=sides_of[1],
                    actor2=sides_of[2],
                    actor2_type=sides_of[3],
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
    inside = [(f.low, f.high) for f in figures if clause[0] <= f.start < clause[1]]
    outside = Counter((f.low, f.high) for f in figures if not clause[0] <= f.start < clause[1])
    here = Counter(
        (c.low, c.high)
        for c in event.fatality_claims
        if c.span is not None and c.span.start is not None and start <= c.span.start < end
    )
    gone = Counter({key: here[key] - outside[key] for key in set(inside) if here[key] > outside[key]})
    kept = []
    for c in event.fatality_claims:
        told_here = c.span is not None and c.span.start is not None and start <= c.span.start < end
        if told_here and gone[(c.low, c.high)] > 0:
            gone[(c.low, c.high)] -= 1
            continue
        kept.append(c)
    if len(kept) < len(event.fatality_claims):
        event.fatality_claims = kept
        event.flags.append("claims_of_a_clause_told_apart")
        recount_event(event)


__all__ = ["FLAG", "clause_events", "side_mention"]
