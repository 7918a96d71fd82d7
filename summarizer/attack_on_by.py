"""The two sides of an attack told as a noun: "an ambush on police Saturday by an estimated
60 attackers armed with guns and knives".

The small model reads "government forces" from the story's lead as the side that fought and
leaves the other empty: a battle with one side. The sentence names both: the target after
"on", the attacker after "by". When the event lacks a side and its evidence tells the attack
this way, the attacker comes first and the target second, each as the alias table reads it
(generic words included: "attackers" is an unidentified armed group), flagged."""

from __future__ import annotations

import re

from .actors import canonical_actor, is_raw
from .schema import Actor
from .subtype_checks import ARMED_TYPES

Flags = list[str]

_ATTACK_ON_BY = re.compile(
    r"\b(?:an?|the)\s+(?:[\w-]+\s+)?(?:ambush|attack|assault|raid|offensive)\s+on\s+(?:the\s+)?(?P<target>[\w\s'’-]{3,40}?)"
    r"\s+(?:\w+\s+){0,3}?by\s+(?:an?\s+)?(?:estimated\s+|some\s+|about\s+|around\s+)?(?:\d+\s+)?"
    r"(?P<agent>[\w'’-]+(?:\s+[\w'’-]+)?)\b",
    re.I,
)
#: words after the target that are no part of it: a day, a place
_TARGET_END = re.compile(
    r"\s+(?:on|in|at|near|last|this|early|late|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b.*$", re.I
)
_SIDE_TYPES = ARMED_TYPES | {"Civilians"}


def sides_of_an_attack_on_by(
    actor1: Actor | None, actor2: Actor | None, sub_type: str, evidence: list[str], country: str | None
) -> tuple[Actor | None, Actor | None, Flags]:
    """(actor1, actor2): the attacker and the target the evidence's "attack on X by Y" names,
    for an event that lacks one side; any other event's sides stand."""
    if actor1 is not None and actor2 is not None:
        return actor1, actor2, []
    for quote in evidence:
        for m in _ATTACK_ON_BY.finditer(quote):
            target_words = _TARGET_END.sub("", m.group("target")).strip()
            agent_words = m.group("agent").strip()
            target = canonical_actor(target_words, country=country)
            agent = canonical_actor(agent_words, country=country)
            if target.type not in _SIDE_TYPES or is_raw(target, target_words):
                continue
            if agent.type not in ARMED_TYPES or is_raw(agent, agent_words) or agent.name == target.name:
                continue
            flags = [f"sides_from_the_attack_on_by:{agent_words}/{target_words}"]
            return agent.model_copy(update={"aliases": [agent_words]}), target, flags
    return actor1, actor2, []


#: the object of an attack told as a noun: "an attack on a security team", "a raid against a
#: police post", "a bombing targeting"; the words after it are the side hit
_ATTACK_ON = r"\b(?:attacks?|ambush(?:es)?|assaults?|raids?|bombings?|strikes?)\s+(?:on|against|targeting)\s+(?:an?\s+|the\s+|two\s+|three\s+)?(?:[\w-]+\s+){0,2}?"


def target_told_as_doer(
    actor1: Actor | None, actor2: Actor | None, evidence: list[str]
) -> tuple[Actor | None, Actor | None, Flags]:
    """(actor1, actor2) when the model named the target as the doer: a side the evidence
    writes only as what an attack was "on" ("an attack on a security team on its way to
    provide security for polio vaccination workers") did not make it. The target goes
    second (unless a side is already there) and an unnamed attacker first, flagged."""
    if actor1 is None or not actor1.aliases:
        return actor1, actor2, []
    mention = actor1.aliases[0].strip()
    mention = re.sub(r"^(?:an?|the)\s+", "", mention, flags=re.I)
    if len(mention) < 3:
        return actor1, actor2, []
    text = " ".join(evidence)
    said = [m.start() for m in re.finditer(rf"\b{re.escape(mention)}\b", text, re.I)]
    hit = [m.end() for m in re.finditer(rf"{_ATTACK_ON}{re.escape(mention)}\b", text, re.I)]
    if not said or len(hit) != len(said):
        return actor1, actor2, []
    doer = Actor(name="Unidentified Armed Group", type="Rebel group", aliases=[])
    return doer, actor2 if actor2 is not None else actor1, [f"actor1_told_as_the_target:{actor1.name}"]


__all__ = ["sides_of_an_attack_on_by", "target_told_as_doer"]
