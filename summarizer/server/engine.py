"""The workers that run ``summarize``, and the queue in front of them.

The embedded model is loaded once, by the one worker thread that owns it (llama.cpp
contexts are not thread-safe, and the two cores are the model's): requests wait in a
queue. With a remote backend, ``concurrency`` workers call it at once (the work is waiting
on HTTP, during which the GIL is released), each sharing the backend's client, whose usage
counters are per thread.

Interactive requests (``POST /v1/extract``) may wait only while fewer than ``queue_size``
are waiting; past that they are refused at once (429 with a Retry-After estimated from the
recent service time) instead of piling up. Batch articles are fed by the dispatcher no
faster than the workers take them, so a batch never fills the queue that interactive
requests need.
"""

from __future__ import annotations

import logging
import math
import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any

from summarizer import Backend, Report, Settings, get_backend, locate, summarize

__all__ = ["DeadlineExceeded", "Engine", "QueueFull", "Work"]

log = logging.getLogger("summarizer.server")


class QueueFull(Exception):
    """The queue in front of the model is full; ``retry_after`` is a fair wait in seconds."""

    def __init__(self, retry_after: int) -> None:
        super().__init__(f"the queue is full; retry in {retry_after} s")
        self.retry_after = retry_after


class DeadlineExceeded(Exception):
    """The request's deadline passed before a worker could start it."""


@dataclass
class Work:
    text: str
    meta: dict[str, Any]
    id: str | None
    #: time.monotonic() after which the work is not started any more (None: no deadline)
    deadline: float | None = None
    interactive: bool = True
    future: Future[Report] = field(default_factory=Future)


class Engine:
    """A fixed pool of workers in front of one backend configuration."""

    def __init__(
        self,
        settings: Settings,
        *,
        concurrency: int,
        queue_size: int,
        on_report: Callable[[Report], None] | None = None,
    ) -> None:
        self.settings = settings
        self.workers = 1 if settings.backend != "openai" else max(1, concurrency)
        self.queue_size = max(0, queue_size)
        self._queue: queue.Queue[Work | None] = queue.Queue()
        self._waiting_interactive = 0
        self._busy = 0
        self._lock = threading.Lock()
        self._on_report = on_report
        self._threads: list[threading.Thread] = []
        self._backend: Backend | None = None
        self.loaded = threading.Event()
        self.load_error: str | None = None
        #: a moving average of seconds per article, for Retry-After
        self._avg_seconds = 1.0

    # ---- lifecycle -------------------------------------------------------------------
    def start(self) -> None:
        for k in range(self.workers):
            t = threading.Thread(target=self._worker, name=f"serve-worker-{k}", daemon=True)
            t.start()
            self._threads.append(t)

    def stop(self, timeout: float = 5.0) -> None:
        """Ask every worker to finish; wait ``timeout`` seconds in all (not per worker).

        Articles still running after that are left to the daemon threads: a batch article
        stays ``running`` in the store and runs again after a restart (``recover``).
        """
        for _ in self._threads:
            self._queue.put(None)
        deadline = time.monotonic() + timeout
        for t in self._threads:
            t.join(max(0.0, deadline - time.monotonic()))

    def _load(self) -> None:
        # Loading happens in a worker so the server answers /healthz (and /readyz "loading")
        # while a 1 GB model is read; the backend is shared by this engine's workers only.
        with self._lock:
            if self._backend is not None or self.load_error is not None:
                return
            try:
                self._backend = get_backend(self.settings)
                # Read the gazetteer now, not during the first request (seconds on 2 cores).
                locate("Kabul", country="Afghanistan")
            except Exception as exc:
                self.load_error = str(exc) or type(exc).__name__
                log.error("the model could not be loaded: %s", self.load_error)
            finally:
                self.loaded.set()

    # ---- queue -----------------------------------------------------------------------
    @property
    def depth(self) -> int:
        """Work waiting for a worker (not the work running)."""
        return self._queue.qsize()

    @property
    def busy(self) -> int:
        return self._busy

    @property
    def full(self) -> bool:
        return self._waiting_interactive >= self.queue_size

    def retry_after(self) -> int:
        waits = (self._waiting_interactive + 1) / self.workers
        return max(1, min(600, math.ceil(waits * self._avg_seconds)))

    def submit(self, work: Work) -> Future[Report]:
        with self._lock:
            if work.interactive:
                if self._waiting_interactive >= self.queue_size:
                    raise QueueFull(self.retry_after())
                self._waiting_interactive += 1
        self._queue.put(work)
        return work.future

    def _worker(self) -> None:
        self._load()
        while True:
            work = self._queue.get()
            if work is None:
                return
            if work.interactive:
                with self._lock:
                    self._waiting_interactive -= 1
            if not work.future.set_running_or_notify_cancel():
                continue  # the client gave up while it waited
            if work.deadline is not None and time.monotonic() > work.deadline:
                work.future.set_exception(DeadlineExceeded("the deadline passed while the request waited"))
                continue
            with self._lock:
                self._busy += 1
            started = time.perf_counter()
            try:
                if self._backend is None:
                    raise RuntimeError(f"the model is not available: {self.load_error}")
                report = summarize(
                    work.text, meta=work.meta or None, id=work.id, settings=self.settings, backend=self._backend
                )
            except BaseException as exc:
                work.future.set_exception(exc)
            else:
                if self._on_report is not None:
                    try:
                        self._on_report(report)
                    except Exception:  # metrics must never fail a request
                        log.exception("recording metrics failed")
                work.future.set_result(report)
            finally:
                seconds = time.perf_counter() - started
                with self._lock:
                    self._busy -= 1
                    self._avg_seconds = 0.8 * self._avg_seconds + 0.2 * seconds
