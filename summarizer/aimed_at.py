"""A bombing aimed at a force's convoy hit that force, whoever died.

Why: "A suicide car bomber killed six civilians Thursday in an attack on a convoy of U.S.
troops" counts civilians, so the model writes Civilians as the side hit; ACLED and the
labels code the side the attack was aimed at (the U.S. forces), the civilians being the
dead of an attack on them. Only a convoy, patrol, vehicle, base or post named by whose it
is ("a convoy of U.S. troops", "a NATO convoy", "an Afghan army patrol") moves the side;
a bare "convoy", or one the alias table cannot give to a known force, changes nothing.
A state's own forces that acted (actor1) are never made the target of their own deed.
"""

from __future__ import annotations

import re

from .actors import canonical_actor
from .geo import country_name
from .schema import Actor, Event

__all__ = ["aimed_at_a_force"]

#: remote violence only: "an attack on a U.N. base" by rioters, whose dead were the
#: civilians sheltering there, stays an attack on civilians (as the labels code it)
_BOMBINGS = frozenset({"Suicide bomb", "Remote explosive/landmine/IED", "Grenade", "Shelling/artillery/missile attack"})
_ARMIES = ("State forces", "External/Other forces")
_POST = r"(?:convoy|patrol|vehicle|base|checkpoint|post|outpost|compound)s?"
_AIM = (
    r"\b(?:on|targeting|targeted|against|at|hit|struck|near|into|attacked|ambushed|rammed|outside)\s+"
    r"(?:an?|the|two|three|several)\s+(?:passing\s+)?"
)
#: "a convoy of U.S. troops", "a vehicle carrying Afghan soldiers"
_POST_OF = re.compile(
    rf"{_AIM}{_POST}\s+(?:of|carrying)\s+(?:the\s+)?(?P<force>(?:[A-Z][\w.'’-]*\s+){{0,2}}?(?:[A-Z][\w.'’-]*\s+)?"
    r"(?:troops|soldiers|forces|peacekeepers|marines|police(?:men| officers)?))\b"
)
#: "a NATO convoy", "a U.S. military convoy", "an Afghan army patrol"
_FORCE_POST = re.compile(
    rf"{_AIM}(?P<force>(?:[A-Z][\w.'’-]*\s+){{1,3}}?(?:(?:military|army|police|troop|security)\s+)?){_POST}\b"
)

#: the force itself as the aim: "a double bomb attack in Baghdad against Iraqi security forces
#: killed four people", "a bombing targeting police"
_AT_THE_FORCE = re.compile(
    r"\b(?:attacks?|bombings?|blasts?|explosions?|bombs?)\s+(?:[\w-]+\s+){0,3}?(?:on|against|targeting|aimed at)\s+"
    r"(?:the\s+)?(?P<force>(?:[A-Z][\w.'’-]*\s+){0,2}(?:security forces|troops|soldiers|policemen|police officers"
    r"|police|peacekeepers|army))\b"
)


def _force(mention: str, country: str | None) -> Actor | None:
    mention = mention.strip()
    if not mention or country_name(mention) is not None:
        return None
    words = (
        mention
        if re.search(r"\b(?:troops|soldiers|forces|peacekeepers|marines|police\w*|police officers|army)$", mention)
        else (f"{mention} forces")
    )
    actor = canonical_actor(words, country=country)
    if actor.type not in _ARMIES or actor.name in ("Unidentified Military Forces", "Unidentified Armed Group"):
        return None
    return actor


def _aimed_at(evidence: list[str], country: str | None) -> Actor | None:
    for sentence in evidence:
        for pattern in (_POST_OF, _FORCE_POST, _AT_THE_FORCE):
            for m in pattern.finditer(sentence):
                actor = _force(m.group("force"), country)
                if actor is not None:
                    return actor
    return None


def aimed_at_a_force(events: list[Event], country: str | None) -> None:
    """Give a bombing of a force's convoy or post that force as the side hit (in place)."""
    for ev in events:
        if ev.sub_event_type not in _BOMBINGS or ev.actor2 is None or ev.actor2.name != "Civilians":
            continue
        if ev.actor1 is not None and ev.actor1.type in _ARMIES:
            continue
        force = _aimed_at(ev.evidence, ev.location.country or country)
        if force is None or (ev.actor1 is not None and force.name == ev.actor1.name):
            continue
        ev.actor2 = Actor(name=force.name, type=force.type, aliases=list(force.aliases))
        ev.flags.append(f"actor2_the_force_aimed_at:{force.name}")
