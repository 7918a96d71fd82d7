"""Keyword rules for ACLED event types: the floor's classifier and the pipeline's sanity check.

The rule-based floor (``evaluation/rules.py``) types events with these patterns alone; the
pipeline uses the same patterns to check the model: a sentence set with no conflict word
at all is not an event, and a protest or riot type needs a protest or riot word.
"""

from __future__ import annotations

import re

#: (pattern, event type, sub-event type), first match wins: specific before generic.
TYPE_RULES: list[tuple[re.Pattern[str], str, str]] = [
    (re.compile(p, re.I), et, st)
    for p, et, st in [
        (r"\b((?<!would-be )(?<!would be )(?<!potential )suicide ((truck|vehicle|car) )?(bomb|attack|car|vest|belt|driver|truck)\w*|explosives? (?:vests?|belts?)|kamikazes?|attentats?[- ]suicides?"
         r"|(?:car|truck) bombers?\b"  # "a second car bomber targeted Somali security forces"
         r"|blew (himself|herself|themselves) up|(?:killing|killed|kills)\s+(?:the|its)\s+(?:suicide\s+)?bomber|se sont fait exploser|s['’]est fait exploser"
         r"|(attacker|assailant|bomber)s?\b[^.]{0,40}\b(exploded|detonated|blew up))", "Explosions/Remote violence",
         "Suicide bomb"),
        # an aircraft shot down is a fight with it, not its strike: "Eritrea says it shot down
        # an Ethiopian fighter jet ... and captured an Ethiopian helicopter gunship"
        (r"\b(?:shot|shoots|shooting)\s+down\b|\bdowned\s+(?:an?|the|two|three)\s+(?:[\w-]+\s+){0,2}?(?:jets?|planes?"
         r"|aircraft|helicopters?|drones?|gunships?)\b|\babattu\s+un\s+(?:avion|h[ée]licopt[èe]re|drone)\b",
         "Battles", "Armed clash"),
        (r"\b(drones?|air ?strikes?|airstrikes?|air raids?|air weapons? teams?|bombing (?:raids?|runs?)|aerial bombardments?|warplanes?|(?:aircraft|planes|jets)\s+(?:\w+\s+)?bombed|air forces?(?:\s+[\w-]+){0,3}?\s+(?:fired|struck|launched|attacked|hit)|(?:aircraft|warplanes?|fighter jets?|helicopters?)\s+(?:\w+\s+)?(?:fired|launched)\s+(?:an?\s+|two\s+|three\s+|several\s+)?(?:missiles?|rockets?)|(?:guided|glide|barrel|aerial) bomb(?:s|ings?)?|helicopter gunships?"
         r"|frappes?|raids? a[ée]riens?|bombardements? a[ée]riens?|bombes? guid[ée]es?"
         # "Pro-Gadhafi forces bombed Ajdabiya": a state's forces bomb from the air
         r"|(?:forces|army|military|government|regime)\s+(?:[\w-]+\s+){0,2}?bombed"
         # "aircraft belonging to Haftar hit suspected Islamist positions" (not "a plane was hit")
         r"|(?:aircraft|warplanes?|fighter jets?|jets|helicopters?)\s+(?:[\w'’-]+\s+){0,4}?(?<!was )(?<!were )(?<!been )"
         r"(?:hit|struck|pounded|strafed|targeted)\b(?!\s+by\b)"
         # "U.S. Africa Command ... conducted a 'collective self-defense strike'": a force's strike (a
         # workers' "general strike" or "hunger strike" is a protest)
         r"|(?:conducted|carried out)\s+(?:an?\s+|two\s+|three\s+|several\s+|\d+\s+)?[\"“]?"
         r"(?:(?!hunger\b|general\b|labou?r\b|nationwide\b)[\w'’-]+\s+){0,3}?strikes?\b)\b",
         "Explosions/Remote violence", "Air/drone strike"),
        (r"\b(missiles?|shell(ing|ed|s)?|artillery|rockets?(?![- ]propelled)|mortars?|obus|roquettes?|artillerie|mortiers?)\b", "Explosions/Remote violence",
         "Shelling/artillery/missile attack"),
        (r"\b(IEDs?|landmines?|(?:land )?mines? (?:attacks?|blasts?|explosions?|exploded|went off)"
         r"|(?:hit|struck|stepped on|drove over|ran over)\s+(?:a\s+)?(?:land )?mines?|roadside bombs?|improvised explosive|explosive device|engins? explosifs?|mines? artisanales?|EEI"
         r"|car bombs?|truck bombs?|roadside (?:explosions?|blasts?|attacks?)|bombs? (?:exploded|went off)|bombings?(?!\s+(?:raids?|runs?|cells?|networks?|rings?|suspects?|campaign))|bomb blasts?|bomb attacks?|attentats? à la bombe|voitures? pi[ée]g[ée]es?"
         # "detonated a motorcycle bomb", "the bomb was detonated by remote control"
         r"|(?:motorcycle|motorbike|bicycle|parcel|remote[- ]controlled|magnetic|sticky|nail|pipe) bombs?"
         r"|bombs? (?:hidden|planted|concealed)|(?<!dropped )(?<!dropping )bombs?\b[^.;]{0,60}?\b(?:exploded|went off)"
         r"|detonated (?:an? |the )?(?:[\w-]+ )?bombs?|bombs? (?:was|were|had been) detonated|by remote control"
         r"|motos? pi[ée]g[ée]es?|bombes? artisanales?"
         r"|(?:militants?|insurgents?|rebels?|gunmen|Taliban|attackers|assailants|jihadists?)\s+(?:[\w-]+\s+){0,4}?"
         r"(?:bombed|blew up)|blown up"
         # an explosion told with no weapon of its own: "A similar explosion took place in Farah"
         r"|(?:similar|another|other|second|powerful|huge|massive|big|large|earlier|later|separate|deadly|twin|coordinated"
         r"|simultaneous|serial)\s+(?:explosions?|blasts?)"
         # "a bomb explosion ... had killed at least two people", "Blast in Kabul Kills 2"
         r"|bomb explosions?|(?:blasts?|explosions?)\b[^.;]{0,60}?\b(?:kill(?:s|ed|ing)?|wound(?:s|ed|ing)|injur(?:es|ed|ing))"
         # "two bombs killed eight soldiers" (not "jets dropped bombs on the market, killing 12")
         r"|(?<!dropped )bombs?\s+(?:[\w-]+\s+){0,2}?(?:kill(?:s|ed|ing)?|wound(?:s|ed|ing)|injur(?:es|ed|ing))"
         # "the death toll from two explosions at the University of Aleppo"
         r"|(?:two|three|four|twin|several|multiple|series of)\s+(?:[\w-]+\s+)?(?:explosions|blasts)"
         # "Another bomb hit the Sadr City region of Baghdad"
         r"|(?:another|a second|a third|one more)\s+bomb\s+(?:hit|struck|ripped|tore|exploded)"
         r"|remote[- ]detonated"
         # "a car full of explosives blew up", "a bomb hit his convoy"
         r"|explosives?\b[^.;]{0,40}?\b(?:blew up|exploded|went off|detonated)|(?<!dropped )bombs?\s+(?:hit|struck)\s+(?:his|her|their|its|an?|the)\b)\b",
         "Explosions/Remote violence", "Remote explosive/landmine/IED"),
        # a grenade as the weapon ("a grenade attack at a church", "tossed a grenade at soldiers"),
        # not one among guns ("threw grenades and opened fire") and not a rocket-propelled one
        (r"(?<!propelled )(?<!stun )\b(grenades?\s+(?:attacks?|strikes?|blasts?|explosions?)"
         r"|(?:threw|tossed|hurled|lobbed)\s+(?:a\s+|an\s+|two\s+|several\s+)?(?:hand[- ])?grenades?"
         r"|grenades?\s+(?:was|were|had been)\s+(?:thrown|tossed|hurled|lobbed)|attaques?\s+(?:à|a)\s+la\s+grenade"
         r"|(?:une|la|autre)\s+grenade\s+(?:a|avait)\s+(?:fait|explos\w*|tu\w*))\b"
         r"(?![^.]{0,40}\b(?:opened fire|fired|firing|gunfire|bullets|shooting|ouvert le feu|tirs?)\b)",
         "Explosions/Remote violence", "Grenade"),
        (r"\b(kidnap\w*|abduct\w*|hostages?|enlev\w*|enl[èe]vements?|otages?)\b", "Violence against civilians",
         "Abduction/forced disappearance"),
        (r"\b(behead\w*|massacre\w*|execut\w*|massacr\w*|ex[ée]cut\w*|d[ée]capit\w*|assassin\w*|poignard\w*|stabb\w*"
         r"|cribl[ée]e?s? de balles)\b", "Violence against civilians", "Attack"),
        # stones thrown at soldiers or police: "Kosovo Serbs, who threw stones toward the soldiers"
        (r"\b(riot\w*|mobs?|[ée]meut\w*|(?:threw|throwing|throw|hurled|hurling|pelted|pelting)\s+(?:\w+\s+)?(?:stones|rocks"
         r"|bricks|petrol bombs|firebombs|molotov cocktails)|(?:stone|rock)-throwing|jets? de pierres|caillass\w*)\b",
         "Riots", "Violent demonstration"),
        # force used on a crowd: "NATO troops fired rubber bullets", "police fired tear gas"
        (r"\b(tear ?gas|teargas|rubber bullets|water cannons?|gaz lacrymog\w*|balles en caoutchouc)\b", "Protests",
         "Protest with intervention"),
        (r"\b(protest\w*|demonstrat\w*|rall(y|ies)|marched|manifest(ation|ants?)\w*)\b", "Protests", "Peaceful protest"),
        (r"\b(ambush\w*|clash\w*|fighting|battles?|battling|fought|gunfights?|firefights?|attack\w*|raids?|storm\w*|assault\w*"
         r"|killed|kill|kills|killing|dead|died|shot|shooting|gunfire|gunshots?|coups de feu|opened fire|gunned down|mowed down|embuscades?|affrontements?|combats?"
         r"|attaqu\w*|assauts?|tu[ée]e?s?|tuant|morts?|tirs?|ouvert le feu"
         # "four peacekeepers have been wounded in a fight", "violence erupted when ..."
         r"|wounded|wounding|injured|fired (?:on|at|upon)|fired (?:\w+\s+){0,2}?shots?\s+(?:at|on|into)|shots were fired|returned fire|gun ?battles?|shoot-?outs?|skirmish\w*|exchanges? of fire|exchanged fire"
         r"|violence (?:erupted|broke out|flared)|bless[ée]e?s?"
         # "scores of militants ... were neutralized in a border operation": killed, in a force's words
         r"|neutrali[sz]ed|neutrali[sz]ing|neutralis[ée]e?s?)\b",
         "Battles", "Armed clash"),
        # bodies found with no killing told: ACLED's attack on whoever they were
        (r"\b((?:found|find|finding|discovered|recovered|retrieved|découvert\w*|retrouv\w*)\s+(?:[\w,'’-]+\s+){0,4}?"
         r"(?:bodies|corpses|corps|cadavres)|(?:bodies|corpses|cadavres|corps)\s+(?:[\w-]+\s+){0,3}?(?:were|have been|had been"
         r"|ont été)\s+(?:found|discovered|recovered|découverts|retrouvés))\b", "Violence against civilians", "Attack"),
        (r"\b(arrest\w*|detained|arr[êe]t[ée]s?|interpell\w*)\b", "Strategic developments", "Arrests"),
        (r"\b(agreement|deal|cease-?fire|truce|swap|accords?|pacts?|pactes?|cessez-le-feu|tr[êe]ve"
         r"|cessation (?:of|des) hostilit\w*)\b", "Strategic developments", "Agreement"),
    ]
]  # fmt: skip

#: a fight told as a figure's own happening: "eight militants were killed Saturday in a clash"
A_CLASH = re.compile(
    r"\b(?:in|during)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:clash|gunbattle|gun battle|firefight|shootout|exchange of fire)\b",
    re.I,
)

#: the event types a sentence of violence is typed as (not statements, arrests or deals):
#: the ones the second look asks about and found events may add
VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"})

CIVILIANS = re.compile(
    r"\b(civilians?|villagers?|residents?|worshippers?|tourists?|visitors?|pupils|students|civils|villageois|habitants"
    r"|fid[èe]les|[ée]l[èe]ves)\b",
    re.I,
)
ARMED = re.compile(
    r"\b(soldiers?|troops?|army|military|police\w*|forces?|gendarm\w*|militia\w*|soldats|militaires|arm[ée]e|policiers)\b",
    re.I,
)


def classify(sentence: str) -> tuple[str, str] | None:
    """(event type, sub-event type) of the first rule that fires, refined for civilian targets."""
    for pattern, event_type, sub_type in TYPE_RULES:
        if pattern.search(sentence):
            if sub_type == "Armed clash" and CIVILIANS.search(sentence) and not ARMED.search(sentence):
                return "Violence against civilians", "Attack"
            return event_type, sub_type
    return None


#: the wounded cared for: "dispatched helicopters to evacuate critically wounded people to
#: hospitals" tells what followed a deed, not one of its own
_CARE = re.compile(r"\b(?:evacuat\w*|airlift\w*|hospitali[sz]\w*|h[ôo]pita\w*|treated|treatment|soign\w*)\b", re.I)
_HURT_WORDS = re.compile(r"\b(?:wounded|injured|injuries|hurt|blessés?|blessures?)\b", re.I)


def only_care_of_the_hurt(sentence: str) -> bool:
    """Whether the sentence's only violence word is the hurt it tells being cared for: a
    code-found event from it would be the aftermath of the deed, counted twice."""
    return bool(_CARE.search(sentence)) and classify(_HURT_WORDS.sub("", sentence)) is None


#: a sentence telling of an attack before the one reported ("The earlier bombing on
#: Sunday killed a local mayor"): its date and its claim of responsibility are that one's
EARLIER_ATTACK = re.compile(
    r"\b(?:earlier|previous|last week's|yesterday's|Sunday's|Saturday's|Friday's|Thursday's|Wednesday's|Tuesday's"
    r"|Monday's)\s+(?:\w+\s+)?(?:attack|bombing|blast|ambush|raid|assault|explosion)s?\b"
    r"|\b(?:l['’]attaque|l['’]attentat|l['’]embuscade)\s+(?:de la veille|précédente)\b",
    re.I,
)

PROTEST_WORDS = re.compile(
    # a strike is a protest only as a walk-out ("on strike", "strikers"), never a grenade's or
    # an aircraft's; "March" with a capital is the month
    r"\b(protest\w*|demonstrat\w*|rall(y|ies)|(?-i:march\w*)|[Mm]arch(?:ed|ers|es|ing)|riot\w*|mobs?|manifest\w*|sit-ins?|strikers?|on strike"
    r"|general strikes?|hunger strikes?|gr[èe]ves?|grévistes?|(?:threw|throwing|hurled|pelted)\s+(?:\w+\s+)?(?:stones|rocks)"
    r"|(?:stone|rock)-throw(?:ing|ers?)|jets? de pierres)\b",
    re.I,
)


#: "The bombing came hours after an overnight attack in which ...": the words before "after"
#: name the event already coded; the sentence's own event comes after them
_REFERS_BACK = re.compile(
    r"^(?:The|This|That|It|L['’]|Cette|Cet)\s*(?:\w+\s+)?(?:came|happened|occurred|followed|took place|was|intervient"
    r"|survient)\b[^,.;]*?\b(?:after|before|as|days? after|hours? after|après|avant)\s+",
    re.I,
)


def refers_back(sentence: str) -> bool:
    """Whether the sentence opens by referring back to the coded event ("The bombing came
    hours after ..."): what follows is another happening."""
    return _REFERS_BACK.match(sentence) is not None


def own_part(sentence: str) -> str:
    """The sentence without a lead-in that refers back to the coded event."""
    return _REFERS_BACK.sub("", sentence, count=1)
