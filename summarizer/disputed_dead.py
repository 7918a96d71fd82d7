"""One group of dead that two sources name differently: civilians to one, fighters to the other.

A strike kills twelve people; the governor says twelve Taliban, villagers say twelve
civilians. The codebook adds figures only for *different* victims, and these are the same
dead whose identity is in dispute, so the two figures are alternatives (ACLED's
conservative count is twelve, not 24). The model labels each claim's victims as its
source words them, which is right for the claims list, so the totals have to see that
the figures are one group. The sign code can read is the same figure from different
claimants; a coincidence of equal counts of different dead is far rarer in reporting
than the dispute (the gold set's two such pairs, Nimruz and Lafole, are both disputes).
"""

from __future__ import annotations

from .folding import claimant_key
from .schema import FatalityClaim

#: the two labels a dispute over who the dead were swings between
_DISPUTED = {"civilians", "non_state"}


def as_one_group(claims: list[FatalityClaim]) -> list[FatalityClaim]:
    """``claims`` with a fighters' figure that another source gives as civilians relabelled
    civilians, so that the totals take one of the two."""
    civilians = [c for c in claims if c.victims == "civilians"]
    out = []
    for c in claims:
        twin = c.victims == "non_state" and any(
            (d.low, d.high) == (c.low, c.high) and claimant_key(d.claimant) != claimant_key(c.claimant)
            for d in civilians
        )
        out.append(c.model_copy(update={"victims": "civilians"}) if twin else c)
    return out
