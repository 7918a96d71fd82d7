"""A figure's scope: a period's running toll is not one attack's, but a death counted as
the period's n-th is that attack's own."""

from __future__ import annotations

from summarizer.figure_scope import is_cumulative, war_sized


def test_the_tenth_fatality_since_monday_is_one_death_not_the_weeks_toll() -> None:
    told = "A roadside bombing in Baghdad has killed an American soldier - the 10th U.S. fatality in Iraq since Monday."
    assert not is_cumulative(told)


def test_a_toll_since_a_day_is_still_the_periods() -> None:
    assert is_cumulative("At least 70 soldiers have been killed since Monday in the province.")
    assert is_cumulative("Ten U.S. soldiers have died in Iraq since Monday.")


def test_a_campaigns_and_that_wars_tolls_are_running_tolls() -> None:
    assert is_cumulative("The campaign has also killed nearly 2,000 Islamic State fighters, the observatory said.")
    assert is_cumulative("That war has killed more than 800 people.")
    # one battle's dead told in the perfect stay the battle's
    assert not is_cumulative("The fighting has killed 30 soldiers, the army said.")


def test_a_thousand_dead_counted_over_a_whole_country_are_a_wars_toll() -> None:
    yemen = "The agency said more than 2,000 people have been killed in Yemen, with about half those being civilians."
    assert war_sized((2000, None), yemen)
    # the same size in one place, over one spell of clashes, is that event's toll
    jonglei = "An official says over 3,000 people have been killed during tribal clashes in the state of Jonglei."
    assert not war_sized((3000, None), jonglei)
    # a country's dead told in the past tense are one event's (a day's attacks)
    assert not war_sized((1200, None), "Officials said 1,200 people were killed in Nigeria on Sunday.")
    # and a small toll counted over a country is a day's
    assert not war_sized((25, None), "At least 25 people have been killed in Iraq in a wave of bombings.")
