"""One person killed, told without a number, is the event's claim of one dead.

Why: "a policeman was killed", "killing a police officer", "intelligence chief Tahlil
Abdishakur died Monday" are death figures the codebook lists (1, told by the sentence's
source or the outlet), and a reader who looks for the toll finds none when the event
carries only ACLED's stand-in count. The records already read such evidence as ACLED's
"one" (``running_numbers.unnumbered_deaths``); this pass gives an event so read, and still
without any claim after the other checks, the claim of one from the sentence that tells it,
with the victims its noun names. Its totals stay as they are: they were already one.
"""

from __future__ import annotations

from .article import Article
from .attribution import attribution
from .running_numbers import UNNUMBERED_FLAG, one_killed
from .schema import Event
from .sentence_claims import sentence_claim
from .victims import victims_of

__all__ = ["FLAG", "add_single_dead"]

FLAG = "claim_one_dead_unnumbered"


def add_single_dead(art: Article, events: list[Event]) -> None:
    """Give each event read as one dead without a number its claim of one (in place, flagged)."""
    for event in events:
        if event.fatality_claims or f"{UNNUMBERED_FLAG}:one" not in event.flags:
            continue
        for quote in event.evidence:
            i = art.sentence_of(quote)
            if i is None:
                continue
            sentence = art.sentence_text(i)
            m = one_killed(sentence)
            if m is None:
                continue
            claimant = attribution(sentence) or art.meta.outlet or "outlet"
            event.fatality_claims.append(sentence_claim(art, i, 1, victims_of(m.group(0)), claimant))
            event.flags.append(f"{FLAG}:{m.group(0)}")
            break
