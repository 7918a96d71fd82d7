"""Sides read from who speaks and who claims (batch 138, Lagos): each assertion failed before its change.

"Emergency services spokesman Geoffrey Boukoru told reporters ..." put an emergency
service first in a militant attack; "MEND ... says its fighters carried out the attack"
is the group's own claim, and went unread.
"""

from __future__ import annotations

import pytest

from summarizer.responsibility import _claim_in
from summarizer.speakers import a_title_only


@pytest.mark.parametrize(
    "mention", ["Emergency services", "rescue workers", "Firefighters", "the fire brigade", "les sapeurs-pompiers"]
)
def test_a_service_that_comes_after_the_deed_is_no_side(mention: str) -> None:
    assert a_title_only(mention)


@pytest.mark.parametrize("mention", ["Security services", "Emergency forces", "Rapid Support Forces"])
def test_forces_stay_sides(mention: str) -> None:
    assert not a_title_only(mention)


def test_a_group_telling_its_men_did_it_claims_the_attack() -> None:
    assert _claim_in(
        "The Movement for the Emancipation of the Niger Delta, or MEND, says its fighters carried out the attack."
    )
    assert _claim_in("The Taliban said their men staged Sunday's raid.")
    assert not _claim_in("The army says its forces repelled the attack.")
    assert not _claim_in("Police say the gunmen carried out the attack at dawn.")
