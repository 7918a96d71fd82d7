"""Score a summary: gold facts carried, neutral wording, figures, length.

A fact is carried when EVERY one of its key terms appears in the summary; a term
``a|b`` is satisfied by either alternative; an alternative matches case- and
accent-insensitively at the start of a word ("soldier" matches "soldiers", not
"nonsoldier"). Neutrality comes from ``summarizer.neutrality.check_summary`` (the
pipeline's own check, so the eval measures what users get).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from summarizer.evaluation.metrics import Tally, hit, hits
from summarizer.evaluation.normalize import fold
from summarizer.neutrality import check_summary
from summarizer.schema import SummaryCheck, SummaryFact

Checker = Callable[[str, str], SummaryCheck]


def term_matches(term: str, summary: str) -> bool:
    """``term`` (with ``|`` alternatives) starts a word somewhere in ``summary``."""
    text = fold(summary)
    return any(re.search(r"(?<!\w)" + re.escape(fold(alt.strip())), text) for alt in term.split("|") if alt.strip())


def fact_carried(fact: SummaryFact, summary: str) -> bool:
    """Every key term matches (a fact without key terms is trivially carried)."""
    return all(term_matches(term, summary) for term in fact.key_terms)


def _missing_terms(fact: SummaryFact, summary: str) -> list[str]:
    return [t for t in fact.key_terms if not term_matches(t, summary)]


def neutrality_checker() -> Checker:
    """The pipeline's neutrality check."""
    return check_summary


def word_count(text: str) -> int:
    return len(text.split())


def score_summary(
    summary: str | None, facts: list[SummaryFact], article: str, checker: Checker | None = None
) -> tuple[dict[str, Tally], list[str]]:
    """Tallies for the summary metrics, and a line per fact not carried or check failed.

    A missing summary carries no fact and counts in ``summary_present``; the wording
    metrics are only over summaries that exist, so they are not diluted by failures
    that other rows already show.
    """
    tallies = {"summary_present": hit(summary is not None)}
    if summary is None:
        tallies["summary_facts"] = hits(0, len(facts))
        return tallies, ["no summary"]
    carried = [fact_carried(f, summary) for f in facts]
    misses = [
        f"fact not carried (no {' / '.join(_missing_terms(f, summary))}): {f.fact}"
        for f, ok in zip(facts, carried, strict=True)
        if not ok
    ]
    check = (checker or neutrality_checker())(summary, article)
    tallies |= {
        "summary_facts": hits(sum(carried), len(facts)),
        "summary_no_loaded_words": hit(not check.loaded_words),
        "summary_figures_supported": hit(not check.unsupported_figures),
        "summary_figures_attributed": hit(not check.unattributed_figures),
        "summary_words": Tally(float(word_count(summary)), 1),
    }
    if check.loaded_words:
        misses.append(f"loaded words: {', '.join(check.loaded_words)}")
    if check.unsupported_figures:
        misses.append(f"figures not in article: {', '.join(check.unsupported_figures)}")
    if check.unattributed_figures:
        misses.append(f"figures without a claimant: {', '.join(check.unattributed_figures)}")
    return tallies, misses
