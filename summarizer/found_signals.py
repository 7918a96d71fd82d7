"""The words that tell a sentence is one more event of a story, for the events code finds
in the text (``found_in_text.py``).

Why apart: they are the lexicon of that finder (English and French), read and extended
on their own, while the finder holds the logic that weighs them against the coded events.
"""

from __future__ import annotations

import re

#: words that tell a sentence is one more event of the story ("a third attack took place
#: overnight in Mopti", "Et à Gossi, ... une patrouille est tombée dans une embuscade")
ANOTHER = re.compile(
    r"\b(?:(?:first|second|third|fourth|another|separate|new|more|further|other|fresh|similar)\s+(?:attacks?|assaults?|ambush(?:es)?|clash(?:es)?"
    r"|strikes?|raids?|bombings?|explosions?|blasts?|incidents?|bases?|facilit(?:y|ies)|posts?|checkpoints?|convoys?|patrols?)|premi[èe]re attaque|deuxi[èe]me attaque|troisi[èe]me attaque"
    r"|une autre attaque|une nouvelle attaque|seconde attaque)\b"
    r"|^(?:Et à|Et au|Also in|Elsewhere|Ailleurs|Par ailleurs|In another|In a separate|Separately"
    r"|(?:Hours|Minutes|A few hours|Shortly) later|Quelques heures plus tard|Peu apr[èe]s)\b"
    # "ambushed another military facility", "another suicide attack"
    r"|\banother\s+(?:[\w-]+\s+){1,2}?(?:attacks?|assaults?|ambush|raids?|bombings?|bases?|facilit(?:y|ies)|posts?"
    r"|checkpoints?|convoys?|patrols?)\b"
    # "Shelling by government forces was also reported in Daraa"
    r"|\b(?:was|were) also reported\b|\balso (?:attacked|struck|hit|raided|shelled|bombed|stormed)\b",
    re.I,
)


#: one more device of an attack already told ("a second bomb exploded", "une seconde
#: explosion"): an event of its own at that scene
ONE_MORE_DEVICE = re.compile(
    r"\b(?:(?:a|the)\s+(?:second|third|fourth|fifth|another)|another)\s+(?:(?:car|truck|suicide|roadside|fatal|deadly|powerful)\s+){0,2}"
    r"(?:bombs?|bombings?|blasts?|explosions?|bombers?|explosive devices?)\b"
    r"|\bune?\s+(?:deuxi[èe]me|seconde?|autre|troisi[èe]me)\s+(?:bombe|explosion|kamikaze|d[ée]flagration)\b",
    re.I,
)


def one_more_device(sentence: str) -> bool:
    """Whether the sentence tells one more blast or bomber of an attack told before."""
    return bool(ONE_MORE_DEVICE.search(sentence))


#: the words after a name that make it a region ("Narathiwat province")
REGION_WORDS = r"(?:provinces?|regions?|states?|governorates?)\b"

#: a sentence that opens on its own place ("In northern Gaza, ...", "À Gao, ..."): news
#: moves to another scene that way
OPENS_IN = re.compile(
    r"^(?:In|At|Near|Dans|À|Au|En|Près de)\s+(?:the\s+|la\s+|le\s+|l['’])?(?:[a-z]+ern\s+|nord\s+de\s+|sud\s+de\s+)?"
    r"[A-Z][^,]{1,40},"
)


#: a bulletin's next item, opened on its own day: "Also on Thursday, security forces said at
#: least 10 militants were killed", "Earlier Sunday, ...", "Aussi mardi, ..."
ALSO_ON_A_DAY = re.compile(
    # "On Friday, four government soldiers and six rebels died in fighting ...": a sentence
    # that opens on its own weekday tells that day's happening ("On Saturday, witnesses
    # said ...": a statement's day, no happening's)
    r"(?:(?:Also|Earlier|Later|In other violence|Elsewhere|Separately|Aussi|Par ailleurs|Plus t[ôo]t)\b,?\s+|On\s+(?=\w+,(?![^.;,]{0,60}?\b(?:said|says|told|reported|announced|confirmed|claimed)\b)))"
    r"(?:(?:late|early|on|le|dans la nuit de)\s+){0,2}(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b"
)


#: an attack told as one more, with the indefinite article: "launched a dawn attack on a
#: military base", "claimed a killing", "a raid"
AN_ATTACK_TOLD = re.compile(
    r"\b(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:attack|raid|ambush|assault|killing|bombing|offensive)\b", re.I
)


#: a sentence that adds to what was told ("also", "aussi", "également")
ALSO = re.compile(r"\b(?:also|aussi|également)\b", re.I)


#: a town held "now": the day it was said is the day it is held
NOW = re.compile(r"\b(?:now|désormais|maintenant)\b", re.I)


#: a sentence that goes back to the attacks just told ("in those attacks", "during the
#: raids", "dans ces attaques"): its toll is theirs
BACK_TO_THEM = re.compile(
    r"\b(?:in|during|from|by)\s+(?:those|these|the)\s+(?:\w+\s+)?(?:attacks|raids|assaults|killings|massacres)\b"
    r"|\b(?:dans|lors de|pendant)\s+ces\s+(?:attaques|raids|assauts|tueries|massacres)\b",
    re.I,
)


#: a court's judgement of killings done before, no killing told: "a military court ...
#: handed down death sentences for five militants accused of killing several people"
JUDGED = re.compile(r"\b(?:court|tribunal)\b[^.]{0,80}\b(?:sentenc\w*|convict\w*|condamn\w*)", re.I)

#: a death no fight caused: "Three were killed in a road accident near Balad", "died of natural causes"
NO_FIGHT_DEATH = re.compile(
    r"\bnon-?\s?combat\b|\bnatural causes\b|\billness\b|\bheart attack\b|\b(?:road|traffic|car) accident\b"
    r"|\b(?:plane|helicopter) crash\b|\bhors combat\b|\baccident de la route\b",
    re.I,
)

__all__ = [
    "JUDGED",
    "NO_FIGHT_DEATH",
    "ALSO",
    "ALSO_ON_A_DAY",
    "ANOTHER",
    "BACK_TO_THEM",
    "NOW",
    "ONE_MORE_DEVICE",
    "OPENS_IN",
    "REGION_WORDS",
    "one_more_device",
]


#: a killing told as the cause of the news ("in retaliation for a Hamas suicide bombing in
#: Jerusalem that killed at least 20 Israelis"): an earlier event, not one more of the day
_AS_A_CAUSE = re.compile(
    r"\b(?:in (?:retaliation|revenge|reprisal|response) (?:for|to)|to avenge|avenging|en (?:représailles|riposte) (?:à|de)"
    # "were apparently seeking revenge for the death of 19 soldiers"
    r"|(?:revenge|retribution|vengeance) (?:for|over)"
    # "Indian officials link the fresh violence in Kashmir to the killing of a top rebel commander"
    r"|\blink(?:s|ed)?\b[^.;]{0,60}?\bto\s+(?:the\s+)?(?:killing|death|assassination|slaying)s?\s+of)"
    r"\b[^.;]*$",
    re.I,
)


def told_as_a_cause(before_figure: str) -> bool:
    """Whether the words before a figure, in its sentence, tell its killing as what the
    news answered."""
    return bool(_AS_A_CAUSE.search(before_figure))
