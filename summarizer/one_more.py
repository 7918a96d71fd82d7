"""One more dead of another side, told after a figure: "six police officers and a child".

The labels, like ACLED's notes, keep the two sides apart (six police, one civilian); a
figure of one side and a single dead of another are two claims, not seven "mixed" dead.
When the one is of no known side ("four civilians and an official") the two stay one
figure of mixed victims, as before.
"""

from __future__ import annotations

import re

from .victims import Victims, victims_of

_AND = re.compile(r"\b(?:and|et)\s")

#: "killed two Americans and an Indonesian in an attack": people told by nationality, one
#: more of another nation after "and" (the verb before the figure)
_NATIONALS_AND_ONE = re.compile(
    r"^\s+(?P<many>[A-Z][a-z]+s|[A-Z][a-z]+ese)\s+and\s+(?:an?|one)\s+(?P<who>[A-Z][a-z]+)"
    r"(?=\s+(?:in|on|at|near|as|who|while|during|outside|when|after)\b|\s*[,.;]|$)"
)


def and_one_national(rest: str) -> re.Match[str] | None:
    """The one more dead told by nationality after a figure of nationals ("two Americans
    and an Indonesian"); both words must be a nation's people, so "two Americans and a
    Toyota" or a name ("and a Smith") is no death."""
    from .geo import country_name  # the gazetteer loads on first use, not on import

    m = _NATIONALS_AND_ONE.match(rest)
    if m is None or not country_name(m.group("many")) or not country_name(m.group("who")):
        return None
    return m


def one_kind(one_more: re.Match[str]) -> Victims:
    """The side of the one after "and" ("a child": civilians)."""
    return victims_of(_AND.split(one_more.group(0))[-1])


def the_one_more(one_more: re.Match[str], at: int, victims: str) -> tuple[int, int, Victims] | None:
    """(start, end, victims) in the sentence of the one dead after "and", when both it and
    the figure before have a known side and the sides differ; else None. ``at`` is where the
    match was taken from (the figure's end)."""
    kind = one_kind(one_more)
    if victims == kind or "unknown" in (victims, kind):
        return None
    tail = one_more.group(0)
    words = _AND.split(tail)[-1].strip(" .;")
    start = at + tail.rfind(words)
    return start, start + len(words), kind


__all__ = ["one_kind", "the_one_more"]
