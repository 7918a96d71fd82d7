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


def test_a_groups_hideouts_hit_make_it_the_side_hit_and_the_gunships_the_doer() -> None:
    from summarizer.found_sides import sides

    text = (
        "Pakistan Violence\n\n"
        "In the Orakzai region, military helicopter gunships pounded Taliban hideouts, killing at least six militants."
    )
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2009, 9, 29)))
    sentence = art.sentence_text(1)
    actor1, type1, actor2, _ = sides(sentence, sentence.find("at least six"), "non_state", "Pakistan", art)
    assert (actor1, type1) == ("military", "State forces")
    assert actor2.startswith("Taliban")


def test_an_earlier_incident_opens_another_happening() -> None:
    from summarizer.separate import opens_as_separate

    assert opens_as_separate("In an earlier incident Saturday, a roadside bomb blast struck a minivan in Sangin.")
    assert not opens_as_separate("In the earlier incident, the bomb struck a minivan.")
