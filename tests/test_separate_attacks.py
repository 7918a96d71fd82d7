"""Attacks one sentence counts as separate become events of their own (code only)."""

from __future__ import annotations

import datetime as dt

from summarizer.article import Article
from summarizer.draft import DraftClaim, DraftEvent
from summarizer.records import build_event
from summarizer.schema import ArticleMeta, Event
from summarizer.separate_attacks import FLAG, split_separate_attacks
from summarizer.text import sentence_spans

TEXT = (
    "NATO Troops Killed in Afghanistan\n\n"
    "In other violence, two NATO soldiers were killed Wednesday in two separate insurgent attacks in the "
    "country's south and east."
)


def _event(text: str, figure: str) -> tuple[Article, list[Event]]:
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2011, 6, 23)))
    draft = DraftEvent(
        sentences=[2], sub_event_type="Armed clash", date="Wednesday", place="", region="", country="Afghanistan",
        actor1="insurgent", actor1_type="Rebel group", actor2="NATO soldiers", actor2_type="External/Other forces",
        claims=[DraftClaim(figure=figure, victims="foreign_forces", claimant="", sentence=2)],
    )  # fmt: skip
    event, _ = build_event(draft, art)
    return art, [event]


def test_two_dead_in_two_separate_attacks_are_two_events_of_one_each() -> None:
    art, events = _event(TEXT, "two")
    added = split_separate_attacks(art, events)
    assert len(added) == 1 and FLAG in added[0].flags
    assert [e.fatalities_acled for e in [*events, *added]] == [1, 1]
    assert added[0].date == events[0].date and added[0].sub_event_type == events[0].sub_event_type


def test_a_toll_that_does_not_divide_one_each_stays_whole_on_the_first() -> None:
    text = TEXT.replace("two NATO soldiers were killed", "five people were killed")
    art, events = _event(text, "five")
    added = split_separate_attacks(art, events)
    assert len(added) == 1 and added[0].fatality_claims == [] and events[0].fatalities_acled == 5


def test_a_sentence_without_separate_attacks_adds_nothing() -> None:
    text = TEXT.replace("in two separate insurgent attacks", "in an insurgent attack")
    art, events = _event(text, "two")
    assert split_separate_attacks(art, events) == []
