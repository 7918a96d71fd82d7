"""The endpoints. Each is thin: check the caller, hand the work to the engine or the store,
and turn the outcome into a response or a problem document."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Query, Request, Response
from fastapi.responses import StreamingResponse
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer
from pydantic import ValidationError

from summarizer import BackendError, InputError, Report, SummarizerError, jsonl_items

from .app import ApiError, Service
from .auth import presented_key
from .batches import article_id
from .engine import DeadlineExceeded, QueueFull, Work
from .metrics import CONTENT_TYPE_LATEST
from .models import ArticleIn, BatchAccepted, BatchStatus, ExtractRequest, Health, Problem

__all__ = ["router"]

router = APIRouter()

_bearer = HTTPBearer(auto_error=False, description="an API key as a bearer token")
_header_key = APIKeyHeader(name="X-API-Key", auto_error=False, description="an API key")


def _problems(*codes: int) -> dict[int | str, dict[str, Any]]:
    text = {
        400: "the body could not be read",
        401: "no valid API key",
        404: "no such batch",
        413: "the body is larger than the limit",
        422: "the request is not valid",
        429: "too many requests, or the queue is full (see Retry-After)",
        502: "the model backend failed",
        503: "the model is not loaded",
        504: "the deadline passed",
    }
    return {
        c: {
            "model": Problem,
            "description": text[c],
            "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}},
        }
        for c in codes
    }


def service(request: Request) -> Service:
    svc: Service = request.app.state.service
    return svc


def caller(
    request: Request,
    bearer: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    x_api_key: Annotated[str | None, Depends(_header_key)],
) -> str:
    """Who is calling (a key tag, or the client address without keys); applies the rate limit."""
    svc = service(request)
    if svc.keys.enabled:
        key = presented_key(f"Bearer {bearer.credentials}" if bearer else None, x_api_key)
        who = svc.keys.owner(key)
        if who is None:
            svc.metrics.refused.labels("auth").inc()
            raise ApiError(
                401,
                "Unauthorized",
                "send a valid API key as 'Authorization: Bearer <key>' or 'X-API-Key: <key>'",
                {"WWW-Authenticate": "Bearer"},
            )
    else:
        who = "anon"
    limited_by = who if svc.keys.enabled else f"ip:{request.client.host if request.client else '?'}"
    wait = svc.limiter.check(limited_by)
    if wait is not None:
        svc.metrics.refused.labels("rate").inc()
        raise ApiError(
            429, "Too many requests", f"the limit is {svc.server.rate_limit} a minute", {"Retry-After": str(wait)}
        )
    return who


Caller = Annotated[str, Depends(caller)]


# ---- one article ----------------------------------------------------------------------
@router.post(
    "/v1/extract",
    response_model=Report,
    summary="Extract the events and a summary of one article",
    responses=_problems(401, 413, 422, 429, 502, 503, 504),
    tags=["extract"],
)
async def extract(body: ExtractRequest, request: Request, who: Caller) -> Response:
    svc = service(request)
    engine = svc.engine
    assert engine is not None
    if engine.load_error is not None:
        raise ApiError(503, "Model unavailable", "the model could not be loaded; see the server log")
    wait = min(body.deadline or svc.server.deadline, svc.server.deadline)
    work = Work(
        text=body.text,
        meta=body.meta.model_dump(exclude_none=True, mode="json"),
        id=body.id,
        deadline=time.monotonic() + wait,
    )
    try:
        future = engine.submit(work)
    except QueueFull as exc:
        svc.metrics.refused.labels("queue").inc()
        raise ApiError(429, "Queue full", str(exc), {"Retry-After": str(exc.retry_after)}) from None
    try:
        report = await asyncio.wait_for(asyncio.wrap_future(future), timeout=wait)
    except (asyncio.TimeoutError, DeadlineExceeded):
        future.cancel()
        svc.metrics.articles.labels("deadline").inc()
        raise ApiError(504, "Deadline passed", f"no report within {wait:g} s") from None
    except InputError as exc:
        svc.metrics.articles.labels("failed").inc()
        raise ApiError(422, "Unusable article", str(exc)) from None
    except BackendError as exc:
        svc.metrics.articles.labels("failed").inc()
        raise ApiError(502, "Model backend failed", str(exc)) from None
    except SummarizerError as exc:
        svc.metrics.articles.labels("failed").inc()
        raise ApiError(422, "Article failed", str(exc)) from None
    # serialised once by pydantic, not validated again on the way out
    return Response(report.model_dump_json(), media_type="application/json")


# ---- batches --------------------------------------------------------------------------
_BATCH_BODY = {
    "requestBody": {
        "required": True,
        "description": 'a JSON list of articles (or {"articles": [...]}), or JSONL: one article a line',
        "content": {
            "application/json": {
                "schema": {
                    "type": "array",
                    "items": {"$ref": "#/components/schemas/ArticleIn"},
                    "minItems": 1,
                    "maxItems": 10_000,
                }
            },
            "application/jsonl": {"schema": {"type": "string", "pattern": "\\S"}},
        },
    }
}

MAX_BATCH = 10_000


def _parse_batch(raw: bytes, content_type: str) -> list[tuple[str, str | None, dict[str, Any], str | None]]:
    try:
        body = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ApiError(400, "Bad body", "the body is not UTF-8") from None
    items: list[tuple[int, Any, str | None]]
    if "json" in content_type and "jsonl" not in content_type and "ndjson" not in content_type:
        try:
            doc = json.loads(body)
        except json.JSONDecodeError as exc:
            raise ApiError(400, "Bad body", f"not JSON: {exc.msg} (line {exc.lineno})") from None
        if isinstance(doc, dict) and isinstance(doc.get("articles"), list):
            doc = doc["articles"]
        if not isinstance(doc, list):
            raise ApiError(422, "Invalid request", "the body must be a list of articles (or JSONL)")
        items = [(i + 1, v, None) for i, v in enumerate(doc)]
    else:
        items = list(jsonl_items(body.splitlines()))
    if not items:
        raise ApiError(422, "Invalid request", "the batch has no articles")
    if len(items) > MAX_BATCH:
        raise ApiError(422, "Invalid request", f"at most {MAX_BATCH} articles a batch")
    out: list[tuple[str, str | None, dict[str, Any], str | None]] = []
    for n, value, bad in items:
        index = len(out)
        if bad is not None:
            out.append((f"line-{n}", None, {}, f"line {n} is not JSON: {bad}"))
            continue
        if isinstance(value, str):
            value = {"text": value}
        try:
            art = ArticleIn.model_validate(value)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(x) for x in first.get("loc", ())) or "item"
            ident = value.get("id") if isinstance(value, dict) and isinstance(value.get("id"), str) else None
            out.append(((ident or f"item-{index}")[:200], None, {}, f"article {index}: {where}: {first.get('msg')}"))
            continue
        meta = art.meta.model_dump(exclude_none=True, mode="json")
        out.append((art.id or article_id(art.text), art.text, meta, None))
    return out


def _store(svc: Service) -> None:
    if svc.store is None:
        raise ApiError(
            501,
            "Batches not available here",
            "this deployment has no shared batch store; send articles to /v1/extract, "
            "or run `summarizer batch` (it can use Ray) for large batches",
        )


def _status(svc: Service, batch_id: str, who: str) -> BatchStatus:
    _store(svc)
    assert svc.store is not None
    row = svc.store.get(batch_id)
    if row is None or row.owner != who:  # another key's batch does not exist for this caller
        raise ApiError(404, "Not found", "no such batch")
    finished = row.total - row.pending
    return BatchStatus(
        id=row.id,
        status=row.status,  # type: ignore[arg-type]
        total=row.total,
        done=row.done,
        failed=row.failed,
        pending=row.pending,
        cancelled=row.cancelled,
        progress=round(finished / row.total, 4) if row.total else 1.0,
        created=row.created,
        finished=row.finished,
    )


@router.post(
    "/v1/batches",
    status_code=202,
    response_model=BatchAccepted,
    summary="Queue many articles; read their results later",
    responses={
        200: {"model": BatchAccepted, "description": "the batch first sent with this Idempotency-Key"},
        **_problems(400, 401, 413, 422, 429),
    },
    openapi_extra=_BATCH_BODY,
    tags=["batches"],
)
async def create_batch(
    request: Request,
    who: Caller,
    idempotency_key: Annotated[str | None, Header(max_length=200)] = None,
) -> Response:
    svc = service(request)
    _store(svc)
    assert svc.store is not None and svc.dispatcher is not None
    articles = _parse_batch(await request.body(), request.headers.get("content-type", "application/json").lower())
    batch_id, created = await asyncio.to_thread(
        svc.store.create, articles, owner=who, idempotency_key=idempotency_key or None
    )
    svc.dispatcher.wake()
    status = _status(svc, batch_id, who)
    body = BatchAccepted(**status.model_dump(), results=f"/v1/batches/{batch_id}/results")
    return Response(
        body.model_dump_json(),
        status_code=202 if created else 200,
        media_type="application/json",
        headers={"Location": f"/v1/batches/{batch_id}"},
    )


@router.get(
    "/v1/batches/{batch_id}",
    response_model=BatchStatus,
    summary="A batch's progress",
    responses=_problems(401, 404, 429),
    tags=["batches"],
)
async def get_batch(batch_id: str, request: Request, who: Caller) -> BatchStatus:
    return _status(service(request), batch_id, who)


@router.get(
    "/v1/batches/{batch_id}/results",
    summary="The batch's results so far, as JSONL, from an offset",
    responses={
        200: {
            "description": "JSONL, one object a line (`index`, `id`, then `report` or `error` and "
            "`error_type`), in the order they finished; "
            "`offset` skips lines already read, so a broken download resumes where it stopped",
            "content": {"application/jsonl": {"schema": {"type": "string"}}},
        },
        **_problems(401, 404, 429),
    },
    tags=["batches"],
)
async def batch_results(
    batch_id: str,
    request: Request,
    who: Caller,
    offset: Annotated[int, Query(ge=0, le=10**9, description="result lines to skip")] = 0,
    follow: Annotated[bool, Query(description="keep the stream open until the batch is finished")] = False,
) -> StreamingResponse:
    svc = service(request)
    _status(svc, batch_id, who)
    store = svc.store
    assert store is not None

    def lines() -> Iterator[bytes]:
        at = offset
        while True:
            page = store.results(batch_id, at, 200)
            for line in page:
                yield line.encode("utf-8") + b"\n"
            at += len(page)
            if page:
                continue
            row = store.get(batch_id)
            if not follow or row is None or row.pending == 0:
                return
            time.sleep(0.25)

    return StreamingResponse(lines(), media_type="application/jsonl")


@router.delete(
    "/v1/batches/{batch_id}",
    response_model=BatchStatus,
    summary="Cancel a batch: articles not started are dropped, results so far are kept",
    responses=_problems(401, 404, 429),
    tags=["batches"],
)
async def cancel_batch(batch_id: str, request: Request, who: Caller) -> BatchStatus:
    svc = service(request)
    _status(svc, batch_id, who)
    assert svc.store is not None
    await asyncio.to_thread(svc.store.cancel, batch_id)
    return _status(svc, batch_id, who)


# ---- operations -----------------------------------------------------------------------
def _health(svc: Service) -> Health:
    engine = svc.engine
    loaded = bool(engine and engine.loaded.is_set() and engine.load_error is None)
    depth = engine.depth if engine else 0
    status = "ok" if loaded else "loading"
    if engine is not None and engine.full:
        status = "busy"
    return Health(
        status=status,  # type: ignore[arg-type]
        backend=svc.settings.backend,
        model_loaded=loaded,
        queue_depth=depth,
        queue_size=svc.server.queue_size,
    )


@router.get("/healthz", response_model=Health, summary="The process is up", tags=["operations"])
async def healthz(request: Request) -> Health:
    return _health(service(request))


@router.get(
    "/readyz",
    response_model=Health,
    summary="Ready for work: the model is loaded and the queue is not full (else 503)",
    responses={503: {"model": Health, "description": "loading, or the queue is full"}},
    tags=["operations"],
)
async def readyz(request: Request, response: Response) -> Health:
    health = _health(service(request))
    if health.status != "ok":
        response.status_code = 503
    return health


@router.get(
    "/metrics",
    summary="Prometheus metrics",
    responses={200: {"content": {"text/plain": {"schema": {"type": "string"}}}, "description": "Prometheus text"}},
    tags=["operations"],
)
async def metrics(request: Request) -> Response:
    return Response(service(request).metrics.render(), media_type=CONTENT_TYPE_LATEST)
