"""A claim quoting one whole sentence of an article, with its span: the shape the claim
checks receive after grounding, made by hand for the tests of those checks."""

from __future__ import annotations

from summarizer.article import Article
from summarizer.schema import FatalityClaim, Span, Victims


def spanned_claim(
    art: Article, index: int, low: int, claimant: str = "police", victims: Victims = "unknown"
) -> FatalityClaim:
    """The claim of ``low`` dead told by sentence ``index``, quoted whole and grounded exactly."""
    s, e = art.sentences[index]
    quote = art.text[s:e]
    return FatalityClaim(
        low=low, high=None, victims=victims, claimant=claimant, quote=quote,
        span=Span(quote=quote, start=s, end=e, status="exact"),
    )  # fmt: skip
