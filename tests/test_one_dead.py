"""One person killed, told without a number, is the event's claim of one (one_dead.py)."""

from __future__ import annotations

import datetime as dt

from summarizer.article import Article
from summarizer.draft import DraftEvent
from summarizer.one_dead import FLAG, add_single_dead
from summarizer.records import build_event
from summarizer.schema import ArticleMeta, Event
from summarizer.text import sentence_spans


def _story(text: str) -> tuple[Article, Event]:
    art = Article(
        text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2007, 5, 2), outlet="VOA")
    )
    draft = DraftEvent.model_validate(
        dict(
            sentences=[1],
            sub_event_type="Attack",
            date="Wednesday",
            place="Arghandab",
            region="Kandahar",
            country="Afghanistan",
            actor1="gunmen",
            actor1_type="Rebel group",
            actor2="tribal leader",
            actor2_type="Civilians",
            claims=[],
        )  # fmt: skip
    )
    return art, build_event(draft, art)[0]


def test_a_single_death_told_without_a_number_is_a_claim_of_one_by_the_source() -> None:
    art, event = _story(
        "Violence in Afghanistan\n\n"
        "Officials say a tribal leader was killed Wednesday in the Arghandab district of Kandahar province. "
        "No group claimed the attack."
    )
    assert event.fatality_claims == [] and event.fatalities_acled == 1
    add_single_dead(art, [event])
    assert [(c.low, c.high, c.claimant) for c in event.fatality_claims] == [(1, 1, "Officials")]
    assert event.fatalities_acled == 1
    assert any(f.startswith(FLAG) for f in event.flags)


def test_several_dead_without_a_number_give_no_claim_of_one() -> None:
    art, event = _story(
        "Violence in Afghanistan\n\n"
        "Officials say several people were killed Wednesday in the Arghandab district of Kandahar province."
    )
    add_single_dead(art, [event])
    assert [c.low for c in event.fatality_claims if c.low == 1] == []


def test_one_dead_told_by_the_driver_a_rank_or_a_name_is_acleds_one() -> None:
    from summarizer.running_numbers import unnumbered_deaths

    for told in (
        "A bomb attached to a pickup truck exploded, killing the driver.",
        "Officials say a U.S.-led coalition soldier was killed in central Uruzgan province.",
        "State television reported that an air force general was killed in a Damascus suburb.",
        "French freelance photographer Olivier Voisin died in a Turkish hospital of shrapnel wounds.",
        "Sunni lawmaker Ifan Saadoun al-Essawi, who was killed Tuesday by a suicide bombing, was buried.",
        "Le gouvernement a fait état d'un gendarme tué par balle dans la ville de Mamou.",
    ):
        assert unnumbered_deaths([told]) == "one", told
    for told in ("A bomb exploded, killing the soldiers and a driver's two sons.", "Several people were killed."):
        assert unnumbered_deaths([told]) == "limited", told


def test_a_found_clash_with_one_unnamed_dead_and_no_force_named_is_an_attack_on_civilians() -> None:
    from summarizer.assumed_targets import assume_target
    from summarizer.schema import Actor

    art, event = _story(
        "Violence in Afghanistan\n\n"
        "Officials say a tribal leader was killed Wednesday in the Arghandab district of Kandahar province."
    )
    event.sub_event_type, event.event_type = "Armed clash", "Battles"
    event.actor1, event.actor2 = Actor(name="Unidentified Armed Group", type="Rebel group", aliases=[]), None
    assume_target(event, "Afghanistan")
    assert (event.sub_event_type, event.actor2 and event.actor2.name) == ("Attack", "Civilians")


def test_a_foreign_force_in_a_found_fight_fought_an_unnamed_group_not_the_countrys_army() -> None:
    from summarizer.assumed_targets import assume_target
    from summarizer.schema import Actor

    art, event = _story(
        "Violence in Afghanistan\n\n"
        "Elsewhere, a U.S.-led coalition soldier was killed in fighting in Paktika province Friday."
    )
    event.sub_event_type, event.event_type = "Armed clash", "Battles"
    coalition = Actor(name="Military Forces of the United States", type="External/Other forces", aliases=[])
    event.actor1, event.actor2 = coalition, None
    assume_target(event, "Afghanistan")
    assert event.actor2 is not None and event.actor2.name == "Unidentified Armed Group"


def test_one_person_told_by_nationality_alone_is_one_dead() -> None:
    from summarizer.running_numbers import unnumbered_deaths

    assert unnumbered_deaths(["In other violence Tuesday, a roadside bomb killed an Iraqi in Kirkuk."]) == "one"
    assert unnumbered_deaths(["Gunmen killed a Pakistani in Quetta."]) == "one"
    # people of a nation in the plural, or a capitalised word that is no nation, stay a small number
    assert unnumbered_deaths(["Militants killed Iraqis in Kirkuk."]) == "limited"
    assert unnumbered_deaths(["A bomb killed a Monday shopper."]) == "limited"
