"""Checks from batch 118's last misses and the fortieth session: a force's strength told
beside its dead, one force's toll told twice in two wordings, deaths a source denies, and
fighting told as there being more of it."""

from __future__ import annotations

import datetime as dt

from summarizer.article import Article
from summarizer.deaths import classify_figure
from summarizer.draft import DraftClaim, DraftEvent
from summarizer.happening import tells_a_happening
from summarizer.records import build_event
from summarizer.rival_claims import add_rival_claims
from summarizer.running_numbers import unnumbered_deaths
from summarizer.schema import ArticleMeta, Event
from summarizer.text import sentence_spans


def _article(text: str, day: dt.date) -> Article:
    return Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=day))


def _kind(sentence: str, figure: str) -> str:
    start = sentence.index(figure)
    return classify_figure(sentence, start, start + len(figure))[0]


def test_a_force_trapped_beside_its_dead_is_no_toll() -> None:
    told = '"About 200 rebels are trapped and dozens have been killed," he says.'
    assert _kind(told, "200") == "other"
    assert _kind("Some 3,000 troops deployed in the region.", "3,000") == "other"
    assert _kind("Au moins 50 soldats encerclés ont été tués.", "50") == "other"
    # the dead are still the dead
    assert _kind("About 200 rebels have been killed,", "200") == "death"


SERZHEN = (
    "RUSSIA / CHECHNYA\n\n"
    "Russian military officials say a heavy battle has been raging for days near Serzhen-Yurt. "
    "Russian officials say 12 Russian soldiers have died in the battle, whereas rebels claim to have killed "
    "more than 100 federal troops.\n\n"
    "Russian military officials say 12 federal troops have died in the fighting, with approximately 80 rebels "
    "killed."
)


def test_one_forces_toll_in_two_wordings_is_counted_once() -> None:
    art = _article(SERZHEN, dt.date(2000, 6, 28))
    draft = DraftEvent(
        sentences=[2, 4], sub_event_type="Armed clash", date="for days", place="Serzhen-Yurt", region="Chechnya",
        country="Russia", actor1="Russian troops", actor1_type="State forces", actor2="rebels",
        actor2_type="Rebel group",
        claims=[DraftClaim(figure="12", victims="state_forces", claimant="Russian military officials", sentence=4),
                DraftClaim(figure="approximately 80", victims="non_state", claimant="Russian military officials",
                           sentence=4)],
    )  # fmt: skip
    event = build_event(draft, art)[0]
    add_rival_claims(art, [event])
    assert sorted(c.low or 0 for c in event.fatality_claims if c.low == 12) == [12]
    assert event.fatalities_acled == 92


def test_deaths_a_source_denies_are_no_deaths() -> None:
    denied = "Officials in Moscow have denied media reports that dozens of Russians have been killed in the fighting."
    assert unnumbered_deaths([denied]) is None
    assert unnumbered_deaths(["Media reports say dozens of Russians have been killed in the fighting."]) == "limited"


def test_fighting_told_as_there_being_more_of_it_happened() -> None:
    assert tells_a_happening(["There is more fighting Monday in the border war between Ethiopia and Eritrea."])
    assert tells_a_happening(["Shelling continued Monday across the southern Bure front."])
    assert tells_a_happening(['Eritrea says it "decimated" an Ethiopian ground attack near the port of Assab.'])
    # a war going on is no day's event
    assert not tells_a_happening(["There is fighting in the border war between Ethiopia and Eritrea."])


AFGHAN = (
    "2 Roadside Bombs in Afghanistan Kill 15 Civilians\n\n"
    "Helmand is a major battleground in a campaign by NATO and Afghan forces to defeat a long-running insurgency "
    "by Taliban militants. "
    "Elsewhere, NATO says an air weapons team killed two insurgents in Helmand's Musa Qalah district as they hid "
    "inside a building."
)


def test_insurgents_the_model_called_militants_are_the_storys_one_group() -> None:
    from summarizer.unnamed_rebels import name_unnamed_rebels

    art = _article(AFGHAN, dt.date(2011, 1, 16))

    def event(militants: str) -> Event:
        draft = DraftEvent(
            sentences=[3], sub_event_type="Air/drone strike", date="", place="Musa Qalah", region="Helmand",
            country="Afghanistan", actor1="NATO", actor1_type="External/Other forces", actor2=militants,
            actor2_type="Rebel group",
            claims=[DraftClaim(figure="two", victims="non_state", claimant="NATO", sentence=3)],
        )  # fmt: skip
        return build_event(draft, art)[0]

    strike = event("militants")
    assert strike.actor2 is not None and strike.actor2.name == "Unidentified Armed Group"
    name_unnamed_rebels([strike], AFGHAN)
    assert strike.actor2 is not None and strike.actor2.name == "Taliban"
    # a region's list of who might be there names no doer
    listed = AFGHAN.replace("killed two insurgents", "killed two people").replace(
        "Elsewhere,", "In regions held by drug gangs and insurgents,"
    )
    art = _article(listed, dt.date(2011, 1, 16))
    other = event("militants")
    name_unnamed_rebels([other], listed)
    assert other.actor2 is not None and other.actor2.name == "Unidentified Armed Group"


def test_a_town_had_taken_and_control_taken_are_happenings() -> None:
    from summarizer.territory import territory_taken

    told = "Peacekeepers moved into Masiaka on Tuesday, after rebels reportedly had taken the town from troops."
    assert territory_taken(told) == ("Strategic developments", "Non-state actor overtakes territory")
    assert territory_taken("He had taken the money from the bank.") is None
    assert tells_a_happening(["In Sierra Leone, United Nations peacekeepers have taken control of a key town."])
    assert tells_a_happening(["Skirmishes between rebels and a government gunship have been reported in recent days."])
    assert not tells_a_happening(["Skirmishes between rebels and the army are feared in the coming days."])


PAKISTAN = (
    "Pakistan Troops Kill 23 Militants in Northwest\n\n"
    "Pakistani officials say security forces have killed at least 23 militants in fighting in the northwest. "
    "The clash took place in Khyber Pakhtunkhwa province on Tuesday, a day after militants launched a suicide "
    "bomb attack near a paramilitary base, killing one soldier."
)


def test_the_toll_of_the_attack_a_day_before_is_not_the_clashs() -> None:
    from claim_helpers import spanned_claim

    from summarizer.claimscope import claims_of_this_event
    from summarizer.geo import locate

    art = _article(PAKISTAN, dt.date(2010, 7, 7))
    own = spanned_claim(art, 1, 23, "Pakistani officials", victims="non_state")
    before = spanned_claim(art, 2, 1, "Pakistani officials", victims="state_forces")
    here = locate("Khyber Pakhtunkhwa", country="Pakistan")
    kept, moved, _ = claims_of_this_event([own, before], art, here)
    assert kept == [own] and moved == [before]
    # the clash's own toll told with its day stays
    again = PAKISTAN.replace("a day after militants launched a suicide bomb attack near a paramilitary base, ", "")
    art = _article(again, dt.date(2010, 7, 7))
    told = spanned_claim(art, 2, 1, "Pakistani officials", victims="state_forces")
    kept, moved, _ = claims_of_this_event([told], art, here)
    assert kept == [told]


def test_an_open_total_under_one_sources_summed_bodies_is_the_same_dead() -> None:
    from summarizer.fatalities import totals
    from summarizer.schema import FatalityClaim

    over = FatalityClaim(low=3000, high=None, victims="unknown", claimant="a local official",
                         quote="A local official says over 3,000 people have been killed during tribal clashes.")  # fmt: skip
    bodies = FatalityClaim(low=3141, high=3141, victims="civilians", claimant="the county commissioner",
                           quote="The commissioner says the bodies of 2,182 women and children and 959 men have "
                                 "been counted so far.")  # fmt: skip
    assert totals([over, bodies])[1] == 3141
    # one count of a side, not a sum, above an open total of people stays beside it
    soldiers = bodies.model_copy(update={"quote": "The army says 3,141 soldiers died.", "victims": "state_forces"})
    assert totals([over, soldiers])[1] == 6141


IRAQ = (
    "Bombers Target Police in Baghdad\n\n"
    "Insurgents launched bomb attacks across Iraq Sunday as authorities worked to identify the dead of Musaayib. "
    "Saturday's bomber set off his explosives near a fuel truck in the center of the town south of Baghdad, "
    "killing more than 90 people. "
    "Meanwhile, in Baghdad, a wave of four bomb attacks against police convoys killed nine Iraqis Sunday."
)


def test_the_toll_of_a_bomber_of_the_day_before_is_not_todays_attacks() -> None:
    from claim_helpers import spanned_claim

    from summarizer.claimscope import claims_of_this_event
    from summarizer.geo import locate
    from summarizer.schema import DateSpan

    art = _article(IRAQ, dt.date(2005, 7, 17))
    sunday = DateSpan(start=dt.date(2005, 7, 17), end=dt.date(2005, 7, 17), precision="day", text="Sunday")
    saturdays, own = spanned_claim(art, 2, 90, "VOA"), spanned_claim(art, 3, 9, "VOA")
    here = locate("Baghdad", country="Iraq")
    kept, moved, _ = claims_of_this_event([saturdays, own], art, here, sunday)
    assert kept == [own] and moved == [saturdays]
    # on Saturday's own event the figure stays
    saturday = DateSpan(start=dt.date(2005, 7, 16), end=dt.date(2005, 7, 16), precision="day", text="Saturday")
    kept, _, _ = claims_of_this_event([saturdays], art, here, saturday)
    assert kept == [saturdays]


def test_fighting_told_as_reported_or_going_on_without_let_up_happened() -> None:
    assert tells_a_happening(["Fierce fighting is reported near Minutka Square, a strategic location."])
    assert tells_a_happening(
        ["Fighting goes on in Grozny, the capital, where heavy fighting continues without let-up."]
    )
    # a war's fighting, no adjective of the day's, is no happening of its own
    assert not tells_a_happening(["Fighting continues to displace families across the region."])


def test_attacks_that_occurred_armies_fighting_now_and_bodies_found_happened() -> None:
    assert tells_a_happening(["The latest attack occurred Monday, as U.N. personnel descended from a helicopter."])
    assert tells_a_happening(["Chad's army says it has annihilated rebels following major fighting in the east."])
    assert tells_a_happening(["Troops from Uganda and Rwanda are fighting each other in the city of Kisangani."])
    assert tells_a_happening(["The Mexican navy says 32 bodies have been discovered in the state of Veracruz."])
    # a war told, or what bodies are, is no happening
    assert not tells_a_happening(["The two countries have a long history of war over the border."])
    assert not tells_a_happening(["Aid groups say bodies of water in the region are drying up."])


def test_homes_set_on_fire_and_rebels_advancing_on_a_city_happened() -> None:
    assert tells_a_happening(["Ethnic Albanians have set Serb homes and churches on fire across the province."])
    assert tells_a_happening(["In Liberia, rebels are advancing on the capital, Monrovia."])
    assert not tells_a_happening(["The talks are set to resume on Monday in Accra."])


def test_russian_and_myanmar_regions_in_acleds_spelling() -> None:
    from summarizer.geo import locate

    assert locate("Ingushetia", country="Russia").admin1 == "Ingushetia"
    assert locate("Nalchik", country="Russia").admin1 == "Kabardino-Balkaria"
    assert locate("Karen state", country="Myanmar").admin1 == "Kayin"
    assert locate("Arakan", country="Myanmar").admin1 == "Rakhine"
    assert locate("Lower Jubba", country="Somalia").admin1 == "Lower Juba"
    assert locate("Gambella", country="Ethiopia").admin1 == "Gambela"


def test_the_party_whose_deputy_was_found_dead_is_no_killer() -> None:
    from summarizer.place_owners import owner_not_doer

    text = (
        "ANGOLA / UNITA\n\n"
        "The UNITA rebel movement in Angola says the recent killing of one of its parliamentary deputies was an "
        "assassination. "
        "UNITA Parliamentary deputy Joao Ngalangombe Jacob was found dead on the outskirts of Luanda last Saturday."
    )
    art = _article(text, dt.date(1999, 9, 21))

    def event(quotes: list[int]) -> Event:
        draft = DraftEvent(
            sentences=quotes, sub_event_type="Attack", date="last Saturday", place="Luanda", region="",
            country="Angola", actor1="UNITA", actor1_type="Rebel group", actor2="deputy", actor2_type="Civilians",
            claims=[],
        )  # fmt: skip
        return build_event(draft, art)[0]

    killing = event([2, 3])
    owner_not_doer(killing)
    assert killing.actor1 is not None and killing.actor1.name == "Unidentified Armed Group"
    # a group telling its own deed is the doer
    own = _article(text.replace("the recent killing of one of its parliamentary deputies was an assassination",
                                "its fighters killed a police officer"), dt.date(1999, 9, 21))  # fmt: skip
    art = own
    claimed = event([2])
    owner_not_doer(claimed)
    assert claimed.actor1 is not None and claimed.actor1.name == "UNITA"


def test_strikes_in_two_parts_of_a_country_set_the_event_there() -> None:
    from summarizer.setting_country import setting_country

    told = ["Israeli warplanes pounded more than 100 targets in southern and eastern Lebanon, killing 12 people."]
    assert setting_country(told, "Israel") == "Lebanon"


BORDER = (
    "20 Dead in Latest Liberia-Ivory Coast Border Fighting\n\n"
    "At least 20 deaths have been reported in the latest fighting along the tense border between Ivory Coast and "
    "Liberia.\n\n"
    "Heavy fighting has erupted in recent days on both sides of the Ivorian-Liberian border.\n\n"
    "Mr. Chea says Liberia could send troops into Ivory Coast after rebels attacked the Liberian border town of "
    "Toe on Friday.\n\n"
    "Colonel Yao responded to allegations by an Ivorian rebel group that Ivorian helicopter gunships killed 20 "
    "civilians in an attack near the western town of Bin-Houye on Saturday."
)


def test_a_lead_toll_with_no_town_takes_the_town_where_it_is_told_again() -> None:
    from summarizer.lead_places import FLAG, place_lead_tolls
    from summarizer.schema import Location

    art = _article(BORDER, dt.date(2003, 3, 3))
    draft = DraftEvent(
        sentences=[2, 3], sub_event_type="Armed clash", date="", place="Ivorian-Liberian border", region="",
        country="Ivory Coast",
        actor1="rebels", actor1_type="Rebel group", actor2="Ivory Coast military", actor2_type="State forces",
        claims=[DraftClaim(figure="At least 20", victims="unknown", claimant="", sentence=2)],
    )  # fmt: skip
    event = build_event(draft, art)[0]
    event.location = Location(country="Ivory Coast")  # the border is no town: the model's event has none
    place_lead_tolls(art, [event])
    assert event.location.place == "Bin-Houye" and event.date.start == dt.date(2003, 3, 1)
    assert f"{FLAG}:Bin-Houye" in event.flags and event.fatalities_acled == 20
    # a later sentence with another number places nothing
    other = _article(BORDER.replace("killed 20 civilians", "killed 12 civilians"), dt.date(2003, 3, 3))
    art = other
    unplaced = build_event(draft, other)[0]
    unplaced.location = Location(country="Ivory Coast")
    place_lead_tolls(other, [unplaced])
    assert unplaced.location.place is None


def test_the_outlets_reporter_is_no_source_of_the_toll() -> None:
    from summarizer.claimant_checks import the_outlets_reporter

    text = (
        "INDONESIA VIOLENCE\n\n"
        "Two policemen were killed in a weekend attack in Aceh province. Ron Corben reports from our Southeast "
        "Asia bureau in Bangkok, analysts fear the violence may spread."
    )
    art = _article(text, dt.date(2000, 1, 9))
    assert the_outlets_reporter("Ron Corben", art)
    assert not the_outlets_reporter("analysts", art)
    assert the_outlets_reporter(
        "Scott Stearns", _article("As Correspondent Scott Stearns tells it, ...", dt.date(2000, 1, 9))
    )


IRAQ_ROUNDUP = (
    "Insurgents Attack Iraqi Police Station Near Baquba\n\n"
    "In Iraq, insurgents attacked police stations in a central region of the country, near the city of Baquba "
    "Tuesday.\n\n"
    "Local officials say at least 12 people were wounded in the attack on two police stations. They say at least "
    "one of the attackers was also killed.\n\n"
    "In Baghdad, on Monday, six people were killed in back-to-back bombings at two churches.\n\n"
    "Earlier, another attack by gunmen killed three people on the main road to Baghdad airport."
)


def test_a_toll_whose_own_sentence_opens_another_happening_leaves_the_event() -> None:
    from summarizer.claim_home import release_other_happenings

    art = _article(IRAQ_ROUNDUP, dt.date(2004, 11, 9))
    draft = DraftEvent(
        sentences=[2, 3], sub_event_type="Attack", date="Tuesday", place="Baquba", region="", country="Iraq",
        actor1="insurgents", actor1_type="Rebel group", actor2="police", actor2_type="State forces",
        claims=[DraftClaim(figure="at least one", victims="non_state", claimant="local officials", sentence=4),
                DraftClaim(figure="three", victims="unknown", claimant="", sentence=6)],
    )  # fmt: skip
    event = build_event(draft, art)[0]
    assert sorted(c.low or 0 for c in event.fatality_claims) == [1, 3]
    release_other_happenings(art, [event])
    assert [c.low for c in event.fatality_claims] == [1]
    # the same opening that tells this attack's toll again keeps it
    # a suicide bomber's dead are another kind of attack's from the start (claimscope)
    bomber = IRAQ_ROUNDUP.replace("another attack by gunmen", "another suicide bomber")
    assert [c.low for c in build_event(draft, _article(bomber, dt.date(2004, 11, 9)))[0].fatality_claims] == [1]
    again = IRAQ_ROUNDUP.replace(
        "Earlier, another attack by gunmen killed three people on the main road to Baghdad airport.",
        "Later, a second official said three people were killed in the attack.",
    ).replace("In Baghdad, on Monday, six people were killed in back-to-back bombings at two churches.",
              "Police said both stations were badly damaged.")  # fmt: skip
    art = _article(again, dt.date(2004, 11, 9))
    kept = build_event(draft, art)[0]
    release_other_happenings(art, [kept])
    assert sorted(c.low or 0 for c in kept.fatality_claims) == [1, 3]


def test_where_the_raiders_came_from_is_not_where_they_struck() -> None:
    from summarizer.setting_country import setting_country

    raid = ["Palestinian militants in the Gaza Strip have carried out a deadly cross-border raid."]
    assert setting_country(raid, "Israel") is None
    assert setting_country(["Militants carried out a deadly attack in the Gaza Strip."], "Israel") == "Palestine"


def test_a_protest_that_left_its_own_dead_is_no_peaceful_one() -> None:
    from summarizer.subtype_checks import checked_sub_type

    draft = DraftEvent(
        sentences=[1], sub_event_type="Protest with intervention", date="Sunday", place="", region="",
        country="Pakistan", actor1="protesters", actor1_type="Protesters", actor2="police", actor2_type="State forces", claims=[],
    )  # fmt: skip
    deadly = ["The visit comes on the heels of anti-American protests Sunday that left one person dead."]
    assert checked_sub_type(draft, deadly)[0] == "Violent demonstration"
    calm = ["Thousands marched down the main road of the village on Sunday."]
    assert checked_sub_type(draft, calm)[0] == "Peaceful protest"


def test_the_sentence_holding_an_offset() -> None:
    art = _article("HEADLINE\n\nFirst sentence here. Second one.", dt.date(2020, 1, 1))
    assert art.sentence_at(0) == 0
    assert art.sentence_at(art.text.index("Second")) == 2
    assert art.sentence_at(None) is None and art.sentence_at(len(art.text) + 5) is None
