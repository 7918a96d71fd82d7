"""Backends behind one interface; ``get_backend`` builds (and caches) the configured one.

The embedded model takes seconds and ~1.2 GB to load, so one instance per settings is
kept for the life of the process and shared (it serialises calls with its own lock).
Imports are lazy so the openai path never loads llama.cpp and vice versa.
"""

from __future__ import annotations

import threading

from ..settings import Settings
from .base import Backend, Message, Result, Usage

__all__ = ["Backend", "Message", "Result", "Usage", "get_backend", "make_backend"]

_instances: dict[tuple[object, ...], Backend] = {}
_lock = threading.Lock()


def make_backend(settings: Settings) -> Backend:
    """A new backend for these settings, wrapped in the answer cache when it is on."""
    inner: Backend
    if settings.backend == "local":
        from .local import LocalBackend

        inner = LocalBackend(settings)
    elif settings.backend == "openai":
        from .openai_backend import OpenAIBackend

        inner = OpenAIBackend(settings)
    else:
        raise ValueError(f"unknown backend {settings.backend!r} (choose local or openai)")
    if settings.use_cache:
        from ..cache import AnswerCache, CachedBackend

        return CachedBackend(inner, AnswerCache(settings.cache_dir / "answers.sqlite"))
    return inner


def get_backend(settings: Settings) -> Backend:
    """The shared backend for these settings (built on first use)."""
    key = (
        settings.backend,
        settings.model,
        settings.base_url,
        settings.api_key,
        settings.n_ctx,
        settings.n_threads,
        settings.use_cache,
        str(settings.cache_dir),
        settings.timeout,
        settings.connect_timeout,
    )
    with _lock:
        backend = _instances.get(key)
        if backend is None:
            backend = make_backend(settings)
            _instances[key] = backend
        return backend
