"""``summarizer batch``, ``summarizer cache`` and ``summarizer merge``.

The CLI (``summarizer/cli.py``) finds ``add_<name>_arguments`` / ``run_<name>`` here.

``batch`` is resumable because a batch over thousands of articles will be interrupted
(Ctrl-C, a crash, ``kill -9``, a full disk). Its output file is the checkpoint:

* every record is one complete JSON line, written with a single ``write``, then flushed
  and fsynced before the next article is recorded, so a kill leaves at most one torn
  last line;
* on start the output is scanned: ids on complete lines are done and skipped; a torn
  last line (no newline, or not JSON) is cut off, and its article is run again;
* failures go to a separate errors file (``--errors``, default ``OUT.errors.jsonl``) with
  the reason. They are retried on the next run: at start the errors file drops the
  entries of every article that is about to be retried or is already done, so after a
  complete run each input id is exactly once in OUT or in the errors file;
* an exclusive lock on OUT (its real path: a symlink or another spelling of the same
  file takes the same lock) stops two runs from writing the same file;
* a circuit breaker stops the run after ``breaker_threshold`` (SUMMARIZER_BREAKER_THRESHOLD,
  default 5) articles in a row failed because the backend was unreachable or failing:
  exit code 3, and the same command resumes once the server is back.

Exit codes: 0 all done, 1 some articles failed, 2 unusable input or usage, 3 backend
unreachable or failing (stopped by the breaker, or nothing succeeded because of it),
130 interrupted. ``failed:`` lines and progress go to stderr.

Input readers are in ``inputs.py``, the durable output and the lock in ``output.py``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from ..breaker import CircuitBreaker
from ..errors import BackendError, BudgetExceeded, InputError, InvalidOutputError, SummarizerError
from ..options import add_backend_options, settings_from_args
from ..progress import Heartbeat
from ..settings import Settings
from . import BatchResult, _Job, effective_concurrency, iter_summarize
from .inputs import read_inputs
from .output import DurableWriter, OutputLocked, exclusive, rewrite_atomically, scan_jsonl


# ---------------------------------------------------------------- batch
def add_batch_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = __doc__
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.add_argument(
        "input",
        type=Path,
        help="JSONL (id, text, published, outlet, url, language, title) or a "
        "directory of .txt files (a gold-set folder works: meta from labels/)",
    )
    parser.add_argument("-o", "--output", type=Path, required=True, help="reports, one JSON per line (resumable)")
    parser.add_argument("--errors", type=Path, help="failed articles with the reason (default: OUT.errors.jsonl)")
    parser.add_argument(
        "--concurrency",
        type=int,
        help="parallel articles for a remote backend (default 4; the embedded model always runs one at a time)",
    )
    parser.add_argument("--limit", type=int, help="process at most this many new articles")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    parser.add_argument(
        "--heartbeat", type=float, default=30.0, metavar="S", help="say on stderr when no article ended for S seconds"
    )
    add_backend_options(parser, backend_help="default: local, or openai when a base URL is set")


def default_errors_path(output: Path) -> Path:
    stem = output.name[: -len(".jsonl")] if output.name.endswith(".jsonl") else output.name
    return output.with_name(stem + ".errors.jsonl")


def run_batch(args: argparse.Namespace) -> int:
    """Exit 0 all done, 1 some articles failed, 2 unusable input, 3 backend failing, 130 interrupted."""
    if not args.input.exists():
        print(f"error: {args.input}: no such file or directory", file=sys.stderr)
        return 2
    out: Path = args.output
    if out.is_dir():
        print(f"error: {out}: is a directory (give the output file, e.g. out.jsonl)", file=sys.stderr)
        return 2
    # the real file: a symlink to the same output shares its errors file (and its lock)
    err: Path = args.errors or default_errors_path(out.resolve())
    settings = settings_from_args(args)
    try:
        jobs = read_inputs(args.input)
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if not jobs:
        print(f"error: {args.input}: no articles found", file=sys.stderr)
        return 2
    try:
        _check_backend(settings)
    except BackendError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2 if not _backend_failed(exc) else 3
    except SummarizerError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    seen: set[str] = set()
    unique: list[_Job] = []
    for job in jobs:
        if job.id in seen:
            print(f"warning: duplicate id {job.id!r} ({job.source}) skipped", file=sys.stderr)
            continue
        seen.add(job.id)
        unique.append(job)
    try:
        with exclusive(out):
            return _run_locked(args, settings, unique, out, err)
    except OutputLocked as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


def _backend_failed(exc: BaseException | None) -> bool:
    # an article past its time budget is that article's failure, not the backend's
    return isinstance(exc, BackendError) and not isinstance(exc, InvalidOutputError | BudgetExceeded)


def _check_backend(settings: Settings) -> None:
    """Fail before the first article when the backend cannot be built (no model name, no file).

    The embedded model is loaded here once (``get_backend`` keeps it for the batch); a
    remote backend is only constructed, which does not contact the server.
    """
    from ..backends import get_backend, make_backend

    if settings.backend == "openai":
        make_backend(settings.with_(use_cache=False))
    else:
        get_backend(settings)


def _run_locked(args: argparse.Namespace, settings: Settings, unique: list[_Job], out: Path, err: Path) -> int:
    from tqdm import tqdm

    done_records, torn = scan_jsonl(out, repair=True)
    if torn:
        print(f"note: {out}: cut a torn last line ({torn} bytes); its article is redone", file=sys.stderr)
    done = {str(r["id"]) for r in done_records}
    pending = [j for j in unique if j.id not in done]
    if args.limit is not None:
        pending = pending[: args.limit]
    retry = {j.id for j in pending}
    old_errors, _ = scan_jsonl(err, repair=False)
    kept = [e for e in old_errors if str(e["id"]) not in retry and str(e["id"]) not in done]
    if err.exists():  # also drops a torn last line before we append
        rewrite_atomically(err, kept)
    n_threads = effective_concurrency(settings, args.concurrency)
    print(
        f"batch: {len(unique)} articles, {sum(1 for j in unique if j.id in done)} already "
        f"in {out.name}, {len(pending)} to do; backend {settings.backend}, {n_threads} at a time",
        file=sys.stderr,
    )
    if not pending:
        return 0
    writer, err_writer = DurableWriter(out), DurableWriter(err)
    ok = failed = backend_failed = 0
    started = time.perf_counter()
    breaker = CircuitBreaker(settings.breaker_threshold)
    bar = tqdm(total=len(pending), unit="article", disable=args.quiet, dynamic_ncols=True, file=sys.stderr)
    try:
        with Heartbeat("batch", every=args.heartbeat) as beat:
            beat.beat("waiting for the first article")
            for res in iter_summarize(pending, settings=settings, concurrency=args.concurrency, breaker=breaker):
                _record(res, writer, err_writer)
                beat.beat("waiting for the next article")
                if res.ok:
                    ok += 1
                else:
                    failed += 1
                    backend_failed += _backend_failed(res.exception)
                    where = f" ({res.source})" if res.source else ""
                    bar.write(f"failed: {res.id}{where}: {res.error}", file=sys.stderr)
                bar.update(1)
                bar.set_postfix(ok=ok, failed=failed, refresh=False)
    except KeyboardInterrupt:
        bar.close()
        print(
            f"\ninterrupted: {ok} written, {failed} failed this run; rerun the same command to resume",
            file=sys.stderr,
        )
        return 130
    finally:
        bar.close()
        writer.close()
        err_writer.close()
    if breaker.is_open:
        left = len(pending) - ok - failed
        print(
            f"error: the backend is unreachable or failing: {breaker.message()}. "
            f"{ok} written, {failed} failed, {left} not started; rerun the same command to resume",
            file=sys.stderr,
        )
        return 3
    minutes = (time.perf_counter() - started) / 60
    print(
        f"batch: {ok} written to {out}, {failed} failed"
        + (f" (see {err})" if failed else "")
        + f"; {len(pending) / minutes if minutes else 0:.1f} articles/min",
        file=sys.stderr,
    )
    if failed and not ok and backend_failed:
        return 3
    return 1 if failed else 0


def _record(res: BatchResult, writer: DurableWriter, err_writer: DurableWriter) -> None:
    if res.report is not None:
        writer.write(res.report.model_dump_json())
    else:
        err_writer.write(res.error_record())


# ---------------------------------------------------------------- cache
def add_cache_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("action", choices=["stats", "clear"], help="show statistics, or delete every entry")
    parser.add_argument("--cache-dir", type=Path, help="default: SUMMARIZER_CACHE_DIR or ~/.cache/summarizer")
    parser.add_argument("--json", action="store_true", help="print stats as JSON")


def run_cache(args: argparse.Namespace) -> int:
    from ..cache import AnswerCache, default_cache_path

    settings = Settings.from_env(cache_dir=args.cache_dir)
    path = default_cache_path(settings.cache_dir)
    if args.action == "clear":
        if not path.exists():
            print(f"cache {path}: nothing to clear")
            return 0
        with AnswerCache(path) as cache:
            n = cache.clear()
        print(f"cache {path}: removed {n} answers")
        return 0
    if not path.exists():
        stats: dict[str, Any] = {"path": str(path), "entries": 0, "hits": 0, "bytes": 0}
    else:
        with AnswerCache(path) as cache:
            stats = cache.stats()
        stats.pop("session_hits", None)
        stats.pop("session_misses", None)
    if args.json:
        print(json.dumps(stats, indent=2))
        return 0
    print(f"cache {stats['path']}: {stats['entries']} answers, {stats['hits']} hits, {stats['bytes'] / 1e6:.2f} MB")
    if stats.get("saved_model_seconds"):
        print(
            f"saved {stats['saved_model_seconds']:.1f} model seconds, "
            f"{stats['saved_tokens_in']} tokens in and {stats['saved_tokens_out']} out"
        )
    for row in stats.get("by_model", []):
        print(f"  {row['backend']}:{row['model']}: {row['entries']} answers, {row['hits']} hits")
    return 0


# ---------------------------------------------------------------- merge
def add_merge_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("input", type=Path, help="a batch output (reports, one JSON per line)")
    parser.add_argument("-o", "--output", type=Path, help="merged events as JSON (default: stdout)")
    parser.add_argument("--max-day-gap", type=int, default=1, help="days apart that still count as one event")
    parser.add_argument("--main-only", action="store_true", help="ignore background events")


def run_merge(args: argparse.Namespace) -> int:
    from ..merge import merge_reports, read_reports

    if not args.input.exists():
        print(f"error: {args.input}: no such file", file=sys.stderr)
        return 2
    try:
        reports = read_reports(args.input)
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    merged = merge_reports(reports, max_day_gap=args.max_day_gap, include_background=not args.main_only)
    doc = json.dumps([m.model_dump(mode="json") for m in merged], indent=2, ensure_ascii=False)
    n_events = sum(len(m.sources) for m in merged)
    multi = sum(1 for m in merged if len({s.article_id for s in m.sources}) > 1)
    if args.output:
        args.output.write_text(doc + "\n", encoding="utf-8")
    else:
        print(doc)
    print(
        f"merge: {n_events} records from {len(reports)} articles -> {len(merged)} events "
        f"({multi} reported by several articles)",
        file=sys.stderr,
    )
    return 0
