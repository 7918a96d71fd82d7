"""Round-ups told in one sentence become Arrests events (found_arrests.py)."""

from __future__ import annotations

import datetime as dt

from summarizer.article import Article
from summarizer.found_arrests import FLAG, arrest_events
from summarizer.schema import ArticleMeta
from summarizer.text import sentence_spans


def _found(text: str, country: str = "Iraq") -> list[tuple[str, str | None, str | None, str | None]]:
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2007, 6, 8)))
    return [
        (
            e.sub_event_type,
            e.actor1.name if e.actor1 else None,
            e.actor2.name if e.actor2 else None,
            e.location.place,
        )
        for e in arrest_events(art, [], country)
        if FLAG in e.flags
    ]


def test_forces_that_arrested_people_and_the_suspect_arrested_after_them() -> None:
    text = (
        "Bombs Hit Baghdad\n\n"
        "A car bomb killed four people near a police checkpoint in Baghdad on Thursday. "
        "Near the western city of Fallujah, coalition forces arrested 15 people during operations on Thursday. "
        "Another suspect believed involved in car bombings was arrested in a separate raid in Baghdad."
    )
    found = _found(text)
    assert found[0] == ("Arrests", "Military Forces of the United States", "Civilians", "Fallujah")
    assert found[1] == ("Arrests", "Military Forces of the United States", "Unidentified Armed Group", "Baghdad")


def test_a_past_detention_a_release_or_a_speakers_round_up_elsewhere_in_time_is_no_event() -> None:
    text = (
        "Lawmaker's Guards Abused\n\n"
        "A bomb killed two soldiers in Baghdad on Thursday. "
        "He also charged that six of his guards who were detained were tortured. "
        "Police released 20 people who had been detained last year."
    )
    assert _found(text) == []


def test_a_french_round_up_is_the_polices() -> None:
    text = (
        "Nuit de violences à Bujumbura\n\n"
        "Deux personnes ont été tuées samedi à Bujumbura. "
        "En outre, une vingtaine de jeunes auraient été arrêtés et conduits à la prison centrale de Bujumbura."
    )
    assert _found(text, "Burundi") == [("Arrests", "Police Forces of Burundi", "Civilians", "Bujumbura")]


def test_a_vehicle_stopped_is_no_arrest_suspects_arrested_are() -> None:
    stopped = "Attaque au Burundi\n\nDeux soldats ont été tués lundi à Bubanza. Les assaillants ont arrêté un véhicule."
    assert _found(stopped, "Burundi") == []
    held = "Attaque au Burundi\n\nDeux soldats ont été tués lundi à Bubanza. La police a arrêté trois suspects mardi."
    assert [f[0] for f in _found(held, "Burundi")] == ["Arrests"]


def test_a_round_up_told_on_in_the_next_sentence_is_one_event() -> None:
    text = (
        "Cattle Raid in South Sudan\n\n"
        "Eighteen people were killed in a cattle raid in Warrap state on Tuesday. "
        "Kuol said security forces in Wunlit have apprehended 14 suspects from both sides. "
        "Seven from both sides were detained, and arrests continue, Kuol said."
    )
    assert len(_found(text, "South Sudan")) == 1
    # a round-up in another town, told next, is another event
    text = text.replace("Seven from both sides were detained", "In Kuajok, police detained six more")
    assert len(_found(text, "South Sudan")) == 2


def test_an_arrest_announced_by_a_minister_is_one_suspects_detained_before_are_not() -> None:
    text = (
        "Bomb in Bilbao\n\n"
        "A bomb injured several people in a suburb of Bilbao on Thursday. "
        "In another development Thursday, the Interior Minister announced the arrest of five suspected members "
        "of ETA in Pamplona. "
        "A newspaper reported that other recently detained ETA suspects have revealed a plan to attack a summit."
    )
    found = _found(text, "Spain")
    assert [f[0] for f in found] == ["Arrests"] and found[0][3] == "Pamplona"
