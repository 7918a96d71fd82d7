"""A small client for ``summarizer serve``, on the standard library only.

Used by the page (so several analysts share one loaded model) and the benchmark; any
program may use it. It raises :class:`ServiceError` (a ``SummarizerError``) with the
server's problem document, so callers handle a server's refusal like any other failure.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from summarizer import ArticleMeta, Report, SummarizerError

__all__ = ["ServiceClient", "ServiceError"]


class ServiceError(SummarizerError):
    """The server refused or failed a request; ``status`` 0 means it could not be reached."""

    def __init__(self, status: int, title: str, detail: str | None = None, retry_after: int | None = None):
        super().__init__(f"{title} ({status}): {detail}" if detail else f"{title} ({status})")
        self.status, self.title, self.detail, self.retry_after = status, title, detail, retry_after


def _meta(meta: ArticleMeta | Mapping[str, Any] | None) -> dict[str, Any]:
    if meta is None:
        return {}
    if isinstance(meta, ArticleMeta):
        return meta.model_dump(mode="json", exclude_none=True)
    return ArticleMeta.model_validate(dict(meta)).model_dump(mode="json", exclude_none=True)


class ServiceClient:
    def __init__(self, url: str, api_key: str | None = None, *, timeout: float = 900.0) -> None:
        self.url = url.rstrip("/")
        self._key = api_key
        self.timeout = timeout

    def __repr__(self) -> str:  # never the key
        return f"ServiceClient({self.url!r}, key={'set' if self._key else None})"

    def _request(
        self, method: str, path: str, body: bytes | None = None, headers: dict[str, str] | None = None
    ) -> tuple[int, bytes, Any]:
        req = urllib.request.Request(self.url + path, data=body, method=method)
        if body is not None:
            req.add_header("Content-Type", "application/json")
        if self._key:
            req.add_header("Authorization", f"Bearer {self._key}")
        for k, v in (headers or {}).items():
            req.add_header(k, v)
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                return resp.status, resp.read(), resp.headers
        except urllib.error.HTTPError as exc:
            raw = exc.read()
            try:
                doc = json.loads(raw)
                title, detail = str(doc.get("title") or exc.reason), doc.get("detail")
            except (ValueError, AttributeError):
                title, detail = str(exc.reason), raw[:200].decode("utf-8", "replace") or None
            wait = exc.headers.get("Retry-After") if exc.headers else None
            raise ServiceError(exc.code, title, detail, int(wait) if wait and wait.isdigit() else None) from None
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise ServiceError(0, "Server not reachable", f"{self.url}: {reason}") from None

    def _json(self, method: str, path: str, payload: Any = None, headers: dict[str, str] | None = None) -> Any:
        body = None if payload is None else json.dumps(payload, ensure_ascii=False).encode("utf-8")
        _, raw, _ = self._request(method, path, body, headers)
        return json.loads(raw)

    # ---- API ------------------------------------------------------------------------
    def health(self) -> dict[str, Any]:
        out: dict[str, Any] = self._json("GET", "/healthz")
        return out

    def extract(
        self,
        text: str | bytes,
        *,
        meta: ArticleMeta | Mapping[str, Any] | None = None,
        id: str | None = None,
        deadline: float | None = None,
    ) -> Report:
        """One article's report, as ``summarize`` would give it."""
        if isinstance(text, bytes):
            text = text.decode("utf-8", "replace")
        payload: dict[str, Any] = {"text": text, "meta": _meta(meta)}
        if id is not None:
            payload["id"] = id
        if deadline is not None:
            payload["deadline"] = deadline
        return Report.model_validate(self._json("POST", "/v1/extract", payload))

    def submit_batch(
        self, articles: Iterable[Mapping[str, Any]], *, idempotency_key: str | None = None
    ) -> dict[str, Any]:
        items = [{**a, "meta": _meta(a.get("meta"))} for a in articles]
        headers = {"Idempotency-Key": idempotency_key} if idempotency_key else None
        out: dict[str, Any] = self._json("POST", "/v1/batches", items, headers)
        return out

    def batch(self, batch_id: str) -> dict[str, Any]:
        out: dict[str, Any] = self._json("GET", f"/v1/batches/{urllib.parse.quote(batch_id)}")
        return out

    def cancel(self, batch_id: str) -> dict[str, Any]:
        out: dict[str, Any] = self._json("DELETE", f"/v1/batches/{urllib.parse.quote(batch_id)}")
        return out

    def results(self, batch_id: str, *, offset: int = 0, follow: bool = False) -> Iterator[dict[str, Any]]:
        """Result lines from ``offset``; with ``follow`` until the batch is finished."""
        query = urllib.parse.urlencode({"offset": offset, "follow": str(follow).lower()})
        _, raw, _ = self._request("GET", f"/v1/batches/{urllib.parse.quote(batch_id)}/results?{query}")
        for line in raw.decode("utf-8").splitlines():
            if line.strip():
                yield json.loads(line)
