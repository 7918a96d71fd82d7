"""Faults and bad input (issue 11): one test per row of the issue's table.

Every case runs for real: the command line's ``main`` (in process, so the gazetteer loads
once) or the Python API, against the fault-injecting ``FakeOpenAIServer`` on loopback, a
closed port, or real files. Each test asserts the message, the exit code, a time bound,
and that no record was lost or written twice.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import socket
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from summarizer import InputError, Settings, clean_input, summarize, summarize_many
from summarizer.cli import main
from summarizer.testing import FakeOpenAIServer, Fault, draft_responder
from summarizer.testing.responders import requested_schema

ROOT = Path(__file__).resolve().parent.parent
SEED = (ROOT / "examples" / "seeds" / "003_ab30143d01b80a22.txt").read_text(encoding="utf-8")
RSS_DATE = "Fri, 04 Aug 2023 10:00:00 GMT"

Run = Callable[..., tuple[int, str, str, float]]


pytestmark = pytest.mark.usefixtures("isolated_env")


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Run:
    """The real ``summarizer`` command in this process: (exit code, stdout, stderr, seconds)."""

    def _run(*argv: str) -> tuple[int, str, str, float]:
        capsys.readouterr()
        started = time.perf_counter()
        code = main(list(argv))
        took = time.perf_counter() - started
        out, err = capsys.readouterr()
        return code, out, err, took

    return _run


@pytest.fixture
def fake() -> Iterator[FakeOpenAIServer]:
    with FakeOpenAIServer(draft_responder) as srv:
        yield srv


def _remote(srv: FakeOpenAIServer | str) -> list[str]:
    url = srv if isinstance(srv, str) else srv.base_url
    return ["--base-url", url, "--model", "m", "--no-cache"]


def _closed_port_url(userinfo: str = "") -> str:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()  # nothing listens there: connection refused
    return f"http://{userinfo}127.0.0.1:{port}/v1"


def _feed(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def _ids(path: Path) -> Counter[str]:
    if not path.exists():
        return Counter()
    return Counter(json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip())


def _article(tmp_path: Path, name: str = "a.txt", text: str = SEED) -> Path:
    f = tmp_path / name
    f.write_text(text, encoding="utf-8")
    return f


def _settings(srv: FakeOpenAIServer, **kw: Any) -> Settings:
    return Settings(backend="openai", base_url=srv.base_url, model="m", use_cache=False, **kw)


# ---- row: an endpoint that accepts the connection and never answers --------------------
def test_hanging_endpoint_is_bounded_with_a_heartbeat_and_exit_3(run: Run, tmp_path: Path) -> None:
    with FakeOpenAIServer(always="stall") as srv:
        code, out, err, took = run(
            "extract", str(_article(tmp_path)), *_remote(srv), "--timeout", "1", "--heartbeat", "0.5"
        )
    assert code == 3, err
    # two 1 s timeouts and a 0.5 s backoff, plus loading the gazetteer: far from the old 8 minutes
    assert took < 20, f"a hanging endpoint with --timeout 1 took {took:.1f} s"
    assert "timed out: no answer within 1 s (2 attempts" in err
    assert "extracting events ..." in err  # the heartbeat said what it was waiting for
    assert out == ""


# ---- row: a batch against a dead endpoint ------------------------------------------------
def test_dead_endpoint_trips_the_breaker_and_the_batch_resumes(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SUMMARIZER_MAX_RETRIES", "1")
    feed = _feed(tmp_path / "feed.jsonl", [{"id": f"a{i:02d}", "text": SEED} for i in range(30)])
    out = tmp_path / "out.jsonl"
    code, stdout, err, took = run("batch", str(feed), "-o", str(out), *_remote(_closed_port_url()), "--quiet")
    assert code == 3, err
    assert took < 30
    assert re.search(r"stopped after \d+ consecutive backend failures", err)
    assert "rerun the same command to resume" in err
    assert "cannot reach" in err and stdout == ""
    failed = _ids(tmp_path / "out.errors.jsonl")
    assert 5 <= sum(failed.values()) < 30, "the batch stopped early, not after every article"
    with FakeOpenAIServer(draft_responder) as srv:  # the server is back: resume
        code, _, err, _ = run("batch", str(feed), "-o", str(out), *_remote(srv), "--quiet")
    assert code == 0, err
    assert _ids(out) == Counter({f"a{i:02d}": 1 for i in range(30)})  # each once, none lost
    assert not _ids(tmp_path / "out.errors.jsonl")


# ---- row: publication dates (RSS, 04/08/2023, 2023-02-30, junk, an integer) ---------------
def test_publication_dates_are_read_or_refused_with_the_value(fake: FakeOpenAIServer, run: Run, tmp_path: Path) -> None:
    settings = _settings(fake)
    assert summarize(SEED, meta={"published": RSS_DATE}, settings=settings).meta.published == dt.date(2023, 8, 4)
    iso = summarize(SEED, meta={"published": "2023-08-04T23:30:00+02:00"}, settings=settings)
    assert iso.meta.published == dt.date(2023, 8, 4)
    dmy = summarize(SEED, meta={"published": "04/08/2023"}, settings=settings.with_(date_order="DMY"))
    assert dmy.meta.published == dt.date(2023, 8, 4)
    for value, says in [
        ("04/08/2023", "'04/08/2023' is ambiguous"),
        ("2023-02-30", "'2023-02-30' is not a real date"),
        ("2023-08-04garbage", "cannot read the publication date '2023-08-04garbage'"),
        (20230804, "20230804 is of type int"),
    ]:
        with pytest.raises(InputError, match="meta published: .*" + says.replace("(", r"\(")):
            summarize(SEED, meta={"published": value}, settings=settings)
    feed = _feed(
        tmp_path / "feed.jsonl",
        [
            {"id": "rss", "text": SEED, "published": RSS_DATE},
            {"id": "bad", "text": SEED, "published": "2023-02-30"},
        ],
    )
    out = tmp_path / "out.jsonl"
    code, stdout, err, took = run("batch", str(feed), "-o", str(out), *_remote(fake), "--quiet")
    assert code == 1 and stdout == "" and took < 30
    assert "failed: bad (feed.jsonl:2): meta published: publication date '2023-02-30' is not a real date" in err
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [(r["id"], r["meta"]["published"]) for r in rows] == [("rss", "2023-08-04")]
    assert _ids(tmp_path / "out.errors.jsonl") == Counter({"bad": 1})


# ---- row: a 100 KB article whose summary needs a re-ask -----------------------------------
def _empty_summary_responder(request: dict[str, Any]) -> str:
    answer = json.loads(draft_responder(request))
    if "events" in answer:  # nothing to compose a summary from: the re-ask must be made
        answer["summary"], answer["events"] = "", []
    return json.dumps(answer)


def _long_article(chars: int) -> str:
    paras, i = [], 0
    while sum(len(p) + 2 for p in paras) < chars:
        i += 1
        paras.append(
            f"Fighting went on near village number {i} in the Menaka region of Mali, residents said. "
            f"Soldiers and militants exchanged fire for hours around the market of the village {i}."
        )
    return "Militants clash with soldiers in Mali\n\n" + "\n\n".join(paras)


def test_long_article_re_ask_fits_the_context_and_progress_is_by_chunk(tmp_path: Path) -> None:
    article = _long_article(100_000)
    stages: list[str] = []
    with FakeOpenAIServer(_empty_summary_responder) as srv:
        started = time.perf_counter()
        report = summarize(article, settings=_settings(srv), on_stage=stages.append)
        took = time.perf_counter() - started
        bodies = list(srv.bodies)
    assert took < 40
    settings = Settings()
    limit = settings.n_ctx * 3.2  # characters the context holds (pipeline.CHARS_PER_TOKEN)
    sizes = [sum(len(str(m.get("content") or "")) for m in b["messages"]) for b in bodies]
    assert max(sizes) < limit, f"a request of {max(sizes)} characters cannot fit {settings.n_ctx} tokens"
    asks = [b for b in bodies if requested_schema(b)[0] == "DraftSummary"]
    assert len(asks) == 1, "the summary re-ask was made once"
    assert report.provenance.chunks > 10 and f"extracting events (part 2 of {report.provenance.chunks})" in stages
    assert report.summary is not None and report.summary.origin == "regenerated"


# ---- row: a 1 MB article --------------------------------------------------------------------
def test_oversized_article_is_refused_before_any_request(fake: FakeOpenAIServer, run: Run, tmp_path: Path) -> None:
    big = _article(tmp_path, "big.txt", _long_article(1_000_000))
    code, out, err, took = run("extract", str(big), *_remote(fake))
    assert code == 2 and out == "" and took < 20
    assert "the article is too long (" in err and "the limit is 200,000" in err
    assert fake.completions == 0
    middle = _article(tmp_path, "middle.txt", _long_article(12_000))  # a few chunks: progress shown
    code, out, err, _ = run("extract", str(middle), *_remote(fake), "--format", "jsonl")
    assert code == 0 and "middle.txt: extracting events (part 1 of" in err
    assert len(out.splitlines()) == 1


# ---- row: merge on extract --format json output, a folder, a non-UTF-8 file ----------------
def test_merge_reads_extract_output_and_refuses_the_rest_in_one_line(
    fake: FakeOpenAIServer, run: Run, tmp_path: Path
) -> None:
    files = [_article(tmp_path, f"a{i}.txt", SEED) for i in range(2)]
    code, doc, _, _ = run(
        "extract", *map(str, files), *_remote(fake), "--format", "json", "--json-out", str(tmp_path / "j")
    )
    assert code == 0
    (tmp_path / "extract.json").write_text(doc, encoding="utf-8")
    for source in (tmp_path / "extract.json", tmp_path / "j"):  # the JSON document, the --json-out folder
        code, out, err, _ = run("merge", str(source))
        assert code == 0, err
        assert "merge: 2 records from 2 articles" in err and json.loads(out)
    (tmp_path / "latin1.jsonl").write_bytes(b'{"id": "x"}\n{"id": "caf\xe9"}\n')
    (tmp_path / "shape.json").write_text('{"not": "a batch record"}\n')
    (tmp_path / "errs.jsonl").write_text('{"id": "a", "error": "boom"}\n')
    (tmp_path / "empty_dir").mkdir()
    for name, says in [
        ("latin1.jsonl", "latin1.jsonl:2: not UTF-8 text"),
        ("shape.json", "shape.json:1: not a report (3 problems, e.g. id: Field required)"),
        ("errs.jsonl", "errs.jsonl:1: a failed-article record"),
        ("empty_dir", "a folder without .json or .jsonl reports"),
    ]:
        code, out, err, _ = run("merge", str(tmp_path / name))
        assert code == 2 and out == ""
        assert says in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


# ---- row: summarize(None), summarize(123), summarize({"text": ...}) -----------------------
@pytest.mark.parametrize("bad", [None, 123, {"text": SEED}])
def test_summarize_refuses_what_is_not_an_article(bad: object) -> None:
    with pytest.raises(TypeError, match=r"summarize\(text=\.\.\.\) takes the article as str or bytes, not "):
        summarize(bad)  # type: ignore[arg-type]


# ---- row: summarize_many("Gunmen kill 5") ---------------------------------------------------
def test_summarize_many_refuses_a_bare_string(fake: FakeOpenAIServer) -> None:
    with pytest.raises(TypeError, match=r"takes a list of articles, not a single str"):
        summarize_many("Gunmen kill 5", settings=_settings(fake))
    assert fake.completions == 0


# ---- row: two batches on one output reached by two paths (a symlink) ----------------------
def test_one_lock_per_real_file(run: Run, tmp_path: Path) -> None:
    feed = _feed(tmp_path / "feed.jsonl", [{"id": f"a{i}", "text": SEED} for i in range(3)])
    real = tmp_path / "real"
    real.mkdir()
    (tmp_path / "link").symlink_to(real)
    with FakeOpenAIServer(draft_responder, delay=1.0) as srv:
        first = subprocess.Popen(
            [sys.executable, "-m", "summarizer.cli", "batch", str(feed), "-o", str(real / "out.jsonl"),
             *_remote(srv), "--concurrency", "1", "--quiet"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )  # fmt: skip
        try:
            deadline = time.monotonic() + 30
            while srv.completions == 0 and time.monotonic() < deadline:
                time.sleep(0.1)  # the first run holds the lock once it asks the model
            code, _, err, took = run("batch", str(feed), "-o", str(tmp_path / "link" / "out.jsonl"), *_remote(srv))
            assert code == 2 and took < 10
            assert "another batch is writing" in err and str(real / "out.jsonl") in err
        finally:
            first_out, first_err = first.communicate(timeout=60)
    assert first.returncode == 0, first_err.decode()
    assert _ids(real / "out.jsonl") == Counter({"a0": 1, "a1": 1, "a2": 1})


# ---- row: a non-UTF-8 line in a batch feed ---------------------------------------------------
def test_non_utf8_feed_line_fails_alone_with_its_line_number(fake: FakeOpenAIServer, run: Run, tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    good = json.dumps({"id": "good", "text": SEED}).encode()
    bad = b'{"id": "latin", "text": "Attaque \xe0 M\xe9naka: six soldats tu\xe9s."}'
    feed.write_bytes(good + b"\n" + bad + b"\n")
    out = tmp_path / "out.jsonl"
    code, stdout, err, _ = run("batch", str(feed), "-o", str(out), *_remote(fake), "--quiet")
    assert code == 1 and stdout == ""
    assert "failed: line-2 (feed.jsonl:2): feed.jsonl:2: not UTF-8 text (undecodable byte at position" in err
    assert _ids(out) == Counter({"good": 1})
    assert _ids(tmp_path / "out.errors.jsonl") == Counter({"line-2": 1})
    assert "\ufffd" not in out.read_text(encoding="utf-8")


# ---- row: --base-url http://user:pass@host/v1 ------------------------------------------------
def test_credentials_in_the_base_url_never_printed(run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUMMARIZER_MAX_RETRIES", "0")
    url = _closed_port_url("alice:s3cr3t-pw@")
    code, out, err, _ = run("extract", str(_article(tmp_path)), *_remote(url))
    assert code == 3 and "cannot reach http://***@127.0.0.1:" in err
    feed = _feed(tmp_path / "feed.jsonl", [{"id": "a", "text": SEED}])
    code, out2, err2, _ = run("batch", str(feed), "-o", str(tmp_path / "o.jsonl"), *_remote(url), "--quiet")
    assert code == 3
    written = (tmp_path / "o.errors.jsonl").read_text()
    for text in (out, err, out2, err2, written, json.dumps(Settings.from_env(base_url=url).describe(), default=str)):
        assert "s3cr3t-pw" not in text


# ---- row: a model answer that never validates ------------------------------------------------
def test_answer_that_never_validates_gives_a_short_message(run: Run, tmp_path: Path) -> None:
    with FakeOpenAIServer(always="schema_invalid") as srv:
        code, out, err, took = run("extract", str(_article(tmp_path)), *_remote(srv))
        assert srv.completions == 2  # the answer and one re-ask
    assert code == 1 and out == "" and took < 15
    line = err.strip()
    assert len(line.splitlines()) == 1 and len(line) < 300
    assert "m gave no answer matching the schema in 2 tries (" in line and line.endswith(")")


# ---- row: a transient failure that then succeeds ---------------------------------------------
def test_transient_failure_then_success_prints_no_retry_noise(run: Run, tmp_path: Path) -> None:
    with FakeOpenAIServer(draft_responder, faults=[Fault("500"), Fault("429", retry_after=0.1)]) as srv:
        proc = subprocess.run(
            [sys.executable, "-m", "summarizer.cli", "extract", str(_article(tmp_path)), *_remote(srv)],
            capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        assert srv.answered >= 1 and srv.pending_faults() == 0
    assert proc.returncode == 0, proc.stderr
    assert "Max retries exceeded" not in proc.stderr and "API call failed" not in proc.stderr
    assert json.loads(proc.stdout)["provenance"]["retries"] >= 2


# ---- row: an HTML page with a cookie banner and "related stories" headlines ------------------
PAGE = """<!doctype html><html><head><title>Gunmen kill 12 in attack on village in Mali</title></head><body>
<div id="cookie-banner" class="cookie-consent"><p>We use cookies to improve your experience.
By continuing you accept our cookie policy.</p><button>Accept all cookies</button></div>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/africa">Africa</a></li></ul></nav></header>
<main><article><h1>Gunmen kill 12 in attack on village in Mali</h1>
<p>BAMAKO, Aug 4 (Reuters) - Gunmen killed 12 civilians in an attack on a village in central Mali on
Thursday, a local official said on Friday.</p>
<p>The attackers arrived on motorbikes and opened fire on residents of the village near Bandiagara,
the official said, asking not to be named.</p>
<p>No group claimed responsibility for the attack, which follows a series of raids in the Mopti region.</p>
</article>
<section class="related-stories"><h2>Related stories</h2><ul>
<li><a href="/a">Suicide bomber kills 30 at market in Burkina Faso</a></li>
<li><a href="/b">Army says it killed 40 militants in Niger airstrike</a></li></ul></section>
</main><footer><p>Copyright 2023 News Corp. All rights reserved.</p></footer></body></html>"""


def test_html_page_keeps_the_article_only(fake: FakeOpenAIServer) -> None:
    text = clean_input(PAGE)
    assert text.startswith("Gunmen kill 12 in attack on village in Mali\n\nBAMAKO, Aug 4 (Reuters)")
    assert "opened fire on residents" in text and "No group claimed responsibility" in text
    summarize(PAGE.encode(), settings=_settings(fake))
    sent = json.dumps(fake.bodies)
    for junk in ("cookie", "Burkina Faso", "Niger airstrike", "Related stories", "Copyright", "Home"):
        assert junk not in text and junk not in sent


# ---- row: exit codes --------------------------------------------------------------------------
def test_exit_codes_are_distinct_and_stdout_is_empty_on_total_failure(
    fake: FakeOpenAIServer, run: Run, tmp_path: Path
) -> None:
    empty = _article(tmp_path, "empty.txt", "   ")
    code, out, err, _ = run("extract", str(empty), *_remote(fake), "--format", "json")
    assert (code, out) == (2, "") and "empty.txt: the article is empty" in err  # bad input: 2, no "[]"
    with FakeOpenAIServer(always="500") as srv:
        code, out, err, _ = run("extract", str(_article(tmp_path)), *_remote(srv), "--format", "json")
    assert (code, out) == (3, "") and "kept failing: HTTP 500" in err  # the server failing: 3
    code, out, err, _ = run("extract", str(_article(tmp_path)), str(empty), *_remote(fake), "--format", "csv")
    assert code == 1 and out.count("\n") >= 2  # some failed: 1, the others still written
    feed = _feed(tmp_path / "feed.jsonl", [{"id": "ok", "text": SEED}, {"id": "blank", "text": " "}])
    code, out, err, _ = run("batch", str(feed), "-o", str(tmp_path / "o.jsonl"), *_remote(fake))
    assert code == 1 and out == "" and "failed: blank (feed.jsonl:2): the article is empty" in err


# ---- the pieces other front ends reuse ------------------------------------------------------
def test_circuit_breaker_counts_only_consecutive_backend_failures() -> None:
    from summarizer import BackendUnavailable, CircuitBreaker, InvalidOutputError

    breaker = CircuitBreaker(3)
    down = BackendUnavailable("cannot reach http://h/v1")
    assert not breaker.record_failure(down) and not breaker.record_failure(down)
    breaker.record_success()  # a success in between starts the count again
    for bad_article in (InputError("the article is empty"), InvalidOutputError("no valid answer")):
        assert not breaker.record_failure(bad_article)  # says nothing about the server
    assert [breaker.record_failure(down) for _ in range(3)] == [False, False, True]
    assert breaker.is_open and "3 consecutive backend failures" in breaker.message()
    assert not CircuitBreaker(0).record_failure(down), "threshold 0: never opens"


def test_redact_takes_credentials_out_of_urls() -> None:
    from summarizer import BackendUnavailable, redact

    assert redact("cannot reach https://bob:pw@x.org/v1 or http://tok@y.org") == (
        "cannot reach https://***@x.org/v1 or http://***@y.org"
    )
    assert redact("GET /v1?api_key=abc&x=1") == "GET /v1?api_key=***&x=1"
    assert "pw" not in str(BackendUnavailable("cannot reach https://bob:pw@x.org/v1"))


def test_a_failing_optional_finder_keeps_the_models_events_and_says_so(
    fake: FakeOpenAIServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    import summarizer.pipeline as pipeline

    def broken(*_: object) -> list[object]:
        raise AssertionError("a bug in a finder")

    clean = summarize(SEED, settings=_settings(fake))
    assert clean.events and not any("skipped after an error" in w for w in clean.warnings)
    monkeypatch.setattr(pipeline, "events_in_text", broken)
    report = summarize(SEED, settings=_settings(fake))
    assert [e.sub_event_type for e in report.events] == [e.sub_event_type for e in clean.events]
    assert any("events found in the text skipped after an error: AssertionError" in w for w in report.warnings)
