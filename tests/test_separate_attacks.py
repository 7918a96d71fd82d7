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


BURKINA = (
    "Burkina Faso : au moins 41 personnes tuées dans deux attaques\n\n"
    "Au Burkina Faso, au moins 41 personnes dont 8 soldats et 33 supplétifs de l’armée ont été tuées entre lundi "
    "et mardi dans deux attaques dans la Boucle du Mouhoun et dans le Centre-nord du pays."
)


def _burkina(text: str = BURKINA) -> tuple[Article, list[Event]]:
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2023, 6, 30)))
    draft = DraftEvent(
        sentences=[2], sub_event_type="Armed clash", date="entre lundi et mardi", place="", region="Centre-Nord",
        country="Burkina Faso", actor1="", actor1_type="Rebel group", actor2="soldats", actor2_type="State forces",
        claims=[DraftClaim(figure="au moins 41", victims="state_forces", claimant="", sentence=2)],
    )  # fmt: skip
    event, _ = build_event(draft, art)
    return art, [event]


def test_two_attacks_counted_in_two_named_regions_are_placed_one_region_each() -> None:
    art, events = _burkina()
    added = split_separate_attacks(art, events)
    assert len(added) == 1
    # the toll told for both stays on the first-named attack's region
    assert [e.location.admin1 for e in [*events, *added]] == ["Boucle du Mouhoun", "Centre-Nord"]
    assert [e.fatalities_acled for e in [*events, *added]] == [41, 0]


def test_counted_attacks_without_a_region_each_stay_one_event() -> None:
    text = "Two attacks\n\nAt least 41 soldiers were killed on Monday in two attacks in the north of the country."
    art, events = _burkina(text)
    assert split_separate_attacks(art, events) == []
    # the same sentence naming a region for each attack is split
    placed = text.replace("the north of the country", "Boucle du Mouhoun region and Centre-Nord region")
    art, events = _burkina(placed)
    assert [e.location.admin1 for e in [*events, *split_separate_attacks(art, events)]] == [
        "Boucle du Mouhoun",
        "Centre-Nord",
    ]
