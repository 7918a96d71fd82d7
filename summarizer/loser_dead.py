"""A force that "lost" men counts its own dead: "SPLA forces lost four fighters".

Why: the figure's noun ("fighters", "men") reads as insurgents, so an army's four dead
joined the rebels' 56 as alternatives for one group of victims, and ACLED's conservative
count fell to four. The force named right before "lost" is whose dead they are when the
alias table knows it, in the article's country, as state forces ("SPLA" is South Sudan's
army after 2011; "the rebels lost ten fighters" stays the rebels').
"""

from __future__ import annotations

import dataclasses
import re

from .actors import canonical_actor
from .deaths import DeathFigure

__all__ = ["losers_dead"]

_LOST_BEFORE = re.compile(
    r"(?P<who>(?:[A-Z][\w.’'/-]*\s+){0,3}?(?:[A-Z][\w.’'/-]*|army|military|forces|troops|police))\s+"
    r"(?:has\s+|had\s+|have\s+)?(?:lost|a\s+perdu|ont\s+perdu)\s+(?:at\s+least\s+|au\s+moins\s+)?$"
)


def _state_force(words: list[str], country: str | None) -> bool:
    # "He says SPLA forces": the force is in the last one to three words
    sides = [canonical_actor(" ".join(words[-k:]), country=country) for k in range(min(3, len(words)), 0, -1)]
    return any(s.type == "State forces" and not s.name.startswith("Government") for s in sides)


def losers_dead(
    figures: list[DeathFigure], text: str, sentences: list[tuple[int, int]], country: str | None
) -> list[DeathFigure]:
    """The figures, with a state force's own losses counted as state forces' dead."""
    out = []
    for f in figures:
        if f.victims in ("non_state", "unknown") and not f.generic:
            m = _LOST_BEFORE.search(text[sentences[f.sentence][0] : f.start])
            if m and _state_force(m.group("who").split(), country):
                f = dataclasses.replace(f, victims="state_forces")
        out.append(f)
    return out
