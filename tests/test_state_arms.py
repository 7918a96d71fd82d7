"""A government that fights is its army (state_arms.py)."""

from __future__ import annotations

from summarizer.schema import Actor, Event, Location
from summarizer.state_arms import FLAG, army_for_the_government

GOVERNMENT = Actor(name="Government of Afghanistan", type="State forces", aliases=["Afghan government"])
TALIBAN = Actor(name="Taliban", type="Rebel group", aliases=["Taliban"])


def _event(event_type: str, sub_type: str, actor1: Actor, actor2: Actor) -> Event:
    return Event(
        event_type=event_type,  # type: ignore[arg-type]
        sub_event_type=sub_type,  # type: ignore[arg-type]
        location=Location(country="Afghanistan"),
        actor1=actor1,
        actor2=actor2,
    )


def test_a_government_that_attacks_is_its_military_a_government_hit_or_signing_stays() -> None:
    clash = _event("Battles", "Armed clash", GOVERNMENT, TALIBAN)
    bombing = _event("Explosions/Remote violence", "Suicide bomb", TALIBAN, GOVERNMENT)
    deal = _event("Strategic developments", "Agreement", GOVERNMENT, TALIBAN)
    army_for_the_government([clash, bombing, deal])
    assert clash.actor1 is not None and clash.actor1.name == "Military Forces of Afghanistan"
    assert clash.actor1.aliases == ["Afghan government"] and FLAG in clash.flags
    assert bombing.actor2 == GOVERNMENT and deal.actor1 == GOVERNMENT and deal.flags == []
