"""Place phrases to a :class:`Location`: "south of Tinzaouaten", "in the Menaka region".

:func:`locate` parses the phrase the model copied (direction and distance wording, region /
district / town words, a country named on the way: "Niger's Tahoua region"), then resolves
its parts with the gazetteer (:mod:`summarizer.geo.gazetteer`) and the country tables
(:mod:`summarizer.geo.countries`). Coordinates are never invented.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..folding import fold, place_key
from ..schema import Location
from .countries import acled_names, country_code, country_name, guess_country
from .gazetteer import Place, admin1_country, is_known_place, lookup, loose_key

__all__ = ["locate"]

# phrases ("south of Tinzaouaten", "in the Menaka region", "northern Kidal district")
_DIRS = (
    r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|"
    r"nord|sud|est|ouest|nord-?est|nord-?ouest|sud-?est|sud-?ouest)"
)
_DIR_ADJ = (
    r"(?:northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western|"
    r"northeastern|northwestern|southeastern|southwestern|central|centre|center|far|remote|restive|troubled|"
    r"septentrional|meridional)"
)
_REGION_WORDS = r"(?:region|regions|province|state|governorate|oblast|prefecture|department|departement|wilaya)"
_AREA_WORDS = r"(?:tribal (?:region|areas?|district|agency|belt)|agency|district|cercle|commune|municipality|county|sector|secteur|zone|area|territory|lga)"
_TOWN_WORDS = (
    r"(?:town|city|village|ville|hamlet|settlement|locality|localite|border town|market town|capital|"
    r"regional capital|outskirts|environs)"
)
_NEAR_PREFIX = re.compile(
    r"^(?:near(?:by)?|close to|around|not far from|in the vicinity of|on the road (?:to|from|between)|"
    r"on the (?:\w+ )?(?:road|axis|highway) (?:to|from|between)|between|pres de|proche de|aux environs de|"
    r"autour de|a proximite de|non loin de|vers|sur l'axe|entre|"
    r"(?:(?:about|some|around|roughly|nearly|at least)\s+)?\d+\s*(?:km|kms|kilometers|kilometres|miles|mi)\b"
    r"(?:\s*\(\d+\s*(?:miles|mi|km)\))?(?:\s+" + _DIRS + r"(?:ern)?)?\s+(?:of|from|de|du)|"
    r"(?:(?:just|further|farther|au|a l')\s+)?" + _DIRS + r"(?:ern)?\s+(?:of|de|du)|"
    r"(?:au\s+)?(?:nord|sud|est|ouest)\s+(?:de|du))\b\s*",
    re.IGNORECASE,
)
_DROP_PREFIX = re.compile(
    r"^(?:in|at|on|inside|within|across|from|to|the|a|an|of|dans|en|au|aux|de|du|des|la|le|les|l'|d'|"
    r"(?:the\s+)?(?:\w+\s+)?parts? of|(?:the\s+)?outskirts of|(?:the\s+)?edge of|(?:the\s+)?heart of|"
    r"downtown|(?:the\s+)?(?:country|nation)'s?|"
    + _DIR_ADJ
    + r"|(?:"
    + _TOWN_WORDS
    + r")\s+(?:of|de|du|d'))(?:\b|(?<='))\s*",
    re.IGNORECASE,
)
_KIND_PREFIX = re.compile(
    r"^(?:(" + _REGION_WORDS + r")|(" + _AREA_WORDS + r"|(?:rural|urban) commune))\s+(?:of|de|du|d')(?:\b|(?<='))\s*",
    re.IGNORECASE,
)
_BORDER = re.compile(r"^(?:the\s+)?(?:\w+\s+)?(?:border|frontier|frontiere)\b", re.IGNORECASE)
_REGION_SUFFIX = re.compile(r"\s+" + _REGION_WORDS + r"$", re.IGNORECASE)
_TRIBAL_SUFFIX = re.compile(r"\s+tribal\s+region$", re.IGNORECASE)  # an area, though it ends in "region"
_AREA_SUFFIX = re.compile(r"\s+" + _AREA_WORDS + r"$", re.IGNORECASE)
_TOWN_SUFFIX = re.compile(r"\s+" + _TOWN_WORDS + r"$", re.IGNORECASE)
_ISLAND = re.compile(r"\s+(?:island|isle)$", re.IGNORECASE)


@dataclass
class _Cand:
    name: str
    kind: str  # "region" (region/province/state), "area" (district/commune/...), "place"
    near: bool  # "near X", "south of X", "between X and Y"


def _region_named(seg: str, cut: int) -> bool:
    """Whether dropping a direction word would cut a region's own name ("Western Equatoria",
    "Northern Bahr el Ghazal"): the word is part of the name there, not a part of the country."""
    if seg[:cut].strip().lower() in _ARTICLES:
        return False
    return admin1_country(seg) is not None or admin1_country(_REGION_SUFFIX.sub("", seg)) is not None


_ARTICLES = frozenset(
    {"the", "a", "an", "in", "at", "on", "la", "le", "les", "l'", "de", "du", "des", "dans", "en", "au", "aux"}
)


_HALF = re.compile(r"^(?:Lower|Upper)\s+(\S.*)$")
#: words that make a country's name the name of a land feature ("Niger Delta", "Congo Basin")
_FEATURE = re.compile(r"(?:delta|basin|river|valley|plateau|desert|lake|highlands?)\b", re.I)


def _parse_phrase(phrase: str) -> tuple[list[_Cand], str | None]:
    """Candidates in phrase order and a country hint ("Niger's ...", "the Ukrainian town of ...")."""
    country: str | None = None
    cands: list[_Cand] = []
    s = re.sub(r"\s+", " ", fold(phrase)).strip()
    pending_near = False
    segments = [x.strip() for x in re.split(r"[,;:()\[\]/]|\s+-\s+|\s+(?:in|dans|and|et)\s+", s) if x.strip()]
    for seg in segments:
        seg = seg.strip(" '\".")
        near = pending_near
        kind = "place"
        whole = ""
        changed = True
        while changed and seg:
            changed = False
            m = _NEAR_PREFIX.match(seg)
            if m:
                near, seg, changed = True, seg[m.end() :], True
                continue
            m = _DROP_PREFIX.match(seg)
            if m and 0 < m.end() < len(seg) and not _region_named(seg, m.end()):
                seg, changed = seg[m.end() :], True
                continue
            m = _KIND_PREFIX.match(seg)  # "region de Menaka", "district of Macomia"
            if m and 0 < m.end() < len(seg):
                kind = "region" if m.group(1) else "area"
                seg, changed = seg[m.end() :], True
                continue
            m = re.match(r"^(.*?)'s?\s+(.+)$", seg)  # "Niger's Tahoua region"
            if m and country_code(m.group(1)):
                country = country or country_name(m.group(1))
                seg, changed = m.group(2), True
                continue
            first, _, rest = seg.partition(" ")  # "Ukrainian town of Pokrovsk"
            # "Niger Delta", "Congo River": a feature named for the country, not a place in it
            if (
                rest
                and country_code(first)
                and not is_known_place(seg)
                and not _TOWN_SUFFIX.search(" " + rest)
                and not _FEATURE.match(rest)
            ):
                country = country or country_name(first)
                seg, changed = rest, True
        if not seg:
            continue
        if _BORDER.match(seg):  # "the border with Mali": a direction, not a place
            pending_near = pending_near or near
            continue
        while True:
            m = _REGION_SUFFIX.search(seg)
            if m and m.start() > 0 and not _TRIBAL_SUFFIX.search(seg):
                kind, seg = "region", seg[: m.start()]
                continue
            m = _AREA_SUFFIX.search(seg)
            if m and m.start() > 0:
                kind = "area" if kind == "place" else kind
                seg = seg[: m.start()]
                continue
            m = _TOWN_SUFFIX.search(seg)
            if m and m.start() > 0:
                whole, seg = seg, seg[: m.start()]
                continue
            break
        seg = seg.strip(" '\".")
        if not seg:
            continue
        if kind == "place" and whole and country_code(seg):
            # "Gaza City", "Kuwait City": a town named for its country is the town
            cands.append(_Cand(whole.strip(" '\"."), kind, near))
            pending_near = False
            continue
        if kind == "place" and country_code(seg):
            country = country or country_name(seg)
            continue
        cands.append(_Cand(seg, kind, near))
        pending_near = False
    return cands, country


def _near_in_text(text: str, name: str) -> bool:
    t = fold(text).lower()
    n = re.escape(fold(name).lower())
    pat = (
        r"(?:near(?:by)?|close to|around|not far from|vicinity of|between|pres de|proche de|environs de|"
        r"non loin de|entre|(?:km|kilometers|kilometres|miles|mi)\)?\s+(?:"
        + _DIRS
        + r"(?:ern)?\s+)?(?:of|from|de)|"
        + _DIRS
        + r"(?:ern)?\s+(?:of|de|du))\s+(?:the\s+)?(?:(?:town|village|city|locality|localite|commune)\s+(?:of|de)\s+)?"
        + n
        + r"\b"
    )
    return re.search(pat, t) is not None


def _clean_unknown(name: str) -> str:
    return re.sub(r"\s+", " ", fold(name)).strip(" ,;.'\"")


def _display_name(p: Place, query: str) -> str:
    """The gazetteer's name when the query is the place's own name, else the query as written
    (an alternate name such as 'Djerba' for Houmt Souk stays what the article says)."""
    k = place_key(query)
    if k in p.primary_keys or loose_key(k) in {loose_key(x) for x in p.primary_keys}:
        return p.name
    return _clean_unknown(query)


def locate(
    place: str | None,
    *,
    admin1: str | None = None,
    country: str | None = None,
    text: str | None = None,
) -> Location:
    """Resolve a place (or a phrase naming one) to a :class:`Location`.

    * a known town: country, admin1, coordinates, ``geo_precision`` 1 -- or 2 when the phrase
      says "near X" / "south of X" / "between X and Y" or names an area ("Macomia district");
    * an unknown place: ``place`` kept, no coordinates, ``geo_precision`` 2 when an admin1 or
      a country is known (else 3); coordinates are never invented;
    * only a region ("in the Menaka region", ``admin1="Segou"``): country resolved from it,
      ``geo_precision`` 3; only a country: ``geo_precision`` 3.

    Namesakes: the given (or hinted) country first -- a place is never taken from another
    country than the one given --, then the given admin1, the place's own name over an
    alternate name, a curated entry, then population. ``text`` is the phrase the location
    came from: parsed when ``place`` is empty, else used for "near" wording and a country
    hint ("Niger's Tahoua region"); a longer text also gives :func:`guess_country`.
    """
    cnames = acled_names()
    cc = country_code(country) if country else None
    hint: str | None = None
    cands: list[_Cand] = []
    has_place = bool(place and place.strip())
    if has_place:
        cands, hint = _parse_phrase(place or "")
    if text and text.strip():
        tcands, thint = _parse_phrase(text)
        if not has_place:
            cands = tcands
        elif cands and not cands[0].near and _near_in_text(text, cands[0].name):
            cands[0].near = True
        hint = hint or thint
    if cc is None and hint:
        cc = country_code(hint)
    if cc is None and text and len(text) > 60:
        g = guess_country(text)
        cc = country_code(g) if g else None

    region: tuple[str, str] | None = None
    if admin1 and admin1.strip():
        for c in _parse_phrase(admin1)[0] or [_Cand(admin1, "region", False)]:
            region = admin1_country(c.name, cnames.get(cc) if cc else None)
            if region:
                break
    if region and cc is None:
        cc = country_code(region[0])
    admin1_name = region[1] if region else (_clean_unknown(admin1) if admin1 and admin1.strip() else None)

    # context from later parts ("Lido Beach, Mogadishu"; "Tudun Biri village, Kaduna State")
    if cc is None and len(cands) > 1:
        for cand in reversed(cands[1:]):
            r = admin1_country(cand.name) if cand.kind != "place" else None
            p0 = lookup(cand.name) if r is None and cand.kind != "region" else None
            found = r[0] if r else (p0.country if p0 else None)
            if found:
                cc = country_code(found)
                break

    country_out = cnames.get(cc) if cc else (_clean_unknown(country) if country and country.strip() else None)
    cname = cnames.get(cc) if cc else None
    unknown: list[str] = []
    for cand in cands:
        if cand.kind == "place":
            p = lookup(cand.name, country=cname, admin1=admin1_name)
            island = _ISLAND.search(cand.name) if p is None else None
            town = lookup(cand.name[: island.start()], country=cname, admin1=admin1_name) if island else None
            if town is not None:
                # "Bonny Island", named for its town: the island as written, in the town's region
                return Location(
                    country=town.country,
                    admin1=town.admin1 or admin1_name,
                    place=_clean_unknown(cand.name),
                    geo_precision=2,
                    text=text or place,
                    latitude=town.latitude,
                    longitude=town.longitude,
                )
            if p is not None:
                name = _display_name(p, cand.name)
                return Location(
                    country=p.country,
                    admin1=p.admin1 or admin1_name,
                    place=f"{unknown[0]}, {name}" if unknown else name,
                    geo_precision=2 if cand.near else 1,
                    text=text or place,
                    latitude=p.latitude,
                    longitude=p.longitude,
                )
        r = admin1_country(cand.name, cname)
        if (
            r is not None
            and (cand.kind != "place" or (not unknown and region is None))
            and (region is None or place_key(region[1]) == place_key(r[1]))
        ):
            region, admin1_name, cc, country_out, cname = r, r[1], country_code(r[0]), r[0], r[0]
            continue
        if cand.kind == "area":
            p = lookup(cand.name, country=cname, admin1=admin1_name)
            if p is not None:
                return Location(
                    country=p.country,
                    admin1=p.admin1 or admin1_name,
                    place=_display_name(p, cand.name),
                    geo_precision=2,
                    text=text or place,
                    latitude=p.latitude,
                    longitude=p.longitude,
                )
        if cand.kind != "region":
            unknown.append(_clean_unknown(cand.name))
    if unknown and has_place:
        if region is None and cname and (half := _HALF.match(unknown[0])):
            # "Lower Dir", "Upper Kurram": a half of a district the gazetteer knows is in its region
            whole = lookup(half.group(1), country=cname)
            admin1_name = whole.admin1 if whole is not None and whole.admin1 else admin1_name
        return Location(
            country=country_out,
            admin1=admin1_name,
            place=unknown[0],
            geo_precision=2 if (admin1_name or country_out) else 3,
            text=text or place,
        )
    return Location(country=country_out, admin1=admin1_name, place=None, geo_precision=3, text=text or place)
