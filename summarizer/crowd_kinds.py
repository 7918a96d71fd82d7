"""A riot or a march coded for a side that is no crowd.

Why: ACLED's protests and riots are done by crowds (protesters, rioters, a mob); an army or
an armed group does not riot or march. The small model falls back on "Violent demonstration"
where the evidence holds a protest word of another sense: "Pakistan lodged a protest" over
Indian shelling, "protests since the coup" beside an air strike. When the first side the
model gave is a state's or an armed group's and the evidence's words type the event as
something else, and no crowd is told there but by the word "protest" (which names a
complaint as often as a march), the words win.
"""

from __future__ import annotations

import re

from .keywords import PROTEST_WORDS, classify

__all__ = ["CROWD_KINDS", "armed_sides_kind"]

#: the kinds whose first side is a crowd
CROWD_KINDS = frozenset({"Peaceful protest", "Protest with intervention", "Violent demonstration", "Mob violence"})
#: the bare word, which names a complaint as often as a march ("protesters" are a crowd)
_THE_WORD_PROTEST = re.compile(r"\bprotests?\b", re.I)
_ARMED_DOERS = frozenset({"State forces", "Rebel group", "Political militia", "External/Other forces"})


def armed_sides_kind(sub_type: str, actor1_type: str, evidence: str) -> str | None:
    """The sub-type the evidence's words give a crowd's kind coded for an armed side, or None."""
    if sub_type not in CROWD_KINDS or actor1_type not in _ARMED_DOERS:
        return None
    if any(not _THE_WORD_PROTEST.fullmatch(m.group(0)) for m in PROTEST_WORDS.finditer(evidence)):
        return None  # marches, riots, a crowd told: a crowd's event is in the evidence too
    # the word itself does not type it: "a region gripped in recent years by protests"
    found = classify(_THE_WORD_PROTEST.sub(" ", evidence))
    return found[1] if found and found[0] not in {"Protests", "Riots"} else None
