"""Merge event records of the same real-world event reported by different articles.

Why: a batch over a news feed sees the same clash in three outlets; counting it three
times inflates every statistic, and the outlets' differing death tolls are exactly what an
analyst wants side by side. A merged event keeps every source (article id, url, outlet)
and every fatality claim with its claimant, and recomputes the UCDP low/best/high and the
ACLED total from the pooled claims with ``summarizer.fatalities.totals``.

Two records are linked ("same event") when all of these hold:

* they come from different articles (an article's own split into events is respected);
* their dates are known and overlap, allowing ``max_day_gap`` days (1 = adjacent days,
  for "on Saturday" vs a report that dates the same clash by its end); a record whose
  text gave no date (flagged ``date_assumed_publication_day``) may lie up to a week
  before its report;
* same country (when both say), and the same place (fuzzy, so "Tinzaouaten" matches
  "Tin Zaouatene"; a "site, town" place matches on either part); when either place is
  unknown the first-level region must match instead; when either record knows only the
  country, the sub-event type and both sides must agree and the dates must be the same day;
* they share at least one canonical actor (actor1, actor2 or an associated actor).

Groups are the connected components of these links (single linkage), so one article
that reports a week of fighting as one event can join two records another article kept
apart — which is how the gold grouping of the same episode looks, too.

The pair decision and the claim pooling live in :mod:`summarizer.same_event` (shared with
the chunk merge); scoring a grouping against gold is
:mod:`summarizer.evaluation.merge_scores`.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field, ValidationError

from .errors import InputError
from .same_event import claim_key, date_interval, pool_claims, recount, same_reported_event
from .schema import DateSpan, Event, Fatalities, FatalityClaim, Location, Report

__all__ = ["MergedEvent", "Source", "SourcedClaim", "group_events", "merge_reports", "read_reports", "same_event"]


class Source(BaseModel):
    """One article's record that went into a merged event."""

    article_id: str
    event_index: int
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: dt.date | None = None
    salience: str = "main"
    event_type: str
    sub_event_type: str


class SourcedClaim(FatalityClaim):
    """A fatality claim with the article it was read in."""

    article_id: str


class MergedEvent(BaseModel):
    """One real-world event as reported by one or more articles."""

    id: str
    salience: Literal["main", "background"]
    event_type: str
    sub_event_type: str
    date: DateSpan
    location: Location
    actors: list[str] = Field(description="canonical names of every side, associated forces included")
    sources: list[Source]
    fatality_claims: list[SourcedClaim]
    fatalities: Fatalities
    fatalities_acled: int | None
    #: (event_type, sub_event_type) codings the sources disagree on, if any
    other_codings: list[str] = Field(default_factory=list)


#: the pair decision, under the name this module has always exported
same_event = same_reported_event


# ---------------------------------------------------------------- grouping
@dataclass(frozen=True)
class _Item:
    article_id: str
    index: int
    event: Event
    report: Report


def _as_report(r: Report | Mapping[str, Any]) -> Report:
    return r if isinstance(r, Report) else Report.model_validate(r)


def group_events(
    reports: Iterable[Report | Mapping[str, Any]],
    *,
    max_day_gap: int = 1,
    include_background: bool = True,
) -> list[list[tuple[str, int]]]:
    """Connected components of ``same_event`` links, as lists of (article id, event index).

    Every event appears in exactly one group (singletons included), in input order.
    """
    return [
        [(it.article_id, it.index) for it in g]
        for g in _groups([_as_report(r) for r in reports], max_day_gap, include_background)
    ]


def _groups(reports: Sequence[Report], max_day_gap: int, include_background: bool) -> list[list[_Item]]:
    items = [
        _Item(r.id, i, ev, r)
        for r in reports
        for i, ev in enumerate(r.events)
        if include_background or ev.salience == "main"
    ]
    parent = list(range(len(items)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, j in itertools.combinations(range(len(items)), 2):
        if items[i].article_id == items[j].article_id:
            continue
        if find(i) != find(j) and same_event(items[i].event, items[j].event, max_day_gap=max_day_gap):
            parent[max(find(i), find(j))] = min(find(i), find(j))
    groups: dict[int, list[_Item]] = {}
    for k in range(len(items)):
        groups.setdefault(find(k), []).append(items[k])
    return [groups[k] for k in sorted(groups)]


def _merge_group(n: int, group: list[_Item]) -> MergedEvent:
    main = [it for it in group if it.event.salience == "main"] or group
    codings = Counter((it.event.event_type, it.event.sub_event_type) for it in main)
    (event_type, sub_event_type), _ = codings.most_common(1)[0]
    intervals = [iv for iv in (date_interval(it.event.date) for it in group) if iv is not None]
    if intervals:
        start, end = min(s for s, _ in intervals), max(e for _, e in intervals)
        texts = [it.event.date.text for it in group if it.event.date.text]
        date = DateSpan(
            start=start,
            end=end,
            precision="day" if start == end else "range",
            text="; ".join(dict.fromkeys(texts)) or None,
        )
    else:
        date = DateSpan()
    # The most precise location any source gives (lowest geo_precision, then a named place).
    best_loc = min(
        (it.event.location for it in group),
        key=lambda loc: (loc.geo_precision, loc.place is None, loc.admin1 is None),
    )
    actors: list[str] = []
    for it in group:
        for a in (it.event.actor1, it.event.actor2, *it.event.assoc_actors):
            if a is not None and a.name not in actors:
                actors.append(a.name)
    sources = [
        Source(
            article_id=it.article_id,
            event_index=it.index,
            url=it.report.meta.url,
            outlet=it.report.meta.outlet,
            title=it.report.meta.title,
            published=it.report.meta.published,
            salience=it.event.salience,
            event_type=it.event.event_type,
            sub_event_type=it.event.sub_event_type,
        )
        for it in group
    ]
    claims = [
        SourcedClaim(article_id=it.article_id, **c.model_dump()) for it in group for c in it.event.fatality_claims
    ]
    # The same figure from the same claimant, repeated by several outlets, is one claim.
    unique = pool_claims((c for it in group for c in it.event.fatality_claims), claim_key)
    if unique:
        fatalities, acled = recount(unique)
    else:
        fatalities, acled = (
            Fatalities(),
            min(
                (it.event.fatalities_acled for it in main if it.event.fatalities_acled is not None),
                default=None,
            ),
        )
    return MergedEvent(
        id=f"m{n:05d}",
        salience="main" if any(it.event.salience == "main" for it in group) else "background",
        event_type=event_type,
        sub_event_type=sub_event_type,
        date=date,
        location=best_loc,
        actors=actors,
        sources=sources,
        fatality_claims=claims,
        fatalities=fatalities,
        fatalities_acled=acled,
        other_codings=[f"{et} / {st}" for (et, st) in codings if (et, st) != (event_type, sub_event_type)],
    )


def merge_reports(
    reports: Iterable[Report | Mapping[str, Any]],
    *,
    max_day_gap: int = 1,
    include_background: bool = True,
) -> list[MergedEvent]:
    """All events of ``reports`` folded into merged events (one per real-world event)."""
    groups = _groups([_as_report(r) for r in reports], max_day_gap, include_background)
    return [_merge_group(n + 1, g) for n, g in enumerate(groups)]


def read_reports(path: Path | str) -> list[Report]:
    """Reports from a batch output (JSONL), ``extract --format json|jsonl`` output, or a
    folder of them (``extract --json-out DIR``).

    A torn last line (a killed writer) is skipped. Anything else that is not a report
    raises ``InputError`` in one line naming the file and line: not UTF-8, not JSON, the
    errors file of a batch, or JSON of another shape.
    """
    path = Path(path)
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.is_file() and p.suffix in (".json", ".jsonl"))
        if not files:
            raise InputError(f"{path}: a folder without .json or .jsonl reports")
        return [rep for f in files for rep in read_reports(f)]
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read it ({exc.strerror or exc})") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        at_line = data[: exc.start].count(b"\n") + 1
        raise InputError(f"{path}:{at_line}: not UTF-8 text (undecodable byte at position {exc.start})") from None
    whole = text.strip()
    if whole[:1] in ("[", "{") and "\n" in whole:
        # a JSON document (extract --format json): one report, or a list of them
        try:
            doc = json.loads(whole)
        except (ValueError, RecursionError):
            doc = None  # JSONL whose first object happens to start the file: read it by line
        if isinstance(doc, list):
            return [_report(item, f"{path}: item {i + 1}") for i, item in enumerate(doc)]
        if isinstance(doc, dict):
            return [_report(doc, f"{path}")]
    out: list[Report] = []
    lines = text.split("\n")
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except (ValueError, RecursionError) as exc:
            if n == len(lines):  # no newline after it: a torn last line of a killed writer
                continue
            raise InputError(f"{path}:{n}: not JSON ({getattr(exc, 'msg', exc)})") from None
        out.append(_report(item, f"{path}:{n}"))
    return out


def _report(item: Any, where: str) -> Report:
    if isinstance(item, dict) and "error" in item and "provenance" not in item:
        raise InputError(f"{where}: a failed-article record (a batch's errors file), not a report")
    if not isinstance(item, dict):
        raise InputError(f"{where}: a JSON {type(item).__name__}, not a report object")
    try:
        return Report.model_validate(item)
    except ValidationError as exc:
        errors = exc.errors()
        first = errors[0]
        field = ".".join(str(p) for p in first.get("loc", ())) or "report"
        more = f"{len(errors)} problems, e.g. " if len(errors) > 1 else ""
        msg = str(first.get("msg", "invalid")).removeprefix("Value error, ")
        raise InputError(f"{where}: not a report ({more}{field}: {msg})") from None
