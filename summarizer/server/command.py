"""The ``summarizer serve`` sub-command: options, the exposure check, and uvicorn."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from summarizer import ServerSettings

from ..options import add_backend_options, settings_from_args
from .auth import KeyRing, is_loopback

__all__ = ["add_arguments", "exposure_problem", "run"]


def add_arguments(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("server (each also a SUMMARIZER_* variable, e.g. SUMMARIZER_PORT)")
    g.add_argument("--host", help="address to listen on (default 127.0.0.1; anything else needs API keys)")
    g.add_argument("--port", type=int, help="port (default 8000)")
    g.add_argument(
        "--api-keys-file",
        type=Path,
        help="file with one API key a line (or SUMMARIZER_API_KEYS=k1,k2; keys are never given as flags)",
    )
    g.add_argument("--max-body-bytes", type=int, help="largest request body (default 2000000)")
    g.add_argument("--rate-limit", type=int, help="requests a minute per key or client (default 600; 0 = none)")
    g.add_argument("--queue-size", type=int, help="requests allowed to wait for the model (default 16)")
    g.add_argument("--concurrency", type=int, help="articles at once with a remote backend (default 4)")
    g.add_argument("--deadline", type=float, help="seconds /v1/extract waits for a report (default 300)")
    g.add_argument("--cors-origins", help="comma-separated origins allowed by CORS (default: CORS off)")
    g.add_argument("--jobs-db", type=Path, help="the batch store (default: jobs.sqlite in the cache folder)")
    g.add_argument("--log-level", default="info", choices=["debug", "info", "warning", "error"])
    add_backend_options(p)


def exposure_problem(server: ServerSettings, keys: KeyRing) -> str | None:
    """Why these settings must not start (a server reachable by others without keys), or None."""
    if keys.enabled or is_loopback(server.host):
        return None
    return (
        f"refusing to listen on {server.host} without API keys: anyone who can reach it could use it. "
        "Set SUMMARIZER_API_KEYS (comma-separated) or --api-keys-file, or listen on 127.0.0.1."
    )


def run(args: argparse.Namespace) -> int:
    import uvicorn

    from .app import create_app

    settings = settings_from_args(args)
    server = ServerSettings.from_env(
        host=args.host,
        port=args.port,
        api_keys_file=args.api_keys_file,
        max_body_bytes=args.max_body_bytes,
        rate_limit=args.rate_limit,
        queue_size=args.queue_size,
        concurrency=args.concurrency,
        deadline=args.deadline,
        cors_origins=args.cors_origins,
        jobs_db=args.jobs_db,
    )
    try:
        keys = KeyRing.load(server.api_keys, server.api_keys_file)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    why = exposure_problem(server, keys)
    if why:
        print(f"error: {why}", file=sys.stderr)
        return 2
    logging.basicConfig(level=args.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    log = logging.getLogger("summarizer.server")
    shown = {k: v for k, v in server.describe().items() if v is not None}
    log.info("serving on http://%s:%d with %s; %s", server.host, server.port, settings.backend, shown)
    app = create_app(settings, server)
    uvicorn.run(
        app,
        host=server.host,
        port=server.port,
        log_level=args.log_level,
        server_header=False,
        timeout_graceful_shutdown=10,
    )
    return 0
