"""Streamlit page for summarizer: one article, a batch, and the latest evaluation.

Run with ``summarizer ui`` (or ``streamlit run ui/app.py``). The page is deliberately thin:
it lays out widgets and calls the public API (``summarize``, ``get_backend``, the export
helpers) and the small tested helpers beside it (``render``, ``inputs``, ``batchrun``,
``evalview``, ``mapplot``). Every failure is shown as a sentence (``st.error``), never as a
traceback, because the people using this are analysts, not developers; the traceback still
goes to the server log.
"""

from __future__ import annotations

import hashlib
import importlib
import logging
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import streamlit as st

from summarizer import (
    MODEL_NAME,
    Backend,
    InputError,
    Report,
    Settings,
    SummarizerError,
    get_backend,
    redact,
    reports_to_csv,
    summarize,
)

# ``streamlit run`` runs this file as a script, not as a module of its package. Installed,
# the page is the package ``summarizer._ui``; in a source checkout it is ``ui`` beside
# ``summarizer/``, whose parent streamlit does not put on sys.path.
_HERE = Path(__file__).resolve().parent
if _HERE.name == "ui" and (_HERE.parent / "summarizer").is_dir():
    if str(_HERE.parent) not in sys.path:
        sys.path.insert(0, str(_HERE.parent))
    _PAGES = "ui"
    from ui import evalview, remote, render
    from ui.batchrun import BatchOutcome, error_message, failures_json, reports_jsonl, run_batch
    from ui.inputs import ARTICLE_SUFFIXES, Failure, article_text, build_meta, collect_uploads
else:
    _PAGES = "summarizer._ui"
    from summarizer._ui import evalview, remote, render  # type: ignore[no-redef]
    from summarizer._ui.batchrun import (  # type: ignore[no-redef]
        BatchOutcome,
        error_message,
        failures_json,
        reports_jsonl,
        run_batch,
    )
    from summarizer._ui.inputs import (  # type: ignore[no-redef]
        ARTICLE_SUFFIXES,
        Failure,
        article_text,
        build_meta,
        collect_uploads,
    )

log = logging.getLogger("summarizer.ui")

BACKEND_LABELS = {"local": "Embedded model (llama.cpp)", "openai": "OpenAI-compatible server"}


# --- backend -----------------------------------------------------------------------------


def backend_key(settings: Settings) -> str:
    """Cache key of the backend: what changes the loaded model, never the key in clear.

    Temperature is left out on purpose: it is passed per request, and reloading a 1.1 GB
    model because a slider moved would be wasteful.
    """
    described = settings.describe()
    described.pop("temperature", None)
    digest = hashlib.sha256((settings.api_key or "").encode()).hexdigest()[:16]
    return repr(sorted(described.items())) + digest


@st.cache_resource(show_spinner=False, max_entries=4)
def _shared_backend(key: str, _settings: Settings) -> Backend:
    """One backend per process and settings, shared by every browser tab (it locks itself)."""
    return get_backend(_settings)


def shared_backend(settings: Settings) -> Backend:
    """The backend for these settings, loading the model on first use only."""
    fixed = replace(settings, temperature=0.0)
    return _shared_backend(backend_key(fixed), fixed)


def show_error(what: str, exc: BaseException) -> None:
    """A readable message for the user; the traceback goes to the log, not the page."""
    if not isinstance(exc, SummarizerError):
        log.exception("%s", what)
    st.error(f"{what}: {error_message(exc)}")


# --- sidebar -----------------------------------------------------------------------------


def model_in_use(settings: Settings) -> str:
    """What the sidebar names as the model, without loading it."""
    if settings.backend == "openai":
        where = redact(settings.base_url) if settings.base_url else "(no base URL set)"
        return f"{settings.model or '(no model name set)'} at {where}"
    if settings.model:
        return settings.model
    return f"{MODEL_NAME} (embedded, {settings.cache_dir / 'models'})"


def sidebar_settings() -> Settings:
    """Settings from the environment, changed by the sidebar widgets."""
    env = Settings.from_env()
    sb = st.sidebar
    sb.header("Settings")
    choice = sb.radio(
        "Backend",
        list(BACKEND_LABELS),
        index=0 if env.backend == "local" else 1,
        format_func=BACKEND_LABELS.__getitem__,
        key="backend",
    )
    temperature = sb.slider("Temperature", 0.0, 1.0, float(env.temperature), 0.05, key="temperature")
    if choice == "openai":
        base_url = sb.text_input("Base URL", value=env.base_url or "http://127.0.0.1:8000/v1", key="base_url")
        model = sb.text_input("Model name", value=env.model if env.backend == "openai" else "", key="model")
        typed_key = sb.text_input(
            "API key",
            type="password",
            key="api_key",
            help="Leave empty to use OPENAI_API_KEY from the environment (local servers need none).",
        )
        if not typed_key:
            sb.caption("Using the API key from the environment." if env.api_key else "No API key set.")
        settings = replace(
            env,
            backend="openai",
            base_url=(base_url or "").strip() or None,
            model=(model or "").strip() or None,
            api_key=typed_key or env.api_key,
            temperature=temperature,
        )
    else:
        settings = replace(
            env, backend="local", model=env.model if env.backend == "local" else None, temperature=temperature
        )
    sb.markdown("**Model in use**")
    sb.caption(model_in_use(settings))
    return settings


# --- single article ----------------------------------------------------------------------


def single_tab(settings: Settings) -> None:
    """Paste or upload one article, extract, and show everything the report holds."""
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
        st.session_state.pop("single", None)
        _extract(raw, name, meta, settings)
    result = st.session_state.get("single")
    if result is not None:
        show_report(result["text"], result["report"])


def _extract(raw: str | bytes, name: str | None, meta: Any, settings: Settings) -> None:
    try:
        clean = article_text(raw)
    except InputError as exc:
        st.error(f"Cannot use this article: {exc}.")
        return
    server = remote.current_server()
    with st.status("Sending to the server…" if server else "Loading the model…", expanded=False) as status:
        try:
            if server is not None:  # the server's model, not one loaded in this page
                report = server.extract(clean, meta=meta, id=name)
                secs = report.provenance.total_seconds
                status.update(label=f"Done: {len(report.events)} event(s) in {secs:.0f} s", state="complete")
                st.session_state["single"] = {"text": clean, "report": report}
                return
            backend = shared_backend(settings)

            def on_stage(stage: str) -> None:
                status.update(label=stage[:1].upper() + stage[1:] + "…")
                status.write(stage)

            report = summarize(clean, meta=meta, id=name, settings=settings, backend=backend, on_stage=on_stage)
        except Exception as exc:  # shown as a message; the page must not end in a traceback
            status.update(label="Failed", state="error")
            show_error("Extraction failed", exc)
            return
        secs = report.provenance.total_seconds
        status.update(label=f"Done: {len(report.events)} event(s) in {secs:.0f} s", state="complete")
    st.session_state["single"] = {"text": clean, "report": report}


def show_report(text: str, report: Report) -> None:
    """Summary, events table, per-event details, highlighted article, map, downloads."""
    st.subheader("Summary")
    if report.summary is None:
        st.info("No summary was produced.")
    else:
        st.markdown(render.summary_html(report.summary.text), unsafe_allow_html=True)
        problems = render.summary_check_lines(report)
        if problems:
            st.warning("Neutrality check failed. " + " ".join(problems))
        else:
            st.success(f"Neutrality check passed ({render.ORIGIN_TEXT.get(report.summary.origin, '')}).")
    for warning in report.warnings:
        st.warning(warning)

    st.subheader(f"Events ({len(report.events)})")
    if report.events:
        st.dataframe(render.events_table(report), hide_index=True)
    else:
        st.info("No events were found in this article.")
    for i, event in enumerate(report.events):
        with st.expander(render.event_title(i, event)):
            claims = render.claims_table(event)
            st.markdown("**Fatality claims**")
            if claims:
                st.dataframe(claims, hide_index=True)
            else:
                st.caption("No death figure is given for this event.")
            st.markdown("**Actors**")
            actors = render.actors_table(event)
            if actors:
                st.dataframe(actors, hide_index=True)
            else:
                st.caption("No actor named.")
            st.markdown("**Evidence**")
            st.markdown(render.evidence_html(event), unsafe_allow_html=True)
            if event.flags:
                st.caption("Flags: " + ", ".join(event.flags))

    st.subheader("Article with evidence highlighted")
    st.markdown(render.legend_html(report.events), unsafe_allow_html=True)
    with st.container(height=420):
        st.markdown(render.highlight_html(text, report.events), unsafe_allow_html=True)

    st.subheader("Map")
    points = render.map_points(report.events)
    if points:
        mapplot = importlib.import_module(f"{_PAGES}.mapplot")  # matplotlib only when a map is drawn

        st.pyplot(mapplot.map_figure(points), clear_figure=True)
        unplaced = len(report.events) - len(points)
        if unplaced:
            st.caption(f"{unplaced} event(s) could not be placed (no coordinates for their location).")
    else:
        st.info("None of the events could be placed on the map: no coordinates were found for their locations.")

    p = report.provenance
    st.caption(
        f"{p.backend} · {p.model} · prompt {p.prompt_version} · {p.calls} call(s) · "
        f"{p.tokens_in} tokens in / {p.tokens_out} out · {p.total_seconds:.1f} s"
    )
    d1, d2 = st.columns(2)
    d1.download_button(
        "Download report (JSON)",
        report.model_dump_json(indent=2),
        file_name=f"{report.id}.json",
        mime="application/json",
        key="dl_report",
    )
    d2.download_button(
        "Download events (CSV)",
        reports_to_csv([report]),
        file_name=f"{report.id}_events.csv",
        mime="text/csv",
        key="dl_events",
    )


# --- batch -------------------------------------------------------------------------------


def batch_tab(settings: Settings) -> None:
    """Several .txt files or one .jsonl in; a progress bar; per-article status out."""
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
            st.session_state["batch"] = _run_batch([(f.name, f.getvalue()) for f in files], settings)
    outcome: BatchOutcome | None = st.session_state.get("batch")
    if outcome is not None:
        show_batch(outcome)


def _run_batch(files: list[tuple[str, bytes]], settings: Settings) -> BatchOutcome:
    articles, failures = collect_uploads(files)
    bar = st.progress(0.0, text=f"0 of {len(articles)} articles")
    backend: Backend | None = None
    if articles and settings.backend == "local":
        # The page's one loaded model; a remote server gets a client per worker thread.
        try:
            backend = shared_backend(settings)
        except Exception as exc:  # every article then fails with this reason
            show_error("Could not load the model", exc)
            failures += [Failure(a.id, error_message(exc)) for a in articles]
            return run_batch([], settings=settings, failures=failures)

    def progress(done: int, total: int, article_id: str) -> None:
        bar.progress(done / total, text=f"{done} of {total} articles (last: {article_id})")

    outcome = run_batch(articles, settings=settings, backend=backend, failures=failures, progress=progress)
    bar.progress(1.0, text=f"Finished: {len(outcome.reports)} done, {len(outcome.failures)} failed")
    return outcome


def show_batch(outcome: BatchOutcome) -> None:
    """Results table, the failures with their reasons, and the downloads."""
    c1, c2 = st.columns(2)
    c1.metric("Summarised", len(outcome.reports))
    c2.metric("Failed", len(outcome.failures))
    st.dataframe(outcome.rows, hide_index=True)
    if outcome.failures:
        st.markdown("**Failed articles**")
        for f in outcome.failures:
            st.error(f"{f.id}: {f.error}")
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


# --- evaluation --------------------------------------------------------------------------


def eval_tab() -> None:
    """The latest eval report (written by ``summarizer eval``), or a note that none exists."""
    path = evalview.report_path()
    try:
        data = evalview.load_report(path)
    except ValueError as exc:
        st.error(f"The evaluation report at {path} cannot be read: {exc}")
        return
    if data is None:
        st.info(
            f"No evaluation report yet (looked for {path}). Run the eval suite "
            "(`summarizer eval`) to create one; this tab then shows its scores."
        )
        return
    st.caption(evalview.header_text(data, path))
    fields = evalview.field_scores(data)
    if fields:
        st.subheader("Scores per field")
        points = evalview.chart_data(fields)
        if points:
            st.altair_chart(evalview.score_chart(points), width="stretch")
        st.dataframe([{k: v for k, v in row.items() if k != "kind"} for row in fields], hide_index=True)
    else:
        st.info("The report holds no per-field scores.")
    worst = evalview.worst_articles(data)
    st.subheader("Worst articles")
    if worst:
        st.dataframe(worst, hide_index=True)
    else:
        st.caption("The report lists no per-article scores.")
    image = path.parent / "scores.png"
    if image.is_file():
        with st.expander("The eval run's own chart (scores.png)"):
            st.image(str(image))


# --- page --------------------------------------------------------------------------------


def main() -> None:
    """Lay out the page; each tab is independent and keeps its results in session state."""
    st.set_page_config(page_title="summarizer", layout="wide")
    st.title("Conflict-news summarizer")
    st.caption("ACLED/UCDP-style event records and a neutral summary from one news article.")
    settings = sidebar_settings()
    remote.sidebar_server()
    single, batch, evaluation = st.tabs(["Single article", "Batch", "Evaluation"])
    with single:
        single_tab(settings)
    with batch:
        batch_tab(settings)
    with evaluation:
        eval_tab()


main()
