"""Where a death figure was counted, read from its own sentence: another town named with
the event's only as its reference ("the village of Bou Saifi near Baghdad"), a bulletin's
next item opening on its place ("In the greater Swat valley, ..."), or a happening told
as separate ("Elsewhere, ...") and the lead's sum over both. ``claimscope`` moves such
figures off the event."""

from __future__ import annotations

import math
import re

from .folding import fold
from .found_sides import CAPITALISED, NOT_NAMES
from .geo import admin1_country, country_name, lookup
from .other_places import only_a_destination, only_a_source_base
from .places import place_in_evidence, region_in_text, settlement_named
from .schema import FatalityClaim, Location
from .separate import opens_as_separate

__all__ = [
    "NO_KILLING",
    "fronted_elsewhere",
    "region_elsewhere",
    "scoped_elsewhere",
    "told_as_another",
    "told_as_another_clause",
    "totals_over_separate",
]


#: words that give a town as a reference for another place: "near Baghdad", "30 km north of"
_NEAR = re.compile(
    r"\b(?:near|outside|close to|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|pres de|non loin de"
    r"|aux environs de)\s+(?:the\s+(?:city|town|capital)\s+(?:of\s+)?)?$"
)


def scoped_elsewhere(quote: str, location: Location) -> str | None:
    """The other town the figure's sentence names, if it does not name the event's own."""
    if not location.place and location.admin1 and location.country:
        return _town_of_another_region(quote, location)
    if not location.place or not location.country:
        return None
    folded, own = fold(quote).lower(), fold(location.place).lower()
    if own in folded:
        # "the village of Bou Saifi near Baghdad": the event's town only as the reference of
        # another settlement the sentence names is no mention of the event's own place
        at = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(own)}(?![\w-])", folded)]
        other = settlement_named(quote)
        if not at or not other or fold(other).lower() == own or not all(_NEAR.search(folded[:i]) for i in at):
            return None
        return other
    # "a rebel-held town outside Damascus": a town given as a reference names no other place
    other = place_in_evidence([quote], location.country, references=False)
    if not other:
        return _far_references(quote, location)
    if (
        fold(other).lower() == fold(location.place).lower()
        or only_a_destination(other, quote)
        or only_a_source_base(other, quote)
    ):
        return None  # "Noel King has this report from Khartoum" tells where the reporter is
    if location.latitude is None:
        # the event's own place is unknown to the gazetteer ("Kadhimiya district"): the
        # other town is elsewhere only when it lies in another region ("Fallujah", Anbar,
        # for an event in Baghdad)
        found = lookup(other, country=location.country)
        if not location.admin1 or found is None or not found.admin1 or found.admin1 == location.admin1:
            return None
    return other


#: a reference town this far from the event's place puts the figure somewhere else
_FAR_KM = 150.0


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    (lat1, lon1), (lat2, lon2) = (tuple(map(math.radians, p)) for p in (a, b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


#: a town named where something happened, not a dateline ("NAIROBI —") or a speaker's
_PLACED_BY = re.compile(r"\b(?:in|near|outside|at|of|close to|around)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", re.I)


def _far_references(quote: str, location: Location) -> str | None:
    """The town a sentence places its figure by, when every town it names is only a
    reference and all lie far from the event ("South of Baghdad, in a town near Basra, bomb
    attacks on a market killed at least 16", for an event in Baquba; the last reference
    is the one nearest the deed): a town near the event's ("a rebel-held town outside
    Damascus" for Douma) keeps the figure."""
    if location.latitude is None or location.longitude is None or not location.country:
        return None
    here = (location.latitude, location.longitude)
    towns = [
        (m.group(0), found)
        for m in CAPITALISED.finditer(quote)
        if not NOT_NAMES.match(m.group(0))
        and _PLACED_BY.search(quote[max(0, m.start() - 40) : m.start()])
        and (found := lookup(m.group(0), country=location.country)) is not None
        and found.latitude is not None
        and found.longitude is not None
    ]
    if not towns:
        return None
    # the last reference is the nearest to the deed: "South of Baghdad, in a town near Basra"
    name, last = towns[-1]
    if last.admin1 == location.admin1 or _km(here, (last.latitude or 0.0, last.longitude or 0.0)) < _FAR_KM:
        return None
    return name


def _town_of_another_region(quote: str, location: Location) -> str | None:
    """For an event placed only in its region ("the northern province of Kirkuk"): a town
    the figure's sentence names that the gazetteer puts in another region ("A car bomb
    blast in the southern city of Hilla killed four people") is a round-up's next item."""
    assert location.country is not None and location.admin1 is not None
    if fold(location.admin1).lower() in fold(quote).lower():
        return None
    other = place_in_evidence([quote], location.country, references=False)
    if not other or only_a_destination(other, quote) or only_a_source_base(other, quote):
        return None
    found = lookup(other, country=location.country)
    if found is None or not found.admin1 or fold(found.admin1).lower() == fold(location.admin1).lower():
        return None
    return other


def region_elsewhere(quote: str, location: Location) -> str | None:
    """The region the figure's sentence names, when it is not the event's ("Also late
    Tuesday, in neighboring Uruzgan province, Afghan soldiers killed four", in a story of
    a killing in Kandahar) and the sentence names neither the event's town nor a town of
    the event's region: a bulletin's next item, told by its province."""
    if not location.admin1 or not location.country:
        return None
    region = region_in_text([quote], location.country) or _bare_region(quote, location.country)
    if region is None or fold(region).lower() == fold(location.admin1).lower():
        return None
    folded = fold(quote).lower()
    if location.place and fold(location.place).lower() in folded:
        return None
    town = place_in_evidence([quote], location.country)
    if town is not None:
        found = lookup(town, country=location.country)
        if found is not None and found.admin1 == location.admin1:
            return None
    return region


#: a run of capitalised words after "in": "in North Darfur"
_IN_NAMES = re.compile(r"\b(?:in|dans|en)\s+(?:the\s+)?([A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2})")


def _bare_region(quote: str, country: str) -> str | None:
    """A region named without its kind after "in" ("in North Darfur"), when its name is a
    first-level region of the country and no town of it."""
    for m in _IN_NAMES.finditer(quote):
        found = admin1_country(m.group(1), country)
        if found is not None and lookup(m.group(1), country=country) is None:
            return found[1]
    return None


#: a sentence that opens on where it happened: "In the greater Swat valley, ...", "Dans la
#: région de Mopti, ..."
_FRONTED_PLACE = re.compile(
    r"^(?:In|Dans|À|A)\s+(?:the\s+|la\s+|le\s+|l['’])?(?:(?:greater|northern|southern|eastern|western|central"
    r"|restive|nearby|neighbou?ring)\s+)?(?:(?:r[ée]gion|province|district|ville|zone)\s+(?:de|du|d['’])\s*)?"
    r"(?P<name>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2})[^,]{0,30},"
)


def fronted_elsewhere(sentence: str, location: Location) -> str | None:
    """The place a sentence opens on ("In the greater Swat valley, the military said
    security forces shot dead four"), when it is not the event's place, region or country
    and the gazetteer does not put it in the event's region: a bulletin's next item.
    A place the gazetteer knows abroad ("In Washington, officials said") is where someone
    spoke, and stays."""
    if not location.country or not (location.place or location.admin1):
        return None
    m = _FRONTED_PLACE.match(sentence.strip())
    if m is None:
        return None
    name = m.group("name")
    first, _, rest = name.partition(" ")
    if rest and country_name(first) == location.country:
        # "In Indian Kashmir, nine people ...": the country's own part of a region
        name = rest
        found = admin1_country(rest, location.country)
        if found is not None and found[1] == location.admin1:
            return None
    folded = fold(name).lower()
    mine = [fold(x).lower() for x in (location.place, location.admin1) if x]
    if any(x in folded or folded in x for x in mine) or country_name(name) or _NOT_A_PLACE.match(name):
        return None
    region = region_in_text([sentence], location.country)
    if region is not None and region == location.admin1:
        return None
    here = lookup(name, country=location.country)
    if here is not None:
        return None  # a town of the country: scoped_elsewhere's to judge
    return name if lookup(name) is None else None


_NOT_A_PLACE = re.compile(
    r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August"
    r"|September|October|November|December|All|Total|Addition|Response|Recent|Other|Another|This|That|Some|Both)\b"
)


def told_as_another(claim: FatalityClaim, claims: list[FatalityClaim]) -> bool:
    """Whether the claim's sentence opens as another happening ("Elsewhere, ...", "In a
    separate attack") while another of the event's figures is told in a sentence that does not."""
    return opens_as_separate(claim.quote) and any(
        c.quote != claim.quote and not opens_as_separate(c.quote) for c in claims
    )


#: a clause that opens as another happening: ", and in a separate attack, four people died"
_SEPARATE_CLAUSE = re.compile(
    r"^\W*(?:and|while|but)?\s*(?:in\s+(?:a|another)\s+separate\s+\w+|in\s+another\s+(?:attack|incident)|elsewhere"
    r"|separately)\b",
    re.I,
)


def told_as_another_clause(clause: str, claim: FatalityClaim, claims: list[FatalityClaim]) -> bool:
    """Whether the claim's own clause opens as another happening while another of the event's
    figures stands outside it (the sentence's first clause tells the event)."""
    return bool(_SEPARATE_CLAUSE.match(clause)) and any(c is not claim and c.low != claim.low for c in claims)


def totals_over_separate(
    kept: list[FatalityClaim], separate: list[FatalityClaim]
) -> tuple[list[FatalityClaim], list[FatalityClaim]]:
    """(kept, moved): a figure that is the sum of one kept and one separate happening's
    ("have left at least 10 people dead" over "at least nine" and "at least one") counts
    both events, not this one."""
    moved = [
        c
        for c in kept
        if c.low is not None
        and any(
            s.low is not None and o.low is not None and o.quote not in (c.quote, s.quote) and c.low == o.low + s.low
            for s in separate
            for o in kept
            if o is not c
        )
    ]
    return [c for c in kept if not any(c is m for m in moved)], moved


#: a toll over attacks on several targets ("al-Shabab attacked two bases", "attaqué deux
#: villages"): each base or village is an event of its own, the toll their sum
_SEVERAL_TARGETS = re.compile(
    r"\b(?:attack(?:ed|s|ing)?|stormed|raided|struck|hit)\s+(?:on\s+)?(?:two|three|four|five|several|multiple|\d+)\s+"
    r"(?:separate\s+|different\s+|military\s+|army\s+)?(?:bases|villages|camps|towns|positions|posts|checkpoints"
    r"|localities|communities|churches|mosques|schools)\b"
    r"|\battaqu\w*\s+(?:deux|trois|quatre|cinq|plusieurs|\d+)\s+(?:villages|localit[ée]s|camps|bases|postes|positions)\b",
    re.I,
)


def totals_over_targets(claims: list[FatalityClaim]) -> tuple[list[FatalityClaim], list[FatalityClaim], list[str]]:
    """(kept, moved, flags): "six soldiers ... were killed when al-Shabab attacked two bases"
    beside this base's own count of the same dead: the sum goes to the context; with no such
    count it stays, the only word on those dead. Run again once rival counts have joined."""
    kept, moved, flags = list(claims), [], []
    for claim in [c for c in kept if _SEVERAL_TARGETS.search(c.quote)]:
        if any(c is not claim and c.victims == claim.victims and c.quote != claim.quote for c in kept):
            flags.append(f"claim_total_over_targets:{claim.low}")
            moved.append(claim)
            kept = [c for c in kept if c is not claim]
    return kept, moved, flags


#: kinds of event that kill no one by themselves: a figure doubted as another attack's on
#: one ("The abduction followed the killing of three gendarmes that same day amid violence in
#: other anglophone towns") is that attack's, not a doubt about this event (``claimscope``;
#: gold: 6 of 111 abductions have dead, no arrest, looting or handover has)
NO_KILLING = frozenset(
    {"Abduction/forced disappearance", "Arrests", "Looting/property destruction", "Non-violent transfer of territory"}
)
