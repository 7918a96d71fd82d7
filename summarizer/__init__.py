"""summarizer: conflict-news articles to typed ACLED/UCDP event records and neutral summaries."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .errors import BackendError, InputError, InvalidOutputError, ModelFileError, SummarizerError
from .schema import SCHEMA_VERSION, ArticleMeta, Event, GoldLabel, Report
from .settings import Settings

if TYPE_CHECKING:
    from .pipeline import summarize as summarize

__all__ = [
    "SCHEMA_VERSION",
    "ArticleMeta",
    "BackendError",
    "Event",
    "GoldLabel",
    "InputError",
    "InvalidOutputError",
    "ModelFileError",
    "Report",
    "Settings",
    "SummarizerError",
    "summarize",
    "summarize_many",
]


def __getattr__(name: str) -> Any:
    # Lazy: importing the package must not pull in llama.cpp, geonames or instructor.
    if name == "summarize":
        from .pipeline import summarize

        return summarize
    if name == "summarize_many":
        from .batch import summarize_many

        return summarize_many
    raise AttributeError(name)
