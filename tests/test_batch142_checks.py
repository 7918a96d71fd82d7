"""Batch 142's unseen misses, read after its unread run (unit level): each assertion failed before its change.

Mora (2017): "He said security forces shot dead a third suicide bomber": the bomb never went
off, ACLED's disrupted weapons use by the forces, not a suicide bombing by them.
"""

from __future__ import annotations

from summarizer.draft import DraftEvent
from summarizer.subtype_checks import checked_sub_type


def _draft(sub: str, actor1_type: str) -> DraftEvent:
    return DraftEvent(
        sentences=[2], sub_event_type=sub, date="Saturday", place="Mora", region="", country="Cameroon",
        actor1="security forces", actor1_type=actor1_type, actor2="suicide bomber", actor2_type="Rebel group",
        claims=[],
    )  # fmt: skip


def test_a_suicide_bomber_the_forces_shot_dead_is_a_disrupted_weapon() -> None:
    told = ["He said security forces shot dead a third suicide bomber and are searching for two attackers."]
    assert checked_sub_type(_draft("Suicide bomb", "State forces"), told)[0] == "Disrupted weapons use"


def test_people_killed_when_a_suicide_bomber_struck_stay_a_suicide_bombing() -> None:
    told = ["Four civilians were killed when a suicide bomber rammed his car into a line of vehicles."]
    assert checked_sub_type(_draft("Suicide bomb", "State forces"), told)[0] == "Suicide bomb"
    shot = ["He said security forces shot dead a third suicide bomber and are searching for two attackers."]
    assert checked_sub_type(_draft("Suicide bomb", "Rebel group"), shot)[0] == "Suicide bomb"


def test_a_day_of_this_year_is_a_date_not_a_years_toll() -> None:
    from summarizer.figure_scope import is_cumulative

    assert not is_cumulative("On August 22 of this year, the Pokomo clan raided a village, killing 53 people.")
    assert is_cumulative("Attacks have killed 53 people this year.")
