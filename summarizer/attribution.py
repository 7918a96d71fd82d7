"""Who gives a figure: the attribution a sentence (or clause) carries, in English and French.

A death toll is cited with its source ("the army said", "according to the UN", "selon
des sources locales"); the model loses it or hands it to the outlet. Code reads it from
the words: "according to X" first, then "X said", then ", said X". Only a source is kept:
a name, or a noun for one (army, officials, residents, a statement); pronouns ("he said")
and sentence fragments ("a first tally", "the death of one of its commanders") are not.
"""

from __future__ import annotations

import re

from .folding import fold

# --- attribution -------------------------------------------------------------------------

_SAY = (
    r"said|says|say|told|reported|reports|announced|stated|claimed|claims|confirmed|added|estimated|estimates|put"
    r"|according to|a indiqué|a déclaré|a affirmé|a annoncé|ont indiqué|ont déclaré|ont affirmé|a précisé|indique"
    r"|affirme|selon|d['’]après|de source|affirment|indiquent|rapportent|assurent|témoignent"
)
_ACCORDING = re.compile(
    r"\b(?:according to|citing|selon|d'après|d’après|cited by|reported by|claimed by|a statement (?:by|from)"
    r"|un communiqué (?:de|du|des)"
    # "C'est ce qu'affirment des témoins": the sentence after the figure names its source
    r"|c['’]est ce qu['’](?:affirment|indiquent|rapportent|disent|assurent|déclarent|affirme|indique|rapporte|dit"
    r"|(?:a|ont) (?:affirmé|indiqué|déclaré|annoncé|rapporté|dit)))\s+(?P<who>[^,.;:]{2,80})",
    re.I,
)
_SAID_BY = re.compile(
    r"(?:[,\"“”»]\s*)+(?P<verb>said|says|told \w+|added|rapporte|rapportent|(?:a|ont) (?:indiqué|déclaré|affirmé|annoncé|précisé"
    r"|expliqué|ajouté|confié|raconté|assuré|souligné)(?:\s+(?:à|au|aux)\s+(?:l['’]|la\s+|le\s+)?[\w-]+"
    r"(?:\s+(?:Afrique|Africa|News|Somali|Bambara|Hausa|Swahili|Français|French|Service))*)?)"
    # the day and the medium between the verb and the speaker: "a précisé mercredi à la
    # télévision nationale Siméon Sawadogo", "a expliqué à VOA Afrique dans une interview, le maire"
    r"(?:\s*,?\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|à la (?:télévision|radio)(?: nationale| publique| d['’][ÉE]tat)?"
    r"|à la presse|aux journalistes|dans une interview|dans un entretien|lors d['’]une conférence de presse"
    r"|in an interview|in a statement|dans un communiqué))*,?"
    r"\s+(?P<who>(?:the |an? |l'|l’|le |la |les |un |une )?"
    r"[^,.;:]{2,80}?)(?:\s+(?:on|in|late|early|last|this|mardi|lundi|mercredi|jeudi|vendredi|samedi|dimanche|à|au|to)\b|[,.;:]|$)",
    re.I,
)
_WHO_SAID = re.compile(
    r"(?P<who>(?:the |an? |le |la |les |l'|l’)?(?:(?:al-|el-)?[A-Z][\w'’.-]*|army|military|police|officials?|residents?|witnesses"
    r"|sources?|authorities|spokes\w+|governor|mayor|hospital|doctors?|medics?|group|ministry|government"
    r"|minist[èe]re|armée|gouvernement|autorités|gendarmerie|habitants|témoins|[ée]tat-major"
    r"|militants?|rebels?|outlets?|media|television|activists|reports|observatory|monitor|monitoring group"
    r"|coalition|alliance|mission|command|commanders?|statement)(?:[ -](?:[A-Za-z][\w'’.-]*)){0,6}?)(?:,\s+in\s+an?\s+(?:[\w-]+\s+)?statement,)?\s+(?:also\s+|later\s+|now\s+|has\s+|have\s+|had\s+)*(?:said|says|say|told|tells?|reported|reports|are reporting|is reporting|were reporting|announced"
    # "al-Shabab has claimed responsibility for two bombings that killed at least 14": the
    # group owns the attack, not the toll
    r"|(?:claimed|claims|claim)(?!\s+(?:responsibility|credit|the\s+li(?:fe|ves)|li(?:fe|ves)|\d))"
    r"|confirmed|estimated(?!\s+at\s+(?:around|about|some|roughly|nearly|\d))|put the|stated|a indiqué|a déclaré|a affirmé|ont indiqué|ont déclaré|affirme|indique"
    r"|affirment|indiquent|rapportent|assurent|déclarent|précisen?t?"
    # "le ministère de la défense parle d'« un malheureux accident » au cours duquel 12 personnes"
    r"|parlen?t?(?=\s+d['’e])|évoquen?t?|f(?:ai|on)t\s+état(?=\s+d['’e])|speaks? of|spoke of|talks? of|talked of"
    # "Le groupe de l'État islamique a revendiqué la tuerie de plus de 50 soldats": the
    # group claims the dead themselves, not only the attack
    r"|(?:a|ont) revendiqué(?=\s+(?:la tuerie|le meurtre|l['’]assassinat|avoir tué|la mort)))\b",
)
#: "A journalist with Le Citoyen newspaper in Bangui, who preferred not to be named, said":
#: the subject, an aside on who they are, the verb
_WHO_ASIDE_SAID = re.compile(
    r"^\W*(?P<who>[^,;:\"“”]{3,80}?),\s+(?:who|qui)\s+[^,;:]{3,80},\s+(?:also\s+)?"
    r"(?:said|says|told|tells|added|reported|a indiqué|a déclaré|a affirmé|a précisé)\b"
)
#: "United Nations peacekeepers who conducted patrols in Malakal over the weekend said": the
#: subject before a relative clause without commas, not the clause's last words
_WHO_DID_SAID = re.compile(
    r"^\W*(?P<who>[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,5}?)\s+who\s+(?!said|says|told)[^,;:\"“”]{3,80}?\s+"
    r"(?:said|says|told|reported)\b"
)
#: "Among them is Bruno Ngeh, who said his family of nine was killed": a named person speaks
#: in the relative clause
_NAME_WHO_SAID = re.compile(
    r"(?P<who>(?:[A-Z][\w'’.-]+\s+){0,3}[A-Z][\w'’.-]+),\s+(?:who|qui)\s+(?:said|says|told|tells|a dit|a déclaré"
    r"|a affirmé|a indiqué|a raconté|a expliqué)\b"
)
#: "Andriy Yermak, head of Ukraine's Presidential Office, said": a name, its title, the verb
_NAME_TITLE_SAID = re.compile(
    r"(?P<who>(?!(?:In|On|At|From|Near|Dans|En|Au|Aux|À|Selon)\b)(?:[A-Z][\w'’.-]+ ){1,3}[A-Z][\w'’.-]+, (?:an? |the |le |la |l'|l’)?[a-z][^,;:\"“”]{2,70}),\s+"
    r"(?:also\s+)?(?:said|says|told|added|announced|confirmed|a indiqué|a déclaré|a affirmé|a annoncé|a précisé)\b"
)
#: "The governor of Jonglei state, Kuol Manyang, said": a title, the name, the verb
_TITLE_NAME_SAID = re.compile(
    r"^\W*(?P<who>(?!(?:In|On|At|From|Near|After|Before|Dans|En|Au|Aux|À|Selon)\b)(?=[^,]{0,80}\s[a-z])"
    # the title may end on a name: "The medical director of Mogadishu's Medina Hospital, Abdulkadir Husein Mohamed, told"
    r"(?:[A-Za-z][\w'’.-]* ){0,8}?[A-Za-z][\w'’.-]*, (?:[A-Z][\w'’.-]+ ){0,3}[A-Z][\w'’.-]+),\s+"
    r"(?:also\s+)?(?:said|says|told|added|announced|confirmed|a indiqué|a déclaré|a affirmé|a annoncé|a précisé)\b"
)
#: "a-t-on appris de source officielle", "selon des sources sécuritaires": a source named by its kind
_KIND_OF_SOURCE = re.compile(
    r"\b(?:de|d['’]une?|auprès d['’]une?|auprès de|from)\s+(?P<who>(?:sources?\s+(?:officielle|sécuritaire|locale"
    r"|militaire|médicale|hospitalière|humanitaire|policière|gouvernementale|diplomatique|concordante|onusienne"
    r"|administrative)s?)|(?:official|security|military|local|medical|hospital|police|government|diplomatic)"
    r"\s+sources?)\b",
    re.I,
)
#: "Sri Lanka's military rejected the rebels' account, saying just seven soldiers were
#: killed": the sentence's subject speaks through the participle
#: "Al-Shabab claimed responsibility for the attack and said they ... killed 31 soldiers": the
#: group that claimed the attack says the figure
_CLAIMED_AND_SAID = re.compile(
    r"^\W*(?P<who>(?:[Tt]he\s+)?(?:al-|el-)?[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,4}?)\s+(?:has\s+|have\s+)?"
    r"(?:claimed|claims|claim)\s+(?:responsibility|credit)\b[^.;]{0,80}?\band\s+(?:said|says|say)\b"
)
_SUBJECT_SAYING = re.compile(
    r"^\W*(?P<who>(?:[Tt]he\s+)?(?:[A-Z][\w'’.-]*|army|military|police|officials)(?:\s+[\w'’.-]+){0,5}?)\s+"
    r"(?:rejected|denied|disputed|dismissed|contradicted|countered|responded|replied|confirmed|issued|released"
    r"|revised|updated|raised|lowered|put|gave|said|says|offered|provided|presented|published|had|a rejeté|a démenti"
    # "the churches decried the killing in services Sunday, saying at least 29 civilians"
    r"|condemned|decried|denounced|deplored|mourned|a condamné|a dénoncé|ont condamné|ont dénoncé"
    r"|a publié|a confirmé|a donné|a livré)\b[^.;]*?,\s+"
    r"(?:saying|adding(?!\s+to\b)|claiming|stating|affirmant|précisant|ajoutant|indiquant|assurant)\b"
)
#: "Afghan media quoted unnamed sources as saying the attack left 15 dead": the outlet
#: that quotes them is the one the reader can name
_QUOTED_AS_SAYING = re.compile(
    r"^\W*(?P<who>(?:[Tt]he\s+|[Bb]ut\s+|[Aa]nd\s+)?(?:[A-Z][\w'’.-]*|media|officials)(?:\s+[\w'’.-]+){0,4}?)\s+"
    r"(?:quoted|cited|citing|quoting)\s+[^.;]{0,80}?\bas\s+(?:saying|stating)\b"
)
#: "U.S. State Department spokesman Vedant Patel issued a statement saying ...": the
#: subject speaks through the statement
_STATEMENT_SAYING = re.compile(
    r"^\W*(?P<who>(?:[Tt]he\s+)?(?:[A-Z][\w'’.-]*|army|military|police|officials)(?:\s+[\w'’.-]+){0,6}?)\s+"
    r"(?:issued|released|put out|published|a publié|a diffusé)\s+(?:a|an|un|une)\s+(?:[\w-]+\s+)?"
    r"(?:statement|communiqu[ée])\s+(?:saying|stating|that|which said|affirmant|indiquant|disant)\b"
)
#: "Le gouvernement burkinabè a finalement revu de 16 à 46 le nombre de morts", "The
#: ministry raised the death toll to 30": the subject that revised the toll gives it
_SUBJECT_REVISED = re.compile(
    r"^\W*(?P<who>(?:[Tt]he\s+|L[ea]\s+|Les\s+|L['’])?(?:[A-Z][\w'’.-]*|army|military|police|officials|government"
    r"|gouvernement|armée)(?:\s+[\w'’.-]+){0,5}?)\s+(?:has\s+|have\s+|a\s+|ont\s+)?(?:finally\s+|finalement\s+|now\s+"
    r"|désormais\s+)?(?:revised|raised|updated|lowered|revu|révisé|relevé|porté|actualisé)\b"
)
_OFFICIAL_TOLL = re.compile(
    r"\b(?:(?:the\s+)?official\s+(?:death\s+)?(?:toll|count|figures?|tally)|(?:le\s+|un\s+)?bilan\s+officiel)\b", re.I
)
#: a toll cited by whose count it is: "selon un bilan gouvernemental", "according to a military toll"
_OWNED_TOLL = re.compile(
    r"\b(?:according to|selon|d['’]apr[èe]s|citing)\s+(?:a|an|the|un|le)\s+(?:(government|official|military|army|police"
    r"|U\.?N\.?)\s+(?:death\s+)?(?:toll|tally|count)|bilan\s+(gouvernemental|officiel|militaire|de l['’]arm[ée]e"
    r"|du gouvernement|de la police|des autorit[ée]s))\b",
    re.I,
)
_TOLL_OWNERS = {
    "gouvern": "government", "du gouvern": "government", "government": "government", "official": "officials",
    "officiel": "officials", "des autorit": "officials", "military": "army", "militaire": "army", "army": "army",
    "de l": "army", "police": "police", "de la police": "police", "u": "UN",
}  # fmt: skip
#: an outlet named between commas after its kind: "The French language newspaper, Le
#: Matin, reported", "the Arabic language, Al Khabar, newspaper reports"
_APPOSITIVE_SOURCE = re.compile(
    r"\b(?:newspapers?|daily|dailies|paper|agency|radio|television|station|weekly|language|journal|quotidien)\s*,\s*"
    r"(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s*,\s*(?:(?:newspaper|daily|paper|journal)\s+)?"
    r"(?:reported|reports|said|says|wrote|writes|quoted|quotes|claimed|claims|a rapporté|rapporte|écrit)\b"
)
#: a finite verb: the words after "said" are what was said, not who said it
_A_CLAUSE = re.compile(r"\b(?:was|were|is|are|has|have|had|took|takes|killed|died|will|would|could|can)\b", re.I)
_WEAK_WHO = re.compile(r"^(?:he|she|they|it|il|elle|ils|elles|who|which|that|this|we|i|on)$", re.I)
#: "“... 15 combatants,” he added": the speaker of the sentence before goes on
PRONOUN_SAID = re.compile(
    r"(?:[,\"“”»]\s*|^)(?:he|she|they|il|elle|ils|elles)\s+(?:also\s+)?(?:added|said|says|told \w+|continued"
    r"|a ajouté|a dit|a poursuivi|a précisé|ont ajouté)\b|\b(?:a-t-il|a-t-elle|ont-ils) (?:ajouté|dit|précisé)\b",
    re.I,
)
#: a source named again by what it said: "the same source", "The statement said 15 ..."
SAME_SOURCE = re.compile(
    r"^(?:same|même|meme) sources?$|^(?:cette|this|that) source$|^(?:the |this |that )?statement$"
    r"|^(?:le |ce )?communiqu[ée]$",
    re.I,
)
_TRAILING = re.compile(r"\s+(?:in|dans|on|via|through|par)\s+(?:a|an|the|un|une|le|la|son|sa|its|their)\b.*$", re.I)


def attribution(sentence: str) -> str | None:
    """Who a sentence says gives its figures, or None when it gives no source.

    "according to X" wins over "X said", which wins over ", said X": an inner source is
    the one that counted. A pronoun ("he said") is no claimant on its own.
    """
    # "M. Ali", "Dr. Jones": a title's dot ends no name (the patterns stop at a dot)
    sentence = _TITLE_DOT.sub(lambda m: m.group(1) + "_", sentence)
    if _title_case(sentence):
        # a headline capitalises its verbs: "Pakistani Taliban Claims It Beheaded 12 Soldiers"
        sentence = _HEADLINE_VERB.sub(lambda m: m.group(0).lower(), sentence)
    lead = _REPORTER_LEAD.match(sentence)
    # "As Todd Pitman reports from Bujumbura, officials say at least four-people died": the
    # outlet's reporter passes on the officials' count, who are its source; with no source
    # after it, the figure is the outlet's own
    who = _attribution(sentence[lead.end() :]) if lead else _attribution(sentence)
    return _TITLE_MARK.sub(r"\1.", who) if who else None


#: the outlet's own reporter introducing what a source says: "As Todd Pitman reports from
#: Bujumbura, ...", "V-O-A Moscow correspondent Eve Conant reports rebels say ..."
_REPORTER_LEAD = re.compile(
    r"^\W*(?:As\s+(?:[A-Z][\w'’.-]*\s+){1,3}reports?(?:\s+from\s+[^,]{1,40})?,\s*"
    r"|(?:[\w'’.-]+\s+){0,5}?(?:correspondent|reporter)\s+(?:[A-Z][\w'’.-]*\s+){1,3}reports\s+(?:that\s+)?)"
)


#: an abbreviated title before a name
_TITLE_DOT = re.compile(r"\b(M|Mr|Mrs|Ms|Mme|Mlle|Dr|Pr|Gen|Col|Lt|Sgt|Capt|Maj|Sen|Rep|Gov|Prof)\.(?=\s+[A-Z])")
_TITLE_MARK = re.compile(r"\b(M|Mr|Mrs|Ms|Mme|Mlle|Dr|Pr|Gen|Col|Lt|Sgt|Capt|Maj|Sen|Rep|Gov|Prof)_")


#: a statement verb as a headline writes it
_HEADLINE_VERB = re.compile(
    r"\b(?:Says|Said|Say|Claims|Claimed|Reports|Reported|Confirms|Confirmed|Announces|Announced|Tells|Told)\b"
)


def _title_case(sentence: str) -> bool:
    """Whether most words are capitalised, as in a headline (short words apart)."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", sentence) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


#: a source's count named for the source: "Police estimates", "army figures"
_ITS_COUNT = re.compile(r"\s+(?:estimates?|figures?|counts?|tall(?:y|ies))$", re.I)


def _attribution(sentence: str) -> str | None:
    owned = _OWNED_TOLL.search(sentence)
    if owned:
        # "selon un bilan gouvernemental", "according to a military toll": the toll's owner
        word = fold(next(g for g in owned.groups() if g)).lower()
        return next((_TOLL_OWNERS[k] for k in sorted(_TOLL_OWNERS, key=len, reverse=True) if word.startswith(k)), word)
    if _OFFICIAL_TOLL.search(sentence) and not _ACCORDING.search(sentence):
        # "le bilan officiel fait état de onze morts": the authorities' count, not the outlet's
        return "officials"
    named = _APPOSITIVE_SOURCE.search(sentence)
    if named:
        return named.group("who")  # "The French language newspaper, Le Matin, reported Tuesday that"
    for pattern in (
        _ACCORDING, _NAME_TITLE_SAID, _TITLE_NAME_SAID, _WHO_ASIDE_SAID, _WHO_DID_SAID, _NAME_WHO_SAID, _WHO_SAID, _SAID_BY,
        _SUBJECT_SAYING, _CLAIMED_AND_SAID,
        _STATEMENT_SAYING, _SUBJECT_REVISED, _QUOTED_AS_SAYING, _KIND_OF_SOURCE,
    ):  # fmt: skip
        for m in pattern.finditer(sentence):
            who = re.sub(r"\s+", " ", m.group("who")).strip(" \"'“”«»")
            who = _tidy(who)
            who = _TRAILING.sub("", who).strip()
            # "Police estimates say at least 39": the police's own count
            who = _ITS_COUNT.sub("", who) if _a_source_noun(_ITS_COUNT.sub("", who)) else who
            # "a battle on Monday in which both sides claim": the speaker follows the relative word
            who = re.split(r"\b(?:in which|during which|which|whom|where|when)\s+", who)[-1]
            if pattern is _SUBJECT_REVISED and not _a_source_noun(who):
                continue  # "The three U.N. workers raised the death toll to 59": the dead, not a source
            if pattern is _SAID_BY and _A_CLAUSE.search(who):
                continue  # "Malakhel, says the three-hour battle took place Thursday": what is said, not who
            if _usable(who):
                return who
    return None


#: words around a source that are not part of it: "But a witness told", "Local
#: authorities initially said", "la diffusion des propos d'un témoin qui a affirmé"
_LEADING_LINK = re.compile(
    r"^(?:but|and|yet|however|still|so|mais|et|or|cependant|pourtant)\s+"
    # "It also comes as U.S. Africa Command said": the news the sentence ties to, not the source
    r"|^(?:it|this|that)\s+(?:also\s+)?(?:comes?|came)\s+(?:as|after|amid)\s+",
    re.I,
)
_TRAILING_ADVERB = re.compile(
    r"\s+(?:initially|originally|first|also|later|earlier|previously|then|now|still|again|too|themselves|itself"
    r"|initialement|d['’]abord|aussi|également|ensuite|alors|qui|who|that"
    # "State media Tuesday said": the day it spoke, no part of the source
    r"|(?:on\s+|late\s+|early\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|aujourd['’]hui|hier))$",
    re.I,
)
#: the outlet a source spoke to, told around it: "à VOA Afrique un témoin", "une source
#: gouvernementale à VOA Afrique"
_OUTLET_BEFORE = re.compile(
    r"^(?:VOA|Voice of America)(?:\s+(?:Afrique|Africa|News|Somali|Bambara|Hausa|Swahili))?\s+(?=(?:un|une|le|la|les|des|a|an|the)\b)"
)
#: the outlet the source spoke to is not the source: "told VOA", "jointes par VOA Afrique",
#: "reached by VOA", "contacted by Voice of America"
_OUTLET_AFTER = re.compile(
    r"\s+(?:(?:à|to)|(?:jointe?s?|contactée?s?|interrogée?s?|reached|contacted|interviewed)\s+(?:par|by))\s+"
    r"(?:VOA|Voice of America)\b.*$"
)
_WORDS_OF = re.compile(
    r"^.*?\b(?:propos|paroles|déclarations|témoignage|words|account|remarks)\s+(?:d['’]|de|of)\s*", re.I
)


def _tidy(who: str) -> str:
    """The source alone: no article, link word, trailing adverb or "the words of"."""
    for _ in range(3):
        before = who
        who = _LEADING_LINK.sub("", who)
        who = _WORDS_OF.sub("", who)
        who = _OUTLET_AFTER.sub("", _OUTLET_BEFORE.sub("", who))
        # "un", "une", "des" only as French writes them: "UN investigation" keeps its UN
        who = re.sub(r"^(?:(?:[Tt]he|[Aa]n?|[Ll][ea]|[Ll]es|un|une|des|Des)\s+|[Ll]'|[Ll]’)", "", who).strip()
        who = _TRAILING_ADVERB.sub("", who).strip()
        if who == before:
            break
    return who


_FUNCTION_END = re.compile(r"\b(?:and|or|a|an|the|of|to|that|which|et|de|du|des|le|la|les|un|une)$")
_SOURCE_NOUN = re.compile(
    r"\b(?:army|military|police|officials?|residents?|witness\w*|sources?|authorit\w*|spokes\w+|government|ministry"
    r"|minister|group|militants?|rebels?|doctors?|hospital|medics?|monitor\w*|observatory|media|outlets?|television|tv"
    r"|agency|statement|commander|chief|governor|mayor|leader|prefect|activists?|survivors?|relatives|investigat\w*"
    r"|census|armée|groupe|gouvern\w*|habitants|témoins?|porte-parole|autorités|préfet|maire|minist[èe]re|ministre"
    r"|gendarmerie|responsables?|gouverneur|commandant|chef|état-major|[ée]tat-major"
    r"|communiqué|bilan|source|policem[ae]n|officers?|soldiers?|villagers|elders?|lawmakers?|journalists?|reporters?"
    r"|clerics?|nurses?|workers?|organi[sz]ations?|agenc\w+|committee|council|office|reports|journal|newspapers?"
    r"|quotidien|radio|correspondents?|correspondant|daily|sides|coalition|alliance|mission|command)\b",
    re.I,
)


def _a_source_noun(who: str) -> bool:
    """Whether a subject names a source by its head noun ("le gouvernement burkinabè",
    "the health ministry"), with no number (a count of victims is no source)."""
    if re.search(
        r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|un|deux|trois|quatre"
        r"|cinq)\b",
        who,
        re.I,
    ):
        return False
    return any(_SOURCE_NOUN.fullmatch(w) for w in re.findall(r"[\w'’.-]+", who)[:3])


def _usable(who: str) -> bool:
    """A claimant is a source: a name (capitalised) or a noun for one, not a pronoun or a
    fragment of the sentence ("coalition also", "death of one of its commanders")."""
    if not who or _WEAK_WHO.match(who) or re.fullmatch(r"(?:on|in)\b.*", who, re.I):
        return False
    # a title and the name after it ("medical director of Mogadishu's Medina Hospital, Abdulkadir Husein Mohamed") run longer
    if len(who.split()) > (10 if "," in who else 8) or _FUNCTION_END.search(who):
        return False
    if re.search(r"\b(?:were|was|is|are|been|being|été)$", who, re.I):
        return False  # "Six bombings were reported": a passive, no one who reports
    if re.search(r"\b(?:death|deaths|killed|attack|tally|toll|count|bilan|estimates?)\b", who, re.I):
        return False
    return bool(_SOURCE_NOUN.search(who) or re.search(r"\b[A-Z][\w'’.-]+", who))


#: a figure inside someone's claim: "refuting government claims on Saturday that 230 rebels
#: were killed", "denied army reports that 40 ...": the owner of the claims gives it, not the
#: subject who refutes it (up to three words and a day between the noun and "that")
_CLAIMS_THAT = re.compile(
    r"(?:^|\b(?:refut\w*|den\w+|reject\w*|dismiss\w*|disput\w*|contradict\w*|challeng\w*|question\w*|of|to|with"
    r"|despite|and|but)\s+)(?:the\s+|earlier\s+)?(?P<who>(?:[A-Z][\w'’.-]*\s+){0,3}?(?:[A-Z][\w'’.-]*|army|military"
    r"|government|police|officials?|authorities|ministry|rebels?|militants?|insurgents?|group)(?:['’]s?)?)\s+"
    r"(?:claims?|reports?|assertions?|allegations?|figures?|statements?)\s+(?:[^.;,\d]{0,40}?\s+)?that\s+"
    r"(?:[^.;,\d\s]+\s+){0,3}$"
)


def claims_owner(before: str) -> str | None:
    """Who owns the claim a figure is told inside, read from the words just before the
    figure, or None. The refuting subject is the other side of a dispute: its own count is
    told apart ("say only 15 of their cadres"), the figure after "claims that" is not its."""
    m = _CLAIMS_THAT.search(before)
    if not m:
        return None
    who = _tidy(re.sub(r"['’]s?$", "", m.group("who")).strip())
    return who if _usable(who) else None


ONLY_ATTRIBUTION = re.compile(rf"^\W*(?:[^.]{{0,80}}\b(?:{_SAY})\b[^.]{{0,80}})$", re.I)
#: a sentence that opens on its source telling an act: "Officials say ... fighters attacked"
_SOURCE_TELLS_IT = re.compile(
    r"^(?:[A-Z][\w'’.-]*\s+)(?:[\w'’.-]+\s+){0,4}?(?:say|says|said)\s+(?:that\s+)?(?:[^.;]{0,80}?\b(?:attacked|ambushed"
    r"|stormed|raided|struck|hit|opened fire|fired on|shelled|bombed)\b"
    # "Afghan officials said the assault in Pul-e-Khumri ... began around midday Sunday" (not
    # "say the Hezbollah attack was unprovoked": a word on the act, not its telling)
    r"|the\s+(?:[\w-]+\s+){0,2}?(?:attack|assault|raid|ambush|bombing|blast|explosion|siege)\b[^.;]{0,80}?"
    r"\b(?:began|started|took place|happened|occurred|unfolded)\b)",
)
#: the sentence's own dead or numbers: then it tells its own toll, not the one before it
_OWN_DEAD = re.compile(r"\b(?:kill\w*|dead|died|deaths?|bodies|tu[ée]s?|morts?)\b|\d", re.I)


def source_telling_the_act(sentence: str) -> str | None:
    """The source of a toll given without one, when the next sentence opens on a source
    telling the act again with no dead of its own ("... has killed four police officers.
    Officials say a large number of Taliban fighters attacked several security checkpoints")."""
    if not _SOURCE_TELLS_IT.match(sentence) or _OWN_DEAD.search(sentence):
        return None
    return attribution(sentence)


#: a sentence that hands the one before it to its source: "C'est ce qu'affirment des
#: témoins", "That is according to local officials"
POINTS_BACK = re.compile(
    r"^\W*(?:c['’]est ce qu|that['’]s (?:according to|what)|that is (?:according to|what)|this is according to)", re.I
)

#: a source that only looks into others' figures: "said it was investigating claims that ..."
_INVESTIGATES = re.compile(
    r"\b(?:is|was|are|were|had been|has been)\s+(?:\w+\s+)?(?:investigating|looking into|probing|examining|reviewing"
    r"|checking|trying to verify|seeking to verify)\s+(?:the\s+)?(?:claims?|reports?|allegations?|accounts?)\b",
    re.I,
)
#: who first gave the figures looked into: "first reported by the Syrian Observatory for Human Rights"
_REPORTED_BY = re.compile(
    r"\b(?:first\s+|initially\s+|originally\s+)?(?:reported|made|raised|given)\s+by\s+(?:the\s+)?(?P<who>[A-Z][^,.;()]{2,80})"
)


def source_of_investigated(sentence: str, following: list[str]) -> str | None:
    """Who gives the figures a sentence says are being looked into ("The U.S. Central Command
    said Saturday that it was investigating claims that a U.S.-led airstrike ... killed at
    least 52 civilians"): the one the next sentences say first reported them, else the
    claims themselves; None when the sentence investigates nothing. The investigator is
    never the claimant."""
    if not _INVESTIGATES.search(sentence):
        return None
    for text in [sentence, *following]:
        m = _REPORTED_BY.search(text)
        if m:
            return m.group("who").strip()
    return "unconfirmed reports"
