"""The sub-type checked against the evidence and the sides: a protest word for a protest,
lethal force on protesters doing no violence, two armed sides for a clash, an unarmed
target for an attack, the air strike's owner first."""

from __future__ import annotations

import re

from .actors import canonical_actor, is_raw
from .crowd_kinds import armed_sides_kind
from .draft import DraftEvent
from .geo import country_name
from .keywords import PROTEST_WORDS, TYPE_RULES, classify, own_part
from .people_taken import taken_kind
from .schema import EVENT_TYPE_OF, Actor
from .sides import strike_owner

Flags = list[str]
_BOMBS = ("Suicide bomb", "Remote explosive/landmine/IED")

#: a protest that itself left dead or hurt: "protests Sunday that left one person dead"
_PROTEST_TOLL = re.compile(
    r"\b(?:protests?|demonstrations?|riots?|rall(?:y|ies))\b[^.;]{0,40}?\b(?:that|which)\s+(?:left|killed|claimed)\b"
    r"[^.;]{0,40}?\b(?:dead|killed|injured|wounded|li(?:fe|ves))\b",
    re.I,
)


def checked_sub_type(draft: DraftEvent, evidence: list[str], counted: list[str] | None = None) -> tuple[str, Flags]:
    """Keep the model's sub-type unless the evidence contradicts it.

    The small model falls back on "Violent demonstration" for events with no protest in
    them (a missile strike, a massacre); a protest or riot type needs a protest word in
    the evidence, otherwise the keyword rules type the event. ``counted``: the sentences
    the event's claims count its dead in, which may name the weapon more exactly.
    """
    sub = draft.sub_event_type
    joined = " ".join(evidence)
    said = [m.group(0).lower() for m in PROTEST_WORDS.finditer(joined)]
    rally_only = bool(said) and all(w.startswith("rall") for w in said)
    found = classify(joined) if EVENT_TYPE_OF[sub] in {"Protests", "Riots"} and rally_only else None
    if found and found[0] == "Explosions/Remote violence":
        # "a suicide bomb blast ripped through a packed political rally": the rally was
        # the target of a bombing, not a demonstration
        return found[1], [f"sub_type_corrected_from:{sub}"]
    if EVENT_TYPE_OF[sub] in {"Protests", "Riots"} and not PROTEST_WORDS.search(joined):
        found = classify(joined)
        if found and found[0] not in {"Protests", "Riots"}:
            # the sentence that counts the dead names the bomb that killed them ("a suicide car bombing",
            # "a car bomb exploded ... killing 22", beside "initial reports said that mortar rounds")
            told = _weapon(" ".join(own_part(q) for q in counted or []))
            bomb = found[0] == "Explosions/Remote violence" and told in _BOMBS
            bomb = bomb and not (told == "Suicide bomb" and _PLANTED.search(joined))
            return (told if bomb and told else found[1]), [f"sub_type_corrected_from:{sub}"]
    if armed := armed_sides_kind(sub, draft.actor1_type, joined):
        return armed, [f"sub_type_corrected_from:{sub} (an armed side did it)"]
    if (
        sub in ("Peaceful protest", "Protest with intervention", "Violent demonstration")
        and _LETHAL_FORCE.search(joined)
        and not _RIOTING.search(joined)
    ):
        # "security forces fired live rounds on protesters, killing two": demonstrators
        # who did no violence and were killed or shot are ACLED's excessive force
        return "Excessive force against protesters", [f"sub_type_corrected_from:{sub}"]
    if sub in ("Peaceful protest", "Protest with intervention") and _CROWD_VIOLENCE.search(joined):
        # "demonstrators threw stones ... at security forces": the crowd's own violence makes it a
        # violent demonstration (ACLED), as does the article calling it one ("Violent demonstrations")
        return "Violent demonstration", [f"sub_type_corrected_from:{sub}"]
    if seized := taken_kind(sub, joined, CLASH_WORDS):
        # "Somali gunmen have seized three foreign aid workers ... kidnapped in a raid", "Taliban
        # special forces arrested 12 operatives": people taken, no one killed and no fight told
        return seized, [f"sub_type_corrected_from:{sub}"]
    if sub in TERRITORY_TYPES and not ground_changed(joined):
        # "l'attaque de Seytenga ... a fait 79 morts", coded as the government regaining
        # ground: no ground changed hands in the evidence, the keyword rules type it
        found = classify(joined)
        if found and found[0] in ("Battles", "Violence against civilians", "Explosions/Remote violence"):
            return found[1], [f"sub_type_corrected_from:{sub}"]
    if sub in ("Armed clash", "Attack") and draft.actor1_type not in ("State forces", "External/Other forces"):
        # "al-Shabab attacked and recaptured a town": a fight in which an armed group took the place is its taking
        from .territory import territory_taken  # territory reads sides, which read this module

        taken = next((t for q in evidence if (t := territory_taken(q))), None)
        if taken is not None and taken[1] == "Non-state actor overtakes territory":
            return taken[1], [f"sub_type_corrected_from:{sub}"]
    if sub == "Suicide bomb" and draft.actor1_type == "State forces" and _BOMBER_STOPPED.search(joined):
        # "security forces shot dead a third suicide bomber": the bomb never went off (gold: 3 of 5)
        return "Disrupted weapons use", [f"sub_type_corrected_from:{sub}"]
    if sub in _HARM_TYPES and _OWN_BOMB.search(joined):
        # "a man was killed while planting a roadside bomb": the bomb went off on its
        # maker, no one was attacked (ACLED's disrupted weapons use)
        return "Disrupted weapons use", [f"sub_type_corrected_from:{sub}"]
    if sub == "Protest with intervention" and not _INTERVENTION.search(joined):
        if _PROTEST_TOLL.search(joined):
            # "anti-American protests Sunday that left one person dead": a protest with its
            # own dead was no peaceful one
            return "Violent demonstration", [f"sub_type_corrected_from:{sub}"]
        # nobody stepped in ("marched down the main road of the village"): a peaceful protest
        return "Peaceful protest", [f"sub_type_corrected_from:{sub}"]
    own = " ".join(own_part(q) for q in evidence)
    weapon = _weapon(own)
    if (
        weapon == "Remote explosive/landmine/IED"
        and _weapon(" ".join(own_part(q) for q in counted or [])) == "Suicide bomb"
    ):
        # "A series of bombings" in the lead, "a suicide car bombing ... killed at least seven"
        # in the sentence that counts this event's dead: the bombing was a suicide attack
        weapon = "Suicide bomb"
    # "car bombs" with no aircraft in the evidence are no air strike; a force "bombed Tamil
    # Tiger positions" or was "bombing the port town" from the air
    airborne = sub == "Air/drone strike" and (_airborne(own) or bool(_BOMBED_TARGETS.search(own)))
    if weapon and weapon != sub and sub in _WEAPON_OVERRIDES.get(weapon, ()) and not airborne:
        return weapon, [f"sub_type_corrected_from:{sub}"]
    return sub, []


#: a bomb the evidence itself says was planted, not carried: "an improvised explosive device planted near"
_PLANTED = re.compile(r"\b(?:improvised explosive|roadside|planted|landmines?|IEDs?|remote[- ]controlled)\b", re.I)
TERRITORY_TYPES = ("Government regains territory", "Non-state actor overtakes territory")
_HARM_TYPES = ("Remote explosive/landmine/IED", "Suicide bomb", "Armed clash", "Attack")
#: a bomb's maker or planter killed by it: "killed while planting a roadside bomb", "died
#: when the explosives they were making went off prematurely"
_BOMBER_STOPPED = re.compile(
    r"\b(?:shot\s+dead|shot\s+and\s+killed|gunned\s+down|killed|neutrali[sz]ed|abattu)\s+(?!(?:when|as|by|in|after)\b)[\w-]+\s+(?:[\w-]+\s+)?(?:would-be\s+)?(?:suicide\s+bombers?|kamikazes?)\b",
    re.I,
)
_OWN_BOMB = re.compile(
    r"\b(?:killed|died)\s+(?:while|when|as)\s+(?:(?:he|she|they)\s+(?:was|were)\s+)?(?:trying to |attempting to )?"
    r"(?:plant|lay|plac|set(?:ting)? up|assembl|build|mak)\w*\s+(?:an?\s+|the\s+|their\s+|his\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:bombs?|explosives?|IEDs?|explosive devices?|mines?)\b"
    r"|\b(?:bombs?|explosives?|devices?)\s+(?:he|she|they)\s+(?:was|were)\s+(?:planting|making|assembling|carrying)"
    r"\s+(?:exploded|went off|detonated)\s+prematurely",
    re.I,
)
#: ground changing hands: "recaptured the town", "took control of", "a repris le contrôle"
_TERRITORY = re.compile(
    r"\b(?:regain\w*|retook|retake\w*|recaptur\w*|captur\w*|seiz\w*|took (?:over|control)|take (?:over|control)"
    r"|overr\w*|fell to|fall(?:en)? to|in control of|control of|liberat\w*|reprise?|repris|contr[ôo]l\w*|lib[ée]r\w*"
    r"|tomb[ée]e?s? aux mains|s['’]empar\w*|pris (?:le contr[ôo]le|d['’]assaut)|occup(?!ations?\b)\w*)",
    re.I,
)
#: a taking only tried: "launched an assault to retake the city", "tenté de reprendre"
_ONLY_TRIED = re.compile(
    r"\b(?:to|tried to|trying to|attempts? to|attempted to|attempting to|bid to|failed to|sought to|seeking to"
    r"|pour|tent[ée]e? de|tentative de|essay[ée] de|cherch[ée] [àa])\s+$",
    re.I,
)


def ground_changed(joined: str) -> bool:
    """Whether the evidence tells ground changing hands, not only an attempt at it."""
    return any(not _ONLY_TRIED.search(joined[max(0, m.start() - 30) : m.start()]) for m in _TERRITORY.finditer(joined))


#: protesters killed or shot by a force: live rounds, "opened fire on protesters, killing"
_LETHAL_FORCE = re.compile(
    r"\b(?:live (?:rounds|ammunition|fire|bullets)|balles r[ée]elles|tirs? [àa] balles r[ée]elles)\b"
    r"|\b(?:fired|opened fire|shot|tir[ée]s?|ont tir[ée])\b[^.;]{0,60}\b(?:protesters|demonstrators|marchers"
    r"|manifestants)\b[^.;]{0,60}\b(?:killing|killed|dead|tu[ée]s?|morts?|wounding|wounded|injuring|injured|bless[ée]s?)\b"
    r"|\b(?:protesters|demonstrators|marchers|manifestants)\b[^.;]{0,40}\b(?:were|was|ont été)\s+(?:shot dead|killed"
    r"|tu[ée]s|abattus)\b"
    # "troops loyal to the president have killed at least seven women during a protest", "19 Tibetans who were
    # shot dead by security forces Tuesday in new protests"
    r"|\b(?:troops|soldiers|police\w*|security forces|forces|gendarmes)\b[^.;]{0,60}\b(?:killed|shot dead)\b[^.;]{0,60}"
    r"\b(?:during|at)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?(?:protests?|demonstrations?|rall(?:y|ies)|march|sit-in)\b|\b(?:shot dead|killed)"
    r" by (?:[\w-]+ )?(?:troops|soldiers|police|security forces)\b[^.;]{0,40}\b(?:during|in|at) (?:[\w-]+ ){0,2}?protests\b"
    # "Burmese soldiers have opened fire on pro-democracy protesters": a force's guns on a crowd (not tear gas)
    r"|\b(?:troops|soldiers|police\w*|security forces|forces|gendarmes|army)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:open(?:ed)?\s+fired?|fired|shot)\s+(?:live\s+(?:rounds|ammunition|bullets)\s+)?(?:on|at|into)\s+"
    r"(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:protesters|demonstrators|marchers|crowds?)\b",
    re.I,
)
#: what the crowd did that makes a riot: its own violence
_RIOTING = re.compile(
    r"\b(?:threw|throwing|hurled|stones?|rocks?|molotov|petrol bombs?|set (?:fire|ablaze)|torched|burn(?:ed|t|ing)"
    r"|looted|looting|vandali[sz]\w*|ransacked|(?:attack|attacked|attacking|storm|stormed|storming)\s+(?:a\s+|the\s+)?(?:police|security|army|military)|clashed|clashes|armed protesters"
    r"|jet[ée] des pierres|pierres|incendi\w+|pill\w+|saccag\w+|affrontements?)\b",
    re.I,
)

#: the crowd's own violence, told with the crowd as its subject ("demonstrators threw stones"),
#: or the protest named as violent ("Violent demonstrations continue", "riots", "émeutes")
_CROWD_VIOLENCE = re.compile(
    r"\bviolent\s+(?:demonstrations?|protests?|rallies|riots?)\b|(?<!anti-)\briot(?:s|ed|ing)?\b(?!\s+(?:police|gear|squads?|control|troops|officers|units?))|\bmanifestations?\s+violentes\b|"
    r"\b(?:protesters|demonstrators|rioters|crowds?|mobs?|youths|students|manifestants|jeunes)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:threw|hurled|pelted|torched|looted|ransacked|vandali[sz]ed|set fire to|set ablaze|burned|burnt"
    r"|ont (?:jet[ée]|incendi[ée]|pill[ée]|saccag[ée]))\b",
    re.I,
)

#: what makes a protest one "with intervention": a force stepped in
_INTERVENTION = re.compile(
    r"\b(?:dispers\w*|tear ?gas|tear-gas|rubber bullets?|water cannons?|fired|shot|arrest\w*|detain\w*|beat\w*|baton\w*"
    r"|clash\w*|cracked down|crackdown|broke up|break up|blocked|intervened|charged|gaz lacrymog[èe]nes?|dispers[ée]\w*"
    r"|interpell\w*|arr[êe]t\w*|r[ée]prim\w*|matraqu\w*|tir[ée]?s?)\b",
    re.I,
)


#: the weapon the evidence names decides the sub-type over a generic one: a suicide
#: bomber is a suicide bomb whatever else happened, a missile with no aircraft is shelling
_WEAPON_OVERRIDES: dict[str, tuple[str, ...]] = {
    "Suicide bomb": (
        "Armed clash",
        "Attack",
        "Remote explosive/landmine/IED",
        "Shelling/artillery/missile attack",
        "Air/drone strike",
    ),
    # a bomb with no suicide word in the evidence ("a powerful roadside explosion") was no
    # suicide bombing: the suicide rules come first, so a bomber's words keep that type
    "Remote explosive/landmine/IED": ("Armed clash", "Attack", "Air/drone strike", "Suicide bomb"),
    "Shelling/artillery/missile attack": ("Air/drone strike",),
    "Air/drone strike": ("Armed clash", "Attack"),
}


_FIGHTING = re.compile(
    r"\b(?:gun ?battles?|gunfights?|firefights?|fighting|clash\w*|exchanges? of fire|stormed|break into|broke into"
    r"|gunmen|attackers|affrontements?|assaillants"
    # "un combat", "des combats"; not "U.S. combat troops", a kind of unit
    r"|combats?(?!\s+(?:troops|forces|missions?|operations?|units?|aircraft|helicopters?|roles?|soldiers|brigades?"
    r"|zones?|engineers|vehicles)))\b",
    re.I,
)


#: bombing as what a force did to positions or a town, not a bomb that went off
_BOMBED_TARGETS = re.compile(
    r"\b(?:bombed|bombing|bombarded|bombarding|bombard[ée]|bombardant)\s+(?:the\s+|les?\s+|la\s+|des\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?(?:positions?|strongholds?|hideouts?|bases?|camps?|towns?|villages?|areas?|targets?"
    r"|depots?|bastions?|repaires?|localit[ée]s?)\b",
    re.I,
)


def _airborne(text: str) -> bool:
    return any(st == "Air/drone strike" and p.search(text) for p, _, st in TYPE_RULES)


def _weapon(text: str) -> str | None:
    for pattern, _, sub_type in TYPE_RULES:
        if sub_type in ("Suicide bomb", "Remote explosive/landmine/IED") and pattern.search(text):
            # a bombing that opens a gun battle ("several other attackers tried to break into
            # the base") is a complex attack, coded as the armed clash it became
            return None if _FIGHTING.search(text) else sub_type
    air = _airborne(text)
    shells = any(st == "Shelling/artillery/missile attack" and p.search(text) for p, _, st in TYPE_RULES)
    if air and not _FIGHTING.search(text) and not CLASH_WORDS.search(text):
        # "the army killed 18 rebels in a bombing raid": from the air, with no fight told
        return "Air/drone strike"
    return "Shelling/artillery/missile attack" if shells and not air else None


ARMED_TYPES = {"State forces", "Rebel group", "Political militia", "Identity militia", "External/Other forces"}


#: words of a fight between two armed sides: an "armed clash" that says so stays one
CLASH_WORDS = re.compile(
    r"\b(?:clash\w*|fighting|fought|gun ?battles?|gunfights?|firefights?|exchanges? of (?:gun)?fire|battled?"
    r"|affrontements?|combats?|accrochages?|s['’]affront\w*)\b",
    re.I,
)


_EXECUTED = re.compile(r"\b(?:executed|executions?|ex[ée]cut[ée]s?|blindfolded)\b", re.I)


def armed_sides_check(
    sub: str, actor1: Actor | None, actor2: Actor | None, evidence: list[str] | None = None
) -> tuple[str, Flags]:
    """Violence against civilians needs an unarmed target: an "Attack" by one armed side on
    another (militants ambushing an army convoy) is an armed clash in ACLED's codebook,
    and the small model calls most ambushes "Attack"; an "Armed clash" needs two armed
    sides; one whose evidence names its weapon ("a Taliban suicide car bomb-and-gun attack") is that;
    captives executed ("20 soldiers whom they executed") were disarmed: it stays an Attack."""
    armed = actor1 is not None and actor2 is not None and actor1.type in ARMED_TYPES and actor2.type in ARMED_TYPES
    if sub == "Attack" and armed and not _EXECUTED.search(" ".join(evidence or [])):
        weapon = classify(" ".join(evidence or []))
        told = weapon[1] if weapon and weapon[0] == "Explosions/Remote violence" else "Armed clash"
        return told, ["sub_type_corrected_from:Attack"]
    if (
        sub == "Armed clash"
        and actor1 is not None
        and actor2 is not None
        and actor1.type in ARMED_TYPES
        and actor2.type == "Civilians"
        and not CLASH_WORDS.search(" ".join(evidence or []))
    ):
        # and the other way round: armed men against civilians is no clash ("assailants attacked the
        # village"), unless the evidence tells a fight ("intercommunal clashes": the civilians are the doubt)
        return "Attack", ["sub_type_corrected_from:Armed clash"]
    no_state = not any(a is not None and a.type in ("State forces", "External/Other forces") for a in (actor1, actor2))
    if sub == "Government regains territory" and actor1 is not None and actor1.type in _NON_STATE_TAKERS and no_state:
        # no government on either side: an armed group takes a town from another ("MUJAO took control of Gao")
        return "Non-state actor overtakes territory", [f"sub_type_corrected_from:{sub}"]
    return sub, []


_NON_STATE_TAKERS = frozenset({"Rebel group", "Political militia", "Identity militia"})


#: an armed attack on people, not a crowd's fight: "killed ... during an ambush", "gunmen opened fire"
_ARMED_ATTACK = re.compile(
    r"\b(?:ambush(?:ed|es)?|gunm[ae]n|assailants|attackers|armed men|opened fire|shot dead|shot and killed)\b", re.I
)
_CROWD_FIGHT = re.compile(
    r"\b(?:mobs?|riot\w*|crowds?|protesters|demonstrators|stones|rocks|clash(?:ed|es)?\s+between|fought each other)\b",
    re.I,
)


def civilians_who_clash(
    actor1: Actor | None, actor2: Actor | None, sub: str, country: str | None, evidence: list[str] | None = None
) -> tuple[Actor | None, Actor | None, str, Flags]:
    """A battle needs organised armed sides (ACLED): "a clash between farmers demanding
    power and pro-government activists", both sides civilians, is mob violence between
    rioters, each keeping the article's words for it. An aid worker "killed ... during an
    ambush" is no crowd's fight: an unnamed armed group attacked civilians."""
    if sub != "Armed clash" or actor1 is None or actor1.type != "Civilians" or not country:
        return actor1, actor2, sub, []
    if actor2 is not None and actor2.type != "Civilians":
        return actor1, actor2, sub, []
    told = " ".join(evidence or [])
    if _ARMED_ATTACK.search(told) and not _CROWD_FIGHT.search(told):
        attacker = Actor(name="Unidentified Armed Group", type="Rebel group", aliases=[])
        return attacker, actor1, "Attack", ["sub_type_corrected_from:Armed clash (civilians ambushed)"]
    crowd = f"Rioters ({country})"
    a1 = Actor(name=crowd, type="Rioters", aliases=actor1.aliases)
    a2 = Actor(name=crowd, type="Rioters", aliases=actor2.aliases) if actor2 is not None else None
    return a1, a2, "Mob violence", ["sub_type_corrected_from:Armed clash (civilians on both sides)"]


#: the dead told as the one who attacked the force that killed them: "shot dead a
#: Palestinian man who had stabbed and wounded an Israeli soldier"
_ASSAILANT_KILLED = re.compile(
    r"\b(?:shot dead|shot and killed|killed|shot)\s+(?:an?|the|two|three)\s+(?:[\w'’-]+\s+){0,3}?(?:man|woman|men|women"
    r"|assailants?|attackers?|teen\w*|youths?|suspects?|gunm[ae]n)\s*,?\s+who\s+(?:had\s+)?(?:allegedly\s+|reportedly\s+)?"
    r"(?:stabbed|tried to stab|attempted to stab|attacked|rammed|opened fire|shot at|fired at|tried to attack)\b",
    re.I,
)


def assailant_shot_dead(
    actor1: Actor | None, actor2: Actor | None, sub: str, evidence: list[str]
) -> tuple[Actor | None, Actor | None, str, Flags]:
    """A force that killed the person who had just attacked it did not attack civilians:
    the assailant's attack and the force's answer are one clash, the assailant's side
    (unnamed) first, the force second."""
    if sub != "Attack" or actor1 is None or actor1.type != "State forces":
        return actor1, actor2, sub, []
    if actor2 is not None and actor2.type != "Civilians":
        return actor1, actor2, sub, []
    if not any(_ASSAILANT_KILLED.search(q) for q in evidence):
        return actor1, actor2, sub, []
    attacker = Actor(name="Unidentified Armed Group", type="Rebel group", aliases=[])
    return attacker, actor1, "Armed clash", ["sub_type_corrected_from:Attack (the dead had attacked the force)"]


#: a side named as a force, whatever type the model gave it ("pro-Gbagbo troops" as protesters)
_FORCE_NAME = re.compile(r"\b(?:troops|soldiers|army|police\w*|forces|gendarmes|militia\w*)\b", re.I)


def protesters_fired_on(
    actor1: Actor | None, actor2: Actor | None, sub: str, country: str | None
) -> tuple[Actor | None, Actor | None, Flags]:
    """Excessive force against protesters is a force's deed against a crowd: the force is
    actor1, the crowd actor2 (ACLED), even when the model named the force twice ("troops
    loyal to the president" as the crowd's other side) or put the crowd first."""
    if sub != "Excessive force against protesters" or not country:
        return actor1, actor2, []
    armed = ("State forces", "External/Other forces", "Rebel group", "Political militia", "Identity militia")
    if actor1 is not None and actor1.type == "Protesters" and actor2 is not None and actor2.type in armed:
        return actor2, actor1, ["actors_swapped:force_first"]
    crowd_told = (
        actor2 is not None and actor2.type in ("Protesters", "Civilians") and not _FORCE_NAME.search(actor2.name)
    )
    if actor1 is None or actor1.type not in armed or crowd_told:
        return actor1, actor2, []
    crowd = Actor(name=f"Protesters ({country})", type="Protesters", aliases=[])
    return actor1, crowd, [f"actor2_is_the_crowd_fired_on:{actor2.name if actor2 else ''}"]


def rioters_who_fight(
    actor1: Actor | None, actor2: Actor | None, sub: str, country: str | None
) -> tuple[Actor | None, Actor | None, Flags]:
    """A crowd is a riot's side, never a battle's: "armed youths engaged in clashes over
    grazing rights" is an armed clash between communal militias (ACLED's "Unidentified
    Communal Militia"), and the people they fought, written as civilians, are the other
    community's militia."""
    if sub != "Armed clash" or not country or actor1 is None or actor1.type != "Rioters":
        return actor1, actor2, []
    militia = Actor(name=f"Unidentified Communal Militia ({country})", type="Identity militia", aliases=actor1.aliases)
    flags = [f"actor1_a_crowd_in_a_battle:{actor1.name}"]
    if actor2 is not None and actor2.type in ("Rioters", "Civilians"):
        flags.append(f"actor2_the_other_community:{actor2.name}")
        actor2 = militia.model_copy(update={"aliases": actor2.aliases})
    return militia, actor2, flags


_STRIKE_TYPES = {"Air/drone strike", "Shelling/artillery/missile attack"}
_STRIKE_OWNER_TYPES = {"State forces", "External/Other forces", "Rebel group", "Political militia"}
_MUTUAL = re.compile(r"\bagainst (?:each other|one another)\b", re.I)


def _owners_named(phrase: str) -> list[str]:
    """The phrase, then each owner it joins ("NATO and U.S.-led": NATO, then the U.S.)."""
    parts = [p.strip() for p in re.split(r"\s+(?:and|et)\s+|,\s*", phrase) if p.strip()]
    parts = [re.sub(r"-(?:led|backed)$", "", p) for p in parts]
    return [phrase, *parts] if len(parts) > 1 else [phrase]


def strike_owner_check(
    sub: str, actor1: Actor | None, actor2: Actor | None, evidence: list[str], country: str | None
) -> tuple[tuple[Actor | None, Actor | None], Flags]:
    """An air or drone strike is its owner's: "killed in a Saudi-led coalition airstrike" makes
    the coalition actor1 whatever order the model gave. Only an owner the alias table or a
    country name resolves is trusted; the side the model put first becomes the target."""
    if sub not in _STRIKE_TYPES or actor1 is None or any(_MUTUAL.search(q) for q in evidence):
        return (actor1, actor2), []  # "X and Y continued air strikes against each other": no one owner
    for phrase in (part for told in strike_owner(evidence) for part in _owners_named(told)):
        if country and country_name(phrase) == country:
            continue  # "Yemen airstrike": where, not whose
        owner = canonical_actor(phrase, country=country)
        if is_raw(owner, phrase) or owner.type not in _STRIKE_OWNER_TYPES or owner.name == "Unidentified Armed Group":
            continue
        if owner.name.startswith("Government of "):  # a junta's strikes are its military's
            owner = Actor(name="Military Forces of " + owner.name.removeprefix("Government of "), type=owner.type,
                          aliases=owner.aliases)  # fmt: skip
        if owner.name == actor1.name:
            return (actor1, actor2), []
        if actor2 is not None and owner.name == actor2.name:
            return (actor2, actor1), ["actors_swapped:strike_owner"]
        if any(re.search(rf"\b{re.escape(phrase)}\b", told, re.I) for told in (actor1.name, *actor1.aliases)):
            return (owner, actor2), [f"actor1_from_strike_owner:{phrase}"]  # "Russian missile": the owner's weapon
        return (owner, actor1), [f"actor1_from_strike_owner:{phrase}"]
    return (actor1, actor2), []


def territory_taker_check(sub_type: str, actor1: Actor | None) -> tuple[str, Flags]:
    """The kind of a change of hands follows who took the ground: "Afghan Taliban fighters
    captured the remote Kohistan district" is a non-state actor's, whatever the model's
    reading; a state's forces retaking a town regain it."""
    if actor1 is None:
        return sub_type, []
    if sub_type == "Government regains territory" and actor1.type in _NON_STATE_TAKERS:
        return "Non-state actor overtakes territory", [f"sub_type_corrected_from:{sub_type}"]
    if sub_type == "Non-state actor overtakes territory" and actor1.type == "State forces":
        return "Government regains territory", [f"sub_type_corrected_from:{sub_type}"]
    return sub_type, []
