"""The state sides' final names, as ACLED writes them, whichever check set them last.

Why: several checks name a state's side after the records are built (the side a battle was
fought with, the branch whose dead were counted, a government that fought), from the event's
country as the gazetteer writes it. ACLED writes some countries with "the" in an actor's name
("Military Forces of the Democratic Republic of Congo") and names a regime's forces by era
("Military Forces of Syria (2000-2024)"), which the records get right and those later checks
did not: a reader's filter on the name, and a scorer, would miss them. One pass at the end
puts every state side in that form.
"""

from __future__ import annotations

import re

from .actors import country_in_name
from .eras import era_name
from .schema import Event

__all__ = ["name_state_sides"]

_STATE_SIDE = re.compile(r"^(Military Forces|Police Forces|Government) of (?!the )(.+?)(\s*\(\d{4}-(?:\d{4})?\))?$")


def name_state_sides(events: list[Event]) -> None:
    """Every state side named with the article and era ACLED gives it (in place)."""
    for ev in events:
        for slot in ("actor1", "actor2"):
            actor = getattr(ev, slot)
            if actor is None:
                continue
            m = _STATE_SIDE.match(actor.name)
            named = actor
            if m and not m.group(3):
                named = actor.model_copy(update={"name": f"{m.group(1)} of {country_in_name(m.group(2))}"})
            named = era_name(named, ev.date.start)
            if named.name != actor.name:
                setattr(ev, slot, named)
