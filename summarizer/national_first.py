"""The country's own forces named beside a foreign force are the side that acted.

Why: "Somali and African Union (AMISOM) forces have re-taken the southwestern town of
Bulomarer", "a joint attack by U.S. and Somali government forces": the model put the foreign
force first, where ACLED codes the country's forces as the actor and the foreign one as
associated (the labels do too), whichever the sentence names first.
"""

from __future__ import annotations

import re

from .actors import canonical_actor
from .schema import Actor

__all__ = ["national_forces_first"]

Flags = list[str]

#: the country's forces named first beside a foreign one: "Somali and African Union (AMISOM) forces"
_NATIONAL_AND_FOREIGN = re.compile(
    r"\b(?P<a>[A-Z][\w'’-]+)\s+and\s+(?:[A-Z][\w'’.-]+\s+){1,4}(?:\([A-Z]{2,8}\)\s+)?(?:troops|forces|soldiers)\b"
)

#: the foreign force named first in a joint one: "a joint attack by U.S. and Somali government
#: forces" is still the country's own forces' operation, the foreign one associated
_FOREIGN_AND_NATIONAL = re.compile(
    r"\b[A-Z][\w.'’-]+\s+and\s+(?P<a>[A-Z][\w'’-]+)\s+(?:government\s+|national\s+|army\s+)?(?:troops|forces|soldiers)\b"
)


def national_forces_first(actor1: Actor | None, evidence: list[str], country: str | None) -> tuple[Actor | None, Flags]:
    """A foreign force the model put first, where the evidence names the country's own forces
    first beside it ("Somali and African Union (AMISOM) forces have re-taken ..."): ACLED codes
    the country's forces as the actor and the foreign mission as associated."""
    if actor1 is None or actor1.type != "External/Other forces" or not country:
        return actor1, []
    for sentence in evidence:
        for pattern in (_NATIONAL_AND_FOREIGN, _FOREIGN_AND_NATIONAL):
            for m in pattern.finditer(sentence):
                own = canonical_actor(f"{m['a']} forces", country=country)
                if own.type == "State forces" and own.name.endswith(f"of {country}"):
                    flag = f"actor1_national_forces_first:{actor1.name}"
                    return own.model_copy(update={"aliases": [m.group(0)]}), [flag]
    return actor1, []
