"""Which day a sentence found in the text tells, and whether that day is still news.

Code adds events only for the news of the day: a sentence dated more than a week before
publication is a recalled attack, left for the model to judge. Shared by the found events
of ``found_in_text.py`` and the protests of ``found_protests.py``.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from .dates import event_date_phrases, resolve_date
from .schema import DateSpan

if TYPE_CHECKING:  # the article module reads figures, whose scope reads these days
    from .article import Article

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


__all__ = ["RECENT_DAYS", "date_near", "dates_what_it_follows", "told_as_past"]


#: a date in a clause about the event this one follows: "follows a similar deal last month",
#: "retaken ... capitals seized by renegade soldiers last week"
_FOLLOWS = re.compile(
    r"\b(?:follows?|followed|following|a similar|an earlier|a previous|(?:came|comes?)\s+(?:(?:just|only|barely)\s+)?"
    r"(?:(?:(?:a|one|two|three|four|five|several|a few|\d+)\s+)?(?:days?|weeks?|hours?)\s+)?after)\b[^,;.]*$"
    # the event measured against an earlier one: "the first since armed groups announced a
    # cease-fire last month", "the deadliest attack since ... in 2011"
    r"|\b(?:first|worst|deadliest|biggest|heaviest|largest|bloodiest|latest|premi[eè]re?|pire|plus meurtri[eè]re?)\b"
    r"[^,;.]{0,60}\b(?:since|depuis)\b[^,;.]*$"
    # an earlier deed told of what this one's object had suffered: "has retaken one of two
    # state capitals seized by renegade soldiers last week"
    r"|\b(?:seized|captured|overrun|occupied|taken)\s+by\b[^,;.]{0,50}$"
    # what a crowd protests, dated after it: "gathered to protest the execution last month"
    r"|\b(?:protest(?:s|ed|ing)?|against|denounc\w*|condemn\w*|contre)\s+(?:the|a|an|la|le|les|l['’])\s*[\w'’-]+\s*$",
    re.I,
)


def dates_what_it_follows(quote: str, phrase: str) -> bool:
    """Whether ``phrase`` dates the earlier event ``quote`` says this one follows ("The truce
    deal, signed in Doha, follows a similar deal last month"), not this one."""
    at = quote.lower().find(phrase.lower())
    return at > 0 and bool(_FOLLOWS.search(quote[max(0, at - 80) : at]))


def told_on_a_recent_day(art: Article, index: int) -> bool:
    """Whether sentence ``index`` dates its deed to a day of the past week ("on May 17" in a
    story of May 20): news of its own, never the toll of a deed told as months old."""
    published = art.meta.published
    if published is None:
        return False
    for phrase in event_date_phrases(art.sentence_text(index)):
        span = resolve_date(phrase, published)
        if span.precision == "day" and span.end is not None and 0 <= (published - span.end).days <= RECENT_DAYS:
            return True
    return False
