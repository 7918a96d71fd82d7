"""Checks written after reading gold batches 65 and 66, each on sentences of the kinds they
read: a found event dated by the day of the sentence before, not by the year it measures."""

from __future__ import annotations

import datetime as dt

from summarizer.article import Article
from summarizer.found_dates import date_before
from summarizer.schema import ArticleMeta
from summarizer.text import sentence_spans

IRAQ = (
    "Suicide Bombings Kill 29 in Iraq\n\n"
    "A wave of attacks in Baghdad and northern Iraq killed at least 29 people Wednesday, the deadliest "
    "violence to take place this year. "
    "A suicide bomber killed at least 15 people outside party offices in Kirkuk."
)


def test_a_found_event_takes_the_day_before_not_the_year_it_is_measured_by() -> None:
    art = Article(text=IRAQ, sentences=sentence_spans(IRAQ), meta=ArticleMeta(published=dt.date(2013, 1, 16)))
    assert date_before(art, 2) == "Wednesday"
    # with no day, the sentence's last date phrase stands
    bare = IRAQ.replace(" people Wednesday,", " people,")
    art = Article(text=bare, sentences=sentence_spans(bare), meta=ArticleMeta(published=dt.date(2013, 1, 16)))
    assert date_before(art, 2) == "this year"
