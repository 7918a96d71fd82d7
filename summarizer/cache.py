"""SQLite answer cache in front of any backend.

Why: a model call costs seconds (embedded) or money (remote), and reruns are common —
a batch resumed after a crash, an eval repeated after a scoring change, the same article
opened twice in the UI. The cache stores the *validated* answer of one backend request,
keyed by everything that can change that answer:

    backend name, model, the messages (article text, its meta, the prompt with its
    version), the response model's JSON schema, ``schema.SCHEMA_VERSION``, max_tokens,
    temperature

so a prompt edit, a schema change or another model never returns a stale answer; old
entries simply stop being hit (``summarizer cache clear`` removes them). Each row also
records the backend's ``build`` (for the embedded model: the llama.cpp version and the CPU
features it was compiled for), and a row from another build is a miss: the AVX2 and
AVX-512 builds give different greedy answers on a few articles, so an eval on one build
must not score the other's answers. Rows written before builds were recorded have none
and are recomputed once.

SQLite in WAL mode lets batch threads (one connection behind a lock) and several
processes (Ray workers, a UI next to a batch) share one file; ``busy_timeout`` makes
writers wait instead of failing.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .backends.base import Backend, Message, Result, T, Usage
from .schema import SCHEMA_VERSION

CACHE_FILE_NAME = "answers.sqlite"

_DDL = """
CREATE TABLE IF NOT EXISTS answers (
    key          TEXT PRIMARY KEY,
    backend      TEXT NOT NULL,
    model        TEXT NOT NULL,
    response     TEXT NOT NULL,
    value        TEXT NOT NULL,
    tokens_in    INTEGER NOT NULL DEFAULT 0,
    tokens_out   INTEGER NOT NULL DEFAULT 0,
    seconds      REAL NOT NULL DEFAULT 0,
    created      REAL NOT NULL,
    last_hit     REAL,
    hits         INTEGER NOT NULL DEFAULT 0,
    build        TEXT
)
"""


def default_cache_path(cache_dir: Path | str) -> Path:
    """Where the answer cache lives inside ``Settings.cache_dir``."""
    return Path(cache_dir) / CACHE_FILE_NAME


def cache_key(
    backend: str,
    model: str,
    messages: list[Message],
    response_model: type[Any],
    *,
    max_tokens: int,
    temperature: float | None,
) -> str:
    """sha256 over a canonical JSON of everything that determines the answer."""
    payload = {
        "backend": backend,
        "model": model,
        "messages": messages,
        "response_model": response_model.__name__,
        "response_schema": response_model.model_json_schema(),
        "schema_version": SCHEMA_VERSION,
        "max_tokens": max_tokens,
        "temperature": temperature,
    }
    lead_only = getattr(response_model, "lead_only_field", None)
    if lead_only:  # the answer may stop after that field's first sentence
        payload["lead_only"] = lead_only
    blob = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def _retry_locked(statement: Callable[[], object], wait: float = 30.0) -> None:
    """Run a statement that SQLite may refuse with "database is locked" without waiting on
    its busy handler: switching a new file to WAL while another connection (a second batch
    thread, another process) does the same. Seen in an 8-thread batch on a fresh cache;
    the article failed instead of waiting a few milliseconds."""
    deadline = time.monotonic() + wait
    delay = 0.005
    while True:
        try:
            statement()
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.25)


class AnswerCache:
    """A thread-safe key -> validated-answer store in one SQLite file.

    One connection per instance, serialised by a lock: SQLite connections must not be used
    from two threads at once, and the statements are tiny next to a model call, so a lock
    costs nothing measurable while keeping the code obvious.
    """

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._conn = sqlite3.connect(self.path, timeout=30.0, check_same_thread=False, isolation_level=None)
        self._conn.execute("PRAGMA busy_timeout=30000")
        _retry_locked(lambda: self._conn.execute("PRAGMA journal_mode=WAL"))
        self._conn.execute("PRAGMA synchronous=NORMAL")
        _retry_locked(lambda: self._conn.execute(_DDL))
        columns = {row[1] for row in self._conn.execute("PRAGMA table_info(answers)")}
        if "build" not in columns:  # a file from before builds were recorded
            _retry_locked(lambda: self._conn.execute("ALTER TABLE answers ADD COLUMN build TEXT"))
        #: hits and misses seen by this instance (the file's totals are in ``stats()``)
        self.session_hits = 0
        self.session_misses = 0

    def get(self, key: str, build: str = "") -> tuple[str, Usage] | None:
        """The stored answer JSON and its recorded usage, or None (also when another
        ``build`` wrote it)."""
        with self._lock:
            row = self._conn.execute(
                "SELECT value, tokens_in, tokens_out FROM answers WHERE key = ? AND build = ?", (key, build)
            ).fetchone()
            if row is None:
                self.session_misses += 1
                return None
            self._conn.execute("UPDATE answers SET hits = hits + 1, last_hit = ? WHERE key = ?", (time.time(), key))
            self.session_hits += 1
        value, tokens_in, tokens_out = row
        return value, Usage(tokens_in=tokens_in, tokens_out=tokens_out, seconds=0.0, calls=0, cached=True)

    def put(
        self, key: str, *, backend: str, model: str, response: str, value: str, usage: Usage, build: str = ""
    ) -> None:
        with self._lock:
            self._conn.execute(
                "INSERT OR REPLACE INTO answers"
                " (key, backend, model, response, value, tokens_in, tokens_out, seconds, created, hits, build)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)",
                (
                    key,
                    backend,
                    model,
                    response,
                    value,
                    usage.tokens_in,
                    usage.tokens_out,
                    usage.seconds,
                    time.time(),
                    build,
                ),
            )

    def forget(self, key: str) -> None:
        with self._lock:
            self._conn.execute("DELETE FROM answers WHERE key = ?", (key,))

    def clear(self) -> int:
        """Remove every entry; returns how many there were. Also shrinks the file."""
        with self._lock:
            (n,) = self._conn.execute("SELECT COUNT(*) FROM answers").fetchone()
            self._conn.execute("DELETE FROM answers")
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._conn.execute("VACUUM")
        return int(n)

    def stats(self) -> dict[str, Any]:
        """Entries, stored hits, tokens and model seconds saved, file size, per backend/model."""
        with self._lock:
            entries, hits, saved_seconds, saved_in, saved_out = self._conn.execute(
                "SELECT COUNT(*), COALESCE(SUM(hits), 0), COALESCE(SUM(hits * seconds), 0),"
                " COALESCE(SUM(hits * tokens_in), 0), COALESCE(SUM(hits * tokens_out), 0) FROM answers"
            ).fetchone()
            per_model = [
                {"backend": b, "model": m, "entries": n, "hits": h}
                for b, m, n, h in self._conn.execute(
                    "SELECT backend, model, COUNT(*), COALESCE(SUM(hits), 0) FROM answers"
                    " GROUP BY backend, model ORDER BY backend, model"
                )
            ]
        size = sum(p.stat().st_size for p in self.path.parent.glob(self.path.name + "*") if p.is_file())
        return {
            "path": str(self.path),
            "entries": int(entries),
            "hits": int(hits),
            "saved_model_seconds": round(float(saved_seconds), 3),
            "saved_tokens_in": int(saved_in),
            "saved_tokens_out": int(saved_out),
            "bytes": size,
            "session_hits": self.session_hits,
            "session_misses": self.session_misses,
            "by_model": per_model,
        }

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> AnswerCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class CachedBackend:
    """A Backend that answers from :class:`AnswerCache` when it can, else asks ``inner``.

    It reports the inner backend's ``name`` and ``model`` so provenance stays truthful;
    ``Usage.cached`` tells the caller an answer came from the cache (tokens as recorded
    when it was first computed, ``seconds=0``, ``calls=0``). Failures are never cached:
    the next run retries them.
    """

    def __init__(self, inner: Backend, cache: AnswerCache) -> None:
        self.inner = inner
        self.cache = cache
        # Plain attributes (not properties): the Backend protocol declares them as such.
        self.name: str = inner.name
        self.model: str = inner.model
        self.build: str = inner.build

    def complete(
        self,
        messages: list[Message],
        response_model: type[T],
        *,
        max_tokens: int,
        temperature: float | None = None,
    ) -> Result[T]:
        key = cache_key(
            self.inner.name,
            self.inner.model,
            messages,
            response_model,
            max_tokens=max_tokens,
            temperature=temperature,
        )
        hit = self.cache.get(key, self.build)
        if hit is not None:
            raw, usage = hit
            try:
                return Result(value=response_model.model_validate_json(raw), usage=usage)
            except ValidationError:
                # A stored answer that no longer validates (e.g. a validator tightened
                # without a schema change) is dropped and recomputed, never returned.
                self.cache.forget(key)
        result = self.inner.complete(messages, response_model, max_tokens=max_tokens, temperature=temperature)
        self.cache.put(
            key,
            backend=self.inner.name,
            model=self.inner.model,
            response=response_model.__name__,
            value=result.value.model_dump_json(),
            usage=result.usage,
            build=self.build,
        )
        return result

    def describe(self) -> dict[str, Any]:
        out = dict(self.inner.describe())
        out["cache"] = str(self.cache.path)
        return out
