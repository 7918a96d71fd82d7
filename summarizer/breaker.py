"""A small circuit breaker: stop calling a backend that keeps failing at the connection level.

Why: against a dead endpoint every article of a batch fails only after its own retries
(about a second each, or a full timeout when the server hangs), so 10,000 articles meant
hours of identical failures. After ``threshold`` consecutive connection-level failures
(:class:`~summarizer.errors.BackendUnavailable`) the breaker opens and the caller stops
handing out work; any success in between resets the count. A bad article (input error,
invalid model answer) says nothing about the server and leaves the count alone.

It is thread-safe and knows nothing about batches, so the batch runner, ``extract`` and
an HTTP server can each hold one.
"""

from __future__ import annotations

import threading

from .errors import BackendError, BudgetExceeded, InvalidOutputError

__all__ = ["CircuitBreaker"]


class CircuitBreaker:
    """Opens after ``threshold`` consecutive connection-level failures (``threshold`` < 1: never)."""

    def __init__(self, threshold: int = 5) -> None:
        self.threshold = threshold
        self._lock = threading.Lock()
        self._consecutive = 0
        self._open = False
        self.last_error: str | None = None

    @property
    def is_open(self) -> bool:
        with self._lock:
            return self._open

    @property
    def consecutive_failures(self) -> int:
        with self._lock:
            return self._consecutive

    def record_success(self) -> None:
        with self._lock:
            self._consecutive = 0

    def record_failure(self, error: BaseException | str | None, *, connection: bool | None = None) -> bool:
        """Count one failure; True when the breaker is (now) open.

        ``connection`` says whether the backend itself failed; by default an exception
        counts when it is a ``BackendError`` other than ``InvalidOutputError``
        (unreachable, timed out, 5xx, a refused key: the next article would fail the
        same way), never an input error or one model answer that did not validate.
        """
        if connection is None:
            connection = isinstance(error, BackendError) and not isinstance(error, InvalidOutputError | BudgetExceeded)
        with self._lock:
            if not connection:
                return self._open
            self._consecutive += 1
            self.last_error = str(error) if error is not None else None
            if self.threshold >= 1 and self._consecutive >= self.threshold:
                self._open = True
            return self._open

    def reset(self) -> None:
        with self._lock:
            self._consecutive = 0
            self._open = False
            self.last_error = None

    def message(self) -> str:
        """A one-line reason for stopping, for the user."""
        return f"stopped after {self._consecutive} consecutive backend failures (last: {self.last_error or 'unknown'})"
