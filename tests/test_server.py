"""``summarizer serve`` end to end: a real server process on a loopback port, a real HTTP
client, the fake OpenAI-compatible server as the model, real SQLite files.

One server with API keys serves most tests (module scope); the limits, the queue and the
crash test start servers of their own with the settings they need.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from summarizer import Report
from summarizer.testing import FakeOpenAIServer, draft_responder
from tests.serve_helpers import Served, free_port

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "examples" / "seeds"
KEY = "sk-serve-test-4f1c9a7e2b"
OTHER_KEY = "sk-serve-other-77d0e1"
AUTH = {"Authorization": f"Bearer {KEY}"}
PROBLEM = "application/problem+json"


def seed_text(n: int = 3) -> str:
    return sorted(SEEDS.glob("*.txt"))[n].read_text(encoding="utf-8")


def articles(n: int) -> list[dict[str, Any]]:
    seeds = sorted(SEEDS.glob("*.txt"))
    return [
        {"id": f"a{i:02d}", "text": seeds[i % len(seeds)].read_text(encoding="utf-8") + f"\n\n(copy {i})",
         "meta": {"published": "2023-08-04"}}
        for i in range(n)
    ]  # fmt: skip


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeOpenAIServer]:
    with FakeOpenAIServer(draft_responder, delay=0.05, keep_bodies=False) as srv:
        yield srv


@pytest.fixture(scope="module")
def served(fake: FakeOpenAIServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    tmp = tmp_path_factory.mktemp("serve")
    with Served(tmp, fake.base_url, SUMMARIZER_API_KEYS=f"{KEY},{OTHER_KEY}") as srv:
        yield srv


def is_problem(resp: requests.Response, status: int) -> dict[str, Any]:
    assert resp.status_code == status, resp.text[:500]
    assert resp.headers["content-type"].startswith(PROBLEM)
    doc: dict[str, Any] = resp.json()
    assert doc["status"] == status and doc["title"]
    assert "Traceback" not in resp.text
    return doc


# ---- one article ------------------------------------------------------------------------
def test_extract_needs_the_right_key(served: Served) -> None:
    body = {"text": seed_text(), "meta": {"published": "2023-08-04"}}
    is_problem(served.post("/v1/extract", json=body), 401)
    is_problem(served.post("/v1/extract", json=body, headers={"Authorization": "Bearer sk-wrong"}), 401)
    is_problem(served.post("/v1/extract", json=body, headers={"X-API-Key": KEY[:-1]}), 401)
    ok = served.post("/v1/extract", json=body, headers=AUTH)
    assert ok.status_code == 200, ok.text[:500]
    report = Report.model_validate(ok.json())
    assert report.events and report.summary is not None
    assert report.meta.published is not None and report.meta.published.isoformat() == "2023-08-04"
    assert report.provenance.backend == "openai" and report.provenance.tokens_in > 0
    by_header = served.post("/v1/extract", json={**body, "id": "mine"}, headers={"X-API-Key": OTHER_KEY})
    assert by_header.status_code == 200 and by_header.json()["id"] == "mine"


def test_bad_requests_are_problem_documents(served: Served) -> None:
    secret_text = "INJECTED {{7*7}} <script>alert(1)</script>"
    doc = is_problem(served.post("/v1/extract", json={"text": secret_text, "meta": "x"}, headers=AUTH), 422)
    assert "meta" in doc["detail"] and secret_text not in json.dumps(doc)
    is_problem(served.post("/v1/extract", data=b"{not json", headers={**AUTH, "content-type": "application/json"}), 422)
    is_problem(served.post("/v1/extract", json={"meta": {}}, headers=AUTH), 422)
    # text the pipeline cannot use: a clear problem, not a 500
    doc = is_problem(served.post("/v1/extract", json={"text": "\x00\x01\x02" * 10}, headers=AUTH), 422)
    assert doc["title"] == "Unusable article"
    is_problem(served.get("/v1/nothing-here"), 404)
    is_problem(served.delete("/healthz"), 405)


def test_body_over_the_limit_is_413(served: Served) -> None:
    big = b'{"text": "' + b"x" * 2_100_000 + b'"}'
    is_problem(served.post("/v1/extract", data=big, headers={**AUTH, "content-type": "application/json"}), 413)

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted while read
        yield b'{"text": "'
        for _ in range(30):
            yield b"y" * 100_000
        yield b'"}'

    is_problem(served.post("/v1/extract", data=chunks(), headers={**AUTH, "content-type": "application/json"}), 413)
    assert served.get("/healthz").status_code == 200  # the server is still there


def test_health_ready_openapi_and_metrics(served: Served) -> None:
    # CORS is off unless origins are configured
    assert "access-control-allow-origin" not in served.get("/healthz", headers={"Origin": "https://x.example"}).headers
    health = served.get("/healthz").json()
    assert health["status"] == "ok" and health["backend"] == "openai" and health["model_loaded"]
    assert served.get("/readyz").status_code == 200
    api = served.get("/openapi.json").json()
    assert {"/v1/extract", "/v1/batches", "/v1/batches/{batch_id}", "/v1/batches/{batch_id}/results"} <= set(
        api["paths"]
    )
    schemas = api["components"]["schemas"]
    assert {"Report", "Event", "ArticleMeta", "Problem"} <= set(schemas)
    served.post("/v1/extract", json={"text": seed_text(1)}, headers=AUTH)
    text = served.get("/metrics").text
    assert 'summarizer_http_requests_total{method="POST",route="/v1/extract",status="200"}' in text
    assert 'summarizer_http_requests_total{method="POST",route="/v1/extract",status="401"}' in text
    assert "summarizer_http_request_seconds_bucket" in text and "summarizer_queue_depth" in text
    values = {ln.split()[0]: float(ln.split()[1]) for ln in text.splitlines() if ln and not ln.startswith("#")}
    assert values["summarizer_tokens_in_total"] > 0 and values["summarizer_tokens_out_total"] > 0
    assert values["summarizer_model_seconds_total"] > 0
    assert "summarizer_cache_hits_total" in values


# ---- batches ----------------------------------------------------------------------------
def test_batch_lifecycle_results_offset_and_idempotency(served: Served) -> None:
    items: list[Any] = articles(4) + [{"id": "broken", "meta": {}}, "a plain string is an article too"]
    resp = served.post("/v1/batches", json=items, headers={**AUTH, "Idempotency-Key": "feed-42"})
    assert resp.status_code == 202, resp.text
    first = resp.json()
    assert first["total"] == 6 and resp.headers["location"] == f"/v1/batches/{first['id']}"
    again = served.post("/v1/batches", json=items[:1], headers={**AUTH, "Idempotency-Key": "feed-42"})
    assert again.status_code == 200 and again.json()["id"] == first["id"] and again.json()["total"] == 6
    # another key neither sees this batch nor shares its idempotency keys
    is_problem(served.get(f"/v1/batches/{first['id']}", headers={"X-API-Key": OTHER_KEY}), 404)
    is_problem(served.get(f"/v1/batches/{first['id']}"), 401)
    status = served.wait_batch(first["id"], AUTH)
    assert status["status"] == "done" and status["progress"] == 1.0
    assert (status["done"], status["failed"], status["pending"]) == (5, 1, 0)
    lines = served.get(f"/v1/batches/{first['id']}/results", headers=AUTH).text.splitlines()
    assert len(lines) == 6
    rows = [json.loads(ln) for ln in lines]
    assert sorted(r["index"] for r in rows) == list(range(6))
    assert {r["id"] for r in rows if "report" in r} - {"a00", "a01", "a02", "a03"} == {
        next(r["id"] for r in rows if r["index"] == 5)
    }
    assert next(r["id"] for r in rows if r["index"] == 5).startswith("sha1-")
    broken = next(r for r in rows if r["id"] == "broken")
    assert broken["error_type"] == "InputError" and "text" in broken["error"]
    for r in rows:
        if "report" in r:
            Report.model_validate(r["report"])
    tail = served.get(f"/v1/batches/{first['id']}/results", params={"offset": 4}, headers=AUTH).text.splitlines()
    assert tail == lines[4:]
    assert served.get(f"/v1/batches/{first['id']}/results?offset=99", headers=AUTH).text == ""
    is_problem(served.get("/v1/batches/b_nope", headers=AUTH), 404)


def test_batch_as_jsonl_with_a_broken_line(served: Served) -> None:
    body = "\n".join(json.dumps(a) for a in articles(2)) + "\n{this is not json\n"
    resp = served.post("/v1/batches", data=body.encode(), headers={**AUTH, "content-type": "application/jsonl"})
    assert resp.status_code == 202, resp.text
    status = served.wait_batch(resp.json()["id"], AUTH)
    assert (status["total"], status["done"], status["failed"]) == (3, 2, 1)
    rows = [json.loads(x) for x in served.get(f"/v1/batches/{status['id']}/results", headers=AUTH).text.splitlines()]
    assert any(r["id"] == "line-3" and "not JSON" in r["error"] for r in rows)
    is_problem(served.post("/v1/batches", json=[], headers=AUTH), 422)
    is_problem(served.post("/v1/batches", json={"x": 1}, headers=AUTH), 422)


def test_cancel_keeps_results_and_drops_the_rest(served: Served, fake: FakeOpenAIServer) -> None:
    fake.delay = 0.3
    try:
        batch = served.post("/v1/batches", json=articles(40), headers=AUTH).json()
        time.sleep(0.3)
        cancelled = served.delete(f"/v1/batches/{batch['id']}", headers=AUTH)
        assert cancelled.status_code == 200 and cancelled.json()["status"] == "cancelled"
        status = served.wait_batch(batch["id"], AUTH)
    finally:
        fake.delay = 0.05
    assert status["status"] == "cancelled" and status["cancelled"] >= 20
    assert status["done"] + status["failed"] + status["cancelled"] == 40
    lines = served.get(f"/v1/batches/{batch['id']}/results", headers=AUTH).text.splitlines()
    assert len(lines) == status["done"] + status["failed"]
    is_problem(served.delete("/v1/batches/b_missing", headers=AUTH), 404)


# ---- limits -----------------------------------------------------------------------------
THIRD_KEY = "sk-serve-third-1c2d3e"


@pytest.fixture(scope="module")
def limited(fake: FakeOpenAIServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    """One worker, one waiting place, 6 requests a minute per key, keys from a file, CORS on."""
    tmp = tmp_path_factory.mktemp("limited")
    keys = tmp / "keys.txt"
    keys.write_text(f"# analysts\n{KEY}\n\n{OTHER_KEY}  # the dashboard\n{THIRD_KEY}\n", encoding="utf-8")
    with Served(
        tmp, fake.base_url, SUMMARIZER_API_KEYS_FILE=keys, SUMMARIZER_RATE_LIMIT=6,
        SUMMARIZER_CORS_ORIGINS="https://news.example", SUMMARIZER_CONCURRENCY=1, SUMMARIZER_QUEUE_SIZE=1,
        SUMMARIZER_USE_CACHE="false",
    ) as srv:  # fmt: skip
        yield srv


def test_rate_limit_per_key_keys_file_and_cors(limited: Served) -> None:
    srv = limited
    pre = requests.options(
        srv.url + "/v1/extract",
        headers={"Origin": "https://news.example", "Access-Control-Request-Method": "POST"},
        timeout=10,
    )
    assert pre.headers.get("access-control-allow-origin") == "https://news.example"
    codes = [srv.get("/v1/batches/b_x", headers=AUTH).status_code for _ in range(6)]
    assert codes == [404] * 6
    doc = is_problem(limited_ := srv.get("/v1/batches/b_x", headers=AUTH), 429)
    assert int(limited_.headers["retry-after"]) >= 1 and "6 a minute" in doc["detail"]
    # the other key has its own bucket; health and metrics are never limited
    assert srv.get("/v1/batches/b_x", headers={"X-API-Key": OTHER_KEY}).status_code == 404
    assert srv.get("/healthz").status_code == 200
    assert 'reason="rate"' in srv.get("/metrics").text


def test_full_queue_is_429_and_deadline_is_504(limited: Served, fake: FakeOpenAIServer) -> None:
    srv, auth = limited, {"X-API-Key": THIRD_KEY}  # a key of its own: 6 requests, within its limit
    fake.delay = 0.6
    try:
        results: list[requests.Response] = []

        def call(i: int) -> None:
            results.append(srv.post("/v1/extract", json={"text": seed_text(i % 5)}, headers=auth, timeout=60))

        threads = [threading.Thread(target=call, args=(i,)) for i in range(5)]
        for t in threads:
            t.start()
            time.sleep(0.05)
        for t in threads:
            t.join()
        codes = Counter(r.status_code for r in results)
        assert codes[200] >= 2 and codes[429] >= 1, codes
        refused = next(r for r in results if r.status_code == 429)
        assert int(refused.headers["retry-after"]) >= 1 and is_problem(refused, 429)["title"] == "Queue full"
        late = srv.post("/v1/extract", json={"text": seed_text(2), "deadline": 0.2}, headers=auth)
        assert is_problem(late, 504)["title"] == "Deadline passed"
    finally:
        fake.delay = 0.05


def test_refuses_to_listen_beyond_loopback_without_keys(tmp_path: Path) -> None:
    env = {"SUMMARIZER_CACHE_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    cmd = [sys.executable, "-m", "summarizer.cli", "serve", "--host", "0.0.0.0", "--port", str(free_port())]
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert out.returncode == 2
    assert "refusing to listen on 0.0.0.0 without API keys" in out.stderr


def test_the_key_never_leaves_the_server(served: Served) -> None:
    """After every other test on this server: the key is in no log line, response or metric."""
    seen = [served.get(p, headers=AUTH).text for p in ("/metrics", "/healthz", "/readyz", "/openapi.json")]
    seen.append(served.post("/v1/extract", json={"text": KEY}, headers=AUTH).text)  # the key as article text is data
    seen.append(served.post("/v1/extract", json={"text": seed_text()}, headers={"X-API-Key": KEY + "x"}).text)
    served.post("/v1/extract", json={"text": seed_text()}, headers={"Authorization": f"Bearer {KEY}"})
    log = served.log.read_text()
    assert "serving on http://127.0.0.1" in log and "POST /v1/extract" in log
    for key in (KEY, OTHER_KEY):
        assert key not in log
        assert all(key not in s for s in seen[:4] + seen[5:])


def test_kill_9_mid_batch_then_restart_gives_every_article_once(fake: FakeOpenAIServer, tmp_path: Path) -> None:
    env = {"SUMMARIZER_CONCURRENCY": 2, "SUMMARIZER_USE_CACHE": "false"}
    first = Served(tmp_path, fake.base_url, **env).start()
    fake.delay = 0.25
    try:
        batch = first.post("/v1/batches", json=articles(20), headers={"Idempotency-Key": "nightly"}).json()
        deadline = time.monotonic() + 60
        while first.get(f"/v1/batches/{batch['id']}").json()["done"] < 4:
            assert time.monotonic() < deadline, "the batch did not start"
            time.sleep(0.1)
        first.kill9()
        second = Served(tmp_path, fake.base_url, **env).start()  # same cache folder: same jobs.sqlite
        try:
            midway = second.get(f"/v1/batches/{batch['id']}").json()
            assert 4 <= midway["done"] < 20 or midway["pending"] == 0
            again = second.post("/v1/batches", json=articles(20), headers={"Idempotency-Key": "nightly"})
            assert again.status_code == 200 and again.json()["id"] == batch["id"]
            status = second.wait_batch(batch["id"], timeout=90)
            lines = second.get(f"/v1/batches/{batch['id']}/results").text.splitlines()
        finally:
            second.stop()
    finally:
        fake.delay = 0.05
        first.stop()
    assert status["status"] == "done" and (status["done"], status["failed"]) == (20, 0)
    ids = Counter(json.loads(ln)["id"] for ln in lines)
    assert ids == Counter(f"a{i:02d}" for i in range(20)), ids
    assert "resuming" in second.log.read_text()


def test_a_failing_backend_pauses_the_batch_and_loses_nothing(fake: FakeOpenAIServer, tmp_path: Path) -> None:
    from summarizer.testing.openai_server import Fault

    env = {"SUMMARIZER_CONCURRENCY": 1, "SUMMARIZER_USE_CACHE": "false", "SUMMARIZER_BREAKER_THRESHOLD": 2,
           "SUMMARIZER_BATCH_PAUSE": 2}  # fmt: skip
    served = Served(tmp_path, fake.base_url, **env).start()
    fake.always = Fault("500")
    try:
        batch = served.post("/v1/batches", json=articles(6)).json()
        deadline = time.monotonic() + 60
        while "batches paused" not in served.log.read_text():
            assert time.monotonic() < deadline, "the breaker never opened"
            time.sleep(0.2)
        paused = served.get(f"/v1/batches/{batch['id']}").json()
        assert paused["pending"] > 0 and paused["failed"] < 6  # the rest waits instead of failing
        fake.always = None  # the backend is back: after the pause the batch resumes
        status = served.wait_batch(batch["id"], timeout=120)
        lines = served.get(f"/v1/batches/{batch['id']}/results").text.splitlines()
    finally:
        fake.always = None
        served.stop()
    assert status["done"] + status["failed"] == 6
    ids = Counter(json.loads(ln)["id"] for ln in lines)
    assert ids == Counter(f"a{i:02d}" for i in range(6)), ids
    assert "batches resume" in served.log.read_text()


# ---- clients ----------------------------------------------------------------------------
def test_client_module_against_the_server(served: Served) -> None:
    from summarizer.server.client import ServiceClient, ServiceError

    client = ServiceClient(served.url, KEY, timeout=60)
    assert KEY not in repr(client)
    report = client.extract(seed_text(), meta={"published": "2023-08-04"}, id="via-client")
    assert report.id == "via-client" and report.events
    batch = client.submit_batch(articles(2), idempotency_key="client-1")
    served.wait_batch(batch["id"], AUTH)
    assert {r["id"] for r in client.results(batch["id"])} == {"a00", "a01"}
    assert [r["id"] for r in client.results(batch["id"], offset=1)] == [r["id"] for r in client.results(batch["id"])][
        1:
    ]
    with pytest.raises(ServiceError) as err:
        ServiceClient(served.url, "sk-wrong").extract("text")
    assert err.value.status == 401
    with pytest.raises(ServiceError) as err:
        ServiceClient(f"http://127.0.0.1:{free_port()}").health()
    assert err.value.status == 0 and "not reachable" in str(err.value)


def test_page_extracts_through_a_running_server(served: Served, monkeypatch: pytest.MonkeyPatch) -> None:
    from streamlit.testing.v1 import AppTest

    for name in list(os.environ):
        if name.startswith(("SUMMARIZER_", "OPENAI_")):
            monkeypatch.delenv(name)
    # the page's own backend points nowhere: a report can only come from the server
    monkeypatch.setenv("SUMMARIZER_BASE_URL", "http://127.0.0.1:9/v1")
    monkeypatch.setenv("SUMMARIZER_MODEL", "nowhere")
    monkeypatch.setenv("SUMMARIZER_EVAL_DIR", "/nonexistent")
    monkeypatch.setenv("SUMMARIZER_SERVER_URL", served.url)
    monkeypatch.setenv("SUMMARIZER_SERVER_KEY", KEY)
    at = AppTest.from_file(str(ROOT / "ui" / "app.py"), default_timeout=60)
    at.run()
    assert not at.exception, at.exception
    assert at.sidebar.checkbox(key="use_server").value
    assert at.sidebar.text_input(key="server_url").value == served.url
    at.text_area(key="article_text").input(seed_text())
    at.button(key="extract").click().run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    report = at.session_state["single"]["report"]
    assert report.provenance.model == "fake-model" and report.events


def test_page_batch_runs_on_the_server_with_progress_and_failures_listed(served: Served) -> None:
    """The batch tab with the sidebar's server: the articles go to /v1/batches, none to a
    model in the page; progress comes per finished article, failures keep their reason."""
    from summarizer import Settings
    from summarizer.server.client import ServiceClient
    from ui.batchrun import run_batch
    from ui.inputs import Article
    from ui.remotebatch import server_runner

    items = [Article(a["id"], a["text"], {"published": "2023-08-04"}) for a in articles(3)]
    items.insert(1, Article("empty", "   ", {}))
    seen: list[tuple[int, int, str]] = []
    client = ServiceClient(served.url, KEY, timeout=60)
    outcome = run_batch(
        items,
        settings=Settings(),
        progress=lambda d, t, i: seen.append((d, t, i)),
        runner=server_runner(client, poll=0.2),
    )
    assert [r["id"] for r in outcome.rows] == ["a00", "empty", "a01", "a02"]  # input order
    assert [r.id for r in outcome.reports] == ["a00", "a01", "a02"]
    assert all(r.provenance.model == "fake-model" for r in outcome.reports)  # the server's backend did the work
    assert [f.id for f in outcome.failures] == ["empty"] and outcome.failures[0].error
    assert len(seen) == 4 and seen[-1][:2] == (4, 4)
