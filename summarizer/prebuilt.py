"""Small derived tables kept as JSON in the user's cache, so a new process reads them in
milliseconds instead of rebuilding them (the country table from ``pycountry`` took 0.3-1.7 s
per process on two cores).

A file is named by the fingerprint of everything it is built from, so a new package
version or data file makes a new file; an unreadable or damaged file is rebuilt, never
trusted. Where the cache is not writable the table is simply built in memory each time.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .settings import user_cache_dir

__all__ = ["cached_json", "prebuilt_dir"]


def prebuilt_dir() -> Path:
    return user_cache_dir() / "prebuilt"


def cached_json(name: str, fingerprint: str, build: Callable[[], Any]) -> Any:
    """``build()``'s JSON-able value, read from the file for ``fingerprint`` when there is one."""
    path = prebuilt_dir() / f"{name}-{fingerprint[:24]}.json"
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(stored, dict) and stored.get("fingerprint") == fingerprint:
            return stored["value"]
    except (OSError, ValueError, KeyError):
        pass
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{name}-", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump({"fingerprint": fingerprint, "value": value}, f, ensure_ascii=False)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except OSError:
        pass
    return value
