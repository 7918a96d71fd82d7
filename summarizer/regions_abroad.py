"""Regions the article places in another country than the story's.

"The Russian defense ministry said it also downed three Ukrainian drones over the Kursk,
Belgorod and Orlov regions of Russia": the event happened in Russia, but the model's
country is the story's (Ukraine), where the gazetteer finds a village Orlove. When the
evidence names regions "of <country>" (or "<country>'s <name> region") and that country is
not the event's, the event moves to the region there the model named (else the first one
named), at region precision, flagged.
"""

from __future__ import annotations

import re

from .folding import fold
from .geo import country_name, locate
from .schema import Location

__all__ = ["FLAG", "region_abroad"]

FLAG = "region_in_another_country"

_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
#: "the Kursk, Belgorod and Orlov regions of Russia", "the Belgorod region of Russia"
_REGIONS_OF = re.compile(
    rf"\b((?:{_NAME}(?:,\s+|\s+and\s+|\s+et\s+))*{_NAME})\s+(?:regions?|provinces?|oblasts?)\s+of\s+({_NAME})"
)
#: "Russia's Belgorod region"
_COUNTRYS_REGION = re.compile(rf"\b({_NAME})['’]s\s+({_NAME})\s+(?:region|province|oblast)\b")


def _named_regions(evidence: list[str]) -> list[tuple[str, list[str]]]:
    found: list[tuple[str, list[str]]] = []
    for quote in evidence:
        for m in _REGIONS_OF.finditer(quote):
            country = country_name(m.group(2))
            if country:
                found.append((country, [n.strip() for n in re.split(r",\s+|\s+and\s+|\s+et\s+", m.group(1))]))
        for m in _COUNTRYS_REGION.finditer(quote):
            country = country_name(m.group(1))
            if country:
                found.append((country, [m.group(2)]))
    return found


def region_abroad(location: Location, evidence: list[str]) -> tuple[Location, list[str]]:
    """The event's location in the other country whose regions its evidence names."""
    for country, names in _named_regions(evidence):
        if country == location.country:
            continue
        mine = [n for n in names if fold(n).lower() in fold(f"{location.place or ''} {location.text or ''}").lower()]
        for name in [*mine, *names]:
            there = locate(f"{name} region", country=country)
            if there.country == country and there.admin1:
                return there, [f"{FLAG}:{country}"]
    return location, []
