"""A group named only as the usual author of such attacks is not this attack's actor1."""

from __future__ import annotations

import datetime as dt

from summarizer.article import Article
from summarizer.draft import DraftEvent
from summarizer.habitual_claims import FLAG, habitual_authors_off
from summarizer.records import build_event
from summarizer.schema import ArticleMeta, Event
from summarizer.text import sentence_spans

TEXT = (
    "Car Bombs Leave 37 Dead in Iraq\n\n"
    "At least two car bombs killed as many as 37 people Thursday in Kirkuk. "
    "Terrorist bombings are a near-daily occurrence in Iraqi cities. "
    "Islamic State militants have claimed responsibility for most of the attacks."
)


def _event(text: str) -> tuple[Article, Event]:
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2014, 12, 4)))
    draft = DraftEvent(
        sentences=[2], sub_event_type="Remote explosive/landmine/IED", date="Thursday", place="Kirkuk", region="",
        country="Iraq", actor1="Islamic State militants", actor1_type="Rebel group", actor2="people",
        actor2_type="Civilians", claims=[],
    )  # fmt: skip
    return art, build_event(draft, art)[0]


def test_the_group_that_claims_most_attacks_is_not_this_bombings_side() -> None:
    art, event = _event(TEXT)
    assert event.actor1 is not None and event.actor1.name.startswith("Islamic State")
    habitual_authors_off(art, [event])
    assert event.actor1 is not None and event.actor1.name == "Unidentified Armed Group"
    assert any(f.startswith(FLAG) for f in event.flags)


def test_a_group_that_claimed_this_attack_stays() -> None:
    art, event = _event(TEXT.replace("for most of the attacks", "for Thursday's bombings in Kirkuk"))
    habitual_authors_off(art, [event])
    assert event.actor1 is not None and event.actor1.name.startswith("Islamic State")
