"""Death figures the model gave an event that belong to another one.

An ACLED event is one place and one day. The small model often counts into its event the
toll of a neighbouring attack ("In nearby Baquba, a suicide bomber killed at least eight")
or of an earlier one the article recalls. The figure's own sentence often says so; code
reads its place:

- the sentence names another town of the event's country (after "in", "near", ...), and
  not the event's own place: another event's toll. Such a claim leaves the event's totals
  and is kept as report context, with a flag.

Tried and left out: a figure whose sentence dates it before the event ("the assault that
killed four Americans there last week") as an earlier event's toll. On the gold set it
took as often a right figure from an event the model had dated to a later statement
("violence that began March 6 ... hundreds of deaths", coded on the day of the UN's
appeal) as a wrong one from a recalled attack: the date, not the figure, was the doubt.
"""

from __future__ import annotations

from .article import Article
from .folding import fold
from .places import place_in_evidence
from .schema import FatalityClaim, Location

Flags = list[str]


def _elsewhere(quote: str, location: Location) -> str | None:
    """The other town the figure's sentence names, if it does not name the event's own."""
    if not location.place or location.latitude is None or not location.country:
        return None
    if fold(location.place).lower() in fold(quote).lower():
        return None
    other = place_in_evidence([quote], location.country)
    if other and fold(other).lower() != fold(location.place).lower():
        return other
    return None


def claims_of_this_event(
    claims: list[FatalityClaim], art: Article, location: Location
) -> tuple[list[FatalityClaim], list[FatalityClaim], Flags]:
    """(claims kept, claims moved to context, flags). When every figure names another
    town, the event's own place is the doubt: they stay, and the flags say so."""
    kept: list[FatalityClaim] = []
    moved: list[FatalityClaim] = []
    flags: Flags = []
    for claim in claims:
        other = _elsewhere(claim.quote, location)
        if other:
            flags.append(f"claim_names_another_place:{claim.low} ({other})")
            moved.append(claim)
        else:
            kept.append(claim)
    if claims and not kept:
        return claims, [], [f.replace("claim_", "claim_doubtful_", 1) for f in flags]
    return kept, moved, list(dict.fromkeys(flags))
