"""The side a found event hit when its sentence names none: assumed, and flagged.

Why: a sentence the model left out ("a tribal leader was killed Wednesday in Arghandab")
becomes an event with only the side the text names; the other side is the best guess the
sentence allows, flagged ``actor2_assumed`` so a reader knows it was not read.
"""

from __future__ import annotations

import re

from .dead_forces import force_of_the_dead
from .found_sides import STATE_AGENT
from .running_numbers import UNNUMBERED_FLAG
from .schema import Actor, Event
from .subtype_checks import CLASH_WORDS
from .targets import ARMY_WORDS, POLICE_WORDS, force_hit
from .victims import victims_of

__all__ = ["assume_target"]

#: remote violence with dead nobody names: the people hit are civilians (ACLED's reading of
#: "a bomb killed eight people" at a cafe, a funeral, a market)
_REMOTE = {"Suicide bomb", "Remote explosive/landmine/IED", "Air/drone strike", "Shelling/artillery/missile attack"}

#: what an ambush or an attack on a force hits: "tombés dans une embuscade", "the patrol"
_ARMED_TARGET = re.compile(
    r"\b(?:forces?|ambush\w*|embuscades?|patrols?|patrouilles?|convoys?|convois?|bases?|checkpoints?|barrages?"
    r"|garrisons?|barracks|casernes?|peacekeepers|casques bleus)\b",
    re.I,
)

_TOWNS_HIT = re.compile(
    r"\b(?:villages?|towns?|communities|markets?|localit[ée]s|villes?)\b"
    # "opened fire on a vehicle carrying a congressional candidate": people on the road
    r"|\b(?:cars?|vehicles?|bus(?:es)?|minibus(?:es)?|taxis?|v[ée]hicules?|voitures?)\s+(?:carrying|transportant)\b",
    re.I,
)


_KILLING = re.compile(r"\b(?:killing|killed|kill|shot dead|shooting dead|tuant|tué)\b", re.I)


def _civilians_killed(told: str) -> bool:
    """Whether the words after the killing name only people of no force as its dead."""
    m = _KILLING.search(told)
    return m is not None and victims_of(told[m.end() : m.end() + 90]) == "civilians"


def assume_target(event: Event, country: str) -> None:
    """The other side of an event whose sentence names only one, flagged as assumed: a
    battle is fought with the state's forces when a group attacked (with a group when the
    state did); a bombing of people no one names hits civilians."""
    a1 = event.actor1
    if a1 is None or a1.type == "Civilians":
        return
    told = " ".join(event.evidence)
    people = bool(event.fatality_claims) and all(c.victims in ("civilians", "unknown") for c in event.fatality_claims)
    # "More attacks were reported Thursday in two towns": no toll, and towns, not a force, hit
    people = people or (not event.fatality_claims and bool(_TOWNS_HIT.search(told)))
    # "a tribal leader was killed Wednesday in Arghandab": one dead of no force, no toll read yet
    people = people or (not event.fatality_claims and f"{UNNUMBERED_FLAG}:one" in event.flags)
    # "gunmen opened fire on a vehicle ..., killing a United Nations Food and Agriculture
    # Organization worker and the driver": the dead named, no toll read, are people
    people = people or (not event.fatality_claims and _civilians_killed(told))
    fight = CLASH_WORDS.search(told) or _ARMED_TARGET.search(told) or STATE_AGENT.search(told)
    if event.sub_event_type == "Armed clash" and a1.type != "State forces" and people and not fight:
        # "attacked three other villages ... killed hundreds of people in those attacks": no
        # force is named and the dead are people, so the attack was on civilians
        event.sub_event_type = "Attack"
        event.event_type = "Violence against civilians"
        event.actor2 = Actor(name="Civilians", type="Civilians", aliases=[])
        event.flags.append("sub_type_corrected_from:Armed clash")
    elif event.sub_event_type == "Armed clash":
        if a1.type in (
            "State forces",
            "External/Other forces",
        ):  # "a U.S.-led coalition soldier was killed in fighting"
            event.actor2 = Actor(name="Unidentified Armed Group", type="Rebel group", aliases=[])
        else:  # "three traffic officers were killed in drive-by shootings": the police, not the army
            kind = "Police" if POLICE_WORDS.search(told) and not ARMY_WORDS.search(told) else "Military"
            event.actor2 = Actor(name=f"{kind} Forces of {country}", type="State forces", aliases=[])
    elif (
        event.sub_event_type in _REMOTE
        and not event.fatality_claims
        and a1.type in ("State forces", "External/Other forces")
    ):
        return  # "shelling by government forces was reported in Daraa": no one named as hit, no dead
    elif (
        (event.sub_event_type in _REMOTE or event.sub_event_type == "Attack")
        and a1.type != "State forces"
        and (force := force_hit(told, country) or force_of_the_dead(event, told, country)) is not None
    ):
        event.actor2 = force  # "a car bomb killed four people near an Iraqi police checkpoint"
    elif event.sub_event_type in _REMOTE or event.sub_event_type == "Attack":
        event.actor2 = Actor(name="Civilians", type="Civilians", aliases=[])
    else:
        return
    event.flags.append(f"actor2_assumed:{event.actor2.name}")
