"""Reviewing a report by hand: the codebook's choices, totals recomputed, and the gold label.

An analyst correcting a record must be offered exactly the spellings the codebook allows
(the same ``Literal`` lists the model is constrained to), and must see the totals the
pipeline itself would compute from the corrected claims: :func:`recount_totals` calls the
pipeline's own recount (``claimcheck.recount_event`` -> ``fatalities.totals``), never a
copy of the rules. :func:`report_to_label` turns the accepted events of a reviewed report
into a FORMAT.md gold label, so every correction grows the evaluation set.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, get_args

from .claimcheck import recount_event
from .resources import data_text
from .schema import SUB_EVENT_TYPES, ActorType, DatePrecision, Event, Report, Salience, Victims

__all__ = ["CODEBOOK", "Codebook", "actor_suggestions", "recount_totals", "report_to_label", "reviewed_actor"]


@dataclass(frozen=True)
class Codebook:
    """The choices a reviewer may pick from, in the codebook's order and spelling."""

    sub_event_types: dict[str, tuple[str, ...]]
    actor_types: tuple[str, ...]
    victims: tuple[str, ...]
    date_precisions: tuple[str, ...]
    saliences: tuple[str, ...]
    geo_precisions: tuple[int, ...] = (1, 2, 3)

    @property
    def event_types(self) -> tuple[str, ...]:
        return tuple(self.sub_event_types)


#: the single codebook, derived from ``schema.py`` (so it cannot disagree with validation)
CODEBOOK = Codebook(
    sub_event_types=dict(SUB_EVENT_TYPES),
    actor_types=get_args(ActorType),
    victims=get_args(Victims),
    date_precisions=get_args(DatePrecision),
    saliences=get_args(Salience),
)


def recount_totals(event: Event) -> Event:
    """A copy of ``event`` with UCDP low/best/high and the ACLED count recomputed from its
    claims by the pipeline's own rules (FORMAT.md's combining rules)."""
    out = event.model_copy(deep=True)
    recount_event(out)
    return out


@lru_cache(maxsize=1)
def actor_suggestions() -> tuple[tuple[str, str], ...]:
    """(canonical name, ACLED type) of every actor in the alias table, sorted by name.

    The page offers these first when an actor is corrected, so a reviewer writes
    "Military Forces of Mali" rather than a fourth spelling of the Malian army.
    """
    data = json.loads(data_text("actors.json"))
    seen = {(a["name"], a["type"]) for a in data["actors"]}
    return tuple(sorted(seen))


def reviewed_actor(name: str, type_: str, *, country: str | None = None) -> tuple[str, str, list[str]]:
    """(name, type, aliases) for an actor a reviewer picked or typed.

    A name from the alias table stands with the type chosen. A typed name goes through
    the pipeline's own alias table first, so "JNIM" or "the Malian army" is stored as the
    canonical "JNIM: Group for Support of Islam and Muslims" / "Military Forces of Mali"
    (with its codebook type; the typed words kept as an alias) and the eval can match it;
    a name the table does not know is kept as typed.
    """
    from .actors import canonical_actor, is_raw
    from .geo import country_name

    name = " ".join(name.split())
    if not name or name in dict(actor_suggestions()):
        return name, type_, []
    actor = canonical_actor(name, country=country, fallback_type=type_)  # type: ignore[arg-type]
    if is_raw(actor, name):
        return name, type_, []
    generic = actor.name.startswith(("Military Forces of", "Police Forces of", "Government of"))
    if generic and name != name.lower() and not any(country_name(w) for w in name.split()):
        # "Popular Defence Forces" is a name of its own, not a state's army
        return name, type_, []
    return actor.name, actor.type, [name]


_WORD = re.compile(r"\b(\d[\d,.]*|[A-Z][a-zA-Z'-]{2,})\b")


def _key_terms(sentence: str) -> list[str]:
    """Words a summary must carry for this fact: its figures and proper names (first word skipped)."""
    words = _WORD.findall(sentence)
    first = sentence.split()[0] if sentence.split() else ""
    return list(dict.fromkeys(w.rstrip(".,") for w in words if w != first))[:3]


def summary_facts(report: Report) -> list[dict[str, Any]]:
    """Starting facts for the label: one per summary sentence, key terms its figures and names.

    The reviewer is expected to edit them; they only spare typing the obvious.
    """
    if report.summary is None:
        return []
    sentences = re.split(r"(?<=[.!?])\s+", report.summary.text.strip())
    out = []
    for s in sentences:
        terms = _key_terms(s)
        if s and terms:
            out.append({"fact": s, "key_terms": terms})
    return out[:6]


def _gold_event(event: Event) -> dict[str, Any]:
    """One event as FORMAT.md writes it: the answer only, no offsets, flags or coordinates."""
    data = event.model_dump(mode="json", exclude={"evidence_spans", "flags"})
    data["location"].pop("latitude", None)
    data["location"].pop("longitude", None)
    for c in data["fatality_claims"]:
        c.pop("span", None)
    return data


def report_to_label(
    report: Report,
    *,
    accepted: Sequence[int] | None = None,
    summary_facts_: list[dict[str, Any]] | None = None,
    notes: str = "",
    language: str | None = None,
) -> dict[str, Any]:
    """The gold label (FORMAT.md, as JSON data) for the accepted events of a reviewed report.

    ``accepted`` holds event indexes (all events when None). Title defaults to the
    article's first line's stand-in, ``meta.title``; language to ``meta.language`` or "en".
    """
    keep = range(len(report.events)) if accepted is None else accepted
    meta = report.meta
    published = meta.published.isoformat() if isinstance(meta.published, dt.date) else None
    return {
        "id": report.id,
        "meta": {
            "title": meta.title,
            "published": published,
            "outlet": meta.outlet,
            "language": language or meta.language or "en",
            "url": meta.url,
        },
        "events": [_gold_event(report.events[i]) for i in keep],
        "summary_facts": summary_facts(report) if summary_facts_ is None else summary_facts_,
        "notes": notes,
    }
