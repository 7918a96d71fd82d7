"""The force that freed the people taken is not the abduction's side hit."""

from __future__ import annotations

from summarizer.rescuers import taken_not_rescuer
from summarizer.schema import Actor

ARMY = Actor(name="Military Forces of Nigeria", type="State forces", aliases=["military"])
RAID = ["In Nigeria, a military raid has freed 12 foreign sailors abducted by militants over the weekend."]


def test_the_army_that_freed_the_captives_gives_way_to_the_people_taken() -> None:
    actor2, flags = taken_not_rescuer(ARMY, "Abduction/forced disappearance", RAID)
    assert actor2 is not None and (actor2.name, actor2.type) == ("Civilians", "Civilians")
    assert flags == ["actor2_freed_the_captives:Military Forces of Nigeria"]


def test_soldiers_taken_or_a_clash_keep_their_sides() -> None:
    taken = ["Militants abducted three soldiers at a checkpoint near Bonny."]
    assert taken_not_rescuer(ARMY, "Abduction/forced disappearance", taken) == (ARMY, [])
    assert taken_not_rescuer(ARMY, "Armed clash", RAID) == (ARMY, [])
