"""A claim told by a whole sentence, with no figure written: "No one was killed", "a bomber
blew himself up", "a tribal leader was killed".

Why one helper: the claims code adds for deaths told in words (zero, the bomber, one named
dead) quote their sentence whole and are grounded exactly, like the figures ``deaths.py``
reads; each check decides only the count, the victims and who tells it.
"""

from __future__ import annotations

from .article import Article
from .schema import FatalityClaim, Span, Victims

__all__ = ["sentence_claim"]


def sentence_claim(art: Article, index: int, count: int, victims: Victims, claimant: str) -> FatalityClaim:
    """The claim of exactly ``count`` dead that sentence ``index`` tells, quoted whole."""
    s, e = art.sentences[index]
    quote = art.text[s:e]
    return FatalityClaim(
        low=count,
        high=count,
        victims=victims,
        claimant=claimant,
        quote=quote,
        span=Span(quote=quote, start=s, end=e, status="exact"),
    )
