"""Soldiers in mutiny are ACLED's "Mutiny of Military Forces of X", not the army they left.

Why: a story of a mutiny calls the mutineers "rebels", "dissident soldiers", "mutinous
soldiers" or "anti-government forces". The alias table reads "mutinous soldiers" as the
country's army (soldiers are state forces) and "rebels" as an unidentified armed group, so
the fight between the army and its mutineers came out as the army against itself, or
against nobody known. ACLED, and the gold labels (twelve stories: Ivory Coast 2002, Mali
2012, Guinea-Bissau, the Congo), name the mutineers "Mutiny of Military Forces of <country>".
Only in a story that tells a mutiny, and names no rebel group the alias table knows (the
story's rebels may be that group's), and only for a side worded as the mutineers are; the
army's loyal side stays the army. Each renamed side is flagged.
"""

from __future__ import annotations

import re

from .actors import country_in_name
from .schema import Actor, Event
from .written_names import groups_named_in

__all__ = ["FLAG", "name_mutineers"]

FLAG = "side_in_mutiny"
#: the story tells a mutiny
_MUTINY = re.compile(r"\bmutin(?:y|ies|eers?|ous|ied|ying|erie|eries|s)\b", re.I)
#: the words a mutiny story uses for the mutineers
_MUTINEERS = re.compile(
    r"\b(?:mutin\w*|dissident|renegade|rebel|rebels|rebelles?|anti-government forces)\b",
    re.I,
)
_LOYAL = re.compile(r"\b(?:loyal\w*|government|gouvernement\w*|loyalist)\b", re.I)


def _worded_as_mutineers(actor: Actor) -> bool:
    told = " ".join([actor.name, *actor.aliases])
    if _LOYAL.search(" ".join(actor.aliases)):
        return False
    # the model's own word for them, in English or French ("Mutins", "les soldats mutins")
    own_word = re.fullmatch(
        r"(?:the\s+|les\s+|des\s+)?(?:soldats\s+|soldiers\s+)?mutin\w*(?:\s+soldiers)?", actor.name, re.I
    )
    if actor.name == "Unidentified Armed Group" or own_word:
        return bool(_MUTINEERS.search(told))
    if actor.name.startswith("Military Forces of"):
        # "mutinous soldiers" read as the army: only words that say mutiny, not "rebel"
        return any(re.search(r"\b(?:mutin\w*|dissident|renegade)\b", a, re.I) for a in actor.aliases)
    return False


def name_mutineers(events: list[Event], text: str) -> None:
    """The sides worded as mutineers, in a story that tells a mutiny, named as ACLED does (in place)."""
    if not _MUTINY.search(text) or groups_named_in(text, frozenset({"Rebel group"})):
        return
    for ev in events:
        country = ev.location.country
        if not country:
            continue
        name = f"Mutiny of Military Forces of {country_in_name(country)}"
        for slot, other in (("actor1", ev.actor2), ("actor2", ev.actor1)):
            actor = getattr(ev, slot)
            if actor is None or (other is not None and other.name == name) or not _worded_as_mutineers(actor):
                continue
            setattr(ev, slot, Actor(name=name, type="Rebel group", aliases=list(actor.aliases)))
            ev.flags.append(f"{FLAG}:{slot}")
