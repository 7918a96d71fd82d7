"""The force whose own dead a strike or attack counts, when no sentence names the side hit.

Why: "a car bomb killed five Americans, including three U.S. soldiers" names no target, and
a found event's other side was then assumed to be civilians. When the event's counted dead
are mostly a force's (state or foreign troops), that force is the side hit: its nation told
before the soldiers ("U.S. soldiers" -> the United States' forces), else the country's own
army (the branch is settled later from the dead, ``state_branch``).
"""

from __future__ import annotations

import re

from .actors import canonical_actor
from .geo import country_name
from .schema import Actor, Event

__all__ = ["force_of_the_dead"]

_NATION_TROOPS = re.compile(
    r"\b(?P<nation>(?:[A-Z][\w.]*\.?\s*){1,2}?)\s*(?:service\s*members|soldiers|troops|marines|servicemen|sailors|airmen)\b"
)


def _largest(event: Event) -> str | None:
    """Whose dead the event's claims count most of."""
    most: dict[str, int] = {}
    for c in event.fatality_claims:
        most[c.victims] = max(most.get(c.victims, 0), c.low or c.high or 0)
    return max(most, key=lambda v: most[v]) if most else None


def force_of_the_dead(event: Event, told: str, country: str) -> Actor | None:
    """The force hit, read from the event's dead, or None when civilians or people lead."""
    largest = _largest(event)
    forces = [c for c in event.fatality_claims if c.victims in ("state_forces", "foreign_forces")]
    if not forces or largest not in ("state_forces", "foreign_forces", "unknown"):
        return None
    if largest == "unknown" and any(c.victims == "civilians" for c in event.fatality_claims):
        return None
    for m in _NATION_TROOPS.finditer(told):
        nation = m.group("nation").strip()
        home = country_name(nation)
        if home is None:
            continue
        actor = canonical_actor(f"{nation} forces", country=country)
        if actor.type in ("State forces", "External/Other forces"):
            return actor
    if all(c.victims == "state_forces" for c in forces):
        return Actor(name=f"Military Forces of {country}", type="State forces", aliases=[])
    return None
