"""An air strike no one in its sentence owns is flown by the force the story last set to work.

Why: "U.S. forces Tuesday pounded insurgent targets across Iraq ... In Fallujah, warplanes
bombed buildings ..., killing at least four Iraqis" and "The military has been conducting
operations against Taliban-linked militants ... On Sunday, jets bombed several hideouts"
name the force a sentence or a paragraph before the bombing. The model, reading the
bombing's sentence, leaves an Unidentified Armed Group as the side that flew: the one
side that, in these wars, has no aircraft. A group the article names (the Houthis' drones)
is left alone; only the unidentified side is replaced: by a state's or a foreign force
told acting in the event's sentence or the two sentences before it (the nearest first),
or, when none is, by Unidentified Military Forces ("a drone or aircraft opening fire").
When the force found is the model's second side, the sides were read backwards and swap.
The side is flagged so a reader sees where it came from.
"""

from __future__ import annotations

import re

from .actors import canonical_actor
from .article import Article
from .geo import country_name
from .schema import Actor, Event

__all__ = ["pilots_of_unowned_strikes"]

_UNIDENTIFIED = "Unidentified Armed Group"
_ARMIES = ("State forces", "External/Other forces")
_LOOK_BACK = 2
#: a force told as the one acting: its name (a nation's word or two before it allowed)
#: and a deed within three words after ("U.S. forces Tuesday pounded", "The military has
#: been conducting operations", "coalition aircraft struck")
_FORCE = re.compile(
    r"\b(?P<force>(?:(?:[A-Z][\w.'’-]*|[a-z]+-led)\s+){0,2}(?:forces|troops|military|army|air force|"
    r"warplanes|jets|aircraft|helicopters?(?: gunships)?|gunships|coalition|NATO|soldiers|marines))\s+"
    r"(?:[\w,'’-]+\s+){0,3}?(?P<deed>pounded|bombed|struck|hit|attacked|targeted|launched|fired|conduct\w*|"
    r"carried out|raided|shelled|stepped up|destroyed|killed|waged|intensified|began|said|says)\b"
)
_MACHINES = re.compile(r"(?:warplanes|jets|aircraft|helicopters?(?: gunships)?|gunships)", re.I)
_VICTIM_BEFORE = re.compile(r"\b(?:killed|wounded|killing|against|on|at|targeting|attacked)\s+$", re.I)


def _force_told(sentence: str, country: str | None) -> Actor | None:
    """The first state or foreign force the sentence tells acting (its subject), or None."""
    for m in _FORCE.finditer(sentence):
        if _VICTIM_BEFORE.search(sentence[: m.start()]):
            continue  # "attacks against NATO forces killed": the force was hit
        words = m.group("force").split()
        for k in range(len(words)):  # "In Fallujah U.S. forces": the fewest words that still name it
            mention = " ".join(words[k:])
            if country_name(mention) is not None or _MACHINES.fullmatch(mention):
                continue  # bare "warplanes" name no air force: the sentences before may
            actor = canonical_actor(mention, country=country)
            if actor.type in _ARMIES and actor.name != _UNIDENTIFIED:
                return actor
    return None


def _nearest_force(art: Article, event: Event, country: str | None) -> Actor | None:
    for at in (i for i in (art.sentence_of(q) for q in event.evidence) if i is not None):
        for i in range(at, max(-1, at - _LOOK_BACK - 1), -1):
            force = _force_told(art.sentence_text(i), country)
            if force is not None:
                return force
    return None


def pilots_of_unowned_strikes(art: Article, events: list[Event], country: str | None) -> None:
    """Give an air strike flown by an unidentified armed group the force that flew it (in place)."""
    for ev in events:
        if ev.sub_event_type != "Air/drone strike" or ev.actor1 is None or ev.actor1.name != _UNIDENTIFIED:
            continue
        force = _nearest_force(art, ev, ev.location.country or country)
        if force is not None and ev.actor2 is not None and ev.actor2.name == force.name:
            ev.actor1, ev.actor2 = ev.actor2, ev.actor1
            ev.flags.append("actors_swapped:strike_flown_by_the_force_told")
            continue
        if force is None:
            force = Actor(name="Unidentified Military Forces", type="External/Other forces", aliases=[])
        ev.actor1 = Actor(name=force.name, type=force.type, aliases=list(force.aliases))
        ev.flags.append(f"actor1_flew_the_strike:{force.name}")
