"""The day (or days) inside a week an event is dated by.

A story dates its event "this week" or "last week" in one sentence and tells the day in
another: a sentence naming the event's town ("They targeted a police garrison Wednesday in
the town of Wad Banda"), or one that says when the attacks took place ("the attacks, which
took place at the weekend"). The week is then no more than where to look for the day.
"""

from __future__ import annotations

import datetime as dt
import re

from .article import Article
from .dates import event_date_phrases, resolve_date
from .grounding import align
from .keywords import VIOLENT_TYPES, classify
from .schema import DateSpan
from .separate import opens_as_another
from .weekdays import respell_weekdays

Flags = list[str]

#: the story's own word on when its attacks were: "the attacks, which took place at the weekend"
_TOOK_PLACE = re.compile(
    r"\b(?:the|these|those)\s+(?:attacks?|killings?|clashes|fighting|ambush(?:es)?|raids?|battles?)\s*,?\s+"
    r"(?:which\s+|that\s+)?(?:took place|happened|occurred)\s+(?P<when>[^,.;]{3,40})",
    re.I,
)


def narrowed(span: DateSpan, place: str, art: Article, flags: Flags) -> DateSpan:
    """A day inside a week the evidence gives ("killed 41 people in a raid this week"):
    when the attacks "took place", else from a sentence naming the event's place ("They
    targeted a police garrison Wednesday in the town of Wad Banda"): the raid had one day,
    and the story tells it."""
    if span.precision != "week" or span.start is None or span.end is None:
        return span
    for index in range(len(art.sentences)):
        for m in _TOOK_PLACE.finditer(art.sentence_text(index)):
            for phrase in event_date_phrases(respell_weekdays(m.group("when"))):
                told = resolve_date(phrase, art.meta.published)
                inside = told.start is not None and told.end is not None and span.start <= told.start <= span.end
                if inside and told.end - told.start < span.end - span.start:  # type: ignore[operator]
                    flags.append(f"date_narrowed_by_when_it_took_place:{phrase}")
                    return told
    town = place.split(",")[0].strip()  # "Wad Banda, Kordofan region, Sudan"
    if not town:
        return _one_day_of_the_deed(span, art, flags)
    for index in range(len(art.sentences)):
        sentence = art.sentence_text(index)
        if align(town, sentence).status == "none" or opens_as_another(sentence):
            continue
        for phrase in event_date_phrases(respell_weekdays(sentence)):
            day = resolve_date(phrase, art.meta.published)
            if day.precision == "day" and day.start and span.start <= day.start <= span.end:
                flags.append(f"date_narrowed_by_place_sentence:{phrase}")
                return day
    return _one_day_of_the_deed(span, art, flags)


def _one_day_of_the_deed(span: DateSpan, art: Article, flags: Flags) -> DateSpan:
    """The one day inside the week that the story's sentences of violence give ("rebels
    kidnapped eight foreign tourists last week. ... They were abducted Friday night"); two
    different days tell two happenings, so none."""
    days: dict[dt.date, DateSpan] = {}
    for index in range(1, len(art.sentences)):
        sentence = art.sentence_text(index)
        kind = classify(sentence)
        if kind is None or kind[0] not in VIOLENT_TYPES or opens_as_another(sentence):
            continue
        for phrase in event_date_phrases(respell_weekdays(sentence)):
            day = resolve_date(phrase, art.meta.published)
            if day.precision == "day" and day.start and span.start <= day.start <= span.end:  # type: ignore[operator]
                days.setdefault(day.start, day)
    if len(days) == 1:
        (day,) = days.values()
        flags.append(f"date_narrowed_by_the_deeds_day:{day.text}")
        return day
    return span


__all__ = ["narrowed"]
