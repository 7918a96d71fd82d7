"""A government that fights is its army (state_arms.py)."""

from __future__ import annotations

from summarizer.schema import Actor, Event, Location
from summarizer.state_arms import FLAG, FLAG_SECOND, army_for_the_government

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


def test_the_government_as_the_other_side_of_a_battle_is_its_army_as_a_bombing_target_it_stays() -> None:
    battle = _event("Battles", "Armed clash", TALIBAN, GOVERNMENT)
    bombing = _event("Explosions/Remote violence", "Suicide bomb", TALIBAN, GOVERNMENT)
    army_for_the_government([battle, bombing])
    assert battle.actor2 is not None and battle.actor2.name == "Military Forces of Afghanistan"
    assert FLAG_SECOND in battle.flags and battle.actor2.aliases == ["Afghan government"]
    assert bombing.actor2 == GOVERNMENT and bombing.flags == []
