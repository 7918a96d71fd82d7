"""A battle whose only dead are soldiers: the force was attacked, unless the evidence says
the force itself went on the offensive."""

from __future__ import annotations

from summarizer.schema import Actor, FatalityClaim
from summarizer.targets import attacked_side_second

ARMY = Actor(name="Military Forces of Myanmar", type="State forces", aliases=["government"])
MNDAA = Actor(name="MNDAA: Myanmar National Democratic Alliance Army", type="Rebel group", aliases=["Kokang"])
DEAD = [FatalityClaim(low=3, high=3, victims="state_forces", claimant="government", quote="three soldiers were killed")]


def test_a_force_that_lost_men_was_attacked() -> None:
    told = ["Clashes are continuing between Kokang rebels and Myanmar government troops."]
    a1, a2, flags = attacked_side_second(ARMY, MNDAA, DEAD, "Armed clash", told)
    assert (a1, a2, flags) == (MNDAA, ARMY, ["actors_swapped:the_dead_side_was_attacked"])


def test_a_force_that_went_on_the_offensive_stays_first() -> None:
    told = ["A rebel spokesman said the government had engaged in a six-hour offensive against the Kokang."]
    assert attacked_side_second(ARMY, MNDAA, DEAD, "Armed clash", told) == (ARMY, MNDAA, [])
