"""The same batch on Ray Data, for many machines or many model servers.

Optional: ``pip install "ray[data]"`` (tested with the version named in the project's
``ray`` extra). Nothing else in the package imports this module, so the single-machine
path (``summarize_many``, ``summarizer batch``) never needs or imports ray.

How it runs::

    from summarizer.batch.ray_runner import summarize_many_ray
    results = summarize_many_ray(articles, settings=settings, concurrency=8, batch_size=4)

``ray.data.from_items(rows).map_batches(SummarizeBatch, concurrency=N, batch_size=B)``
starts ``N`` actors; each actor builds its **own** backend once (one ``openai`` client,
or one loaded embedded model) and runs the rows of each batch through ``summarize`` one
at a time, capturing per-article failures exactly like ``summarize_many``. Results come
back as JSON strings and are returned as ``BatchResult`` objects in input order.

Sizing: with the openai backend the actors mostly wait on HTTP, so ``num_cpus`` per actor
may be fractional (``num_cpus=0.25`` packs four per core) and ``concurrency`` is bounded
by what the server accepts. With the embedded model every actor loads its own ~1.2 GB
model and wants its cores: use ``num_cpus=settings.n_threads`` and one actor per that
many cores. Ray is worth it across machines; on one machine ``summarize_many`` is simpler
and as fast for a remote server.

Connecting to an existing cluster is the caller's ``ray.init(address=...)``; without
one, ``summarize_many_ray`` starts a local instance.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterable
from typing import Any

from ..schema import Report
from ..settings import Settings
from . import Article, BatchResult, _Job, _run_one, normalize_article


def _to_row(job: _Job) -> dict[str, Any]:
    # Arrow columns need one type: bytes travel base64-encoded beside a flag.
    is_bytes = isinstance(job.text, bytes)
    text = base64.b64encode(job.text).decode("ascii") if isinstance(job.text, bytes) else job.text
    return {
        "index": job.index,
        "id": job.id,
        "text": text if text is not None else "",
        "is_bytes": is_bytes,
        "has_text": job.text is not None,
        "meta": json.dumps(job.meta, default=str),
        "problem": job.problem or "",
        "source": job.source or "",
    }


def _from_row(row: dict[str, Any]) -> _Job:
    text: str | bytes | None = str(row["text"]) if row["has_text"] else None
    if text is not None and row["is_bytes"]:
        text = base64.b64decode(text)
    return _Job(
        index=int(row["index"]),
        id=str(row["id"]),
        text=text,
        meta=json.loads(row["meta"]),
        source=str(row["source"]) or None,
        problem=str(row["problem"]) or None,
    )


class SummarizeBatch:
    """Ray Data callable class: one backend per actor, built once in ``__init__``."""

    def __init__(self, settings: Settings) -> None:
        from ..backends import make_backend

        self.settings = settings
        self.backend = make_backend(settings)

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[Any]]:
        n = len(batch["index"])
        out: dict[str, list[Any]] = {k: [] for k in ("index", "id", "report", "error", "error_type", "seconds")}
        for k in range(n):
            row = {key: _item(batch[key][k]) for key in batch}
            res = _run_one(_from_row(row), self.settings, self.backend)
            out["index"].append(res.index)
            out["id"].append(res.id)
            out["report"].append(res.report.model_dump_json() if res.report is not None else "")
            out["error"].append(res.error or "")
            out["error_type"].append(res.error_type or "")
            out["seconds"].append(res.seconds)
        return out


def _item(value: Any) -> Any:
    # numpy scalars -> Python values
    return value.item() if hasattr(value, "item") else value


def summarize_many_ray(
    articles: Iterable[Article],
    *,
    settings: Settings | None = None,
    concurrency: int = 2,
    batch_size: int = 4,
    num_cpus: float = 1.0,
    cache: bool = True,
) -> list[BatchResult]:
    """``summarize_many`` on Ray Data: same inputs, same ``BatchResult`` list in input order."""
    import ray

    settings = settings or Settings.from_env()
    if not cache and settings.use_cache:
        settings = settings.with_(use_cache=False)
    jobs = [normalize_article(a, i) for i, a in enumerate(articles)]
    if not jobs:
        return []
    if not ray.is_initialized():
        ray.init(include_dashboard=False, log_to_driver=False)
    ds = ray.data.from_items([_to_row(j) for j in jobs])
    out = ds.map_batches(
        SummarizeBatch,
        fn_constructor_kwargs={"settings": settings},
        concurrency=concurrency,
        batch_size=batch_size,
        num_cpus=num_cpus,
        batch_format="numpy",
    )
    results: list[BatchResult] = []
    for row in out.iter_rows():
        report = Report.model_validate_json(row["report"]) if row["report"] else None
        results.append(
            BatchResult(
                index=int(row["index"]),
                id=str(row["id"]),
                report=report,
                error=str(row["error"]) or None,
                error_type=str(row["error_type"]) or None,
                seconds=float(row["seconds"]),
                source=jobs[int(row["index"])].source,
            )
        )
    results.sort(key=lambda r: r.index)
    return results
