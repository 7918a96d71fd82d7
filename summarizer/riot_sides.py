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


def rioters_first(events: list[Event]) -> None:
    """Put each riot's crowd first (in place)."""
    for ev in events:
        first, second = ev.actor1, ev.actor2
        country = ev.location.country
        if ev.sub_event_type not in _RIOTS or not country or (first is not None and first.type == "Rioters"):
            continue
        crowd = Actor(name=f"Rioters ({country})", type="Rioters", aliases=[first.name] if first else [])
        if first is not None and first.type in _FORCES:
            if second is not None and second.type not in _CROWDS:
                continue  # a force against an armed side: no crowd to put first
            ev.actor1 = second if second is not None and second.type == "Rioters" else crowd
            ev.actor2 = first
            ev.flags.append(f"actor1_the_riots_crowd_before:{first.name}")
        elif first is not None and (first.type in ("Protesters", "Civilians") or _PARTY.search(first.name)):
            ev.actor1 = crowd
            ev.flags.append(f"actor1_the_riots_crowd_for:{first.name}")
