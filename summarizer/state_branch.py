"""The arm of the state that was hit: its police or its army, as the dead are named.

Why: the small model names the state side of an attack from the story's general words
("security forces", "the government", "Afghan forces"), so an ambush that killed "18
policemen" became an attack on the army, and a raid on "an army camp" that killed soldiers
an attack on the police. ACLED codes the branch the victims belonged to. When the state
side that was hit is a generic force of the event's country, and the event's own words for
its dead name only police (or only soldiers), the side becomes that branch, flagged. Words
for both, or neither, leave the model's choice: "police and soldiers" is a joint force.
"""

from __future__ import annotations

import re

from .schema import Actor, Event

__all__ = ["FLAG", "branch_of_the_dead"]

FLAG = "actor2_branch_of_the_dead"

_POLICE = re.compile(r"\b(?:police(?:m[ae]n|\s+officers?|\s+personnel|\s+guards?)?|policiers?)\b", re.I)
_ARMY = re.compile(
    r"\b(?:soldiers?|troops?|army|armed forces|military|militaires?|soldats?|arm[ée]e|servicem[ae]n"
    r"|national guard|garde nationale|gendarm\w*|marines?|commandos?)\b",
    re.I,
)
_VIOLENT = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})


#: officials as what was attacked: "opened fire on nearby government officials", "a bomb targeting the governor"
_OFFICIALS_HIT = re.compile(
    r"\b(?:on|at|targeting|targeted|against)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:government\s+)?"
    r"(?:officials|governor|minister|lawmakers?|mayor|ministry)\b",
    re.I,
)


def _officials_hit(evidence: list[str]) -> bool:
    return any(_OFFICIALS_HIT.search(q) for q in evidence)


def _branch(dead: list[str], told: list[str]) -> str | None:
    """The branch the dead are named as, when the event's words name no other branch."""
    police = any(_POLICE.search(t) for t in dead)
    army = any(_ARMY.search(t) for t in dead)
    if police and not army and not any(_ARMY.search(t) for t in told):
        return "Police Forces"
    if army and not police and not any(_POLICE.search(t) for t in told):
        return "Military Forces"
    return None


def branch_of_the_dead(events: list[Event]) -> None:
    """Name the state side that was hit after the branch its dead belonged to (in place)."""
    for ev in events:
        country = ev.location.country
        actor = ev.actor2
        if not country or actor is None or ev.event_type not in _VIOLENT:
            continue
        generic = {f"Military Forces of {country}", f"Police Forces of {country}", f"Government of {country}"}
        if actor.name not in generic:
            continue
        dead = [c.quote for c in ev.fatality_claims if c.victims == "state_forces"]
        if not dead and actor.name != f"Government of {country}" and _officials_hit(ev.evidence):
            # "gunmen opened fire on nearby government officials", no force's dead counted:
            # the state's government was the target, not its army
            ev.actor2 = Actor(name=f"Government of {country}", type="State forces", aliases=list(actor.aliases))
            ev.flags.append(f"{FLAG}:Government of {country}")
            continue
        if not dead:
            continue
        kind = _branch(dead, ev.evidence)
        if kind is None:
            continue
        name = f"{kind} of {country}"
        if name == actor.name or (ev.actor1 is not None and ev.actor1.name == name):
            continue
        ev.actor2 = Actor(name=name, type="State forces", aliases=list(actor.aliases))
        ev.flags.append(f"{FLAG}:{name}")
