"""How a figure over people of no named side ("47 people died") stands to the breakdown by
side that other claims give: which groups it holds, and whether it is a total over them or
another source's count of the same dead. Apart from ``fatalities.py``, which adds the
groups up."""

from __future__ import annotations

import re

from .folding import words
from .number_words import word_value
from .schema import FatalityClaim
from .victims import VAGUE

Groups = dict[str, tuple[int, int, int, list[FatalityClaim]]]


def covered_groups(groups: Groups, total: int) -> list[str]:
    """The victim groups an umbrella figure can hold: the largest sum of groups not above it.

    "47 people died when the convoy was hit" holds the 30 civilians and 17 soldiers of the
    breakdown, not the 58 attackers killed in the riposte.
    """
    names = list(groups)
    best: tuple[int, int, list[str]] = (0, 0, [])
    for mask in range(1, 1 << len(names)):
        chosen = [n for i, n in enumerate(names) if mask >> i & 1]
        got = sum(groups[n][0] for n in chosen)
        if got <= total and (got, len(chosen)) > best[:2]:
            best = (got, len(chosen), chosen)
    return best[2]


def one_breakdown_above(holding: list[FatalityClaim], groups: Groups, total: int) -> bool:
    """Whether an open total ("more than 20 people") and one source's breakdown in one
    sentence a little above it ("18 militants, five government soldiers and a civilian") count
    the same dead: the open figure is a floor the breakdown meets, not a further group."""
    parts = [c for g in groups.values() for c in g[3]]
    if not holding or any(c.high is not None for c in holding) or not parts:
        return False
    if len(groups) < 2 and not (len(parts) == 1 and _summed_breakdown(parts[0])):
        return False  # one side's count is no breakdown, unless it is the sum of one ("2,182 women and 959 men")
    if len({(c.claimant, c.quote) for c in parts}) != 1:
        return False
    whole = sum(g[0] for g in groups.values())
    return total < whole <= total * 3 // 2


def _summed_breakdown(claim: FatalityClaim) -> bool:
    """Whether the claim's figure is the sum of all the numbers its quote gives, two or more."""
    from .running_numbers import find_numbers

    told = [v for _, _, v in find_numbers(claim.quote) if v is not None]
    return len(told) >= 2 and sum(told) == claim.low


def _words(claimant: str) -> set[str]:
    return set(words(re.sub(r"\(.*?\)", "", claimant)).split()) or set(words(claimant).split())


def _same_source(a: list[FatalityClaim], b: list[FatalityClaim]) -> bool:
    """Whether any claimant of ``a`` is one of ``b``'s ("source gouvernementale" is "une
    source gouvernementale à VOA Afrique")."""
    for x in a:
        wx = _words(x.claimant)
        for y in b:
            wy = _words(y.claimant)
            if wx and wy and (wx <= wy or wy <= wx):
                return True
    return False


_ROUGHLY = re.compile(
    r"\b(?:nearly|almost|about|around|roughly|approximately|some|close to|près de|pres de|environ|quelque)\s+([\w,-]+)",
    re.I,
)


def _approximate(claim: FatalityClaim) -> bool:
    """Whether the claim's figure is told as a round approximation ("nearly 40")."""
    return any(word_value(m.group(1)) == claim.low for m in _ROUGHLY.finditer(claim.quote))


def an_alternative_count(holding: list[FatalityClaim], parts: list[FatalityClaim], total: int, inside: int) -> bool:
    """Whether an umbrella figure is another source's count of the dead its parts count, so
    ACLED's conservative total keeps the parts: another source's higher figure over an open
    one ("at least 50 soldiers" against "more than 70", "dozens of civilians" against "85
    people"), or a round approximation ("Nearly 40 people are dead" over "27 militiamen and
    12 fighters"). Not a total four times a precise open part or more: "at least 42 people
    were killed" over "at least one police officer also died" counts the 42 ("at least four
    people" over "at least one policeman" the four), while "at least 21 people" over two
    days against "at least eight militants" on one is a rival count."""
    if all(_approximate(c) for c in holding):
        return True
    if _same_source(holding, parts) or not any(c.high is None for c in parts):
        return False
    return 4 * inside > total or any(VAGUE.search(c.quote) for c in parts)


#: a count of people told as more beside someone named first: "an Iraqi soldier and two other
#: people were killed", "un policier et trois autres personnes"
_OTHERS = re.compile(r"\b(?:and|et)\s+(?:at least\s+|au moins\s+)?(\w+)\s+(?:others?|autres?)\b", re.I)


def told_as_others(claim: FatalityClaim) -> bool:
    """Whether the claim's figure is written as others beside someone told before it in its
    sentence: those dead add to the first, they never hold it."""
    return any(word_value(m.group(1)) == claim.low for m in _OTHERS.finditer(claim.quote or ""))


def headline_retold(claims: list[FatalityClaim]) -> list[FatalityClaim]:
    """The claims without an open figure over people of no named side ("More than 20 people
    were killed") that retells, rounded down, the exact toll its own outlet's headline gives
    a side ("21 Killed ...", the model's police): one toll told twice (FORMAT.md), not a
    further group of dead to add (41)."""
    heads = [c for c in claims if c.span is not None and c.span.start == 0 and c.low and c.low == c.high]
    return [
        c
        for c in claims
        if not (
            c.victims in ("mixed", "unknown")
            and c.high is None
            and c.span is not None
            and (c.span.start or 0) > 0
            and not told_as_others(c)
            and any(
                h.victims not in ("mixed", "unknown")
                and h.claimant == c.claimant
                and 4 * (h.low or 0) <= 5 * (c.low or 0) < 5 * (h.low or 0)
                for h in heads
            )
        )
    ]


__all__ = [
    "Groups",
    "an_alternative_count",
    "covered_groups",
    "headline_retold",
    "one_breakdown_above",
    "told_as_others",
]
