"""A sentence that tells a town changing hands, and whose hands it went into.

Roundups report territory as news of the day ("On Tuesday, Chad said its forces had
liberated the Borno state town of Dikwa"; "The Nigerian army said Thursday that its troops
are now in full control of Mafa"; "Les combattants ... ont pris le contrôle de la ville").
The keyword typing of violence (``keywords.classify``) has no such kind, so the events found
in the text missed them. A verb of taking a place decides that the sentence tells one; the
words before the verb decide whose: a state's forces regain territory, anyone else
overtakes it. Background ("seized the city in 2014") is the caller's to leave out, by the
sentence's own date.
"""

from __future__ import annotations

import re

from .article import Article
from .found_sides import NOBODY, named_group
from .geo.countries import countries_named
from .schema import Actor, ActorType

#: taking a place: "liberated", "recaptured", "took control of", "now in full control of"
_TAKEN = re.compile(
    r"\b(?:liberated|recaptured|retook|retaken|regained|reclaimed|took back|taken back|seized control of|"
    r"(?:took|taken|gained|seized|assumed)\s+(?:full\s+|complete\s+|total\s+)?control\s+of|"
    r"(?:is|are|was|were)\s+(?:now\s+)?in\s+(?:full\s+|complete\s+|total\s+)?control\s+of|overran|overrun|"
    r"captured|capturing|seized|seizing|re-?occupied|reoccupying|(?:took|taken|take|taking)\s+over|"
    # "had taken the town from government troops"
    r"(?:took|taken)(?=\s+(?:the|a|this|that)\s+(?:[\w.'’-]+\s+){0,3}?(?:town|city|village|base|camp|garrison|port|airport)\b)|"
    r"(?:a|ont)\s+(?:pris|repris)\s+le\s+contr[ôo]le\s+d|(?:a|ont)\s+lib[ée]r[ée]|(?:s['’]est|se\s+sont)\s+empar[ée]e?s?\s+d)",
    re.I,
)
#: what is taken must be a place, not people or arms ("captured 70 suspects")
_NOT_A_PLACE = re.compile(
    r"^\s*(?:more than\s+|at least\s+|about\s+|some\s+)?(?:\d+|\w+\s+(?:suspects?|insurgents?|militants?|fighters?"
    r"|soldiers?|weapons?|rifles?|vehicles?|people|hostages?|members?|commanders?)|(?:suspects?|weapons?|arms"
    r"|hostages?|prisoners?)|them|him|her|us)\b",
    re.I,
)
#: people taken, told in the passive: "21 attackers were captured along with some arms"
_PEOPLE_TAKEN = re.compile(
    r"\b(?:attackers|assailants|suspects|militants|fighters|insurgents|rebels|gunmen|soldiers|troops|people|hostages"
    r"|captives|members|civilians|workers|tourists|officials|he|she|they)\s+(?:were|was|have been|had been|are being"
    r"|is being|being)\s+$",
    re.I,
)
#: a vehicle seized, not ground: "took over a bus", "seized a ship"
_A_VEHICLE = re.compile(
    r"\s*(?:an?|the|two|three|several)\s+(?:[\w-]+\s+){0,2}?(?:(?:mini-?)?bus(?:es)?|planes?|aircraft|airliners?|ships?"
    r"|vessels?|tankers?|boats?|trucks?|cars?|trains?|convoys?|helicopters?)\b",
    re.I,
)
#: the verb ends its clause: nothing taken is named after it
_NOTHING_NAMED = re.compile(r"\s*(?:[.,;:!?)]|$)")
#: a state's forces as the side that took it
_STATE_TAKER = re.compile(
    r"\b(?:army|military|troops|soldiers|government|security forces|armed forces|its forces|government forces"
    r"|arm[ée]e|soldats|militaires|forces (?:arm[ée]es|gouvernementales|de d[ée]fense))\b",
    re.I,
)


#: the other side had left: the place changed hands without a fight ("re-occupied the towns
#: following Sunday's retreat by FARDC forces", "after the army withdrew", "sans combat")
_UNOPPOSED = re.compile(
    r"\b(?:following|after)\s+(?:the\s+|a\s+|[\w'’]+['’]s\s+)?(?:\w+\s+)?(?:retreat|withdrawal|pull-?out|departure)\b"
    r"|\bafter\s+(?:the\s+)?[\w\s'’-]{0,40}?\b(?:withdrew|retreated|pulled out|left|abandoned)\b"
    r"|\bwithout (?:a fight|resistance|a shot being fired|firing a shot)|\bsans (?:combat|r[ée]sistance)",
    re.I,
)


#: a government overthrown: ACLED's coup is a strategic development of its own, no ground
#: changes hands ("The junta that seized control of Mali in a coup two weeks ago")
_COUP_TAKING = re.compile(
    r"\b(?:seiz\w*|t[ao]ok|taken|grabb\w*|pris|prise)\s+(?:control|power|le\s+pouvoir)\b[^.;,]{0,30}?"
    r"\b(?:in|through|via|during|lors\s+d['’]|par)\s*(?:an?|the|un|le|last\s+\w+['’]s)\s+(?:[\w-]+\s+)?(?:coup|putsch)\b",
    re.I,
)


def power_seized(text: str) -> bool:
    """Whether the text tells power taken in a coup (a change of rulers, not of ground)."""
    return bool(_COUP_TAKING.search(text))


def territory_taken(sentence: str) -> tuple[str, str] | None:
    """("Strategic developments", sub-type) when the sentence tells a place taken, else None."""
    m = _TAKEN.search(sentence)
    taken = sentence[m.end() :] if m else ""
    if m is None or _NOT_A_PLACE.match(taken) or _NOTHING_NAMED.match(taken) or _A_VEHICLE.match(taken):
        return None  # "six others captured", "took over a bus": people or a vehicle, no place
    if _PEOPLE_TAKEN.search(sentence[max(0, m.start() - 60) : m.start()]):
        return None
    coup = _COUP_TAKING.search(sentence)
    if coup and coup.start() <= m.start() < coup.end():
        return None  # "The junta that seized control of Mali in a coup": power taken, not ground
    if _UNOPPOSED.search(sentence[m.end() :]):
        return "Strategic developments", "Non-violent transfer of territory"
    taker = sentence[max(0, m.start() - 80) : m.start()]
    if _STATE_TAKER.search(taker):
        return "Strategic developments", "Government regains territory"
    return "Strategic developments", "Non-state actor overtakes territory"


def taker_sides(sentence: str, sub_type: str, country: str, art: Article) -> tuple[str, ActorType, str, ActorType]:
    """The side that took the town: a state's forces (of the country named before the verb,
    "Chad said its forces had liberated"), or the group the sentence names."""
    if sub_type == "Government regains territory":
        # the words that name the force as written ("The Nigerian army", "Chad said its
        # forces"): a name in the text is one the checks keep
        verb = _TAKEN.search(sentence)
        taker = sentence[: verb.start()] if verb else sentence
        named = countries_named(taker)
        if not named:
            return f"Military Forces of {country}", "State forces", "", "Rebel group"
        words = re.search(
            rf"\b[\w'’-]*{re.escape(named[0][:4])}[\w'’-]*(?:\s+(?:army|military|troops|forces|soldiers))?",
            taker,
            re.I,
        )
        return (words.group(0) if words else named[0]), "State forces", "", "Rebel group"
    group = named_group(sentence, country, art)
    if group:
        return group[0], group[1], "", "State forces"
    return NOBODY, "Rebel group", "", "State forces"


_CHANGES_OF_HANDS = ("Government regains territory", "Non-state actor overtakes territory")
#: the state's forces lost the ground: "Rebel forces control ... Kidal after pushing back
#: government troops", "Malian Forces Retreat From Rebel-Controlled Kidal"
_STATE_LOST = re.compile(
    r"\b(?:pushing|pushed|driving|drove|driven|forcing|forced)\s+(?:back|out)\s+(?:the\s+)?(?:[\w'’-]+\s+)?"
    r"(?:government|army|troops|soldiers|forces|military)\b"
    r"|\b(?:army|troops|soldiers|forces|military)\s+(?:(?:have|had|were|was)\s+)?(?:been\s+)?(?:forced\s+to\s+)?"
    r"(?:retreat(?:s|ed|ing)?|withdr[ae]w\w*|pull(?:ed)?\s+out|fled|abandon(?:s|ed)?)\b",
    re.I,
)


def taker_told(
    sub_type: str, actor1: Actor | None, actor2: Actor | None, evidence: list[str]
) -> tuple[Actor | None, Actor | None, list[str]]:
    """The sides the other way round when the evidence's verb of taking has the model's
    second side as its subject: "a weekend offensive in which Tamil Tiger guerrillas captured
    the strategic Elephant Pass", read by the model as the army's (its "withdrawal" a gain).
    Only a taker named in the sentence's own words swaps them; the caller then types the
    change of hands by its new first side."""
    if sub_type not in _CHANGES_OF_HANDS or actor1 is None or actor2 is None:
        return actor1, actor2, []
    if (
        sub_type == "Government regains territory"
        and actor1.type == "State forces"
        and actor2.type != "State forces"
        and any(_STATE_LOST.search(q) for q in evidence)
    ):
        # the state's forces retreated: the other side took the ground
        return actor2, actor1, ["actors_swapped:state_forces_lost_ground"]
    for quote in evidence:
        m = _TAKEN.search(quote)
        if m is None or territory_taken(quote) is None:
            continue
        before = quote[max(0, m.start() - 80) : m.start()].lower()
        if (actor1.type == "State forces") != (actor2.type == "State forces") and any(
            a and a.lower() in before for a in actor2.aliases
        ):
            return actor2, actor1, ["actors_swapped:taker_told"]
        return actor1, actor2, []
    return actor1, actor2, []


__all__ = ["taker_sides", "taker_told", "territory_taken"]
