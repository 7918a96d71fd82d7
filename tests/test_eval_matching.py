from __future__ import annotations

import datetime as dt

from eval_helpers import MAIN, edited, gold_item

from summarizer.evaluation.matching import MATCH_THRESHOLD, match_events, similarity
from summarizer.schema import Event


def event(**changes: object) -> Event:
    data = dict(MAIN, **changes)
    return Event.model_validate(data)


def test_identical_events_have_similarity_one() -> None:
    assert similarity(event(), event()) == 1.0


def test_optimal_assignment_keeps_same_day_events_apart() -> None:
    # Three clashes on one day, same sides, three villages (as in seed_001).
    places = ["Kaloumba", "Sokolo", "Mopti"]
    gold = [event(location={"country": "Mali", "place": p, "geo_precision": 1}) for p in places]
    pred = [event(location={"country": "Mali", "place": p, "geo_precision": 1}) for p in reversed(places)]
    m = match_events(pred, gold)
    assert sorted((p.pred, p.gold) for p in m.main) == [(0, 2), (1, 1), (2, 0)]
    assert not m.missed and not m.extra


def test_threshold_rejects_an_unrelated_event() -> None:
    other = event(
        event_type="Protests",
        sub_event_type="Peaceful protest",
        date={"start": "2023-05-01", "precision": "day"},
        location={"country": "Senegal", "place": "Dakar", "geo_precision": 1},
        actor1={"name": "Protesters", "type": "Protesters"},
        actor2=None,
    )
    assert similarity(other, event()) < MATCH_THRESHOLD
    m = match_events([other], [event()])
    assert m.extra == [0] and m.missed == [0]


def test_wrong_type_still_matches_when_time_place_and_sides_agree() -> None:
    pred = event(event_type="Violence against civilians", sub_event_type="Attack")
    assert similarity(pred, event()) == 0.75
    assert len(match_events([pred], [event()]).main) == 1


def test_predicted_background_events_are_ignored() -> None:
    m = match_events([event(salience="background")], [event()])
    assert m.ignored == [0] and m.missed == [0] and m.scored_predictions == 0


def test_date_similarity_steps() -> None:
    item = gold_item()
    gold = item.label.events[0]
    for day, expected in ((10, 1.0), (11, 0.9375), (15, 0.8125), (30, 0.75)):
        pred = edited(item, date__start=dt.date(2023, 1, day), date__end=dt.date(2023, 1, day)).events[0]
        assert similarity(pred, gold) == expected, day
