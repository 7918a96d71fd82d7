"""Durable batches: every batch and each of its articles in one SQLite file (WAL).

Why SQLite: a batch must outlive the process. An article moves ``pending -> running ->
done|failed`` in single transactions, and its result line is written in the same
transaction that marks it finished, so after a ``kill -9`` an article is either finished
(with exactly one result) or goes back to ``pending`` on restart (``recover``) and runs
again: no result is lost and none is written twice. WAL lets the result stream read while
workers write; ``synchronous=NORMAL`` keeps committed rows across a crash of the process
(not of the machine's power, which would need FULL at a cost per article).

Results are numbered in the order they finished (``seq``), so ``offset`` in the results
stream stays valid while the batch is still running.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["BatchRow", "JobStore", "Todo"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS batches (
    id              TEXT PRIMARY KEY,
    owner           TEXT NOT NULL,
    idempotency_key TEXT,
    status          TEXT NOT NULL,
    total           INTEGER NOT NULL,
    created         REAL NOT NULL,
    finished        REAL
);
CREATE UNIQUE INDEX IF NOT EXISTS batches_idem ON batches(owner, idempotency_key)
    WHERE idempotency_key IS NOT NULL;
CREATE TABLE IF NOT EXISTS items (
    batch_id   TEXT NOT NULL,
    idx        INTEGER NOT NULL,
    article_id TEXT NOT NULL,
    input      TEXT NOT NULL,
    state      TEXT NOT NULL,
    result     TEXT,
    seq        INTEGER,
    PRIMARY KEY (batch_id, idx)
);
CREATE INDEX IF NOT EXISTS items_state ON items(state, batch_id, idx);
CREATE INDEX IF NOT EXISTS items_seq ON items(batch_id, seq);
"""


@dataclass(frozen=True)
class Todo:
    """One article handed to a worker."""

    batch_id: str
    index: int
    article_id: str
    text: str
    meta: dict[str, Any]


@dataclass(frozen=True)
class BatchRow:
    id: str
    owner: str
    status: str
    total: int
    done: int
    failed: int
    pending: int
    cancelled: int
    created: float
    finished: float | None


class JobStore:
    """The batch store. One connection, used under a lock: writes are tiny and serialised
    by SQLite anyway, and readers (the results stream) take the lock only per page."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._lock = threading.Lock()
        self._conn = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None, timeout=30)
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=NORMAL")
        self._conn.executescript(_SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def _tx(self, fn: Any) -> Any:
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                out = fn(self._conn)
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")
            return out

    # ---- writing ---------------------------------------------------------------------
    def create(
        self,
        articles: Sequence[tuple[str, str | None, dict[str, Any], str | None]],
        *,
        owner: str,
        idempotency_key: str | None = None,
    ) -> tuple[str, bool]:
        """Store a batch of ``(article id, text, meta, problem)``; returns ``(batch id, created)``.

        An article with a ``problem`` (it was not usable) is stored as failed at once, with
        the problem as its result: one bad article does not sink the batch.

        With an ``idempotency_key`` already used by this owner, the first batch's id is
        returned and nothing is stored (``created`` is False).
        """

        def run(c: sqlite3.Connection) -> tuple[str, bool]:
            if idempotency_key is not None:
                row = c.execute(
                    "SELECT id FROM batches WHERE owner = ? AND idempotency_key = ?", (owner, idempotency_key)
                ).fetchone()
                if row:
                    return str(row[0]), False
            batch_id = "b_" + uuid.uuid4().hex[:20]
            c.execute(
                "INSERT INTO batches (id, owner, idempotency_key, status, total, created) VALUES (?, ?, ?, ?, ?, ?)",
                (batch_id, owner, idempotency_key, "queued", len(articles), time.time()),
            )
            seq = 0
            for i, (aid, text, meta, problem) in enumerate(articles):
                if problem is None:
                    data = json.dumps({"text": text, "meta": meta}, ensure_ascii=False)
                    c.execute(
                        "INSERT INTO items (batch_id, idx, article_id, input, state) VALUES (?, ?, ?, ?, 'pending')",
                        (batch_id, i, aid, data),
                    )
                else:
                    seq += 1
                    line = json.dumps({"index": i, "id": aid, "error": problem, "error_type": "InputError"})
                    c.execute(
                        "INSERT INTO items (batch_id, idx, article_id, input, state, result, seq)"
                        " VALUES (?, ?, ?, '{}', 'failed', ?, ?)",
                        (batch_id, i, aid, line, seq),
                    )
            self._close_if_finished(c, batch_id)
            return batch_id, True

        result: tuple[str, bool] = self._tx(run)
        return result

    def recover(self) -> int:
        """Articles left ``running`` by a stopped process go back to ``pending``; returns how many."""

        def run(c: sqlite3.Connection) -> int:
            return c.execute("UPDATE items SET state = 'pending' WHERE state = 'running'").rowcount

        n: int = self._tx(run)
        return n

    def release(self, batch_id: str, index: int) -> None:
        """A claimed article goes back to ``pending`` (the backend failed, not the article)."""

        def run(c: sqlite3.Connection) -> None:
            c.execute(
                "UPDATE items SET state = 'pending' WHERE batch_id = ? AND idx = ? AND state = 'running'",
                (batch_id, index),
            )

        self._tx(run)

    def claim(self, limit: int) -> list[Todo]:
        """Up to ``limit`` pending articles, oldest batch first, now marked ``running``."""
        if limit <= 0:
            return []

        def run(c: sqlite3.Connection) -> list[Todo]:
            rows = c.execute(
                "SELECT i.batch_id, i.idx, i.article_id, i.input FROM items i JOIN batches b ON b.id = i.batch_id"
                " WHERE i.state = 'pending' AND b.status IN ('queued', 'running')"
                " ORDER BY b.created, i.batch_id, i.idx LIMIT ?",
                (limit,),
            ).fetchall()
            todo = []
            for batch_id, idx, aid, raw in rows:
                c.execute("UPDATE items SET state = 'running' WHERE batch_id = ? AND idx = ?", (batch_id, idx))
                c.execute("UPDATE batches SET status = 'running' WHERE id = ? AND status = 'queued'", (batch_id,))
                data = json.loads(raw)
                todo.append(Todo(batch_id, idx, aid, data["text"], data.get("meta") or {}))
            return todo

        claimed: list[Todo] = self._tx(run)
        return claimed

    def finish(self, batch_id: str, index: int, *, ok: bool, line: dict[str, Any]) -> bool:
        """Record an article's result once; False if it was not running (nothing written)."""

        def run(c: sqlite3.Connection) -> bool:
            (seq,) = c.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM items WHERE batch_id = ?", (batch_id,)).fetchone()
            changed = c.execute(
                "UPDATE items SET state = ?, result = ?, seq = ?, input = '{}'"
                " WHERE batch_id = ? AND idx = ? AND state = 'running'",
                ("done" if ok else "failed", json.dumps(line, ensure_ascii=False), seq, batch_id, index),
            ).rowcount
            if changed:
                self._close_if_finished(c, batch_id)
            return bool(changed)

        done: bool = self._tx(run)
        return done

    @staticmethod
    def _close_if_finished(c: sqlite3.Connection, batch_id: str) -> None:
        (left,) = c.execute(
            "SELECT COUNT(*) FROM items WHERE batch_id = ? AND state IN ('pending', 'running')", (batch_id,)
        ).fetchone()
        if left == 0:
            c.execute(
                "UPDATE batches SET status = CASE WHEN status = 'cancelled' THEN 'cancelled' ELSE 'done' END,"
                " finished = COALESCE(finished, ?) WHERE id = ?",
                (time.time(), batch_id),
            )

    def cancel(self, batch_id: str) -> None:
        """Drop the articles not started yet; those running finish and keep their results."""

        def run(c: sqlite3.Connection) -> None:
            c.execute("UPDATE items SET state = 'cancelled' WHERE batch_id = ? AND state = 'pending'", (batch_id,))
            c.execute("UPDATE batches SET status = 'cancelled' WHERE id = ? AND status != 'done'", (batch_id,))
            self._close_if_finished(c, batch_id)

        self._tx(run)

    # ---- reading ---------------------------------------------------------------------
    def get(self, batch_id: str) -> BatchRow | None:
        with self._lock:
            row = self._conn.execute(
                "SELECT id, owner, status, total, created, finished FROM batches WHERE id = ?", (batch_id,)
            ).fetchone()
            if row is None:
                return None
            counts = dict(
                self._conn.execute(
                    "SELECT state, COUNT(*) FROM items WHERE batch_id = ? GROUP BY state", (batch_id,)
                ).fetchall()
            )
        return BatchRow(
            id=row[0],
            owner=row[1],
            status=row[2],
            total=row[3],
            done=counts.get("done", 0),
            failed=counts.get("failed", 0),
            pending=counts.get("pending", 0) + counts.get("running", 0),
            cancelled=counts.get("cancelled", 0),
            created=row[4],
            finished=row[5],
        )

    def results(self, batch_id: str, offset: int = 0, limit: int = 100) -> list[str]:
        """Result lines in the order they finished, from ``offset`` (0-based)."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT result FROM items WHERE batch_id = ? AND seq IS NOT NULL ORDER BY seq LIMIT ? OFFSET ?",
                (batch_id, limit, offset),
            ).fetchall()
        return [r[0] for r in rows]

    def unfinished(self) -> int:
        with self._lock:
            (n,) = self._conn.execute(
                "SELECT COUNT(*) FROM items i JOIN batches b ON b.id = i.batch_id"
                " WHERE i.state = 'pending' AND b.status IN ('queued', 'running')"
            ).fetchone()
        return int(n)
