"""The evaluation tab: the latest report written by ``summarizer eval``."""

from __future__ import annotations

import streamlit as st

from . import evalview


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
