"""Numbers as news stories write them: digits ("1,436"), words in English and French
("twenty-one", "vingt et une", "quatre-vingt-douze") and spoken round figures ("13-hundred",
"1.5 million"). ``NUMBER`` is the pattern every figure reader uses, ``word_value`` its value;
what a number counts is the readers' business (``fatalities``, ``deaths``)."""

from __future__ import annotations

import re

_EN_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
             "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
             "nineteen"]  # fmt: skip
_EN_TENS = {20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy", 80: "eighty",
            90: "ninety"}  # fmt: skip
_FR_UNITS = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
             "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"]  # fmt: skip  # noqa: E501
_FR_TENS = {20: "vingt", 30: "trente", 40: "quarante", 50: "cinquante", 60: "soixante"}


def _build_words() -> dict[str, int]:
    words: dict[str, int] = {}
    for n, w in enumerate(_EN_UNITS):
        words[w] = n
    for t, w in _EN_TENS.items():
        words[w] = t
        for u in range(1, 10):
            words[f"{w}-{_EN_UNITS[u]}"] = t + u
            words[f"{w} {_EN_UNITS[u]}"] = t + u
    for n, w in enumerate(_FR_UNITS):
        if w != "un":  # "un" is mostly the article ("un porte-parole"); kept inside "vingt et un"
            words[w] = n
    for t, w in _FR_TENS.items():
        words[w] = t
        for u in range(1, 10):
            joiner = " et " if u == 1 else "-"
            words[f"{w}{joiner}{_FR_UNITS[u]}"] = t + u
            if u == 1:  # "vingt-et-un", and the feminine "vingt et une personnes"
                words[f"{w}-et-un"] = t + 1
                words[f"{w} et une"] = t + 1
                words[f"{w}-et-une"] = t + 1
    # 70-79: soixante-dix, soixante et onze, soixante-douze ... ; 80-99: quatre-vingt(s)...
    for u in range(0, 10):
        words["soixante" + (" et " if u == 1 else "-") + _FR_UNITS[10 + u]] = 70 + u
        words["quatre-vingt" + ("s" if u == 0 else "-" + _FR_UNITS[u])] = 80 + u
        words["quatre-vingt-" + _FR_UNITS[10 + u]] = 90 + u
    words["soixante-et-onze"] = 71
    words["quatre-vingt"] = 80
    words["hundred"] = 100
    words["a hundred"] = 100
    words["one hundred"] = 100
    words["cent"] = 100
    words["a dozen"] = 12
    words["half a dozen"] = 6
    # "nearly two dozen cadets": 24, not the "two" before the noun of twelve
    for n, w in enumerate(("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"), start=2):
        words[f"{w} dozen"] = 12 * n
    return words


_WORDS = _build_words()
_WORD_ALT = "|".join(re.escape(w) for w in sorted(_WORDS, key=len, reverse=True) if w not in ("zero", "zéro"))
#: "13-hundred", "1.5 million", "2 thousand": VOA's spoken style for large round figures
_SCALED = r"\d+(?:\.\d+)?[- ](?:hundred|thousand|million)(?![\w-])"
#: "10.000", "10 000": thousands as French prints them ("plus de 10.000 morts")
_FRENCH_THOUSANDS = r"(?<![\d.,])\d{1,3}(?:[. ]\d{3})+(?![\d]|[.,]\d)"
#: "one-thousand-500", "two-thousand", "three hundred and fifty": a number word times a
#: hundred or a thousand, with the rest after it (VOA's scripts spell figures out so)
_SMALL = "|".join(
    re.escape(w) for w in sorted((w for w, v in _WORDS.items() if 1 <= v <= 99 and " " not in w), key=len, reverse=True)
)
_WORD_SCALED = (
    rf"(?:{_SMALL}|a)[- ](?:hundred|thousand|mille|millions?)(?:[- ](?:and[- ])?(?:(?:{_SMALL})[- ]hundred(?:[- ](?:and[- ])?(?:{_SMALL}))?"
    rf"|(?:{_SMALL})(?![\w-])|(?<=-)\d{{1,3}}(?!\d)))?"
)
_DIGITS = rf"{_SCALED}|\d{{1,3}}(?:[,\u202f\u00a0]\d{{3}})+|{_FRENCH_THOUSANDS}|\d+"
#: people counted with a hyphen, as VOA's scripts write them ("At least five-people were
#: killed"); any other word after a hyphen makes a compound ("a five-year-old boy")
_PEOPLE_AFTER_HYPHEN = (
    r"(?:people|persons|civilians|soldiers|troops|militants|rebels|policemen|police|officers|others|men|women|children"
    r"|villagers|passengers|insurgents|guerrillas|gunmen|attackers)"
)
NUMBER = rf"(?:{_DIGITS}|(?<![\w-])(?:{_WORD_SCALED})(?![\w-])|(?<![\w-])(?:{_WORD_ALT})(?!\w)(?!-(?!{_PEOPLE_AFTER_HYPHEN}\b)))"
UNIT_AFTER = (
    r"\s*(?:km|kilomet|kilometre|mile|meter|metre|m\b|%|percent|per cent|hour|day|year|month|week|minute"
    r"|a\.m|p\.m|h\b|heure|jour|an\b|ans\b|mois|semaine|minute|st\b|nd\b|rd\b|th\b|e\b|ème)"
)


#: "both attackers were killed", "killing both pilots", "both of the vehicle's occupants": two people, when "both" heads a noun
#: of people on its own ("both soldiers and civilians" is a pair of groups, not a count)
BOTH_PEOPLE = (
    r"both(?=\s+(?:of\s+)?(?:the\s+|them\b)?(?:[\w-]+['’]s\s+)?(?:(?:suspected|alleged|other|French|foreign|local)\s+)?"
    r"(?:attackers|assailants|gunmen|bombers|militants|rebels|hostages|soldiers|men|women|pilots|journalists"
    r"|policemen|officers|brothers|victims|suspects|workers|occupants|passengers|drivers|guards|them)\b(?!\s+(?:and|or)\b))"
)


#: one kin of a person just named ("a lawmaker and his son", "an activist and a relative"): two dead
KIN_OF_ONE = (
    r"(?:(?:a|an|one)\s+(?:relative|family member|companion|colleague|friend)\b(?!\s+(?:and|or)\b)"
    r"|(?:his|her)\s+(?:son|daughter|wife|husband|brother|sister|father|mother|nephew|niece|cousin|grandson"
    r"|granddaughter|child|bodyguard|driver)\b(?!\s+(?:and|or)\b|['’]s|,))"
)


_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}


def word_value(token: str) -> int | None:
    t = token.strip().lower().replace("\u202f", "").replace("\u00a0", "").replace(",", "")
    if t.isdigit():
        return int(t)
    if re.fullmatch(r"\d{1,3}(?:[. ]\d{3})+", t):
        return int(re.sub(r"[. ]", "", t))
    scaled = re.fullmatch(r"(\d+(?:\.\d+)?)[- ](hundred|thousand|million)", t)
    if scaled:
        return round(float(scaled.group(1)) * _SCALES[scaled.group(2)])
    if re.search(r"\b(?:hundred|thousand|mille|millions?)\b", t) and t not in _WORDS:
        return _spelled_value(t)
    return _WORDS.get(t)


def _spelled_value(t: str) -> int | None:
    """ "one-thousand-500" -> 1500, "three hundred and fifty" -> 350 (see ``_WORD_SCALED``)."""
    parts = [p for p in re.split(r"[- ]+", t) if p and p != "and"]
    total, current, i = 0, 0, 0
    while i < len(parts):
        word = parts[i]
        if i + 1 < len(parts) and f"{word}-{parts[i + 1]}" in _WORDS and word in _EN_TENS.values():
            word, i = f"{word}-{parts[i + 1]}", i + 1  # "twenty-five"
        if word == "hundred":
            current = (current or 1) * 100
        elif word in ("thousand", "mille"):
            total, current = total + (current or 1) * 1000, 0
        elif word in ("million", "millions"):  # "more than two million people have died"
            total, current = (total + (current or 1)) * 1_000_000, 0
        elif word == "a":
            current = 1
        elif word.isdigit():
            current += int(word)
        elif word in _WORDS:
            current += _WORDS[word]
        else:
            return None
        i += 1
    return total + current


__all__ = ["BOTH_PEOPLE", "KIN_OF_ONE", "NUMBER", "UNIT_AFTER", "word_value"]
