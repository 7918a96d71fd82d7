"""Many articles through ``summarize``: bounded concurrency, per-article failures captured.

``summarize_many`` returns one :class:`BatchResult` per input, in input order, each holding
either a ``Report`` or the reason the article failed; one bad article never stops the
batch. ``iter_summarize`` yields the same results as they complete, which is what the
resumable ``summarizer batch`` command writes to disk one record at a time.

Why threads (not asyncio): the pipeline and both backends are synchronous (the ``openai``
client via instructor, llama.cpp), and the work of a remote batch is waiting on HTTP,
during which the GIL is released. A small pool of threads, each holding its own remote
backend (its own client and usage counter, so concurrent calls never mix their token
counts), gives the full concurrency without an async rewrite of the pipeline. Worker
threads are daemons so Ctrl-C stops a batch at once: what was written stays written, what
was in flight is redone on resume.

Concurrency: remote backends (``settings.backend == "openai"``) default to
``DEFAULT_REMOTE_CONCURRENCY`` parallel articles; the server's 429/Retry-After answers are
honoured by the client's own retry (``Settings.max_retries``). The embedded model runs
one call at a time per loaded model (llama.cpp contexts are not thread-safe and the cores
are already busy), so a local batch runs one article at a time whatever is asked.
"""

from __future__ import annotations

import hashlib
import queue
import threading
import time
import traceback
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..breaker import CircuitBreaker
from ..errors import InputError, SummarizerError, redact
from ..schema import ArticleMeta, Report
from ..settings import Settings

__all__ = [
    "Article",
    "BatchResult",
    "DEFAULT_REMOTE_CONCURRENCY",
    "article_id",
    "effective_concurrency",
    "iter_summarize",
    "normalize_article",
    "summarize_many",
]

#: parallel articles against an OpenAI-compatible server when the caller does not say
DEFAULT_REMOTE_CONCURRENCY = 4

META_FIELDS = tuple(ArticleMeta.model_fields)

Article = str | bytes | Mapping[str, Any]


@dataclass
class BatchResult:
    """The outcome for one input article: a report, or the reason it failed."""

    index: int
    id: str
    report: Report | None = None
    error: str | None = None
    error_type: str | None = None
    seconds: float = 0.0
    #: where the input came from (file, line), for error records
    source: str | None = None
    traceback: str | None = field(default=None, repr=False)
    #: the exception itself (not written anywhere), for the circuit breaker
    exception: BaseException | None = field(default=None, repr=False, compare=False)

    @property
    def ok(self) -> bool:
        return self.report is not None

    def error_record(self) -> dict[str, Any]:
        """The JSON object written to the errors file."""
        rec: dict[str, Any] = {
            "id": self.id,
            "error": self.error,
            "error_type": self.error_type,
            "seconds": round(self.seconds, 3),
            "at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        }
        if self.source:
            rec["source"] = self.source
        if self.traceback:
            rec["traceback"] = self.traceback
        return rec


@dataclass(frozen=True)
class _Job:
    index: int
    id: str
    text: str | bytes | None
    meta: dict[str, Any]
    source: str | None = None
    problem: str | None = None  # the input itself is unusable (reported as InputError)


def article_id(text: str | bytes) -> str:
    """A stable id for an article given without one: resumable runs must agree on it."""
    data = text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text
    return "sha1-" + hashlib.sha1(data).hexdigest()[:16]


def normalize_article(article: Article, index: int, source: str | None = None) -> _Job:
    """Turn a str/bytes or a dict (``id``, ``text``, meta fields or ``meta``) into a job."""
    if isinstance(article, (str, bytes)):
        return _Job(index, article_id(article), article, {}, source)
    if not isinstance(article, Mapping):
        return _Job(
            index,
            f"item-{index}",
            None,
            {},
            source,
            f"item {index} is a {type(article).__name__}, expected a text or an object",
        )
    meta: dict[str, Any] = {}
    nested = article.get("meta")
    if isinstance(nested, Mapping):
        meta.update({k: v for k, v in nested.items() if k in META_FIELDS and v is not None})
    meta.update({k: article[k] for k in META_FIELDS if article.get(k) is not None})
    text = article.get("text")
    raw_id = article.get("id")
    ident = (
        str(raw_id)
        if raw_id not in (None, "")
        else (article_id(text) if isinstance(text, (str, bytes)) else f"item-{index}")
    )
    if not isinstance(text, (str, bytes)):
        return _Job(index, ident, None, meta, source, "no 'text' field with the article")
    return _Job(index, ident, text, meta, source)


def effective_concurrency(settings: Settings, requested: int | None) -> int:
    """Threads to use: one for the embedded model, else the request or the remote default."""
    if settings.backend != "openai":
        return 1
    return max(1, requested if requested is not None else DEFAULT_REMOTE_CONCURRENCY)


def _failed(job: _Job, exc: BaseException) -> BatchResult:
    return BatchResult(
        job.index,
        job.id,
        error=redact(str(exc)) or type(exc).__name__,
        error_type=type(exc).__name__,
        source=job.source,
        exception=exc,
    )


def _run_one(job: _Job, settings: Settings, backend: Any) -> BatchResult:
    from ..pipeline import summarize

    started = time.perf_counter()
    result = BatchResult(index=job.index, id=job.id, source=job.source)
    try:
        if job.problem is not None or job.text is None:
            raise InputError(job.problem or "no text")
        result.report = summarize(job.text, meta=job.meta or None, id=job.id, settings=settings, backend=backend)
    except SummarizerError as exc:
        result.error, result.error_type = str(exc) or type(exc).__name__, type(exc).__name__
        result.exception = exc
    except Exception as exc:  # a bug must not sink the other articles; keep the trace
        result.error = redact(f"internal error: {exc!r}")
        result.error_type = type(exc).__name__
        result.traceback = redact(traceback.format_exc(limit=8))
    result.seconds = time.perf_counter() - started
    return result


def iter_summarize(
    articles: Iterable[Article] | Iterable[_Job],
    *,
    settings: Settings | None = None,
    concurrency: int | None = None,
    cache: bool = True,
    backend: Any | None = None,
    breaker: CircuitBreaker | None = None,
) -> Iterator[BatchResult]:
    """Yield a :class:`BatchResult` per article as each completes (completion order).

    Closing the generator (or an exception in the consumer, e.g. Ctrl-C) stops handing out
    work; articles already in flight finish in their daemon threads and are dropped.
    With a ``breaker``, every result is recorded in it; once it opens (the backend failed
    that many articles in a row) no new article is started, the ones in flight are
    still yielded, and the generator ends early: the articles never started have no
    result (a resumed batch runs them).
    """
    settings = settings or Settings.from_env()
    if not cache and settings.use_cache:
        settings = settings.with_(use_cache=False)
    jobs = [a if isinstance(a, _Job) else normalize_article(a, i) for i, a in enumerate(articles)]
    if not jobs:
        return
    shared = backend
    if shared is None and settings.backend != "openai":
        from ..backends import get_backend

        shared = get_backend(settings)  # one loaded model for the whole batch
    n_threads = min(effective_concurrency(settings, concurrency), len(jobs))
    todo: queue.SimpleQueue[_Job] = queue.SimpleQueue()
    for job in jobs:
        todo.put(job)
    done: queue.SimpleQueue[BatchResult] = queue.SimpleQueue()
    stop = threading.Event()

    def worker() -> None:
        # A remote backend per thread: its own client and its own usage counter, so
        # concurrent calls never mix their token counts (and no client is shared).
        own = shared
        while not stop.is_set():
            try:
                job = todo.get_nowait()
            except queue.Empty:
                return
            if own is None:
                try:
                    from ..backends import make_backend

                    own = make_backend(settings)
                except Exception as exc:  # e.g. no model name: every article fails the same way
                    done.put(_failed(job, exc))
                    continue
            done.put(_run_one(job, settings, own))

    threads = [threading.Thread(target=worker, name=f"summarize-{k}", daemon=True) for k in range(n_threads)]
    for t in threads:
        t.start()
    try:
        received = 0
        while received < len(jobs):
            try:
                # A timeout keeps the main thread responsive to Ctrl-C.
                res = done.get(timeout=0.5)
            except queue.Empty:
                if not any(t.is_alive() for t in threads) and done.empty():
                    if stop.is_set():
                        return  # stopped by the breaker: what was in flight has been yielded
                    raise RuntimeError("batch workers ended before all articles were done") from None
                continue
            received += 1
            if breaker is not None:
                if res.ok:
                    breaker.record_success()
                elif breaker.record_failure(res.exception):
                    stop.set()
            yield res
    finally:
        stop.set()


def summarize_many(
    articles: Iterable[Article],
    *,
    settings: Settings | None = None,
    concurrency: int | None = None,
    cache: bool = True,
    progress: Callable[[BatchResult], None] | None = None,
    backend: Any | None = None,
    breaker: CircuitBreaker | None = None,
) -> list[BatchResult]:
    """Summarize every article; results in input order, failures captured per article.

    ``articles``: a list (or any iterable) of texts (str/bytes; the id is a hash of the
    text) or dicts with ``id``, ``text`` and any of ``published``, ``outlet``, ``url``,
    ``language``, ``title`` (or a nested ``meta``); a bare string is refused with
    ``TypeError`` (it would be read as one article per character).
    ``cache=False`` bypasses the answer cache for this batch.
    ``progress`` is called in the caller's thread after each article. With a
    ``breaker`` the run stops early when it opens, and only the articles that were
    started have a result.
    """
    if isinstance(articles, (str, bytes, Mapping)):
        raise TypeError(
            f"summarize_many(articles=...) takes a list of articles, not a single {type(articles).__name__} "
            "(wrap one article in a list, or use summarize)"
        )
    if settings is not None and not isinstance(settings, Settings):
        raise TypeError(f"summarize_many(settings=...) takes a Settings, not {type(settings).__name__}")
    results: list[BatchResult] = []
    for res in iter_summarize(
        articles, settings=settings, concurrency=concurrency, cache=cache, backend=backend, breaker=breaker
    ):
        results.append(res)
        if progress is not None:
            progress(res)
    results.sort(key=lambda r: r.index)
    return results
