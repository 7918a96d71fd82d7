"""Captives let go by their captors become an Agreement event (``found_releases.py``)."""

from __future__ import annotations

import datetime as dt

from summarizer.article import Article
from summarizer.draft import DraftEvent
from summarizer.found_in_text import events_in_text
from summarizer.records import build_event
from summarizer.schema import ArticleMeta
from summarizer.text import sentence_spans


def _article(text: str, published: dt.date) -> Article:
    return Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=published))


def _kidnapping(art: Article) -> DraftEvent:
    return DraftEvent(
        sentences=[2], sub_event_type="Abduction/forced disappearance", date="March 3", place="", region="",
        country="Nigeria", actor1="militants", actor1_type="Rebel group", actor2="workers", actor2_type="Civilians",
        claims=[],
    )  # fmt: skip


def test_hostages_released_by_their_captors_are_an_agreement_of_the_storys_day() -> None:
    text = (
        "Hostages Set Free\n\n"
        "Four foreign workers taken hostage March 3 by militants in the Niger Delta have been released. "
        "The Movement for the Emancipation of the Niger Delta said the men were handed to local elders."
    )
    art = _article(text, dt.date(2006, 3, 20))
    kidnapping, _ = build_event(_kidnapping(art), art)
    (release,) = events_in_text(art, [kidnapping])
    assert release.sub_event_type == "Agreement" and release.event_type == "Strategic developments"
    # March 3 is the day they were taken: the release is dated the story's day, flagged
    assert release.date.start == dt.date(2006, 3, 20) and "date_of_the_story" in release.flags
    assert "captives_released" in release.flags
    assert release.fatalities_acled == 0


def test_a_rescue_by_troops_is_no_agreement() -> None:
    text = (
        "Hostages Freed\n\n"
        "Four foreign workers taken hostage March 3 by militants in the Niger Delta were freed by troops in a raid "
        "on Sunday."
    )
    art = _article(text, dt.date(2006, 3, 20))
    kidnapping, _ = build_event(_kidnapping(art), art)
    assert not any(e.sub_event_type == "Agreement" for e in events_in_text(art, [kidnapping]))


def test_videos_released_by_a_group_are_no_release_of_captives() -> None:
    text = (
        "Hostages Shown\n\n"
        "Four foreign workers were taken hostage March 3 by militants in the Niger Delta. "
        "The militants later released videos in which the captives pleaded for help."
    )
    art = _article(text, dt.date(2006, 3, 20))
    kidnapping, _ = build_event(_kidnapping(art), art)
    assert not any(e.sub_event_type == "Agreement" for e in events_in_text(art, [kidnapping]))
