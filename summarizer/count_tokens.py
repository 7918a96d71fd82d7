"""Which numbers in a sentence count people at all, before anyone asks whether they died.

Why apart: the figure finder (``deaths.py``) weighs each count against the words around it;
what is no count (a year, "April 10", "15 km", "M23", "the two sides", "several points") is
a question of the token alone, read and extended on its own.
"""

from __future__ import annotations

import re

from .dates import MONTH_PATTERN
from .death_words import PERSON_NOUNS

__all__ = ["UNITS_AFTER", "is_count_token"]


#: a count of a force's units, not of people: "from one division", "two battalions"
UNITS_AFTER = re.compile(
    r"\s+(?:divisions?|battalions?|brigades?|regiments?|platoons?|bataillons?|r[ée]giments?)\b", re.I
)


def is_count_token(sentence: str, m: re.Match[str]) -> bool:
    """Whether a number the figure pattern found counts people (not a year, a day of the
    month, a distance, a share, a page or a name such as "M23")."""
    token = m.group(0)
    if m.start() > 0 and sentence[m.start() - 1].isalnum():
        return False  # inside a name: "M23", "F16"
    after = sentence[m.end() : m.end() + 12]
    if re.match(r"\s*(?:death\s+)?(?:tolls?|casualt|bilan)", sentence[m.end() : m.end() + 20], re.I):
        return False  # "a lower civilian death toll": a word about a toll, not a head count
    if re.match(r"\s*-?\s*(?:%|percent|per cent|km|kilomet|miles?|metres?|meters?|a\.m|p\.m|h\b|hours?|days?|weeks?|months?"
                r"|years?|heures?|jours?|semaines?|mois|ans?\b|st\b|nd\b|rd\b|th\b|ème|e\b)", after, re.I):  # fmt: skip
        return False
    if re.match(
        r"\s*(?:warring\s+|rival\s+|opposing\s+)?(?:sides|parties|camps|countries|nations|neighbou?rs|camps)\b",
        after,
        re.I,
    ):
        return False  # "the two sides clashed, killing four": who fought, not who died
    if UNITS_AFTER.match(sentence, m.end()):
        return False  # "more than 80 soldiers from one division were killed": a unit counted
    if re.fullmatch(r"(?:19|20)\d\d", token.strip()):
        return False  # a year, not a head count
    if _VAGUE_WORD.fullmatch(token.strip()) and not _VAGUE_COUNTS_PEOPLE.match(sentence[m.end() :]):
        return False  # "attacked several points near the border": places, not the dead
    if token.strip().lower() == "one" and re.search(r"\b(?:no|not a single|not one)\s*$", sentence[: m.start()], re.I):
        return False  # "No one was reported killed": nobody, not one death
    before = sentence[max(0, m.start() - 12) : m.start()]
    if re.search(_MONTH_BEFORE, before, re.I) or re.match(_MONTH_AFTER, after, re.I):
        return False  # a day of the month: "on April 10", "le 7 novembre"
    if re.search(_DAYS_BEFORE, sentence[max(0, m.start() - 30) : m.start()], re.I) or re.match(
        _DAYS_AFTER, sentence[m.end() : m.end() + 30], re.I
    ):
        return False  # the second of two days: "killed October 11 and 12", "les 11 et 12 octobre"
    return not re.search(r"(?:\$|€|£|No\.|#|page|article|resolution|route|RN|N)\s*$", before)


#: a bare vague quantifier ("several", "plusieurs") counts people only when people, the dead
#: or their verb follow it ("several soldiers", "several were killed", "plusieurs morts")
_VAGUE_WORD = re.compile(r"several|a few|a handful of|numerous|plusieurs|quelques|nombreux|nombreuses", re.I)
_VAGUE_COUNTS_PEOPLE = re.compile(
    rf"^\s*(?:(?:[\w'’-]+\s+){{0,3}}?(?:{PERSON_NOUNS}|dead|bodies|casualties|deaths|victims|morts|victimes|tu[ée]s"
    r"|blessés|corps)\b|(?:were|was|have|had|are|died|of|others?|more|d['’]entre|autres|ont|sont|sont morts)\b|\s*[,.;)]|$)",
    re.I,
)
_MONTH_BEFORE = rf"\b(?:{MONTH_PATTERN})\.?\s*$"
_MONTH_AFTER = rf"^\s*(?:st|nd|rd|th|er)?\s*(?:of\s+)?(?:{MONTH_PATTERN})\b"
_DAYS_BEFORE = rf"\b(?:{MONTH_PATTERN})\.?\s*\d{{1,2}}(?:st|nd|rd|th)?\s*(?:and|or|to|through|-|–)\s*$"
_DAYS_AFTER = rf"^\s*(?:st|nd|rd|th|er)?\s*(?:and|or|to|et|au|-|–)\s*\d{{1,2}}\s*(?:st|nd|rd|th|er)?\s*(?:of\s+)?(?:{MONTH_PATTERN})\b"
