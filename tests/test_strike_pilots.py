"""An air strike no sentence owns is flown by the force the story last set to work."""

from __future__ import annotations

import datetime as dt

from summarizer.aimed_at import aimed_at_a_force
from summarizer.article import Article
from summarizer.draft import DraftClaim, DraftEvent
from summarizer.records import build_event
from summarizer.schema import Actor, ArticleMeta, Event
from summarizer.strike_pilots import pilots_of_unowned_strikes
from summarizer.text import sentence_spans

UNNAMED = Actor(name="Unidentified Armed Group", type="Rebel group", aliases=[])


def _article(text: str) -> Article:
    return Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2004, 10, 13)))


def _event(art: Article, sub: str, sentence: int, country: str, figure: str, victims: str) -> Event:
    draft = DraftEvent(
        sentences=[sentence], sub_event_type=sub, date="Tuesday", place="", region="", country=country,
        actor1="armed group", actor1_type="Rebel group", actor2="people", actor2_type="Civilians",
        claims=[DraftClaim(figure=figure, victims=victims, claimant="officials", sentence=sentence)],
    )  # fmt: skip
    return build_event(draft, art)[0]


def test_warplanes_after_a_paragraph_on_us_operations_are_the_us_forces() -> None:
    text = (
        "Strikes in Iraq\n\n"
        "U.S. forces Tuesday pounded insurgent targets across Iraq as they stepped up operations. "
        "In Fallujah, warplanes bombed buildings believed to be used by a terror network, killing at least four Iraqis."
    )
    art = _article(text)
    ev = _event(art, "Air/drone strike", 3, "Iraq", "at least four", "unknown")
    ev.actor1 = UNNAMED
    pilots_of_unowned_strikes(art, [ev], "Iraq")
    assert ev.actor1 is not None and ev.actor1.name == "Military Forces of the United States"
    assert any(f.startswith("actor1_flew_the_strike:") for f in ev.flags)


def test_a_strike_no_sentence_gives_a_force_is_flown_by_unidentified_military_forces() -> None:
    text = (
        "Explosions in the Capital\n\n"
        "Explosions and anti-aircraft fire could be heard in parts of the capital late Saturday. "
        "Residents said they saw a drone or aircraft opening fire, killing two people."
    )
    art = _article(text)
    ev = _event(art, "Air/drone strike", 3, "Libya", "two", "unknown")
    ev.actor1 = UNNAMED
    pilots_of_unowned_strikes(art, [ev], "Libya")
    assert ev.actor1 is not None and ev.actor1.name == "Unidentified Military Forces"


def test_a_named_group_flying_drones_is_left_alone() -> None:
    text = "Drone Attack\n\nThe Houthis launched drones at an airport on Tuesday, killing two people."
    art = _article(text)
    ev = _event(art, "Air/drone strike", 2, "Yemen", "two", "civilians")
    ev.actor1 = Actor(name="Houthi Movement", type="Rebel group", aliases=["Houthis"])
    pilots_of_unowned_strikes(art, [ev], "Yemen")
    assert ev.actor1.name == "Houthi Movement"


def test_a_car_bomb_aimed_at_a_convoy_of_us_troops_hit_the_us_forces() -> None:
    text = (
        "Car Bomb in Kabul\n\n"
        "A suicide car bomber killed six civilians Thursday in an attack on a convoy of U.S. troops near the airport."
    )
    art = _article(text)
    ev = _event(art, "Suicide bomb", 2, "Afghanistan", "six", "civilians")
    ev.actor1, ev.actor2 = UNNAMED, Actor(name="Civilians", type="Civilians", aliases=[])
    aimed_at_a_force([ev], "Afghanistan")
    assert ev.actor2 is not None and ev.actor2.name == "Military Forces of the United States"


def test_a_bomb_in_a_market_stays_an_attack_on_civilians() -> None:
    text = "Market Bomb\n\nA bomb killed six civilians Thursday at a crowded market near a bus station."
    art = _article(text)
    ev = _event(art, "Remote explosive/landmine/IED", 2, "Afghanistan", "six", "civilians")
    ev.actor1, ev.actor2 = UNNAMED, Actor(name="Civilians", type="Civilians", aliases=[])
    aimed_at_a_force([ev], "Afghanistan")
    assert ev.actor2.name == "Civilians"
