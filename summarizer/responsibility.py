"""The group that claimed an attack the checked record leaves to an unidentified side.

"Local media are quoting a representative for the outlawed Tehrik-e-Taliban Pakistan as
taking responsibility for the bombing": ACLED codes a claimed attack to the group that
claimed it, and the small model, reading the sentence that tells the blast, leaves the
bomber unnamed. Code reads the claim: a sentence that says a group claimed (took,
accepted) responsibility or "revendique" an attack, not negated ("no one has claimed",
"n'a pas été revendiquée"), naming a group the alias table or the article's own acronyms
know. The claim goes to the event it follows: the one whose evidence holds the sentence,
else the one the nearest sentence before it cites or places ("Authorities in Bannu say
..."), else the story's only event; none when a sentence in between tells of an earlier
attack ("The earlier bombing on Sunday killed a local mayor"), and never one first told after
the claim. Only an event whose actor1 is the unidentified group takes it, flagged
``actor1_from_claim:<words>``; a side the model or the evidence named is left as it is.

A speaker's blame of this attack is read the same way ("Military officials immediately
blamed the FARC"), flagged ``actor1_from_blame:<words>``; a blame for other, earlier or
similar attacks ("for such attacks in the past") names no one.
"""

from __future__ import annotations

import re

from .accusations import accused_not_accuser
from .actors import canonical_actor, era_name
from .article import Article
from .folding import fold
from .found_sides import named_group
from .keywords import EARLIER_ATTACK, VIOLENT_TYPES
from .schema import ActorType, Event
from .self_described import self_described_group

UNIDENTIFIED = "Unidentified Armed Group"
_NON_STATE = ("Rebel group", "Political militia", "Identity militia")
FLAG = "actor1_from_claim"
SUSPECTED_FLAG = "actor1_from_suspected"
BLAMED_FLAG = "actor1_from_blame"
LEAD_FLAG = "actor1_from_the_lead"

#: the attackers named by who they are thought to be: "gunmen believed to be Boko Haram
#: militants", "suspected al-Shabab fighters", "blamed on the ADF", "des jihadistes présumés
#: de l'EIGS"; ACLED codes a reported suspect as the actor
_SUSPECTED = re.compile(
    r"\b(?:believed to (?:be|belong to)|thought to (?:be|belong to)|suspected(?: of being)?|presumed|blamed on|"
    # "authorities believe ethnic Murle rebels are responsible for an attack"
    r"believes?(?=\s+[^.;]{3,90}?\s+(?:are|were|is|was)\s+responsible\b)|"
    r"attributed to|suspected members of|soupçonnés? d['’]appartenir [àa]|présumés?|attribu[ée]e?s? (?:[àa]|aux|au))\s+(?:(?:the|members of|le|la|les|l['’]|jihadistes du groupe|membres du groupe|groupe)\s*)?",
    re.I,
)

_CLAIMED = re.compile(
    r"\b(?:claim(?:ed|s|ing)?\s+(?:the\s+)?(?:responsibility|credit)|(?:tak(?:e|es|ing)|took|accept(?:ed|s|ing)?|admit(?:ted|s)?)"
    r"\s+responsibility|claimed\s+(?:the|this|that|both)\s+(?:\w+\s+)?(?:attacks?|bombings?|blasts?|ambush|assault)"
    # the group telling its own men did it: "MEND says its fighters carried out the attack"
    r"|\bsa(?:ys|id)\s+(?:that\s+)?(?:its|their)\s+(?:fighters|men|militants|members|forces|gunmen)\s+(?:carried out"
    r"|staged|launched|mounted|were behind)\b"
    r"|revendiqu\w*)",
    re.I,
)
#: an attack laid at a group's door by someone who speaks of it: "Military officials
#: immediately blamed the Revolutionary Armed Forces of Colombia", "bombings ... all blamed
#: on the al-Qaida in Iraq group"; ACLED codes the blamed group as it codes a suspect. The
#: group must follow the verb: "the group is blamed for thousands of deaths" names no doer
_BLAMED = re.compile(
    r"\bblam(?:e|ed|es|ing)\s+(?:it\s+|the\s+(?:attack|bombing|blast|killings?|violence)\s+)?(?:on\s+)?"
    r"|\bimput\w*\s+(?:[àa]|aux?)\s+",
    re.I,
)
#: a blame of a war, of years of attacks or of attacks of the kind, no one attack's
_BLAME_OF_YEARS = re.compile(
    r"\b(?:since|thousands|hundreds|series of attacks|for years|in the past|similar|such|(?:19|20)\d\d)\b", re.I
)
#: what a blame is for, when it says: only this attack will do
_BLAMED_FOR = re.compile(r"[^,;.]{0,40}?\bfor\b", re.I)
_FOR_THIS_ATTACK = re.compile(
    r"[^,;.]{0,40}?\bfor\s+(?:the|this|that|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’]s)\s+(?:\w+\s+)?"
    r"(?:attack|bombing|blast|explosion|ambush|raid|assault|killings?|massacre|shooting)\b",
    re.I,
)
#: a claim dated before the story's news: another attack's
_EARLIER_TIME = re.compile(
    r"\b(?:last (?:week|month|year)|earlier this (?:month|year)|(?:a|two|three|several) (?:weeks|months) ago"
    r"|la semaine derni[èe]re|le mois dernier|l['’]an dernier|l['’]ann[ée]e derni[èe]re)\b"
    # told in the past perfect, a claim of attacks before this one: "Ces deux attaques ...
    # avaient été revendiquées par le MUJAO", "the group had claimed the earlier bombing"
    r"|\b(?:had\s+(?:been\s+)?(?:claimed|taken|accepted)|avai(?:t|ent)\s+(?:été\s+)?revendiqu\w*)",
    re.I,
)
#: a claim of every attack the story tells: "the double attack", "both attacks", "les deux attaques"
_SEVERAL_CLAIMED = re.compile(
    r"\b(?:(?:both|either|the two|the twin|the double|all the|all three|the three)\s+(?:\w+\s+)?(?:attacks?|bombings|blasts"
    r"|assaults)|(?:double|twin)\s+(?:attack|bombing|suicide)|(?:les|des)\s+deux\s+attaques|(?:la|une)\s+double\s+attaque)\b",
    re.I,
)
_NEGATED = re.compile(
    r"\b(?:no\s+one|nobody|no\s+group|no\s+claim|not|never|yet\s+to|den(?:y|ied|ies)|aucun\w*|pas|personne)\b"
    r"|\bn['’]",
    re.I,
)


def _claim_in(sentence: str) -> bool:
    m = _CLAIMED.search(sentence)
    if m is None:
        return False
    return not _NEGATED.search(sentence[max(0, m.start() - 50) : m.end() + 25])


def _mentions_place(sentence: str, event: Event) -> bool:
    folded = fold(sentence).lower()
    names = (event.location.place, event.location.admin1)
    return any(n and fold(n).lower() in folded for n in names)


#: the place a claim names its attack by: "claimed responsibility for the North Waziristan
#: attack", "for the attack in Muqdadiyah"
_ATTACK_NAMED_BY = re.compile(
    r"\b(?:for|of)\s+the\s+((?:[A-Z][\w'’-]+\s+){1,3})(?:attack|bombing|blast|ambush|raid|assault|killings?)\b"
    r"|\b(?:attack|bombing|blast|ambush|raid|assault)\s+(?:in|on|at|near)\s+((?:[A-Z][\w'’-]+\s*){1,3})"
)


def _told_where(sentence: str, events: list[Event], art: Article) -> list[Event]:
    """The events whose evidence holds the place words a claim names its attack by."""
    m = _ATTACK_NAMED_BY.search(sentence)
    if m is None:
        return []
    words = (m.group(1) or m.group(2) or "").split()
    texts = [
        " ".join(art.text[sp.start : sp.end] for sp in ev.evidence_spans if sp.start is not None and sp.end is not None)
        for ev in events
    ]
    return [ev for ev, text in zip(events, texts, strict=True) if words and all(w in text for w in words)]


def _claimed_event(art: Article, events: list[Event], index: int) -> Event | None:
    """The event a claim in sentence ``index`` (0-based) is about, or None."""
    spans = [{(sp.start, sp.end) for sp in ev.evidence_spans} for ev in events]
    named_here = [ev for ev in events if _mentions_place(art.sentence_text(index), ev)]
    # an event first told after the claim is not the one it follows: "The al-Shabab militant
    # group claimed responsibility. ... On Friday, seven militants were killed by government
    # forces" (a sentence before the claim may still name that event's town)
    at = art.sentences[index][0]
    told_before = [ev for ev in events if any(sp.start is not None and sp.start <= at for sp in ev.evidence_spans)]
    if len(named_here) != 1:
        named_here = _told_where(art.sentence_text(index), events, art)
    if len(named_here) == 1:
        return named_here[0]  # "IS has claimed responsibility for the attack in Muqdadiyah"
    for back in range(index, -1, -1):
        se = art.sentences[back]
        if back < index and EARLIER_ATTACK.search(art.sentence_text(back)):
            return None  # "The earlier bombing on Sunday killed a local mayor ... The Taliban claimed"
        if (
            back < index
            and se not in [sp for mine in spans for sp in mine]
            and _EARLIER_TIME.search(art.sentence_text(back))
        ):
            return None  # "Last year, Ankara was the target of ... That attack was blamed on IS"
        cited = [ev for ev, mine in zip(events, spans, strict=True) if se in mine]
        if back < index or cited:
            placed = [ev for ev in told_before if _mentions_place(art.sentence_text(back), ev)]
            for group in (cited, placed):
                if len(group) == 1:
                    return group[0]
                if len(group) > 1:
                    return None  # the sentence tells of two events: no telling which was claimed
    return events[0] if len(events) == 1 else None


#: a blame told with the group first: "leftist rebels of the National Liberation Army, the
#: ELN, are to blame for the blast", "police say the PKK was behind the bombing"
_BLAMED_AFTER = re.compile(
    r"\b(?:is|are|was|were)\s+(?:to\s+blame|responsible|behind)\s+(?:for\s+)?(?:the|this|that|today['’]s"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’]s)\s+(?:\w+\s+)?"
    r"(?:attack|bombing|blast|explosion|ambush|raid|assault|killings?|massacre|shooting)\b"
    # the passive with nothing after it blames the happening just told: "Fighters from ...
    # the Movement for Democracy in Liberia, or MODEL, have been blamed."
    r"|\b(?:(?:has|have|had)\s+been|(?:is|are|was|were)(?:\s+being)?)\s+blamed\s*[.;]",
    re.I,
)


#: a blame beside a rival one: "some security sources say AQIM was behind Monday's attack,
#: while others point to local armed bandits": the doer stays unknown
_OTHERS_BLAME = re.compile(r"\b(?:while|but|and)\s+others\b|\bothers\s+(?:say|said|point|blame|suspect)", re.I)


def _blamed_group(sentence: str, country: str, art: Article) -> tuple[str, ActorType] | None:
    """The group a sentence blames for an attack, right after the verb (or right before
    "are to blame for the blast"), or None."""
    if _BLAME_OF_YEARS.search(sentence) or _OTHERS_BLAME.search(sentence):
        return None
    after = _BLAMED_AFTER.search(sentence)
    if after and not _NEGATED.search(sentence[: after.start()]):
        before = sentence[max(0, after.start() - 90) : after.start()]
        found = named_group(before, country, art)
        if found is not None:
            return found
    for m in _BLAMED.finditer(sentence):
        if _NEGATED.search(sentence[max(0, m.start() - 30) : m.start()]):
            continue
        found = named_group(sentence[m.end() : m.end() + 60], country, art)
        if found is None or sentence.find(found[0], m.end()) - m.end() > 12:
            continue
        rest = sentence[sentence.find(found[0], m.end()) + len(found[0]) :]
        if _BLAMED_FOR.match(rest) and not _FOR_THIS_ATTACK.match(rest):
            continue  # "blamed al-Qaida for the slaying of men ...", "for such attacks in the past"
        return found
    return None


#: a claim the authorities or the story discredit: "But authorities dismiss the claim as bogus"
_DISMISSED = re.compile(
    r"\b(?:dismiss\w*|reject\w*|discount\w*|doubt\w*)\s+(?:the|this|that|its|his|their)\s+claims?\b"
    r"|\bclaims?\b[^.;]{0,40}\b(?:bogus|false|fake|hoax|not credible|unfounded)\b",
    re.I,
)


#: a state told only as answering a killing: "has declared a 'state of siege' ... in response
#: to the recent massacre of nearly 30 field workers"
_RESPONDED = re.compile(
    r"\b(?:declared|imposed|announced|ordered|deployed)\b[^.;]{0,120}?\b(?:in response to|after|following)\s+(?:the\s+)?"
    r"(?:recent\s+|latest\s+)?(?:massacres?|killings?|attacks?|bombings?|slayings?)\b",
    re.I,
)


def _only_responded(event: Event) -> bool:
    """Whether the event's state side is told only as answering the killing, not doing it."""
    state = event.actor1 is not None and event.actor1.type == "State forces"
    hit = event.actor2 is not None and event.actor2.type == "Civilians"
    return state and hit and any(_RESPONDED.search(q) for q in event.evidence)


def sides_from_claims(art: Article, events: list[Event], country: str | None) -> None:
    """Each claimed (or blamed) attack's unidentified actor1 becomes the group that claimed
    it, or that the speaker blames, in place."""
    violent = [ev for ev in events if ev.event_type in VIOLENT_TYPES]
    if not country or not violent:
        return
    for index in range(len(art.sentences)):
        sentence = art.sentence_text(index)
        flag = FLAG
        if _claim_in(sentence):
            group = named_group(sentence, country, art) or self_described_group(sentence)
        else:
            group = _blamed_group(sentence, country, art)
            flag = BLAMED_FLAG
        if group is None:
            continue
        after = art.sentence_text(index + 1) if index + 1 < len(art.sentences) else ""
        if _DISMISSED.search(sentence) or _DISMISSED.search(after):
            continue  # "authorities dismiss the claim as bogus": a claim no one credits names no doer
        if _EARLIER_TIME.search(sentence):
            claimed = [ev for ev in [_claimed_event(art, violent, index)] if ev and _mentions_place(sentence, ev)]
        elif _SEVERAL_CLAIMED.search(sentence):
            # "claimed responsibility for the double attack", "for both attacks": each of them
            claimed = [ev for ev in violent if ev.salience == "main"]
        else:
            claimed = [ev for ev in [_claimed_event(art, violent, index)] if ev]
        for event in claimed:  # "Last week the Pakistani Taliban claimed a pair of suicide bombings": none
            responder = flag == BLAMED_FLAG and _only_responded(event)  # the state that answered the massacre
            if event.actor1 is None or (event.actor1.name != UNIDENTIFIED and not responder):
                continue
            mention = group[0]
            # al-Qaeda in Mali before JNIM's founding is AQIM: the name of the event's era
            actor = era_name(canonical_actor(art.acronyms.get(mention) or mention, country=country), event.date.start)
            if event.actor2 is not None and event.actor2.name == actor.name:
                continue  # a group does not fight itself: the model's other side stays in doubt
            event.actor1 = actor.model_copy(update={"aliases": [mention]})
            event.flags.append(f"{flag}:{mention}")


def sides_from_suspects(art: Article, events: list[Event], country: str | None) -> None:
    """An unidentified actor1 whose evidence names the group it is thought to be ("gunmen
    believed to be Boko Haram militants") becomes that group (in place), flagged."""
    if not country:
        return
    for event in events:
        accused_not_accuser(event, country)  # "Le M23 accuse l'armée d'avoir exécuté ...": the army
        if event.event_type not in VIOLENT_TYPES or event.actor1 is None or event.actor1.name != UNIDENTIFIED:
            continue
        for quote in event.evidence:
            found = next(
                (
                    g
                    for m in _SUSPECTED.finditer(quote)
                    if (g := named_group(quote[m.end() : m.end() + 60], country, art))
                ),
                None,
            )
            if found is not None and quote.find(found[0]) >= 0:
                mention = found[0]
                actor = canonical_actor(art.acronyms.get(mention) or mention, country=country)
                if actor.type not in _NON_STATE or (event.actor2 is not None and event.actor2.name == actor.name):
                    continue  # "Suspected Islamic militants attacked a U.N. peacekeepers' base": the base's, not theirs
                event.actor1 = era_name(actor, event.date.start).model_copy(update={"aliases": [mention]})
                event.flags.append(f"{SUSPECTED_FLAG}:{mention}")
                break


#: a group told as the side that acted: "Taliban militants launched", "IS Suicide Car Bomb
#: Attacks", "Boko Haram fighters attacked", "Pakistani Taliban Claims"
_DOER_AFTER = re.compile(
    r"(?:\s+(?:militants?|fighters|insurgents|rebels|gunmen|members|jihadists|combattants|[ée]l[ée]ments))?"
    r"(?:\s+[\w'’-]+){0,3}?\s+(?i:attack\w*|kill\w*|launch\w*|storm\w*|ambush\w*|bomb\w*|raid\w*|seiz\w*"
    r"|claim\w*|behead\w*|abduct\w*|kidnap\w*|shell\w*|overr\w*|massacr\w*|assault\w*|strike\w*|suicide"
    r"|attaqu\w*|tu[ée]\w*|revendiqu\w*|incursion\w*|offensive)\b"
)
#: words of a speaker about a deed, between the group and the deed: it condemns, it does not act
_REACTS = re.compile(
    r"\b(?:condemn\w*|denounc\w*|deplor\w*|mourn\w*|investigat\w*|probe\w*|accus\w*|blames?|urges?|demands?|warns?"
    r"|condamn\w*|d[ée]nonc\w*|d[ée]plor\w*|enqu[êe]t\w*)\b"
    # "Taliban Say US Strike Killed 10" speaks of another's deed; "Al-Shabab Says It Killed 20" claims its own
    r"|\b(?:says?|said|reports?)\s+(?!(?:that\s+)?(?:it|they|its|their)\b)",
    re.I,
)
#: and the other way round: "attacks by al-Shabab", "une incursion de Boko Haram"
_DOER_BEFORE = re.compile(
    r"(?i:attacks?|assaults?|ambush|raids?|bombings?|offensive|incursions?|attaques?|assauts?|embuscades?)"
    r"\s+(?i:by|of|from|de|d['’]|des|du)\s*(?:(?i:the|les?|la|l['’]|suspected|présumés?)\s+)?(?:[\w'’-]+\s+){0,2}$"
)


#: a lead that tells several attacks: "Boko Haram Attacks", "attacked two villages"
_SEVERAL_ATTACKS = re.compile(
    r"\b(?:attacks|raids|bombings|assaults|ambushes|attaques|attentats|raids)\b"
    r"|\battacked\s+(?:two|three|four|five|several|multiple|\d+)\s",
    re.I,
)


def groups_named(text: str, country: str, art: Article) -> dict[str, str]:
    """Every armed group ``text`` names, by canonical name, with the words it uses."""
    found: dict[str, str] = {}
    while (group := named_group(text, country, art)) is not None:
        mention = group[0]
        found.setdefault(canonical_actor(art.acronyms.get(mention) or mention, country=country).name, mention)
        text = text[text.find(mention) + len(mention) :]
    return found


def sides_from_the_lead(art: Article, events: list[Event], country: str | None) -> None:
    """The story's unnamed attackers are the one armed group its headline and lead name
    ("2 NATO Troops Killed ... in Taliban Attacks", "IS Suicide Car Bomb Attacks"): a news
    story names the doer of its events up front and then writes "the attackers", "a suicide
    bomber". Only when the headline and lead name exactly one group, and only for an event
    whose actor1 is the unidentified group and that the group is not already a side of;
    flagged ``actor1_from_the_lead:<words>``."""
    if not country or len(art.sentences) < 2:
        return
    lead = art.sentence_text(0) + " " + art.sentence_text(1)
    # each read alone: a headline ending on capitalised words ("Kills 2 Turkish Soldiers")
    # and a lead opening on a group ("Kurdish rebels") are two names, not one
    # (the headline's words win for a group both name, as they come first)
    groups = groups_named(art.sentence_text(1), country, art) | groups_named(art.sentence_text(0), country, art)
    if len(groups) != 1:
        return
    ((name, mention),) = groups.items()
    actor = canonical_actor(art.acronyms.get(mention) or mention, country=country)
    if actor.type not in ("Rebel group", "Political militia", "Identity militia"):
        return
    at = lead.find(mention)
    after = _DOER_AFTER.match(lead, at + len(mention))
    if after and _REACTS.search(after.group(0)):
        after = None  # "UN Condemns Killing of Aid Worker": the group speaks of the deed, it did not do it
    if not (after or _DOER_BEFORE.search(lead[:at])):
        return  # named as the hit, the context or the ground held, not as who acted
    heads = {art.sentence_text(0), art.sentence_text(1)}
    # "60 Killed in Suspected Boko Haram Attacks", "militants attacked two villages": the
    # lead gives the group every attack the story then tells ("In another incident, gunmen")
    several = bool(_SEVERAL_ATTACKS.search(lead[max(0, at - 40) : at + len(mention) + 60])) and not any(
        _mentions_place(lead, ev) for ev in events
    )  # "attacks on three government buildings in Kabul" tell Kabul's, not Logar's
    for event in events:
        if event.salience != "main" or event.event_type not in VIOLENT_TYPES or event.actor1 is None:
            continue
        if event.actor1.name != UNIDENTIFIED or (event.actor2 is not None and event.actor2.name == name):
            continue
        if not (_mentions_place(lead, event) or heads & set(event.evidence) or several):
            continue  # another place's attack the lead does not tell
        event.actor1 = actor.model_copy(update={"aliases": [mention]})
        event.flags.append(f"{LEAD_FLAG}:{mention}")


__all__ = [
    "BLAMED_FLAG",
    "FLAG",
    "LEAD_FLAG",
    "SUSPECTED_FLAG",
    "groups_named",
    "sides_from_claims",
    "sides_from_suspects",
    "sides_from_the_lead",
]
