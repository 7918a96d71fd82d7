"""ACLED's names of a regime's forces by era (Assad's army and the transitional
authorities' are two actors) and of groups before the merger that made them, read from the
alias table's ``state_names.eras``."""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from typing import Any

from summarizer.resources import data_text
from summarizer.schema import Actor

__all__ = ["era_name", "mission_founded"]


_STATE_NAME = re.compile(r"^(?:Military Forces|Police Forces|Government) of ")


@functools.lru_cache(maxsize=1)
def _state_names() -> dict[str, Any]:
    return dict(json.loads(data_text("actors.json"))["state_names"])


@functools.lru_cache(maxsize=1)
def _eras() -> dict[str, list[tuple[dt.date, dt.date | None, str]]]:
    data = _state_names().get("eras", {})
    return {
        base: [(dt.date.fromisoformat(a), dt.date.fromisoformat(b) if b else None, name) for a, b, name, *_ in spans]
        for base, spans in data.items()
        if not base.startswith("_")
    }


@functools.lru_cache(maxsize=1)
def _era_types() -> dict[str, str]:
    """An era's name -> the actor type it had then, where the era says (Janjaweed militias
    before the Rapid Support Forces were formed from them were a political militia)."""
    data = _state_names().get("eras", {})
    return {
        span[2]: span[3] for base, spans in data.items() if not base.startswith("_") for span in spans if len(span) > 3
    }


def era_name(actor: Actor, day: dt.date | None) -> Actor:
    """The actor under the name ACLED gives its forces in the era of ``day``: Assad's army
    and the transitional authorities' are two actors ("Military Forces of Syria
    (2000-2024)", "(2024-)"), and a group formed by a merger has its forerunners' names
    before it (al-Qaeda in Mali is AQIM before JNIM's founding); an undated event, or an
    era-less actor, keeps its name."""
    if day is None:
        return actor
    base = re.sub(r"\s*\(\d{4}-(?:\d{4})?\)$", "", actor.name)
    spans = _eras().get(base)
    if not spans and base.startswith("Police Forces of "):
        # a regime's police carry its era as its army does ("Police Forces of Syria (2000-2024)")
        army = _eras().get(base.replace("Police Forces of ", "Military Forces of ", 1)) or []
        spans = [(a, b, n.replace("Military Forces of ", "Police Forces of ", 1)) for a, b, n in army]
    if not spans:
        return actor
    name = next((n for a, b, n in spans if a <= day and (b is None or day < b)), base)
    if name == actor.name:
        return actor
    # a group that took the state is its forces from then on ("Taliban" after 15 August 2021)
    ruling = _STATE_NAME.match(name) is not None and actor.type != "State forces"
    kind = "State forces" if ruling else _era_types().get(name)
    return actor.model_copy(update={"name": name, **({"type": kind} if kind else {})})


@functools.lru_cache(maxsize=1)
def _founded() -> dict[str, dt.date]:
    data = _state_names().get("missions_founded", {})
    return {name: dt.date.fromisoformat(day) for name, day in data.items() if not name.startswith("_")}


def mission_founded(name: str) -> dt.date | None:
    """The day a peacekeeping mission began (the table's ``state_names.missions_founded``),
    or None when the table gives none: troops called peacekeepers before it served in none."""
    return _founded().get(name)
