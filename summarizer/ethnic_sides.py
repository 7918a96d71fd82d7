"""Fighters the article calls by an ethnic group's name are that group's ethnic militia.

Why: "street battles ... between ethnic Ijaw and Itsekiri militants" tells two ethnic
militias; the model writes "Ijaw militants", which is neither the alias table's nor, word
for word, the article's ("Ijaw" and "militants" are split by "and Itsekiri"), so the side
became an Unidentified Armed Group. ACLED codes such a side "<group> Ethnic Militia
(<country>)". A name is read so only when the article itself calls the people ethnic or a
tribe ("ethnic Ijaw", "the Murle tribe", "the Hema ethnic group", "ethnic Ijaw and
Itsekiri"): a capitalised word before "militants" is otherwise a movement's name.
"""

from __future__ import annotations

import re

__all__ = ["ethnic_mention"]

#: the model's mention: a people's name and a fighters' noun ("Ijaw militants", "Murle youth")
_FIGHTERS = re.compile(
    r"^(?:the\s+)?(?:armed\s+)?(?P<who>[A-Z][\w'-]+(?:[\s-][A-Z][\w'-]+)?)\s+"
    r"(?:militants|militia|militias|militiamen|fighters|gunmen|youths?|raiders|attackers|men|warriors)$"
)


def _told_ethnic(who: str, text: str) -> bool:
    name = re.escape(who).replace(r"\ ", r"[\s-]").replace(r"\-", r"[\s-]")
    return bool(
        re.search(rf"\bethnic\s+(?:[A-Z][\w'-]+\s+(?:and|or)\s+(?:the\s+)?)?{name}\b", text)
        or re.search(rf"\b{name}\s+(?:ethnic\s+group|tribe|tribesmen|ethnic\s+community|community)\b", text)
    )


def ethnic_mention(mention: str, text: str) -> str | None:
    """The mention written so the alias table reads it as an ethnic militia, or None."""
    m = _FIGHTERS.match(mention.strip())
    if m is None or not _told_ethnic(m.group("who"), text):
        return None
    return f"ethnic {m.group('who')} militia"
