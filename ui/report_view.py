"""Showing one report: summary, events table with doubtful cells marked, claims you can
click to see their sentence, the highlighted article, the map and the downloads."""

from __future__ import annotations

import logging
from typing import Any

import streamlit as st

from summarizer import Report, SummarizerError, admin1_centroid, reports_to_csv

from . import mapplot, render, warm
from .batchrun import error_message

log = logging.getLogger("summarizer.ui")

#: background of a cell a check flagged as doubtful
DOUBT_STYLE = "background-color: #fee2e2; color: #991b1b; font-weight: 600"


def show_error(what: str, exc: BaseException) -> None:
    """A readable message for the user; the traceback goes to the log, not the page."""
    if not isinstance(exc, SummarizerError):
        log.exception("%s", what, exc_info=exc)
    st.error(f"{what}: {error_message(exc)}")


def events_styler(report: Report) -> Any:
    """The events table with every cell a check doubted in red (a pandas Styler)."""
    import pandas as pd

    rows = render.events_table(report)
    frame = pd.DataFrame(rows)
    marks = [render.doubtful_columns(e) for e in report.events]

    def style(row: Any) -> list[str]:
        doubted = marks[row.name]
        return [DOUBT_STYLE if col in doubted else "" for col in row.index]

    return frame.style.apply(style, axis=1)


def show_map(events: list[Any], *, title: str | None = None, numbers: list[int] | None = None) -> None:
    """Points for every event with a town or a region; says how many could not be placed."""
    warm.ensure_data()
    points = render.map_points(events, admin1_centroid, numbers=numbers)
    if not points:
        st.info("None of the events could be placed on the map: neither a town nor a region was identified.")
        return
    st.pyplot(mapplot.map_figure(points, title=title), clear_figure=True)
    regions = sum(p.precision == "region centroid" for p in points)
    notes = []
    if regions:
        notes.append(f"{regions} event(s) placed at their region's centroid (only the region is known)")
    unplaced = len(events) - len(points)
    if unplaced:
        notes.append(f"{unplaced} event(s) could not be placed (no town or region identified)")
    if notes:
        st.caption("; ".join(notes) + ".")


def show_claims(text: str, report: Report) -> tuple[int, int] | None:
    """The claims as clickable choices; returns the sentence of the one picked, if any."""
    refs = render.claim_refs(text, report.events)
    if not refs:
        return None
    st.markdown("**Fatality claims** (click one to see its sentence in the article)")
    labels = ["(none)"] + [r.label for r in refs]
    picked = st.radio("Claim", labels, index=0, key="claim_focus", label_visibility="collapsed")
    if picked == "(none)":
        return None
    ref = refs[labels.index(picked) - 1]
    claim = report.events[ref.event].fatality_claims[ref.claim]
    found = claim.span.status if claim.span else "not checked"
    st.info(
        f"Claimant: **{ref.claimant}** · figure {render.figure_text(claim)} "
        f"({claim.victims.replace('_', ' ')}) · found in the text: {found}"
        + ("" if ref.focus else " · its sentence could not be located")
    )
    return ref.focus


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
        st.dataframe(events_styler(report), hide_index=True)
        if any(e.flags for e in report.events):
            st.caption("Cells in red were flagged as doubtful by the checks (see each event's flags).")
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

    focus = show_claims(text, report)
    st.subheader("Article with evidence highlighted")
    st.markdown(render.legend_html(report.events), unsafe_allow_html=True)
    with st.container(height=420):
        st.markdown(render.highlight_html(text, report.events, focus), unsafe_allow_html=True)

    st.subheader("Map")
    show_map(report.events)

    p = report.provenance
    chunks = f" · {p.chunks} part(s)" if p.chunks > 1 else ""
    st.caption(
        f"{p.backend} · {p.model} · prompt {p.prompt_version} · {p.calls} call(s) · "
        f"{p.tokens_in} tokens in / {p.tokens_out} out · {p.total_seconds:.1f} s{chunks}"
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
