"""The two sides of a fight the sentence tells "between" them, when its dead are bystanders.

"A battle between NATO troops and Taliban militants in Uruzgan province last Friday left
two civilians dead": the civilians are who died, not a side; the sides are the two named
after "between". An event found in the text took the first group before the figure and, the
dead being civilians, made them actor2, so the record said an unnamed group attacked
civilians. When both words after "between" resolve to a known group or a state's force,
they are the event's two sides, in the order told.
"""

from __future__ import annotations

import re

from .actors import canonical_actor, is_named
from .schema import ActorType

__all__ = ["BETWEEN", "sides_between"]

#: a fight told by its two sides: "fighting between pro-government troops and insurgents"
BETWEEN = re.compile(r"\b(?:between|entre)\s+([^,;.]{3,60}?)\s+(?:and|et)\s", re.I)
#: the second side runs to the first word that is no longer a name of it
_SECOND = re.compile(
    r"(?:the\s+|les?\s+|la\s+|l['’])?(?P<b>[^,;.]{2,60}?)(?=\s+(?:in|on|at|near|last|this|that|which|who|left|killed"
    r"|has|have|had|was|were|dans|à|au|qui|a|ont)\b|[,;.]|$)",
    re.I,
)
_STATE_TYPES = ("State forces", "External/Other forces")


def sides_between(text: str, country: str) -> tuple[str, ActorType, str, ActorType] | None:
    """(actor1, type, actor2, type) mentions of the fight "between" two known sides, else None."""
    m = BETWEEN.search(text)
    if m is None:
        return None
    second = _SECOND.match(text, m.end())
    if second is None:
        return None
    first_words = re.sub(r"^(?:the|les?|la|l['’])\s*", "", m.group(1).strip(), flags=re.I)
    one = canonical_actor(first_words, country=country)
    two = canonical_actor(second.group("b"), country=country)
    known = [is_named(a) or a.type in _STATE_TYPES for a in (one, two)]
    if not all(known) or one.name == two.name:
        return None
    return first_words, one.type, second.group("b"), two.type
