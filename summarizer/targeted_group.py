"""The group a state's operation is aimed at, named by the operation itself.

Why: "the Pakistani army said it killed 20 insurgents during its South Waziristan offensive
against the Taliban", "troops killed four suspected terrorists in the South Waziristan
Taliban stronghold": the dead are called militants, insurgents or terrorists, and the model
leaves the side unidentified, but the sentence names whom the offensive, the stronghold or
the hideouts belong to. ACLED codes that group. A bare "militants" elsewhere in the story
is not enough (measured before: the story's one group for every unnamed side lost pairs);
only the event's own evidence naming the operation's target counts.
"""

from __future__ import annotations

import re

from .actors import canonical_actor, is_named
from .schema import Actor, Event

__all__ = ["FLAG", "groups_targeted"]

FLAG = "actor_targeted_by_the_operation"

_NAME = r"(?P<g>(?:al-|al\s)?[A-Z][\w'’-]+(?:\s+(?:al-)?[A-Z][\w'’-]+){0,2})"
_TARGETED = [
    re.compile(
        r"\b(?:offensive|operations?|campaign|crackdown|drive|push|war)\s+(?:against|on)\s+(?:the\s+)?(?:suspected\s+)?"
        + _NAME
    ),
    re.compile(r"\banti-" + _NAME + r"\s+(?:offensive|operations?|campaign|drive|push)\b"),
    re.compile(_NAME + r"(?:-held|-controlled)?\s+(?:strongholds?|hide-?outs?|bastions?|safe havens?)\b"),
    re.compile(r"\bpro-" + _NAME + r"\s+(?:militants|fighters|insurgents|rebels|tribesmen)\b"),
]
_NON_STATE = frozenset({"Rebel group", "Political militia", "Identity militia"})
_STATE_SIDES = frozenset({"State forces", "External/Other forces"})


def _target(sentence: str, country: str | None) -> Actor | None:
    for pattern in _TARGETED:
        for m in pattern.finditer(sentence):
            actor = canonical_actor(m.group("g"), country=country)
            if is_named(actor) and actor.type in _NON_STATE:
                return actor.model_copy(update={"aliases": [m.group("g")]})
    return None


def groups_targeted(events: list[Event], country: str | None) -> None:
    """An unidentified side fighting a state's forces becomes the group the event's own
    evidence says the operation targeted (in place), flagged."""
    for event in events:
        sides = (event.actor1, event.actor2)
        if any(a is None for a in sides):
            continue
        for slot, other in (("actor2", event.actor1), ("actor1", event.actor2)):
            actor = getattr(event, slot)
            if actor.name != "Unidentified Armed Group" or other is None or other.type not in _STATE_SIDES:
                continue
            found = next((t for q in event.evidence if (t := _target(q, country or event.location.country))), None)
            if found is not None:
                setattr(event, slot, found)
                event.flags.append(f"{FLAG}:{found.name}")
            break
