"""Where a sentence the model left out says its event happened, for the events code finds
in the text (``found_in_text.py``).

Why apart: reading a place from one sentence (a town after a locative word, a known name,
a region, a town the gazetteer lacks told by its region) is its own job, weighed by the
finder against the coded events' places.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from .actors import canonical_actor, is_named
from .article import Article
from .distances import too_far
from .figure_scope import has_date, is_cumulative
from .folding import fold
from .found_sides import CAPITALISED, NOT_NAMES
from .geo import admin1_country, countries_named, country_name, lookup
from .keywords import VIOLENT_TYPES, classify
from .places import place_in_evidence, region_in_text
from .schema import Event

#: where a side came from, not where the event happened: "gunmen from Twic County", "venus du Niger"
ORIGIN = re.compile(r"\b(?:from|venus? d[eu]|venant d[eu]|en provenance d[eu]|originaires? d[eu])\s[^,.;]*", re.I)

_OFFICE_WORDS = r"(?i:governor|gouverneur|mayor|maire|police\s+chief|chef\s+de\s+la\s+police|prefect|pr[ée]fet|administrator|commissioner)"
#: a place named only as a speaker's office: "The governor of the Lower Shabelle region, ...,
#: told VOA", "Kandahar's police chief said", "le préfet de Bambari"; the region the speaker
#: governs is not where the killing he tells of happened
OFFICE = re.compile(
    rf"\b{_OFFICE_WORDS}\s+(?i:of|for|de|du|de\s+la)\s+(?:(?i:the|la|le|l['’])\s+)?(?:[A-Z][\w'’-]+\s*){{1,3}}"
    r"(?:(?i:regions?|provinces?|states?|district|county|governorate|r[ée]gion|pr[ée]fecture)\b)?"
    rf"|\b(?!(?:The|A|An|Le|La|Les|Un|Une)\s)(?:[A-Z][\w'’-]+\s+){{1,3}}(?:(?i:regional|provincial|state|district)\s+|(?i:region|province)['’]s\s+)?{_OFFICE_WORDS}"
    rf"|\b[A-Z][\w'’-]+['’]s\s+{_OFFICE_WORDS}"
)


def placed(sentence: str, country: str) -> bool:
    """Whether the sentence places something ("near the town of Mishada", "in nearby Baquba")."""
    return bool(place_in_evidence([sentence], country) or region_in_text([sentence], country))


#: a name given as what a place lies beside: "la préfecture voisine de Bambari", "next to Kidal"
_BESIDE = re.compile(r"(?:\bvoisine?s?\s+(?:de|du|d['’])|\badjacent to|\bnext to|\bbordering)\s*$", re.I)


#: a name that speaks is a person's: "Khogyani confirmed to VOA", "Mohamed told reporters"
_SPEAKS = re.compile(
    r"\s+(?:said|says|told|confirmed|added|stated|claimed|explained|warned|denied|insisted|suggested|a\s+(?:dit|déclaré"
    r"|affirmé|confirmé|indiqué|précisé))\b"
)


#: where a person comes from, or where a reporter works, not where anything happened:
#: "is from the border town of Hani Elezit", "a journalist based in Mogadishu", "reports for VOA from Nairobi"
_HOMETOWN = re.compile(
    r"\b(?:(?:is|was|are|were|comes?|came|hails?|hailed)\s+(?:originally\s+)?from|based\s+in"
    r"|report(?:s|ed|ing)?\s+(?:for\s+[A-Z][\w-]*\s+)?from)\s+[^,.;]*",
    re.I,
)


def named_where(sentence: str, country: str) -> str | None:
    """The place or region the sentence itself names: after a locative word first ("in
    nearby Baquba"), else any capitalised name the gazetteer knows in the country, as a
    town or a first-level region ("preparing to attack Baibangou", "between Koumara and
    Macina", "the Dera Bugti district of Baluchistan"); names of countries, armed groups
    and the sentence's first word (capitalised whatever it is) are not read; nor is a
    person's home town ("the wounded man ... is from the border town of Hani Elezit")."""
    sentence = _HOMETOWN.sub("", sentence)
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
        if m.start() == 0 or _BESIDE.search(sentence[max(0, m.start() - 30) : m.start()]):
            continue  # "la préfecture voisine de Bambari": the region beside it, not the town
        if too_far(sentence[max(0, m.start() - 60) : m.start()]):
            continue  # "some 285 kilometers northeast of Mogadishu": far from it, not at it
        if _SPEAKS.match(sentence[m.end() :]):
            continue  # "after Khogyani confirmed to VOA that ...": a spokesman, not his namesake village
        if _PERSON_BEFORE.search(sentence[max(0, m.start() - 60) : m.start()]) or _TITLE_BEFORE.search(
            sentence[max(0, m.start() - 30) : m.start()]
        ):
            # "radical Shi'ite cleric Moqtada al-Sadr", "Taliban commander Jalaluddin Haqqani": a
            # man's name, not the Sadr or Jalaluddin of the gazetteer
            continue
        # "Helmand's Musa Qalah district": the possessed town first, then its owner
        for run in reversed(re.split(r"['’]s\s+", m.group(0))):
            words = run.split(" ")
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


#: a man named with his title ("cleric Moqtada al-", "Sheikh Abdul ...al-"): the name that follows is his
_PERSON_BEFORE = re.compile(
    r"\b(?:cleric|leader|sheikh|imam|ayatollah|president|minister|commander|general|spokesman|chief)\s+"
    r"(?:[A-Z][\w'’-]+\s+){1,2}(?:al|el|ul)-$",
    re.I,
)

#: a title right before a name: "commander Jalaluddin Haqqani" is a man
_TITLE_BEFORE = re.compile(
    r"\b(?:cleric|leader|sheikh|imam|ayatollah|president|minister|commander|general|spokesman|chief|mullah"
    r"|maulvi|maulana|warlord|governor)\s+$",
    re.I,
)

__all__ = ["OFFICE", "ORIGIN", "across_the_border", "is_new", "named_where", "placed"]


def is_new(
    where: str | None,
    day: dt.date | None,
    known: list[tuple[str | None, str | None, dt.date | None]],
    apart: bool = False,
    another_day: bool = False,
) -> bool:
    """Whether a place (or, when the sentence names none, a day) sets the sentence apart
    from every event already kept, each given as (place, admin1, day); ``apart``: the
    sentence says it tells another happening."""
    if where:
        w = fold(where).lower()
        for place, admin1, when in known:
            if not place and not admin1:
                if apart:
                    continue
                return False  # an event placed nowhere may be this one
            # a region named inside another's ("Khyber" in "Khyber Pakhtunkhwa") is not it: the
            # place a sentence names matches a known one's name, or holds it ("Borno state")
            if (place and (fold(place).lower() in w or w in fold(place).lower())) or (
                admin1 and fold(admin1).lower() in w
            ):
                if day is not None and when is not None and (abs((when - day).days) > 1 or another_day and when != day):
                    # "A second attack Wednesday ... in Gao", after Tuesday's in Gao; "a blast in
                    # Mogadishu on Monday", days after the offensive coded there
                    continue
                return False
        return True
    if day is None:
        return False
    return all(other is not None and abs((other - day).days) > 1 for _, _, other in known)


#: fighting told as going on, not as one fight: "have been fighting ... for weeks"
_GOING_ON = re.compile(
    r"\b(?:have|has|had)\s+been\s+(?:fighting|battling|clashing|attacking|waging)\b|\bfor\s+(?:days|weeks|months|years)\b"
    r"|\bsince\b|\bdepuis\b",
    re.I,
)


def fight_placed_before(before: str, country: str, known: list[tuple[str | None, str | None, dt.date | None]]) -> bool:
    """Whether the sentence before tells a violent happening, with no toll, at a town no event
    is at ("North of Baghdad, in Mosul, insurgents fought Iraqi police."): the toll told
    next with no place ("Police said they killed five insurgents") is that fight's. A fight
    with a day of its own or told as going on for weeks is another story's, not this toll's."""
    kind = classify(before)
    if (
        kind is None
        or kind[0] not in VIOLENT_TYPES
        or has_date(before)
        or is_cumulative(before)
        or _GOING_ON.search(before)
    ):
        return False  # "abducted earlier this week", "have been fighting ... for weeks": told apart
    where = named_where(before, country)
    return where is not None and is_new(where, None, known)


#: a sentence placed where the story was before: "struck a roadside bomb in the same area",
#: "in the area", "nearby", "dans la même zone"
_SAME_AREA = re.compile(
    r"\b(?:in|at|near)\s+the\s+(?:same\s+)?(?:area|vicinity|neighbou?rhood|locality)\b|\bnearby\b"
    r"|\b(?:in|across|around)\s+the\s+(?:same\s+)?(?:city|town|capital)\b"
    r"|\bdans\s+(?:la\s+m[êe]me\s+(?:zone|localit[ée])|le\s+m[êe]me\s+secteur)\b",
    re.I,
)


def place_told_before(
    sentence: str,
    index: int,
    events: list[Event],
    art: Article,
    found: Sequence[tuple[int, str]] = (),
) -> str | None:
    """The town of the event told last before sentence ``index`` (a coded one, or one
    ``found`` as (sentence, town) in the text), when the sentence says it happened in the
    same area: the second bomb "in the area" is in the first one's town, not in the
    country at large."""
    if not _SAME_AREA.search(sentence):
        return None
    before = [
        (max(cited), ev.location.place)
        for ev in events
        if ev.location.place
        and (cited := [i for q in ev.evidence if (i := art.sentence_of(q)) is not None and i < index])
    ]
    before += [(i, town) for i, town in found if i < index]
    return max(before, key=lambda told: told[0])[1] if before else None


def across_the_border(sentence: str, country: str) -> tuple[str, str] | None:
    """(country, town) of a sentence that names no place of the story's country but names
    another country and a town the gazetteer knows there: rockets fired from Lebanon that
    "hit Haifa and several other parts of northern Israel" killed people in Israel, an
    event of its own in a story the model set in Lebanon. The town must be one the gazetteer
    knows in the other country and not in the story's, so a demonym's deed alone ("Israeli
    strikes") places nothing."""
    for other in countries_named(sentence):
        if other == country:
            continue
        town = named_where(sentence, other)
        if town is not None and lookup(town, country=other) is not None and lookup(town, country=country) is None:
            return other, town
    return None
