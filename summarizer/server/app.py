"""The application factory: one :class:`Service` (engine, store, limits, metrics) per app.

``create_app`` builds a FastAPI app whose lifespan starts the workers (loading the model
in the worker that owns it), resumes stored batches, and stops both on shutdown. Every
error leaves as an ``application/problem+json`` document; an unexpected one is logged
here with its traceback and answered with a fixed text, never the traceback.
"""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from summarizer import ServerSettings, Settings

from .auth import KeyRing
from .batches import Dispatcher
from .engine import Engine
from .limits import BodyLimit, RateLimiter
from .metrics import Metrics
from .store import JobStore

__all__ = ["ApiError", "Service", "create_app", "problem"]

log = logging.getLogger("summarizer.server")

PROBLEM = "application/problem+json"


class ApiError(Exception):
    """An error the API answers with a problem document (and optional headers)."""

    def __init__(self, status: int, title: str, detail: str | None = None, headers: dict[str, str] | None = None):
        super().__init__(detail or title)
        self.status, self.title, self.detail, self.headers = status, title, detail, headers or {}


def problem(status: int, title: str, detail: str | None = None, headers: dict[str, str] | None = None) -> JSONResponse:
    body: dict[str, Any] = {"type": "about:blank", "title": title, "status": status}
    if detail:
        body["detail"] = detail
    return JSONResponse(body, status_code=status, media_type=PROBLEM, headers=headers)


@dataclass
class Service:
    """Everything one running app owns."""

    settings: Settings
    server: ServerSettings
    keys: KeyRing
    metrics: Metrics = field(default_factory=Metrics)
    engine: Engine | None = None
    store: JobStore | None = None
    dispatcher: Dispatcher | None = None
    #: durable batches on (off where replicas would not share one store: Ray Serve)
    batches: bool = True
    limiter: RateLimiter = field(init=False)

    def __post_init__(self) -> None:
        self.limiter = RateLimiter(self.server.rate_limit)

    def start(self) -> None:
        self.engine = Engine(
            self.settings,
            concurrency=self.server.concurrency,
            queue_size=self.server.queue_size,
            on_report=self.metrics.record_report,
        )
        engine = self.engine
        self.metrics.bind_queue(lambda: engine.depth, lambda: engine.busy)
        self.engine.start()
        if not self.batches:
            return
        path = self.server.jobs_db or (self.settings.cache_dir / "jobs.sqlite")
        self.store = JobStore(path)
        self.dispatcher = Dispatcher(
            self.store,
            self.engine,
            self.metrics,
            breaker_threshold=self.settings.breaker_threshold,
            pause_seconds=self.server.batch_pause,
        )
        self.dispatcher.start()

    def stop(self) -> None:
        if self.dispatcher is not None:
            self.dispatcher.stop()
        if self.engine is not None:
            self.engine.stop()
        if self.store is not None:
            self.store.close()


class _Observe:
    """ASGI middleware: counts and times every request by route template and status."""

    def __init__(self, app: Any, service: Service, routes: list[Any]) -> None:
        self.app = app
        self.service = service
        self.routes = routes  # the app's own list: routes added later are seen too

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def observe(message: dict[str, Any]) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, observe)
        finally:
            route = self._route(scope)
            m = self.service.metrics
            m.requests.labels(route, scope.get("method", ""), str(status)).inc()
            m.latency.labels(route).observe(time.perf_counter() - started)

    def _route(self, scope: dict[str, Any]) -> str:
        # the router records the matched route in the (shared) scope; else match it here
        path = getattr(scope.get("route"), "path", None)
        if isinstance(path, str):
            return path
        for r in self.routes:
            if isinstance(getattr(r, "path", None), str) and r.matches(scope)[0] == Match.FULL:
                return str(r.path)
        return "(unmatched)"


def create_app(
    settings: Settings | None = None, server: ServerSettings | None = None, *, batches: bool = True
) -> FastAPI:
    """A ready-to-serve app for these settings (both default to the ``SUMMARIZER_*`` environment).

    ``batches=False`` answers the batch endpoints with 501: for deployments whose replicas
    would each have a store of their own (Ray Serve), where a batch id would be unknown to
    the replica the next request reaches.
    """
    from .routes import router

    settings = settings or Settings.from_env()
    server = server or ServerSettings.from_env()
    keys = KeyRing.load(server.api_keys, server.api_keys_file)
    service = Service(settings, server, keys, batches=batches)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        service.start()
        try:
            yield
        finally:
            service.stop()

    app = FastAPI(
        title="summarizer",
        version="1",
        summary="Conflict-news articles to typed ACLED/UCDP event records and neutral summaries.",
        description=(
            "Send an article, get back its event records and a checked summary "
            "(the `Report` of the project's schema). Keys: `Authorization: Bearer <key>` or "
            "`X-API-Key: <key>` when the server has keys. Errors are `application/problem+json`."
        ),
        lifespan=lifespan,
        docs_url="/docs",
        redoc_url=None,
    )
    app.state.service = service
    app.include_router(router)

    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return problem(exc.status, exc.title, exc.detail, exc.headers)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        title = {404: "Not found", 405: "Method not allowed"}.get(exc.status_code, "Request refused")
        return problem(exc.status_code, title, str(exc.detail) if exc.detail else None, dict(exc.headers or {}))

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        # where and what, never the input itself: article text is data, not part of a message
        parts = []
        for err in exc.errors()[:5]:
            loc = ".".join(str(x) for x in err.get("loc", ()) if x != "body") or "body"
            parts.append(f"{loc}: {err.get('msg', 'invalid')}")
        return problem(422, "Invalid request", "; ".join(parts))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.error("internal error on %s %s", request.method, request.url.path, exc_info=exc)
        return problem(500, "Internal error", "the server failed on this request; it has been logged")

    if server.cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(
            CORSMiddleware,
            allow_origins=[o.strip() for o in server.cors_origins.split(",") if o.strip()],
            allow_methods=["GET", "POST", "DELETE"],
            allow_headers=["Authorization", "X-API-Key", "Content-Type", "Idempotency-Key"],
        )
    app.add_middleware(BodyLimit, limit=server.max_body_bytes)
    app.add_middleware(_Observe, service=service, routes=app.router.routes)
    return app
