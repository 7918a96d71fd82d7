"""Sides read from who speaks and who claims (batch 138, Lagos): each assertion failed before its change.

"Emergency services spokesman Geoffrey Boukoru told reporters ..." put an emergency
service first in a militant attack; "MEND ... says its fighters carried out the attack"
is the group's own claim, and went unread.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.responsibility import _claim_in
from summarizer.speakers import a_title_only


@pytest.mark.parametrize(
    "mention",
    [
        "Emergency services",
        "rescue workers",
        "Firefighters",
        "the fire brigade",
        "les sapeurs-pompiers",
        "U.S. official",  # batch 141 (Mogadishu): "confirmation from a U.S. official that an airstrike had killed"
        "a senior Somali official",
    ],
)
def test_a_service_that_comes_after_the_deed_is_no_side(mention: str) -> None:
    assert a_title_only(mention)


@pytest.mark.parametrize(
    "mention", ["Security services", "Emergency forces", "Rapid Support Forces", "Taliban fighters"]
)
def test_forces_stay_sides(mention: str) -> None:
    assert not a_title_only(mention)


def test_a_group_telling_its_men_did_it_claims_the_attack() -> None:
    assert _claim_in(
        "The Movement for the Emancipation of the Niger Delta, or MEND, says its fighters carried out the attack."
    )
    assert _claim_in("The Taliban said their men staged Sunday's raid.")
    assert not _claim_in("The army says its forces repelled the attack.")
    assert not _claim_in("Police say the gunmen carried out the attack at dawn.")


def test_a_count_of_no_side_beside_the_forces_dead_leaves_the_force_hit() -> None:
    """Batches 135/137 (Koutougou, Déou): "au moins 51 soldats ont été tués ... Un précédent
    bilan faisait état de huit morts", the army read on both sides: the force was hit."""
    from summarizer.actors import canonical_actor
    from summarizer.hit_sides import sides_of_the_hit
    from summarizer.schema import DateSpan, Event, FatalityClaim, Location

    army = canonical_actor("l'armée", country="Burkina Faso")

    def event(*victims: str) -> Event:
        claims = [FatalityClaim(low=8, high=8, victims=v, claimant="armée", quote="q") for v in victims]  # type: ignore[arg-type]
        return Event(
            event_type="Battles",
            sub_event_type="Armed clash",
            date=DateSpan(start=dt.date(2023, 2, 17), end=None, precision="day", text="vendredi"),
            location=Location(country="Burkina Faso", admin1=None, place=None),
            actor1=army,
            actor2=army,
            fatality_claims=claims,
            evidence=["Selon l'état-major, au moins 51 soldats ont été tués vendredi dans une attaque."],
        )

    hit = event("state_forces", "unknown")
    sides_of_the_hit([hit])
    assert hit.actor1 is not None and hit.actor1.name == "Unidentified Armed Group"
    assert hit.actor2 is not None and hit.actor2.name == army.name
    for acted in (event("unknown"), event("state_forces", "civilians")):
        sides_of_the_hit([acted])
        assert acted.actor1 is not None and acted.actor1.name == army.name


def test_credit_claimed_is_responsibility_claimed() -> None:
    """Batch 138 (Srinagar airport): "Lashkar-e-Toiba was quick to claim credit for the attack"."""
    assert _claim_in("A spokesman for the militant group Lashkar-e-Toiba was quick to claim credit for the attack.")
    assert _claim_in("The Taliban claimed credit for the bombing.")
    assert not _claim_in("No group has claimed credit for the attack.")
