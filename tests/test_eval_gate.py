import json
from pathlib import Path

from summarizer.evaluation.gate import check_against_baseline, load_baseline, write_baseline


def test_only_drops_beyond_tolerance_fail() -> None:
    baseline = {"event_f1": 0.70, "place": 0.80, "date_exact": 0.5}
    scores = {"event_f1": 0.66, "place": 0.74, "date_exact": 0.9}
    failures = check_against_baseline(scores, baseline, 0.05)
    assert len(failures) == 1 and failures[0].startswith("place")


def test_exactly_at_tolerance_passes() -> None:
    assert check_against_baseline({"x": 0.65}, {"x": 0.70}, 0.05) == []


def test_missing_score_fails_and_ops_are_ignored() -> None:
    failures = check_against_baseline({"seconds": 99.0}, {"event_f1": 0.5, "seconds": 1.0}, 0.05)
    assert failures == ["event_f1: missing (baseline 0.500)"]


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "baseline.json"
    write_baseline(path, {"event_f1": 0.5, "seconds": 3.0, "place": None}, tolerance=0.1)
    assert json.loads(path.read_text())["scores"] == {"event_f1": 0.5}
    assert load_baseline(path) == ({"event_f1": 0.5}, 0.1)


def test_tolerance_is_one_flip_per_metric_when_trials_are_stored(tmp_path: Path) -> None:
    from summarizer.evaluation.gate import load_trials

    path = tmp_path / "baseline.json"
    write_baseline(path, {"actor1": 0.75, "event_precision": 0.9, "event_recall": 0.8, "event_f1": 0.85},
                   trials={"actor1": 40, "event_precision": 10, "event_recall": 20})  # fmt: skip
    baseline, tolerance = load_baseline(path)
    trials = load_trials(path)
    assert trials["actor1"] == 40
    # one of 40 events lost: allowed; two: a regression
    assert check_against_baseline({"actor1": 0.725, "event_precision": 0.9, "event_recall": 0.8, "event_f1": 0.85},
                                  baseline, tolerance, trials) == []  # fmt: skip
    failures = check_against_baseline(
        {"actor1": 0.70, "event_precision": 0.9, "event_recall": 0.8, "event_f1": 0.85}, baseline, tolerance, trials
    )
    assert [f.split(":")[0] for f in failures] == ["actor1"]
    # an F1 may move by the larger step of its parts (1/10 here)
    assert check_against_baseline({"actor1": 0.75, "event_precision": 0.9, "event_recall": 0.8, "event_f1": 0.76},
                                  baseline, tolerance, trials) == []  # fmt: skip
