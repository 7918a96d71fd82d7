"""Readings that batch 99's unread stories showed wrong: a war's honoured dead as a toll,
a child beheaded, the second of two attacks told in turn, a part of a group killed, and (batch
100) a toll over some of a day's bombings, the southern army before independence, a town
people were told to report to."""

from __future__ import annotations

import datetime as dt

from summarizer.actors import canonical_actor, era_name
from summarizer.article import Article
from summarizer.claim_home import FLAG_IN, move_claims_home
from summarizer.draft import DraftClaim, DraftEvent
from summarizer.figure_scope import is_cumulative
from summarizer.other_places import only_a_destination
from summarizer.records import build_event
from summarizer.running_numbers import one_killed
from summarizer.schema import ArticleMeta, Event
from summarizer.separate import opens_as_separate
from summarizer.summed_tolls import sums_over_events
from summarizer.text import sentence_spans


def _article(text: str) -> Article:
    return Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2016, 7, 31)))


def test_a_wars_dead_honoured_as_a_whole_are_no_toll_of_the_day() -> None:
    assert is_cumulative('Obama said the 4,475 U.S. military personnel who died "made the ultimate sacrifice."')
    assert not is_cumulative("the 12 people who died in the attack were buried on Monday")
    assert not is_cumulative("Relatives mourned the 30 soldiers who were killed on Tuesday.")
    # and the article's figures follow: the 4,475 is no event's toll
    art = _article(
        "Bombs Kill 60 in Baghdad\n\nBombs killed around 60 people in Baghdad on Tuesday. "
        'Obama said the 4,475 U.S. military personnel who died "made the ultimate sacrifice."'
    )
    scopes = {f.low: f.scope for f in art.death_figures}
    assert scopes[60] == "event" and scopes[4475] == "cumulative"


def test_a_child_beheaded_is_one_dead() -> None:
    told = [
        "authorities say the Taliban beheaded a 12-year-old boy Thursday in Kandahar province",
        "police say a seven-year-old girl was beheaded and her legs cut off in her home",
    ]
    for sentence in told:
        assert one_killed(sentence) is not None, sentence
    assert one_killed("police say a seven-year-old girl was wounded in her home") is None


def test_the_second_of_two_attacks_told_in_turn_opens_as_another() -> None:
    assert opens_as_separate(
        "In the second attack at the nearby Bai Hassan oil field, the insurgents killed an engineer."
    )
    assert opens_as_separate("In the other bombing, two policemen died.")
    assert not opens_as_separate("In the first attack, gunmen shot dead four employees.")
    assert not opens_as_separate("In the attack, gunmen shot dead four employees.")


def test_a_part_of_a_group_killed_is_the_figure_not_the_group() -> None:
    art = _article(
        "At least three of the four assailants were killed in the chaos. Trois des quatre assaillants ont été tués."
    )
    assert sorted(f.low for f in art.death_figures if f.low is not None) == [3, 3]
    art = _article("Twelve soldiers were killed, four of them officers.")
    assert [f.low for f in art.death_figures] == [12]


KIRKUK = (
    "Militants Attack Gas Facility, Oil Field\n\n"
    "Militants have launched two attacks on energy facilities in Kirkuk province Sunday. "
    "In the first attack, gunmen shot dead four of the gas facility's employees near Kirkuk. "
    "In the second attack at the nearby Bai Hassan oil field, the insurgents killed an engineer. "
    "The militants also sparked a major fire. "
    "At least three of the four assailants were killed in the chaos."
)


def _draft(place: str, sentences: list[int], claims: list[DraftClaim]) -> DraftEvent:
    return DraftEvent(
        sentences=sentences, sub_event_type="Attack", date="Sunday", place=place, region="Kirkuk", country="Iraq",
        actor1="militants", actor1_type="Rebel group", actor2="employees", actor2_type="Civilians", claims=claims,
    )  # fmt: skip


def test_a_toll_told_right_after_the_second_attack_is_that_attacks() -> None:
    art = _article(KIRKUK)
    first = build_event(
        _draft("Kirkuk", [2, 3], [DraftClaim(figure="four", victims="civilians", claimant="", sentence=3),
                                  DraftClaim(figure="three", victims="non_state", claimant="", sentence=6)]),
        art,
    )[0]  # fmt: skip
    second = build_event(_draft("Bai Hassan", [4], []), art)[0]
    assert sorted(c.low or 0 for c in first.fatality_claims) == [3, 4]
    move_claims_home(art, [first, second])
    assert [c.low for c in first.fatality_claims] == [4]
    assert [c.low for c in second.fatality_claims] == [3] and f"{FLAG_IN}:3" in second.flags
    # the toll the first event's own evidence gives stays where it is
    cited = build_event(
        _draft("Kirkuk", [2, 3, 6], [DraftClaim(figure="three", victims="non_state", claimant="", sentence=6)]), art
    )[0]
    second = build_event(_draft("Bai Hassan", [4], []), art)[0]
    move_claims_home(art, [cited, second])
    assert [c.low for c in cited.fatality_claims] == [3] and second.fatality_claims == []


QUETTA = (
    "Pakistan Bomb Blasts Kill More Than 110\n\n"
    "Four separate bombings killed more than 110 people across Pakistan Thursday, including 92 deaths in Quetta. "
    "Police in Quetta say twin blasts at a billiard hall killed 81 people. "
    "The billiard hall attacks came just hours after a bomb blast at the Quetta market killed 11 people. "
    "Elsewhere in Pakistan Thursday, at least 21 people were killed in a bombing in the city of Mingora."
)


def _bombing(art: Article, place: str, sentences: list[int], claims: list[DraftClaim]) -> Event:
    draft = DraftEvent(
        sentences=sentences, sub_event_type="Remote explosive/landmine/IED", date="Thursday", place=place, region="",
        country="Pakistan", actor1="bomber", actor1_type="Rebel group", actor2="", actor2_type="Civilians",
        claims=claims,
    )  # fmt: skip
    return build_event(draft, art)[0]


def test_a_toll_over_some_of_the_days_bombings_leaves_the_one_it_was_given() -> None:
    art = _article(QUETTA)
    hall = _bombing(
        art, "Quetta", [2, 3],
        [DraftClaim(figure="81", victims="unknown", claimant="police", sentence=3),
         DraftClaim(figure="92", victims="unknown", claimant="police", sentence=2)],
    )  # fmt: skip
    market = _bombing(art, "Quetta", [4], [DraftClaim(figure="11", victims="unknown", claimant="", sentence=4)])
    mingora = _bombing(
        art, "Mingora", [5], [DraftClaim(figure="at least 21", victims="unknown", claimant="", sentence=5)]
    )
    assert sorted(c.low or 0 for c in hall.fatality_claims) == [81, 92]
    sums_over_events(art, [hall, market, mingora])
    # 92 is the hall's 81 and the market's 11: the story's sum over Quetta, not a rival count
    assert [c.low for c in hall.fatality_claims] == [81] and "claim_sum_over_events:92" in hall.flags
    assert hall.fatalities_acled == 81


def test_the_southern_army_before_independence_is_the_spla() -> None:
    army = canonical_actor("SPLA", country="South Sudan")
    assert army.name == "Military Forces of South Sudan"
    assert era_name(army, dt.date(2011, 4, 23)).name == "SPLA: Sudan People's Liberation Army"
    assert era_name(army, dt.date(2013, 2, 8)).name == "Military Forces of South Sudan"


def test_a_town_people_were_told_to_report_to_is_no_place_of_the_fight() -> None:
    text = (
        "The fighting raged for several hours Saturday in Jonglei state. Media reports say the fighting began after "
        "the militiamen refused to report to the southern capital of Juba."
    )
    assert only_a_destination("Juba", text)
    assert not only_a_destination("Juba", text + " Two soldiers were killed in Juba on Sunday.")


def test_small_counts_elsewhere_do_not_make_a_part_sum_by_chance() -> None:
    text = (
        "Four American Soldiers Killed in Iraq\n\n"
        "Three soldiers died in an attack in northern Iraq Tuesday. Another soldier was killed in southern Baghdad.\n\n"
        "In other violence, Iraqi police say a roadside bomb killed a police chief, Maj. Zaid Hussein Khalaf, and four "
        "of his officers in the town of Armili. Another roadside bomb struck a police patrol in Daqouq, killing two "
        "officers."
    )
    art = _article(text)
    armili = _bombing(
        art, "Armili", [4],
        [DraftClaim(figure="four of his officers", victims="state_forces", claimant="police", sentence=4),
         DraftClaim(figure="a police chief", victims="state_forces", claimant="police", sentence=4)],
    )  # fmt: skip
    north = _bombing(art, "Mosul", [2], [DraftClaim(figure="three", victims="state_forces", claimant="", sentence=2)])
    south = _bombing(
        art, "Baghdad", [3], [DraftClaim(figure="Another", victims="state_forces", claimant="", sentence=3)]
    )
    daqouq = _bombing(art, "Daqouq", [5], [DraftClaim(figure="two", victims="state_forces", claimant="", sentence=5)])
    # the chief is one of the five ("a police chief, ..., and four of his officers"), no claim of his own
    assert sorted(c.low or 0 for c in armili.fatality_claims) == [5]
    sums_over_events(art, [armili, north, south, daqouq])
    # 5 is the other towns' 3 + 2 only by chance: the Armili toll stays
    assert sorted(c.low or 0 for c in armili.fatality_claims) == [5]
