"""A bombing of people whose evidence names no force: the model's state force is no target."""

from __future__ import annotations

import datetime as dt

from summarizer.hit_sides import sides_of_the_hit
from summarizer.schema import Actor, DateSpan, Event, FatalityClaim, Location

_TRAINS = [
    "Government officials say six people were killed Saturday when suspected guerrillas from the group known as "
    "the PKK detonated bombs that derailed two trains."
]


def _bombing(evidence: list[str], victims: str) -> Event:
    claim = FatalityClaim(low=6, high=6, victims=victims, claimant="officials", quote=evidence[0])  # type: ignore[arg-type]
    return Event(
        event_type="Explosions/Remote violence",
        sub_event_type="Remote explosive/landmine/IED",
        date=DateSpan(start=dt.date(2005, 7, 2), end=None, precision="day", text="Saturday"),
        location=Location(country="Turkey", admin1="Bingol", place=None),
        actor1=Actor(name="PKK: Kurdistan Workers Party", type="Rebel group", aliases=["PKK"]),
        actor2=Actor(name="Military Forces of Turkey", type="State forces", aliases=[]),
        fatality_claims=[claim],
        evidence=evidence,
    )


def test_people_killed_by_a_bomb_with_no_force_named_are_civilians() -> None:
    trains = _bombing(_TRAINS, "unknown")
    sides_of_the_hit([trains])
    assert trains.actor2 is not None and trains.actor2.name == "Civilians"
    assert any(f.startswith("actor2_civilians_of_a_bombing") for f in trains.flags)


def test_a_bomb_told_beside_a_force_or_its_dead_keeps_its_target() -> None:
    patrol = _bombing(["A roadside bomb hit an army patrol, killing six people."], "unknown")
    sides_of_the_hit([patrol])
    assert patrol.actor2 is not None and patrol.actor2.name == "Military Forces of Turkey"
    soldiers = _bombing(_TRAINS, "state_forces")
    sides_of_the_hit([soldiers])
    assert soldiers.actor2 is not None and soldiers.actor2.name == "Military Forces of Turkey"


def test_civilians_assumed_before_the_forces_dead_were_read_give_way_to_the_force() -> None:
    claim = FatalityClaim(
        low=1,
        high=1,
        victims="state_forces",
        claimant="outlet",
        quote="Another government serviceman was killed overnight in the neighboring Luhansk region.",
    )
    attack = Event(
        event_type="Violence against civilians",
        sub_event_type="Attack",
        date=DateSpan(start=dt.date(2014, 5, 21), end=None, precision="day", text="overnight"),
        location=Location(country="Ukraine", admin1="Luhansk", place=None),
        actor1=Actor(name="Unidentified Armed Group", type="Rebel group", aliases=[]),
        actor2=Actor(name="Civilians", type="Civilians", aliases=[]),
        fatality_claims=[claim],
        evidence=[claim.quote],
        flags=["sub_type_corrected_from:Armed clash", "actor2_assumed:Civilians"],
    )
    sides_of_the_hit([attack])
    assert attack.actor2 is not None and attack.actor2.name == "Military Forces of Ukraine"
    assert (attack.event_type, attack.sub_event_type) == ("Battles", "Armed clash")


def test_a_found_killing_of_named_people_with_no_toll_hit_civilians() -> None:
    from summarizer.assumed_targets import assume_target

    told = (
        "In a second attack Thursday, officials say gunmen opened fire on a vehicle in the Mastung district of "
        "Baluchistan, killing a United Nations Food and Agriculture Organization worker and the driver."
    )
    event = Event(
        event_type="Battles",
        sub_event_type="Armed clash",
        date=DateSpan(start=dt.date(2012, 3, 29), end=None, precision="day", text="Thursday"),
        location=Location(country="Pakistan", admin1="Balochistan", place="Mastung"),
        actor1=Actor(name="Unidentified Armed Group", type="Rebel group", aliases=[]),
        actor2=None,
        fatality_claims=[],
        evidence=[told],
        flags=["deaths_without_number:limited"],
    )
    assume_target(event, "Pakistan")
    assert (event.sub_event_type, event.actor2.name if event.actor2 else None) == ("Attack", "Civilians")
    soldiers = event.model_copy(
        update={
            "sub_event_type": "Armed clash",
            "actor2": None,
            "evidence": [
                told.replace("a United Nations Food and Agriculture Organization worker and the driver", "two soldiers")
            ],
        }
    )
    assume_target(soldiers, "Pakistan")
    assert soldiers.actor2 is not None and soldiers.actor2.name == "Military Forces of Pakistan"
