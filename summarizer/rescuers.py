"""The force that freed the people taken is not who was taken.

Why: a story of a rescue ("a military raid has freed 12 foreign sailors abducted by
militants") tells the abduction through its end; the model and the side checks read the
army, the subject of the story's verb, as a side of the abduction, and the word order
check then puts it second, as the side hit. ACLED codes the abduction's second side as
the people taken (civilians, when the story does not say they fought); the raid that
freed them is an event of its own.
"""

from __future__ import annotations

import re

from .actors import canonical_actor
from .article import Article
from .found_sides import named_group
from .schema import Actor, FatalityClaim

__all__ = [
    "CAPTORS_FLAG",
    "RESCUE_FLAG",
    "captors_not_rescuer",
    "dead_of_the_rescue",
    "rescue_fight",
    "taken_not_rescuer",
]

#: a force as the subject of freeing: "a military raid has freed", "troops rescued", "l'armée a libéré"
_FREED_BY = re.compile(
    r"\b(?:military|army|troops|soldiers|forces|police|raid|operation|commandos?|marines|armée|soldats|militaires"
    r"|forces|authorities|autorités)\b[^.;]{0,40}?\b(?:freed|rescued|liberated|released|has freed|have freed|a libéré|ont libéré"
    r"|a délivré|ont délivré|(?:able|managed|sought)\s+to\s+(?:free|rescue|liberate))\b"
    # the people taken, freed: "At least 24 hostages kidnapped by Boko Haram ... had been freed by Monday"
    r"|\b(?:hostages|captives|abductees|otages|civilians|villagers|children|students|women)\b[^.;]{0,80}?"
    r"\b(?:were|had\s+been|have\s+been|ont\s+été)\s+(?:\w+\s+)?(?:freed|rescued|released|libérés|délivrés)\b",
    re.I,
)


def taken_not_rescuer(actor2: Actor | None, sub_type: str, evidence: list[str]) -> tuple[Actor | None, list[str]]:
    """An abduction's second side that the evidence has free the captives is replaced by
    the people taken, typed civilians; flagged ``actor2_freed_the_captives:<name>``."""
    if sub_type != "Abduction/forced disappearance" or actor2 is None or actor2.type != "State forces":
        return actor2, []
    if not any(_FREED_BY.search(q) for q in evidence):
        return actor2, []
    return Actor(name="Civilians", type="Civilians", aliases=[]), [f"actor2_freed_the_captives:{actor2.name}"]


CAPTORS_FLAG = "actor1_the_captors_not_the_rescuers"

#: who took them, as the text names it: "abducted by gunmen", "seized by the Abu Sayyaf"
_TAKEN_BY = re.compile(
    r"\b(?:kidnapped|abducted|seized|taken hostage|snatched|enlevée?s?|kidnappée?s?|pris en otage)\s+"
    r"(?:[\w'’-]+\s+){0,5}?(?:by|par)\s+((?:[\w'’-]+\s*){1,7})",
    re.I,
)
#: who took them as the verb's subject: "gunmen in Ituri kidnapped", "MEND, which kidnapped"
_TOOK = re.compile(
    r"((?:[^\s.;]+[\s,]+){1,7}?)(?:which |who |that )?(?:has |have |had )?(?:kidnapped|abducted|seized)\s+"
    r"(?:them|him|her|(?:\w+ ){1,2}(?:people|workers|students|girls|hostages|foreigners|villagers))",
    re.I,
)
#: held, not taken: weaker evidence of who took them ("held by the Taliban since 2016")
_HELD_BY = re.compile(r"\b(?:held|holding)\s+(?:hostage\s+|captive\s+)?by\s+((?:[\w'’-]+\s*){1,7})", re.I)
_TAKER_WORDS = re.compile(
    r"\b(?:gunmen|militants?|rebels?|insurgents?|pirates|kidnappers|captors|armed men|bandits|fighters"
    r"|assailants|hommes armés|ravisseurs|assaillants)\b",
    re.I,
)
#: the state's own forces as the takers: "soldiers abducted", "security forces detained"
_STATE_TOOK = re.compile(
    r"\b(?:soldiers|troops|army|military|police|security forces|forces|agents|militaires|soldats|policiers)\b"
    r"(?:\s+(?!rescue|rescued|free|freed|search|about|retracts?)[\w'’-]+){0,3}?\s+"
    r"(?:kidnapped|abducted|detained|disappeared|took away|arrested|ont enlevé|ont arrêté)\s+(?!by\b|par\b)",
    re.I,
)
_STATE_SIDES = frozenset({"State forces", "External/Other forces"})


def _captor(mention: str, country: str, art: Article) -> Actor | None:
    named = named_group(mention, country, art)
    if named is not None:
        return canonical_actor(art.acronyms.get(named[0]) or named[0], country=country)
    if _TAKER_WORDS.search(mention):
        return Actor(name="Unidentified Armed Group", type="Rebel group", aliases=[])
    return None


def captors_not_rescuer(
    actor1: Actor | None, sub_type: str, art: Article, country: str
) -> tuple[Actor | None, list[str]]:
    """An abduction's first side that is a state's or a foreign force is replaced by the
    captors the article names ("seized by the Abu Sayyaf", "gunmen kidnapped them"), else by
    an unidentified armed group; flagged. Why: in rescue and search stories the small model
    reads the force that freed or sought the captives as the side that took them, and ACLED
    codes the abduction as done by the captors. A state that itself took people ("soldiers
    abducted ...") keeps the event."""
    if sub_type != "Abduction/forced disappearance" or actor1 is None or actor1.type not in _STATE_SIDES:
        return actor1, []
    text = art.text
    if _STATE_TOOK.search(text):
        return actor1, []
    told = (_captor(m.group(1), country, art) for p in (_TAKEN_BY, _TOOK, _HELD_BY) for m in p.finditer(text))
    captors = next((c for c in told if c is not None), None) or Actor(
        name="Unidentified Armed Group", type="Rebel group", aliases=[]
    )
    return captors, [f"{CAPTORS_FLAG}:{actor1.name}"]


#: a force storming the captors' hold: "Thai commandos ... stormed the hospital", "troops raided the house"
_STORMED = re.compile(
    r"\b(?:military|army|troops|soldiers|forces|police|commandos?|marines|special forces|armée|soldats|militaires)\b"
    r"[^.;]{0,60}?\b(?:stormed|raided|storming|raiding|assaulted|ont donné l['’]assaut|a donné l['’]assaut)\b",
    re.I,
)


def rescue_fight(sub_type: str, victims: list[str], evidence: list[str]) -> tuple[str, list[str]]:
    """(sub-type, flags): an abduction whose counted dead are the captors, killed when a
    force stormed their hold ("Thai commandos ... stormed the hospital ... nine insurgents
    were dead and all of the hostages ... were freed"), is the rescue's fight: an armed
    clash between the force and the captors (ACLED), not the taking of the hostages."""
    if sub_type != "Abduction/forced disappearance" or not victims or any(v != "non_state" for v in victims):
        return sub_type, []
    if not any(_STORMED.search(q) for q in evidence):
        return sub_type, []
    return "Armed clash", [f"sub_type_corrected_from:{sub_type} (the captors killed in a rescue)"]


RESCUE_FLAG = "claim_of_the_rescue"
#: dead told as the rescue's: "one guerrilla killed in the rescue", "during a rescue operation"
_IN_THE_RESCUE = re.compile(
    r"\b(?:in|during)\s+(?:the|a|an)\s+(?:[\w-]+\s+)?rescue\b|\brescue\s+(?:operation|mission|attempt|raid)\b"
    r"|\blors de (?:la|l['’])\s*(?:lib[ée]ration|op[ée]ration de sauvetage)\b",
    re.I,
)


def dead_of_the_rescue(
    sub_type: str, claims: list[FatalityClaim]
) -> tuple[list[FatalityClaim], list[FatalityClaim], list[str]]:
    """(kept, moved, flags): an abduction's claims of people "killed in the rescue" are the
    rescue's dead, another event (the force against the captors), not the abduction's.
    Why: the taking of hostages killed nobody when the only dead are those of the raid that
    freed them, and ACLED codes the abduction with its own toll."""
    if sub_type != "Abduction/forced disappearance":
        return claims, [], []
    moved = [c for c in claims if _IN_THE_RESCUE.search(c.quote)]
    kept = [c for c in claims if not any(c is m for m in moved)]
    return kept, moved, [f"{RESCUE_FLAG}:{c.low}" for c in moved]
