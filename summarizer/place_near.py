"""Whether the place the model gave is told where the event is: in or next to the sentences
the event stands on. Apart from ``checks.py``, which then prefers the town its evidence names."""

from __future__ import annotations

import re

from .article import Article
from .draft import DraftEvent
from .geo import lookup
from .grounding import align
from .place_words import DISTRICT

#: a district the gazetteer knows as a place: "the Khakrez district", "the Bajaur tribal region"
_TRIBAL_AREA = re.compile(r"\bthe\s+([A-Z][\w'’-]+)\s+tribal\s+(?:region|area|agency)\b")


def _found(mention: str, text: str) -> bool:
    return bool(mention.strip()) and align(mention, text).status != "none"


def told_near(place: str, draft: DraftEvent, evidence: list[str], art: Article) -> bool:
    """Whether the article names the place in, or next to, a sentence the event stands on:
    its evidence or the sentences its death figures come from (a headline is no sentence).
    The figures count: a story told in its lead ("Gunmen in Mogadishu have killed ...") and
    the model's toll from a battle further on (at Wabho) leave the town in doubt, and the
    toll's town was as often right as the lead's when the evidence alone was read."""
    at = [i for q in evidence if (i := art.sentence_of(q)) is not None]
    # a figure the checks will not read as deaths ("dozens of heavily armed BLA fighters
    # invaded the town of Zehri", a week before) ties no town to the event
    dead_in = {f.sentence for f in art.death_figures}
    at += [c.sentence - 1 for c in draft.claims if c.sentence >= 1 and c.sentence - 1 in dead_in]
    if not at:
        return True
    near = {i + d for i in at for d in (-1, 0, 1)} & set(range(len(art.sentences)))
    return any(_found(place, art.sentence_text(i)) for i in near)


def district_in(evidence: list[str], country: str | None, *, known_only: bool = True) -> str | None:
    """The district the evidence names that the gazetteer knows as a place; with
    ``known_only`` off, else the first district it names at all ("in the central Kachhi
    district": named, with no invented coordinates)."""
    named: list[str] = []
    for q in evidence:
        for m in (*DISTRICT.finditer(q), *_TRIBAL_AREA.finditer(q)):
            name = next(g for g in m.groups() if g)
            if country and lookup(name, country=country) is not None:
                return name
            named.append(name)
    return None if known_only or not named else named[0]


__all__ = ["district_in", "told_near"]
