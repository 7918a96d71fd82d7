"""Publication dates as users have them: ISO, RSS / RFC 2822, and written-out forms.

Why strict: the publication date anchors every relative date ("on Tuesday", "last week").
A date read wrongly, or silently dropped, moves or loses every event date of the article,
so a value that cannot be read is an error that quotes it, never a quiet ``None``.

Accepted (standard library only: ``datetime.fromisoformat`` and the RFC 2822 parser of
``email.utils``, which RSS feeds use):

* ``2023-08-04``, ``2023-08-04T10:00:00Z``, ``2023-08-04 10:00:00+02:00`` (the date as
  written, not converted to UTC: the article's own calendar day is what "today" means);
* ``Fri, 04 Aug 2023 10:00:00 GMT``, ``04 Aug 2023``;
* ``4 August 2023``, ``August 4, 2023``, ``Aug 4 2023``, ``4 Aug. 2023``;
* numeric ``13/08/2023`` or ``08/13/2023`` (the only reading), ``04/08/2023`` only with an
  explicit ``date_order`` ("DMY" or "MDY"; ``strict``, the default, refuses it);
* an empty value or ``unknown`` / ``not shown`` / ``n/a``: no date.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re

__all__ = ["PublishedDateError", "parse_published"]

_UNKNOWN = {"", "unknown", "not shown", "n/a", "na", "none", "null", "-", "?"}
_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january", "janvier"),
            ("feb", "february", "fevrier", "février"),
            ("mar", "march", "mars"),
            ("apr", "april", "avril"),
            ("may", "mai"),
            ("jun", "june", "juin"),
            ("jul", "july", "juillet"),
            ("aug", "august", "août", "aout"),
            ("sep", "sept", "september", "septembre"),
            ("oct", "october", "octobre"),
            ("nov", "november", "novembre"),
            ("dec", "december", "décembre", "decembre"),
        ],
        start=1,
    )
    for m in names
}
_NUMERIC = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})")
_DAY_MONTH = re.compile(r"(?:[A-Za-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th|er)?\s+([^\W\d_]+)\.?,?\s+(\d{4})")
_MONTH_DAY = re.compile(r"(?:[A-Za-z]+,?\s+)?([^\W\d_]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})")
_ISO_PREFIX = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?")


class PublishedDateError(ValueError):
    """The publication date cannot be read; the message quotes the value and says why."""


def parse_published(value: object, *, date_order: str = "strict") -> dt.date | None:
    """The calendar date of ``value``, None for an explicitly unknown one.

    Raises :class:`PublishedDateError` (a ``ValueError``) for anything else: an impossible
    date (``2023-02-30``), trailing junk (``2023-08-04garbage``), an ambiguous numeric
    date under ``date_order="strict"``, or a value that is not a date at all (a number).
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise PublishedDateError(
            f"publication date {value!r} is of type {type(value).__name__}, not a date (give e.g. '2023-08-04')"
        )
    text = " ".join(value.split())
    if text.lower() in _UNKNOWN:
        return None
    if len(text) > 64:
        raise PublishedDateError(f"publication date {text[:40]!r}... is too long to be a date")
    day = _iso(text) or _rfc2822(text) or _words(text) or _numeric(text, value, date_order)
    if day is None:
        raise PublishedDateError(
            f"cannot read the publication date {value!r} (give e.g. 2023-08-04, "
            f"'Fri, 04 Aug 2023 10:00:00 GMT' or '4 August 2023')"
        )
    return day


def _impossible(value: str, exc: Exception) -> PublishedDateError:
    return PublishedDateError(f"publication date {value!r} is not a real date ({exc})")


def _iso(text: str) -> dt.date | None:
    if not _ISO_PREFIX.fullmatch(text):
        return None
    try:
        return dt.datetime.fromisoformat(text.replace(" ", "T", 1) if len(text) > 10 else text).date()
    except ValueError as exc:  # the shape is ISO, so this is an impossible day or time
        raise _impossible(text, exc) from None


def _rfc2822(text: str) -> dt.date | None:
    if not re.match(r"^(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}(?:\s|$)", text):
        return None
    try:
        parsed = email.utils.parsedate_tz(text)
    except (TypeError, ValueError, IndexError):
        return None
    if parsed is None:
        return None
    try:
        return dt.date(parsed[0], parsed[1], parsed[2])
    except ValueError as exc:
        raise _impossible(text, exc) from None


def _make(value: str, year: int, month: int, day: int) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError as exc:
        raise _impossible(value, exc) from None


def _words(text: str) -> dt.date | None:
    m = _DAY_MONTH.fullmatch(text)
    if m and m.group(2).lower() in _MONTHS:
        return _make(text, int(m.group(3)), _MONTHS[m.group(2).lower()], int(m.group(1)))
    m = _MONTH_DAY.fullmatch(text)
    if m and m.group(1).lower() in _MONTHS:
        return _make(text, int(m.group(3)), _MONTHS[m.group(1).lower()], int(m.group(2)))
    return None


def _numeric(text: str, original: str, date_order: str) -> dt.date | None:
    m = _NUMERIC.fullmatch(text)
    if not m:
        return None
    a, b, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if a > 12 and b <= 12:
        return _make(text, year, b, a)
    if b > 12 and a <= 12:
        return _make(text, year, a, b)
    if a == b or date_order == "DMY":
        return _make(text, year, b, a)
    if date_order == "MDY":
        return _make(text, year, a, b)
    if a > 12 and b > 12:
        raise PublishedDateError(f"publication date {original!r} is not a real date (no month {a} or {b})")
    raise PublishedDateError(
        f"publication date {original!r} is ambiguous (day {a} of month {b}, or month {a} day {b}?): "
        f"write it as YYYY-MM-DD or set the date order (--date-order DMY|MDY, SUMMARIZER_DATE_ORDER)"
    )
