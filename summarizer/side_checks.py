"""The sides of an event: the model's mentions resolved to canonical actors (split when two
groups were written as one, a deed or a nobody named as a doer dropped), and a passive
verb's agent in place of a side the article lacks."""

from __future__ import annotations

import re

from .acronyms import expand, names_its_state
from .actor_words import THINGS
from .actors import canonical_actor, is_alias, is_named, is_raw
from .article import Article
from .claimant_checks import the_outlets_reporter
from .ethnic_sides import ethnic_mention
from .geo import country_name, names_country
from .grounding import align
from .schema import EVENT_TYPE_OF, Actor
from .sides import strike_owner
from .speakers import a_speaker_only, a_title_only
from .stand_ins import unnamed_stand_in
from .subtype_checks import ARMED_TYPES

Flags = list[str]


def _found(mention: str, text: str) -> bool:
    return bool(mention.strip()) and align(mention, text).status != "none"


#: armed violence, riots apart (keywords.VIOLENT_TYPES holds those too)
ARMED_VIOLENCE_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians"}


_GENERIC_SIDES = (
    "Military Forces", "Police Forces", "Government", "Unidentified Armed Group", "Civilians", "Protesters", "Rioters",
)  # fmt: skip


#: two groups the model wrote as one side; the split is tried at every " and " so that a
#: name holding "and" ("Justice and Equality Movement") stays whole
_JOINED = re.compile(
    r"(?:the\s+)?(.+?(?:Movement|Army|Front|Forces?|Group|Brigades?|Council|Alliance|Union|[A-Z]{2,}))"
    r"\s+(?:and|et|&)\s+(?:the\s+|les?\s+|la\s+)?(.+)"
)


_LEADING = re.compile(r"^(?:(?:the|a|an|an?other|suspected|alleged|deadly|latest|new)(?:\s+|$))+", re.I)
_NOBODY = re.compile(
    r"(?:the\s+)?(?:unknown|none|n/?a|not (?:stated|specified|named|given)|nobody|no one|inconnus?)\.?", re.I
)
#: a mention that names the deed, not the doer: "Saudi Airstrike" (a headline the model
#: copied into a side), "the bombing", "a Taliban attack"
_DEED = re.compile(
    r"(?P<rest>.*?)\s*\b(?:counter-?\s*)?(?:air ?strikes?|air raids?|drone strikes?|missile strikes?|strikes?|attacks?|bombings?"
    r"|blasts?|explosions?|ambush(?:es)?|shelling|raids?)",
    re.I,
)


def _proper_name(words: str) -> bool:
    """Whether every long word is capitalised: a group's name, not "gunmen and soldiers"."""
    long_words = [w for w in re.split(r"[\s/-]+", words) if len(w) >= 4]
    return bool(long_words) and all(w[0].isupper() for w in long_words)


def resolve_actor(
    mention: str, kind: str, country: str | None, art: Article, slot: str, sub_type: str
) -> tuple[Actor | None, Flags]:
    """The canonical actor for the model's mention, read with the article's own acronyms:
    "PDF fighters" is the "People's Defence Forces" the article spelled out, not a generic
    armed group. A mention the article does not contain is not trusted for its country
    ("Nigerian soldiers" in a story about Niger): its generic side takes the event's
    country. State violence is done by a state's forces: "Government of X" acting in a
    battle or strike is coded "Military Forces of X", as ACLED does."""
    flags: Flags = []
    mention = mention.strip()
    if not mention:
        return None, flags
    if _NOBODY.fullmatch(mention):
        # "Unknown", "N/A": the model names no side; left empty for the checks to fill
        return None, [f"{slot}_names_nobody:{mention}"]
    if slot == "actor1" and THINGS.fullmatch(mention):
        # "Mosques" (from "Mosques, Homes Destroyed"): what was hit or burned did nothing (as
        # the second side, "homes" stand for the people who lost them)
        return None, [f"{slot}_is_a_thing:{mention}"]
    if the_outlets_reporter(mention, art):
        # "Ayaz Gul reports from Islamabad": who tells the story is no side of it
        return None, [f"{slot}_is_the_reporter:{mention}"]
    deed = _DEED.fullmatch(mention)
    if deed:
        # the side acted upon is never a deed: left empty for the target checks to fill; the
        # side that acted is whoever the deed's owner names ("Saudi", "a Taliban"), else nobody
        rest = _LEADING.sub("", deed.group("rest")).strip()
        if slot == "actor2" or not rest:
            return None, [f"{slot}_is_a_deed:{mention}"]
        owner, owner_flags = resolve_actor(rest, kind, country, art, slot, sub_type)
        return owner, [*owner_flags, f"{slot}_is_a_deed:{mention}"]
    ethnic = ethnic_mention(mention, art.text)
    if ethnic is not None and is_raw(canonical_actor(mention, country=country), mention):
        # "Ijaw militants" from "between ethnic Ijaw and Itsekiri militants": that people's militia
        actor = canonical_actor(ethnic, country=country)
        return actor.model_copy(update={"aliases": [mention]}), [f"{slot}_ethnic_militia:{mention}"]
    joined = _JOINED.fullmatch(mention)
    if joined and all(_proper_name(part) for part in joined.groups()):
        # "the Sudanese Liberation Movement and the Justice and Equality Movement" both
        # claimed it: one side is one group, the first named, flagged with the other
        first, flags_first = resolve_actor(joined.group(1), kind, country, art, slot, sub_type)
        return first, [*flags_first, f"{slot}_first_of_two:{joined.group(2)}"]
    in_text = _found(mention, art.text)
    if not in_text:
        flags.append(f"{slot}_not_in_text")
    actor = canonical_actor(mention, country=country, fallback_type=kind)  # type: ignore[arg-type]
    violent = EVENT_TYPE_OF.get(sub_type) in ARMED_VIOLENCE_TYPES
    if violent and in_text and is_raw(actor, mention) and (a_speaker_only(mention, art.text) or a_title_only(mention)):
        # "Témoignage de Bruno Ouédraogo", "selon le porte-parole de l'armée, le colonel
        # Gaspard Baratuza": a person who tells of the event is no side of it
        return None, [f"{slot}_is_a_speaker:{mention}"]
    long = expand(mention, art.acronyms)
    if long and not country_name(long):  # "US" is a country, read by the alias table
        # the article's own spelling wins over the table's reading of the same letters
        spelled = canonical_actor(long, country=country, fallback_type=kind)  # type: ignore[arg-type]
        state = is_alias(long, country) or names_its_state(long, spelled.name)  # "Sudanese Air Force (SAF)"
        if spelled.name.startswith(_GENERIC_SIDES) and not state:
            # "Popular Defence Forces" is no state army: the name the article gives stands
            # (a name the table lists as a state's, "Central Command", is that state's)
            spelled = Actor(name=long, type=spelled.type if is_raw(spelled, long) else kind, aliases=[])  # type: ignore[arg-type]
        if spelled.name != actor.name:
            flags.append(f"{slot}_acronym_expanded:{long}")
            return spelled.model_copy(update={"aliases": [mention, long]}), flags
    if is_named(actor):
        return unnamed_stand_in(actor, mention, art.text, slot, flags)  # "insurgents" in Somalia
    if (
        not in_text
        and is_raw(actor, mention)
        and actor.name != "Unidentified Armed Group"
        and actor.type in ("Rebel group", "Political militia", "Identity militia")
    ):
        # a group name neither the article nor the alias table has ("Selkala" for the
        # FPRC): not kept as if read, the side stays unidentified
        flags.append(f"{slot}_unconfirmed:{mention}")
        return Actor(name="Unidentified Armed Group", type=actor.type, aliases=[]), flags
    own_country = actor.name.rsplit(" of ", 1)[-1] if " of " in actor.name else ""
    if country and not in_text and " of " in actor.name and not names_country(art.text, own_country):
        # "Russian forces" for "Russian missile attacks": the words are the model's, but the
        # article names the force's country, so it stands
        generic_name = actor.name.rsplit(" of ", 1)[0]
        if not actor.name.endswith(f" of {country}") and generic_name in (
            "Military Forces",
            "Police Forces",
            "Government",
        ):
            flags.append(f"{slot}_country_from_event:{actor.name}")
            # the event country's own forces are state forces, not foreign ones
            actor = actor.model_copy(update={"name": f"{generic_name} of {country}", "type": "State forces"})
    if EVENT_TYPE_OF.get(sub_type) in ARMED_VIOLENCE_TYPES and actor.name.startswith("Government of "):
        actor = actor.model_copy(update={"name": "Military Forces of " + actor.name.removeprefix("Government of ")})
    return actor, flags


#: "ont été tuées dimanche par des hommes armés", "were killed by gunmen": the agent after
#: a passive verb of violence
DONE_BY = re.compile(
    r"\b(?:was|were|been|being|a été|ont été|été|sont|est)\s+(?:\w+\s+){0,2}?(?:killed|shot|attacked|ambushed|kidnapped"
    r"|abducted|executed|massacred|tu[ée]e?s?|abattu\w*|attaqu[ée]e?s?|assassin[ée]e?s?|massacr[ée]e?s?|enlev[ée]e?s?"
    r"|ex[ée]cut[ée]e?s?|carried\s+out|perpetrated|claimed|men[ée]e?s?|perp[ée]tr[ée]e?s?|revendiqu[ée]e?s?)"
    r"\s+(?:[\w'’-]+\s+){0,5}?(?:by|par)\s+(?P<agent>[^,.;:()]{3,60})",
    re.I,
)
#: where the agent's words end: "des hommes armés arrivés à moto", "gunmen in a pickup"
AGENT_END = re.compile(
    r"\s+(?:in|on|at|near|during|while|who|which|after|before|with|riding|arriving|dans|à|au|aux|près|lors|qui"
    r"|arriv\w+|venus?|circulant|avec|sur|en)\b.*$",
    re.I,
)


def agent_side(
    actor1: Actor | None, actor2: Actor | None, not_in_text: bool, evidence: list[str], country: str | None
) -> tuple[Actor | None, Flags]:
    """A side the model wrote that the article does not contain gives way to the agent the evidence names
    after a passive verb ("huit personnes ont été tuées par des hommes armés": the armed men acted, not the
    "Nigerien army" the model supplied). Only an agent the alias table reads as an armed side replaces it."""
    if not not_in_text:
        return actor1, []
    for quote in evidence:
        m = DONE_BY.search(quote)
        if m is None:
            continue
        words = AGENT_END.sub("", m.group("agent")).strip()
        agent = canonical_actor(words, country=country)
        if agent.type not in ARMED_TYPES or is_raw(agent, words):
            continue
        if actor1 is not None and agent.name == actor1.name:
            return actor1, []
        if actor2 is not None and agent.name == actor2.name:
            return actor1, []  # the model has the agent, as the other side: the order check swaps them
        return agent.model_copy(update={"aliases": [words]}), [f"actor1_from_agent:{words}"]
    for quote in evidence:
        # the active voice: "officials say Taliban abducted at least 17 passengers"
        for m in _NAMED_DOER.finditer(quote):
            before = quote[max(0, m.start() - 30) : m.start()]
            if country_name(m.group("agent")) or re.search(r"\b(?:with|of|in|near|from|to|at|on)\s*$", before, re.I):
                continue  # "the border with Mali killed 16": a place, not who acted
            if re.search(r"\b(?:believed|thought|suspected|said|presumed)\s+to\s+be\s*$", before, re.I):
                continue  # "gunmen believed to be Boko Haram": the suspects check names them
            agent = canonical_actor(m.group("agent"), country=country)
            if agent.type not in ARMED_TYPES or not is_named(agent):
                continue  # a named group of the alias table only, not "Officials" or a town
            if actor2 is not None and agent.name == actor2.name:
                return actor1, []
            return agent.model_copy(update={"aliases": [m.group("agent")]}), [f"actor1_from_doer:{m.group('agent')}"]
    return actor1, []


#: a named side as the subject of the act: "Taliban abducted", "al-Shabab fighters stormed"
_NAMED_DOER = re.compile(
    r"(?P<agent>(?:al-|el-)?[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|fighters|militants|rebels|gunmen)){0,3})\s+(?:have\s+|has\s+"
    r"|had\s+)?(?:abducted|kidnapped|killed|attacked|ambushed|stormed|raided|seized|shot|massacred|bombed|enlev\w+"
    r"|ont\s+(?:tu[ée]|attaqu[ée]|enlev[ée]))\b"
)


#: people who kill: a noun phrase the evidence makes the subject of a killing verb
_KILLERS_VERB = (
    r"(?:killed|attacked|shot|massacred|stormed|raided|invaded|opened fire|torched|tu[ée]\w*|attaqu\w*|massacr\w*)"
)


#: a person named by the violence they do: never a civilian side
_DOER = re.compile(
    r"\b(?:bombers?|attackers?|gunm[ae]n|assailants?|kamikazes?|militants?|insurgents?|shooters?|kidnappers?"
    r"|assaillants?|hommes arm[ée]s)\b",
    re.I,
)


def civilians_who_killed(
    actor: Actor | None, mention: str, sub_type: str, evidence: list[str], country: str | None
) -> tuple[Actor | None, Flags]:
    """A side the model typed as civilians that the evidence has do the killing ("state
    police say suspected herders killed 10 people") is an armed communal group, named as
    the article names it: civilians are ACLED's victims, never its attackers."""
    if actor is None or EVENT_TYPE_OF.get(sub_type) not in ARMED_VIOLENCE_TYPES:
        return actor, []
    if (actor.type == "Civilians" or is_raw(actor, mention)) and any(
        _found(mention, m.group(0)) for q in evidence if (m := _TAKEN.search(q))
    ):
        # "an American contractor and his two Iraqi interpreters have been kidnapped": the
        # people taken are the victims; whoever took them the article does not name
        flag = f"civilians_who_were_taken:{mention}"
        return Actor(name="Unidentified Armed Group", type="Rebel group", aliases=[]), [flag]
    if actor.type != "Civilians":
        return actor, []
    if _DOER.search(mention):
        # "a woman suicide bomber" is no civilian: an unidentified armed side
        return Actor(name="Unidentified Armed Group", type="Rebel group", aliases=[mention]), [
            f"civilians_who_killed:{mention}"
        ]
    for word in (w for w in re.findall(r"[\w'’-]{4,}", mention) if w.lower() not in ("civilians", "civils")):
        pattern = rf"\b((?:[\w'’-]+\s+)?{re.escape(word)})\s+(?:have\s+|had\s+|ont\s+)?{_KILLERS_VERB}\b"
        for quote in evidence:
            m = re.search(pattern, quote, re.I)
            if m is None or re.search(r"\b(?:were|was|been|été)\s+$", quote[: m.start()], re.I):
                continue
            written = m.group(1).strip()
            if written.split()[0].lower() in ("the", "les", "des", "and", "et", "a", "of"):
                written = written.split(maxsplit=1)[-1]
            where = f" ({country})" if country else ""
            return Actor(name=written, type="Identity militia", aliases=[written]), [
                f"civilians_who_killed:{written}{where}"
            ]
    return actor, []


#: people taken, told in the passive: the subject is the victim
_TAKEN = re.compile(
    # the passive only: "the Kurdish fighters had seized the city" took a town, and were not taken
    r"[^,;:.]*?\b(?:were|was|been|ont été|a été|été)\s+(?:\w+\s+)?(?:kidnapped|abducted|seized|taken hostage"
    r"|enlevée?s?|kidnappée?s?)\b",
    re.I,
)


#: any word for a state's armed men or their machines, English and French
_FORCE_WORDS = re.compile(
    r"\b(?:soldiers?|troops|army|armed forces|military|police\w*|gendarm\w*|security forces|forces|marines"
    # "l'armée", not the adjective of "une attaque armée"
    r"|soldats?|militaires?|(?:l['’]\s*|une\s+|son\s+|leur\s+|cette\s+)arm[ée]e|policiers?|FDS|FAMa|air force|jets?|warplanes?|drones?|aircraft|helicopters?"
    r"|avions?|h[ée]licopt[èe]res?)\b",
    re.I,
)


def _owns_the_strikes(actor: Actor, evidence: list[str]) -> bool:
    """Whether the evidence gives the strikes to this actor, read from the words nearest the
    weapon ("Zelenskyy said Russian missile attacks": "Russian")."""
    for phrase in strike_owner(evidence):
        words = phrase.split()
        if any(canonical_actor(" ".join(words[-k:])).name == actor.name for k in range(1, len(words) + 1)):
            return True
    return False


def _names_a_force(mention: str, text: str) -> bool:
    """Whether the text has the mention, and not as a bare country's name: "le président du
    Burkina Faso" names no army, however the model spelled the country ("Burkinab Faso")."""
    span = align(mention, text)
    if span.status == "none" or span.start is None or span.end is None:
        return False
    return not country_name(text[span.start : span.end])


def invented_state_side(
    actor: Actor | None, not_in_text: bool, sub_type: str, evidence: list[str]
) -> tuple[Actor | None, Flags]:
    """A state's forces the model named with words the article lacks ("government" for
    "annoncé par le gouvernement"), in violence whose evidence names no force at all: the
    side that acted is unidentified, not the state that counted the dead. So too in an
    attack on civilians whose evidence names neither the force nor any force ("la nuit de
    jeudi à vendredi ... au moins 4 morts", the army named elsewhere as reassuring the town)."""
    unnamed_here = (
        actor is not None
        and sub_type == "Attack"
        and not any(_names_a_force(a, q) for a in {actor.name, *actor.aliases} if a for q in evidence)
    )
    if (
        actor is None
        or not (not_in_text or unnamed_here)
        or actor.type != "State forces"
        or EVENT_TYPE_OF.get(sub_type) not in ARMED_VIOLENCE_TYPES
        or any(_FORCE_WORDS.search(q) for q in evidence)
        # "Russian missile attacks killed at least five": the evidence gives the strikes an owner
        or _owns_the_strikes(actor, evidence)
    ):
        return actor, []
    return Actor(name="Unidentified Armed Group", type="Rebel group", aliases=[]), [
        f"actor1_state_not_in_evidence:{actor.name}"
    ]


#: two sides blaming each other: "Myanmar Military, Opposition Trade Blame for Yangon Bombing"
_TRADE_BLAME = re.compile(
    r"\btrad\w*\s+blame|\bblam\w*\s+(?:each other|one another)|\baccus\w*\s+(?:each other|one another)"
    r"|\bs['’]accus\w*\s+mutuellement|\bse rejet\w*\s+la responsabilit",
    re.I,
)
_A_CLASH = re.compile(r"\b(?:clash\w*|fighting|battles?|combats?|affrontements?)\b", re.I)


def disputed_doer(
    actor1: Actor | None, actor2: Actor | None, evidence: list[str], sub_type: str | None = None
) -> tuple[Actor | None, Actor | None, Flags]:
    """Sides that blame each other for the attack: neither is its doer (actor1 unidentified)
    nor, if armed, its target (left for the target checks). Not in a clash of two armed sides
    ("blaming each other for a border clash"): both fought, and ACLED codes both."""
    if actor1 is None or actor1.name == "Unidentified Armed Group" or not any(_TRADE_BLAME.search(q) for q in evidence):
        return actor1, actor2, []
    armed = ("State forces", "Rebel group", "Political militia", "Identity militia")
    accused = actor2 is not None and actor2.type in armed
    clash = any(_TRADE_BLAME.search(q) and _A_CLASH.search(q) for q in evidence)
    if sub_type == "Armed clash" and clash and accused and actor1.type in (*armed, "External/Other forces"):
        return actor1, actor2, []
    nobody = Actor(name="Unidentified Armed Group", type="Rebel group", aliases=[])
    return nobody, None if accused else actor2, [f"actor1_blame_disputed:{actor1.name}"]


#: the dead told as killed in a side's attacks: "12 Afghan Police Killed or Injured in
#: Taliban Attacks", "tués lors de deux attaques de jihadistes présumés"
_DEAD_IN_ATTACKS = re.compile(
    r"(?i:killed|dead|died|die|wounded|injured|tu[ée]e?s|morts?)(?:\s+(?i:or|ou)\s+(?i:injured|wounded|bless[ée]e?s))?"
    r"(?:\s+[\w'’-]+){0,3}?\s+(?:(?i:in|during|lors d['’]une?|lors de|lors des|dans une?|dans des)\s+)(?:(?i:an?|the|two|three|several|deux|trois"
    r"|plusieurs)\s+)?(?:(?P<doer>[A-Z][\w'’.-]*(?:[\s-][A-Z][\w'’.-]*){0,3}?)\s+(?i:attacks?|ambush(?:es)?|raids?"
    r"|assaults?|bombings?|offensive)\b|(?i:attaques?|embuscades?|assauts?)\s+(?:de|d['’]|des)\s+(?P<fr>[\w'’-]+))"
)


#: a side told as the one that carried out the attack, a said-clause maybe between ("Les
#: criminels armés, comme l'indique l'administration, ont mené une attaque dans un bistrot")
_CARRIED_OUT = re.compile(
    r"(?P<doer>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s*(?:,[^,.;]{3,60},\s*)?(?:have\s+|has\s+|had\s+|ont\s+|a\s+|avaient\s+)?"
    r"(?i:carried out|launched|staged|mounted|mené|lancé|perpétré)\s+(?:an?|une?|the|l['’])\s*(?:[\w-]+\s+)?"
    r"(?i:attacks?|attaques?|assaults?|assauts?|raids?|ambush|embuscades?)\b"
)

#: generic words for an armed side that attacks
_DOER_WORDS = re.compile(
    r"\b(?:militants?|insurgents?|jihadist\w*|djihadist\w*|terrorist\w*|rebel\w*|gunmen|assailants?|assaillants"
    r"|extremists?|bandits?|islamists?|criminals|criminel\w*|hommes armés|armed men)\b",
    re.I,
)


def doer_of_the_attacks(
    actor1: Actor | None, actor2: Actor | None, told: list[str], country: str | None
) -> tuple[Actor | None, Flags]:
    """A state's force the model put first, when the article tells the dead as killed in
    another side's attacks ("2 NATO Troops Killed, 12 Afghan Police Killed or Injured in
    Taliban Attacks"): that side acted, the force was hit. Only a side the alias table reads
    as a non-state armed group takes the place, and never one the event has already."""
    if actor1 is None or actor1.type not in ("State forces", "External/Other forces"):
        return actor1, []
    for quote in told:
        for m in [*_DEAD_IN_ATTACKS.finditer(quote), *_CARRIED_OUT.finditer(quote)]:
            words = m.group("doer") or ("fr" in m.groupdict() and m.group("fr")) or ""
            doer = canonical_actor(words, country=country)
            if doer.type not in ("Rebel group", "Political militia", "Identity militia"):
                continue
            if not is_named(doer) and not _DOER_WORDS.search(words):
                continue  # a name the alias table does not know may be a place ("Kabul attacks")
            if actor2 is not None and doer.name == actor2.name:
                return actor1, []  # the order check has the two sides already
            return doer.model_copy(update={"aliases": [words]}), [f"actor1_doer_of_the_attacks:{words}"]
    return actor1, []


#: two forces named as one ("Somali and Ethiopian troops entered ...")
_ALLIED_FORCES = re.compile(
    r"\b(?P<a>[A-Z][\w'’-]+)\s+and\s+(?P<b>[A-Z][\w'’-]+)\s+(?:(?:government|federal|national|allied|regular)\s+)?"
    r"(?P<kind>troops|forces|soldiers|army|armies|militaires|soldats)\b"
)


#: what two forces named together do to each other: "fought a gun battle", "exchanged fire"
_EACH_OTHERS = re.compile(r"^\s*(?:ha[vd]e\s+)?(?:fought|clashed|exchanged|traded|battled)\b|\beach other\b", re.I)


def allies_not_opponents(
    actor1: Actor | None, actor2: Actor | None, evidence: list[str], country: str | None
) -> tuple[Actor | None, Actor | None, Flags]:
    """Two states' forces the evidence names together as one side ("Somali and Ethiopian
    troops entered a section of the capital") are allies, not each other's opponents: the
    one the evidence also names on its own stays as the side fought, the other side is the
    group the story leaves unnamed ("Fighting Between Militants, Ethiopian Forces")."""
    forces = ("State forces", "External/Other forces")
    if actor1 is None or actor2 is None or actor1.type not in forces or actor2.type not in forces:
        return actor1, actor2, []
    for sentence in evidence:
        for m in _ALLIED_FORCES.finditer(sentence):
            if _EACH_OTHERS.search(sentence[m.end() :]) or re.search(r"\b(?:between|entre)\s+$", sentence[: m.start()]):
                continue  # "Indian and Pakistani troops fought a gun battle": each other's opponents
            by_word = {w: canonical_actor(f"{m[w]} {m['kind']}", country=country).name for w in ("a", "b")}
            if set(by_word.values()) != {actor1.name, actor2.name}:
                continue
            others = " ".join(q for q in evidence if q != sentence)
            alone = [by_word[w] for w in ("a", "b") if re.search(rf"\b{re.escape(m[w])}\b", others)]
            fought = next((a for a in (actor1, actor2) if len(alone) == 1 and a.name == alone[0]), actor2)
            unknown = Actor(name="Unidentified Armed Group", type="Rebel group", aliases=[])
            ally = actor1 if fought is actor2 else actor2
            return unknown, fought, [f"allies_not_opponents:{ally.name}"]
    return actor1, actor2, []
