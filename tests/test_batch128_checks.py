"""A toll over a period of months is the period's, read from batch 128's unread run (unit level).

"During the 22-month period, an additional 8,000 Iraqi security forces were killed" had
become one air strike's 8,000 dead. The assertion failed before the change.
"""

from __future__ import annotations

from summarizer.figure_scope import is_cumulative


def test_a_toll_over_a_period_of_months_is_cumulative() -> None:
    assert is_cumulative("During the 22-month period, an additional 8,000 Iraqi security forces were killed.")
    assert is_cumulative("In the 10-month period, 300 people died.")
    assert not is_cumulative("During the two-day battle, 30 fighters were killed.")
