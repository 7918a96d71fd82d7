"""Score one article: the scorer that composes matching, fields, claims, grounding, summary.

Pure: ``score_article(item, report)`` depends only on its arguments. ``report`` is None
when the system raised or returned something invalid; that article then counts as
schema-invalid and as having predicted nothing (every main event missed, no summary).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from summarizer.evaluation.claims import score_claims, score_death_figures
from summarizer.evaluation.fields import score_fields
from summarizer.evaluation.gold import GoldItem
from summarizer.evaluation.grounding import score_grounding
from summarizer.evaluation.matching import MATCH_THRESHOLD, match_events
from summarizer.evaluation.metrics import Tally, hit, hits
from summarizer.evaluation.summary import Checker, score_summary
from summarizer.schema import Event, Report


@dataclass
class ArticleScore:
    """Everything the report needs about one article."""

    id: str
    tallies: dict[str, Tally] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)
    pairs: list[dict[str, Any]] = field(default_factory=list)
    error: str | None = None

    def add(self, tallies: dict[str, Tally], misses: list[str], prefix: str = "") -> None:
        for name, tally in tallies.items():
            self.tallies[name] = self.tallies.get(name, Tally()) + tally
        self.misses += [prefix + m for m in misses]


def describe(event: Event) -> str:
    """Short label for an event in miss lines: type, date, place."""
    loc = event.location
    where = loc.place or loc.admin1 or loc.country or "?"
    return f"{event.sub_event_type} {event.date.start or '?'} {where}"


def score_article(
    item: GoldItem,
    report: Report | None,
    *,
    error: str | None = None,
    seconds: float | None = None,
    checker: Checker | None = None,
    threshold: float = MATCH_THRESHOLD,
) -> ArticleScore:
    """Score a prediction (None = the run failed) against one gold item."""
    score = ArticleScore(id=item.id, error=error)
    gold = item.label.events
    pred = report.events if report else []
    matching = match_events(pred, gold, threshold)
    n_gold_main = sum(e.salience == "main" for e in gold)
    score.add(
        {
            "event_precision": hits(len(matching.main), matching.scored_predictions),
            "event_recall": hits(len(matching.main), n_gold_main),
        },
        [f"missed main event: {describe(gold[j])}" for j in matching.missed]
        + [f"extra event: {describe(pred[i])}" for i in matching.extra],
    )
    for pair in matching.main:
        label = f"[{describe(gold[pair.gold])}] "
        score.add(*score_fields(pred[pair.pred], gold[pair.gold]), prefix=label)
        score.add(*score_claims(pred[pair.pred].fatality_claims, gold[pair.gold].fatality_claims), prefix=label)
    score.pairs = [
        {"pred": p.pred, "gold": p.gold, "similarity": p.similarity, "gold_salience": gold[p.gold].salience}
        for p in sorted(matching.main + matching.background, key=lambda p: p.pred)
    ]
    score.add(
        score_death_figures([c for e in pred for c in e.fatality_claims], [c for e in gold for c in e.fatality_claims]),
        [],
    )
    score.add(*score_grounding(pred, item.text))
    if n_gold_main == 0:
        predicted_any = any(e.salience == "main" for e in pred)
        score.add({"no_event_correct": hit(not predicted_any), "no_event_false_positive": hit(predicted_any)}, [])
    summary = report.summary.text if report and report.summary else None
    score.add(*score_summary(summary, item.label.summary_facts, item.text, checker))
    score.add(_operations(report, error, seconds), [])
    return score


def _operations(report: Report | None, error: str | None, seconds: float | None) -> dict[str, Tally]:
    """Validity for every article; costs only for articles that produced a report."""
    tallies = {"schema_valid": hit(report is not None and error is None)}
    if report is None:
        return tallies
    prov = report.provenance
    took = prov.total_seconds if prov.total_seconds > 0 else (seconds or 0.0)
    return tallies | {
        "retries": Tally(float(prov.retries), 1),
        "tokens_in": Tally(float(prov.tokens_in), 1),
        "tokens_out": Tally(float(prov.tokens_out), 1),
        "seconds": Tally(took, 1),
    }
