"""Checks from batch 113's first unread run: a fight the model's dropped event left out."""

from __future__ import annotations

import datetime as dt

from summarizer.article import Article
from summarizer.found_in_text import events_in_text
from summarizer.schema import ArticleMeta
from summarizer.text import sentence_spans


def _article(text: str, day: dt.date) -> Article:
    return Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=day))


CLAN_FIGHT = (
    "Fears of Wider Clan War in Somali Port\n\n"
    "Tension between rival clans is threatening efforts to restore order in southern Somalia.\n\n"
    "After days of skirmishes between rival sub-clan militias, residents of Kismayo say heavy fighting "
    "erupted on Friday, killing and wounding dozens of people.\n\n"
    "Elders say the two sides have fought over the city since the 1990s."
)


def test_a_dated_fight_is_found_when_the_models_only_event_was_dropped_for_its_evidence() -> None:
    art = _article(CLAN_FIGHT, dt.date(2007, 6, 22))  # a Friday
    (fight,) = events_in_text(art, [], dropped_in="Somalia")
    assert (fight.sub_event_type, fight.location.place, fight.date.start) == (
        "Armed clash",
        "Kismayo",
        dt.date(2007, 6, 22),
    )
    assert "found_in_text" in fight.flags


def test_with_no_model_event_dropped_the_text_adds_nothing() -> None:
    # a story the model read as having no event at all stays without one
    assert events_in_text(_article(CLAN_FIGHT, dt.date(2007, 6, 22)), []) == []


def test_an_undated_fight_is_not_taken_for_a_dropped_event() -> None:
    undated = CLAN_FIGHT.replace(" on Friday", "")
    assert events_in_text(_article(undated, dt.date(2007, 6, 22)), [], dropped_in="Somalia") == []
