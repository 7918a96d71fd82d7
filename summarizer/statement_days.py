"""Days that date a statement, not the event it tells.

"The army said on Friday that 12 soldiers were killed": Friday is when the army spoke,
often a day after the attack. The date checks and the claim checks read an event's day
only from date phrases that are not a statement's (``dates.event_date_phrases``).
"""

from __future__ import annotations

import re

__all__ = ["deed_day", "is_statement_date", "statement_date"]

_STATEMENT_BEFORE = re.compile(
    r"\b(?:said|says|told|announced|blamed|accused|condemned|denounced|(?<!\ba )(?<!\ban )(?<!\bthe )(?<!\bwas )(?<!\bwere )(?<!\bbeen )reported|stated|added|confirmed|claimed|wrote|posted|tweeted|statement|comments?|remarks|"
    # "Speaking to parliament Tuesday, the prime minister ...": the day of a speech
    r"speaking|spoke|speech|interview|news conference|press conference|briefing|testified|broadcast|aired|diffus\w*|"
    r"a indiqué|a déclaré|a annoncé|a affirmé|a précisé|ont indiqué|ont déclaré|ont annoncé|communiqué"
    r"|(?:bilan|chiffre|toll)\s+(?:\w+\s+)?(?:annonc|publi|communiqu|donn)[ée]\w*)"
    r"(?:\s+[\w'’,“”\"-]+){0,4}?\s*$",
    re.I,
)


def is_statement_date(sentence: str, start: int) -> bool:
    """Whether the date phrase at ``sentence[start:]`` dates a statement ("the army said on
    Friday"), not the event: the day a source spoke is often a day after the attack. A day
    in the possessive names what happened on it ("said the death toll from Thursday's
    airstrikes"), never a statement."""
    if re.match(r"[\w-]+['’]s\b", sentence[start:]):
        return False
    if _DEED_JUST_BEFORE.search(sentence[max(0, start - 40) : start]):
        return False  # "Organizers said the protest Sunday was ...": the protest's day
    return bool(
        _STATEMENT_BEFORE.search(sentence[max(0, start - 60) : start]) or _STATEMENT_AFTER.match(sentence[start:])
    )


#: a day written right after the deed it dates: "the protest Sunday", "the attack on Tuesday"
_DEED_JUST_BEFORE = re.compile(
    r"\b(?:protest|march|rally|demonstration|attack|bombing|blast|ambush|raid|airstrike|air strike|clash(?:es)?"
    r"|assault|explosion|killings?|massacre|manifestation|marche|attaque|embuscade|attentat|frappe)s?\s+(?:on\s+)?$",
    re.I,
)


#: a day the statement verb follows: "(UNMISS) on Tuesday condemned the killing of 11"
_STATEMENT_AFTER = re.compile(
    # "roiled South Sudan Friday, when officials in Jonglei state said 18 people were killed"
    r"(?:on\s+)?[\w-]+,?\s+when\s+(?:[\w'’-]+\s+){1,6}?(?:said|says|reported|announced|told)\b|"
    r"(?:on\s+)?[\w-]+(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?:also\s+)?(?:said|says|condemned|denounced"
    r"|announced|confirmed|reported|told|stated|declared|warned|urged|blamed|accused|a condamné|a annoncé|a déclaré"
    r"|a indiqué|a dénoncé)\b",
    re.I,
)


def statement_date(phrase: str, sentences: list[str]) -> bool:
    """Whether every place ``phrase`` appears in ``sentences`` dates a statement."""
    spots = [(s, m.start()) for s in sentences for m in re.finditer(re.escape(phrase), s, re.I)]
    return bool(spots) and all(is_statement_date(s, i) for s, i in spots)


#: a weekday in the possessive before a deed: "Thursday's attack", "Sunday’s bombing"
_DEED_DAY = re.compile(
    r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s\s+(?:[\w-]+\s+){0,2}?"
    r"(?:attacks?|ambush(?:es)?|raids?|bombings?|assaults?|strikes?|airstrikes?|air strikes?|blasts?|explosions?"
    r"|clashes|fighting|massacre|killings?|shooting)\b",
    re.I,
)


def deed_day(sentences: list[str]) -> str | None:
    """The one weekday the article names in the possessive before a deed ("the toll from
    Thursday's attack"), if only one: the day of the event whose lead gave only the day a
    source spoke ("as stated on Friday")."""
    days = {m.group(1).capitalize() for s in sentences for m in _DEED_DAY.finditer(s)}
    return days.pop() if len(days) == 1 else None
