"""A figure whose sentence names another town belongs to another event (code only)."""

from __future__ import annotations

import datetime as dt

from summarizer.article import Article
from summarizer.claimscope import claims_of_this_event
from summarizer.geo import locate
from summarizer.schema import ArticleMeta, FatalityClaim
from summarizer.text import sentence_spans

TEXT = (
    "Three attacks north of Baghdad\n\n"
    "A suicide bomber struck a funeral in Muqdadiyah, killing at least 22 mourners, police said. "
    "In nearby Baquba, a suicide bomber struck a cafe, killing at least eight people."
)


def _claim(low: int, quote: str) -> FatalityClaim:
    return FatalityClaim(low=low, high=None, victims="civilians", claimant="police", quote=quote)  # type: ignore[arg-type]


def test_a_toll_told_of_another_town_leaves_the_event() -> None:
    art = Article(text=TEXT, sentences=sentence_spans(TEXT), meta=ArticleMeta(published=dt.date(2013, 7, 1)))
    here = locate("Muqdadiyah", country="Iraq")
    assert here.latitude is not None
    funeral = _claim(22, art.sentence_text(1))
    cafe = _claim(8, art.sentence_text(2))
    kept, moved, flags = claims_of_this_event([funeral, cafe], art, here)
    assert kept == [funeral] and moved == [cafe]
    assert flags == ["claim_names_another_place:8 (Baquba)"]
    # every figure elsewhere: the event's place is the doubt, the figures stay, flagged
    kept, moved, flags = claims_of_this_event([cafe], art, here)
    assert kept == [cafe] and moved == []
    assert flags == ["claim_doubtful_names_another_place:8 (Baquba)"]
