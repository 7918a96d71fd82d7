"""A first-level region the text names bare, with no "province" or "state" after it.

``places.region_in_text`` reads a region only with its kind ("Kandahar province"),
because a bare one-word name is most often the town of that name (Kandahar city). A
name of several capitalised words is no town's: "the Gaza Strip", "the West Bank",
"North Kivu", "Blue Nile" name the region itself, and an event told there with no town
is at that region.
"""

from __future__ import annotations

import re

from .geo import admin1_spellings, lookup

__all__ = ["bare_region_named"]


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
