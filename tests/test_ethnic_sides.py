"""Fighters the article calls by an ethnic group's name are that group's ethnic militia."""

from __future__ import annotations

import datetime as dt

from summarizer.article import Article
from summarizer.ethnic_sides import ethnic_mention
from summarizer.schema import ArticleMeta
from summarizer.side_checks import resolve_actor
from summarizer.text import sentence_spans

TEXT = (
    "New Violence in the Delta\n\n"
    "Witnesses spoke of heavy gunfire and street battles Sunday in Warri between ethnic Ijaw and Itsekiri militants."
)


def test_a_people_the_article_calls_ethnic_gives_its_fighters_an_ethnic_militia() -> None:
    art = Article(text=TEXT, sentences=sentence_spans(TEXT), meta=ArticleMeta(published=dt.date(2003, 8, 18)))
    for mention, name in (
        ("Ijaw militants", "Ijaw Ethnic Militia (Nigeria)"),
        ("Itsekiri militants", "Itsekiri Ethnic Militia (Nigeria)"),
    ):
        actor, flags = resolve_actor(mention, "Rebel group", "Nigeria", art, "actor1", "Armed clash")
        assert actor is not None and actor.name == name, mention
        assert actor.type == "Identity militia" and f"actor1_ethnic_militia:{mention}" in flags


def test_a_movement_or_a_people_never_called_ethnic_is_not_read_so() -> None:
    assert ethnic_mention("Delta militants", "Delta militants attacked a pipeline.") is None
    assert (
        ethnic_mention("Murle youth", "Armed youth from the Murle tribe raided cattle camps.") == "ethnic Murle militia"
    )
    assert ethnic_mention("Ijaw militants", "Ijaw militants attacked an oil platform.") is None
