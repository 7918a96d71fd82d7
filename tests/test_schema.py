"""The pydantic models are the schema: gold labels load, and derived artefacts agree."""

from __future__ import annotations

import json
from pathlib import Path
from typing import get_args

import pytest
from pydantic import ValidationError

from summarizer.draft import Draft
from summarizer.export import CSV_COLUMNS, event_rows
from summarizer.pipeline import system_prompt
from summarizer.schema import EVENT_TYPE_OF, SUB_EVENT_TYPES, ActorType, Event, GoldLabel, Provenance, Report


def _labels(gold: Path) -> list[Path]:
    return sorted((gold / "labels").glob("*.json"))


def test_every_gold_label_loads(gold_dir: Path) -> None:
    paths = _labels(gold_dir)
    assert len(paths) >= 21
    for path in paths:
        label = GoldLabel.model_validate(json.loads(path.read_text(encoding="utf-8")))
        assert label.id == path.stem


def test_shared_gold_labels_load_too() -> None:
    shared = Path(__file__).resolve().parents[2] / "shared" / "gold"
    if not shared.is_dir():
        pytest.skip("../shared/gold is not beside this checkout")
    for path in _labels(shared):
        GoldLabel.model_validate(json.loads(path.read_text(encoding="utf-8")))


def test_sub_type_must_belong_to_type() -> None:
    with pytest.raises(ValidationError, match="not a kind of"):
        Event(event_type="Battles", sub_event_type="Air/drone strike")
    assert Event(event_type="Riots", sub_event_type="Mob violence").event_type == "Riots"


def test_claim_high_below_low_is_rejected() -> None:
    from summarizer.schema import FatalityClaim

    with pytest.raises(ValidationError):
        FatalityClaim(low=10, high=3)


def test_prompt_lists_every_sub_type_and_actor_type() -> None:
    prompt = system_prompt()
    for sub in EVENT_TYPE_OF:
        assert f'"{sub}"' in prompt, sub
    for kind in get_args(ActorType):
        assert f'"{kind}"' in prompt, kind
    # the field list is rendered from the draft model
    for name in Draft.model_fields:
        assert f"- {name}" in prompt


def test_constrained_decoding_schema_has_the_enums() -> None:
    schema = json.dumps(Draft.model_json_schema())
    for subs in SUB_EVENT_TYPES.values():
        for sub in subs:
            assert json.dumps(sub) in schema


def test_csv_row_has_exactly_the_columns(gold_dir: Path) -> None:
    label = GoldLabel.model_validate(json.loads((gold_dir / "labels" / "seed_002.json").read_text()))
    report = Report(
        id=label.id,
        meta=label.meta,
        events=label.events,
        provenance=Provenance(backend="gold", model="gold", prompt_version="-"),
    )
    rows = event_rows(report)
    assert len(rows) == len(label.events)
    assert all(tuple(r) == CSV_COLUMNS for r in rows)
    assert rows[0]["location"] == "Tinzaouaten" and rows[0]["fatalities"] == 60
