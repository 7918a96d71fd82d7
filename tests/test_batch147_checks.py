"""Batch 147's unseen misses, read after its unread run (unit level): each assertion failed before its change.

Turkish strikes on the PKK (2015): "More than 100 soldiers and police have been killed since the
open conflict resumed" is a running toll. Sare Waly (2000): "Speaking by telephone from Kolda,
... Mr. Diallo said" places the source, and "the central government in Dakar" the seat of
power, neither the battle; "Tuesday's attack was the latest confrontation between guerrillas
belonging to ... the M-F-D-C, and the Senegalese Army" names the side of Tuesday's attack
although "The M-F-D-C has not claimed responsibility". The MFDC and the TAK are named groups.
"""

from __future__ import annotations

import datetime as dt

from summarizer.actors import canonical_actor
from summarizer.article import Article
from summarizer.figure_scope import is_cumulative
from summarizer.other_places import a_reporters_base
from summarizer.schema import Actor, ArticleMeta, DateSpan, Event, Location
from summarizer.text import sentence_spans
from summarizer.unclaimed import unclaimed_off


def test_dead_since_the_conflict_resumed_are_a_running_toll() -> None:
    assert is_cumulative("More than 100 soldiers and police have been killed since the open conflict resumed.")


def test_where_a_source_speaks_from_and_a_seat_of_power_are_no_scene() -> None:
    assert a_reporters_base("Speaking by telephone from ")
    assert a_reporters_base("a bloody independence campaign against the central government in ")
    assert not a_reporters_base("rebels attacked an army outpost in ")


def test_a_group_named_as_a_side_of_the_days_attack_is_no_guess_though_unclaimed() -> None:
    text = (
        "Senegal Fighting\n\n"
        "Three Senegalese soldiers have been killed in a battle with separatist rebels on Tuesday. "
        "Tuesday's attack was the latest confrontation between guerrillas belonging to the pro-independence "
        "group, the Movement of Democratic Forces for Cassamance, or M-F-D-C, and the Senegalese Army. "
        "The M-F-D-C has not claimed responsibility for the attack."
    )
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2000, 4, 12)))
    day = dt.date(2000, 4, 11)
    ev = Event(
        event_type="Battles", sub_event_type="Armed clash",
        date=DateSpan(start=day, end=day, precision="day", text="Tuesday"),
        location=Location(country="Senegal", admin1=None, place=None, geo_precision=3),
        actor1=Actor(name="MFDC: Movement of Democratic Forces of Casamance", type="Rebel group", aliases=["M-F-D-C"]),
        actor2=None, fatality_claims=[], evidence=[art.sentence_text(1)],
    )  # fmt: skip
    unclaimed_off(art, [ev], "Senegal")
    assert ev.actor1 is not None and ev.actor1.name.startswith("MFDC")


def test_casamance_and_kurdish_splinter_groups_are_named() -> None:
    assert canonical_actor("M-F-D-C", country="Senegal").name == "MFDC: Movement of Democratic Forces of Casamance"
    assert canonical_actor("Kurdistan Freedom Hawks", country="Turkey").name == "TAK: Kurdistan Freedom Falcons"
