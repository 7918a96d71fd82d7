"""How far from a town the text puts a place: "285 kilometers northeast of Mogadishu".

Why: a town given only as a distance reference stands for the place when it is near
(ACLED codes "40 kilometers west of Kismayo" at Kismayo, precision 2), but a town 85 or
285 km away is no place of the event: the region, or nothing, is. The gold labels draw
the line near 50 km (every reference they keep is within 60 km, most within 45).
"""

from __future__ import annotations

import re

from .number_words import word_value

__all__ = ["NEAR_KM", "far_off", "too_far"]

#: the farthest a reference town stands for the place
NEAR_KM = 50

_DISTANCE_BEFORE = re.compile(
    r"(?P<n>\d[\d,]*(?:\.\d+)?|[A-Za-z-]+)[- ](?P<unit>km|kilomet(?:er|re)s?|miles?)\)?\s+(?:[\w-]+,?\s+){0,4}$", re.I
)


def too_far(before: str) -> bool:
    """Whether the words before a reference town ("... some 285 kilometers northeast of ")
    put the place farther from it than :data:`NEAR_KM`."""
    m = _DISTANCE_BEFORE.search(before)
    if m is None:
        return False
    raw = m.group("n").replace(",", "")
    value = float(raw) if raw[0].isdigit() else word_value(raw.lower())
    if value is None:
        return False
    km = value * 1.609 if m.group("unit").lower().startswith("mile") else value
    return km > NEAR_KM


_FROM_A_TOWN = re.compile(
    r"\b(?:\d[\d,]*(?:\.\d+)?|[A-Za-z-]+)[- ](?:km|kilomet(?:er|re)s?|miles?)\)?\s+(?:[\w-]+\s+){0,4}?(?:of|from)\s+"
    r"(?:the\s+)?(?:[a-z]+\s+){0,3}?(?:capital,?\s+)?[A-Z]",
    re.I,
)


def far_off(sentence: str) -> bool:
    """Whether the sentence places its deed only far from a town ("some 285 kilometers
    northeast of Mogadishu"): it tells where, so no other sentence's town is borrowed."""
    return any(too_far(sentence[: m.end() - 1]) for m in _FROM_A_TOWN.finditer(sentence))
