"""The other side of a release deal is the people let go.

The codebook codes captives let go by the group that held them as an Agreement between the
captors and those released. The small model, and the release finder, name the captors and
leave the other side empty, so the record says a group agreed with nobody. When an
Agreement's evidence tells people released or freed and its first side is an armed group,
the second side is who was let go: the state's police or army when policemen or soldiers
were, else civilians (hostages, workers, tourists), flagged.
"""

from __future__ import annotations

import re

from .actors import canonical_actor
from .schema import Actor, Event

__all__ = ["FLAG", "released_counterpart"]

FLAG = "actor2_the_released"

_RELEASED = re.compile(
    r"\b(?:released|freed|set free|let go|libérée?s?|relâchée?s?|hostages?|otages?)\b"
    r"(?!\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+)?(?:statement|video|report|photos?|images?|list|figures?|footage))",
    re.I,
)
_ARMED = frozenset({"Rebel group", "Political militia", "Identity militia"})
_POLICE = re.compile(r"\b(?:policem[ae]n|police officers?|policiers?|gendarmes?)\b", re.I)
_SOLDIERS = re.compile(r"\b(?:soldiers?|troops|servicem[ae]n|soldats?|militaires?)\b", re.I)


def released_counterpart(events: list[Event]) -> None:
    """Give releases with no second side the people let go (in place)."""
    for ev in events:
        if ev.sub_event_type != "Agreement" or ev.actor2 is not None or ev.actor1 is None:
            continue
        told = " ".join(ev.evidence)
        if ev.actor1.type not in _ARMED or not _RELEASED.search(told):
            continue
        country = ev.location.country
        force = "police" if _POLICE.search(told) else "soldiers" if _SOLDIERS.search(told) else None
        if force and country:
            state = canonical_actor(force, country=country)
            ev.actor2 = Actor(name=state.name, type=state.type, aliases=[])
        else:
            ev.actor2 = Actor(name="Civilians", type="Civilians", aliases=[])
        ev.flags.append(f"{FLAG}:{ev.actor2.name}")
