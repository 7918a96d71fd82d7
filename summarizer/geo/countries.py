"""Countries: names, French names and demonyms to ACLED's English short names.

Data: ``data/countries.json`` (ACLED names, extra aliases, ambiguous words) and
``pycountry`` (ISO names and their French translations), loaded once per process.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
from collections import Counter

from ..folding import fold, words
from ..resources import data_text

__all__ = [
    "acled_names",
    "countries_named",
    "country_code",
    "country_name",
    "guess_country",
    "longer_country_named",
    "names_country",
]


@functools.lru_cache(maxsize=1)
def _countries() -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    """(alias key -> alpha-2, alpha-2 -> ACLED name, ambiguous alias keys), from the
    prebuilt file when there is one (``summarizer/prebuilt.py``)."""
    from importlib import metadata

    from ..prebuilt import cached_json

    text = data_text("countries.json")
    fingerprint = hashlib.sha256(f"1 {metadata.version('pycountry')} {text}".encode()).hexdigest()
    table = cached_json("countries", fingerprint, lambda: [*_build_countries()[:2], sorted(_build_countries()[2])])
    return table[0], table[1], frozenset(table[2])


@functools.lru_cache(maxsize=1)
def _build_countries() -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    import gettext

    import pycountry

    data = json.loads(data_text("countries.json"))
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
                aliases.setdefault(words(n), cc)
    names.setdefault("XK", "Kosovo")
    for cc, extra in data["aliases"].items():
        for n in extra:
            aliases[words(n)] = cc
    for cc, n in names.items():  # the ACLED name itself always wins
        aliases[words(n)] = cc
    ambiguous = frozenset(words(a) for a in data.get("ambiguous", []))
    return aliases, names, ambiguous


def country_code(s: str | None) -> str | None:
    """ISO alpha-2 code of a country name, French name, demonym or code; None when unknown."""
    if not s:
        return None
    aliases, names, _ = _countries()
    k = words(s)
    if k in aliases:
        return aliases[k]
    k2 = re.sub(r"^(?:the|la|le|les|l|republic of|republique du|republique de|republique d)\s+", "", k)
    if k2 in aliases:
        return aliases[k2]
    if len(s) == 2 and s.isupper() and s in names:
        # a code only as written in capitals: "by", "in", "to", "at" are words, not Belarus,
        # India, Tonga, Austria
        return s
    return None


def acled_names() -> dict[str, str]:
    """ISO alpha-2 -> ACLED country name."""
    return _countries()[1]


def country_name(s: str | None) -> str | None:
    """Normalise a country name, French name or demonym to ACLED's English short form.

    ``country_name("malien") == "Mali"``, ``country_name("Burkinabe") == "Burkina Faso"``,
    ``country_name("République du Mali") == "Mali"``; None when unknown.
    """
    cc = country_code(s)
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
    counts, first = _mentions(text)
    if not counts:
        return None
    names = _countries()[1]
    best = max(counts, key=lambda c: (counts[c], -first[c]))
    return names[best]


def countries_named(text: str) -> list[str]:
    """The countries the text names (names or demonyms), in the order it first names them."""
    counts, first = _mentions(text)
    names = _countries()[1]
    return [names[cc] for cc in sorted(counts, key=lambda c: first[c])]


def country_at_start(text: str) -> str | None:
    """The country the text opens with ("Democratic Republic of Congo, where ..."), or None."""
    _, first = _mentions(text)
    at = [cc for cc, pos in first.items() if pos == 0]
    return _countries()[1][at[0]] if at else None


def names_country(text: str, country: str) -> bool:
    """Whether the text names ``country`` (by a name or demonym the table knows) at all."""
    cc = country_code(country)
    return cc is not None and cc in _mentions(text)[0]


def longer_country_named(country: str | None, text: str | None) -> str | None:
    """The country the text names whose name holds ``country``'s, when it never names ``country`` itself.

    A small model drops a word of a country it copies: "Sudan" for an article that only
    ever says "South Sudan", "Congo" for "Democratic Republic of Congo". The text's own
    country names (longest first) decide: the longer one when the text names it more often
    than ``country`` ("Suspected Rebel Attack in Congo" over a story of the Democratic
    Republic of Congo); None otherwise.
    """
    if not country or not text:
        return None
    cc = country_code(country)
    counts, _ = _mentions(text)
    if cc is None:
        return None
    names = _countries()[1]
    short = words(names[cc])
    longer = [c for c in counts if re.search(rf"(?<!\w){re.escape(short)}(?!\w)", words(names[c])) and c != cc]
    if len(longer) != 1 or counts[longer[0]] <= counts.get(cc, 0):
        # named as often as the longer one ("Sudan" in a story of both Sudans): left alone
        return None
    return names[longer[0]]


def _mentions(text: str) -> tuple[Counter[str], dict[str, int]]:
    """How often the text names each country (code), and where it first does."""
    aliases, _, ambiguous = _countries()
    folded = fold(text)
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for m in _country_regex().finditer(folded):
        raw = m.group(0)
        k = words(raw)
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
    return counts, first
