"""A country's stand-in word for its main armed group, kept only when the article names it.

Why: the alias table reads "insurgents" in Somalia as al-Shabab, "rebels" in Yemen as the
Houthis and "Kurdish rebels" in Turkey as the PKK, because most stories there that use the
word go on to name the group. A story that never names it (Mogadishu's "Islamist
insurgents" of 2007, before al-Shabab led the insurgency; "gunmen" in Kandahar) names no
group, and ACLED codes an Unidentified Armed Group. Over the gold set, every such side whose
article is silent on the group is labelled unidentified (43 of 43 in Somalia, Afghanistan,
Yemen and Turkey). Only words that name no group on their own are read this way: "Taliban"
is a name, whoever the table says it stands for in Pakistan, and so are "Islamic State" and
"Tamil rebels".
"""

from __future__ import annotations

import functools
import json
import re

from .actors import actor_key, canonical_actor
from .folding import fold
from .geo import country_name
from .resources import data_text
from .schema import Actor

__all__ = ["FLAG", "unnamed_stand_in"]

FLAG = "unnamed_stand_in"
UNIDENTIFIED = "Unidentified Armed Group"
_GROUP_TYPES = ("Rebel group", "Political militia", "Identity militia")
#: ACLED's names for every group of a kind ("Opposition Rebels (Syria)", "Ambazonian
#: Separatists"): "rebels" and "separatists" are their names
_CATCH_ALL = re.compile(
    r"^(?:Opposition|Unidentified)\b|\b(?:Ethnic|Communal) Militia\b|\b(?:Separatists|Rebels|Insurgents|Loyalists)\b"
)


@functools.lru_cache(maxsize=1)
def _own_names() -> dict[str, frozenset[str]]:
    """Each named actor's own names (its name, aliases and leaders, not a country's stand-in
    words), as matching keys."""
    table: dict[str, set[str]] = {}
    for a in json.loads(data_text("actors.json"))["actors"]:
        if a.get("stand_ins_name_it"):
            continue  # the press's word is its name ("opposition forces" in South Sudan)
        names = table.setdefault(a["name"], set())
        # a country's word for it that names a group on its own ("Maoists" in Nepal) is a name too
        scoped = [w for words in a.get("country_aliases", {}).values() for w in words if not _stand_in(w)]
        for alias in [a["name"], *a.get("aliases", []), *a.get("leaders", []), *scoped]:
            names.add(actor_key(alias))
            if ":" in alias:  # "TTP: Tehreek-i-Taliban Pakistan": each half is a name
                names.update(actor_key(part) for part in alias.split(":"))
    return {name: frozenset(k for k in keys if k) for name, keys in table.items()}


def _text_key(text: str) -> str:
    """The article as one run of matching keys, padded so each name is matched as whole words."""
    s = re.sub(r"(?<=\w)['’]s\b", "", fold(text).lower())
    s = re.sub(r"\b([a-z]) (?=[a-z]\b)", r"\1", re.sub(r"[^a-z0-9]+", " ", s))  # "U.N." is "UN"
    return f" {s} "


def names_the_group(name: str, text: str) -> bool:
    """Whether ``text`` names the actor ``name`` by one of its own names (a plural too)."""
    keys = _own_names().get(name, frozenset())
    told = _text_key(text)
    return any(f" {k} " in told or f" {k}s " in told for k in keys)


def _without_country(mention: str) -> str:
    """The words without a country or demonym before or after them ("Somalia Insurgents")."""
    words = mention.split()
    while len(words) > 1 and country_name(actor_key(words[0])):
        words = words[1:]
    while len(words) > 1 and country_name(actor_key(words[-1])):
        words = words[:-1]
    return " ".join(words)


def _stand_in(words: str) -> bool:
    """Whether the words, read without a country, name no group ("insurgents", "Somali
    militants"; not "Maoists", "Islamic State" or "Tamil rebels")."""
    return canonical_actor(_without_country(words)).name == UNIDENTIFIED


def unnamed_stand_in(actor: Actor, mention: str, text: str, slot: str, flags: list[str]) -> tuple[Actor, list[str]]:
    """The actor, or the unidentified group when only a country's stand-in word made it a
    named group and the article never names that group."""
    if actor.type not in _GROUP_TYPES or _CATCH_ALL.search(actor.name):
        return actor, flags
    if not _stand_in(mention):
        return actor, flags  # the words name a group of their own ("Taliban", "Islamic State", "Tamil rebels")
    if actor.name not in _own_names() or names_the_group(actor.name, text):
        return actor, flags
    unnamed = Actor(name=UNIDENTIFIED, type=actor.type, aliases=actor.aliases)
    return unnamed, [*flags, f"{slot}_{FLAG}:{actor.name}"]
