"""Regions the evidence places in another country than the story's (regions_abroad.py)."""

from __future__ import annotations

from summarizer.regions_abroad import FLAG, region_abroad
from summarizer.schema import Location

DRONES = [
    "The Russian defense ministry said it also downed three Ukrainian drones over the Kursk, Belgorod and Orlov "
    "regions of Russia."
]


def test_regions_of_another_country_move_the_event_there() -> None:
    # the model's country is the story's, where the gazetteer finds a village Orlove
    moved, flags = region_abroad(Location(country="Ukraine", admin1="Zaporizhia", place="Orlove", text="Orlov"), DRONES)
    assert (moved.country, moved.admin1, moved.place) == ("Russia", "Kursk", None) and flags == [f"{FLAG}:Russia"]
    moved, _ = region_abroad(Location(country="Ukraine", text="Belgorod"), DRONES)
    assert (moved.country, moved.admin1) == ("Russia", "Belgorod")
    moved, _ = region_abroad(Location(country="Ukraine"), ["Shelling hit Russia's Belgorod region overnight."])
    assert (moved.country, moved.admin1) == ("Russia", "Belgorod")


def test_regions_of_the_events_own_country_or_no_country_leave_it() -> None:
    kursk = Location(country="Russia", admin1="Kursk")
    assert region_abroad(kursk, DRONES) == (kursk, [])
    kherson = Location(country="Ukraine", admin1="Kherson")
    told = ["Oleksandr Prokudin, the regional governor of Kherson, said a Russian strike hit a residential building."]
    assert region_abroad(kherson, told) == (kherson, [])
