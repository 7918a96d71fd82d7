"""A group's name misspelt or transliterated otherwise is still that group.

Why: "Police say the hard-line Lakshar-e-Taiba group has claimed responsibility" names
Lashkar-e-Taiba; the alias table, which reads names exactly (up to case, hyphens and
plurals), saw an unknown group, so the claim named no one and the record's doer stayed
unidentified. News copy respells long transliterated names often ("Lakshar", "Tehreek",
"Jaish-e-Muhammad"). A proper name of eight letters or more that differs from one table
alias by a letter or two (the same number of words, the same first letter, nearly the same
length, and no other alias as close) is read as that alias. Short names are left alone:
"ADF" and "AQI" differ by a letter and name different groups.
"""

from __future__ import annotations

import difflib
import functools

__all__ = ["respelt_key"]

_MIN_LETTERS = 8
_MIN_RATIO = 0.88


@functools.lru_cache(maxsize=8192)
def respelt_key(key: str, keys: frozenset[str]) -> str | None:
    """The one table key ``key`` is a respelling of, or None."""
    letters = key.replace(" ", "")
    if len(letters) < _MIN_LETTERS or key in keys:
        return None
    words = key.count(" ")
    scored = [
        (difflib.SequenceMatcher(None, key, k).ratio(), k)
        for k in keys
        if k[:1] == key[:1] and k.count(" ") == words and abs(len(k) - len(key)) <= 2
    ]
    close = sorted((s, k) for s, k in scored if s >= _MIN_RATIO and _words_respelt(key, k))
    if not close or (len(close) > 1 and close[-2][0] == close[-1][0]):
        return None
    return close[-1][1]


def _words_respelt(key: str, other: str) -> bool:
    """Word by word the same but for one word a letter or two off ("lakshar" for "lashkar"):
    "ansar al sunnah" is another group than "ahl al sunnah", however alike the letters."""
    pairs = [(a, b) for a, b in zip(key.split(), other.split(), strict=True) if a != b]
    return len(pairs) == 1 and difflib.SequenceMatcher(None, *pairs[0]).ratio() >= 0.75
