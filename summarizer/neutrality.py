"""Checking and repairing a summary's neutrality and figures in code.

Why: FORMAT.md defines a neutral summary by rules a machine can check — no loaded word
outside a quotation, no figure the article does not give, every death toll attributed to
whoever gave it. A small model breaks these often ("31 terrorists were neutralised"), so
the pipeline checks every summary here, asks again once, and otherwise repairs it with
``repair_summary`` (word swaps and dropping unsupported sentences, never new content).

Heuristics, deliberately simple and predictable:

- a loaded word counts only outside double quotation marks (straight ``"``, curly
  “ ”, guillemets « »); single quotes are not used since ’ is also the apostrophe;
- figures are digits and number words (English and French); years 1900-2099 and day
  numbers next to a month name ("July 27", "27 juillet") are dates, not figures; "one" is
  not checked (mostly a pronoun: "one of the attacks"). A figure is supported when the
  article contains the same value in any spelling ("six" supports "6");
- an unattributed figure is a sentence that has a number or a vague count ("dozens") and
  a death/casualty word, but no attribution cue (said, claimed, according to, reported,
  selon, a déclaré, ...). It is a sentence-level test: "JNIM claimed 50 Russians were
  killed" passes, "50 Russians were killed" does not;
- ``passed`` needs 1..4 sentences: the pipeline asks for 2-4, but a repaired summary may be
  left with one sentence, which is short, not wrong; more than four is not a summary.
"""

from __future__ import annotations

import re

from .dates import MONTH_PATTERN
from .running_numbers import find_numbers
from .schema import SUMMARY_CHECK_MIN_SENTENCES, SUMMARY_MAX_SENTENCES, SummaryCheck
from .text import sentence_spans

MIN_SENTENCES = SUMMARY_CHECK_MIN_SENTENCES
MAX_SENTENCES = SUMMARY_MAX_SENTENCES

#: FORMAT.md's loaded words, as regexes over their word forms. The first
#: ``PROMPT_NAMES`` are the ones the prompts name (rendered from here, never typed in a
#: prompt); naming all thirteen in the extraction prompt changed the small model's answers
#: and cost ACLED exact 0.71 -> 0.59 on the gold set (evals/README.md), so the prompts name
#: the words the model writes and the check catches all of them.
LOADED_WORDS: dict[str, str] = {
    "terrorists": r"terrorists?",
    "neutralised": r"neutrali[sz](?:e|ed|es|ing|ation)",
    "eliminated": r"eliminat(?:e|ed|es|ing|ion)",
    "martyrs": r"martyr(?:s|ed|dom)?",
    "liberated": r"liberat(?:e|ed|es|ing|ion)",
    "barbaric": r"barbar(?:ic|ians?|ism|ity|ous)",
    "heroic": r"heroic(?:ally)?|heroes|hero",
    "terror": r"terror(?:ism|ists?)?",
    "cowardly": r"coward(?:ly|s|ice)?",
    "savage": r"savage(?:s|ly|ry)?",
    "crusaders": r"crusaders?",
    "infidels": r"infidels?",
    "puppet": r"puppets?",
}
PROMPT_NAMES = 7
_LOADED_RE = re.compile(r"(?<![\w-])(?:" + "|".join(LOADED_WORDS.values()) + r")(?![\w])", re.I)


def loaded_words_text() -> str:
    """The loaded words as the prompts name them: the prompts and this check read one list."""
    return ", ".join(f'"{w}"' for w in list(LOADED_WORDS)[:PROMPT_NAMES])


def has_loaded_word(text: str) -> bool:
    """Whether ``text`` uses one of the loaded words (quotation or not)."""
    return any(not in_a_name(text, m) for m in _LOADED_RE.finditer(text))


#: Neutral replacements used by ``repair_summary`` (lower-case key: the matched form).
#: An empty replacement drops the word (an adjective of judgement).
_REPLACEMENTS: dict[str, str] = {
    "terrorist": "militant", "terrorists": "militants", "terror": "violence", "terrorism": "militancy",
    "neutralised": "killed", "neutralized": "killed", "neutralise": "kill", "neutralize": "kill",
    "neutralises": "kills", "neutralizes": "kills", "neutralising": "killing", "neutralizing": "killing",
    "neutralisation": "killing", "neutralization": "killing",
    "eliminated": "killed", "eliminate": "kill", "eliminates": "kills", "eliminating": "killing",
    "elimination": "killing",
    "liberated": "retook", "liberate": "retake", "liberates": "retakes", "liberating": "retaking",
    "liberation": "recapture",
    "martyrs": "those killed", "martyr": "person killed", "martyred": "killed", "martyrdom": "death",
    "crusaders": "foreign forces", "crusader": "foreign force", "infidels": "non-Muslims", "infidel": "non-Muslim",  # noqa: E501
    "puppet": "", "puppets": "", "heroic": "", "heroically": "", "hero": "", "heroes": "",
    "cowardly": "", "coward": "", "cowards": "attackers", "cowardice": "",
    "barbaric": "", "barbarous": "", "barbarians": "attackers", "barbarian": "attacker", "barbarism": "violence",  # noqa: E501
    "barbarity": "violence", "savage": "", "savagely": "", "savages": "attackers", "savagery": "violence",
}  # fmt: skip

_QUOTED_RE = re.compile(r"\"[^\"\n]*\"|“[^”\n]*”|«[^»\n]*»")
_DEATH_RE = re.compile(
    r"\b(?:kill\w*|dead|deaths?|died|dying|die|toll|casualt\w*|fatalit\w*|wounded|injur\w*|lost|losses"
    r"|perish\w*|behead\w*|execut\w*|slain|massacr\w*|bodies|buried|tu[ée]s?|morts?|décès|bless[ée]s?|victim\w*)\b",
    re.I,
)
_VAGUE_COUNT_RE = re.compile(r"\b(?:dozens|hundreds|thousands|several|scores|des dizaines|des centaines)\b", re.I)
_ATTRIBUTION_RE = re.compile(
    r"\b(?:said|says|say|saying|claim\w*|according|report\w*|told|tell|stated?|states|announc\w*|estimat\w*"
    r"|count\w*|tall(?:y|ied)|record\w*|confirm\w*|put the toll|cit\w*|alleg\w*|insist\w*|admit\w*|acknowledg\w*"  # noqa: E501
    r"|recogni[sz]\w*|assert\w*|selon|d'après|d’après|déclar\w*|affirm\w*|annonc\w*|indiqu\w*|rapport\w*"
    r"|revendiqu\w*|estim\w*)\b",
    re.I,
)


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _QUOTED_RE.finditer(text)]


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < pos < e for s, e in spans)


_CAPITALISED_WORD = re.compile(r"[A-Z][\w'’-]*")


def in_a_name(text: str, m: re.Match[str]) -> bool:
    """Whether a loaded word is part of a proper name ("Tigray People's Liberation Front",
    "Front de Libération du Macina"): capitalised, with capitalised words within two words
    around it (a sentence's first word does not count). A name is quoted as it is, never
    reworded."""
    if not m.group(0)[:1].isupper():
        return False
    head = text[: m.start()]
    sentence_start = max(head.rfind(". "), head.rfind("! "), head.rfind("? "), head.rfind("\n"))
    before = head[sentence_start + 1 :].split()[-2:] if sentence_start >= 0 else head.split()[-2:]
    first = len(head[sentence_start + 1 :].split()) <= 2 if sentence_start >= 0 else len(head.split()) <= 2
    after = text[m.end() :].split()[:2]
    words = (before[1:] if first and len(before) == 2 else ([] if first else before)) + after
    return any(_CAPITALISED_WORD.match(w) for w in words)


def _loaded_matches(summary: str) -> list[re.Match[str]]:
    quoted = _quoted_spans(summary)
    return [m for m in _LOADED_RE.finditer(summary) if not _inside(m.start(), quoted) and not in_a_name(summary, m)]


def _figures(text: str) -> list[tuple[int, int, int]]:
    """Numbers that are counts: years, day numbers of dates and the word "one" excluded."""
    out = []
    for s, e, v in find_numbers(text):
        token = text[s:e]
        if token.isdigit() and len(token) == 4 and 1900 <= v <= 2099:
            continue
        if token.lower() in ("one", "zero", "zéro"):
            continue
        before, after = text[max(0, s - 12) : s], text[e : e + 12]
        if token.isdigit() and (
            re.search(rf"\b(?:{MONTH_PATTERN})\.?\s*$", before, re.I)
            or re.match(rf"\s*(?:st|nd|rd|th|er)?\s*(?:of\s+)?(?:{MONTH_PATTERN})\b", after, re.I)
        ):
            continue
        out.append((s, e, v))
    return out


def _unsupported(summary: str, article: str) -> list[tuple[int, int, str]]:
    known = {v for _, _, v in find_numbers(article)}
    return [(s, e, summary[s:e]) for s, e, v in _figures(summary) if v not in known]


def _unattributed(summary: str) -> list[str]:
    out = []
    for s, e in sentence_spans(summary):
        sent = summary[s:e]
        has_count = bool(_figures(sent)) or bool(_VAGUE_COUNT_RE.search(sent))
        if has_count and _DEATH_RE.search(sent) and not _ATTRIBUTION_RE.search(sent):
            out.append(sent)
    return out


def check_summary(summary: str, article: str) -> SummaryCheck:
    """Run the neutrality and figure checks of FORMAT.md on ``summary`` against ``article``."""
    loaded = [m.group(0) for m in _loaded_matches(summary)]
    unsupported = [tok for _, _, tok in _unsupported(summary, article)]
    unattributed = _unattributed(summary)
    n = len(sentence_spans(summary))
    passed = not loaded and not unsupported and not unattributed and MIN_SENTENCES <= n <= MAX_SENTENCES
    return SummaryCheck(
        passed=passed,
        loaded_words=loaded,
        unsupported_figures=unsupported,
        unattributed_figures=unattributed,
        sentences=n,
    )


def _replace(m: re.Match[str]) -> str:
    word = m.group(0)
    new = _REPLACEMENTS.get(word.lower(), "")
    if new and word[0].isupper():
        new = new[0].upper() + new[1:]
    return new


def repair_summary(summary: str, article: str) -> str:
    """Make ``summary`` pass the word and figure checks without adding anything new.

    Loaded words outside quotes are swapped for neutral ones or dropped; sentences that
    carry a figure the article does not give are dropped, keeping at least the first
    sentence. Unattributed figures and length are not repaired: that needs the model.
    """
    quoted = _quoted_spans(summary)
    text = ""
    last = 0
    for m in _LOADED_RE.finditer(summary):
        if _inside(m.start(), quoted) or in_a_name(summary, m):
            continue
        text += summary[last : m.start()]
        new = _replace(m)
        rest = summary[m.end() :]
        if not new:
            # Dropped adjective: remove its space, fix "a"/"an", keep a capital at a sentence start.
            rest = rest.lstrip(" ")
            summary_rest_start = m.end() + (len(summary) - m.end() - len(rest))
            vowel = rest[:1].lower() in tuple("aeiou")
            text = re.sub(r"\b([Aa])n? $", r"\1n " if vowel else r"\1 ", text)
            if m.group(0)[0].isupper() and rest[:1].islower() and re.search(r"(?:^|[.!?]\s+)$", text):
                text += rest[:1].upper()
                summary_rest_start += 1
            last = summary_rest_start
        else:
            text += new
            last = m.end()
    text += summary[last:]
    text = re.sub(r"[ \t]{2,}", " ", text).strip()

    spans = sentence_spans(text)
    keep = [(s, e) for s, e in spans if not _unsupported(text[s:e], article)]
    if not keep and spans:
        keep = [spans[0]]
    return " ".join(text[s:e] for s, e in keep)
