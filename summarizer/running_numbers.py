"""Numbers in running text and deaths told without a number: every figure a summary or a
neutrality check must find in the article ("1,200", "six", "douze", "une quinzaine"), and
ACLED's stand-in counts for "several killed" (3) or a massacre (10)."""

from __future__ import annotations

import re

from .number_words import NUMBER, word_value

# --- numbers in running text (used by the neutrality checks) --------------------------------

_ANY_NUMBER = re.compile(NUMBER, re.I)


def find_numbers(text: str) -> list[tuple[int, int, int]]:
    """Every number written as digits or as an English/French word: (start, end, value).

    "1,200", "14", "six", "twenty-one", "douze" are found; "un"/"une" are not (articles).
    """
    out = []
    for m in _ANY_NUMBER.finditer(text):
        v = word_value(m.group(0))
        if v is not None:
            out.append((m.start(), m.end(), v))
    # "une quinzaine" is the article's figure 15, written as a French approximate noun
    out += [(m.start(), m.end(), _APPROX_NOUNS[m.group(1).lower()]) for m in _APPROX_NOUN.finditer(text)]
    return sorted(out)


_APPROX_NOUNS = {
    "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
    "cinquantaine": 50, "soixantaine": 60, "centaine": 100,
}  # fmt: skip
_APPROX_NOUN = re.compile(r"\b(?:une\s+)?(" + "|".join(_APPROX_NOUNS) + r")\b", re.I)


_UNNUMBERED_DEATH = re.compile(
    # "before the gunfire died down" is no death
    r"\b(?:killed|killing|dead|died(?!\s+(?:down|away|out)\b)|executed|executing|massacred|slain|slaughtered|murdered|beheaded|shot dead"
    r"|gunned down|lost their lives|tu[ée]s?|tu[ée]es|tuant|morts?|ex[ée]cut[ée]s?|ex[ée]cutant|ex[ée]cutions?"
    r"|massacr[ée]s?|assassin[ée]s?|perdu la vie"
    # "a second fatal bomb blast", "a deadly attack": deaths said to occur, with no number
    r"|fatal(?:ly)?|deadly|deadliest|lethal|mortel(?:le)?s?|meurtri(?:er|[èe]re)s?)\b",
    re.I,
)
_NO_DEATH = re.compile(
    r"\b(?:no\s*one|nobody|no deaths?|no casualties|no fatalities|without (?:causing )?(?:any )?(?:casualties|deaths?)"
    r"|sans (?:faire de )?(?:victimes?|morts?)|aucun (?:mort|d[ée]c[èe]s)|aucune victime|not killed|threatened to kill"
    # "there are no confirmed reports of injuries or arrests": not even a wound told
    r"|no (?:confirmed |immediate |official )?reports? of (?:any )?(?:injur\w+|casualties|deaths?|dead))\b",
    re.I,
)
#: the death a crowd rose over, not one of its own: "clashed for a third day over the
#: killing of a local gang leader", "protesting the death of a student"
_GRIEVANCE = re.compile(
    r"\b(?:over|against|protest(?:ing|ed|s)?|in protest (?:at|over|against)|condemn\w*|denounc\w*|anger (?:at|over))"
    r"\s+(?:the\s+|a\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,2}?(?:killings?|deaths?|murders?|assassination)\s+of\b[^.;]*",
    re.I,
)
#: deaths a source denies: "Officials in Moscow have denied media reports that dozens of
#: Russians have been killed"
_DENIED = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:claims?|reports?|allegations?|accounts?)\s+(?:of|that)\b[^.;]*",
    re.I,
)
_MAJOR = re.compile(r"\b(?:massacre[ds]?|massacr[ée]s?|carnage|bloodbath|tuerie)\b", re.I)
#: the flag an event carries when its evidence reports deaths with no number
UNNUMBERED_FLAG = "deaths_without_number"


#: one person killed, written with "a" ("police killed a suicide bomber", "a soldier was killed")
_ONE_KILLED = re.compile(
    # "exploded, killing the driver": one person, the noun in the singular
    r"\b(?:killed|killing|shot dead|gunned down|beheaded|beheading|decapitated|tu[ée]|tuant|abattu|décapité)\s+(?:a|an|one|the|un|une)\s+(?:suspected\s+|would-be\s+|présumé\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?(?:suicide\s+)?(?:bomber|soldier|policeman|police officer|officer|civilian|man|woman|child|boy"
    r"|girl|militant|attacker|gunman|fighter|guard|journalist|reporter|cameraman|teacher|worker|farmer|herder|engineer"
    r"|technician|doctor|nurse|pilot|driver|trader|businessman|lawmaker|judge|priest|imam|cleric|chief|elder|leader"
    r"|commander|official|student|tourist|kamikaze|soldat|policier|civil|homme|femme|enfant|assaillant|gendarme"
    r"|ingénieur|médecin|chef|commandant|enseignant)\b"
    # a person killed by name and rank: "killed Major Khalif Nur Shil", "tué « Général Ivo »"
    r"|\b(?:killed|killing|shot dead|gunned down|assassinated|tu[ée]|tuant|abattu|assassin[ée])\s+(?:[«“\"]\s*)?"
    r"(?:Major|Maj\.|General|Gen\.|Colonel|Col\.|Captain|Capt\.|Lieutenant|Lt\.|Sergeant|Sgt\.|Commander|Sheikh|Dr\.?"
    r"|Général|Colonel|Capitaine|Commandant|Sergent|Cheikh)\s+[A-Z]"
    # one person told in the singular: "he was killed", "Il a été abattu", "a Turkish citizen
    # was killed", "Le chef de l'ADF ... a été tué"
    r"|\b(?:he|she|il|elle)\s+(?:was|has been|a été)\s+(?:killed|shot dead|tu[ée]e?|abattue?)\b"
    # "a U.S.-led coalition soldier was killed", "an air force general was killed"
    r"|\b(?:a|an|another|the|le|la)\s+(?:[\w.'’-]+\s+){0,3}?(?:citizen|engineer|man|woman|chief|commander|leader|officer|soldier"
    r"|serviceman|servicewoman|service member|militiaman"
    r"|general|colonel|official|photographer|lawmaker|politician|activist|gendarme"
    r"|guard|worker|driver|journalist|teacher|student|farmer|herder|trader|doctor|nurse|pilot|peacekeeper|policeman"
    r"|chef|commandant|soldat|homme|femme|ressortissant|gardien|policier|enseignant)\b[^.;]{0,200}?\b(?:was|has been"
    r"|a été)\s+(?:also\s+|aussi\s+)?(?:killed|shot dead|tu[ée]e?|abattue?)\b"
    r"|\b(?:a|an|one)\s+(?:[\w-]+\s+)?(?:soldier|policeman|police officer|civilian|man|woman|child|boy|girl|militant"
    r"|attacker|gunman|guard|worker|driver)\s+(?:was|has been)\s+(?:also\s+)?(?:killed|shot dead|beheaded|decapitated)\b"
    # one named person died: "intelligence chief Tahlil Abdishakur died Monday in a U.S. airstrike"
    r"|\b(?:chief|commander|leader|head|spokesman|founder|deputy|governor|minister|mayor|imam|general|chef|commandant"
    # "photographer Olivier Voisin died", "Sunni lawmaker Ifan Saadoun al-Essawi, who was killed Tuesday"
    r"|photographer|journalist|reporter|cameraman|lawmaker|politician|activist|senator|legislator)"
    r"\s+(?:(?:[A-Z]|al-[A-Z])[\w'’-]+\s+){0,3}(?:[A-Z]|al-[A-Z])[\w'’-]+(?:,\s+who)?\s+"
    r"(?:died|was killed|has been killed|a été tué|est mort)\b"
    # "un gendarme tué par balle": the noun before its participle
    r"|\b(?:un|une)\s+(?:gendarme|soldat|policier|militaire|civil|homme|femme|enfant|enseignant|chef)\s+"
    r"(?:a\s+été\s+)?(?:tu[ée]e?|abattue?)\b"
    # "al-Shabab also claimed a killing in Galkayo", "Gul Mohammad's beheaded body was found"
    r"|\b(?:claimed|claims|claiming|revendiqu[ée]\w*)\s+(?:a|one|un)\s+(?:killing|murder|assassinat|meurtre)\b"
    r"|(?:\b(?:a|his|her)|['’]s)\s+(?:[\w-]+\s+)?body\s+(?:was|has been)\s+(?:found|discovered|recovered)\b",
    re.I,
)


def one_killed(sentence: str) -> re.Match[str] | None:
    """Where a sentence tells one person killed without a number ("a policeman was killed")."""
    return _ONE_KILLED.search(sentence)


def unnumbered_deaths(evidence: list[str]) -> str | None:
    """ACLED's size of an event whose evidence says people died but gives no number:
    "one" (a single person, written with "a"), "major" (a massacre) or "limited"; None when
    the evidence reports no deaths ("the attack caused no casualties") or none at all."""
    text = _DENIED.sub(" ", _GRIEVANCE.sub(" ", _KILLED_OR_WOUNDED.sub(" ", " ".join(evidence))))
    if _NO_DEATH.search(text):
        return None
    if _ONLY_THE_BOMBER.search(text):
        return "one"  # "Only the bomber was killed"
    if not _UNNUMBERED_DEATH.search(_BOMBER_DIED.sub(" ", text)):
        # "a suicide bomber blew himself up at a checkpoint", "rammed his car into a convoy,
        # killing himself and wounding one person": the bomber is the one dead
        return "one" if _BOMBER_DIED.search(text) else None
    if _MAJOR.search(text):
        return "major"
    deaths = list(_UNNUMBERED_DEATH.finditer(text))
    # the headline often tells the one death again ("Le chef ... tué par l'armée"): one dead
    # unless more than one death is told and some of it in the plural
    single = len(deaths) == 1 or not _PLURAL_DEAD.search(text)
    return "one" if single and (_ONE_KILLED.search(text) or _one_of_a_nation(text)) else "limited"


#: one person told by nationality alone: "a roadside bomb killed an Iraqi in Kirkuk"
_ONE_NATIONAL = re.compile(
    r"\b(?:killed|killing|shot dead|gunned down)\s+(?:an?|one)\s+(?P<who>[A-Z][a-z]+)"
    r"(?=\s+(?:in|on|at|near|and|as|who|while|during|outside)\b|\s*[,.;]|$)"
)


def _one_of_a_nation(text: str) -> bool:
    from .geo import country_name  # the gazetteer loads on first use, not on import

    return any(country_name(m.group("who")) for m in _ONE_NATIONAL.finditer(text))


#: "six policemen were killed or wounded": dead and hurt together, no death of its own
_KILLED_OR_WOUNDED = re.compile(
    r"\b(?:killed|dead) or (?:wounded|injured|hurt)\b|\btu[ée]s? ou bless[ée]s?\b|\bmorts? ou bless[ée]s?\b", re.I
)
#: a suicide bomber's own death, told without "killed": the bomber is ACLED's one dead
_BOMBER_DIED = re.compile(
    r"\b(?:blew (?:himself|herself) up|blowing (?:himself|herself) up|killing (?:himself|herself)"
    r"|s['’]est fait(?:e)? exploser|se faisant exploser)\b",
    re.I,
)
_ONLY_THE_BOMBER = re.compile(
    r"\bonly the (?:suicide )?(?:bomber|attacker) (?:was killed|died)\b|\bseul le kamikaze (?:a été tué|est mort)\b",
    re.I,
)

_PLURAL_DEAD = re.compile(
    r"\b(?:people|persons|civilians|soldiers|villagers|fighters|militants|troops|residents|policemen|several|dozens|many"
    r"|personnes|civils|soldats|villageois|combattants|plusieurs|dizaines)\b",
    re.I,
)
