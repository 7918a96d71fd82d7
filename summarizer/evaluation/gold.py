"""Load a gold folder laid out as FORMAT.md says, whatever its ids or size.

``articles/<id>.txt`` holds the text, ``labels/<id>.json`` the answer. Pairing is by
file stem; a label without its article (or the reverse) is an error rather than a silent
skip, because a gold set that quietly shrinks makes every score look better.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from summarizer.schema import GoldLabel, Provenance, Report, Summary, SummaryCheck


@dataclass(frozen=True)
class GoldItem:
    """One article and its answer."""

    id: str
    text: str
    label: GoldLabel


class GoldSetError(ValueError):
    """The folder is not a gold set (missing sub-folder, unpaired or unreadable file)."""


def load_gold(gold_dir: str | Path) -> list[GoldItem]:
    """Read every (article, label) pair under ``gold_dir``, sorted by id.

    The label's own ``id`` field is trusted less than the file name: the stem is what
    ties the two files together, so it becomes the item id.
    """
    root = Path(gold_dir)
    articles, labels = root / "articles", root / "labels"
    if not articles.is_dir() or not labels.is_dir():
        raise GoldSetError(f"{root} must contain articles/ and labels/ (see FORMAT.md)")
    texts = {p.stem: p for p in articles.glob("*.txt")}
    answers = {p.stem: p for p in labels.glob("*.json")}
    unpaired = sorted(set(texts) ^ set(answers))
    if unpaired:
        raise GoldSetError(f"{root}: articles and labels do not pair up: {', '.join(unpaired)}")
    items = []
    for stem in sorted(texts):
        try:
            data = json.loads(answers[stem].read_text(encoding="utf-8"))
            data["id"] = stem
            label = GoldLabel.model_validate(data)
        except (ValueError, TypeError) as exc:
            raise GoldSetError(f"{answers[stem]}: {exc}") from exc
        items.append(GoldItem(id=stem, text=texts[stem].read_text(encoding="utf-8"), label=label))
    return items


def gold_to_report(label: GoldLabel, *, only_main: bool = False) -> Report:
    """The report a perfect system would write for ``label`` (the scorers' fixed point).

    The summary is the gold facts joined, so it carries every key term. Used by tests and
    as a sanity check that a perfect answer scores 1.0 everywhere.
    """
    events = [e for e in label.events if e.salience == "main" or not only_main]
    text = " ".join(f.fact for f in label.summary_facts)
    summary = Summary(text=text, check=SummaryCheck(passed=True)) if text else None
    return Report(
        id=label.id,
        meta=label.meta,
        events=[e.model_copy(deep=True) for e in events],
        summary=summary,
        provenance=Provenance(backend="gold", model="gold", prompt_version="none"),
    )
