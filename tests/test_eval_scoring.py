"""Whole-article scores: a perfect answer scores 1.0, known mistakes score exactly."""

from __future__ import annotations

import datetime as dt

import pytest
from eval_helpers import BACKGROUND, MAIN, edited, gold_item, perfect

from summarizer.evaluation.runner import evaluate
from summarizer.evaluation.scoring import score_article
from summarizer.schema import Event

LOWER_IS_BETTER_OR_COST = {
    "no_event_false_positive",
    "claims_not_deaths",
    "retries",
    "tokens_in",
    "tokens_out",
    "seconds",
    "summary_words",
}


def scores_of(item, report):  # type: ignore[no-untyped-def]
    return evaluate([item], {item.id: report}).scores


def test_perfect_prediction_scores_one_everywhere() -> None:
    item = gold_item()
    scores = scores_of(item, perfect(item))
    quality = {k: v for k, v in scores.items() if k not in LOWER_IS_BETTER_OR_COST}
    assert quality and all(v == 1.0 for v in quality.values()), quality
    assert evaluate([item], {item.id: perfect(item)}).articles[0].score.misses == []


def test_perfect_prediction_on_a_no_event_article() -> None:
    item = gold_item(events=[])
    scores = scores_of(item, perfect(item))
    assert scores["no_event_correct"] == 1.0
    assert scores["no_event_false_positive"] == 0.0
    assert scores["event_precision"] is None and scores["event_recall"] is None


def test_wrong_sub_type() -> None:
    item = gold_item()
    scores = scores_of(item, edited(item, sub_event_type="Government regains territory"))
    assert scores["event_recall"] == 1.0 and scores["event_precision"] == 1.0
    assert scores["event_type"] == 1.0
    assert scores["sub_event_type"] == 0.0


def test_date_off_by_one_day() -> None:
    item = gold_item()
    scores = scores_of(item, edited(item, date__start=dt.date(2023, 1, 11), date__end=dt.date(2023, 1, 11)))
    assert scores["event_recall"] == 1.0
    assert scores["date_exact"] == 0.0
    assert scores["date_within_1d"] == 1.0


def test_swapped_actors() -> None:
    item = gold_item()
    report = edited(item, actor1=MAIN["actor2"], actor2=MAIN["actor1"])
    scores = scores_of(item, report)
    assert scores["event_recall"] == 1.0
    assert scores["actor1"] == 0.0 and scores["actor2"] == 0.0
    assert scores["actor_pair"] == 1.0
    assert scores["actor1_type"] == 1.0 and scores["actor2_type"] == 1.0


def test_actor_alias_and_spelling() -> None:
    item = gold_item()
    report = edited(
        item,
        actor1={"name": "jnim", "type": "Rebel group", "aliases": []},
        actor2={"name": "The Malian Army!", "type": "State forces", "aliases": []},
    )
    scores = scores_of(item, report)
    assert scores["actor1"] == 1.0 and scores["actor2"] == 1.0


@pytest.mark.parametrize(
    ("pred", "right"),
    [
        ("Military Forces of Mali", True),
        ("Military Forces of Mali (2021-)", True),
        ("Military Forces of Mali (2012-2020)", False),  # another era: another actor
        ("Military Forces of Niger", False),
        ("Military Forces of Niger (2021-)", False),
    ],
)
def test_an_actor_named_without_its_era_is_the_same_actor(pred: str, right: bool) -> None:
    # the labels write state sides both ways ("... of South Sudan" and "... (2011-)")
    gold_side = {"name": "Military Forces of Mali (2021-)", "type": "State forces", "aliases": []}
    item = gold_item(events=[{**MAIN, "actor2": gold_side}, BACKGROUND])
    report = edited(item, actor2={"name": pred, "type": "State forces", "aliases": []})
    assert scores_of(item, report)["actor2"] == (1.0 if right else 0.0)


def test_place_either_part_accent_insensitive() -> None:
    item = gold_item()
    for place, expected in (("Tenenkou", 1.0), ("lido beach", 1.0), ("TÉNENKOU", 1.0), ("Mopti", 0.0)):
        assert scores_of(item, edited(item, location__place=place))["place"] == expected, place


def test_missing_claim() -> None:
    item = gold_item()
    report = edited(item, fatality_claims=[MAIN["fatality_claims"][0]])
    scores = scores_of(item, report)
    assert scores["claims_recall"] == 0.5
    assert scores["claims_precision"] == 1.0
    assert scores["claims_f1"] == pytest.approx(0.6667, abs=1e-4)


def test_claim_with_wrong_claimant_counts_only_as_figure() -> None:
    item = gold_item()
    claims = [dict(MAIN["fatality_claims"][0], claimant="Human Rights Watch"), MAIN["fatality_claims"][1]]
    scores = scores_of(item, edited(item, fatality_claims=claims))
    assert scores["claims_recall"] == 0.5
    assert scores["claims_figure_recall"] == 1.0


@pytest.mark.parametrize(
    ("pred", "gold", "agree"),
    [
        ("Voice of America (public domain)", "VOA (unattributed)", True),
        ("ISW", "Institute for the Study of War", True),
        ("Malian army", "JNIM", False),
        ("army", "AU", False),  # two letters are no acronym
    ],
)
def test_a_claimant_agrees_with_its_acronym(pred: str, gold: str, agree: bool) -> None:
    from summarizer.evaluation.compare import claimant_matches

    assert claimant_matches(pred, gold) is agree
    assert claimant_matches(gold, pred) is agree


def test_two_spellings_of_one_region_are_one_admin1() -> None:
    from summarizer.evaluation.compare import same_admin1

    assert same_admin1("Far North", "Extreme-Nord", "Cameroon")
    assert not same_admin1("Far North", "North-West", "Cameroon")
    assert not same_admin1("Far North", None, "Cameroon") and same_admin1(None, None, "Cameroon")


def test_fatalities_within_ten_percent() -> None:
    item = gold_item()
    scores = scores_of(item, edited(item, fatalities_acled=20))
    assert scores["fatalities_acled_exact"] == 0.0
    assert scores["fatalities_acled_10pct"] == 1.0
    assert scores_of(item, edited(item, fatalities_acled=22))["fatalities_acled_10pct"] == 0.0


def test_extra_event_costs_precision_only() -> None:
    item = gold_item()
    report = perfect(item)
    extra = Event.model_validate(
        {
            "event_type": "Protests",
            "sub_event_type": "Peaceful protest",
            "date": {"start": "2023-03-01", "end": "2023-03-01", "precision": "day"},
            "location": {"country": "Senegal", "place": "Dakar", "geo_precision": 1},
            "actor1": {"name": "Protesters (Senegal)", "type": "Protesters"},
        }
    )
    report.events.append(extra)
    scores = scores_of(item, report)
    assert scores["event_recall"] == 1.0
    assert scores["event_precision"] == 0.5
    assert scores["event_f1"] == pytest.approx(0.6667, abs=1e-4)


def test_predicting_a_background_event_costs_nothing() -> None:
    item = gold_item()
    report = perfect(item)  # contains the background event, salience rewritten to main
    report.events[1] = report.events[1].model_copy(update={"salience": "main"})
    score = score_article(item, report)
    assert score.tallies["event_precision"].mean == 1.0
    assert [p["gold_salience"] for p in score.pairs] == ["main", "background"]


def test_missed_main_event() -> None:
    item = gold_item()
    report = perfect(item)
    report.events = report.events[1:]
    scores = scores_of(item, report)
    assert scores["event_recall"] == 0.0
    assert scores["event_f1"] == 0.0
    assert scores.get("sub_event_type") is None  # nothing matched: per-field scores undefined


def test_prediction_on_a_no_event_article() -> None:
    item = gold_item(events=[])
    report = perfect(gold_item())  # predicts the main battle where the gold has none
    report.events = report.events[:1]
    scores = scores_of(item, report)
    assert scores["no_event_false_positive"] == 1.0
    assert scores["no_event_correct"] == 0.0
    assert scores["event_precision"] == 0.0


def test_failed_run_is_schema_invalid_and_predicts_nothing() -> None:
    item = gold_item()
    scores = evaluate([item], {}).scores
    assert scores["schema_valid"] == 0.0
    assert scores["event_recall"] == 0.0
    assert scores["summary_facts"] == 0.0


def test_ungrounded_evidence() -> None:
    item = gold_item()
    report = edited(item, evidence=["The army said 14 assailants were killed.", "Made up sentence."])
    assert scores_of(item, report)["evidence_grounded"] == 0.5
    curly = edited(item, evidence=["The  army said\n14 assailants were killed."])
    assert scores_of(item, curly)["evidence_grounded"] == 1.0


def test_acled_within_a_factor_of_two() -> None:
    from summarizer.evaluation.fields import within_factor

    assert within_factor(10, 20, 2.0) and within_factor(40, 20, 2.0)
    assert not within_factor(41, 20, 2.0) and not within_factor(9, 20, 2.0)
    assert within_factor(0, 0, 2.0) and not within_factor(1, 0, 2.0) and not within_factor(0, 3, 2.0)


def test_claims_that_are_not_death_figures_are_counted_article_wide() -> None:
    from summarizer.evaluation.claims import score_death_figures
    from summarizer.schema import FatalityClaim

    gold = [FatalityClaim(low=5, high=5, claimant="army"), FatalityClaim(low=12, high=None, claimant="UN")]
    pred = [FatalityClaim(low=5, high=5, claimant="army"), FatalityClaim(low=300, high=300, claimant="army"),
            FatalityClaim(low=12, high=None, claimant="outlet")]  # fmt: skip
    tallies = score_death_figures(pred, gold)
    assert (tallies["claims_not_deaths"].value, tallies["claims_not_deaths"].count) == (1.0, 3)
    assert tallies["claims_are_deaths"].value == 2.0
