"""Which metrics are shown, in what order and under what label; the plain-text table.

One list (``ROWS``) drives the printed table, report.md and the chart, so the three
never disagree about what is reported.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.evaluation.runner import EvalResult

#: (metric key, label, kind): kind "rate" is in [0, 1] and charted; "mean" is a quantity.
ROWS: list[tuple[str, str, str]] = [
    ("event_precision", "main events: precision", "rate"),
    ("event_recall", "main events: recall", "rate"),
    ("event_f1", "main events: F1", "rate"),
    ("event_type", "event_type", "rate"),
    ("sub_event_type", "sub_event_type", "rate"),
    ("date_exact", "date: exact start", "rate"),
    ("date_within_1d", "date: within one day", "rate"),
    ("country", "country", "rate"),
    ("admin1", "admin1", "rate"),
    ("place", "place", "rate"),
    ("geo_precision", "geo_precision", "rate"),
    ("actor1", "actor1", "rate"),
    ("actor2", "actor2", "rate"),
    ("actor_pair", "both actors (any order)", "rate"),
    ("actor1_type", "actor1 type", "rate"),
    ("actor2_type", "actor2 type", "rate"),
    ("claims_precision", "fatality claims: precision", "rate"),
    ("claims_recall", "fatality claims: recall", "rate"),
    ("claims_figure_precision", "claims (figure only): precision", "rate"),
    ("claims_figure_recall", "claims (figure only): recall", "rate"),
    ("fatalities_acled_exact", "fatalities_acled exact", "rate"),
    ("fatalities_acled_10pct", "fatalities_acled within 10%", "rate"),
    ("ucdp_low", "UCDP low exact", "rate"),
    ("ucdp_best", "UCDP best exact", "rate"),
    ("ucdp_high", "UCDP high exact", "rate"),
    ("evidence_grounded", "evidence grounded", "rate"),
    ("no_event_correct", "no-event articles left empty", "rate"),
    ("no_event_false_positive", "no-event articles: false-positive rate", "mean"),
    ("summary_present", "summary present", "rate"),
    ("summary_facts", "summary facts carried", "rate"),
    ("summary_no_loaded_words", "summaries without loaded words", "rate"),
    ("summary_figures_supported", "summaries: all figures in article", "rate"),
    ("summary_figures_attributed", "summaries: disputed figures attributed", "rate"),
    ("summary_words", "summary length (words)", "mean"),
    ("merge_precision", "cross-article merge: pair precision", "rate"),
    ("merge_recall", "cross-article merge: pair recall", "rate"),
    ("merge_f1", "cross-article merge: F1", "rate"),
    ("schema_valid", "schema-valid articles", "rate"),
    ("retries", "re-asks per article", "mean"),
    ("tokens_in", "tokens in per article", "mean"),
    ("tokens_out", "tokens out per article", "mean"),
    ("seconds", "seconds per article", "mean"),
]


def fmt(value: float | None, kind: str = "rate") -> str:
    if value is None:
        return "n/a"
    return f"{value:.2f}" if kind == "rate" or abs(value) < 100 else f"{value:.0f}"


def cell_rows(results: Sequence[EvalResult]) -> list[list[str]]:
    """[label, value per system] for every row at least one system has a value for."""
    rows = []
    for key, label, kind in ROWS:
        values = [r.scores.get(key) for r in results]
        if all(v is None for v in values):
            continue
        counts = [r.tallies[key].count for r in results if key in r.tallies]
        label = f"{label} (n={max(counts)})" if counts else label  # F1 rows are derived: no n
        rows.append([label, *(fmt(v, kind) for v in values)])
    return rows


def text_table(results: Sequence[EvalResult]) -> str:
    """A fixed-width table, one column per system, for the terminal and CI logs."""
    header = ["metric", *(r.name for r in results)]
    body = cell_rows(results)
    widths = [max(len(row[i]) for row in [header, *body]) for i in range(len(header))]
    lines = [
        "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True)))
        for row in [header, *body]
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)
