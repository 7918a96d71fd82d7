"""A per-article time budget, visible to every backend call made for that article.

``summarize`` opens the budget; the backends read the deadline from here (a context
variable, so concurrent batch threads each see their own article's deadline) and stop an
answer that runs past it: the embedded model checks between tokens, the HTTP backend
shortens its request timeout and stops retrying. This keeps the ``Backend.complete``
signature unchanged for every backend and test double.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from .errors import BudgetExceeded

__all__ = ["article_budget", "check", "deadline", "remaining"]

_DEADLINE: ContextVar[tuple[float, float] | None] = ContextVar("summarizer_article_deadline", default=None)


@contextmanager
def article_budget(seconds: float | None) -> Iterator[None]:
    """Give the code inside ``seconds`` of wall time (None or <= 0: no budget)."""
    value = (time.monotonic() + seconds, seconds) if seconds and seconds > 0 else None
    token = _DEADLINE.set(value)
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def deadline() -> float | None:
    """The ``time.monotonic()`` value at which the current article's budget ends."""
    value = _DEADLINE.get()
    return value[0] if value else None


def remaining() -> float | None:
    """Seconds left in the current article's budget (None: no budget)."""
    value = _DEADLINE.get()
    return None if value is None else value[0] - time.monotonic()


def check(doing: str) -> None:
    """Raise :class:`BudgetExceeded` when the budget is spent, naming what was under way."""
    value = _DEADLINE.get()
    if value is not None and time.monotonic() >= value[0]:
        raise BudgetExceeded(
            f"article stopped after its time budget of {value[1]:g} s ({doing}); "
            "raise SUMMARIZER_ARTICLE_BUDGET / --budget, or 0 for none"
        )
