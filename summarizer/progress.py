"""A heartbeat on stderr while the command line waits on a slow backend (CLI helper).

Why: a request to a slow or hanging server used to print nothing for minutes, which looks
exactly like a hang. The heartbeat prints the current step at once when it is a part of a
long article ("extracting events (part 2 of 5)"), and otherwise only when a step has been
waiting for ``every`` seconds, so a fast run prints nothing extra. Only the command line
uses it; the Python API reports steps through ``summarize(on_stage=...)``.
"""

from __future__ import annotations

import contextlib
import sys
import threading
import time
from typing import TextIO

__all__ = ["Heartbeat"]


class Heartbeat:
    """``with Heartbeat("a.txt") as hb: summarize(..., on_stage=hb.stage)``."""

    def __init__(self, label: str, *, every: float = 10.0, stream: TextIO | None = None, tick: float = 0.5) -> None:
        self.label = label
        self.every = every
        self.stream = stream if stream is not None else sys.stderr
        self._tick = tick
        self._lock = threading.Lock()
        self._stage = "starting"
        self._since = time.monotonic()
        self._last_print = self._since
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="heartbeat", daemon=True)

    def __enter__(self) -> Heartbeat:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=2)

    def stage(self, name: str) -> None:
        """A new step began (the ``on_stage`` callback of ``summarize``)."""
        now = time.monotonic()
        with self._lock:
            self._stage, self._since, self._last_print = name, now, now
        if "(part " in name:
            self._print(f"{self.label}: {name}")

    def beat(self, name: str | None = None) -> None:
        """Something happened (a batch result): restart the waiting clock."""
        with self._lock:
            if name is not None:
                self._stage = name
            self._since = self._last_print = time.monotonic()

    def _print(self, line: str) -> None:
        with contextlib.suppress(OSError, ValueError):  # stderr closed: nothing to tell
            print(line, file=self.stream, flush=True)

    def _run(self) -> None:
        while not self._stop.wait(self._tick):
            now = time.monotonic()
            with self._lock:
                due = now - self._last_print >= self.every
                if due:
                    self._last_print = now
                stage, waited = self._stage, now - self._since
            if due:
                self._print(f"{self.label}: {stage} ... {waited:.0f} s")
