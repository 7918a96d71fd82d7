"""Reading articles for a batch: a JSONL file (one article per line) or a folder of files.

:func:`jsonl_items` is the one JSONL line reader: the batch command and the page's upload
(``ui/inputs.py``) both read articles with it, each turning a bad line into a failed
article of its own rather than stopping.

The UTF-8 rule is the one ``extract`` applies (``text.clean_input``): bytes that are not
UTF-8 are refused with their position, never replaced by U+FFFD. A feed line with such
bytes becomes a failed article of its own naming its line; the other lines still run.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..errors import InputError
from . import _Job, normalize_article

__all__ = ["TEXT_SUFFIXES", "jsonl_items", "read_articles", "read_inputs"]

TEXT_SUFFIXES = (".txt", ".html", ".htm", ".md")


def jsonl_items(lines: Iterable[str | bytes]) -> Iterator[tuple[int, Any, str | None]]:
    """(line number, parsed value, None) per non-blank line, or (line number, None, why not).

    Lines may be ``bytes`` (read in binary): a line that is not UTF-8 is reported with the
    byte position, like every other reader of the package, instead of being altered.
    """
    for n, raw in enumerate(lines, start=1):
        if isinstance(raw, bytes):
            try:
                line = raw.decode("utf-8-sig" if n == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                yield n, None, f"not UTF-8 text (undecodable byte at position {exc.start}); convert it to UTF-8"
                continue
        else:
            line = raw
        if not line.strip():
            continue
        try:
            yield n, json.loads(line), None
        except json.JSONDecodeError as exc:
            yield n, None, f"not JSON: {exc.msg} (column {exc.colno})"
        except RecursionError:
            yield n, None, "not JSON: nested too deeply"


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
    try:
        f = open(path, "rb")  # noqa: SIM115 - closed below; bytes, so the UTF-8 rule is ours
    except OSError as exc:
        raise InputError(f"{path}: cannot read it ({exc.strerror or exc})") from None
    with f:
        for n, item, error in jsonl_items(f):
            source = f"{path.name}:{n}"
            if error is not None:
                jobs.append(_Job(len(jobs), f"line-{n}", None, {}, source, f"{source}: {error}"))
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
            except (OSError, ValueError):  # unreadable, not UTF-8 or not JSON: no meta
                meta = {}
        try:
            text: bytes | None = file.read_bytes()
        except OSError:
            text = None  # reported as a failed article ("no 'text'")
        item = {"id": file.stem, "text": text, "meta": meta}
        jobs.append(normalize_article(item, len(jobs), str(file)))
    return jobs
