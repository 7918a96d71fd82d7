"""Flat, ACLED-like rows for CSV export, derived from the schema.

One row per event. Column names follow ACLED's export where one exists (event_date,
event_type, sub_event_type, actor1, inter1, country, admin1, location, latitude,
longitude, geo_precision, fatalities, notes, source) and add the UCDP estimates and
the provenance fields that make a row traceable to its article and prompt version.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable
from typing import Any

from .schema import Event, Report

#: (column, value of one event) in column order: the one list of the CSV's columns
_COLUMNS: tuple[tuple[str, Callable[[Report, int, Event], Any]], ...] = (
    ("article_id", lambda report, i, ev: report.id),
    ("event_index", lambda report, i, ev: i),
    ("salience", lambda report, i, ev: ev.salience),
    ("event_date", lambda report, i, ev: ev.date.start.isoformat() if ev.date.start else ""),
    ("date_end", lambda report, i, ev: ev.date.end.isoformat() if ev.date.end else ""),
    ("date_precision", lambda report, i, ev: ev.date.precision),
    ("event_type", lambda report, i, ev: ev.event_type),
    ("sub_event_type", lambda report, i, ev: ev.sub_event_type),
    ("actor1", lambda report, i, ev: ev.actor1.name if ev.actor1 else ""),
    ("inter1", lambda report, i, ev: ev.actor1.type if ev.actor1 else ""),
    ("actor2", lambda report, i, ev: ev.actor2.name if ev.actor2 else ""),
    ("inter2", lambda report, i, ev: ev.actor2.type if ev.actor2 else ""),
    ("assoc_actors", lambda report, i, ev: "; ".join(a.name for a in ev.assoc_actors)),
    ("country", lambda report, i, ev: ev.location.country or ""),
    ("admin1", lambda report, i, ev: ev.location.admin1 or ""),
    ("location", lambda report, i, ev: ev.location.place or ""),
    ("latitude", lambda report, i, ev: ev.location.latitude if ev.location.latitude is not None else ""),
    ("longitude", lambda report, i, ev: ev.location.longitude if ev.location.longitude is not None else ""),
    ("geo_precision", lambda report, i, ev: ev.location.geo_precision),
    ("fatalities", lambda report, i, ev: ev.fatalities_acled if ev.fatalities_acled is not None else ""),
    ("ucdp_low", lambda report, i, ev: ev.fatalities.low if ev.fatalities.low is not None else ""),
    ("ucdp_best", lambda report, i, ev: ev.fatalities.best if ev.fatalities.best is not None else ""),
    ("ucdp_high", lambda report, i, ev: ev.fatalities.high if ev.fatalities.high is not None else ""),
    ("fatality_claims", lambda report, i, ev: _claims(ev)),
    ("notes", lambda report, i, ev: " | ".join(ev.evidence)),
    ("flags", lambda report, i, ev: "; ".join(ev.flags)),
    ("source", lambda report, i, ev: report.meta.outlet or ""),
    ("source_url", lambda report, i, ev: report.meta.url or ""),
    ("published", lambda report, i, ev: report.meta.published.isoformat() if report.meta.published else ""),
    ("backend", lambda report, i, ev: report.provenance.backend),
    ("model", lambda report, i, ev: report.provenance.model),
    ("prompt_version", lambda report, i, ev: report.provenance.prompt_version),
)

CSV_COLUMNS: tuple[str, ...] = tuple(name for name, _ in _COLUMNS)


def _claims(ev: Event) -> str:
    return "; ".join(
        f"{c.low}{'' if c.high == c.low else ('+' if c.high is None else f'-{c.high}')} {c.victims} ({c.claimant})"
        for c in ev.fatality_claims
    )


def event_rows(report: Report) -> list[dict[str, Any]]:
    """One row per event, keyed by :data:`CSV_COLUMNS`."""
    return [{name: value(report, i, ev) for name, value in _COLUMNS} for i, ev in enumerate(report.events)]


def reports_to_csv(reports: Iterable[Report]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(CSV_COLUMNS))
    writer.writeheader()
    for report in reports:
        writer.writerows(event_rows(report))
    return buf.getvalue()
