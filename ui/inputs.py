"""Turning what the user typed or uploaded into articles the pipeline can take.

Uploads are bytes of unknown quality (a PDF renamed .txt, a JSONL file with one broken
line), so every failure here becomes a named, per-item ``InputError`` instead of an
exception that would end the whole page or the whole batch.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any

from summarizer import ArticleMeta, InputError, clean_input, jsonl_items

#: file kinds the single-article uploader accepts
ARTICLE_SUFFIXES = ("txt", "html", "htm")
#: metadata keys a JSONL line may carry besides ``id`` and ``text``
META_KEYS = ("title", "published", "outlet", "language", "url")


def article_text(raw: str | bytes) -> str:
    """The cleaned text the pipeline will see; its offsets are the ones evidence spans use.

    The page highlights evidence by character offsets, so it must display exactly the
    text the pipeline aligned against: both go through ``clean_input``.
    """
    return clean_input(raw)


def build_meta(
    *,
    published: dt.date | None = None,
    outlet: str | None = None,
    url: str | None = None,
    title: str | None = None,
) -> ArticleMeta | None:
    """ArticleMeta from the optional form fields; None when the user gave nothing."""
    outlet, url, title = ((v or "").strip() or None for v in (outlet, url, title))
    if published is None and outlet is None and url is None and title is None:
        return None
    return ArticleMeta(published=published, outlet=outlet, url=url, title=title)


@dataclass
class Article:
    """One article of a batch, ready for ``summarize``."""

    id: str
    text: str
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass
class Failure:
    """An item that produced no report, with the reason shown to the user."""

    id: str
    error: str


def _stem(name: str) -> str:
    return PurePath(name).stem or name


def parse_jsonl(name: str, data: bytes) -> tuple[list[Article], list[Failure]]:
    """Articles from a JSONL upload; each bad line is one failure, the rest still run."""
    articles: list[Article] = []
    failures: list[Failure] = []
    seen: set[str] = set()
    # bytes lines: a line that is not UTF-8 fails alone, with its line number (the batch rule)
    for lineno, obj, error in jsonl_items(data.splitlines()):
        fallback_id = f"{_stem(name)}:{lineno}"
        if error is not None:
            failures.append(Failure(fallback_id, f"line {lineno}: {error}"))
            continue
        if not isinstance(obj, dict):
            failures.append(Failure(fallback_id, f"line {lineno} is not a JSON object"))
            continue
        art_id = str(obj.get("id") or fallback_id)
        if art_id in seen:
            art_id = f"{art_id}#{lineno}"
        seen.add(art_id)
        text = obj.get("text")
        if not isinstance(text, str) or not text.strip():
            failures.append(Failure(art_id, f'line {lineno} has no "text"'))
            continue
        meta = {k: obj[k] for k in META_KEYS if obj.get(k) not in (None, "")}
        articles.append(Article(art_id, text, meta))
    if not articles and not failures:
        failures.append(Failure(name, "the file holds no articles"))
    return articles, failures


def collect_uploads(files: list[tuple[str, bytes]]) -> tuple[list[Article], list[Failure]]:
    """Articles from the batch uploads: ``.jsonl`` files line by line, others one each.

    A text file that cannot be read (binary, not UTF-8, empty) becomes a failure here so
    it is listed next to the model's failures rather than stopping the batch.
    """
    articles: list[Article] = []
    failures: list[Failure] = []
    for name, data in files:
        if name.lower().endswith(".jsonl"):
            good, bad = parse_jsonl(name, data)
            articles += good
            failures += bad
            continue
        try:
            text = article_text(data)
        except InputError as exc:
            failures.append(Failure(_stem(name), str(exc)))
            continue
        articles.append(Article(_stem(name), text))
    return articles, failures
