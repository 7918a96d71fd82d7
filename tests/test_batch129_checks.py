"""Batch 129's misses, read (unit level): each assertion failed before its change.

"He says SPLA forces lost four fighters": the army's four dead read as insurgents, so they
and the rebels' 56 were one group of victims and ACLED's conservative count fell to four.
"“Over 56 rebels were killed. We captured ... They are nowhere to be seen,” Koang said.":
the toll's sentence names no one, and the figure went to the outlet.
"""

from __future__ import annotations

from summarizer.article import Article
from summarizer.schema import ArticleMeta
from summarizer.text import sentence_spans

MALAKAL = (
    "South Sudan Army: More Than 50 Rebels Killed in Weekend Clashes\n\n"
    "Over the weekend, army spokesman Brigadier General Lul Ruai Koang escorted a group of journalists to the scene.\n\n"
    "“Over 56 rebels were killed. We captured over 200 different types of weapons. They are nowhere to be seen,” "
    "Koang said.\n\n"
    "He says SPLA forces lost four fighters and at least 20 others were wounded in clashes that began Friday evening.\n\n"
    "“We lost 12 men. The rest fled.”\n\n"
    "The rebels lost ten fighters, their spokesman said."
)


def _figures(country: str | None) -> dict[int, tuple[str, str | None]]:
    art = Article(text=MALAKAL, sentences=sentence_spans(MALAKAL), meta=ArticleMeta())
    art.country_hint = country
    return {f.low or 0: (f.victims, f.claimant) for f in art.death_figures}


def test_a_state_force_that_lost_fighters_counts_its_own_dead() -> None:
    figures = _figures("South Sudan")
    assert figures[4][0] == "state_forces"
    assert figures[10][0] == "non_state"  # the rebels' losses stay theirs
    assert figures[56][0] == "non_state"


def test_a_quotation_over_several_sentences_is_its_speakers() -> None:
    figures = _figures("South Sudan")
    assert figures[56][1] == "Koang"
    assert figures[12][1] is None  # closed with no one named: no speaker to give
