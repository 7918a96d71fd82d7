"""A headline's vague count gives way to the precise figure of the event's own evidence.

Why: "Dozens Killed in Southern Iraq City ..." over a lead that says "The French news agency
is reporting 22 protesters were killed": the model gave the headline's "dozens" only, and
the event read 12 dead from a word where the article gives 22. A vague count in the title
repeats the body's figure; when an event's every claim is such a count, the precise death
figures of its evidence sentences stand in for it (flagged). Figures of the evidence are
otherwise never added (``check_claims``): here the headline shows they are this event's.
"""

from __future__ import annotations

from collections.abc import Sequence

from .article import Article
from .claimcheck import claimant_for, to_claim
from .schema import FatalityClaim

__all__ = ["FLAG", "precise_for_vague_headline"]

FLAG = "claim_from_evidence_for_a_vague_headline"


def precise_for_vague_headline(
    claims: list[FatalityClaim], art: Article, evidence: Sequence[int]
) -> tuple[list[FatalityClaim], list[str]]:
    """(claims, flags): the evidence's precise figures instead of a headline's vague ones."""
    if not claims or not art.sentences:
        return claims, []
    title_end = art.sentences[0][1]
    vague = {f.low for f in art.death_figures if f.sentence == 0 and f.vague}
    if not all(c.span is not None and (c.span.start or 0) < title_end and c.low in vague for c in claims):
        return claims, []
    precise = [
        f
        for f in art.death_figures
        if f.sentence in evidence and f.sentence != 0 and f.scope == "event" and not f.vague and f.low is not None
    ]
    if not precise:
        return claims, []
    instead = [to_claim(f, f.victims, claimant_for(f, "", art), art) for f in precise]
    return instead, [f"{FLAG}:{f.text}" for f in precise]
