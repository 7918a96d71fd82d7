"""Weekday names repaired before dates are read: an outlet's misspelling one letter away
from a weekday ("Wendesday", "Thrusday", "mecredi") reads as that weekday."""

from __future__ import annotations

import re

from .dates import WEEKDAYS


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` becomes ``b`` by one letter inserted, dropped or changed."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


_WORD = re.compile(r"[^\W\d_]{5,}", re.U)


def respell_weekdays(text: str) -> str:
    """``text`` with a weekday name misspelt by one letter written right ("l'attaque
    mecredi" -> "mercredi"), so the date phrase is found: news copy has typos, and the
    model writes the day right (or in English), so its phrase is not in the text."""

    def fix(m: re.Match[str]) -> str:
        word = m.group(0)
        low = word.lower()
        if low in WEEKDAYS:
            return word
        right = next((d for d in WEEKDAYS if len(d) >= 5 and _one_edit(low, d)), None)
        return right if right is not None and not low.startswith(right) else word

    return _WORD.sub(fix, text)
