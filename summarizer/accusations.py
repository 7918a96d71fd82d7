"""The side accused of a killing did it, as far as the record can say; its accuser did not.

Why: a story told as an accusation ("Le M23 accuse l'armée d'avoir exécuté dix prisonniers
de guerre", "Rights groups accuse the army of killing 30 villagers") names the accuser first
and loudest, and the small model makes it actor1. ACLED codes the accused as the actor of a
reported killing (a denial is noted, not a reason to drop it), so the side the accusation
names after the verb, when the alias table knows it as an armed side or a state's force,
takes actor1's place from the accuser, flagged ``actor1_the_accused:<name>``.
"""

from __future__ import annotations

import re

from .actors import canonical_actor, is_raw
from .schema import Actor, Event

__all__ = ["FLAG", "accused_not_accuser"]

FLAG = "actor1_the_accused"

#: "<accuser> accuses <accused> of killing", "accuse l'armée d'avoir exécuté"
_ACCUSES = re.compile(
    r"\b(?:accus(?:e|es|ed|ing)|accusent|a accusé|ont accusé)\s+(?P<who>(?:the\s+|l['’]|les?\s+|la\s+|des\s+)?"
    r"[\w'’-]+(?:\s+[\w'’-]+){0,4}?)\s+(?:of\s+(?:having\s+)?|d['’]avoir\s+|de\s+)"
    r"(?:killing|killed|executing|executed|massacring|shooting|murdering|torturing|exécuté|tué|massacré|abattu|assassiné"
    r"|tuer|exécuter|massacrer)\b",
    re.I,
)
_ARMED = ("State forces", "External/Other forces", "Rebel group", "Political militia", "Identity militia")


def accused_not_accuser(event: Event, country: str | None) -> None:
    """The accused side becomes actor1 when the model put the accuser there (in place)."""
    actor1 = event.actor1
    if actor1 is None or event.event_type not in (
        "Violence against civilians",
        "Battles",
        "Explosions/Remote violence",
    ):
        return
    names = [actor1.name, *actor1.aliases]
    for quote in event.evidence:
        m = _ACCUSES.search(quote)
        if m is None:
            continue
        before = quote[: m.start()].lower()
        if not any(n and n.lower() in before for n in names):
            continue  # the accuser is not the model's actor1
        accused = canonical_actor(m["who"], country=country)
        if accused.type not in _ARMED or is_raw(accused, m["who"]) or accused.name == actor1.name:
            continue
        if event.actor2 is not None and event.actor2.name == accused.name:
            # the accused was read as the one hit: the hit are the people killed
            civilians = event.event_type == "Violence against civilians"
            event.actor2 = Actor(name="Civilians", type="Civilians", aliases=[]) if civilians else None
        event.actor1 = accused.model_copy(update={"aliases": [m["who"]]})
        event.flags.append(f"{FLAG}:{accused.name}")
        return
