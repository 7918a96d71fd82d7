"""A force whose own soldiers are all the dead was hit, not the doer (hit_sides.py)."""

from __future__ import annotations

import datetime as dt

from summarizer.article import Article
from summarizer.draft import DraftClaim, DraftEvent
from summarizer.hit_sides import HIT_FLAG, sides_of_the_hit
from summarizer.records import build_event
from summarizer.schema import ArticleMeta, Event
from summarizer.text import sentence_spans

TEXT = (
    "Gunmen Kill Six Soldiers\n\n"
    "Police are searching for the unidentified gunmen who killed six Russian soldiers in Ingushetia on Thursday. "
    "Separately, Russian warplanes killed 12 rebels in a strike on a camp near Grozny on Thursday."
)


def _event(sentence: int, sub: str, actor1: str, figure: str, victims: str) -> Event:
    art = Article(text=TEXT, sentences=sentence_spans(TEXT), meta=ArticleMeta(published=dt.date(2003, 8, 8)))
    draft = DraftEvent(
        sentences=[sentence],
        sub_event_type=sub,  # type: ignore[arg-type]
        date="on Thursday",
        place="",
        region="",
        country="Russia",
        actor1=actor1,
        actor1_type="State forces",
        actor2="",
        actor2_type="Rebel group",
        claims=[DraftClaim(figure=figure, victims=victims, claimant="", sentence=sentence)],  # type: ignore[arg-type]
    )
    return build_event(draft, art)[0]


def test_a_force_whose_own_soldiers_are_all_the_dead_was_hit() -> None:
    clash = _event(2, "Armed clash", "Russian soldiers", "six", "foreign_forces")
    assert clash.actor2 is None and clash.actor1 is not None
    hit = clash.actor1.name
    sides_of_the_hit([clash])
    assert clash.actor1 is not None and clash.actor1.name == "Unidentified Armed Group"
    assert clash.actor2 is not None and clash.actor2.name == hit
    assert f"{HIT_FLAG}:{hit}" in clash.flags


def test_a_strike_that_killed_rebels_hit_an_armed_group_and_keeps_its_owner() -> None:
    strike = _event(3, "Air/drone strike", "Russian warplanes", "12", "non_state")
    owner = strike.actor1.name if strike.actor1 else None
    sides_of_the_hit([strike])
    assert strike.actor1 is not None and strike.actor1.name == owner
    assert strike.actor2 is not None and strike.actor2.name == "Unidentified Armed Group"
