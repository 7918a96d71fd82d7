"""The batch tab: many articles through the shared queue, one table, one map with a date filter."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from summarizer import Backend, Settings, reports_to_csv

from . import remote, render
from .batchrun import BatchOutcome, error_message, failures_json, reports_jsonl, run_batch
from .follow import follow
from .inputs import ARTICLE_SUFFIXES, Failure, collect_uploads
from .jobs import Job, queue_for, submit
from .remotebatch import server_runner
from .report_view import show_error, show_map


def batch_tab(settings: Settings, backend_for: Callable[[Settings], Backend], key: str) -> None:
    """Several .txt files or one .jsonl in; progress while queued and running; results out."""
    files = st.file_uploader(
        "Articles: several .txt / .html files, or a .jsonl file with one "
        '{"id", "text", "published", "outlet", ...} object per line',
        type=[*ARTICLE_SUFFIXES, "jsonl"],
        accept_multiple_files=True,
        key="batch_files",
    )
    if st.button("Run batch", type="primary", key="run_batch"):
        st.session_state.pop("batch", None)
        if not files:
            st.error("Upload at least one file first.")
        else:
            _start([(f.name, f.getvalue()) for f in files], settings, backend_for, key)
    job: Job | None = st.session_state.get("batch_job")
    if job is not None:
        follow(job, "batch")
        st.session_state.pop("batch_job", None)
        if job.state == "cancelled":
            st.warning("Batch cancelled.")
        elif job.error is not None or job.result is None:
            show_error("The batch failed", job.error or RuntimeError("no result"))
        else:
            st.session_state["batch"] = job.result
    outcome: BatchOutcome | None = st.session_state.get("batch")
    if outcome is not None:
        show_batch(outcome)


def _start(
    files: list[tuple[str, bytes]], settings: Settings, backend_for: Callable[[Settings], Backend], key: str
) -> None:
    articles, failures = collect_uploads(files)
    backend: Backend | None = None
    server = remote.current_server()
    if server is not None:
        # the server's model does the work: this page loads none
        def on_server(on_stage: Callable[[str], None]) -> BatchOutcome:
            on_stage(f"0 of {len(articles)} articles sent to {server.url}")

            def progress(done: int, total: int, article_id: str) -> None:
                on_stage(f"{done} of {total} articles done on the server (last: {article_id})")

            return run_batch(
                articles, settings=settings, failures=failures, progress=progress, runner=server_runner(server)
            )

        st.session_state["batch_job"] = submit(queue_for(key), f"batch of {len(articles)} on the server", on_server)
        return
    if articles and settings.backend == "local":
        # The page's one loaded model; a remote server gets a client per worker thread.
        try:
            with st.spinner("Loading the model…"):
                backend = backend_for(settings)
        except Exception as exc:  # every article then fails with this reason
            show_error("Could not load the model", exc)
            failures += [Failure(a.id, error_message(exc)) for a in articles]
            st.session_state["batch"] = run_batch([], settings=settings, failures=failures)
            return

    def work(on_stage: Callable[[str], None]) -> BatchOutcome:
        on_stage(f"0 of {len(articles)} articles")

        def progress(done: int, total: int, article_id: str) -> None:
            on_stage(f"{done} of {total} articles done (last: {article_id})")

        return run_batch(articles, settings=settings, backend=backend, failures=failures, progress=progress)

    st.session_state["batch_job"] = submit(queue_for(key), f"batch of {len(articles)}", work)


def show_batch(outcome: BatchOutcome) -> None:
    """Results table, the failures with their reasons, one map of every event, downloads."""
    c1, c2 = st.columns(2)
    c1.metric("Summarised", len(outcome.reports))
    c2.metric("Failed", len(outcome.failures))
    st.dataframe(outcome.rows, hide_index=True)
    if outcome.failures:
        st.markdown("**Failed articles**")
        for f in outcome.failures:
            st.error(f"{f.id}: {f.error}")
    _batch_map(outcome)
    if outcome.reports:
        d1, d2 = st.columns(2)
        d1.download_button(
            "Download all reports (JSONL)",
            reports_jsonl(outcome.reports),
            file_name="reports.jsonl",
            mime="application/jsonl",
            key="dl_batch_jsonl",
        )
        d2.download_button(
            "Download all events (CSV)",
            reports_to_csv(outcome.reports),
            file_name="events.csv",
            mime="text/csv",
            key="dl_batch_csv",
        )
    if outcome.failures:
        st.download_button(
            "Download failures (JSON)",
            failures_json(outcome.failures),
            file_name="failures.json",
            mime="application/json",
            key="dl_batch_failures",
        )


def _batch_map(outcome: BatchOutcome) -> None:
    """Every event of the batch on one map; a date range narrows it to the events in it."""
    items = render.batch_events(outcome.reports)
    if not items:
        return
    st.subheader("Map of the batch")
    days = sorted(b.day for b in items if b.day is not None)
    shown = items
    if days and days[0] < days[-1]:
        lo, hi = st.slider(
            "Event dates", min_value=days[0], max_value=days[-1], value=(days[0], days[-1]), key="batch_dates"
        )
        shown = render.within_dates(items, lo, hi)
        undated = sum(b.day is None for b in items)
        if undated:
            st.caption(f"{undated} event(s) without a date are hidden while a date range is set.")
    elif days:
        st.caption(f"All dated events are on {days[0].isoformat()}.")
    if not shown:
        st.info("No event in the chosen dates.")
        return
    st.caption(" · ".join(f"E{b.number}: {b.report_id} #{b.index + 1}" for b in shown))
    show_map(
        [b.event for b in shown],
        numbers=[b.number for b in shown],
        title=f"{len(shown)} of {len(items)} events of the batch",
    )
