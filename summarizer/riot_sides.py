"""A riot's first side is its crowd: ACLED's "Rioters (Country)", whoever the model put first.

Why: every violent demonstration and mob violence in the gold labels (83 of 83) has rioters
as actor1; the small model often puts first the force that fired on the crowd ("security
forces fired tear gas and live rounds" in Bangkok) or the party that called it out ("the
Bangladesh Nationalist Party"). A force that came first goes second, against the crowd (if
no armed side already holds that place); a party, a community or a mob's militia is the
crowd itself, kept as an alias (ACLED's associated actor). Each change is flagged.
"""

from __future__ import annotations

import re

from .schema import Actor, Event

__all__ = ["rioters_first"]

_RIOTS = ("Violent demonstration", "Mob violence")
_FORCES = ("State forces", "External/Other forces")
_CROWDS = ("Rioters", "Protesters", "Civilians")
_PARTY = re.compile(r"\b(?:Party|Parti|League|Congress)\b")
#: a crowd by its name, whatever type the model gave it ("Palestinian rock-throwers" as a rebel group)
_CROWD_NAME = re.compile(
    r"\b(?:(?:stone|rock)[- ]throw\w*|protesters|demonstrators|rioters|youths|mobs?|crowds?|manifestants|émeutiers)\b",
    re.I,
)


def rioters_first(events: list[Event]) -> None:
    """Put each riot's crowd first (in place)."""
    for ev in events:
        first, second = ev.actor1, ev.actor2
        country = ev.location.country
        if ev.sub_event_type not in _RIOTS or not country or (first is not None and first.type == "Rioters"):
            continue
        crowd = Actor(name=f"Rioters ({country})", type="Rioters", aliases=[first.name] if first else [])
        if first is not None and first.type in _FORCES:
            named = second is not None and _CROWD_NAME.search(second.name) is not None
            if second is not None and second.type not in _CROWDS and not named:
                continue  # a force against an armed side: no crowd to put first
            if second is not None and named and second.type != "Rioters":
                crowd = crowd.model_copy(update={"aliases": [second.name]})
            ev.actor1 = second if second is not None and second.type == "Rioters" else crowd
            ev.actor2 = first
            ev.flags.append(f"actor1_the_riots_crowd_before:{first.name}")
        elif first is not None and (first.type in ("Protesters", "Civilians") or _PARTY.search(first.name)):
            ev.actor1 = crowd
            ev.flags.append(f"actor1_the_riots_crowd_for:{first.name}")
