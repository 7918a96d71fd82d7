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

from .schema import Actor

__all__ = ["taken_not_rescuer"]

#: a force as the subject of freeing: "a military raid has freed", "troops rescued", "l'armée a libéré"
_FREED_BY = re.compile(
    r"\b(?:military|army|troops|soldiers|forces|police|raid|operation|commandos?|marines|armée|soldats|militaires"
    r"|forces)\b[^.;]{0,40}?\b(?:freed|rescued|liberated|released|has freed|have freed|a libéré|ont libéré"
    r"|a délivré|ont délivré)\b",
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
