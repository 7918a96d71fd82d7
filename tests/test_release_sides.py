"""The other side of a release deal is the people let go (release_sides.py)."""

from __future__ import annotations

from summarizer.release_sides import FLAG, released_counterpart
from summarizer.schema import Actor, Event, Location


def _release(evidence: str, actor2: Actor | None = None) -> Event:
    return Event(
        event_type="Strategic developments",
        sub_event_type="Agreement",
        location=Location(country="Sri Lanka"),
        actor1=Actor(name="LTTE: Liberation Tigers of Tamil Eelam", type="Rebel group", aliases=["Tamil Tigers"]),
        actor2=actor2,
        evidence=[evidence],
    )


def test_workers_let_go_are_civilians_a_policeman_is_the_police() -> None:
    workers = _release("Most of the workers kidnapped have been released unharmed.")
    policeman = _release("Meanwhile, the Tamil Tigers released a policeman who had been held for nearly a year.")
    released_counterpart([workers, policeman])
    assert workers.actor2 is not None and workers.actor2.name == "Civilians"
    assert policeman.actor2 is not None and policeman.actor2.name == "Police Forces of Sri Lanka"
    assert f"{FLAG}:Civilians" in workers.flags


def test_a_deal_with_a_side_or_with_no_one_released_is_left_alone() -> None:
    government = Actor(name="Government of Sri Lanka", type="State forces", aliases=[])
    talks = _release("The Tamil Tigers agreed to a truce on Friday.")
    signed = _release("The Tamil Tigers released a statement with the government.", government)
    released_counterpart([talks, signed])
    assert talks.actor2 is None and signed.actor2 == government


def test_a_statement_released_is_no_one_let_go() -> None:
    statement = _release("The Tamil Tigers released a statement on Friday.")
    released_counterpart([statement])
    assert statement.actor2 is None
