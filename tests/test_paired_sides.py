"""Two sides named in one phrase ("the Ayr and Marehan clans") become the event's two sides."""

from __future__ import annotations

import datetime as dt

from summarizer.article import Article
from summarizer.draft import DraftEvent
from summarizer.records import build_event
from summarizer.schema import ArticleMeta
from summarizer.text import sentence_spans

TEXT = (
    "Rival Clans Clash in Somalia\n\n"
    "At least 10 people were killed when rival clan militias clashed in the Balanbal district, elders said Tuesday. "
    "What sparked the battle between the Ayr and Marehan clans remains unclear."
)


def _event(actor1: str, actor2: str, sub_type: str = "Armed clash") -> tuple[str, str | None, list[str]]:
    art = Article(text=TEXT, sentences=sentence_spans(TEXT), meta=ArticleMeta(published=dt.date(2022, 2, 1)))
    draft = DraftEvent(
        sentences=[2, 3], sub_event_type=sub_type, date="Tuesday", place="Balanbal", region="", country="Somalia",
        actor1=actor1, actor1_type="Identity militia", actor2=actor2, actor2_type="Civilians", claims=[],
    )  # fmt: skip
    ev = build_event(draft, art)[0]
    return ev.actor1.name if ev.actor1 else "", ev.actor2.name if ev.actor2 else None, ev.flags


def test_two_clans_named_together_are_the_two_sides_of_their_fight() -> None:
    a1, a2, flags = _event("Ayr and Marehan clans", "villagers")
    assert (a1, a2) == ("Ayr Clan Militia (Somalia)", "Marehan Clan Militia (Somalia)")
    assert "sides_two_in_one:Ayr and Marehan clans" in flags


def test_a_named_armed_other_side_or_a_deal_keeps_the_models_sides() -> None:
    a1, a2, flags = _event("Ayr and Marehan clans", "Somali army")
    assert a2 == "Military Forces of Somalia" and not any(f.startswith("sides_two_in_one") for f in flags)
    _, _, flags = _event("Ayr and Marehan clans", "", "Agreement")
    assert not any(f.startswith("sides_two_in_one") for f in flags)
