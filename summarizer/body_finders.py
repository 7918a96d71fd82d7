"""The force that found the dead is not who killed them.

Why: a story of bodies found ("Les deux cadavres ont été découverts jeudi dans la rivière
... La police burundaise promet de terminer l'identification de deux corps") names one
side, the police who search, identify or investigate; the small model puts it first, as
the killer. In the gold labels an attack told by its bodies found has a state's force
first once in 23 (a massacre its evidence lays at the army's door); the rest are armed
groups, most of them unnamed. So a force first on such an attack, when no sentence of the
evidence has it kill, shoot or fire, gives way to an unidentified armed group, flagged.
"""

from __future__ import annotations

import re

from .schema import Actor, Event

__all__ = ["FLAG", "finder_not_killer"]

FLAG = "actor1_found_the_dead"

#: the dead told as bodies found: "bodies were found", "cadavres ont été découverts"
_BODIES_FOUND = re.compile(
    r"\b(?:bod(?:y|ies)|corpses?|remains|corps|cadavres?|dépouilles?)\b[^.;]{0,80}?\b(?:found|discovered|recovered"
    r"|pulled|retrieved|dumped|washed|découverts?|retrouvée?s?|repêchée?s?|extraite?s?)\b"
    r"|\b(?:found|discovered|recovered|retrieved|découvert|retrouvé|repêché|extrait)\s+(?:the\s+|les\s+|des\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?(?:bod(?:y|ies)|corpses?|remains|corps|cadavres?)\b",
    re.I,
)
#: a force's own deed of violence, or a killing laid at its door
_FORCE_KILLED = re.compile(
    r"\b(?:killed|shot|executed|opened fire|fired|gunned down|massacred|tortured|beat|arrested and killed|tué\w*"
    r"|abattu\w*|exécut\w*|tir[ée]\w*|ont ouvert le feu|massacr\w*|tortur\w*)\b",
    re.I,
)
_FORCE_WORDS = re.compile(
    r"\b(?:police\w*|soldiers?|troops|army|military|security forces|gendarm\w*|militaires?|soldats?|armée|forces)\b",
    re.I,
)


def _force_does_violence(sentence: str) -> bool:
    """Whether a sentence puts a force beside a killing verb ("police shot", "tués par des
    militaires"): then the force may be the killer and stays."""
    for m in _FORCE_WORDS.finditer(sentence):
        near = sentence[max(0, m.start() - 60) : m.end() + 60]
        if _FORCE_KILLED.search(near):
            return True
    return False


def finder_not_killer(event: Event) -> None:
    """An attack told by its bodies found, with a state's force first that no sentence of
    the evidence has kill, takes an unidentified armed group first (in place), flagged."""
    actor1 = event.actor1
    if event.sub_event_type != "Attack" or actor1 is None or actor1.type != "State forces":
        return
    evidence = event.evidence
    if not any(_BODIES_FOUND.search(q) for q in evidence):
        return
    if any(_force_does_violence(q) for q in [*evidence, *(c.quote for c in event.fatality_claims)]):
        return
    event.actor1 = Actor(name="Unidentified Armed Group", type="Rebel group", aliases=[])
    event.flags.append(f"{FLAG}:{actor1.name}")
