"""The one side a violent event names, when the dead it counts are that side's own.

Why: the model often codes the only force a sentence names as the doer ("Police are
searching for the unidentified gunmen who killed six Russian soldiers" became Russia's army
fighting nobody; "a U.S.-led coalition soldier was killed ... when a rocket-propelled
grenade struck his vehicle" became the coalition's attack). A force whose own soldiers are
all the dead, with no other side named, was hit: it becomes actor2 and the doer the
unidentified armed group, flagged ``actor1_was_hit``; so does a force named on both sides. A strike by a state or foreign force
that killed militants with no target named hit an armed group, flagged ``actor2_assumed``.
"""

from __future__ import annotations

import re

from .actors import canonical_actor
from .schema import Actor, Event
from .targets import ARMY_WORDS, POLICE_WORDS

__all__ = ["HIT_FLAG", "sides_of_the_hit"]

HIT_FLAG = "actor1_was_hit"
_FORCES = ("State forces", "External/Other forces")
_FORCES_DEAD = frozenset({"state_forces", "foreign_forces"})


def _unidentified() -> Actor:
    return Actor(name="Unidentified Armed Group", type="Rebel group", aliases=[])


#: a force or its post named where a bombing is told: then it may be the target
_FORCE_WORDS = re.compile(
    r"\b(?:army|soldiers?|troops|police\w*|security|military|checkpoints?|convoys?|patrols?|bases?|barracks|officers?"
    r"|forces|guards?|militia\w*|tanks?|soldats?|militaires?|gendarm\w*|policiers?|arm[ée]e|paramilitar\w*)\b",
    re.I,
)
_BOMBINGS = ("Remote explosive/landmine/IED", "Suicide bomb")


def _bombing_of_people(event: Event) -> bool:
    """A bombing whose dead are people and whose evidence names no force or post: the
    model's state force as its target is a guess ("six people were killed ... when
    suspected guerrillas ... detonated bombs that derailed two trains")."""
    a2 = event.actor2
    if event.sub_event_type not in _BOMBINGS or a2 is None or a2.type != "State forces":
        return False
    victims = {c.victims for c in event.fatality_claims if c.low}
    return bool(victims) and victims <= {"unknown", "civilians"} and not _FORCE_WORDS.search(" ".join(event.evidence))


def _assumed_civilians_are_forces(event: Event) -> bool:
    """Civilians assumed as the side hit of an attack whose counted dead all turned out to
    be the state's forces."""
    victims = {c.victims for c in event.fatality_claims if c.low}
    return (
        "actor2_assumed:Civilians" in event.flags
        and victims == {"state_forces"}
        and event.event_type in ("Battles", "Violence against civilians")
        and event.location.country is not None
    )


def sides_of_the_hit(events: list[Event]) -> None:
    """Set the hit side of each one-sided violent event whose counted dead say who was hit (in place)."""
    for event in events:
        a1 = event.actor1
        if _assumed_civilians_are_forces(event):
            # "Another government serviceman was killed overnight in the neighboring Luhansk
            # region": civilians were assumed before the one dead was read; the dead are the
            # state's forces, so they were hit, in a fight (ACLED's armed clash)
            quotes = " ".join(c.quote for c in event.fatality_claims)
            kind = "police" if POLICE_WORDS.search(quotes) and not ARMY_WORDS.search(quotes) else "soldiers"
            event.actor2 = canonical_actor(kind, country=event.location.country)
            event.flags.append(f"actor2_the_forces_dead:{event.actor2.name}")
            if "sub_type_corrected_from:Armed clash" in event.flags and event.sub_event_type == "Attack":
                event.sub_event_type, event.event_type = "Armed clash", "Battles"
            continue
        if _bombing_of_people(event):
            event.flags.append(f"actor2_civilians_of_a_bombing:{event.actor2.name if event.actor2 else ''}")
            event.actor2 = Actor(name="Civilians", type="Civilians", aliases=[])
            continue
        if (
            a1 is not None
            and event.actor2 is not None
            and a1.name == event.actor2.name
            and a1.type in _FORCES
            and event.event_type in ("Battles", "Explosions/Remote violence", "Violence against civilians")
        ):
            # "gunmen have killed 10 troops loyal to incumbent President Laurent Gbagbo" read
            # as the army on both sides: a force does not fight itself. When all the dead are
            # forces' it was hit and the unidentified armed group attacked it; else the force
            # acted and the side it fought is unnamed
            # (a count of no side beside the forces' dead, "Un précédent bilan faisait état de
            # huit morts", is the same dead again or too few words to say: it tells nothing)
            victims = {c.victims for c in event.fatality_claims if c.low} - {"unknown"}
            if victims and victims <= _FORCES_DEAD:
                event.actor1 = _unidentified()
                event.flags.append(f"{HIT_FLAG}:{a1.name}")
            else:
                event.actor2 = _unidentified()
                event.flags.append(f"actor2_was_the_same_force:{a1.name}")
            continue
        if a1 is None or event.actor2 is not None or a1.type not in _FORCES:
            continue
        if event.event_type not in ("Battles", "Explosions/Remote violence"):
            continue
        victims = {c.victims for c in event.fatality_claims if c.low}
        if not victims:
            continue
        if victims <= _FORCES_DEAD and event.sub_event_type != "Air/drone strike":
            event.actor1, event.actor2 = _unidentified(), a1
            event.flags.append(f"{HIT_FLAG}:{a1.name}")
        elif (
            event.sub_event_type in ("Air/drone strike", "Shelling/artillery/missile attack") and "non_state" in victims
        ):
            event.actor2 = _unidentified()
            event.flags.append(f"actor2_assumed:{event.actor2.name}")
