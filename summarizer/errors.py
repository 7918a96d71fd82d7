"""Exceptions raised by summarizer.

    SummarizerError
    ├── InputError        the article itself is unusable (empty, binary, not UTF-8, missing
    │                     file, too large, an unreadable publication date)
    ├── ModelFileError    the embedded GGUF cannot be assembled or fails its checksum
    └── BackendError      the model could not be reached or gave no usable answer in time
        ├── BackendUnavailable  unreachable, timed out, or answering 5xx/429 after the retries
        ├── InvalidOutputError  answers kept failing validation after the bounded re-asks
        └── BudgetExceeded      the article ran past its time budget (SUMMARIZER_ARTICLE_BUDGET)

Callers catch ``SummarizerError`` to record a per-article failure and carry on with a batch;
``BackendUnavailable`` is what the circuit breaker counts and what exit code 3 means.

Every message is passed through :func:`redact` when the error is made, so a password in
a URL (``http://user:pass@host/v1``) never reaches a terminal, a log or an errors file.
"""

from __future__ import annotations

import re

#: ``scheme://user:password@`` or ``scheme://token@`` in a URL
_URL_CREDENTIALS = re.compile(r"(?P<scheme>\b[a-zA-Z][a-zA-Z0-9+.-]*://)[^/\s@]+@")
#: ``?api_key=...``-style query parameters
_SECRET_PARAM = re.compile(r"(?i)\b(api[_-]?key|access[_-]?token|token|key|password|secret)=([^&\s]+)")


def redact(text: str) -> str:
    """``text`` with URL credentials and secret query parameters replaced by ``***``.

    Why here: the base URL is the one place a user may put a password, and it is quoted
    in connection errors, reports and the page; one function used by every message keeps
    them all clean.
    """
    if not text or ("@" not in text and "=" not in text):
        return text
    text = _URL_CREDENTIALS.sub(r"\g<scheme>***@", text)
    return _SECRET_PARAM.sub(r"\1=***", text)


class SummarizerError(Exception):
    """Base class: every error this package raises on purpose (messages are redacted)."""

    def __init__(self, *args: object) -> None:
        super().__init__(*(redact(a) if isinstance(a, str) else a for a in args))


class InputError(SummarizerError, ValueError):
    """The input article cannot be processed; the message says why in plain words."""


class ModelFileError(SummarizerError):
    """The embedded model file is missing, incomplete or does not match its checksum."""


class BackendError(SummarizerError):
    """The model backend failed (unreachable, timed out, or answered with an error)."""


class BackendUnavailable(BackendError):
    """The backend could not be reached or kept failing (timeouts, refused connections,
    5xx, 429) after the transport retries: a fault of the server, not of the article."""


class InvalidOutputError(BackendError):
    """The model's answers did not validate against the schema within the allowed re-asks."""


class BudgetExceeded(BackendError):
    """The article used up its time budget (``Settings.article_budget``) before the model
    finished; raised instead of waiting on an answer that may never come."""
