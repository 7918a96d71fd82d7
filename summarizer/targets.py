"""The side acted upon, from whose dead the article counts.

The small model often leaves actor2 empty, writes "Unknown", names the dateline town
("Niamey, Niger"), or calls every target "Civilians" -- also when the dead the article
counts are soldiers, gendarmes or police: an ambush on an army patrol coded as an attack
on civilians. ACLED codes such an event as a battle with the state's forces as actor2.
The code already reads who died from each figure's own noun ("16 Niger soldiers",
"cinq gendarmes", "11 officers"); when the dead include the state's forces and the
model's actor2 names no armed side, actor2 becomes the event country's military (or its
police, when the evidence names police and no army), and a flag says so. The
Attack -> Armed clash correction that follows (``armed_sides_check``) then applies.

A state force that acted (actor1 is the state's own forces) is left alone: soldiers who
died in their own raid do not make them the target.
"""

from __future__ import annotations

import re

from .actor_words import GROUP_WENT_IN
from .actors import canonical_actor, is_named, is_raw
from .earlier_counts import AGAINST_CIVILIANS
from .folding import fold
from .geo import country_name
from .keywords import CIVILIANS
from .schema import Actor, FatalityClaim

POLICE_WORDS = re.compile(r"\b(?:police\w*|policiers?|officers|constables?|gendarmes?|gendarmerie)\b", re.I)
ARMY_WORDS = re.compile(
    r"\b(?:soldiers?|troops?|army|military|militaires?|soldats?|arm[ée]e|servicemen|garde nationale|national guard"
    r"|FDS|forces de d[ée]fense)\b",
    re.I,
)


#: a state force's post, patrol or convoy named as the place hit ("a suicide car bomb at a
#: police checkpoint", "une embuscade contre une patrouille de l'armée")
_STATE_POST = re.compile(
    r"\b(?:at|on|near|outside|targeting|against|hit|struck|attacked|stormed|rammed|contre|sur|devant)\s+(?:a|an|the|un|une|le|la)\s+"
    r"(?:(?:police|army|military|security|paramilitary|checkpoint|border)\s+){1,2}"
    r"(?:checkpoints?|station|post|patrol|convoy|base|barracks|headquarters|compound|garrison|vehicle|camp)\b"
    r"|\b(?:at|on|near|outside|targeting|against|hit|struck|attacked|stormed|rammed)\s+(?:a|an|the)\s+checkpoints?\b"
    r"|\b(?:contre|sur|devant)\s+(?:un|une|le|la)\s+(?:poste|patrouille|convoi|camp|caserne|base|barrage)\s+"
    r"(?:de (?:la )?|de l['’]|militaire|des)\s*(?:police|gendarmerie|arm[ée]e|militaire|soldats|FDS)\b",
    re.I,
)


def _names_no_side(actor: Actor | None) -> bool:
    """Whether actor2 names no armed side: missing, a raw mention the alias table does not
    know (a place, "Unknown"), or the generic civilians. The mention is the actor's own
    (its first alias): the sides may have been swapped since the model wrote them."""
    if actor is None:
        return True
    if actor.name == "Civilians":
        return True
    return bool(actor.aliases) and is_raw(actor, actor.aliases[0]) and not is_named(actor)


#: soldiers told with their nation: "one Israeli soldier"
_NATION_SOLDIERS = re.compile(r"\b([A-Z][a-z]+)\s+(?:soldiers?|troops|servicem[ae]n|service\s+members?|policem[ae]n)\b")


def _own_dead(actor1: Actor, quote: str) -> bool:
    """Whether the quote counts the doer's own soldiers ("a two-day raid by Israeli forces that
    left 13 Palestinians and one Israeli soldier dead"): they are no target of theirs."""
    nation = actor1.name.removeprefix("Military Forces of ").removeprefix("Police Forces of ").split(" (")[0]
    return any(country_name(m.group(1)) == nation for m in _NATION_SOLDIERS.finditer(quote))


def target_from_dead(
    actor1: Actor | None,
    actor2: Actor | None,
    claims: list[FatalityClaim],
    evidence: list[str],
    country: str | None,
) -> tuple[Actor | None, list[str]]:
    """actor2, replaced by the country's forces when the counted dead are theirs."""
    if not country or not _names_no_side(actor2):
        return actor2, []
    if actor1 is None or actor1.type == "State forces" and actor1.name.endswith(f" of {country}"):
        return actor2, []
    claims = [c for c in claims if not (c.victims == "state_forces" and _own_dead(actor1, c.quote))]
    dead = {c.victims for c in claims}
    aliases = list(actor2.aliases) if actor2 is not None else []
    if "state_forces" not in dead:
        post = _STATE_POST.search(" ".join(evidence))
        if post is None or (dead and dead <= {"civilians"}):
            # "troops killed four civilians ... when soldiers shot at a car that failed to
            # stop at a checkpoint": the dead at the post were civilians, the post no target
            return actor2, []
        # "a suicide car bomb at a police checkpoint": the post was the target; a bare
        # "checkpoint" is the police's when the evidence names police and no army
        told = " ".join([*evidence, *(c.quote for c in claims)])
        bare = not POLICE_WORDS.search(post.group(0)) and not ARMY_WORDS.search(post.group(0))
        police = POLICE_WORDS.search(post.group(0)) or (
            bare and POLICE_WORDS.search(told) and not ARMY_WORDS.search(told)
        )
        name = f"{'Police' if police else 'Military'} Forces of {country}"
        return Actor(name=name, type="State forces", aliases=aliases), [f"actor2_from_the_post_hit:{name}"]
    most = {v: max((c.low or c.high or 0) for c in claims if c.victims == v) for v in dead}
    hit = most.get("civilians", 0)
    if aliases and CIVILIANS.search(aliases[0]):
        # the model named villagers as the target and most of the dead are people no noun
        # makes soldiers ("killed five people ... and two soldiers"): they stay the target
        hit = max(hit, most.get("unknown", 0))
    if hit > most["state_forces"]:
        # "103 people, mostly women and children" and the 14 soldiers escorting them: the
        # civilians were the target, the soldiers died defending them
        return actor2, []
    joined = " ".join([*evidence, *(c.quote for c in claims)])
    police = bool(POLICE_WORDS.search(joined)) and not ARMY_WORDS.search(joined)
    name = f"{'Police' if police else 'Military'} Forces of {country}"
    return Actor(name=name, type="State forces", aliases=aliases), [f"actor2_from_the_dead:{name}"]


#: the dead named by their group: "five of its members" (the group that says so), "an
#: Islamic Jihad militant", "two Taliban commanders"
_OWN_DEAD = re.compile(
    r"\b(?:\w+|\d+)\s+of\s+(?:its|their)\s+(?:own\s+)?(?:members|fighters|militants|men|commanders)\b", re.I
)
_GROUP_DEAD = re.compile(
    r"\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|dozens of)\s+"
    r"(?P<group>(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,3})\s+"
    r"(?:militants?|fighters?|members?|commanders?|gunmen|rebels?|insurgents?|leaders?)\b",
)


def group_of_the_dead(
    actor1: Actor | None, actor2: Actor | None, claims: list[FatalityClaim], country: str | None
) -> tuple[Actor | None, list[str]]:
    """actor2, named by the group the dead belonged to when the model named no side: "Hamas
    says five of its members were killed in an Israeli air strike", "an Islamic Jihad
    militant was killed". Only a group the alias table knows, and never the attacker."""
    if not (_names_no_side(actor2) or (actor2 is not None and actor2.name == "Unidentified Armed Group")):
        return actor2, []
    for claim in claims:
        if claim.victims not in ("non_state", "unknown", "mixed"):
            continue
        mentions = [m.group("group") for m in _GROUP_DEAD.finditer(claim.quote)]
        if _OWN_DEAD.search(claim.quote):
            mentions.append(claim.claimant)
        for mention in mentions:
            group = canonical_actor(mention, country=country)
            if is_named(group) and group.type in ("Rebel group", "Political militia", "Identity militia"):
                if actor1 is not None and actor1.name == group.name:
                    continue
                return group, [f"actor2_from_the_dead:{group.name}"]
    return actor2, []


def dead_side_second(
    actor1: Actor | None, actor2: Actor | None, claims: list[FatalityClaim], country: str | None
) -> tuple[Actor | None, Actor | None, list[str]]:
    """The country's own forces, or a foreign mission, as the only side named, when every
    dead counted is theirs ("gunmen raided a police station, killing three police
    officers", coded by the model as the police against nobody; "four peacekeepers were
    killed by unknown armed assailants"): they were attacked, by a side the story does
    not name."""
    if actor2 is not None or actor1 is None or not claims:
        return actor1, actor2, []
    if actor1.type == "External/Other forces":  # "four peacekeepers were killed by unknown armed assailants"
        if any(c.victims not in ("foreign_forces", "state_forces") for c in claims):
            return actor1, actor2, []
    elif (
        actor1.type != "State forces"
        or not country
        or not actor1.name.endswith(f" of {country}")
        or any(c.victims != "state_forces" for c in claims)
    ):
        return actor1, actor2, []
    unknown = Actor(name="Unidentified Armed Group", type="Rebel group", aliases=[])
    return unknown, actor1, [f"actor1_is_the_dead's_side:{actor1.name}"]


_FORCES, _FORCE_OR_GROUP = ("State forces", "External/Other forces"), ("state_forces", "foreign_forces", "non_state")


def _all_dead_are(claims: list[FatalityClaim], victims: str) -> bool:
    return all(c.victims == victims for c in claims)


#: the force told as the one that went on the offensive: "the government had engaged in a
#: six-hour offensive against the Kokang", "troops launched an operation against"
_FORCE_WENT_IN = re.compile(
    r"\b(?:government|army|military|troops|forces|soldiers|arm[ée]e|militaires|soldats)\b[^.;]{0,60}?"
    r"\b(?:offensive|operation|assault|raid|op[ée]ration)s?\s+(?:against|on|targeting|contre)\b",
    re.I,
)


def attacked_side_second(
    actor1: Actor | None, actor2: Actor | None, claims: list[FatalityClaim], sub_type: str, evidence: list[str]
) -> tuple[Actor | None, Actor | None, list[str]]:
    """A battle in which every dead counted is a state's or foreign force's, with that
    force as actor1 and an armed group as actor2: the force was attacked ("six soldiers were
    killed in clashes with armed activists who stormed military facilities"). ACLED codes
    the side that attacked first; in the gold set such battles have the force second 43
    times in 47."""
    if sub_type != "Armed clash" or actor1 is None or actor2 is None or not claims:
        return actor1, actor2, []
    if actor2.type in _FORCES and actor1.type not in (*_FORCES, "Civilians") and _all_dead_are(claims, "non_state"):
        # and the other way: only the group's dead counted, the force hit them (in the gold
        # set such battles have the force first 84 times in 109), unless the group went in
        went_in = any(GROUP_WENT_IN.search(q) for q in evidence)
        return (actor1, actor2, []) if went_in else (actor2, actor1, ["actors_swapped:only_the_groups_dead"])
    if actor1.type not in _FORCES or actor2.type in _FORCES or actor2.type == "Civilians":
        return actor1, actor2, []
    if any(c.victims not in _FORCE_OR_GROUP for c in claims) or _all_dead_are(claims, "non_state"):
        return actor1, actor2, []  # (both sides' dead: the group first 75 times in 94)
    if any(_FORCE_WENT_IN.search(q) for q in evidence):
        return actor1, actor2, []  # the force attacked, and lost men doing it
    return actor2, actor1, ["actors_swapped:the_dead_side_was_attacked"]


_REMOTE_OR_ATTACK = {
    "Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Suicide bomb", "Attack",
}  # fmt: skip
#: an armed side named as a noun ("rebels were killed"), not as an adjective ("rebel areas")
_FIGHTERS = re.compile(
    r"\b(?:rebels|militants|insurgents|fighters|jihadists|extremists|gunmen|soldiers|troops|combatants|rebelles"
    r"|djihadistes|jihadistes|terroristes|combattants|insurg[ée]s|militaires|soldats)\b",
    re.I,
)


#: a place where people who are not fighting gather: a strike or attack that hit one, with
#: no fighter among the dead, hit civilians
_CIVILIAN_PLACE = re.compile(
    r"\b(?:market(?:place)?s?|hotels?|schools?|hospitals?|clinics?|mosques?|churche?s?|wedding|funeral|buse?s?|restaurants?"
    r"|caf[eé]s?|bakery|displacement camps?|camps? for (?:the )?displaced|march[ée]s?|h[ôo]tels?|[ée]coles?|h[ôo]pita(?:l|ux)"
    r"|mosqu[ée]es?|[ée]glises?|mariage|fun[ée]railles)\b",
    re.I,
)


def _hit_a_civilian_place(actor2: Actor, claims: list[FatalityClaim], evidence: list[str]) -> bool:
    """Whether the evidence tells a civilian place hit, names no fighters and not actor2
    itself, and every dead counted is a civilian or unnamed: "an airstrike hit a hotel and
    neighboring market in Saada province" killed people at a market, not the Houthis the
    model named from elsewhere in the story."""
    if actor2.name == "Civilians" or actor2.type in ("Civilians", "Protesters"):
        return False
    told = " ".join(evidence)
    if not _CIVILIAN_PLACE.search(told) or _FIGHTERS.search(" ".join([told, *(c.quote for c in claims)])):
        return False
    if not claims or any(c.victims not in ("civilians", "unknown") for c in claims):
        return False
    folded = fold(told).lower()
    # any proper word of its names, as a noun or an adjective ("the Houthis", "a Houthi checkpoint")
    # (not the country in "Opposition Rebels (Syria)", nor the kind of group the name holds)
    names = [re.sub(r"\([^)]*\)", " ", n) for n in [actor2.name, *actor2.aliases]]
    words = {w.rstrip("s") for n in names for w in re.findall(r"\b[A-Z][\w'-]{2,}", fold(n))} - _KINDS
    return not any(re.search(rf"\b{re.escape(w.lower())}", folded) for w in words if len(w) >= 3)


#: words for a kind of armed group, in a group's name, that name no one
_KINDS = {"Rebel", "Opposition", "Group", "Armed", "Unidentified", "Militia", "Force", "Movement", "Army", "Front"}


#: a state's post or troops a bomb or an attack hit: "near an Iraqi police checkpoint"
_FORCE_HIT = re.compile(
    r"\b(?:near|at|on|outside(?: of)?|in front of|targeting|targeted|hit|struck|against)\s+(?:an?|the)\s+(?:[A-Z][\w'’-]+\s+)?"
    r"(?P<force>police|army|military|security)\s+(?:checkpoint|station|post|convoy|patrol|base|vehicle|headquarters"
    r"|barracks|compound)s?\b",
    re.I,
)


#: the post named by whose it is: "as a convoy of security forces passed", "a patrol of the army"
_FORCE_HIT_OF = re.compile(
    r"\b(?:an?|the)\s+(?:convoy|patrol|vehicle|checkpoint|post)\s+(?:of|carrying)\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+)?"
    r"(?P<force>police|army|military|security)(?:\s+(?:forces|officers|personnel))?\b",
    re.I,
)


def force_hit(told: str, country: str | None) -> Actor | None:
    """The state's police or army whose post the evidence says was hit, for ``country``."""
    hit = _FORCE_HIT.search(told) or _FORCE_HIT_OF.search(told)
    if hit is None or not country:
        return None
    kind = "Police Forces" if hit.group("force").lower() == "police" else "Military Forces"
    return Actor(name=f"{kind} of {country}", type="State forces", aliases=[hit.group(0)])


def civilian_target(
    actor2: Actor | None,
    sub_type: str,
    claims: list[FatalityClaim],
    evidence: list[str],
    mention_in_text: bool,
    country: str | None = None,
) -> tuple[Actor | None, list[str]]:
    """actor2 Civilians when the model named an armed target the text does not name ("rebels"
    read from "a government air strike on rebel areas ... killed at least 43 people", the
    "Syrian" army from "Syrian civilians were killed in suspected Russian airstrikes") and
    the dead the article counts are people or civilians, no fighters among them.

    A drone strike is the exception: its dead, told only as "people", are the unnamed
    militants it was aimed at unless the text calls them civilians (the labels code 4 of 5
    such US strikes against an unidentified armed group, none against civilians).
    """
    if _unnamed_dead_of_a_drone(sub_type, claims, evidence):
        if actor2 is not None and actor2.type not in ("Civilians", "State forces"):
            return actor2, []
        unnamed = Actor(name="Unidentified Armed Group", type="Rebel group", aliases=[])
        return unnamed, ["actor2_drone_target_unnamed"]
    if actor2 is None and sub_type == "Armed clash" and claims and all(c.victims == "civilians" for c in claims):
        # "ten civilians, many of them children, were killed during a military operation":
        # one armed side, its dead all civilians, is an attack on them (the clash check retypes it)
        return Actor(name="Civilians", type="Civilians", aliases=[]), ["actor2_assumed:Civilians"]
    if actor2 is None and (sub_type in _REMOTE_OR_ATTACK or sub_type == "Grenade") and claims:
        # a strike or attack on no named side, whose counted dead are people or civilians
        # and no fighters: civilians (ACLED's reading of "shelling killed 35 people")
        told = _without_doers(" ".join(c.quote for c in claims))
        force = force_hit(" ".join(evidence), country)
        if force is not None and all(c.victims in ("state_forces", "unknown") for c in claims):
            return force, [f"actor2_the_post_hit:{force.name}"]
        if all(c.victims in ("civilians", "unknown") for c in claims) and not _FIGHTERS.search(told):
            return Actor(name="Civilians", type="Civilians", aliases=[]), ["actor2_assumed:Civilians"]
    if (
        actor2 is not None
        and sub_type in _REMOTE_OR_ATTACK
        and actor2.type in ("Rebel group", "Political militia", "Identity militia")
        and claims
        and all(c.victims == "civilians" for c in claims)
    ):
        # "a drone attack ... killed three civilians in a car" in a city "controlled by the
        # SDF": every dead counted is a civilian, the group only holds the ground
        civilians = Actor(name="Civilians", type="Civilians", aliases=[])
        return civilians, [f"actor2_civilians_the_only_dead:{actor2.name}"]
    if actor2 is not None and sub_type in _REMOTE_OR_ATTACK and _hit_a_civilian_place(actor2, claims, evidence):
        civilians = Actor(name="Civilians", type="Civilians", aliases=list(actor2.aliases))
        return civilians, ["actor2_civilians_at_a_civilian_place"]
    if (
        actor2 is None
        or mention_in_text
        or (actor2.name != "Unidentified Armed Group" and actor2.type not in ("State forces", "External/Other forces"))
        or sub_type not in _REMOTE_OR_ATTACK
    ):
        return actor2, []
    if not claims or any(c.victims not in ("civilians", "unknown") for c in claims):
        return actor2, []
    if _FIGHTERS.search(_without_doers(" ".join([*evidence, *(c.quote for c in claims)]))):
        return actor2, []
    civilians = Actor(name="Civilians", type="Civilians", aliases=list(actor2.aliases))
    return civilians, ["actor2_civilians_from_the_dead"]


#: a drone's strike, and the nouns that make its dead civilians (women and children among
#: them, as a strike's toll often names them)
_DRONE = re.compile(r"\bdrones?\b|\bUAVs?\b", re.I)
_CIVILIAN_WORD = re.compile(r"\bcivilians?\b|\bcivils?\b|\bchildren\b|\bwomen\b|\benfants\b|\bfemmes\b", re.I)


def _unnamed_dead_of_a_drone(sub_type: str, claims: list[FatalityClaim], evidence: list[str]) -> bool:
    """Whether a drone strike's counted dead are told only as people, never as civilians."""
    if sub_type != "Air/drone strike" or not claims:
        return False
    told = " ".join([*evidence, *(c.quote for c in claims)])
    return bool(_DRONE.search(told)) and not _CIVILIAN_WORD.search(told) and all(c.victims == "unknown" for c in claims)


#: the doer named after "by" ("shelling by Houthi rebels"): fighters who fired, not who died
_BY_THE_DOER = re.compile(r"\b(?:by|par)\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+\b", re.I)
#: fighters who act ("unidentified gunmen have killed two Americans"): the doers, not the dead
_THE_DOERS_ACT = re.compile(
    r"\b(?:rebels|militants|insurgents|fighters|gunmen|extremists|jihadists)\s+(?:have\s+|had\s+)?"
    r"(?:killed|shot|opened fire|attacked|ambushed|stormed|raided|abducted)\b",
    re.I,
)


def _without_doers(text: str) -> str:
    """The text with the fighters who acted taken out, so that only the dead's words remain
    to tell whether fighters died."""
    return _THE_DOERS_ACT.sub(" ", _BY_THE_DOER.sub(" ", text))


_BOMBINGS = {"Remote explosive/landmine/IED", "Suicide bomb", "Grenade"}


#: the state's forces stopping the bomber: "police in Islamabad killed a suicide bomber as he
#: ran toward a checkpoint", "soldiers shot dead a would-be bomber"
_STOPPED_THE_BOMBER = re.compile(
    r"\b(?:police\w*|soldiers|troops|guards|forces|army|military)\b[^.;]{0,60}\b(?:killed|shot|gunned down|intercepted"
    r"|stopped|arrested|captured|tu[ée]|abattu|neutralis[ée])\s+(?:dead\s+)?(?:an?|the|two|three|un|une|le|deux)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:suicide\s+)?(?:bombers?|kamikazes?)\b",
    re.I,
)


def bomb_victims_second(
    actor1: Actor | None,
    actor2: Actor | None,
    sub_type: str,
    claims: list[FatalityClaim],
    evidence: list[str] | None = None,
) -> tuple[Actor | None, Actor | None, list[str]]:
    """A state's forces as the side that set off a bomb: the model took the dead or the
    target for the doers ("two paramilitary officers ... were killed when a roadside bomb
    exploded", "a bombing targeting a police patrol"). In ACLED a bombing's actor1 is
    the bomber, and states do not plant roadside bombs or send suicide bombers (one of the
    111 bombings in the gold set). A non-state armed actor2 is then the bomber and the
    sides swap (``actors_swapped:bomber``); otherwise the unnamed bomber comes first and
    the state's forces second (``actor1_was_the_dead`` when most dead were theirs, else
    ``actor1_was_the_target``)."""
    if sub_type not in _BOMBINGS or actor1 is None or actor1.type not in ("State forces", "External/Other forces"):
        return actor1, actor2, []
    if _STOPPED_THE_BOMBER.search(" ".join(evidence or [])):
        return actor1, actor2, []  # the forces acted: they killed or stopped the bomber
    if actor2 is not None and actor2.type in _NON_STATE_ARMED:
        return actor2, actor1, ["actors_swapped:bomber"]
    most: dict[str, int] = {}
    for c in claims:
        most[c.victims] = max(most.get(c.victims, 0), c.low or c.high or 0)
    state = most.pop("state_forces", 0)
    dead = bool(state) and state >= max(most.values(), default=0)
    bomber = Actor(name="Unidentified Armed Group", type="Rebel group", aliases=[])
    flag = f"actor1_was_the_dead:{actor1.name}" if dead else f"actor1_was_the_target:{actor1.name}"
    return bomber, actor1, [flag]


#: ACLED's violence against civilians: its other side is civilians by definition
_NON_STATE_ARMED = {"Rebel group", "Political militia", "Identity militia"}


def civilians_as_target(
    actor1: Actor | None, actor2: Actor | None, sub_type: str
) -> tuple[Actor | None, Actor | None, list[str]]:
    """Violence against civilians has civilians as its other side (ACLED's definition of the
    type), once the sub-type checks have settled on it: the model's actor2 there is the
    mission whose base sheltered them, a group named as the kidnappers, or nothing. A
    non-state armed group the model put second while actor1 stays unnamed ("gunmen"
    against the MNLF, for "MNLF fighters seized hostages") is the doer the model misplaced:
    it moves first. Both moves are flagged with the side they replaced."""
    if sub_type not in AGAINST_CIVILIANS or actor1 is None:
        return actor1, actor2, []
    if actor2 is not None and actor2.type == "Civilians":
        return actor1, actor2, []
    civilians = Actor(name="Civilians", type="Civilians", aliases=[])
    if actor2 is None:
        return actor1, civilians, ["actor2_civilians_by_event_type:none"]
    if actor2.type in _NON_STATE_ARMED and actor1.name == "Unidentified Armed Group":
        return actor2, civilians, [f"actor1_from_actor2_by_event_type:{actor2.name}"]
    if actor2.type == "State forces":
        return actor1, actor2, []  # captured soldiers or police: the model's reading stands
    return actor1, civilians, [f"actor2_civilians_by_event_type:{actor2.name}"]
