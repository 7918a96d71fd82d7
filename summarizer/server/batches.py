"""The dispatcher: feeds stored batch articles to the engine and stores their results.

It keeps at most as many batch articles in flight as there are workers, so interactive
requests always find room in the queue. A circuit breaker watches the backend: after
``breaker_threshold`` consecutive connection-level failures the failing article goes back
to pending and no batch work is handed out for ``pause_seconds``, then one article tries
again. A dead endpoint thus pauses batches instead of failing every article in them. Results are written by the completing worker's
callback in the same transaction that marks the article finished (``JobStore.finish``).
"""

from __future__ import annotations

import functools
import hashlib
import logging
import threading
import time
from concurrent.futures import Future
from typing import Any

from summarizer import CircuitBreaker, Report, SummarizerError

from .engine import Engine, Work
from .metrics import Metrics
from .store import JobStore, Todo

__all__ = ["Dispatcher", "article_id"]

log = logging.getLogger("summarizer.server")


def article_id(text: str) -> str:
    """The id of an article sent without one (the same as ``summarizer batch`` gives it)."""
    return "sha1-" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


class Dispatcher:
    def __init__(
        self,
        store: JobStore,
        engine: Engine,
        metrics: Metrics,
        *,
        breaker_threshold: int = 5,
        pause_seconds: float = 30.0,
    ) -> None:
        self.store = store
        self.engine = engine
        self.metrics = metrics
        self.breaker = CircuitBreaker(breaker_threshold)
        self.pause_seconds = pause_seconds
        self._paused_until = 0.0
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._in_flight = 0
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._run, name="serve-batches", daemon=True)

    def start(self) -> None:
        resumed = self.store.recover()
        if resumed:
            log.info("resuming %d article(s) left running by the previous process", resumed)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        self._thread.join(5)

    def wake(self) -> None:
        self._wake.set()

    def _run(self) -> None:
        while not self._stop.is_set():
            with self._lock:
                free = self.engine.workers - self._in_flight
                if self.breaker.is_open:
                    # half-open after the pause: one article tries the backend again
                    free = 0 if time.monotonic() < self._paused_until or self._in_flight else min(free, 1)
            todo = self.store.claim(free) if free > 0 else []
            for item in todo:
                with self._lock:
                    self._in_flight += 1
                work = Work(text=item.text, meta=item.meta, id=item.article_id, interactive=False)
                work.future.add_done_callback(functools.partial(self._finished, item))
                self.engine.submit(work)
            if not todo:
                self._wake.wait(1.0)
                self._wake.clear()

    def _finished(self, item: Todo, fut: Future[Report]) -> None:
        line: dict[str, Any] = {"index": item.index, "id": item.article_id}
        ok = False
        try:
            report = fut.result()
            line["report"] = report.model_dump(mode="json")
            ok = True
            if self.breaker.is_open:
                log.info("the backend answers again: batches resume")
            self.breaker.reset()
        except SummarizerError as exc:
            if self.breaker.record_failure(exc):
                # the backend failed, not the article: it waits for the backend to come back
                log.warning("batches paused for %.0f s: %s", self.pause_seconds, self.breaker.message())
                with self._lock:
                    self._paused_until = time.monotonic() + self.pause_seconds
                    self._in_flight -= 1
                self.store.release(item.batch_id, item.index)
                return
            line.update(error=str(exc) or type(exc).__name__, error_type=type(exc).__name__)
        except BaseException as exc:  # a bug in one article must not stop the batch
            log.error("article %r of batch %s failed: %r", item.article_id, item.batch_id, exc)
            line.update(error=f"internal error: {type(exc).__name__}", error_type=type(exc).__name__)
        if not ok:
            self.metrics.articles.labels("failed").inc()
        try:
            self.store.finish(item.batch_id, item.index, ok=ok, line=line)
        except Exception:
            log.exception("could not store the result of %r (it will run again after a restart)", item.article_id)
        with self._lock:
            self._in_flight -= 1
        self._wake.set()
