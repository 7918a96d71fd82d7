"""A town the state's forces lost is the other side's gain (Kidal, 2014: "Rebel forces control
the northern Malian town of Kidal after pushing back government troops" had been coded as
the army regaining it). The assertion failed before the change."""

from __future__ import annotations

from summarizer.schema import Actor
from summarizer.territory import taker_told

ARMY = Actor(name="Military Forces of Mali", type="State forces", aliases=["Malian army"])
REBELS = Actor(name="Unidentified Armed Group", type="Rebel group", aliases=["rebels"])


def test_forces_pushed_back_or_retreating_lost_the_ground() -> None:
    for told in (
        "Rebel forces control the northern Malian town of Kidal after pushing back government troops in heavy fighting.",
        "Malian Forces Retreat From Rebel-Controlled Kidal",
    ):
        assert taker_told("Government regains territory", ARMY, REBELS, [told]) == (
            REBELS,
            ARMY,
            ["actors_swapped:state_forces_lost_ground"],
        )
    # the army retaking a town the rebels left keeps its gain
    kept = "The army retook the town after the rebels retreated."
    assert taker_told("Government regains territory", ARMY, REBELS, [kept]) == (ARMY, REBELS, [])
