"""Text folding shared by every module that compares names: one definition of each key.

* :func:`strip_accents` -- NFKD, combining marks dropped; case and punctuation kept;
* :func:`fold` -- accents dropped, quotes and dashes unified (``’`` -> ``'``, ``–`` -> ``-``),
  ``ß ø ł`` spelled out; keeps case and spacing (for display and for regexes over text);
* :func:`place_key` -- lower-case, letters and digits only: ``'Tin-Zaouatène' -> 'tinzaouatene'``
  (gazetteer keys, and "same name?" between records);
* :func:`words` -- lower-case words separated by single spaces: ``"République du Mali" ->
  "republique du mali"`` (country aliases, multi-word names);
* :func:`claimant_key` -- who gives a figure, across outlets: ``place_key`` without an
  attribution in brackets (``"JNIM (via SITE)"`` = ``"JNIM"``).
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["MARK_MAP", "claimant_key", "fold", "place_key", "strip_accents", "unify_marks", "words"]

#: typographic marks to ASCII, one character for one (offsets in the text stay valid)
MARK_MAP: dict[str, str] = {
    "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "″": '"',
    "‘": "'", "’": "'", "‚": "'", "′": "'", "`": "'", "´": "'", "ʼ": "'",
    "–": "-", "—": "-", "‑": "-", "‒": "-", "−": "-", "‐": "-",
    "…": ".", "\u00a0": " ",
}  # fmt: skip
_MARKS = str.maketrans(MARK_MAP)
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def unify_marks(s: str) -> str:
    """Typographic quotes, dashes, ellipsis and no-break spaces as ASCII, length unchanged."""
    return s.translate(_MARKS)


def strip_accents(s: str) -> str:
    """Drop accents only: ``'Ségou' -> 'Segou'``."""
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def fold(s: str) -> str:
    """Drop accents and unify quotes and dashes; keeps case and spacing."""
    return unify_marks(strip_accents(s)).replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("ł", "l")


def place_key(s: str) -> str:
    """Lower-case, accent-free, letters and digits only: 'Tin-Zaouatène' -> 'tinzaouatene'."""
    return _NON_ALNUM.sub("", fold(s).lower())


def words(s: str) -> str:
    """Lower-case, accent-free words separated by one space."""
    return _NON_ALNUM.sub(" ", fold(s).lower()).strip()


def claimant_key(claimant: str) -> str:
    """A claimant across outlets: "JNIM (via SITE)" and "JNIM" are one claimant."""
    return place_key(re.sub(r"\(.*?\)", "", claimant)) or place_key(claimant)
