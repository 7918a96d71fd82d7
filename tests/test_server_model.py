"""``summarizer serve`` with the embedded model, one seed article end to end (minutes).

Marked ``model``: it loads the real model in the server's worker. Run it alone, under the
model lock: ``flock /work/model.lock .venv/bin/python -m pytest -q -m model tests/test_server_model.py``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summarizer import Report
from tests.serve_helpers import Served

pytestmark = pytest.mark.model

SEED = Path(__file__).resolve().parent.parent / "examples" / "seeds" / "003_ab30143d01b80a22.txt"


def test_embedded_model_answers_one_seed_article(tmp_path: Path) -> None:
    srv = Served(tmp_path, "", SUMMARIZER_BACKEND="local", SUMMARIZER_USE_CACHE="false")
    for name in ("SUMMARIZER_BASE_URL", "SUMMARIZER_MODEL", "OPENAI_BASE_URL"):
        srv.env.pop(name, None)
    srv.env.pop("SUMMARIZER_CACHE_DIR")  # the assembled model lives in the user's cache
    srv.env["SUMMARIZER_JOBS_DB"] = str(tmp_path / "jobs.sqlite")
    with srv.start(timeout=300):
        health = srv.get("/readyz").json()
        assert health["backend"] == "local" and health["model_loaded"]
        resp = srv.post(
            "/v1/extract",
            json={"text": SEED.read_text(encoding="utf-8"), "meta": {"published": "2023-08-04"}, "id": "seed-003"},
            timeout=900,
        )
        assert resp.status_code == 200, resp.text[:500]
        report = Report.model_validate(resp.json())
        assert report.id == "seed-003" and report.provenance.backend == "local"
        assert report.events, json.dumps(resp.json())[:2000]
        assert report.summary is not None and report.summary.text
        metrics = srv.get("/metrics").text
        assert "summarizer_model_seconds_total" in metrics
