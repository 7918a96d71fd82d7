"""A fight told as lasting days, dated by its first day.

Why: a story dates a fight by the day it reports it ("Two days of fighting ..., officials
said Sunday"); ACLED (and the labels) date an event by its first day. The event's date
check (``event_dates.event_date``) hands over the day and the sentences that tell it.
"""

from __future__ import annotations

import datetime as dt
import re

from .schema import DateSpan

#: a fight told as lasting days up to the day it is dated by ("Two days of fighting ...,
#: officials said Sunday", "over the past three days", "deux jours de combats")
DAYS_LONG = re.compile(
    r"\b(?P<n>two|three|four|five|2|3|4|5|deux|trois|quatre|cinq)(?:-|\s+)days?\s+(?:of|de|d['’])\s*"
    r"(?:heavy\s+|fierce\s+|intense\s+)?(?:fighting|clashes|battles?|violence|attacks|shelling|bombardments?|air\s*strikes"
    r"|combats|affrontements|violences|attaques|bombardements)\b"
    r"|\b(?:over|in|during|for)\s+the\s+(?:past|last)\s+(?P<m>two|three|four|five|2|3|4|5)\s+days\b",
    re.I,
)
#: the dated day is the fight's first ("the fighting erupted on Saturday")
_FIRST_DAY = re.compile(r"\b(?:erupted|broke out|began|started|since|a éclaté|ont éclaté|depuis)\b", re.I)
#: the days told are before the dated one ("fresh fire Sunday following two days of clashes")
_AFTER_THEM = re.compile(r"\b(?:following|after|après)\s+(?:the\s+)?$", re.I)
_DAY_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5}


def first_day_of_days(span: DateSpan, told: list[str], flags: list[str]) -> DateSpan:
    """A day the evidence tells as the last of a fight lasting days starts that many days
    earlier: ACLED dates an event by its first day ("two days of fighting" said on
    Sunday began on Saturday). ``told``: the evidence sentences that tell the day."""
    if span.precision != "day" or span.start is None:
        return span
    m = next((m for q in told if (m := DAYS_LONG.search(q))), None)
    if m is None or any(_FIRST_DAY.search(q) for q in told) or _AFTER_THEM.search(m.string[: m.start()]):
        return span  # "erupted on Saturday": the first day; "following two days of clashes": before it
    word = (m.group("n") or m.group("m")).lower()
    days = _DAY_COUNTS.get(word) or int(word)
    flags.append(f"date_from_days_long:{m.group(0)}")
    start = span.start - dt.timedelta(days=days - 1)
    return span.model_copy(update={"start": start, "precision": "range"})


__all__ = ["DAYS_LONG", "first_day_of_days"]
