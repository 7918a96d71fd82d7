"""Batch 128's misses, read (unit level): each assertion failed before its change.

"During the 22-month period, an additional 8,000 Iraqi security forces were killed" had
become one air strike's 8,000 dead. Stalled Congo-M23 talks, with "eight of 11 issues" agreed
"in a draft peace agreement", had become an Agreement.
"""

from __future__ import annotations

from summarizer.agreements_made import only_a_pledge
from summarizer.figure_scope import is_cumulative


def test_a_toll_over_a_period_of_months_is_cumulative() -> None:
    assert is_cumulative("During the 22-month period, an additional 8,000 Iraqi security forces were killed.")
    assert is_cumulative("In the 10-month period, 300 people died.")
    assert not is_cumulative("During the two-day battle, 30 fighters were killed.")


def test_stalled_talks_and_a_draft_are_no_agreement() -> None:
    told = (
        "U.N. diplomats say peace talks between the Democratic Republic of Congo's government and M23 rebels have "
        "stalled after making some progress. After four days of negotiations, envoys to the talks say the sides "
        "have agreed on eight of 11 issues in a draft peace agreement."
    )
    assert only_a_pledge(told)
    assert only_a_pledge("The two sides could not reach an overall deal.")
    assert only_a_pledge("Les pourparlers de paix ont échoué samedi à Addis-Abeba.")
    # one made stays, whatever else stalled
    assert not only_a_pledge("The sides signed a cease-fire on Monday, but talks on a final peace deal have stalled.")
    assert not only_a_pledge("The government and the rebels agreed on a prisoner swap on Sunday.")
