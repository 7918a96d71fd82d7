"""A group's name misspelt or transliterated otherwise is still that group."""

from __future__ import annotations

from summarizer.actors import canonical_actor


def test_a_long_name_a_letter_or_two_off_is_the_tables_group() -> None:
    assert canonical_actor("Lakshar-e-Taiba", country="India").name == "Lashkar-e-Taiba"
    assert canonical_actor("Laskar-i-Jhangvi", country="Pakistan").name == "Lashkar-e-Jhangvi"


def test_another_group_with_a_like_name_or_a_short_name_is_not_respelt() -> None:
    # Mozambique's "Ansar al-Sunna" is not the Iraqi group of the same name
    assert "Mozambique" not in canonical_actor("Ansar al-Sunnah", country="Iraq").name
    # one word changed beyond a respelling: another name
    assert canonical_actor("Lashkar-e-Islam", country="Pakistan").name != "Lashkar-e-Taiba"
    # lower case words are no name to respell
    assert canonical_actor("lakshar-e-taiba", country="India").name != "Lashkar-e-Taiba"
