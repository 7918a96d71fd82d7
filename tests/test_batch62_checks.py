"""Checks written after reading gold batch 62, each on sentences of the kinds it read: a
weekend's killing dated by the evidence, a leader who visits the scene, a town taken by
rebels, a town in the region the article writes it in."""

from __future__ import annotations

import datetime as dt

from summarizer.article import Article
from summarizer.draft import DraftEvent
from summarizer.event_dates import event_date
from summarizer.places import region_written_with
from summarizer.schema import Actor, ArticleMeta, Location
from summarizer.speakers import a_speaker_only
from summarizer.subtype_checks import territory_taker_check
from summarizer.text import sentence_spans

SEYTENGA = (
    "Massacre de Seytenga: les rescapés déçus malgré la visite de Damiba\n\n"
    "Ce village burkinabè où le weekend dernier au moins 86 personnes ont été tuées, selon le bilan du "
    "gouvernement. La visite éclair mercredi du chef de la junte militaire, le lieutenant-colonel Paul Henri "
    "Damiba a semblé donner un certain espoir aux rescapés."
)


def test_the_weekend_the_evidence_kills_on_wins_over_the_day_of_a_visit() -> None:
    art = Article(text=SEYTENGA, sentences=sentence_spans(SEYTENGA), meta=ArticleMeta(published=dt.date(2022, 6, 16)))
    draft = DraftEvent(
        sentences=[2], sub_event_type="Attack", date="mercredi", place="Seytenga", region="", country="Burkina Faso",
        actor1="", actor1_type="Rebel group", actor2="", actor2_type="Civilians", claims=[],
    )  # fmt: skip
    date, flags = event_date(draft, art, [art.sentence_text(1)])
    assert (date.start, date.end) == (dt.date(2022, 6, 11), dt.date(2022, 6, 12))
    assert any(f.startswith("date_from_evidence:mercredi") for f in flags)


def test_a_leader_named_only_as_the_visitor_after_the_deed_is_no_side() -> None:
    assert a_speaker_only("Damiba", SEYTENGA)
    # a surname the text never gives with a title, or names as a doer, stays
    assert not a_speaker_only("Damiba", "Damiba's men attacked the village of Seytenga.")


def test_ground_taken_by_rebels_is_overtaken_and_by_the_state_regained() -> None:
    taliban = Actor(name="Taliban", type="Rebel group", aliases=[])
    army = Actor(name="Military Forces of Afghanistan", type="State forces", aliases=[])
    assert territory_taker_check("Government regains territory", taliban) == (
        "Non-state actor overtakes territory",
        ["sub_type_corrected_from:Government regains territory"],
    )
    assert territory_taker_check("Non-state actor overtakes territory", army)[0] == "Government regains territory"
    assert territory_taker_check("Government regains territory", army) == ("Government regains territory", [])


def test_the_article_places_its_town_in_its_own_region_over_a_namesakes() -> None:
    text = (
        "Afghan Taliban fighters captured the remote Kohistan district in northern Afghanistan. "
        "Kohistan district of Badakhshan came under control of the enemy yesterday."
    )
    namesake = Location(country="Afghanistan", admin1="Herat", place="Kohistan", geo_precision=1, latitude=34.6)
    moved, flags = region_written_with(namesake, text)
    assert (moved.admin1, moved.latitude) == ("Badakhshan", None)
    assert flags == ["admin1_as_the_article_writes_it:Herat->Badakhshan"]
    # a country after the town is no region, even where a region shares its name
    monterrey = Location(country="Mexico", admin1="Nuevo Leon", place="Monterrey", geo_precision=1)
    assert region_written_with(monterrey, "Gunmen killed 20 people in Monterrey, in Mexico.")[1] == []
    assert region_written_with(monterrey, "Gunmen killed 20 people in Monterrey in Mexico.")[1] == []


def test_an_attack_on_a_target_by_attackers_gives_the_missing_side() -> None:
    from summarizer.attack_on_by import sides_of_an_attack_on_by

    army = Actor(name="Military Forces of Myanmar", type="State forces", aliases=[])
    said = "The fighting was triggered by an ambush on police Saturday by an estimated 60 attackers armed with knives."
    actor1, actor2, flags = sides_of_an_attack_on_by(army, None, "Armed clash", [said], "Myanmar")
    assert (actor1 and actor1.name, actor2 and actor2.name) == ("Unidentified Armed Group", "Police Forces of Myanmar")
    assert flags and flags[0].startswith("sides_from_the_attack_on_by:")
    # an event with both sides keeps them
    police = Actor(name="Police Forces of Myanmar", type="State forces", aliases=[])
    assert sides_of_an_attack_on_by(army, police, "Armed clash", [said], "Myanmar") == (army, police, [])


def test_well_known_forces_and_militias_have_their_codebook_names() -> None:
    from summarizer.actors import canonical_actor

    assert (
        canonical_actor("Kurdish Peshmerga forces", country="Iraq").name == "Peshmerga (Kurdistan Regional Government)"
    )
    assert canonical_actor("the Koglweogo", country="Burkina Faso").type == "Identity militia"


def test_a_person_killed_by_name_or_office_is_one_dead() -> None:
    from summarizer.article import Article as _Article

    def dead(text: str) -> list[tuple[str, int | None]]:
        art = _Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta())
        return [(f.text, f.low) for f in art.death_figures]

    assert dead("Mokhtar Mohamed Hirab was killed Sunday in the Somali capital.") == [("Mokhtar Mohamed Hirab", 1)]
    assert dead("On Wednesday, gunmen killed a top member of Saddam's legal team, Khamis al-Obaidi.") == [
        ("top member", 1)
    ]
    # the one counted with others, a group, and one more of an earlier attack are not
    assert dead("A roadside bomb killed a former provincial minister and at least two other people.") == [
        ("at least two", 3)
    ]
    assert dead("Boko Haram was killed.") == []
    assert dead("The attack in Zabul province also killed an Afghan doctor.") == []


def test_the_capital_named_by_the_word_alone_is_the_countrys_capital() -> None:
    from summarizer.capitals import capital_named
    from summarizer.places import place_in_evidence

    assert capital_named("Mokhtar Mohamed Hirab was killed Sunday in the Somali capital.", "Somalia") == "Mogadishu"
    assert capital_named("Un attentat a fait deux morts dans la capitale malienne.", "Mali") == "Bamako"
    assert (
        capital_named("Bodies were found in the capital of the Central African Republic.", "Central African Republic")
        == "Bangui"
    )
    # a region's capital, another country's, a named capital and a distance are not
    assert capital_named("Youths overran the compound in the capital of Jonglei state, Bor.", "South Sudan") is None
    assert capital_named("A bomb exploded in the Iraqi capital.", "Syria") is None
    assert capital_named("Fighting 100 km north of the capital.", "Mali") is None
    assert place_in_evidence(["A bomb exploded in the capital, Baghdad, on Monday."], "Iraq") == "Baghdad"
    assert place_in_evidence(["A bomb exploded Monday in the Iraqi capital."], "Iraq") == "Baghdad"


def test_a_toll_told_with_the_displaced_is_a_running_total() -> None:
    from summarizer.deaths import find_figures

    text = "Fighting has left at least 130 people dead in the region and has forced tens of thousands to flee."
    assert [(f.low, f.scope) for f in find_figures(text, sentence_spans(text))[0]] == [(130, "cumulative")]
    text = "Gunmen have killed 12 people in the village, residents said."
    assert [(f.low, f.scope) for f in find_figures(text, sentence_spans(text))[0]] == [(12, "event")]


def test_the_leads_toll_brought_to_a_total_joins_the_parts_the_body_gives() -> None:
    from summarizer.draft import DraftClaim
    from summarizer.lead_toll import RIVAL_FLAG, add_lead_rival
    from summarizer.records import build_event

    text = (
        "Death Toll in Somalia Base Attack Rises\n\n"
        "The African Union says it has killed the last three of eight al-Shabab militants who attacked its base in "
        "Mogadishu, bringing the death toll to 14.\n\n"
        "A spokesman for the AU mission told VOA that five AU peacekeepers and a foreign contractor had died in "
        "Thursday's raid."
    )
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2014, 12, 26)))
    draft = DraftEvent(
        sentences=[3], sub_event_type="Armed clash", date="Thursday", place="Mogadishu", region="", country="Somalia",
        actor1="al-Shabab", actor1_type="Rebel group", actor2="AU", actor2_type="External/Other forces",
        claims=[DraftClaim(figure="five", victims="foreign_forces", claimant="AU spokesman", sentence=3)],
    )  # fmt: skip
    event = build_event(draft, art)[0]
    add_lead_rival(art, [event])
    assert f"{RIVAL_FLAG}:14" in event.flags and event.fatalities_acled == 14


def test_a_bomb_at_a_police_post_hits_the_police_not_civilians() -> None:
    from summarizer.targets import civilian_target, force_hit

    said = "In Baghdad, a car bomb killed four people near an Iraqi police checkpoint outside Sadr City."
    assert force_hit(said, "Iraq") == Actor(
        name="Police Forces of Iraq", type="State forces", aliases=["near an Iraqi police checkpoint"]
    )
    from summarizer.schema import FatalityClaim

    four = FatalityClaim(low=4, high=4, victims="unknown", claimant="police", quote=said)
    actor2, flags = civilian_target(None, "Remote explosive/landmine/IED", [four], [said], False, "Iraq")
    assert actor2 is not None and actor2.name == "Police Forces of Iraq"
    market = "In Baghdad, a car bomb killed four people at a crowded market."
    actor2, _ = civilian_target(None, "Remote explosive/landmine/IED", [four], [market], False, "Iraq")
    assert actor2 is not None and actor2.name == "Civilians"


def test_a_crowd_in_a_battle_is_a_communal_militia() -> None:
    from summarizer.subtype_checks import rioters_who_fight

    youths = Actor(name="Rioters (South Sudan)", type="Rioters", aliases=["armed youths"])
    herders = Actor(name="Civilians", type="Civilians", aliases=["cattle keepers"])
    a1, a2, flags = rioters_who_fight(youths, herders, "Armed clash", "South Sudan")
    assert a1 is not None and a1.name == "Unidentified Communal Militia (South Sudan)" and a1.type == "Identity militia"
    assert a2 is not None and a2.name == a1.name and a2.aliases == ["cattle keepers"]
    # a riot keeps its rioters; an attack on a UN base by a crowd stays the crowd's
    assert rioters_who_fight(youths, herders, "Violent demonstration", "South Sudan")[0] == youths
    assert rioters_who_fight(youths, herders, "Attack", "South Sudan")[0] == youths


def test_a_side_that_suffered_no_casualties_or_denies_any_gives_a_zero_with_its_name() -> None:
    from summarizer.attribution import attribution
    from summarizer.zero_tolls import _NOBODY, _claimant

    assert _NOBODY.search("Our side did not suffer any casualties.")
    text = (
        "Residents say two soldiers were killed.\n\n"
        "Residents told VOA that two soldiers were killed, although military officials deny any of them were hurt."
    )
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta())
    said = art.sentence_text(1)
    m = _NOBODY.search(said)
    assert m is not None and _claimant(art, 1, m.group(0)) == "military officials"
    # what is said after "says" is no speaker
    assert attribution("The police chief, Ghulam Nabi, says the three-hour battle took place Thursday in Kajaki.") != (
        "the three-hour battle took place Thursday"
    )
