"""API keys: loaded once, kept only as SHA-256 digests, checked in constant time.

A key is read from ``SUMMARIZER_API_KEYS`` (comma-separated) or a file (one a line), hashed
at once, and the clear text dropped. A presented key is hashed and compared with
``hmac.compare_digest`` against every stored digest (no early exit), so timing says
nothing about how close a guess was. Neither the key nor its digest is ever logged or
echoed; batches and rate limits are keyed by a short tag derived from the digest.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
from pathlib import Path

__all__ = ["KeyRing", "is_loopback", "presented_key"]


def _digest(key: str) -> bytes:
    return hashlib.sha256(key.encode("utf-8")).digest()


class KeyRing:
    """The accepted keys, as digests."""

    def __init__(self, keys: list[str]) -> None:
        self._digests = [_digest(k) for k in {k.strip() for k in keys} if k]

    @classmethod
    def load(cls, keys: str | None, keys_file: Path | None) -> KeyRing:
        """Keys from a comma-separated setting and/or a file (``#`` starts a comment)."""
        found = [k for k in (keys or "").split(",") if k.strip()]
        if keys_file is not None:
            try:
                lines = keys_file.read_text(encoding="utf-8").splitlines()
            except OSError as exc:
                raise ValueError(f"cannot read the API keys file {keys_file}: {exc.strerror or exc}") from None
            found += [ln.split("#", 1)[0].strip() for ln in lines]
        return cls([k for k in found if k.strip()])

    @property
    def enabled(self) -> bool:
        return bool(self._digests)

    def owner(self, key: str | None) -> str | None:
        """The caller's tag if ``key`` is accepted, else None (always None without keys)."""
        if key is None or not self._digests:
            return None
        presented = _digest(key)
        match = False
        for d in self._digests:
            match |= hmac.compare_digest(presented, d)
        if not match:
            return None
        # a tag, not the digest: enough to tell callers apart in the store and the limiter
        return "k_" + hashlib.sha256(b"owner:" + presented).hexdigest()[:16]


def presented_key(authorization: str | None, x_api_key: str | None) -> str | None:
    """The key from ``Authorization: Bearer <key>`` or ``X-API-Key: <key>``."""
    if x_api_key:
        return x_api_key.strip()
    if authorization:
        scheme, _, value = authorization.partition(" ")
        if scheme.lower() == "bearer" and value.strip():
            return value.strip()
    return None


def is_loopback(host: str) -> bool:
    """True for 127.0.0.0/8, ::1 and ``localhost``: addresses other machines cannot reach."""
    if host.lower() in {"localhost", "localhost.localdomain"}:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
