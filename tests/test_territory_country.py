"""Towns of an occupied territory named under the state next to it (territory_country.py),
the state an event was in before independence, and the doer's own soldiers among the dead
(targets._own_dead)."""

from __future__ import annotations

import datetime as dt

from summarizer.geo import locate
from summarizer.place_words import without_facility
from summarizer.schema import Actor, DateSpan, FatalityClaim, Location
from summarizer.targets import target_from_dead
from summarizer.territory_country import FLAG, INDEPENDENCE_FLAG, country_of_the_day, in_paired_territory


def test_a_west_bank_camp_named_under_israel_is_in_palestine() -> None:
    place = without_facility("Jenin refugee camp")
    assert place == "Jenin"
    moved, flags = in_paired_territory(locate(place, country="Israel", text="Jenin refugee camp"))
    assert (moved.country, moved.admin1, moved.place) == ("Palestine", "West Bank", "Jenin")
    assert flags == [f"{FLAG}:Palestine"]
    # a town the gazetteer places in Israel stays there
    kept, flags = in_paired_territory(locate("Sderot", country="Israel"))
    assert kept.country == "Israel" and flags == []


def test_the_doers_own_soldier_among_the_dead_makes_no_state_target() -> None:
    israel = Actor(name="Military Forces of Israel", type="State forces", aliases=["Israeli forces"])
    quote = "A two-day raid by Israeli forces left 13 Palestinians and one Israeli soldier dead."
    claims = [
        FatalityClaim(low=13, high=13, victims="unknown", quote=quote),
        FatalityClaim(low=1, high=1, victims="state_forces", quote=quote),
    ]
    side, flags = target_from_dead(israel, None, claims, [quote], "Palestine")
    assert side is None and flags == []


def test_an_event_before_independence_is_coded_in_the_state_it_was_part_of() -> None:
    jonglei = Location(country="South Sudan", admin1="Jonglei", place=None)
    april_2011 = DateSpan(start=dt.date(2011, 4, 23), end=dt.date(2011, 4, 23), precision="day")
    moved, flags = country_of_the_day(jonglei, april_2011)
    assert (moved.country, moved.admin1) == ("Sudan", "Jonglei") and flags == [f"{INDEPENDENCE_FLAG}:Sudan"]
    # after the day, or a span that runs past it ("in 2011"), stays in the new state
    for start, end in ((dt.date(2013, 2, 8), dt.date(2013, 2, 8)), (dt.date(2011, 1, 1), dt.date(2011, 12, 31))):
        span = DateSpan(start=start, end=end, precision="day")
        assert country_of_the_day(jonglei, span) == (jonglei, [])
    assert country_of_the_day(Location(country="Mali", admin1="Kidal"), april_2011)[1] == []
