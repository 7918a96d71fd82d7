"""Pure functions that turn a ``Report`` into what the page shows.

Kept apart from ``app.py`` for two reasons: the article text is untrusted input rendered
with ``unsafe_allow_html``, so the escaping must be testable on its own; and table rows,
figures and labels are easier to get right (and to keep stable) as plain data.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from summarizer import Actor, DateSpan, Event, FatalityClaim, Location, Report

#: background colours cycled over events, light enough for black text on them
PALETTE = ("#fde68a", "#bfdbfe", "#bbf7d0", "#fbcfe8", "#ddd6fe", "#fed7aa", "#a5f3fc", "#e9d5ff")


def event_colour(index: int) -> str:
    """Colour of event ``index`` (0-based): the same in the table legend and the text."""
    return PALETTE[index % len(PALETTE)]


@dataclass(frozen=True)
class Highlight:
    """One character range of the article to mark, and which event it supports."""

    start: int
    end: int
    event: int  # 0-based index into report.events


def evidence_highlights(text: str, events: list[Event]) -> list[Highlight]:
    """Spans the grounding step found (exact or fuzzy) that fall inside ``text``.

    Spans with status ``none`` or offsets outside the text are dropped rather than
    trusted: a wrong offset would otherwise mark an unrelated sentence as evidence.
    """
    out: list[Highlight] = []
    for i, event in enumerate(events):
        for span in event.evidence_spans:
            if span.status == "none" or span.start is None or span.end is None:
                continue
            if 0 <= span.start < span.end <= len(text):
                out.append(Highlight(span.start, span.end, i))
    return sorted(out, key=lambda h: (h.start, h.end, h.event))


def highlight_html(text: str, events: list[Event], focus: tuple[int, int] | None = None) -> str:
    """The whole article as escaped HTML with each event's evidence marked in place.

    Every piece of article text goes through ``html.escape``: the page renders this with
    ``unsafe_allow_html``, and an article is untrusted (it may contain ``<script>``).
    Overlapping spans of different events are split at every boundary so each piece is
    marked with all the events it supports.
    """
    highlights = evidence_highlights(text, events)
    if focus is not None and not (0 <= focus[0] < focus[1] <= len(text)):
        focus = None
    cuts = {0, len(text), *(h.start for h in highlights), *(h.end for h in highlights)}
    if focus is not None:
        cuts |= set(focus)
    bounds = sorted(cuts)
    started: set[tuple[int, int]] = set()  # (event, start) whose label was already shown
    parts: list[str] = []
    for lo, hi in zip(bounds, bounds[1:], strict=False):
        piece = _escape_lines(text[lo:hi])
        if focus is not None and focus[0] <= lo and hi <= focus[1]:
            # the sentence of the claim the user picked: outlined, and scrolled to
            piece = f'<mark class="claim-focus" style="outline:2px solid #b91c1c;background:#fecaca">{piece}</mark>'
        covering = [h for h in highlights if h.start <= lo and hi <= h.end]
        if not covering:
            parts.append(piece)
            continue
        ids = sorted({h.event for h in covering})
        labels = ""
        for h in covering:
            if h.start == lo and (h.event, h.start) not in started:
                started.add((h.event, h.start))
                labels += f'<sup class="ev-label">E{h.event + 1}</sup>'
        title = "Evidence for " + ", ".join(f"event {i + 1}" for i in ids)
        parts.append(
            f'{labels}<mark class="ev" data-events="{" ".join(str(i + 1) for i in ids)}" '
            f'title="{title}" style="background:{event_colour(ids[0])}">{piece}</mark>'
        )
    return '<div class="article-text" style="line-height:1.6;font-family:Georgia,serif">' + "".join(parts) + "</div>"


def _escape_lines(text: str) -> str:
    """Escape, and write line breaks as ``<br>``.

    ``st.markdown`` treats a blank line as the end of an HTML block and would parse the
    rest of the article as markdown, so the HTML must stay on one line.
    """
    return html.escape(text).replace("\n", "<br>")


def format_date(date: DateSpan) -> str:
    """A date range as a user reads it: one day, ``start – end``, or the phrase it came from."""
    if date.start and date.end and date.start != date.end:
        return f"{date.start.isoformat()} – {date.end.isoformat()}"
    if date.start:
        return date.start.isoformat()
    if date.end:
        return f"by {date.end.isoformat()}"
    return f"unknown ({date.text})" if date.text else "unknown"


def actor_label(actor: Actor | None) -> str:
    """Name and ACLED type, or an empty string for a one-sided event."""
    return f"{actor.name} ({actor.type})" if actor else ""


def actors_text(event: Event) -> str:
    """Both sides and their allies on one line: ``A vs B (with C)``."""
    sides = [a.name for a in (event.actor1, event.actor2) if a]
    text = " vs ".join(sides)
    if event.assoc_actors:
        text += " (with " + ", ".join(a.name for a in event.assoc_actors) + ")"
    return text


def place_text(location: Location) -> str:
    """Most specific place known, falling back to the region and then the country."""
    return location.place or location.admin1 or location.country or ""


def events_table(report: Report) -> list[dict[str, Any]]:
    """One row per event with the columns the page's table shows (ACLED + UCDP figures)."""
    rows: list[dict[str, Any]] = []
    for i, e in enumerate(report.events, start=1):
        rows.append(
            {
                "#": i,
                "date": format_date(e.date),
                "type": e.event_type,
                "sub-type": e.sub_event_type,
                "place": e.location.place or "",
                "admin1": e.location.admin1 or "",
                "country": e.location.country or "",
                "actors": actors_text(e),
                "ACLED fatalities": e.fatalities_acled,
                "UCDP low": e.fatalities.low,
                "UCDP best": e.fatalities.best,
                "UCDP high": e.fatalities.high,
                "salience": e.salience,
                "flags": ", ".join(e.flags),
            }
        )
    return rows


def figure_text(claim: FatalityClaim) -> str:
    """A claimed figure written as the codebook reads it: ``6``, ``at least 15``, ``20–80``."""
    if claim.low is None and claim.high is None:
        return "unspecified"
    if claim.high is None:
        return f"at least {claim.low}"
    if claim.low is None:
        return f"up to {claim.high}"
    return str(claim.low) if claim.low == claim.high else f"{claim.low}–{claim.high}"


def claims_table(event: Event) -> list[dict[str, Any]]:
    """Fatality claims of one event, with whether their quote was found in the article."""
    return [
        {
            "figure": figure_text(c),
            "victims": c.victims.replace("_", " "),
            "claimant": c.claimant,
            "quote": c.quote,
            "found in text": c.span.status if c.span else "not checked",
        }
        for c in event.fatality_claims
    ]


def actors_table(event: Event) -> list[dict[str, Any]]:
    """Every actor of the event with its role, ACLED type and the names the article uses."""
    roles: list[tuple[str, Actor | None]] = [("actor 1", event.actor1), ("actor 2", event.actor2)]
    roles += [("associated", a) for a in event.assoc_actors]
    return [
        {"role": role, "name": a.name, "type": a.type, "aliases": ", ".join(a.aliases)}
        for role, a in roles
        if a is not None
    ]


def evidence_list(event: Event) -> list[tuple[str, str]]:
    """Each evidence quote with how it was found in the article (``exact``/``fuzzy``/``none``)."""
    out: list[tuple[str, str]] = []
    for i, quote in enumerate(event.evidence):
        status = event.evidence_spans[i].status if i < len(event.evidence_spans) else "not checked"
        out.append((quote, status))
    return out


def summary_check_lines(report: Report) -> list[str]:
    """Why the summary check failed, in words; empty when it passed or there is no summary."""
    if report.summary is None or report.summary.check.passed:
        return []
    check = report.summary.check
    lines: list[str] = []
    if check.loaded_words:
        lines.append("Loaded words: " + ", ".join(check.loaded_words))
    if check.unsupported_figures:
        lines.append("Figures not found in the article: " + ", ".join(check.unsupported_figures))
    if check.unattributed_figures:
        lines.append("Figures stated without their source: " + ", ".join(check.unattributed_figures))
    return lines or ["The summary did not pass the neutrality check."]


@dataclass(frozen=True)
class MapPoint:
    """A located event ready to plot, with how precisely it is known."""

    lat: float
    lon: float
    label: str
    country: str
    event: int  # 0-based
    #: "town" (geo_precision 1), "near a town" (2), or "region centroid" (only the admin1 is known)
    precision: str = "town"


#: (country, admin1) -> (lat, lon) of the region's middle, or None (``summarizer.admin1_centroid``)
Centroid = Callable[[str | None, str | None], "tuple[float, float] | None"]

PRECISION_TEXT = {1: "town", 2: "near a town", 3: "near a town"}


def _usable(lat: float | None, lon: float | None) -> bool:
    return lat is not None and lon is not None and -90 <= lat <= 90 and -180 <= lon <= 180


def map_points(
    events: list[Event], centroid: Centroid | None = None, *, numbers: list[int] | None = None
) -> list[MapPoint]:
    """A point for every event that can be placed: its town's coordinates, else (with
    ``centroid``) the middle of its region, labelled as such. ``numbers`` renumbers the
    labels (a batch map numbers events across articles)."""
    out: list[MapPoint] = []
    for i, e in enumerate(events):
        loc = e.location
        n = numbers[i] if numbers is not None else i + 1
        lat, lon = loc.latitude, loc.longitude
        if _usable(lat, lon):
            assert lat is not None and lon is not None
            where = ", ".join(x for x in (loc.place or loc.admin1, loc.country) if x)
            prec = PRECISION_TEXT.get(loc.geo_precision, "town") if loc.place else "region centroid"
            out.append(MapPoint(lat, lon, f"E{n} {where}".strip(), loc.country or "", i, prec))
            continue
        found = centroid(loc.country, loc.admin1) if centroid is not None and loc.admin1 else None
        if found is not None and _usable(*found):
            where = ", ".join(x for x in (f"{loc.admin1} region", loc.country) if x)
            out.append(MapPoint(found[0], found[1], f"E{n} {where}", loc.country or "", i, "region centroid"))
    return out


#: how the summary was obtained, in words (``Summary.origin``)
ORIGIN_TEXT = {
    "model": "the model's first answer",
    "model+records": "the model's lead, then the article's own next sentences (or the checked records' facts)",
    "regenerated": "the model's second answer, after the first failed the check",
    "repaired": "repaired in code after the model's answers failed the check",
}


def summary_html(text: str) -> str:
    """The summary as escaped HTML: model output is untrusted (and markdown would read
    ``$`` or ``*`` in a figure as formatting)."""
    return f'<div class="summary" style="font-size:1.05rem;line-height:1.6">{_escape_lines(text)}</div>'


def event_title(index: int, event: Event) -> str:
    """Expander title: ``E1 · Battles / Armed clash · Menaka, Mali · 2023-08-03``."""
    loc = event.location
    where = ", ".join(x for x in (loc.place or loc.admin1, loc.country) if x)
    parts = [f"E{index + 1}", f"{event.event_type} / {event.sub_event_type}"]
    if where:
        parts.append(where)
    parts.append(format_date(event.date))
    if event.salience == "background":
        parts.append("background")
    return " · ".join(parts)


def evidence_html(event: Event) -> str:
    """The evidence quotes as an escaped list, each with whether it was found in the text."""
    items = evidence_list(event)
    if not items:
        return "<p><em>No evidence quoted.</em></p>"
    lis = "".join(f"<li>“{html.escape(quote)}” <small>({html.escape(status)})</small></li>" for quote, status in items)
    return f"<ul>{lis}</ul>"


def legend_html(events: list[Event]) -> str:
    """Colour key linking each highlight colour to its event number."""
    if not events:
        return ""
    chips = "".join(
        f'<span style="background:{event_colour(i)};padding:2px 8px;margin-right:6px;border-radius:4px">E{i + 1}</span>'
        for i in range(len(events))
    )
    return f'<div class="legend">{chips}</div>'


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or line) of ``text`` holding ``start..end``: what a reader checks a claim against."""
    lo = max(text.rfind(". ", 0, start) + 2 if text.rfind(". ", 0, start) >= 0 else 0, text.rfind("\n", 0, start) + 1)
    hits = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    hi = min(hits) + 1 if hits else len(text)
    return lo, max(hi, end)


@dataclass(frozen=True)
class ClaimRef:
    """One fatality claim of the report, as a choice the user can click."""

    event: int  # 0-based
    claim: int  # 0-based within the event
    label: str
    claimant: str
    focus: tuple[int, int] | None  # the claim's sentence in the article, when it was found


def claim_refs(text: str, events: list[Event]) -> list[ClaimRef]:
    """Every claim of every event, labelled ``E1 · 6 state forces · Malian army``."""
    out: list[ClaimRef] = []
    for i, e in enumerate(events):
        for j, c in enumerate(e.fatality_claims):
            focus = None
            if c.span is not None and c.span.status != "none" and c.span.start is not None and c.span.end is not None:
                if 0 <= c.span.start < c.span.end <= len(text):
                    focus = sentence_around(text, c.span.start, c.span.end)
            elif c.quote and c.quote in text:
                at = text.index(c.quote)
                focus = sentence_around(text, at, at + len(c.quote))
            who = c.claimant or "no claimant given"
            label = f"E{i + 1} · {figure_text(c)} {c.victims.replace('_', ' ')} · {who}"
            out.append(ClaimRef(i, j, label, who, focus))
    return out


#: flag prefix -> the events-table column it casts doubt on
FLAG_COLUMNS = (
    ("date", "date"),
    ("dated_", "date"),
    ("place", "place"),
    ("admin", "admin1"),
    ("actor", "actors"),
    ("sub_type", "sub-type"),
    ("claim", "ACLED fatalities"),
    ("evidence", "#"),
    ("no_evidence", "#"),
    ("found_by_second_look", "#"),
)


def doubtful_columns(event: Event) -> set[str]:
    """Columns of the events table that a check flagged for this event (marked in the table)."""
    cols: set[str] = set()
    for flag in event.flags:
        for prefix, col in FLAG_COLUMNS:
            if flag.startswith(prefix):
                cols.add(col)
                if col == "ACLED fatalities":
                    cols |= {"UCDP low", "UCDP best", "UCDP high"}
                break
    return cols


@dataclass(frozen=True)
class BatchEvent:
    """One event of a batch, numbered across the whole batch for its map label."""

    number: int  # 1-based, across articles
    report_id: str
    index: int  # 0-based within its report
    event: Event

    @property
    def day(self) -> Any:
        return self.event.date.start or self.event.date.end


def batch_events(reports: list[Report]) -> list[BatchEvent]:
    """Every event of every report, numbered E1, E2, ... across the batch."""
    items = [(r.id, i, e) for r in reports for i, e in enumerate(r.events)]
    return [BatchEvent(n, rid, i, e) for n, (rid, i, e) in enumerate(items, start=1)]


def within_dates(items: list[BatchEvent], start: Any, end: Any) -> list[BatchEvent]:
    """The events dated inside ``start..end`` (inclusive); undated events are left out."""
    return [b for b in items if b.day is not None and start <= b.day <= end]
