"""A named group's bombing that opened its assault on a post folds into the battle."""

from __future__ import annotations

import datetime as dt

from summarizer.article import Article
from summarizer.assault_openers import FLAG, fold_assault_openers
from summarizer.draft import DraftClaim, DraftEvent
from summarizer.records import build_event
from summarizer.schema import ArticleMeta, Event
from summarizer.text import sentence_spans

TEXT = (
    "Over 100 Shabab Militants Killed in Base Attack\n\n"
    "The African Union force in Somalia says soldiers killed more than 100 al-Shabab militants who attacked a "
    "military base in Halgan Thursday. "
    "The militants set off a car bomb and then tried to storm the Ethiopian base in the village of Halgan. "
    "Al-Shabab's radio station says the group killed 43 Ethiopian troops in the attack."
)


def _event(art: Article, sub: str, sentences: list[int], claims: list[DraftClaim], actor1: str, actor2: str) -> Event:
    draft = DraftEvent(
        sentences=sentences, sub_event_type=sub, date="Thursday", place="Halgan", region="", country="Somalia",
        actor1=actor1, actor1_type="Rebel group", actor2=actor2, actor2_type="External/Other forces", claims=claims,
    )  # fmt: skip
    return build_event(draft, art)[0]


def test_a_named_groups_car_bomb_and_its_clash_at_one_place_and_day_are_one_battle() -> None:
    art = Article(text=TEXT, sentences=sentence_spans(TEXT), meta=ArticleMeta(published=dt.date(2016, 6, 10)))
    bomb = _event(
        art, "Remote explosive/landmine/IED", [3],
        [DraftClaim(figure="more than 100", victims="non_state", claimant="African Union force", sentence=2)],
        "al-Shabab", "African Union force",
    )  # fmt: skip
    clash = _event(
        art, "Armed clash", [2, 4],
        [DraftClaim(figure="43", victims="foreign_forces", claimant="al-Shabab", sentence=4)],
        "al-Shabab", "Ethiopian troops",
    )  # fmt: skip
    assert bomb.sub_event_type == "Remote explosive/landmine/IED" and clash.sub_event_type == "Armed clash"
    events = fold_assault_openers([bomb, clash])
    assert events == [clash] and f"{FLAG}:Remote explosive/landmine/IED" in clash.flags
    assert sorted(c.low or 0 for c in clash.fatality_claims) == [43, 100]
    assert clash.actor2 is not None and clash.actor2.name == bomb.actor2.name  # type: ignore[union-attr]


def test_unidentified_bombers_or_another_day_stay_apart() -> None:
    art = Article(text=TEXT, sentences=sentence_spans(TEXT), meta=ArticleMeta(published=dt.date(2016, 6, 10)))
    bomb = _event(art, "Remote explosive/landmine/IED", [3], [], "gunmen", "African Union force")
    clash = _event(art, "Armed clash", [2, 4], [], "gunmen", "Ethiopian troops")
    assert bomb.actor1 is not None and bomb.actor1.name == "Unidentified Armed Group"
    assert fold_assault_openers([bomb, clash]) == [bomb, clash]
    named = _event(art, "Remote explosive/landmine/IED", [3], [], "al-Shabab", "African Union force")
    other_day = _event(art, "Armed clash", [2, 4], [], "al-Shabab", "Ethiopian troops")
    other_day.date = other_day.date.model_copy(update={"start": dt.date(2016, 6, 1), "end": dt.date(2016, 6, 1)})
    assert fold_assault_openers([named, other_day]) == [named, other_day]
