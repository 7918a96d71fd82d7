"""Who killed a found event's dead, told in the sentence right after its toll.

Why: a found toll often names no killer ("A Palestinian policeman was killed late Wednesday
near a checkpoint outside the West Bank city of Hebron"), and the next sentence says who did
it of the same dead by a pronoun or "the man" ("Palestinians say Israeli soldiers shot and
killed the man"). The found event's side stays unidentified otherwise. Only a force or an
armed group told as the subject of the killing counts, never the speaker.
"""

from __future__ import annotations

import re

from .actors import canonical_actor
from .article import Article
from .schema import ActorType

__all__ = ["killer_told_next"]

_KILLER_NEXT = re.compile(
    r"^(?:[\w'’.-]+\s+){0,4}?(?:say|says|said|claim|claims|claimed|allege|alleges|alleged|accuse|accused)\s+"
    r"(?:that\s+)?(?P<who>(?:[\w'’-]+\s+){0,3}?(?:soldiers|troops|forces|police|policemen|gunmen|militants|rebels"
    r"|insurgents|army|militiamen|fighters))\s+(?:had\s+)?(?:shot\s+and\s+killed|shot\s+dead|killed|gunned\s+down"
    r"|shot|beat)\s+(?:the\s+(?:\w+\s+)?(?:man|woman|men|women|boy|girl|victims?|officer|policeman|soldier|youth)"
    r"|him|her|them)\b",
    re.I,
)


def killer_told_next(art: Article, index: int, country: str) -> tuple[str, ActorType] | None:
    """(mention, type) of the force or group the sentence after 0-based ``index`` says killed
    its dead, or None."""
    if index + 1 >= len(art.sentences):
        return None
    m = _KILLER_NEXT.match(art.sentence_text(index + 1))
    if m is None:
        return None
    actor = canonical_actor(m.group("who"), country=country)
    if actor.type not in ("State forces", "External/Other forces", "Rebel group", "Political militia"):
        return None
    return m.group("who"), actor.type
