"""The batch tab's core: run many articles, keep going past failures, export the results.

It wraps ``summarizer.batch.summarize_many`` (concurrency for remote servers, one article
at a time on the embedded model, per-article failures captured) in a plain function of
(articles, settings, a progress callback), so the same code runs under the page and in a
unit test; the page only draws the progress bar and the tables.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from summarizer import Backend, BatchResult, Report, Settings, SummarizerError, redact, summarize_many

from .inputs import Article, Failure

#: (done, total, id of the article just finished)
Progress = Callable[[int, int, str], None]
#: ``summarize_many``'s signature; a parameter so a test can stand in for it
Runner = Callable[..., list[BatchResult]]


@dataclass
class BatchOutcome:
    """Reports for the articles that worked, failures for the rest, in input order."""

    reports: list[Report] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    rows: list[dict[str, Any]] = field(default_factory=list)


def error_message(exc: BaseException) -> str:
    """A one-line reason for the page: our own errors speak for themselves, anything
    else is named by its type so an unexpected bug is still recognisable."""
    text = redact(str(exc).strip()) or exc.__class__.__name__  # no password from a URL on the page
    if isinstance(exc, SummarizerError):
        return text
    return f"{exc.__class__.__name__}: {text}"


def _row(article_id: str, status: str, events: int | None, seconds: float | None, error: str) -> dict[str, Any]:
    return {"id": article_id, "status": status, "events": events, "seconds": seconds, "error": error}


def run_batch(
    articles: list[Article],
    *,
    settings: Settings,
    backend: Backend | None = None,
    failures: list[Failure] | None = None,
    progress: Progress | None = None,
    concurrency: int | None = None,
    runner: Runner = summarize_many,
) -> BatchOutcome:
    """Summarise the articles with ``summarize_many``; failures are listed, the rest go on.

    ``failures`` are items already unusable at upload (listed first: they never reached
    the model). ``backend`` is the page's shared embedded model; for a remote server pass
    None so each worker thread gets its own client. ``progress`` runs in the caller's
    thread, which Streamlit needs to redraw the progress bar.
    """
    outcome = BatchOutcome(failures=list(failures or []))
    outcome.rows += [_row(f.id, "failed", None, None, f.error) for f in outcome.failures]
    total = len(articles)
    if not total:
        return outcome
    done = 0

    def tick(result: BatchResult) -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, total, result.id)

    jobs = [{"id": a.id, "text": a.text, **a.meta} for a in articles]
    results = runner(jobs, settings=settings, backend=backend, concurrency=concurrency, progress=tick)
    for res in sorted(results, key=lambda r: r.index):
        seconds = round(res.seconds, 1)
        if res.report is not None:
            outcome.reports.append(res.report)
            outcome.rows.append(_row(res.id, "ok", len(res.report.events), seconds, ""))
        else:
            failure = Failure(res.id, res.error or res.error_type or "unknown error")
            outcome.failures.append(failure)
            outcome.rows.append(_row(res.id, "failed", None, seconds, failure.error))
    return outcome


def reports_jsonl(reports: list[Report]) -> str:
    """One report per line, the same records ``summarizer`` writes from the command line."""
    return "".join(r.model_dump_json() + "\n" for r in reports)


def failures_json(failures: list[Failure]) -> str:
    """The failures as JSON, for a user who wants to rerun just those."""
    return json.dumps([{"id": f.id, "error": f.error} for f in failures], indent=2)
