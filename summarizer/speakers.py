"""A person the article quotes, coded by the model as a side of the event.

"Témoignage de Bruno Ouédraogo, 30 ans à Kongoussi", "Selon le porte-parole de l'armée, le
colonel Gaspard Baratuza, cinq individus armés ...": the small model puts the one person
the story names into a side. A person who tells of the event is no side of it: a name of
two to four capitalised words (a title allowed, no word of a force, group or institution)
that the text gives only as someone who speaks (after "selon", "according to",
"témoignage de", or before "said", "a déclaré", "explique") is not kept as a side. The
leader of the doers telling their deed ("Shekau said his fighters attacked") is left alone.
"""

from __future__ import annotations

import re

from .folding import fold

#: a person's name: two to four capitalised words, a title allowed, no word of a force or group
_PERSON = re.compile(
    r"^(?:(?:Colonel|Col\.|General|Gen\.|Major|Captain|Capt\.|Lieutenant|Lt\.|Sergeant|President|Minister|Governor"
    r"|Mayor|Dr\.|Mr\.|Mrs\.|Ms\.|colonel|général|capitaine|commandant|lieutenant|gouverneur|maire|ministre)\s+)?"
    r"[A-Z][\w'’.-]+(?:\s+(?:de|da|del|bin|ibn|al-|el-|van|von)?\s*[A-Z][\w'’.-]+){1,3}$"
)
_GROUP_WORDS = re.compile(
    r"\b(?:forces?|army|armée|group[es]?|movement|mouvement|front|brigades?|militias?|milices?|police|rebels?|rebelles"
    r"|army|troops|council|conseil|alliance|union|party|parti|coalition|liberation|libération|state|état|islamic"
    r"|nations?|united|unies|organi[sz]ations?|agency|agence|committee|comité|mission|ministry|ministère|government"
    r"|gouvernement|office|bureau|red|cross|croix|rights|droits|observatory|watch|service|commission|court|cour"
    r"|news|press|presse|radio|tv|television|agence|reuters|associated|france|media)\b",
    re.I,
)
#: telling, around a name: "Témoignage de X", "selon ... X", "X a déclaré", "X told VOA"
_TELLS_BEFORE = re.compile(
    r"(?:t[ée]moignages?\s+d[eu']|selon|according to|d['’]apr[èe]s|spokes(?:man|woman|person)|porte-parole|told by"
    r"|quoted|interviewed|a witness|un t[ée]moin)[^.;:!?]{0,60}$"
    # one who comes after the deed: "la visite éclair mercredi du chef de la junte, le lieutenant-colonel X"
    r"|\b(?:visite|visit|visited|visiting|condol[ée]ances|condolences|s['’]est rendu)\b[^.;:!?]{0,100}$",
    re.I,
)
#: a person's title before a surname the model gives alone ("le lieutenant-colonel Paul Henri Damiba")
_TITLED = (
    r"(?:colonel|lieutenant-colonel|general|général|president|président|captain|capitaine|commandant|major|minister"
    r"|ministre|governor|gouverneur|mayor|maire|mr\.?|m\.|dr\.?)\s+(?:[A-Z][\w'’.-]+\s+){0,3}"
)
_TELLS_AFTER = re.compile(
    r"^(?:,[^,.]{0,80},)?\s*(?:said|says|told|tells|explained|explains|added|recalled|described|a d[ée]clar[ée]"
    r"|a dit|d[ée]clare|affirme|a affirm[ée]|explique|a expliqu[ée]|t[ée]moigne|raconte|indique|a indiqu[ée]"
    r"|accuse|a accus[ée]|impute|estime|pr[ée]cise"
    # one who mourns the dead after the deed: "Le président X s'est incliné devant les corps"
    r"|s['’]est inclin[ée]|s['’]incline|a rendu hommage|rend hommage|paid tribute|pays tribute|paid (?:his|her) respects"
    r"|mourned|attended the funerals?|laid a wreath)\b",
    re.I,
)


def a_speaker_only(mention: str, text: str) -> bool:
    """Whether ``mention`` is a person's name that the text gives only as someone who tells."""
    name = mention.strip()
    surname = re.fullmatch(r"[A-Z][\w'’.-]{2,}", name) and re.search(rf"\b{_TITLED}{re.escape(name)}\b", text, re.I)
    if not (_PERSON.match(name) or surname) or _GROUP_WORDS.search(name):
        return False
    # the name as the text writes it, with or without its title: "le colonel Baratuza"
    last = name.split()[-1]
    hits = [m for m in re.finditer(rf"\b{re.escape(fold(last))}\b", fold(text))]
    if not hits:
        return False
    folded = fold(text)
    for m in hits:
        start = folded.rfind(fold(name.split()[0]), max(0, m.start() - 60), m.start() + 1)
        start = start if start >= 0 else m.start()
        if not (_TELLS_BEFORE.search(folded[max(0, start - 120) : start]) or _TELLS_AFTER.match(folded[m.end() :])):
            return False
        if _LEADS_THE_DOERS.search(folded[m.end() : m.end() + 120]):
            return False  # "Abubakar Shekau said in a video that his fighters attacked": their leader
    return True


_LEADS_THE_DOERS = re.compile(
    r"\b(?:claim\w*|his (?:fighters|men|forces|group)|our (?:fighters|men)|we |revendiqu\w*|ses (?:hommes|combattants))",
    re.I,
)


#: an office alone, as the model copies it from "Dramane Simbara, maire de la commune": the
#: one who speaks of the attack, never a side of it
_TITLE_ONLY = re.compile(
    r"^(?:the\s+|les?\s+|la\s+|l['’]|an?\s+)?"
    # whose office, in a word or two: "U.S. official", "a senior Somali official"
    r"(?:(?:[\w.'’-]+\s+){1,2}(?=(?:officials?|spokes(?:man|woman|person)|ministers?|governors?)$))?(?:mayor|maire|governor|gouverneur|prefect|pr[ée]fet|minister|ministre|spokes(?:man|woman|person)"
    r"|porte-parole|witness|t[ée]moin|journalist|journaliste|reporter|correspondent|correspondant|official|responsable"
    r"|elder|chief|chef de village|village chief|notable"
    # a service that comes after the deed: "Emergency services spokesman Geoffrey Boukoru"
    r"|emergency services?|rescue (?:services?|workers?|teams?)|rescuers|fire (?:services?|brigades?|fighters?)"
    r"|firefighters|paramedics|ambulance (?:services?|workers?)|sapeurs-pompiers|pompiers|secouristes"
    r"|services de secours)s?$",
    re.I,
)


#: people who meet and talk, with their qualifiers: "African foreign ministers", "UN diplomats"
_TALKERS = re.compile(
    r"^(?:the\s+|les\s+)?(?:[\w'’.-]+\s+){0,3}?(?:ministers|diplomats|negotiators|mediators|delegates|delegations"
    r"|envoys|lawmakers|legislators|ministres|diplomates|m[ée]diateurs|d[ée]l[ée]gu[ée]s)$",
    re.I,
)


def a_title_only(mention: str) -> bool:
    """Whether ``mention`` is only an office or a witness, no force or group ("Maire"), or
    people who meet and talk ("African foreign ministers"): a meeting's members fight nobody."""
    name = mention.strip()
    return bool(_TITLE_ONLY.match(name) or (_TALKERS.match(name) and not _GROUP_WORDS.search(name)))


__all__ = ["a_speaker_only", "a_title_only"]
