"""Events code builds from sentences the model's answer left out (``found_in_text.py``).

Each test codes the model's event by hand (a draft, as the model would answer) and checks
what code adds from the rest of the text: a second attack in another town, with the sides,
date, region and figures the sentence gives; nothing for a retelling, a month's tally or a
vague count.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.article import Article
from summarizer.draft import DraftClaim, DraftEvent
from summarizer.found_in_text import FLAG, events_in_text
from summarizer.found_places import OFFICE
from summarizer.geo.countries import guess_country
from summarizer.records import build_event
from summarizer.schema import ArticleMeta, Event
from summarizer.text import sentence_spans


def _article(text: str, published: dt.date) -> Article:
    return Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=published))


def _coded(art: Article, **fields: object) -> Event:
    base: dict[str, object] = dict(
        sentences=[2], sub_event_type="Armed clash", date="on Wednesday", place="", region="", country="Mali",
        actor1="terrorists", actor1_type="Rebel group", actor2="soldiers", actor2_type="State forces", claims=[],
    )  # fmt: skip
    base.update(fields)
    event, _ = build_event(DraftEvent.model_validate(base), art)
    return event


MALI = (
    "Attacks in Mali\n\n"
    "At least 15 Malian soldiers were killed on Wednesday in three attacks, one of them in Mopti, the army said. "
    "In Kaloumba, near the Mauritanian border, twelve people died, the army said.\n\n"
    "In Sokolo, in the center, the army reports six dead soldiers and twenty-five wounded. "
    "The army claims to have killed 48 assailants 15 km from Sokolo.\n\n"
    "Since 2012, thousands of people have been killed in the conflict. "
    "In June, 300 people were killed nationwide, according to the UN."
)


def test_a_second_town_with_its_own_toll_becomes_an_event() -> None:
    art = _article(MALI, dt.date(2022, 7, 29))
    coded = _coded(
        art,
        place="Mopti",
        claims=[DraftClaim(figure="at least 15", victims="state_forces", claimant="army", sentence=2)],
    )
    found = events_in_text(art, [coded])
    places = [e.location.place for e in found]
    assert places == ["Kaloumba", "Sokolo"]
    kaloumba, sokolo = found
    assert all(FLAG in e.flags for e in found)
    # no date of their own: they go on with the lead's "on Wednesday" (27 July 2022)
    assert kaloumba.date.start == dt.date(2022, 7, 27) and "date_of_the_story" in kaloumba.flags
    assert kaloumba.location.admin1 == "Kayes" and sokolo.location.admin1 == "Segou"
    # "twelve people died" names no side: a clash with an unnamed group is with the state, flagged
    assert kaloumba.actor2 is not None and kaloumba.actor2.name == "Military Forces of Mali"
    assert "actor2_assumed:Military Forces of Mali" in kaloumba.flags
    assert [c.low for c in kaloumba.fatality_claims] == [12]
    # the next sentence naming Sokolo again joins its event: six soldiers and 48 assailants
    assert sorted(c.low for c in sokolo.fatality_claims) == [6, 48]
    assert sokolo.fatalities_acled == 54
    assert sokolo.actor2 is not None and sokolo.actor2.name == "Military Forces of Mali"
    # the war-long toll and the month's nationwide tally make no event
    assert all(e.location.place not in (None, "") for e in found)


def test_nothing_is_added_for_a_retelling_of_the_coded_event() -> None:
    text = (
        "Base attacked\n\n"
        "Al-Shabaab fighters stormed a military base near Marka on Sunday, killing five soldiers, officials said. "
        "The group said it had killed more than 20 soldiers and captured the base briefly. "
        "Army chief Odowaa Yusuf Rage said his troops repelled the militants near Marka, killing several of them."
    )
    art = _article(text, dt.date(2019, 9, 22))
    coded = _coded(
        art, date="on Sunday", place="Marka", country="Somalia", actor1="Al-Shabaab", actor2="soldiers",
        claims=[DraftClaim(figure="five", victims="state_forces", claimant="officials", sentence=2)],
    )  # fmt: skip
    # sentence 3 names no place or day of its own; sentence 4's "several" is no count
    assert events_in_text(art, [coded]) == []


def test_the_sides_come_from_the_sentence() -> None:
    text = (
        "Violence in Niger\n\n"
        "Gunmen killed at least 16 soldiers in an ambush near Tillia on Monday, police said. "
        "Niger's military intercepted a group of suspected extremists on Sunday, killing at least 24 who were "
        "preparing to attack Baibangou, the ministry said."
    )
    art = _article(text, dt.date(2021, 5, 3))
    coded = _coded(
        art, date="on Monday", place="Tillia", country="Niger", actor1="Gunmen",
        claims=[DraftClaim(figure="at least 16", victims="state_forces", claimant="police", sentence=2)],
    )  # fmt: skip
    (found,) = events_in_text(art, [coded])
    # "preparing to attack Baibangou": a town the gazetteer knows, named without "in"
    assert found.location.place == "Baibangou"
    # the dead are no soldiers and the sentence's subject is the army: the state acted
    assert found.actor1 is not None and found.actor1.name == "Military Forces of Niger"
    assert found.date.start == dt.date(2021, 5, 2)
    assert found.fatality_claims[0].claimant == "ministry"


def test_an_air_strike_is_its_owners_and_its_victims_stay_second() -> None:
    text = (
        "Strikes in Ukraine\n\n"
        "Russian missiles hit the town of Pokrovsk on Monday, killing five people, officials said. "
        "Andriy Yermak, head of Ukraine's Presidential Office, said at least two civilians were also killed "
        'when Russian guided bombs hit "private houses" in Kharkiv Region on Monday evening.'
    )
    art = _article(text, dt.date(2023, 8, 8))
    coded = _coded(
        art, sub_event_type="Shelling/artillery/missile attack", date="on Monday", place="Pokrovsk", country="Ukraine",
        actor1="Russian", actor1_type="State forces", actor2="people", actor2_type="Civilians",
        claims=[DraftClaim(figure="five", victims="unknown", claimant="officials", sentence=2)],
    )  # fmt: skip
    (found,) = events_in_text(art, [coded])
    assert found.sub_event_type == "Air/drone strike"  # guided bombs are dropped from aircraft
    assert found.location.admin1 == "Kharkiv"
    assert found.actor1 is not None and found.actor1.name == "Military Forces of Russia"
    assert found.actor2 is not None and found.actor2.name == "Civilians"
    assert found.fatality_claims[0].claimant == "Andriy Yermak, head of Ukraine's Presidential Office"


def test_nothing_without_a_coded_event_to_anchor_the_story() -> None:
    art = _article(MALI, dt.date(2022, 7, 29))
    assert events_in_text(art, []) == []
    # an event the model placed nowhere may be the one the sentence tells: nothing is added
    art = _article(MALI.replace(", one of them in Mopti", ""), dt.date(2022, 7, 29))
    placeless = _coded(
        art, claims=[DraftClaim(figure="at least 15", victims="state_forces", claimant="army", sentence=2)]
    )
    assert placeless.location.place is None and placeless.location.admin1 is None
    assert events_in_text(art, [placeless]) == []


def test_a_recalled_attack_adds_no_event() -> None:
    text = (
        "Attack in Burkina Faso\n\n"
        "Gunmen killed 12 soldiers near Djibo on Tuesday, the army said. "
        "Last month, militants killed seven civilians in Arbinda, residents said."
    )
    art = _article(text, dt.date(2023, 8, 4))
    coded = _coded(
        art, date="on Tuesday", place="Djibo", country="Burkina Faso", actor1="Gunmen",
        claims=[DraftClaim(figure="12", victims="state_forces", claimant="army", sentence=2)],
    )  # fmt: skip
    assert events_in_text(art, [coded]) == []
    # the same sentence told of this week is news
    recent = _article(text.replace("Last month", "On Wednesday"), dt.date(2023, 8, 4))
    coded = _coded(
        recent, date="on Tuesday", place="Djibo", country="Burkina Faso", actor1="Gunmen",
        claims=[DraftClaim(figure="12", victims="state_forces", claimant="army", sentence=2)],
    )  # fmt: skip
    (found,) = events_in_text(recent, [coded])
    assert found.location.place == "Arbinda" and found.date.start == dt.date(2023, 8, 2)


def test_another_attack_without_a_toll_is_an_event_when_the_text_says_so() -> None:
    art = _article(MALI, dt.date(2022, 7, 29))
    text = MALI.replace(
        "Since 2012,",
        "A third attack took place overnight in Kolokani, without causing any casualties, the army said. "
        "Armed men had attacked checkpoints in Kati in the past.\n\nSince 2012,",
    )
    art = _article(text, dt.date(2022, 7, 29))
    coded = _coded(
        art,
        place="Mopti",
        claims=[DraftClaim(figure="at least 15", victims="state_forces", claimant="army", sentence=2)],
    )
    found = {e.location.place: e for e in events_in_text(art, [coded])}
    # "a third attack": one more event, with no deaths (ACLED 0, not an invented 3)
    assert found["Kolokani"].fatalities_acled == 0 and not found["Kolokani"].fatality_claims
    # an attack the sentence neither dates nor calls another one is left to the model
    assert "Kati" not in found


def test_the_same_figure_in_another_placed_killing_is_a_new_event() -> None:
    text = (
        "Violence in Iraq\n\n"
        "A suicide bomber killed at least 22 mourners at a funeral in Muqdadiyah on Monday, police said. "
        "In nearby Baquba, a suicide bomber struck a cafe, killing at least eight people. "
        "Authorities say the bodies of eight former militia fighters kidnapped from their homes were discovered "
        "near the town of Mishada. "
        "The eight bodies were taken to Baghdad, police said."
    )
    art = _article(text, dt.date(2013, 7, 1))
    coded = _coded(
        art, sub_event_type="Suicide bomb", date="on Monday", place="Muqdadiyah", country="Iraq",
        actor1="suicide bomber", actor2="mourners", actor2_type="Civilians",
        claims=[DraftClaim(figure="at least 22", victims="civilians", claimant="police", sentence=2)],
    )  # fmt: skip
    places = [e.location.place for e in events_in_text(art, [coded])]
    # Mishada's eight are other dead than Baquba's (the sentence places them); "taken to
    # Baghdad" places no killing, so its eight are the same bodies told again
    assert places == ["Baquba", "Mishada"]
    # "a suicide bomber struck a cafe, killing at least eight people": civilians, flagged
    baquba = events_in_text(art, [coded])[0]
    assert baquba.actor2 is not None and baquba.actor2.name == "Civilians"
    assert "actor2_assumed:Civilians" in baquba.flags


def test_a_lead_in_that_names_the_coded_event_does_not_type_the_found_one() -> None:
    from summarizer.keywords import classify
    from summarizer.keywords import own_part as _own_part

    sentence = (
        "The bombing came hours after an overnight attack in which militants, armed with assault rifles, "
        "shot up a roadside police post in Peshawar, killing at least two."
    )
    kind = classify(_own_part(sentence))
    assert kind is not None and kind[1] == "Armed clash"
    # a sentence without such a lead-in is read whole
    assert (
        _own_part("In nearby Baquba, a suicide bomber struck a cafe.")
        == "In nearby Baquba, a suicide bomber struck a cafe."
    )


@pytest.mark.parametrize(
    "hosingow",
    [
        "Near the town of Hosingow, residents said one soldier and four militants were killed on Thursday.",
        # an ambush names no one who laid it: the story's one named group did
        "Near the town of Hosingow, three soldiers were killed in an ambush on Thursday, residents said.",
    ],
)
def test_unnamed_militants_or_an_ambush_in_a_found_event_are_the_storys_one_named_group(hosingow: str) -> None:
    text = (
        "Attacks in Somalia\n\n"
        "Al-Shabab fighters attacked a military base in Haji Ali on Friday, killing four soldiers, the army said. "
        f"{hosingow} "
        "In Kismayo, a landmine blast killed two women on Thursday, police said."
    )
    art = _article(text, dt.date(2020, 1, 17))
    coded = _coded(
        art, date="on Friday", place="Haji Ali", country="Somalia", actor1="Al-Shabab fighters",
        claims=[DraftClaim(figure="four", victims="state_forces", claimant="army", sentence=2)],
    )  # fmt: skip
    found = {e.location.place: e for e in events_in_text(art, [coded])}
    event = found["Hosingow"]
    assert "Al Shabaab" in {a.name for a in (event.actor1, event.actor2) if a is not None}
    assert any(f.endswith("_from_the_story:Al Shabaab") for f in event.flags)
    # a blast that names nobody stays unattributed
    blast = found["Kismayo"]
    assert blast.actor1 is not None and blast.actor1.name == "Unidentified Armed Group"


def test_a_state_force_named_as_what_was_hit_is_not_the_side_that_killed() -> None:
    text = (
        "Two suicide attacks in Pakistan\n\n"
        "In the first attack, the bomber killed at least six people outside a police station in Bannu on Saturday. "
        "Shortly thereafter in Peshawar's commercial district, another attacker exploded outside a bank affiliated "
        "with the Pakistani army, killing 10 people."
    )
    art = _article(text, dt.date(2009, 9, 26))
    coded = _coded(
        art, sentences=[2], sub_event_type="Suicide bomb", date="on Saturday", place="Bannu", country="Pakistan",
        actor1="bomber", actor2="", actor2_type="Civilians",
    )  # fmt: skip
    found = events_in_text(art, [coded])
    assert [(e.location.place, e.sub_event_type, e.fatalities_acled) for e in found] == [
        ("Peshawar", "Suicide bomb", 10)
    ]
    assert found[0].actor1 is not None and found[0].actor1.name == "Unidentified Armed Group"
    assert found[0].actor2 is not None and found[0].actor2.name == "Civilians"


def test_a_meanwhile_sentence_with_no_toll_is_one_more_event_against_the_force_it_names() -> None:
    text = (
        "Attacks in Somalia\n\n"
        "Al-Shabab militants killed at least eight government soldiers in an ambush near the town of Baidoa on Tuesday. "
        "Meanwhile, Islamic State militants have claimed responsibility for an attack against African Union troops "
        "that took place Monday outside Mogadishu."
    )
    art = _article(text, dt.date(2016, 4, 26))
    coded = _coded(
        art, sentences=[2], date="on Tuesday", place="Baidoa", country="Somalia", actor1="Al-Shabab militants",
        actor2="government soldiers",
    )  # fmt: skip
    found = events_in_text(art, [coded])
    assert [(e.location.place, e.date.start) for e in found] == [("Mogadishu", dt.date(2016, 4, 25))]
    assert found[0].actor2 is not None and found[0].actor2.name == "AMISOM: African Union Mission in Somalia"


def test_an_ambush_between_two_villages_the_gazetteer_lacks_is_placed_at_the_first() -> None:
    text = (
        "Au moins un mort dans une incursion de Boko Haram\n\n"
        "Des combattants de Boko Haram ont attaqué jeudi le village Moskata, tuant au moins un homme. "
        '"Ce sont les éléments de la force multinationale mixte qui sont tombés dans une embuscade entre Ouldjouane '
        'et Wambache, le bilan est de 3 morts et un blessé", a confié M. Ali à VOA.'
    )
    art = _article(text, dt.date(2017, 8, 18))
    coded = _coded(
        art, sentences=[2], sub_event_type="Attack", date="jeudi", place="Moskata", country="Cameroon",
        actor1="Boko Haram", actor2="homme", actor2_type="Civilians",
    )  # fmt: skip
    found = events_in_text(art, [coded])
    assert [(e.location.place, e.fatalities_acled) for e in found] == [("Ouldjouane", 3)]


def test_police_who_killed_a_bomber_the_day_before_are_one_more_event_and_its_actor1() -> None:
    text = (
        "Suicide Bomber Kills 3 in Pakistan\n\n"
        "Pakistani police say a suicide bomber has killed three people at a checkpoint in Peshawar on Monday. "
        "Also Sunday, police in Islamabad killed a suicide bomber as he ran toward a checkpoint in the capital."
    )
    art = _article(text, dt.date(2009, 11, 9))
    coded = _coded(
        art, sentences=[2], sub_event_type="Suicide bomb", date="on Monday", place="Peshawar", country="Pakistan",
        actor1="suicide bomber", actor2="people", actor2_type="Civilians",
        claims=[DraftClaim(figure="three", victims="unknown", claimant="police", sentence=2)],
    )  # fmt: skip
    (found,) = events_in_text(art, [coded])
    assert (found.location.place, found.date.start) == ("Islamabad", dt.date(2009, 11, 8))
    assert found.actor1 is not None and found.actor1.name == "Police Forces of Pakistan"
    assert found.fatalities_acled == 1  # "a suicide bomber": one dead, not ACLED's nominal three


def test_a_toll_with_no_place_is_placed_by_the_next_sentence_telling_the_same_fight() -> None:
    text = (
        "Attacks Continue in Somalia\n\n"
        "Four government soldiers died when a land mine exploded outside Mogadishu on Tuesday. "
        "At least five others were killed in fights between Al-Shabab militants and local security forces. "
        "The regional forces attacked an Al-Shabab base in El-Abdi village, 60 kilometers north of Harardhere."
    )
    art = _article(text, dt.date(2016, 3, 2))
    coded = _coded(
        art, sentences=[2], sub_event_type="Remote explosive/landmine/IED", date="on Tuesday", place="Mogadishu",
        country="Somalia", actor1="land mine", actor2="government soldiers",
        claims=[DraftClaim(figure="Four", victims="state_forces", claimant="", sentence=2)],
    )  # fmt: skip
    (found,) = events_in_text(art, [coded])
    assert found.location.place == "El-Abdi" and found.fatalities_acled == 5
    assert len(found.evidence) == 2


def test_a_toll_with_no_place_is_placed_by_the_region_the_next_sentence_names() -> None:
    text = (
        "NATO Air Strike Kills 11 Civilians\n\n"
        "Officials in Kunar province said Sunday that the air strike killed 11 civilians. "
        "The deaths came on the same day that a car bomb killed five Americans, including three U.S. soldiers. "
        "The attack in southern Afghanistan's Zabul province also killed an Afghan doctor."
    )
    art = _article(text, dt.date(2013, 4, 7))
    coded = _coded(
        art, sentences=[2], sub_event_type="Air/drone strike", date="Sunday", place="Kunar province",
        country="Afghanistan", actor1="NATO", actor2="civilians",
        claims=[DraftClaim(figure="11", victims="civilians", claimant="", sentence=2)],
    )  # fmt: skip
    (found,) = events_in_text(art, [coded])
    assert found.location.admin1 == "Zabul" and found.fatalities_acled == 5
    assert len(found.evidence) == 2


def test_the_storys_group_takes_one_unnamed_side_never_both() -> None:
    from summarizer.found_sides import story_group_for_unnamed as _story_group_for_unnamed
    from summarizer.schema import Actor, Event

    unnamed = Actor(name="Unidentified Armed Group", type="Rebel group", aliases=["militants"])
    event = Event(
        event_type="Explosions/Remote violence", sub_event_type="Air/drone strike", actor1=unnamed, actor2=unnamed
    )
    haqqani = Actor(name="Haqqani network", type="Rebel group", aliases=[])
    _story_group_for_unnamed(event, haqqani)
    assert event.actor2 is not None and event.actor2.name == "Haqqani network"  # the militants hit
    assert event.actor1 is not None and event.actor1.name == "Unidentified Armed Group"


def _bardari(art: Article, actor1: str = "gunmen", victims: str = "civilians") -> Event:
    """The coded attack on Bardari that the Nigerian stories below go on from."""
    return _coded(
        art,
        sentences=[2],
        place="Bardari",
        country="Nigeria",
        actor1=actor1,
        actor2="villagers",
        actor2_type="Civilians",
        sub_event_type="Attack",
        claims=[DraftClaim(figure="12", victims=victims, claimant="local source", sentence=2)],
    )


def test_attacks_told_without_a_toll_take_the_next_sentences_toll_for_them() -> None:
    text = (
        "Villages Attacked in Nigeria\n\n"
        "Gunmen killed 12 people in the Borno State village of Bardari on Wednesday, a local source said. "
        "Suspected militants attacked three other villages Monday in the nearby Gwoza district. "
        "Witnesses and officials say the militants killed hundreds of people in those attacks.\n\n"
        "The government has struggled to contain the insurgency."
    )
    art = _article(text, dt.date(2014, 6, 5))
    found = events_in_text(art, [_bardari(art)])
    assert [e.location.place for e in found] == ["Gwoza"]
    gwoza = found[0]
    # "hundreds ... in those attacks" are Gwoza's dead; no force is named, so civilians were hit
    assert [(c.low, c.claimant) for c in gwoza.fatality_claims] == [(100, "Witnesses and officials")]
    assert gwoza.sub_event_type == "Attack" and gwoza.actor2 is not None and gwoza.actor2.name == "Civilians"


def test_more_attacks_reported_on_another_day_in_a_named_town_are_an_event() -> None:
    text = (
        "Villages Attacked in Nigeria\n\n"
        "Gunmen killed 12 people in the Borno State village of Bardari on Wednesday, a local source said. "
        "More attacks were reported Thursday in two towns of neighboring Adamawa state -- Madagali and wa Kubla.\n\n"
        "The government has struggled to contain the insurgency."
    )
    art = _article(text, dt.date(2014, 6, 6))
    found = events_in_text(art, [_bardari(art)])
    # "were reported Thursday" dates the attacks, and the town named is more precise than its state
    assert [(e.location.place, e.location.admin1, e.date.start) for e in found] == [
        ("Madagali", "Adamawa", dt.date(2014, 6, 5))
    ]


def test_security_personnel_killed_at_a_police_post_are_the_polices() -> None:
    text = (
        "Bombings in Pakistan\n\n"
        "Twin suicide bombings killed at least three police officers Thursday in Khyber, authorities said. "
        "Overnight, militants shot up a roadside police post in the city of Peshawar, killing at least two "
        "security personnel.\n\n"
        "No group claimed the attacks."
    )
    art = _article(text, dt.date(2023, 7, 21))
    coded = _coded(
        art,
        sentences=[2],
        place="Khyber",
        country="Pakistan",
        actor1="attackers",
        actor2="police",
        sub_event_type="Suicide bomb",
        claims=[DraftClaim(figure="at least three", victims="state_forces", claimant="authorities", sentence=2)],
    )
    found = events_in_text(art, [coded])
    assert [(e.location.place, e.actor2 and e.actor2.name) for e in found] == [
        ("Peshawar", "Police Forces of Pakistan")
    ]


def test_each_town_a_sentence_lists_as_protesting_is_a_protest() -> None:
    text = (
        "Security Forces Kill 2 Protesters\n\n"
        "Security forces fired live rounds on anti-coup protesters Friday, killing at least two people in the "
        "town of Aungban in Shan state. "
        "Protesters again took to the streets elsewhere, including the cities of Yangon and Mandalay, "
        "according to witnesses.\n\n"
        "Last month, protesters marched in Bago."
    )
    art = _article(text, dt.date(2021, 3, 20))
    coded = _coded(
        art,
        sentences=[2],
        place="Aungban",
        country="Myanmar",
        actor1="security forces",
        actor1_type="State forces",
        actor2="protesters",
        actor2_type="Protesters",
        sub_event_type="Excessive force against protesters",
        claims=[DraftClaim(figure="at least two", victims="civilians", claimant="", sentence=2)],
    )
    found = events_in_text(art, [coded])
    assert [(e.sub_event_type, e.location.place, e.date.start) for e in found] == [
        ("Peaceful protest", "Yangon", dt.date(2021, 3, 19)),
        ("Peaceful protest", "Mandalay", dt.date(2021, 3, 19)),
    ]
    assert all(e.actor1 is not None and e.actor1.type == "Protesters" for e in found)


def test_a_protest_of_the_storys_region_with_no_town_is_one_protest() -> None:
    text = (
        "Officials and Locals at Odds on Casualties\n\n"
        "State police say suspected herders killed 10 people this week in Umogidi village in Benue state. "
        "On Friday, Benue State residents protested the recent killings and called on authorities to intervene."
    )
    art = _article(text, dt.date(2023, 4, 7))
    coded = _coded(
        art, sentences=[2], place="Umogidi", country="Nigeria", actor1="suspected herders",
        actor1_type="Identity militia", actor2="people", actor2_type="Civilians", sub_event_type="Attack",
        claims=[DraftClaim(figure="10", victims="unknown", claimant="state police", sentence=2)],
    )  # fmt: skip
    found = events_in_text(art, [coded])
    assert [(e.sub_event_type, e.location.admin1, e.date.start) for e in found] == [
        ("Peaceful protest", "Benue", dt.date(2023, 4, 7))
    ]
    # a story that has its protest coded already gets no second one
    assert events_in_text(art, [coded, found[0]]) == []


def test_a_second_attack_in_the_same_town_on_another_day_is_an_event() -> None:
    text = (
        "Four Killed in Attacks on UN in Mali\n\n"
        "One peacekeeper was killed in rocket fire late Tuesday on a U.N. camp in the northern city of Gao. "
        "A second attack Wednesday morning in a different neighborhood of Gao killed two private security officers "
        "and an international expert.\n\n"
        "The mission condemned the attacks."
    )
    art = _article(text, dt.date(2016, 6, 1))
    coded = _coded(
        art,
        sentences=[2],
        place="Gao",
        date="late Tuesday",
        sub_event_type="Shelling/artillery/missile attack",
        actor2="peacekeeper",
        actor2_type="External/Other forces",
        claims=[DraftClaim(figure="One", victims="foreign_forces", claimant="", sentence=2)],
    )
    found = events_in_text(art, [coded])
    assert [(e.location.place, e.date.start, e.fatalities_acled) for e in found] == [("Gao", dt.date(2016, 6, 1), 3)]


def test_more_attacks_on_towns_are_the_story_groups_attacks_on_civilians() -> None:
    text = (
        "Villages Attacked in Nigeria\n\n"
        "Boko Haram militants killed 12 people in the Borno State village of Bardari on Wednesday, a source said. "
        "More attacks were reported Thursday in two towns of neighboring Adamawa state -- Madagali and wa Kubla.\n\n"
        "The government has struggled to contain the insurgency."
    )
    art = _article(text, dt.date(2014, 6, 6))
    (madagali,) = events_in_text(art, [_bardari(art, actor1="Boko Haram", victims="unknown")])
    assert madagali.actor1 is not None and madagali.actor1.name.startswith("Boko Haram")
    assert madagali.actor2 is not None and madagali.actor2.name == "Civilians"
    assert madagali.sub_event_type == "Attack"


def test_a_region_named_inside_a_coded_events_province_is_another_place() -> None:
    # "Khyber" is not "Khyber Pakhtunkhwa", where the coded strike was; the groups of the
    # clause about the region ("where ... against Taliban militants") are no side
    text = (
        "Drone strike in Pakistan\n\n"
        "Officials say a U.S. drone strike killed at least four militants near Miran Shah on Sunday. "
        "On Sunday, a roadside bomb killed three soldiers in western Khyber region, where Pakistani forces "
        "launched an offensive against Taliban militants earlier this month."
    )
    art = _article(text, dt.date(2009, 9, 14))
    coded = _coded(
        art, sentences=[2], sub_event_type="Air/drone strike", date="on Sunday", place="Miran Shah",
        country="Pakistan", actor1="U.S. drone", actor1_type="External/Other forces", actor2="militants",
        actor2_type="Rebel group",
        claims=[DraftClaim(figure="at least four", victims="non_state", claimant="Officials", sentence=2)],
    )  # fmt: skip
    assert coded.location.admin1 == "Khyber Pakhtunkhwa"
    (found,) = events_in_text(art, [coded])
    assert found.sub_event_type == "Remote explosive/landmine/IED"
    assert [c.low for c in found.fatality_claims] == [3]
    assert found.actor1 is not None and "Taliban" not in found.actor1.name


AFGHAN = (
    "Taliban attacks\n\n"
    "Authorities said that in the first incident southwest of Kabul, six policemen were killed in an early "
    "morning gunfight on Wednesday. "
    "Hours later, at least six policemen were killed or wounded when a suicide bomber blew himself up at a "
    "checkpoint in central Ghazni province. "
    "In other violence, two NATO soldiers were killed Wednesday in two separate insurgent attacks in the "
    "country's south and east."
)


def test_an_other_happening_that_names_no_place_stays_at_the_countrys_level() -> None:
    art = _article(AFGHAN, dt.date(2011, 6, 22))
    coded = _coded(
        art, sentences=[2], place="Kabul", country="Afghanistan", actor1="Taliban", actor2="policemen",
        claims=[DraftClaim(figure="six", victims="state_forces", claimant="Authorities", sentence=2)],
    )  # fmt: skip
    found = events_in_text(art, [coded])
    nato = [e for e in found if [c.low for c in e.fatality_claims] == [2]]
    assert len(nato) == 1
    # not placed at the story's town: the sentence names none
    assert nato[0].location.place is None and nato[0].location.country == "Afghanistan"
    assert nato[0].location.geo_precision == 3
    # "Hours later ..." tells one more attack, in a province of its own, with no toll
    ghazni = [e for e in found if e.location.admin1 == "Ghazni"]
    assert len(ghazni) == 1 and ghazni[0].sub_event_type == "Suicide bomb"


def test_the_group_that_holds_the_place_struck_is_not_the_striker() -> None:
    text = (
        "Strikes in Syria\n\n"
        "A monitoring group says at least 23 civilians were killed Saturday in airstrikes on the town of Douma. "
        "Also Saturday, the observatory said the death toll from Thursday's airstrikes on a city controlled by "
        "Islamic State near the Iraq border has risen to 71."
    )
    art = _article(text, dt.date(2015, 11, 7))
    coded = _coded(
        art, sentences=[2], sub_event_type="Air/drone strike", date="Saturday", place="Douma", country="Syria",
        actor1="Russian", actor1_type="External/Other forces", actor2="civilians", actor2_type="Civilians",
        claims=[DraftClaim(figure="at least 23", victims="civilians", claimant="monitoring group", sentence=2)],
    )  # fmt: skip
    (found,) = events_in_text(art, [coded])
    assert [c.low for c in found.fatality_claims] == [71]
    assert found.fatality_claims[0].claimant == "observatory"
    assert found.date.start == dt.date(2015, 11, 5)  # "Thursday's airstrikes", not the day it was said
    assert found.location.place is None
    assert found.actor1 is not None and "Islamic State" not in found.actor1.name


def test_each_town_a_sentence_lists_is_an_event_and_the_forces_that_shelled_acted() -> None:
    text = (
        "Blasts in Syria\n\n"
        "Activists say three car bombs in northern Idlib province have killed at least 24 people on Wednesday. "
        "Shelling by government forces was also reported in Daraa, Homs and the suburbs around the capital, "
        "Damascus. "
        "In other developments, the army said troops detained 16 suspects in Aleppo."
    )
    art = _article(text, dt.date(2013, 1, 16))
    coded = _coded(
        art, sentences=[2], sub_event_type="Suicide bomb", date="on Wednesday", place="", region="Idlib",
        country="Syria", actor1="militants", actor2="people", actor2_type="Civilians",
        claims=[DraftClaim(figure="at least 24", victims="unknown", claimant="Activists", sentence=2)],
    )  # fmt: skip
    found = events_in_text(art, [coded])
    shelled = [e for e in found if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert [e.location.place for e in shelled] == ["Daraa", "Homs", "Damascus"]
    assert all(e.actor1 is not None and e.actor1.type == "State forces" for e in shelled)
    assert all(e.actor2 is None for e in shelled)  # no one is named as hit, and no one died
    (arrests,) = [e for e in found if e.sub_event_type == "Arrests"]
    assert arrests.location.place == "Aleppo"
    # the troops arrest, the suspects are the other side
    assert arrests.actor1 is not None and arrests.actor1.type == "State forces"
    assert arrests.actor2 is not None and arrests.actor2.name == "Unidentified Armed Group"


def test_a_town_retaken_on_a_day_of_the_week_is_an_event_and_an_old_seizure_is_not() -> None:
    text = (
        "Boko Haram attack\n\n"
        "Suspected Boko Haram militants have attacked the village of Njaba in Borno state, killing at least 68 "
        "people on Tuesday. "
        "The Nigerian army said Thursday that its troops are now in full control of Mafa in Borno state. "
        "On Tuesday, Chad said its forces had liberated the Borno state town of Dikwa. "
        "The militants seized the town of Bama in 2014."
    )
    art = _article(text, dt.date(2015, 3, 5))
    coded = _coded(
        art, sentences=[2], sub_event_type="Attack", date="on Tuesday", place="Njaba", country="Nigeria",
        actor1="Boko Haram", actor2="people", actor2_type="Civilians",
        claims=[DraftClaim(figure="at least 68", victims="unknown", claimant="", sentence=2)],
    )  # fmt: skip
    found = events_in_text(art, [coded])
    taken = {e.location.place: e for e in found if e.sub_event_type == "Government regains territory"}
    assert set(taken) == {"Mafa", "Dikwa"}
    assert taken["Dikwa"].actor1 is not None and taken["Dikwa"].actor1.name == "Military Forces of Chad"
    assert taken["Mafa"].actor1 is not None and taken["Mafa"].actor1.name == "Military Forces of Nigeria"
    assert taken["Mafa"].date.start == dt.date(2015, 3, 5)  # said Thursday that they now hold it
    assert all(e.actor2 is not None and e.actor2.name.startswith("Boko Haram") for e in taken.values())
    assert all(e.location.place != "Bama" for e in found)  # 2014: background


def test_a_force_that_tells_the_news_is_no_side_but_one_that_tells_its_deed_is() -> None:
    from summarizer.found_sides import sides

    told = "Earlier Friday, Mexican police say the bodies of 10 men and woman were found shot on the outskirts."
    art = _article("Bodies Found\n\n" + told, dt.date(2011, 7, 9))
    actor1, _, _, _ = sides(told, told.index("10"), "unknown", "Mexico", art)
    assert "police" not in actor1.lower()
    deed = "In other violence, the Pakistani army said Sunday it killed 20 insurgents in South Waziristan."
    art = _article("Blasts\n\n" + deed, dt.date(2009, 11, 9))
    actor1, kind, _, _ = sides(deed, deed.index("20"), "non_state", "Pakistan", art)
    assert "army" in actor1.lower() and kind == "State forces"


def test_elsewhere_in_the_same_town_is_another_event() -> None:
    text = (
        "Bombings in Iraq\n\n"
        "A car bomb killed 18 people in Baghdad on Wednesday, police said. "
        "In northern Iraq, gunmen shot and killed three police officers in Mosul on Wednesday. "
        "Elsewhere in Mosul, officials say a suicide bomber killed an Iraqi soldier."
    )
    art = _article(text, dt.date(2009, 2, 11))
    coded = _coded(
        art, sub_event_type="Remote explosive/landmine/IED", place="Baghdad", country="Iraq",
        claims=[DraftClaim(figure="18", victims="unknown", claimant="police", sentence=2)],
    )  # fmt: skip
    found = events_in_text(art, [coded])
    # two events in Mosul, each with its own dead, not one with both
    assert sorted([c.low for c in e.fatality_claims] for e in found) == [[1], [3]]
    assert all(e.location.place == "Mosul" for e in found)


WAZIRISTAN = (
    "Pakistan Army Kills Insurgents\n\n"
    "Military spokesman Major General Waheed Arshad said the fighting erupted in South Waziristan overnight "
    "when militants attacked an army checkpoint. At least two soldiers also were killed in the clashes.\n\n"
    "On Wednesday, Pakistani troops backed by helicopters pounded militant hideouts in North Waziristan. "
    "About 40 militants were killed in the fighting."
)


def test_a_toll_placed_by_the_sentence_before_is_that_towns_event() -> None:
    art = _article(WAZIRISTAN, dt.date(2007, 9, 13))
    claims = [
        DraftClaim(figure="At least two", victims="state_forces", claimant="", sentence=3),
        DraftClaim(figure="About 40", victims="non_state", claimant="", sentence=5),
    ]
    coded = _coded(art, sentences=[2], country="Pakistan", place="South Waziristan", date="overnight",
                   actor1="militants", actor2="army checkpoint", claims=claims)  # fmt: skip
    # the 40 told "in the fighting" of North Waziristan's sentence is not South Waziristan's
    assert [c.low for c in coded.fatality_claims] == [2]
    assert "claim_names_another_place:40 (North Waziristan)" in coded.flags
    (found,) = events_in_text(art, [coded])
    assert found.location.place == "North Waziristan" and found.date.start == dt.date(2007, 9, 12)
    assert [c.low for c in found.fatality_claims] == [40]
    # the troops of the sentence before fought the militants who died
    assert found.actor1.name == "Military Forces of Pakistan"
    assert found.actor2 is not None and found.actor2.name == "Unidentified Armed Group"


def test_a_weekday_right_after_a_town_is_not_part_of_its_name() -> None:
    # VOA's style puts the day after the place: "in Abidjan Tuesday" names Abidjan
    from summarizer.found_places import named_where
    from summarizer.found_sides import CAPITALISED

    sentence = "Similar clashes in Abidjan Tuesday left five people dead."
    assert [m.group(0) for m in CAPITALISED.finditer(sentence)] == ["Similar", "Abidjan", "Tuesday"]
    assert named_where(sentence, "Ivory Coast") == "Abidjan"
    # a name of several capitalised words stays whole
    assert [m.group(0) for m in CAPITALISED.finditer("Troops entered Bossangoa Nord on June 3.")] == [
        "Troops",
        "Bossangoa Nord",
        "June",
    ]


PESHAWAR = (
    "Suicide Bomber Kills 3 at Pakistan Press Club\n\n"
    "A suicide bomber killed three people Tuesday outside a press club in the northwestern city of Peshawar. "
    "Militants are carrying out attacks across Pakistan in retaliation for army offensives this year. "
    "Pakistan's army said Tuesday that troops killed four suspected terrorists and wounded two others "
    "in the latest fighting in the South Waziristan Taliban stronghold."
)


def test_a_place_named_before_a_groups_name_is_read_and_the_report_day_dates_it() -> None:
    art = _article(PESHAWAR, dt.date(2009, 12, 22))
    coded = _coded(
        art,
        sentences=[2], sub_event_type="Suicide bomb", date="Tuesday", place="Peshawar", country="Pakistan",
        actor1="suicide bomber", actor2="people", actor2_type="Civilians",
        claims=[DraftClaim(figure="three", victims="civilians", claimant="", sentence=2)],
    )  # fmt: skip
    found = events_in_text(art, [coded])
    assert [e.location.place for e in found] == ["South Waziristan"]
    (fight,) = found
    assert fight.location.admin1 == "Khyber Pakhtunkhwa"
    # the day the army said it, not the "this year" of the sentence before
    assert fight.date.start == dt.date(2009, 12, 22) and fight.date.precision == "day"
    assert fight.fatalities_acled == 4


KHYBER = (
    "Bombs Kill 4 in Northwest Pakistan\n\n"
    "Two bombs killed four people Tuesday in Pakistan's northwest. "
    "In the first blast, three police officers were killed when a roadside bomb exploded in the village of Jamrud. "
    "As rescuers reached the wounded, a second bomb exploded, killing one person."
)


def _jamrud_blast(art: Article) -> Event:
    return _coded(
        art,
        sentences=[3], sub_event_type="Remote explosive/landmine/IED", date="Tuesday", place="Jamrud",
        country="Pakistan", actor1="", actor2="police officers", actor2_type="State forces",
        claims=[DraftClaim(figure="three", victims="state_forces", claimant="", sentence=3)],
    )  # fmt: skip


def test_a_second_bomb_at_the_scene_is_an_event_of_its_own_there() -> None:
    art = _article(KHYBER, dt.date(2014, 11, 4))
    found = events_in_text(art, [_jamrud_blast(art)])
    assert [(e.location.place, e.fatalities_acled) for e in found] == [("Jamrud", 1)]
    assert found[0].sub_event_type == "Remote explosive/landmine/IED"
    # a sentence that names no second device is the same blast told again
    retold = _article(KHYBER.replace("a second bomb exploded", "the blast"), dt.date(2014, 11, 4))
    assert events_in_text(retold, [_jamrud_blast(retold)]) == []


THAI_SOUTH = (
    "Violence in Thailand's South\n\n"
    "Suspected insurgents shot dead three rubber plantation workers in Sabayoi on Monday, police said. "
    "In Narathiwat province, two military patrols were attacked with roadside bombs."
)


def test_a_sentence_that_opens_on_a_province_of_its_own_is_an_event_there() -> None:
    art = _article(THAI_SOUTH, dt.date(2007, 1, 29))
    coded = _coded(
        art,
        sentences=[2], sub_event_type="Attack", date="on Monday", place="Sabayoi", country="Thailand",
        actor1="insurgents", actor2="rubber plantation workers", actor2_type="Civilians",
        claims=[DraftClaim(figure="three", victims="civilians", claimant="police", sentence=2)],
    )  # fmt: skip
    (found,) = events_in_text(art, [coded])
    assert found.sub_event_type == "Remote explosive/landmine/IED"
    # the province, not its town of the same name
    assert (found.location.admin1, found.location.place, found.location.geo_precision) == ("Narathiwat", None, 3)
    # the same sentence without its opening place tells nothing new
    art = _article(THAI_SOUTH.replace("In Narathiwat province, two", "Two"), dt.date(2007, 1, 29))
    assert events_in_text(art, [coded]) == []


def test_the_next_sentence_names_where_the_attackers_came_from_not_where_they_struck() -> None:
    text = (
        "Cattle Raids\n\n"
        "On Sunday, herders raided a cattle camp in Rubkona County of Unity state, killing seven people. "
        "In the deadliest attacks, militiamen killed 27 people on Saturday in the special Abyei Administrative Area. "
        "Officials suspect that gunmen from Twic County of Warrap state carried out the attacks."
    )
    art = _article(text, dt.date(2022, 3, 9))
    coded = _coded(
        art, sentences=[2], sub_event_type="Attack", date="On Sunday", place="Rubkona County",
        country="South Sudan", actor1="herders", actor2="people",
        claims=[DraftClaim(figure="seven", victims="civilians", claimant="", sentence=2)],
    )  # fmt: skip
    for found in events_in_text(art, [coded]):
        assert found.location.admin1 != "Warrap"


def test_a_found_bombing_takes_its_day_from_a_later_sentence_telling_its_town_and_police_only_inform() -> None:
    text = (
        "Suspected US Drone Strike Kills 2 in NW Pakistan\n\n"
        "Pakistani officials say a suspected U.S. drone strike has killed at least two people near Miran Shah. "
        "It borders Khost province in Afghanistan, where last week a suicide bomber killed seven CIA officers.\n\n"
        "Earlier, police in the Hangu district in northwest Pakistan said a roadside bomb killed a former provincial "
        "minister and at least two other people. Officials say the blast hit his car. Police say his driver and "
        "bodyguard were also killed in Sunday's attack in the Hangu district."
    )
    art = _article(text, dt.date(2010, 1, 4))
    coded = _coded(
        art, sentences=[2], sub_event_type="Air/drone strike", date="", place="Miran Shah", country="Pakistan",
        actor1="U.S.", actor1_type="External/Other forces", actor2="people", actor2_type="Civilians",
        claims=[DraftClaim(figure="at least two", victims="unknown", claimant="officials", sentence=2)],
    )  # fmt: skip
    hangu = [e for e in events_in_text(art, [coded]) if e.location.place == "Hangu"]
    assert len(hangu) == 1
    assert hangu[0].date.start == dt.date(2010, 1, 3)  # Sunday's, not the Khost sentence's "last week"
    assert hangu[0].fatalities_acled == 3  # the former minister and at least two others
    assert hangu[0].actor1 is not None and hangu[0].actor1.name == "Unidentified Armed Group"
    assert hangu[0].actor2 is None or hangu[0].actor2.type != "State forces"  # the police only said it


def test_a_happening_told_elsewhere_in_the_same_city_is_an_event_and_its_shooting_force_acts() -> None:
    text = (
        "Clashes in Kismayo\n\n"
        "Witnesses say three people were killed when gunmen attacked a checkpoint in Kismayo on Tuesday. "
        "Elsewhere in Kismayo, residents say Somali troops opened fire at civilians, killing two fishermen."
    )
    art = _article(text, dt.date(2009, 6, 3))
    coded = _coded(
        art, date="on Tuesday", place="Kismayo", country="Somalia", actor1="gunmen",
        claims=[DraftClaim(figure="three", victims="unknown", claimant="Witnesses", sentence=2)],
    )  # fmt: skip
    (found,) = events_in_text(art, [coded])
    # "Elsewhere" says outright it is another happening, and no coded event quotes it
    assert found.location.place == "Kismayo"
    assert [c.low for c in found.fatality_claims] == [2]
    # the troops are the shooting's subject, the dead are civilians: the state acted
    assert found.actor1 is not None and found.actor1.name == "Military Forces of Somalia"
    assert found.actor2 is not None and found.actor2.name == "Civilians"


def test_a_sentence_that_the_coded_event_quotes_adds_nothing_even_when_told_elsewhere() -> None:
    text = (
        "Clashes in Kismayo\n\n"
        "Witnesses say three people were killed when gunmen attacked a checkpoint in Kismayo on Tuesday. "
        "Elsewhere in Kismayo, residents say two of the three were guards."
    )
    art = _article(text, dt.date(2009, 6, 3))
    coded = _coded(
        art, date="on Tuesday", place="Kismayo", country="Somalia", actor1="gunmen",
        claims=[
            DraftClaim(figure="three", victims="unknown", claimant="Witnesses", sentence=2),
            DraftClaim(figure="two", victims="unknown", claimant="residents", sentence=3),
        ],
    )  # fmt: skip
    assert events_in_text(art, [coded]) == []


def test_a_toll_placed_by_the_sentence_before_told_as_another_incident() -> None:
    text = (
        "Attacks in Nigeria\n\n"
        "A local reporter says 30 people were killed when gunmen attacked the village of Konduga in Borno state "
        "late Saturday. "
        "In another incident, gunmen opened fire at a mosque Sunday morning in Dumbalwa, in Adamawa state. "
        "A witness tells VOA that one policeman and 12 civilians were killed."
    )
    art = _article(text, dt.date(2014, 2, 3))
    coded = _coded(
        art, sub_event_type="Attack", date="late Saturday", place="Konduga", country="Nigeria", actor1="gunmen",
        actor2="people", actor2_type="Civilians",
        claims=[DraftClaim(figure="30", victims="unknown", claimant="local reporter", sentence=2)],
    )  # fmt: skip
    (found,) = events_in_text(art, [coded])
    # the toll's place and day come from the sentence before, which says it is another incident;
    # the town is one the gazetteer may lack, told by its state
    assert found.location.place == "Dumbalwa" and found.location.admin1 == "Adamawa"
    assert found.date.start == dt.date(2014, 2, 2)
    assert sorted(c.low or 0 for c in found.fatality_claims) == [1, 12]
    # most of the dead are civilians: an attack on them, not a battle with the police
    assert found.sub_event_type == "Attack"
    assert found.actor2 is not None and found.actor2.name == "Civilians"


def test_similar_clashes_on_another_day_in_the_same_city_are_another_event() -> None:
    text = (
        "Clashes in Bouake\n\n"
        "The interior ministry said at least six policemen were killed in Bouake Wednesday. "
        "Similar clashes in Bouake Tuesday left five people dead."
    )
    art = _article(text, dt.date(2011, 1, 13))
    coded = _coded(
        art, date="Wednesday", place="Bouake", country="Ivory Coast", actor1="gunmen", actor2="policemen",
        claims=[DraftClaim(figure="at least six", victims="state_forces", claimant="interior ministry", sentence=2)],
    )  # fmt: skip
    (found,) = events_in_text(art, [coded])
    assert found.location.place == "Bouake" and found.date.start == dt.date(2011, 1, 11)
    assert found.fatalities_acled == 5


def test_a_kidnapping_told_also_in_the_bombed_town_is_an_event_there_not_where_the_reporter_is() -> None:
    text = (
        "Mosul Bombing Kills 12, Foreigners Kidnapped\n\n"
        "A car bomb in Mosul has killed at least 12 people on Monday. VOA's correspondent reports from Irbil that "
        "two foreign engineers were also reported kidnapped in Mosul."
    )
    art = _article(text, dt.date(2007, 5, 29))
    coded = _coded(
        art, sentences=[2], sub_event_type="Remote explosive/landmine/IED", date="on Monday", place="Mosul",
        country="Iraq", actor1="", actor2="people", actor2_type="Civilians",
        claims=[DraftClaim(figure="at least 12", victims="unknown", claimant="", sentence=2)],
    )  # fmt: skip
    (kidnap,) = events_in_text(art, [coded])
    # another kind of act, told "also": an event of its own even in the coded event's town
    assert kidnap.sub_event_type == "Abduction/forced disappearance"
    # "reports from Irbil" is where the reporter is
    assert kidnap.location.place == "Mosul"


def test_troops_also_killing_several_in_another_province_is_an_event_with_its_vague_count() -> None:
    text = (
        "Bombing in Khost\n\n"
        "Police say a suicide bomber killed four people in Khost city on Sunday. "
        "The coalition also reported that American troops killed several militants in Paktia province on Sunday."
    )
    art = _article(text, dt.date(2008, 7, 28))
    coded = _coded(
        art, sub_event_type="Suicide bomb", date="on Sunday", place="Khost", country="Afghanistan",
        actor1="suicide bomber", actor2="people", actor2_type="Civilians",
        claims=[DraftClaim(figure="four", victims="unknown", claimant="Police", sentence=2)],
    )  # fmt: skip
    (paktia,) = events_in_text(art, [coded])
    assert paktia.location.admin1 == "Paktia"
    assert [c.low for c in paktia.fatality_claims] == [3]  # "several", as the codebook counts it
    assert paktia.actor1 is not None and paktia.actor1.name == "Military Forces of the United States"
    assert paktia.actor2 is not None and paktia.actor2.name != paktia.actor1.name


def test_a_sentence_opening_on_a_new_town_or_after_the_attack_tells_another_event() -> None:
    text = (
        "Bombings in Iraq\n\n"
        "A suicide bomber killed four people at a checkpoint in Kirkuk on Wednesday, police said. "
        "In Baghdad, a car bomb killed four people near a police checkpoint. "
        "The attack came hours after an army vehicle drove over a land mine near Tikrit, killing two soldiers."
    )
    art = _article(text, dt.date(2007, 6, 7))
    coded = _coded(
        art, sub_event_type="Suicide bomb", place="Kirkuk", country="Iraq", actor1="suicide bomber",
        actor2="people", actor2_type="Civilians",
        claims=[DraftClaim(figure="four", victims="civilians", claimant="police", sentence=2)],
    )  # fmt: skip
    found = events_in_text(art, [coded])
    # the same number in another town is other dead; what came "hours after" is another blast
    assert [(e.location.place, e.sub_event_type, e.fatalities_acled) for e in found] == [
        ("Baghdad", "Remote explosive/landmine/IED", 4),
        ("Tikrit", "Remote explosive/landmine/IED", 2),
    ]


def test_a_weapon_no_coded_event_used_in_a_town_of_its_own_is_another_event() -> None:
    def found_in(text: str) -> list[Event]:
        art = _article(text, dt.date(2018, 4, 17))
        coded = _coded(
            art, place="Marib", country="Yemen", date="on Monday", actor1="Houthi fighters",
            actor2="government troops",
            claims=[DraftClaim(figure="12", victims="unknown", claimant="officials", sentence=2)],
        )  # fmt: skip
        return events_in_text(art, [coded])

    text = (
        "Fighting in Yemen\n\n"
        "Houthi fighters clashed with government troops in Marib on Monday, killing 12, officials said. "
        "Saudi warplanes struck Houthi positions near the town of Sirwah, residents said."
    )
    assert [(e.location.place, e.sub_event_type) for e in found_in(text)] == [("Sirwah", "Air/drone strike")]
    # the same weapon as the coded event's, in another town, told with no sign of another happening
    assert found_in(text.replace("Saudi warplanes struck Houthi positions", "Fighters clashed again")) == []


def test_the_parts_of_a_toll_an_event_holds_as_one_figure_are_no_new_event() -> None:
    text = (
        "Militants kill nine in Somalia\n\n"
        "Somali officials say al-Shabab militants shot dead nine civilians in Lafole on Monday. "
        "The governor told VOA Somali that six women and three men were killed by the militants in Mogadishu."
    )
    art = _article(text, dt.date(2019, 2, 26))
    coded = _coded(
        art,
        sentences=[1, 2],
        sub_event_type="Attack",
        place="Lafole",
        country="Somalia",
        actor1="al-Shabab militants",
        actor2="civilians",
        actor2_type="Civilians",
        claims=[
            DraftClaim(figure="nine", victims="civilians", claimant="Somali officials", sentence=1),
            DraftClaim(figure="six", victims="civilians", claimant="governor", sentence=2),
            DraftClaim(figure="three", victims="civilians", claimant="governor", sentence=2),
        ],
    )
    # the governor's six and three are one toll of nine, held by the coded event
    assert sorted(c.low for c in coded.fatality_claims if c.low is not None) == [9, 9]
    assert events_in_text(art, [coded]) == []


def test_a_group_named_only_to_qualify_another_is_no_side_and_a_fight_between_two_keeps_their_order() -> None:
    from summarizer.found_sides import named_group, sides

    art = _article("Fighting in Syria\n\nFighting went on.", dt.date(2013, 7, 21))
    assert named_group("fighters freed the commander of the al-Qaida-linked group", "Syria", art) is None
    assert named_group("bombings blamed on the al-Qaida in Iraq group", "Iraq", art) is not None
    sentence = (
        "Witnesses in Mahas said fighting between pro-government troops and insurgents from the radical "
        "al-Shabab group killed at least seven people."
    )
    actor1, _, actor2, _ = sides(sentence, sentence.find("seven"), "unknown", "Somalia", art)
    assert actor1.endswith("troops") and actor2 == "al-Shabab"


def test_a_deal_coded_in_another_country_hides_no_killing() -> None:
    # the model coded the deal signed in Djibouti; the shelling of Mogadishu's market the day
    # after is a happening of its own, in the country of the story's violence
    text = (
        "Somali government signs deal with opposition\n\n"
        "Somalia's interim government and an opposition faction signed a peace deal in Djibouti on Monday. "
        "The accord calls for a halt to fighting. "
        "Witnesses in Mogadishu say at least two people were killed Tuesday when Ethiopian troops fired "
        "mortar shells at Mogadishu's main market."
    )
    art = _article(text, dt.date(2008, 8, 19))
    art.country_hint = guess_country(text)  # as the pipeline reads it from the whole text
    assert art.country_hint == "Somalia"
    deal = _coded(
        art, sentences=[2], sub_event_type="Agreement", date="on Monday", place="Djibouti", country="Djibouti",
        actor1="Somalia's interim government", actor1_type="State forces", actor2="an opposition faction",
        actor2_type="Political militia",
    )  # fmt: skip
    found = events_in_text(art, [deal])
    assert [(e.sub_event_type, e.location.country, e.fatalities_acled) for e in found] == [
        ("Shelling/artillery/missile attack", "Somalia", 2)
    ]


def test_the_doer_is_the_clause_telling_how_they_died_not_the_deed_it_answered() -> None:
    from summarizer.found_sides import _agent_text

    text = (
        "Witnesses say at least two people were killed Tuesday when Ethiopian troops fired mortar shells "
        "at the main market following an attack by Islamist insurgents."
    )
    agent = _agent_text(text, text.index("at least two"))
    assert "Ethiopian troops" in agent and "insurgents" not in agent
    # "killed by" still names the doer
    assert "insurgents" in _agent_text("Two soldiers were killed by Islamist insurgents.", 0)


def test_a_similar_air_strike_with_no_owner_told_is_the_storys_one_flyers() -> None:
    text = (
        "Israeli Air Strikes Kill Militants in Gaza\n\n"
        "Hamas says five of its members were killed in an Israeli air strike near Khan Younis on Wednesday. "
        "Separately, medical sources say an Islamic Jihad militant was killed Wednesday in a similar pre-dawn "
        "air strike in Deir al-Balah."
    )
    art = _article(text, dt.date(2008, 2, 27))
    strike = _coded(
        art, sentences=[2], sub_event_type="Air/drone strike", date="on Wednesday", place="Khan Younis",
        country="Palestine", actor1="Israeli", actor1_type="State forces", actor2="Hamas", actor2_type="Rebel group",
        claims=[DraftClaim(figure="five", victims="non_state", claimant="Hamas", sentence=2)],
    )  # fmt: skip
    found = events_in_text(art, [strike])
    assert [e.sub_event_type for e in found] == ["Air/drone strike"]
    assert found[0].actor1 is not None and found[0].actor1.name == strike.actor1.name  # type: ignore[union-attr]
    assert any(f.startswith("actor1_from_the_storys_strikes:") for f in found[0].flags)


def test_one_more_attack_told_also_in_a_town_of_its_own_is_an_event() -> None:
    text = (
        "Al-Shabab attacks in Somalia\n\n"
        "Al-Shabab militants attacked a military base in Qoryooley on Wednesday, killing 10 soldiers, officials said. "
        "Al-Shabab also launched a dawn attack on a military base at El Salini, southwest of the capital. "
        "The group also claimed a killing in the central Somali town of Galkayo."
    )
    art = _article(text, dt.date(2020, 2, 19))
    coded = _coded(
        art, sentences=[2], place="Qoryooley", country="Somalia", actor1="Al-Shabab militants",
        claims=[DraftClaim(figure="10", victims="state_forces", claimant="officials", sentence=2)],
    )  # fmt: skip
    found = events_in_text(art, [coded])
    # "a killing" is one death; a town the gazetteer lacks, with no other place named, is left alone
    assert [(e.location.place, e.fatalities_acled) for e in found] == [("Galkayo", 1)]
    assert FLAG in found[0].flags


def test_a_foreign_nations_attack_is_its_forces_and_the_people_it_killed_civilians() -> None:
    text = (
        "Russian Missile Attacks Target Kyiv, Mykolaiv\n\n"
        "Russian missile attacks Wednesday killed at least four people in Kyiv, officials said. "
        "Zelenskyy said the Russian attack killed one person in Mykolaiv and destroyed dozens of houses in the city."
    )
    art = _article(text, dt.date(2024, 2, 8))
    coded = _coded(
        art, sentences=[2], sub_event_type="Shelling/artillery/missile attack", date="Wednesday", place="Kyiv",
        country="Ukraine", actor1="Russian", actor1_type="State forces", actor2="people", actor2_type="Civilians",
        claims=[DraftClaim(figure="at least four", victims="unknown", claimant="officials", sentence=2)],
    )  # fmt: skip
    found = events_in_text(art, [coded])
    assert [e.location.place for e in found] == ["Mykolaiv"]
    mykolaiv = found[0]
    assert mykolaiv.actor1 is not None and mykolaiv.actor1.name == "Military Forces of Russia"
    assert mykolaiv.actor2 is not None and mykolaiv.actor2.type == "Civilians"


def test_a_peacekeeper_killed_near_a_town_beside_the_region_named_is_the_missions_there() -> None:
    from summarizer.found_places import named_where

    told = "Et dans la préfecture voisine de Bambari, un casque bleu mauritanien a été tué hier non loin d'Alindao."
    assert named_where(told, "Central African Republic") == "Alindao"  # not the town it lies beside
    text = (
        "Violences à Bambari\n\n"
        "La Croix-Rouge annonce 32 morts à Bambari depuis lundi, dans des représailles d'hommes armés. " + told
    )
    art = _article(text, dt.date(2018, 5, 18))
    coded = _coded(
        art, sentences=[2], sub_event_type="Attack", date="lundi", place="Bambari", country="Central African Republic",
        actor1="hommes armés", actor1_type="Political militia", actor2="civils", actor2_type="Civilians",
        claims=[DraftClaim(figure="32", victims="unknown", claimant="La Croix-Rouge", sentence=2)],
    )  # fmt: skip
    found = events_in_text(art, [coded])
    assert [e.location.place for e in found] == ["Alindao"]
    assert found[0].actor2 is not None and found[0].actor2.name.startswith("MINUSCA")


def test_a_nations_soldiers_killing_a_named_groups_member_are_that_nation_and_that_group() -> None:
    text = (
        "Israeli Jets Bomb Palestinian Target\n\n"
        "Israel says its aircraft struck a car in the southern Gaza Strip on Wednesday, killing two militants. "
        "Separately, witnesses say Israeli soldiers shot and killed another Hamas militant near the Rafah refugee camp."
    )
    art = _article(text, dt.date(2005, 5, 18))
    strike = _coded(
        art, sentences=[2], sub_event_type="Air/drone strike", date="Wednesday", place="Khan Yunis",
        country="Palestine", actor1="Israel", actor1_type="State forces", actor2="militants",
        actor2_type="Rebel group", claims=[DraftClaim(figure="two", victims="non_state", claimant="Israel", sentence=2)],
    )  # fmt: skip
    found = events_in_text(art, [strike])
    assert len(found) == 1 and [c.low for c in found[0].fatality_claims] == [1]
    assert found[0].actor1 is not None and found[0].actor1.name == "Military Forces of Israel"
    assert found[0].actor2 is not None and found[0].actor2.name.startswith("Hamas")


def test_a_region_named_only_as_the_speakers_office_places_no_new_event() -> None:
    text = (
        "Peacekeepers killed\n\n"
        "On Sunday, militants killed three African Union peacekeepers in the southern town of Lego. "
        "The governor of the Lower Shabelle region, Ali Nur, told VOA that at least 11 militants were killed "
        "during an exchange of heavy fire. "
        "An attack Saturday on a convoy killed four soldiers in the Delbio area of Lower Jubba region."
    )
    art = _article(text, dt.date(2015, 4, 20))
    lego = _coded(
        art, date="On Sunday", place="Lego", country="Somalia", actor1="militants", actor2="peacekeepers",
        actor2_type="External/Other forces",
        claims=[DraftClaim(figure="three", victims="foreign_forces", claimant="", sentence=2)],
    )  # fmt: skip
    delbio = _coded(
        art, sentences=[4], date="Saturday", place="Delbio", country="Somalia", actor1="militants",
        claims=[DraftClaim(figure="four", victims="state_forces", claimant="", sentence=4)],
    )  # fmt: skip
    assert lego.location.admin1 is None  # the gazetteer lacks Lego: its region is not known
    # the governor's region is his title, not where the 11 died: no event in Lower Shabelle
    assert events_in_text(art, [lego, delbio]) == []
    assert OFFICE.sub("", "Kandahar's police chief said") == " said"
    assert OFFICE.sub("", "le préfet de Bambari a dit") == "le a dit"
    assert OFFICE.sub("", "In Helmand province, 12 people were killed") == "In Helmand province, 12 people were killed"


def test_the_other_sides_dead_told_a_few_sentences_on_join_the_fight_found() -> None:
    text = (
        "Attacks in Somalia\n\n"
        "The militant group claimed a bomb attack Monday on a bus in the town of Garowe that killed nine people. "
        "On Sunday, militants killed three African Union peacekeepers in the southern town of Lego. "
        'The AU called that attack a "cowardly ambush." '
        "The governor of the Lower Shabelle region, Ali Nur, told VOA that at least 11 militants were killed "
        "during an exchange of heavy fire. "
        "An attack Saturday on a convoy killed four soldiers in the Delbio area of Lower Jubba region."
    )
    art = _article(text, dt.date(2015, 4, 20))
    garowe = _coded(
        art, date="Monday", place="Garowe", country="Somalia", actor1="militant group", actor2="people",
        actor2_type="Civilians", sub_event_type="Remote explosive/landmine/IED",
        claims=[DraftClaim(figure="nine", victims="civilians", claimant="", sentence=2)],
    )  # fmt: skip
    events = events_in_text(art, [garowe])
    (lego,) = [e for e in events if e.location.place == "Lego"]
    # the 11 attackers killed "during an exchange of heavy fire" are the Lego fight's other side
    assert sorted(c.low for c in lego.fatality_claims) == [3, 11]
    assert lego.fatalities_acled == 14
    # Saturday's convoy, told after, stays an event of its own
    assert [[c.low for c in e.fatality_claims] for e in events if e is not lego] == [[4]]


def test_a_periods_killings_told_without_a_toll_are_no_event() -> None:
    text = (
        "Offensive denied\n\n"
        "Four soldiers were killed Wednesday during a clash near Mir Ali, the military said. "
        "The military said in the last few weeks, a large number of civilians and security forces have been "
        "killed in suicide attacks and roadside blasts in the tribal areas and the southern city of Karachi."
    )
    art = _article(text, dt.date(2014, 5, 22))
    coded = _coded(
        art, date="Wednesday", place="Mir Ali", country="Pakistan", actor1="militants", actor2="soldiers",
        claims=[DraftClaim(figure="Four", victims="state_forces", claimant="military", sentence=2)],
    )  # fmt: skip
    # the weeks' bombings are a tally of many attacks, not one more suicide bombing in Karachi
    assert events_in_text(art, [coded]) == []


def test_a_found_event_is_not_dated_by_the_places_past_told_after_it() -> None:
    text = (
        "Clashes in Mogadishu\n\n"
        "In one incident, insurgents fired mortars at a peacekeepers' base Wednesday. "
        "Witnesses say at least seven civilians were killed. "
        "In another incident, a clash between police and soldiers at the Mogadishu police academy killed at "
        "least four people. "
        "Mogadishu has endured years of violence since the fall of the last stable government in 1991."
    )
    art = _article(text, dt.date(2010, 2, 10))
    coded = _coded(
        art, sentences=[2, 3], sub_event_type="Shelling/artillery/missile attack", date="Wednesday",
        place="Mogadishu", country="Somalia", actor1="insurgents", actor1_type="Rebel group",
        actor2="peacekeepers", actor2_type="External/Other forces",
        claims=[DraftClaim(figure="at least seven", victims="civilians", claimant="Witnesses", sentence=3)],
    )  # fmt: skip
    (academy,) = events_in_text(art, [coded])
    # "since ... 1991" is the city's past: the clash is this week's news, not a 1991 background event
    assert academy.salience == "main" and academy.date.start == dt.date(2010, 2, 10)
    assert [c.low for c in academy.fatality_claims] == [4]


def test_a_force_that_tells_the_killing_is_not_its_doer_and_the_deads_nation_is_their_force() -> None:
    from summarizer.found_sides import sides

    text = (
        "Iraq\n\n"
        "In other news, the U.S. military in Iraq said insurgents killed five U.S. service members in attacks "
        "on Tuesday and Wednesday. "
        "Meanwhile, the U.S. military has confirmed killing two al-Shabab militants in an airstrike."
    )
    art = _article(text, dt.date(2006, 6, 22))
    told = art.sentence_text(1)
    actor1, _, actor2, type2 = sides(told, told.find("five"), "foreign_forces", "Iraq", art)
    assert "U.S" not in actor1 and (actor2, type2) == ("U.S. forces", "External/Other forces")
    # a force confirming its own killing is the doer
    own = art.sentence_text(2)
    assert "U.S" in sides(own, own.find("two"), "non_state", "Somalia", art)[0]


def test_a_death_told_as_from_no_fight_is_no_event() -> None:
    text = (
        "Raid in Kunar\n\n"
        "Afghan forces killed about 20 Taliban fighters in Kunar province on Thursday, officials said. "
        'Meanwhile, NATO said Friday that a U.S. soldier died the previous day "in a non-combat related incident."'
    )
    art = _article(text, dt.date(2018, 12, 14))
    coded = _coded(
        art, date="on Thursday", region="Kunar", country="Afghanistan", actor1="Afghan forces",
        actor1_type="State forces", actor2="Taliban", actor2_type="Rebel group",
        claims=[DraftClaim(figure="about 20", victims="non_state", claimant="officials", sentence=2)],
    )  # fmt: skip
    assert events_in_text(art, [coded]) == []


def test_a_toll_told_right_after_another_happenings_opening_is_that_happenings_event() -> None:
    from summarizer.claim_home import release_other_happenings

    text = (
        "Tiger Leader Killed\n\n"
        "Military officials in Sri Lanka say government troops have killed a senior Tamil Tiger rebel leader. "
        "The officials say he was killed within the past week near the northern town of Puthukkudiyiruppu. "
        "He was in charge of the Tigers' financial unit. "
        "Meanwhile, the government says it will impose new security measures in the wake of a suicide bombing "
        "Tuesday on the island's southern tip. "
        "The blast killed at least 14 people at a Muslim religious ceremony."
    )
    art = _article(text, dt.date(2009, 3, 11))
    coded = _coded(
        art, sentences=[2, 3], date="within the past week", place="Puthukkudiyiruppu", country="Sri Lanka",
        actor1="government troops", actor1_type="State forces", actor2="Tamil Tiger", actor2_type="Rebel group",
        claims=[DraftClaim(figure="at least 14", victims="civilians", claimant="", sentence=6)],
    )  # fmt: skip
    release_other_happenings(art, [coded])
    assert coded.fatality_claims == [] and any("after another happening" in f for f in coded.flags)
    (bombing,) = events_in_text(art, [coded])
    assert [c.low for c in bombing.fatality_claims] == [14]
    assert bombing.date.start == dt.date(2009, 3, 10)


def test_protesters_gathered_in_the_capital_where_a_bombing_was_coded_is_a_protest_not_its_topic() -> None:
    text = (
        "Bombing in Kabul\n\n"
        "A suicide bomber killed four people in Kabul on Wednesday. "
        "Meanwhile, hundreds of protesters gathered in Kabul Thursday for a demonstration against the Kunduz "
        "abductions."
    )
    art = _article(text, dt.date(2016, 6, 3))
    coded = _coded(
        art, sentences=[2], place="Kabul", country="Afghanistan", actor1="suicide bomber",
        actor1_type="Rebel group", actor2="people", actor2_type="Civilians", sub_event_type="Suicide bomb",
        claims=[DraftClaim(figure="four", victims="unknown", claimant="", sentence=2)],
    )  # fmt: skip
    found = events_in_text(art, [coded])
    assert [(e.sub_event_type, e.location.place, e.date.start) for e in found] == [
        ("Peaceful protest", "Kabul", dt.date(2016, 6, 2))
    ]


def test_the_dead_side_fought_the_side_named_after_battle_with() -> None:
    from summarizer.found_sides import sides

    sentence = (
        "NATO officials have also said up to 150 Taleban militants were killed Thursday in a fierce battle "
        "with NATO and Afghan forces in eastern Paktika province."
    )
    art = _article("Battle\n\n" + sentence, dt.date(2007, 1, 12))
    actor1, kind, actor2, _ = sides(sentence, sentence.index("150"), "non_state", "Afghanistan", art)
    assert (actor1, kind) == ("NATO", "External/Other forces") and "Taleban" in actor2
    # soldiers killed in a battle with militants: no named side, the attacker stays unnamed
    sentence = "Two soldiers were killed in a battle with militants near the border."
    actor1, _, _, _ = sides(sentence, sentence.index("Two"), "state_forces", "Afghanistan", art)
    assert actor1 == "unidentified armed group"


def test_a_toll_told_right_after_another_happening_with_no_toll_is_that_happenings() -> None:
    text = (
        "Day of Violence in Iraq\n\n"
        "In the deadliest attack Thursday, at least 16 people were killed when a bomb exploded outside a cafe "
        "in Baghdad. "
        "Elsewhere, militants set up a fake checkpoint on a highway in Baghdad to identify and execute Shi'ite drivers. "
        "Officials found the bodies of 14 drivers and passengers caught at the checkpoint."
    )
    art = _article(text, dt.date(2013, 7, 25))
    coded = _coded(
        art, sub_event_type="Remote explosive/landmine/IED", date="Thursday", place="Baghdad", country="Iraq",
        actor1="", actor2="people", actor2_type="Civilians",
        claims=[DraftClaim(figure="at least 16", victims="unknown", claimant="", sentence=2)],
    )  # fmt: skip
    found = events_in_text(art, [coded])
    assert [[c.low for c in e.fatality_claims] for e in found] == [[14]]
    assert found[0].location.place == "Baghdad" and found[0].event_type == "Violence against civilians"
    # without "Elsewhere" the bodies may be the bombing's own dead told again: nothing is added
    art = _article(text.replace("Elsewhere, militants", "Militants"), dt.date(2013, 7, 25))
    assert events_in_text(art, [coded]) == []


def test_a_courts_sentence_for_killings_done_before_is_no_event() -> None:
    text = (
        "Clans Clash in Somalia\n\n"
        "At least 10 people were killed when rival clan militias clashed in Balanbal on Tuesday. "
        "Meanwhile, a military court in the town of Galkayo handed down death sentences Tuesday for five "
        "al-Shabab militants accused of killing several people."
    )
    art = _article(text, dt.date(2022, 2, 1))
    coded = _coded(
        art, place="Balanbal", country="Somalia", actor1="clan militias", actor2="",
        claims=[DraftClaim(figure="At least 10", victims="unknown", claimant="", sentence=2)],
    )  # fmt: skip
    assert events_in_text(art, [coded]) == []


def test_a_toll_told_again_in_parts_is_no_new_event() -> None:
    text = (
        "Cattle Raid\n\n"
        "Officials say 18 people were killed during a cattle raid that began Tuesday in Tonj East County. "
        "The county commissioner John Deng Kook says armed raiders attacked a cattle camp. "
        "He said 16 people were killed in the fighting and two others died of gunshot wounds on Thursday."
    )
    art = _article(text, dt.date(2022, 10, 20))
    coded = _coded(
        art, sentences=[2, 3], place="", region="Warrap", country="South Sudan", actor1="raiders", actor2="",
        claims=[DraftClaim(figure="18", victims="unknown", claimant="Officials", sentence=2)],
    )  # fmt: skip
    assert events_in_text(art, [coded]) == []


def test_an_attack_on_militant_hideouts_is_the_states_on_an_unnamed_group() -> None:
    from summarizer.found_sides import sides

    sentence = (
        "Pakistani military sources say 40 people were killed Tuesday in an attack a day earlier on suspected "
        "militant hideouts near the Afghan border."
    )
    art = _article("Strikes\n\n" + sentence, dt.date(2014, 1, 22))
    actor1, kind, actor2, kind2 = sides(sentence, sentence.index("40"), "unknown", "Pakistan", art)
    assert (kind, kind2) == ("State forces", "Rebel group") and actor2 == "unidentified armed group"
    # a market near the hideouts is no attack on them
    sentence = "Unknown gunmen killed 40 people in an attack on a market near militant hideouts."
    actor1, kind, _, _ = sides(sentence, sentence.index("40"), "unknown", "Pakistan", art)
    assert kind != "State forces"
