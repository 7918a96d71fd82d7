"""Checks written after reading gold batch 80 (its first run, unread, is recorded in
evals/README.md): fighting that "resumed Tuesday" happened, and a kind of violence
("post-election violence ... has killed") as the subject of a toll is a running one, "a
lawmaker and his son" are two dead, lawmakers, politicians and judges are civilians, a killing
told "elsewhere in Baghdad" inside its sentence is another, "gunned down" is violence and "claimed
the life of" a death, "In other violence" opens another happening outright, and a bomb that
killed the man planting it is disrupted weapons use, troops who killed during a protest used
excessive force on the crowd (the force first, the crowd second), and a toll "since last week" is a
running one, a force that shot dead the man who had attacked it fought a clash, and a capital named only for
its government ("the Colombo government") is no place."""

from __future__ import annotations

from summarizer.death_words import DEATH_BEFORE
from summarizer.draft import DraftEvent
from summarizer.fatalities import parse_figure
from summarizer.figure_scope import is_cumulative
from summarizer.happening import tells_a_happening
from summarizer.keywords import classify
from summarizer.place_words import only_its_government
from summarizer.schema import Actor
from summarizer.separate import opens_as_separate, told_as_elsewhere
from summarizer.subtype_checks import assailant_shot_dead, checked_sub_type, protesters_fired_on
from summarizer.victims import victims_of


def test_fighting_resumed_on_a_day_is_a_happening() -> None:
    told = "Heavy fighting between supporters of the two rival presidents resumed Tuesday near police barracks."
    assert tells_a_happening([told])
    # resumed in a year, as a situation that displaced people, tells no one day's fighting
    assert not tells_a_happening(["Thousands remain displaced since fighting resumed in 2019."])


def test_a_kind_of_violence_that_has_killed_is_a_running_toll() -> None:
    assert is_cumulative("The U.N. says post-election violence in Ivory Coast has killed at least 365 people.")
    assert is_cumulative("Sectarian violence has claimed more than 200 lives.")
    # a day's violence is one event's
    assert not is_cumulative("Friday's violence killed at least 12 people in the city.")


def test_a_person_and_a_kin_of_theirs_are_two_dead() -> None:
    assert parse_figure("gunmen ambushed and killed a lawmaker and his son") == (2, 2)
    assert parse_figure("a police officer and her husband") == (2, 2)
    # the kin only as a possessor, or a list going on, is no second dead here
    assert parse_figure("a man and his son's friend") == (1, 1)
    assert parse_figure("a lawmaker") == (1, 1)


def test_a_lawmaker_killed_is_a_civilian() -> None:
    assert victims_of("lawmakers") == "civilians"
    assert victims_of("a judge") == "civilians"


def test_a_killing_told_elsewhere_inside_its_sentence_is_another() -> None:
    assert told_as_elsewhere("Three police officers were gunned down elsewhere in Baghdad.")
    assert told_as_elsewhere("Elsewhere, two soldiers were killed.")
    assert not told_as_elsewhere("Three police officers were gunned down in Baghdad.")


def test_gunned_down_is_violence_and_a_life_claimed_is_a_death() -> None:
    assert classify("Three police officers were gunned down in the city.") == ("Battles", "Armed clash")
    assert DEATH_BEFORE.search("A roadside bomb claimed the life of ")


def test_in_other_violence_opens_outright_as_another() -> None:
    assert opens_as_separate("In other violence, a roadside bomb blast killed one civilian near Kirkuk.")
    assert opens_as_separate("Other attacks killed two soldiers.")
    assert not opens_as_separate("The other soldiers were wounded.")


def test_a_bomb_that_killed_its_planter_is_disrupted_weapons_use() -> None:
    draft = DraftEvent(
        sentences=[1], sub_event_type="Remote explosive/landmine/IED", date="", place="Daquq", region="",
        country="Iraq", actor1="a man", actor1_type="Rebel group", actor2="", actor2_type="Civilians", claims=[],
    )  # fmt: skip
    planted = ["Elsewhere, authorities say a man was killed while planting a roadside bomb in the town of Daquq."]
    assert checked_sub_type(draft, planted)[0] == "Disrupted weapons use"
    # a soldier killed by a bomb others planted is the attack it was
    struck = ["A soldier was killed when a roadside bomb planted by militants exploded."]
    assert checked_sub_type(draft, struck)[0] == "Remote explosive/landmine/IED"


def test_troops_who_killed_during_a_protest_used_excessive_force_on_the_crowd() -> None:
    draft = DraftEvent(
        sentences=[1], sub_event_type="Violent demonstration", date="Thursday", place="Abobo", region="",
        country="Ivory Coast", actor1="women", actor1_type="Protesters", actor2="pro-Gbagbo troops",
        actor2_type="Protesters", claims=[],
    )  # fmt: skip
    told = ["Witnesses say troops loyal to the president have killed at least seven women during a protest."]
    assert checked_sub_type(draft, told)[0] == "Excessive force against protesters"
    force = Actor(name="Military Forces of Ivory Coast", type="State forces", aliases=[])
    named_as_crowd = Actor(name="pro-Gbagbo troops", type="Protesters", aliases=[])
    a1, a2, _ = protesters_fired_on(force, named_as_crowd, "Excessive force against protesters", "Ivory Coast")
    assert a1 == force and a2 is not None and (a2.name, a2.type) == ("Protesters (Ivory Coast)", "Protesters")
    crowd = Actor(name="Protesters (Ivory Coast)", type="Protesters", aliases=[])
    assert protesters_fired_on(crowd, force, "Excessive force against protesters", "Ivory Coast")[:2] == (force, crowd)
    # another kind of event keeps its sides
    assert protesters_fired_on(force, named_as_crowd, "Armed clash", "Ivory Coast")[:2] == (force, named_as_crowd)


def test_a_toll_since_last_week_is_a_running_one() -> None:
    assert is_cumulative("U.N. officials say fighting in Abobo has killed at least 26 people since last week.")


def test_a_force_that_shot_dead_its_assailant_fought_a_clash() -> None:
    israel = Actor(name="Military Forces of Israel", type="State forces", aliases=[])
    civilians = Actor(name="Civilians", type="Civilians", aliases=[])
    told = ["Israel says its forces shot dead a Palestinian man who had stabbed and wounded an Israeli soldier."]
    a1, a2, sub, _ = assailant_shot_dead(israel, civilians, "Attack", told)
    assert sub == "Armed clash" and a2 == israel
    assert a1 is not None and a1.name == "Unidentified Armed Group"
    # a man the force shot with no attack of his own told stays a civilian it attacked
    plain = ["Israeli forces shot dead a Palestinian man near the checkpoint."]
    assert assailant_shot_dead(israel, civilians, "Attack", plain)[2] == "Attack"


def test_a_capital_named_only_for_its_government_is_no_place() -> None:
    text = "Rebels hid among the refugees. But the Colombo government made it clear Sunday that aid is limited."
    assert only_its_government("Colombo", text)
    assert not only_its_government("Colombo", text + " A bomb exploded in Colombo on Monday.")


def test_a_person_and_a_relative_are_two_dead() -> None:
    assert parse_figure("police say a human rights activist and a relative were killed") == (2, 2)
    assert parse_figure("a man and a relative and a friend") == (1, 1)  # a list going on is counted elsewhere
