"""The eval suite: score a system's reports against a gold folder (FORMAT.md).

Pieces, one job each (inspect_ai's split of dataset / scorer / metric):

- ``gold``       load any gold folder into ``GoldItem`` (id, text, label)
- ``assignment`` optimal one-to-one assignment (Hungarian), no scipy needed
- ``matching``   pair predicted and gold events by similarity over a threshold
- ``compare``    elementary value comparisons shared by every scorer
- ``fields`` / ``claims`` / ``grounding`` / ``summary``   per-article scorers
- ``scoring``    composes the scorers for one article
- ``metrics``    reduces per-article tallies to scores (micro-averages, F1)
- ``runner``     runs a system over a gold folder, catching per-article failures
- ``table`` / ``chart`` / ``report``   text table, PNG chart, report.json / report.md
- ``gate``       the regression gate against ``evals/baseline.json``
- ``command``    the ``summarizer eval`` sub-command
"""

from __future__ import annotations

from summarizer.evaluation.gate import check_against_baseline, load_baseline, write_baseline
from summarizer.evaluation.gold import GoldItem, GoldSetError, gold_to_report, load_gold
from summarizer.evaluation.matching import MATCH_THRESHOLD, match_events, similarity
from summarizer.evaluation.runner import ArticleResult, EvalResult, Extractor, evaluate, run_eval
from summarizer.evaluation.scoring import ArticleScore, score_article

__all__ = [
    "MATCH_THRESHOLD",
    "ArticleResult",
    "ArticleScore",
    "EvalResult",
    "Extractor",
    "GoldItem",
    "GoldSetError",
    "check_against_baseline",
    "evaluate",
    "gold_to_report",
    "load_baseline",
    "load_gold",
    "match_events",
    "run_eval",
    "score_article",
    "similarity",
    "write_baseline",
]
