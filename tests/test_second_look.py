"""Which sentences go back to the model for a second look (code only, no model)."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from summarizer.article import Article
from summarizer.draft import DraftClaim, DraftEvent
from summarizer.records import build_event
from summarizer.schema import ArticleMeta
from summarizer.second_look import describe_coded, uncovered_sentences
from summarizer.text import sentence_spans

if TYPE_CHECKING:
    from pathlib import Path

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


def test_second_look_asks_only_when_turned_on_and_a_killing_is_uncounted(tmp_path: Path) -> None:
    """Against a real OpenAI-compatible HTTP server on 127.0.0.1 (the project's fake one)."""
    from summarizer import Settings, summarize
    from summarizer.testing import FakeOpenAIServer, draft_responder

    with FakeOpenAIServer(draft_responder, delay=0.0) as srv:
        base = dict(backend="openai", base_url=srv.base_url, model="fake", api_key="x", use_cache=False, timeout=10.0)
        summarize(TEXT, meta={"published": "2023-08-04"}, settings=Settings(**base))  # type: ignore[arg-type]
        first = len(srv.bodies)
        summarize(TEXT, meta={"published": "2023-08-04"}, settings=Settings(**base, second_look=True))  # type: ignore[arg-type]
        asked = srv.bodies[first:]
    follow_ups = [b for b in asked if "already coded" in " ".join(str(m.get("content")) for m in b["messages"])]
    assert len(follow_ups) == 1
    asked_about = re.search(
        r"Sentences (.*?) report", " ".join(str(m.get("content")) for m in follow_ups[0]["messages"])
    )
    # the Arbinda killing (sentence [3]) is asked about; last year's attack and the war-long toll are not
    assert asked_about and "[3]" in asked_about.group(1) and "[4]" not in asked_about.group(1)
    without = srv.bodies[:first]
    assert not any("already coded" in " ".join(str(m.get("content")) for m in b["messages"]) for b in without)


def test_a_town_and_its_region_on_the_same_day_are_one_happening() -> None:
    from summarizer.schema import Event
    from summarizer.second_look import same_happening

    def ev(place: str | None, admin1: str, day: int, sub: str = "Armed clash") -> Event:
        return Event.model_validate(
            {
                "event_type": "Battles" if sub == "Armed clash" else "Violence against civilians",
                "sub_event_type": sub,
                "date": {"start": f"2019-09-{day:02d}", "end": f"2019-09-{day:02d}", "precision": "day"},
                "location": {"country": "Somalia", "admin1": admin1, "place": place, "geo_precision": 1},
                "evidence": ["x"],
                "fatalities_acled": 0,
            }
        )

    assert same_happening(ev("Marka", "Lower Shabelle", 22), ev(None, "Lower Shabelle", 22))
    assert not same_happening(ev("Marka", "Lower Shabelle", 22), ev(None, "Lower Shabelle", 25))
    assert not same_happening(ev("Marka", "Lower Shabelle", 22), ev("Afgoye", "Lower Shabelle", 22))
    assert not same_happening(ev("Marka", "Lower Shabelle", 22), ev(None, "Lower Shabelle", 22, "Attack"))
