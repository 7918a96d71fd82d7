"""Mob violence between two crowds: rioters on both sides.

Why its own module: the side checks in ``targets`` settle who was hit by an armed actor;
two crowds that fought each other have no target, and ACLED codes both as rioters. The
check reads only the evidence's words for a fight between groups.
"""

from __future__ import annotations

import re

from .actor_words import THINGS
from .schema import Actor

__all__ = ["rioters_on_both_sides"]


#: two crowds fighting each other: "clashes between Serbs and ethnic-Albanians", "rival youths
#: clashed", "fired at each other"
_TWO_CROWDS = re.compile(
    r"\b(?:clash(?:es|ed)?|fight(?:ing)?|fought|battles?|battled|riots?)\s+between\b|\bclashed\s+(?:with|over)\b"
    r"|\b(?:each other|one another|rival)\b|\baffrontements?\s+entre\b"
    # "ethnic riots", "involved youths from Nigeria's two largest ethnic groups"
    r"|\b(?:ethnic|tribal|sectarian|communal|inter-?communal|religious)\s+(?:riots?|clashes|fighting|violence)\b"
    r"|\btwo\s+(?:[\w'’-]+\s+){0,3}?(?:ethnic\s+)?(?:groups|communities|tribes|clans|factions)\b",
    re.I,
)


def rioters_on_both_sides(
    actor1: Actor | None, actor2: Actor | None, sub_type: str, evidence: list[str]
) -> tuple[str, Actor | None, list[str]]:
    """(sub-type, actor2, flags): a riot between two crowds is mob violence with rioters on
    both sides (ACLED): the second side the model called civilians ("villagers") or left
    empty, when the evidence tells the crowds fought each other ("clashes between Serbs and
    ethnic-Albanians"), is the same country's rioters, and a "violent demonstration" so told
    (no police or troops on the other side) is mob violence."""
    if sub_type not in ("Mob violence", "Violent demonstration") or actor1 is None or actor1.type != "Rioters":
        return sub_type, actor2, []
    if actor2 is not None and actor2.type != "Civilians":
        return sub_type, actor2, []
    if not any(_TWO_CROWDS.search(q) for q in evidence):
        return sub_type, actor2, []
    fixed = [f"sub_type_corrected_from:{sub_type} (two crowds fought each other)"] if sub_type != "Mob violence" else []
    if actor2 is not None and actor2.aliases and all(THINGS.fullmatch(a) for a in actor2.aliases):
        return "Mob violence", actor2, fixed  # "homes" burned: their people were hit, no crowd fought
    flags = [f"actor2_rioters_too:{actor2.name if actor2 else 'none'}", *fixed]
    return "Mob violence", actor1.model_copy(update={"aliases": []}), flags
