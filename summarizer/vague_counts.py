"""A vague count ("several soldiers", "dozens") beside a precise one of the same victims.

Why: "Mine Blast Kills 7 Sri Lankan Soldiers ... The attack killed several soldiers and one
Sri Lankan officer": the body's "several" (three by ACLED's rule for a count without a
number) retells the seven, it is no rival count of its own; taking it as one made ACLED's
lowest figure three. A vague count above the precise one ("dozens" beside "12") may hold
other dead and stays a claim, so ACLED keeps the lowest; a headline's or lead's vague count
only repeats the body's figure, whatever its size. Only the small vague words retell: "several"
or "a few" says no more than "more than two", while "dozens" (12) is a lower bound of its own,
ACLED's lowest when a source gives it beside another's "at least 25" (gold: 2 of 2 such
"several" set aside, 1 of 1 such "dozens" kept).
"""

from __future__ import annotations

from .article import Article
from .schema import FatalityClaim

__all__ = ["precise_over_vague", "vague_below"]

#: the most a vague word that only retells a precise count stands for ("several": 3)
_RETELLS_AT_MOST = 3


def precise_over_vague(
    kept: list[FatalityClaim], vague: dict[int, bool], lead: set[int]
) -> tuple[list[FatalityClaim], list[str]]:
    """The claims without the vague counts a precise figure of the same victims covers, and
    the flags. ``vague``: id of each vague count's claim -> whether it stands in the headline
    or the lead; ``lead``: ids of the exact figures' claims there. A body's small vague count
    is set aside only for a precise figure of the headline or lead: a body figure may be
    another day's ("troops killed 80 militants" on Wednesday, beside Thursday's "several
    militants dead")."""
    precise: dict[str, int] = {}
    for c in kept:
        if id(c) not in vague:
            precise[c.victims] = max(c.low or 0, precise.get(c.victims, 0))
    told_first = {c.victims: c.low or 0 for c in kept if id(c) in lead}
    dropped = [
        c
        for c in kept
        if id(c) in vague
        and c.victims in precise
        and (vague[id(c)] or (c.low or 0) < min(told_first.get(c.victims, 0), _RETELLS_AT_MOST + 1))
    ]
    flags = [f"claim_vague_replaced_by_precise:{c.low}" for c in dropped]
    return [c for c in kept if not any(c is d for d in dropped)], flags


def vague_below(art: Article, claims: list[FatalityClaim], added: list[FatalityClaim]) -> list[FatalityClaim]:
    """The claims that are vague counts ("several soldiers") below a precise figure of the
    same victims just added beside them (the lead's "at least seven soldiers"), with the
    counts of the same victims listed in their quote."""

    def vague(c: FatalityClaim) -> bool:
        at = c.span.start if c.span is not None else None
        return at is not None and any(
            f.vague
            and f.low == c.low
            and (f.low or 0) <= _RETELLS_AT_MOST
            and art.sentences[f.sentence][0] <= at < art.sentences[f.sentence][1]
            for f in art.death_figures
        )

    below = [
        c for c in claims if vague(c) and any(k.victims == c.victims and (k.low or 0) > (c.low or 0) for k in added)
    ]
    # the exact count listed with it is part of the same retelling ("and one Sri Lankan officer")
    return [c for c in claims if any(c.quote == b.quote and c.victims == b.victims for b in below)]
