"""Shared fixtures: paths to the gold set and seeds, and one embedded backend per session."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "evals" / "gold"
SEEDS = ROOT / "examples" / "seeds"


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    return GOLD


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def local_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """Embedded-model settings with the answer cache in a fresh folder (a cold run)."""
    from summarizer.settings import Settings

    base = Settings.from_env()
    cache = tmp_path_factory.mktemp("answers")
    # the assembled GGUF stays in the user's cache; only answers start empty. What set-up
    # prepared once (the model's prefix state, the gazetteer store) is copied, not rebuilt
    # (~30 s of model time): copied, so a test that damages its state file damages a copy
    for prepared in ("prefix-states", "gazetteer", "prebuilt"):
        if (Path(base.cache_dir) / prepared).is_dir():
            shutil.copytree(Path(base.cache_dir) / prepared, cache / prepared)
    yield base.with_(backend="local", model=str(_model_path(base)), cache_dir=cache, use_cache=False)


def _model_path(settings: object) -> Path:
    from summarizer.model_files import embedded_model_path

    return embedded_model_path(settings.cache_dir)  # type: ignore[attr-defined]


@pytest.fixture(scope="session")
def local_backend(local_settings: object) -> object:
    from summarizer.backends import get_backend

    return get_backend(local_settings)  # type: ignore[arg-type]


@pytest.fixture
def isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No setting from the developer's shell reaches the test, and the answer cache is the
    test's own: a test of the command line must behave as on a fresh machine."""
    for name in list(os.environ):
        if name.startswith("SUMMARIZER_") or name in ("OPENAI_API_KEY", "OPENAI_BASE_URL"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path / "cache"))
