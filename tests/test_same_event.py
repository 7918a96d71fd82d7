"""The shared "same event?" decisions and claim pooling, on hand-made records (no model)."""

from __future__ import annotations

import datetime as dt

from summarizer.event_dates import DATE_ASSUMED
from summarizer.same_event import (
    article_claim_key,
    claim_key,
    merge_chunk_events,
    pool_claims,
    same_chunk_event,
    same_reported_event,
)
from summarizer.schema import Actor, DateSpan, Event, FatalityClaim, Location

ARMY = Actor(name="Military Forces of Mali", type="State forces")
JNIM = Actor(name="JNIM: Group for Support of Islam and Muslims", type="Rebel group", aliases=["JNIM"])


def _event(**kw: object) -> Event:
    base: dict[str, object] = {
        "event_type": "Battles",
        "sub_event_type": "Armed clash",
        "date": DateSpan(start=dt.date(2023, 8, 3), end=dt.date(2023, 8, 3), precision="day"),
        "location": Location(country="Mali", admin1="Menaka", place="Menaka", geo_precision=1),
        "actor1": JNIM,
        "actor2": ARMY,
        "evidence": ["Militants ambushed a convoy near Menaka."],
    }
    base.update(kw)
    return Event.model_validate(base)


def test_claim_keys_within_and_across_articles() -> None:
    a = FatalityClaim(low=6, high=6, victims="state_forces", claimant="the army")
    b = FatalityClaim(low=6, high=6, victims="state_forces", claimant="The Army")
    c = FatalityClaim(low=6, high=6, victims="state_forces", claimant="the army (via AFP)")
    assert article_claim_key(a) == article_claim_key(b) != article_claim_key(c)
    assert claim_key(a) == claim_key(b) == claim_key(c)
    assert pool_claims([a, b, c]) == [a]
    assert pool_claims([a, b, c], article_claim_key) == [a, c]


def test_chunk_twins_are_folded_and_recounted() -> None:
    six = FatalityClaim(low=6, high=6, victims="state_forces", claimant="the army")
    fifteen = FatalityClaim(low=15, high=15, victims="non_state", claimant="the army")
    first = _event(fatality_claims=[six])
    twin = _event(fatality_claims=[six, fifteen], evidence=["Militants ambushed a convoy near Menaka.", "More."])
    assert same_chunk_event(first, twin)
    merged = merge_chunk_events([first, twin])
    assert len(merged) == 1
    assert merged[0].fatality_claims == [six, fifteen]
    assert merged[0].fatalities.best == 21 and merged[0].fatalities_acled == 21
    other = _event(sub_event_type="Attack", event_type="Violence against civilians")
    assert len(merge_chunk_events([_event(), other])) == 2


def test_reported_event_across_articles() -> None:
    a = _event()
    spelled = _event(location=Location(country="Mali", place="Ménaka", geo_precision=1), actor1=None)
    assert same_reported_event(a, spelled)
    a_week_later = _event(date=DateSpan(start=dt.date(2023, 8, 10), precision="day"))
    assert not same_reported_event(a, a_week_later)
    assert same_reported_event(a, _event(date=DateSpan(start=dt.date(2023, 8, 4), precision="day")))
    assert not same_reported_event(a, _event(date=DateSpan()))


def test_a_record_dated_only_by_its_report_meets_the_dated_one() -> None:
    # "estimates suggest that between 20 and 80 Wagner fighters died": no day in the text,
    # so the publication day (a week after the ambush) stands in, flagged
    dated = _event()
    report_day = DateSpan(start=dt.date(2023, 8, 9), precision="day")
    undated = _event(date=report_day, flags=[DATE_ASSUMED])
    assert same_reported_event(dated, undated) and same_reported_event(undated, dated)
    assert not same_reported_event(dated, _event(date=report_day))
    too_late = DateSpan(start=dt.date(2023, 8, 12), precision="day")
    assert not same_reported_event(dated, _event(date=too_late, flags=[DATE_ASSUMED]))


def test_an_event_found_in_the_text_is_no_chunk_twin() -> None:
    # the model's clash and "In another incident, a clash ... killed at least four" found by
    # code at the same town, day and sides: code found it because no coded event tells it
    seven = FatalityClaim(low=7, high=None, victims="civilians", claimant="Witnesses")
    four = FatalityClaim(low=4, high=None, victims="unknown", claimant="Voice of America")
    coded = _event(fatality_claims=[seven])
    found = _event(
        fatality_claims=[four], evidence=["In another incident, a clash killed four."], flags=["found_in_text"]
    )
    assert not same_chunk_event(coded, found)
    assert [[c.low for c in e.fatality_claims] for e in merge_chunk_events([coded, found])] == [[7], [4]]
