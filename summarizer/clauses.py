"""The clauses of a sentence: where one figure's words end and another's begin.

"X put the toll at 50, while Y said 38": each figure takes the attribution of its own
clause; "killed at least 12 people, adding to hundreds of killings in recent months": the
months scope the hundreds, not the 12.
"""

from __future__ import annotations

import re

_CLAUSE_SPLIT = re.compile(
    r",\s+(?:while|whereas|but|and|tandis que|alors que|mais)\b|;|\bwhile\b|\bwhereas\b|\bbut\b|\bmais\b"
    # "killed at least 12 people, adding to hundreds of killings in recent months": the
    # months scope the hundreds, not the 12
    r"|,\s+(?:adding to|on top of|in addition to|s['’]ajoutant [àa]|en plus d)"
    # "killed one Palestinian ... Friday, just hours after a bomb in the Gaza Strip killed
    # three soldiers": what came before is another happening, with its own place and dead
    r"|,\s+(?=(?:just\s+|only\s+|barely\s+)?(?:hours?|days?|a day|one day|weeks?|a week)\s+after\b)"
    # "parlent d'au moins 24 morts, une dizaine de disparus, selon nos sources 12 à 17
    # manquent à l'appel": a source named before a figure of its own speaks for that one
    r"|,\s+(?=(?:selon|d['’]apr[èe]s|according to)\s+(?:[\w'’-]+\s+){1,4}?\d)"
    # "killing 21 people, as heavy fighting spread within the old city of Aleppo": the
    # fighting told beside it is another happening, with its own place
    r"|,\s+(?=as\s+(?:[\w'’-]+\s+){1,4}?(?:spread|spreads|raged|rages|continued|continues|erupted|broke\s+out"
    r"|intensified|resumed|flared|escalated)\b)"
    # "shot dead dozens of people -- the fourth such massacre reported this week": an aside
    # counting attacks scopes the attacks, not the dozens
    r"|(?:\s+(?:--|—|–)|,)\s+(?=the\s+(?:\w+\s+)?(?:such|latest|last|first|second|third|fourth|fifth|sixth|seventh"
    r"|eighth|ninth|tenth)\b)",
    re.I,
)


def attributed_here(sentence: str, clause: str, claimant: str) -> bool:
    """Whether the sentence's source can speak for ``clause``: it is named in the clause,
    before it, or in no other clause of the sentence that follows it."""
    at = sentence.find(claimant)
    start = sentence.find(clause)
    if at < 0 or start < 0:
        return True
    end = start + len(clause)
    if at < end:
        return True
    # named after the clause: it speaks for it unless a new clause opens with it ("...,
    # and the military says gunmen killed two soldiers")
    later = sentence[end:]
    opens = re.match(r"^\s*,?\s*(?:and|while|whereas|but|et|tandis que|alors que)\b", later, re.I)
    # "..., officials said." at the sentence's end speaks for all of it
    return not (opens and re.match(rf"\s*(?:the\s+|les?\s+|la\s+)?{re.escape(claimant)}", later[opens.end() :], re.I))


def clause_of(sentence: str, start: int) -> str:
    """The clause of the sentence that holds position ``start``."""
    cuts = [0, *(m.start() for m in _CLAUSE_SPLIT.finditer(sentence)), len(sentence)]
    for a, b in zip(cuts, cuts[1:], strict=False):
        if a <= start < b:
            return sentence[a:b]
    return sentence


__all__ = ["attributed_here", "clause_of"]
