"""People taken, not killed: a fight or an attack the evidence tells only as people seized.

Why: the small model codes "Somali gunmen have seized three foreign aid workers" or
"Taliban special forces ... arrested 12 operatives of the Islamic State" as a clash or an
attack. With no one killed and no fight told, ACLED codes the first as an abduction and the
second, by a state's forces, as arrests (a strategic development).
"""

from __future__ import annotations

import re

from .death_words import DEATH_AFTER
from .schema import Actor

__all__ = ["arrests_by_the_state", "taken_kind"]

_TAKEN_AWAY = re.compile(r"\b(?:kidnap\w*|abduct\w*|hostages?|enlev\w*|enl[èe]vements?|otages?)\b", re.I)
#: a state's round-up: "arrested 12 operatives", "detained 25 suspects", "ont interpellé"
_ARRESTED = re.compile(
    r"\b(?:arrested|detained|rounded up|apprehended|arrests?\s+of|interpell[ée]\w*|arr[êe]t[ée]\w*)\b", re.I
)
_STATES = frozenset({"State forces", "External/Other forces"})


def taken_kind(sub_type: str, evidence: str, clash_words: re.Pattern[str]) -> str | None:
    """Abduction, for an event whose evidence tells people taken and no one killed nor a
    fight; None otherwise (arrests wait for the sides: ``arrests_by_the_state``)."""
    if sub_type not in (
        "Armed clash", "Attack", "Government regains territory", "Non-state actor overtakes territory"
    ):  # fmt: skip
        return None
    if DEATH_AFTER.search(evidence) or clash_words.search(evidence):
        return None
    if _TAKEN_AWAY.search(evidence):
        return "Abduction/forced disappearance"
    return None


def arrests_by_the_state(
    sub_type: str, actor1: Actor | None, evidence: list[str], clash_words: re.Pattern[str]
) -> tuple[str, list[str]]:
    """A clash or attack whose evidence tells only people arrested by a state's forces (read
    once the sides are named: the Taliban are Afghanistan's forces after August 2021)."""
    joined = " ".join(evidence)
    if (
        sub_type in ("Armed clash", "Attack")
        and actor1 is not None
        and actor1.type in _STATES
        and _ARRESTED.search(joined)
        and not DEATH_AFTER.search(joined)
        and not clash_words.search(joined)
    ):
        return "Arrests", [f"sub_type_corrected_from:{sub_type}"]
    return sub_type, []
