"""Batch 145's unseen misses, read after its unread run (unit level): each assertion failed before its change.

Iliskhan-Yurt (2003): "The bombing comes just days after a truck bomb killed close to 60 people
in Chechnya on Monday": Monday dates the truck bomb this bombing follows, not this one.
"""

from __future__ import annotations

from summarizer.news_days import dates_what_it_follows


def test_a_day_after_comes_days_after_dates_the_earlier_happening() -> None:
    told = "The bombing comes just days after a truck bomb killed close to 60 people in Chechnya on Monday."
    assert dates_what_it_follows(told, "on Monday")
    assert dates_what_it_follows("The raid came two weeks after gunmen killed five on May 3.", "on May 3")


def test_the_events_own_day_before_came_after_is_its_own() -> None:
    assert not dates_what_it_follows("The attack on Monday came a day after talks collapsed.", "on Monday")
    assert not dates_what_it_follows("Gunmen killed five people on Monday, days after the vote.", "on Monday")
