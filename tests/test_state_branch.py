"""The arm of the state that was hit is named as its dead are (state_branch.py)."""

from __future__ import annotations

from summarizer.schema import Actor, Event, FatalityClaim, Location
from summarizer.state_branch import FLAG, branch_of_the_dead

INSURGENTS = Actor(name="Unidentified Armed Group", type="Rebel group", aliases=["insurgents"])


def _attack(hit: str, quote: str, evidence: str | None = None, victims: str = "state_forces") -> Event:
    return Event(
        event_type="Battles",
        sub_event_type="Armed clash",
        location=Location(country="Iraq"),
        actor1=INSURGENTS,
        actor2=Actor(name=hit, type="State forces", aliases=["security forces"]),
        evidence=[evidence or quote],
        fatality_claims=[FatalityClaim(low=18, high=18, victims=victims, claimant="police", quote=quote)],  # type: ignore[arg-type]
    )


def test_dead_policemen_make_the_side_hit_the_police_and_dead_soldiers_the_army() -> None:
    police = _attack("Military Forces of Iraq", "Insurgents attacked a compound, killing at least 18 policemen.")
    army = _attack("Police Forces of Iraq", "Gunmen stormed an army camp and killed 18 soldiers.")
    branch_of_the_dead([police, army])
    assert police.actor2 is not None and police.actor2.name == "Police Forces of Iraq"
    assert police.actor2.aliases == ["security forces"] and f"{FLAG}:Police Forces of Iraq" in police.flags
    assert army.actor2 is not None and army.actor2.name == "Military Forces of Iraq"


def test_both_branches_named_or_civilian_dead_leave_the_model_choice() -> None:
    joint = _attack("Military Forces of Iraq", "The blast killed 18 policemen.", "Soldiers and police were on patrol.")
    neutral = _attack("Military Forces of Iraq", "Eighteen paramilitary personnel were killed.")
    civilians = _attack("Military Forces of Iraq", "Police said 18 people were killed.", victims="civilians")
    branch_of_the_dead([joint, neutral, civilians])
    for ev in (joint, neutral, civilians):
        assert ev.actor2 is not None and ev.actor2.name == "Military Forces of Iraq" and ev.flags == []


def test_french_policiers_count_as_police() -> None:
    ev = _attack("Government of Iraq", "Trois policiers ont été tués mardi.")
    branch_of_the_dead([ev])
    assert ev.actor2 is not None and ev.actor2.name == "Police Forces of Iraq"
