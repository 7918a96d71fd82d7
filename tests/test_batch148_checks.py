"""Batch 148's unseen misses, read after its unread run (unit level): each assertion failed before its change.

Batticaloa (2006): "More than 400 people were killed in the two-week fighting" is a running
toll, not the air strike's; the headline "Tamil Rebels Report Army Air Strikes" makes the army
the owner of the strikes, not the rebels who report them. Baquba (2007): "one of the worst
attacks on U.S. ground forces since the 2003 invasion" sets no year on Monday's toll, and
"gunmen dressed as Iraqi army troops raided a village near Baquba Tuesday, killing six" is
another day's attack.
"""

from __future__ import annotations

import datetime as dt

from summarizer.death_words import AN_ATTACK
from summarizer.figure_scope import is_cumulative, past_year
from summarizer.sides import strike_owner


def test_a_toll_of_weeks_of_fighting_written_with_a_hyphen_is_a_running_toll() -> None:
    assert is_cumulative("More than 400 people were killed in the two-week fighting.")
    assert is_cumulative("Israel says its three-week offensive has killed several hundred guerrillas.")
    assert not is_cumulative("A 10-year-old boy was killed in the fighting on Monday.")


def test_who_reports_a_strike_in_a_headline_does_not_own_it() -> None:
    assert strike_owner(["Tamil Rebels Report Army Air Strikes in Batticaloa"]) == ["Army"]


def test_a_year_the_attack_is_measured_since_is_no_year_of_its_toll() -> None:
    told = (
        "A suicide car bombing has killed nine American soldiers in one of the worst attacks since the 2003 invasion."
    )
    assert not past_year(told, dt.date(2007, 4, 24))
    assert past_year("The 2003 invasion killed thousands.", dt.date(2007, 4, 24))


def test_gunmen_who_raided_a_village_tell_an_attack_of_their_own() -> None:
    assert AN_ATTACK.search("Gunmen dressed as Iraqi army troops raided a village near Baquba Tuesday, killing six.")
