"""Sources, figures, strikes and far-off places read from the forty-fourth session's batch
127 misses (unit level). Made-up sentences in the shape of the stories'; each assertion
failed before its change.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.article import Article
from summarizer.attribution import attribution
from summarizer.claimcheck import check_claims
from summarizer.distances import far_off, too_far
from summarizer.draft import DraftClaim
from summarizer.found_places import named_where
from summarizer.keywords import classify
from summarizer.schema import ArticleMeta
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
