"""A toll the article gives to the other side's own deed is not this event's."""

from __future__ import annotations

from summarizer.claimcheck import recount_event
from summarizer.other_side_deeds import deeds_of_the_other_side_out
from summarizer.schema import Actor, DateSpan, Event, FatalityClaim, Location

ISRAEL = Actor(name="Military Forces of Israel", type="State forces", aliases=["Israeli warplanes"])
HEZBOLLAH = Actor(name="Hezbollah", type="Political militia", aliases=["Hezbollah guerrillas"])


def _claim(n: int, victims: str, quote: str) -> FatalityClaim:
    return FatalityClaim(low=n, high=n, victims=victims, claimant="officials", quote=quote)  # type: ignore[arg-type]


def _strike(claims: list[FatalityClaim]) -> Event:
    ev = Event(
        event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
        date=DateSpan(start=None, end=None, precision="unknown", text=None),
        location=Location(country="Lebanon", admin1=None, place=None, geo_precision=3),
        actor1=ISRAEL, actor2=HEZBOLLAH, fatality_claims=claims, evidence=["Israeli warplanes have been pounding Lebanon."],
    )  # fmt: skip
    recount_event(ev)
    return ev


def test_the_dead_of_the_second_sides_rockets_leave_the_strike_on_it() -> None:
    own = _claim(3, "unknown", "Lebanese officials say at least three people were killed in today's bombardments.")
    theirs = _claim(
        8, "civilians", "On Thursday, Hezbollah fired more than 150 rockets into Israel, killing eight civilians."
    )
    ev, context = _strike([own, theirs]), []  # type: ignore[var-annotated]
    deeds_of_the_other_side_out([ev], context)
    assert ev.fatality_claims == [own] and context == [theirs]
    assert ev.fatalities_acled == 3 and "claim_a_deed_of_the_other_side:8" in ev.flags


def test_the_second_sides_own_dead_told_in_the_passive_stay() -> None:
    own = _claim(3, "unknown", "Lebanese officials say at least three people were killed in today's bombardments.")
    dead = _claim(5, "non_state", "Israel says five Hezbollah guerrillas were killed in the strikes.")
    ev, context = _strike([own, dead]), []  # type: ignore[var-annotated]
    deeds_of_the_other_side_out([ev], context)
    assert ev.fatality_claims == [own, dead] and context == []
