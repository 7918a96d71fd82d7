"""The per-article time budget: a backend that answers too slowly ends the article with a
clear error, and a batch records it as that article's failure and carries on.

The backend is the real openai backend talking HTTP to ``FakeOpenAIServer`` with a delay
longer than the budget (no model).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from summarizer import BudgetExceeded, Settings, summarize
from summarizer.testing import FakeOpenAIServer, draft_responder

ARTICLE = "Gunmen killed four villagers in Gao region on Friday, residents said. The army has not commented."


def _settings(srv: FakeOpenAIServer, tmp_path: Path, **kw: object) -> Settings:
    base: dict[str, object] = dict(
        backend="openai", base_url=srv.base_url, model="fake-model", api_key="x",
        cache_dir=tmp_path / "cache", use_cache=False, timeout=60.0, max_retries=3,
    )  # fmt: skip
    base.update(kw)
    return Settings(**base)  # type: ignore[arg-type]


def test_a_slow_backend_ends_the_article_at_its_budget(tmp_path: Path) -> None:
    with FakeOpenAIServer(draft_responder, delay=20.0) as srv:
        started = time.monotonic()
        with pytest.raises(BudgetExceeded, match="time budget of 1 s"):
            summarize(ARTICLE, settings=_settings(srv, tmp_path, article_budget=1.0))
        # ended by the budget, not by the 60 s request timeout or the server's 20 s delay
        assert time.monotonic() - started < 15


def test_within_budget_the_article_is_unaffected(tmp_path: Path) -> None:
    with FakeOpenAIServer(draft_responder, delay=0.1) as srv:
        report = summarize(ARTICLE, settings=_settings(srv, tmp_path, article_budget=30.0))
    assert report.events


def test_batch_shows_the_budget_as_a_per_article_failure(tmp_path: Path) -> None:
    inp, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    inp.write_text("".join(json.dumps({"id": f"a{i}", "text": ARTICLE + f" ({i})"}) + "\n" for i in range(2)))
    env = dict(os.environ, SUMMARIZER_CACHE_DIR=str(tmp_path / "cache"), OPENAI_API_KEY="x")
    with FakeOpenAIServer(draft_responder, delay=20.0) as srv:
        cmd = [
            sys.executable, "-m", "summarizer.cli", "batch", str(inp), "-o", str(out), "--quiet",
            "--base-url", srv.base_url, "--model", "fake-model", "--budget", "1", "--no-cache",
        ]  # fmt: skip
        proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1, proc.stderr
    assert not out.read_text().strip()
    errors = [json.loads(line) for line in (tmp_path / "out.errors.jsonl").read_text().splitlines()]
    assert sorted(e["id"] for e in errors) == ["a0", "a1"]
    assert all(e["error_type"] == "BudgetExceeded" and "time budget" in e["error"] for e in errors)
