"""A town of an occupied or disputed territory named under the state next to it.

Why: "the Jenin refugee camp in the occupied West Bank" reached the records as a place in
Israel (the model's country), where the gazetteer has no Jenin, so the event stayed in
Israel with no region. ACLED codes the West Bank and Gaza as Palestine. When the place is
not found in the event's country but is in the territory paired with it, the event moves
there, flagged. Only a town the gazetteer places in the paired territory moves an event.
"""

from __future__ import annotations

import datetime as dt

from .geo import locate
from .schema import DateSpan, Location

__all__ = ["FLAG", "INDEPENDENCE_FLAG", "country_of_the_day", "in_paired_territory"]

FLAG = "country_of_the_place"
#: a state and the territory a story may name its towns under
_PAIRED = {"Israel": "Palestine", "Palestine": "Israel", "Sudan": "South Sudan", "South Sudan": "Sudan"}


def in_paired_territory(location: Location) -> tuple[Location, list[str]]:
    """The location in the paired territory when only there the gazetteer knows its place."""
    other = _PAIRED.get(location.country or "")
    if other is None or not location.place or location.latitude is not None:
        return location, []
    there = locate(location.place, country=other, text=location.text)
    if there.country != other or there.latitude is None:
        return location, []
    return there, [f"{FLAG}:{other}"]


INDEPENDENCE_FLAG = "country_before_independence"
#: states that split off, the day they did and the state they were part of until then
_INDEPENDENCE = {
    "South Sudan": (dt.date(2011, 7, 9), "Sudan"),
    "Kosovo": (dt.date(2008, 2, 17), "Serbia"),
    "Montenegro": (dt.date(2006, 6, 3), "Serbia"),
    "Timor-Leste": (dt.date(2002, 5, 20), "Indonesia"),
}


def country_of_the_day(location: Location, date: DateSpan) -> tuple[Location, list[str]]:
    """An event that ended before its state's independence is coded in the state it was
    part of (ACLED files Jonglei's fighting of April 2011 under Sudan); the region and place
    keep their names. A span that runs past the day ("in 2011") stays in the new state."""
    split = _INDEPENDENCE.get(location.country or "")
    if split is None or date.end is None or date.end >= split[0]:
        return location, []
    return location.model_copy(update={"country": split[1]}), [f"{INDEPENDENCE_FLAG}:{split[1]}"]
