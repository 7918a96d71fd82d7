"""A group the model named for an attack the article says nobody claimed.

"There were no immediate claims of responsibility", then a paragraph on ISIL's capture of
Mosul: the small model took ISIL as the bomber of a Baghdad checkpoint. ACLED codes an
unclaimed attack that no source blames to an unidentified armed group, and a reader cites
actor1 as who did it. When the article says no one claimed the attack, an event's named
non-state actor1 that none of the event's own sentences (its evidence and the sentences
that count its dead) names is the model's guess: it becomes the unidentified group,
flagged ``actor1_unclaimed:<name>``. A group the code itself read as the doer (a claim, a
suspect, a blame, the lead) is left alone, and so is one a sentence says claimed an attack
(the story's "no one claimed" may be about another of its attacks).
"""

from __future__ import annotations

import re

from .article import Article
from .keywords import VIOLENT_TYPES
from .responsibility import groups_named
from .schema import Actor, Event

__all__ = ["FLAG", "TOLD_UNCLAIMED", "unclaimed_off"]

FLAG = "actor1_unclaimed"
#: the article says no one claimed it, and no group is named as its author
TOLD_UNCLAIMED = "told_unclaimed"
_NO_CLAIM = re.compile(
    r"\bno\s+(?:immediate\s+)?claims?\s+of\s+responsibility"
    r"|\b(?:no\s+one|nobody|no\s+group)\s+(?:has\s+|had\s+)?(?:yet\s+)?(?:immediately\s+)?(?:claimed|taken|accepted)"
    r"|\b(?:has|had|was|were)\s+not\s+(?:yet\s+)?(?:been\s+)?claimed"
    r"|\bn['’]a\s+(?:pas|encore|toujours)\s+(?:encore\s+)?(?:pas\s+)?été\s+revendiqu|\baucune\s+revendication"
    r"|\bpersonne\s+n['’]a\s+(?:encore\s+)?revendiqu",
    re.I,
)
_CLAIMED = re.compile(r"\bclaim(?:ed|s|ing)?\s+(?:responsibility|the\s+(?:attack|bombing|blast))|\brevendiqu", re.I)
#: groups the code read as the doer from the text: not the model's guess
_READ_FROM_TEXT = ("actor1_from_", "actor1_doer_of_the_attacks", "actor1_suspected")
_NON_STATE = ("Rebel group", "Political militia", "Identity militia")


def _told_by_its_day(art: Article, event: Event) -> list[str]:
    """The sentences that go back to the event by its weekday ("Tuesday's attack was the latest
    confrontation between guerrillas belonging to ... the M-F-D-C, and the Senegalese Army"):
    they tell the event's own sides as much as its evidence does."""
    if event.date.start is None or event.date.precision != "day":
        return []
    day = event.date.start.strftime("%A")
    told = re.compile(
        rf"\b{day}['’]s\s+(?:[\w-]+\s+)?(?:attack|raid|ambush|bombing|blast|assault|clash(?:es)?|fighting)\b"
    )
    return [t for t in map(art.sentence_text, range(len(art.sentences))) if told.search(t)]


def unclaimed_off(art: Article, events: list[Event], country: str | None) -> None:
    """Named groups off the attacks nobody claimed, where the event's sentences never name them."""
    if not country or not _NO_CLAIM.search(art.text):
        return
    # "The Islamic State group claimed responsibility for the attack", then "No one has
    # claimed responsibility" for a second bomb: the group's own claim stands for its attack
    claimers = {
        name
        for t in map(art.sentence_text, range(len(art.sentences)))
        if _CLAIMED.search(t) and not _NO_CLAIM.search(t)
        for name in groups_named(t, country, art)
    }
    for event in events:
        actor = event.actor1
        if event.salience != "main" or event.event_type not in VIOLENT_TYPES or actor is None:
            continue
        if actor.type not in _NON_STATE or actor.name.startswith("Unidentified"):
            continue
        if any(f.startswith(_READ_FROM_TEXT) for f in event.flags):
            continue
        own = " ".join([*event.evidence, *(c.quote for c in event.fatality_claims), *_told_by_its_day(art, event)])
        named = groups_named(own, country, art)
        if actor.name in named or actor.name in claimers:
            continue
        event.actor1 = Actor(name="Unidentified Armed Group", type=actor.type, aliases=[])
        event.flags.append(f"{FLAG}:{actor.name}")
    for event in events:
        # what the summary tells a reader of who did it: nobody claimed the attack
        actor = event.actor1
        if event.salience == "main" and event.event_type in VIOLENT_TYPES and actor is not None:
            event.flags += [TOLD_UNCLAIMED] if actor.name == "Unidentified Armed Group" else []
