"""The same dead named civilians by one source and fighters by another are one group.

A strike's toll in a dispute ("the governor said 12 Taliban were killed"; "residents said
the 12 dead were civilians") is two claims about twelve people, not 24 dead.
"""

from __future__ import annotations

from summarizer.fatalities import totals
from summarizer.schema import FatalityClaim


def _claim(n: int, victims: str, claimant: str) -> FatalityClaim:
    return FatalityClaim(low=n, high=n, victims=victims, claimant=claimant, quote=f"{n} killed")  # type: ignore[arg-type]


def test_twelve_civilians_or_twelve_militants_are_twelve_dead() -> None:
    fat, acled = totals([_claim(12, "civilians", "residents"), _claim(12, "non_state", "provincial governor")])
    assert acled == 12
    assert (fat.low, fat.high) == (12, 12)


def test_different_figures_for_the_two_groups_still_add_up() -> None:
    # the army's 33 militants and the media's 3 civilians are different dead
    fat, acled = totals([_claim(33, "non_state", "army"), _claim(3, "civilians", "local media")])
    assert acled == 36


def test_one_source_counting_both_groups_adds_them() -> None:
    # "the strike killed four militants and four civilians, officials said": eight dead
    _, acled = totals([_claim(4, "non_state", "officials"), _claim(4, "civilians", "officials")])
    assert acled == 8
