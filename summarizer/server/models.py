"""What the HTTP API takes and gives, built on the records of the public schema.

The report itself is :class:`summarizer.Report` unchanged, and the article's meta is
:class:`summarizer.ArticleMeta`; only the envelopes (a request, a batch's status, a problem)
are defined here, so the OpenAPI document is generated from the same models as the rest.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from summarizer import ArticleMeta, Report

__all__ = [
    "ArticleIn",
    "BatchAccepted",
    "BatchStatus",
    "ExtractRequest",
    "Health",
    "Problem",
    "Report",
    "ResultLine",
]

MAX_ID = 200


class ArticleIn(BaseModel):
    """One article: its text (plain or HTML) and what is known about it."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, description="the article, plain text or HTML")
    meta: ArticleMeta = Field(default_factory=ArticleMeta)
    id: str | None = Field(
        default=None,
        max_length=MAX_ID,
        description="your id for the article; default: a hash of the text",
    )


class ExtractRequest(ArticleIn):
    """One article to extract now; ``deadline`` caps the wait (the server's own cap applies too)."""

    deadline: float | None = Field(
        default=None, gt=0, le=3600, description="seconds to wait for the report before giving up (504)"
    )


BatchState = Literal["queued", "running", "done", "cancelled"]


class BatchStatus(BaseModel):
    id: str
    status: BatchState
    total: int
    done: int = Field(description="articles with a report")
    failed: int = Field(description="articles that failed (their reason is in the results)")
    pending: int = Field(description="articles not finished yet (queued or running)")
    cancelled: int = Field(description="articles dropped by a cancel before they ran")
    progress: float = Field(ge=0, le=1, description="finished / total")
    created: float = Field(description="Unix time the batch was accepted")
    finished: float | None = None


class BatchAccepted(BatchStatus):
    """The batch just accepted (or the first one with the same Idempotency-Key)."""

    results: str = Field(description="where its results are read (JSONL)")


class ResultLine(BaseModel):
    """One line of ``GET /v1/batches/{id}/results``: a report, or why the article failed."""

    index: int = Field(description="the article's position in the batch, from 0")
    id: str
    report: Report | None = None
    error: str | None = None
    error_type: str | None = None


class Problem(BaseModel):
    """An error, as RFC 9457 ``application/problem+json``: never a traceback."""

    type: str = "about:blank"
    title: str
    status: int
    detail: str | None = None


class Health(BaseModel):
    status: Literal["ok", "loading", "busy"]
    backend: str
    model_loaded: bool
    queue_depth: int
    queue_size: int
