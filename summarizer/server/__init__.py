"""``summarizer serve``: the extractor as a long-running HTTP service (FastAPI + uvicorn).

A front end like the CLI and the page: it uses only the public API (``summarizer``), which
the import-linter contract in pyproject.toml checks. Modules, smallest first:

* ``models``   the request / response envelopes around the schema's ``Report``
* ``auth``     API keys (hashed, constant-time), loopback detection
* ``limits``   body size limit (ASGI middleware) and the per-caller rate limit
* ``metrics``  Prometheus counters, histogram and gauges
* ``engine``   the workers and the bounded queue in front of the model
* ``store``    durable batches in SQLite (WAL); ``batches`` feeds them to the engine
* ``app``      the app factory, lifespan and problem documents; ``routes`` the endpoints
* ``command``  the ``serve`` sub-command; ``client`` a small client (the page uses it)
* ``ray_serve`` the same app as a Ray Serve deployment (optional, for more than one machine)
"""

from __future__ import annotations

from typing import Any

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    # lazy: `summarizer --help` and the other sub-commands must not import FastAPI
    if name == "create_app":
        from .app import create_app

        return create_app
    raise AttributeError(name)
