"""The words that tell a figure counts the dead, English and French.

Kept apart from ``deaths.py``, which reads the figures: these are the lexicons and the
patterns built from them (what comes right before or after a figure that makes it a death
toll, or a count of something else), so each can be read, tested and grown on its own.
"""

from __future__ import annotations

import re

from .number_words import NUMBER

#: words that say the people counted died
DEATH_WORDS = (
    r"killed|killing|kills?|dead|deaths?|died|dying|dies|die|death toll|toll|lives|bodies|corpses|executed|massacred"
    r"|slain|slaughtered|murdered|beheaded|perished|fatalities|fatally|lost their lives|lost (?:his|her) life|shot dead"
    r"|gunned down|neutrali[sz]ed|eliminated|perdu la vie|perdu leurs? vies?|trouv[ée] la mort|p[ée]ri|ont p[ée]ri"
    r"|tu[ée]e?s?|tu[ée]es|tuant|tue|morts?|mortes|d[ée]c[èe]s|d[ée]c[ée]d[ée]e?s?|cadavres|corps|victimes? mortelles?"
    r"|ex[ée]cut[ée]e?s?|massacr[ée]e?s?|assassin[ée]e?s?|p[ée]ri|bilan|abattus?|neutralis[ée]e?s?"
    r"|succumbed|succomb[ée]e?s?|a succombé|ont succombé"
)
#: words that say the people counted did NOT die (or that the thing counted is no person)
NON_DEATH_WORDS = (
    r"wounded|wounding|injured|injuring|injuries|hurt|missing|unaccounted|kidnapped|kidnappings?|abducted|abducting|abductions?"
    r"|taken hostage|hostages?|captives?|freed|released|rescued|liberated|escaped|displaced|displacing|fled|flee"
    r"|broke out of|broken out of|break out of|jailbreak|prison break|s['’][ée]vad[ée]e?s?|[ée]vad[ée]e?s?"
    r"|refugees|homeless|arrested|arrests|detained|detainees|captured|surrendered|deserted|recruited|evacuated"
    r"|passengers|houses|homes|buildings|vehicles|cars|trucks|motorcycles|tickets|dollars|euros|francs|tons|tonnes"
    r"|boats|ships|vessels|tanks|aircraft|helicopters|planes|bunkers|destroyed"
    r"|cattle|livestock|weapons|rifles|schools|villages|families|households|students? (?:were )?returned"
    r"|bl[ée]ss[ée]e?s?|blessant|disparus?|enlev[ée]e?s?|enl[èe]vements?|kidnapp[ée]e?s?|otages?|lib[ée]r[ée]e?s?|rel[âa]ch[ée]e?s?"
    r"|d[ée]plac[ée]e?s?|r[ée]fugi[ée]e?s?|arr[êe]t[ée]e?s?|interpell[ée]e?s?|captur[ée]e?s?|maisons|v[ée]hicules|motos"
    r"|(?:faits?|pris|faites?) prisonni[eè]re?s?|taken prisoners?"
    # a force's strength, not its dead: "About 200 rebels are trapped and dozens have been killed"
    r"|trapped|surrounded|encircled|besieged|cornered|deployed|stationed|massed"
    r"|encercl[ée]e?s?|assi[ée]g[ée]e?s?|d[ée]ploy[ée]e?s?"
)
#: nouns for people: a "lost N men" is a death figure, "lost N vehicles" is not
PERSON_NOUNS = (
    r"men|people|persons|soldiers|troops|servicemen|civilians|villagers|fighters|combatants|militants|insurgents"
    r"|jihadists|terrorists|attackers|assailants|rebels|officers|police\w*|members|lives|children|women"
    r"|personnes|soldats|militaires|civils|villageois|combattants|hommes|jihadistes|djihadistes|terroristes"
    r"|assaillants|rebelles|policiers|gendarmes|enfants|femmes"
    # one of them: "they lost only one fighter"
    r"|man|person|soldier|civilian|fighter|combatant|militant|insurgent|rebel|officer|policeman|member|child|woman"
    r"|personne|soldat|militaire|civil|combattant|homme|policier|gendarme|enfant|femme"
)

DEATH_AFTER = re.compile(rf"\b(?:{DEATH_WORDS})\b", re.I)
#: dead and hurt counted together: "killed or wounded", "tués ou blessés"
DEAD_OR_HURT = re.compile(
    r"\b(?:killed|dead|tu[ée]e?s|morts?)\s+or\s+(?:wounded|injured|hurt)\b|\b(?:killed|dead)\s+or\s+missing\b"
    r"|\b(?:tu[ée]e?s|morts?)\s+ou\s+bless[ée]e?s\b",
    re.I,
)
NON_DEATH_AFTER = re.compile(rf"\b(?:{NON_DEATH_WORDS})\b", re.I)
#: a death expression right before the figure: "killed at least", "death toll of", "a fait"
DEATH_BEFORE = re.compile(
    r"(?:\b(?:killed|(?:the\s+)?(?:\w+\s+)?(?:killings?|murders?|massacre|slaying|execution)\s+(?:[\w'’-]+\s+){0,3}?of|killing|kills?|kill|executed|massacred|slaughtered|beheaded|murdered|murdering|assassinated|assassinating|claim(?:ed|ing|s)? the li(?:fe|ves) of|left|neutrali[sz]ation of|elimination of|deaths of"
    # "shot to death three rubber plantation workers", "hacked to death five villagers"
    r"|(?:shot|stabbed|hacked|beaten|burned|burnt|stoned|clubbed)\s+(?:to\s+death|dead)|(?:gunned|mowed)\s+down"
    r"|neutrali[sz]ed|neutrali[sz]ing|eliminated|eliminating|abattu|abattant|neutralis[ée]|[ée]limin[ée]|neutraliser|[ée]liminer|abattre"
    r"|death toll (?:\w+ ){0,3}(?:to|of|at|stood at|is|was|reached)|toll (?:\w+ ){0,3}(?:to|of|at|reached)"
    # "Death Toll in Jihadist Ambush on Malian Soldiers Hits 23"
    r"|death\s+toll\s+(?:[\w'’-]+\s+){0,8}?(?:hits|rises\s+to|rose\s+to|climbs\s+to|climbed\s+to|reaches)"
    # "witnesses put the number of soldiers killed at nine"
    r"|(?:number|count)\s+of\s+(?:[\w'’-]+\s+){0,3}?(?:killed|dead|deaths|fatalities)\s+at"
    # "an exact death toll, which militants placed at 25"
    r"|toll,?\s+which\s+(?:[\w'’-]+\s+){0,4}?(?:put|puts|placed|places|estimated|estimates|set|sets)\s+at"
    # "The kidnap victims include four Israelis": victims of a deed that kills no one
    r"|(?:the\s+)?(?<!kidnap )(?<!kidnapping )(?<!abduction )(?<!hostage )(?<!rape )(?<!robbery )(?<!torture )"
    r"(?:dead|victims|fatalities|deceased|deaths)\s+(?:included|include|includes|were|are|comprised)"
    r"|among the (?:dead|victims|fatalities) (?:were|are)|parmi les (?:morts|victimes) (?:figurent|se trouvent|on compte)"
    # "pour le meurtre le 1er juin de 9 civils": a date may come between
    r"|(?:assassinats?|meurtres?|massacre|ex[ée]cutions?|tueries?)\s+(?:[\w'’-]+\s+){0,4}?(?:de|d['’]|des)"
    r"|lost|the deaths of|the death of|bodies of|the body of|(?:the )?(?:mortal )?remains of|a fait|ont fait|faisant|fait au moins|tuant|tué|tue"
    r"|executing|exécut[ée]e?s?|exécutant|massacr[ée]e?s?|massacrant|abattue?s?|abattant|assassin[ée]e?s?|bilan"
    r"(?: \w+){0,3} (?:de|à|a|est de)|perdu|coûté la vie à|coute la vie a|couté la vie à|la mort de)"
    r"(?:\s+(?:at least|more than|over|nearly|almost|about|around|some|up to|as many as|an estimated|roughly"
    r"|approximately|au moins|plus de|près de|environ|quelque|jusqu['’]à|pas moins de|another|a further|the|only|just"
    r"|seulement|a total of|un total de"
    # "air strikes killed what the military called at least 60 'hardcore terrorists'"
    r"|what\s+(?:[\w'’-]+\s+){0,4}?(?:called|calls|described\s+as|describes\s+as|termed|said\s+(?:were|was)|ce\s+que)"
    r"))*)\s*$",
    re.I,
)
NON_DEATH_BEFORE = re.compile(
    r"\b(?:wounded|wounding|injured|injuring|kidnapped|kidnapping|abducted|abducting|freed|released|rescued"
    # "raided a prison ..., freeing 365 prisoners and killing five people": the freed are no dead
    r"|freeing|releasing|rescuing|arresting|detaining|capturing|evacuating|libérant|relâchant"
    r"|displaced|displacing|arrested|detained|captured|evacuated|bl[ée]ssé|blessant|enlevé|enlevant|libéré"
    r"|arrêté|déplacé"
    # a court's sentence, not a killing: "sentenced 24 militants to death", "handed down death
    # sentences Tuesday for five al-Shabab militants", "condamné à mort"
    r"|sentenc(?:ed|es|ing)|death\s+sentences?\s+(?:[\w'’-]+\s+){0,3}?(?:for|on|against|to)|condamn[ée]e?s?|condamnant"
    # the people a noun says were taken or set free: "Arrestation de trois soldats ... impliqués dans la mort"
    r"|arrests?\s+of|arrestations?\s+d(?:e|['’])|interpellations?\s+d(?:e|['’])|detention\s+of|capture\s+of"
    r"|release\s+of|rescue\s+of|lib[ée]ration\s+d(?:e|['’])|kidnapping\s+of|abduction\s+of|enl[èe]vement\s+d(?:e|['’])"
    # what a place holds or a vehicle carries: "a compound housing 5,000 civilians"
    # the attackers' strength: "they attacked the area [with] 200 Janjaweed militia ... and killed"
    r"|(?:attacked|attacking|stormed|raided|came|arrived|invaded)\b[^.;]{0,40}?\bwith\]?\s*"
    r"|housing|housed|sheltering|sheltered|hosting|hosted|home to|carrying|carried|transporting|accommodating"
    r"|abritant|abrite|hébergeant|héberge|transportant"
    # a part of a toll told before it: "of the 11 victims, four were unidentifiable"
    r"|(?:of|sur)\s+(?:the|those|these|les|ces)\s+(?:[\w-]+\s+)?(?:victims|dead|bodies|people killed|victimes|morts"
    r"|corps|personnes tu[ée]es)\s*,)(?:\s+(?:at least|more than|over|nearly|about|around|some|up to|au moins|plus de|près de"
    r"|environ|another|a further|the))*\s*$",
    re.I,
)
#: where a figure's clause ends: the next figure, a semicolon or a new clause
CLAUSE_END = re.compile(r"[;:()\[\]]|,\s+(?:while|whereas|and|but|tandis|alors|et)\b|\bwhile\b|\bwhereas\b", re.I)
#: "lost" counts deaths only when people follow it
THING_RIGHT_AFTER = re.compile(
    r"^(?:of\s+(?:her|his|their|its|the)\s+)?(?:[\w'’-]+\s+)?(cattle|livestock|cows|goats|camels|sheep|animals|birds|pigeons"
    r"|chickens|poultry|dogs|donkeys|horses|pigs|vehicles|cars|trucks|pick-?ups|motorcycles|houses|homes|buildings"
    r"|boats|ships|vessels|tanks|aircraft|helicopters|planes"
    r"|weapons|rifles|tons|tonnes|dollars|euros|francs|km|kilometres|kilometers|miles|v[ée]hicules|motos|maisons"
    r"|t[êe]tes de b[ée]tail)\b",
    re.I,
)
#: a figure that counts attacks, not the dead: "Two bomb attacks killed at least four people"
EVENTS_RIGHT_AFTER = re.compile(
    rf"^(?:(?!(?:{DEATH_WORDS}|{PERSON_NOUNS}|by|in|with|of|from|during|and|par|dans|avec|lors|et)\b)[\w'’.-]+\s+){{0,2}}?(attacks?|bombings?|blasts?|explosions?|strikes?|airstrikes?|air strikes?|raids?|ambush(?:es)?"
    r"|assaults?|clash(?:es)?|battles?|incidents?|shellings?|car bombs?|roadside bombs?|bombs?|rockets?|mortars?|missiles?"
    r"|grenades?|attaques?|attentats?|frappes?|embuscades?|affrontements?|bombardements?)\b"
    # "posted on one of its websites, the group claimed the mortars killed ...": one of its things
    r"|^of\s+(?:its|their|his|her|the)\s+(?:[\w'’-]+\s+)?(websites?|sites?|pages?|accounts?|channels?|statements?|videos?)\b",
    re.I,
)
#: the killers counted, not the dead: "two suicide car bombers killed four Iraqis"
KILLERS_RIGHT_AFTER = re.compile(
    r"^(?:[\w'’-]+\s+){0,2}?(bombers|gunmen|attackers|assailants|kamikazes|assaillants|hommes arm[ée]s)\s+"
    rf"(?:have\s+|had\s+|ont\s+)?(?:(?:killed|shot dead|tu[ée]|abattu)\s+(?:at least\s+|more than\s+|au moins\s+)?{NUMBER}"
    # "two suicide bombers hit a pair of targets, killing 22": the bombers acted
    r"|(?:hit|struck|attacked|stormed|blew|detonated|rammed|targeted|opened fire|set off)\b)",
    re.I,
)
#: the figure counts who is blamed for the deaths, not the dead: "a lone soldier was to
#: blame for the killing of 16 Islamic preachers"
BLAMED_RIGHT_AFTER = re.compile(
    r"^\s*(?:[\w'’-]+\s+){0,3}?(?:was|were|is|are|has been|have been|est|sont|serait|seraient)\s+"
    r"(?:to blame|blamed|responsible|held responsible|accused|suspected|responsables?|accus[ée]e?s?|soupçonn[ée]e?s?)"
    r"\s+(?:for|of|in|de|d['’])\b",
    re.I,
)
#: who lost the dead counted next: "government forces suffered six fatalities"
SUFFERED = re.compile(
    r"(?P<who>(?:[\w'’-]+\s+){1,3}?)(?:suffered|sustained|lost|a perdu|ont perdu|ont subi|a subi)\s+"
    r"(?:at least\s+|more than\s+|au moins\s+)?$",
    re.I,
)
LOST = re.compile(r"\b(?:lost|perdu)(?:\s+(?:only|just|seulement))?\s*$", re.I)
PEOPLE_AFTER = re.compile(rf"^\s*(?:[\w'’-]+\s+){{0,3}}?(?:{PERSON_NOUNS})\b", re.I)


#: a named victim and N others: "Major General Parami Kulatunga and three other people were
#: killed" (deaths.py counts N+1; facts.py tells it in these words, N+1 being no figure written)
NAMED_AND_OTHERS = re.compile(
    r"(?:^|(?<=[\s,;(]))(?P<phrase>(?:(?-i:[A-Z])[\w.'’-]*\s+){2,6}(?:and|et)\s+(?P<n>[\w-]+)\s+"
    r"(?:others|other\s+[a-z]+|more people|autres(?:\s+[a-z]+)?))\b"
)

#: one person told by a single name, then N others: "Khan and three others were killed";
#: a person only when the story named them in full before (see ``named_in_full_before``)
SURNAME_AND_OTHERS = re.compile(
    r"(?:^|(?<=[\s,;(]))(?P<name>(?-i:[A-Z])[\w'’-]+)\s+(?:and|et)\s+(?P<n>[\w-]+)\s+"
    r"(?:others|other\s+[a-z]+|autres(?:\s+[a-z]+)?)\b"
)


def named_in_full_before(name: str, before: str) -> bool:
    """Whether ``before`` gives ``name`` as the last word of a longer proper name ("Rasheed
    Khan"): then the lone "Khan" is that person, not a group ("Soldiers and three others")."""
    return re.search(rf"(?-i:[A-Z])[\w'’.-]+\s+{re.escape(name)}\b", before) is not None


#: one victim told by kind, then N others, after the killing verb: "a roadside bomb killed
#: a former provincial minister and at least two other people" (three dead)
KILLED_ONE_AND_OTHERS = re.compile(
    # "killing its police chief, Said Younus Hussaini, and 10 other security personnel": a name
    # in apposition may follow the one
    # "killing himself and at least five other persons": the bomber is the one; "killed a state
    # government minister, and at least four other people": a comma may come before "and"
    # "gunned down a local politician, Khadim Hussain, along with four members of his family"
    r"\b(?:killed|killing|kills|gunned\s+down|shot\s+dead|murdered|assassinated|tuant|tu[ée])\s+(?P<phrase>(?:(?:himself|herself)\s+|(?:a|an|one|un|une|its|his|her|their"
    r"|the|son|sa|leur)\s+(?!\d|(?:two|three|four|five|six|seven|eight|nine|ten|dozens?|deux|trois|quatre|cinq)\b)"
    r"(?:[\w'’-]+(?:,(?=\s+(?:and|et|along\s+with)\b))?\s+){0,4}?(?:[\w'’-]+,\s+(?:[A-Z][\w'’.-]*\s+){1,4}?[A-Z][\w'’.-]*,\s+"
    # "killed a commander known as \"Qorilow,\" the head of al-Shabab forces in Jannaale town,
    # and three other militants": a nickname, then a title of the one, between commas
    r"|(?:[\w'’-]+\s+){0,2}?[\"“][\w'’ .-]+,?[\"”],?\s+(?:the|a|an|le|la|l['’])\s*(?:[\w'’-]+\s+){1,8}?[\w'’-]+,\s+)?)(?:and|et|along\s+with|together\s+with)\s+"
    # "killed a provincial police chief and his two guards": the one's own people
    r"(?:(?:his|her|their|its|ses|leurs?)\s+)?(?P<n>(?:at least\s+|au moins\s+)?[\w-]+)\s+(?:others|other\s+[a-z]+|autres(?:\s+[a-z]+)?"
    # "killed a district governor and seven police personnel": the one and N of another kind
    rf"|(?P<kind>(?:[\w'’-]+\s+){{0,2}}?(?:{PERSON_NOUNS}|guards|bodyguards|personnel|staff|workers|policemen))))\b",
    re.I,
)

#: "Four civilians and an official were killed": one more dead, of another kind
AND_ONE_MORE = re.compile(
    r"^\s+(?:[\w'’-]+\s+){0,3}?(?:and|et)\s+(?:a|an|one|un|une|his|her|their|its|son|sa)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:official|soldier|civilian|policeman|police officer|officer|child|woman|man|person|fighter|worker|journalist"
    r"|commander|employee|rescuer|cameraman|photographer|reporter|driver|guard|nurse|doctor|teacher|student|pilgrim"
    r"|interpreter|translator|bodyguard|wife|husband|son|daughter|brother|interpr[èe]te|traducteur|garde du corps"
    r"|responsable|soldat|civil|policier|gendarme|enfant|femme|homme|agent)\b"
    r"(?=[^.;\d]{0,30}\b(?:were|have been|had been|ont été|sont|died|killed|tu[ée]s|morts?|lost their lives)\b)",
    re.I,
)
#: "killed two security officers and an international expert.": one more dead, the verb before
AND_ONE_MORE_AT_END = re.compile(
    r"^\s+(?:[\w'’-]+\s+){1,4}?(?:and|et)\s+(?:a|an|one|un|une|his|her|son|sa)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:official|civilian|child|woman|man|person|worker|journalist|employee|expert|contractor|driver|civil|enfant"
    r"|femme|homme)\s*(?:[.;]|$)",  # people, no force: "five villagers and a policeman" are two groups
    re.I,
)

#: an outcome verb before the figure: "left", "a fait" say only that there was an outcome
RESULT_BEFORE = re.compile(
    r"\b(?:left|leaving|a fait|ont fait|faisant|fait)\s+(?:(?:at least|more than|over|nearly|about|around|au moins"
    r"|plus de|près de|environ)\s+)?$",
    re.I,
)


#: a toll told with what it is of, then its new figure: "the death toll from Thursday's airstrikes ... has risen to 71"
TOLL_RISEN = re.compile(
    r"(?:\b(?:death\s+)?toll\b[^.;]{0,140}?\b(?:has |have |had )?(?:risen|rose|climbed|increased|jumped|grown)\s+to"
    # "Officials ... have put the death toll from Sunday's militant attack on an army camp ... at 23"
    r"|\b(?:put|puts|placed|places|set|sets)\s+the\s+(?:death\s+)?toll\b[^.;:]{0,140}?\s+at)"
    # "at just over 20"
    r"(?:\s+(?:at least|more than|over|nearly|about|around|just|only|some|almost|roughly)){0,2}\s*$",
    re.I,
)


#: a figure added, after a comma, to the dead of the clause before: "seven soldiers were
#: killed in fighting Friday, along with about 20 rebels" (without the comma, "killed in that
#: airstrike along with six others" is one more person's death, told with its own airstrike)
ALONG_WITH = re.compile(
    r"\b(?:killed|died|dead|tu[ée]s?|morts?)\b[^.;:]{0,80}?,\s+(?:along with|together with|as well as"
    r"|ainsi que)(?:\s+(?:at least|more than|over|nearly|about|around|some|au moins|plus de|environ))*\s*$",
    re.I,
)


#: a figure before "..., killing at least 20": the killing has its own figure, and the one
#: before it counts who attacked or what was hit ("20 gunmen stormed the base, killing 5")
KILLING_ITS_OWN = re.compile(
    r"^[^.;:]{0,120}?,\s*(?:killing|tuant)\s+(?:(?:at least|more than|over|nearly|about|around|some|up to"
    rf"|au moins|plus de|près de|environ)\s+)?(?:{NUMBER}|(?:dozens?|scores|hundreds)\b)",
    re.I,
)


#: the figure is the subject of an active killing with its own figure: "four police officers
#: believed to be working with the Taliban killed nine other officers" (the four killed)
KILLERS_OF_OTHERS = re.compile(
    r"^[^.;:,]{0,90}?(?<!\bwere )(?<!\bwas )(?<!\bbeen )(?<!\bare )(?<!\bis )(?<!\bbe )\b(?:killed|shot dead|gunned down"
    r"|executed|murdered)\s+(?:at least\s+|more than\s+|some\s+)?"
    rf"(?:{NUMBER})\s+(?:other\s+|more\s+)?(?!(?:kilomet|km|miles?|percent|per cent|hours?|days?)\b)[a-z]",
    re.I,
)


__all__ = [
    "ALSO_DEAD",
    "KILLERS_OF_OTHERS",
    "ALONG_WITH",
    "AN_ATTACK",
    "KILLING_ITS_OWN",
    "RESULT_BEFORE",
    "TOLL_RISEN",
    "AND_ONE_MORE",
    "AND_ONE_MORE_AT_END",
    "KILLED_ONE_AND_OTHERS",
    "SURNAME_AND_OTHERS",
    "NAMED_AND_OTHERS",
    "named_in_full_before",
    "CLAUSE_END",
    "DEAD_OR_HURT",
    "DEATH_AFTER",
    "DEATH_BEFORE",
    "DEATH_WORDS",
    "EVENTS_RIGHT_AFTER",
    "KILLERS_RIGHT_AFTER",
    "LOST",
    "NON_DEATH_AFTER",
    "NON_DEATH_BEFORE",
    "NON_DEATH_WORDS",
    "PEOPLE_AFTER",
    "PERSON_NOUNS",
    "SUFFERED",
    "THING_RIGHT_AFTER",
    "THE_DEAD_INCLUDE",
    "WHAT_IT_CALLS",
]


#: people held and then killed: "Two hostages were killed trying to escape", "deux otages ont été exécutés"
CAPTIVES_KILLED = re.compile(
    r"^\s*(?:of\s+the\s+|des\s+)?(?:[\w-]+\s+){0,2}?(?:hostages?|captives?|otages?"
    # "two French journalists who had been kidnapped were killed": the relative clause says who they were
    r"|[\w-]+,?\s+(?:who|that|qui)\s+(?:had\s+been|have\s+been|were|was|avaient\s+été|ont\s+été|had|were)\s+"
    r"(?:kidnapped|abducted|seized|taken\s+hostage|held(?:\s+hostage)?|enlev[ée]e?s|kidnapp[ée]e?s)(?:\s+[\w-]+){0,6}?,?)"
    r"\s+(?:were|was|have\s+been|had\s+been"
    r"|ont\s+été|a\s+été)\s+(?:\w+\s+)?(?:killed|executed|beheaded|shot\s+dead|murdered|tu[ée]e?s|ex[ée]cut[ée]e?s|assassin[ée]e?s)\b",
    re.I,
)

#: a figure someone denies ("He denied official claims of government forces killing dozens of
#: insurgents", "rejected reports that 40 soldiers died"): the denier's words carry no count of
#: their own, and the claim denied is counted where its own source states it
DENIED_CLAIM = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|dispute[sd]?|disputing)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:claims?|reports?|allegations?|accounts?|assertions?)\s+(?:of|that)\b[^.;:]{0,70}$"
    # "there is no indication that Saddam Hussein or either of his two sons are among the dead"
    r"|\bno\s+(?:indication|sign|evidence|word|confirmation|proof)\s+(?:yet\s+)?(?:that|whether|of)\b[^.;:]{0,70}$",
    re.I,
)

#: a killing threatened or promised, not done ("For every one of mine that you kill, I will kill
#: 10", "vowed to kill 100 soldiers"), and "every one" / "each one", which count nobody
THREATENED_KILLING = re.compile(
    r"\b(?:will|would|shall|going to|threaten\w*\s+to|vow\w*\s+to|promis\w*\s+to|menac\w*\s+de|va|vont)\s+"
    r"(?:\w+\s+)?(?:kill|behead|execute|slaughter|massacre|tuer|exécuter|égorger)\s+$"
    r"|\b(?:every|each|chaque)\s+$",
    re.I,
)


#: a part of the running toll the sentence before gave: "The dead include ...", "More than 200
#: Palestinians were also killed ... during the attacks" after "34 Israelis ... since August"
THE_DEAD_INCLUDE = re.compile(
    r"^(?:The|Those)\s+(?:dead|killed|victims)\s+(?:include|included|includes|were|are)\b"
    r"|^[^.;]{0,80}\balso\s+(?:been\s+)?killed\b[^.;]{0,40}\b(?:during|in)\s+(?:the|those|these)\s+(?:attacks|violence|unrest|wave)\b",
    re.I,
)


#: an attack told as another one: "a drone attack on a suspected militant hideout", "another strike"
AN_ATTACK = re.compile(
    r"\b(?:a|an|another|similar|separate|une?|une autre)\s+(?:[\w-]+\s+){0,2}?(?:attack|strike|airstrike|air strike|bombing"
    r"|raid|ambush|blast|explosion|assault|battle|gunbattle|gun battle|gunfight|firefight|clash(?:es)?|attaque|frappe|embuscade"
    r"|attentat|explosion|bataille|affrontements?)\b"
    # "gunmen dressed as Iraqi army troops raided a village near Baquba Tuesday": armed men's own deed
    r"|\b(?:gunmen|militants|insurgents|attackers|assailants|raiders)\s+(?:[\w-]+\s+){0,5}?(?:raided|stormed|ambushed)\b"
    # "On Sunday, militants launched their bloodiest ever attack on the army": a deed the
    # sentence itself dates, whoever's it is
    r"|\b(?:launched|carried out|staged|mounted)\s+(?:their|its|his|her)\s+(?:[\w-]+\s+){0,3}?(?:attack|assault|raid"
    r"|offensive|ambush)\b"
    # "Saturday's bomber set off his explosives ...": the deed of a day the sentence names
    r"|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s\s+(?:[\w-]+\s+){0,2}?(?:attacks?|bombers?"
    r"|bombings?|blasts?|explosions?|raids?|ambush|assault|strikes?|airstrikes?)\b",
    re.I,
)


#: a source's own words for the dead, set off: "24 of what it calls suspected 'foreign
#: terrorists' ... were also killed"; the words are the source's, the count is of the dead
WHAT_IT_CALLS = re.compile(
    r"^\s*(?:of\s+)?what\s+(?:it|he|she|they|officials|the\s+\w+)\s+(?:calls?|called|terms?|termed)\s+", re.I
)


#: dead told as more than the toll: "eight suicide attackers also died", "ont également été tués"
ALSO_DEAD = re.compile(
    r"\balso\s+(?:(?:were|was|have been|had been)\s+)?(?:died|dead|perished|killed)"
    r"|\b(?:were|was|have been|had been)\s+also\s+(?:killed|shot dead|slain)"
    r"|\b(?:aussi|[ée]galement)\s+(?:[ée]t[ée]\s+)?(?:tu[ée]s?|morts?|p[ée]ri)"
    # the attackers' own dead: "Two gunmen were killed by security forces", after "six
    # people are dead after two gunmen attacked": never inside the toll of their victims
    r"|\b(?:gunmen|attackers|assailants|raiders|assaillants)\s+(?:were|have\s+been|had\s+been|ont\s+été)\s+"
    r"(?:also\s+|également\s+)?(?:killed|shot\s+dead|tu[ée]s|abattus|neutralis[ée]s)\b"
    # "Humberto Valbuena ... was killed Monday ... At least three other rebels were killed":
    # the others are beside the one told before, never a rival count of them
    rf"|^(?:at\s+least\s+)?(?:{NUMBER})\s+other\s+[a-z]+\s+(?:were|have\s+been|had\s+been)\s+(?:also\s+)?(?:killed|shot\s+dead|slain)\b",
    re.I,
)
