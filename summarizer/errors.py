"""Exceptions raised by summarizer.

    SummarizerError
    ├── InputError        the article itself is unusable (empty, binary, not UTF-8, missing file)
    ├── ModelFileError    the embedded GGUF cannot be assembled or fails its checksum
    └── BackendError      the model could not be reached or gave no valid answer in time
        ├── InvalidOutputError  answers kept failing validation after the bounded re-asks
        └── BudgetExceeded      the article ran past its time budget (SUMMARIZER_ARTICLE_BUDGET)

Callers catch ``SummarizerError`` to record a per-article failure and carry on with a batch.
"""

from __future__ import annotations


class SummarizerError(Exception):
    """Base class: every error this package raises on purpose."""


class InputError(SummarizerError, ValueError):
    """The input article cannot be processed; the message says why in plain words."""


class ModelFileError(SummarizerError):
    """The embedded model file is missing, incomplete or does not match its checksum."""


class BackendError(SummarizerError):
    """The model backend failed (unreachable, timed out, or answered with an error)."""


class InvalidOutputError(BackendError):
    """The model's answers did not validate against the schema within the allowed re-asks."""


class BudgetExceeded(BackendError):
    """The article used up its time budget (``Settings.article_budget``) before the model
    finished; raised instead of waiting on an answer that may never come."""
