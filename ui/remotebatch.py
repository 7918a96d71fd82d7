"""The batch tab on a running summarizer server: the server's model, not a second copy here.

When the sidebar points the page at a server, a batch goes to ``POST /v1/batches`` (the
server keeps it in SQLite, so a page reload or a server restart loses nothing) and the
page follows it by polling the batch's status and reading new result lines from where it
stopped. It has ``summarize_many``'s shape, so ``run_batch`` uses it unchanged.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from summarizer import BatchResult, Report
from summarizer.server.client import ServiceClient

from .batchrun import Runner
from .inputs import META_KEYS

#: seconds between two looks at the batch's status
POLL_SECONDS = 1.0


def server_runner(client: ServiceClient, *, poll: float = POLL_SECONDS) -> Runner:
    """A runner that sends the articles to ``client``'s server as one durable batch."""

    def run(
        jobs: Iterable[Mapping[str, Any]],
        *,
        progress: Callable[[BatchResult], None] | None = None,
        **_: Any,
    ) -> list[BatchResult]:
        items = [
            {"id": str(j["id"]), "text": j["text"], "meta": {k: j[k] for k in META_KEYS if j.get(k) is not None}}
            for j in jobs
        ]
        if not items:
            return []
        batch_id = client.submit_batch(items)["id"]
        results: list[BatchResult] = []
        while True:
            status = client.batch(batch_id)
            for line in client.results(batch_id, offset=len(results)):
                result = _result(line)
                results.append(result)
                if progress is not None:
                    progress(result)
            if status["pending"] == 0 and len(results) >= status["done"] + status["failed"]:
                return results
            time.sleep(poll)

    return run


def _result(line: Mapping[str, Any]) -> BatchResult:
    """One result line of the server (``index``, ``id``, then ``report`` or ``error``)."""
    if line.get("report") is not None:
        report = Report.model_validate(line["report"])
        return BatchResult(
            index=int(line["index"]), id=str(line["id"]), report=report, seconds=report.provenance.total_seconds
        )
    return BatchResult(
        index=int(line["index"]),
        id=str(line["id"]),
        error=str(line.get("error") or "failed on the server"),
        error_type=line.get("error_type"),
    )
