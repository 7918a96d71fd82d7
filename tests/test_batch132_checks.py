"""Batch 132's unseen misses, read (unit level): each assertion failed before its change.

A Syria story (Hasakeh, 2015) lost Islamic State as the side of a church bombing and of a
raid on villages, and lost the YPG as the side that took a town: the bombing's doer came
after "when ... carried out", the raid's name was read with the words before it ("Earlier
this week, Islamic State"), "Kurdish YPG fighters" was no name the table knew, and "the
Kurdish fighters had seized the city" was read as fighters who had been seized.
"""

from __future__ import annotations

import datetime as dt

from summarizer.actors import canonical_actor
from summarizer.article import Article, ArticleMeta
from summarizer.attribution import attribution
from summarizer.deaths import find_figures
from summarizer.found_sides import named_group, sides
from summarizer.running_numbers import unnumbered_deaths
from summarizer.schema import Actor
from summarizer.side_checks import civilians_who_killed
from summarizer.text import sentence_spans
from summarizer.zero_tolls import _NOBODY

BOMBING = (
    "Meanwhile, VOA's Kurdish service reports that at least nine people were killed when Islamic State "
    "militants carried out a bombing of a church in Ghibsh village, near Tal Tamr."
)
RAID = (
    "Earlier this week, Islamic State militants attacked 11 Assyrian Christian villages in the Tal Tamr area, "
    "where they reportedly took 220 people prisoner."
)


def _article(text: str) -> Article:
    return Article(
        text=text,
        sentences=sentence_spans(text),
        meta=ArticleMeta(published=dt.date(2015, 2, 27)),
        country_hint="Syria",
    )


def test_the_doer_after_when_carried_out_is_the_side_that_killed() -> None:
    art = _article(BOMBING)
    deaths, _ = find_figures(BOMBING, art.sentences, art.meta.published)
    at = deaths[0].start - art.sentences[0][0]
    actor1, _, _, _ = sides(BOMBING, at, "unknown", "Syria", art)
    assert canonical_actor(actor1, country="Syria").name == "Islamic State (Syria)"


def test_a_groups_name_is_read_without_the_words_before_it() -> None:
    assert named_group(RAID, "Syria", _article(RAID)) == ("Islamic State", "Rebel group")


def test_a_peoples_word_before_a_known_name_is_not_part_of_it() -> None:
    assert canonical_actor("Kurdish YPG fighters", country="Syria").name == "YPG: People's Protection Units"
    assert canonical_actor("Syrian Kurdish YPG fighters", country="Syria").name == "YPG: People's Protection Units"
    # a name the table does not know stays the article's, not a generic word's actor
    assert canonical_actor("Karenni Army fighters", country="Myanmar").name == "Karenni Army fighters"


def test_fighters_who_seized_a_town_were_not_taken() -> None:
    fighters = Actor(name="Kurdish fighters", type="Rebel group", aliases=["Kurdish fighters"])
    told = ["A spokesperson confirmed to VOA that the Kurdish fighters had seized the city of Tal Hamis."]
    got, flags = civilians_who_killed(
        fighters, "Kurdish fighters", "Non-state actor overtakes territory", told, "Syria"
    )
    assert flags == [] and got == fighters
    taken = ["Two Kurdish fighters were seized by the militants on Monday."]
    _, flags = civilians_who_killed(fighters, "Kurdish fighters", "Abduction/forced disappearance", taken, "Syria")
    assert flags == ["civilians_who_were_taken:Kurdish fighters"]


def test_a_bomb_that_killed_noone_has_no_dead() -> None:
    told = [
        "Medellin, where a 25 kilogram bomb exploded Thursday night. Miraculously it killed noone, but sent 40 to hospital."
    ]
    assert unnumbered_deaths(told) is None  # not a "limited" attack's three dead
    assert _NOBODY.search("Miraculously it killed noone, but sent more than 40 people to hospital.")
    assert _NOBODY.search("The blast killed no one.")


def test_the_day_a_source_spoke_is_not_part_of_its_name() -> None:
    assert attribution("State media Tuesday said the death toll reached 40.") == "State media"
    assert attribution("Police on Monday said 12 people were killed.") == "Police"


def test_troops_pushed_back_in_heavy_fighting_is_a_happening() -> None:
    from summarizer.happening import tells_a_happening

    assert tells_a_happening(["Rebel forces control the town after pushing back government troops in heavy fighting."])
    assert tells_a_happening(["After several hours of combat Wednesday, the army had to retreat under fire."])
    assert not tells_a_happening(["Rebel forces control the northern town, officials say."])  # a situation


def test_buildings_destroyed_in_a_riot_are_no_side_and_the_riots_crowd_did_it() -> None:
    from summarizer.crowds import rioters_on_both_sides
    from summarizer.side_checks import resolve_actor
    from summarizer.sidenames import crowd_side

    text = "Mosques, Homes Destroyed in Latest Burma Violence\n\nSectarian violence spread on Tuesday."
    actor, flags = resolve_actor("Mosques", "Identity militia", "Myanmar", _article(text), "actor1", "Mob violence")
    assert actor is None and flags == ["actor1_is_a_thing:Mosques"]
    crowd, flags = crowd_side(None, "Mosques", "Mob violence", "actor1", "Myanmar")
    assert crowd is not None and crowd.name == "Rioters (Myanmar)" and flags == ["actor1_the_unnamed_crowd"]
    # the homes burned stand for the people who lost them: the target, not a second crowd
    homes = Actor(name="Civilians", type="Civilians", aliases=["homes"])
    told = ["Sectarian violence spread further, with two mosques and dozens of homes destroyed in riots."]
    sub_type, actor2, _ = rioters_on_both_sides(crowd, homes, "Violent demonstration", told)
    assert (sub_type, actor2) == ("Mob violence", homes)
    villagers = Actor(name="Civilians", type="Civilians", aliases=["villagers"])
    assert rioters_on_both_sides(crowd, villagers, "Mob violence", told)[1] != villagers  # crowds that fought


def test_more_than_about_a_hundred_is_an_open_figure() -> None:
    from summarizer.fatalities import parse_figure

    told = "D'après un témoin, l’attaque a fait plus d’une centaine de morts."
    deaths, _ = find_figures(told, sentence_spans(told), None)
    assert [(f.text, f.low, f.high) for f in deaths] == [("plus d’une centaine", 100, None)]
    assert parse_figure("au moins une vingtaine de soldats") == (20, None)
    assert parse_figure("une vingtaine de soldats") == (20, 20)  # about twenty: the figure itself


def test_a_date_told_paragraphs_before_is_another_happenings() -> None:
    from summarizer.found_dates import date_before

    text = (
        "Afghan Official Assassinated\n\nA Kandahar official was shot dead by two gunmen. "
        "The killing is similar to the September 28 assassination of a policewoman. "
        "The assassinations are a challenge to the president. The public complains of corruption. "
        "Police in Uruzgan say nine people died when their bus hit an explosive device."
    )
    art = _article(text)
    assert date_before(art, len(art.sentences) - 1) is None  # three sentences up: not this bomb's day
    assert date_before(art, 3) == "September 28"  # the next sentence goes on with it


def test_dead_told_as_well_as_the_first_are_dead_too() -> None:
    from summarizer.deaths import classify_figure

    told = "The government said eight soldiers were killed, as well as eight assailants at the embassy."
    at = told.find("eight assailants")
    assert classify_figure(told, at, at + 5)[0] == "death"
    things = "Three soldiers were killed, as well as two trucks destroyed."
    at = things.find("two trucks")
    assert classify_figure(things, at, at + 3)[0] == "other"


def test_people_taken_with_no_taker_told_were_taken_by_the_raids_group_before() -> None:
    from summarizer.found_abductions import abduction_events

    text = f"Kurdish Fighters Seize Town\n\nKurdish fighters seized a town in Syria on Friday. {BOMBING} At least four people were abducted."
    found = abduction_events(_article(text), [], "Syria")
    assert [ev.actor1.name for ev in found if ev.actor1] == ["Islamic State (Syria)"]
    alone = "Kurdish Fighters Seize Town\n\nKurdish fighters seized a town in Syria on Friday. At least four people were abducted."
    assert [ev.actor1.name for ev in abduction_events(_article(alone), [], "Syria") if ev.actor1] != [
        "Islamic State (Syria)"
    ]


def test_a_bombs_dead_are_not_a_shootings() -> None:
    from summarizer.claimscope import claims_of_this_event
    from summarizer.schema import FatalityClaim, Location

    text = (
        "Al-Shabab Kills 21\n\n“The militants ambushed the travelers in nine vehicles and killed 18 civilians,” "
        "Halane told VOA. “Three more civilians died when improvised explosive device apparently planted by the "
        "militants targeted their vehicle in the same area,” he added."
    )
    art = _article(text)
    bomb = FatalityClaim(low=3, high=3, victims="civilians", claimant="Halane", quote=art.sentence_text(2))
    shot = FatalityClaim(low=18, high=18, victims="civilians", claimant="Halane", quote=art.sentence_text(1))
    here = Location(country="Somalia", place="Beledweyne")
    kept, moved, flags = claims_of_this_event([shot, bomb], art, here, None, "Attack")
    assert kept == [shot] and moved == [bomb] and flags == ["claim_of_another_kind_of_attack:3"]
