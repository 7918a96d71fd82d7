"""Items of a timeline box take the year of the heading above them (``timelines.py``)."""

from __future__ import annotations

import datetime as dt

from summarizer.article import Article
from summarizer.schema import ArticleMeta, DateSpan
from summarizer.text import sentence_spans
from summarizer.timelines import timeline_date

BOX = (
    "Gunmen Kill 45 Soldiers\n\n"
    "At least 45 soldiers are dead after gunmen attacked the town late Monday.\n\n"
    "Major attacks blamed on the group\n\n"
    "2011\n\n"
    "June - Attack on a bar in Maiduguri kills 25\n\n"
    "August - Suicide bomber kills 23 at U.N. building in Abuja\n\n"
    "2012\n\n"
    "February - Maiduguri market attack kills 30"
)
PUBLISHED = dt.date(2014, 5, 27)
# "June" read alone: the June before publication
ALONE = DateSpan(start=dt.date(2013, 6, 1), end=dt.date(2013, 6, 30), precision="month", text="June")


def _article(text: str) -> Article:
    return Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=PUBLISHED))


def test_an_item_takes_the_month_of_its_line_and_the_year_of_its_heading() -> None:
    art = _article(BOX)
    date, flags = timeline_date(ALONE, art, ["August - Suicide bomber kills 23 at U.N. building in Abuja"])
    assert (date.start, date.end, date.precision) == (dt.date(2011, 8, 1), dt.date(2011, 8, 31), "month")
    assert flags == ["dated_by_a_timeline:August 2011"]
    date, _ = timeline_date(ALONE, art, ["February - Maiduguri market attack kills 30"])
    assert date.start == dt.date(2012, 2, 1)


def test_the_story_and_a_month_item_with_no_heading_keep_their_dates() -> None:
    art = _article(BOX)
    lead = "At least 45 soldiers are dead after gunmen attacked the town late Monday."
    monday = DateSpan(start=dt.date(2014, 5, 26), end=dt.date(2014, 5, 26), precision="day", text="late Monday")
    assert timeline_date(monday, art, [lead]) == (monday, [])
    bare = _article("Attacks\n\nJune - Attack on a bar in Maiduguri kills 25")
    assert timeline_date(ALONE, bare, ["June - Attack on a bar in Maiduguri kills 25"]) == (ALONE, [])
