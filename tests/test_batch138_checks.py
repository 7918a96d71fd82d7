"""Batch 138's unseen misses, read after its unread run (unit level): each assertion failed before its change.

Benue (2001): "The attackers were apparently seeking revenge for the death of 19 soldiers,
who were killed October 11 and 12" gave the reprisal killing of 130 villagers two more
counts: the 19 soldiers of the earlier killing, and 12, the second of two dates.
"""

from __future__ import annotations

import datetime as dt

from summarizer.article import Article
from summarizer.found_signals import told_as_a_cause
from summarizer.schema import ArticleMeta
from summarizer.text import sentence_spans

REVENGE = (
    "The attackers were apparently seeking revenge for the death of 19 soldiers, who were killed October 11 and 12, "
    "after federal troops were sent to Benue."
)


def test_the_second_of_two_dates_is_no_death_figure() -> None:
    text = f"Revenge\n\n{REVENGE} Gunmen killed 12 people on 11 and 12 October in Makurdi."
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2001, 10, 25)))
    assert [f.text for f in art.death_figures] == ["19", "12"]  # the 12 people, not the 12th
    assert art.death_figures[1].sentence == 2
    may = "Attack\n\nOn May 3, five Indian soldiers were killed in Kashmir."
    art = Article(text=may, sentences=sentence_spans(may), meta=ArticleMeta(published=dt.date(2019, 5, 5)))
    assert [f.text for f in art.death_figures] == ["five"]


def test_dead_whose_killing_is_avenged_are_told_as_a_cause() -> None:
    assert told_as_a_cause(REVENGE[: REVENGE.find("19")])
    assert not told_as_a_cause("Soldiers have killed at least ")
