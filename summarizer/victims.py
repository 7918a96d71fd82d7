"""Whose dead a figure counts, read from the words that follow it ("15 combatants" are
non-state, "16 Niger soldiers" state forces, "103 people, mostly women and children"
civilians), and the words that make a toll generic ("people", "bodies") or vague
("several", "dozens")."""

from __future__ import annotations

import functools
import json
import re
from typing import Literal

from .resources import data_text

#: whose dead a figure counts
Victims = Literal["state_forces", "non_state", "foreign_forces", "civilians", "mixed", "unknown"]
#: the victims that name a side: figures of different ones add up, of one are alternatives
NAMED_SIDES: tuple[Victims, ...] = ("state_forces", "non_state", "foreign_forces", "civilians")


_VICTIM_NOUNS: list[tuple[Victims, re.Pattern[str]]] = [
    (
        # a force's former members ("two former soldiers", "deux anciens militaires") are civilians
        "civilians",
        re.compile(
            r"\b(?:former|ex-|retired|anciens?|anciennes?|demobili[sz]ed|d[ée]mobilis[ée]s)\s+(?:[\w'’-]+\s+)?"
            r"(?:soldiers?|troops|policem[ae]n|police officers?|officers?|servicem[ae]n|militaires|soldats|policiers"
            r"|gendarmes?|combatants|combattants)\b",
            re.I,
        ),
    ),
    # people shot at a protest are civilians dead (the labels' reading), whatever the event's sides
    ("civilians", re.compile(r"\b(?:protesters?|demonstrators?|manifestants?|marchers)\b", re.I)),
    (
        "foreign_forces",
        re.compile(
            r"\b(?:(?:african union|au|amisom|atmis|u\.?n\.?|monusco|minusma|unmiss|nato|coalition)\s+"
            r"(?:soldiers|troops|peacekeepers|forces)|wagner|mercenar\w*|peacekeepers?|casques? bleus?|foreign (?:troops|soldiers|forces)|russian (?:soldiers|fighters|servicemen)|american (?:soldiers|troops|service ?members)|u\.?s\.? (?:soldiers|troops|service ?members))\b",
            re.I,
        ),
    ),  # noqa: E501
    (
        "state_forces",
        re.compile(
            r"\b(?:soldiers?|troops?|servicem[ae]n|service ?members?|policem[ae]n|police(?:m[ae]n| officers?)?|officers?|gendarmes?|security (?:forces|personnel|agents|officers)|(?:government|armed|regime|pro-government) forces|forces (?:gouvernementales|arm[ée]es)|army|militaires?|soldats?|policiers?|sous-officiers?|garde nationale|gardes nationaux|national guard\w*|military personnel|guards?|VDP|auxiliar\w+|suppl[ée]tifs?|volunteers|paramilitar\w*)\b",
            re.I,
        ),
    ),  # noqa: E501
    (
        "non_state",
        re.compile(
            r"\b(?:militants?|insurgents?|cadres|guerr?ill?as?|guerr?ill?eros?|separatists?|jihadists?|djihadistes?|jihadistes?|terrorists?|terroristes?|attackers?|assailants?|assaillants|rebels?|rebelles|fighters?|combatants?|combattants?|gunmen|bandits?|extremists?|suicide bombers?|assailants|shabaab|kidnappers|militiam[ae]n|militias?|miliciens?|raiders|rustlers)\b",
            re.I,
        ),
    ),  # noqa: E501
    (
        "civilians",
        re.compile(
            r"\b(?:private security (?:officers|guards|agents|contractors)|civilians?|civils?|villagers?|villageois|residents?|habitants|children|enfants|women|femmes|worshippers?|farmers?|passengers|students|pupils|miners|traders|displaced|refugees|journalists?|aid workers?|patients|mourners|fidèles|fideles|élèves|eleves|herders?|fishermen|fisherman|girls?|boys?|teenagers?|babies|baby|infants?|schoolteachers?|schoolboys?|schoolgirls?|bystanders?|shepherds?|passers?-by|passer-by)\b",
            re.I,
        ),
    ),  # noqa: E501
]


GENERIC_PEOPLE = re.compile(
    r"^\s*(?:[\w'’-]+\s+){0,2}?(?:people|persons|lives|individuals|personnes|individus|vies|morts|dead|deaths|bodies"
    r"|corps|victims|victimes|others)\b",
    re.I,
)
#: "six dead soldiers", "12 bodies of Sri Lankan soldiers": the noun after says whose dead
DEAD_THEN = re.compile(
    r"^\s*(?:dead\s+((?:[\w'’-]+\s*){1,2})|(?:bodies|corpses|remains)\s+of\s+(?:the\s+)?((?:[\w'’-]+\s*){1,3}))", re.I
)
VAGUE = re.compile(
    r"\b(?:several|a few|a handful of|numerous|many|dozens|scores|hundreds|thousands|plusieurs|quelques|nombreux"
    r"|nombreuses|des dizaines|des centaines|des milliers)\b",
    re.I,
)


#: "103 people, mostly women and children": who most of a generic toll were
MOSTLY_AFTER = re.compile(
    r"^\s*(?:people|persons|personnes|victims|victimes|dead|morts)?,?\s*(?:mostly|mainly|largely|most of them"
    r"|many of them|the majority of them|majoritairement|pour la plupart|en majorit[ée]|principalement)\s+"
    r"(?P<who>[^,.;]{3,50})",
    re.I,
)


#: "six women and three men were killed": men, boys and girls named as the dead are
#: people, whatever the clause says of their killers ("by the militants")
_MEN_HEAD = re.compile(r"^\s*(?:[\w'’-]+\s+)?(?:men|boys|girls)\b(?!\s+(?:of|from)\b)", re.I)
#: "we lost six men", "his men": a force's own men
_OWN_MEN = re.compile(r"\b(?:lost|losing|lose|perdu|our|his|their|its)\s+(?:at least\s+|some\s+)?\S*\s*$", re.I)


def other_dead(one: Victims, other: Victims) -> bool:
    """Whether two figures count different people by whom they name: "three soldiers" and
    "three civilians" are two tolls even when the number is the same; "three people" may
    be either."""
    return one in NAMED_SIDES and other in NAMED_SIDES and one != other


def victims_after(before: str, after: str) -> Victims:
    """Whose dead a figure counts, from the words after it, where men, boys and girls named
    as the dead are civilians ("three men were killed by the militants"), not the killers
    the clause goes on to name, unless they are a force's own men ("we lost six men")."""
    victims = victims_of(after)
    if victims in ("unknown", "non_state") and _MEN_HEAD.match(after) and not _OWN_MEN.search(before + " "):
        return "civilians"
    return victims


def victims_of(noun_phrase: str) -> Victims:
    """Whose dead a figure counts, from the words that follow it ("15 combatants")."""
    found: list[tuple[int, Victims]] = []
    for victims, pattern in _VICTIM_NOUNS:
        m = pattern.search(noun_phrase)
        if m:
            found.append((m.start(), victims))
    head = _civilian_heads().search(noun_phrase)
    if head:
        found.append((head.start(), "civilians"))
    group = _group_names().match(noun_phrase)
    if group:  # "62 Taleban and 45 civilians": fighters counted by their group's name
        found.append((group.start(1), "non_state"))
    if not found:
        return "unknown"
    return min(found)[1]


#: the actor table's civilian nouns that say nothing of who died ("people", "victims")
_NOT_A_SIDE = {"people", "persons", "personnes", "population", "populations", "victims", "victimes", "civil",
               "staff", "crew", "detainees", "prisoners", "chief", "family", "families", "guests"}  # fmt: skip


@functools.cache
def _civilian_heads() -> re.Pattern[str]:
    """The actor table's nouns for civilians ("preachers", "Shi'ite Muslims", "commuters"):
    one list for whom an actor is and whose dead a figure counts."""
    data = json.loads(data_text("actors.json"))
    heads = [h for g in data["generic"].values() if g.get("type") == "Civilians" for h in g["heads"]]
    words = sorted({h for h in heads if h not in _NOT_A_SIDE}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.I)


@functools.cache
def _group_names() -> re.Pattern[str]:
    """The actor table's names of armed groups ("Taliban", "al-Shabab", "Boko Haram") as the
    first words after a figure: the dead counted by their group's name are its fighters."""
    data = json.loads(data_text("actors.json"))
    armed = ("Rebel group", "Political militia", "Identity militia")
    names = {
        n
        for a in data["actors"]
        if a.get("type") in armed
        for n in (*a.get("aliases", []), *(x for xs in a.get("country_aliases", {}).values() for x in xs))
        if len(n) >= 4 and n[0].isupper() and " " not in n.strip() or re.fullmatch(r"[A-Z][\w'’-]+ [A-Z][\w'’-]+", n)
    }
    words = sorted(names, key=len, reverse=True)
    return re.compile(r"^\s*(?:suspected\s+|alleged\s+)?(" + "|".join(map(re.escape, words)) + r")(?![\w'’-])")
