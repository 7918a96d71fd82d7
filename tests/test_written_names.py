"""A named group is reported under the article's own name for it, unless the codebook fixes it."""

from __future__ import annotations

import datetime as dt

from summarizer.schema import Actor, DateSpan, Event, Location
from summarizer.written_names import article_name, named_as_written

BOKO = "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"


def test_a_long_house_name_gives_way_to_the_name_the_story_uses() -> None:
    text = "Des combattants de Boko Haram ont attaqué le village. Boko Haram n'a pas revendiqué."
    assert article_name(BOKO, text) == "Boko Haram"


def test_the_article_spelling_is_kept() -> None:
    text = "Al-Shabab militants attacked the base. Officials said al-Shabab lost four fighters."
    assert article_name("Al Shabaab", text) in {"Al-Shabab", "al-Shabab"}


def test_a_name_used_as_an_adjective_gives_way_to_the_name_itself() -> None:
    text = "Houthi rebels shelled the city. Weapons were smuggled to the Houthis. Houthi fighters advanced."
    assert article_name("Houthi Movement", text) == "Houthis"


def test_the_full_name_wins_over_its_acronym_when_the_article_spells_it_out() -> None:
    text = "The Rapid Support Forces (RSF) shelled El Fasher. The RSF denied it. RSF fighters withdrew."
    assert article_name("Rapid Support Forces", text) == "Rapid Support Forces"


def test_an_acronym_alone_is_the_name_when_the_article_writes_nothing_else() -> None:
    text = "Suspected ADF fighters killed 12 villagers. The ADF has not commented."
    assert article_name("ADF: Allied Democratic Forces", text) == "ADF"


def test_the_codebook_fixes_some_names() -> None:
    text = "JNIM claimed the attack. JNIM said it killed 20 soldiers."
    assert article_name("JNIM: Group for Support of Islam and Muslims", text) is None


def test_descriptions_and_a_country_stand_in_are_not_names() -> None:
    # "paramilitary forces" is how the table recognises the RSF in Sudan, not its name
    assert article_name("Rapid Support Forces", "Clashes with Paramilitary Forces went on.") is None
    # "the UN" stands for the mission only in Mali's stories
    assert (
        article_name(
            "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali",
            "The United Nations said its camp was hit.",
        )
        is None
    )


def test_a_common_noun_opening_a_sentence_is_not_a_name() -> None:
    # "Ambazonian separatists" is a name; "Separatists" opening a sentence is not
    assert article_name("Ambazonian Separatists", "Separatists attacked. Gunmen fled.") is None


def _event(actor1: Actor, actor2: Actor | None) -> Event:
    return Event(
        event_type="Violence against civilians",
        sub_event_type="Attack",
        date=DateSpan(start=dt.date(2017, 8, 17), end=dt.date(2017, 8, 17)),
        location=Location(country="Cameroon"),
        actor1=actor1,
        actor2=actor2,
        evidence=["Boko Haram a attaqué Moskata."],
    )


def test_the_event_renames_groups_and_keeps_state_forces_and_civilians() -> None:
    text = "Boko Haram a attaqué Moskata. Boko Haram a tué un homme; l'armée camerounaise a riposté."
    event = _event(Actor(name=BOKO, type="Rebel group", aliases=["éléments de Boko Haram"]), None)
    renamed = named_as_written(event, text)
    assert renamed.actor1 is not None and renamed.actor1.name == "Boko Haram"
    assert "éléments de Boko Haram" in renamed.actor1.aliases
    army = Actor(name="Military Forces of Cameroon", type="State forces")
    kept = named_as_written(_event(army, Actor(name="Civilians", type="Civilians")), text)
    assert kept.actor1 == army and kept.actor2 is not None and kept.actor2.name == "Civilians"


def test_a_group_the_article_names_only_by_description_keeps_acleds_name() -> None:
    # "Kachin rebels" is how the table recognises the KIA, not a name: ACLED's stands
    text = "Kachin rebels have reached a tentative cease-fire with the government."
    assert article_name("KIA: Kachin Independence Army", text) is None
    assert article_name("KIA: Kachin Independence Army", "The Kachin Independence Army said so.") == (
        "Kachin Independence Army"
    )
