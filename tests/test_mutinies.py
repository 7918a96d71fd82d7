"""Soldiers in mutiny are named as ACLED names them (mutinies.py)."""

from __future__ import annotations

import datetime as dt

from summarizer.mutinies import FLAG, name_mutineers
from summarizer.schema import Actor, DateSpan, Event, Location

BOUAKE = (
    "Heavy fighting broke out between government troops and rebels in the Ivory Coast city of Bouake "
    "Tuesday. Bouake has been in the hands of anti-government forces since a mutiny began last week."
)


def _event(actor1: Actor, actor2: Actor) -> Event:
    return Event(
        salience="main",
        event_type="Battles",
        sub_event_type="Armed clash",
        date=DateSpan(start=dt.date(2002, 9, 24), end=dt.date(2002, 9, 24), precision="day", text="Tuesday"),
        location=Location(country="Ivory Coast", place="Bouake", geo_precision=1),
        actor1=actor1,
        actor2=actor2,
        evidence=[BOUAKE.split(". ")[0]],
    )


ARMY = Actor(name="Military Forces of Ivory Coast", type="State forces", aliases=["government troops"])


def test_the_rebels_of_a_mutiny_story_are_the_mutiny_of_the_army() -> None:
    ev = _event(ARMY, Actor(name="Unidentified Armed Group", type="Rebel group", aliases=["rebels"]))
    name_mutineers([ev], BOUAKE)
    assert ev.actor2 is not None and ev.actor2.name == "Mutiny of Military Forces of Ivory Coast"
    assert ev.actor1 is not None and ev.actor1.name == "Military Forces of Ivory Coast"  # the loyal side stays
    assert f"{FLAG}:actor2" in ev.flags


def test_mutinous_soldiers_read_as_the_army_are_the_mutiny() -> None:
    mutinous = Actor(name="Military Forces of Ivory Coast", type="State forces", aliases=["mutinous soldiers"])
    ev = _event(mutinous, ARMY)
    name_mutineers([ev], BOUAKE)
    assert ev.actor1 is not None and ev.actor1.name == "Mutiny of Military Forces of Ivory Coast"
    assert ev.actor2 is not None and ev.actor2.name == "Military Forces of Ivory Coast"


def test_no_mutiny_told_or_a_rebel_group_named_changes_nothing() -> None:
    rebels = Actor(name="Unidentified Armed Group", type="Rebel group", aliases=["rebels"])
    ev = _event(ARMY, rebels)
    name_mutineers([ev], BOUAKE.replace("a mutiny began", "the fighting began"))
    assert ev.actor2 is not None and ev.actor2.name == "Unidentified Armed Group"
    named = BOUAKE + " The Revolutionary Armed Forces of Colombia (FARC) say they back them."
    ev = _event(ARMY, rebels)
    name_mutineers([ev], named)
    assert ev.actor2 is not None and ev.actor2.name == "Unidentified Armed Group"
