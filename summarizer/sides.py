"""Which side acted: actor1 checked against the grammar of the evidence sentence.

ACLED's actor1 is the side that initiated the event. The small model swaps attacker and
target in about a third of battles, and codes a foreign air strike with its target first.
The evidence sentence usually says who did what to whom, so code reads it:

- passive voice, "the convoy was ambushed by militants": the side after "by" acted;
- active voice, "militants ambushed the convoy": the side before the verb acted;
- unarmed civilians never initiate violence (they can protest or riot);
- a protest or riot has the crowd as actor1 (ACLED's rule), police acting against it second;
- a foreign force's air or drone strike is coded with the foreign force first;
- an air or drone strike the evidence gives an owner ("a Saudi-led coalition airstrike",
  "frappes de drones de l'armée malienne") is that owner's (:func:`strike_owner`).

When the sentence says the opposite of the model's order, the sides are swapped and a
flag says so; when it says nothing clear, the model's order stays.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from .schema import Actor
from .state_nouns import state_noun_at

_VERBS = (
    r"attack\w*|ambush\w*|kill\w*|struck|strike|strikes|hit|raid\w*|storm\w*|target\w*|shell\w*|bomb\w*|shot|shoot\w*"
    r"|kidnap\w*|abduct\w*|assault\w*|overr\w*|seiz\w*|captur\w*|massacr\w*|execut\w*|behead\w*|fired on|opened fire"
    r"|attaqu\w*|tu[ée]e?s?|frapp\w*|bombard\w*|enlev\w*|pris pour cible|tendu une embuscade|embusqu\w*"
    r"|pursu\w*|chased|hunted down|poursuivi\w*|traqu\w*|repouss\w*|repelled|routed"
)
_PASSIVE = re.compile(
    rf"\b(?:was|were|been|being|got|came under|a ete|ont ete|ete)\s+(?:\w+\s+)?(?:{_VERBS})\s+(?:\w+\s+){{0,4}}?(?:by|par)\s",
    re.I,
)
_ACTIVE = re.compile(rf"\b(?:{_VERBS})\b", re.I)
#: a verb's form told as a noun by the word just before it ("said the attack took place",
#: "l'attaque"): a deed named, not a side doing it
_AS_NOUN = re.compile(r"(?:\b(?:the|an?|this|its|their|his|her|another|une?|la|le|les|cette|ces)\s+|\bl')$", re.I)
#: French past participles, whose "a" is the verb "has" ("l'armée a attaqué"), not English "a"
_FRENCH_FORM = re.compile(r"(?:attaqu|tu[ée]|frapp|bombard|enlev|tendu|embusqu|poursuivi|traqu|repouss)", re.I)


def _acts(words: str) -> bool:
    """Whether ``words`` hold a verb of violence used as a verb, not as a noun ("that
    attacked" and "a attaqué" are verbs; "the attack" and "an ambush" are not)."""
    for m in _ACTIVE.finditer(words):
        before = _AS_NOUN.search(words[: m.start()])
        if before is None or (before.group(0).strip().lower() == "a" and _FRENCH_FORM.match(m.group(0))):
            return True
    return False


#: a passive verb with no agent named ("onze civils ... ont été tués dimanche, au cours
#: d'une attaque de jihadistes"): the side named before it is the one hit
_PASSIVE_NO_AGENT = re.compile(
    rf"\b(?:was|were|been|being|a ete|ont ete|sont|est|ete)\s+(?:\w+\s+)?(?:{_VERBS})\b", re.I
)

#: "22 Somali Soldiers Killed in Al-Shabab Attack": the dead, then the attack that the
#: side named next made (a headline's passive without its verb "were")
_KILLED_IN = re.compile(
    r"\b(?:killed|dead|died|wounded|injured|tue?e?s?|morts?|blesse?e?s?)\s+(?:in|during|after|dans|lors d'|lors de|apres)\s*"
    r"(?:an?|une?|the|l'|la|le)?\s*(?:\w+\s+)?$"
)

_CAME_UNDER = re.compile(r"\b(?:came|come|comes|coming) under\b", re.I)  # "came under fire": the subject was hit

_CROWD = {"Protesters", "Rioters"}
_CROWD_FIRST = {"Peaceful protest", "Protest with intervention", "Violent demonstration", "Mob violence"}
_ARMED = {"State forces", "Rebel group", "Political militia", "Identity militia", "External/Other forces"}
_STATE = {"State forces", "External/Other forces"}
_CROWD_TYPES = {
    "Peaceful protest", "Protest with intervention", "Violent demonstration", "Mob violence",
    "Excessive force against protesters",
}  # fmt: skip


def _fold(s: str) -> str:
    # a curly apostrophe is kept as a straight one ("lors d’une" reads as "lors d'une")
    s = s.replace("’", "'")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()


def _position(mention: str, sentence: str, state: bool = False) -> int | None:
    """Where a side is named in the sentence: the whole mention, else its last word (the
    head), else, for a state's forces, any common name of such forces."""
    m, s = _fold(mention).strip(), _fold(sentence)
    if not m:
        return None
    i = s.find(m)
    if i >= 0:
        return i
    words = [w for w in re.findall(r"[a-z0-9-]+", m) if len(w) > 2]
    for w in reversed(words):
        # "militants" is named by "a suspected militant attack" too
        stem = w[:-1] if len(w) > 4 and w.endswith("s") else w
        found = re.search(rf"\b{re.escape(stem)}", s)
        if found:
            return found.start()
    # how a sentence names a state's forces without the model's words ("policiers et soldats")
    return state_noun_at(sentence) if state else None


def _head_position(mention: str, sentence: str, state: bool = False) -> int | None:
    """Where a side is named by its whole mention or its head noun ("suspected jihadists",
    "jihadists"), else by a common name of a state's forces; not by a modifier such as its
    country's name ("Sudan's army" is not named by "Sudan's paramilitary ...")."""
    m, s = _fold(mention).strip(), _fold(sentence)
    words = re.findall(r"[a-z0-9-]+", m)
    if not m or not words:
        return None
    if (i := s.find(m)) >= 0:
        return i
    head = words[-1]
    stem = head[:-1] if len(head) > 4 and head.endswith("s") else head
    if len(stem) > 2 and (found := re.search(rf"\b{re.escape(stem)}", s)):
        return found.start()
    # how a sentence names a state's forces without the model's words ("policiers et soldats")
    return state_noun_at(sentence) if state else None


#: a clause whose own subject acts, inside the words between the two sides
_WHILE_ACTING = re.compile(
    r"\b(?:as|while|when|alors que|tandis que)\s+(?:[\w.'’-]+\s+){1,4}?(?:retook|recaptured|regained|attacked|stormed"
    r"|raided|launched|moved|tried|fought|battled|clashed|took|reprenaient|attaquaient|lan[cç]aient)\b",
    re.I,
)


def _order_in(sentence: str, first: str, second: str, states: tuple[bool, bool] = (False, False)) -> str | None:
    """'same' if the sentence makes ``first`` the actor, 'swap' if it makes ``second`` the actor."""
    p1, p2 = _position(first, sentence, states[0]), _position(second, sentence, states[1])
    if p1 is None or p2 is None or p1 == p2:
        return None
    folded = _fold(sentence)
    lo, hi = min(p1, p2), max(p1, p2)
    between = folded[lo:hi]
    if _PASSIVE.search(between):
        # "<earlier> was attacked by <later>": the later-named side acted
        return "swap" if p1 < p2 else "same"
    if _KILLED_IN.search(between):
        return "swap" if p1 < p2 else "same"
    if (under := _CAME_UNDER.search(between)) and not _acts(between[under.end() :]):
        return "swap" if p1 < p2 else "same"  # "they came under government artillery attack"
    if _PASSIVE_NO_AGENT.search(between) and _WHILE_ACTING.search(between):
        # "A United Nations soldier was killed as U.N. forces retook control of a police
        # station seized by former Haitian forces": the clause's own subject acted, and
        # the words do not tell which side it is
        return None
    if _PASSIVE_NO_AGENT.search(between):
        # "<earlier> were killed ..., in an attack by <later>": the later-named side acted
        return "swap" if p1 < p2 else "same"
    if _acts(between) and not re.search(r"\b(?:by|par)\b", between):
        return "same" if p1 < p2 else "swap"
    return None


def _agent_of_passive(sentence: str, first: str, second: str, states: tuple[bool, bool] = (False, False)) -> str | None:
    """'same' / 'swap' when only one side is named as the agent of a passive verb ("it was
    attacked by a band of men riding motorcycles"), even if the other side is not named."""
    folded = _fold(sentence)
    for m in _PASSIVE.finditer(folded):
        agent = folded[m.end() : m.end() + 60]
        p1, p2 = _position(first, agent, states[0]), _position(second, agent, states[1])
        if p2 is not None and p2 < 25 and p1 is None:
            return "swap"
        if p1 is not None and p1 < 25 and p2 is None:
            return "same"
    return None


#: a side's relative clause that makes it the doer: "militants who attacked an oil pumping station"
_WHO_DID = re.compile(
    r"^[\w' -]{0,30}?\b(?:who|qui)\s+(?:had |have |has |avaient |ont )?"
    r"(?:attack\w*|ambush\w*|raid\w*|storm\w*|assault\w*|opened fire|fired on|attaqu\w*|tendu une embuscade)"
)


def _relative_doer(sentence: str, first: str, second: str, states: tuple[bool, bool]) -> str | None:
    """'same' / 'swap' when one side, and only one, is told as the doer in a relative
    clause ("a gunbattle between government soldiers and heavily armed militants who
    attacked an oil pumping station")."""
    folded = _fold(sentence)
    p1, p2 = _position(first, folded, states[0]), _position(second, folded, states[1])
    did1 = p1 is not None and bool(_WHO_DID.search(folded[p1 : p1 + 80]))
    did2 = p2 is not None and bool(_WHO_DID.search(folded[p2 : p2 + 80]))
    if did1 == did2:
        return None
    return "same" if did1 else "swap"


#: a side starting the fight: "launched an offensive", "mounted a new assault", "carried out an attack"
_LAUNCHED = re.compile(
    r"\b(?:launch(?:ed|es)?|mount(?:ed|s)?|beg(?:an|ins)|start(?:ed|s)?|lancee?s?|carr(?:y|ied|ies) out|stag(?:ed|es)"
    r"|conduct(?:ed|s)?|mene\w*|continu(?:e|es|ed|ing)|press(?:ed|es)? on with)\s+"
    r"(?:(?:an?|the|their|its|une?|leur|son|sa|new|major|fresh|large-scale|nouvelle?|vaste|grande?)\s+)*"
    r"(?:\w+\s+){0,2}?(?:(?:counter-?)?offensives?|assaults?|operations?|attacks?|raids?|ambush(?:es)?|attaques?"
    r"|embuscades?)\b",
)


Position = Callable[[str, str, bool], "int | None"]


def _named_last(
    before: str, first: str, second: str, states: tuple[bool, bool], position: Position = _position
) -> str | None:
    """'same' when ``first`` is the side named last in ``before`` (the words just before a
    verb), 'swap' when ``second`` is, None when neither is named."""
    p1, p2 = position(first, before, states[0]), position(second, before, states[1])
    if p1 is not None and (p2 is None or p1 > p2):
        return "same"
    if p2 is not None and (p1 is None or p2 > p1):
        return "swap"
    return None


_SUBORDINATE = re.compile(r"\b(?:after|before|when|while|since|as|because|until|apres|avant|quand|lorsque|depuis)\b")


def _initiator(sentence: str, first: str, second: str, states: tuple[bool, bool]) -> str | None:
    """'same' / 'swap' when the sentence has one side launch an offensive or assault: the
    side named last before the verb (within a few words) started it."""
    folded = _fold(sentence)
    for m in _LAUNCHED.finditer(folded):
        before = folded[max(0, m.start() - 40) : m.start()]
        # "the country's military, one day after an armed group carried out attacks": a side
        # named before "after" (when, as ...) is not the subject of the verb that follows it
        before = before[max((c.end() for c in _SUBORDINATE.finditer(before)), default=0) :]
        verdict = _named_last(before, first, second, states)
        if verdict is not None:
            return verdict
    return None


#: a side holding off an attack: "French and Malian forces repelled an attack on
#: Timbuktu", "his troops overpowered and repelled the militants", "l'attaque ... a été
#: repoussée par un groupe d'autodéfense": the side that repelled it did not start it
_HELD_OFF = (
    r"(?:repell?(?:ed|s)?|repuls(?:ed|es)?|fought off|fight off|beat(?:en)? back|beat off|foil(?:ed|s)?|thwart(?:ed|s)?"
    r"|repouss\w*|dejou\w*)"
)
_DEFENDED = re.compile(rf"\b{_HELD_OFF}\b")
_DEFENDED_BY = re.compile(
    rf"\b(?:was|were|been|being|a ete|ont ete|ete|est|sont)\s+(?:\w+\s+)?{_HELD_OFF}\s+(?:by|par)\s"
)


def _defender(sentence: str, first: str, second: str, states: tuple[bool, bool]) -> str | None:
    """'same' / 'swap' when the sentence has one side hold off the other's attack: the
    side that repelled it goes second, read by the side named just before the verb (or
    just after "repelled by")."""
    folded = _fold(sentence)
    for m in _DEFENDED_BY.finditer(folded):
        after = folded[m.end() : m.end() + 60]
        p1, p2 = _position(first, after, states[0]), _position(second, after, states[1])
        if p1 is not None and p1 < 25 and (p2 is None or p2 > p1):
            return "swap"
        if p2 is not None and p2 < 25 and (p1 is None or p1 > p2):
            return "same"
    for m in _DEFENDED.finditer(folded):
        if _DEFENDED_BY.search(folded[max(0, m.start() - 30) : m.end() + 5]):
            continue
        defender = _named_last(folded[max(0, m.start() - 45) : m.start()], first, second, states)
        if defender is not None:  # the side that held the attack off is the one attacked
            return "swap" if defender == "same" else "same"
    return None


#: an attack named as a noun, then its doer: "an attack by suspected jihadists ... killed
#: 17 soldiers", "the killing and beheading of government troops ... by separatist fighters",
#: "une attaque menée par des hommes armés"
_DEED_BY = re.compile(
    r"\b(?:attacks?|ambush(?:es)?|assaults?|raids?|offensives?|killings?|beheadings?|massacres?|bombings?"
    r"|attaques?|embuscades?|assassinats?|tueries?)\b(?P<gap>[^.;:]{0,70}?)\b(?:by|par)\s"
)
#: a side blamed for the deed: "Islamist militants blamed for killing at least 23 soldiers"
_BLAMED = re.compile(
    r"\b(?:blamed for|accused of|responsible for|suspected of|behind the|accuses? d|soupconnee?s? d|responsables? de)"
)


def _doer_named(sentence: str, first: str, second: str, states: tuple[bool, bool]) -> str | None:
    """'same' / 'swap' when the sentence names the doer of an attack told as a noun ("an
    attack by X") or a side blamed for it ("X blamed for killing ...")."""
    folded = _fold(sentence)
    for m in _DEED_BY.finditer(folded):
        if re.search(r"\b(?:was|were|been|is|are|a ete|ont ete|est|sont)\b", m.group("gap")):
            continue  # "the attack was repelled by ...": a verb of its own, read elsewhere
        agent = folded[m.end() : m.end() + 60]
        near1, near2 = (
            p is not None and p < 25
            for p in (_head_position(first, agent, states[0]), _head_position(second, agent, states[1]))
        )
        if near1 != near2:  # both near: "by Sudan's paramilitary Rapid Support Forces" names one through the other
            return "same" if near1 else "swap"
    for m in _BLAMED.finditer(folded):
        verdict = _named_last(folded[max(0, m.start() - 40) : m.start()], first, second, states, _head_position)
        if verdict is not None:
            return verdict
    return None


def initiator_first(
    actor1: Actor | None, actor2: Actor | None, evidence: list[str]
) -> tuple[Actor | None, Actor | None, list[str]]:
    """A battle found late (an "attack" that turned out to have two armed sides) put with
    the side that launched the offensive first, read by each side's written name."""
    if actor1 is None or actor2 is None:
        return actor1, actor2, []
    states = (actor1.type == "State forces", actor2.type == "State forces")
    first, second = (a.aliases[0] if a.aliases else a.name for a in (actor1, actor2))
    for check, why in ((_initiator, "launched_the_offensive"), (_defender, "held_off_the_attack")):
        for sentence in evidence:
            verdict = check(sentence, first, second, states)
            if verdict == "swap":
                return actor2, actor1, [f"actors_swapped:{why}"]
            if verdict == "same":
                return actor1, actor2, []
    return actor1, actor2, []


def _voice(sentence: str, first: str, second: str, states: tuple[bool, bool]) -> str | None:
    """The sentence's word order or its passive's agent (``_order_in``, ``_agent_of_passive``)."""
    return _order_in(sentence, first, second, states) or _agent_of_passive(sentence, first, second, states)


def told_order(
    mention1: str, mention2: str, evidence: list[str], sub_event_type: str, states: tuple[bool, bool]
) -> tuple[str | None, str]:
    """('same' | 'swap' | None, why): the order of the two sides the evidence's words tell.
    A battle is coded with the side that started it first: "the clashes took place after
    the military launched an offensive there" outranks who killed whom."""
    checks = [
        *([(_initiator, "launched_the_offensive")] if sub_event_type == "Armed clash" else []),
        (_defender, "held_off_the_attack"),
        (_doer_named, "doer_of_the_attack_named"),
        (_voice, "evidence_voice"),
        (_relative_doer, "side_who_attacked"),
    ]
    for check, why in checks:  # in order of how plainly the words tell it
        for sentence in evidence:
            verdict = check(sentence, mention1, mention2, states)
            if verdict is not None:
                return verdict, why
    return None, ""


def orient_sides(
    actor1: Actor | None,
    actor2: Actor | None,
    mention1: str,
    mention2: str,
    evidence: list[str],
    sub_event_type: str,
) -> tuple[Actor | None, Actor | None, list[str]]:
    """(actor1, actor2, flags): the model's sides, swapped when the evidence says so."""
    if actor1 is None or actor2 is None:
        return actor1, actor2, []
    if sub_event_type in _CROWD_FIRST and actor2.type in _CROWD and actor1.type not in _CROWD:
        # ACLED codes a protest or riot with the crowd as actor1, whoever acted against it
        return actor2, actor1, ["actors_swapped:crowd_first"]
    armies = ("State forces", "External/Other forces")
    if sub_event_type == "Air/drone strike" and actor1.type in armies and actor2.type not in armies:
        # an air force struck an armed group or people ("Syrian warplanes struck a
        # rebel-held town"): no word order makes the group the one that flew
        return actor1, actor2, []
    states = (actor1.type == "State forces", actor2.type == "State forces")
    verdict, why = told_order(mention1, mention2, evidence, sub_event_type, states)
    if verdict == "swap":
        return actor2, actor1, [f"actors_swapped:{why}"]
    if verdict == "same":
        return actor1, actor2, []
    if sub_event_type not in _CROWD_TYPES and actor1.type == "Civilians" and actor2.type in _ARMED:
        return actor2, actor1, ["actors_swapped:civilians_do_not_attack"]
    if sub_event_type == "Air/drone strike" and actor2.type == "External/Other forces" and actor1.type not in _STATE:
        return actor2, actor1, ["actors_swapped:strike_by_state_or_foreign_force"]
    return actor1, actor2, []


_STRIKE = (
    r"(?:air ?strikes?|air raids?|air attacks?|aerial attacks?|drone strikes?|drone attacks?|missile strikes?|missile attacks?"
    r"|rocket attacks?|ballistic missiles?|cruise missiles?|warplanes?|fighter jets?|drones?|(?:helicopter\s+)?gunships?"
    r"|helicopters?|(?:guided|glide|barrel|aerial) bombs?)"  # "a government helicopter gunship attacked"
)
_FRAPPE = r"(?:frappes?(?: a[ée]riennes?| de drones?)?|bombardements?|raids? a[ée]riens?)"
_OWNER_BEFORE = re.compile(rf"(?P<owner>(?:[\w.'’-]+\s+){{1,4}}?){_STRIKE}\b", re.I)
_OWNER_AFTER = re.compile(
    rf"\b(?:{_STRIKE}|{_FRAPPE})\s+(?:carried out |conducted |launched )?(?:by|of|from|de la|de l'|du|des|de|d')\s*"
    rf"(?P<owner>(?:the\s+)?[\w.'’-]+(?:\s+[\w.'’-]+){{0,3}})",
    re.I,
)
_LEAD_WORDS = re.compile(
    r"^(?:.*\b(?:in|into|by|from|after|during|with|of|on|that|which|an?|the|suspected|alleged|apparent|deadly|new"
    r"|latest|separate|reports?|says?|said|claims?|accuses?)\s+)+",  # "Tamil Rebels Report Army Air Strikes": the army's
    re.I,
)


def strike_owner(evidence: list[str]) -> list[str]:
    """The phrases the evidence gives as the owner of an air or drone strike, nearest first."""
    found: list[str] = []
    for sentence in evidence:
        for m in _OWNER_BEFORE.finditer(sentence):
            if _STRIKE_OF_A_YEAR.match(sentence, m.end()) or _YEAR.search(m.group("owner")):
                continue  # "destroyed by Israeli warplanes in 2007": a past strike, not this one
            owner = _LEAD_WORDS.sub("", m.group("owner").strip())
            if owner:
                found.append(owner)
        for m in _OWNER_AFTER.finditer(sentence):
            if _STRIKE_OF_A_YEAR.match(sentence, m.end()):
                continue
            found.append(m.group("owner").strip())
    return found


#: a strike dated by a year of its own ("warplanes in 2007", "a 2007 Israeli air strike")
_STRIKE_OF_A_YEAR = re.compile(r"\s+(?:in|en)\s+(?:19|20)\d\d\b")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")

#: whose guns fired: "rebel artillery shells killed two civilians", "army shelling"
_GUNS = r"(?:artillery|shells?|shelling|mortars?|mortar fire|rockets?|tank fire|obus|roquettes?|tirs d['’]artillerie)"
_REBEL_GUNS = re.compile(
    rf"\b(?:rebel|militant|insurgent|jihadist|separatist|rebelles?|jihadistes?)\s+(?:[\w-]+\s+)?{_GUNS}\b", re.I
)
_STATE_GUNS = re.compile(
    rf"\b(?:army|military|government|regime|troops'?|forces'?|arm[ée]e|gouvernementales?)\s+(?:[\w-]+\s+)?{_GUNS}\b",
    re.I,
)


def gun_owner(
    actor1: Actor | None, actor2: Actor | None, evidence: list[str]
) -> tuple[Actor | None, Actor | None, list[str]]:
    """Shelling is the side whose guns the evidence names: "rebel artillery shells"
    fired by the rebels, not by the army the model put first (and the other way round)."""
    if actor1 is None or actor2 is None:
        return actor1, actor2, []
    told = " ".join(evidence)
    rebel, state = bool(_REBEL_GUNS.search(told)), bool(_STATE_GUNS.search(told))
    if rebel == state:
        return actor1, actor2, []
    if rebel and actor1.type in _STATE and actor2.type in ("Rebel group", "Political militia", "Identity militia"):
        return actor2, actor1, ["actors_swapped:gun_owner"]
    if state and actor2.type in _STATE and actor1.type in ("Rebel group", "Political militia", "Identity militia"):
        return actor2, actor1, ["actors_swapped:gun_owner"]
    return actor1, actor2, []
