"""How the words the model copied for a place are read before the gazetteer sees them:
the country small models tack on ("Menaka region of Mali"), a region named like its town
("the province of Kandahar"), a common word capitalised ("Pays" from "du pays"), and the
city a deal was signed in (ACLED places an agreement where it is made).

Apart from ``checks.py``, which weighs these readings against the evidence and the
gazetteer, so each reading can be tested on its own.
"""

from __future__ import annotations

import re

from .geo import admin1_country, country_name, lookup


def only_lower_case(place: str, text: str) -> bool:
    """Whether the text writes the word only in lower case ("Pays" from "le nord-est du
    pays"): a common word the model capitalised, not a name."""
    if not place.strip() or " " in place.strip():
        return False
    hits = [m.group(0) for m in re.finditer(rf"(?<![\w-]){re.escape(place)}(?![\w-])", text, re.I)]
    return bool(hits) and all(h[:1].islower() for h in hits)


#: a description of where, not a name: "village near the Afghan border", "a town outside Kabul"
_DESCRIBED = re.compile(
    r"^(?:an?\s+|the\s+)?(?:[a-z-]+\s+)?(?:village|town|city|area|region|district|compound|camp|house|home|border|market"
    r"|road|highway|mountains?|hills?|forest|valley|outskirts)s?\s+(?:near|in|on|of|outside|along|close to|north|south"
    r"|east|west|by)\b"
)


def is_no_name(place: str) -> bool:
    """Whether the model's place is words for a place, not its name: "two neighboring
    villages", "the capital", "village near the Afghan border" (a name in it is another
    place's, or a people's)."""
    return not re.search(r"[A-Z]", place) or bool(_DESCRIBED.match(place.strip()))


def capitalised_only_in_the_headline(place: str, text: str, body_start: int) -> bool:
    """Whether the body writes the place's words only in lower case ("a dinner feast west of
    Baghdad" under the headline "Suicide Bomber Kills 25 at Feast West of Baghdad"): the
    headline's title case made words look like a name."""
    told = [m.group(0) for m in re.finditer(rf"(?<!\w){re.escape(place)}(?!\w)", text[body_start:], re.I)]
    return bool(told) and not any(t[:1].isupper() for t in told)


_FACILITY_TAIL = re.compile(
    r"\s+(?:(?:army|military|police|air|naval|government|AU|UN|refugee|displacement|IDP)\s+)?(?:base|camp|barracks|checkpoint|post|outpost"
    r"|station|garrison)$"
    r"|(?-i:\s+[A-Z][a-z]+)\s+(?:refugee|displacement|IDP)\s+camp$"  # "the Nahr el-Bared Palestinian refugee camp"
    # the kind of place after its name: "Lafole suburb", "Konglong Boma", "Jolo island",
    # "Day Mirdad district center", "Sancaktepe neighborhood"
    # (written in lower case: "Old Town" is a name), and South Sudan's units ("Konglong Boma")
    r"|(?-i:\s+(?:neighbou?rhood|suburb|district\s+cent(?:er|re)|island|village|town|locality|quarter|area)$)"
    r"|\s+boma$",
    re.I,
)


def without_facility(place: str) -> str:
    """'Yaqbariweyne army base' -> 'Yaqbariweyne': the town is the place; the base in it is
    what was hit, and a gazetteer or a reader knows the town by its name alone."""
    town = _FACILITY_TAIL.sub("", place).strip()
    return town if town and town[:1].isupper() else place


def strip_country(phrase: str) -> tuple[str, str | None]:
    """'Menaka region of Mali' -> ('Menaka region', 'Mali'); "Cameroon's Southwest region"
    -> ('Southwest region', 'Cameroon'); small models often add the country."""
    possessive = re.match(r"^\s*([\w' -]+?)['’]s\s+(.+)$", phrase)
    if possessive and country_name(possessive.group(1)):
        rest, _ = strip_country(possessive.group(2))
        return rest, country_name(possessive.group(1))
    # a country whose name holds "of" ("Democratic Republic of Congo") is one part
    parts = [p.strip() for p in phrase.split(",") if p.strip()]
    parts = [q.strip() for p in parts for q in ([p] if country_name(p) else re.split(r"\bof\b|\bin\b", p)) if q.strip()]
    country = None
    kept: list[str] = []
    for part in parts:
        named = country_name(part)
        if named and not kept and len(parts) == 1:
            return "", named
        if named:
            country = country or named
        else:
            kept.append(part)
    return (kept[0] if kept else ""), country


DISTRICT = re.compile(
    r"\b(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+district\b|\bdistrict of ([A-Z][\w'’-]+)"
    r"|\b(?:commune|district|arrondissement|sous-pr[ée]fecture)\s+(?:de\s+|d['’])([A-Z][\w'’-]+)"  # "la commune de Burambi"
)


def district_named(evidence: list[str]) -> str:
    """The district the evidence names ("the Khakrez district"), or ""."""
    return next((m.group(1) or m.group(2) or m.group(3) for q in evidence if (m := DISTRICT.search(q))), "")


def only_a_region(place: str, text: str) -> bool:
    """Whether the article names ``place`` only as a region ("the province of Kandahar",
    "Kandahar province"), never as the town of the same name."""
    name = re.escape(place)
    every = list(re.finditer(rf"(?<![\w-]){name}(?![\w-])", text))
    region = re.compile(
        rf"(?:provinces?|regions?|states?|governorates?|republics?|r[ée]gions?)\s+(?:of|de|du|de la)\s+{name}(?![\w-])"
        rf"|(?<![\w-]){name}(?:['’]s)?\s+(?:provinces?|regions?|states?|governorates?)\b",
        re.I,
    )
    spans = [(m.start(), m.end()) for m in region.finditer(text)]
    return bool(every) and bool(spans) and all(any(a <= m.start() < b for a, b in spans) for m in every)


#: words after a name that make it a people: "the Samburu tribe", "Dinka herders"
_PEOPLE_AFTER = (
    r"\s+(?:tribes?|tribesmen|clans?|clansmen|sub-clans?|communit(?:y|ies)|people|ethnic|herders|pastoralists"
    r"|militia(?:men|s)?|fighters|youths?|elders|villagers|raiders|rustlers|tribu|communaut[ée]s?|ethnie)\b"
)
_NUMBER_BEFORE = r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens of|hundreds of)\s+"


def only_a_people(place: str, text: str) -> bool:
    """Whether the article names ``place`` only as a people ("attacked the Samburu tribe",
    "killed at least 21 Samburu"): a tribe that shares its name with a town is not where
    the event happened."""
    name = re.escape(place)
    every = list(re.finditer(rf"(?<![\w-]){name}(?![\w-])", text))
    return bool(every) and all(
        re.match(_PEOPLE_AFTER, text[m.end() :], re.I)
        or re.search(rf"{_NUMBER_BEFORE}$", text[max(0, m.start() - 30) : m.start()])
        for m in every
    )


#: words after a capital's name that make it its government: "the Colombo government"
_GOVERNMENT_AFTER = r"(?:['’]s)?\s+(?:government|authorities|regime|administration|officials|leadership)\b"


def only_its_government(place: str, text: str) -> bool:
    """Whether the article names ``place`` only for the government seated there ("the
    Colombo government made it clear"): a government's seat is not where a battle was."""
    every = list(re.finditer(rf"(?<![\w-]){re.escape(place)}(?![\w-])", text))
    return bool(every) and all(re.match(_GOVERNMENT_AFTER, text[m.end() :], re.I) for m in every)


#: a city a deal is told as signed or talked in: "peace talks in Abuja, Nigeria", "in Havana"
_TALKS_IN = re.compile(r"\b(?:in|at|à)\s+(?:the\s+\w+\s+capital,?\s+)?(?P<name>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)")
TALKS_FLAG = "place_of_the_talks"
#: the size of a city talks are held in (a namesake hamlet of another country is not it)
_TALKS_CITY_SIZE = 100_000


def signed_in(evidence: list[str], country: str | None) -> tuple[str, str] | None:
    """(city, country) of the first large city of another country the evidence tells a deal
    in: ACLED places an agreement where it is made ("at talks in Addis Ababa, Ethiopia"),
    not in the country it is about."""
    for q in evidence:
        for m in _TALKS_IN.finditer(q):
            for name in (m.group("name"), m.group("name").split()[0]):
                city = lookup(name)
                if city is not None and city.population >= _TALKS_CITY_SIZE and city.country != country:
                    return name, city.country
    return None


#: a part of a town named by the town: "the Damascus suburb of Douma", "the Kabul district of Karte Se"
_PART_OF_TOWN = re.compile(r"^(?P<town>.+?)\s+(?:suburb|district|neighbou?rhood|quarter)$", re.I)


def part_named(place: str, text: str) -> str | None:
    """The name of the part a place like "Damascus suburb" stands for, when the article
    writes it out ("the Damascus suburb of Douma"): the suburb is the place, not the word."""
    if not _PART_OF_TOWN.match(place):
        return None
    m = re.search(rf"\b{re.escape(place)}\s+of\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)", text)
    # "Kohistan district of Badakhshan": what follows is the province holding the place, as
    # is a name the text calls one ("Turbat district of Baluchistan province", a spelling
    # the gazetteer writes otherwise)
    if m is None or admin1_country(m.group("name")) is not None or _A_REGION_WORD.match(text[m.end() :]):
        return None
    return m.group("name")


_A_REGION_WORD = re.compile(r"\s+(?:province|region|state|governorate|prefecture|département|d[ée]partement)\b", re.I)


__all__ = [
    "is_no_name",
    "part_named",
    "only_its_government",
    "DISTRICT",
    "congo_meant",
    "district_named",
    "TALKS_FLAG",
    "only_a_people",
    "only_a_region",
    "only_lower_case",
    "signed_in",
    "strip_country",
    "without_facility",
]


_DRC = "Democratic Republic of Congo"
_BRAZZAVILLE = re.compile(r"\bBrazzaville\b|(?<!Democratic )Republic of (?:the )?Congo|R[ée]publique du Congo", re.I)
_NAME_WORDS = re.compile(r"[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?")


def congo_meant(country: str | None, text: str) -> str | None:
    """ "Congo" read as the Republic of Congo in a story of the other one: a story that never
    names Brazzaville's republic and names a region of the Democratic Republic ("Congo's
    lawless Ituri district") is the Democratic Republic's."""
    if country != "Republic of Congo" or _BRAZZAVILLE.search(text):
        return country
    if any(admin1_country(m.group(0), _DRC) for m in _NAME_WORDS.finditer(text)):
        return _DRC
    return country
