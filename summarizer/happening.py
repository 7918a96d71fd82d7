"""Whether an event's evidence tells something that happened, not a situation.

Stories about aid, talks or displacement are full of conflict words: "displaced by
clashes", "to escape the ongoing fighting", "until government attacks stop". The small
model codes them as an event ("Remote explosive" in Mogadishu, a clash between Sudan's
army and Nigeria's, where the peace talks were held). An event told as a happening says
so with a verb of what was done ("attacked", "exploded", "were killed", "a été tué",
"sont tombés dans une embuscade"), an agreement's own noun ("a 72-hour cease-fire"), or
with a death figure. An event with neither, no
toll and no such verb in its evidence, is a situation described, not an event reported,
and is not kept.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .article import Article

#: verbs (and the few nouns) that tell a happening, English then French; headline forms
#: ("Kill 8", "Attack") count too
_HAPPENED = re.compile(
    r"\b(?:attacked|ambushed|kill(?:s|ed|ing)?|clashed|fought|exploded|detonated|struck|hit|stormed|raided|seized"
    r"|captured|overr[au]n|bombed|shelled|fired|opened fire|abducted|kidnapped|burned|burnt|torched|looted|beheaded"
    r"|executed|shot|wounded|injured|repulsed|repelled|dead|died|destroyed|blew|blown|targeted|launched|broke out"
    r"|erupted|took place|came under|hacked|massacred|slaughtered|arrested|detained|intercepted|defused|protested"
    r"|marched|rallied|demonstrated|rioted|took to the streets|(?:returned|went|came out|spilled|poured)(?: back)? (?:in)?to"
    r" the streets|back (?:on|in) the streets|(?:hit|filled) the streets|descendu(?:e)?s? dans (?:la|les) rues?|gathered|signed|agreed|released|freed|withdrew"
    r"|took control|taken control|took over|taken over|clashing|battling|exchang(?:ed|ing) (?:heavy )?(?:weapons )?(?:gun)?fire|retook|recaptured|regained|liberated|in (?:full |complete )?control of|claimed responsibility|ambush|explosion|blast|gunfight|firefight"
    # "More attacks were reported Thursday in two towns": attacks that happened, told as reported
    r"|(?:attacks?|clashes|skirmish(?:es)?|fighting|raids?|assaults?|shelling|airstrikes?|air strikes?|bombings?"
    r"|explosions?|gunfire)"
    r"(?:\s+(?:by|between|in|near)\s+[\w\s'’-]{2,60}?)?\s+(?:was|were|is|are|have been|has been|had been)\s+"
    r"(?:also\s+)?reported"
    # "where heavy fighting continues without let-up": the day's fighting, told as going on
    r"|(?:heavy|fierce|intense|heavy street|fierce street)\s+(?:fighting|clashes)\s+(?:continues?|rages?|raging)\b"
    # "Heavy fighting between supporters of the two rivals resumed Tuesday": a day's fighting
    r"|(?:fighting|clashes|battles|shelling|gunfire)\b[^.;]{0,80}?\b(?:resumed|flared(?: up)?|raged|continued)\s+(?:again\s+)?"
    r"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|overnight|early|late)"
    r"|battled|decimated|annihilated|wiped out|routed"
    # "after pushing back government troops in heavy fighting", "after several hours of combat ...
    # had to retreat under fire": ground fought for, told by who gave way
    r"|push(?:ed|ing)\s+back|(?:drove|driven|driving)\s+(?:back|out)|retreat(?:ed|ing)?\s+under\s+fire"
    r"|(?:hours|days)\s+of\s+(?:heavy\s+|fierce\s+)?(?:combat|fighting|clashes)"
    # "A rocket also slammed into the perimeter fence of his home"
    r"|slammed|smashed into|ripped through|tore through|rained down|landed (?:on|in|near|inside)"
    # "the rebels have also taken the western town of Bossangoa"
    r"|(?:has|have|had)\s+(?:also\s+|now\s+)?taken\s+(?:the|a)\b"
    # "have set Serb homes and churches on fire"; "rebels are advancing on the capital"
    r"|set\s+(?:[\w'’-]+\s+){1,4}?on fire|(?:advancing|advanced)\s+(?:on|into)"
    # "The latest attack occurred Monday"; "troops from Uganda and Rwanda are fighting each other"
    r"|(?:attacks?|clash(?:es)?|fighting|incidents?|ambush|raids?|bombings?|explosions?|blasts?)\s+(?:\w+\s+)?"
    r"(?:occurred|happened)|(?<!there )(?:are|is)\s+(?:now\s+|still\s+)?fighting\b"
    # "32 bodies have been discovered in the eastern state of Veracruz"
    r"|bod(?:y|ies)\b[^.;]{0,40}?\b(?:discovered|found|recovered|dumped)"
    # "There is more fighting Monday in the border war": a day's fighting told as there being some
    r"|there (?:is|was|has been|have been|were) (?:more|heavy|fierce|renewed|new|further|sporadic) (?:fighting|clashes|shelling)"
    r"\b[^.;]{0,40}?\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|overnight)"
    # an offensive told as going on: "Syrian forces are continuing to attack rebel-held areas", "Troops Pound"
    r"|pound(?:s|ed|ing)?|(?:continu(?:e|es|ed|ing) to|are|is) (?:still )?(?:attack|shell|bomb)(?:ing)?"
    # "saw a drone or aircraft opening fire", "Explosions ... could be heard", "Clashes had broken out"
    r"|open(?:ing|s)? fire|broken out|(?:explosions?|blasts?|gunfire|gunshots|fire)\b[^.;]{0,40}?\b(?:could be |were |was )?heard"
    r"|heard (?:explosions?|blasts?|gunfire|gunshots)"
    r"|poured|flocked|surged|staged|chanted|turned out|took part|tear ?gas|dispersed|used force|beat|set fire"
    r"|cease-?fire|truce|agreement|deal|accord|peace pact|cessez-le-feu|tr[êe]ve|accord de paix"
    r"|a attaqué|ont attaqué|attaqu[ée]e?s?|tu[ée]e?s?|tuant|morts?|enlev[ée]e?s?|incendi[ée]e?s?|pill[ée]e?s?"
    r"|poignard[ée]e?s?|cribl[ée]e?s? de balles|succomb[ée]e?s?|a succombé|assassin[ée]e?s?|stabbed|assassinated|succumbed"
    r"|embuscade|a explosé|ont explosé|explosion|frapp[ée]e?s?|bombard[ée]e?s?|bless[ée]e?s?|repouss[ée]e?s?"
    r"|affront[ée]s|s['’]est produit|a eu lieu|ont eu lieu|abattus?|ex[ée]cut[ée]e?s?|d[ée]capit[ée]e?s?|arr[êe]t[ée]e?s?"
    r"|interpell[ée]e?s?|manifest[ée]|sign[ée]|lib[ée]r[ée]e?s?|revendiqu[ée]e?)\b",
    re.I,
)


def tells_a_happening(evidence: list[str]) -> bool:
    """Whether any evidence sentence tells what was done (see the module docstring)."""
    return any(_HAPPENED.search(q) for q in evidence)


#: an explosion or fire told as an accident: "The military said the blast at the weapons
#: depot was accidental", "a grenade went off accidentally"
_ACCIDENT = re.compile(
    r"\b(?:blast|explosion|fire|detonation|incident)\b[^.;]{0,60}\b(?:was|were|had been)\s+(?:an?\s+)?accident(?:al)?\b"
    r"|\baccidental(?:ly)?\s+(?:explosion|blast|detonation|fire|discharge)\b"
    r"|\b(?:exploded|went off|detonated|caught fire)\s+accidentally\b",
    re.I,
)


def told_as_accident(evidence: list[str], art: Article) -> bool:
    """Whether the event's sentences, or the sentence right after one, call it an
    accident: no one attacked anyone, so it is no conflict event."""
    told = [i for q in evidence if (i := art.sentence_of(q)) is not None]
    after = [art.sentence_text(i + 1) for i in told if i + 1 < len(art.sentences)]
    return any(_ACCIDENT.search(q) for q in [*evidence, *after])


__all__ = ["tells_a_happening", "told_as_accident"]
