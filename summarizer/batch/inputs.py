"""Reading articles for a batch: a JSONL file (one article per line) or a folder of files.

:func:`jsonl_items` is the one JSONL line reader: the batch command and the page's upload
(``ui/inputs.py``) both read articles with it, each turning a bad line into a failed
article of its own rather than stopping.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from . import _Job, normalize_article

__all__ = ["TEXT_SUFFIXES", "jsonl_items", "read_articles", "read_inputs"]

TEXT_SUFFIXES = (".txt", ".html", ".htm", ".md")


def jsonl_items(lines: Iterable[str]) -> Iterator[tuple[int, Any, str | None]]:
    """(line number, parsed value, None) per non-blank line, or (line number, None, why not JSON)."""
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            yield n, json.loads(line), None
        except json.JSONDecodeError as exc:
            yield n, None, exc.msg


def read_articles(path: Path | str) -> list[dict[str, Any]]:
    """Articles of a JSONL file or a folder, as ``{"id", "text", "meta"}`` for ``summarize_many``.

    Lines that are not JSON are skipped here; ``summarizer batch`` reports them as failures.
    """
    return [
        {"id": job.id, "text": job.text, "meta": job.meta}
        for job in read_inputs(Path(path))
        if job.problem is None and job.text is not None
    ]


def read_inputs(path: Path) -> list[_Job]:
    """Jobs from a JSONL file (one object or string per line) or a directory of text files.

    A directory laid out like a gold set (``articles/`` + ``labels/``) takes each article's
    meta from ``labels/<id>.json``; otherwise a ``<stem>.meta.json`` beside a text file
    gives its meta. A JSONL line that is not JSON becomes a failed article of its own
    (id ``line-<n>``), so one broken line does not stop the batch.
    """
    if path.is_dir():
        return _read_dir(path)
    jobs: list[_Job] = []
    with open(path, encoding="utf-8", errors="replace") as f:
        for n, item, error in jsonl_items(f):
            source = f"{path.name}:{n}"
            if error is not None:
                jobs.append(_Job(len(jobs), f"line-{n}", None, {}, source, f"line {n} is not JSON: {error}"))
                continue
            jobs.append(normalize_article(item, len(jobs), source))
    return jobs


def _read_dir(path: Path) -> list[_Job]:
    articles = path / "articles" if (path / "articles").is_dir() else path
    labels = path / "labels" if (path / "labels").is_dir() else None
    jobs: list[_Job] = []
    for file in sorted(p for p in articles.iterdir() if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES):
        meta: dict[str, Any] = {}
        sidecar = labels / f"{file.stem}.json" if labels else file.with_suffix(".meta.json")
        if sidecar.is_file():
            try:
                data = json.loads(sidecar.read_text(encoding="utf-8"))
                meta = data.get("meta", data) if isinstance(data, dict) else {}
            except (OSError, json.JSONDecodeError):
                meta = {}
        item = {"id": file.stem, "text": file.read_bytes(), "meta": meta}
        jobs.append(normalize_article(item, len(jobs), str(file)))
    return jobs
