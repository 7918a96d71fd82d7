"""Where the time goes, and how far the pipeline is from raw llama.cpp, in one run.

Prints, for a fresh process:

* cold start: importing the package, loading the model, the gazetteer store and the
  model's state after the system prompt (loaded from its file, or built the first time);
* per article: prompt and completion tokens, model calls, seconds inside the model,
  seconds in the whole pipeline, and the **raw reference**: a second, bare ``llama_cpp.Llama``
  on the same GGUF, same threads, reading the same number of new prompt tokens and writing
  the same number of tokens as free text (no grammar, no pipeline) with the same part of
  the prompt already in its cache. ``pipe/raw`` is read off the same machine at the same
  moment, so the ratio holds even when the machine is busy;
* summary ratios: first article vs the median later one, slowest vs median, pipeline vs
  raw, writing speed under the grammar vs free text, answers that hit their token cap.

Every answer is computed: the answer cache is a fresh, empty file in a temporary folder
(the model file, its prefix state and the gazetteer are the user's, linked there). At the
end the same articles run again from that cache: the cached-rerun speed-up. The embedded
backend only (the raw reference needs the GGUF).

usage: python benchmarks/pipeline_timing.py [--gold evals/gold] [--limit N] [FILES...]
"""

from __future__ import annotations

import time

_T0 = time.perf_counter()
import argparse  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import statistics  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

from summarizer import (  # noqa: E402
    GoldLabel,
    Settings,
    get_backend,
    prepare,
    read_articles,
    summarize,
)

_IMPORT = time.perf_counter() - _T0
ROOT = Path(__file__).resolve().parent.parent


def _seed_meta(path: Path) -> dict[str, object]:
    """Publication date etc. from the gold label of the same seed, when there is one."""
    stem = path.stem
    ident = f"seed_{stem[:3]}" if stem[:3].isdigit() else stem
    label = ROOT / "evals" / "gold" / "labels" / f"{ident}.json"
    if label.exists():
        return GoldLabel.model_validate(json.loads(label.read_text())).meta.model_dump()
    return {}


def _articles(args: argparse.Namespace) -> list[dict[str, Any]]:
    if args.gold:
        items = read_articles(args.gold)
    else:
        files = args.files or sorted((ROOT / "examples" / "seeds").glob("*.txt"))
        items = [{"id": p.stem, "text": p.read_bytes(), "meta": _seed_meta(p)} for p in files]
    return items[: args.limit] if args.limit else items


class RawReference:
    """Bare llama.cpp on the same model: the floor the pipeline is compared with."""

    def __init__(self, model_path: str, settings: Settings, prefix_tokens: int) -> None:
        from llama_cpp import Llama

        self.llm = Llama(
            model_path=model_path,
            n_ctx=settings.n_ctx,
            n_threads=settings.n_threads,
            n_threads_batch=settings.n_threads,
            n_batch=512,
            seed=0,
            verbose=False,
        )
        filler = self.llm.tokenize(((ROOT / "examples" / "seeds").glob("*.txt").__next__()).read_bytes(), add_bos=False)
        self.filler = (filler * (settings.n_ctx // max(1, len(filler)) + 1))[: settings.n_ctx]
        self.prefix = prefix_tokens
        self.llm.eval(self.filler[:prefix_tokens])  # the system prompt's place, read once

    def call(self, reused: int, read: int, write: int) -> tuple[float, float]:
        """Seconds to read ``read`` new tokens after ``reused`` cached ones, then write ``write``."""
        llm = self.llm
        llm.n_tokens = min(reused, self.prefix)
        if reused > llm.n_tokens:
            llm.eval(self.filler[llm.n_tokens : reused])  # untimed: the pipeline had these cached too
        t = time.perf_counter()
        llm.eval(self.filler[reused : reused + read])
        read_s = time.perf_counter() - t
        t = time.perf_counter()
        for _ in range(write):
            token = llm.sample(temp=0.0, repeat_penalty=1.0)
            llm.eval([token])
        return read_s, time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--gold", type=Path, help="run over a gold folder (evals/gold: the 41-article dev set)")
    ap.add_argument("--limit", type=int, help="only the first N articles")
    ap.add_argument("--model", help="a GGUF file (default: the embedded model)")
    ap.add_argument("--no-raw", action="store_true", help="skip the raw llama.cpp reference")
    args = ap.parse_args()
    user = Settings.from_env().cache_dir
    fresh = Path(tempfile.mkdtemp(prefix="summarizer-bench-"))
    for prepared in ("models", "prefix-states", "gazetteer", "prebuilt"):
        if (user / prepared).exists():
            os.symlink(user / prepared, fresh / prepared)
    settings = Settings.from_env(backend="local", model=args.model, use_cache=True, cache_dir=fresh)
    items = _articles(args)

    t = time.perf_counter()
    cached_backend = get_backend(settings)
    backend: Any = getattr(cached_backend, "inner", cached_backend)  # the model behind the answer cache
    load = time.perf_counter() - t
    t = time.perf_counter()
    done = prepare(settings, backend=cached_backend)
    prep = time.perf_counter() - t
    state = done.get("prefix_state") or {}
    print(f"backend {backend.name}:{backend.model}; n_threads={settings.n_threads}; {len(items)} articles")
    print(
        f"cold start: import {_IMPORT:.2f} s, model load {load:.2f} s, gazetteer {done['gazetteer']['seconds']:.2f} s, "
        f"prefix state {state.get('source', 'n/a')} {state.get('seconds', 0):.2f} s "
        f"({state.get('tokens', 0)} tokens{', ' + state['rebuilt_because'] if 'rebuilt_because' in state else ''}); "
        f"total {_IMPORT + load + prep:.2f} s\n"
    )
    raw = None
    if not args.no_raw:
        t = time.perf_counter()
        raw = RawReference(str(getattr(backend, "path", args.model)), settings, int(state.get("tokens", 0)))
        print(f"(raw reference model loaded and its prefix read in {time.perf_counter() - t:.1f} s, not counted)\n")

    header = (
        f"{'article':<24} {'prompt':>6} {'compl':>5} {'calls':>5} {'cap':>3} {'model s':>8} {'pipe s':>7} "
        f"{'raw s':>6} {'pipe/raw':>8} {'write t/s':>9} {'raw t/s':>7}"
    )
    print(header)
    print("-" * len(header))
    rows: list[dict[str, float]] = []
    calls_seen = 0
    for item in items:
        try:
            report = summarize(
                item["text"], meta=item.get("meta"), id=item["id"], settings=settings, backend=cached_backend
            )
        except Exception as exc:  # noqa: BLE001 - a failed article is a row, not the end of the benchmark
            print(f"{str(item['id'])[:24]:<24} failed: {type(exc).__name__}: {str(exc)[:80]}")
            calls_seen = len(getattr(backend, "calls", []))
            continue
        p = report.provenance
        calls = list(getattr(backend, "calls", []))[calls_seen:]
        calls_seen += len(calls)
        raw_read = raw_write = 0.0
        if raw is not None:
            for c in calls:
                r, w = raw.call(c.reused_tokens, c.prompt_tokens - c.reused_tokens, c.completion_tokens)
                raw_read += r
                raw_write += w
        write_s = sum(c.write_seconds for c in calls)
        capped = sum(c.finish in {"length", "repetition"} for c in calls)
        row = {
            "model": p.model_seconds,
            "pipe": p.total_seconds,
            "raw": raw_read + raw_write,
            "out": p.tokens_out,
            "write": write_s,
            "raw_write": raw_write,
            "capped": capped,
        }
        rows.append(row)
        ratio = row["pipe"] / row["raw"] if row["raw"] else float("nan")
        wtps = p.tokens_out / write_s if write_s else float("nan")
        rtps = p.tokens_out / raw_write if raw_write else float("nan")
        print(
            f"{str(item['id'])[:24]:<24} {p.tokens_in:>6} {p.tokens_out:>5} {p.calls:>5} {capped:>3} "
            f"{p.model_seconds:>8.1f} {p.total_seconds:>7.1f} {row['raw']:>6.1f} {ratio:>8.2f} {wtps:>9.1f} {rtps:>7.1f}",
            flush=True,
        )
    if not rows:
        return
    print("-" * len(header))
    pipes = [r["pipe"] for r in rows]
    later = pipes[1:] or pipes
    median = statistics.median(later)
    total_pipe, total_raw = sum(pipes), sum(r["raw"] for r in rows)
    print(f"articles: {len(rows)}; pipeline {total_pipe:.1f} s in all, median {statistics.median(pipes):.1f} s")
    print(f"first article / median later article: {pipes[0] / median:.2f} (target <= 1.3)")
    print(
        f"cold start + first article / median later article: "
        f"{(_IMPORT + load + prep + pipes[0]) / median:.2f} (what a fresh `summarizer extract` pays)"
    )
    print(f"slowest / median article: {max(pipes) / statistics.median(pipes):.2f} (target <= 3)")
    print(f"answers stopped at the token cap or for repeating: {sum(int(r['capped']) for r in rows)}")
    t = time.perf_counter()
    for item in items:  # the same articles again: every answer from the cache
        summarize(item["text"], meta=item.get("meta"), id=item["id"], settings=settings, backend=cached_backend)
    rerun = time.perf_counter() - t
    print(
        f"cached rerun: {rerun:.2f} s for what took {total_pipe:.1f} s: {total_pipe / rerun:.0f}x faster (target >= 50)"
    )
    if total_raw:
        print(f"pipeline / raw llama.cpp, same tokens: {total_pipe / total_raw:.2f} (target <= 1.1)")
        out = sum(r["out"] for r in rows)
        grammar_tps = out / sum(r["write"] for r in rows)
        free_tps = out / sum(r["raw_write"] for r in rows)
        print(
            f"writing speed under the grammar {grammar_tps:.1f} t/s vs free text {free_tps:.1f} t/s: "
            f"{grammar_tps / free_tps:.2f} (target >= 0.85)"
        )


if __name__ == "__main__":
    main()
