"""Batch 151's unseen misses, read after its unread run (unit level): each assertion failed before its change.

Iraq (2005): "Three were killed in a road accident near Balad" is no conflict event, though the
place check moved the three off the Fallujah bombing as another town's dead. Chechnya (2000):
"more than 80 soldiers from one division were killed" counts 80 dead; "one division" is a unit.
"""

from __future__ import annotations

import datetime as dt

from summarizer.article import Article
from summarizer.clauses import clause_of
from summarizer.found_signals import NO_FIGHT_DEATH
from summarizer.schema import ArticleMeta
from summarizer.text import sentence_spans


def test_a_road_accident_is_its_own_clauses_death_not_the_rocket_attacks() -> None:
    told = "Three were killed in a road accident near Balad today, and another died Thursday following a rocket attack in Ramadi."
    assert NO_FIGHT_DEATH.search(clause_of(told, 0))
    assert not NO_FIGHT_DEATH.search(clause_of(told, told.index("another")))


def test_a_unit_counted_beside_the_dead_is_no_figure() -> None:
    text = (
        "Chechnya\n\nThe defense minister answers that more than 80 soldiers from one division were killed. "
        "Two battalions lost six soldiers."
    )
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2000, 3, 10)))
    assert [(f.text, f.low) for f in art.death_figures] == [("more than 80", 80), ("six", 6)]


def test_a_road_accidents_dead_moved_off_an_event_make_no_event_of_their_own() -> None:
    from summarizer.schema import Actor, DateSpan, Event, Location
    from summarizer.town_tolls import tolls_of_named_towns

    def _story(told: str) -> tuple[Article, Event]:
        text = f"Iraq\n\nA roadside bomb killed 10 Marines near Fallujah on Thursday. {told}"
        art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2005, 12, 2)))
        bombing = Event(
            event_type="Explosions/Remote violence", sub_event_type="Remote explosive/landmine/IED",
            date=DateSpan(start=dt.date(2005, 12, 1), end=dt.date(2005, 12, 1), precision="day", text="Thursday"),
            location=Location(country="Iraq", admin1="Anbar", place="Fallujah", geo_precision=1),
            actor1=Actor(name="Unidentified Armed Group", type="Rebel group", aliases=[]),
            actor2=Actor(name="Military Forces of the United States", type="External/Other forces", aliases=[]),
            fatality_claims=[], evidence=[art.sentence_text(1)], flags=["claim_names_another_place:3 (Balad)"],
        )  # fmt: skip
        return art, bombing

    art, bombing = _story("Three soldiers were killed in a road accident near Balad on Thursday.")
    assert tolls_of_named_towns(art, [bombing]) == []
    art, bombing = _story("Three soldiers were killed in a bombing near Balad on Thursday.")
    assert [ev.location.place for ev in tolls_of_named_towns(art, [bombing])] == ["Balad"]
