"""Score stored eval reports again, without the model: after a change to the code that
only recounts an event's totals, after a gold label was corrected, or to put together the
runs of a gold set that grew (the old articles' run and the new batch's).

    python tools/rescore_reports.py --gold evals/gold --out /tmp/rescored \\
        evals/out/latest/report.json new_batch/report.json [--recount] [--baseline FILE]

Each report file is a ``report.json`` that ``summarizer eval`` wrote; a later file's article
replaces an earlier one's (per system, by article id). ``--recount`` adds up every event's
fatality claims again with this code (``claimcheck.recount_event``): a change to the totals
rules is then measured on every stored answer, no model run needed. A change to what the
pipeline reads (figures, sides, events) needs the model on the articles it touches; run
``summarizer eval`` on those and pass their report last.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from summarizer.claimcheck import recount_event
from summarizer.evaluation.command import _add_merge_scores
from summarizer.evaluation.gate import write_baseline
from summarizer.evaluation.gold import load_gold
from summarizer.evaluation.report import summary_table, write_outputs
from summarizer.evaluation.runner import ArticleResult, EvalResult, collect
from summarizer.evaluation.scoring import score_article
from summarizer.schema import Report


def _report(raw: dict[str, Any] | None, recount: bool) -> Report | None:
    if raw is None:
        return None
    report = Report.model_validate(raw)
    if recount:
        for event in report.events:
            recount_event(event)
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("reports", nargs="+", type=Path, help="report.json files, later ones win")
    parser.add_argument("--gold", required=True, type=Path)
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument("--recount", action="store_true", help="recount every event's totals with this code")
    parser.add_argument("--baseline", type=Path, help="also write the first system's scores as a baseline")
    args = parser.parse_args()

    systems: dict[str, dict[str, dict[str, Any]]] = {}
    for path in args.reports:
        for system in json.loads(path.read_text(encoding="utf-8"))["systems"]:
            systems.setdefault(system["name"], {}).update({a["id"]: a for a in system["articles"]})
    items = load_gold(args.gold)
    results: list[EvalResult] = []
    for name, stored in systems.items():
        missing = [item.id for item in items if item.id not in stored]
        if missing:
            raise SystemExit(f"{name}: no stored answer for {len(missing)} gold articles, e.g. {missing[:3]}")
        articles = []
        for item in items:
            a = stored[item.id]
            report = _report(a["report"], args.recount and name.startswith("model"))
            score = score_article(item, report, error=a["error"], seconds=a["seconds"])
            articles.append(ArticleResult(item.id, report, score, error=a["error"], seconds=a["seconds"]))
        results.append(collect(name, articles))
    _add_merge_scores(results, argparse.Namespace(gold=args.gold, merge_gold=None))
    print(summary_table(results))
    paths = write_outputs(results, args.out)
    print(f"\nwrote {paths['markdown']} and {paths['json']}")
    if args.baseline:
        first = results[0]
        write_baseline(args.baseline, first.scores, trials={k: t.count for k, t in first.tallies.items()})
        print(f"wrote baseline {args.baseline}")


if __name__ == "__main__":
    main()
