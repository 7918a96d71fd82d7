"""The group a state's operation targets, named in the event's own evidence, is its other side."""

from __future__ import annotations

import datetime as dt

from summarizer.article import Article
from summarizer.draft import DraftEvent
from summarizer.records import build_event
from summarizer.schema import ArticleMeta, Event
from summarizer.targeted_group import FLAG, groups_targeted
from summarizer.text import sentence_spans


def _event(sentence: str, actor2: str = "insurgents") -> Event:
    text = "Fighting in Pakistan\n\n" + sentence
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2009, 11, 9)))
    draft = DraftEvent(
        sentences=[2], sub_event_type="Armed clash", date="Sunday", place="", region="South Waziristan",
        country="Pakistan", actor1="Pakistani army", actor1_type="State forces", actor2=actor2,
        actor2_type="Rebel group", claims=[],
    )  # fmt: skip
    return build_event(draft, art)[0]


def test_the_offensive_against_a_named_group_names_the_unidentified_side() -> None:
    event = _event("The Pakistani army said Sunday it killed 20 insurgents during its offensive against the Taliban.")
    assert event.actor2 is not None and event.actor2.name == "Unidentified Armed Group"
    groups_targeted([event], "Pakistan")
    assert event.actor2 is not None and event.actor2.name.startswith("TTP")
    assert any(f.startswith(FLAG) for f in event.flags)


def test_a_stronghold_names_it_too_but_a_story_without_the_target_stays_unidentified() -> None:
    event = _event("Troops killed four suspected terrorists in the latest fighting in the Taliban stronghold.")
    groups_targeted([event], "Pakistan")
    assert event.actor2 is not None and event.actor2.name != "Unidentified Armed Group"
    event = _event("Troops killed four suspected terrorists in the latest fighting near the border.")
    groups_targeted([event], "Pakistan")
    assert event.actor2 is not None and event.actor2.name == "Unidentified Armed Group"
