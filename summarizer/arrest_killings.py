"""The killing an arrest is for, as an event of its own.

"L'armée camerounaise a déclaré mardi avoir arrêté quatre soldats pour le meurtre le 1er juin
de 9 civils": the model codes the sentence once, as the arrests, and the checked death
figures come with it. ACLED counts no dead in an arrest; the killing is the event that has
them. So an arrest that keeps death figures no other event counts gives them to a killing
of its own: the same evidence, date and place, Violence against civilians / Attack when
the dead are civilians (else an armed clash), the arrested as its doers when the sentence
names them as a force or group ("arrested four soldiers"), else an unidentified armed
group; flagged ``killing_behind_arrests``. The arrest keeps no dead.
"""

from __future__ import annotations

import re

from .actors import canonical_actor
from .claimcheck import recount_event
from .keywords import VIOLENT_TYPES
from .schema import EVENT_TYPE_OF, Actor, Event

FLAG = "killing_behind_arrests"

#: who was arrested, as the sentence names them: "arrested four soldiers", "a arrêté trois policiers"
_ARRESTED = re.compile(
    r"\b(?:arrested|detained|arr[êe]t[ée]s?|interpell[ée]s?)\s+(?P<who>(?:[\w'’-]+\s+){0,3}?"
    r"(?:soldiers|troops|police(?:men| officers)?|gendarmes|militants|fighters|rebels|members of [^,.;]+"
    r"|soldats|militaires|policiers|combattants|rebelles|membres d[eu'’]\s*[^,.;]+))",
    re.I,
)
_ARMED = frozenset({"State forces", "Rebel group", "Political militia", "Identity militia", "External/Other forces"})


def _doers(event: Event) -> Actor:
    """The arrested as a side, when the evidence names them as a force or group."""
    country = event.location.country
    for quote in event.evidence:
        m = _ARRESTED.search(quote)
        if m is None:
            continue
        actor = canonical_actor(m.group("who"), country=country)
        if actor.type in _ARMED:
            return actor
    return Actor(name="Unidentified Armed Group", type="Rebel group", aliases=[])


def killings_behind_arrests(events: list[Event]) -> list[Event]:
    """The killings that arrests among ``events`` are for (the arrests lose their dead, in place)."""
    found: list[Event] = []
    for event in events:
        if event.sub_event_type != "Arrests" or not event.fatality_claims:
            continue
        figures = {(c.low, c.high) for c in event.fatality_claims}
        counted_elsewhere = any(
            (c.low, c.high) in figures
            for other in events
            if other is not event and other.event_type in VIOLENT_TYPES
            for c in other.fatality_claims
        )
        claims = event.fatality_claims
        event.fatality_claims = []
        recount_event(event)
        if counted_elsewhere:
            continue  # "arrested the men behind the attack that killed 10": that attack has them
        civilians = all(c.victims == "civilians" for c in claims)
        sub_type = "Attack" if civilians else "Armed clash"
        killing = event.model_copy(
            deep=True,
            update={
                "event_type": EVENT_TYPE_OF[sub_type],
                "sub_event_type": sub_type,
                "actor1": _doers(event),
                "actor2": Actor(name="Civilians", type="Civilians", aliases=[]) if civilians else None,
                "assoc_actors": [],
                "fatality_claims": claims,
                "flags": [*event.flags, FLAG],
            },
        )
        recount_event(killing)
        found.append(killing)
    return found


__all__ = ["FLAG", "killings_behind_arrests"]
