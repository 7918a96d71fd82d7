"""Dates of the items in a timeline box: a line with a year alone, then lines that open
with a month and a dash ("2011" / "June - Attack on a bar in Maiduguri kills 25").

Why in code: the box is the page's list of earlier attacks, but an item names only its
month, and the year stands lines above it. Read alone, "June" resolves to the June before
publication and the item becomes a main event of this week; read with its heading, it is
June 2011, and the age check makes it background as it should."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from .article import Article
from .dates import MONTH_PATTERN, month_number
from .schema import DateSpan

Flags = list[str]

_YEAR_LINE = re.compile(r"\s*((?:19|20)\d\d)\s*\Z")
_MONTH_ITEM = re.compile(rf"\s*({MONTH_PATTERN})\.?\s*(?:-{{1,2}}|–|—|:)\s+\S", re.IGNORECASE)
#: how many items a year heading may stand above the one being dated
_MAX_ITEMS = 30


def _line_of(art: Article, index: int) -> str:
    """The sentence's whole line: a timeline item is one line, whatever its sentences."""
    start, _ = art.sentences[index]
    line_start = art.text.rfind("\n", 0, start) + 1
    line_end = art.text.find("\n", start)
    return art.text[line_start : line_end if line_end >= 0 else len(art.text)]


def _heading_year(art: Article, index: int) -> int | None:
    """The year alone on a line above the item, with only other items between them."""
    for back in range(index - 1, max(-1, index - 1 - _MAX_ITEMS), -1):
        line = _line_of(art, back)
        year = _YEAR_LINE.match(line)
        if year:
            return int(year.group(1))
        if not _MONTH_ITEM.match(line):
            return None
    return None


def timeline_date(date: DateSpan, art: Article, evidence: list[str]) -> tuple[DateSpan, Flags]:
    """The month and heading year of a timeline item the evidence opens with, in place of a
    date resolved from the month alone; any other date stands."""
    index = art.sentence_of(evidence[0]) if evidence else None
    if index is None:
        return date, []
    item = _MONTH_ITEM.match(_line_of(art, index))
    year = _heading_year(art, index) if item else None
    month = month_number(item.group(1)) if item else None
    if item is None or year is None or month is None:
        return date, []
    start = dt.date(year, month, 1)
    end = dt.date(year, month, calendar.monthrange(year, month)[1])
    if date.start and start <= date.start <= end:
        return date, []  # the event's own day inside that month ("Christmas Day") is finer
    text = f"{item.group(1)} {year}"
    return DateSpan(start=start, end=end, precision="month", text=text), [f"dated_by_a_timeline:{text}"]
