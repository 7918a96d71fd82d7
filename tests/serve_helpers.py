"""Run ``summarizer serve`` for real: a subprocess on a free loopback port, its log in a file.

The server talks to the in-process ``FakeOpenAIServer``; each test decides the server's
settings through ``SUMMARIZER_*`` variables, the same way a user would.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import requests

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Served:
    """One ``summarizer serve`` process; ``url`` is its base address."""

    def __init__(self, tmp: Path, base_url: str, *, port: int | None = None, **env: Any) -> None:
        self.tmp = tmp
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = tmp / f"serve-{self.port}.log"
        self.env = dict(
            os.environ,
            SUMMARIZER_BASE_URL=base_url,
            SUMMARIZER_MODEL="fake-model",
            OPENAI_API_KEY="sk-upstream-not-a-secret",
            SUMMARIZER_CACHE_DIR=str(tmp / "cache"),
            SUMMARIZER_TIMEOUT="10",
            SUMMARIZER_MAX_RETRIES="1",
            PYTHONUNBUFFERED="1",
        )
        self.env.update({k: str(v) for k, v in env.items()})
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 120.0) -> Served:  # generous: the gazetteer warms up first, slow on a busy machine
        cmd = [sys.executable, "-m", "summarizer.cli", "serve", "--host", "127.0.0.1", "--port", str(self.port)]
        with self.log.open("ab") as log:
            self.proc = subprocess.Popen(cmd, env=self.env, stdout=log, stderr=subprocess.STDOUT, cwd=ROOT)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"serve exited with {self.proc.returncode}: {self.log.read_text()[-2000:]}")
            try:
                if requests.get(self.url + "/readyz", timeout=5).status_code == 200:
                    return self
            except requests.RequestException:
                pass
            time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"serve did not become ready: {self.log.read_text()[-2000:]}")

    def kill9(self) -> None:
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(10)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)

    def __enter__(self) -> Served:
        # ``with srv.start(...)`` has started it already: never a second process (it leaked)
        return self if self.proc is not None and self.proc.poll() is None else self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def get(self, path: str, **kw: Any) -> requests.Response:
        return requests.get(self.url + path, timeout=kw.pop("timeout", 30), **kw)

    def post(self, path: str, **kw: Any) -> requests.Response:
        return requests.post(self.url + path, timeout=kw.pop("timeout", 30), **kw)

    def delete(self, path: str, **kw: Any) -> requests.Response:
        return requests.delete(self.url + path, timeout=kw.pop("timeout", 30), **kw)

    def wait_batch(self, batch_id: str, headers: dict[str, str] | None = None, timeout: float = 60) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            st: dict[str, Any] = self.get(f"/v1/batches/{batch_id}", headers=headers).json()
            if st["pending"] == 0:
                return st
            time.sleep(0.2)
        raise AssertionError(f"batch {batch_id} not finished: {st}")
