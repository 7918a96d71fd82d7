"""Checks read from batch 43, stories the project had not seen: a story that names no
country, the adjective "armée"."""

from __future__ import annotations

from summarizer.places import country_from_places
from summarizer.schema import Actor
from summarizer.side_checks import invented_state_side


def test_a_story_naming_no_country_is_placed_by_its_towns() -> None:
    text = (
        "Au moins 16 personnes ont été tuées mardi à Yirgou, un village de la commune de Barsalogo "
        "dans le centre-nord du pays."
    )
    assert country_from_places(text) == "Burkina Faso"
    # towns of two countries: no guess
    assert country_from_places("Fighting in Kaya spread to the town of Goma.") is None
    assert country_from_places("Nothing happened here.") is None


def test_an_armed_attack_names_no_army() -> None:
    army = Actor(name="Military Forces of Burkina Faso", type="State forces", aliases=["army"])
    armed = ["Au moins 16 personnes ont été tuées mardi dans une attaque armée dans un village."]
    actor, flags = invented_state_side(army, True, "Attack", armed)
    assert actor is not None and actor.name == "Unidentified Armed Group"
    assert flags == ["actor1_state_not_in_evidence:Military Forces of Burkina Faso"]
    # the army the evidence names stands
    named = ["L'armée a riposté à l'attaque armée du village."]
    actor, flags = invented_state_side(army, True, "Attack", named)
    assert actor is army and flags == []
