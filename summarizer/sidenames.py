"""Mentions that name no armed side: a person, or a nation's people in a crowd.

ACLED's actors are groups. The small model sometimes puts a person in a side ("M.
Emmanuel Ngafeson", the man who was taken) or, in a riot, the people the crowd belongs
to ("Palestinians"), which the alias table reads as that country's army. Code corrects
both from the mention's own words:

- a mention that opens with a personal title (Mr, Mrs, M., Mme, Dr ...) is a person: as
  the side that acted it becomes the codebook's Unidentified Armed Group (who took or
  attacked them is not named), as the side acted upon it is Civilians;
- in a protest or riot, a bare nationality ("Palestinians", "les Maliens") is the crowd:
  Rioters (Country) in a violent demonstration or mob violence, Protesters (Country) in
  a protest;
- a state force that is only the story's informant of a bombing ("Iraqi police tell VOA
  the blast killed at least 17"): bombs are not the police's, and the bomber the article
  leaves unnamed is the Unidentified Armed Group;
- a source of the story (the Red Cross that counted the bodies, a rights group, a UN
  agency, a hospital, a diplomat who said who was behind it) is no armed side: as the side that acted it becomes the
  Unidentified Armed Group the article leaves unnamed, as the side acted upon its staff
  are Civilians.
"""

from __future__ import annotations

import re

from .actors import canonical_actor, is_named
from .geo import country_name
from .keywords import VIOLENT_TYPES
from .schema import EVENT_TYPE_OF, Actor, ActorType, FatalityClaim
from .sides import strike_owner

_TITLE = re.compile(r"^(?:M|Mr|Mrs|Ms|Mme|Mlle|Dr|Me|Pr)\.?\s+[A-Z]", re.U)
_RIOT = {"Violent demonstration", "Mob violence"}
_PROTEST = {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"}
_ARTICLE = re.compile(r"^(?:the|les|des|de|l'|l’)\s*", re.I)

Flags = list[str]


def person_side(actor: Actor | None, mention: str, slot: str) -> tuple[Actor | None, Flags]:
    """A person named as a side becomes the group the codebook codes them by."""
    if actor is None or not _TITLE.match(mention.strip()):
        return actor, []
    if slot == "actor1":
        return Actor(name="Unidentified Armed Group", type="Rebel group", aliases=[]), [f"{slot}_is_a_person:{mention}"]
    return Actor(name="Civilians", type="Civilians", aliases=[mention]), [f"{slot}_is_a_person:{mention}"]


#: an office a person holds: "U.S. President Donald Trump", "Unity and Jonglei State
#: governors", "deputy administrator for Abyei" -- people who spoke, not a side that fought
_OFFICE = re.compile(
    r"\b(?:president|prime minister|minister|governors?|commissioners?|spokes(?:man|woman|person)|mayor|senator"
    r"|secretary|administrator|ambassador|envoy|pr[ée]sident|ministre|gouverneur|porte-parole|pr[ée]fet)\b",
    re.I,
)
#: words that make the mention a force, not the official: "President Kiir's forces"
_FORCE = re.compile(
    r"\b(?:forces?|troops|soldiers|army|guards?|militias?|militiamen|fighters|police|supporters|loyalists|men|rebels"
    r"|partisans|gardes?|soldats|militaires)\b",
    re.I,
)


def official_side(actor: Actor | None, mention: str, sub_type: str) -> tuple[Actor | None, Flags]:
    """An official named as the side that did violence is who spoke of it: the doer the
    article leaves unnamed is the Unidentified Armed Group. The alias table may know the
    office ("President" reads as the state): the mention's own words decide."""
    if actor is None or EVENT_TYPE_OF.get(sub_type) not in VIOLENT_TYPES:
        return actor, []
    if not _OFFICE.search(mention) or _FORCE.search(mention):
        return actor, []
    return Actor(name="Unidentified Armed Group", type="Rebel group", aliases=[]), [f"actor1_is_an_official:{mention}"]


#: a political party's name: "the Awami National Party", "le Parti socialiste"
_PARTY = re.compile(r"\b(?:Party|Parti)\b")


def party_side(actor: Actor | None, mention: str, sub_type: str) -> tuple[Actor | None, Flags]:
    """A political party the alias table does not know as armed, named as the side that
    bombed or attacked, is most often the side hit ("a suicide bomb attack at an election
    rally" of the party): the doer the article leaves unnamed is the Unidentified Armed
    Group. Parties that fight (the PKK, the CPI (Maoist)) are in the table and stand."""
    if actor is None or EVENT_TYPE_OF.get(sub_type) not in ("Explosions/Remote violence", "Violence against civilians"):
        return actor, []
    if not _PARTY.search(mention) or is_named(actor):
        return actor, []
    return Actor(name="Unidentified Armed Group", type="Rebel group", aliases=[]), [f"actor1_is_a_party:{mention}"]


def crowd_side(
    actor: Actor | None, mention: str, sub_type: str, slot: str, where: str | None = None
) -> tuple[Actor | None, Flags]:
    """A nation's people in a protest or riot are the crowd, not the nation's army; so are
    a community's people ("des centaines de musulmans", "youths") in the event's country.
    A crowd is named by what the event says it did: Rioters in a riot, Protesters in a
    protest, whichever word the model chose."""
    if sub_type not in _RIOT | _PROTEST:
        return actor, []
    kind = _crowd_kind(sub_type)
    if actor is None:
        # a riot no one is named for ("mosques and dozens of homes destroyed in riots"): its crowd
        if slot != "actor1" or not where:
            return actor, []
        return Actor(name=f"{kind} ({where})", type=kind, aliases=[]), [f"{slot}_the_unnamed_crowd"]
    if actor.type in ("Protesters", "Rioters"):
        return _crowd_of_the_event(actor, sub_type, slot)
    bare = _ARTICLE.sub("", mention.strip())
    country = country_name(bare) if bare and bare[-1:] in "sS" else None
    if (
        not country
        and where
        and slot == "actor1"
        and actor.type not in ("State forces", "External/Other forces")
        # "young men", "community members" typed civilians: who protests is the crowd
        and (_PEOPLE.match(bare) or actor.type == "Civilians")
    ):
        country = where
    if not country:
        return actor, []
    crowd = Actor(name=f"{kind} ({country})", type=kind, aliases=[mention])
    return crowd, [f"{slot}_is_the_crowd:{mention}"]


def _crowd_kind(sub_type: str) -> ActorType:
    """A crowd is named by what the event says it did."""
    return "Rioters" if sub_type in _RIOT else "Protesters"


def _crowd_of_the_event(actor: Actor, sub_type: str, slot: str) -> tuple[Actor, Flags]:
    """ "Protesters (Guinea)" in a violent demonstration are its Rioters (Guinea)."""
    kind = _crowd_kind(sub_type)
    if actor.type == kind:
        return actor, []
    name = re.sub(r"^(?:Protesters|Rioters)\b", kind, actor.name)
    return Actor(name=name, type=kind, aliases=actor.aliases), [f"{slot}_crowd_named_by_the_event:{actor.name}"]


#: a community's people, not an armed group: "Musulmans", "Christians", "youths", "habitants"
_PEOPLE = re.compile(
    r"^(?:(?:hundreds|thousands|dozens) of\s+|des (?:centaines|milliers|dizaines) de\s+)?(?:musulmans|muslims|chr[ée]tiens"
    r"|christians|youths?|jeunes|residents|habitants|villagers|villageois|students|[ée]tudiants|worshippers|fid[èe]les)$",
    re.I,
)


_SOURCE = re.compile(
    r"\b(?:red cross|red crescent|croix[- ]rouge|croissant[- ]rouge|doctors without borders"
    r"|m[ée]decins sans fronti[èe]res|human rights watch|amnesty|world health organi[sz]ation|hospital|h[ôo]pital"
    r"|humanitarian|humanitaire|aid group|aid agency|observatory|observatoire|ambassadors?|diplomats?|embassy|envoys?"
    r"|ambassade|ambassadeur|diplomates?|[ée]missaire|activists?|activistes?|monitors?|monitoring group"
    r"|rights groups?|witness(?:es)?|t[ée]moins?)\b",
    re.I,
)
_ARMED = re.compile(r"\b(?:armed|gunmen|militants?|fighters?|arm[ée]s)\b", re.I)
#: acronyms, written in capitals ("WHO", not "who")
_SOURCE_ACRONYM = re.compile(r"\b(?:ICRC|CICR|IFRC|MSF|HRW|ACLED|UNHCR|HCR|UNICEF|OCHA|WFP|PAM|WHO|OMS|NGO|ONG)\b")


#: the United Nations with no force of its own named ("UN peacekeepers" are one): a story's source
_BARE_UN = re.compile(r"(?:the\s+)?(?:United Nations|U\.?N\.?|ONU|Nations unies)", re.I)


def source_side(actor: Actor | None, mention: str, slot: str, sub_type: str = "") -> tuple[Actor | None, Flags]:
    """A story's source named as a side becomes the side the codebook codes instead. The
    bare United Nations is a source in violence only: it can be a party to an agreement."""
    if actor is None or actor.type in ("Protesters", "Rioters"):
        return actor, []
    violent = EVENT_TYPE_OF.get(sub_type) in VIOLENT_TYPES or sub_type == "Excessive force against protesters"
    bare_un = _BARE_UN.fullmatch(mention.strip()) and violent
    if not (_SOURCE.search(mention) or _SOURCE_ACRONYM.search(mention) or bare_un):
        return actor, []
    if _ARMED.search(mention):
        return actor, []  # "armed activists who stormed military facilities" fight, they do not report
    if slot == "actor1":
        return Actor(name="Unidentified Armed Group", type="Rebel group", aliases=[]), [f"{slot}_is_a_source:{mention}"]
    return Actor(name="Civilians", type="Civilians", aliases=[mention]), [f"{slot}_is_a_source:{mention}"]


def armed_side(actor: Actor | None, mention: str, slot: str) -> tuple[Actor | None, Flags]:
    """People the article calls armed ("armed activists who stormed several military
    facilities", "des hommes armés") are no civilians: ACLED codes them an armed group."""
    if actor is None or actor.type != "Civilians" or not _ARMED.search(mention):
        return actor, []
    group = Actor(name="Unidentified Armed Group", type="Rebel group", aliases=[mention])
    return group, [f"{slot}_armed_not_civilians:{mention}"]


_BOMBINGS = {"Remote explosive/landmine/IED", "Suicide bomb", "Grenade"}
#: a force as the subject of a saying verb, or a headline's source before its colon:
#: "Iraqi police tell VOA", "the army said", "Iraqi Police: Baghdad Explosion Kills 17"
_FORCE_SAYS = re.compile(
    r"\b(?P<force>police(?:men)?|army|military|soldiers|troops|security forces)(?:\s+(?:officials?|sources?))?"
    # "Military officials in Cameroon say": where the speakers serve is still the speaker
    r"(?:\s+(?:in|of)\s+(?-i:[A-Z][\w'-]+)(?:\s+(?-i:[A-Z][\w'-]+))?(?:\s+(?:state|province|region|county|district))?"
    # "Police in the oil-rich northern city say"
    r"|\s+in\s+the\s+(?:[\w'-]+\s+){0,3}?(?:city|town|village|province|region|capital|area|district)"
    r"(?:\s+(?:in|of)\s+(?:\w+\s+)?(?-i:[A-Z][\w'-]+))?)?"
    # "Police Monday said": the day it was said may stand before the verb
    r"(?:\s*:|(?:\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday))?"
    r"\s+(?:also\s+)?(?:say|says|said|tell|tells|told|report(?:s|ed)?|confirm(?:s|ed)?|believe[sd]?|think"
    r"|thinks)\b)",
    re.I,
)
_FORCE_WORD = re.compile(r"\b(?:police(?:men)?|army|military|soldiers|troops|security forces)\b", re.I)


#: forces sent somewhere ("Nigeria has deployed security forces to a village"): they came
#: after the event, and are no side of it
_SENT = re.compile(
    r"\b(?:deploy(?:ed|s)?|dispatch(?:ed|es)?|sent|rushed|d[ée]ploy[ée]\w*|envoy[ée]\w*)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?P<force>police(?:men)?|army|military|soldiers|troops|security forces)\b",
    re.I,
)

#: the force that sends them: "The military has deployed scores of troops"
_SENDER = re.compile(
    r"\b(?P<force>police|army|military|security forces)\s+(?:has\s+|have\s+|had\s+|a\s+|ont\s+)?"
    r"(?:deploy(?:ed|s)?|dispatch(?:ed|es)?|sent|rushed|d[ée]ploy[ée]\w*|envoy[ée]\w*)\b",
    re.I,
)

#: bodies found: the finder reports a killing someone else did
_BODIES_FOUND = re.compile(r"\b(?:found|discovered|recovered)\b[^.;]{0,40}\b(?:bodies|corpses)\b", re.I)
#: another side named as the one who killed: "police say gunmen have killed seven members of a family"
_OTHERS_KILLED = re.compile(
    r"\b(?:gunmen|militants|insurgents|rebels|assailants|attackers|bandits|armed men|unknown men|hommes arm[ée]s"
    r"|assaillants)\s+(?:have\s+|had\s+|has\s+|ont\s+)?(?:killed|kill|shot|murdered|massacred|stormed|attacked|tu[ée])\b",
    re.I,
)
_BATTLE = re.compile(r"\b(?:fight\w*|fought|clash\w*|battl\w*|combats?|affrontements?|exchange of fire)\b", re.I)


def _only_informant(evidence: list[str]) -> bool:
    """Whether every force word of the evidence is the subject of a saying verb, or the
    forces someone sent after the event."""
    told = " ".join(evidence)
    named = [m.start() for m in _FORCE_WORD.finditer(told)]
    saying = {m.start("force") for m in _FORCE_SAYS.finditer(told)}
    saying |= {m.start("force") for m in _SENT.finditer(told)}
    saying |= {m.start("force") for m in _SENDER.finditer(told)}
    return bool(named) and all(n in saying for n in named)


def informant_side(actor: Actor | None, sub_type: str, evidence: list[str]) -> tuple[Actor | None, Flags]:
    """A state force that the evidence names only as who reports a bombing or a killing
    ("Police in Mexico's Guerrero state say they have found seven bullet-riddled bodies",
    "Iraqi police say gunmen have killed seven members of a family") is not its author."""
    if actor is None or actor.type != "State forces" or sub_type not in (*_BOMBINGS, "Attack"):
        return actor, []
    if sub_type == "Attack" and not any(_BODIES_FOUND.search(q) or _OTHERS_KILLED.search(q) for q in evidence):
        return actor, []  # a force that says it fought ("two marines have been killed") may have acted
    if not _only_informant(evidence):
        return actor, []
    return Actor(name="Unidentified Armed Group", type="Rebel group", aliases=[]), ["actor1_is_an_informant"]


#: what a power that only reacts to an attack does: "The United States has condemned ...
#: Thursday's ambush", "US, UN Condemn Mali Attack"
_REACTS = re.compile(
    r"^[\w\s,.'’-]{0,25}?\b(?:has |have |had )?(?:strongly |also |swiftly )?(?:condemn\w*|denounc\w*|deplor\w*"
    r"|decr(?:y|ies|ied)\b|condamn\w*|d[ée]nonc\w*|express\w* (?:its |their |his |her )?(?:condolences|sympathy))",
    re.I,
)


def condemner_side(actor: Actor | None, mention: str, evidence: list[str]) -> tuple[Actor | None, Flags]:
    """A state or foreign power the evidence names only as condemning the attack is no
    side of it: the attacker is then unidentified (until a claim names it)."""
    if actor is None or actor.type not in ("State forces", "External/Other forces") or not mention.strip():
        return actor, []
    told = " ".join(evidence)
    found = list(re.finditer(rf"(?<![\w-]){re.escape(mention.strip())}(?![\w-])", told, re.I))
    if not found or not all(_REACTS.match(told[m.end() :]) for m in found):
        return actor, []
    return Actor(name="Unidentified Armed Group", type="Rebel group", aliases=[]), [
        f"actor1_only_condemns:{actor.name}"
    ]


_ARMED_NON_STATE = {"Rebel group", "Political militia", "Identity militia"}


def informant_of_civilian_deaths(
    actor1: Actor | None, actor2: Actor | None, claims: list[FatalityClaim], evidence: list[str]
) -> tuple[Actor | None, Actor | None, Flags]:
    """("Military officials in Cameroon say armed separatists killed at least six people
    ... when they attacked a bus"): the army that only reports the dead is no side of the
    fight; when every dead counted is a civilian (or people of no side), the armed group
    attacked civilians."""
    if not claims or any(c.victims not in ("civilians", "unknown") for c in claims):
        return actor1, actor2, []
    if not any(c.victims == "civilians" for c in claims) and _BATTLE.search(" ".join(evidence)):
        # people of no side killed where "fighting is continuing": a battle's dead
        return actor1, actor2, []
    # "an Israeli air strike": the evidence gives the strike an owner, who is then no mere informant
    owners = {canonical_actor(words).name for words in strike_owner(evidence)}
    pair = [actor1, actor2]
    for i, actor in enumerate(pair):
        other = pair[1 - i]
        if (
            actor is not None
            and actor.name not in owners
            and actor.type == "State forces"
            and other is not None
            and other.type in _ARMED_NON_STATE
            and _only_informant(evidence)
        ):
            civilians = Actor(name="Civilians", type="Civilians", aliases=[])
            return other, civilians, [f"state_forces_only_report_civilian_deaths:{actor.name}"]
    if (
        actor1 is not None
        and actor1.type == "State forces"
        and actor1.name not in owners
        and (actor2 is None or actor2.type == "Civilians")
        and _only_informant(evidence)
    ):
        # "Police in the town of Coyuquilla say the men had been shot": the police found and
        # report the dead; who shot them the evidence does not say
        unknown = Actor(name="Unidentified Armed Group", type="Rebel group", aliases=[])
        return unknown, actor2, [f"state_forces_only_report_civilian_deaths:{actor1.name}"]
    return actor1, actor2, []
