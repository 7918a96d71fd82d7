"""The force that freed the people taken is neither the abduction's side hit nor its doer."""

from __future__ import annotations

import datetime as dt

from summarizer.article import Article
from summarizer.rescuers import CAPTORS_FLAG, captors_not_rescuer, taken_not_rescuer
from summarizer.schema import Actor, ArticleMeta
from summarizer.text import sentence_spans

ARMY = Actor(name="Military Forces of Nigeria", type="State forces", aliases=["military"])
RAID = ["In Nigeria, a military raid has freed 12 foreign sailors abducted by militants over the weekend."]


def test_the_army_that_freed_the_captives_gives_way_to_the_people_taken() -> None:
    actor2, flags = taken_not_rescuer(ARMY, "Abduction/forced disappearance", RAID)
    assert actor2 is not None and (actor2.name, actor2.type) == ("Civilians", "Civilians")
    assert flags == ["actor2_freed_the_captives:Military Forces of Nigeria"]


def test_soldiers_taken_or_a_clash_keep_their_sides() -> None:
    taken = ["Militants abducted three soldiers at a checkpoint near Bonny."]
    assert taken_not_rescuer(ARMY, "Abduction/forced disappearance", taken) == (ARMY, [])
    assert taken_not_rescuer(ARMY, "Armed clash", RAID) == (ARMY, [])


def _article(text: str) -> Article:
    return Article(
        text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2010, 11, 19), outlet="VOA")
    )


def test_the_rescuers_named_as_kidnappers_give_way_to_the_captors_the_article_names() -> None:
    art = _article(
        "Nigerian security forces have freed 19 foreign oil workers who were being held hostage in militant camps. "
        "The main militant group, the Movement for the Emancipation of the Niger Delta (MEND), which kidnapped "
        "the oil workers, says it is fighting for a fairer share of the region's oil wealth."
    )
    actor1, flags = captors_not_rescuer(ARMY, "Abduction/forced disappearance", art, "Nigeria")
    assert actor1 is not None and actor1.name.startswith("MEND") and actor1.type == "Rebel group"
    assert flags == [f"{CAPTORS_FLAG}:Military Forces of Nigeria"]
    # taken "by" a group is the strongest telling of who took them
    art = _article(
        "Philippine troops have rescued three hostages held by Muslim rebels. "
        "The three men were among 15 plantation workers seized by the Abu Sayyaf last June."
    )
    actor1, _ = captors_not_rescuer(ARMY, "Abduction/forced disappearance", art, "Philippines")
    assert actor1 is not None and "Abu Sayyaf" in actor1.name


def test_captors_told_only_as_gunmen_or_not_at_all_are_an_unidentified_armed_group() -> None:
    for text in (
        "Nearly 70 students are free, authorities said. Heavily armed gunmen kidnapped them on September 1.",
        "The Nigerian military retracted a statement that most of the girls had been freed from their captors.",
    ):
        actor1, flags = captors_not_rescuer(ARMY, "Abduction/forced disappearance", _article(text), "Nigeria")
        assert actor1 is not None and actor1.name == "Unidentified Armed Group" and flags


def test_a_state_that_itself_took_people_or_another_kind_of_event_keeps_its_side() -> None:
    art = _article("Witnesses said soldiers abducted four activists from their homes in the night.")
    assert captors_not_rescuer(ARMY, "Abduction/forced disappearance", art, "Nigeria") == (ARMY, [])
    rescue = _article("Troops rescued 12 sailors kidnapped by pirates.")
    assert captors_not_rescuer(ARMY, "Armed clash", rescue, "Nigeria") == (ARMY, [])
