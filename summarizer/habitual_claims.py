"""A group named only as the usual author of such attacks is not this attack's side.

Why: "Car bombs killed as many as 37 people in Kirkuk ... Terrorist bombings are a near-daily
occurrence. Islamic State militants have claimed responsibility for most of the attacks."
The small model takes the one group the story names as the bombing's actor1, but the story
only says who claims most attacks; ACLED codes this one's attacker as unidentified. Only a
group whose every mention in the article is such a general statement is taken off (a group
the evidence itself names, or that claims this attack, stays).
"""

from __future__ import annotations

import re

from .article import Article
from .grounding import align
from .schema import Actor, Event

__all__ = ["FLAG", "habitual_authors_off"]

FLAG = "actor1_only_the_usual_author"

#: a sentence about attacks in general: "most of the attacks", "such attacks", "near-daily"
_IN_GENERAL = re.compile(
    r"\b(?:most|many|some|several|all|much)\s+of\s+(?:the|these|those|such)\s+(?:attacks|bombings|violence|killings)\b"
    r"|\bsuch\s+(?:attacks|bombings)\b|\bsimilar\s+(?:attacks|bombings)\s+in\s+the\s+past\b|\bnear-daily\b"
    r"|\b(?:frequently|regularly|routinely|often)\s+(?:claims?|claimed|carries|carried|carry)\b"
    r"|\bla plupart des (?:attaques|attentats)\b|\bce (?:genre|type) d['’](?:attaques?|attentats?)\b",
    re.I,
)


def _mentioned(mention: str, sentence: str) -> bool:
    return bool(mention.strip()) and align(mention, sentence).status != "none"


def habitual_authors_off(art: Article, events: list[Event]) -> None:
    """Each event's named actor1 that the article names only in general statements about
    attacks (and never in the event's evidence) becomes unidentified, flagged (in place)."""
    sentences = [art.sentence_text(i) for i in range(len(art.sentences))]
    for event in events:
        actor = event.actor1
        if actor is None or actor.type not in ("Rebel group", "Political militia") or not actor.aliases:
            continue
        mentions = [m for m in actor.aliases if m]
        if any(_mentioned(m, q) for m in mentions for q in event.evidence):
            continue
        told = [s for s in sentences if any(_mentioned(m, s) for m in mentions)]
        if told and all(_IN_GENERAL.search(s) for s in told):
            event.actor1 = Actor(name="Unidentified Armed Group", type="Rebel group", aliases=[])
            event.flags.append(f"{FLAG}:{actor.name}")
