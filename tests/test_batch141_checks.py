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
