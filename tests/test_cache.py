"""The SQLite answer cache, on a real file, in front of a small counting backend."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel, Field

import summarizer.cache as cache_mod
from summarizer.backends.base import Message, Result, T, Usage
from summarizer.cache import AnswerCache, CachedBackend, cache_key, default_cache_path
from summarizer.errors import BackendError


class Answer(BaseModel):
    text: str
    n: int = Field(ge=0)


class Other(BaseModel):
    text: str


class CountingBackend:
    """A real Backend implementation: answers from the last message and counts calls."""

    def __init__(self, name: str = "counting", model: str = "m1", fail: bool = False, build: str = "b1") -> None:
        self.name = name
        self.model = model
        self.build = build
        self.fail = fail
        self.calls = 0
        self._lock = threading.Lock()

    def complete(
        self,
        messages: list[Message],
        response_model: type[T],
        *,
        max_tokens: int,
        temperature: float | None = None,
    ) -> Result[T]:
        with self._lock:
            self.calls += 1
        if self.fail:
            raise BackendError("server unreachable")
        value = response_model.model_validate({"text": messages[-1]["content"], "n": len(messages)})
        return Result(value, Usage(tokens_in=11, tokens_out=7, seconds=0.5, calls=1))

    def describe(self) -> dict[str, Any]:
        return {"backend": self.name, "model": self.model}


MSG: list[Message] = [{"role": "system", "content": "prompt v1"}, {"role": "user", "content": "article"}]


def test_miss_then_hit_on_a_real_file(tmp_path: Path) -> None:
    inner = CountingBackend()
    path = default_cache_path(tmp_path)
    backend = CachedBackend(inner, AnswerCache(path))
    first = backend.complete(MSG, Answer, max_tokens=100, temperature=0.0)
    second = backend.complete(MSG, Answer, max_tokens=100, temperature=0.0)
    assert inner.calls == 1
    assert first.value == second.value == Answer(text="article", n=2)
    assert not first.usage.cached and first.usage.seconds == 0.5
    assert second.usage.cached and second.usage.seconds == 0
    assert (second.usage.tokens_in, second.usage.tokens_out) == (11, 7)
    assert backend.name == "counting" and backend.model == "m1"
    assert path.exists()
    # Survives the process: a new cache object on the same file still hits.
    again = CachedBackend(inner, AnswerCache(path)).complete(MSG, Answer, max_tokens=100, temperature=0.0)
    assert again.usage.cached and inner.calls == 1


def test_an_answer_from_another_build_is_recomputed(tmp_path: Path) -> None:
    path = default_cache_path(tmp_path)
    avx512 = CountingBackend(build="AVX512 = 1")
    CachedBackend(avx512, AnswerCache(path)).complete(MSG, Answer, max_tokens=100, temperature=0.0)
    avx2 = CountingBackend(build="AVX2 = 1")
    first = CachedBackend(avx2, AnswerCache(path)).complete(MSG, Answer, max_tokens=100, temperature=0.0)
    assert avx2.calls == 1 and not first.usage.cached
    second = CachedBackend(avx2, AnswerCache(path)).complete(MSG, Answer, max_tokens=100, temperature=0.0)
    assert avx2.calls == 1 and second.usage.cached


def test_a_file_from_before_builds_were_recorded_is_migrated(tmp_path: Path) -> None:
    path = default_cache_path(tmp_path)
    with sqlite3.connect(path) as conn:
        conn.execute(
            "CREATE TABLE answers (key TEXT PRIMARY KEY, backend TEXT NOT NULL, model TEXT NOT NULL,"
            " response TEXT NOT NULL, value TEXT NOT NULL, tokens_in INTEGER NOT NULL DEFAULT 0,"
            " tokens_out INTEGER NOT NULL DEFAULT 0, seconds REAL NOT NULL DEFAULT 0, created REAL NOT NULL,"
            " last_hit REAL, hits INTEGER NOT NULL DEFAULT 0)"
        )
        key = cache_key("counting", "m1", MSG, Answer, max_tokens=100, temperature=0.0)
        conn.execute(
            "INSERT INTO answers (key, backend, model, response, value, created) VALUES (?, ?, ?, ?, ?, 0)",
            (key, "counting", "m1", "Answer", Answer(text="old build", n=0).model_dump_json()),
        )
    inner = CountingBackend()
    got = CachedBackend(inner, AnswerCache(path)).complete(MSG, Answer, max_tokens=100, temperature=0.0)
    assert inner.calls == 1 and got.value == Answer(text="article", n=2)


@pytest.mark.parametrize(
    "change",
    [
        {"messages": [{"role": "system", "content": "prompt v2"}, {"role": "user", "content": "article"}]},
        {"messages": [{"role": "system", "content": "prompt v1"}, {"role": "user", "content": "article 2"}]},
        {"max_tokens": 200},
        {"temperature": 0.7},
        {"response_model": Other},
        {"model": "m2"},
        {"backend": "other"},
    ],
)
def test_anything_that_changes_the_answer_changes_the_key(change: dict[str, Any]) -> None:
    base: dict[str, Any] = dict(
        backend="counting", model="m1", messages=MSG, response_model=Answer, max_tokens=100, temperature=0.0
    )
    args = {**base, **change}

    def key(a: dict[str, Any]) -> str:
        return cache_key(
            a["backend"],
            a["model"],
            a["messages"],
            a["response_model"],
            max_tokens=a["max_tokens"],
            temperature=a["temperature"],
        )

    assert key(args) != key(base)


def test_schema_version_is_in_the_key(monkeypatch: pytest.MonkeyPatch) -> None:
    before = cache_key("b", "m", MSG, Answer, max_tokens=1, temperature=None)
    monkeypatch.setattr(cache_mod, "SCHEMA_VERSION", "999")
    assert cache_key("b", "m", MSG, Answer, max_tokens=1, temperature=None) != before


def test_failures_are_not_cached(tmp_path: Path) -> None:
    inner = CountingBackend(fail=True)
    backend = CachedBackend(inner, AnswerCache(tmp_path / "c.sqlite"))
    for _ in range(2):
        with pytest.raises(BackendError):
            backend.complete(MSG, Answer, max_tokens=10)
    assert inner.calls == 2
    assert backend.cache.stats()["entries"] == 0


def test_a_stored_answer_that_no_longer_validates_is_recomputed(tmp_path: Path) -> None:
    cache = AnswerCache(tmp_path / "c.sqlite")
    inner = CountingBackend()
    key = cache_key(inner.name, inner.model, MSG, Answer, max_tokens=10, temperature=None)
    cache.put(
        key,
        backend=inner.name,
        model=inner.model,
        response="Answer",
        value='{"text": "x", "n": -1}',
        usage=Usage(),
    )
    result = CachedBackend(inner, cache).complete(MSG, Answer, max_tokens=10)
    assert inner.calls == 1 and not result.usage.cached and result.value.n == 2


def test_wal_stats_and_clear(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    cache = AnswerCache(path)
    backend = CachedBackend(CountingBackend(), cache)
    for i in range(3):
        backend.complete([{"role": "user", "content": f"a{i}"}], Answer, max_tokens=10)
    backend.complete([{"role": "user", "content": "a0"}], Answer, max_tokens=10)
    with sqlite3.connect(path) as con:
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    stats = cache.stats()
    assert stats["entries"] == 3 and stats["hits"] == 1
    assert stats["session_hits"] == 1 and stats["session_misses"] == 3
    assert stats["saved_model_seconds"] == 0.5 and stats["saved_tokens_in"] == 11
    assert stats["by_model"] == [{"backend": "counting", "model": "m1", "entries": 3, "hits": 1}]
    assert stats["bytes"] > 0
    assert cache.clear() == 3
    assert cache.stats()["entries"] == 0


def test_thread_safe_under_concurrent_use(tmp_path: Path) -> None:
    inner = CountingBackend()
    backend = CachedBackend(inner, AnswerCache(tmp_path / "c.sqlite"))
    errors: list[BaseException] = []

    def work(k: int) -> None:
        try:
            for i in range(40):
                r = backend.complete([{"role": "user", "content": f"q{i % 10}"}], Answer, max_tokens=10)
                assert r.value.text == f"q{i % 10}"
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert backend.cache.stats()["entries"] == 10
    # Racing misses may compute a key twice, never more than once per thread.
    assert 10 <= inner.calls <= 80
    assert backend.cache.session_hits + backend.cache.session_misses == 8 * 40


def test_two_cache_objects_share_one_file(tmp_path: Path) -> None:
    """As two processes (Ray workers, a UI beside a batch) would: separate connections."""
    path = tmp_path / "c.sqlite"
    a = CachedBackend(CountingBackend(), AnswerCache(path))
    b = CachedBackend(CountingBackend(), AnswerCache(path))
    a.complete(MSG, Answer, max_tokens=10)
    assert b.complete(MSG, Answer, max_tokens=10).usage.cached


def test_many_threads_opening_a_new_cache_file_at_once_all_get_it(tmp_path: Path) -> None:
    """An 8-thread batch on a fresh cache once failed an article with "database is locked":
    the switch to WAL does not wait on SQLite's busy handler. Real threads, a real file."""
    import threading

    from summarizer.cache import AnswerCache

    for attempt in range(60):
        path = tmp_path / f"answers{attempt}.sqlite"
        errors: list[BaseException] = []
        start = threading.Barrier(12)

        def open_it(path: Path = path, errors: list[BaseException] = errors, start: threading.Barrier = start) -> None:
            start.wait()
            try:
                store = AnswerCache(path)
                store.get("k")
                store.put(
                    "k" + threading.current_thread().name,
                    backend="b",
                    model="m",
                    response="{}",
                    value="{}",
                    usage=Usage(),
                )
            except BaseException as exc:  # noqa: BLE001 - the test reports any failure to open
                errors.append(exc)

        threads = [threading.Thread(target=open_it) for _ in range(12)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == []
