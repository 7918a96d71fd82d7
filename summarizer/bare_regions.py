"""A first-level region the text names bare, with no "province" or "state" after it.

``places.region_in_text`` reads a region only with its kind ("Kandahar province"),
because a bare one-word name is most often the town of that name (Kandahar city). A
name of several capitalised words is no town's: "the Gaza Strip", "the West Bank",
"North Kivu", "Blue Nile" name the region itself, and an event told there with no town
is at that region.
"""

from __future__ import annotations

import re

from .geo import admin1_country, admin1_spellings, lookup

__all__ = ["bare_region_named", "directed_region"]


def bare_region_named(sentences: list[str], country: str | None) -> str | None:
    """The one admin1 of ``country`` the sentences name bare by a name of two or more
    capitalised words that is no town's of that country; None when none or several."""
    if not country:
        return None
    named: set[str] = set()
    for spelling, admin1 in admin1_spellings(country).items():
        words = re.split(r"[\s-]+", spelling)
        if len(words) < 2 or not all(w[:1].isupper() for w in words):
            continue
        town = lookup(spelling, country=country)
        if town is not None and town.admin1 != admin1:
            continue  # a town of that name elsewhere in the country
        pattern = r"[\s-]+".join(re.escape(w) for w in words)
        if any(re.search(rf"(?<![\w-]){pattern}(?![\w-])", s) for s in sentences):
            named.add(admin1)
    return named.pop() if len(named) == 1 else None


def directed_region(sentences: list[str], region: str, country: str | None) -> str | None:
    """The admin1 the sentences name as a direction of ``region`` ("in northern Darfur":
    North Darfur), when the gazetteer knows the region so named in ``country``."""
    if not country or not region:
        return None
    told = re.compile(rf"\b(north|south|east|west|central)(?:ern)?\s+{re.escape(region)}\b", re.I)
    for sentence in sentences:
        m = told.search(sentence)
        found = admin1_country(f"{m.group(1).title()} {region}", country) if m else None
        if found is not None and found[0] == country:
            return found[1]
    return None
