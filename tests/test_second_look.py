"""Which sentences go back to the model for a second look (code only, no model)."""

from __future__ import annotations

import datetime as dt

from summarizer.article import Article
from summarizer.draft import DraftClaim, DraftEvent
from summarizer.records import build_event
from summarizer.schema import ArticleMeta
from summarizer.second_look import describe_coded, uncovered_sentences
from summarizer.text import sentence_spans

TEXT = (
    "Two attacks in northern Burkina Faso\n\n"
    "Gunmen killed 12 soldiers near Djibo on Tuesday, the army said. "
    "In a separate attack on Wednesday, militants killed seven civilians in Arbinda, residents said. "
    "Last year, an attack on the same town killed 40 people. "
    "Since 2015, more than 20,000 people have been killed in the insurgency. "
    "Forty people were wounded in Arbinda."
)


def test_only_a_recent_uncounted_violent_sentence_is_asked_about() -> None:
    art = Article(text=TEXT, sentences=sentence_spans(TEXT), meta=ArticleMeta(published=dt.date(2023, 8, 4)))
    first = DraftEvent(
        sentences=[2], sub_event_type="Armed clash", date="on Tuesday", place="Djibo", region="", country="Burkina Faso",
        actor1="Gunmen", actor1_type="Rebel group", actor2="soldiers", actor2_type="State forces",
        claims=[DraftClaim(figure="12", victims="state_forces", claimant="army", sentence=2)],
    )  # fmt: skip
    event, _ = build_event(first, art)
    todo = uncovered_sentences(art, [event])
    # the Arbinda attack (sentence index 2); not last year's attack, the war-long toll or the wounded
    assert todo == [2]
    assert "Armed clash at Djibo on 2023-08-01" in describe_coded([event])


def test_nothing_to_ask_when_every_figure_is_covered() -> None:
    text = "Attack\n\nGunmen killed 12 soldiers near Djibo on Tuesday, the army said."
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2023, 8, 4)))
    draft = DraftEvent(
        sentences=[2], sub_event_type="Armed clash", date="on Tuesday", place="Djibo", region="", country="Burkina Faso",
        actor1="Gunmen", actor1_type="Rebel group", actor2="soldiers", actor2_type="State forces", claims=[],
    )  # fmt: skip
    event, _ = build_event(draft, art)
    assert uncovered_sentences(art, [event]) == []
