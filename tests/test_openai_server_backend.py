"""The openai backend against a real OpenAI-compatible server: llama.cpp's, on 127.0.0.1."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from summarizer.pipeline import summarize
from summarizer.settings import Settings

pytestmark = pytest.mark.model


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def llama_server(local_settings: Settings, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    pytest.importorskip("llama_cpp.server", reason="llama-cpp-python[server] is not installed")
    port = _free_port()
    log = tmp_path_factory.mktemp("server") / "server.log"
    with log.open("wb") as fh:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "llama_cpp.server",
                "--model",
                str(local_settings.model),
                "--model_alias",
                "qwen-embedded",
                "--n_ctx",
                "4096",
                "--n_threads",
                str(local_settings.n_threads),
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
            ],
            stdout=fh,
            stderr=subprocess.STDOUT,
        )
        base = f"http://127.0.0.1:{port}/v1"
        try:
            deadline = time.time() + 120
            while time.time() < deadline:
                if proc.poll() is not None:
                    pytest.fail(f"llama_cpp.server exited: {log.read_text()[-2000:]}")
                try:
                    with urllib.request.urlopen(base + "/models", timeout=2) as r:
                        if r.status == 200:
                            break
                except OSError:
                    time.sleep(0.5)
            else:
                pytest.fail("llama_cpp.server did not answer /v1/models within 120 s")
            yield base
        finally:
            proc.terminate()
            proc.wait(timeout=30)


#: a two-sentence story: through the server the ~1,800-token system prompt is read again on
#: every request (no prefix state there), so a short article keeps CI's time down
STORY = (
    "Gunmen kill five villagers in Niger\n\n"
    "Gunmen on motorbikes killed five villagers in Tillia, in Niger's Tahoua region, on Monday, the mayor said. "
    "The attackers fled towards the border with Mali, officials said."
)


def test_openai_backend_on_llama_cpp_server(llama_server: str, tmp_path: Path) -> None:
    settings = Settings(
        backend="openai", base_url=llama_server, model="qwen-embedded", cache_dir=tmp_path, use_cache=False, timeout=300
    )
    report = summarize(STORY, meta={"published": "2024-03-05", "outlet": "Test Wire"}, id="story", settings=settings)
    assert report.provenance.backend == "openai"
    assert report.provenance.model == "qwen-embedded"
    assert report.provenance.tokens_in > 500 and report.provenance.tokens_out > 20
    assert report.summary is not None and report.summary.check.passed
    assert report.events, "the server's model found no event in a plain killing"
    for ev in report.events:
        for quote, span in zip(ev.evidence, ev.evidence_spans, strict=True):
            assert STORY[span.start : span.end] == quote  # type: ignore[misc]
    # what the code checks, whatever the model wrote: five dead, by the mayor's count
    assert report.events[0].fatalities_acled == 5
    assert report.events[0].location.country == "Niger"
