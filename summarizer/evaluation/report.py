"""Write an evaluation's outputs: report.json, report.md with scores.png, a text table.

``report.json`` is for machines (every score, every tally with its count, each article's
misses and the prediction itself); ``report.md`` is for a reviewer: one table of
per-field scores with a column per system (model and rule-based floor side by side),
the chart, then one row per article listing what each system got wrong.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from summarizer.evaluation.chart import write_chart
from summarizer.evaluation.runner import EvalResult
from summarizer.evaluation.table import cell_rows, text_table


def _as_list(results: EvalResult | Sequence[EvalResult]) -> list[EvalResult]:
    return [results] if isinstance(results, EvalResult) else list(results)


def to_json(results: EvalResult | Sequence[EvalResult]) -> dict[str, Any]:
    """A JSON-ready dump of every system's scores and per-article details."""
    return {
        "systems": [
            {
                "name": r.name,
                "scores": r.scores,
                "tallies": {k: {"value": t.value, "count": t.count} for k, t in sorted(r.tallies.items())},
                "articles": [
                    {
                        "id": a.id,
                        "error": a.error,
                        "seconds": round(a.seconds, 3),
                        "misses": a.score.misses,
                        "pairs": a.score.pairs,
                        "scores": {k: t.mean for k, t in sorted(a.score.tallies.items())},
                        "report": a.report.model_dump(mode="json") if a.report else None,
                    }
                    for a in r.articles
                ],
            }
            for r in _as_list(results)
        ]
    }


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def to_markdown(results: EvalResult | Sequence[EvalResult], chart: str | None = "scores.png") -> str:
    """report.md: scores table (a column per system), chart, per-article misses."""
    systems = _as_list(results)
    names = [r.name for r in systems]
    lines = ["# Evaluation report", "", "## Scores", ""]
    lines += ["| metric | " + " | ".join(names) + " |", "|---|" + "---:|" * len(names)]
    lines += ["| " + " | ".join(_md_cell(c) for c in row) + " |" for row in cell_rows(systems)]
    if chart:
        lines += ["", f"![per-field scores]({chart})"]
    lines += ["", "## Per article", "", "| article | " + " | ".join(f"{n}: misses" for n in names) + " |"]
    lines.append("|---|" + "---|" * len(names))
    by_id = [{a.id: a for a in r.articles} for r in systems]
    for article_id in sorted({i for ids in by_id for i in ids}):
        cells = []
        for articles in by_id:
            a = articles.get(article_id)
            if a is None:
                cells.append("not run")
                continue
            misses = ([f"ERROR {a.error}"] if a.error else []) + a.score.misses
            cells.append("<br>".join(_md_cell(m) for m in misses) or "none")
        lines.append(f"| {article_id} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def write_outputs(results: EvalResult | Sequence[EvalResult], out_dir: str | Path) -> dict[str, Path]:
    """Write report.json, scores.png and report.md into ``out_dir`` (created if needed)."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = {"json": out / "report.json", "chart": out / "scores.png", "markdown": out / "report.md"}
    paths["json"].write_text(json.dumps(to_json(results), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    write_chart(_as_list(results), paths["chart"])
    paths["markdown"].write_text(to_markdown(results, paths["chart"].name), encoding="utf-8")
    return paths


def summary_table(results: EvalResult | Sequence[EvalResult]) -> str:
    """The printable plain-text summary table."""
    return text_table(_as_list(results))
