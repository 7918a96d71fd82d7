"""Checks from the forty-second session, read from batch 124's first run: words for
fighters the alias table did not know, a group named after its members' word, victims of a
kidnapping, a toll after a comma, a capital that stands for its government, and a change of
hands told with the other side as its subject."""

from __future__ import annotations

import datetime as dt

from summarizer.actors import canonical_actor
from summarizer.article import Article
from summarizer.dates import find_date_phrase, resolve_date
from summarizer.deaths import find_figures
from summarizer.draft import DraftEvent
from summarizer.event_dates import event_date
from summarizer.found_in_text import events_in_text
from summarizer.found_parts import air_strike_told_before, joined_to_a_coded
from summarizer.found_places import named_where
from summarizer.found_unnumbered import unnumbered
from summarizer.happening import tells_a_happening
from summarizer.keywords import classify
from summarizer.other_places import only_a_destination
from summarizer.running_numbers import unnumbered_deaths
from summarizer.schema import Actor, ArticleMeta, DateSpan, Event, FatalityClaim, Location
from summarizer.subtype_checks import checked_sub_type
from summarizer.targets import _hit_a_civilian_place
from summarizer.territory import taker_told
from summarizer.text import sentence_spans


def _article(text: str, day: dt.date) -> Article:
    return Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=day))


def _deaths(text: str) -> list[tuple[int | None, int | None]]:
    found, _ = find_figures(text, sentence_spans(text), dt.date(2000, 5, 15))
    return [(f.low, f.high) for f in found]


def test_guerrillas_are_an_armed_group_and_take_the_name_before_them() -> None:
    assert (
        canonical_actor("Tamil Tiger guerrillas", country="Sri Lanka").name == "LTTE: Liberation Tigers of Tamil Eelam"
    )
    assert canonical_actor("the guerrillas", country="Colombia").name == "Unidentified Armed Group"
    assert canonical_actor("les rebelles", country="Central African Republic").name == "Unidentified Armed Group"
    assert canonical_actor("their captors", country="Nigeria").name == "Unidentified Armed Group"


def test_a_group_named_after_its_members_word_is_that_group() -> None:
    congo = "Democratic Republic of Congo"
    assert canonical_actor("rebels of the ADF", country=congo).name == "ADF: Allied Democratic Forces"
    assert canonical_actor("les rebelles du M23", country=congo).name == "M23: March 23 Movement"
    assert canonical_actor("fighters from Hizbul Mujahideen", country="India").name == "Hizbul Mujahideen"
    # a tail the table does not know stays generic
    assert canonical_actor("rebels of the north", country="Mali").name == "Unidentified Armed Group"


def test_kidnap_victims_are_no_dead() -> None:
    assert _deaths("The kidnap victims include four Israelis, two Britons, a German and a Spaniard.") == []
    assert _deaths("The victims include four Israelis.") == [(4, 4)]


def test_one_killed_and_others_after_a_comma() -> None:
    text = "Suspected Muslim militants have killed a state government minister, and at least four other people."
    assert _deaths(text) == [(5, None)]


def test_a_toll_put_at_just_over_a_figure() -> None:
    text = "Military reports have put the death toll from the latest clashes between Muslim and Christian youths at just over 20."
    assert _deaths(text) == [(20, None)]


def test_a_capital_that_stands_for_its_government_is_no_place() -> None:
    text = (
        "Militants have killed a minister near Doru. From New Delhi, Anjana Pasricha reports. "
        "Meanwhile, New Delhi is trying to establish a dialogue with separatists. "
        "Militant groups have opposed efforts by New Delhi to open talks."
    )
    assert only_a_destination("New Delhi", text)
    # the capital where something happened stays a place
    assert not only_a_destination("New Delhi", text + " A bomb exploded in New Delhi on Monday.")


def test_the_taker_the_evidence_names_comes_first() -> None:
    army = Actor(name="Military Forces of Sri Lanka", type="State forces", aliases=["government troops"])
    tigers = Actor(
        name="LTTE: Liberation Tigers of Tamil Eelam", type="Rebel group", aliases=["Tamil Tiger guerrillas"]
    )
    quote = (
        "a weekend offensive in which Tamil Tiger guerrillas captured the strategic Elephant Pass, gateway to Jaffna."
    )
    a1, a2, flags = taker_told("Government regains territory", army, tigers, [quote])
    assert (a1, a2, flags) == (tigers, army, ["actors_swapped:taker_told"])
    # the state's own taking is left as it is
    retaken = "Government troops recaptured the town from the Tamil Tiger guerrillas."
    assert taker_told("Government regains territory", army, tigers, [retaken]) == (army, tigers, [])


def test_wounds_stones_and_rubber_bullets_are_conflict_words() -> None:
    assert classify("Four NATO peacekeepers have been wounded in a fight at a border crossing.") is not None
    assert classify("Kosovo Serbs threw stones toward the soldiers at the checkpoint.") == (
        "Riots",
        "Violent demonstration",
    )
    assert classify("Police fired rubber bullets at the crowd.") == ("Protests", "Protest with intervention")
    assert classify("Insurgents fired on American peacekeepers, who returned fire.") == ("Battles", "Armed clash")
    assert classify("The minister spoke about the economy.") is None


def _protest(sub: str) -> DraftEvent:
    return DraftEvent(
        sentences=[1], sub_event_type=sub, date="Sunday", place="Abidjan", region="", country="Ivory Coast",
        actor1="protesters", actor1_type="Protesters", actor2="police", actor2_type="State forces", claims=[],
    )  # fmt: skip


def test_a_protest_the_article_calls_violent_is_a_violent_demonstration() -> None:
    told = ["Violent demonstrations continue in Ivory Coast, where thousands took to the streets."]
    assert checked_sub_type(_protest("Protest with intervention"), told)[0] == "Violent demonstration"
    # riot police are no riot
    calm = ["Riot police watched as thousands marched peacefully through the city."]
    assert checked_sub_type(_protest("Peaceful protest"), calm)[0] == "Peaceful protest"


def test_a_rocket_that_slammed_into_a_fence_happened() -> None:
    assert tells_a_happening(["A rocket also slammed into the perimeter fence of his west Beirut home."])
    assert not tells_a_happening(["Rockets remain a threat to the city, officials say."])


def test_a_persons_home_town_is_no_place_of_the_event() -> None:
    sentence = (
        "He said the wounded man is from the southern Kosovo border town of Hani Elezit, about five kilometers away."
    )
    assert named_where(sentence, "Kosovo") is None
    assert named_where("A bomb exploded in Pristina on Monday.", "Kosovo") == "Pristina"


def test_a_new_kind_of_act_told_also_stands_without_a_town() -> None:

    text = (
        "Fighting Rages in Lebanon\n\n"
        "Hezbollah fighters and Israeli troops clashed on Friday near the village of Aita al-Shaab. "
        "Israeli jets also bombed several villages in southern Lebanon."
    )
    art = _article(text, dt.date(2006, 8, 4))
    strike = unnumbered(art, [], [], "Lebanon")[-1]  # the clash before it is found too: no event was coded
    assert strike.where is None and strike.sentences == [2]
    # a sentence with no "also" and no town of its own is left alone
    plain = text.replace("Israeli jets also bombed", "Israeli jets bombed")
    plain_art = _article(plain, dt.date(2006, 8, 4))
    assert all(f.sentences != [2] for f in unnumbered(plain_art, [], [], "Lebanon"))


def test_a_weekend_offensive_is_dated_to_the_weekend() -> None:

    monday = dt.date(2000, 4, 24)
    for sentence in ("after a weekend offensive by the rebels", "soldiers were killed in weekend fighting"):
        phrase = find_date_phrase(sentence)
        assert phrase is not None
        span = resolve_date(phrase, monday)
        assert (span.start, span.end) == (dt.date(2000, 4, 22), dt.date(2000, 4, 23))
    assert find_date_phrase("a weekend getaway to the coast") is None


def test_other_explosions_in_a_region_are_another_event_beside_a_placeless_one() -> None:

    text = (
        "INDIA/KASHMIR\n\n"
        "Suspected militants have killed a state minister with a landmine. "
        "Police said more than 10 security personnel were injured in at least two other explosions in southern "
        "Kashmir."
    )
    art = _article(text, dt.date(2000, 5, 15))
    coded = Event(
        salience="main", event_type="Explosions/Remote violence", sub_event_type="Remote explosive/landmine/IED",
        date=DateSpan(start=dt.date(2000, 5, 15), end=dt.date(2000, 5, 15), precision="day"),
        location=Location(country="India"), evidence=[art.sentence_text(1)],
    )  # fmt: skip
    (other,) = unnumbered(art, [coded], [], "India")
    assert other.sentences == [2]
    # the same sentence without "other" may be the placeless event told again
    same = text.replace("two other explosions", "two explosions")
    same_art = _article(same, dt.date(2000, 5, 15))
    assert unnumbered(same_art, [coded], [], "India") == []


TOURISTS = (
    "Colombia Launches Rescue Mission for Kidnapped Foreign Tourists - 2003-09-15\n\n"
    "Colombian authorities have mounted a search-and-rescue mission where suspected rebels kidnapped eight "
    "foreign tourists last week. "
    "They were abducted Friday night, as they slept in rustic cabins in the tropical forest."
)


def _abduction(date: str) -> DraftEvent:
    return DraftEvent(
        sentences=[2], sub_event_type="Abduction/forced disappearance", date=date, place="", region="",
        country="Colombia", actor1="suspected rebels", actor1_type="Rebel group", actor2="tourists",
        actor2_type="Civilians", claims=[],
    )  # fmt: skip


def test_a_headlines_date_stamp_is_no_event_date_and_the_deeds_day_narrows_the_week() -> None:

    art = _article(TOURISTS, dt.date(2003, 9, 15))
    date, flags = event_date(_abduction("2003-09-15"), art, [art.sentence_text(1)])
    assert "date_of_the_page_stamp" in flags
    assert date.start == dt.date(2003, 9, 12)  # Friday of last week
    # two different days of the week leave the week as it is
    two = TOURISTS + " Two more tourists were kidnapped on Wednesday near the coast."
    art2 = _article(two, dt.date(2003, 9, 15))
    assert event_date(_abduction("2003-09-15"), art2, [art2.sentence_text(1)])[0].precision == "week"


def test_the_nth_strike_this_year_is_one_happening() -> None:
    text = "The 60th strike this year occurred on December 16 in Dujuma village area, killing one al-Shabab militant."
    found, _ = find_figures(text, sentence_spans(text), dt.date(2019, 12, 22))
    assert [(f.low, f.scope) for f in found] == [(1, "event")]
    tally = "More than 300 people have been killed this year, officials say."
    found, _ = find_figures(tally, sentence_spans(tally), dt.date(2019, 12, 22))
    assert [f.scope for f in found] == ["cumulative"]


def test_a_bare_strike_after_air_strikes_is_an_air_strike() -> None:

    text = (
        "US Strikes\n\n"
        "The U.S. military has carried out 60 airstrikes this year. Last year it conducted 47 strikes. "
        "The 60th strike occurred on December 16 in Dujuma, killing one militant."
    )
    art = _article(text, dt.date(2019, 12, 22))
    clash = ("Battles", "Armed clash")
    assert air_strike_told_before(art, 3, clash) == ("Explosions/Remote violence", "Air/drone strike")
    # with no air strike told before, a strike stays what the keywords say
    ground = text.replace("60 airstrikes", "60 raids").replace("conducted 47 strikes", "made 47 raids")
    art2 = _article(ground, dt.date(2019, 12, 22))
    assert air_strike_told_before(art2, 3, clash) == clash


def test_a_found_toll_joins_the_coded_strike_that_counts_none() -> None:

    day = DateSpan(start=dt.date(2018, 4, 28), end=dt.date(2018, 4, 28), precision="day")
    where = Location(country="Yemen", admin1="Amanat al Asimah", place="Sanaa")

    def strike(claims: list[FatalityClaim]) -> Event:
        return Event(
            salience="main", event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
            date=day, location=where, fatality_claims=claims,
        )  # fmt: skip

    coded = strike([])
    found = strike([FatalityClaim(low=38, high=None, victims="non_state", claimant="al-Arabia television")])
    assert joined_to_a_coded(found, [coded])
    assert coded.fatalities_acled == 38 and "toll_found_in_text" in coded.flags
    # a coded event with its own toll keeps it; the found one stays apart
    counted = strike([FatalityClaim(low=2, high=2, victims="non_state", claimant="outlet")])
    assert not joined_to_a_coded(found, [counted])


def _found_beside_a_clash(country: str, town: str, lead: str, other: str) -> list[tuple[str, str | None]]:

    text = f"Headline\n\n{lead} {other}"
    art = _article(text, dt.date(2007, 5, 26))
    friday = DateSpan(start=dt.date(2007, 5, 25), end=dt.date(2007, 5, 25), precision="day", text="Friday")
    clash = Event(
        salience="main", event_type="Battles", sub_event_type="Armed clash", date=friday,
        location=Location(country=country, place=town), evidence=[art.sentence_text(1)],
        actor1=Actor(name="Unidentified Armed Group", type="Rebel group"),
    )  # fmt: skip
    return [(e.sub_event_type, e.location.place) for e in events_in_text(art, [clash])]


def test_a_new_weapon_on_a_day_of_its_own_stands_without_a_town() -> None:
    lead = "Israeli troops clashed with Hezbollah fighters near Tyre on Friday."
    rockets = "Hezbollah fired a heavy barrage of rockets at towns across northern Israel today."
    assert _found_beside_a_clash("Lebanon", "Tyre", lead, rockets) == [("Shelling/artillery/missile attack", None)]
    # the same weapon told with no day, no "also" and no opening of its own is no new event
    assert _found_beside_a_clash("Lebanon", "Tyre", lead, rockets.replace(" today", "")) == []


def test_another_bomb_and_forces_that_bombed_are_events() -> None:
    assert classify("Another bomb hit the Sadr City region of Baghdad.") == (
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
    )
    assert classify("Pro-Gadhafi forces bombed Ajdabiya on Monday.") == (
        "Explosions/Remote violence",
        "Air/drone strike",
    )


def test_a_town_also_taken_is_the_storys_news_even_with_no_day() -> None:
    lead = "Rebels attacked the town of Sibut on Friday."
    taken = "The source said the rebels have also taken the western town of Bossangoa."
    assert _found_beside_a_clash("Central African Republic", "Sibut", lead, taken) == [
        ("Non-state actor overtakes territory", "Bossangoa")
    ]
    old = "The rebels had taken the western town of Bossangoa."
    assert _found_beside_a_clash("Central African Republic", "Sibut", lead, old) == []


def test_two_explosions_with_a_toll_are_a_found_event() -> None:
    lead = "Rebels clashed with troops in Damascus on Friday."
    blasts = (
        "The Observatory said the death toll from two explosions at the University of Aleppo on Tuesday rose to 87."
    )
    assert _found_beside_a_clash("Syria", "Damascus", lead, blasts) == [("Remote explosive/landmine/IED", "Aleppo")]


def test_a_found_event_in_a_province_the_gazetteer_lacks_is_not_at_the_storys_town() -> None:
    lead = "Militants attacked soldiers in Kandahar on Friday."
    bomb = "Also, a roadside bomb killed a Latvian NATO soldier in northern Afghanistan's Maimana province."
    assert _found_beside_a_clash("Afghanistan", "Kandahar", lead, bomb) == [("Remote explosive/landmine/IED", None)]


def test_one_named_leader_also_killed_is_one_dead() -> None:

    told = "A local leader of a Sunni party, Ahmed Fatihi al-Jubouri, was also killed Wednesday as he left a mosque."
    assert unnumbered_deaths([told]) == "one"
    assert unnumbered_deaths(["Several people were also killed in the clashes."]) == "limited"


def test_a_conflicts_one_insurgency_names_its_bare_rebels() -> None:
    assert canonical_actor("the guerrillas", country="Nepal").name == "CPN-M: Communist Party of Nepal (Maoist)"
    assert canonical_actor("the rebels", country="Sri Lanka").name == "LTTE: Liberation Tigers of Tamil Eelam"
    assert canonical_actor("rebels", country="Turkey").name == "PKK: Kurdistan Workers Party"
    # where several groups fight, bare rebels stay unnamed
    assert canonical_actor("rebels", country="Colombia").name == "Unidentified Armed Group"


def test_bare_rebels_where_one_group_fights_and_a_civilian_place_still_hit() -> None:

    assert canonical_actor("rebels", country="Yemen").name == "Houthi Movement"
    assert canonical_actor("militants", country="Somalia").name == "Al Shabaab"
    rebels = canonical_actor("rebels", country="Syria")
    assert rebels.name == "Opposition Rebels (Syria)"
    # a market in a rebel-held district hit by an air strike is still a civilian place: the
    # country in the group's name and its kind of group name no one in the evidence
    told = ["Government aircraft bombed a market in a rebel-held district of Aleppo, Syria, killing 33 people."]
    dead = [FatalityClaim(low=33, high=None, victims="unknown", claimant="activists")]
    assert _hit_a_civilian_place(rebels, dead, told)


def test_an_aircraft_shot_down_is_a_fight_not_its_strike() -> None:
    told = (
        "Eritrea says it shot down an Ethiopian fighter jet Sunday and captured an Ethiopian helicopter gunship Friday."
    )
    assert classify(told) == ("Battles", "Armed clash")
    assert classify("A helicopter gunship attacked the village.") == ("Explosions/Remote violence", "Air/drone strike")
