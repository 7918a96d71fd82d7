"""The force whose dead a strike counts is the side hit when no sentence names one (dead_forces.py)."""

from __future__ import annotations

from summarizer.dead_forces import force_of_the_dead
from summarizer.schema import Event, FatalityClaim


def _event(*claims: tuple[int, str]) -> Event:
    return Event.model_validate(
        dict(
            event_type="Explosions/Remote violence",
            sub_event_type="Remote explosive/landmine/IED",
            fatality_claims=[FatalityClaim(low=n, high=n, victims=v) for n, v in claims],  # type: ignore[arg-type]
        )
    )


def test_foreign_troops_among_the_dead_name_their_nations_forces() -> None:
    told = "The same day a car bomb killed five Americans, including three U.S. soldiers and a civilian."
    force = force_of_the_dead(_event((5, "unknown"), (3, "foreign_forces")), told, "Afghanistan")
    assert force is not None and force.name == "Military Forces of the United States"


def test_the_countrys_soldiers_are_its_army_and_civilians_among_the_dead_name_no_force() -> None:
    told = "A roadside bomb killed four soldiers in Kunar province."
    force = force_of_the_dead(_event((4, "state_forces")), told, "Afghanistan")
    assert force is not None and force.name == "Military Forces of Afghanistan"
    mixed = _event((9, "civilians"), (2, "state_forces"))
    assert force_of_the_dead(mixed, "A bomb killed nine civilians and two soldiers.", "Afghanistan") is None
