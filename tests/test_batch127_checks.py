"""Sources, figures, strikes and far-off places read from the forty-fourth session's batch
127 misses (unit level). Made-up sentences in the shape of the stories'; each assertion
failed before its change.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.article import Article
from summarizer.attribution import attribution, source_telling_the_act
from summarizer.claimant_checks import the_outlets_reporter
from summarizer.claimcheck import check_claims
from summarizer.dates import event_date_phrases, resolve_date
from summarizer.distances import far_off, too_far
from summarizer.draft import DraftClaim, DraftEvent
from summarizer.found_in_text import events_in_text
from summarizer.found_places import named_where
from summarizer.keywords import classify
from summarizer.records import build_event, is_conflict_event
from summarizer.schema import Actor, ArticleMeta, DateSpan, Event, Location
from summarizer.state_nouns import state_noun_at
from summarizer.subtype_checks import armed_sides_check
from summarizer.text import sentence_spans


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("The group claimed responsibility for the raid and said it killed 31 soldiers.", "group"),
        ("Al-Shabab claimed responsibility for the attack and said they killed 31 soldiers.", "Al-Shabab"),
        ("It also comes as U.S. Africa Command said Friday its strike killed 17 militants.", "U.S. Africa Command"),
        ("This comes as the army said it killed 17 militants.", "army"),
    ],
)
def test_who_gives_the_figure(sentence: str, who: str) -> None:
    assert attribution(sentence) == who


def _article(text: str) -> Article:
    return Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2022, 11, 11)))


def test_the_attackers_killed_are_not_inside_the_soldiers_the_other_side_claims() -> None:
    art = _article(
        "Soldiers Repel Attack\n\n"
        "The spokesman says 12 of the attackers were killed and they were defeated. "
        "The militants said they have targeted the forces and killed 31 soldiers."
    )
    drafts = [
        DraftClaim(figure="12", victims="non_state", claimant="army", sentence=2),
        DraftClaim(figure="31", victims="state_forces", claimant="militants", sentence=3),
    ]
    kept, _, flags = check_claims(drafts, art, [1, 2])
    assert sorted(c.low or 0 for c in kept) == [12, 31]
    assert not [f for f in flags if f.startswith("claim_inside_a_total")]


@pytest.mark.parametrize(
    ("sentence", "sub_type"),
    [
        ('The command said it had conducted a "collective self-defense strike" against militants.', "Air/drone strike"),
        ("The army carried out two strikes on rebel camps.", "Air/drone strike"),
    ],
)
def test_a_force_that_conducted_a_strike_struck_from_the_air(sentence: str, sub_type: str) -> None:
    found = classify(sentence)
    assert found is not None and found[1] == sub_type


def test_a_general_strike_is_no_air_strike() -> None:
    found = classify("Unions carried out a general strike in the capital.")
    assert found is None or found[1] != "Air/drone strike"


@pytest.mark.parametrize(
    ("before", "far"),
    [
        ("a strike some 285 kilometers northeast of ", True),
        ("a base 100 kilometers south of the capital, ", True),
        ("a village 70 miles from ", True),
        ("a base 40 kilometers west of ", False),
        ("a camp five kilometers outside ", False),
    ],
)
def test_a_reference_town_far_away_is_not_the_place(before: str, far: bool) -> None:
    assert too_far(before) is far


def test_a_sentence_placing_its_deed_far_from_a_town_names_no_place_and_borrows_none() -> None:
    sentence = (
        "The command said it conducted a strike some 285 kilometers northeast of Mogadishu, killing 17 militants."
    )
    assert far_off(sentence)
    assert named_where(sentence, "Somalia") is None
    near = "Militants attacked a base 40 kilometers west of Kismayo, killing five soldiers."
    assert not far_off(near)
    assert named_where(near, "Somalia") == "Kismayo"


def test_a_source_telling_how_the_assault_began_gives_the_lead_toll() -> None:
    told = (
        "Afghan officials said the assault in the provincial capital began around midday Sunday with a bomber"
        " detonating a vehicle at the main entrance before gunmen stormed the facility."
    )
    assert source_telling_the_act(told) == "Afghan officials"
    # a word on the attack is not its telling
    assert source_telling_the_act("Israeli authorities say the Hezbollah attack was unprovoked.") is None


@pytest.mark.parametrize(
    ("evidence", "sub_type"),
    [
        # the weapon named is the kind of event
        (
            "A Taliban suicide car bomb-and-gun attack against a police headquarters has killed 13 officers.",
            "Suicide bomb",
        ),
        ("Taliban gunmen stormed a police headquarters and killed 13 officers.", "Armed clash"),
        # captives executed were disarmed: the victims of an attack
        ("Rebels posted a video that appears to show the bodies of 20 soldiers whom they executed.", "Attack"),
        ("Rebels attacked an army checkpoint in Aleppo and killed 20 soldiers.", "Armed clash"),
    ],
)
def test_an_attack_on_an_armed_side(evidence: str, sub_type: str) -> None:
    rebels = Actor(name="Taliban", type="Rebel group")
    force = Actor(name="Police Forces of Afghanistan", type="State forces")
    assert armed_sides_check("Attack", rebels, force, [evidence])[0] == sub_type


def test_an_army_in_a_groups_own_name_is_not_a_states_forces() -> None:
    assert state_noun_at("The attack came from a hill near Laiza, home to the Kachin Independence Army (KIA).") is None
    assert state_noun_at("The Myanmar Army shelled the camp.") is not None
    assert state_noun_at("Troops shelled the camp of the Free Syrian Army.") == 0


_TAKEOVER_STORY = (
    "More Regional Troops Going to Central African Republic\n\n"
    "It has been almost two months since the rebel coalition seized power in the country, but rebel leaders say"
    " they are struggling to control crime in the Central African Republic. "
    "A man in the town of Batangafo says armed men attacked his neighborhood on May 17, killing six people."
)


def _takeover_draft(claims: list[DraftClaim]) -> DraftEvent:
    return DraftEvent(
        sentences=[1, 2],
        sub_event_type="Non-state actor overtakes territory",
        date="",
        place="",
        region="",
        country="Central African Republic",
        actor1="rebel coalition",
        actor1_type="Rebel group",
        actor2="",
        actor2_type="State forces",
        claims=claims,
    )


def test_it_has_been_two_months_since_dates_the_deed_two_months_back() -> None:
    sentence = "It has been almost two months since the rebel coalition seized power."
    span = resolve_date(event_date_phrases(sentence)[0], dt.date(2013, 5, 20))
    assert (span.start, span.end, span.precision) == (dt.date(2013, 3, 1), dt.date(2013, 3, 31), "month")


def test_an_old_takeover_under_a_headline_of_no_violence_is_background_and_takes_no_recent_toll() -> None:
    text = _TAKEOVER_STORY
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2013, 5, 20)))
    art.country_hint = "Central African Republic"  # as the pipeline guesses it from the text
    six = DraftClaim(figure="six", victims="civilians", claimant="resident", sentence=3)
    event, _ = build_event(_takeover_draft([six]), art)
    assert event.salience == "background"
    assert event.fatality_claims == [] and "claim_of_a_recent_day:six" in event.flags
    # the attack of May 17 is then found in the text as the story's own event
    found = events_in_text(art, [event])
    assert [(e.sub_event_type, e.date.start, e.fatalities_acled) for e in found] == [
        ("Attack", dt.date(2013, 5, 17), 6)
    ]


def test_a_town_taken_with_no_toll_is_an_event() -> None:
    text = "Rebels Advance\n\nOn Saturday, the rebels took the city of Sibut, 186 kilometers from the capital."
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2012, 12, 31)))
    event = Event(
        salience="main",
        event_type="Battles",
        sub_event_type="Non-state actor overtakes territory",
        date=DateSpan(start=dt.date(2012, 12, 29), end=dt.date(2012, 12, 29), precision="day"),
        location=Location(country="Central African Republic", place="Sibut"),
        actor1=Actor(name="Unidentified Armed Group", type="Rebel group"),
        evidence=[art.sentence_text(1)],
    )
    assert is_conflict_event(event)


@pytest.mark.parametrize("mention", ["notre correspondant", "our correspondent", "correspondent"])
def test_the_outlets_correspondent_is_the_outlet_not_a_source(mention: str) -> None:
    text = "Massacre\n\nAu Mali, des attaques ont fait 132 morts. Notre correspondant a tendu son micro au maire."
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2022, 6, 22)))
    assert the_outlets_reporter(mention, art)
    assert not the_outlets_reporter("le maire", art)
