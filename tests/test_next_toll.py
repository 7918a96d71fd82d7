"""An uncounted event's toll told in the next sentence about "the attack" (next_toll.py)."""

from __future__ import annotations

import datetime as dt

from summarizer.article import Article
from summarizer.claimcheck import recount_event, to_claim
from summarizer.next_toll import ALSO_FLAG, FLAG, add_next_tolls, add_other_side_dead
from summarizer.schema import Actor, ArticleMeta, Event, Location
from summarizer.text import sentence_spans

TEXT = (
    "US Forces Strike Al-Shabab\n\n"
    "U.S. forces were involved in a raid in Awdhegle on Tuesday. "
    "On Saturday, U.S. aircraft fired missiles at an Al-Shabab training camp in the Hiran region. "
    "The Pentagon said the attack killed around 150 militants."
)


def _strike(evidence: str) -> Event:
    return Event(
        event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike",
        location=Location(country="Somalia", admin1="Hiraan"),
        actor1=Actor(name="Military Forces of the United States", type="External/Other forces", aliases=[]),
        evidence=[evidence],
    )


def test_the_next_sentences_toll_of_the_attack_is_the_uncounted_events() -> None:
    art = Article(text=TEXT, sentences=sentence_spans(TEXT), meta=ArticleMeta(published=dt.date(2016, 3, 12)))
    event = _strike("On Saturday, U.S. aircraft fired missiles at an Al-Shabab training camp in the Hiran region.")
    add_next_tolls(art, [event])
    assert [(c.low, c.victims, c.claimant) for c in event.fatality_claims] == [(150, "non_state", "Pentagon")]
    assert event.fatalities_acled == 150 and f"{FLAG}:150" in event.flags


def test_a_toll_two_sentences_on_or_an_event_already_counted_takes_nothing() -> None:
    art = Article(text=TEXT, sentences=sentence_spans(TEXT), meta=ArticleMeta(published=dt.date(2016, 3, 12)))
    early = _strike("U.S. forces were involved in a raid in Awdhegle on Tuesday.")
    add_next_tolls(art, [early])
    assert early.fatality_claims == []


def test_the_other_sides_dead_told_after_a_counted_fight_add_up() -> None:
    text = (
        "Militants Storm Parliament\n\n"
        "On Saturday, al-Shabab fighters stormed Somalia's parliament building in Mogadishu, killing 10 security "
        "personnel. Eight militants were also killed."
    )
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2014, 5, 26)))
    event = Event(
        event_type="Battles",
        sub_event_type="Armed clash",
        location=Location(country="Somalia", place="Mogadishu"),
        actor1=Actor(name="al-Shabab", type="Rebel group", aliases=["al-Shabab fighters"]),
        evidence=[art.sentence_text(1)],
    )
    event.fatality_claims = [to_claim(f, f.victims, "VOA", art) for f in art.death_figures if f.sentence == 1]
    recount_event(event)
    add_other_side_dead(art, [event])
    assert sorted((c.low, c.victims) for c in event.fatality_claims) == [(8, "non_state"), (10, "state_forces")]
    assert event.fatalities_acled == 18 and f"{ALSO_FLAG}:8" in event.flags
