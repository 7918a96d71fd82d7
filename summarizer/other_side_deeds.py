"""A toll the article gives to the other side's own deed is not this event's.

Why: "Israeli warplanes have been pounding Lebanon ... On Thursday, Hezbollah fired more
than 150 rockets into Israel, killing eight civilians": the model put the eight into the
Israeli strike on Hezbollah, so the record of the strike counted the dead of the rockets.
A claim whose sentence tells the event's second side doing the killing ("Hezbollah fired
..., killing", "the rebels ambushed ... and killed") belongs to that side's own attack,
not to the one it suffered. The claim leaves the event for the article's context (the
summary may still tell it) and the event is counted again; the event keeps at least the
claims its own side's deeds give it.
"""

from __future__ import annotations

import re

from .claimcheck import recount_event
from .schema import Event, FatalityClaim

__all__ = ["deeds_of_the_other_side_out"]

_ARMED = ("State forces", "External/Other forces", "Rebel group", "Political militia", "Identity militia")
#: "Taleban militants were killed": the side suffered, it did not act
_PASSIVE = r"(?:was|were|been|being|is|are|have|has|had)\b"
_DEED = (
    r"(?:fired|launched|attacked|ambushed|shelled|bombed|struck|stormed|raided|killed|opened fire|set off|detonated"
    r"|carried out|hit)"
)


def _told_as_doer(names: list[str], quote: str) -> bool:
    """Whether the quote opens a killing with one of these names as the subject of a deed."""
    for name in names:
        words = re.escape(name).replace(r"\ ", r"\s+")
        told = rf"\b{words}\b(?:\s+(?:guerrillas|fighters|militants|rebels|forces|troops))?\s+(?:(?!{_PASSIVE})\w+\s+)?"
        if re.search(told + rf"{_DEED}\b", quote):
            return True
    return False


def _names(actor_name: str, aliases: list[str]) -> list[str]:
    short = actor_name.split(":")[0].strip()
    return [n for n in {actor_name, short, *aliases} if n and n[0].isupper() and len(n) >= 3]


def deeds_of_the_other_side_out(events: list[Event], context: list[FatalityClaim]) -> None:
    """Move out of each event the claims its sentences give to the second side's deed (in place)."""
    for ev in events:
        a1, a2 = ev.actor1, ev.actor2
        if a1 is None or a2 is None or a1.type not in _ARMED or a2.type not in _ARMED or a1.name == a2.name:
            continue
        theirs, ours = _names(a2.name, a2.aliases), _names(a1.name, a1.aliases)
        out = [c for c in ev.fatality_claims if _told_as_doer(theirs, c.quote) and not _told_as_doer(ours, c.quote)]
        if not out or len(out) == len(ev.fatality_claims):
            continue
        ev.fatality_claims = [c for c in ev.fatality_claims if c not in out]
        context += [c for c in out if c not in context]
        ev.flags += [f"claim_a_deed_of_the_other_side:{c.low}" for c in out]
        recount_event(ev)
