"""A side named by a place ("Unity state", "Jonglei") is no side: the side is unnamed.

Why: the small model sometimes gives where the fighting was as who fought ("fighting in
Unity state" -> actor2 "Unity state", typed State forces). A reader would cite a province as
a party to the war. An armed side whose name the alias table does not know and which names
a first-level region of the country told with its kind ("Unity state", "Borno State"; not
"Islamic State", and not a bare "Kachin", which may be the Kachin rebels), becomes the unidentified armed group, flagged with the place it replaced. Civilians named
by their town are handled by ``civilian_sides.place_as_civilians``.
"""

from __future__ import annotations

import re

from .actors import canonical_actor, is_raw
from .geo import admin1_country
from .schema import Actor

__all__ = ["place_as_side"]

_ARMED = ("State forces", "Rebel group", "Political militia", "Identity militia", "External/Other forces")
_REGION_TOLD = re.compile(
    r"^(?:the\s+)?(?P<region>(?:[A-Z][\w'’-]+\s+){1,3}?)(?:state|province|region|county|district|governorate|prefecture)$",
    re.I,
)


def place_as_side(actor: Actor | None, country: str | None) -> tuple[Actor | None, list[str]]:
    """(side, flags): the unidentified armed group in place of a side named by a region."""
    if actor is None or actor.type not in _ARMED:
        return actor, []
    if not is_raw(canonical_actor(actor.name, country=country), actor.name):
        return actor, []  # the table knows it: a side
    told = _REGION_TOLD.match(actor.name)  # "Unity state"; a bare "Kachin" may be the Kachin rebels
    if told is None or admin1_country(told.group("region").strip(), country) is None:
        return actor, []  # "Islamic State" names no region
    unnamed = Actor(name="Unidentified Armed Group", type="Rebel group", aliases=[])
    return unnamed, [f"side_named_by_a_place:{actor.name}"]
