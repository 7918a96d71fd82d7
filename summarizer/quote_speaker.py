"""The speaker of a quotation that runs over several sentences.

Why: "“Over 56 rebels were killed. We captured over 200 ... They are nowhere to be seen,”
Koang said." The sentence with the toll names no one; the speaker comes after the closing
mark, two sentences on. A sentence that opens a quotation it does not close takes the
attribution told right after the quotation closes, in the same paragraph.
"""

from __future__ import annotations

import dataclasses
import re

from .attribution import attribution
from .deaths import DeathFigure

__all__ = ["speaker_of_open_quote", "with_quote_speakers"]

_OPENS = re.compile(r"^\s*[“«\"]")
_CLOSES = re.compile(r"[”»\"]")


def speaker_of_open_quote(text: str, sentences: list[tuple[int, int]], i: int, limit: int = 6) -> str | None:
    """Who speaks the quotation sentence ``i`` opens and leaves open, if told where it closes."""
    s, e = sentences[i]
    sentence = text[s:e]
    if not _OPENS.match(sentence) or _CLOSES.search(sentence, _OPENS.match(sentence).end()):  # type: ignore[union-attr]
        return None
    for j in range(i + 1, min(len(sentences), i + 1 + limit)):
        a, b = sentences[j]
        if "\n" in text[sentences[j - 1][1] : a]:
            return None  # a new paragraph: the quotation was never closed here
        closing = _CLOSES.search(text, a, b)
        if closing:
            return attribution(text[closing.end() : b].strip(" ,")) or attribution(text[a:b])
    return None


def with_quote_speakers(figures: list[DeathFigure], text: str, sentences: list[tuple[int, int]]) -> list[DeathFigure]:
    """The figures, each of an open quotation with no claimant given the quotation's speaker."""
    out = []
    for f in figures:
        if f.claimant is None and (speaker := speaker_of_open_quote(text, sentences, f.sentence)):
            f = dataclasses.replace(f, claimant=speaker)
        out.append(f)
    return out
