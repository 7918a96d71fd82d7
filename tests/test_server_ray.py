"""The service on Ray Serve: a local Ray, two replicas, both answering ``/v1/extract``.

Marked ``ray`` (starts a local Ray cluster, tens of seconds). The replicas call the fake
OpenAI-compatible server, so no model is loaded.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from summarizer import Report, ServerSettings, Settings
from summarizer.testing import FakeOpenAIServer, draft_responder
from tests.serve_helpers import free_port

pytestmark = pytest.mark.ray

SEED = Path(__file__).resolve().parent.parent / "examples" / "seeds" / "003_ab30143d01b80a22.txt"


@pytest.fixture(scope="module")
def served_on_ray(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    ray = pytest.importorskip("ray")
    serve = pytest.importorskip("ray.serve")
    from summarizer.server.ray_serve import build

    tmp = tmp_path_factory.mktemp("ray-serve")
    port = free_port()
    with FakeOpenAIServer(draft_responder, delay=0.2, keep_bodies=False) as fake:
        ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, ignore_reinit_error=True)
        try:
            serve.start(http_options={"host": "127.0.0.1", "port": port})
            settings = Settings(
                backend="openai", base_url=fake.base_url, model="fake-model", api_key="x",
                cache_dir=tmp, use_cache=False, timeout=20,
            )  # fmt: skip
            serve.run(build(settings, ServerSettings(rate_limit=0), replicas=2), route_prefix="/", name="summarizer")
            yield f"http://127.0.0.1:{port}"
        finally:
            serve.shutdown()
            ray.shutdown()


def test_two_replicas_answer_extract(served_on_ray: str) -> None:
    body = {"text": SEED.read_text(encoding="utf-8"), "meta": {"published": "2023-08-04"}}
    answers: list[requests.Response] = []

    def call() -> None:
        answers.append(requests.post(served_on_ray + "/v1/extract", json=body, timeout=120))

    for _ in range(3):  # rounds of concurrent requests, so the proxy has reason to use both
        threads = [threading.Thread(target=call) for _ in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert all(a.status_code == 200 for a in answers), [a.text[:200] for a in answers if a.status_code != 200]
    for a in answers:
        Report.model_validate(a.json())
    replicas = {a.headers["x-replica"] for a in answers}
    assert len(replicas) == 2, replicas
    batches: Any = requests.post(served_on_ray + "/v1/batches", json=[body], timeout=30)
    assert batches.status_code == 501 and batches.headers["content-type"].startswith("application/problem+json")
