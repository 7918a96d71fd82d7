"""Weapons intercepted, shot down or defused become Disrupted weapons use events (found_disrupted.py)."""

from __future__ import annotations

import datetime as dt

from summarizer.article import Article
from summarizer.found_disrupted import FLAG, disrupted_events
from summarizer.schema import Actor, ArticleMeta, Event, Location
from summarizer.text import sentence_spans


def _found(text: str, country: str, events: list[Event] | None = None) -> list[tuple[str | None, str | None, int]]:
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2024, 4, 11)))
    return [
        (e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None, e.location.geo_precision)
        for e in disrupted_events(art, events or [], country)
        if FLAG in e.flags and e.sub_event_type == "Disrupted weapons use"
    ]


def test_drones_destroyed_and_a_missile_intercepted_are_events_with_who_stopped_them_and_whose_they_were() -> None:
    text = (
        "US destroys Houthi drones\n\n"
        "Fighting continued in the Red Sea on Wednesday. "
        "CENTCOM also reported destroying three other Houthi drones early Wednesday over the Red Sea."
    )
    assert _found(text, "Yemen") == [("Military Forces of the United States", "Houthi Movement", 3)]


def test_the_side_that_fired_is_the_storys_opponent_when_the_sentence_does_not_name_it() -> None:
    strike = Event(
        event_type="Explosions/Remote violence",
        sub_event_type="Shelling/artillery/missile attack",
        location=Location(country="Ukraine", place="Kyiv"),
        actor1=Actor(name="Military Forces of Russia", type="External/Other forces", aliases=["Russian"]),
        actor2=Actor(name="Civilians", type="Civilians", aliases=[]),
    )
    text = (
        "Russian missiles hit Kyiv\n\n"
        "Russian missile attacks Wednesday killed at least five people in Kyiv. "
        "The air force said the country's air defenses destroyed 15 of the 20 drones and 29 of the 44 missiles."
    )
    assert _found(text, "Ukraine", [strike]) == [("Military Forces of Ukraine", "Military Forces of Russia", 3)]


def test_a_capability_a_drone_factory_or_an_unnamed_stopper_is_no_event() -> None:
    text = (
        "Air defense\n\n"
        "The new system can intercept missiles at long range. "
        "Israeli jets destroyed a drone factory near the port on Tuesday. "
        "Two rockets were intercepted over the city on Tuesday."
    )
    assert _found(text, "Israel") == []


def test_a_bomb_defused_in_french_is_one_too_the_verbs_helper_not_in_the_name() -> None:
    text = "Attaque déjouée\n\nUn engin a été découvert mardi. L'armée malienne a désamorcé un engin explosif près de Gao mardi."
    assert _found(text, "Mali") == [("Military Forces of Mali", None, 2)]  # "près de Gao": near a town


def test_a_defense_ministry_speaking_on_a_day_is_its_forces_and_a_nations_drones_are_its_forces() -> None:
    text = (
        "Russian attack hits Lviv\n\n"
        "Ukrainian officials said a Russian air attack killed three people in Lviv. "
        "Russia’s defense ministry said Wednesday it shot down two Ukrainian drones over the Belgorod region."
    )
    found = _found(text, "Ukraine")
    assert [(a1, a2) for a1, a2, _ in found] == [("Military Forces of Russia", "Military Forces of Ukraine")]
