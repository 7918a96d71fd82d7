"""Checks from the forty-first session: the deed's day told outside the evidence when the
model took a statement's day."""

from __future__ import annotations

import datetime as dt

from summarizer.article import Article
from summarizer.draft import DraftClaim, DraftEvent
from summarizer.event_dates import event_date
from summarizer.number_words import word_value
from summarizer.schema import ArticleMeta, Event, FatalityClaim
from summarizer.text import sentence_spans


def _article(text: str, day: dt.date) -> Article:
    return Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=day))


def _draft(date: str) -> DraftEvent:
    return DraftEvent(
        sentences=[1], sub_event_type="Attack", date=date, place="", region="Kunar province", country="Afghanistan",
        actor1="NATO", actor1_type="State forces", actor2="civilians", actor2_type="Civilians", claims=[],
    )  # fmt: skip


KUNAR = (
    "NATO Probes Reports of Civilian Deaths\n\n"
    "NATO officials say they are investigating reports that ten civilians were killed in eastern Afghanistan. "
    "Local officials say the victims were students. "
    "Afghan President Hamid Karzai issued a statement Monday condemning the incident. "
    "Officials say the attack took place Sunday in the Kunar province."
)


def test_the_deeds_day_outside_the_evidence_replaces_a_statements_day() -> None:
    art = _article(KUNAR, dt.date(2009, 12, 28))  # a Monday
    date, flags = event_date(_draft("Monday"), art, [art.sentence_text(1)])
    assert date.start == dt.date(2009, 12, 27)
    assert any(f.startswith("date_of_statement_replaced:Monday->") for f in flags)


def test_two_days_of_violence_or_another_strike_leave_the_statements_day() -> None:
    two = KUNAR + " Gunmen stormed a police post in Badghis on Saturday, killing two officers."
    art = _article(two, dt.date(2009, 12, 28))
    date, _ = event_date(_draft("Monday"), art, [art.sentence_text(1)])
    assert date.start == dt.date(2009, 12, 28)
    # the day of a second strike is that strike's, not this one's
    other = KUNAR.replace(
        "Officials say the attack took place Sunday in the Kunar province.",
        "It is the second suspected missile strike this week. Officials said a drone attack Sunday killed three.",
    )
    art = _article(other, dt.date(2009, 12, 28))
    date, _ = event_date(_draft("Monday"), art, [art.sentence_text(1)])
    assert date.start == dt.date(2009, 12, 28)
    # "a day earlier" counts from another happening, not from publication
    earlier = KUNAR.replace("took place Sunday", "took place a day earlier")
    art = _article(earlier, dt.date(2009, 12, 28))
    date, _ = event_date(_draft("Monday"), art, [art.sentence_text(1)])
    assert date.start == dt.date(2009, 12, 28)


def test_millions_spelled_out_are_millions_and_never_one_events_toll() -> None:
    told = "Relief agencies say more than two million people have died as a result of the conflict."
    art = _article("Congo\n\n" + told, dt.date(2001, 10, 1))
    (figure,) = [f for f in art.death_figures if f.sentence == 1]
    assert figure.low == 2_000_000
    assert figure.scope == "cumulative"
    # the war's dead by its cause, of any size
    told2 = "Some 300 people have died as a result of the conflict."
    art2 = _article("Congo\n\n" + told2, dt.date(2001, 10, 1))
    assert [f.scope for f in art2.death_figures if f.sentence == 1] == ["cumulative"]
    assert word_value("deux mille") == 2000


def test_scores_of_dead_are_at_least_twenty() -> None:
    from summarizer.fatalities import parse_figure

    assert parse_figure("scores") == (20, None)
    assert parse_figure("dozens") == (12, None)


ISLAMGARH = (
    "Pakistan / Kashmir Blast\n\n"
    "A powerful bomb has killed at least nine people and injured 20 others in the Pakistan-controlled part of "
    "Kashmir. Ayaz Gul reports from Islamabad, local officials are blaming India for the blast. "
    "Police say the bomb exploded in a crowd watching a street entertainer in Islamgarh. "
    "Witnesses say five people died on the spot."
)


def test_those_who_died_on_the_spot_are_the_first_of_the_toll_not_a_lower_count() -> None:
    from summarizer.records import build_event
    from summarizer.rival_claims import add_rival_claims

    art = _article(ISLAMGARH, dt.date(1999, 12, 17))
    draft = DraftEvent(
        sentences=[1, 3], sub_event_type="Remote explosive/landmine/IED", date="", place="Islamgarh", region="",
        country="Pakistan", actor1="Ayaz Gul", actor1_type="Rebel group", actor2="people", actor2_type="Civilians",
        claims=[DraftClaim(figure="nine", victims="civilians", claimant="local officials", sentence=1)],
    )  # fmt: skip
    event, _ = build_event(draft, art)
    add_rival_claims(art, [event])
    assert event.fatalities_acled == 9
    # the outlet's reporter who tells the story is no side of it
    assert event.actor1 is None or "Gul" not in event.actor1.name


def test_prisoners_freed_in_a_raid_are_no_dead() -> None:
    from summarizer.deaths import classify_figure

    told = "On Thursday, the rebels raided a prison in Fort Portal, freeing 365 prisoners and killing five people."
    at = told.index("365")
    assert classify_figure(told, at, at + 3)[0] == "other"
    at = told.index("five")
    assert classify_figure(told, at, at + 4)[0] == "death"


def test_a_lead_in_the_countrys_part_of_a_region_is_the_events_own_region() -> None:
    from summarizer.claim_places import fronted_elsewhere
    from summarizer.schema import Location

    here = Location(country="India", admin1="Jammu and Kashmir", place="Lower Munda")
    lead = "In Indian Kashmir, nine people including five soldiers have been killed in an attack by militants."
    assert fronted_elsewhere(lead, here) is None
    # a region of another country's part is still elsewhere
    assert fronted_elsewhere(lead.replace("Indian Kashmir", "Pakistani Kashmir"), here) is not None


def test_ministers_who_meet_are_no_side_of_a_battle() -> None:
    from summarizer.speakers import a_title_only

    assert a_title_only("African foreign ministers")
    assert a_title_only("UN diplomats")
    # a force is a side whatever its title words
    assert not a_title_only("Police Forces of Ethiopia")
    assert not a_title_only("rebel fighters")


OCANA = (
    "COLOMBIA - KIDNAP\n\n"
    "Colombian authorities have freed 40 people kidnapped this morning by a small guerrilla group in a "
    "northeastern city. Combat continues between the guerrillas and the army. "
    "The guerrillas took the hostages from their vehicles at a roadblock on the outskirts of the town of Ocana. "
    "Two hostages were injured and one guerrilla killed in the rescue."
)


def test_the_dead_of_a_rescue_are_not_the_abductions() -> None:
    from summarizer.lead_toll import add_lead_toll
    from summarizer.records import build_event

    art = _article(OCANA, dt.date(1999, 10, 4))
    draft = DraftEvent(
        sentences=[2, 4, 5], sub_event_type="Abduction/forced disappearance", date="this morning", place="Ocana",
        region="", country="Colombia", actor1="guerrillas", actor1_type="Rebel group", actor2="army",
        actor2_type="State forces",
        claims=[DraftClaim(figure="one", victims="non_state", claimant="", sentence=5)],
    )  # fmt: skip
    event, _ = build_event(draft, art)
    add_lead_toll(art, [event])
    assert event.fatality_claims == []
    assert event.fatalities_acled == 0
    # the authorities freed the people taken: the second side is the people taken
    assert event.actor2 is not None and event.actor2.name == "Civilians"


def test_captives_the_authorities_freed_are_no_deal() -> None:
    from summarizer.found_releases import released_captives

    art = _article(OCANA, dt.date(1999, 10, 4))
    assert released_captives(art, [], "Colombia") == []
    dealt = OCANA.replace("Colombian authorities have freed 40 people", "The rebels have freed 40 people")
    assert released_captives(_article(dealt, dt.date(1999, 10, 4)), [], "Colombia") != []


def test_a_sources_estimates_are_the_sources() -> None:
    from summarizer.attribution import attribution

    assert attribution("Police estimates say at least 39 people were killed.") == "Police"
    # a figure's count is still no source of its own
    assert attribution("The estimates say at least 39 people were killed.") is None


def test_days_of_riots_a_curfew_followed_are_the_storys_own() -> None:
    from summarizer.claimcheck import to_claim
    from summarizer.claimscope import _of_a_past_period
    from summarizer.schema import DateSpan

    lead = (
        "A dusk-to-dawn curfew has been imposed in parts of Lagos, Nigeria, following two days of ethnic riots "
        "that left up to 50 people dead."
    )
    day = DateSpan(start=dt.date(1999, 11, 25), end=dt.date(1999, 11, 26), precision="range", text="")
    for told, recalled in (
        (lead, False),
        (lead.replace("A dusk-to-dawn curfew has been imposed", "Fresh clashes erupted"), True),
    ):
        art = _article("Nigeria\n\n" + told, dt.date(1999, 11, 27))
        (figure,) = art.death_figures
        claim = to_claim(figure, figure.victims, "", art)
        assert _of_a_past_period(claim, art, day) is recalled


def test_where_the_outlets_reporter_is_is_no_place_of_the_event() -> None:
    from summarizer.places import place_in_evidence

    lead = "As we hear from VOA's Peter Heinlein in Moscow, a weeklong lull in the Chechen conflict appears to be over."
    assert place_in_evidence([lead], "Russia") is None
    assert place_in_evidence([lead.replace("VOA's Peter Heinlein in", "officials in")], "Russia") == "Moscow"


KAITHADY = (
    "LANKA/ BATTLE\n\n"
    "Heavy fighting between government forces and Tamil rebels continues in Sri Lanka's northern Jaffna region. "
    "A government statement says heavy hand-to-hand fighting was taking place on the outskirts of Chavakacheri. "
    "The government statement says rebels also shelled an old-age home in the Kaithady area, in northern Jaffna. "
    "The government says 15 people were killed and 20 others injured."
)


def test_a_toll_told_right_after_a_shelling_told_also_is_the_shellings() -> None:
    from summarizer.claim_home import move_claims_home
    from summarizer.records import build_event

    art = _article(KAITHADY, dt.date(2000, 5, 21))
    clash = DraftEvent(
        sentences=[2, 3], sub_event_type="Armed clash", date="", place="Chavakacheri", region="", country="Sri Lanka",
        actor1="government forces", actor1_type="State forces", actor2="Tamil rebels", actor2_type="Rebel group",
        claims=[DraftClaim(figure="15", victims="civilians", claimant="government", sentence=5)],
    )  # fmt: skip
    shelling = clash.model_copy(
        update={
            "sentences": [4],
            "sub_event_type": "Shelling/artillery/missile attack",
            "place": "Kaithady",
            "claims": [],
        }
    )
    events = [build_event(clash, art)[0], build_event(shelling, art)[0]]
    assert [c.low for c in events[0].fatality_claims] == [15]
    move_claims_home(art, events)
    assert [c.low for c in events[0].fatality_claims] == []
    assert [c.low for c in events[1].fatality_claims] == [15]


def test_a_sentence_opening_on_its_own_weekday_tells_that_days_happening() -> None:
    from summarizer.found_signals import ALSO_ON_A_DAY

    told = "On Friday, four government soldiers and six rebels died in fighting near Bundibugyo."
    assert ALSO_ON_A_DAY.match(told)
    # the day a source spoke is no happening's
    assert not ALSO_ON_A_DAY.match("On Saturday, witnesses in Somalia said two days of fighting left 64 dead.")


def test_two_crowds_fighting_each_other_are_rioters_on_both_sides() -> None:
    from summarizer.crowds import rioters_on_both_sides
    from summarizer.schema import Actor

    rioters = Actor(name="Rioters (Nigeria)", type="Rioters", aliases=[])
    villagers = Actor(name="Civilians", type="Civilians", aliases=["villagers"])
    told = ["The violence involved youths from Nigeria's two largest ethnic groups, the Yoruba and the Hausa."]
    sub, actor2, _ = rioters_on_both_sides(rioters, villagers, "Violent demonstration", told)
    assert (sub, actor2 and actor2.name) == ("Mob violence", "Rioters (Nigeria)")
    # a crowd that attacked people is still against civilians
    attacked = ["A mob set fire to homes in the village, killing five residents."]
    assert rioters_on_both_sides(rioters, villagers, "Mob violence", attacked)[1] is villagers


def test_a_series_of_bombings_in_the_events_own_town_is_its_own_toll() -> None:
    from summarizer.schema import Location
    from summarizer.summed_tolls import _over_its_own_town

    def event(place: str, admin1: str) -> Event:
        return Event.model_construct(location=Location(country="Iraq", admin1=admin1, place=place))

    kirkuk = event("Kirkuk", "Kirkuk")
    told = FatalityClaim(
        low=11, high=None, victims="unknown", claimant="Iraqi police",
        quote="Iraqi police say a series of near-simultaneous car bombings in Kirkuk have killed at least 11 people.",
    )  # fmt: skip
    assert _over_its_own_town(kirkuk, [told], [event("Baghdad", "Baghdad")])
    # a toll over the towns of the day's other events sums them
    wave = told.model_copy(update={"quote": "Car bombings in Kirkuk and Baghdad have killed at least 11 people."})
    assert not _over_its_own_town(kirkuk, [wave], [event("Baghdad", "Baghdad")])


RABIA = (
    "Iraq Violence\n\n"
    "Iraqi security officials say a suicide car bomber has killed nine people and wounded 22 others at a police "
    "post in northwestern Iraq. Officials say four policemen were among those killed in the town of Rabia. "
    "In Baghdad, a car bomb killed four people near a police checkpoint. "
    "In the northern city of Mosul, gunmen killed a journalist. "
    "West of the capital, two suicide car bombers killed four Iraqis."
)


def test_one_bombers_toll_in_the_lead_is_no_sum_over_the_storys_events() -> None:
    from summarizer.summed_tolls import _lead_sum_of_others

    art = _article(RABIA, dt.date(2007, 6, 7))
    lead, part = (f for f in art.death_figures if f.sentence in (1, 2) and f.low in (9, 4))
    from summarizer.claimcheck import to_claim

    event = Event.model_construct(
        fatality_claims=[to_claim(f, f.victims, "officials", art) for f in (lead, part)], flags=[]
    )
    _lead_sum_of_others(art, event, [4, 1, 4])  # 4 + 1 + 4 = 9 by chance
    assert [c.low for c in event.fatality_claims] == [9, 4]


def test_a_gunships_owner_is_the_strikes() -> None:
    from summarizer.sides import strike_owner

    told = "French military officials say that a government helicopter gunship attacked a rebel-held fishing village."
    assert "government" in strike_owner([told])
