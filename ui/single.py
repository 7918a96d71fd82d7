"""The single-article tab: paste or upload, extract through the shared queue, show the report.

The extraction runs as a :class:`~.jobs.Job` in the backend's queue; this script only
follows it (see ``jobs.py`` for why). The finished report is kept in session state, where
the review view (``review.py``) corrects it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import streamlit as st

from summarizer import Backend, InputError, Report, Settings, summarize

from . import remote, speed
from .follow import follow
from .inputs import ARTICLE_SUFFIXES, article_text, build_meta
from .jobs import Job, queue_for, submit
from .report_view import show_error, show_report
from .review import review_section, review_state


def speed_file(settings: Settings) -> Path:
    return settings.cache_dir / "page_speed.json"


def single_tab(settings: Settings, backend_for: Callable[[Settings], Backend], key: str) -> None:
    """``backend_for`` loads (once) the shared backend; ``key`` names it (and its queue)."""
    text = st.text_area("Article text", height=240, key="article_text", placeholder="Paste a news article here…")
    upload = st.file_uploader(
        "…or upload a file (.txt or .html; it takes precedence over pasted text)",
        type=list(ARTICLE_SUFFIXES),
        key="article_file",
    )
    c1, c2, c3 = st.columns(3)
    published = c1.date_input("Publication date (optional)", value=None, key="published")
    outlet = c2.text_input("Outlet (optional)", key="outlet")
    url = c3.text_input("URL (optional)", key="url")
    if st.button("Extract", type="primary", key="extract"):
        raw: str | bytes = upload.getvalue() if upload is not None else text
        name = Path(upload.name).stem if upload is not None else None
        meta = build_meta(published=published, outlet=outlet, url=url)
        old = st.session_state.pop("job", None)
        if old is not None:
            old["job"].cancel()
        st.session_state.pop("single", None)
        _start(raw, name, meta, settings, backend_for, key)
    pending = st.session_state.get("job")
    if pending is not None:
        _follow(pending, settings, key)
    result = st.session_state.get("single")
    if result is not None:
        # the table, article and map show the reviewed events, so a correction is seen at once
        events = review_state(result)["events"]
        show_report(result["text"], result["report"].model_copy(update={"events": events}))
        review_section(result)


def _start(
    raw: str | bytes,
    name: str | None,
    meta: Any,
    settings: Settings,
    backend_for: Callable[[Settings], Backend],
    key: str,
) -> None:
    try:
        clean = article_text(raw)
    except InputError as exc:
        st.error(f"Cannot use this article: {exc}.")
        return
    server = remote.current_server()
    if server is not None:  # the server's model, not one loaded in this page

        def work(on_stage: Callable[[str], None]) -> Report:
            on_stage("sending to the server")
            return server.extract(clean, meta=meta, id=name)

    else:
        try:
            with st.spinner("Loading the model…"):
                backend = backend_for(settings)
        except Exception as exc:
            show_error("Could not load the model", exc)
            return

        def work(on_stage: Callable[[str], None]) -> Report:
            return summarize(clean, meta=meta, id=name, settings=settings, backend=backend, on_stage=on_stage)

    expected = speed.expected_seconds(speed_file(settings), key, len(clean))
    job = submit(queue_for(key), name or "article", work, expected=expected)
    st.session_state["job"] = {"job": job, "text": clean}


def _follow(pending: dict[str, Any], settings: Settings, key: str) -> None:
    """Follow the job until it ends, then keep its report (or say why not)."""
    job: Job = pending["job"]
    follow(job, "extract")
    st.session_state.pop("job", None)
    if job.state == "cancelled":
        st.warning("Extraction cancelled.")
        return
    if job.state == "failed" or job.result is None:
        show_error("Extraction failed", job.error or RuntimeError("no report"))
        return
    report: Report = job.result
    speed.record(speed_file(settings), key, len(pending["text"]), job.elapsed())
    st.success(f"Done: {len(report.events)} event(s) in {job.elapsed():.0f} s")
    st.session_state["single"] = {"text": pending["text"], "report": report}
