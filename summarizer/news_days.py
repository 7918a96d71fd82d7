"""Which day a sentence found in the text tells, and whether that day is still news.

Code adds events only for the news of the day: a sentence dated more than a week before
publication is a recalled attack, left for the model to judge. Shared by the found events
of ``found_in_text.py`` and the protests of ``found_protests.py``.
"""

from __future__ import annotations

import datetime as dt

from .dates import event_date_phrases
from .schema import DateSpan

#: a sentence dated more than this many days before publication adds no event
RECENT_DAYS = 7


def told_as_past(span: DateSpan, published: dt.date | None) -> bool:
    """Whether a sentence's own date begins more than a week before publication ("last
    month", "earlier this month", a day two weeks back): the news of the day is what code
    adds; a recalled attack stays for the model to judge."""
    return published is not None and span.start is not None and (published - span.start).days > RECENT_DAYS


def date_near(sentence: str, at: int) -> str | None:
    """The sentence's date phrase nearest the figure at offset ``at`` ("Tuesday's attack and
    a reported airstrike on April 10 that killed at least nine": April 10)."""
    phrases = event_date_phrases(sentence)
    return min(phrases, key=lambda p: abs(sentence.find(p) - at), default=None)


__all__ = ["RECENT_DAYS", "date_near", "told_as_past"]
