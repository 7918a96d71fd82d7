"""Is each evidence string really in the article? (the grounding rate)

Evidence exists so a reader can check a record against the source; a sentence the model
paraphrased or invented defeats that. Quotes, dashes and whitespace are normalised first
(``normalize.grounding_key``) because re-typed quotation marks are not invention.
"""

from __future__ import annotations

from summarizer.evaluation.metrics import Tally, hits
from summarizer.evaluation.normalize import grounding_key
from summarizer.schema import Event


def is_grounded(evidence: str, article: str) -> bool:
    """A non-empty evidence string that occurs verbatim (after normalisation) in the article."""
    needle = grounding_key(evidence)
    return bool(needle) and needle in grounding_key(article)


def score_grounding(events: list[Event], article: str) -> tuple[dict[str, Tally], list[str]]:
    """Share of all predicted evidence strings (every predicted event) found in the article."""
    items = [ev for event in events for ev in event.evidence]
    bad = [ev for ev in items if not is_grounded(ev, article)]
    misses = [f"evidence not in article: {ev[:80]!r}" for ev in bad]
    return {"evidence_grounded": hits(len(items) - len(bad), len(items))}, misses
