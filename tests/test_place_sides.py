"""A side named by a region ("Unity state") is no side (place_sides.py)."""

from __future__ import annotations

from summarizer.actors import canonical_actor
from summarizer.place_sides import place_as_side
from summarizer.schema import Actor


def _side(name: str, country: str) -> tuple[str, list[str]]:
    actor, flags = place_as_side(Actor(name=name, type="State forces", aliases=[name]), country)
    assert actor is not None
    return actor.name, flags


def test_a_region_told_with_its_kind_is_no_side_but_a_group_named_state_is() -> None:
    assert _side("Unity state", "South Sudan") == ("Unidentified Armed Group", ["side_named_by_a_place:Unity state"])
    assert _side("Islamic State", "Somalia") == ("Islamic State", [])
    assert _side("Kachin", "Myanmar") == ("Kachin", [])  # may be the Kachin rebels


def test_the_spla_is_south_sudans_army() -> None:
    for told in ("SPLA", "Sudan People’s Liberation Army (SPLA)"):
        assert canonical_actor(told, country="South Sudan").name == "Military Forces of South Sudan"
