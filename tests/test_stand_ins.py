"""A country's stand-in word for its main armed group names it only in a story that does."""

from __future__ import annotations

import datetime as dt

from summarizer.article import Article
from summarizer.schema import ArticleMeta
from summarizer.side_checks import resolve_actor
from summarizer.text import sentence_spans

SILENT = (
    "Somalia Insurgents Hit Hard for Third Day\n\n"
    "Insurgents fired rockets at the presidential palace in Mogadishu overnight, killing two people."
)
NAMED = SILENT + " The al-Shabab militant group said its fighters carried out the attack."


def _side(text: str, mention: str, country: str) -> tuple[str, list[str]]:
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2007, 2, 12)))
    actor, flags = resolve_actor(mention, "Rebel group", country, art, "actor1", "Shelling/artillery/missile attack")
    assert actor is not None
    return actor.name, flags


def test_insurgents_in_a_story_that_never_names_the_group_are_unidentified() -> None:
    name, flags = _side(SILENT, "Somalia Insurgents", "Somalia")
    assert name == "Unidentified Armed Group"
    assert any(f.startswith("actor1_unnamed_stand_in:Al Shabaab") for f in flags)
    # the same words in a story that names al-Shabab stand for it
    assert _side(NAMED, "insurgents", "Somalia")[0] == "Al Shabaab"


def test_words_that_name_a_group_or_a_catch_all_stay_whatever_the_story_says() -> None:
    nepal = (
        "Rebels Attack Police Post\n\nMaoist rebels attacked a police post in western Nepal, killing nine policemen."
    )
    assert _side(nepal, "rebels", "Nepal")[0].startswith("CPN-M")  # "Maoist rebels" names them
    syria = "Fighting Near Aleppo\n\nRebels attacked an army checkpoint near Aleppo, killing four soldiers."
    assert _side(syria, "rebels", "Syria")[0] == "Opposition Rebels (Syria)"  # ACLED's name for all of them
    sudan = "Clashes in Upper Nile\n\nOpposition forces attacked a government garrison, killing six soldiers."
    assert _side(sudan, "opposition forces", "South Sudan")[0].startswith("SPLM/A-IO")
