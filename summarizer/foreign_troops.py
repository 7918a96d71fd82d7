"""Bare "soldiers" are the nation's the evidence names ("a roadside bomb killed a U.S. soldier").

Why: the small model writes the side as the noun alone ("soldiers", "troops") and the alias
table then gives the country's own army, so a U.S. soldier killed in Kirkuk, a British
soldier shot near Basra or Canadian troops ambushed in Kandahar became the Iraqi or Afghan
army: the wrong side of the war in the record a reader cites. When the event's evidence and
its claims name troops of exactly one nation, and none of the country's own, the side is
that nation's force; a sentence naming two nations ("Iraqi and U.S. troops") is left to the
model. The side is flagged so a reader sees where the name came from.
"""

from __future__ import annotations

import re

from .actors import canonical_actor
from .geo import country_name
from .schema import Actor, Event

__all__ = ["nation_of_the_troops"]

#: a nation's word (or two: "U.S.", "Sri Lankan") before a force's members
_TROOPS = re.compile(
    r"\b(?P<mention>(?P<nation>(?:[A-Z][\w.'’-]*\s+){1,2}?)(?:soldiers?|troops|service\s*members?|servicem[ae]n|"
    r"marines?|sailors?|airm[ae]n|paratroopers?|police(?:m[ae]n|\s+officers?)?|soldats?|militaires?))\b"
)
_OWN_FORCES = ("Military Forces of ", "Police Forces of ")
#: "foreign troops": a foreign force the mention did not name
_UNNAMED = "Unidentified Military Forces"


def _nations(texts: list[str], country: str, forces: bool = False) -> tuple[set[str], list[str], bool]:
    """(foreign force names, their mentions, whether the country's own troops are named);
    ``forces``: an alliance or mission counts too ("two NATO soldiers")."""
    foreign: set[str] = set()
    mentions: list[str] = []
    own = False
    for text in texts:
        for m in _TROOPS.finditer(text):
            nation = m.group("nation").strip()
            named = country_name(nation)
            if named is None and forces:
                force = canonical_actor(m.group("mention"), country=country)
                if force.type == "External/Other forces" and force.name != _UNNAMED:
                    foreign.add(force.name)
                    mentions.append(m.group("mention"))
                continue
            if named is None:
                continue
            if named == country:
                own = True
                continue
            actor = canonical_actor(m.group("mention"), country=country)
            if actor.type == "External/Other forces" and actor.name.startswith(_OWN_FORCES):
                foreign.add(actor.name)
                mentions.append(m.group("mention"))
    return foreign, mentions, own


def nation_of_the_troops(events: list[Event]) -> None:
    """Name bare state sides after the one foreign nation their evidence names (in place)."""
    for ev in events:
        country = ev.location.country
        if not country:
            continue
        for slot in ("actor1", "actor2"):
            actor = getattr(ev, slot)
            if actor is None or actor.name not in (
                f"Military Forces of {country}",
                f"Police Forces of {country}",
                _UNNAMED,
            ):
                continue
            if any(country_name(w) for alias in actor.aliases for w in re.findall(r"[A-Z][\w.'’-]*", alias)):
                continue  # "Iraqi soldiers": the country's own, as written
            other = ev.actor2 if slot == "actor1" else ev.actor1
            texts = [*ev.evidence, *(c.quote for c in ev.fatality_claims)]
            foreign, mentions, own = _nations(texts, country, forces=actor.name == _UNNAMED)
            if own or len(foreign) != 1:
                continue
            name = next(iter(foreign))
            if other is not None and other.name == name:
                continue
            setattr(ev, slot, Actor(name=name, type="External/Other forces", aliases=sorted(set(mentions))))
            ev.flags.append(f"{slot}_nation_of_the_troops:{name}")
