"""A town of an occupied or disputed territory named under the state next to it.

Why: "the Jenin refugee camp in the occupied West Bank" reached the records as a place in
Israel (the model's country), where the gazetteer has no Jenin, so the event stayed in
Israel with no region. ACLED codes the West Bank and Gaza as Palestine. When the place is
not found in the event's country but is in the territory paired with it, the event moves
there, flagged. Only a town the gazetteer places in the paired territory moves an event.
"""

from __future__ import annotations

from .geo import locate
from .schema import Location

__all__ = ["FLAG", "in_paired_territory"]

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
