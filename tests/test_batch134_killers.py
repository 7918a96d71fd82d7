"""Batch 134's Karen story (2002), read again: each assertion failed before its change.

"More than 700 ethnic Karen villagers have been forced to flee their homes inside Burma to
seek sanctuary across the border in Thailand. ... at least five villagers were killed by the
Burmese military": the killing was set in Thailand (where the villagers fled to) and coded
to the KNU, the rebels the army accused the villagers of supporting.
"""

from __future__ import annotations

import datetime as dt

from summarizer.article import Article
from summarizer.draft import DraftClaim, DraftEvent
from summarizer.records import build_event
from summarizer.schema import ArticleMeta, Event
from summarizer.setting_country import setting_country
from summarizer.text import sentence_spans
from summarizer.toll_agents import FLAG, killer_of_the_toll

KAREN = (
    "Karen Flee Burma\n\n"
    "More than 700 ethnic Karen villagers have been forced to flee their homes inside Burma to seek sanctuary "
    "across the border in Thailand. "
    "Eyewitnesses said that at least five villagers were killed by the Burmese military. "
    "They said Burmese troops accused the villagers of supporting the separatist rebels, the Karen National Union."
)


def _killing(actor1: str, toll_sentence: str) -> Event:
    text = KAREN.replace(
        "Eyewitnesses said that at least five villagers were killed by the Burmese military.", toll_sentence
    )
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2002, 6, 3)))
    draft = DraftEvent(
        sentences=[1], sub_event_type="Attack", date="", place="", region="", country="Myanmar",
        actor1=actor1, actor1_type="Rebel group", actor2="villagers", actor2_type="Civilians",
        claims=[DraftClaim(figure="at least five", victims="civilians", claimant="Eyewitnesses", sentence=2)],
    )  # fmt: skip
    return build_event(draft, art)[0]


def test_the_killer_the_tolls_sentence_names_is_actor1() -> None:
    event = _killing(
        "Karen National Union", "Eyewitnesses said that at least five villagers were killed by the Burmese military."
    )
    killer_of_the_toll([event], "Myanmar")
    assert event.actor1 is not None and event.actor1.name == "Military Forces of Myanmar"
    assert f"{FLAG}:the Burmese military" in event.flags


def test_an_unidentified_agent_changes_nothing() -> None:
    gunmen = _killing("Karen National Union", "Eyewitnesses said that at least five villagers were killed by gunmen.")
    killer_of_the_toll([gunmen], "Myanmar")
    assert gunmen.actor1 is not None and gunmen.actor1.name == "KNU: Karen National Union"


def test_where_people_fled_to_is_no_setting() -> None:
    fled = ["More than 700 villagers have been forced to flee their homes inside Burma to seek sanctuary in Thailand."]
    assert setting_country(fled, "Thailand") == "Myanmar"
    assert setting_country(["Thousands fled to Chad after the attack in Sudan."], "Chad") == "Sudan"
