"""Words that describe armed actors rather than name them, read by ``actors.canonical_actor``.

A mention's capitalised words may be a group's own name ("Seleka rebels", "Karenni Army") or
only describe a force ("Suspected Islamist militants", "National army"); a community's name
may come before a militia's kind ("Murle tribesmen"); a force's former members are people,
unless they are under arms as a body ("former Haitian forces").
"""

from __future__ import annotations

import re

#: fighters named by their ethnic group, the word "ethnic" or "tribe" saying so
ETHNIC = re.compile(
    r"^(?:armed\s+)?(?:(?:ethnic|tribal)\s+(?P<who>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)\s+(?:rebels|militia|militiamen|fighters"
    r"|gunmen|youths?|raiders|attackers)|(?P<who2>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)\s+(?:tribesmen|tribal militia"
    r"|ethnic militia))$"
)


#: generic militia kinds a community's name can come before ("Garre clan", "Murle tribesmen")
MILITIA_KINDS = {"clan_militia": "Clan", "communal_militia": "Ethnic"}

#: generic kinds whose head can follow a group's own name ("Seleka rebels", "Karenni Army",
#: "Free Syrian Army"); civilians, protesters and governments are not named this way
NAMEABLE_KINDS = frozenset({"military", "police", "armed_group"})

#: capitalised words before a head that describe a force rather than name it
DESCRIPTIVE_WORDS = """
    unidentified unknown suspected alleged armed heavily masked local rival several other some many
    islamist islamists islamic jihadist jihadi extremist terrorist insurgent militant rebel separatist radical
    government pro-government anti-government state former ex allied opposition tribal ethnic communal
    village self-defense self-defence muslim christian sunni shia shiite shi'ite catholic
    suicide car truck motorcycle roadside would-be lone
    national federal special republican presidential royal joint elite regular paramilitary auxiliary
    security defense defence border counterterrorism anti-terrorism riot military army
    un u.n united nations african union au nato eu coalition international foreign
    also meanwhile earlier later then but and on in at when after before while however yesterday today
    monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
"""
DESCRIPTIVE = frozenset(DESCRIPTIVE_WORDS.split())


#: a force's former members ("two former soldiers", "un ancien policier", "retired army
#: officers", "ex-servicemen"): no longer the state's forces, ACLED codes them civilians
FORMER = re.compile(
    r"\b(?:former|ex|retired|ancien|anciens|ancienne|anciennes|demobili[sz]ed|demobilises?|retraites?)\s"
)


#: former soldiers as a body under arms, not as people
ORGANISED = re.compile(r"\b(?:forces|rebels?)\b")


#: "the African Union force in Somalia": a force named before where it serves
SERVING_IN = re.compile(r"^(?P<head>.+?)\s+(?:in|en|au)\s+(?P<where>[A-Z][\w' -]+)$")
#: "foreign troops": not the country's own army, and no one named
FOREIGN_TROOPS = re.compile(r"^(?:the\s+)?foreign\s+(?:troops|forces|soldiers|military)$", re.I)

#: an armed group told as the side that went in: "militants attacked a checkpoint", "rebels stormed"
GROUP_WENT_IN = re.compile(
    r"\b(?:militants|insurgents|rebels|gunmen|fighters|attackers|assailants|jihadists|terrorists|guerrillas)\s+"
    r"(?:have\s+|had\s+)?(?:attacked|ambushed|stormed|raided|assaulted|overran|struck|launched|opened fire)\b",
    re.I,
)

__all__ = [
    "DESCRIPTIVE",
    "GROUP_WENT_IN",
    "ETHNIC",
    "FORMER",
    "MILITIA_KINDS",
    "NAMEABLE_KINDS",
    "ORGANISED",
    "SERVING_IN",
    "FOREIGN_TROOPS",
    "THINGS",
]


#: buildings and goods, never a side: "Mosques", "two churches", "les maisons"
THINGS = re.compile(
    r"(?:(?:the|a|an|two|three|several|many|dozens of|les?|la|des)\s+)?(?:[\w'’-]+\s+)?(?:mosques?|church(?:es)?|homes?"
    r"|houses?|buildings?|schools?|shops?|markets?|hospitals?|vehicles?|cars?|trucks?|property|properties|temples?"
    r"|pagodas?|mosqu[ée]es?|[ée]glises?|maisons?|[ée]coles?|v[ée]hicules?)",
    re.I,
)
