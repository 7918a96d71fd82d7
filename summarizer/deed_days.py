"""Days that date a deed, and the words that say a day or a month is past.

The date check (``event_dates.event_date``) weighs the model's date phrase against the ones the
evidence writes: a day named as an attack's own ("Sunday's ambush", "Thursday's coordinated
assault") dates the event whatever else the evidence says; a day of the past week is a
candidate for it; a month or a year told as past ("earlier this month", "last year") dates
an earlier happening or a tally.
"""

from __future__ import annotations

import datetime as dt
import re

from .dates import resolve_date

#: a date phrase's leading preposition: "on Saturday" is written "Saturday's attack"
LEADING_PREPOSITION = re.compile(r"^(?:on|in|at|during|by|le|la|en|dans la|dans)\s+", re.I)


#: an attack named by its day: "the Friday night attack", "Sunday's ambush", "l'attaque de mardi"
DAY_OF_THE_ATTACK = re.compile(
    r"\b(?:the|a)\s+(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:night|morning|evening"
    r"|afternoon|overnight))?\s+(?:attack|raid|ambush|assault|bombing|blast|clash|clashes|fighting)\b"
    r"|\b(?P<day2>monday|tuesday|wednesday|thursday|friday|saturday|sunday)['’]s\s+(?:attack|raid|ambush|assault"
    r"|bombing|blast)\b",
    re.I,
)


def recent_day(phrase: str, published: dt.date | None) -> bool:
    span = resolve_date(phrase, published)
    # a day, or a weekend's two ("le weekend dernier"), of the past week
    weekend = bool(re.search(r"week-?end|fin de semaine", phrase, re.I) and span.start and span.end)
    one = span.precision == "day" or weekend
    return bool(published and one and span.start and 0 <= (published - span.start).days <= 7)


#: a month or a year told as already past ("earlier this month", "le mois dernier")
TOLD_AS_PAST = re.compile(
    r"\b(?:earlier (?:this|in the) (?:month|year)|last (?:week|month|year)|plus t[oô]t (?:ce mois|cette ann[ée]e)"
    r"|la semaine (?:derni[èe]re|pass[ée]e)|(?:a|an|\w+)\s+(?:months?|years?)\s+ago|il y a\s+\w+\s+(?:mois|ans?)"
    r"|le mois (?:dernier|pass[ée])|l'ann[ée]e (?:derni[èe]re|pass[ée]e))\b",
    re.I,
)


#: a day written as the owner of a deed ("Thursday's coordinated assault")
_DEED_NOUN = r"(?:\s+[\w-]+){0,2}?\s+(?:attack|assault|raid|ambush|bombing|blast|strike|offensive|clash(?:es)?|fighting|massacre)s?\b"


def dates_a_deed(phrase: str, text: str) -> bool:
    """Whether the text writes the model's day as the day of a deed: that day is the event's,
    whatever the evidence sentences date otherwise."""
    bare = re.escape(LEADING_PREPOSITION.sub("", phrase).strip())
    return bool(bare) and bool(re.search(rf"\b{bare}['’]s{_DEED_NOUN}", text, re.I))


#: a killing's own verb right before a day: "71 soldats tués mardi", "were killed Tuesday"
_DEED_VERB = (
    r"\b(?:killed|slain|shot dead|attacked|ambushed|abducted|kidnapped|died|tu[ée]e?s?|abattu[es]*|attaqu[ée]e?s?"
    r"|enlev[ée]e?s?|morts?|massacr[ée]e?s?)\s+(?:on\s+|le\s+|late\s+|early\s+)?"
)


def told_after_the_deed(phrase: str, quote: str) -> bool:
    """Whether the quote writes the day right after the killing's verb ("Le Niger a rendu un
    hommage national vendredi aux 71 soldats tués mardi"): Tuesday's deed, Friday's tribute."""
    bare = re.escape(LEADING_PREPOSITION.sub("", phrase).strip())
    return bool(bare) and bool(re.search(rf"{_DEED_VERB}{bare}\b", quote, re.I))


__all__ = [
    "DAY_OF_THE_ATTACK",
    "LEADING_PREPOSITION",
    "TOLD_AS_PAST",
    "dates_a_deed",
    "recent_day",
    "told_after_the_deed",
]
