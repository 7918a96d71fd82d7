"""Batch runs against the real fake server: order, failures, retries, cache, kill-and-resume.

Nothing here is mocked: the pipeline runs for real, the openai backend talks HTTP to
``FakeOpenAIServer``, and the resumable command runs as a subprocess that is really
killed with SIGKILL (or interrupted with SIGINT) midway.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from summarizer.batch import effective_concurrency, summarize_many
from summarizer.settings import Settings
from summarizer.testing import FakeOpenAIServer, Fault, draft_responder

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "evals" / "gold" / "articles"


def _texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(ARTICLES.glob("*.txt"))]


def _articles(n: int) -> list[dict[str, object]]:
    texts = _texts()
    return [
        {"id": f"a{i:03d}", "text": texts[i % len(texts)] + f"\n\n(copy a{i:03d})", "published": "2024-07-30"}
        for i in range(n)
    ]


@pytest.fixture
def server() -> Iterator[FakeOpenAIServer]:
    with FakeOpenAIServer(draft_responder, delay=0.05) as srv:
        yield srv


def _settings(srv: FakeOpenAIServer, tmp_path: Path, **kw: object) -> Settings:
    base: dict[str, object] = dict(
        backend="openai", base_url=srv.base_url, model="fake-model", api_key="x",
        cache_dir=tmp_path / "cache", timeout=10.0, max_retries=3,
    )  # fmt: skip
    base.update(kw)
    return Settings(**base)  # type: ignore[arg-type]


def test_order_concurrency_and_broken_articles(server: FakeOpenAIServer, tmp_path: Path) -> None:
    good = _articles(6)
    articles: list[object] = [
        good[0], "", good[1], b"\x00\x01\x02binary\xff\xfe", good[2], {"id": "no-text"}, *good[3:],
    ]  # fmt: skip
    seen: list[str] = []
    results = summarize_many(
        articles,  # type: ignore[arg-type]
        settings=_settings(server, tmp_path),
        concurrency=4,
        cache=False,
        progress=lambda r: seen.append(r.id),
    )
    assert [r.index for r in results] == list(range(len(articles)))
    assert [r.id for r in results if isinstance(articles[r.index], dict)] == [
        str(a["id"]) for a in articles if isinstance(a, dict)
    ]
    assert sorted(seen) == sorted(r.id for r in results)
    failed = {r.index: r for r in results if not r.ok}
    assert set(failed) == {1, 3, 5}
    for r in failed.values():
        assert r.error and r.error_type and r.report is None
    assert failed[5].error_type == "InputError" and "text" in (failed[5].error or "")
    ok = [r for r in results if r.ok]
    assert len(ok) == 6 and all(r.report is not None and r.report.id == r.id for r in ok)
    assert server.max_in_flight >= 2, "remote articles run concurrently"


def test_429_retry_after_is_honoured(server: FakeOpenAIServer, tmp_path: Path) -> None:
    server.inject(Fault("429", retry_after=1.0), Fault("429", retry_after=1.0))
    started = time.perf_counter()
    results = summarize_many(_articles(3), settings=_settings(server, tmp_path), concurrency=1, cache=False)
    elapsed = time.perf_counter() - started
    assert all(r.ok for r in results), [r.error for r in results]
    assert server.completions == server.answered + 2
    assert elapsed >= 2.0, "each 429 waits its Retry-After second"
    assert sum(r.report.provenance.retries for r in results if r.report) >= 2


def test_errors_from_the_server_are_captured_per_article(server: FakeOpenAIServer, tmp_path: Path) -> None:
    server.inject("401")
    results = summarize_many(_articles(3), settings=_settings(server, tmp_path), concurrency=1, cache=False)
    assert [r.ok for r in results] == [False, True, True]
    assert results[0].error_type == "BackendError" and "401" in (results[0].error or "")


def test_rerun_is_served_from_the_cache(server: FakeOpenAIServer, tmp_path: Path) -> None:
    settings = _settings(server, tmp_path)
    first = summarize_many(_articles(4), settings=settings, concurrency=2)
    calls = server.completions
    second = summarize_many(_articles(4), settings=settings, concurrency=2)
    assert server.completions == calls, "no request reaches the server on a cached rerun"
    assert [r.report.events for r in first if r.report] == [r.report.events for r in second if r.report]
    assert all(r.report is not None and r.report.provenance.cached for r in second)


def test_the_embedded_model_runs_one_article_at_a_time() -> None:
    assert effective_concurrency(Settings(backend="local"), 8) == 1
    assert effective_concurrency(Settings(backend="openai", model="m"), 8) == 8
    assert effective_concurrency(Settings(backend="openai", model="m"), None) >= 2


# ------------------------------------------------------------------ the command, as a process
def _write_jsonl(path: Path, items: list[dict[str, object]], extra_lines: list[str] = ()) -> None:  # type: ignore[assignment]
    with open(path, "w", encoding="utf-8") as f:
        for item in items:
            f.write(json.dumps(item) + "\n")
        for line in extra_lines:
            f.write(line + "\n")


def _cmd(inp: Path, out: Path, srv: FakeOpenAIServer, *extra: str) -> list[str]:
    return [
        sys.executable, "-m", "summarizer.cli", "batch", str(inp), "-o", str(out),
        "--backend", "openai", "--base-url", srv.base_url, "--model", "fake-model", "--quiet", *extra,
    ]  # fmt: skip


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(SUMMARIZER_CACHE_DIR=str(tmp_path / "cache"), OPENAI_API_KEY="x", PYTHONUNBUFFERED="1")
    return env


def _ids_prefix(path: Path) -> list[str]:
    """Ids on the complete lines of a file that may end in a torn line."""
    return [json.loads(line)["id"] for line in path.read_bytes().split(b"\n")[:-1] if line.strip()]


def _copies(bodies: list[dict[str, Any]]) -> list[str]:
    """Article ids (from the "(copy a007)" marker) in the extraction requests seen by the
    server (a second look at the same article is a follow-up question, not a redo)."""
    found = []
    for body in bodies:
        text = " ".join(str(m.get("content") or "") for m in body.get("messages", []))
        if "already coded" in text:
            continue
        found += re.findall(r"\(copy (a\d{3})\)", text)
    return found


def _ids(path: Path) -> list[str]:
    return [json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_batch_command_writes_errors_separately_and_reruns_cleanly(server: FakeOpenAIServer, tmp_path: Path) -> None:
    inp, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    items = _articles(5) + [{"id": "empty", "text": "   "}]
    _write_jsonl(inp, items, extra_lines=['{"id": "broken", "text": "unterminated'])
    proc = subprocess.run(_cmd(inp, out, server), env=_env(tmp_path), capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1, proc.stderr
    assert sorted(_ids(out)) == [f"a{i:03d}" for i in range(5)]
    err = tmp_path / "out.errors.jsonl"
    errors = [json.loads(line) for line in err.read_text(encoding="utf-8").splitlines()]
    assert sorted(e["id"] for e in errors) == ["empty", "line-7"]
    assert all(e["error"] and e["error_type"] for e in errors)
    assert "not JSON" in next(e["error"] for e in errors if e["id"] == "line-7")
    # Rerun: done ids are skipped, failed ones retried, and no record is duplicated.
    calls = server.completions
    again = subprocess.run(_cmd(inp, out, server), env=_env(tmp_path), capture_output=True, text=True, timeout=120)
    assert again.returncode == 1
    assert server.completions == calls
    assert sorted(_ids(out)) == [f"a{i:03d}" for i in range(5)]
    assert sorted(json.loads(x)["id"] for x in err.read_text(encoding="utf-8").splitlines()) == ["empty", "line-7"]


def test_kill_minus_nine_and_resume(tmp_path: Path) -> None:
    n = 30
    inp, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    _write_jsonl(inp, _articles(n))
    with FakeOpenAIServer(draft_responder, delay=0.3) as srv:
        proc = subprocess.Popen(
            _cmd(inp, out, srv, "--concurrency", "2", "--no-cache"), env=_env(tmp_path),
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )  # fmt: skip
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if out.exists() and out.read_bytes().count(b"\n") >= 6:
                break
            time.sleep(0.05)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        assert proc.returncode == -signal.SIGKILL
        written = out.read_bytes().count(b"\n")
        assert 6 <= written < n, "killed midway"
        # A kill during a write leaves a torn last line: make sure there is one.
        with open(out, "ab") as f:
            f.write(b'{"id": "a029", "events": [{"salien')
        done_at_kill = set(_ids_prefix(out))
        before = len(srv.bodies)
        resumed = subprocess.run(
            _cmd(inp, out, srv, "--concurrency", "4", "--no-cache"), env=_env(tmp_path),
            capture_output=True, text=True, timeout=180,
        )  # fmt: skip
        assert resumed.returncode == 0, resumed.stderr
        assert "torn" in resumed.stderr
        redone = Counter(_copies(srv.bodies[before:]))
    ids = _ids(out)
    assert Counter(ids) == Counter(f"a{i:03d}" for i in range(n)), "every id exactly once"
    assert len(done_at_kill) == written
    # The resumed run asked the model about every missing article once, and about no other.
    assert set(redone) == {f"a{i:03d}" for i in range(n)} - done_at_kill
    assert set(redone.values()) == {1}
    for line in out.read_text(encoding="utf-8").splitlines():
        json.loads(line)


def _as_a_terminal_job() -> None:
    """Ctrl-C reaches the batch as it does a command typed in a terminal. A test run started
    in the background of a shell without job control (``cmd &`` in a CI script) inherits
    SIGINT ignored, and Python then installs no KeyboardInterrupt handler: the whole batch
    ran on through both interrupts (the CI run of 80334b7)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_stops_and_resumes(tmp_path: Path) -> None:
    n = 12
    inp, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    _write_jsonl(inp, _articles(n))
    with FakeOpenAIServer(draft_responder, delay=0.3) as srv:
        proc = subprocess.Popen(
            _cmd(inp, out, srv, "--concurrency", "1"), env=_env(tmp_path),
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, preexec_fn=_as_a_terminal_job,
        )  # fmt: skip
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not (out.exists() and out.read_bytes().count(b"\n") >= 2):
            time.sleep(0.05)
        proc.send_signal(signal.SIGINT)
        try:
            _, stderr = proc.communicate(timeout=1.5)
        except subprocess.TimeoutExpired:
            # an interrupt that arrives mid-request may be held until it returns: a user
            # presses Ctrl-C again
            proc.send_signal(signal.SIGINT)
            _, stderr = proc.communicate(timeout=20)
        assert proc.returncode == 130, stderr
        assert "resume" in stderr
        rerun = subprocess.run(_cmd(inp, out, srv), env=_env(tmp_path), capture_output=True, text=True, timeout=120)
        assert rerun.returncode == 0, rerun.stderr
    assert Counter(_ids(out)) == Counter(f"a{i:03d}" for i in range(n))


def test_directory_input_takes_meta_from_gold_labels(server: FakeOpenAIServer, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    gold = ROOT / "evals" / "gold"
    proc = subprocess.run(
        _cmd(gold, out, server, "--concurrency", "8", "--limit", "4"), env=_env(tmp_path),
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    reports = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(reports) == 4
    first = sorted(p.stem for p in (gold / "articles").glob("*.txt"))[0]
    label = json.loads((gold / "labels" / f"{first}.json").read_text(encoding="utf-8"))
    rep = next(r for r in reports if r["id"] == first)
    assert rep["meta"]["published"] == label["meta"]["published"]


def test_the_single_machine_path_never_imports_ray() -> None:
    code = (
        "import sys, summarizer.batch, summarizer.batch.command, summarizer.cli\n"
        "assert 'ray' not in sys.modules, 'ray imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
