"""The most specific place the gazetteer resolves in an event's evidence.

When the model names no town (or one the article does not contain), the evidence often
still does: "... killed 12 soldiers near Djibo, in the Soum province". Code reads the
capitalised names that follow a locative word (in, near, at, outside, à, près de ...)
and keeps the first that the gazetteer resolves inside the event's country. A name
followed by "region", "province", "state" ... is a region, not a town, and is skipped:
the region goes to admin1 through the gazetteer, never as a place.
"""

from __future__ import annotations

import re

from .geo import country_name, lookup

_LOCATIVE = r"(?:in|near|at|outside|around|from|of|into|towards?|à|a|près de|pres de|dans|vers|sur|aux environs de)"
_NAME = r"[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2}"
_CANDIDATE = re.compile(
    rf"\b{_LOCATIVE}\s+(?:the\s+(?:town|village|city|district)\s+of\s+|la ville de\s+|le village de\s+)?(?P<name>{_NAME})"
)
_AREA_AFTER = re.compile(
    r"^\s*(?:region|province|state|district|county|governorate|prefecture|division|department|area|valley|forest"
    r"|région|préfecture|département|cercle|commune|territoire)\b",
    re.I,
)
_NOT_PLACES = re.compile(
    r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July"
    r"|August|September|October|November|December|The|A|An|Reuters|AFP|VOA|Twitter|Facebook|X)$"
)


def place_in_evidence(evidence: list[str], country: str | None) -> str | None:
    """The first town or village of ``country`` named after a locative word in the evidence."""
    if not country:
        return None
    for sentence in evidence:
        for m in _CANDIDATE.finditer(sentence):
            name = m.group("name")
            if _NOT_PLACES.match(name) or country_name(name) or _AREA_AFTER.match(sentence[m.end() :]):
                continue
            place = lookup(name, country=country)
            if place is not None:
                return name
    return None
