"""The batch tab's core: run many articles, keep going past failures, export the results.

It is a plain function of (articles, a per-article callable, a progress callback) so the
same code runs under the page and in a unit test with a stand-in for the model; the page
only draws the progress bar and the tables.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from summarizer.errors import SummarizerError
from summarizer.schema import Report
from ui.inputs import Article, Failure

#: (done, total, id of the article just finished)
Progress = Callable[[int, int, str], None]
SummarizeOne = Callable[[Article], Report]


@dataclass
class BatchOutcome:
    """Reports for the articles that worked, failures for the rest, in input order."""

    reports: list[Report] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    rows: list[dict[str, Any]] = field(default_factory=list)


def error_message(exc: BaseException) -> str:
    """A one-line reason for the results table: our own errors speak for themselves,
    anything else is named by its type so an unexpected bug is still recognisable."""
    text = str(exc).strip() or exc.__class__.__name__
    if isinstance(exc, SummarizerError):
        return text
    return f"{exc.__class__.__name__}: {text}"


def run_batch(
    articles: list[Article],
    summarize_one: SummarizeOne,
    *,
    failures: list[Failure] | None = None,
    progress: Progress | None = None,
) -> BatchOutcome:
    """Summarise each article in turn; one failure is recorded and the batch goes on.

    ``failures`` are items that were already unusable at upload (listed first, as they
    never reached the model). Every exception is caught on purpose: the user must get
    the other articles' results even when one article breaks the model or the endpoint.
    """
    outcome = BatchOutcome(failures=list(failures or []))
    for f in outcome.failures:
        outcome.rows.append(
            {"id": f.id, "status": "failed", "events": None, "seconds": None, "error": f.error}
        )
    total = len(articles)
    for done, article in enumerate(articles, start=1):
        started = time.perf_counter()
        try:
            report = summarize_one(article)
        except Exception as exc:  # one article must not end the batch
            failure = Failure(article.id, error_message(exc))
            outcome.failures.append(failure)
            outcome.rows.append(
                {
                    "id": article.id,
                    "status": "failed",
                    "events": None,
                    "seconds": None,
                    "error": failure.error,
                }
            )
        else:
            outcome.reports.append(report)
            outcome.rows.append(
                {
                    "id": report.id,
                    "status": "ok",
                    "events": len(report.events),
                    "seconds": round(time.perf_counter() - started, 1),
                    "error": "",
                }
            )
        if progress is not None:
            progress(done, total, article.id)
    return outcome


def reports_jsonl(reports: list[Report]) -> str:
    """One report per line, the same records ``summarizer`` writes from the command line."""
    return "".join(r.model_dump_json() + "\n" for r in reports)


def failures_json(failures: list[Failure]) -> str:
    """The failures as JSON, for a user who wants to rerun just those."""
    return json.dumps([{"id": f.id, "error": f.error} for f in failures], indent=2)
