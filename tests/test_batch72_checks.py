"""Checks written after reading gold batches 72 and 73 (their first runs, unread, are
recorded in evals/README.md): a missile an air force fired, a town named "<country> City",
forces known by their leader's name, one weapon counted, the attack an operation follows."""

from __future__ import annotations

import datetime as dt

import pytest
from claim_helpers import spanned_claim

from summarizer.actors import canonical_actor
from summarizer.article import Article
from summarizer.claimscope import claims_of_this_event
from summarizer.draft import DraftClaim, DraftEvent
from summarizer.geo import locate
from summarizer.keywords import classify
from summarizer.schema import ArticleMeta, DateSpan, Event, Location
from summarizer.text import sentence_spans


def _article(text: str, published: dt.date) -> Article:
    return Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=published))


def _day(day: dt.date, text: str) -> DateSpan:
    return DateSpan(start=day, end=day, precision="day", text=text)


def _found_beside(draft: DraftEvent, text: str, published: dt.date) -> list[Event]:
    """The events the text finder adds beside the one coded event ``draft`` builds."""
    from summarizer.found_in_text import events_in_text
    from summarizer.records import build_event

    art = _article(text, published)
    coded, _ = build_event(draft, art)
    return events_in_text(art, [coded])


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials say an Israeli air force fired a missile at a house in Gaza City, killing eight people.",
        "Army helicopters fired rockets at a militant hideout, killing five.",
        "Government warplanes launched two missiles at the market.",
    ],
)
def test_a_missile_fired_from_the_air_is_an_air_strike(sentence: str) -> None:
    assert classify(sentence) == ("Explosions/Remote violence", "Air/drone strike")


@pytest.mark.parametrize(
    "sentence",
    [
        "Militants fired a missile at a police post, killing two.",
        "Rebels fired rockets at the air force base overnight.",
    ],
)
def test_a_missile_fired_from_the_ground_stays_shelling(sentence: str) -> None:
    assert classify(sentence) == ("Explosions/Remote violence", "Shelling/artillery/missile attack")


@pytest.mark.parametrize(
    ("phrase", "country", "admin1"),
    [
        ("Gaza City", "Palestine", "Gaza Strip"),
        ("Kuwait City", "Kuwait", "Al Asimah"),
        ("Panama City", "Panama", "Panama"),
    ],
)
def test_a_town_named_for_its_country_is_the_town(phrase: str, country: str, admin1: str) -> None:
    # "Gaza City" once read as the country "Gaza" plus the word "City": no town, no region
    loc = locate(phrase, text=phrase)
    assert (loc.country, loc.admin1, loc.place, loc.geo_precision) == (country, admin1, phrase, 1)
    assert loc.latitude is not None


def test_a_country_alone_is_still_no_town() -> None:
    loc = locate("Palestine", text="Palestine")
    assert loc.place is None and loc.country == "Palestine"


@pytest.mark.parametrize(
    ("mention", "country", "group"),
    [
        (
            "fighters loyal to renegade General Laurent Nkunda",
            "DR Congo",
            "CNDP: National Congress for the Defence of the People",
        ),
        (
            "forces loyal to First Vice President Riek Machar",
            "South Sudan",
            "SPLM/A-IO: Sudan People's Liberation Movement/Army-In Opposition",
        ),
        ("SPLA-IO forces", "South Sudan", "SPLM/A-IO: Sudan People's Liberation Movement/Army-In Opposition"),
        ("Joseph Kony's fighters", "Uganda", "LRA: Lord's Resistance Army"),
        ("a Taliban commander, Hakimullah Mesud", "Pakistan", "TTP: Tehreek-i-Taliban Pakistan"),
    ],
)
def test_forces_known_by_their_leader_are_the_leaders_group(mention: str, country: str, group: str) -> None:
    assert canonical_actor(mention, country=country).name == group


def test_a_cleric_named_for_his_office_is_not_his_militia() -> None:
    # "a car bomb near Moqtada al-Sadr's office in Sadr City": his name marks the target's
    # place far more often than it names the Mahdi Army as a side
    assert canonical_actor("Moqtada al-Sadr", country="Iraq").name != "Mahdi Army"


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        (
            "Security officials say at least one car bomb exploded near the office of a cleric, killing 25 people.",
            [25],
        ),
        ("New Delhi said a militant suicide attack killed 40 paramilitary police in February 2019.", [40]),
        ("One attack killed three soldiers.", [3]),
        ("One soldier was killed.", [1]),
    ],
)
def test_one_weapon_or_attack_counted_is_no_death(sentence: str, figures: list[int]) -> None:
    # "at least one car bomb" counts bombs, as "two car bombs" does: never one of the dead
    from summarizer.deaths import find_figures
    from summarizer.text import sentence_spans

    dead, _ = find_figures(sentence, sentence_spans(sentence))
    assert [f.low for f in dead] == figures


ORAKZAI = (
    "Pakistani Military Kills 20 Militants\n\n"
    "Officials in Pakistan say the military has killed 20 militants in an operation near the Afghan border.\n\n"
    "The military used helicopter gunships to destroy militant bases on Sunday near Ghiljo in Orakzai.\n\n"
    "The operation follows Saturday's suicide car bomb attack in the nearby town of Hangu that killed 25 people."
)


def test_the_toll_of_the_attack_an_operation_follows_is_not_the_operations() -> None:
    art = _article(ORAKZAI, dt.date(2009, 4, 20))
    sunday = _day(dt.date(2009, 4, 19), "Sunday")
    own, hangu = spanned_claim(art, 1, 20, "officials"), spanned_claim(art, 3, 25, "outlet")
    kept, moved, _ = claims_of_this_event([own, hangu], art, Location(country="Pakistan"), sunday)
    assert kept == [own] and moved == [hangu]
    # an operation that follows nothing keeps a toll its own sentence gives
    plain = ORAKZAI.replace("The operation follows Saturday's suicide car bomb attack", "The gunships struck camps")
    art = _article(plain, dt.date(2009, 4, 20))
    own, more = spanned_claim(art, 1, 20, "officials"), spanned_claim(art, 3, 25, "outlet")
    kept, moved, _ = claims_of_this_event([own, more], art, Location(country="Pakistan"), sunday)
    assert moved == []


BAGHDAD_DAY = (
    "Coalition Forces Kill 10 Insurgents in Shootout in Iraq\n\n"
    "The U.S. military says coalition forces have killed 10 insurgents in a shootout at a safe house "
    "northwest of Baghdad early Tuesday.\n\n"
    "In Baghdad, a bomb hidden in a minibus near a market in the Iraqi capital exploded Tuesday, killing two "
    "people and wounding at least five others."
)


def test_a_bomb_in_a_town_where_only_a_shootout_is_coded_is_another_event() -> None:
    draft = DraftEvent(
        sentences=[1], sub_event_type="Armed clash", date="Tuesday", place="Baghdad", region="Baghdad",
        country="Iraq", actor1="coalition forces", actor1_type="External/Other forces", actor2="insurgents",
        actor2_type="Rebel group",
        claims=[DraftClaim(figure="10", victims="non_state", claimant="U.S. military", sentence=2)],
    )  # fmt: skip
    found = _found_beside(draft, BAGHDAD_DAY, dt.date(2006, 5, 2))
    assert [(ev.sub_event_type, ev.fatalities_acled) for ev in found] == [("Remote explosive/landmine/IED", 2)]
    # a second shootout told there is the one coded, not another event
    gunfight = BAGHDAD_DAY.replace(
        "a bomb hidden in a minibus near a market in the Iraqi capital exploded", "gunmen fought police"
    )
    assert [ev.sub_event_type for ev in _found_beside(draft, gunfight, dt.date(2006, 5, 2))] == []


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        (
            "Also Saturday, NATO said one of its soldiers was killed in a battle with Taleban fighters in the south.",
            "NATO",
        ),
        ("The U.S. military said two of its soldiers died in a roadside blast.", "The U.S. military"),
        ("AMISOM said four of its peacekeepers died.", "AMISOM"),
        # a clause between the verb and the dead
        (
            "Also Tuesday, the U.S.-led coalition said a roadside bomb in the east killed three of its soldiers "
            "and an Afghan contractor.",
            "U.S.-led coalition",
        ),
        ("Later, the coalition said a rocket fired at a base near Kandahar killed one of its soldiers.", "coalition"),
    ],
)
def test_a_force_telling_of_its_own_dead_is_the_side_hit(sentence: str, side: str) -> None:
    from summarizer.own_dead import own_dead_side

    assert own_dead_side(sentence, "Afghanistan") is not None
    assert own_dead_side(sentence, "Afghanistan")[0] == side  # type: ignore[index]


@pytest.mark.parametrize(
    "sentence",
    ["The Taliban said two of its fighters were killed.", "Witnesses said one of their relatives was killed."],
)
def test_a_group_or_a_witness_telling_of_its_dead_is_no_force(sentence: str) -> None:
    from summarizer.own_dead import own_dead_side

    assert own_dead_side(sentence, "Afghanistan") is None


HAKKARI = (
    "16 Kurdish Rebels Killed in Clash with Turkish Forces\n\n"
    "Turkish officials said rebels from the outlawed Kurdistan Workers' Party (PKK) detonated roadside bombs "
    "Wednesday in Hakkari, near the border with Iraq and Iran, killing five soldiers and wounding seven others.\n\n"
    "The army responded with troop reinforcements and helicopter gunships, killing the 16 rebels."
)


def test_the_other_sides_response_with_dead_of_its_own_is_another_event() -> None:
    draft = DraftEvent(
        sentences=[1], sub_event_type="Remote explosive/landmine/IED", date="Wednesday", place="Hakkari",
        region="Hakkari", country="Turkey", actor1="PKK", actor1_type="Rebel group", actor2="soldiers",
        actor2_type="State forces",
        claims=[DraftClaim(figure="five", victims="state_forces", claimant="Turkish officials", sentence=2)],
    )  # fmt: skip
    assert [ev.fatalities_acled for ev in _found_beside(draft, HAKKARI, dt.date(2012, 8, 23))] == [16]
    # told as more of the same attack, the 16 are no event of their own
    same = HAKKARI.replace("The army responded with troop reinforcements and helicopter gunships", "The bombs also hit")
    assert _found_beside(draft, same, dt.date(2012, 8, 23)) == []


@pytest.mark.parametrize(
    ("sentence", "scope"),
    [
        (
            "Police have been trying to enforce a curfew aimed at quelling weeks of violent street protests, "
            "in which at least 16 people have been killed.",
            "cumulative",
        ),
        ("Police said at least 16 people were killed in Friday's protests.", "event"),
    ],
)
def test_a_toll_over_weeks_of_protests_is_no_days_toll(sentence: str, scope: str) -> None:
    from summarizer.deaths import find_figures

    dead, _ = find_figures(sentence, sentence_spans(sentence), dt.date(2010, 7, 9))
    assert [f.scope for f in dead] == [scope]


@pytest.mark.parametrize(
    ("sentence", "scope"),
    [
        ("The spokesman said the fighting of the last several days has led to hundreds of deaths.", "cumulative"),
        ("The Red Cross said the fighting during the past few days has killed dozens of people.", "cumulative"),
        # a count of days is one happening's span: "about 400 people died in the past nine days" of an offensive
        ("A local group says about 400 people died in the past nine days as forces carried out an offensive.", "event"),
    ],
)
def test_a_toll_over_the_last_several_days_is_a_running_total(sentence: str, scope: str) -> None:
    from summarizer.deaths import find_figures

    dead, _ = find_figures(sentence, sentence_spans(sentence), dt.date(2008, 9, 25))
    assert [f.scope for f in dead] == [scope]


DHUSA_MAREB = (
    "Gunmen Kidnap Aid Workers in Somalia\n\n"
    "Armed men abducted four aid workers and two pilots at the Dhusa Mareb airstrip on Wednesday.\n\n"
    "In October, two aid workers were shot dead in the southern part of the country.\n\n"
    "The kidnapping comes less than two weeks after unidentified gunmen raided a school, killing seven children."
)


def test_a_toll_told_in_a_month_past_or_weeks_before_is_not_the_days_event() -> None:
    art = _article(DHUSA_MAREB, dt.date(2008, 11, 5))
    wednesday = _day(dt.date(2008, 11, 5), "Wednesday")
    october, raid = spanned_claim(art, 2, 2, "outlet"), spanned_claim(art, 3, 7, "outlet")
    kept, moved, flags = claims_of_this_event([october, raid], art, Location(country="Somalia"), wednesday)
    assert kept == [] and moved == [october, raid]
    assert flags == ["claim_of_a_past_period:2", "claim_of_another_days_attack:7"]
    # an October event keeps its October toll
    oct_day = _day(dt.date(2008, 10, 20), "October")
    kept, _, _ = claims_of_this_event([october], art, Location(country="Somalia"), oct_day)
    assert kept == [october]


def test_more_dead_also_killed_during_the_wave_are_part_of_its_running_toll() -> None:
    from summarizer.deaths import find_figures

    text = (
        "Thirty-four Israelis have been killed in a wave of Palestinian stabbings and other attacks since August. "
        "More than 200 Palestinians were also killed by Israel during the attacks, or while attempting to carry them out."
    )
    dead, _ = find_figures(text, sentence_spans(text), dt.date(2016, 7, 2))
    assert [(f.low, f.scope) for f in dead] == [(34, "cumulative"), (200, "cumulative")]
    # after a day's toll, "also killed during the attacks" is the day's too
    day = text.replace(" since August", " on Friday")
    dead, _ = find_figures(day, sentence_spans(day), dt.date(2016, 7, 2))
    assert [(f.low, f.scope) for f in dead] == [(34, "event"), (200, "event")]


@pytest.mark.parametrize("mention", ["Suicide car bomber", "Suicide Bomber", "Lone gunman", "Roadside bomber"])
def test_an_attacker_described_by_his_weapon_is_unidentified(mention: str) -> None:
    # "Suicide car bomber" once read "Suicide car" as the group's own name
    assert canonical_actor(mention, country="Iraq").name == "Unidentified Armed Group"
    assert canonical_actor("Seleka rebels", country="Central African Republic").name != "Unidentified Armed Group"


def test_hours_earlier_opens_another_happening() -> None:
    from summarizer.separate import opens_as_another

    assert opens_as_another("Hours earlier, a similar attack at a Baghdad police station killed at least 22 people.")
    assert opens_as_another("About three hours earlier, a bomb exploded near the market.")
    assert not opens_as_another("Police said earlier that the attack killed 22 people.")


@pytest.mark.parametrize(
    ("sentence", "low"),
    [
        (
            "A suicide bomber blew up a car near a hotel in central Baghdad, killing himself and at least five other persons.",
            6,
        ),
        ("A suicide bomber killed himself and three others.", 4),
        ("A roadside bomb killed a former provincial minister and at least two other people.", 3),
    ],
)
def test_a_bomber_killing_himself_and_others_is_one_more_dead(sentence: str, low: int) -> None:
    from summarizer.deaths import find_figures

    dead, _ = find_figures(sentence, sentence_spans(sentence))
    assert [f.low for f in dead] == [low]


def test_a_man_named_with_his_title_is_no_place() -> None:
    from summarizer.found_places import named_where

    cleric = "A bomb killed a local leader of the movement of radical Shi'ite cleric Moqtada al-Sadr."
    assert named_where(cleric, "Iraq") is None  # not the gazetteer's "Sadr"
    assert named_where("Gunmen killed a follower of cleric Moqtada al-Sadr in Basra.", "Iraq") == "Basra"


def test_a_coalition_airstrike_told_by_a_police_chief_is_the_coalitions() -> None:
    from summarizer.found_sides import sides

    sentence = "Elsewhere, the police chief in southern Uruzgan province, Juma Gul Himat said a coalition airstrike killed at least 15 militants."
    art = Article(text=sentence, sentences=sentence_spans(sentence), meta=ArticleMeta())
    actor1, type1, _, _ = sides(sentence, sentence.index("15"), "non_state", "Afghanistan", art)
    assert (actor1, type1) == ("coalition", "External/Other forces")
