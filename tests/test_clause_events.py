"""Another happening told inside a cited sentence: hand-made drafts through the real checks."""

from __future__ import annotations

import datetime as dt

from summarizer.article import Article
from summarizer.clause_events import FLAG, clause_events
from summarizer.draft import DraftClaim, DraftEvent
from summarizer.records import build_event
from summarizer.schema import ArticleMeta, Event
from summarizer.text import sentence_spans

PESHAWAR = (
    "Rickshaw bomb kills 3 in Peshawar\n\n"
    "Pakistani police say a suicide bomber in a rickshaw has killed three people in Peshawar on Monday, a day "
    "after another suicide bomber killed 13 people in a crowded market outside the city."
)
MAARIB = (
    "Drone strikes in Yemen\n\n"
    "Officials say strikes by suspected U.S. drone aircraft killed three people Saturday and another three on "
    "Sunday in central Maarib province."
)
SAME_DAY = (
    "Bomb kills 3\n\n"
    "A bomb killed three people in Peshawar on Monday, after another bomb had been defused in the same street."
)


def _event(
    text: str, published: dt.date, sub: str, date: str, place: str, country: str, figures: list[str]
) -> tuple[Article, Event]:
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=published))
    draft = DraftEvent(
        sentences=[2], sub_event_type=sub, date=date, place=place, region="", country=country,  # type: ignore[arg-type]
        actor1="suicide bomber", actor1_type="Rebel group", actor2="people", actor2_type="Civilians",
        claims=[DraftClaim(figure=f, victims="unknown", claimant="police", sentence=2) for f in figures],
    )  # fmt: skip
    event, _ = build_event(draft, art)
    return art, event


def test_a_day_after_another_bombing_the_other_bombing_is_an_event_of_its_own() -> None:
    art, event = _event(PESHAWAR, dt.date(2009, 11, 10), "Suicide bomb", "on Monday", "Peshawar", "Pakistan",
                        ["three", "13"])  # fmt: skip
    found = clause_events(art, [event], "Pakistan")
    assert len(found) == 1 and FLAG in found[0].flags
    assert found[0].date.start == dt.date(2009, 11, 8)  # the day before Monday the 9th
    assert [c.low for c in found[0].fatality_claims] == [13]
    assert found[0].sub_event_type == "Suicide bomb"
    assert [c.low for c in event.fatality_claims] == [3]  # the 13 are no longer Monday's toll


def test_another_toll_on_another_day_in_one_sentence_is_that_days_event() -> None:
    art, event = _event(MAARIB, dt.date(2013, 1, 21), "Air/drone strike", "Saturday", "", "Yemen", ["three"])
    found = clause_events(art, [event], "Yemen")
    assert len(found) == 1
    assert found[0].date.start == dt.date(2013, 1, 20) and [c.low for c in found[0].fatality_claims] == [3]
    assert event.date.start == dt.date(2013, 1, 19)
    assert [c.low for c in event.fatality_claims] == [3]  # Saturday's three stay Saturday's


def test_a_clause_with_no_day_of_its_own_or_the_same_day_is_no_new_event() -> None:
    art, event = _event(SAME_DAY, dt.date(2009, 11, 10), "Remote explosive/landmine/IED", "on Monday", "Peshawar",
                        "Pakistan", ["three"])  # fmt: skip
    assert clause_events(art, [event], "Pakistan") == []


BAGHDAD = (
    "Car bomb kills 3 in Baghdad\n\n"
    "Other violence today included a roadside bombing in eastern Baghdad that killed at least one police officer, "
    "and a mortar attack that killed one person in central Baghdad."
)


def test_a_happening_of_another_weapon_listed_after_and_is_an_event_of_its_own() -> None:
    art, event = _event(BAGHDAD, dt.date(2007, 3, 18), "Remote explosive/landmine/IED", "today", "Baghdad", "Iraq",
                        ["at least one", "one"])  # fmt: skip
    found = clause_events(art, [event], "Iraq")
    assert len(found) == 1 and found[0].sub_event_type == "Shelling/artillery/missile attack"
    assert [c.low for c in found[0].fatality_claims] == [1] and found[0].date.start == event.date.start
    assert len(event.fatality_claims) == 1  # the roadside bombing keeps its own officer
    # the same kind of violence at the same place, listed: the event told further
    again = BAGHDAD.replace(
        "a mortar attack that killed one person in central", "a second roadside bomb that killed one person in"
    )
    art, event = _event(again, dt.date(2007, 3, 18), "Remote explosive/landmine/IED", "today", "Baghdad", "Iraq",
                        ["at least one"])  # fmt: skip
    assert clause_events(art, [event], "Iraq") == []


def test_another_days_toll_is_its_own_beside_an_unplaced_strike_of_another_region() -> None:
    # the story's other strike, coded on Sunday and placed nowhere but in Bayda, is not
    # Sunday's strike in Maarib; and the two "three"s each count once, one per day
    from summarizer.counted_once import count_once

    art, event = _event(MAARIB, dt.date(2013, 1, 21), "Air/drone strike", "Saturday", "", "Yemen", ["three"])
    event = event.model_copy(update={"location": event.location.model_copy(update={"admin1": "Marib"})})
    bayda, _ = build_event(
        DraftEvent(
            sentences=[1],
            sub_event_type="Air/drone strike",
            date="Sunday",
            place="",
            region="Bayda",
            country="Yemen",
            actor1="drone",
            actor1_type="External/Other forces",
            actor2="militants",
            actor2_type="Rebel group",
            claims=[],
        ),  # fmt: skip
        art,
    )
    bayda = bayda.model_copy(
        update={
            "date": bayda.date.model_copy(update={"start": dt.date(2013, 1, 20), "end": dt.date(2013, 1, 20)}),
            "location": bayda.location.model_copy(update={"admin1": "Al Bayda", "place": None}),
        }
    )
    found = clause_events(art, [event, bayda], "Yemen")
    assert [f.date.start for f in found] == [dt.date(2013, 1, 20)]
    kept = count_once([event, *found], art)
    assert [[c.low for c in e.fatality_claims] for e in kept] == [[3], [3]]
    # without the article, one figure written once is kept once
    assert [[c.low for c in e.fatality_claims] for e in count_once([event, *found])] == [[3], []]


ROUNDUP = (
    "Multiple Bombings Hit Iraq\n\n"
    "Security and hospital sources say the deadliest attacks were in the northern province of Kirkuk, where four "
    "bombs killed at least nine people and wounded dozens more.\n\n"
    "A car bomb blast in the southern city of Hilla killed four people, while another car bomb in the capital, "
    "Baghdad, killed one person and wounded several others."
)


def test_a_round_ups_next_town_is_its_own_event_and_its_dead_leave_the_first() -> None:
    art = Article(text=ROUNDUP, sentences=sentence_spans(ROUNDUP), meta=ArticleMeta(published=dt.date(2012, 11, 14)))
    draft = DraftEvent(
        sentences=[2], sub_event_type="Remote explosive/landmine/IED", date="", place="", region="Kirkuk",  # type: ignore[arg-type]
        country="Iraq", actor1="", actor1_type="Rebel group", actor2="people", actor2_type="Civilians",
        claims=[DraftClaim(figure=f, victims="unknown", claimant="", sentence=n) for f, n in
                (("at least nine", 2), ("four", 3), ("one", 3))],
    )  # fmt: skip
    kirkuk, _ = build_event(draft, art)
    # the model counted Hilla's dead with Kirkuk's, an event placed only by its region: the
    # figure's clause names a town of another region (Baghdad's one is counted once later)
    assert 4 not in [c.low for c in kirkuk.fatality_claims]
    assert "claim_names_another_place:4 (Hilla)" in kirkuk.flags
    hilla_draft = draft.model_copy(
        update={"sentences": [3], "place": "Hilla", "region": "", "claims": [draft.claims[1], draft.claims[2]]}
    )
    hilla, _ = build_event(hilla_draft, art)
    found = clause_events(art, [kirkuk, hilla], "Iraq")
    assert [(e.location.place, [c.low for c in e.fatality_claims]) for e in found] == [("Baghdad", [1])]
    assert [c.low for c in hilla.fatality_claims] == [4]  # the one in Baghdad is no longer Hilla's
