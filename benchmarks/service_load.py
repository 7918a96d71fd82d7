"""Service load: ``POST /v1/extract`` at 1, 4, 16 and 64 concurrent clients, beside ``summarize``.

Everything runs on this machine over loopback: the fake OpenAI-compatible server (every
answer takes ``--delay`` seconds, 0.5 by default) as a subprocess, ``summarizer serve`` as
a subprocess, and the clients as threads here. For each level it sends a bounded number of
requests (``--per-client`` each, stopped after ``--max-seconds``) and reports requests/s
and p50 / p95 / p99 latency. The server's own overhead per request is the client's
latency minus the pipeline's own time (the report's ``provenance.total_seconds``): HTTP,
validation, the queue and serialisation. The same articles then go through ``summarize``
directly, in threads of this process, at the same concurrency, for comparison.

    .venv/bin/python benchmarks/service_load.py
    .venv/bin/python benchmarks/service_load.py --levels 1 4 --per-client 5
    # the embedded model's queue (minutes; only with the machine to itself, under the model lock):
    flock /work/model.lock .venv/bin/python benchmarks/service_load.py --embedded --embedded-clients 3

The answer cache is off throughout, so every request reaches the (fake) model.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarizer import Settings, locate, summarize  # noqa: E402

ARTICLES = ROOT / "evals" / "gold" / "articles"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def texts(n: int, tag: str) -> list[str]:
    base = [p.read_text(encoding="utf-8") for p in sorted(ARTICLES.glob("*.txt"))]
    return [f"{base[i % len(base)]}\n\n(copy {tag}{i})" for i in range(n)]


def wait_for(url: str, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer")


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))]


def drive(clients: int, jobs: list[str], call: Callable[[str], float], max_seconds: float) -> dict[str, Any]:
    """Run ``jobs`` through ``clients`` threads; ``call`` returns the pipeline's own seconds."""
    lock = threading.Lock()
    todo = list(jobs)
    latencies: list[float] = []
    overheads: list[float] = []
    errors: list[str] = []
    stop_at = time.monotonic() + max_seconds

    def worker() -> None:
        while time.monotonic() < stop_at:
            with lock:
                if not todo:
                    return
                text = todo.pop()
            started = time.perf_counter()
            try:
                inner = call(text)
            except Exception as exc:
                with lock:
                    errors.append(f"{type(exc).__name__}: {exc}"[:200])
                continue
            took = time.perf_counter() - started
            with lock:
                latencies.append(took)
                overheads.append(took - inner)

    threads = [threading.Thread(target=worker, daemon=True) for _ in range(clients)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - started
    return {
        "clients": clients,
        "requests": len(latencies),
        "errors": len(errors),
        "first_error": errors[0] if errors else None,
        "seconds": round(elapsed, 2),
        "req_per_s": round(len(latencies) / elapsed, 2) if elapsed else 0.0,
        "p50": round(pct(latencies, 50), 3),
        "p95": round(pct(latencies, 95), 3),
        "p99": round(pct(latencies, 99), 3),
        "overhead_p50_ms": round(pct(overheads, 50) * 1000, 1),
        "overhead_p95_ms": round(pct(overheads, 95) * 1000, 1),
    }


def http_call(url: str) -> Callable[[str], float]:
    local = threading.local()

    def call(text: str) -> float:
        import http.client

        conn = getattr(local, "conn", None)
        if conn is None:
            host, port = url.removeprefix("http://").split(":")
            conn = local.conn = http.client.HTTPConnection(host, int(port), timeout=600)
        body = json.dumps({"text": text, "meta": {"published": "2024-07-30"}})
        try:
            conn.request("POST", "/v1/extract", body=body, headers={"Content-Type": "application/json"})
            resp = conn.getresponse()
            data = resp.read()
        except (OSError, http.client.HTTPException):
            local.conn = None
            raise
        if resp.status != 200:
            raise RuntimeError(f"{resp.status}: {data[:200]!r}")
        return float(json.loads(data)["provenance"]["total_seconds"])

    return call


def direct_call(settings: Settings) -> Callable[[str], float]:
    def call(text: str) -> float:
        report = summarize(text, meta={"published": "2024-07-30"}, settings=settings)
        # direct: there is no server, so no overhead beyond the pipeline itself
        return report.provenance.total_seconds

    return call


def start(cmd: list[str], env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    with log.open("wb") as out:
        return subprocess.Popen(cmd, env=env, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT)


def remote_run(args: argparse.Namespace, tmp: Path) -> dict[str, Any]:
    fake_port, serve_port = free_port(), free_port()
    top = max(args.levels)
    env = dict(os.environ)
    for name in list(env):
        if name.startswith(("SUMMARIZER_", "OPENAI_")):
            env.pop(name)
    env.update(
        SUMMARIZER_BASE_URL=f"http://127.0.0.1:{fake_port}/v1",
        SUMMARIZER_MODEL="fake-model",
        OPENAI_API_KEY="x",
        SUMMARIZER_USE_CACHE="false",
        SUMMARIZER_CACHE_DIR=str(tmp / "cache"),
        SUMMARIZER_CONCURRENCY=str(top),
        SUMMARIZER_QUEUE_SIZE=str(top * 2),
        SUMMARIZER_RATE_LIMIT="0",
    )
    fake = start(
        [
            sys.executable,
            "-m",
            "summarizer.testing.openai_server",
            "--port",
            str(fake_port),
            "--delay",
            str(args.delay),
        ],
        env,
        tmp / "fake.log",
    )
    server = start(
        [sys.executable, "-m", "summarizer.cli", "serve", "--port", str(serve_port), "--log-level", "warning"],
        env,
        tmp / "serve.log",
    )
    url = f"http://127.0.0.1:{serve_port}"
    try:
        wait_for(f"http://127.0.0.1:{fake_port}/v1/models")
        wait_for(url + "/readyz")
        settings = Settings(
            backend="openai",
            base_url=f"http://127.0.0.1:{fake_port}/v1",
            model="fake-model",
            api_key="x",
            use_cache=False,
            cache_dir=tmp / "direct-cache",
        )
        # warm both paths outside the measurement: imports, and the gazetteer the server
        # reads before it reports ready (locate), read here the same way
        locate("Kabul", country="Afghanistan")
        for text in texts(3, "warm-"):
            http_call(url)(text)
            direct_call(settings)(text)
        rows = []
        for level in args.levels:
            n = max(args.min_requests, level * args.per_client)
            service = drive(level, texts(n, f"s{level}-"), http_call(url), args.max_seconds)
            direct = drive(level, texts(n, f"d{level}-"), direct_call(settings), args.max_seconds)
            rows.append({"clients": level, "service": service, "direct": direct})
            print(
                f"{level:>3} clients  service {service['req_per_s']:6.2f} req/s  p50 {service['p50']:.3f}  "
                f"p95 {service['p95']:.3f}  p99 {service['p99']:.3f}  overhead p50 {service['overhead_p50_ms']:.1f} ms | "
                f"direct {direct['req_per_s']:6.2f} req/s  p50 {direct['p50']:.3f}  p95 {direct['p95']:.3f}  "
                f"p99 {direct['p99']:.3f}",
                flush=True,
            )
        return {"delay": args.delay, "per_client": args.per_client, "levels": rows}
    finally:
        for p in (server, fake):
            p.terminate()
            try:
                p.wait(15)
            except subprocess.TimeoutExpired:
                p.kill()


def embedded_run(args: argparse.Namespace, tmp: Path) -> dict[str, Any]:
    """The embedded model's queue: ``--embedded-clients`` requests at once; latency by arrival."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SUMMARIZER_", "OPENAI_"))}
    env.update(SUMMARIZER_USE_CACHE="false", SUMMARIZER_JOBS_DB=str(tmp / "jobs.sqlite"))
    env["SUMMARIZER_QUEUE_SIZE"] = str(args.embedded_clients)
    server = start([sys.executable, "-m", "summarizer.cli", "serve", "--port", str(port)], env, tmp / "embedded.log")
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for(url + "/readyz", 600)
        call = http_call(url)
        results: list[tuple[int, float, float]] = []

        def one(k: int, text: str) -> None:
            started = time.perf_counter()
            inner = call(text)
            results.append((k, time.perf_counter() - started, inner))

        threads = []
        for k, text in enumerate(texts(args.embedded_clients, "emb")):
            threads.append(threading.Thread(target=one, args=(k, text)))
            threads[-1].start()
            time.sleep(0.2)  # a known arrival order: k is the queue position
        for t in threads:
            t.join()
        rows = [
            {"position": k, "latency": round(lat, 1), "pipeline": round(inner, 1), "waited": round(lat - inner, 1)}
            for k, lat, inner in sorted(results)
        ]
        for r in rows:
            print(
                f"queue position {r['position']}: {r['latency']} s ({r['pipeline']} s pipeline, {r['waited']} s waiting)"
            )
        return {"embedded": rows}
    finally:
        server.terminate()
        server.wait(30)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--levels", type=int, nargs="+", default=[1, 4, 16, 64])
    ap.add_argument("--per-client", type=int, default=4, help="requests per client at each level")
    ap.add_argument("--min-requests", type=int, default=20, help="at least this many requests per level")
    ap.add_argument("--max-seconds", type=float, default=60.0, help="stop a level after this long")
    ap.add_argument("--delay", type=float, default=0.5, help="seconds the fake model takes per answer")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    ap.add_argument("--embedded", action="store_true", help="measure the embedded model's queue instead (slow)")
    ap.add_argument("--embedded-clients", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        out = embedded_run(args, Path(tmp)) if args.embedded else remote_run(args, Path(tmp))
    if args.json:
        args.json.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
