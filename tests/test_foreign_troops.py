"""Bare "soldiers" are the nation's the evidence names (foreign_troops.py), and the alias
table knows the nations whose troops serve abroad (data/countries.json)."""

from __future__ import annotations

import pytest

from summarizer.actors import canonical_actor
from summarizer.foreign_troops import nation_of_the_troops
from summarizer.schema import Actor, Event, Location


def _bomb(evidence: str, soldiers: str = "soldiers", country: str = "Iraq") -> Event:
    return Event(
        event_type="Explosions/Remote violence",
        sub_event_type="Remote explosive/landmine/IED",
        location=Location(country=country, place="Kirkuk"),
        actor1=Actor(name="Unidentified Armed Group", type="Rebel group", aliases=[]),
        actor2=Actor(name=f"Military Forces of {country}", type="State forces", aliases=[soldiers]),
        evidence=[evidence],
    )


def test_a_us_soldier_killed_in_kirkuk_is_the_us_military_not_iraqs() -> None:
    event = _bomb("To the north, a roadside bomb killed a U.S. soldier in Kirkuk.")
    nation_of_the_troops([event])
    assert event.actor2 is not None
    assert (event.actor2.name, event.actor2.type) == ("Military Forces of the United States", "External/Other forces")
    assert "actor2_nation_of_the_troops:Military Forces of the United States" in event.flags


@pytest.mark.parametrize(
    ("evidence", "soldiers"),
    [
        ("A roadside bomb killed two Iraqi soldiers and a U.S. soldier in Kirkuk.", "soldiers"),
        ("A roadside bomb killed a soldier in Kirkuk.", "soldiers"),
        ("A roadside bomb killed a British soldier in Kirkuk.", "Iraqi soldiers"),
        ("A roadside bomb killed a British soldier and a U.S. soldier in Kirkuk.", "soldiers"),
    ],
)
def test_the_countrys_own_troops_or_two_nations_or_none_keep_the_side(evidence: str, soldiers: str) -> None:
    event = _bomb(evidence, soldiers)
    nation_of_the_troops([event])
    assert event.actor2 is not None and event.actor2.name == "Military Forces of Iraq" and event.flags == []


@pytest.mark.parametrize(
    ("mention", "name"),
    [
        ("Canadian troops", "Military Forces of Canada"),
        ("a Latvian soldier", "Military Forces of Latvia"),
        ("Sri Lankan soldiers", "Military Forces of Sri Lanka"),
        ("Dutch soldiers", "Military Forces of the Netherlands"),
        ("an air strike by U.S.-led troops", "Military Forces of the United States"),
        ("the U.S.-led coalition", "Military Forces of the United States"),
        ("coalition troops", "Military Forces of the United States"),
    ],
)
def test_nations_serving_abroad_are_known(mention: str, name: str) -> None:
    assert canonical_actor(mention, country="Afghanistan").name == name


def test_a_policeman_is_the_police() -> None:
    assert canonical_actor("an Iraqi policeman", country="Iraq").name == "Police Forces of Iraq"


def test_foreign_troops_the_evidence_names_as_nato_soldiers_are_nato() -> None:
    event = _bomb("In other violence, two NATO soldiers were killed Wednesday in two insurgent attacks.")
    event.actor2 = Actor(name="Unidentified Military Forces", type="External/Other forces", aliases=["foreign troops"])
    nation_of_the_troops([event])
    assert event.actor2 is not None and event.actor2.name == "NATO: North Atlantic Treaty Organization"
