"""Checks written after reading gold batch 68 (its first run, unread, is recorded in
evals/README.md): a toll of the wave this one followed, told in the next sentence; clashes
told by their two sides; a person named in full, then by surname "and three others"; a
bomb "hours later, in the area"; a lead's sum over both."""

from __future__ import annotations

import datetime as dt

from claim_helpers import spanned_claim

from summarizer.article import Article
from summarizer.claimscope import claims_of_this_event
from summarizer.draft import DraftClaim, DraftEvent
from summarizer.records import build_event
from summarizer.schema import ArticleMeta, Event, Location
from summarizer.text import sentence_spans


def _article(text: str, published: dt.date) -> Article:
    return Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=published))


_spanned = spanned_claim


def test_those_blasts_after_a_sentence_on_the_wave_this_one_followed_are_that_waves() -> None:
    text = (
        "Car Bombs Kill 12\n\n"
        "Car bombs exploded in Baghdad Thursday, killing at least 12 people. "
        "The attacks follow a wave of bombings Wednesday that also struck Shi'ite neighborhoods. "
        "Those blasts killed at least 33 people."
    )
    art = _article(text, dt.date(2013, 5, 16))
    own, wave = _spanned(art, 1, 12), _spanned(art, 3, 33)
    kept, moved, flags = claims_of_this_event([own, wave], art, Location(country="Iraq"))
    assert kept == [own] and moved == [wave] and flags == ["claim_of_an_earlier_attack:33"]
    # "Those blasts" after a sentence that tells this event only are its own
    same = "Blasts in Baghdad\n\nTwo car bombs exploded in Baghdad Thursday. Those blasts killed at least 12 people."
    art = _article(same, dt.date(2013, 5, 16))
    kept, moved, _ = claims_of_this_event([_spanned(art, 2, 12)], art, Location(country="Iraq"))
    assert moved == []


def test_dead_in_clashes_between_two_sides_are_one_fights_not_a_sum() -> None:
    text = (
        "Fighting Leaves 60 Dead\n\n"
        "The government says 60 people have been killed in clashes between fighters loyal to the ousted "
        "president and the rebels who now hold power. "
        "A spokesman says the fighting took place Saturday and Sunday around Bossangoa."
    )
    art = _article(text, dt.date(2013, 9, 9))
    sixty = _spanned(art, 1, 60)
    kept, moved, _ = claims_of_this_event(
        [sixty, _spanned(art, 2, 2)], art, Location(country="Central African Republic")
    )
    assert sixty in kept and moved == []
    # "killed in clashes" with nothing after it still sums the story's fights
    summed = "Fighting in Somalia\n\nOfficials say 16 people were killed in clashes. Four soldiers died in Baidoa."
    art = _article(summed, dt.date(2016, 3, 2))
    kept, moved, _ = claims_of_this_event([_spanned(art, 1, 16), _spanned(art, 2, 4)], art, Location(country="Somalia"))
    assert [c.low for c in moved] == [16]


def test_a_surname_named_in_full_before_and_three_others_are_four_dead() -> None:
    from summarizer.deaths import find_figures

    text = (
        "Bombing in Peshawar\n\n"
        "A suicide bomber struck a vehicle carrying Rasheed Khan, the deputy superintendent of police. "
        "Khan and three others were killed, while several others were injured. "
        "Soldiers and three others were killed in a second attack."
    )
    deaths, _ = find_figures(text, sentence_spans(text), dt.date(2011, 1, 31))
    assert [(d.sentence, d.low, d.named_plus) for d in deaths] == [(2, 4, True), (3, 3, False)]


PESHAWAR = (
    "Bombings Strike Peshawar\n\n"
    "Authorities say bombings targeting police in northwestern Pakistan have killed at least five people. "
    "In the first attack, a suicide bomber struck a vehicle on the outskirts of Peshawar carrying a senior "
    "officer, Rasheed Khan. Khan and three others were killed, while several others were injured.\n\n"
    "About three hours later, a police vehicle struck a roadside bomb in the area, killing a policeman and "
    "injuring three others."
)


def _suicide_bombing(art: Article) -> Event:
    draft = DraftEvent(
        sentences=[1, 2, 3], sub_event_type="Suicide bomb", date="", place="Peshawar", region="", country="Pakistan",
        actor1="suicide bomber", actor1_type="Rebel group", actor2="police", actor2_type="State forces",
        claims=[
            DraftClaim(figure="at least five", victims="unknown", claimant="Authorities", sentence=1),
            DraftClaim(figure="three", victims="unknown", claimant="unknown", sentence=3),
        ],
    )  # fmt: skip
    event, _ = build_event(draft, art)
    return event


def test_a_bomb_hours_later_in_the_area_is_an_event_at_the_same_town_and_the_lead_sums_both() -> None:
    from summarizer.found_in_text import events_in_text
    from summarizer.summed_tolls import sums_over_events

    art = _article(PESHAWAR, dt.date(2011, 1, 31))
    bombing = _suicide_bombing(art)
    assert sorted(c.low or 0 for c in bombing.fatality_claims) == [4, 5]  # Khan and three others
    found = events_in_text(art, [bombing])
    assert [(e.sub_event_type, e.location.place, e.fatalities_acled) for e in found] == [
        ("Remote explosive/landmine/IED", "Peshawar", 1)
    ]
    events = [bombing, *found]
    sums_over_events(art, events)
    # five is Khan's four and the policeman: the lead's sum leaves the bombing
    assert [c.low for c in bombing.fatality_claims] == [4] and bombing.fatalities.best == 4
    assert "claim_sum_over_events:5" in bombing.flags


AFGHAN_ROUNDUP = (
    "Roadside Bomb Kills 4 in Afghanistan\n\n"
    "Afghan officials say a roadside bomb has killed four policemen in the Nadi Ali district of Helmand on Monday.\n\n"
    "In other violence, the U.S.-led coalition says a roadside bomb killed one coalition soldier and wounded two "
    "others today in Nangarhar province.\n\n"
    "Separately, the NATO alliance says a battle between NATO troops and Taliban militants in Uruzgan province "
    "last Friday left two civilians dead."
)


def test_found_events_take_the_coalitions_soldier_and_the_two_sides_of_a_battle_civilians_died_in() -> None:
    from summarizer.found_in_text import events_in_text

    art = _article(AFGHAN_ROUNDUP, dt.date(2008, 1, 7))
    draft = DraftEvent(
        sentences=[1], sub_event_type="Remote explosive/landmine/IED", date="Monday", place="Nadi Ali",
        region="Helmand", country="Afghanistan", actor1="unknown", actor1_type="Rebel group", actor2="policemen",
        actor2_type="State forces",
        claims=[DraftClaim(figure="four", victims="state_forces", claimant="Afghan officials", sentence=1)],
    )  # fmt: skip
    coded, _ = build_event(draft, art)
    found = {e.location.admin1: e for e in events_in_text(art, [coded])}
    soldier, battle = found["Nangarhar"], found["Uruzgan"]
    assert soldier.actor2 is not None and soldier.actor2.name == "Military Forces of the United States"
    assert battle.actor1 is not None and battle.actor2 is not None
    assert {battle.actor1.name, battle.actor2.name} == {"NATO: North Atlantic Treaty Organization", "Taliban"}
    assert battle.fatalities_acled == 2


def test_a_fight_between_unknown_words_names_no_sides() -> None:
    from summarizer.fight_sides import sides_between

    assert sides_between("clashes between rival clans in the town left", "Somalia") is None
    assert sides_between("a battle between NATO troops and Taliban militants in Uruzgan left", "Afghanistan") == (
        "NATO troops", "External/Other forces", "Taliban militants", "Rebel group",
    )  # fmt: skip


TURKEY = (
    "Kurd Suicide Attack Kills 2 Turkish Soldiers\n\n"
    "Kurdish rebels launched a suicide attack Sunday at a military police post in eastern Turkey, killing two "
    "soldiers and wounding 24 others.\n\n"
    "In a separate attack, one Turkish soldier was killed and four others wounded in the southeastern Mardin "
    "province when their military vehicle struck a land mine believed to have been laid by the rebels."
)


def test_the_leads_group_read_apart_from_the_headline_is_the_storys_and_the_rebels_mine_is_theirs() -> None:
    from summarizer.found_in_text import events_in_text
    from summarizer.responsibility import LEAD_FLAG, sides_from_the_lead

    art = _article(TURKEY, dt.date(2015, 8, 2))
    draft = DraftEvent(
        sentences=[1], sub_event_type="Suicide bomb", date="Sunday", place="", region="Agri", country="Turkey",
        actor1="unknown", actor1_type="Rebel group", actor2="soldiers", actor2_type="State forces",
        claims=[DraftClaim(figure="two", victims="state_forces", claimant="unknown", sentence=1)],
    )  # fmt: skip
    coded, _ = build_event(draft, art)
    from summarizer.schema import Actor

    coded.actor1 = Actor(
        name="Unidentified Armed Group", type="Rebel group", aliases=[]
    )  # as the model's "Kurd rebels"
    sides_from_the_lead(art, [coded], "Turkey")
    # "Soldiers" ending the headline and "Kurdish rebels" opening the lead are not one name
    assert coded.actor1 is not None and coded.actor1.name == "PKK: Kurdistan Workers Party"
    assert f"{LEAD_FLAG}:Kurdish rebels" in coded.flags
    (mine,) = events_in_text(art, [coded])
    assert mine.location.admin1 == "Mardin"
    assert mine.actor1 is not None and mine.actor1.name == "PKK: Kurdistan Workers Party"


IRAQ_ROUNDUP = (
    "Baghdad Bombings Kill 13\n\n"
    "Police say two car bombs went off Wednesday evening in Baghdad, killing at least 13 people.\n\n"
    "North of Baghdad, in Mosul, insurgents fought Iraqi police. Police said they killed five insurgents and "
    "arrested six.\n\n"
    "Security forces have been fighting militants in Anbar for weeks. More than 500 militants have been killed "
    "in the offensive."
)


def test_a_toll_with_no_place_after_a_fight_placed_in_a_new_town_is_that_fights_but_not_a_weeks_long_ones() -> None:
    from summarizer.found_in_text import events_in_text

    art = _article(IRAQ_ROUNDUP, dt.date(2006, 8, 16))
    draft = DraftEvent(
        sentences=[1], sub_event_type="Remote explosive/landmine/IED", date="Wednesday", place="Baghdad",
        region="Baghdad", country="Iraq", actor1="unknown", actor1_type="Rebel group", actor2="people",
        actor2_type="Civilians",
        claims=[DraftClaim(figure="at least 13", victims="unknown", claimant="Police", sentence=1)],
    )  # fmt: skip
    coded, _ = build_event(draft, art)
    found = [(e.location.place, e.location.admin1, e.fatalities_acled) for e in events_in_text(art, [coded])]
    assert ("Mosul", "Ninewa", 5) in found
    # the weeks-long fighting's toll is not placed at the fight told with it
    assert all(admin1 != "Anbar" for _, admin1, _ in found)


def test_a_strikes_owner_after_by_ends_where_its_place_begins_and_a_bare_forces_is_no_owner() -> None:
    from summarizer.found_sides import sides

    text = (
        "Roadside Blasts\n\n"
        "In other violence, officials say 21 Taliban fighters were killed in an air strike by international "
        "forces in a remote area of southwestern Nimroz province."
    )
    art = _article(text, dt.date(2009, 9, 23))
    sentence = art.sentence_text(1)
    assert sides(sentence, sentence.find("21"), "non_state", "Afghanistan", art) == (
        "international forces", "External/Other forces", "Taliban", "Rebel group",
    )  # fmt: skip


NATO_ROUNDUP = (
    "Roadside Bombs Kill 9\n\n"
    "Nine family members were killed Sunday when a roadside bomb hit their car in the northern province of Baghlan.\n\n"
    "Elsewhere, NATO says an air weapons team killed two insurgents in Helmand's Musa Qalah district.\n\n"
    "In another incident, NATO says Afghan and coalition troops killed two insurgents and captured two others "
    "Saturday in an operation in the eastern province of Wardak."
)


def test_the_same_number_told_as_another_incident_at_a_new_place_is_other_dead() -> None:
    from summarizer.found_in_text import events_in_text

    art = _article(NATO_ROUNDUP, dt.date(2011, 1, 16))
    draft = DraftEvent(
        sentences=[1], sub_event_type="Remote explosive/landmine/IED", date="Sunday", place="", region="Baghlan",
        country="Afghanistan", actor1="unknown", actor1_type="Rebel group", actor2="family members",
        actor2_type="Civilians",
        claims=[DraftClaim(figure="Nine", victims="civilians", claimant="unknown", sentence=1)],
    )  # fmt: skip
    coded, _ = build_event(draft, art)
    found = sorted((e.location.admin1 or "", e.fatalities_acled) for e in events_in_text(art, [coded]))
    assert found == [("Helmand", 2), ("Wardak", 2)]


MEXICO = (
    "14 Bodies Found in Mexican Resort\n\n"
    "Mexican authorities say at least 14 bodies have been found Friday in the Pacific beach resort city Acapulco.\n\n"
    "Elsewhere in Mexico, two car bombs exploded in the northern Mexican state of Tamaulipas, where officials "
    "are investigating the massacre of 72 migrants."
)


def test_the_dead_of_a_massacre_under_investigation_are_no_toll_of_the_bombs_told_with_them() -> None:
    from summarizer.deaths import find_figures
    from summarizer.found_in_text import events_in_text

    deaths, _ = find_figures(MEXICO, sentence_spans(MEXICO), dt.date(2010, 8, 27))
    assert {(d.low, d.scope) for d in deaths} == {(14, "event"), (72, "background")}
    art = _article(MEXICO, dt.date(2010, 8, 27))
    draft = DraftEvent(
        sentences=[1], sub_event_type="Attack", date="Friday", place="Acapulco", region="Guerrero", country="Mexico",
        actor1="unknown", actor1_type="Political militia", actor2="victims", actor2_type="Civilians",
        claims=[DraftClaim(figure="at least 14", victims="unknown", claimant="Mexican authorities", sentence=1)],
    )  # fmt: skip
    coded, _ = build_event(draft, art)
    (bombs,) = events_in_text(art, [coded])
    # the car bombs are an event of their own, with no dead
    assert bombs.location.admin1 == "Tamaulipas" and bombs.fatalities_acled == 0 and not bombs.fatality_claims
