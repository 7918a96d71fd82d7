"""Extractions shared fairly between browser tabs: one queue per backend, run off the page thread.

Every tab of one server process shares one loaded model (a second copy would not fit
beside it, and two generations at once on a small CPU are each many times slower). So
each extraction is a :class:`Job` that waits its turn in the backend's
:class:`ModelQueue` and runs in a worker thread. The page's script only *follows* the job
(stage, queue position, elapsed and expected seconds), which means:

* a tab can show "2 articles ahead of yours" while it waits;
* any other click in the tab reruns the script and re-attaches to the same job instead
  of abandoning it;
* **Cancel** leaves the queue at once, or, when the model is already working on the
  article, stops at the next stage (a single model call cannot be interrupted) and frees
  the model for the next tab.

Jobs are plain Python objects (no Streamlit), so they are unit-tested directly.
"""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

#: what the worker runs: given a stage callback, returns the result (e.g. a Report)
Work = Callable[[Callable[[str], None]], Any]
#: a job nobody has looked at for this long (its tab was closed) gives up its place
ORPHAN_SECONDS = 60.0


class Cancelled(Exception):
    """The user cancelled the job; raised inside the worker at the next stage."""


class ModelQueue:
    """First come, first served access to one backend; ``slots`` jobs run at once."""

    def __init__(self, slots: int = 1) -> None:
        self.slots = slots
        self._cond = threading.Condition()
        self._waiting: list[Job] = []
        self._running: list[Job] = []

    def join(self, job: Job) -> None:
        with self._cond:
            self._waiting.append(job)

    def ahead(self, job: Job) -> int:
        """How many jobs will use the model before this one (running ones included)."""
        with self._cond:
            if job in self._running:
                return 0
            if job not in self._waiting:
                return 0
            return len(self._running) + self._waiting.index(job)

    def jobs_ahead(self, job: Job) -> list[Job]:
        with self._cond:
            if job not in self._waiting:
                return []
            return [*self._running, *self._waiting[: self._waiting.index(job)]]

    def acquire(self, job: Job) -> bool:
        """Block until it is ``job``'s turn (True) or the job is cancelled while waiting (False)."""
        with self._cond:
            while True:
                if job.orphaned():
                    job.cancel_requested.set()
                if job.cancel_requested.is_set():
                    if job in self._waiting:
                        self._waiting.remove(job)
                    self._cond.notify_all()
                    return False
                if len(self._running) < self.slots and self._waiting and self._waiting[0] is job:
                    self._waiting.pop(0)
                    self._running.append(job)
                    return True
                self._cond.wait(timeout=0.5)

    def release(self, job: Job) -> None:
        with self._cond:
            if job in self._running:
                self._running.remove(job)
            if job in self._waiting:
                self._waiting.remove(job)
            self._cond.notify_all()

    def wake(self) -> None:
        with self._cond:
            self._cond.notify_all()

    def __len__(self) -> int:
        with self._cond:
            return len(self._waiting) + len(self._running)


_ids = itertools.count(1)


@dataclass(eq=False)
class Job:
    """One extraction: its place in the queue, its stage, and finally a result or an error."""

    label: str
    queue: ModelQueue
    #: seconds the job is expected to take once running (from the machine's recent speed)
    expected: float | None = None
    id: int = field(default_factory=lambda: next(_ids))
    state: str = "queued"  # queued -> running -> done | failed | cancelled
    stage: str = "waiting for the model"
    submitted: float = field(default_factory=time.monotonic)
    started: float | None = None
    finished: float | None = None
    result: Any = None
    error: BaseException | None = None
    cancel_requested: threading.Event = field(default_factory=threading.Event)
    thread: threading.Thread | None = None
    #: last time a page showed this job (``follow`` touches it every redraw)
    seen: float = field(default_factory=time.monotonic)

    @property
    def done(self) -> bool:
        return self.state in ("done", "failed", "cancelled")

    def elapsed(self) -> float:
        """Seconds since the model started on this job (0 while it waits)."""
        if self.started is None:
            return 0.0
        return (self.finished or time.monotonic()) - self.started

    def cancel(self) -> None:
        self.cancel_requested.set()
        self.queue.wake()

    def touch(self) -> None:
        """A page is still following this job (its tab is open)."""
        self.seen = time.monotonic()

    def orphaned(self) -> bool:
        """True when no page has followed the job for ``ORPHAN_SECONDS`` (its tab was closed):
        it then leaves the queue so it does not hold up the tabs still open."""
        return time.monotonic() - self.seen > ORPHAN_SECONDS

    def remaining(self) -> float | None:
        """Expected seconds left for this job once running, or None when unknown."""
        if self.expected is None:
            return None
        return max(0.0, self.expected - self.elapsed())


def _run(job: Job, work: Work) -> None:
    if not job.queue.acquire(job):
        job.state, job.finished = "cancelled", time.monotonic()
        return
    job.state, job.started, job.stage = "running", time.monotonic(), "starting"

    def on_stage(stage: str) -> None:
        if job.cancel_requested.is_set() or job.orphaned():
            raise Cancelled("cancelled by the user")
        job.stage = stage

    try:
        job.result = work(on_stage)
        job.state = "cancelled" if job.cancel_requested.is_set() else "done"
    except Cancelled:
        job.state = "cancelled"
    except BaseException as exc:  # reported by the page; one failed article must not kill the server
        job.error, job.state = exc, "failed"
    finally:
        job.finished = time.monotonic()
        job.queue.release(job)


def submit(queue: ModelQueue, label: str, work: Work, *, expected: float | None = None) -> Job:
    """Queue ``work`` and start its worker thread; the job runs when its turn comes."""
    job = Job(label=label, queue=queue, expected=expected)
    queue.join(job)
    job.thread = threading.Thread(target=_run, args=(job, work), name=f"summarizer-job-{job.id}", daemon=True)
    job.thread.start()
    return job


def wait_estimate(job: Job) -> float | None:
    """Expected seconds before ``job`` starts: what is left of every job ahead of it."""
    total = 0.0
    for other in job.queue.jobs_ahead(job):
        left = other.remaining()
        if left is None:
            return None
        total += left
    return total


_QUEUES: dict[str, ModelQueue] = {}
_QUEUES_LOCK = threading.Lock()


def queue_for(key: str) -> ModelQueue:
    """The process-wide queue of one backend (same key, same loaded model, same queue)."""
    with _QUEUES_LOCK:
        return _QUEUES.setdefault(key, ModelQueue())
