"""Reviewing by hand, without a page: totals recomputed, gold rules, the label the eval reads."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from summarizer import (
    CODEBOOK,
    Event,
    FatalityClaim,
    InputError,
    Report,
    actor_suggestions,
    admin1_centroid,
    gold_label_problems,
    recount_totals,
    report_to_label,
    save_gold_label,
)
from summarizer.evaluation.gold import load_gold

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "evals" / "gold"
#: the shared validator the gold rules were ported from (beside the repo, when present)
VALIDATE = ROOT.parent / "shared" / "gold" / "validate.py"

ARTICLE = (
    "Militants kill several soldiers in Mali\n\n"
    "An attack in the northeastern Menaka region of Mali resulted in the deaths of several soldiers. "
    "\u201cAccording to a first tally, we lost six men,\u201d said an army spokesman."
)


def _event(**kw: object) -> Event:
    data: dict[str, object] = {
        "event_type": "Battles",
        "sub_event_type": "Armed clash",
        "location": {"country": "Mali", "admin1": "Menaka", "geo_precision": 3},
        "actor1": {"name": "Unidentified Armed Group", "type": "Rebel group", "aliases": ["militants"]},
        "actor2": {"name": "Military Forces of Mali", "type": "State forces", "aliases": ["soldiers"]},
        "evidence": ["An attack in the northeastern Menaka region of Mali resulted in the deaths of several soldiers."],
        "fatalities_acled": 0,
    }
    data.update(kw)
    return Event.model_validate(data)


def _report(*events: Event) -> Report:
    return Report.model_validate(
        {
            "id": "rv_001",
            "events": [e.model_dump() for e in events],
            "provenance": {"backend": "openai", "model": "m", "prompt_version": "p"},
        }
    )


def test_codebook_is_the_schema_lists() -> None:
    assert CODEBOOK.sub_event_types["Battles"][0] == "Armed clash"
    assert len([s for subs in CODEBOOK.sub_event_types.values() for s in subs]) == 25
    assert "State forces" in CODEBOOK.actor_types and len(CODEBOOK.actor_types) == 8
    assert "state_forces" in CODEBOOK.victims


def test_recount_uses_the_pipeline_rules() -> None:
    army = FatalityClaim(low=6, high=6, victims="state_forces", claimant="Malian army", quote="we lost six men")
    jnim = FatalityClaim(low=15, high=None, victims="non_state", claimant="Malian army", quote="at least 15")
    event = recount_totals(_event(fatality_claims=[army.model_dump(), jnim.model_dump()]))
    assert event.fatalities_acled == 21
    assert (event.fatalities.low, event.fatalities.best, event.fatalities.high) == (21, 21, 21)
    # the same victims from two claimants are alternatives, not a sum
    other = FatalityClaim(low=8, high=8, victims="state_forces", claimant="local official")
    again = recount_totals(_event(fatality_claims=[army.model_dump(), other.model_dump()]))
    assert again.fatalities.low == 6 and again.fatalities.high == 8


def test_actor_suggestions_come_from_the_alias_table() -> None:
    names = dict(actor_suggestions())
    assert names["Military Forces of Mali"] == "State forces"
    assert "Wagner Group" in names


def test_admin1_centroid_places_a_region() -> None:
    lat, lon = admin1_centroid("Mali", "Menaka") or (0.0, 0.0)
    assert 14.5 < lat < 17.5 and 1.0 < lon < 5.0  # Menaka region, eastern Mali
    assert admin1_centroid("Mali", "Ménaka region") == (lat, lon)
    assert admin1_centroid("Mali", "Nowhere-at-all") is None
    assert admin1_centroid("Mali", None) is None


def test_label_from_a_report_validates_and_the_eval_loads_it(tmp_path: Path) -> None:
    claim = FatalityClaim(low=6, high=6, victims="state_forces", claimant="army spokesman", quote="we lost six men")
    good = recount_totals(_event(fatality_claims=[claim.model_dump()], flags=["place_not_in_text"]))
    rejected = _event(sub_event_type="Armed clash")
    label = report_to_label(_report(good, rejected), accepted=[0], notes="checked by hand")
    assert [e["fatalities_acled"] for e in label["events"]] == [6]
    assert "flags" not in label["events"][0] and "span" not in label["events"][0]["fatality_claims"][0]
    label["summary_facts"] = [{"fact": "The army said six soldiers were killed.", "key_terms": ["six|6", "soldier"]}]
    assert gold_label_problems(label, ARTICLE) == []
    path = save_gold_label(tmp_path, label, ARTICLE)
    assert path == tmp_path / "labels" / "rv_001.json"
    [item] = load_gold(tmp_path)
    assert item.label.events[0].fatalities_acled == 6 and item.label.notes == "checked by hand"
    if VALIDATE.exists():
        run = subprocess.run([sys.executable, str(VALIDATE), str(tmp_path)], capture_output=True, text=True)
        assert run.returncode == 0, run.stdout


def test_invalid_label_is_refused_and_nothing_written(tmp_path: Path) -> None:
    label = report_to_label(_report(_event(evidence=["This sentence is not in the article."])))
    problems = gold_label_problems(label, ARTICLE)
    assert any("evidence not verbatim" in p for p in problems)
    with pytest.raises(InputError, match="evidence not verbatim"):
        save_gold_label(tmp_path, label, ARTICLE)
    assert not (tmp_path / "labels").exists()
    with pytest.raises(InputError, match="id"):
        save_gold_label(tmp_path, {**label, "id": "../escape"}, ARTICLE)


@pytest.mark.skipif(not VALIDATE.exists(), reason="needs shared/gold/validate.py beside the repo")
def test_ported_rules_agree_with_validate_py(tmp_path: Path) -> None:
    """Every label of the project's gold set, and a broken copy of one, judged the same way."""
    root = tmp_path / "gold"
    (root / "articles").mkdir(parents=True)
    (root / "labels").mkdir()
    broken = json.loads(next(iter(sorted((GOLD / "labels").glob("*.json")))).read_text(encoding="utf-8"))
    broken["id"] = "broken"
    broken["meta"]["language"] = "xx"
    broken["events"][0]["sub_event_type"] = "Peaceful protest"
    broken["events"][0]["fatality_claims"] = [{"low": "six", "victims": "soldiers", "claimant": ""}]
    first = sorted((GOLD / "articles").glob("*.txt"))[0]
    (root / "articles" / "broken.txt").write_text(first.read_text(encoding="utf-8"), encoding="utf-8")
    (root / "labels" / "broken.json").write_text(json.dumps(broken), encoding="utf-8")
    run = subprocess.run([sys.executable, str(VALIDATE), str(root)], capture_output=True, text=True)
    theirs = sorted(line.split(": ", 1)[1] for line in run.stdout.splitlines() if line.startswith("broken.json: "))
    assert theirs == sorted(gold_label_problems(broken, first.read_text(encoding="utf-8")))
    assert len(theirs) >= 4
    for label_path in sorted((GOLD / "labels").glob("*.json")):
        text = (GOLD / "articles" / f"{label_path.stem}.txt").read_text(encoding="utf-8")
        assert gold_label_problems(json.loads(label_path.read_text(encoding="utf-8")), text) == [], label_path.name
