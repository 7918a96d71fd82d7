"""A riot's first side is its crowd (ACLED's Rioters), never the force that fired on it."""

from __future__ import annotations

import datetime as dt

from summarizer.riot_sides import rioters_first
from summarizer.schema import Actor, DateSpan, Event, Location


def _riot(first: Actor, second: Actor | None) -> Event:
    return Event(
        event_type="Riots", sub_event_type="Violent demonstration",
        date=DateSpan(start=dt.date(2010, 5, 14), end=dt.date(2010, 5, 14), precision="day", text="Friday"),
        location=Location(country="Thailand", admin1="Bangkok", place="Bangkok", geo_precision=1),
        actor1=first, actor2=second, fatality_claims=[], evidence=["Security forces fired tear gas."],
    )  # fmt: skip


def test_the_force_that_fired_on_the_crowd_goes_second() -> None:
    army = Actor(name="Military Forces of Thailand", type="State forces", aliases=[])
    ev = _riot(army, None)
    rioters_first([ev])
    assert ev.actor1 is not None and (ev.actor1.name, ev.actor1.type) == ("Rioters (Thailand)", "Rioters")
    assert ev.actor2 == army


def test_the_party_that_called_the_crowd_out_is_the_crowd_but_an_armed_group_stays() -> None:
    party = Actor(name="Bangladesh Nationalist Party", type="Rebel group", aliases=[])
    ev = _riot(party, None)
    rioters_first([ev])
    assert ev.actor1 is not None and ev.actor1.type == "Rioters" and ev.actor1.aliases == [party.name]
    sdf = Actor(name="Syrian Democratic Forces", type="Rebel group", aliases=[])
    ev = _riot(sdf, None)
    rioters_first([ev])
    assert ev.actor1 == sdf
