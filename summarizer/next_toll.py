"""An uncounted event's toll told in the sentence right after it, about "the attack".

"On Saturday, U.S. aircraft fired missiles at an Al-Shabab training camp in the Hiran
region. The Pentagon said the attack killed around 150 militants": the model coded the
strike from its first sentence and left its toll in the next one uncited, so the record
said nobody died. When a main violent event has no claim, and the sentence after its last
evidence sentence tells the dead of "the attack" (strike, raid, blast, ...) with figures
no event holds, not opening on another happening, those figures become its claims, each
with the source that sentence names (the outlet when none), flagged. Only the next
sentence: further on, "the attack" may be another one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .article import Article
from .claimcheck import claimant_for, recount_event, to_claim
from .deaths import DeathFigure
from .fatalities import ALSO_DEAD
from .keywords import VIOLENT_TYPES
from .schema import Event
from .separate import opens_as_another

__all__ = ["ALSO_FLAG", "FLAG", "add_next_tolls", "add_other_side_dead"]

FLAG = "claim_from_the_next_sentence"
ALSO_FLAG = "claim_other_side_also_killed"

_THE_ATTACK = re.compile(
    r"\b(?:the|that|this|l['’]|le|la|cette|cet)\s*(?:(?:air|drone|suicide|missile|rocket|bomb|mortar)\s+)?"
    r"(?:attacks?|strikes?|airstrikes?|raids?|blasts?|bombings?|explosions?|ambush|assault|shelling|fighting|clash(?:es)?"
    r"|attaque|attentat|frappe|embuscade|explosion|affrontements?|combats?)\b",
    re.I,
)


def _next_sentences(
    art: Article, events: list[Event], counted: bool, told: re.Pattern[str], reach: int = 1
) -> Iterator[tuple[Event, int, list[DeathFigure]]]:
    """(event, its next sentence's index, the figures no event holds) for each main violent
    event (with claims or without, as ``counted`` says) whose evidence is followed by a
    sentence no event cites, not opening on another happening, that ``told`` matches;
    ``reach`` sentences on at most, past ones with no figure of their own ("The dead include
    a Somali national and five foreigners")."""
    held = {v for ev in events for c in ev.fatality_claims for v in (c.low, c.high) if v is not None}
    cited = {i for ev in events for q in ev.evidence if (i := art.sentence_of(q)) is not None}
    for event in events:
        if event.salience != "main" or bool(event.fatality_claims) != counted or event.event_type not in VIOLENT_TYPES:
            continue
        own = [i for q in event.evidence if (i := art.sentence_of(q)) is not None]
        following = max(own) + 1 if own else len(art.sentences)
        for _ in range(reach - 1):
            if following >= len(art.sentences) or following in cited or told.search(art.sentence_text(following)):
                break
            if any(f.sentence == following for f in art.death_figures) or opens_as_another(
                art.sentence_text(following)
            ):
                break
            following += 1
        if following >= len(art.sentences) or following in cited:
            continue
        sentence = art.sentence_text(following)
        if opens_as_another(sentence) or not told.search(sentence):
            continue
        figures = [
            f
            for f in art.death_figures
            if f.sentence == following and f.scope == "event" and f.low is not None and f.low not in held
        ]
        if figures:
            yield event, following, figures
            held |= {f.low for f in figures if f.low is not None}
            cited.add(following)


def add_next_tolls(art: Article, events: list[Event]) -> None:
    """Give each uncounted violent event the toll its next sentence tells (in place)."""
    for event, _, figures in _next_sentences(art, events, False, _THE_ATTACK):
        event.fatality_claims = [to_claim(f, f.victims, claimant_for(f, "", art), art) for f in figures]
        event.flags += [f"{FLAG}:{f.low}" for f in figures]
        recount_event(event)


def add_other_side_dead(art: Article, events: list[Event]) -> None:
    """Add the other side's dead told right after a counted event ("On Saturday, al-Shabab
    fighters stormed Somalia's parliament building, killing 10 security personnel. Eight
    militants were also killed."; "... Two gunmen were killed by security forces"): the
    same fight, other victims, so they add up (in place)."""
    for event, _, figures in _next_sentences(art, events, True, ALSO_DEAD, reach=2):
        had = {c.victims for c in event.fatality_claims}
        other = [f for f in figures if f.victims not in ("unknown", "mixed") and f.victims not in had]
        if not other:
            continue
        event.fatality_claims += [to_claim(f, f.victims, claimant_for(f, "", art), art) for f in other]
        event.flags += [f"{ALSO_FLAG}:{f.low}" for f in other]
        recount_event(event)
