"""``summarizer eval``: score a system and the rule-based floor on a gold folder.

Thin by design: it builds the extractors, calls ``run_eval`` for each, prints the table,
writes the outputs, and (with ``--check``) applies the regression gate to the chosen
system. Exit codes: 0 fine, 1 the gate failed, 2 bad input (no gold, no baseline).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from summarizer.breaker import CircuitBreaker
from summarizer.errors import BackendUnavailable, SummarizerError
from summarizer.evaluation.gate import check_against_baseline, load_baseline, load_trials, write_baseline
from summarizer.evaluation.gold import GoldSetError
from summarizer.evaluation.report import summary_table, write_outputs
from summarizer.evaluation.runner import EvalResult, Extractor, run_eval
from summarizer.options import add_backend_options, settings_from_args
from summarizer.schema import ArticleMeta, Report

DEFAULT_OUT = Path("evals/out/latest")
DEFAULT_BASELINE = Path("evals/baseline.json")
FLOOR_NAME = "rules floor"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The ``eval`` sub-command's options."""
    parser.add_argument("--gold", required=True, type=Path, help="gold folder: articles/<id>.txt + labels/<id>.json")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"output folder (default {DEFAULT_OUT})")
    parser.add_argument("--limit", type=int, help="score only the first N articles (by id)")
    parser.add_argument(
        "--every",
        type=int,
        default=1,
        metavar="N",
        help="score every N-th article by id, the first included (CI's sample; default 1 = all)",
    )
    parser.add_argument(
        "--sample",
        type=int,
        default=1,
        metavar="N",
        help="score about one article in N, chosen by a hash of its id: adding gold articles never shifts it (CI's gate)",
    )
    parser.add_argument("--check", action="store_true", help="exit 1 if a score falls below the baseline")
    parser.add_argument("--baseline", type=Path, default=DEFAULT_BASELINE, help=f"default {DEFAULT_BASELINE}")
    parser.add_argument("--write-baseline", type=Path, metavar="FILE", help="store this run's scores as a baseline")
    parser.add_argument("--no-floor", action="store_true", help="do not also run the rule-based floor")
    parser.add_argument(
        "--naive",
        action="store_true",
        help="also run the naive one-call floor (one schema-constrained call, no checks) on the same model",
    )
    parser.add_argument(
        "--merge-gold",
        type=Path,
        help="gold grouping of events across articles (default: GOLD/merge.json, else GOLD/../gold_merge.json)",
    )
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")
    add_backend_options(
        parser, extra_backends=("rules",), backend_help="system to score (default: local; rules = the floor only)"
    )


def rules_extractor() -> Extractor:
    from summarizer.evaluation.rules import extract_rules

    return extract_rules


def model_extractor(args: argparse.Namespace) -> Extractor:
    """The LLM pipeline as an extractor; imported late so ``--backend rules`` needs no model."""
    from summarizer.pipeline import summarize

    settings = settings_from_args(args)

    def extract(text: str, meta: ArticleMeta, id: str) -> Report:
        return summarize(text, meta=meta, id=id, settings=settings)

    return extract


def guarded(extract: Extractor, breaker: CircuitBreaker) -> Extractor:
    """Once the backend failed ``breaker.threshold`` articles in a row, the remaining
    articles fail at once instead of each waiting out its own timeouts and retries."""

    def run_one(text: str, meta: ArticleMeta, id: str) -> Report:
        if breaker.is_open:
            raise BackendUnavailable(breaker.message())
        try:
            report = extract(text, meta, id)
        except SummarizerError as exc:
            breaker.record_failure(exc)
            raise
        breaker.record_success()
        return report

    return run_one


def _add_merge_scores(results: list[EvalResult], args: argparse.Namespace) -> None:
    """Cross-article merging, scored when the gold set comes with a grouping file.

    Pairwise precision / recall of "these two articles report the same event", on the
    system's own reports merged by ``summarizer.merge``; a gold folder without a grouping
    simply gets no merge scores.
    """
    from summarizer.evaluation.merge_scores import merge_scores

    gold = Path(args.gold)
    candidates = [args.merge_gold] if args.merge_gold else [gold / "merge.json", gold.parent / "gold_merge.json"]
    path = next((p for p in candidates if p is not None and p.is_file()), None)
    if path is None:
        return
    for result in results:
        reports = [a.report for a in result.articles if a.report is not None]
        scores = merge_scores(reports, path, level="article")
        result.scores["merge_precision"] = scores.precision
        result.scores["merge_recall"] = scores.recall
        result.scores["merge_f1"] = scores.f1


def run(args: argparse.Namespace) -> int:
    """Run the chosen system (and the floor), print and write the results, gate if asked."""
    progress = not args.no_progress
    if args.every < 1 or args.sample < 1:
        print(f"error: --every and --sample must be 1 or more, not {args.every} and {args.sample}", file=sys.stderr)
        return 2
    systems: list[tuple[str, Extractor]] = []
    breaker = CircuitBreaker(settings_from_args(args).breaker_threshold)
    if args.backend == "rules":
        systems.append((FLOOR_NAME, rules_extractor()))
    else:
        systems.append((f"model ({args.backend or 'default'})", guarded(model_extractor(args), breaker)))
        if args.naive:
            from summarizer.evaluation.naive import NAIVE_NAME, naive_extractor

            systems.append((NAIVE_NAME, guarded(naive_extractor(settings_from_args(args)), breaker)))
        if not args.no_floor:
            systems.append((FLOOR_NAME, rules_extractor()))
    results: list[EvalResult] = []
    try:
        for name, extract in systems:
            results.append(
                run_eval(
                    args.gold,
                    extract,
                    limit=args.limit,
                    every=args.every,
                    sample=args.sample,
                    progress=progress,
                    name=name,
                )
            )
    except GoldSetError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if breaker.is_open:  # scores of a run whose backend was down mean nothing: none written
        print(f"error: the backend is unreachable or failing: {breaker.message()}", file=sys.stderr)
        return 3
    _add_merge_scores(results, args)
    print(summary_table(results))
    paths = write_outputs(results, args.out)
    print(f"\nwrote {paths['markdown']} and {paths['json']}")
    primary = results[0]
    if args.write_baseline:
        trials = {name: tally.count for name, tally in primary.tallies.items()}
        write_baseline(args.write_baseline, primary.scores, trials=trials)
        print(f"wrote baseline {args.write_baseline}")
    if not args.check:
        return 0
    if not args.baseline.is_file():
        print(f"error: no baseline file {args.baseline}", file=sys.stderr)
        return 2
    baseline, tolerance = load_baseline(args.baseline)
    trials = load_trials(args.baseline)
    failures = check_against_baseline(primary.scores, baseline, tolerance, trials)
    rule = "one flip per metric" if trials else f"tolerance {tolerance}"
    if failures:
        print(f"\nREGRESSION ({primary.name}, {rule}):", file=sys.stderr)
        for line in failures:
            print(f"  {line}", file=sys.stderr)
        return 1
    print(f"\ngate passed: {len(baseline)} baseline scores within {rule}")
    return 0
