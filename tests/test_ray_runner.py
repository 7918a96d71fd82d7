"""The Ray Data runner gives the same records as ``summarize_many`` (local Ray, 2 CPUs)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from summarizer.batch import BatchResult, summarize_many
from summarizer.settings import Settings
from summarizer.testing import FakeOpenAIServer, draft_responder

pytestmark = pytest.mark.ray

ARTICLES = Path(__file__).resolve().parent.parent / "evals" / "gold" / "articles"
#: provenance fields that measure time, which two runs never share
TIMING = {"model_seconds", "total_seconds"}


@pytest.fixture(scope="module")
def ray_local() -> Iterator[Any]:
    ray = pytest.importorskip("ray")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, ignore_reinit_error=True)
    try:
        yield ray
    finally:
        ray.shutdown()


def _comparable(r: BatchResult) -> dict[str, Any]:
    if r.report is None:
        return {"id": r.id, "error_type": r.error_type}
    doc = r.report.model_dump(mode="json")
    doc["provenance"] = {k: v for k, v in doc["provenance"].items() if k not in TIMING}
    return doc


def test_ray_gives_the_same_records_as_summarize_many(ray_local: Any, tmp_path: Path) -> None:
    from summarizer.batch.ray_runner import summarize_many_ray

    texts = [p.read_text(encoding="utf-8") for p in sorted(ARTICLES.glob("*.txt"))][:8]
    articles: list[Any] = [{"id": f"r{i}", "text": t, "published": "2024-07-30"} for i, t in enumerate(texts)]
    articles.insert(3, {"id": "broken", "text": ""})
    articles.insert(5, b"\xff\xfe\x00binary")
    with FakeOpenAIServer(draft_responder) as srv:
        settings = Settings(
            backend="openai", base_url=srv.base_url, model="fake-model", api_key="x",
            cache_dir=tmp_path / "cache", use_cache=False,
        )  # fmt: skip
        expected = summarize_many(articles, settings=settings, concurrency=2)
        calls = srv.completions
        got = summarize_many_ray(articles, settings=settings, concurrency=2, batch_size=3)
        assert srv.completions == 2 * calls, "Ray really called the server for every article"
    assert [r.id for r in got] == [r.id for r in expected]
    assert [_comparable(r) for r in got] == [_comparable(r) for r in expected]
    assert sum(not r.ok for r in got) == 2
