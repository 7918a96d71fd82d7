"""A sentence that opens on a town and tells another kind of violence than the events there.

"The U.S. military says coalition forces have killed 10 insurgents in a shootout at a safe
house northwest of Baghdad", coded at Baghdad; then "In Baghdad, a bomb hidden in a minibus
near a market ... exploded Tuesday, killing two people". The town is shared, so the finder
of events in the text took the bombing for the shootout told again and its two dead were
nobody's. A bomb is not a shootout: when every coded event at the town on the sentence's day
is of another ACLED event type than the one the sentence tells, the sentence is another
happening there. So is a side's response told with dead of its own ("The army responded
with troop reinforcements and helicopter gunships, killing the 16 rebels", after the
rebels' roadside bombs that day), whatever its weapon: a response is the other side's deed.
"""

from __future__ import annotations

import datetime as dt
import re

from .article import Article
from .dates import resolve_date
from .folding import fold
from .found_dates import opening_day
from .found_parts import uncovered_sentences_of
from .found_places import named_where
from .found_signals import OPENS_IN
from .keywords import VIOLENT_TYPES, classify, own_part
from .news_days import date_near
from .schema import Event

__all__ = ["TOLD_BEFORE", "another_day", "another_kind_at", "of_a_new_kind", "of_another_kind"]


def _at(event: Event, town: str) -> bool:
    place = fold(event.location.place or "").lower()
    where = fold(town).lower()
    return bool(place) and (place in where or where in place)


#: the other side's answer: "The army responded with troop reinforcements and helicopter
#: gunships, killing the 16 rebels" after the rebels' roadside bombs
_RESPONSE = re.compile(
    r"\b(?:responded|retaliated|in retaliation|in response|counter-?attack(?:ed|s)?|fought back|hit back|struck back"
    r"|a riposté|en représailles)\b",
    re.I,
)


def another_kind_at(sentence: str, country: str, events: list[Event], published: dt.date | None) -> bool:
    """Whether ``sentence`` opens on a town ("In Baghdad, ...") where the coded events of its
    day are all of another event type than the violence it tells, or tells a side's response
    of another type than every coded event of its day."""
    response = bool(_RESPONSE.search(sentence))
    if not OPENS_IN.match(sentence) and not response:
        return False
    town = named_where(sentence, country)
    kind = classify(own_part(sentence))
    if (town is None and not response) or kind is None or kind[0] not in VIOLENT_TYPES:
        return False
    phrase = date_near(sentence, 0)
    span = resolve_date(phrase, published) if phrase else None
    day = span.start if span is not None and span.precision == "day" else None
    here = [ev for ev in events if (town is None or _at(ev, town)) and (day is None or ev.date.start in (None, day))]
    # a response is the other side's deed, whatever its weapon; a town shared needs another type
    return bool(here) and (response or all(ev.event_type != kind[0] for ev in here))


def of_another_kind(art: Article, events: list[Event], country: str) -> set[int]:
    """The sentences no event covers that tell another kind of violence at a coded town."""
    main = [ev for ev in events if ev.salience == "main"]
    return {
        i
        for i in uncovered_sentences_of(art, events)
        if another_kind_at(art.sentence_text(i), country, main, art.meta.published)
        or another_day(art, art.sentence_text(i), main)
    }


#: what tells a deed, not a bare toll ("On Saturday, about 50 people were killed" across a
#: country is a day's count, no happening of its own)
_DEED = re.compile(
    r"\b(?:attack\w*|ambush\w*|bomb\w*|blasts?|explo\w*|strikes?|airstrikes?|shell\w*|mortars?|rockets?|raid\w*"
    r"|stormed|shooting\w*|gunfire|clash\w*|opened fire|fired|grenades?|landmines?|massacr\w*|execut\w*|behead\w*"
    r"|kidnap\w*|abduct\w*|attaqu\w*|embuscades?|tirs?|frappes?)\b",
    re.I,
)
_ACTIVE_KILL = re.compile(
    r"\b(?!(?:were|was|been|being|be|are|is|reportedly)\b)[a-z]+\s+(?:killed|shot dead|tu[ée])", re.I
)


def another_day(art: Article, sentence: str, events: list[Event]) -> bool:
    """Whether ``sentence`` opens on a day no coded event is on and tells violence ("On
    Thursday, police said gunmen stormed a Baghdad money exchange and killed three people",
    in a story of Friday's bombings): another happening, whatever town it shares."""
    day = opening_day(art, sentence)
    kind = classify(own_part(sentence))
    return (
        day is not None
        and (_DEED.search(sentence) is not None or _ACTIVE_KILL.search(sentence) is not None)
        and kind is not None
        and kind[0] in VIOLENT_TYPES
        and bool(events)
        and all(ev.date.start is not None and ev.date.start != day for ev in events)
    )


#: dead of other, unnamed incidents told in a lump: "At least nine other Iraqis died Thursday
#: in gun violence and bombings in the capital"
OTHER_DEAD_IN_INCIDENTS = re.compile(
    r"\b(?:\d+|\w+)\s+other\s+(?:[\w-]+\s+){0,2}?(?:died|were killed|have been killed|were shot dead)\b[^.;]{0,40}?"
    r"\bin\s+(?:[\w-]+\s+)?(?:violence|attacks|bombings|shootings|incidents|clashes)\b",
    re.I,
)


#: a sentence pointing back at a happening told already: "seven civilians were among the dead",
#: "11 militia members were killed in the attack", "in the ensuing firefight"
TOLD_BEFORE = re.compile(
    r"\bamong\s+the\s+(?:dead|victims|killed)\b"
    r"|\b(?:one|some|many|most|several|two|three|four|five|\d+)\s+of\s+(?:those|the)\s+(?:killed|dead|victims|soldiers)\b"
    r"|\b(?:in|during)\s+the\s+(?:attack|explosion|blast|bombing|raid|ambush|operation|assault|incident)\b"
    r"|\bit\s+killed\b|\bthe\s+(?:ensuing|subsequent)\b|\bin addition to those killed\b"
    r"|\bthe\s+(?:attack|explosion|blast|bombing|raid|ambush|assault)\s+(?:also\s+)?(?:wounded|injured|killed)\b"
    r"|\bparmi\s+les\s+(?:morts|victimes|tu[ée]s)\b|\blors\s+de\s+(?:l['’]attaque|l['’]embuscade|l['’]explosion)\b",
    re.I,
)


def of_a_new_kind(sentence: str, events: list[Event], placed_or_dated: bool) -> bool:
    """Whether a sentence with dead of its own, which names a place or a day, tells a deed of a
    sub-event type no coded event has, without pointing back at one ("In southern Afghanistan,
    NATO says one of its soldiers was killed in a roadside bombing Wednesday", in a story of a
    suicide attack). The same happening told again keeps its kind of violence; another one
    need not be at another town or on another day, so a kind of its own sets it apart."""
    kind = classify(sentence)
    return (
        placed_or_dated
        and kind is not None
        and (_DEED.search(sentence) is not None or _ACTIVE_KILL.search(sentence) is not None)
        and TOLD_BEFORE.search(sentence) is None
        and all(ev.sub_event_type != kind[1] for ev in events)
    )
