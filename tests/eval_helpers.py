"""Hand-made gold items for the eval-suite tests (no model, no gold folder needed)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from summarizer.evaluation.gold import GoldItem, gold_to_report
from summarizer.schema import Event, GoldLabel, Report

ARTICLE = (
    "JNIM fighters attack army camp near Tenenkou\n\n"
    "Jihadists of JNIM attacked a Malian army camp at Lido Beach near Tenenkou on Tuesday, "
    "the Malian army said. The army said 14 assailants were killed. "
    "JNIM said it killed five soldiers.\n\n"
    "Last July, a suicide attack in Kati targeted the army's main base."
)

MAIN: dict[str, Any] = {
    "salience": "main",
    "event_type": "Battles",
    "sub_event_type": "Armed clash",
    "date": {"start": "2023-01-10", "end": "2023-01-10", "precision": "day", "text": "Tuesday"},
    "location": {"country": "Mali", "admin1": "Mopti", "place": "Lido Beach, Ténenkou", "geo_precision": 2},
    "actor1": {"name": "JNIM: Group for Support of Islam and Muslims", "type": "Rebel group",
               "aliases": ["JNIM", "jihadists"]},
    "actor2": {"name": "Military Forces of Mali", "type": "State forces",
               "aliases": ["Malian army", "army", "soldiers"]},
    "fatality_claims": [
        {"low": 14, "high": 14, "victims": "non_state", "claimant": "Malian army"},
        {"low": 5, "high": 5, "victims": "state_forces", "claimant": "JNIM"},
    ],
    "fatalities": {"low": 14, "best": 14, "high": 19},
    "fatalities_acled": 19,
    "evidence": ["The army said 14 assailants were killed."],
}  # fmt: skip

BACKGROUND: dict[str, Any] = {
    "salience": "background",
    "event_type": "Explosions/Remote violence",
    "sub_event_type": "Suicide bomb",
    "date": {"start": "2022-07-22", "end": "2022-07-22", "precision": "day"},
    "location": {"country": "Mali", "admin1": "Koulikoro", "place": "Kati", "geo_precision": 1},
    "actor1": {"name": "JNIM: Group for Support of Islam and Muslims", "type": "Rebel group", "aliases": []},
    "actor2": {"name": "Military Forces of Mali", "type": "State forces", "aliases": []},
}

FACTS = [
    {"fact": "JNIM attacked an army camp near Tenenkou.", "key_terms": ["JNIM", "Tenenkou|Ténenkou"]},
    {"fact": "The army said 14 assailants were killed.", "key_terms": ["14|fourteen", "army"]},
    {"fact": "JNIM said it killed five soldiers.", "key_terms": ["five|5", "soldier"]},
]


def gold_item(events: list[dict[str, Any]] | None = None, item_id: str = "case_1") -> GoldItem:
    label = GoldLabel.model_validate(
        {
            "id": item_id,
            "meta": {"title": "t", "published": dt.date(2023, 1, 12)},
            "events": [MAIN, BACKGROUND] if events is None else events,
            "summary_facts": FACTS,
        }
    )
    return GoldItem(id=item_id, text=ARTICLE, label=label)


def perfect(item: GoldItem) -> Report:
    return gold_to_report(item.label)


def edited(item: GoldItem, index: int = 0, **changes: Any) -> Report:
    """The perfect report with fields of event ``index`` replaced (dotted keys reach nested)."""
    report = perfect(item)
    data = report.events[index].model_dump()
    for key, value in changes.items():
        target = data
        *path, last = key.split("__")
        for part in path:
            target = target[part]
        target[last] = value
    report.events[index] = Event.model_validate(data)
    return report
