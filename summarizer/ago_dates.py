"""Dates counted back from publication: "two days ago", "three weeks ago", "a year ago",
"il y a deux mois". Each resolves to the span it names at the precision it is told (a
day, a calendar week, a month, a year): "a year ago" tells no day, so the whole year."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable

__all__ = ["NUM_WORD", "SMALL_NUMBERS", "counted_back", "relative_days"]

_Result = tuple[dt.date | None, dt.date | None, str]
Handler = Callable[[re.Match[str], dt.date | None], _Result]

SMALL_NUMBERS: dict[str, int] = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5,
    "sept": 7, "huit": 8, "neuf": 9, "dix": 10,
}  # fmt: skip
#: a count in digits or words, as the regex group ``n`` ("a"/"un" are written out in patterns)
NUM_WORD = "(?P<n>\\d{1,2}|" + "|".join(k for k in SMALL_NUMBERS if k not in ("a", "un", "une")) + ")"


def _back(m: re.Match[str]) -> int:
    n = m["n"] if "n" in m.groupdict() and m["n"] else "1"
    return int(n) if n.isdigit() else SMALL_NUMBERS[n]


def relative_days(back: int) -> Handler:
    def handler(m: re.Match[str], pub: dt.date | None) -> _Result:
        if pub is None:
            return None, None, "unknown"
        d = pub - dt.timedelta(days=back)
        return d, d, "day"

    return handler


def days_ago(m: re.Match[str], pub: dt.date | None) -> _Result:
    return relative_days(_back(m))(m, pub)


def weeks_ago(m: re.Match[str], pub: dt.date | None) -> _Result:
    """ "two weeks ago": the calendar week (Monday..Sunday) that holds the day N weeks back."""
    if pub is None:
        return None, None, "unknown"
    day = pub - dt.timedelta(weeks=_back(m))
    start = day - dt.timedelta(days=day.weekday())
    return start, start + dt.timedelta(days=6), "week"


def months_ago(m: re.Match[str], pub: dt.date | None) -> _Result:
    """ "three months ago", "il y a un mois": the month that many months back."""
    if pub is None:
        return None, None, "unknown"
    year, month = divmod(pub.year * 12 + pub.month - 1 - _back(m), 12)
    return dt.date(year, month + 1, 1), dt.date(year, month + 1, calendar.monthrange(year, month + 1)[1]), "month"


def years_ago(m: re.Match[str], pub: dt.date | None) -> _Result:
    """ "a year ago", "il y a deux ans": that year, whole (the day is not told)."""
    if pub is None:
        return None, None, "unknown"
    year = pub.year - _back(m)
    return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"


def counted_back() -> list[tuple[re.Pattern[str], Handler]]:
    """The date table's rows for a count back from publication, English and French alike:
    "two days ago", "a week ago", "il y a trois mois", "il y a un an" (no count is one), "it has
    been two months since" (the deed after "since" is that far back)."""
    units = [(days_ago, "days?", "jours?"), (weeks_ago, "weeks?", "semaines?"), (months_ago, "months?", "mois"),
             (years_ago, "years?", "ans?")]  # fmt: skip
    return [
        (re.compile(pattern), handler)
        for handler, english, french in units
        for pattern in (
            rf"\b(?:{NUM_WORD}|an?)\s+{english}\s+ago\b",
            rf"\bil y a\s+(?:{NUM_WORD}|une?)\s+{french}\b",
            # "It has been almost two months since the Seleka rebel coalition seized power"
            rf"\b(?:[Ii]t\s+has\s+been|[Ii]t['’]s\s+been|[Ii]t\s+is)\s+(?:almost\s+|nearly\s+|about\s+|more than\s+"
            rf"|over\s+|just\s+)?(?:{NUM_WORD}|an?)\s+{english}\s+since\b",
        )
    ]
