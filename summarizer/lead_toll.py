"""The lead's toll for a story's one event that the model left without a figure.

"Libyan authorities have taken control of militia bases in the eastern city of Benghazi,
following unrest that left 11 people dead": the small model coded the takeover and cited
no figure, so the record said nobody died. A news story puts its toll in the lead; when
the story has one main violent event and that event counts no one, the lead's own death
figures (precise ones: a lead's "several soldiers" is too weak to stand alone; this
event's scope, not a tally, not counted by any record, not placed in another town or told
as an earlier attack's) become its claims, each with the claimant
code reads in the sentence, flagged ``claim_from_the_lead``. With two events or more the
lead may sum them, so nothing is added.
"""

from __future__ import annotations

from .article import Article
from .claimcheck import claimant_for, recount_event, to_claim
from .claimscope import claims_of_this_event
from .keywords import VIOLENT_TYPES
from .schema import Event

FLAG = "claim_from_the_lead"


def add_lead_toll(art: Article, events: list[Event]) -> None:
    """Give the story's one uncounted violent event the lead's death figures (in place)."""
    # a peaceful protest or a deal found beside it does not compete for the lead's dead
    main = [
        ev for ev in events if ev.salience == "main" and ev.event_type not in ("Protests", "Strategic developments")
    ]
    if len(main) != 1:
        return
    event = main[0]
    if event.fatality_claims or event.event_type not in VIOLENT_TYPES:
        return
    counted = {v for ev in events for c in ev.fatality_claims for v in (c.low, c.high) if v is not None}
    for sentence in (1, 0):  # the lead, else the headline
        figures = [
            f
            for f in art.death_figures
            if f.sentence == sentence
            and f.scope == "event"
            and not f.vague
            and f.low is not None
            and f.low not in counted
        ]
        if figures:
            break
    else:
        return
    claims = [to_claim(f, f.victims, claimant_for(f, "", art), art) for f in figures]
    kept, _, scope_flags = claims_of_this_event(claims, art, event.location, event.date, event.sub_event_type)
    if not kept or any(f.startswith("claim_doubtful") for f in scope_flags):
        return  # every figure of the lead is another event's
    event.fatality_claims = kept
    event.flags += [f"{FLAG}:{c.low}" for c in kept]
    recount_event(event)


__all__ = ["FLAG", "add_lead_toll"]
