"""A little-known group that claims an attack, called a group by the story itself, is its doer."""

from __future__ import annotations

from summarizer.self_described import self_described_group


def test_a_name_the_story_calls_an_insurgent_group_is_a_group() -> None:
    sentence = (
        "The Al-Madina Regiment, an insurgent group in Kashmir, called local newspaper offices to claim "
        "responsibility for the bombing."
    )
    assert self_described_group(sentence) == ("Al-Madina Regiment", "Rebel group")


def test_a_leader_or_a_time_is_no_group() -> None:
    assert self_described_group("Khalifa Haftar, the leader of the militant group, spoke.") is None
    assert self_described_group("On Thursday, the Islamist group struck again.") is None


def test_a_long_name_keeps_its_articles() -> None:
    sentence = "The Movement for the Emancipation of the Niger Delta, the region's leading separatist group, said."
    assert self_described_group(sentence) == ("Movement for the Emancipation of the Niger Delta", "Rebel group")
