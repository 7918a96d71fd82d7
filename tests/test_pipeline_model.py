"""End to end on the real embedded model: two seed articles, checked reports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summarizer.pipeline import summarize
from summarizer.prompts import prompt_version
from summarizer.schema import GoldLabel, Report

pytestmark = pytest.mark.model

CASES = ["seed_003", "seed_002"]


def _load(gold_dir: Path, ident: str) -> tuple[str, GoldLabel]:
    text = (gold_dir / "articles" / f"{ident}.txt").read_text(encoding="utf-8")
    label = GoldLabel.model_validate(json.loads((gold_dir / "labels" / f"{ident}.json").read_text()))
    return text, label


@pytest.fixture(scope="module")
def reports(gold_dir: Path, local_settings: object, local_backend: object) -> dict[str, tuple[str, Report]]:
    out = {}
    for ident in CASES:
        text, label = _load(gold_dir, ident)
        out[ident] = (
            text,
            summarize(
                text,
                meta=label.meta,
                id=ident,
                settings=local_settings,  # type: ignore[arg-type]
                backend=local_backend,
            ),
        )  # type: ignore[arg-type]
    return out


@pytest.mark.parametrize("ident", CASES)
def test_report_is_schema_valid_and_round_trips(reports: dict[str, tuple[str, Report]], ident: str) -> None:
    _, report = reports[ident]
    again = Report.model_validate_json(report.model_dump_json())
    assert again == report
    assert report.id == ident


@pytest.mark.parametrize("ident", CASES)
def test_a_main_event_is_located_in_mali(reports: dict[str, tuple[str, Report]], ident: str) -> None:
    _, report = reports[ident]
    mains = [e for e in report.events if e.salience == "main"]
    assert mains, report.model_dump_json(indent=1)
    assert any(e.location.country == "Mali" for e in mains)


@pytest.mark.parametrize("ident", CASES)
def test_every_quote_is_in_the_text(reports: dict[str, tuple[str, Report]], ident: str) -> None:
    text, report = reports[ident]
    for ev in report.events:
        assert len(ev.evidence) == len(ev.evidence_spans)
        for quote, span in zip(ev.evidence, ev.evidence_spans, strict=True):
            assert span.start is not None and span.end is not None
            assert text[span.start : span.end] == quote
        for claim in ev.fatality_claims:
            assert claim.span is not None and claim.span.start is not None
            assert text[claim.span.start : claim.span.end] == claim.quote


@pytest.mark.parametrize("ident", CASES)
def test_provenance_is_filled(reports: dict[str, tuple[str, Report]], ident: str) -> None:
    _, report = reports[ident]
    p = report.provenance
    assert p.backend == "local" and p.model.endswith(".gguf")
    assert p.prompt_version == prompt_version()
    assert p.tokens_in > 500 and p.tokens_out > 20
    assert 0 < p.model_seconds <= p.total_seconds
    assert p.calls >= 1


@pytest.mark.parametrize("ident", CASES)
def test_summary_is_checked(reports: dict[str, tuple[str, Report]], ident: str) -> None:
    _, report = reports[ident]
    assert report.summary is not None and report.summary.text
    assert report.summary.origin in {"model", "model+records", "regenerated", "repaired"}
    if report.summary.origin == "model+records":
        # the article's sentences (or the records' facts) were added in code and the whole still passes the check
        assert report.summary.check.passed
    assert not report.summary.check.loaded_words


def test_totals_are_computed_from_claims(reports: dict[str, tuple[str, Report]]) -> None:
    from summarizer.fatalities import totals

    for _, report in reports.values():
        for ev in report.events:
            fat, acled = totals(ev.fatality_claims)
            assert ev.fatalities == fat
            assert ev.fatalities_acled == (acled if acled is not None else 0)
