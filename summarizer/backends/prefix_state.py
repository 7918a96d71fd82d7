"""The embedded model's state after reading the fixed system prompt, kept on disk.

Every article's prompt starts with the same ~1,700 tokens (the codebook in the system
message, rendered by the model's chat template). Reading them costs 10-30 s on two cores,
and a fresh process (``summarizer extract``, the page's first extraction, the first
article of a batch or eval) used to pay it every time. The llama.cpp KV cache of sequence
0 after those tokens (``llama_state_seq_get_data``: the keys and values only, no logits,
~28 KB per token for the 1.5B model) is saved once and loaded in a fraction of a second.

A state is only valid for the exact model weights, the exact prefix tokens (so the prompt
text, its version and the chat template), the context size and batch size it was computed
with, and the llama.cpp build (version and compiled CPU features change the arithmetic).
All of that goes into the key; the file's header repeats the key and carries the
payload's length and sha256, so a stale, truncated or corrupt file is detected and
rebuilt, never loaded. Thread count is not in the key: it does not change the values.

File layout: ``MAGIC`` (8 bytes), header length (8 bytes, little endian), header (JSON),
payload. Written to a temporary file and renamed, so a crash never leaves a torn file
under the final name.
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

__all__ = ["FORMAT", "PrefixState", "StateProblem", "read_state", "state_key", "state_path", "write_state"]

FORMAT = 1
MAGIC = b"SUMPFX\x00\x01"
#: states of other prompts / models kept beside the current one (each is tens of MB)
KEEP = 3


class StateProblem(Exception):
    """The state file cannot be used; the message says why (it is then rebuilt)."""


@dataclass(frozen=True)
class PrefixState:
    tokens: list[int]
    data: bytes


def state_key(
    *,
    model_id: str,
    prefix_tokens: Sequence[int],
    n_ctx: int,
    n_batch: int,
    llama_version: str,
    system_info: str,
) -> str:
    """The sha256 that names one valid state: everything that changes its bytes."""
    parts = {
        "format": FORMAT,
        "model": model_id,
        "prefix": hashlib.sha256(json.dumps(list(prefix_tokens)).encode()).hexdigest(),
        "n_prefix": len(prefix_tokens),
        "n_ctx": n_ctx,
        "n_batch": n_batch,
        "llama_cpp": llama_version,
        "system_info": system_info,
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()


def state_path(cache_dir: Path, key: str) -> Path:
    return cache_dir / "prefix-states" / f"{key[:32]}.state"


def write_state(path: Path, key: str, state: PrefixState) -> None:
    """Write atomically, then drop all but the ``KEEP`` newest other states."""
    header = json.dumps(
        {
            "format": FORMAT,
            "key": key,
            "tokens": state.tokens,
            "size": len(state.data),
            "sha256": hashlib.sha256(state.data).hexdigest(),
        }
    ).encode()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".writing-", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(MAGIC)
            f.write(struct.pack("<Q", len(header)))
            f.write(header)
            f.write(state.data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    others = sorted(
        (p for p in path.parent.glob("*.state") if p != path), key=lambda p: p.stat().st_mtime, reverse=True
    )
    for old in others[KEEP:]:
        old.unlink(missing_ok=True)


def read_state(path: Path, key: str) -> PrefixState:
    """The state stored under ``path`` for ``key``; ``StateProblem`` if it is missing,
    for another key, truncated or corrupt."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise StateProblem("no state file yet") from None
    except OSError as exc:
        raise StateProblem(f"cannot read {path}: {exc}") from exc
    if raw[: len(MAGIC)] != MAGIC or len(raw) < len(MAGIC) + 8:
        raise StateProblem("not a prefix state file")
    (header_len,) = struct.unpack("<Q", raw[len(MAGIC) : len(MAGIC) + 8])
    start = len(MAGIC) + 8
    try:
        header = json.loads(raw[start : start + header_len])
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise StateProblem("header is damaged") from None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise StateProblem("written by another format version")
    if header.get("key") != key:
        raise StateProblem("made for another model, prompt or llama.cpp build (stale key)")
    data = raw[start + header_len :]
    if len(data) != header.get("size"):
        raise StateProblem(f"truncated: {len(data)} of {header.get('size')} bytes")
    if hashlib.sha256(data).hexdigest() != header.get("sha256"):
        raise StateProblem("checksum mismatch")
    tokens = header.get("tokens")
    if not isinstance(tokens, list) or not all(isinstance(t, int) for t in tokens):
        raise StateProblem("header has no token list")
    return PrefixState(tokens=tokens, data=data)
