"""Checks written after reading gold batch 72 (its first run, unread, is recorded in
evals/README.md): a missile an air force fired, a town named "<country> City"."""

from __future__ import annotations

import pytest

from summarizer.geo import locate
from summarizer.keywords import classify


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials say an Israeli air force fired a missile at a house in Gaza City, killing eight people.",
        "Army helicopters fired rockets at a militant hideout, killing five.",
        "Government warplanes launched two missiles at the market.",
    ],
)
def test_a_missile_fired_from_the_air_is_an_air_strike(sentence: str) -> None:
    assert classify(sentence) == ("Explosions/Remote violence", "Air/drone strike")


@pytest.mark.parametrize(
    "sentence",
    [
        "Militants fired a missile at a police post, killing two.",
        "Rebels fired rockets at the air force base overnight.",
    ],
)
def test_a_missile_fired_from_the_ground_stays_shelling(sentence: str) -> None:
    assert classify(sentence) == ("Explosions/Remote violence", "Shelling/artillery/missile attack")


@pytest.mark.parametrize(
    ("phrase", "country", "admin1"),
    [
        ("Gaza City", "Palestine", "Gaza Strip"),
        ("Kuwait City", "Kuwait", "Al Asimah"),
        ("Panama City", "Panama", "Panama"),
    ],
)
def test_a_town_named_for_its_country_is_the_town(phrase: str, country: str, admin1: str) -> None:
    # "Gaza City" once read as the country "Gaza" plus the word "City": no town, no region
    loc = locate(phrase, text=phrase)
    assert (loc.country, loc.admin1, loc.place, loc.geo_precision) == (country, admin1, phrase, 1)
    assert loc.latitude is not None


def test_a_country_alone_is_still_no_town() -> None:
    loc = locate("Palestine", text="Palestine")
    assert loc.place is None and loc.country == "Palestine"
