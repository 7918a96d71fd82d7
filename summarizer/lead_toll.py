"""The lead's toll for a story's one event that the model left without a figure.

"Libyan authorities have taken control of militia bases in the eastern city of Benghazi,
following unrest that left 11 people dead": the small model coded the takeover and cited
no figure, so the record said nobody died. A news story puts its toll in the lead; when
the story has one main violent event and that event counts no one, the lead's own death
figures (precise ones: a lead's "several soldiers" is too weak to stand alone; this
event's scope, not a tally, not counted by any record, not placed in another town or told
as an earlier attack's) become its claims, each with the claimant
code reads in the sentence, flagged ``claim_from_the_lead``; a lead with none gives way to
the first body sentence that counts such dead. With two events or more the
lead may sum them, so nothing is added, unless only one of them cites the headline and the
lead and no other has any dead.
"""

from __future__ import annotations

import re

from .article import Article
from .claim_home import town_told_before
from .claimcheck import claimant_for, recount_event, to_claim
from .claimscope import claims_of_this_event
from .keywords import VIOLENT_TYPES
from .rescuers import RESCUE_FLAG
from .schema import Event
from .separate import opens_as_another
from .vague_counts import vague_below
from .victims import NAMED_SIDES

FLAG = "claim_from_the_lead"
#: a body sentence's figure of this many or more is no one attack's count
_BODY_MOST = 1000


def add_lead_toll(art: Article, events: list[Event]) -> None:
    """Give the story's one uncounted violent event the lead's death figures (in place)."""
    # a peaceful protest or a deal found beside it does not compete for the lead's dead
    main = [
        ev for ev in events if ev.salience == "main" and ev.event_type not in ("Protests", "Strategic developments")
    ]
    if len(main) != 1:
        main = _the_one_with_the_dead(art, main)
        if len(main) != 1:
            return
    event = main[0]
    if event.fatality_claims or event.event_type not in VIOLENT_TYPES:
        return
    counted = {v for ev in events for c in ev.fatality_claims for v in (c.low, c.high) if v is not None}
    # "one guerrilla killed in the rescue": the rescue's dead, judged another happening's
    counted |= {int(f.split(":")[1]) for f in event.flags if f.startswith(RESCUE_FLAG + ":")}
    # the lead, else the headline, else the first body sentence that counts dead of this
    # event's scope ("Cette attaque a été menée par plusieurs dizaines d'hommes lourdement
    # armés. Vingt soldats maliens ont été tués"), unless it opens on another happening
    # (or follows a sentence that opens on one: "Meanwhile, ... a suicide bombing Tuesday. The
    # blast killed at least 14 people")
    order = [
        1,
        0,
        *(
            i
            # a toll told only late in the story is its background ("The U.N. human rights
            # office said Friday that investigators had found more than 100 bodies")
            for i in range(2, min(len(art.sentences), max(6, len(art.sentences) // 2)))
            if not opens_as_another(art.sentence_text(i))
            and not opens_as_another(art.sentence_text(i - 1))
            and town_told_before(art, i, event.location)
            is None  # "... discovered in the town of Bentiu. ... 14 bodies"
        ),
    ]
    for sentence in order:
        figures = [
            f
            for f in art.death_figures
            if f.sentence == sentence
            and f.scope == "event"
            and not f.vague
            and f.low is not None
            and f.low not in counted
            # a body sentence's huge figure is a war's tally, not this attack's
            and (sentence < 2 or f.low < _BODY_MOST)
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


def _the_one_with_the_dead(art: Article, main: list[Event]) -> list[Event]:
    """Of several main events, the one the lead's toll can only be: the one that cites the
    headline and the lead ("1 Palestinian Killed in Clashes ... A Palestinian is dead after
    clashes"), when no other counts or is read to have any dead, so the toll sums nothing."""
    spans = {art.sentences[0], art.sentences[1]} if len(art.sentences) > 1 else set()
    citing = [ev for ev in main if spans <= {(sp.start, sp.end) for sp in ev.evidence_spans}]
    dead_elsewhere = any(ev.fatality_claims or ev.fatalities_acled for ev in main if ev not in citing)
    return citing if len(citing) == 1 and not dead_elsewhere else []


#: a lead's count of one side beside the body's counts of the same side
RIVAL_FLAG = "claim_from_the_lead_beside"
#: a toll told as brought to its figure: "bringing the death toll to 14", "raising the toll to"
_TOLL_TO = re.compile(
    r"\b(?:toll|bilan)\s+(?:(?:has\s+)?(?:rose|risen|climbed|reached|stood)\s+)?(?:to|at|à)\s+(?:at least\s+)?$", re.I
)
_SIDES = NAMED_SIDES
#: a lead that tells several happenings at once
_SEVERAL = re.compile(
    r"\b(?:series of|separate|s[ée]par[ée]e?s)\b"
    r"|\b(?:attacks|bombings|blasts|explosions|raids|clashes|strikes|bases|incidents|attaques|attentats)\b",
    re.I,
)

#: a lead that says outright it sums separate happenings ("killed in separate attacks",
#: "in a series of bombings", "in two ambushes")
_APART = re.compile(
    r"\b(?:separate|series of|s[ée]par[ée]e?s|(?:two|three|four|five|several|multiple|twin|coordinated)\s+(?:[\w-]+\s+)?"
    r"(?:attacks|bombings|blasts|explosions|raids|incidents|ambushes|attaques|attentats))\b",
    re.I,
)


def add_lead_rival(art: Article, events: list[Event]) -> None:
    """The lead's count of a side, when the story's one event took that side's dead from the
    body only ("killed a district governor and seven police personnel" in the lead, "15
    security personnel" from the media and "more than 20" from the Taliban below): the
    lead's is one more count of the same dead, usually the lowest, and ACLED's
    conservative total needs it. Only a named side the event already counts, from a lead
    no claim of the event cites, flagged."""
    main = [ev for ev in events if ev.salience == "main" and ev.event_type in VIOLENT_TYPES]
    if not main or len(art.sentences) < 3 or opens_as_another(art.sentence_text(1)):
        return
    lead_start = art.sentences[1][0]
    # with several events, the one that cites the lead, when no other does
    citing = [ev for ev in main if any(sp.start == lead_start for sp in ev.evidence_spans)]
    if len(main) > 1 and (len(citing) != 1 or _SEVERAL.search(art.sentence_text(1))):
        return  # "killed in two militant attacks": a lead over several events sums them
    if _APART.search(art.sentence_text(1)):
        return  # "killed in separate attacks": a sum over happenings, even when one was found
    event = main[0] if len(main) == 1 else citing[0]
    if any(c.span is not None and c.span.start == lead_start for c in event.fatality_claims):
        return
    sides = {c.victims for c in event.fatality_claims if c.low is not None}
    counted = {v for ev in events for c in ev.fatality_claims for v in (c.low, c.high) if v is not None}
    held = sum(c.low or 0 for c in event.fatality_claims)
    # the event counts only people of no side, from the body: the lead's lower count of
    # people is another source's count of them ("killed at least four people", beside a
    # jihadist's "16 people")
    people_only = bool(sides) and sides <= {"unknown", "civilians", "mixed"}
    top = max((c.low or 0 for c in event.fatality_claims), default=0)
    figures = [
        f
        for f in art.death_figures
        if f.sentence == 1 and f.scope == "event" and not f.vague and f.low is not None and f.low not in counted
        and f"claim_headline_total_over_attacks:{f.low}" not in event.flags
        and (
            (not f.generic and f.victims in _SIDES and f.victims in sides)
            # "bringing the death toll to 14": the story's total, above the parts the body gives
            or (_TOLL_TO.search(art.text[max(art.sentences[1][0], f.start - 50) : f.start]) and f.low > held)
            or (people_only and f.victims in ("unknown", "civilians") and f.low < top)
        )
    ]  # fmt: skip
    claims = [to_claim(f, f.victims, claimant_for(f, "", art), art) for f in figures]
    kept, _, scope_flags = claims_of_this_event(claims, art, event.location, event.date, event.sub_event_type)
    if not kept or any(f.startswith("claim_doubtful") for f in scope_flags):
        return
    retold = vague_below(art, event.fatality_claims, kept)  # the body's "several soldiers" retells the seven
    event.fatality_claims = [c for c in event.fatality_claims if not any(c is r for r in retold)] + kept
    event.flags += [f"{RIVAL_FLAG}:{c.low}" for c in kept] + [
        f"claim_vague_replaced_by_precise:{c.low}" for c in retold
    ]
    recount_event(event)


__all__ = ["FLAG", "RIVAL_FLAG", "add_lead_rival", "add_lead_toll"]
