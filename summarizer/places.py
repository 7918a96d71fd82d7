"""The most specific place the gazetteer resolves in an event's evidence.

When the model names no town (or one the article does not contain), the evidence often
still does: "... killed 12 soldiers near Djibo, in the Soum province". Code reads the
capitalised names that follow a locative word (in, near, at, outside, à, près de ...)
and keeps the first that the gazetteer resolves inside the event's country. A name
followed by "region", "province", "state" ... is a region, not a town, and is skipped:
the region goes to admin1 through the gazetteer, never as a place.

When no town resolves, the region often stands in the text by name with its kind ("in
Burkina Faso's Sahel region", "Jonglei state", "la région de l'Extrême-Nord"): only the
event's country's first-level regions are looked for, and only with such a word, so "the
Sahel" or "le nord du pays" never become a region.
"""

from __future__ import annotations

import functools
import re

from .capitals import capital_named
from .distances import too_far
from .folding import fold
from .found_sides import CAPITALISED
from .geo import Place, admin1_country, admin1_spellings, country_name, locate, lookup, lookup_by_sound
from .other_places import FOR_AN_OUTLET, a_reporters_base, only_a_destination
from .schema import Location

_LOCATIVE = (
    r"(?:[Ii]n|[Nn]ear|[Aa]t|outside|around|from|of|into|towards?|à|a|près de|pres de|dans|vers|sur|aux environs de"
    r"|à la hauteur de|au niveau de)(?:\s+(?:downtown|central|northern|southern|eastern|western|nearby))?"
)
_NAME = r"[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2}"
_CANDIDATE = re.compile(
    rf"\b{_LOCATIVE}\s+(?:the\s+(?:town|village|city|district)\s+of\s+|la ville de\s+|le village de\s+"
    # "in the capital, Baghdad,", "in the Iraqi capital Baghdad", "dans la capitale, Bamako"
    rf"|the\s+(?:[A-Z][\w'’-]+\s+)?capital,?\s+|la\s+capitale(?:\s+[a-zé]+)?,?\s+)?(?P<name>{_NAME})"
)
#: "the capital, " before a name: "100 kilometers north of the capital, Niamey" is still a distance
_CAPITAL_BEFORE = re.compile(r"(?:the\s+(?:[A-Z][\w'’-]+\s+)?capital|la\s+capitale(?:\s+[a-zé]+)?),?\s+$")
_POSSESSIVE = re.compile(r"['’]s\s+")
_AREA_AFTER = re.compile(
    r"^\s*(?:region|province|state|district|county|governorate|prefecture|division|department|area|valley|forest"
    r"|région|préfecture|département|cercle|commune|territoire)\b",
    re.I,
)
_SETTLEMENT = re.compile(
    rf"\b(?:(?:the\s+)?(?:town|village|city|locality|hamlet|hill)\s+of|(?:la\s+|les\s+)?(?:colline"
    rf"|localit[ée]s?|villes?|communes?|villages?)\s+(?:de|d['’])\s*)\s*(?P<name>{_NAME})"
    # "an Al-Shabab base in El-Abdi village": the name before its kind, after a locative word
    rf"|\b(?:in|at|near|into|outside|of|dans|à)\s+(?P<before>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)\s+(?:village|town|hamlet)\b"
)
#: "une embuscade entre Ouldjouane et Wambache", "between Koumara and Macina"
_BETWEEN = re.compile(r"\b(?:between|entre)\s+(?P<a>[A-Z][\w'’-]+)\s+(?:and|et)\s+(?P<b>[A-Z][\w'’-]+)")
_NOT_PLACES = re.compile(
    r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July"
    r"|August|September|October|November|December|The|A|An|Reuters|AFP|VOA|Twitter|Facebook|X)$"
)


#: a day or month written right after a town ("in Kabul Monday", "in Gao en mars")
_TRAILING_DAY = re.compile(
    r"(?:\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July"
    r"|August|September|October|November|December))+$"
)


def settlement_named(sentence: str) -> str | None:
    """The settlement a sentence names as one ("the village of Bou Saifi", "la colline de
    Gasheke", "in El-Abdi village"), known to the gazetteer or not."""
    hit = _SETTLEMENT.search(sentence)
    settled = (hit.group("name") or hit.group("before")) if hit else None
    return settled if settled and not _NOT_PLACES.match(settled) and not country_name(settled) else None


#: a reporter's own place ("reports from Irbil", "reporting from Kabul", "reports for VOA
#: from Abuja"), never the event's
_REPORTER_FROM = re.compile(
    rf"\b(?:reports?|reporting|reported|files|filed){FOR_AN_OUTLET}\s+from\s+$",
    re.I,
)


def place_in_evidence(evidence: list[str], country: str | None, references: bool = True) -> str | None:
    """The first town or village of ``country`` named after a locative word in the evidence
    (``references``: a town given only as a distance reference may stand, last)."""
    if not country:
        return None
    # a town given as a distance reference ("170 kilometers southeast of Galkayo") is the
    # place only when the sentence names no settlement of its own ("the town of Ba'adweyne")
    distant: list[str] = []
    for sentence in evidence:
        for m in _CANDIDATE.finditer(sentence):
            name = re.sub(r"['’]s$", "", m.group("name"))  # "in Peshawar's commercial district"
            name = _TRAILING_DAY.sub("", name)  # "In Baghdad Sunday, a roadside bomb ..."
            area_after = _AREA_AFTER.match(sentence[m.end() :])
            owned = _POSSESSIVE.search(name)
            if owned and area_after:
                # "in Baghdad's Sadr City district": the district is the city's; the city is named
                name, area_after = name[: owned.start()], None
            if _NOT_PLACES.match(name) or country_name(name) or area_after:
                continue
            if _REPORTER_FROM.search(sentence[: m.start("name")]) or a_reporters_base(sentence[: m.start("name")]):
                continue  # "VOA's Barry Newhouse reports from Irbil that ...": where the reporter is
            if _REGION_NAMED_BEFORE.search(sentence[: m.start("name")]):
                continue  # "in the coastal state of Guerrero": a region, not its namesake town
            place = lookup(name, country=country)
            if place is not None:
                if _CAPITAL_BEFORE.search(sentence[: m.start("name")]) and re.match(r"of\b", m.group(0)):
                    continue  # "100 kilometers north of the capital, Niamey": a reference, never the place
                if _DISTANCE.search(sentence[: m.start("name")]):
                    if not too_far(sentence[: m.start("name")]):  # "285 kilometers northeast of" is no place
                        distant.append(name)
                    continue
                return name
    for sentence in evidence:
        # "killed Sunday in the Somali capital": the capital by the word alone
        capital = capital_named(sentence, country)
        if capital:
            return capital
    for sentence in evidence:
        # a settlement the article names as one ("sur la colline de Gasheke", "the village
        # of Tudun Biri") stands as the place even when the gazetteer lacks it
        settled = settlement_named(sentence)
        if settled:
            return settled
    for sentence in evidence:
        # between two places: the one the gazetteer knows, else the first named
        pair = _BETWEEN.search(sentence)
        if pair and not any(_NOT_PLACES.match(n) or country_name(n) for n in pair.group("a", "b")):
            return next((n for n in pair.group("a", "b") if lookup(n, country=country)), pair.group("a"))
    if not distant or not references:
        return None
    # "South of Baghdad, in a town near Basra": the town the deed happened in is near Basra
    return next((n for n in distant if any(_A_TOWN_NEAR.search(q.split(n)[0]) for q in evidence if n in q)), distant[0])


#: a reference that places the deed's own settlement: "in a town near", "a village outside"
_A_TOWN_NEAR = re.compile(
    r"\b(?:a|an|the)\s+(?:\w+\s+)?(?:town|village|city|market|camp|settlement|locality|localité)\s+"
    r"(?:near|outside|close to|près de|non loin de)\s+(?:the\s+(?:city|town)\s+of\s+)?$",
    re.I,
)


_REGION_AFTER = r"(?:'s\s+)?\s+(?i:regions?|provinces?|states?|governorates?|prefectures?|departments?|county)\b"
_REGION_BEFORE = (
    r"\b(?i:r[ée]gion|province|state|governorate|d[ée]partement|pr[ée]fecture)\s+"
    r"(?i:of|de la|de l['’]|du|des|de|d['’])\s*(?:the\s+)?"
)


_REGION_NAMED_BEFORE = re.compile(_REGION_BEFORE + r"$")


@functools.lru_cache(maxsize=64)
def _region_pattern(country: str) -> tuple[re.Pattern[str], dict[str, str]] | None:
    spellings = {fold(k).lower(): v for k, v in admin1_spellings(country).items()}
    if not spellings:
        return None
    names = "|".join(re.escape(fold(k)) for k in sorted(admin1_spellings(country), key=len, reverse=True))
    # a region named before its kind keeps its capitals ("Sahel region", not "the sahel
    # region of Africa"); after "région de" the kind already says it is one
    pattern = re.compile(rf"(?<![\w-])(?P<a>{names}){_REGION_AFTER}|{_REGION_BEFORE}(?P<b>(?i:{names}))(?![\w-])")
    return pattern, spellings


def _skeleton(name: str) -> str:
    """A region name's consonants, once each: transliterations of one name share it.

    "Jawzjan" / "Jowzjan", "Lowgar" / "Logar", "Shabeelle" / "Shabelle" differ in vowels,
    glides and doubled letters only; the gazetteer and ACLED keep one spelling, the
    story may use another.
    """
    letters = re.sub(r"[^a-z]", "", fold(name).lower())
    letters = re.sub(r"[aeiouwyh]", "", letters)
    return re.sub(r"(.)\1+", r"\1", letters)


@functools.lru_cache(maxsize=64)
def _skeletons(country: str) -> dict[str, str]:
    """Skeleton -> admin1, for the skeletons only one of ``country``'s regions has."""
    seen: dict[str, set[str]] = {}
    for spelling, admin1 in admin1_spellings(country).items():
        seen.setdefault(_skeleton(spelling), set()).add(admin1)
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1 and len(k) >= 3}


_NAMED_REGION = re.compile(rf"(?P<a>{_NAME}){_REGION_AFTER}|{_REGION_BEFORE}(?P<b>{_NAME})")
#: the word before a region's name: a country's ("the Niger Delta region") makes it a land, not a state
_WORD_BEFORE = re.compile(r"(?<![\w-])([A-Z][\w-]+)\s+$")


def _regions_named(sentence: str, country: str) -> list[tuple[int, str]]:
    """(position, admin1) of each of ``country``'s regions the sentence names with its kind.

    A spelling the table lacks counts when its skeleton is one region's ("Jawzjan province")."""
    found: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []
    known = _region_pattern(country)
    if known is not None:
        pattern, spellings = known
        for m in pattern.finditer(fold(sentence)):
            taken.append(m.span())
            before = _WORD_BEFORE.search(fold(sentence)[: m.start()]) if m.group("a") else None
            if before is None or country_name(before.group(1)) != before.group(1):
                found.append((m.start(), spellings[(m.group("a") or m.group("b")).lower()]))
        # a region of several words named with its country, in any case ("dans
        # l'extrême-nord du Cameroun"); one word ("le nord du Mali") is only a direction
        several = [k for k in spellings if re.search(r"[\s-]", k)]
        if several:
            names = "|".join(re.escape(k) for k in sorted(several, key=len, reverse=True))
            # ... or with "du pays" / "of the country", or the country's adjective after it
            # ("l'extreme-nord camerounais")
            of_country = re.compile(
                rf"(?<![\w-])({names})\s+(?:(?:du|de la|de l'|of|of the|in)\s+(?:the\s+)?)?([\w-]+)"
            )
            for m in of_country.finditer(fold(sentence).lower()):
                whole = m.group(0)
                said = m.group(2) in ("pays", "country") and re.search(r"\s(?:du|of the)\s", whole)
                # "le Nord-Ouest anglophone": a region told by its language is the country's too
                if said or country_name(m.group(2)) == country or m.group(2) in ("anglophone", "francophone"):
                    found.append((m.start(), spellings[m.group(1)]))
                    taken.append(m.span())
    skeletons = _skeletons(country)
    for m in _NAMED_REGION.finditer(sentence):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue  # "Cameroon's Far North region" is read whole above, not as "North"
        name = m.group("a") or m.group("b")
        words = name.split()
        # "Jawzjan province", "the Northern Kunar province": try the whole name, then its last word
        # "the Niger Delta region": a land named for a country, not the Delta state
        for cand in (name,) if country_name(" ".join(words[:-1])) == " ".join(words[:-1]) else (name, words[-1]):
            region = skeletons.get(_skeleton(cand)) if len(cand) >= 4 else None
            if region:
                found.append((m.start(), region))
                break
    return sorted(found)


def regions_listed(sentence: str, country: str) -> list[str]:
    """Each region of ``country`` the sentence names, in order, once: with its kind as
    above, or by a name of several words written whole ("dans la Boucle du Mouhoun"),
    which no other thing is called."""
    found = _regions_named(sentence, country)
    spellings = admin1_spellings(country)
    folded = fold(sentence).lower()
    for name in sorted((k for k in spellings if re.search(r"[\s-]", k)), key=len, reverse=True):
        for m in re.finditer(rf"(?<![\w-]){re.escape(fold(name).lower())}(?![\w-])", folded):
            if not any(at <= m.start() < at + len(name) or m.start() <= at < m.end() for at, _ in found):
                found.append((m.start(), spellings[name]))
    return list(dict.fromkeys(region for _, region in sorted(found)))


def region_written_with(location: Location, text: str) -> tuple[Location, list[str]]:
    """The event's town in the region the article itself writes it in ("Kohistan district
    of Badakhshan"), when the gazetteer's namesake lies in another region: the article knows
    its town, the gazetteer only a name; the namesake's coordinates go with it."""
    if not location.place or not location.country or not location.admin1:
        return location, []
    written: str | None = None
    for m in re.finditer(
        rf"(?<![\w-]){re.escape(location.place)}(?:\s+(?:district|town|village|city|area|county))?"
        r"\s+(?:of|in)\s+(?:the\s+)?(?P<tail>[^.;:()]{3,60})",
        text,
    ):
        if country_name(m.group("tail").split()[0].strip(",")) is not None:
            continue  # "Monterrey, in Mexico": the country, even where a region shares its name
        regions = regions_listed(m.group("tail")[:40], location.country)
        # "of Badakhshan": a region's bare name right after the town, if the table knows it
        first = re.match(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?", m.group("tail"))
        found = admin1_country(first.group(0), location.country) if first and not regions else None
        written = regions[0] if regions else found[1] if found else None
        if written is not None:
            break
    if written is None or written == location.admin1:
        return location, []
    moved = Location(
        country=location.country, admin1=written, place=location.place, geo_precision=2, text=location.text
    )
    return moved, [f"admin1_as_the_article_writes_it:{location.admin1}->{written}"]


def region_in_text(sentences: list[str], country: str | None) -> str | None:
    """The admin1 of ``country`` the first of ``sentences`` names as a region, or None."""
    if not country:
        return None
    for sentence in sentences:
        named = _regions_named(sentence, country)
        if named:
            return named[0][1]
    return None


def only_region_in_text(text: str, country: str | None) -> str | None:
    """The one admin1 of ``country`` the whole article names as a region (None if several)."""
    if not country:
        return None
    named = {region for _, region in _regions_named(text, country)}
    return named.pop() if len(named) == 1 else None


_DISTANCE = re.compile(
    r"\b(?:km|kilometers?|kilometres?|miles?)\)?\s+(?:\w+\s+){0,2}$"
    r"|\b(?:town|village|city|suburb|camp|base|localit[ée]|ville)\s+(?:just\s+)?(?:outside|near|close to|pr[èe]s de"
    r"|non loin de)\s+$"
    # a part of the town: "in a suburb of Mogadishu", "on the outskirts of Kabul"
    r"|\b(?:suburbs?|outskirts|neighbou?rhoods?|banlieue|faubourgs?|p[ée]riph[ée]rie)\s+(?:of|de|d['’])\s*$"
    r"|\b(?:north|south|east|west|nord|sud|est|ouest)(?:[ -]?(?:east|west|est|ouest))?\s+(?:of|de|du)\s+(?:the\s+\w+\s+(?:of\s+)?|la\s+\w+\s+(?:de\s+)?)?$",
    re.I,
)


def neighbour_admin1(place: str, sentences: list[str], country: str | None) -> str | None:
    """The admin1 of a town the gazetteer knows, named in the sentence that names ``place``.

    A village the gazetteer lacks is usually named with a town near it ("à la hauteur de
    Gorgadji ... en partance pour Arbinda", "the nearby village of Managil"): that town's
    region is the village's. A town given as a distance or direction reference ("130
    kilometers south of Mogadishu", "south of the capital Kabul") or as where the wounded
    were taken can be in another region and is not used.
    """
    if not country:
        return None
    for sentence in sentences:
        if place not in sentence:
            continue
        for m in re.finditer(_NAME, sentence):
            name = m.group(0)
            if name == place or _NOT_PLACES.match(name) or country_name(name):
                continue
            if _DISTANCE.search(sentence[max(0, m.start() - 40) : m.start()]) or only_a_destination(name, sentence):
                continue  # a reference, or where the wounded were taken ("taken to Hawasa")
            known = lookup(name, country=country)
            if known is not None and known.admin1 and known.latitude is not None:
                return known.admin1
    return None


#: a town placed in its region by the text: "near Um Barro, north Darfur", "in Kawori, Borno"
_TOWN_IN_REGION = re.compile(
    rf"\b(?:in|near|at|outside|around|près de|à)\s+(?P<name>{_NAME}),\s+(?P<region>(?:(?:[Nn]orth|[Ss]outh|[Ee]ast"
    rf"|[Ww]est|[Cc]entral|[Nn]orthern|[Ss]outhern|[Ee]astern|[Ww]estern)\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)


def _town_in_region(sentence: str, country: str) -> tuple[str, str] | None:
    """(town, admin1) when the sentence places a town the gazetteer may lack in a region of ``country``."""
    for m in _TOWN_IN_REGION.finditer(sentence):
        name, region = m.group("name"), admin1_country(m.group("region"), country)
        if region is not None and region[0] == country and not _NOT_PLACES.match(name) and not country_name(name):
            return name, region[1]
    return None


def place_in_story(sentences: list[str], country: str | None) -> Location | None:
    """The first town of ``country`` named after a locative word in a sentence that reports
    violence: for an event the model placed nowhere, the article usually says where. A
    town the gazetteer lacks counts when the text gives its region ("near Um Barro, north
    Darfur") in a sentence before the first town it knows."""
    from .keywords import classify

    if not country:
        return None
    # a deal's or an arrest's sentence names the towns it concerns ("lifts the siege of Taiz"),
    # not where violence happened
    told = [s for s in sentences if (kind := classify(s)) is not None and kind[0] != "Strategic developments"]
    known = place_in_evidence(told, country)
    for sentence in told:
        if known and known in sentence:
            break
        placed = _town_in_region(sentence, country)
        if placed is not None:
            return Location(country=country, admin1=placed[1], place=placed[0], geo_precision=2, text=placed[0])
    located = locate(known, country=country, text=known) if known else None
    return located if located is not None and located.latitude is not None else None


#: the words joining towns of one list: commas, "and", a few lowercase words between
_LIST_LINK = re.compile(r"^(?:\s*,\s*|\s+(?:and|et|or|ou)\s+|\s*--\s*)(?:[a-z][\w'’-]*,?\s+){0,5}")


def listed_after(sentence: str, first: str, country: str) -> list[str]:
    """The towns the gazetteer knows that a list goes on with after ``first``."""
    at = sentence.find(first)
    if at < 0:
        return []
    rest = sentence[at + len(first) :]
    towns: list[str] = []
    while True:
        link = _LIST_LINK.match(rest)
        name = CAPITALISED.match(rest[link.end() :]) if link else None
        if link is None or name is None or not lookup(name.group(0), country=country):
            return towns
        towns.append(name.group(0))
        rest = rest[link.end() + name.end() :]


#: words that put an event beside a town, not in it: ACLED's precision 2
_BESIDE = re.compile(
    r"(?:\bnear|\boutside|\bclose to|\baround|\bnot far from|\boutskirts of|\b(?:km|kilometers?|kilometres?|miles?)"
    r"(?:\s+\([^)]*\))?\s+(?:\w+\s+)?(?:from|of)|\b(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+of"
    r"|\bprès de|\bpres de|\bnon loin de|\baux environs de|\bà la sortie de|\bau (?:nord|sud) de|\bà l['’](?:est|ouest) de"
    # "the suburbs around the capital, Damascus", "between Raja and Sepo", "the area of Beni"
    r"|\bsuburbs?\s+(?:of|around)|\bbetween|\b(?:area|vicinity|environs|outskirts)\s+of|\bbanlieue\s+de)"
    r"\s+(?:the\s+(?:\w+\s+)?(?:town|village|city|district)\s+of\s+|la ville de\s+|le village de\s+"
    # "near the capital, Colombo", "near Yemen's second city of Aden"
    r"|(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:capital|city|town|port)(?:\s+of|,)\s+)?$",
    re.I,
)


def precision_of(place: str, evidence: list[str]) -> int | None:
    """ACLED's geo-precision of an event at ``place`` as its evidence tells it: 2 when every
    mention puts it near the town ("near Goma", "20 km from Mopti"), 1 when one puts it in
    the town, whether the gazetteer knows it or not; None when the evidence never names it."""
    seen: list[bool] = []
    for sentence in evidence:
        for m in re.finditer(rf"(?<![\w-]){re.escape(place)}(?![\w-])", sentence):
            seen.append(bool(_BESIDE.search(sentence[max(0, m.start() - 60) : m.start()])))
    if not seen:
        return None
    return 2 if all(seen) else 1


def country_from_places(text: str) -> str | None:
    """The country of the towns an article names, for a story that names no country at
    all ("à Yirgou, un village de la commune de Barsalogo dans le centre-nord du pays"):
    the one country every town the gazetteer knows lies in, else None."""
    votes: dict[str, int] = {}
    for pattern in (_CANDIDATE, _SETTLEMENT):
        for m in pattern.finditer(text):
            name = m.groupdict().get("name") or m.groupdict().get("before")
            if not name or _NOT_PLACES.match(name) or country_name(name):
                continue
            place = lookup(name)
            if place is not None:
                votes[place.country] = votes.get(place.country, 0) + 1
    return next(iter(votes)) if len(votes) == 1 else None


def spelt_otherwise(place: str, country: str) -> Place | None:
    """The gazetteer's entry for an event's town it does not know as written: the same name
    spelt another way ("Tuz Khormato" is "Tuz Khurmatu", "Qamishli" is "Al Qamishli",
    ``geo/sounds.py``), or the town a named site lies in ("Kandahar Air Field" is in Kandahar)."""
    words = place.split()
    heads = [" ".join(words[:n]) for n in range(len(words) - 1, 0, -1)]
    return lookup_by_sound(place, country) or next(
        (p for h in heads if len(h) >= 4 and (p := lookup(h, country=country)) and p.admin1), None
    )
