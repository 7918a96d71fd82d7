"""Checking and writing one gold label, with the rules of ``shared/gold/validate.py``.

The page saves a reviewed report as a gold label; it must be exactly as well formed as a
hand-written one, or the eval would read a label that the validator rejects. The rules
below are ``validate.py``'s, ported one for one (same messages), and
``tests/test_review.py`` runs the original script on what :func:`save_gold_label` writes
so the two cannot drift apart silently.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, get_args

from summarizer.errors import InputError
from summarizer.schema import SUB_EVENT_TYPES, ActorType, DatePrecision, Victims

__all__ = ["gold_label_problems", "save_gold_label"]

_ACTOR_TYPES = set(get_args(ActorType))
_VICTIMS = set(get_args(Victims))
_PRECISION = set(get_args(DatePrecision))
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,120}$")


def _norm(s: str) -> str:
    return " ".join(
        s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"').split()
    )


def _actor(a: Any, where: str, errs: list[str], nullable: bool = False) -> None:
    if a is None:
        if not nullable:
            errs.append(f"{where}: missing")
        return
    if not isinstance(a, dict) or not a.get("name"):
        errs.append(f"{where}: needs a name")
        return
    if a.get("type") not in _ACTOR_TYPES:
        errs.append(f"{where}: bad type {a.get('type')!r}")
    if not isinstance(a.get("aliases", []), list):
        errs.append(f"{where}: aliases must be a list")


def _event(ev: dict[str, Any], w: str, flat: str, errs: list[str]) -> None:
    if ev.get("salience") not in {"main", "background"}:
        errs.append(f"{w}.salience: {ev.get('salience')!r}")
    et, st = ev.get("event_type"), ev.get("sub_event_type")
    if et not in SUB_EVENT_TYPES:
        errs.append(f"{w}.event_type: {et!r}")
    elif st not in SUB_EVENT_TYPES[et]:
        errs.append(f"{w}.sub_event_type {st!r} not under {et}")
    d = ev.get("date", {})
    if d.get("precision") not in _PRECISION:
        errs.append(f"{w}.date.precision: {d.get('precision')!r}")
    for k in ("start", "end"):
        if d.get(k) is not None and not _ISO.match(d[k]):
            errs.append(f"{w}.date.{k}: {d[k]!r}")
    loc = ev.get("location", {})
    if not loc.get("country"):
        errs.append(f"{w}.location.country missing")
    if loc.get("geo_precision") not in (1, 2, 3):
        errs.append(f"{w}.location.geo_precision: {loc.get('geo_precision')!r}")
    _actor(ev.get("actor1"), f"{w}.actor1", errs)
    _actor(ev.get("actor2"), f"{w}.actor2", errs, nullable=True)
    for j, a in enumerate(ev.get("assoc_actors", [])):
        _actor(a, f"{w}.assoc_actors[{j}]", errs)
    for j, c in enumerate(ev.get("fatality_claims", [])):
        cw = f"{w}.fatality_claims[{j}]"
        if not isinstance(c.get("low"), int):
            errs.append(f"{cw}.low must be an int")
        if c.get("high") is not None and (not isinstance(c["high"], int) or c["high"] < c.get("low", 0)):
            errs.append(f"{cw}.high must be null or an int >= low")
        if c.get("victims") not in _VICTIMS:
            errs.append(f"{cw}.victims: {c.get('victims')!r}")
        if not c.get("claimant"):
            errs.append(f"{cw}.claimant missing")
        if c.get("quote") and _norm(c["quote"]) not in flat:
            errs.append(f"{cw}.quote not verbatim in the article: {c['quote'][:60]!r}")
    f = ev.get("fatalities", {})
    for k in ("low", "best", "high"):
        if f.get(k) is not None and not isinstance(f[k], int):
            errs.append(f"{w}.fatalities.{k} must be int or null")
    if not isinstance(ev.get("fatalities_acled"), int):
        errs.append(f"{w}.fatalities_acled must be an int")
    quotes = ev.get("evidence", [])
    if not quotes:
        errs.append(f"{w}.evidence is empty")
    for q in quotes:
        if _norm(q) not in flat:
            errs.append(f"{w}.evidence not verbatim in the article: {q[:60]!r}")


def gold_label_problems(label: dict[str, Any], text: str) -> list[str]:
    """Every way ``label`` (a FORMAT.md label as JSON data) breaks the gold rules; [] if none."""
    errs: list[str] = []
    for key in ("id", "meta", "events", "summary_facts"):
        if key not in label:
            errs.append(f"missing {key}")
    meta = label.get("meta", {})
    pub = meta.get("published")
    if pub is not None and not _ISO.match(pub):
        errs.append(f"meta.published not ISO: {pub!r}")
    if meta.get("language") not in {"en", "fr"}:
        errs.append(f"meta.language: {meta.get('language')!r}")
    flat = _norm(text)
    for i, ev in enumerate(label.get("events", [])):
        _event(ev, f"events[{i}]", flat, errs)
    for i, fact in enumerate(label.get("summary_facts", [])):
        if not fact.get("fact") or not fact.get("key_terms"):
            errs.append(f"summary_facts[{i}] needs fact and key_terms")
    return errs


def save_gold_label(folder: str | Path, label: dict[str, Any], text: str) -> Path:
    """Write ``articles/<id>.txt`` and ``labels/<id>.json`` under ``folder``; return the label path.

    Nothing is written unless the label passes every rule: a rejected save raises
    ``InputError`` listing the problems, and an existing label of the same id is replaced
    only by a valid one.
    """
    ident = str(label.get("id") or "")
    if not _ID.match(ident):
        raise InputError(f"gold label id {ident!r} must be letters, digits, '_', '.' or '-'")
    problems = gold_label_problems(label, text)
    if problems:
        raise InputError("the label breaks the gold rules: " + "; ".join(problems))
    root = Path(folder)
    (root / "articles").mkdir(parents=True, exist_ok=True)
    (root / "labels").mkdir(parents=True, exist_ok=True)
    (root / "articles" / f"{ident}.txt").write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
    path = root / "labels" / f"{ident}.json"
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(label, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    tmp.replace(path)
    return path
