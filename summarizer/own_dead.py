"""The force that tells of its own dead: "NATO said one of its soldiers was killed".

A toll told as "one of its soldiers", "two of their troops" belongs to the speaker of the
sentence, not to the country's army that a bare "soldiers" would name: NATO, the coalition,
a UN mission or a foreign army reports its own losses this way far more often than anyone
else's.
"""

from __future__ import annotations

import re

from .actors import canonical_actor
from .schema import ActorType

__all__ = ["own_dead_side"]

_ITS_OWN = re.compile(
    r"(?P<who>(?:[A-Z][\w.’'-]*\s+){0,3}?(?:[A-Z][\w.’'-]*|military|army|forces|police|coalition|command))"
    r"\s+(?:said|says|reported|announced|confirmed|acknowledged)\s+(?:that\s+|on\s+\w+\s+)?"
    # "said a roadside bomb in the east killed three of its soldiers": a clause may come between
    r"(?:[\w’'-]+\s+){1,12}?of\s+(?:its|their)\s+(?:soldiers|troops|service\s*members|servicemen"
    r"|members|peacekeepers|personnel|marines|officers)\b"
)


def own_dead_side(sentence: str, country: str | None) -> tuple[str, ActorType] | None:
    """(mention, type) of the force whose own dead the sentence tells, if a known force."""
    m = _ITS_OWN.search(sentence)
    if m is None:
        return None
    words = m.group("who").split()
    for k in range(min(3, len(words)), 0, -1):  # "U.S.-led coalition", "NATO", "the Kenyan army"
        who = " ".join(words[-k:])
        actor = canonical_actor(who, country=country)
        if actor.type in ("State forces", "External/Other forces") and not actor.name.startswith("Government"):
            return who, actor.type
    return None
