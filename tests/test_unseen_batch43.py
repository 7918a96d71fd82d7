"""Checks read from batch 43, stories the project had not seen: a story that names no
country, the adjective "armée"."""

from __future__ import annotations

import datetime as dt

from summarizer.article import Article
from summarizer.draft import DraftEvent
from summarizer.places import country_from_places
from summarizer.schema import Actor, ArticleMeta
from summarizer.side_checks import invented_state_side
from summarizer.text import sentence_spans


def _article(text: str, published: dt.date) -> Article:
    return Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=published))


def _draft(**fields: object) -> DraftEvent:
    """A draft event with the fields a test does not care about left plain."""
    base: dict[str, object] = {
        "sentences": [2], "date": "", "place": "", "region": "", "actor2": "people", "actor2_type": "Civilians",
        "claims": [],
    } | fields  # fmt: skip
    return DraftEvent(**base)  # type: ignore[arg-type]


def test_a_story_naming_no_country_is_placed_by_its_towns() -> None:
    text = (
        "Au moins 16 personnes ont été tuées mardi à Yirgou, un village de la commune de Barsalogo "
        "dans le centre-nord du pays."
    )
    assert country_from_places(text) == "Burkina Faso"
    # towns of two countries: no guess
    assert country_from_places("Fighting in Kaya spread to the town of Goma.") is None
    assert country_from_places("Nothing happened here.") is None


def test_an_armed_attack_names_no_army() -> None:
    army = Actor(name="Military Forces of Burkina Faso", type="State forces", aliases=["army"])
    armed = ["Au moins 16 personnes ont été tuées mardi dans une attaque armée dans un village."]
    actor, flags = invented_state_side(army, True, "Attack", armed)
    assert actor is not None and actor.name == "Unidentified Armed Group"
    assert flags == ["actor1_state_not_in_evidence:Military Forces of Burkina Faso"]
    # the army the evidence names stands
    named = ["L'armée a riposté à l'attaque armée du village."]
    actor, flags = invented_state_side(army, True, "Attack", named)
    assert actor is army and flags == []


def test_a_bombing_raid_with_no_fight_told_is_an_air_strike() -> None:
    from summarizer.keywords import classify
    from summarizer.subtype_checks import checked_sub_type

    raid = ["Colombia's army killed 18 members of the FARC Thursday in a bombing raid, an army official said."]
    assert classify(raid[0]) == ("Explosions/Remote violence", "Air/drone strike")
    draft = _draft(
        sub_event_type="Armed clash", date="Thursday", region="Cauca", country="Colombia", actor1="army",
        actor1_type="State forces", actor2="FARC", actor2_type="Rebel group",
    )  # fmt: skip
    assert checked_sub_type(draft, raid) == ("Air/drone strike", ["sub_type_corrected_from:Armed clash"])
    # air strikes in support of a fight told as one keep the battle
    fight = ["Troops backed by air strikes fought the rebels for hours near the town."]
    assert checked_sub_type(draft, fight) == ("Armed clash", [])
    # a bombing is still a bomb
    assert classify("The bombing killed 10 people at the market.") == (
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
    )


def test_a_kamikaze_is_an_unidentified_armed_group() -> None:
    from summarizer.actors import canonical_actor

    assert canonical_actor("Kamikazes", country="Mali").name == "Unidentified Armed Group"
    assert canonical_actor("le kamikaze", country="Mali").name == "Unidentified Armed Group"


def test_an_evidence_naming_the_province_is_not_placed_in_another_provinces_town() -> None:
    from summarizer.checks import event_location

    text = (
        "Suicide Bomber Kills 8 in Eastern Afghanistan\n\n"
        "A suicide bomber blew himself up in the eastern Afghan province of Paktia Thursday, killing at least eight. "
        "Hours earlier, a bomb ripped through the office of the acting governor in the city of Khost."
    )
    art = _article(text, dt.date(2010, 1, 7))
    draft = _draft(
        sub_event_type="Suicide bomb", date="Thursday", place="eastern Afghanistan town", country="Afghanistan",
        actor1="suicide bomber", actor1_type="Rebel group",
    )  # fmt: skip
    loc, flags = event_location(draft, art, [art.sentence_text(1)])
    assert (loc.admin1, loc.place) == ("Paktia", None)
    assert not any(f.startswith("place_from_article") for f in flags)


def test_would_be_bombers_killed_are_no_suicide_bombing_and_a_hidden_bomb_is_an_ied() -> None:
    from summarizer.keywords import classify

    office = (
        "Hours earlier, a bomb hidden in trash ripped through the office of the acting governor, wounding him, "
        "while security forces killed two would-be suicide bombers."
    )
    assert classify(office) == ("Explosions/Remote violence", "Remote explosive/landmine/IED")
    assert classify("A suspected suicide bomber blew himself up at the gate.") == (
        "Explosions/Remote violence",
        "Suicide bomb",
    )


def test_a_sentence_opening_with_also_and_a_comma_tells_another_happening() -> None:
    from summarizer.separate import opens_as_another

    assert opens_as_another("Also, the African Union says anti-balaka forces attacked peacekeepers, leaving six dead.")
    assert opens_as_another("Also on Thursday, security forces said 10 militants were killed.")
    assert not opens_as_another("Also killed was a police officer.")


def test_a_town_taken_after_the_other_side_left_is_a_non_violent_transfer() -> None:
    from summarizer.territory import territory_taken

    transfer = ("Strategic developments", "Non-violent transfer of territory")
    assert (
        territory_taken(
            "M23 forces have also re-occupied the towns of Kiwanja and Ruturu following Sunday's retreat by FARDC forces."
        )
        == transfer
    )
    assert (
        territory_taken(
            "Opposition sources said rebels seized the military post of Al-Khibar after government forces pulled out."
        )
        == transfer
    )
    assert territory_taken("Rebels seized the town after heavy fighting.") == (
        "Strategic developments",
        "Non-state actor overtakes territory",
    )


def test_hong_kong_is_coded_in_china_as_acled_does() -> None:
    from summarizer.checks import event_location

    text = "Hong Kong March\n\nThousands of protesters marched through the streets of Hong Kong on Sunday."
    art = _article(text, dt.date(2015, 2, 1))
    draft = _draft(
        sub_event_type="Peaceful protest", date="on Sunday", place="Hong Kong", country="Hong Kong",
        actor1="protesters", actor1_type="Protesters", actor2="",
    )  # fmt: skip
    loc, flags = event_location(draft, art, [art.sentence_text(1)])
    assert (loc.country, loc.admin1, loc.place) == ("China", "Hong Kong", "Hong Kong")
    assert "country_as_acled_codes:Hong Kong->China" in flags


def test_an_event_near_a_capital_or_between_two_towns_is_placed_near_them() -> None:
    from summarizer.places import precision_of

    assert precision_of("Colombo", ["Troops clashed with rebels near the capital, Colombo, on Monday."]) == 2
    assert precision_of("Aden", ["Fighting raged near Yemen's second city of Aden."]) == 2
    assert precision_of("Raja", ["Gunmen attacked a convoy travelling between Raja and Sepo."]) == 2
    assert precision_of("Damascus", ["Shelling hit the suburbs around the capital, Damascus."]) == 2
    assert precision_of("Colombo", ["A bomb exploded in Colombo on Monday."]) == 1


def test_a_plural_count_without_its_article_is_still_read() -> None:
    from summarizer.fatalities import parse_figure

    assert parse_figure("dizaines") == parse_figure("des dizaines") == (12, None)
    assert parse_figure("centaines") == (100, None)
    assert parse_figure("une dizaine") == (10, 10)


def test_a_speaker_named_after_the_day_and_the_medium_is_the_source() -> None:
    from summarizer.attribution import attribution

    assert (
        attribution(
            "Au moins 16 personnes ont été tuées mardi, a précisé mercredi à la télévision nationale "
            "Siméon Sawadogo, ministre de l'Administration territoriale."
        )
        == "Siméon Sawadogo"
    )
    assert (
        attribution(
            '"Ils ont abattu le chef du village", a expliqué à VOA Afrique dans une interview, le maire de '
            "Barsalogho, Abdoulaye Pafadnam."
        )
        == "maire de Barsalogho"
    )


def test_a_side_the_article_lacks_gives_way_to_the_named_group_that_acted() -> None:
    from summarizer.side_checks import agent_side

    crowd = Actor(name="Afghan Green Trend party", type="Protesters", aliases=["Afghan Green Trend party"])
    taken = ["Regional officials in Afghanistan say Taliban abducted at least 17 passengers late Wednesday."]
    actor, flags = agent_side(crowd, None, True, taken, "Afghanistan")
    assert actor is not None and actor.name == "Taliban" and flags == ["actor1_from_doer:Taliban"]
    # a country before the verb is a place ("the border with Mali killed 16"), not the doer
    border = ["An ambush near Niger's border with Mali killed 16 Niger soldiers, the government said."]
    assert agent_side(crowd, None, True, border, "Niger") == (crowd, [])
    # a side the article contains is left to the other checks
    assert agent_side(crowd, None, False, taken, "Afghanistan") == (crowd, [])


def test_a_fight_in_which_a_group_took_the_town_is_its_taking() -> None:
    from summarizer.subtype_checks import checked_sub_type

    draft = _draft(
        sub_event_type="Armed clash", date="Sunday", region="Middle Shabelle", country="Somalia",
        actor1="al-Shabab", actor1_type="Rebel group", actor2="troops", actor2_type="State forces",
    )  # fmt: skip
    took = ["Militant group al-Shabab attacked and recaptured a town in Somalia's Middle Shabelle region early Sunday."]
    assert checked_sub_type(draft, took) == (
        "Non-state actor overtakes territory",
        ["sub_type_corrected_from:Armed clash"],
    )
    fought = ["Militant group al-Shabab attacked a town in Somalia's Middle Shabelle region early Sunday."]
    assert checked_sub_type(draft, fought) == ("Armed clash", [])


def test_a_town_taken_over_and_a_bomb_that_killed_its_bomber() -> None:
    from summarizer.keywords import classify
    from summarizer.territory import territory_taken

    assert territory_taken(
        "Witnesses say Islamist militants have taken over the town of Gao after clashing with rebels."
    ) == (
        "Strategic developments",
        "Non-state actor overtakes territory",
    )
    assert classify("A car bomb exploded near a military base in Kidal, killing the bomber and one civilian.") == (
        "Explosions/Remote violence",
        "Suicide bomb",
    )


def test_the_dead_of_that_earlier_clash_are_not_this_events() -> None:
    from summarizer.claimscope import _IN_THE_EARLIER

    assert _IN_THE_EARLIER.search("At least one person was killed in that earlier clash.")
    assert _IN_THE_EARLIER.search("Deux soldats ont été tués lors de l'attaque précédente.")
    # "the first attack" of two told in the story is one of them
    assert not _IN_THE_EARLIER.search("Six soldiers were killed in the first attack when militants fired.")


def test_talks_that_made_progress_toward_a_cease_fire_are_no_agreement() -> None:
    from summarizer.agreements_made import only_a_pledge

    assert only_a_pledge("Rebel leaders say progress has been made toward a formal cease-fire after decades of war.")
    assert not only_a_pledge("The two sides signed a cease-fire on Tuesday, moving toward a lasting peace.")


def test_a_day_followed_by_when_officials_said_is_the_statements() -> None:
    from summarizer.dates import event_date_phrases

    lead = "New violence roiled South Sudan Friday, when officials in Jonglei state said 18 people were killed."
    assert event_date_phrases(lead) == []
    assert event_date_phrases("Gunmen attacked the village on Friday, when most residents were at the market.") == [
        "Friday"
    ]


def test_residents_of_a_village_name_the_village() -> None:
    from summarizer.places import settlement_named

    assert settlement_named("Armed men attacked and killed residents of Cuei village on Wednesday.") == "Cuei"


def test_a_count_of_strikes_is_no_toll() -> None:
    from summarizer.deaths import find_figures

    text = (
        "Drone Strikes in Pakistan\n\n"
        "Pakistani officials say as many as four U.S. drone strikes have killed at least 15 people in the northwest."
    )
    deaths, others = find_figures(text, sentence_spans(text), dt.date(2014, 7, 16))
    assert [f.low for f in deaths] == [15]
    assert [f.text for f in others] == ["as many as four"]
