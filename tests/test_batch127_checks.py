"""Sources, figures, strikes and far-off places read from the forty-fourth session's batch
127 misses (unit level). Made-up sentences in the shape of the stories'; each assertion
failed before its change.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.article import Article
from summarizer.attribution import attribution, source_telling_the_act
from summarizer.claimcheck import check_claims
from summarizer.distances import far_off, too_far
from summarizer.draft import DraftClaim
from summarizer.found_places import named_where
from summarizer.keywords import classify
from summarizer.schema import Actor, ArticleMeta
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


def test_an_attack_on_an_armed_side_that_names_its_weapon_is_that_weapon() -> None:
    taliban = Actor(name="Taliban", type="Rebel group")
    police = Actor(name="Police Forces of Afghanistan", type="State forces")
    bomb = ["A Taliban suicide car bomb-and-gun attack against a police headquarters has killed 13 officers."]
    assert armed_sides_check("Attack", taliban, police, bomb)[0] == "Suicide bomb"
    raid = ["Taliban gunmen stormed a police headquarters and killed 13 officers."]
    assert armed_sides_check("Attack", taliban, police, raid)[0] == "Armed clash"


def test_an_army_in_a_groups_own_name_is_not_a_states_forces() -> None:
    assert state_noun_at("The attack came from a hill near Laiza, home to the Kachin Independence Army (KIA).") is None
    assert state_noun_at("The Myanmar Army shelled the camp.") is not None
    assert state_noun_at("Troops shelled the camp of the Free Syrian Army.") == 0
