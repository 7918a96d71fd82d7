"""A group named only as the owner of the place hit is no doer of the attack.

"Blast Hits Hezbollah Stronghold Near Beirut" over "a car bombing in a suburb of the
Lebanese capital controlled by Lebanon's Shi'ite militant group Hezbollah": the small model
reads the one group the evidence names as the bomber. When every time the evidence names
actor1 it names the place's owner or the target ("stronghold", "controlled by", "a message
to"), or as the party one of whose people died ("UNITA Parliamentary deputy ... was found
dead", "UNITA says Mr. Jacob was assassinated"), and nothing there tells it acted, the
attacker is unnamed: actor1 becomes the
Unidentified Armed Group, flagged ``actor1_owns_the_place_hit:<name>``.
"""

from __future__ import annotations

import re

from .folding import fold
from .schema import Actor, Event

FLAG = "actor1_owns_the_place_hit"

#: the words before a group that make it the place's owner or the target
_OWNER_BEFORE = re.compile(
    r"\b(?:controlled by|held by|run by|dominated by|loyal to|stronghold of|strongholds of|bastion of|territory of"
    r"|message to|aimed at|targeting|against|contr[oô]l[ée]e?s? par|tenue?s? par|fief d[eu']|bastion d[eu']"
    r"|visant|contre)\s+(?:[\w'’-]+\s+){0,5}$",
    re.I,
)
#: the words after a group that make it the place's owner ("Hezbollah stronghold", "Houthi-held")
_OWNER_AFTER = re.compile(
    r"^(?:-controlled|-held|-run|-dominated|\s+(?:stronghold|strongholds|bastion|bastions|controlled|held|territory"
    r"|area|areas|neighborhood|neighbourhood|chief|leader|leaders|supporters)\b"
    # one of its own people was the dead: "UNITA Parliamentary deputy Joao Ngalangombe Jacob was found dead"
    r"|\s+(?:[\w-]+\s+)?(?:deputy|deputies|lawmaker|lawmakers|official|officials|politician|representative)\b"
    # it tells another's deed in the passive: "UNITA says Mr. Jacob was assassinated"
    # or its own dead: "The UNITA rebel movement in Angola says the recent killing of one of its deputies"
    r"|\s+(?:[\w'’-]+\s+){0,4}?(?:says|said|claims|claimed|insists|maintains)\s+(?:that\s+)?[^.;]{0,60}?"
    r"(?:\b(?:was|were|had been|has been)\s+(?:assassinated|killed|murdered|shot|found dead|executed|abducted|kidnapped)\b"
    r"|\b(?:killing|death|murder|assassination)\s+of\s+(?:one of\s+)?its\b))",
    re.I,
)
_VIOLENT_ONE_SIDED = {
    "Remote explosive/landmine/IED", "Suicide bomb", "Grenade", "Air/drone strike", "Shelling/artillery/missile attack",
    "Attack",
}  # fmt: skip
_NAMED_ARMED = {"Rebel group", "Political militia", "Identity militia"}


def _mentions(actor: Actor) -> list[str]:
    words = {actor.name, *actor.aliases}
    return sorted({fold(w).lower().strip() for w in words if w and len(w.strip()) > 2}, key=len, reverse=True)


def owner_not_doer(event: Event) -> None:
    """actor1 made the Unidentified Armed Group when the evidence names it only as the
    owner of the place hit or as the target (in place)."""
    actor = event.actor1
    if actor is None or actor.type not in _NAMED_ARMED or event.sub_event_type not in _VIOLENT_ONE_SIDED:
        return
    owned = 0
    for quote in event.evidence:
        text = fold(quote).lower()
        for mention in _mentions(actor):
            for m in re.finditer(rf"(?<![\w-]){re.escape(mention)}(?![\w])", text):
                if _OWNER_BEFORE.search(text[: m.start()]) or _OWNER_AFTER.match(text[m.end() :]):
                    owned += 1
                else:
                    return  # named as itself somewhere: it may have acted
            if mention in text:
                break  # the longest mention found in this quote speaks for it
    if owned:
        event.flags.append(f"{FLAG}:{actor.name}")
        event.actor1 = Actor(name="Unidentified Armed Group", type="Rebel group", aliases=[])
