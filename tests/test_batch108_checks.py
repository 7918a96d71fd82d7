"""Checks from batch 108's first unread run: a nation's one more dead, another town's part of
a toll, a crowd's own violence and its day, and a victim side the model made up."""

from __future__ import annotations

import datetime as dt

from summarizer.article import Article
from summarizer.deaths import find_figures
from summarizer.draft import DraftClaim, DraftEvent
from summarizer.event_dates import event_date
from summarizer.records import build_event
from summarizer.schema import Actor, ArticleMeta, DateSpan, Event, Location
from summarizer.subtype_checks import checked_sub_type
from summarizer.text import sentence_spans
from summarizer.town_tolls import FLAG, tolls_of_named_towns


def _article(text: str, day: dt.date) -> Article:
    return Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=day))


def _values(sentence: str) -> list[int | None]:
    return [f.low for f in find_figures(sentence, [(0, len(sentence))])[0]]


def test_one_more_dead_told_by_nationality_joins_the_figure() -> None:
    assert _values("Gunmen have killed two Americans and an Indonesian in an attack near a mine.") == [3]
    assert _values("Militants killed three Afghans and a Briton on Monday.") == [4]
    # no nation after "and": the figure stands alone
    assert _values("Gunmen killed two Americans and wounded a Canadian on Monday.") == [2]


def _crowd(sub: str, date: str = "") -> DraftEvent:
    return DraftEvent(
        sentences=[1, 2], sub_event_type=sub, date=date, place="", region="", country="Venezuela",
        actor1="protesters", actor1_type="Protesters", actor2="security forces", actor2_type="State forces",
        claims=[],
    )  # fmt: skip


def test_a_crowd_that_throws_stones_is_a_violent_demonstration() -> None:
    told = ["Student demonstrators threw stones and Molotov cocktails at security forces in Caracas."]
    assert checked_sub_type(_crowd("Protest with intervention"), told)[0] == "Violent demonstration"
    gassed = ["Police fired tear gas at demonstrators who marched on the palace."]
    assert checked_sub_type(_crowd("Protest with intervention"), gassed)[0] == "Protest with intervention"


def test_a_crowds_day_dates_a_crowds_event_over_a_holidays_day() -> None:
    text = (
        "Protests Go On\n\n"
        "Protesters clashed with security forces overnight in Caracas. "
        "Barricades blocked streets Saturday in the capital as demonstrators threw stones at the police. "
        "Venezuelans began a week-long national holiday on Thursday."
    )
    art = _article(text, dt.date(2014, 3, 1))
    evidence = [art.sentence_text(1), art.sentence_text(2)]
    date, flags = event_date(_crowd("Violent demonstration", "on Thursday"), art, evidence)
    assert date.start == dt.date(2014, 3, 1)
    assert any(f.startswith("date_from_evidence:") for f in flags)


_TWO_TOWNS = (
    "Four Dead in Protests\n\n"
    "At least four people have been killed in clashes between security forces and protesters in Mali. "
    "The security minister said Wednesday that one person was shot dead in the capital, Bamako, while "
    "three others were killed in the city of Kayes, in the west."
)


def test_a_part_of_a_toll_told_of_another_town_is_that_towns_event() -> None:
    art = _article(_TWO_TOWNS, dt.date(2017, 10, 19))
    draft = DraftEvent(
        sentences=[2, 3], sub_event_type="Protest with intervention", date="Wednesday", place="Bamako",
        region="", country="Mali", actor1="protesters", actor1_type="Protesters", actor2="security forces",
        actor2_type="State forces",
        claims=[
            DraftClaim(figure="one", victims="unknown", claimant="security minister", sentence=3),
            DraftClaim(figure="three", victims="unknown", claimant="security minister", sentence=3),
        ],
    )  # fmt: skip
    event, _ = build_event(draft, art)
    assert event.fatalities_acled == 1  # the three of Kayes are not Bamako's
    found = tolls_of_named_towns(art, [event])
    assert [(ev.location.place, ev.fatalities_acled, ev.sub_event_type) for ev in found] == [
        ("Kayes", 3, event.sub_event_type)
    ]
    assert FLAG in found[0].flags
    # a town some event is at already gets no second event
    assert tolls_of_named_towns(art, [event, *found]) == []


def test_a_victim_side_the_model_made_up_gives_way_to_civilians() -> None:
    text = (
        "Americans Killed\n\n"
        "Unidentified gunmen have killed two Americans and an Indonesian in an attack near a copper mine in "
        "Indonesia's Papua province. Police say the group was traveling in a convoy of cars near Timika."
    )
    art = _article(text, dt.date(2002, 8, 31))
    draft = DraftEvent(
        sentences=[1], sub_event_type="Attack", date="", place="Timika", region="Papua", country="Indonesia",
        actor1="American police", actor1_type="State forces", actor2="unidentified gunmen",
        actor2_type="Rebel group",
        claims=[DraftClaim(figure="two", victims="unknown", claimant="police", sentence=1)],
    )  # fmt: skip
    event, _ = build_event(draft, art)
    assert event.actor1 is not None and event.actor1.name == "Unidentified Armed Group"
    assert event.actor2 is not None and event.actor2.type == "Civilians"
    assert event.fatalities_acled == 3


def test_the_death_a_crowd_rose_over_is_no_death_of_its_own() -> None:
    from summarizer.running_numbers import unnumbered_deaths

    over = "Police and demonstrators clashed for a third day Thursday over the killing of a local gang leader."
    assert unnumbered_deaths([over]) is None
    assert (
        unnumbered_deaths(["Protesters and police exchanged gunfire; there are no confirmed reports of injuries."])
        is None
    )
    # deaths of the protest itself still count, told beside the grievance
    assert unnumbered_deaths(["Police killed protesters during a march over the killing of a student."]) == "limited"


def test_a_weeks_fight_near_a_town_is_one_fight_not_a_running_toll() -> None:
    from summarizer.figure_scope import is_cumulative

    assert not is_cumulative("Two soldiers were killed and five wounded during heavy fighting near Laukkai this week.")
    assert is_cumulative("More than 300 people have been killed in the fighting so far this year.")


def test_a_deed_launched_on_another_day_is_told_as_another_attack() -> None:
    from summarizer.death_words import AN_ATTACK

    assert AN_ATTACK.search("On Sunday, militants launched their bloodiest ever attack on the army, killing 16.")
    assert not AN_ATTACK.search("On Sunday, officials said their troops killed 16 militants.")


def test_captives_often_released_is_a_habit_not_a_release() -> None:
    from summarizer.found_releases import released_captives

    text = (
        "Search for Hostages\n\n"
        "Gunmen abducted three Chinese oil workers Thursday in the Niger Delta. "
        "Hostages are often released after negotiations with kidnappers and the payment of ransom."
    )
    assert released_captives(_article(text, dt.date(2007, 1, 26)), [], "Nigeria") == []
    told = text.replace("are often released", "were released on Friday")
    assert len(released_captives(_article(told, dt.date(2007, 1, 26)), [], "Nigeria")) == 1


def _bombing(told: str, day: dt.date, country: str, town: str, admin1: str, doer: str, hit: str) -> Event:
    """A checked IED record as the pipeline hands it to the side checks, built by hand."""
    return Event(
        salience="main", event_type="Explosions/Remote violence", sub_event_type="Remote explosive/landmine/IED",
        date=DateSpan(start=day, end=day, precision="day", text=None),
        location=Location(country=country, admin1=admin1, place=town, geo_precision=1),
        actor1=Actor(name=doer, type="Rebel group", aliases=[]),
        actor2=Actor(name=hit, type="Civilians" if hit == "Civilians" else "State forces", aliases=[]),
        evidence=[told],
    )  # fmt: skip


def test_a_bombing_against_a_force_hit_that_force() -> None:
    from summarizer.aimed_at import aimed_at_a_force

    told = "In other violence Sunday, a double bomb attack in Baghdad against Iraqi security forces killed four people."
    event = _bombing(told, dt.date(2008, 8, 24), "Iraq", "Baghdad", "Baghdad", "Unidentified Armed Group", "Civilians")
    aimed_at_a_force([event], "Iraq")
    assert event.actor2 is not None and event.actor2.name == "Military Forces of Iraq"
    event.actor2 = Actor(name="Civilians", type="Civilians", aliases=[])
    event.evidence = ["A bomb exploded in a crowded market in Baghdad, killing four people."]
    aimed_at_a_force([event], "Iraq")
    assert event.actor2.name == "Civilians"


def test_the_side_that_launched_a_large_scale_offensive_comes_first() -> None:
    from summarizer.sides import told_order

    told = "Rebels say fighting has intensified since the military launched a large scale offensive against them."
    assert told_order("Kokang rebels", "state forces", [told], "Armed clash", (False, True))[0] == "swap"


def test_deadly_blasts_are_explosions() -> None:
    from summarizer.keywords import classify

    kind = classify("The government clamped down on news coverage of Saturday's deadly blasts in the capital.")
    assert kind is not None and kind[0] == "Explosions/Remote violence"


def test_people_seized_or_captured_are_no_territory_taken() -> None:
    from summarizer.territory import territory_taken

    assert territory_taken("An army spokesman said that 21 attackers were captured along with some arms.") is None
    assert territory_taken("Gunmen seized them Tuesday near the town of Patikul on Jolo Island.") is None
    assert territory_taken("Al-Shabab fighters captured the town of Yeed on Sunday.") is not None


def test_dead_counted_without_a_violence_word_take_the_next_sentence_that_tells_the_killing() -> None:
    from summarizer.evidence import evidence_sentences

    text = (
        "Sides Trade Blame Over Deaths\n\n"
        "Rebels and the coalition blamed each other on Monday for the deaths of more than 20 civilians in a village. "
        "The victims include children. "
        "The rebels blame coalition airstrikes while state television says the rebels killed the civilians."
    )
    art = _article(text, dt.date(2019, 3, 11))
    draft = DraftEvent(
        sentences=[1, 2, 3], sub_event_type="Violent demonstration", date="Monday", place="", region="",
        country="Yemen", actor1="rebels", actor1_type="Rebel group", actor2="coalition", actor2_type="State forces",
        claims=[DraftClaim(figure="more than 20", victims="civilians", claimant="", sentence=2)],
    )  # fmt: skip
    numbers, flags = evidence_sentences(draft, art)
    assert numbers == [4] and any(f.startswith("evidence_replaced:") for f in flags)
    # no dead counted: the cited sentences stand (the event is then judged on them)
    quiet = text.replace("the deaths of more than 20 civilians", "the unrest")
    draft_quiet = draft.model_copy(update={"claims": []})
    assert evidence_sentences(draft_quiet, _article(quiet, dt.date(2019, 3, 11)))[0] == [1, 2, 3]


def test_dead_mostly_of_a_force_are_that_forces_dead() -> None:
    told = "A car bomb killed at least 25 people, most of them policemen."
    assert [f.victims for f in find_figures(told, [(0, len(told))])[0]] == ["state_forces"]


def test_other_incidents_dead_told_in_a_lump_are_no_event() -> None:
    from summarizer.other_kind import OTHER_DEAD_IN_INCIDENTS

    assert OTHER_DEAD_IN_INCIDENTS.search("At least nine other Iraqis died Thursday in gun violence and bombings.")
    assert not OTHER_DEAD_IN_INCIDENTS.search("Two other soldiers were killed in the same attack.")


def test_officials_fired_on_are_the_government_hit_not_its_army() -> None:
    from summarizer.state_branch import branch_of_the_dead

    told = "Police said the bomb was detonated shortly after gunmen in another car opened fire on nearby government officials."
    event = _bombing(
        told, dt.date(2015, 12, 19), "Somalia", "Mogadishu", "Banadir", "Al Shabaab", "Military Forces of Somalia"
    )
    branch_of_the_dead([event])
    assert event.actor2 is not None and event.actor2.name == "Government of Somalia"
    event.actor2 = Actor(name="Military Forces of Somalia", type="State forces", aliases=[])
    event.evidence = ["A car bomb exploded near an army checkpoint in Mogadishu."]
    branch_of_the_dead([event])
    assert event.actor2.name == "Military Forces of Somalia"


def test_a_countrys_days_toll_is_no_towns_toll() -> None:
    from summarizer.figure_scope import is_cumulative

    assert is_cumulative("The Observatory reported at least 24 deaths throughout Syria on Monday.")
    assert not is_cumulative("Gunmen fired throughout the night, killing four people.")


def test_an_offensive_told_as_going_on_is_a_happening() -> None:
    from summarizer.happening import tells_a_happening

    assert tells_a_happening(["Syrian forces are continuing to attack rebel-held areas across the country."])
    assert not tells_a_happening(["Aid agencies are worried about the situation in the region."])


def test_a_day_the_sentence_counts_from_does_not_date_the_attack() -> None:
    text = (
        "Rebels Kill 12 Police\n\n"
        "In Nepal, 12 policemen have been killed in an ambush, the second attack since a new government took power "
        "a month ago. Officials say a police van hit a landmine."
    )
    art = _article(text, dt.date(2004, 7, 5))
    draft = DraftEvent(
        sentences=[2, 3], sub_event_type="Attack", date="on July 5", place="", region="", country="Nepal",
        actor1="rebels", actor1_type="Rebel group", actor2="police", actor2_type="State forces", claims=[],
    )  # fmt: skip
    date, _ = event_date(draft, art, [art.sentence_text(1), art.sentence_text(2)])
    assert date.start == dt.date(2004, 7, 5)  # the publication day, flagged; not June from "a month ago"


def test_a_figure_moved_off_as_an_earlier_periods_is_no_rival_count() -> None:
    from summarizer.rival_claims import add_rival_claims

    text = (
        "Attacks Continue in Darfur\n\n"
        "The African Union says at least 30 civilians were killed when unknown armed militias attacked Sirba "
        "village in western Darfur, Saturday. "
        "The attackers could not be identified. "
        "Earlier this month, an attack on civilians in Darfur drew outrage, after the United Nations reported "
        "27 children had been killed by janjaweed militias."
    )
    art = _article(text, dt.date(2006, 11, 14))
    draft = DraftEvent(
        sentences=[2, 3], sub_event_type="Attack", date="Saturday", place="Sirba", region="West Darfur",
        country="Sudan", actor1="unknown armed militias", actor1_type="Political militia", actor2="civilians",
        actor2_type="Civilians",
        claims=[
            DraftClaim(figure="at least 30", victims="civilians", claimant="African Union", sentence=2),
            DraftClaim(figure="27", victims="civilians", claimant="United Nations", sentence=4),
        ],
    )  # fmt: skip
    event, _ = build_event(draft, art)
    add_rival_claims(art, [event])
    assert event.fatalities_acled == 30
    assert [c.low for c in event.fatality_claims] == [30]


def test_one_armed_side_whose_dead_are_all_civilians_attacked_them() -> None:
    text = (
        "Civilian Deaths Investigated\n\n"
        "NATO officials say they are investigating reports that ten civilians, many of them children, were killed "
        "during a military operation in Kunar province."
    )
    art = _article(text, dt.date(2009, 12, 28))
    draft = DraftEvent(
        sentences=[2], sub_event_type="Armed clash", date="", place="", region="Kunar", country="Afghanistan",
        actor1="NATO", actor1_type="External/Other forces", actor2="unknown", actor2_type="Civilians",
        claims=[DraftClaim(figure="ten", victims="civilians", claimant="NATO", sentence=2)],
    )  # fmt: skip
    event, _ = build_event(draft, art)
    assert (event.sub_event_type, event.actor2 and event.actor2.name) == ("Attack", "Civilians")


def test_a_toll_since_a_summit_ended_is_a_running_one() -> None:
    from summarizer.figure_scope import is_cumulative

    assert is_cumulative("Authorities say more than 250 people have died in the region since the summit ended.")
    assert not is_cumulative("The attack is the deadliest since the truce collapsed.")


def test_another_serviceman_killed_is_one_state_dead() -> None:
    from summarizer.running_numbers import unnumbered_deaths
    from summarizer.victims import victims_of

    assert unnumbered_deaths(["Another government serviceman was killed overnight in the Luhansk region."]) == "one"
    assert victims_of("a government serviceman") == "state_forces"


def test_a_claim_the_authorities_dismiss_as_bogus_names_no_doer() -> None:
    from summarizer.responsibility import sides_from_claims

    text = (
        "Market Bombing\n\n"
        "A bomb killed at least three people in a market in Koronadal on Thursday. "
        "A man claiming to be from Abu Sayyaf called the mayor to take responsibility for the bombing. "
        "But authorities dismiss the claim as bogus."
    )
    art = _article(text, dt.date(2003, 7, 11))
    draft = DraftEvent(
        sentences=[2], sub_event_type="Remote explosive/landmine/IED", date="Thursday", place="Koronadal",
        region="", country="Philippines", actor1="", actor1_type="Rebel group", actor2="people",
        actor2_type="Civilians",
        claims=[DraftClaim(figure="at least three", victims="unknown", claimant="", sentence=2)],
    )  # fmt: skip
    event, _ = build_event(draft, art)
    sides_from_claims(art, [event], "Philippines")
    assert event.actor1 is not None and event.actor1.name == "Unidentified Armed Group"
    credited = _article(text.replace("dismiss the claim as bogus", "are checking it"), dt.date(2003, 7, 11))
    event2, _ = build_event(draft, credited)
    sides_from_claims(credited, [event2], "Philippines")
    assert event2.actor1 is not None and event2.actor1.name != "Unidentified Armed Group"


def test_a_figure_in_a_clause_told_as_a_separate_attack_leaves_the_event() -> None:
    text = (
        "Bombings in Iraq\n\n"
        "U.S. military officials say a roadside bomb north of Baghdad killed three American soldiers, and in a "
        "separate attack, four people died in a suicide bombing in northern Iraq. "
        "Officials said the soldiers' vehicle was traveling near the town of Samarra Wednesday."
    )
    art = _article(text, dt.date(2003, 12, 24))
    draft = DraftEvent(
        sentences=[2, 3], sub_event_type="Remote explosive/landmine/IED", date="Wednesday", place="Samarra",
        region="", country="Iraq", actor1="", actor1_type="Rebel group", actor2="American soldiers",
        actor2_type="External/Other forces",
        claims=[
            DraftClaim(figure="three", victims="foreign_forces", claimant="U.S. military officials", sentence=2),
            DraftClaim(figure="four", victims="unknown", claimant="U.S. military officials", sentence=2),
        ],
    )  # fmt: skip
    event, context = build_event(draft, art)
    assert event.fatalities_acled == 3
    assert any(f.startswith("claim_of_a_separate_happening:4") for f in event.flags)
