"""Batch throughput: articles per minute vs concurrency, pipeline overhead, cache speed-up.

Runs the real pipeline and the real openai backend against the fake OpenAI server
(``summarizer.testing.FakeOpenAIServer``) whose every answer takes ``--delay`` seconds, so
the numbers isolate what the batch runner controls (concurrency, overhead, caching) from
any model's speed. ``--embedded`` adds the embedded llama.cpp model's articles per
minute on a few gold articles (minutes on two cores).

    .venv/bin/python benchmarks/batch_throughput.py --articles 32 --delay 0.5
    .venv/bin/python benchmarks/batch_throughput.py --embedded --embedded-articles 2

The ideal for a fixed delay is ``60 / delay * concurrency`` articles/min (one model call
per article); the table shows how close the runner gets and where it stops scaling.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarizer import BatchResult, Settings, summarize_many  # noqa: E402
from summarizer.testing import FakeOpenAIServer, draft_responder  # noqa: E402

ARTICLES = ROOT / "evals" / "gold" / "articles"


def articles(n: int, tag: str) -> list[dict[str, Any]]:
    """``n`` distinct articles (gold texts, suffixed so every cache key differs)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(ARTICLES.glob("*.txt"))]
    return [
        {"id": f"{tag}{i:04d}", "text": f"{texts[i % len(texts)]}\n\n(copy {tag}{i})", "published": "2024-07-30"}
        for i in range(n)
    ]


def remote_settings(srv: FakeOpenAIServer, cache_dir: Path, use_cache: bool) -> Settings:
    return Settings(
        backend="openai",
        base_url=srv.base_url,
        model="fake-model",
        api_key="x",
        cache_dir=cache_dir,
        use_cache=use_cache,
        timeout=60.0,
    )


def run(items: list[dict[str, Any]], settings: Settings, concurrency: int) -> tuple[float, list[BatchResult]]:
    started = time.perf_counter()
    results = summarize_many(items, settings=settings, concurrency=concurrency)
    elapsed = time.perf_counter() - started
    failed = [r for r in results if not r.ok]
    if failed:
        raise SystemExit(f"{len(failed)} articles failed, e.g. {failed[0].id}: {failed[0].error}")
    return elapsed, results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=32, help="articles per concurrency level")
    parser.add_argument("--delay", type=float, default=0.5, help="seconds the fake server takes per answer")
    parser.add_argument("--concurrency", default="1,2,4,8,16", help="comma-separated levels")
    parser.add_argument("--embedded", action="store_true", help="also time the embedded model (slow)")
    parser.add_argument("--embedded-articles", type=int, default=2)
    parser.add_argument("--json", type=Path, help="also write the numbers here")
    args = parser.parse_args(argv)
    levels = [int(x) for x in args.concurrency.split(",") if x.strip()]
    numbers: dict[str, Any] = {"delay": args.delay, "articles": args.articles, "concurrency": {}}
    tmp = Path(tempfile.mkdtemp(prefix="bench-"))

    # Warm-up: the first article pays one-off costs (gazetteer, alias tables, imports).
    with FakeOpenAIServer(draft_responder, keep_bodies=False) as srv:
        warm_started = time.perf_counter()
        run(articles(1, "w-"), remote_settings(srv, tmp / "nocache", use_cache=False), 1)
        numbers["warmup_s"] = round(time.perf_counter() - warm_started, 2)
    print(f"warm-up (one-off loading on the first article): {numbers['warmup_s']:.2f} s")
    print(f"fake server delay {args.delay:.2f} s per answer, {args.articles} articles per row\n")
    print(f"{'concurrency':>11} {'seconds':>8} {'articles/min':>13} {'ideal':>8} {'efficiency':>10} {'in flight':>9}")
    with FakeOpenAIServer(draft_responder, delay=args.delay, keep_bodies=False) as srv:
        for c in levels:
            srv.reset_counters()
            items = articles(args.articles, f"c{c}-")
            elapsed, _ = run(items, remote_settings(srv, tmp / "nocache", use_cache=False), c)
            rate = len(items) / elapsed * 60
            calls_per_article = srv.answered / len(items)
            ideal = 60 / (args.delay * calls_per_article) * c
            numbers["concurrency"][c] = {"seconds": round(elapsed, 2), "per_min": round(rate, 1)}
            print(f"{c:>11} {elapsed:>8.2f} {rate:>13.1f} {ideal:>8.0f} {rate / ideal:>10.0%} {srv.max_in_flight:>9}")

    # Pipeline overhead: everything but the model call, with an instant server.
    with FakeOpenAIServer(draft_responder, delay=0.0, keep_bodies=False) as srv:
        items = articles(args.articles, "o-")
        elapsed, results = run(items, remote_settings(srv, tmp / "nocache", use_cache=False), 1)
        overhead = [r.report.provenance.total_seconds - r.report.provenance.model_seconds for r in results if r.report]
        model = [r.report.provenance.model_seconds for r in results if r.report]
    numbers["overhead_ms"] = round(statistics.mean(overhead) * 1000, 1)
    numbers["http_roundtrip_ms"] = round(statistics.mean(model) * 1000, 1)
    print(
        f"\npipeline overhead per article (total - model seconds): {numbers['overhead_ms']:.1f} ms; "
        f"one HTTP round trip to an instant server: {numbers['http_roundtrip_ms']:.1f} ms; "
        f"wall {elapsed / len(items) * 1000:.1f} ms per article at concurrency 1"
    )

    # Cache: the same batch twice with the answer cache on.
    with FakeOpenAIServer(draft_responder, delay=args.delay, keep_bodies=False) as srv:
        items = articles(args.articles, "k-")
        settings = remote_settings(srv, tmp / "cache", use_cache=True)
        cold, _ = run(items, settings, 4)
        calls = srv.completions
        warm, _ = run(items, settings, 4)
        assert srv.completions == calls, "a warm rerun must not reach the server"
    numbers["cache"] = {"cold_s": round(cold, 2), "warm_s": round(warm, 3), "speedup": round(cold / warm, 1)}
    print(
        f"cache, concurrency 4: first run {cold:.2f} s, rerun {warm:.3f} s "
        f"-> {cold / warm:.0f}x faster ({len(items) / warm * 60:.0f} articles/min, 0 server calls)"
    )

    if args.embedded:
        items = articles(args.embedded_articles, "e-")
        settings = Settings.from_env(backend="local", use_cache=False)
        print(f"\nembedded model ({settings.n_threads} threads), {len(items)} articles ...", flush=True)
        from summarizer import get_backend

        load_started = time.perf_counter()
        get_backend(settings)
        load = time.perf_counter() - load_started
        elapsed, results = run(items, settings, 1)
        tokens_out = sum(r.report.provenance.tokens_out for r in results if r.report)
        rate = len(items) / elapsed * 60
        numbers["embedded"] = {"load_s": round(load, 1), "seconds": round(elapsed, 1), "per_min": round(rate, 2),
                               "tokens_out_per_s": round(tokens_out / elapsed, 1)}  # fmt: skip
        print(
            f"embedded: load {load:.1f} s, {elapsed:.1f} s for {len(items)} articles -> {rate:.2f} articles/min "
            f"({tokens_out / elapsed:.1f} tokens out/s)"
        )
    if args.json:
        args.json.write_text(json.dumps(numbers, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
