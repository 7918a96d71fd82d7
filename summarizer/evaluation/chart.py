"""The bar chart of per-field scores embedded in report.md.

Uses matplotlib's object API with the Agg canvas (never pyplot), so it runs headless in
CI and does not touch global matplotlib state of an embedding application.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from summarizer.evaluation.runner import EvalResult
from summarizer.evaluation.table import ROWS


def write_chart(results: Sequence[EvalResult], path: str | Path) -> Path:
    """Grouped horizontal bars, one group per rate metric, one bar per system."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    rows = [(key, label) for key, label, kind in ROWS if kind == "rate"]
    rows = [(k, lab) for k, lab in rows if any(r.scores.get(k) is not None for r in results)]
    n = max(len(results), 1)
    fig = Figure(figsize=(8, 0.32 * len(rows) * max(n, 2) / 2 + 1.2))
    FigureCanvasAgg(fig)
    ax = fig.add_subplot(1, 1, 1)
    height = 0.8 / n
    for s, result in enumerate(results):
        ys = [i + s * height for i in range(len(rows))]
        xs = [result.scores.get(k) or 0.0 for k, _ in rows]
        ax.barh(ys, xs, height=height, label=result.name)
    ax.set_yticks([i + height * (n - 1) / 2 for i in range(len(rows))])
    ax.set_yticklabels([label for _, label in rows], fontsize=8)
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.set_xlabel("score")
    ax.grid(axis="x", alpha=0.3)
    ax.legend(loc="lower right", fontsize=8)
    fig.tight_layout()
    out = Path(path)
    fig.savefig(out, dpi=110)
    return out
