"""Following a queued job from the page: position, stage, elapsed/expected, a Cancel button."""

from __future__ import annotations

import time

import streamlit as st

from . import progress
from .jobs import Job

#: seconds between two redraws of the progress box
POLL = 0.5


def follow(job: Job, key: str) -> None:
    """Redraw the job's progress box until the job ends (the caller then reads its result).

    A click anywhere else in the tab reruns the script, which comes back here and follows
    the same job; only **Cancel** stops it.
    """
    box = st.container(border=True)
    line = box.empty()
    bar = box.empty()
    if not job.done and box.button("Cancel", key=f"cancel_{key}"):
        job.cancel()
    while not job.done:
        job.touch()
        line.info(progress.progress_text(job, job.queue.ahead(job)))
        bar.progress(progress.progress_fraction(job))
        time.sleep(POLL)
    line.empty()
    bar.empty()
