"""Batch 141's unseen misses, read after its unread run (unit level): each assertion failed before its change.

Jannaale (2016): "... was reported to have killed a commander known as "Qorilow," the head
of al-Shabab forces in Jannaale town, and three other militants": four dead, the one told
with a nickname and a title between commas, not a lone "commander" and a separate three.
"""

from __future__ import annotations

from summarizer.article import Article
from summarizer.schema import ArticleMeta
from summarizer.text import sentence_spans


def _figures(text: str) -> list[tuple[str, int | None]]:
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta())
    return [(f.text, f.low) for f in art.death_figures]


def test_one_told_with_a_nickname_and_a_title_counts_with_the_others() -> None:
    text = (
        "Strikes in Somalia\n\nAnother suspected U.S. airstrike Friday was reported to have killed a commander "
        'known as "Qorilow," the head of al-Shabab forces in Jannaale town, and three other militants.'
    )
    assert _figures(text) == [("three", 4)]


def test_an_office_named_before_its_men_is_counted_once() -> None:
    text = (
        "Iraq violence\n\nIraqi police say a roadside bomb killed a police chief, Maj. Zaid Hussein Khalaf, and four "
        "of his officers in the town of Armili."
    )
    assert _figures(text) == [("four", 5)]


def test_one_and_other_insurgents_with_no_number_keeps_the_one() -> None:
    text = (
        "Afghanistan\n\nNATO says coalition forces killed a Taliban commander and other insurgents in Farah province."
    )
    assert [v for _, v in _figures(text)] == [1]


def test_one_told_by_office_then_killed_is_a_death() -> None:
    text = (
        "Senior Afghan Official Killed\n\nA senior Afghan provincial official has been killed in eastern Afghanistan "
        "after militants attacked his vehicle, Afghan officials told VOA. His driver was reportedly killed in the attack."
    )
    assert [(t, v) for t, v in _figures(text)] == [("senior Afghan provincial official", 1), ("driver", 1)]


def test_others_killed_after_the_one_add_to_him() -> None:
    from summarizer.fatalities import totals
    from summarizer.schema import FatalityClaim, Span

    text = (
        "A leftist Colombian guerrilla leader has been killed in a clash with military troops. "
        "At least three other rebels were killed in the clash."
    )

    def claim(quote: str, low: int, high: int | None, claimant: str) -> FatalityClaim:
        at = text.index(quote)
        span = Span(quote=quote, start=at, end=at + len(quote), status="exact")
        return FatalityClaim(low=low, high=high, victims="non_state", claimant=claimant, quote=quote, span=span)

    lead = "A leftist Colombian guerrilla leader has been killed in a clash with military troops."
    later = "At least three other rebels were killed in the clash."
    _, acled = totals([claim(lead, 1, 1, "VOA"), claim(later, 3, None, "officials")])
    assert acled == 4
