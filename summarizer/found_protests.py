"""Protests found in the text: one peaceful protest per town a sentence lists as
protesting, or one for the story's region when it names no town (ACLED codes a protest
per place and day; the small model codes the first town, or none)."""

from __future__ import annotations

import re

from .article import Article
from .dates import resolve_date
from .draft import DraftEvent
from .folding import fold
from .found_sides import CAPITALISED, NOT_NAMES
from .geo import country_name, lookup
from .news_days import date_near, dates_what_it_follows, told_as_past
from .schema import Event

#: people out in the streets, told as done: "protesters again took to the streets", "rallies were held"
_PROTESTED = re.compile(
    r"\b(?:took to the streets|protested|demonstrated|marched|rallied|(?:protests?|demonstrations?|rallies|marches)"
    r"\s+(?:were|was)\s+(?:held|staged|reported)|ont manifest[ée]|sont descendus dans la rue"
    # "hundreds of protesters gathered in Kabul", "demonstrators chanted ... in Jalalabad", "a
    # similar protest ... took place in Abuja", "massed ... in protest of", "Des marches ont eu lieu à Bamako"
    r"|(?:protesters|demonstrators|marchers)\s+(?:\w+\s+){0,2}?(?:gathered|chanted|massed|burned|blocked|assembled)"
    r"|(?:protests?|demonstrations?|rally|rallies|marches|sit-ins?)\s+(?:[\w-]+\s+){0,4}?took place"
    r"|massed\s+(?:[\w'’-]+\s+){0,8}?in protest|were protesting"
    # "thousands of Pakistanis gathered to protest the execution"
    r"|(?:gathered|assembled|rallied|massed)\s+(?:[\w'’-]+\s+){0,3}?(?:to|in)\s+protest"
    r"|(?:marches|manifestations|rassemblements|sit-in)\s+ont eu lieu|se sont rassembl[ée]s)\b",
    re.I,
)
_TOPIC_BEFORE = re.compile(
    r"\b(?:against|over|about|protesting|condemning|denouncing|contre|d[ée]non[çc]ant)\s+(?:the\s+|la\s+|le\s+|les\s+|l['’])?$",
    re.I,
)
#: a city told as the one a protest's place lies in ("in Abobo, a district of the country's
#: largest city, Abidjan"): the protest's town is the district, not a second town
_CONTAINING = re.compile(
    r"\b(?:district|neighbou?rhood|suburb|quarter|part|outskirts|section|area)s?\s+of\b[^.;]{0,50}$", re.I
)
#: at most this many towns of one sentence become protest events
MAX_PROTEST_TOWNS = 6


def _protest(index: int, date: str, place: str, region: str, country: str) -> DraftEvent:
    """A peaceful protest told by the sentence at ``index``, as the model would draft it."""
    return DraftEvent(
        sentences=[index + 1], sub_event_type="Peaceful protest", date=date, place=place, region=region,
        country=country, actor1="protesters", actor1_type="Protesters", actor2="", actor2_type="Civilians", claims=[],
    )  # fmt: skip


def protest_towns(art: Article, events: list[Event], country: str) -> list[DraftEvent]:
    """One peaceful protest per town a sentence lists as protesting ("protesters again took
    to the streets there and elsewhere, including the cities of Yangon and Mandalay, and
    towns of Myingyan and Katha"): ACLED codes a protest per place and day. Towns an event
    already has, and sentences dated more than a week back, add nothing."""
    main = [ev for ev in events if ev.salience == "main"]
    if not main:
        return []
    # the towns of the protests and riots coded already: a bombing in the capital does not
    # make the capital's march the same happening
    known = {
        fold(n).lower()
        for ev in events
        if ev.event_type in ("Protests", "Riots")
        for n in (ev.location.place, ev.location.admin1)
        if n
    }
    drafts: list[DraftEvent] = []
    for i in range(1, len(art.sentences)):
        sentence = art.sentence_text(i)
        if not _PROTESTED.search(sentence):
            continue
        own = date_near(sentence, 0)
        if own and dates_what_it_follows(sentence, own):
            own = None  # "gathered to protest the execution last month of a man": the execution's month
        span = resolve_date(own, art.meta.published) if own else None
        if span is not None and told_as_past(span, art.meta.published):
            continue
        towns: list[str] = []
        for m in CAPITALISED.finditer(sentence):
            name = m.group(0)
            if m.start() == 0 or len(name) < 4 or NOT_NAMES.match(name) or country_name(name):
                continue
            if _TOPIC_BEFORE.search(sentence[: m.start()]):
                continue  # "a demonstration against the Kunduz abductions": what they protest, not where
            if _CONTAINING.search(sentence[: m.start()]):
                continue
            if fold(name).lower() in known or name in towns or not lookup(name, country=country):
                continue
            towns.append(name)
        if not towns and not any(ev.event_type == "Protests" for ev in events) and not drafts:
            # "On Friday, Benue State residents protested the recent killings": a protest of
            # a region the story has already placed, with no town of its own, is one event
            region = next(
                (n for ev in main for n in (ev.location.admin1,) if n and fold(n).lower() in fold(sentence).lower()),
                None,
            )
            if region:
                drafts.append(_protest(i, own or main[0].date.text or "", "", region, country))
            continue
        for town in towns[:MAX_PROTEST_TOWNS]:
            drafts.append(_protest(i, own or main[0].date.text or "", town, "", country))
            known.add(fold(town).lower())
    return drafts


__all__ = ["MAX_PROTEST_TOWNS", "protest_towns"]
