"""A bomb told with words between it and its blast is still a bomb (keywords.classify)."""

from __future__ import annotations

from summarizer.keywords import classify


def test_a_bomb_that_exploded_a_few_words_on_is_a_remote_explosive() -> None:
    told = "A bomb attached to a local health department pickup truck exploded, killing the driver."
    assert classify(told) == ("Explosions/Remote violence", "Remote explosive/landmine/IED")
    went = "A bomb hidden in a cart of vegetables went off near the market."
    assert classify(went) == ("Explosions/Remote violence", "Remote explosive/landmine/IED")


def test_bombs_dropped_from_the_air_stay_an_air_strike_and_a_bare_killing_a_clash() -> None:
    assert classify("Warplanes dropped bombs that exploded near the school.") == (
        "Explosions/Remote violence",
        "Air/drone strike",
    )
    assert classify("Gunmen killed two policemen on Tuesday.") == ("Battles", "Armed clash")
