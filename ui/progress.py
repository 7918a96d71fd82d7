"""What the page says while an article waits for the model or is being read.

Plain functions of a :class:`~.jobs.Job`, so the wording is tested without a browser: the
queue position ("2 articles ahead of yours"), the stage (with "part k of n" for long
articles, as the pipeline reports it), elapsed seconds, and the seconds expected from the
machine's own recent speed (``speed.py``).
"""

from __future__ import annotations

from .jobs import Job, wait_estimate


def _secs(x: float) -> str:
    return f"{x:.0f} s" if x < 120 else f"{x / 60:.1f} min"


def queue_text(ahead: int) -> str:
    if ahead <= 0:
        return "Your article is next."
    return f"{ahead} article{'s' if ahead != 1 else ''} ahead of yours."


def progress_text(job: Job, ahead: int) -> str:
    """One line for the progress box."""
    if job.state == "queued":
        if job.cancel_requested.is_set():
            return "Cancelling…"
        wait = wait_estimate(job)
        about = f" Expected wait: about {_secs(wait)}." if wait is not None else ""
        return f"Waiting for the model: {queue_text(ahead)}{about}"
    if job.state == "running":
        stage = job.stage[:1].upper() + job.stage[1:]
        if job.cancel_requested.is_set():
            return f"Cancelling: the model finishes its current step first ({stage.lower()})…"
        line = f"{stage}… {_secs(job.elapsed())} elapsed"
        if job.expected is not None:
            line += f" of about {_secs(job.expected)} expected (this machine's recent speed)"
        return line
    return {"done": "Done.", "failed": "Failed.", "cancelled": "Cancelled."}.get(job.state, job.state)


def progress_fraction(job: Job) -> float:
    """0..1 for the progress bar; never 1 before the job is done (estimates run short)."""
    if job.done:
        return 1.0
    if job.state != "running" or not job.expected:
        return 0.0
    return min(0.95, job.elapsed() / job.expected)
