"""Run a system over a gold folder and score every article.

The system is any ``extract(text, meta, id) -> Report`` callable — the LLM pipeline, the
rule-based floor, or a test double — so the runner never knows which model it drives.
The gold ``meta`` is passed in because FORMAT.md defines it as input (articles rarely
print their own year). A failure on one article is recorded and the run goes on: a
crash is a schema-invalid answer, not a reason to lose the other scores.
"""

from __future__ import annotations

import time
import traceback
import zlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError
from tqdm import tqdm

from summarizer.evaluation.gold import GoldItem, load_gold
from summarizer.evaluation.metrics import Tally, add_tallies, reduce_scores
from summarizer.evaluation.scoring import ArticleScore, score_article
from summarizer.evaluation.summary import Checker
from summarizer.schema import ArticleMeta, Report

Extractor = Callable[[str, ArticleMeta, str], Report]


@dataclass
class ArticleResult:
    """One article's prediction (None when the run failed), timing and score."""

    id: str
    report: Report | None
    score: ArticleScore
    error: str | None = None
    seconds: float = 0.0


@dataclass
class EvalResult:
    """A system's results on a gold set: per article, and reduced to one score per metric."""

    name: str
    articles: list[ArticleResult]
    scores: dict[str, float | None] = field(default_factory=dict)
    tallies: dict[str, Tally] = field(default_factory=dict)


def collect(name: str, articles: list[ArticleResult]) -> EvalResult:
    """Reduce per-article scores into the system's scores."""
    tallies = add_tallies(a.score.tallies for a in articles)
    return EvalResult(name=name, articles=articles, scores=reduce_scores(tallies), tallies=tallies)


def evaluate(
    items: Iterable[GoldItem],
    reports: Mapping[str, Report | None],
    *,
    name: str = "system",
    checker: Checker | None = None,
) -> EvalResult:
    """Score ready-made predictions (by article id; a missing id counts as a failed run)."""
    articles = []
    for item in items:
        report = reports.get(item.id)
        error = None if report is not None else "no prediction"
        score = score_article(item, report, error=error, checker=checker)
        articles.append(ArticleResult(id=item.id, report=report, score=score, error=error))
    return collect(name, articles)


def run_one(item: GoldItem, extract: Extractor) -> tuple[Report | None, str | None, float]:
    """(report, error, seconds) for one article; any exception becomes an error string."""
    started = time.perf_counter()
    try:
        raw = extract(item.text, item.label.meta, item.id)
        # Re-validate: a system may build a Report with model_construct or mutate it.
        report = Report.model_validate(raw.model_dump() if isinstance(raw, Report) else raw)
        return report, None, time.perf_counter() - started
    except ValidationError as exc:
        return None, f"invalid report: {exc.error_count()} validation errors", time.perf_counter() - started
    except Exception as exc:  # any failure of the system under test is a score
        frames = traceback.extract_tb(exc.__traceback__)
        where = f" at {frames[-1].filename}:{frames[-1].lineno}" if frames else ""
        return None, f"{type(exc).__name__}: {exc}{where}", time.perf_counter() - started


def in_sample(article_id: str, n: int) -> bool:
    """Whether an article belongs to the 1-in-``n`` sample: decided by its id alone (CRC-32,
    the same on every machine and Python), never by its rank among the others."""
    return n == 1 or zlib.crc32(article_id.encode("utf-8")) % n == 0


def run_eval(
    gold_dir: str | Path,
    extract: Extractor,
    *,
    limit: int | None = None,
    every: int = 1,
    sample: int = 1,
    progress: bool = True,
    name: str = "system",
    checker: Checker | None = None,
) -> EvalResult:
    """Run ``extract`` on every gold article (the first ``limit`` by id) and score it.

    ``every=N`` keeps every N-th article by id, the first included: a sample spread over
    the whole set (sources, languages, years), for a machine where the embedded model
    needs ~50 s per article and the full set does not fit a CI run.

    ``sample=N`` keeps the articles whose id hashes to 0 modulo N (:func:`in_sample`): about
    one in N, and a gold set that grows only adds articles to it. CI's gate uses it, so a
    new gold article never shifts the sample onto articles its baseline has never seen.
    """
    if every < 1 or sample < 1:
        raise ValueError(f"every and sample must be 1 or more, not {every} and {sample}")
    items = [item for item in load_gold(gold_dir)[::every] if in_sample(item.id, sample)]
    if limit is not None:
        items = items[:limit]
    articles = []
    for item in tqdm(items, desc=f"eval {name}", unit="article", disable=not progress):
        report, error, seconds = run_one(item, extract)
        score = score_article(item, report, error=error, seconds=seconds, checker=checker)
        articles.append(ArticleResult(id=item.id, report=report, score=score, error=error, seconds=seconds))
    return collect(name, articles)
