"""State sides named late get ACLED's article and era (acled_names.py)."""

from __future__ import annotations

import datetime as dt

from summarizer.acled_names import name_state_sides
from summarizer.schema import Actor, DateSpan, Event, Location


def _battle(country: str, side: str, day: dt.date | None) -> Event:
    return Event(
        event_type="Battles",
        sub_event_type="Armed clash",
        date=DateSpan(start=day, end=day),
        location=Location(country=country),
        actor1=Actor(name="Unidentified Armed Group", type="Rebel group", aliases=[]),
        actor2=Actor(name=side, type="State forces", aliases=[]),
    )


def test_a_country_written_with_the_and_a_regimes_era_are_added_to_a_side_named_late() -> None:
    congo = _battle(
        "Democratic Republic of Congo", "Military Forces of Democratic Republic of Congo", dt.date(2004, 7, 10)
    )
    syria = _battle("Syria", "Military Forces of Syria", dt.date(2012, 10, 30))
    police = _battle("Syria", "Police Forces of Syria", dt.date(2025, 1, 5))
    undated = _battle("Syria", "Military Forces of Syria", None)
    mali = _battle("Mali", "Military Forces of Mali", dt.date(2021, 1, 1))
    name_state_sides([congo, syria, police, undated, mali])
    assert congo.actor2 is not None and congo.actor2.name == "Military Forces of the Democratic Republic of Congo"
    assert syria.actor2 is not None and syria.actor2.name == "Military Forces of Syria (2000-2024)"
    assert police.actor2 is not None and police.actor2.name == "Police Forces of Syria (2024-)"
    # no day, no era; a country without "the" and without eras keeps its name
    assert undated.actor2 is not None and undated.actor2.name == "Military Forces of Syria"
    assert mali.actor2 is not None and mali.actor2.name == "Military Forces of Mali"
