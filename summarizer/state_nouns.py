"""Where a sentence names a state's forces by a common noun ("troops", "the army").

Why: the sides check finds a state's side by such nouns when the model's words for it
are not in the sentence, but a group's own proper name may end in one: "the Kachin
Independence Army", "the Free Syrian Army", "Arakan Army" are not a state's army, and
reading them as one turned a rebel group into the side that shelled it.
"""

from __future__ import annotations

import re
import unicodedata

from .geo import country_name

__all__ = ["state_noun_at"]

_STATE_NOUNS = re.compile(
    r"\b(?:soldiers?|troops|army|police(?:men)?|security forces|military|gendarmes|soldats|militaires|policiers"
    r"|l'?armee|armee|forces de (?:defense|securite))\b"
)
#: a name that ends in "Army": its first word is a people or a cause, not a country
_NAMED_ARMY = re.compile(r"\b(?P<first>[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+){0,2}\s+Army\b")


def _fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s.replace("’", "'")).encode("ascii", "ignore").decode().lower()


def state_noun_at(sentence: str) -> int | None:
    """The position (in the folded sentence) of the first common noun for a state's forces
    that is not the end of a group's proper name; None when there is none."""
    folded = _fold(sentence)
    names = [
        _fold(m.group(0))
        for m in _NAMED_ARMY.finditer(sentence)
        if not country_name(m.group("first")) and m.group("first") not in ("The", "An", "A")
    ]
    for m in _STATE_NOUNS.finditer(folded):
        if any(folded.endswith(name, 0, m.end()) for name in names):
            continue  # "Kachin Independence Army": a group's name
        return m.start()
    return None
