"""The country the evidence sets an event in ("in northeastern Syria", "au Niger"), read
apart from the model's country: a drone attack "in northeastern Syria" coded in Turkey
(the drone's owner) is Syria's event."""

from __future__ import annotations

import re

from .geo.countries import country_at_start

__all__ = ["setting_country"]


_ONE_DIRECTION = r"(?:(?:north|south|east|west|central|nord|sud|est|ouest|centre)(?:ern|-?(?:north|south|east|west)(?:ern)?)?\s+|(?:NE|NW|SE|SW|N|S|E|W)\s+)"
#: one direction or two ("in southern and eastern Lebanon")
_DIRECTION = rf"(?:{_ONE_DIRECTION}(?:(?:and|or|et|ou)\s+{_ONE_DIRECTION})?)?"


_SET_IN = re.compile(
    rf"\b(?:in|inside|across|au|en|dans le|dans l['’])\s+(?P<article>(?:the\s+|le\s+|la\s+)?){_DIRECTION}", re.I
)


#: a place told by the country it borders: "frontalière avec l'état de Borno au Nigeria",
#: "bordering Borno state in Nigeria" sets the place beside that country, not in it
_BORDERING = re.compile(
    r"(?:frontali[èe]re?s?\s+(?:avec|de|du)|bordering|borders?|voisine?s?\s+(?:de|du|à|a)|adjacent to"
    r"|(?:near|along|close to|à|a|près de)\s+(?:the\s+|la\s+)?(?:border|frontière)\s+(?:with|avec|du|de))[^,.;]{0,50}$",
    re.I,
)
#: "dans l'extrême nord du Cameroun", "dans le nord du Mali": a region of the country named after it
_PART_OF = re.compile(
    r"\b(?:extr[êe]me[\s-]+)?(?:nord|sud|est|ouest|centre)(?:-(?:est|ouest))?\s+(?:du|de la|de l['’])\s*", re.I
)


#: an armed side right before the locative: where it is based, not where it struck
_BASED = re.compile(
    r"\b(?:militants|gunmen|rebels|fighters|insurgents|guerrillas|troops|forces|soldiers|militias?|jihadists)\s*$", re.I
)
_CROSS_BORDER = re.compile(r"\bcross-border\b|\bacross the border\b|\bborder fence\b", re.I)
_A_BORDER = re.compile(r"[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:border|frontier|frontière)s?\b", re.I)
#: a side's deed, not a setting: "killed in Israeli air strikes in the Gaza Strip" is set in
#: Gaza, whose forces the demonym before it names
_THEIR_DEED = re.compile(
    r"[A-Z][\w'’]*(?:i|ian|ians|ese|ish)(?:-led)?\s+(?:(?:air|drone|rocket|artillery|missile|military|army|government"
    r"|police|naval|tank|mortar)\s+)?(?:strikes?|raids?|attacks?|shelling|fire|offensive|operations?|bombing|bombardments?"
    r"|custody|hands|troops|forces|soldiers|police|military|army)\b"
)
#: a region named for a country, in another: "in Niger state" is Nigeria's
_NAMED_FOR_IT = re.compile(r"[A-Z][\w'’-]*\s+(?:[Ss]tate|[Dd]elta|[Rr]iver)\b")
#: where people fled to, not where they were attacked: "forced to flee their homes inside
#: Burma to seek sanctuary across the border in Thailand"
_REFUGE = re.compile(
    r"\b(?:refuge|sanctuary|shelter|asylum)\b[^.;]{0,40}$|\b(?:fled|flee|fleeing)\s+(?:across\s+the\s+border\s+)?$",
    re.I,
)
#: a part of a continent, not a country: "in the South American country", "West African"
_CONTINENT_PART = re.compile(
    r"(?:south|north|latin|central)\s+american|(?:west|east|north)\s+african|(?:south|southeast|east|central)\s+asian",
    re.I,
)


def setting_country(evidence: list[str], country: str | None) -> str | None:
    """The one country the evidence sets the event in ("in northeastern Syria", "au
    Niger") when it never sets it in ``country``; None when unclear."""
    # the words after a locative are read as the country table reads names, so "au Sénégal"
    # and "au Tchad" set the event as "in Senegal" does
    set_in: set[str] = set()
    for q in evidence:
        for m in _PART_OF.finditer(q):
            named = country_at_start(q[m.end() :])
            if named and not _BORDERING.search(q[: m.start()]):
                set_in.add(named)
        for m in _SET_IN.finditer(q):
            if _BORDERING.search(q[: m.start()]):
                continue  # "frontalière avec l'état de Borno au Nigeria": the neighbour, not the setting
            if _REFUGE.search(q[: m.start()]):
                continue  # "to seek sanctuary across the border in Thailand": the refuge
            if _CONTINENT_PART.match(q[m.end("article") :]):
                continue  # "in the South American country" names no country
            if _BASED.search(q[: m.start()]) and _CROSS_BORDER.search(q):
                continue  # "militants in the Gaza Strip have carried out a cross-border raid": where they came from
            # "in South Sudan" before "in southern Sudan": the name may start with a direction
            for start in (m.end("article"), m.end()):
                named = country_at_start(q[start:])
                if named and (_THEIR_DEED.match(q[start:]) or _NAMED_FOR_IT.match(q[start:])):
                    break
                if named and _A_BORDER.match(q[start:]):
                    break  # "militants across the Afghan border fired": a border has two sides
                if named:
                    set_in.add(named)
                    break
    if country in set_in or len(set_in) != 1:
        return None
    return next(iter(set_in))
