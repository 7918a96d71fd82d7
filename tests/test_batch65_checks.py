"""Checks written after reading gold batches 65 and 66, each on sentences of the kinds they
read: a found event dated by the day of the sentence before, not by the year it measures."""

from __future__ import annotations

import datetime as dt

from summarizer.article import Article
from summarizer.draft import DraftClaim, DraftEvent
from summarizer.found_dates import date_before
from summarizer.records import build_event
from summarizer.schema import ArticleMeta, Event
from summarizer.summed_tolls import sums_over_events
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
    # with no day, the year the superlative measures by dates nothing: the story's date stands in
    bare = IRAQ.replace(" people Wednesday,", " people,")
    art = Article(text=bare, sentences=sentence_spans(bare), meta=ArticleMeta(published=dt.date(2013, 1, 16)))
    assert date_before(art, 2) is None
    # a date told as such still carries on ("Last month, ... Ten of them were beheaded")
    past = "Attack\n\nLast month, rebels abducted 30 villagers near Gao. Ten of them were beheaded."
    art = Article(text=past, sentences=sentence_spans(past), meta=ArticleMeta(published=dt.date(2013, 1, 16)))
    assert date_before(art, 2) == "Last month"


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


def test_a_town_owned_by_its_region_is_the_place_and_an_air_weapons_team_strikes_from_the_air() -> None:
    from summarizer.found_places import named_where
    from summarizer.keywords import classify

    sentence = "Elsewhere, NATO says an air weapons team killed two insurgents in Helmand's Musa Qalah district."
    assert named_where(sentence, "Afghanistan") == "Musa Qalah"
    assert classify(sentence) == ("Explosions/Remote violence", "Air/drone strike")


def test_a_found_air_strike_told_by_a_foreign_force_is_that_forces() -> None:
    from summarizer.found_in_text import events_in_text

    text = (
        "Roadside Bomb Kills Nine\n\n"
        "Officials say a roadside bomb killed nine civilians Sunday in Baghlan province. "
        "Elsewhere, NATO says an air weapons team killed two insurgents in Helmand's Musa Qalah district."
    )
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2011, 1, 16)))
    from summarizer.draft import DraftClaim, DraftEvent
    from summarizer.records import build_event

    draft = DraftEvent(
        sentences=[2], sub_event_type="Remote explosive/landmine/IED", date="Sunday", place="", region="Baghlan",
        country="Afghanistan", actor1="", actor1_type="Rebel group", actor2="civilians", actor2_type="Civilians",
        claims=[DraftClaim(figure="nine", victims="civilians", claimant="Officials", sentence=2)],
    )  # fmt: skip
    (strike,) = events_in_text(art, [build_event(draft, art)[0]])
    assert strike.sub_event_type == "Air/drone strike" and strike.location.place == "Musa Qalah"
    assert strike.actor1 is not None and strike.actor1.name == "NATO: North Atlantic Treaty Organization"


WAVE = (
    "Suicide Bombings Kill 29 in Iraq\n\n"
    "A wave of attacks in Baghdad and northern Iraq killed at least 29 people Wednesday. "
    "A suicide bomber killed at least 15 people outside party offices in Kirkuk. "
    "Another three people died in a separate bombing in the town of Tuz Khurmato. "
    "Three attacks in Baghdad killed six people."
)


def _wave_event(art: Article, sentence: int, place: str, figure: str) -> Event:
    draft = DraftEvent(
        sentences=[sentence], sub_event_type="Remote explosive/landmine/IED", date="Wednesday", place=place,
        region="", country="Iraq", actor1="", actor1_type="Rebel group", actor2="people", actor2_type="Civilians",
        claims=[DraftClaim(figure=figure, victims="unknown", claimant="", sentence=sentence)],
    )  # fmt: skip
    return build_event(draft, art)[0]


def test_a_toll_over_a_wave_of_attacks_found_one_by_one_leaves_the_event_for_its_own() -> None:
    art = Article(text=WAVE, sentences=sentence_spans(WAVE), meta=ArticleMeta(published=dt.date(2013, 1, 16)))
    baghdad = _wave_event(art, 1, "Baghdad", "at least 29")
    kirkuk, tuz = _wave_event(art, 2, "Kirkuk", "at least 15"), _wave_event(art, 3, "Tuz Khurmato", "three")
    sums_over_events(art, [baghdad, kirkuk, tuz])
    assert "claim_sum_over_events:29" in baghdad.flags
    assert [c.low for c in baghdad.fatality_claims] == [6] and baghdad.fatalities_acled == 6
    # with the other events counting a small part of it, the lead's toll stays the event's
    art = Article(text=WAVE, sentences=sentence_spans(WAVE), meta=ArticleMeta(published=dt.date(2013, 1, 16)))
    baghdad, tuz = _wave_event(art, 1, "Baghdad", "at least 29"), _wave_event(art, 3, "Tuz Khurmato", "three")
    sums_over_events(art, [baghdad, tuz])
    assert [c.low for c in baghdad.fatality_claims] == [29]
