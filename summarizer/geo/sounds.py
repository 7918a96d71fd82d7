"""Place names told apart only by their vowels: "Tuz Khormato" is GeoNames' "Tuz Khurmatu".

English stories transliterate Arabic, Somali, Pashto and Sahelian names each their own
way, and the gazetteer holds one or two of the spellings: "Qamishli" is "Al Qamishli",
"El Dhere" is "Ceel Dheer", "Saakow" is "Saacow", "Muhajaria" is "Muhajiriya". The
consonants survive transliteration better than the vowels, so a name's *sound key* keeps
its consonants after the usual equivalences (kh = k, x = h in Somali, a Somali initial c is
silent and an inner one a k, doubled letters once, no Arabic article) and marks only where
vowels are, not which (no final one). Only a place the event is already said to be at is
looked up this way (``checks.py``), never every capitalised word of a sentence, and only a
key of three consonants or more within the event's country, whose places all lie in one
admin1: a short or shared key would be a guess. The keys are stored in the gazetteer's
SQLite store: a change to how they are made must bump ``gazetteer._STORE_FORMAT``.
"""

from __future__ import annotations

import re

from ..folding import fold

__all__ = ["MIN_CONSONANTS", "sound_keys"]

#: "Al Qamishli", "al-Qaim", "El Fasher", "Ad Diwaniyah", "Ash Shihr": the Arabic article
_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|an|at|az|ath|adh)[\s'’-]+(?=\w)", re.I)
_PAIRS = (("kh", "k"), ("gh", "g"), ("sh", "s"), ("ch", "s"), ("dh", "d"), ("th", "t"), ("ph", "f"), ("dj", "j"))
_SINGLE = str.maketrans({"x": "h", "q": "k", "c": "k"})
_VOWELS = re.compile(r"[aeiouy]+")
_DOUBLE = re.compile(r"(.)\1+")
#: keys with fewer consonants than this match too many villages to say which one is meant
MIN_CONSONANTS = 3


def _key(name: str) -> str:
    letters = re.sub(r"[^a-z]", "", fold(name).lower())
    if letters.startswith("c") and letters[1:2] in ("a", "e", "i", "o", "u"):
        letters = letters[1:]  # Somali initial ayn: "Ceel" is "El"
    for a, b in _PAIRS:
        letters = letters.replace(a, b)
    letters = letters.translate(_SINGLE)
    return _VOWELS.sub("a", _DOUBLE.sub(r"\1", letters)).rstrip("a")


def sound_keys(name: str) -> list[str]:
    """The name's sound keys: of the whole name, and of the name without an Arabic article
    ("Al Qamishli" -> the key of "Qamishli"), each only if long enough to tell a place."""
    keys = [_key(name)]
    bare = _ARTICLE.sub("", name.strip())
    if bare != name.strip():
        keys.append(_key(bare))
    return [k for k in dict.fromkeys(keys) if len(k.replace("a", "")) >= MIN_CONSONANTS]
