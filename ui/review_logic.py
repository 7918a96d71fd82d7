"""Corrections to a report, as plain data: apply an edit, keep who changed what and when.

The review view (``review.py``) collects a reviewer's changes to one event as a dict of
field -> new value; :func:`apply_changes` builds the corrected event (validated by the
schema, totals recomputed by the pipeline's own code via ``summarizer.recount_totals``)
and returns one history entry per changed field. No Streamlit here, so every rule is
unit-tested.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from summarizer import Actor, Event, FatalityClaim, Report, recount_totals, reviewed_actor

#: fields a reviewer edits, with how they are read from / written to an event dict
SIMPLE_FIELDS = ("salience", "event_type", "sub_event_type")
DATE_FIELDS = ("start", "end", "precision", "text")
LOCATION_FIELDS = ("country", "admin1", "place", "geo_precision")


@dataclass(frozen=True)
class ClaimRow:
    """One claim as the review form shows it; ``remove`` drops it on apply."""

    low: int | None
    high: int | None
    victims: str
    claimant: str
    quote: str
    remove: bool = False


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def entry(who: str, event: int | None, field: str, old: Any, new: Any, when: str | None = None) -> dict[str, Any]:
    """One line of a record's history."""
    return {"when": when or now(), "who": who or "anonymous", "event": event, "field": field, "old": old, "new": new}


def _actor(name: str, type_: str, aliases: list[str], country: str | None) -> dict[str, Any] | None:
    """The corrected actor, a typed name read through the alias table (``reviewed_actor``)."""
    name, type_, typed = reviewed_actor(name, type_, country=country)
    if not name:
        return None
    merged = list(dict.fromkeys([*aliases, *typed]))
    return Actor.model_validate({"name": name, "type": type_, "aliases": merged}).model_dump()


def _claims(rows: list[ClaimRow], old: list[FatalityClaim]) -> list[dict[str, Any]]:
    """The kept rows as claims; a claim whose quote is unchanged keeps where it was found."""
    spans = {c.quote: c.span for c in old if c.span is not None}
    out = []
    for r in rows:
        if r.remove or (r.low is None and r.high is None and not r.claimant.strip() and not r.quote.strip()):
            continue
        claim = FatalityClaim.model_validate(
            {
                "low": r.low,
                "high": r.high,
                "victims": r.victims,
                "claimant": r.claimant.strip(),
                "quote": r.quote.strip(),
            }
        )
        span = spans.get(claim.quote)
        out.append(claim.model_copy(update={"span": span}).model_dump())
    return out


def _show(value: Any) -> Any:
    """A value as the history shows it (JSON-safe, short)."""
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return value


def apply_changes(
    event: Event, changes: dict[str, Any], *, who: str, number: int
) -> tuple[Event, list[dict[str, Any]]]:
    """The corrected event and a history entry per field that really changed.

    ``changes`` keys: ``salience``, ``event_type``, ``sub_event_type``, ``date.start`` ...
    (see the ``*_FIELDS`` tuples), ``actor1``/``actor2`` as ``(name, type)``,
    ``claims`` as a list of :class:`ClaimRow`, ``evidence`` as a list of quotes.
    Raises ``ValueError`` (pydantic's) with the schema's reason when the result is invalid
    (e.g. a sub-type under the wrong type), and then nothing is changed.
    """
    data = event.model_dump()
    for f in SIMPLE_FIELDS:
        if f in changes:
            data[f] = changes[f]
    for f in DATE_FIELDS:
        if f"date.{f}" in changes:
            data["date"][f] = changes[f"date.{f}"] or None
    for f in LOCATION_FIELDS:
        if f"location.{f}" in changes:
            value = changes[f"location.{f}"]
            data["location"][f] = value if (value or value == 0) else None
    if changes.get("location.moved"):
        # a corrected place invalidates the pipeline's coordinates; the map then uses the region
        data["location"]["latitude"] = data["location"]["longitude"] = None
    for side in ("actor1", "actor2"):
        if side in changes:
            name, type_ = changes[side]
            old = getattr(event, side)
            aliases = old.aliases if old is not None else []
            data[side] = _actor(name, type_, aliases, event.location.country)
    if "claims" in changes:
        data["fatality_claims"] = _claims(changes["claims"], event.fatality_claims)
    if "evidence" in changes:
        quotes = [q.strip() for q in changes["evidence"] if q.strip()]
        if quotes != event.evidence:
            data["evidence"] = quotes
            data["evidence_spans"] = []
    new = recount_totals(Event.model_validate(data))
    before, after = event.model_dump(mode="json"), new.model_dump(mode="json")
    history = []
    for key in ("salience", "event_type", "sub_event_type", "date", "location", "actor1", "actor2", "evidence"):
        old, new_value = before[key], after[key]
        if old == new_value:
            continue
        if isinstance(old, dict) and isinstance(new_value, dict):
            # one line per sub-field that changed ("location.admin1: None -> Menaka")
            for sub in old:
                if old[sub] != new_value.get(sub):
                    history.append(entry(who, number, f"{key}.{sub}", _show(old[sub]), _show(new_value.get(sub))))
        else:
            history.append(entry(who, number, key, _show(old), _show(new_value)))
    old_claims = [{k: c[k] for k in ("low", "high", "victims", "claimant", "quote")} for c in before["fatality_claims"]]
    new_claims = [{k: c[k] for k in ("low", "high", "victims", "claimant", "quote")} for c in after["fatality_claims"]]
    if old_claims != new_claims:
        history.append(entry(who, number, "fatality_claims", _show(old_claims), _show(new_claims)))
    for key in ("fatalities", "fatalities_acled"):
        if before[key] != after[key]:
            history.append(entry(who, number, f"{key} (recomputed)", _show(before[key]), _show(after[key])))
    return new, history


def reviewed_report(report: Report, events: list[Event], decisions: dict[int, str]) -> Report:
    """The report with only the accepted events (what is exported and saved as gold)."""
    kept = [e for i, e in enumerate(events) if decisions.get(i) == "accept"]
    return report.model_copy(update={"events": kept})


def write_history(folder: Path, ident: str, history: list[dict[str, Any]]) -> Path:
    """Append the record's history to ``<folder>/history/<id>.jsonl`` (beside the gold label;
    the eval reads only ``articles/`` and ``labels/``)."""
    path = folder / "history" / f"{ident}.jsonl"
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as fh:
        for h in history:
            fh.write(json.dumps(h, ensure_ascii=False, default=str) + "\n")
    return path


def read_history(folder: Path, ident: str) -> list[dict[str, Any]]:
    """Earlier sessions' history of this record, oldest first ([] when none)."""
    path = folder / "history" / f"{ident}.jsonl"
    if not path.is_file():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            out.append(json.loads(line))
        except ValueError:
            continue
    return out
