"""The article's own sentences that carry the rest of the story into the summary.

The model's lead says what the story is about and the records say who, where, when and
how many died; what a reader still misses is the rest of the story: who claimed it, who
was wounded, what the government said, what happened the day before. News stories put
those facts in their next paragraphs, so code fills the summary's free sentences with
the article's own sentences, in the article's order, skipping what the summary already
says. A copied sentence is grounded by construction; it is kept only if it passes the
same neutrality and attribution check as the rest of the summary.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .neutrality import check_summary
from .text import sentence_spans

#: a sentence shorter than this is a caption, a dateline or a fragment; a longer one
#: would crowd the summary
_MIN_WORDS, _MAX_WORDS = 6, 50
#: the story's facts are in its first paragraphs: later sentences are not looked at
_LOOK_AT = 80
#: a summary sentence is "already said" when this share of its content words is there
_OVERLAP = 0.5
_WORD = re.compile(r"[^\W\d_]{4,}", re.U)
_BOILERPLATE = re.compile(
    r"\b(?:copyright|all rights reserved|click here|subscribe|read more|photo|file photo|caption|AFP|Reuters)\b"
    r"|^\W*(?:[A-Z][A-Z .'-]+)\W*$",
)


def _content(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


def _said(candidate: set[str], seen: set[str]) -> bool:
    return not candidate or len(candidate & seen) / len(candidate) >= _OVERLAP


def story_sentences(
    article: str, summary: str, room: int, skip: int = 1, attribute: Callable[[str], str] | None = None
) -> list[str]:
    """Up to ``room`` sentences of ``article``, in its order, that the summary does not say.

    ``skip`` leading sentences (the title) are never taken: the model's lead already
    stands for them. Each kept sentence passes the summary check on its own (no loaded
    word outside a quotation, every death figure attributed). A sentence whose only fault
    is a death figure the article states without a source is given one by ``attribute``
    (", according to <claimant>"): news stories tell their toll that way, in the very
    sentences a summary most needs (measured: summary facts 555 -> 573 of 1,174 on 240
    stories).
    """
    if room <= 0:
        return []
    seen = _content(summary)
    scored: list[tuple[float, int, str]] = []
    for index, (start, end) in enumerate(sentence_spans(article)[skip : skip + _LOOK_AT]):
        sentence = " ".join(article[start:end].split())
        n = len(sentence.split())
        if not _MIN_WORDS <= n <= _MAX_WORDS or sentence[-1:] not in '.!?"”»':
            continue
        words = _content(sentence)
        if _BOILERPLATE.search(sentence) or _said(words, seen):
            continue
        # the sentence is the article's own: its figures are in the article by construction,
        # so only its wording and attribution are checked (against the whole article, each
        # check read the article again: minutes for a 100 KB story)
        check = check_summary(sentence, sentence)
        if attribute and check.unattributed_figures and not (check.loaded_words or check.unsupported_figures):
            sentence = attribute(sentence)
            check = check_summary(sentence, sentence)
        if check.loaded_words or check.unsupported_figures or check.unattributed_figures:
            continue
        bonus = _WHO_DID_IT_BONUS if _WHO_DID_IT.search(sentence) else 0.0
        scored.append((_novelty(sentence, seen) + bonus - index * _LATER, index, sentence))
    out: list[tuple[int, str]] = []
    # who claimed the attack, or that nobody has, goes in first wherever the article tells
    # it: it is the fact a reader cites beside the toll, and stories tell it last
    claimed = [item for item in scored if _CLAIMED.search(item[2])]
    ranked = sorted(claimed, reverse=True)[:1] + sorted(scored, reverse=True)
    for _, index, sentence in ranked:
        if (index, sentence) in out:
            continue
        words = _content(sentence)
        if _said(words, seen):
            continue  # says what a sentence already chosen says
        out.append((index, sentence))
        seen |= words
        if len(out) == room:
            break
    return [sentence for _, sentence in sorted(out)]


#: a later sentence needs this much more novelty per sentence of distance to be chosen
_LATER = 0.3
#: who claimed or is blamed for the attack is what a reader cites next to the toll: such a
#: sentence counts as this many new names more
_WHO_DID_IT = re.compile(
    r"\bclaim(?:ed|s)? responsibility\b|\bresponsibility for\b|\brevendiqu\w*|\bblamed\b|\baccused\b",
    re.I,
)
_WHO_DID_IT_BONUS = 2.0
#: a claim of the attack, or its absence ("No one has claimed responsibility")
_CLAIMED = re.compile(
    r"\bclaim(?:ed|s|ing)? (?:of )?responsibility\b|\bresponsibility for\b|\brevendiqu\w*|\brevendication",
    re.I,
)
_FACT_TOKEN = re.compile(r"\d[\d,.]*|(?<!^)\b[A-Z][\w'’-]+", re.U)


def _novelty(sentence: str, seen: set[str]) -> float:
    """New names and figures count most; new plain words a little."""
    names = {t.lower() for t in _FACT_TOKEN.findall(sentence)} - seen
    plain = _content(sentence) - seen - names
    return len(names) + 0.25 * len(plain)
