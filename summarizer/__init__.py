"""summarizer: conflict-news articles to typed ACLED/UCDP event records and neutral summaries.

This module is the public API: the names in ``__all__`` are what the command line, the page
(``ui/``) and the benchmarks use, and what is kept stable. Everything else is internal and
may move (``tests/test_public_api.py`` checks the list; ``pyproject.toml``
``[tool.importlinter]`` checks that the front ends import nothing else).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .backends import Backend, get_backend
from .errors import BackendError, BudgetExceeded, InputError, InvalidOutputError, ModelFileError, SummarizerError
from .export import CSV_COLUMNS, reports_to_csv
from .model_files import MODEL_NAME, embedded_model_path
from .schema import (
    SCHEMA_VERSION,
    Actor,
    ArticleMeta,
    DateSpan,
    Event,
    FatalityClaim,
    GoldLabel,
    Location,
    Report,
)
from .settings import Settings
from .text import clean_input

if TYPE_CHECKING:
    from .batch import BatchResult, summarize_many
    from .batch.inputs import jsonl_items, read_articles
    from .evaluation.runner import run_eval
    from .evaluation.table import ROWS as EVAL_ROWS
    from .geo import locate
    from .merge import MergedEvent, merge_reports, read_reports
    from .pipeline import prepare, summarize

__all__ = [
    "CSV_COLUMNS",
    "EVAL_ROWS",
    "MODEL_NAME",
    "SCHEMA_VERSION",
    "Actor",
    "ArticleMeta",
    "Backend",
    "BackendError",
    "BatchResult",
    "BudgetExceeded",
    "DateSpan",
    "Event",
    "FatalityClaim",
    "GoldLabel",
    "InputError",
    "InvalidOutputError",
    "Location",
    "MergedEvent",
    "ModelFileError",
    "Report",
    "Settings",
    "SummarizerError",
    "clean_input",
    "embedded_model_path",
    "get_backend",
    "jsonl_items",
    "locate",
    "merge_reports",
    "prepare",
    "read_articles",
    "read_reports",
    "reports_to_csv",
    "run_eval",
    "summarize",
    "summarize_many",
]

# Imported on first use: importing the package must not pull in llama.cpp, geonames,
# instructor or the evaluation suite.
_LAZY = {
    "summarize": ("pipeline", "summarize"),
    "prepare": ("pipeline", "prepare"),
    "summarize_many": ("batch", "summarize_many"),
    "BatchResult": ("batch", "BatchResult"),
    "read_articles": ("batch.inputs", "read_articles"),
    "jsonl_items": ("batch.inputs", "jsonl_items"),
    "locate": ("geo", "locate"),
    "MergedEvent": ("merge", "MergedEvent"),
    "merge_reports": ("merge", "merge_reports"),
    "read_reports": ("merge", "read_reports"),
    "run_eval": ("evaluation.runner", "run_eval"),
    "EVAL_ROWS": ("evaluation.table", "ROWS"),
}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module 'summarizer' has no attribute {name!r}")
    import importlib

    module, attr = _LAZY[name]
    value = getattr(importlib.import_module(f"{__name__}.{module}"), attr)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
