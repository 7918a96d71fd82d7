"""Merge event records of the same real-world event reported by different articles.

Why: a batch over a news feed sees the same clash in three outlets; counting it three
times inflates every statistic, and the outlets' differing death tolls are exactly what an
analyst wants side by side. A merged event keeps every source (article id, url, outlet)
and every fatality claim with its claimant, and recomputes the UCDP low/best/high and the
ACLED total from the pooled claims with ``summarizer.fatalities.totals``.

Two records are linked ("same event") when all of these hold:

* they come from different articles (an article's own split into events is respected);
* their dates are known and overlap, allowing ``max_day_gap`` days (1 = adjacent days,
  for "on Saturday" vs a report that dates the same clash by its end);
* same country (when both say), and the same place (fuzzy, so "Tinzaouaten" matches
  "Tin Zaouatene"; a "site, town" place matches on either part); when either place is
  unknown the first-level region must match instead; when either record knows only the
  country, the sub-event type and both sides must agree and the dates must be the same day;
* they share at least one canonical actor (actor1, actor2 or an associated actor).

Groups are the connected components of these links (single linkage), so one article
that reports a week of fighting as one event can join two records another article kept
apart — which is how the gold grouping of the same episode looks, too.

``merge_scores`` compares predicted groups with ``evals/gold_merge.json`` as pairwise
precision/recall of "same event" decisions, at event level (gold labels) or article level
(model reports, whose event indices do not line up with the gold's).
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field
from rapidfuzz import fuzz

from .schema import DateSpan, Event, Fatalities, FatalityClaim, Location, Report

#: how similar two normalised place or region names must be (rapidfuzz ratio, 0-100)
PLACE_SIMILARITY = 85


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


# ---------------------------------------------------------------- normalisation helpers
def _norm(text: str | None) -> str:
    if not text:
        return ""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "", text.casefold())


def _place_parts(place: str | None) -> list[str]:
    return [p for p in (_norm(part) for part in (place or "").split(",")) if p]


def _similar(a: str, b: str) -> bool:
    return a == b or (min(len(a), len(b)) >= 4 and fuzz.ratio(a, b) >= PLACE_SIMILARITY)


def _interval(date: DateSpan) -> tuple[dt.date, dt.date] | None:
    if date.start is None:
        return None
    end = date.end or date.start
    return (date.start, end) if end >= date.start else (end, date.start)


def _actor_names(ev: Event) -> set[str]:
    actors = [a for a in (ev.actor1, ev.actor2, *ev.assoc_actors) if a is not None]
    return {_norm(a.name) for a in actors if _norm(a.name)}


def _actor_aliases(ev: Event) -> set[str]:
    actors = [a for a in (ev.actor1, ev.actor2, *ev.assoc_actors) if a is not None]
    return {_norm(x) for a in actors for x in a.aliases if _norm(x)}


def _sides(ev: Event) -> frozenset[str]:
    return frozenset(_norm(a.name) for a in (ev.actor1, ev.actor2) if a is not None)


def _country_only(loc: Location) -> bool:
    return not loc.place and not loc.admin1


# ---------------------------------------------------------------- the pair decision
def same_event(a: Event, b: Event, *, max_day_gap: int = 1) -> bool:
    """Whether two records (from different articles) describe one real-world event."""
    ia, ib = _interval(a.date), _interval(b.date)
    if ia is None or ib is None:
        return False
    gap = dt.timedelta(days=max_day_gap)
    if ia[0] > ib[1] + gap or ib[0] > ia[1] + gap:
        return False
    ca, cb = _norm(a.location.country), _norm(b.location.country)
    if ca and cb and ca != cb:
        return False
    if not (_actor_names(a) & _actor_names(b)) and not (
        _actor_names(a) & _actor_aliases(b) or _actor_names(b) & _actor_aliases(a)
    ):
        return False
    if _country_only(a.location) or _country_only(b.location):
        # Only the country is known: demand everything else agree exactly.
        return (
            bool(ca and cb)
            and a.sub_event_type == b.sub_event_type
            and _sides(a) == _sides(b)
            and ia[0] == ia[1] == ib[0] == ib[1]
        )
    pa, pb = _place_parts(a.location.place), _place_parts(b.location.place)
    if pa and pb:
        return any(_similar(x, y) for x in pa for y in pb)
    ra, rb = _norm(a.location.admin1), _norm(b.location.admin1)
    return bool(ra and rb and _similar(ra, rb))


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


def _claimant_key(claimant: str) -> str:
    # "JNIM (via SITE)" and "JNIM" are one claimant repeating one figure.
    return _norm(re.sub(r"\(.*?\)", "", claimant)) or _norm(claimant)


def _merge_group(n: int, group: list[_Item]) -> MergedEvent:
    from .fatalities import totals  # imported late: only merging needs the counting rules

    main = [it for it in group if it.event.salience == "main"] or group
    codings = Counter((it.event.event_type, it.event.sub_event_type) for it in main)
    (event_type, sub_event_type), _ = codings.most_common(1)[0]
    intervals = [iv for iv in (_interval(it.event.date) for it in group) if iv is not None]
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
    unique: dict[tuple[Any, ...], FatalityClaim] = {}
    for it in group:
        for c in it.event.fatality_claims:
            unique.setdefault((c.low, c.high, c.victims, _claimant_key(c.claimant)), c)
    if unique:
        fatalities, acled = totals(list(unique.values()))
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
    """Reports from a batch output JSONL; a torn last line (killed writer) is skipped."""
    out: list[Report] = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            try:
                out.append(Report.model_validate_json(line))
            except ValueError:
                if line.endswith("\n"):
                    raise
    return out


# ---------------------------------------------------------------- scoring against gold
@dataclass(frozen=True)
class MergeScores:
    """Pairwise scores of "same event" decisions (every unordered pair of items)."""

    precision: float
    recall: float
    f1: float
    predicted_pairs: int
    gold_pairs: int
    true_pairs: int

    def as_dict(self) -> dict[str, float | int]:
        return dict(self.__dict__)


def _pairs(groups: Iterable[Iterable[Hashable]], universe: set[Hashable]) -> set[frozenset[Hashable]]:
    out: set[frozenset[Hashable]] = set()
    for g in groups:
        members = sorted({m for m in g if m in universe}, key=repr)
        out.update(frozenset(p) for p in itertools.combinations(members, 2))
    return out


def pair_scores(
    predicted: Iterable[Iterable[Hashable]],
    gold: Iterable[Iterable[Hashable]],
    universe: Iterable[Hashable],
) -> MergeScores:
    """Pairwise precision/recall over ``universe``; with no pairs on a side its score is 1."""
    uni = set(universe)
    p, g = _pairs(predicted, uni), _pairs(gold, uni)
    tp = len(p & g)
    precision = tp / len(p) if p else 1.0
    recall = tp / len(g) if g else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return MergeScores(round(precision, 4), round(recall, 4), round(f1, 4), len(p), len(g), tp)


def load_gold_merge(path: Path | str) -> dict[str, Any]:
    """Read ``gold_merge.json``.

    Shape: ``{"groups": [{"label": str, "events": ["<article id>#<event index>", ...],
    "articles": [ids reporting it as a main event]}]}``; events not in any group are
    singletons.
    """
    data: dict[str, Any] = json.loads(Path(path).read_text(encoding="utf-8"))
    return data


def _ref(ref: str) -> tuple[str, int]:
    article, _, index = ref.rpartition("#")
    return article, int(index)


def merge_scores(
    reports: Iterable[Report | Mapping[str, Any]],
    gold: Mapping[str, Any] | Path | str,
    *,
    level: Literal["event", "article"] = "article",
    max_day_gap: int = 1,
) -> MergeScores:
    """Score ``merge_reports`` on ``reports`` against a gold grouping.

    ``level="event"``: items are (article id, event index); use on gold labels turned into
    reports, whose indices are the gold's. ``level="article"``: two articles are "same"
    when some merged event has sources from both (main events only) — the level to use
    for model reports. Only articles present in ``reports`` are scored.
    """
    gold_data = load_gold_merge(gold) if isinstance(gold, (str, Path)) else gold
    reps = [_as_report(r) for r in reports]
    groups = _groups(reps, max_day_gap, include_background=level == "event")
    gold_groups = [[_ref(x) for x in grp["events"]] for grp in gold_data.get("groups", [])]
    if level == "event":
        universe: set[Hashable] = {(r.id, i) for r in reps for i in range(len(r.events))}
        pred: list[list[Hashable]] = [[(it.article_id, it.index) for it in g] for g in groups]
        gold_items: list[list[Hashable]] = [list(g) for g in gold_groups]
        return pair_scores(pred, gold_items, universe)
    universe = {r.id for r in reps}
    pred = [[it.article_id for it in g if it.event.salience == "main"] for g in groups]
    # Article-level gold: the group's "articles" (those reporting it as a main event).
    gold_art: list[list[Hashable]] = [
        list(grp.get("articles") or dict.fromkeys(a for a, _ in refs))
        for grp, refs in zip(gold_data.get("groups", []), gold_groups, strict=True)
    ]
    return pair_scores(pred, gold_art, universe)


def gold_reports(labels_dir: Path | str, ids: Iterable[str] | None = None) -> list[Report]:
    """Gold labels turned into reports (for testing and calibrating the merge rules)."""
    from .schema import GoldLabel, Provenance

    wanted = set(ids) if ids is not None else None
    out = []
    for path in sorted(Path(labels_dir).glob("*.json")):
        if wanted is not None and path.stem not in wanted:
            continue
        label = GoldLabel.model_validate_json(path.read_text(encoding="utf-8"))
        out.append(
            Report(
                id=label.id,
                meta=label.meta,
                events=label.events,
                provenance=Provenance(backend="gold", model="gold", prompt_version="gold"),
            )
        )
    return out
