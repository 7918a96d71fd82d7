"""Two sides named in one phrase: "the Ayr and Marehan clans" clashed.

Why: the small model copies the phrase that names both sides into actor1 and leaves actor2
to the people hit; the alias table then reads the phrase as one group ("Ayr Marehan Clan
Militia"). A fight between two clans, tribes or communities has each as a side, the first
named first (FORMAT.md: actor1 is the first side named when the article does not say who
started it).
"""

from __future__ import annotations

import re

from .actors import canonical_actor
from .schema import Actor

__all__ = ["two_sides_in_one"]

#: "the Ayr and Marehan clans", "Dinka and Nuer tribesmen", "les communautés peule et dogon"
_PAIR = re.compile(
    r"^(?:the\s+)?(?P<a>[A-Z][\w'’-]+)\s+(?:and|et)\s+(?P<b>[A-Z][\w'’-]+)\s+"
    r"(?P<kind>clans?|sub-clans?|clan militias?|tribes?|tribesmen|ethnic militias?|militias?)$"
)
#: a side that is only the people hit, or nobody
_NO_ARMED_SIDE = frozenset({"Civilians", "Unidentified Armed Group"})


def two_sides_in_one(
    mention: str, actor1: Actor | None, actor2: Actor | None, country: str | None
) -> tuple[Actor | None, Actor | None, list[str]]:
    """(actor1, actor2, flags): the two groups of actor1's mention as the event's two
    sides, when the other side is nobody armed; else the sides unchanged."""
    pair = _PAIR.match(mention.strip())
    if pair is None or actor1 is None or (actor2 is not None and actor2.name not in _NO_ARMED_SIDE):
        return actor1, actor2, []
    kind = pair.group("kind").split()[0].rstrip("s").replace("tribesmen", "tribe")
    first = canonical_actor(f"{pair.group('a')} {kind}", country=country)
    second = canonical_actor(f"{pair.group('b')} {kind}", country=country)
    if first.type != "Identity militia" or second.type != "Identity militia" or first.name == second.name:
        return actor1, actor2, []
    return (
        first.model_copy(update={"aliases": [mention]}),
        second.model_copy(update={"aliases": [mention]}),
        [f"sides_two_in_one:{mention}"],
    )
