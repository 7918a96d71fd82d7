"""Civilians as a side: named as such whatever the article calls them, and never the attacker.

Why: ACLED has one name for civilians and codes them only as the targets of armed
violence; the small model copies the article's words for them ("Peulh", a town's name, a
headline's "Témoignages") and sometimes puts them first.
"""

from __future__ import annotations

from .folding import fold
from .geo import lookup
from .schema import EVENT_TYPE_OF, Actor
from .side_checks import ARMED_VIOLENCE_TYPES

Flags = list[str]


def place_as_civilians(actor: Actor | None, place: str | None) -> tuple[Actor | None, Flags]:
    """Civilians are "Civilians", the codebook's one name for them, however the article
    calls them ("Democratic Revolution Party members", "Peulh"); named by their town
    ("Seytenga") they are civilians too: a place is no actor. The words stay as aliases."""
    if actor is None or actor.type != "Civilians" or actor.name == "Civilians":
        return actor, []
    why = "by_place" if (place and fold(actor.name) == fold(place)) or lookup(actor.name) is not None else "as_such"
    aliases = [actor.name, *(a for a in actor.aliases if a != actor.name)]
    return Actor(name="Civilians", type="Civilians", aliases=aliases), [f"civilians_named_{why}:{actor.name}"]


def no_civilian_attacker(
    actor1: Actor | None, actor2: Actor | None, sub_type: str
) -> tuple[tuple[Actor | None, Actor | None], Flags]:
    """Civilians never start armed violence (ACLED codes them only as its targets): a
    civilian actor1 still standing after the checks looked for the armed side in the
    evidence ("Témoignages suite au massacre des civils", the headline's word, as the
    attacker of civilians) gives way to an unidentified armed group, and is the target
    when none is named."""
    if actor1 is None or actor1.type != "Civilians" or EVENT_TYPE_OF.get(sub_type) not in ARMED_VIOLENCE_TYPES:
        return (actor1, actor2), []
    if sub_type == "Armed clash":
        return (actor1, actor2), []  # two crowds fighting: a riot the targets check reads (``crowds``)
    unknown = Actor(name="Unidentified Armed Group", type="Rebel group", aliases=[])
    return (unknown, actor2 if actor2 is not None else actor1), [f"actor1_civilians_never_attack:{actor1.name}"]


__all__ = ["no_civilian_attacker", "place_as_civilians"]
