"""Where a sentence the model left out says its event happened, for the events code finds
in the text (``found_in_text.py``).

Why apart: reading a place from one sentence (a town after a locative word, a known name,
a region, a town the gazetteer lacks told by its region) is its own job, weighed by the
finder against the coded events' places.
"""

from __future__ import annotations

import re

from .actors import canonical_actor, is_named
from .found_sides import CAPITALISED, NOT_NAMES
from .geo import admin1_country, country_name, lookup
from .places import place_in_evidence, region_in_text

#: where a side came from, not where the event happened: "gunmen from Twic County", "venus du Niger"
ORIGIN = re.compile(r"\b(?:from|venus? d[eu]|venant d[eu]|en provenance d[eu]|originaires? d[eu])\s[^,.;]*", re.I)


def placed(sentence: str, country: str) -> bool:
    """Whether the sentence places something ("near the town of Mishada", "in nearby Baquba")."""
    return bool(place_in_evidence([sentence], country) or region_in_text([sentence], country))


def named_where(sentence: str, country: str) -> str | None:
    """The place or region the sentence itself names: after a locative word first ("in
    nearby Baquba"), else any capitalised name the gazetteer knows in the country, as a
    town or a first-level region ("preparing to attack Baibangou", "between Koumara and
    Macina", "the Dera Bugti district of Baluchistan"); names of countries, armed groups
    and the sentence's first word (capitalised whatever it is) are not read."""
    found = place_in_evidence([sentence], country)
    if found:
        return found
    region = region_in_text([sentence], country)
    if region is not None:
        # "in Chakawa, in Adamawa state": a town the gazetteer lacks, told by its region
        town = re.search(
            r"\b(?:in|at|near|à|dans)\s+(?:the\s+(?:village|town|city|community)\s+of\s+)?"
            rf"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?),\s+(?:in\s+|dans\s+)?(?:the\s+)?{re.escape(region)}\b",
            sentence,
        )
        if town and not NOT_NAMES.match(town.group(1)) and not country_name(town.group(1)):
            return town.group(1)
    for m in CAPITALISED.finditer(sentence):
        if m.start() == 0:
            continue
        words = m.group(0).split(" ")
        # a run of names may end in a group's ("the South Waziristan Taliban stronghold"):
        # the place is the run's longest known start
        for name in (" ".join(words[:n]) for n in range(len(words), 0, -1)):
            if len(name) < 4 or NOT_NAMES.match(name) or country_name(name):
                continue
            if is_named(canonical_actor(name, country=country)):
                continue
            if lookup(name, country=country):
                return name  # a town the sentence names is more precise than its region
            if region is None and admin1_country(name, country):
                return name
    return region


__all__ = ["ORIGIN", "named_where", "placed"]
