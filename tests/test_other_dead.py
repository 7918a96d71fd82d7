"""The same number of other dead is a toll of its own (the forty-fourth session).

"The coalition says three soldiers were killed in a bomb attack" and, later, "a suicide
bomber killed three civilians": the second is another attack, not the soldiers told again.
Made-up sentences in the shape of the stories'; each assertion failed before the change.
"""

from __future__ import annotations

import datetime as dt

from summarizer.article import Article
from summarizer.found_in_text import events_in_text
from summarizer.lead_places import place_lead_tolls
from summarizer.schema import Actor, ArticleMeta, DateSpan, Event, Location, Span
from summarizer.text import sentence_spans
from summarizer.victims import other_dead
from tests.claim_helpers import spanned_claim

_TEXT = (
    "Soldiers Killed in Afghanistan\n\n"
    "The coalition says three soldiers were killed in a bomb attack Thursday. "
    "Commanders expect heavy fighting in the south this year. "
    "On Thursday, officials said a suicide bomber killed three civilians when he attacked a convoy near Kandahar."
)


def _article() -> Article:
    return Article(text=_TEXT, sentences=sentence_spans(_TEXT), meta=ArticleMeta(published=dt.date(2010, 10, 1)))


def _soldiers_event(art: Article) -> Event:
    start, end = art.sentences[1]
    quote = art.sentence_text(1)
    event = Event(
        salience="main",
        event_type="Explosions/Remote violence",
        sub_event_type="Remote explosive/landmine/IED",
        date=DateSpan(start=dt.date(2010, 9, 30), end=dt.date(2010, 9, 30), precision="day", text="Thursday"),
        location=Location(country="Afghanistan", geo_precision=3),
        actor1=Actor(name="Unidentified Armed Group", type="Rebel group"),
        evidence=[quote],
        evidence_spans=[Span(quote=quote, start=start, end=end, status="exact")],
    )
    event.fatality_claims = [spanned_claim(art, 1, 3, claimant="coalition", victims="state_forces")]
    event.fatality_claims[0].high = 3
    return event


def test_soldiers_and_civilians_are_other_dead_people_and_unnamed_dead_may_be_either() -> None:
    assert other_dead("state_forces", "civilians")
    assert not other_dead("civilians", "civilians")
    assert not other_dead("unknown", "civilians")
    assert not other_dead("state_forces", "mixed")


def test_a_later_sentence_with_the_same_number_of_other_dead_does_not_place_the_lead() -> None:
    art = _article()
    event = _soldiers_event(art)
    place_lead_tolls(art, [event])
    assert event.location.place is None
    assert [c.low for c in event.fatality_claims] == [3]


def test_the_same_number_of_other_dead_is_found_as_an_event_of_its_own() -> None:
    art = _article()
    found = events_in_text(art, [_soldiers_event(art)])
    assert [(e.sub_event_type, e.fatalities_acled) for e in found] == [("Suicide bomb", 3)]
