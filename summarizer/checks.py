"""The checks that turn one draft event into checked fields, each a function that
returns (value, flags).

The model reads; these functions check. Evidence is taken from the numbered sentences
(verbatim by construction); mentions the model copied (place, actors, date phrase) are
looked up in the text and flagged when absent; dates are resolved against the
publication date (never the day of a statement); places and admin1 come from the offline
gazetteer; actor names from the alias table and the article's own acronyms; the sub-type
is checked against the evidence's words. Each returns the flags that say what it doubted
or changed, so ``records.build_event`` only composes them and every check can be tested
on a hand-made draft.
"""

from __future__ import annotations

import re

from .actors import canonical_actor, is_alias, is_named
from .article import Article
from .bare_regions import bare_region_named, directed_region
from .draft import DraftEvent
from .folding import fold
from .geo import admin1_country, country_name, locate, lookup
from .geo.countries import countries_named, longer_country_named, names_country
from .grounding import align
from .other_places import border_with, only_a_destination
from .place_near import district_in, told_near
from .place_words import (
    TALKS_FLAG,
    capitalised_only_in_the_headline,
    congo_meant,
    district_named,
    is_no_name,
    only_a_people,
    only_a_region,
    only_its_government,
    only_lower_case,
    part_named,
    signed_in,
    strip_country,
    without_facility,
)
from .places import (
    neighbour_admin1,
    only_region_in_text,
    place_in_evidence,
    place_in_story,
    region_in_text,
    spelt_otherwise,
)
from .schema import Location
from .separate import opens_as_another
from .setting_country import setting_country
from .text import is_french

Flags = list[str]

_COMPASS = re.compile(
    r"^(?:the\s+)?(?:north|south|east|west|nord|sud|est|ouest|centre|center|central)(?:[- ]?(?:east|west|nord|sud|est"
    r"|ouest|north|south))?$",
    re.I,
)


def _found(mention: str, text: str) -> bool:
    return bool(mention.strip()) and align(mention, text).status != "none"


def _names_country(text: str, country: str) -> bool:
    """Whether the text names the country other than as the one across a border ("A town
    on Ethiopia's border with Kenya": Moyale is Ethiopia's, though Kenya has one too)."""
    name = re.escape(fold(country))
    beside = rf"\b(?:border|frontier|fronti[èe]re)\s+(?:with|avec)\s+(?:the\s+|le\s+|la\s+)?{name}"
    text = re.sub(beside, " ", fold(text), flags=re.I)
    return re.search(rf"(?<![\w-]){name}(?![\w-])", text, re.I) is not None


#: a faith or community named where a place could stand ("violence between Muslim and Christians")
_COMMUNITY = re.compile(
    r"^(?:Muslims?|Moslems?|Christians?|Hindus?|Sikhs?|Buddhists?|Sunnis?|Shias?|Shi['’]?ites?|Catholics?"
    r"|Protestants?|Jews|Jewish|Musulmans?|Chr[ée]tiens?)$",
    re.I,
)
_UNIT_WORDS = re.compile(r"\s+(?:tribal\s+)?(?:agency|district|region|area|county)$", re.I)
_CHINESE_SPECIAL_REGIONS = frozenset({"Hong Kong", "Macau", "Macao"})


def event_location(draft: DraftEvent, art: Article, evidence: list[str]) -> tuple[Location, Flags]:
    """Country, admin1 and place from the gazetteer, starting from the words the model copied."""
    flags: Flags = []
    place, place_country = strip_country(draft.place.strip())
    if place and (part := part_named(place, art.text)):
        place, flags = part, [f"place_part_of_town:{place}->{part}"]  # "the Damascus suburb of Douma": Douma
    place = without_facility(place)
    region, region_country = strip_country(draft.region.strip())
    if place and not _found(place, art.text):
        flags.append("place_not_in_text")
        place = ""
    told_in = [t for t in map(art.sentence_text, range(len(art.sentences))) if place and _found(place, t)]
    if place and evidence and told_in and all(opens_as_another(t) for t in told_in):
        # "Kabul" for a kidnapping, from "Meanwhile, hundreds of protesters gathered in
        # Kabul": a town the article names only for other happenings is not this event's;
        # the town its evidence names is
        instead = place_in_evidence(evidence, country_name(draft.country) or art.country_hint, references=False)
        if instead and fold(instead).lower() != fold(place).lower():
            flags.append(f"place_not_in_evidence:{place}->{instead}")
            place = instead
    if place and evidence and not told_near(place, draft, evidence, art):
        # "Wana" for mortar bombs that "hit ... in the Bajaur tribal region": a town the
        # article names only paragraphs away from the evidence and its figures is another
        # thread's, and the town the evidence itself names is this event's
        where = country_name(draft.country) or art.country_hint
        instead = (
            place_in_evidence(evidence, where, references=False)
            or district_in(evidence, where)
            or district_in(evidence, where, known_only=False)
        )
        if instead and fold(instead).lower() != fold(place).lower():
            flags.append(f"place_far_from_evidence:{place}->{instead}")
            place = instead
    if place and is_no_name(place):
        # "two neighboring villages", "the capital": words for a place, not its name
        flags.append(f"place_is_no_name:{place}")
        place = ""
    if (
        place
        and lookup(place) is None
        and art.sentences
        and capitalised_only_in_the_headline(place, art.text, art.sentences[0][1])
    ):
        flags.append(f"place_is_no_name:{place}")
        place = ""
    if place and lookup(place) is None and is_named(canonical_actor(place)):
        # "le camp de la Minusma à Tombouctou": the mission whose camp was hit is a side, not a town
        instead = place_in_evidence(evidence, country_name(draft.country) or art.country_hint) or ""
        flags.append(f"place_is_an_actor:{place}" + (f"->{instead}" if instead else ""))
        place = instead
    if place and (only_a_people(place, art.text) or only_its_government(place, art.text)):
        # "attacked the Samburu tribe", "killed 21 Samburu", "the Colombo government": a
        # people or a government, not the town of that name
        flags.append(f"place_is_a_people:{place}")
        place = ""
    if region and not _found(region, art.text):
        region = ""
    if place and only_a_destination(place, art.text):
        # "Bodies of soldiers are being flown back to the capital Bangui after clashes along
        # the border with Chad": where the dead or wounded were taken is not where they fell
        flags.append(f"place_is_a_destination:{place}")
        place = ""
    if region and only_a_destination(region, art.text):  # "VOA's Margaret Besheer has more from Beirut"
        flags.append(f"region_is_a_destination:{region}")
        region = ""
    region_only = False  # the model's town was the region's name: no town is to be read from it
    if place and only_a_region(place, art.text):
        # "in the southern province of Kandahar": the province, not its capital city; a
        # district the evidence names ("the Khakrez district") is the place, else none
        district = district_named(evidence)
        flags.append(f"place_only_a_region:{place}" + (f"->{district}" if district else ""))
        region_only = not district and admin1_country(place, country_name(draft.country)) is not None
        region, place = region or place, district
    elif not place and region and only_a_region(region, art.text):
        # "the northern Mexican state of Tamaulipas" with no town: the state, not a village of its name
        region_only = admin1_country(region, country_name(draft.country)) is not None
    if (
        region
        and _COMPASS.match(region)
        and not re.search(rf"(?<![\w-]){re.escape(fold(region))}(?![\w-])", fold(art.text))
    ):
        # "dans le nord du pays" is a direction, not Burkina Faso's Nord region
        flags.append(f"region_is_a_direction:{region}")
        region = ""
    country = country_name(draft.country) if draft.country.strip() else None
    longer = longer_country_named(country, art.text)
    if longer:
        # "Sudan" copied from an article that only ever says "South Sudan"
        flags.append(f"country_from_text:{longer}")
        country = longer
    if country and art.country_hint and country != art.country_hint and not names_country(art.text, country):
        # "Congo" for a story that only ever names Centrafrique: the story's country
        flags.append(f"country_not_in_text:{country}->{art.country_hint}")
        country = art.country_hint
    country = country or place_country or region_country or art.country_hint
    if country and not place and any(border_with(q, country) for q in evidence):
        # "Central African Army soldiers ... after clashes with rebels along the border with
        # Chad": the fight is on the other side, the country the evidence names besides
        across = next((c for q in evidence for c in countries_named(q) if c != country), None)
        if across:
            flags.append(f"country_across_the_border:{country}->{across}")
            country = across
    if place and country and lookup(place, country=country) is None:
        # "Saudi Arabia" for a fight outside Marib: the place is Yemen's, and the article
        # names Yemen, so the country is the place's; a country the evidence names first
        # ("Medical sources in Lebanon said ... in the northern city of Tripoli")
        # (not a country named only across a border: "A town on Ethiopia's border with Kenya")
        others = [c for q in evidence for c in countries_named(q) if c != country and not border_with(q, c)]
        in_named = next((c for c in others if lookup(place, country=c) is not None), None)
        elsewhere = lookup(place)
        if in_named:
            flags.append(f"country_from_place:{in_named}")
            country = in_named
        elif elsewhere is not None and elsewhere.country != country and _names_country(art.text, elsewhere.country):
            flags.append(f"country_from_place:{elsewhere.country}")
            country = elsewhere.country
    setting = setting_country(evidence, country)
    if setting and not (place and lookup(place, country=country)) and not (place and lookup(place)):
        # "a drone attack Tuesday in northeastern Syria", coded Turkey (the drone's owner),
        # at a town the gazetteer lacks: the country the evidence sets the event in, when
        # the model's is never so set
        flags.append(f"country_from_setting:{country}->{setting}")
        country = setting
    if congo_meant(country, art.text) != country:
        flags.append("country_congo_of_its_regions")
        country = congo_meant(country, art.text)
    signed = signed_in(evidence, country) if draft.sub_event_type == "Agreement" else None
    if signed is not None and not (place and lookup(place, country=country)):
        flags.append(f"{TALKS_FLAG}:{signed[0]}")
        (place, country), region = signed, ""
    loc = locate(
        place or None, admin1=region or None, country=country, text=place or (not region_only and region) or None
    )
    if (
        loc.place
        and loc.admin1
        and fold(loc.place) == fold(loc.admin1)
        and lookup(loc.place, country=loc.country) is None
    ):
        flags.append(f"place_only_a_region:{loc.place}")  # "the capital of the Russian region of Chechnya"
        loc = loc.model_copy(update={"place": None, "latitude": None, "longitude": None, "geo_precision": 3})
    if loc.place and only_lower_case(loc.place, art.text):
        # "Nord-est du pays" read down to "pays": a common word, not a town
        flags.append(f"place_is_no_name:{loc.place}")
        loc = loc.model_copy(
            update={"place": None, "latitude": None, "longitude": None, "geo_precision": 2 if loc.admin1 else 3}
        )
    if loc.place and is_french(art.text):
        # a French exonym ("Mogadiscio") is written as the gazetteer's (ACLED's English) name
        known = lookup(loc.place, country=loc.country)
        if known is not None and fold(known.name) != fold(loc.place) and fold(known.name).isascii():
            flags.append(f"place_english_name:{loc.place}->{known.name}")
            loc = loc.model_copy(update={"place": known.name})
    if loc.admin1 and admin1_country(loc.admin1, loc.country) is None:
        # admin1 comes from the gazetteer, never from the model's unresolved wording
        known = lookup(loc.place, country=loc.country) if loc.place else None
        # "the Orakzai tribal agency": a district the gazetteer knows under its bare name places it
        known = known or lookup(_UNIT_WORDS.sub("", loc.admin1), country=loc.country)
        flags.append(f"admin1_not_in_gazetteer:{loc.admin1}")
        # "Darfur" for "in northern Darfur": the region the evidence names with its direction
        pointed = known.admin1 if known else directed_region(evidence, loc.admin1, loc.country)
        loc = loc.model_copy(update={"admin1": pointed})
    if loc.place is None:
        # the model named no town (or one the article does not contain): the evidence may
        found = place_in_evidence(evidence, loc.country or country)
        if found:
            better = locate(found, admin1=region or None, country=loc.country or country, text=found)
            abroad = lookup(found) if better.latitude is None else None
            if abroad is not None and abroad.country != better.country and names_country(art.text, abroad.country):
                # "the town of Khan Younis" in an event the model set in Israel: the town is
                # Gaza's, and the article names the Palestinians, so the country is the town's
                flags.append(f"country_from_place:{abroad.country}")
                better = locate(found, country=abroad.country, text=found)
            if (
                better.latitude is not None
                and loc.admin1
                and better.admin1
                and better.admin1 != loc.admin1
                and place_in_evidence(evidence, loc.country or country, references=False) is None
            ):
                # "retook Awdhegle and Mubarak, about 75 kilometers west of Mogadishu", in Lower
                # Shabelle: a town given only as a reference, in another region, is not the place
                flags.append(f"place_only_a_reference:{found}")
            elif better.latitude is not None:
                flags.append(f"place_from_evidence:{found}")
                loc = better
            elif is_alias(found, loc.country or country) or _COMMUNITY.match(found):
                flags.append(f"place_is_a_side:{found}")  # "between Taleban and Northern Alliance soldiers"
            else:  # a settlement the gazetteer lacks: named, with no invented coordinates
                flags.append(f"place_from_evidence_not_in_gazetteer:{found}")
                loc = loc.model_copy(update={"place": found, "geo_precision": 2 if loc.admin1 or loc.country else 3})
    if loc.place is None and loc.admin1 is None and loc.country and not region_in_text(evidence, loc.country):
        # placed nowhere by the model or its evidence: the article's violent sentences (an
        # evidence that names the province, "in the eastern province of Paktia", places it
        # there, not in the next province's town another sentence names)
        placed = place_in_story([art.sentence_text(i) for i in range(len(art.sentences))], loc.country)
        if placed is not None:
            flags.append(f"place_from_article:{placed.place}")
            loc = placed
    if loc.admin1 is None and loc.country:
        # the region the evidence names, else the only one the article names
        # (a sentence opening as another happening, "Et à Gossi, dans la région de
        # Tombouctou", names another event's region)
        story = " ".join(t for t in map(art.sentence_text, range(len(art.sentences))) if not opens_as_another(t))
        named = (
            region_in_text(evidence, loc.country)
            or bare_region_named(evidence, loc.country)  # "in the Gaza Strip", "au Nord-Kivu"
            or only_region_in_text(story, loc.country)
        )
        if named:
            flags.append(f"admin1_from_text:{named}")
            loc = loc.model_copy(update={"admin1": named})
    if loc.place and loc.admin1 is None and loc.country:
        # a village the gazetteer lacks takes the region of a town named beside it
        near = neighbour_admin1(
            loc.place, [*evidence, *(art.sentence_text(i) for i in range(len(art.sentences)))], loc.country
        )
        if near:
            flags.append(f"admin1_from_nearby_town:{near}")
            loc = loc.model_copy(update={"admin1": near})
    if loc.place and loc.admin1 is None and loc.country and (spelt := spelt_otherwise(loc.place, loc.country)):
        flags.append(f"admin1_from_a_spelling_of:{spelt.name}")  # "Tuz Khormato" is "Tuz Khurmatu"
        loc = loc.model_copy(update={"admin1": spelt.admin1})
    if loc.country in _CHINESE_SPECIAL_REGIONS:
        flags.append(f"country_as_acled_codes:{loc.country}->China")  # the territory as the admin1
        where = loc.place or loc.country  # the city is the territory
        loc = loc.model_copy(update={"country": "China", "admin1": loc.country, "place": where})
    if (
        loc.place
        and loc.text
        and (loc.latitude is not None or loc.text in art.text)  # a curated place, spelt as the story does
        and fold(loc.text).lower() != fold(loc.place).lower()
        and not is_french(art.text)
        and lookup(loc.text, country=loc.country) is not None
    ):
        # "Mekelle" stays as the story spells it, not the gazetteer's "Mek'ele": the reader
        # (and ACLED, for an English source) uses the story's form
        loc = loc.model_copy(update={"place": loc.text})
    return loc, flags
