"""Reading the latest eval report (``evals/out/latest/report.json``) into tables.

The eval suite writes the report (``summarizer.evaluation.report.to_json``): a list of
systems, each with overall ``scores``, ``tallies`` (value and count per metric) and
``articles`` (per-article scores and misses). This module only reshapes it for display,
so a malformed or missing file is a message on the page and not a crash.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

#: environment variable naming the folder that holds report.json (tests point it to tmp)
EVAL_DIR_ENV = "SUMMARIZER_EVAL_DIR"
DEFAULT_DIR = Path("evals") / "out" / "latest"
_ROOT = Path(__file__).resolve().parents[1]


def report_path() -> Path:
    """Where to look: ``$SUMMARIZER_EVAL_DIR``, else ./evals/out/latest, else the repo's."""
    configured = os.environ.get(EVAL_DIR_ENV)
    if configured:
        return Path(configured) / "report.json"
    here = Path.cwd() / DEFAULT_DIR / "report.json"
    return here if here.is_file() else _ROOT / DEFAULT_DIR / "report.json"


def load_report(path: Path) -> dict[str, Any] | None:
    """The parsed report, None when there is none; ValueError when it is not a report."""
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"not valid JSON ({exc})") from exc
    if not isinstance(data, dict) or not isinstance(data.get("systems"), list):
        raise ValueError('expected an object with a "systems" list')
    return data


def _labels() -> list[tuple[str, str, str]]:
    """(key, label, kind) in the eval suite's order; its own list keeps the page in step."""
    try:
        from summarizer import EVAL_ROWS as ROWS
    except Exception:  # the page must still show a report if the eval package changes
        return []
    return list(ROWS)


def _systems(data: dict[str, Any]) -> list[dict[str, Any]]:
    return [s for s in data.get("systems", []) if isinstance(s, dict)]


def field_scores(data: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per metric: label, one column per system, and how many items it counted."""
    systems = _systems(data)
    labels = _labels()
    known = {key for key, _, _ in labels}
    extra = sorted({k for s in systems for k in s.get("scores", {}) if k not in known})
    rows: list[dict[str, Any]] = []
    for key, label, kind in [*labels, *((k, k, "") for k in extra)]:
        values = {str(s.get("name", f"system {i + 1}")): s.get("scores", {}).get(key) for i, s in enumerate(systems)}
        if all(v is None for v in values.values()):
            continue
        counts = [s.get("tallies", {}).get(key, {}).get("count", 0) for s in systems]
        rows.append({"field": label, "metric": key, "kind": kind or "?", **values, "n": max(counts, default=0)})
    return rows


def chart_data(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Long-form (field, system, score) rows for the chart: rates only, on one 0..1 axis."""
    out: list[dict[str, Any]] = []
    fixed = {"field", "metric", "kind", "n"}
    for row in rows:
        if row["kind"] not in ("rate", "?"):
            continue
        for system, value in row.items():
            if system in fixed or not isinstance(value, (int, float)) or not 0 <= value <= 1:
                continue
            out.append({"field": row["field"], "system": system, "score": round(float(value), 3)})
    return out


def score_chart(points: list[dict[str, Any]]) -> Any:
    """Horizontal bars per field in the suite's order, one colour per system, on 0..1.

    Altair directly rather than ``st.bar_chart``: the long field labels must not be cut
    and the fields must keep the report's order instead of an alphabetical one.
    """
    import altair as alt

    order = list(dict.fromkeys(p["field"] for p in points))
    return (
        alt.Chart(alt.Data(values=points))
        .mark_bar()
        .encode(
            x=alt.X("score:Q", scale=alt.Scale(domain=[0, 1]), title="score"),
            y=alt.Y("field:N", sort=order, title=None, axis=alt.Axis(labelLimit=320, labelOverlap=False)),
            yOffset="system:N",
            color=alt.Color("system:N", legend=alt.Legend(orient="bottom")),
            tooltip=["field:N", "system:N", "score:Q"],
        )
        .properties(height=max(200, 24 * len(points)))
    )


def _rate_keys() -> set[str]:
    return {key for key, _, kind in _labels() if kind == "rate"}


def worst_articles(data: dict[str, Any], limit: int = 10) -> list[dict[str, Any]]:
    """Articles with the lowest mean rate score (errors first), with what they missed."""
    rates = _rate_keys()
    rows: list[dict[str, Any]] = []
    for system in _systems(data):
        for art in system.get("articles", []):
            scores = art.get("scores") or {}
            values = [
                v for k, v in scores.items() if isinstance(v, (int, float)) and (k in rates if rates else 0 <= v <= 1)
            ]
            mean = sum(values) / len(values) if values else None
            misses = [str(m) for m in art.get("misses") or []]
            rows.append(
                {
                    "system": system.get("name", ""),
                    "article": art.get("id", ""),
                    "mean score": None if mean is None else round(mean, 3),
                    "error": art.get("error") or "",
                    "misses": "; ".join(misses[:6]) + (" …" if len(misses) > 6 else ""),
                }
            )
    rows.sort(key=lambda r: (not r["error"], r["mean score"] if r["mean score"] is not None else -1.0))
    return rows[:limit]


def header_text(data: dict[str, Any], path: Path) -> str:
    """One line saying which systems were scored on how many articles, and when."""
    parts = []
    for s in _systems(data):
        parts.append(f"{s.get('name', '?')}: {len(s.get('articles', []))} articles")
    when = dt.datetime.fromtimestamp(path.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
    return f"{path} · written {when} · " + ", ".join(parts)
