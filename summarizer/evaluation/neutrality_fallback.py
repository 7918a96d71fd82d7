"""A minimal summary neutrality check, used only when ``summarizer.neutrality`` is absent.

Deliberately crude so it can be replaced without regret:

- loaded words: FORMAT.md's list, matched as whole words outside any quotation marks
  (a quotation is taken to be attributed: this stand-in does not look for the speaker);
- unsupported figures: numbers (digits, or number words up to "hundred") in the summary
  that do not occur in the article; four-digit years are ignored, since summaries may
  add the year from the article's metadata;
- unattributed figures: a death figure in a sentence with no attribution verb
  ("said", "claimed", "according to", ...).

Numbers next to a month name ("July 22-27", "22 July") are dates, not figures.
"""

from __future__ import annotations

import re

from summarizer.schema import SummaryCheck

LOADED = re.compile(
    r"\b(terrorists?|terror|neutrali[sz]ed|eliminated|martyrs?|heroic|cowardly|barbaric|savage|"
    r"liberated|crusaders?|infidels?|puppets?)\b",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|«[^»]*»")
_WORDS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
]
NUMBER_WORDS = {w: i for i, w in enumerate(_WORDS)} | {
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
}
_NUMBER = re.compile(r"\b\d[\d,]*\b|\b(?:" + "|".join(NUMBER_WORDS) + r")\b", re.IGNORECASE)
_DEATH = re.compile(r"\b(kill|dead|death|died|die|lost|toll|bodies|massacre)", re.IGNORECASE)
_ATTRIBUTION = re.compile(
    r"\b(said|says|say|claim|claimed|claims|according|reported|reports|told|stated|announced|"
    r"estimated|put the toll|counted)\b",
    re.IGNORECASE,
)
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec"
)
_NEAR_MONTH_BEFORE = re.compile(r"\b(" + _MONTHS + r")\.?\s*(\d+\s*[-–]\s*)?$", re.IGNORECASE)
_NEAR_MONTH_AFTER = re.compile(r"^(\s*[-–]\s*\d+)?\s+(" + _MONTHS + r")\b", re.IGNORECASE)
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def figures(text: str) -> list[tuple[str, int]]:
    """(as written, value) for each number in ``text``, years left out."""
    found = []
    for m in _NUMBER.finditer(text):
        raw = m.group(0)
        word = NUMBER_WORDS.get(raw.lower())
        value = word if word is not None else int(raw.replace(",", ""))
        if word is None and re.fullmatch(r"(19|20)\d\d", raw):
            continue
        if word is None and (
            _NEAR_MONTH_BEFORE.search(text[max(0, m.start() - 16) : m.start()])
            or _NEAR_MONTH_AFTER.match(text[m.end() : m.end() + 16])
        ):
            continue
        found.append((raw, value))
    return found


def check_summary(summary: str, article: str) -> SummaryCheck:
    """Loaded words, unsupported and unattributed figures (see the module docstring)."""
    outside = _QUOTED.sub(" ", summary)
    loaded = sorted({m.group(0).lower() for m in LOADED.finditer(outside)})
    in_article = {value for _, value in figures(article)}
    unsupported = [raw for raw, value in figures(summary) if value not in in_article]
    sentences = [s for s in _SENTENCE.split(summary.strip()) if s]
    unattributed = [raw for s in sentences if _DEATH.search(s) and not _ATTRIBUTION.search(s) for raw, _ in figures(s)]
    return SummaryCheck(
        passed=not (loaded or unsupported or unattributed),
        loaded_words=loaded,
        unsupported_figures=unsupported,
        unattributed_figures=unattributed,
        sentences=len(sentences),
    )
