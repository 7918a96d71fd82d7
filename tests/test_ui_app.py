"""The Streamlit page driven headlessly with ``streamlit.testing.v1.AppTest``.

Each user flow is run as a user would: type or upload, click, read what the page shows.
Flows that need answers from a model use the project's fake OpenAI-compatible server (a
real HTTP endpoint, no model) so they run in seconds; one test, marked ``model``, runs the
real embedded model end to end.
"""

from __future__ import annotations

import json
import os
import socket
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from summarizer.testing import FakeOpenAIServer, Fault  # noqa: E402

APP = ROOT / "ui" / "app.py"


#: the Mali ambush seed (short, clear events and figures), shipped with the repo
SEED: Path | None = ROOT / "examples" / "seeds" / "003_ab30143d01b80a22.txt"


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Each test starts from the defaults (embedded model), with caches in tmp."""
    for name in list(os.environ):
        if name.startswith(("SUMMARIZER_", "OPENAI_")):
            monkeypatch.delenv(name)
    monkeypatch.setenv("SUMMARIZER_EVAL_DIR", str(tmp_path / "no-eval"))


@pytest.fixture
def fake_endpoint(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[FakeOpenAIServer]:
    """Point the page's default settings at a fake OpenAI-compatible server."""
    with FakeOpenAIServer() as srv:
        monkeypatch.setenv("SUMMARIZER_BACKEND", "openai")
        monkeypatch.setenv("SUMMARIZER_BASE_URL", srv.base_url)
        monkeypatch.setenv("SUMMARIZER_MODEL", srv.model)
        monkeypatch.setenv("SUMMARIZER_USE_CACHE", "false")
        monkeypatch.setenv("SUMMARIZER_MAX_RETRIES", "0")
        yield srv


def app(timeout: float = 60) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=timeout)
    at.run()
    assert not at.exception, at.exception
    return at


def events_frame(at: AppTest) -> Any:
    """The events table (the dataframe with the UCDP columns), or None."""
    for df in at.dataframe:
        if "UCDP best" in df.value.columns:
            return df.value
    return None


def texts(elements: Any) -> list[str]:
    return [str(e.value) for e in elements]


def seed_text() -> str:
    if SEED is None:
        pytest.skip("no seed articles in shared/seeds")
    return SEED.read_text(encoding="utf-8")


def test_page_loads_with_embedded_model_by_default() -> None:
    at = app()
    assert [t.label for t in at.tabs] == ["Single article", "Batch", "Evaluation"]
    assert at.sidebar.radio(key="backend").value == "local"
    assert any(".gguf" in c for c in texts(at.sidebar.caption))
    assert not at.error


def test_empty_input_shows_an_error_not_a_crash() -> None:
    at = app()
    at.button(key="extract").click().run()
    assert not at.exception
    assert any("empty" in e for e in texts(at.error)), texts(at.error)
    assert events_frame(at) is None


def test_paste_and_extract_with_an_endpoint(fake_endpoint: FakeOpenAIServer) -> None:
    at = app()
    assert at.sidebar.radio(key="backend").value == "openai"
    text = seed_text() + "\n\nA reader wrote <script>alert('x')</script> in the comments."
    at.text_area(key="article_text").input(text)
    at.button(key="extract").click().run()
    assert not at.exception, at.exception
    assert not at.error, texts(at.error)
    frame = events_frame(at)
    assert frame is not None and len(frame) >= 1
    article = [m for m in texts(at.markdown) if 'class="article-text"' in m]
    assert article and "<mark" in article[0]
    assert "&lt;script&gt;" in article[0] and "<script>" not in article[0]
    assert fake_endpoint.answered >= 1


def test_binary_upload_shows_an_error() -> None:
    at = app()
    at.file_uploader(key="article_file").set_value(("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "text/plain"))
    at.run()
    at.button(key="extract").click().run()
    assert not at.exception, at.exception
    assert any("binary" in e for e in texts(at.error)), texts(at.error)


def test_uploaded_html_is_read_as_text(fake_endpoint: FakeOpenAIServer) -> None:
    page = (
        "<html><head><title>Clash in Mali</title><script>var x = 1;</script></head><body>"
        "<p>Soldiers and militants clashed near Menaka on Thursday, the army said.</p></body></html>"
    )
    at = app()
    at.file_uploader(key="article_file").set_value(("clash.html", page.encode(), "text/html"))
    at.run()
    at.button(key="extract").click().run()
    assert not at.exception, at.exception
    article = next(m for m in texts(at.markdown) if 'class="article-text"' in m)
    assert "Soldiers and militants clashed" in article and "var x" not in article


def test_model_failure_shows_an_error(fake_endpoint: FakeOpenAIServer) -> None:
    fake_endpoint.inject(*[Fault("500")] * 10)
    at = app()
    at.text_area(key="article_text").input(seed_text())
    at.button(key="extract").click().run()
    assert not at.exception, at.exception
    assert any(e.startswith("Extraction failed") for e in texts(at.error)), texts(at.error)
    assert events_frame(at) is None


def test_endpoint_down_shows_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.setenv("SUMMARIZER_BASE_URL", f"http://127.0.0.1:{port}/v1")
    monkeypatch.setenv("SUMMARIZER_MODEL", "any")
    monkeypatch.setenv("SUMMARIZER_MAX_RETRIES", "0")
    monkeypatch.setenv("SUMMARIZER_USE_CACHE", "false")
    at = app()
    at.text_area(key="article_text").input(seed_text())
    at.button(key="extract").click().run()
    assert not at.exception, at.exception
    assert any(e.startswith("Extraction failed") for e in texts(at.error)), texts(at.error)
    assert events_frame(at) is None


def test_batch_one_good_and_one_broken_file(fake_endpoint: FakeOpenAIServer) -> None:
    at = app()
    at.file_uploader(key="batch_files").set_value(
        [
            ("good.txt", seed_text().encode(), "text/plain"),
            ("broken.txt", b"\x89PNG\r\n\x1a\n\x00\x00binary", "text/plain"),
        ]
    )
    at.run()
    at.button(key="run_batch").click().run()
    assert not at.exception, at.exception
    rows = {r["id"]: r for r in at.dataframe[0].value.to_dict("records")}
    assert rows["good"]["status"] == "ok" and rows["good"]["events"] >= 1
    assert rows["broken"]["status"] == "failed" and "binary" in rows["broken"]["error"]
    assert [e for e in texts(at.error) if e.startswith("broken:")]
    assert [m.value for m in at.metric] == ["1", "1"]
    assert "Map of the batch" in texts(at.subheader)  # every event of the batch on one map


def test_batch_without_files_asks_for_some() -> None:
    at = app()
    at.button(key="run_batch").click().run()
    assert not at.exception
    assert "Upload at least one file first." in texts(at.error)


def test_eval_tab_without_report_says_so() -> None:
    at = app()
    assert any("No evaluation report yet" in i for i in texts(at.info))


def test_eval_tab_shows_the_latest_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    report = {  # the shape summarizer.evaluation.report.to_json writes
        "systems": [
            {
                "name": "model",
                "scores": {"event_f1": 0.5, "event_type": 0.75, "seconds": 21.0},
                "tallies": {"event_f1": {"value": 1.0, "count": 2}},
                "articles": [
                    {"id": "seed_001", "error": None, "misses": ["missed"], "scores": {"event_f1": 0.0}},
                    {"id": "seed_002", "error": None, "misses": [], "scores": {"event_f1": 1.0}},
                    {"id": "seed_003", "error": "BackendError: timeout", "misses": [], "scores": {}},
                ],
            }
        ]
    }
    out = tmp_path / "latest"
    out.mkdir()
    (out / "report.json").write_text(json.dumps(report), encoding="utf-8")
    monkeypatch.setenv("SUMMARIZER_EVAL_DIR", str(out))
    at = app()
    assert not any("No evaluation report yet" in i for i in texts(at.info))
    frames = [df.value for df in at.dataframe]
    fields = next(f for f in frames if "metric" in f.columns)
    assert "event_f1" in set(fields["metric"])
    worst = next(f for f in frames if "article" in f.columns)
    assert list(worst["article"])[:2] == ["seed_003", "seed_001"]


@pytest.mark.model
def test_paste_and_extract_with_the_embedded_model() -> None:
    """The real thing: the embedded llama.cpp model on a seed article (minutes on 2 cores)."""
    at = app(timeout=900)
    at.text_area(key="article_text").input(seed_text())
    at.button(key="extract").click().run(timeout=900)
    assert not at.exception, at.exception
    assert not at.error, texts(at.error)
    frame = events_frame(at)
    assert frame is not None and len(frame) >= 1, "no event extracted from the seed article"
