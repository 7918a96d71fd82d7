"""The lead's toll for a story's one event the model left without a figure (lead_toll.py)."""

from __future__ import annotations

import datetime as dt

from summarizer.article import Article
from summarizer.draft import DraftEvent
from summarizer.lead_toll import FLAG, add_lead_toll
from summarizer.records import build_event
from summarizer.schema import ArticleMeta, Event
from summarizer.text import sentence_spans

TEXT = (
    "Government Takes Over Militia Bases After Deadly Clashes\n\n"
    "Libyan authorities have taken control of militia bases in Benghazi, following unrest that left 11 people dead "
    "and more than 60 others wounded. "
    "On Friday, protesters stormed the headquarters of the militia in Benghazi."
)


def _event(art: Article, sentence: int, place: str = "Benghazi") -> Event:
    draft = DraftEvent.model_validate(
        dict(
            sentences=[sentence],
            sub_event_type="Violent demonstration",
            date="on Friday",
            place=place,
            region="",
            country="Libya",
            actor1="protesters",
            actor1_type="Rioters",
            actor2="militia",
            actor2_type="Political militia",
            claims=[],
        )  # fmt: skip
    )
    return build_event(draft, art)[0]


def test_the_one_uncounted_event_takes_the_leads_toll() -> None:
    art = Article(text=TEXT, sentences=sentence_spans(TEXT), meta=ArticleMeta(published=dt.date(2012, 9, 22)))
    event = _event(art, 3)
    assert event.fatality_claims == [] and event.fatalities_acled == 0
    add_lead_toll(art, [event])
    # 11 dead, the outlet's own statement; the 60 wounded are no death
    assert [(c.low, c.victims) for c in event.fatality_claims] == [(11, "unknown")]
    assert event.fatalities_acled == 11 and f"{FLAG}:11" in event.flags


def test_two_events_or_a_counted_one_take_nothing() -> None:
    art = Article(text=TEXT, sentences=sentence_spans(TEXT), meta=ArticleMeta(published=dt.date(2012, 9, 22)))
    first, second = _event(art, 3), _event(art, 3)
    add_lead_toll(art, [first, second])  # the lead may sum two events
    assert first.fatality_claims == [] and second.fatality_claims == []


def test_a_protest_beside_the_one_violent_event_does_not_stop_it_taking_the_leads_toll() -> None:
    art = Article(text=TEXT, sentences=sentence_spans(TEXT), meta=ArticleMeta(published=dt.date(2012, 9, 22)))
    riot = _event(art, 3)
    march = build_event(
        DraftEvent.model_validate(
            dict(
                sentences=[3],
                sub_event_type="Peaceful protest",
                date="on Friday",
                place="Benghazi",
                region="",
                country="Libya",
                actor1="protesters",
                actor1_type="Protesters",
                actor2="",
                actor2_type="Civilians",
                claims=[],
            )  # fmt: skip
        ),
        art,
    )[0]
    add_lead_toll(art, [riot, march])
    assert [c.low for c in riot.fatality_claims] == [11] and march.fatality_claims == []


LATE_TOLL = (
    "Helicopters Fired On in Port City\n\n"
    "Foreign forces say they aborted an evacuation in the port city of Benghazi after clashes with militia fighters. "
    "The military says its helicopters were fired on and fired back, destroying an armored vehicle. "
    "Officials said earlier that fighters shelled an embassy residence Friday. "
    "Envoys say talks on a truce have stalled. "
    "Aid groups say supplies are running low in the city. "
    "Rights groups have called for an inquiry into abuses by both sides. "
    "The U.N. rights office said Friday that investigators had found more than 100 bodies."
)


def test_a_toll_told_only_late_in_the_story_is_its_background_not_the_events() -> None:
    art = Article(text=LATE_TOLL, sentences=sentence_spans(LATE_TOLL), meta=ArticleMeta(published=dt.date(2011, 4, 9)))
    event = _event(art, 2)
    add_lead_toll(art, [event])
    assert event.fatality_claims == [] and event.fatalities_acled == 0
