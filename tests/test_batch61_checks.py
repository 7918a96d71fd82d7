"""Checks written after reading gold batch 61, each on sentences of the kinds it read:
a far reference town, a bomb attack and bodies found, a deed's own day, the other side's
dead in a held sentence, a lead's count beside the body's."""

from __future__ import annotations

import datetime as dt

from summarizer.article import Article
from summarizer.claim_places import scoped_elsewhere
from summarizer.draft import DraftClaim, DraftEvent
from summarizer.event_dates import event_date
from summarizer.geo import lookup
from summarizer.keywords import classify
from summarizer.lead_toll import RIVAL_FLAG, add_lead_rival
from summarizer.places import place_in_evidence, regions_listed
from summarizer.records import build_event
from summarizer.rival_claims import OTHER_SIDE_FLAG, add_rival_claims
from summarizer.schema import ArticleMeta, Event, Location
from summarizer.text import sentence_spans

GHAZNI = (
    "Taliban Kills Afghan District Governor, 7 Police Guards\n\n"
    "A pre-dawn Taliban attack has killed a district governor and seven police personnel in Ghazni province.\n\n"
    "The fighting came as the United Nations said civilian casualties remained at the level recorded last year.\n\n"
    "Officials said scores of insurgents took part in Thursday's coordinated assault on the governor's office in "
    "Khawaja Omari.\n\n"
    "Local authorities said the counter offensive also killed 27 Taliban rebels.\n\n"
    "A Taliban spokesman claimed more than 20 police personnel were killed in the attack, confirming only three "
    "insurgent fatalities.\n\n"
    "But Afghan media quoted unnamed sources as saying the attack left 15 security personnel dead."
)


def _article(text: str, published: dt.date) -> Article:
    return Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=published))


def _ghazni(claims: list[DraftClaim], date: str = "Thursday") -> tuple[Article, Event]:
    art = _article(GHAZNI, dt.date(2018, 4, 12))
    draft = DraftEvent(
        sentences=[2, 3], sub_event_type="Armed clash", date=date, place="Khawaja Omari", region="Ghazni",
        country="Afghanistan", actor1="Taliban", actor1_type="Rebel group", actor2="police",
        actor2_type="State forces", claims=claims,
    )  # fmt: skip
    return art, build_event(draft, art)[0]


def test_a_reference_town_far_from_the_event_moves_its_figure_elsewhere() -> None:
    baquba = lookup("Baquba", country="Iraq")
    assert baquba is not None
    here = Location(
        country="Iraq", admin1="Diyala", place="Baquba", latitude=baquba.latitude, longitude=baquba.longitude
    )
    market = "South of Baghdad, in a town near Basra, bomb attacks on a market killed at least 16 people."
    assert scoped_elsewhere(market, here) == "Basra"
    # the town the deed happened in is the one "a town near" points at
    assert place_in_evidence([market], "Iraq") == "Basra"
    # a town near the event's and a dateline are no other scene
    assert scoped_elsewhere("Gunmen from a village near Baghdad killed 14 people.", here) is None
    assert scoped_elsewhere("NAIROBI — A grenade attack at a church has killed one person.", here) is None


def test_bomb_attacks_are_explosions_and_bodies_found_are_an_attack() -> None:
    assert classify("Bomb attacks on a market killed at least 16 people.") == (
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
    )
    assert classify("In the Iraqi capital, police reported finding 32 bodies on Friday.") == (
        "Violence against civilians",
        "Attack",
    )
    assert classify("Les corps de six bergers ont été retrouvés près du village.") is not None
    assert classify("The bodies were buried on Friday.") is None


def test_a_day_written_as_the_deeds_owner_is_kept_over_a_tallys_year() -> None:
    art, _ = _ghazni([])
    evidence = [art.sentence_text(1), art.sentence_text(2)]  # the lead and the U.N.'s "recorded last year"
    date, flags = event_date(DraftEvent(
        sentences=[2, 3], sub_event_type="Armed clash", date="Thursday", place="", region="", country="Afghanistan",
        actor1="", actor1_type="Rebel group", actor2="", actor2_type="State forces", claims=[],
    ), art, evidence)  # fmt: skip
    assert (date.start, date.precision) == (dt.date(2018, 4, 12), "day")
    assert not any(f.startswith("date_from_evidence") for f in flags)


def test_the_other_sides_dead_in_a_held_clause_and_the_leads_count_join_the_event() -> None:
    # the model gives the media's 15 and the authorities' 27; the Taliban's 20 joins as a
    # rival count, then the Taliban's three dead of the same clause, then the lead's eight
    art, event = _ghazni(
        [
            DraftClaim(figure="15", victims="state_forces", claimant="Afghan media", sentence=7),
            DraftClaim(figure="27", victims="non_state", claimant="Local authorities", sentence=5),
        ]
    )
    add_rival_claims(art, [event])
    assert f"{OTHER_SIDE_FLAG}:three (Taliban spokesman)" in event.flags
    add_lead_rival(art, [event])
    assert f"{RIVAL_FLAG}:8" in event.flags
    # the lowest count of each side: 8 police, 3 Taliban
    assert sorted(c.low or 0 for c in event.fatality_claims) == [3, 8, 15, 20, 27]
    assert event.fatalities_acled == 11


def test_a_figure_in_another_clause_is_not_the_other_side() -> None:
    text = GHAZNI.replace(
        "in the attack, confirming only three insurgent fatalities",
        "in the attack, while three insurgents died in Zabul",
    )
    art = _article(text, dt.date(2018, 4, 12))
    draft = DraftEvent(
        sentences=[2, 3], sub_event_type="Armed clash", date="Thursday", place="Khawaja Omari", region="Ghazni",
        country="Afghanistan", actor1="Taliban", actor1_type="Rebel group", actor2="police",
        actor2_type="State forces",
        claims=[
            DraftClaim(figure="15", victims="state_forces", claimant="Afghan media", sentence=7),
            DraftClaim(figure="27", victims="non_state", claimant="Local authorities", sentence=5),
        ],
    )  # fmt: skip
    event = build_event(draft, art)[0]
    add_rival_claims(art, [event])
    assert 20 in [c.low for c in event.fatality_claims] and 3 not in [c.low for c in event.fatality_claims]


def test_regions_are_listed_in_the_order_the_sentence_names_them() -> None:
    sentence = "Au moins 41 personnes ont été tuées dans deux attaques dans la Boucle du Mouhoun et dans le Centre-nord du pays."
    assert regions_listed(sentence, "Burkina Faso") == ["Boucle du Mouhoun", "Centre-Nord"]


def test_people_held_then_killed_are_dead_and_people_held_then_freed_are_not() -> None:
    from summarizer.deaths import find_figures

    def dead(text: str) -> list[int | None]:
        return [f.low for f in find_figures(text, sentence_spans(text))[0]]

    assert dead("The ministry confirmed two French journalists who had been kidnapped were killed Saturday.") == [2]
    assert dead("Two aid workers who were kidnapped last month were freed on Sunday.") == []


def test_a_name_that_speaks_is_a_person_not_a_place() -> None:
    from summarizer.found_places import named_where

    sentence = (
        "The attack came hours after Khogyani confirmed to VOA that Islamic State members had beheaded 15 of "
        "their own fighters in Nangarhar's volatile Achin district."
    )
    assert named_where(sentence, "Afghanistan") == "Achin"
