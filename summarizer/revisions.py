"""A toll revised "from" one figure "to" another, read as the two tolls it holds.

"Le gouvernement burkinabè a finalement revu de 16 à 46 le nombre de morts" is no range of
16 to 46 dead: it is the government's first toll, 16, and its revised toll, 46 (FORMAT.md:
revised figures are separate claims; a source that revises its own toll counts only with
the revision, which the totals do).
"""

from __future__ import annotations

import re

from .fatalities import parse_figure

#: a toll revised "from" one figure "to" another: "a finalement revu de 16 à 46 le nombre
#: de morts", "raised the death toll from 16 to 46"
_REVISED_FROM = re.compile(
    r"\b(?:revis\w*|revu\w*|r[ée]vis\w*|rais\w*|rose|risen|climb\w*|increas\w*|jump\w*|lower\w*|updat\w*"
    r"|corrected|port[ée]e?s?|pass[ée]e?s?|relev[ée]e?s?|grimp\w*|augment\w*|alourdi\w*|mont[ée]e?s?)\b"
    r"[^.;]{0,60}?\b(?:from|de)\s*$",
    re.I,
)
_RANGE_PARTS = re.compile(r"^(?P<a>.*?\S)\s*(?:-|–|to|à)\s*(?P<b>\S.*)$")


def revised(sentence: str, m: re.Match[str]) -> list[tuple[int, int, int | None, int | None]] | None:
    """The two tolls of a revision ("revu de 16 à 46": 16 first, then 46), each exact and
    at its own offsets; None when the figure is no revision (a range "between 6 and 16")."""
    parts = _RANGE_PARTS.match(m.group(0))
    if parts is None or not _REVISED_FROM.search(sentence[max(0, m.start() - 90) : m.start()]):
        return None
    first, second = parse_figure(parts.group("a")), parse_figure(parts.group("b"))
    if first is None or second is None or first[0] is None or second[0] is None:
        return None
    a, b = m.start() + parts.start("a"), m.start() + parts.start("b")
    return [(a, m.start() + parts.end("a"), first[0], first[0]), (b, m.end(), second[0], second[0])]
