"""Durable batch output: append-only JSONL that survives a kill, and a lock per output file.

* every record is one complete JSON line, written with a single ``write``, then flushed
  and fsynced before the next one, so a kill leaves at most one torn last line;
* :func:`scan_jsonl` reads the complete lines back and cuts a torn tail;
* :func:`exclusive` holds an advisory lock on ``OUT.lock`` so two runs never append to one
  output (the kernel drops it when the process dies, even by SIGKILL).
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

__all__ = ["DurableWriter", "OutputLocked", "exclusive", "rewrite_atomically", "scan_jsonl"]


def scan_jsonl(path: Path, *, repair: bool) -> tuple[list[dict[str, Any]], int]:
    """Records on complete lines of ``path``, and how many bytes of torn tail were found.

    With ``repair`` the torn tail is truncated away so appends start on a clean line.
    Lines in the middle that do not parse are skipped (reported on stderr), never fatal.
    """
    if not path.exists():
        return [], 0
    data = path.read_bytes()
    records: list[dict[str, Any]] = []
    good_end = 0
    pos = 0
    while pos < len(data):
        nl = data.find(b"\n", pos)
        if nl < 0:
            break  # no newline: the writer died inside this line
        line = data[pos:nl]
        pos = nl + 1
        if line.strip():
            try:
                rec = json.loads(line)
                if isinstance(rec, dict) and "id" in rec:
                    records.append(rec)
                else:
                    print(f"warning: {path}: line without an id ignored", file=sys.stderr)
            except json.JSONDecodeError:
                if pos >= len(data):
                    pos = good_end  # a torn last line that happens to end in a newline
                    break
                print(f"warning: {path}: unreadable line ignored", file=sys.stderr)
        good_end = pos
    torn = len(data) - good_end
    if torn and repair:
        with open(path, "r+b") as f:
            f.truncate(good_end)
            f.flush()
            os.fsync(f.fileno())
    return records, torn


class DurableWriter:
    """Append-only JSONL where each record is on disk (fsync) before ``write`` returns."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._f: IO[bytes] = open(path, "ab")  # noqa: SIM115 - closed in close()

    def write(self, record: dict[str, Any] | str) -> None:
        line = record if isinstance(record, str) else json.dumps(record, ensure_ascii=False)
        self._f.write(line.encode("utf-8") + b"\n")  # one write: a kill leaves a prefix at worst
        self._f.flush()
        os.fsync(self._f.fileno())

    def close(self) -> None:
        self._f.close()


def rewrite_atomically(path: Path, records: list[dict[str, Any]]) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False).encode("utf-8") + b"\n")
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


class OutputLocked(Exception):
    """Another run holds the output's lock."""


@contextlib.contextmanager
def exclusive(path: Path) -> Iterator[None]:
    """Hold an advisory lock on ``OUT.lock`` so two runs never append to one output.

    The kernel drops the lock when the process dies (even by SIGKILL), so a killed run
    never blocks its resume. The lock belongs to the real file (symlinks and ``..``
    resolved): two runs reaching one output by two paths take the same lock.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    real = path.resolve()
    lock_path = real.with_name(real.name + ".lock")
    with open(lock_path, "w") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            shown = path if real == path.absolute() else f"{path} (= {real})"
            raise OutputLocked(f"another batch is writing {shown} (lock {lock_path})") from None
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
