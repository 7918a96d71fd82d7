"""Counts that stand for others in an event's totals: the first ones since overtaken,
and "people" killed in an attack on civilians.

"Local authorities initially said that between six and 16 people were killed", then the
government's "at least 46": ACLED takes the later information, whoever gives it, so the
first count stays a claim of the event (a reader sees it, with its source) but is not the
conservative low. A count of only those who died at once ("killing two policemen
instantly. A third died later") is such a first count too.
"""

from __future__ import annotations

import re

from .schema import FatalityClaim

#: a count told as the first, since overtaken: "Local authorities initially said that between
#: six and 16 people were killed", "le maire ... avait parlé de 13 morts"; or as only those
#: who died at once ("killing two policemen instantly. A third died later")
_EARLIER_COUNT = re.compile(
    r"\b(?:initially|at first|originally|first (?:said|reported|put|gave)|had (?:earlier|previously) (?:said|reported|put"
    r"|given)|(?:its|their|the|an?|[\w-]+['’]s) (?:initial|first|earlier|original|previous|preceding) (?:statement|report|toll|count|estimate|figure|claim)s?"
    r"|(?:le|un|son|leur) (?:pr[ée]c[éeè]dent|premier) bilan|bilan (?:pr[ée]c[éeè]dent|initial|provisoire pr[ée]c[éeè]dent)"
    r"|initialement|d['’]abord|dans un premier temps|avai(?:t|ent) (?:parl[ée]|fait [ée]tat|[ée]voqu[ée]|annonc[ée]"
    r"|indiqu[ée])|instantly|sur le coup)\b",
    re.I,
)


def without_earlier_counts(claims: list[FatalityClaim]) -> list[FatalityClaim]:
    """The claims with a count told as an earlier one left out when a larger figure stands
    for the same dead (or for unnamed ones): ACLED takes the later information, whoever
    gives it. The earlier count stays a claim of the event; it is only not added up."""

    def same_dead(a: FatalityClaim, b: FatalityClaim) -> bool:
        return a.victims == b.victims or "unknown" in (a.victims, b.victims) or "mixed" in (a.victims, b.victims)

    return [
        c
        for c in claims
        if not (
            _EARLIER_COUNT.search(c.quote or "")
            and any(o is not c and same_dead(o, c) and (o.low or 0) > (c.high or c.low or 0) for o in claims)
            and not any(o is not c and _EARLIER_COUNT.search(o.quote or "") and o.quote == c.quote for o in claims)
        )
    ]


#: events whose dead are civilians by the codebook's definition (violence against civilians)
AGAINST_CIVILIANS = {"Attack", "Abduction/forced disappearance", "Sexual violence"}


def people_as_civilians(claims: list[FatalityClaim], sub_event_type: str | None) -> list[FatalityClaim]:
    """In an attack on civilians whose dead are told as civilians or people only, "people"
    killed are those civilians: a witness's "48 civilians" and the government's "46
    people" are two counts of one group of dead, not two groups to add up (with soldiers
    or attackers among the dead, "people" may be the total over them all)."""
    kinds = {c.victims for c in claims}
    if sub_event_type in AGAINST_CIVILIANS and "civilians" in kinds and kinds <= {"civilians", "unknown"}:
        return [c.model_copy(update={"victims": "civilians"}) if c.victims == "unknown" else c for c in claims]
    return claims
