"""summarizer: conflict-news articles to typed ACLED/UCDP event records and neutral summaries.

This module is the public API: the names in ``__all__`` are what the command line, the page
(``ui/``) and the benchmarks use, and what is kept stable. Everything else is internal and
may move (``tests/test_public_api.py`` checks the list; ``pyproject.toml``
``[tool.importlinter]`` checks that the front ends import nothing else).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .backends import Backend, get_backend
from .breaker import CircuitBreaker
from .errors import (
    BackendError,
    BackendUnavailable,
    BudgetExceeded,
    InputError,
    InvalidOutputError,
    ModelFileError,
    SummarizerError,
    redact,
)
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
from .settings import ServerSettings, Settings
from .text import clean_input

if TYPE_CHECKING:
    from .batch import BatchResult, summarize_many
    from .batch.inputs import jsonl_items, read_articles
    from .evaluation.labels import gold_label_problems, save_gold_label
    from .evaluation.runner import run_eval
    from .evaluation.table import ROWS as EVAL_ROWS
    from .geo import locate
    from .geo.regions import admin1_centroid
    from .merge import MergedEvent, merge_reports, read_reports
    from .pipeline import prepare, summarize
    from .review import CODEBOOK, actor_suggestions, recount_totals, report_to_label, reviewed_actor

__all__ = [
    "CODEBOOK",
    "CSV_COLUMNS",
    "EVAL_ROWS",
    "MODEL_NAME",
    "SCHEMA_VERSION",
    "Actor",
    "ArticleMeta",
    "Backend",
    "BackendError",
    "BackendUnavailable",
    "BatchResult",
    "BudgetExceeded",
    "CircuitBreaker",
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
    "ServerSettings",
    "Settings",
    "SummarizerError",
    "actor_suggestions",
    "admin1_centroid",
    "clean_input",
    "embedded_model_path",
    "get_backend",
    "gold_label_problems",
    "jsonl_items",
    "locate",
    "merge_reports",
    "prepare",
    "read_articles",
    "read_reports",
    "recount_totals",
    "redact",
    "report_to_label",
    "reports_to_csv",
    "reviewed_actor",
    "run_eval",
    "save_gold_label",
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
    # reviewing a report by hand and saving it as gold (the page's review view)
    "CODEBOOK": ("review", "CODEBOOK"),
    "actor_suggestions": ("review", "actor_suggestions"),
    "recount_totals": ("review", "recount_totals"),
    "reviewed_actor": ("review", "reviewed_actor"),
    "report_to_label": ("review", "report_to_label"),
    "admin1_centroid": ("geo.regions", "admin1_centroid"),
    "gold_label_problems": ("evaluation.labels", "gold_label_problems"),
    "save_gold_label": ("evaluation.labels", "save_gold_label"),
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
