"""A government that fights is its army.

ACLED keeps "Government of X" for what a government does as a government (a deal, a change
of policy, the target of a bombing aimed at its officials); the side that opens fire,
attacks or bombs is the state's armed force. The model writes the doer of a clash as "the
Afghan government" when the story says the government's forces did it. As the doer of a
battle, a bombing or an attack on civilians, the government becomes its military, flagged;
as the side hit it stays (a minister's convoy is the government's).
"""

from __future__ import annotations

from .schema import Actor, Event

__all__ = ["FLAG", "army_for_the_government"]

FLAG = "actor1_government_as_its_army"
FLAG_SECOND = "actor2_government_as_its_army"
_VIOLENT = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
_GOVERNMENT = "Government of "


def army_for_the_government(events: list[Event]) -> None:
    """Name a government that did the violence, or fought a battle, as its military (in place)."""
    for ev in events:
        # the doer of violence; the other side of a battle, which has two armed sides
        for slot, types, flag in (("actor1", _VIOLENT, FLAG), ("actor2", {"Battles"}, FLAG_SECOND)):
            actor = getattr(ev, slot)
            if ev.event_type not in types or actor is None or not actor.name.startswith(_GOVERNMENT):
                continue
            country = actor.name[len(_GOVERNMENT) :]
            setattr(
                ev, slot, Actor(name=f"Military Forces of {country}", type="State forces", aliases=list(actor.aliases))
            )
            ev.flags.append(flag)
