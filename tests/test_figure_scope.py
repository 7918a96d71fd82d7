"""A figure's scope: a period's running toll is not one attack's, but a death counted as
the period's n-th is that attack's own."""

from __future__ import annotations

from summarizer.figure_scope import is_cumulative


def test_the_tenth_fatality_since_monday_is_one_death_not_the_weeks_toll() -> None:
    told = "A roadside bombing in Baghdad has killed an American soldier - the 10th U.S. fatality in Iraq since Monday."
    assert not is_cumulative(told)


def test_a_toll_since_a_day_is_still_the_periods() -> None:
    assert is_cumulative("At least 70 soldiers have been killed since Monday in the province.")
    assert is_cumulative("Ten U.S. soldiers have died in Iraq since Monday.")
