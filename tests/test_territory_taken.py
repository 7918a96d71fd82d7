"""A place taken is ground, not people or a vehicle (territory.territory_taken)."""

from __future__ import annotations

from summarizer.territory import territory_taken

OVERTAKES = ("Strategic developments", "Non-state actor overtakes territory")


def test_a_town_taken_by_a_group_is_territory_people_or_a_bus_taken_are_not() -> None:
    town = "Militant group al-Shabab attacked and recaptured a town in Middle Shabelle early Sunday morning."
    assert territory_taken(town) == OVERTAKES
    people = "A gun battle followed in which at least 14 attackers were killed and six others captured."
    bus = "Four people are dead after armed men took over a bus in the Republic of Ingushetia."
    ship = "Pirates seized a tanker off the coast on Tuesday."
    assert territory_taken(people) is None and territory_taken(bus) is None and territory_taken(ship) is None
