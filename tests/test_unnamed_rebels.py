"""Unnamed rebels are the story's one named rebel group (unnamed_rebels.py)."""

from __future__ import annotations

import datetime as dt

from summarizer.article import Article
from summarizer.draft import DraftEvent
from summarizer.records import build_event
from summarizer.schema import Actor, ArticleMeta, Event
from summarizer.text import sentence_spans
from summarizer.unnamed_rebels import LOYAL_FLAG, name_sides_by_leader, name_unnamed_rebels

COLOMBIA = (
    "Colombian Rebels Kill 16 Soldiers in Ambush\n\n"
    "Colombian officials say leftist rebels have attacked a military convoy near Hacari, killing six soldiers. "
    "The military says it was carrying out operations against the country's largest rebel group, the "
    "Revolutionary Armed Forces of Colombia (FARC), when explosives were detonated alongside the convoy."
)


def _event(text: str, rebels: str) -> tuple[Article, Event]:
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2006, 4, 22)))
    draft = DraftEvent.model_validate(
        dict(
            sentences=[1],
            sub_event_type="Armed clash",
            date="Thursday",
            place="Hacari",
            region="",
            country="Colombia",
            actor1=rebels,
            actor1_type="Rebel group",
            actor2="soldiers",
            actor2_type="State forces",
            claims=[],
        )  # fmt: skip
    )
    return art, build_event(draft, art)[0]


def test_leftist_rebels_are_the_one_rebel_group_the_story_names() -> None:
    art, event = _event(COLOMBIA, "leftist rebels")
    assert event.actor1 is not None and event.actor1.name == "Unidentified Armed Group"
    name_unnamed_rebels([event], art.text)
    assert event.actor1.name == "Revolutionary Armed Forces of Colombia" and event.actor1.type == "Rebel group"
    assert "leftist rebels" in event.actor1.aliases
    assert "actor1_named_by_the_story:Revolutionary Armed Forces of Colombia" in event.flags


def test_suspected_rebels_gunmen_or_a_story_with_two_groups_stay_unidentified() -> None:
    art, suspected = _event(COLOMBIA, "suspected rebels")
    _, gunmen = _event(COLOMBIA, "gunmen")
    name_unnamed_rebels([suspected, gunmen], art.text)
    assert [e.actor1.name for e in (suspected, gunmen) if e.actor1] == ["Unidentified Armed Group"] * 2
    two = COLOMBIA + " The National Liberation Army (ELN) denied any part in it."
    art, event = _event(two, "leftist rebels")
    name_unnamed_rebels([event], art.text)
    assert event.actor1 is not None and event.actor1.name == "Unidentified Armed Group"
    assert not [f for f in event.flags if "named_by_the_story" in f]


def test_the_rebels_of_an_attack_nobody_claimed_stay_unidentified() -> None:
    from summarizer.unclaimed import TOLD_UNCLAIMED

    art, event = _event(COLOMBIA, "leftist rebels")
    event.flags.append(TOLD_UNCLAIMED)
    name_unnamed_rebels([event], art.text)
    assert event.actor1 is not None and event.actor1.name == "Unidentified Armed Group"


def test_armed_men_loyal_to_a_leader_the_table_knows_are_his_group() -> None:
    event = Event.model_validate(
        dict(
            salience="main", event_type="Violence against civilians", sub_event_type="Attack",
            date=dict(start="2014-07-16", end="2014-07-16", precision="day", text="on Wednesday"),
            location=dict(country="South Sudan", admin1="Jonglei"),
            actor1=dict(name="Unidentified Armed Group", type="Rebel group", aliases=["armed men"]),
            actor2=dict(name="Civilians", type="Civilians", aliases=[]),
            evidence=["The commissioner said armed men loyal to opposition leader Riek Machar attacked and killed "
                      "residents of Cuei village on Wednesday."],
        )
    )  # fmt: skip
    name_sides_by_leader([event], "South Sudan")
    assert event.actor1 is not None and event.actor1.name.startswith("SPLM/A-IO")
    assert f"{LOYAL_FLAG}:{event.actor1.name}" in event.flags and event.actor1.aliases == ["armed men"]
    # a leader the table does not know, or none at all, leaves the side unnamed
    for told in ("armed men loyal to a local chief attacked the village", "armed men attacked the village"):
        other = event.model_copy(
            update={"actor1": Actor(name="Unidentified Armed Group", type="Rebel group", aliases=[]),
                    "evidence": [told], "flags": []}
        )  # fmt: skip
        name_sides_by_leader([other], "South Sudan")
        assert other.actor1 is not None and other.actor1.name == "Unidentified Armed Group"


SELEKA = (
    "CAR Rebels Threaten Capital\n\n"
    "The rebel group Seleka began its lightning offensive in the north on December 10. "
    "On Saturday, the rebels took the city of Sibut, 186 kilometers from the capital."
)


def test_rebels_who_took_a_town_are_the_storys_group_even_when_the_model_named_no_one() -> None:
    def side() -> Event:
        ev = _event(SELEKA, "unidentified armed group")[1]
        return ev.model_copy(update={"evidence": [SELEKA.split(". ")[-1]]})

    took = side()
    assert took.actor1 is not None and took.actor1.name == "Unidentified Armed Group"
    name_unnamed_rebels([took], SELEKA)
    assert took.actor1 is not None and took.actor1.name == "Seleka"
    # rebels only said to hold a town, doing nothing, stay unread
    held = side().model_copy(update={"evidence": ["The city of Sibut is held by the rebels."]})
    name_unnamed_rebels([held], SELEKA)
    assert held.actor1 is not None and held.actor1.name == "Unidentified Armed Group"
