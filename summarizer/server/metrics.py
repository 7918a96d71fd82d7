"""Prometheus metrics of one server, in a registry of its own (several apps in one process,
as in the tests, never share counters). Labels are route templates, never raw paths, so a
caller cannot grow the label set; nothing about the caller (key, address) is a label."""

from __future__ import annotations

from collections.abc import Callable

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST

from summarizer import Report

__all__ = ["CONTENT_TYPE_LATEST", "Metrics"]


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        self.requests = Counter(
            "summarizer_http_requests", "HTTP requests answered", ["route", "method", "status"], registry=r
        )
        self.latency = Histogram(
            "summarizer_http_request_seconds",
            "time to answer an HTTP request",
            ["route"],
            buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300),
            registry=r,
        )
        self.articles = Counter("summarizer_articles", "articles summarised", ["outcome"], registry=r)
        self.tokens_in = Counter("summarizer_tokens_in", "prompt tokens sent to the model", registry=r)
        self.tokens_out = Counter("summarizer_tokens_out", "tokens the model wrote", registry=r)
        self.model_seconds = Counter("summarizer_model_seconds", "seconds spent waiting on the model", registry=r)
        self.cache_hits = Counter(
            "summarizer_cache_hits", "articles answered entirely from the answer cache", registry=r
        )
        self.queue_depth = Gauge("summarizer_queue_depth", "articles waiting for a worker", registry=r)
        self.busy = Gauge("summarizer_workers_busy", "workers running an article", registry=r)
        self.refused = Counter("summarizer_refused", "requests refused before any work", ["reason"], registry=r)

    def bind_queue(self, depth: Callable[[], float], busy: Callable[[], float]) -> None:
        self.queue_depth.set_function(depth)
        self.busy.set_function(busy)

    def record_report(self, report: Report) -> None:
        p = report.provenance
        self.articles.labels("ok").inc()
        self.tokens_in.inc(p.tokens_in)
        self.tokens_out.inc(p.tokens_out)
        self.model_seconds.inc(p.model_seconds)
        if p.cached:
            self.cache_hits.inc()

    def render(self) -> bytes:
        return generate_latest(self.registry)
