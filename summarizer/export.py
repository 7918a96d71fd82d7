"""Flat, ACLED-like rows for CSV export, derived from the schema.

One row per event. Column names follow ACLED's export where one exists (event_date,
event_type, sub_event_type, actor1, inter1, country, admin1, location, latitude,
longitude, geo_precision, fatalities, notes, source) and add the UCDP estimates and
the provenance fields that make a row traceable to its article and prompt version.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import Any

from .schema import Report

CSV_COLUMNS: tuple[str, ...] = (
    "article_id",
    "event_index",
    "salience",
    "event_date",
    "date_end",
    "date_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "inter1",
    "actor2",
    "inter2",
    "assoc_actors",
    "country",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "fatalities",
    "ucdp_low",
    "ucdp_best",
    "ucdp_high",
    "fatality_claims",
    "notes",
    "flags",
    "source",
    "source_url",
    "published",
    "backend",
    "model",
    "prompt_version",
)


def event_rows(report: Report) -> list[dict[str, Any]]:
    rows = []
    for i, ev in enumerate(report.events):
        claims = "; ".join(
            f"{c.low}{'' if c.high == c.low else ('+' if c.high is None else f'-{c.high}')} {c.victims} ({c.claimant})"
            for c in ev.fatality_claims
        )
        rows.append(
            {
                "article_id": report.id,
                "event_index": i,
                "salience": ev.salience,
                "event_date": ev.date.start.isoformat() if ev.date.start else "",
                "date_end": ev.date.end.isoformat() if ev.date.end else "",
                "date_precision": ev.date.precision,
                "event_type": ev.event_type,
                "sub_event_type": ev.sub_event_type,
                "actor1": ev.actor1.name if ev.actor1 else "",
                "inter1": ev.actor1.type if ev.actor1 else "",
                "actor2": ev.actor2.name if ev.actor2 else "",
                "inter2": ev.actor2.type if ev.actor2 else "",
                "assoc_actors": "; ".join(a.name for a in ev.assoc_actors),
                "country": ev.location.country or "",
                "admin1": ev.location.admin1 or "",
                "location": ev.location.place or "",
                "latitude": ev.location.latitude if ev.location.latitude is not None else "",
                "longitude": ev.location.longitude if ev.location.longitude is not None else "",
                "geo_precision": ev.location.geo_precision,
                "fatalities": ev.fatalities_acled if ev.fatalities_acled is not None else "",
                "ucdp_low": ev.fatalities.low if ev.fatalities.low is not None else "",
                "ucdp_best": ev.fatalities.best if ev.fatalities.best is not None else "",
                "ucdp_high": ev.fatalities.high if ev.fatalities.high is not None else "",
                "fatality_claims": claims,
                "notes": " | ".join(ev.evidence),
                "flags": "; ".join(ev.flags),
                "source": report.meta.outlet or "",
                "source_url": report.meta.url or "",
                "published": report.meta.published.isoformat() if report.meta.published else "",
                "backend": report.provenance.backend,
                "model": report.provenance.model,
                "prompt_version": report.provenance.prompt_version,
            }
        )
    return rows


def reports_to_csv(reports: Iterable[Report]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(CSV_COLUMNS))
    writer.writeheader()
    for report in reports:
        writer.writerows(event_rows(report))
    return buf.getvalue()
