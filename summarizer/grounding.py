"""Finding a model's quote in the article, so nothing is presented as sourced unless it is.

Why: a small model paraphrases when asked to copy, swaps curly quotes for straight ones,
joins lines and changes case. Evidence and claim quotes are only trusted when code can
point at the place in the article they come from. ``align`` tries, in order, an exact
match, a match after normalising typography (quotes, dashes, whitespace, case) mapped
back to the original offsets, and a fuzzy partial match (rapidfuzz); below
``min_score`` the quote is reported as unsupported (status "none").
"""

from __future__ import annotations

from rapidfuzz import fuzz

from .folding import MARK_MAP
from .schema import Span

#: Quotes shorter than this (after normalising) are never fuzzy-matched: a short string
#: "matches" somewhere in any long article.
MIN_FUZZY_CHARS = 12


def _normalise(s: str) -> tuple[str, list[int]]:
    """Normalised text plus, for each of its characters, the index of the source character.

    Whitespace runs become one space, typographic quotes and dashes become ASCII, and
    letters are lower-cased (one character for one, so offsets stay exact).
    """
    out: list[str] = []
    index: list[int] = []
    prev_space = True  # also drops leading whitespace
    for i, ch in enumerate(s):
        if ch.isspace():
            if not prev_space:
                out.append(" ")
                index.append(i)
            prev_space = True
            continue
        prev_space = False
        ch = MARK_MAP.get(ch, ch)
        low = ch.lower()
        out.append(low if len(low) == 1 else ch)
        index.append(i)
    while out and out[-1] == " ":
        out.pop()
        index.pop()
    return "".join(out), index


def align(quote: str, text: str, *, min_score: float = 90.0) -> Span:
    """Locate ``quote`` in ``text``; for status "exact", ``text[start:end] == quote``.

    "fuzzy" spans point at the article's own wording (which may differ from the quote in
    quotes, spacing, case or a few characters); "none" has null offsets.
    """
    if not quote or not quote.strip() or not text:
        return Span(quote=quote)
    pos = text.find(quote)
    if pos >= 0:
        return Span(quote=quote, start=pos, end=pos + len(quote), status="exact")

    norm_text, index = _normalise(text)
    norm_quote, _ = _normalise(quote)
    norm_quote = norm_quote.strip()
    if not norm_quote:
        return Span(quote=quote)
    pos = norm_text.find(norm_quote)
    if pos >= 0:
        return Span(quote=quote, start=index[pos], end=index[pos + len(norm_quote) - 1] + 1, status="fuzzy")

    # A quote longer than the article cannot be supported by it (rapidfuzz would align
    # the article inside the quote instead).
    if len(norm_quote) < MIN_FUZZY_CHARS or len(norm_quote) > len(norm_text):
        return Span(quote=quote)
    res = fuzz.partial_ratio_alignment(norm_quote, norm_text, score_cutoff=min_score)
    if res is None or res.score < min_score:
        return Span(quote=quote)
    ds, de = res.dest_start, res.dest_end
    ds, de = _trim(norm_text, ds, de)
    if de <= ds:
        return Span(quote=quote)
    return Span(quote=quote, start=index[ds], end=index[de - 1] + 1, status="fuzzy")


def _trim(s: str, start: int, end: int) -> tuple[int, int]:
    """Drop spaces at the edges of an aligned window."""
    while start < end and s[start] == " ":
        start += 1
    while end > start and s[end - 1] == " ":
        end -= 1
    return start, end
