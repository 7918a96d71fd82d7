"""Batch 148's unseen misses, read after its unread run (unit level): each assertion failed before its change.

Batticaloa (2006): "More than 400 people were killed in the two-week fighting" is a running
toll, not the air strike's; the headline "Tamil Rebels Report Army Air Strikes" makes the army
the owner of the strikes, not the rebels who report them.
"""

from __future__ import annotations

from summarizer.figure_scope import is_cumulative
from summarizer.sides import strike_owner


def test_a_toll_of_weeks_of_fighting_written_with_a_hyphen_is_a_running_toll() -> None:
    assert is_cumulative("More than 400 people were killed in the two-week fighting.")
    assert is_cumulative("Israel says its three-week offensive has killed several hundred guerrillas.")
    assert not is_cumulative("A 10-year-old boy was killed in the fighting on Monday.")


def test_who_reports_a_strike_in_a_headline_does_not_own_it() -> None:
    assert strike_owner(["Tamil Rebels Report Army Air Strikes in Batticaloa"]) == ["Army"]
