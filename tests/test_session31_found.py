"""Events found in the text that the thirty-first session's look at missed events added: a
killing told "Separately, ..." is another event even when no event has a place to tell it
apart by, and one more bombing told with no toll ("A fourth bombing took place later in the
day", "Another bomb hit ...") is an event at the story's scene."""

from __future__ import annotations

import datetime as dt

from summarizer.article import Article
from summarizer.draft import DraftClaim, DraftEvent
from summarizer.found_in_text import FLAG, events_in_text
from summarizer.found_signals import one_more_device
from summarizer.records import build_event
from summarizer.schema import ArticleMeta, Event
from summarizer.text import sentence_spans


def _article(text: str, published: dt.date) -> Article:
    return Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=published))


def _coded(art: Article, **fields: object) -> Event:
    base: dict[str, object] = dict(
        sentences=[2], sub_event_type="Armed clash", date="on Thursday", place="", region="", country="Pakistan",
        actor1="Taliban militants", actor1_type="Rebel group", actor2="security forces", actor2_type="State forces",
        claims=[],
    )  # fmt: skip
    base.update(fields)
    event, _ = build_event(DraftEvent.model_validate(base), art)
    return event


UNPLACED = (
    "Militants killed in Pakistan\n\n"
    "Pakistani officials say 12 militants were killed Thursday in clashes between security forces and Taliban fighters. "
    "Separately, in eastern Pakistan, gunmen killed nine policemen at a training compound."
)


def test_a_killing_told_separately_is_another_event_though_nothing_is_placed() -> None:
    art = _article(UNPLACED, dt.date(2012, 7, 12))
    coded = _coded(art, claims=[DraftClaim(figure="12", victims="non_state", claimant="officials", sentence=2)])
    assert coded.location.place is None and coded.location.admin1 is None
    found = events_in_text(art, [coded])
    assert len(found) == 1 and FLAG in found[0].flags
    assert [c.low for c in found[0].fatality_claims] == [9]
    # without the word that says so, an unplaced killing beside an unplaced event may be that one
    plain = UNPLACED.replace("Separately, in eastern Pakistan, gunmen", "In eastern Pakistan, gunmen")
    art = _article(plain, dt.date(2012, 7, 12))
    coded = _coded(art, claims=[DraftClaim(figure="12", victims="non_state", claimant="officials", sentence=2)])
    assert events_in_text(art, [coded]) == []


def test_one_more_bombing_is_told_in_several_ways() -> None:
    assert one_more_device("A fourth bombing took place later in the day.")
    assert one_more_device("Another bomb hit the Sadr City region of Baghdad.")
    assert one_more_device("A second bomber targeted a nearby police station.")
    assert not one_more_device("The bomb hit another vehicle.")
    assert not one_more_device("Police said the bombing was the second this month.")


def test_one_more_bombing_with_no_toll_is_an_event_at_the_scene() -> None:
    text = (
        "Bombings in Baghdad\n\n"
        "A car bomb killed 11 people in Baghdad on Sunday, police said. "
        "A fourth bombing took place later in the day."
    )
    art = _article(text, dt.date(2013, 5, 20))
    coded = _coded(
        art, sub_event_type="Remote explosive/landmine/IED", date="on Sunday", place="Baghdad", country="Iraq",
        actor1="gunmen", actor1_type="Rebel group", actor2="people", actor2_type="Civilians",
        claims=[DraftClaim(figure="11", victims="civilians", claimant="police", sentence=2)],
    )  # fmt: skip
    found = events_in_text(art, [coded])
    assert len(found) == 1
    assert found[0].location.place == "Baghdad" and found[0].fatality_claims == []
    assert found[0].sub_event_type == "Remote explosive/landmine/IED"


def test_a_fatal_blast_with_no_number_is_a_limited_toll() -> None:
    from summarizer.running_numbers import unnumbered_deaths

    assert unnumbered_deaths(["A second fatal bomb blast occurred Tuesday at an education office."]) == "limited"
    assert unnumbered_deaths(["Gunmen carried out a deadly attack on a market on Monday."]) == "limited"
    assert unnumbered_deaths(["Une attaque meurtrière a visé un poste de police."]) == "limited"
    # a blast that hurt people only is no death
    assert unnumbered_deaths(["A bomb blast wounded three people at an education office."]) is None


def test_a_side_told_only_as_what_an_attack_was_on_did_not_make_it() -> None:
    from summarizer.attack_on_by import target_told_as_doer
    from summarizer.schema import Actor

    team = Actor(name="Security team", type="Rebel group", aliases=["security team"])
    police = Actor(name="Police Forces of Pakistan", type="State forces", aliases=["police officers"])
    evidence = ["Pakistani officials say at least seven people have died in an attack on a security team on its way."]
    actor1, actor2, flags = target_told_as_doer(team, police, evidence)
    assert actor1 is not None and actor1.name == "Unidentified Armed Group" and actor2 == police
    assert flags == ["actor1_told_as_the_target:Security team"]
    # with no second side, the target becomes it
    assert target_told_as_doer(team, None, evidence)[1] == team
    # a side the evidence also names as acting keeps its place
    acted = [*evidence, "The security team opened fire on the attackers."]
    assert target_told_as_doer(team, police, acted) == (team, police, [])


def test_running_tolls_since_a_coup_and_of_a_countrys_violence() -> None:
    from summarizer.figure_scope import is_cumulative

    assert is_cumulative("A monitoring group estimates that at least 850 protesters have been killed since the coup.")
    assert is_cumulative("At least 40 people have died since the February 1 takeover, activists say.")
    assert is_cumulative("The U.N. says violence in Yemen has killed more than 1,000 civilians.")
    # one day's violence, told with its day, is an event's toll
    assert not is_cumulative("The violence in the city killed 12 people on Monday.")
    assert not is_cumulative("Gunmen killed 12 people in the coup attempt on Monday.")


def test_civilians_killed_in_an_ambush_were_attacked_by_an_armed_group() -> None:
    from summarizer.schema import Actor
    from summarizer.subtype_checks import civilians_who_clash

    worker = Actor(name="Civilians", type="Civilians", aliases=["aid worker"])
    driver = Actor(name="Civilians", type="Civilians", aliases=["driver"])
    ambush = ["An aid worker was killed and a driver injured in Budi County during an ambush on Wednesday."]
    a1, a2, sub, flags = civilians_who_clash(worker, driver, "Armed clash", "South Sudan", ambush)
    assert a1 is not None and a1.name == "Unidentified Armed Group" and a2 == worker and sub == "Attack"
    # a fight between two crowds stays mob violence
    brawl = ["Farmers and herders clashed between villages with sticks and stones, and one man was killed."]
    assert civilians_who_clash(worker, driver, "Armed clash", "South Sudan", brawl)[2] == "Mob violence"


def test_a_group_the_headline_says_condemned_a_killing_did_not_do_it() -> None:
    from summarizer.responsibility import _DOER_AFTER, _REACTS

    after = _DOER_AFTER.match(" Condemns Killing of Aid Worker")
    assert after is not None and _REACTS.search(after.group(0))
    doer = _DOER_AFTER.match(" Kills 12 Soldiers")
    assert doer is not None and not _REACTS.search(doer.group(0))


def test_a_name_with_its_acronym_in_brackets_does_not_hide_the_dead() -> None:
    from summarizer.deaths import find_figures
    from summarizer.text import sentence_spans

    text = (
        "Lakes State authorities confirm two Doctors with Africa (CUAMM) humanitarian aid workers have been "
        "killed by unidentified gunmen; governors call on displaced people to return home."
    )
    deaths, _ = find_figures(text, sentence_spans(text))
    assert [(f.low, f.scope) for f in deaths] == [(2, "event")]
    # the brackets still end a clause when they hold words, not a name's letters
    wounded = "Police said two people (a driver and a guard) were wounded; three others were killed."
    deaths, _ = find_figures(wounded, sentence_spans(wounded))
    assert [f.low for f in deaths] == [3]


def test_a_blast_that_kills_is_an_explosive_device() -> None:
    from summarizer.keywords import classify

    assert classify("Witnesses said a bomb explosion outside the ministry had killed at least two people.") == (
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
    )
    assert classify("Blast in Kabul Kills 2, Injures 12") == (
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
    )
    # gunfire with explosions heard is still a battle
    assert classify("Militants attacked a checkpoint and soldiers fired back, killing five.") == (
        "Battles",
        "Armed clash",
    )


def test_a_mortar_attack_is_shelling_and_one_of_its_websites_is_no_dead() -> None:
    from summarizer.deaths import find_figures
    from summarizer.keywords import classify
    from summarizer.text import sentence_spans

    lead = "Two African Union soldiers were killed by an al-Shabab mortar attack Sunday on their base."
    assert classify(lead) == ("Explosions/Remote violence", "Shelling/artillery/missile attack")
    text = (
        'In a statement posted on one of its websites, the group claimed the mortars killed "white and black officers."'
    )
    deaths, others = find_figures(text, sentence_spans(text))
    assert deaths == [] and [o.why for o in others] == ["counts websites"]
    # one of the people is still one dead
    one = "Police said one of the soldiers was killed."
    assert [f.low for f in find_figures(one, sentence_spans(one))[0]] == [1]


def test_a_years_trend_in_deaths_is_no_event() -> None:
    from summarizer.figure_scope import is_cumulative
    from summarizer.records import only_a_war_toll
    from summarizer.schema import DateSpan, Location

    trend = "Hécatombe au Sahel: les morts dues aux conflits ont augmenté de 50%"
    year = "En 2022, le Burkina Faso, le Mali et le Niger ont enregistré une augmentation de 50 % des décès dus aux conflits."
    assert is_cumulative(trend) and is_cumulative(year)
    # a toll that rose on a day is one event's
    assert not is_cumulative("The death toll rose to 12 on Monday.")
    day = dt.date(2022, 1, 1)
    event = Event.model_validate(
        {
            "salience": "main",
            "event_type": "Violence against civilians",
            "sub_event_type": "Attack",
            "date": DateSpan(start=day, end=day, precision="year", text="En 2022"),
            "location": Location(country="Burkina Faso", place="Nanythe Talani"),
            "evidence": [trend, year, "Récit de Nanythe Talani."],
        }
    )
    assert only_a_war_toll(event)
    event.evidence = ["Gunmen killed five villagers in Djibo on Monday.", year]
    assert not only_a_war_toll(event)


def test_fire_seen_or_heard_is_a_happening() -> None:
    from summarizer.happening import tells_a_happening

    assert tells_a_happening(["A Reuters reporter and other residents said they saw a drone or aircraft opening fire."])
    assert tells_a_happening(
        ["Explosions and anti-aircraft fire could be heard in parts of the capital late Saturday."]
    )
    assert tells_a_happening(["Clashes had broken out earlier in the suburbs."])
    # a situation told is still none
    assert not tells_a_happening(["The United Nations has been calling for a cease to the violence in the capital."])


def test_capitals_take_the_admin1_acled_uses() -> None:
    from summarizer.geo.gazetteer import lookup

    for town, country, admin1 in [
        ("Abidjan", "Ivory Coast", "Abidjan"),
        ("Algiers", "Algeria", "Alger"),
        ("N'Djamena", "Chad", "N'Djamena"),
        ("Kathmandu", "Nepal", "Bagmati"),
    ]:
        place = lookup(town, country=country)
        assert place is not None and place.admin1 == admin1
    # a town the table does not override keeps GeoNames' region
    place = lookup("Jalalabad", country="Afghanistan")
    assert place is not None and place.admin1 == "Nangarhar"


def test_a_towns_suburb_written_out_is_the_place() -> None:
    from summarizer.place_words import part_named

    text = "Security forces opened fire on protesters in the Damascus suburb of Douma, killing at least four people."
    assert part_named("Damascus suburb", text) == "Douma"
    # what follows "district of" is the province that holds the district, not a part of it
    assert part_named("Kohistan district", "Kohistan district of Badakhshan came under control of the enemy.") is None
    assert part_named("Douma", text) is None


def test_bombs_that_kill_are_explosive_devices_unless_dropped_from_the_air() -> None:
    from summarizer.keywords import classify

    device = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
    assert classify("Two remote-detonated bombs killed eight soldiers near Tizi Ouzou on Tuesday.") == device
    assert classify("Warplanes dropped bombs, killing 12 people.") == ("Explosions/Remote violence", "Air/drone strike")


def test_a_group_that_says_it_killed_is_still_the_doer() -> None:
    from summarizer.responsibility import _DOER_AFTER, _REACTS

    claims = _DOER_AFTER.match(" Says It Killed 20 Soldiers")
    assert claims is not None and not _REACTS.search(claims.group(0))
    speaks = _DOER_AFTER.match(" Say US Strike Killed 10 Civilians")
    assert speaks is not None and _REACTS.search(speaks.group(0))
