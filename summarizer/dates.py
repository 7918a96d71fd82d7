"""Resolving date phrases ("on Tuesday", "la veille", "July 22–27") to ISO dates in code.

Why in code: a small model is poor at calendar arithmetic (which date was "Tuesday"
in an article published on Thursday 2023-01-12?) and will happily invent a year. The
model only copies the date phrase; this module turns it into a ``DateSpan`` from the
publication date, or says ``unknown`` when it cannot, never guessing.

Conventions (FORMAT.md plus choices documented here):

- weekday ("on Tuesday", "Tuesday's attack", "mardi") = the latest such day on or before
  publication (the publication day itself when it is that weekday); "last Tuesday" /
  "mardi dernier" = strictly before publication.
- "today" = publication day; "yesterday", "the day before", "la veille" = the day before
  publication; "last night", "overnight" = range (publication - 1 .. publication), the
  night straddles two dates (gold 001 codes "last night" this way).
- "last week" = the previous calendar week, Monday..Sunday, precision ``week`` (the gold
  seed_004 codes "recent" fighting as the week before publication this way; "the past week"
  is the seven days up to publication); "this week"
  = Monday of the publication week .. publication.
- "earlier this month" / "this month" = 1st of the month .. publication, precision
  ``month``; "last month" = the whole previous calendar month.
- explicit days and ranges without a year take the publication year, or the previous
  year when the date would fall after publication; "since March 22" = range from that
  day to publication.
- a bare year ("in 2012") = precision ``year`` (1 Jan .. 31 Dec); a month ("in March",
  "in August 2016") = precision ``month``.
- without a publication date, every relative phrase gives precision ``unknown`` with
  null start/end; explicit dates that carry their year still resolve.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable

from .ago_dates import counted_back, relative_days
from .folding import unify_marks
from .schema import DateSpan
from .statement_days import is_statement_date

_MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
}  # fmt: skip


def month_number(name: str) -> int | None:
    """1-12 for an English or French month name or abbreviation, else None."""
    return _MONTHS.get(name.lower().rstrip("."))


#: month names and abbreviations (English, French), longest first: one regex alternation
MONTH_PATTERN = "|".join(sorted(_MONTHS, key=len, reverse=True))
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
}  # fmt: skip

# Long names before abbreviations so the alternation prefers "september" to "sep".
_MONTH = "(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")(?![^\W\d_])\.?"
_MONTH2 = "(?P<month2>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")(?![^\W\d_])\.?"
_WD = "(?:" + "|".join(WEEKDAYS) + ")"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er)?(?!\d)"
_DAY2 = r"(?P<day2>[0-3]?\d)(?:st|nd|rd|th|er)?(?!\d)"
_YEAR = r"(?:,?\s+(?P<year>(?:1[89]|20)\d\d))?(?!\d)"
_SINCE = r"(?:(?P<since>since|depuis)\s+(?:le\s+|the\s+)?)?"
_RANGE_SEP = r"\s*(?:-|to|and|until|through|au|et(?:\s+le)?)\s*"

_Result = tuple[dt.date | None, dt.date | None, str]
Handler = Callable[[re.Match[str], dt.date | None], _Result]


def _norm(s: str) -> str:
    """Lower-case and unify quotes and dashes without changing the length (offsets stay valid)."""
    return unify_marks(s.lower())


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _infer_year(month: int, day: int, pub: dt.date | None) -> int | None:
    """The publication year, or the year before when the date would fall after publication."""
    if pub is None:
        return None
    d = _safe_date(pub.year, month, day) or _safe_date(pub.year, month, min(day, 28))
    if d is not None and d > pub:
        return pub.year - 1
    return pub.year


def _month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def _with_since(m: re.Match[str], start: dt.date, end: dt.date, prec: str, pub: dt.date | None) -> _Result:
    if m.groupdict().get("since") and pub is not None and start <= pub:
        return start, pub, "range"
    return start, end, prec


def _iso(m: re.Match[str], pub: dt.date | None) -> _Result:
    d = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return (d, d, "day") if d else (None, None, "unknown")


def _range_one_month(m: re.Match[str], pub: dt.date | None) -> _Result:
    month, d1, d2 = _MONTHS[m["month"]], int(m["day"]), int(m["day2"])
    if d2 < d1:
        return None, None, "unknown"
    year = int(m["year"]) if m["year"] else _infer_year(month, d2, pub)
    if year is None:
        return None, None, "unknown"
    s, e = _safe_date(year, month, d1), _safe_date(year, month, d2)
    return (s, e, "range") if s and e else (None, None, "unknown")


def _range_two_months(m: re.Match[str], pub: dt.date | None) -> _Result:
    m1, m2 = _MONTHS[m["month"]], _MONTHS[m["month2"]]
    year = int(m["year"]) if m["year"] else _infer_year(m2, int(m["day2"]), pub)
    if year is None:
        return None, None, "unknown"
    s = _safe_date(year - (1 if m1 > m2 else 0), m1, int(m["day"]))
    e = _safe_date(year, m2, int(m["day2"]))
    return (s, e, "range") if s and e and s <= e else (None, None, "unknown")


def _day_month(m: re.Match[str], pub: dt.date | None) -> _Result:
    month, day = _MONTHS[m["month"]], int(m["day"])
    year = int(m["year"]) if m["year"] else _infer_year(month, day, pub)
    if year is None:
        return None, None, "unknown"
    d = _safe_date(year, month, day)
    if d is None:
        return None, None, "unknown"
    return _with_since(m, d, d, "day", pub)


def _month_year(m: re.Match[str], pub: dt.date | None) -> _Result:
    month, year = _MONTHS[m["month"]], int(m["year"])
    return _with_since(m, dt.date(year, month, 1), _month_end(year, month), "month", pub)


def _month_only(m: re.Match[str], pub: dt.date | None) -> _Result:
    month = _MONTHS[m["month"]]
    year = _infer_year(month, 1, pub)
    if year is None:
        return None, None, "unknown"
    return _with_since(m, dt.date(year, month, 1), _month_end(year, month), "month", pub)


def _year_only(m: re.Match[str], pub: dt.date | None) -> _Result:
    year = int(m["year"])
    return _with_since(m, dt.date(year, 1, 1), dt.date(year, 12, 31), "year", pub)


def _last_night(m: re.Match[str], pub: dt.date | None) -> _Result:
    if pub is None:
        return None, None, "unknown"
    return pub - dt.timedelta(days=1), pub, "range"


def _last_week(m: re.Match[str], pub: dt.date | None) -> _Result:
    if pub is None:
        return None, None, "unknown"
    if m.group(0).startswith("the past"):  # the seven days up to publication, as the labels read it
        return pub - dt.timedelta(days=7), pub, "week"
    monday = pub - dt.timedelta(days=pub.weekday() + 7)
    return monday, monday + dt.timedelta(days=6), "week"


def _this_week(m: re.Match[str], pub: dt.date | None) -> _Result:
    if pub is None:
        return None, None, "unknown"
    return pub - dt.timedelta(days=pub.weekday()), pub, "week"


def _weekend(m: re.Match[str], pub: dt.date | None) -> _Result:
    """ "Over the weekend", "le week-end dernier": the last Saturday and Sunday up to the
    day of publication."""
    if pub is None:
        return None, None, "unknown"
    sunday = pub - dt.timedelta(days=(pub.weekday() + 1) % 7)
    return sunday - dt.timedelta(days=1), sunday, "week"


def _this_month(m: re.Match[str], pub: dt.date | None) -> _Result:
    if pub is None:
        return None, None, "unknown"
    return pub.replace(day=1), pub, "month"


def _last_month(m: re.Match[str], pub: dt.date | None) -> _Result:
    if pub is None:
        return None, None, "unknown"
    last = pub.replace(day=1) - dt.timedelta(days=1)
    return last.replace(day=1), last, "month"


def _last_year(m: re.Match[str], pub: dt.date | None) -> _Result:
    if pub is None:
        return None, None, "unknown"
    y = pub.year - 1
    return dt.date(y, 1, 1), dt.date(y, 12, 31), "year"


def _this_year(m: re.Match[str], pub: dt.date | None) -> _Result:
    if pub is None:
        return None, None, "unknown"
    return dt.date(pub.year, 1, 1), dt.date(pub.year, 12, 31), "year"


def _weekday(m: re.Match[str], pub: dt.date | None) -> _Result:
    if pub is None:
        return None, None, "unknown"
    target = WEEKDAYS[m["wd"]]
    back = (pub.weekday() - target) % 7
    if back == 0 and (m["last"] or m["dernier"]):
        back = 7
    d = pub - dt.timedelta(days=back)
    return d, d, "day"


def _weekday_pair(m: re.Match[str], pub: dt.date | None) -> _Result:
    """'on Saturday and Sunday', 'Monday afternoon and Tuesday morning': the two days and
    those between them, ending on the later one's last occurrence."""
    if pub is None:
        return None, None, "unknown"
    end = pub - dt.timedelta(days=(pub.weekday() - WEEKDAYS[m["wd2"]]) % 7)
    return end - dt.timedelta(days=(WEEKDAYS[m["wd2"]] - WEEKDAYS[m["wd"]]) % 7), end, "range"


def _night_between(m: re.Match[str], pub: dt.date | None) -> _Result:
    """'dans la nuit de mardi à mercredi', 'overnight Tuesday to Wednesday': the two days."""
    if pub is None:
        return None, None, "unknown"
    end = pub - dt.timedelta(days=(pub.weekday() - WEEKDAYS[m["wd2"]]) % 7)
    return end - dt.timedelta(days=1), end, "range"


#: days named by the feast they fall on, as (month, day): "on New Year's Eve", "la veille du Nouvel An"
_FEASTS = (
    (r"new year'?s eve|(?:la )?veille du (?:nouvel an|jour de l'an)|(?:le )?r[ée]veillon(?: de la saint-sylvestre| du nouvel an)?"
     r"|(?:la )?saint-sylvestre", (12, 31)),
    (r"new year'?s day|(?:le )?jour de l'an|(?:le|du|au) nouvel an", (1, 1)),
    (r"christmas eve|(?:la )?veille de no[ëe]l", (12, 24)),
    # "Christmas" alone only as a day: "on Christmas", "à Noël" (not "Christmas Island", "Noël Mamère")
    (r"christmas day|(?:le )?jour de no[ëe]l|(?:on|at|during) christmas(?! island)|(?:à|a|le jour de|pendant) no[ëe]l", (12, 25)),
)  # fmt: skip


def _feast(day: tuple[int, int]) -> Handler:
    """The feast's day in the latest year that does not pass the publication date."""

    def handler(m: re.Match[str], pub: dt.date | None) -> _Result:
        year = _infer_year(day[0], day[1], pub)
        if year is None:
            return None, None, "unknown"
        return dt.date(year, *day), dt.date(year, *day), "day"

    return handler


#: (pattern, handler) in priority order: explicit dates before relative words, so
#: "Mardi 7 novembre" resolves from the date, not the weekday.
_PATTERNS: list[tuple[re.Pattern[str], Handler]] = [
    (re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"), _iso),
    (
        re.compile(rf"\b(?:(?:from|between)\s+)?{_MONTH}\s+{_DAY}{_RANGE_SEP}{_MONTH2}\s+{_DAY2}{_YEAR}"),
        _range_two_months,
    ),
    (
        re.compile(
            rf"\b(?:(?:from|between|du|entre)\s+(?:le\s+|the\s+)?)?{_DAY}\s+(?:of\s+)?{_MONTH}{_RANGE_SEP}"
            rf"(?:le\s+|the\s+)?{_DAY2}\s+(?:of\s+)?{_MONTH2}{_YEAR}"
        ),
        _range_two_months,
    ),
    (re.compile(rf"\b(?:(?:from|between)\s+)?{_MONTH}\s+{_DAY}{_RANGE_SEP}{_DAY2}{_YEAR}"), _range_one_month),
    (
        re.compile(
            rf"\b(?:(?:from|between|du|entre)\s+(?:le\s+|the\s+)?)?{_DAY}{_RANGE_SEP}(?:the\s+)?{_DAY2}"
            rf"\s+(?:of\s+)?{_MONTH}{_YEAR}"
        ),
        _range_one_month,
    ),
    (re.compile(rf"(?:\b{_WD},?\s+)?\b{_SINCE}{_MONTH}\s+{_DAY}{_YEAR}"), _day_month),
    (
        re.compile(rf"(?:\b{_WD},?\s+)?\b{_SINCE}(?:(?:le|the|on the)\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}{_YEAR}"),
        _day_month,
    ),
    (
        re.compile(rf"\b{_SINCE}(?:(?:in|en|of|during)\s+)?{_MONTH}\s+(?:of\s+)?(?P<year>(?:19|20)\d\d)\b"),
        _month_year,
    ),
    (
        re.compile(
            rf"\b(?:(?P<since>since|depuis)|in|en|during|early|late|mid|début|fin|earlier in|this|last)"
            rf"(?:-|-?\s+)(?:de\s+|d')?{_MONTH}(?![\w-])"  # "mid-January" too
        ),
        _month_only,
    ),
    *((re.compile(rf"\b(?:{words})(?![\w-])"), _feast(day)) for words, day in _FEASTS),
    (re.compile(r"\b(?:avant-hier|the day before yesterday)\b"), relative_days(2)),
    (
        re.compile(r"\b(?:today|aujourd'hui|this morning|this afternoon|this evening|tonight|ce matin|ce soir)\b"),
        relative_days(0),
    ),
    (
        re.compile(
            rf"\b(?:(?:dans |pendant )?la nuit (?:de|du)|overnight(?: from)?|(?:the |on the )?night (?:of|from))\s+"
            rf"(?P<wd>{_WD})\s+(?:à|au|to|into|and)\s+(?P<wd2>{_WD})\b"
        ),
        _night_between,
    ),
    (
        re.compile(r"\b(?:last night|overnight|la nuit dernière|cette nuit|la nuit de|dans la nuit)\b"),
        _last_night,
    ),
    (
        re.compile(r"\b(?:yesterday|hier|the day before|the previous day|the preceding day|la veille|a day earlier)\b"),
        relative_days(1),
    ),
    *counted_back(),
    (re.compile(r"\b(?:last week|the past (?:week|seven days)|la semaine dernière|la semaine passée)\b"), _last_week),
    (re.compile(r"\b(?:this week|earlier this week|cette semaine|en début de semaine)\b"), _this_week),
    (
        re.compile(
            r"\b(?:(?:over|during|at|on)\s+the\s+weekend|last\s+weekend|this\s+(?:past\s+)?weekend"
            # "a weekend offensive", "in weekend fighting", "the weekend's attacks"
            r"|(?:a\s+|in\s+|the\s+)?weekend(?:['’]s)?\s+(?:offensive|fighting|clash(?:es)?|attacks?|battles?|violence"
            r"|raids?|assaults?|bombings?|riots?|unrest|shelling|strikes?)"
            r"|(?:le|ce|pendant le|durant le|au cours du|du)\s+week-?end(?:\s+dernier)?)\b"
        ),
        _weekend,
    ),
    (
        re.compile(
            r"\b(?:earlier (?:this|in the) month|early this month|this month|at the (?:start|beginning) of (?:this|the) month"
            r"|ce mois-ci|en début de mois|(?:au )?début (?:de ce|du) mois|plus tôt ce mois)\b"
        ),
        _this_month,
    ),
    (re.compile(r"\b(?:last month|le mois dernier|le mois passé)\b"), _last_month),
    (re.compile(r"\b(?:last year|l'an dernier|l'année dernière|l'an passé)\b"), _last_year),
    (re.compile(r"\b(?:this year|earlier this year|cette année)\b"), _this_year),
    (
        re.compile(
            rf"\b(?P<wd>{_WD})(?:\s+(?:morning|afternoon|evening|night|matin|après-midi|soir))?"
            rf"\s+(?:and|to|through|into|et|à|au)\s+(?:(?:early|late)\s+)?(?P<wd2>{_WD})\b"
        ),
        _weekday_pair,
    ),
    (
        # not a newspaper's name: "The independent Sunday Times newspaper says"
        re.compile(
            rf"\b(?:(?P<last>last|this past|past)\s+)?(?P<wd>{_WD})\b(?!\s+(?:times|telegraph|mirror|express|herald|post"
            r"|observer|star|tribune|independent|standard|nation|mail|monitor|guardian)\b)(?:\s+(?P<dernier>dernier))?"
        ),
        _weekday,
    ),
    (re.compile(r"\b(?:(?P<since>since|depuis)|in|en|during)\s+(?P<year>(?:19|20)\d\d)\b(?!-)"), _year_only),
]


def _month_ok(m: re.Match[str], original: str) -> bool:
    """Reject "may"/"march" used as ordinary words: they count as months only when capitalised."""
    for group in ("month", "month2"):
        name = m.groupdict().get(group)
        if name in ("may", "march", "mar", "jan", "sept"):
            raw = original[m.start(group) : m.end(group)]
            if not raw[:1].isupper():
                return False
    return True


def _matches(text: str) -> list[tuple[int, re.Match[str], Handler]]:
    """Every valid match of every pattern, with the pattern's priority."""
    norm = _norm(text)
    found = []
    for prio, (pattern, handler) in enumerate(_PATTERNS):
        for m in pattern.finditer(norm):
            if _month_ok(m, text):
                found.append((prio, m, handler))
    return found


def resolve_date(phrase: str | None, published: dt.date | None) -> DateSpan:
    """Resolve a date phrase copied from an article against its publication date.

    The highest-priority pattern found in the phrase wins (explicit dates beat weekday
    names). ``text`` keeps the phrase as given. A phrase with nothing recognisable, or a
    relative phrase without a publication date, gives ``precision="unknown"``.
    """
    if not phrase or not phrase.strip():
        return DateSpan(text=phrase or None)
    found = _matches(phrase)
    if not found:
        return DateSpan(text=phrase)
    # Highest priority, then the longest match at that priority.
    _, m, handler = min(found, key=lambda t: (t[0], -(t[1].end() - t[1].start()), t[1].start()))
    start, end, precision = handler(m, published)
    if start is None or end is None:
        return DateSpan(text=phrase)
    return DateSpan(start=start, end=end, precision=precision, text=phrase)  # type: ignore[arg-type]


def find_date_phrase(sentence: str) -> str | None:
    """The first date-like phrase of ``sentence`` (exact substring), or None.

    Used when the model gives no date phrase: the earliest match wins, and among matches
    starting at the same place the longest ("Mardi 7 novembre" rather than "Mardi").
    """
    found = [t for t in _matches(sentence) if not _TALLY_START.search(sentence[: t[1].start()])]
    if not found:
        return None
    _, m, _ = min(found, key=lambda t: (t[1].start(), -(t[1].end() - t[1].start()), t[0]))
    return sentence[m.start() : m.end()].strip(" ,.")


def event_date_phrases(sentence: str) -> list[str]:
    """The date phrases of a sentence that are not the day of a statement, earliest first."""
    found = sorted(_matches(sentence), key=lambda t: (t[1].start(), -(t[1].end() - t[1].start()), t[0]))
    kept: list[re.Match[str]] = []
    for _, m, _ in found:
        if kept and m.start() < kept[-1].end():
            # overlapping phrases: the longer one ("nuit de mardi à mercredi" over "dans la nuit")
            if m.end() - m.start() > kept[-1].end() - kept[-1].start():
                kept[-1] = m
            continue
        kept.append(m)
    return [
        sentence[m.start() : m.end()].strip(" ,.")
        for m in kept
        if not is_statement_date(sentence, m.start()) and not _TALLY_START.search(sentence[: m.start()])
    ]


#: "since Friday", "depuis vendredi": the first day of a tally, not an event's day
_TALLY_START = re.compile(r"\b(?:since|depuis)(?:\s+(?:le|la|the))?\s*$", re.I)
