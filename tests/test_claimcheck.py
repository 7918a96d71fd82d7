"""The model's death figures against the figures code found: hand-made drafts, real checks."""

from __future__ import annotations

import datetime as dt

from summarizer.article import Article
from summarizer.draft import DraftClaim, DraftEvent
from summarizer.records import build_event, is_conflict_event
from summarizer.schema import ArticleMeta
from summarizer.text import sentence_spans

TRAIN = (
    "Gunmen storm train in northern province\n\n"
    "Gunmen attacked a passenger train near the town of Kalta on Tuesday, officials said. "
    "The army said 300 passengers were freed, 40 of whom were injured, after a day-long operation. "
    "Five soldiers were killed in the fighting, the army said. "
    "Since the insurgency began in 2015, more than 20,000 lives have been lost and two million people displaced."
)


def article(text: str, outlet: str | None = "Test Wire") -> Article:
    return Article(
        text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2023, 8, 4), outlet=outlet)
    )


def draft(sentences: list[int], claims: list[DraftClaim], **kw: str) -> DraftEvent:
    fields = {
        "sub_event_type": "Armed clash", "date": "on Tuesday", "place": "Kalta", "region": "", "country": "Nigeria",
        "actor1": "Gunmen", "actor1_type": "Rebel group", "actor2": "soldiers", "actor2_type": "State forces",
    } | kw  # fmt: skip
    return DraftEvent(sentences=sentences, claims=claims, **fields)  # type: ignore[arg-type]


def claim(figure: str, sentence: int, victims: str = "mixed", claimant: str = "army") -> DraftClaim:
    return DraftClaim(figure=figure, victims=victims, claimant=claimant, sentence=sentence)  # type: ignore[arg-type]


def test_freed_injured_and_war_long_figures_never_reach_the_totals() -> None:
    art = article(TRAIN)
    ev, context = build_event(
        draft([2, 3, 4], [claim("300", 3), claim("40", 3), claim("Five", 4), claim("more than 20,000", 5)]), art
    )
    assert [(c.low, c.victims, c.claimant) for c in ev.fatality_claims] == [(5, "state_forces", "army")]
    assert ev.fatalities_acled == 5
    assert [c.low for c in context] == [20000]
    assert any(f.startswith("claim_not_a_death_figure:300") for f in ev.flags)
    assert any(f.startswith("claim_not_a_death_figure:40") for f in ev.flags)
    assert any(f.startswith("claim_cumulative_scope") for f in ev.flags)


def test_a_figure_the_article_does_not_give_is_dropped_with_a_flag() -> None:
    ev, _ = build_event(draft([2], [claim("seven", 2)]), article(TRAIN))
    assert ev.fatality_claims == [] and ev.fatalities_acled == 0  # nothing invented
    assert "claim_not_a_checked_death_figure:seven" in ev.flags


def test_when_every_model_figure_fails_the_evidence_figures_stand_in() -> None:
    # the model says "seven"; its evidence says "Five soldiers were killed ... the army said"
    ev, _ = build_event(draft([2, 4], [claim("seven", 4)]), article(TRAIN))
    assert [(c.low, c.high, c.victims, c.claimant) for c in ev.fatality_claims] == [(5, 5, "state_forces", "army")]
    assert "claim_not_a_checked_death_figure:seven" in ev.flags
    assert "claim_from_evidence:Five" in ev.flags
    # a valid model figure beside it: nothing is added from the other evidence sentences
    text = TRAIN.replace("on Tuesday, officials said", "on Tuesday, killing two guards, officials said")
    ev2, _ = build_event(draft([2, 4], [claim("Five", 4, "state_forces")]), article(text))
    assert [c.low for c in ev2.fatality_claims] == [5]


def test_unattributed_figure_goes_to_the_outlet_even_if_the_model_names_someone_else() -> None:
    text = "Attack in Kalta\n\nGunmen killed five villagers in Kalta on Tuesday. The UN condemned the attack."
    ev, _ = build_event(draft([2], [claim("five", 2, "civilians", claimant="UN")], actor2="villagers"), article(text))
    assert ev.fatality_claims[0].claimant == "UN"  # named in the next sentence: the model's reading is kept
    ev, _ = build_event(
        draft([2], [claim("five", 2, "civilians", claimant="police")], actor2="villagers"), article(text)
    )
    assert ev.fatality_claims[0].claimant == "Test Wire"


def test_evidence_that_names_no_violence_is_looked_at_again() -> None:
    text = (
        "Mali: 14 soldiers killed\n\n"
        "Photo: a file picture of a patrol.\n\n"
        "At least 14 Malian soldiers were killed and 11 injured on Tuesday in clashes with jihadists near Boni. "
        "Copyright 2023 Test Wire."
    )
    art = article(text)
    ev, _ = build_event(draft([2, 4], [claim("at least 14", 3, "state_forces")], place="Boni"), art)
    assert is_conflict_event(ev)
    assert any("Malian soldiers were killed" in q for q in ev.evidence)
    assert any(f.startswith("evidence_replaced") for f in ev.flags)
    assert ev.fatalities_acled == 14


def test_french_event_survives_the_conflict_word_check() -> None:
    text = (
        "Mali : une embuscade fait au moins dix morts\n\n"
        "Au moins dix soldats maliens ont été tués mardi dans une embuscade tendue par des jihadistes près de Douentza, "
        "a indiqué l'armée dans un communiqué. Les assaillants ont perdu une quinzaine de combattants, selon la même source."
    )
    ev, _ = build_event(
        draft(
            [2, 3],
            [claim("Au moins dix", 2, "state_forces"), claim("une quinzaine", 3, "non_state")],
            place="Douentza",
            date="mardi",
            country="Mali",
            actor1="jihadistes",
            actor2="soldats maliens",
        ),
        article(text),
    )
    assert is_conflict_event(ev)
    assert ev.fatalities_acled == 25
    assert ev.date.start == dt.date(2023, 8, 1)
    assert ev.actor1.name == "Unidentified Armed Group"


def test_statement_day_is_not_the_event_day() -> None:
    text = "Ambush in Menaka\n\nMilitants killed six soldiers on Thursday in an ambush near Menaka, the army said on Friday."
    ev, _ = build_event(draft([2], [claim("six", 2, "state_forces")], date="on Friday", place="Menaka"), article(text))
    assert ev.date.start == dt.date(2023, 8, 3)
    assert any(f.startswith("date_of_statement_replaced") for f in ev.flags)


def test_a_figure_counts_in_one_event_only() -> None:
    from summarizer.counted_once import count_once

    art = article(TRAIN)
    first, _ = build_event(draft([2, 4], [claim("Five", 4)]), art)
    second, _ = build_event(draft([4], [claim("Five", 4)], sub_event_type="Attack", place=""), art)
    assert first.fatalities_acled == second.fatalities_acled == 5
    first, second = count_once([first, second])
    assert (first.fatalities_acled, second.fatalities_acled) == (5, 0)
    assert "claim_counted_in_another_event:5" in second.flags
    # the figure's sentence cited as evidence by the second event only: the second keeps it
    first, _ = build_event(draft([2], [claim("Five", 4)]), art)
    second, _ = build_event(draft([4], [claim("Five", 4)], sub_event_type="Attack", place=""), art)
    first, second = count_once([first, second])
    assert (first.fatalities_acled, second.fatalities_acled) == (0, 5)
    assert "claim_counted_in_another_event:5" in first.flags


def test_place_from_evidence_when_the_model_names_none() -> None:
    from summarizer.places import place_in_evidence

    evidence = ["Gunmen killed 12 soldiers near Djibo, in the Soum province, on Tuesday, the army said."]
    assert place_in_evidence(evidence, "Burkina Faso") == "Djibo"
    assert place_in_evidence(["Fighting spread in the Mopti region on Monday."], "Mali") is None
    assert place_in_evidence(evidence, "Mali") is None  # never a namesake in another country
    # a settlement the article calls one stands even when the gazetteer lacks it
    hill = ["Policiers et soldats ont rattrapé le groupe sur la colline de Gasheke, au nord de Bujumbura."]
    assert place_in_evidence(hill, "Burundi") == "Gasheke"


def test_a_compass_word_in_lower_case_is_a_direction_not_a_region() -> None:
    text = (
        "Attaque au Burkina\n\nDes hommes armés ont attaqué un convoi mercredi dans le nord du pays, selon une source."
    )
    ev, _ = build_event(
        draft([2], [], place="", region="Nord", country="Burkina Faso", actor1="hommes armés", actor2="convoi",
              date="mercredi"),
        article(text),
    )  # fmt: skip
    assert ev.location.admin1 is None
    assert "region_is_a_direction:Nord" in ev.flags


def test_a_mention_the_article_lacks_takes_the_event_country_and_states_fight_with_their_forces() -> None:
    text = "Ambush near Tillia\n\nGunmen ambushed a patrol near Tillia on Tuesday, killing 16 soldiers, the government said."
    ev, _ = build_event(
        draft([2], [claim("16", 2, "state_forces")], place="Tillia", country="Niger", actor1="Gunmen",
              actor2="Nigerian soldiers", date="on Tuesday"),
        article(text),
    )  # fmt: skip
    assert ev.actor2 is not None and (ev.actor2.name, ev.actor2.type) == ("Military Forces of Niger", "State forces")
    assert "actor2_country_from_event:Military Forces of Nigeria" in ev.flags
    strike = "Strike near Tillia\n\nAn air strike hit a camp of gunmen near Tillia on Tuesday, the government said."
    ev, _ = build_event(
        draft([2], [], sub_event_type="Air/drone strike", place="Tillia", country="Niger", actor1="government",
              actor2="gunmen", date="on Tuesday"),
        article(strike),
    )  # fmt: skip
    assert ev.actor1.name == "Military Forces of Niger"


def test_a_leads_vague_count_gives_way_to_the_bodys_precise_figure() -> None:
    text = (
        "Soldiers killed in ambush\n\n"
        "An attack near Kalta resulted in the deaths of several soldiers, the army said on Friday. "
        "'We lost six men,' an army spokesman said."
    )
    ev, _ = build_event(
        draft([1, 2], [claim("several", 1, "state_forces"), claim("six", 2, "state_forces")]), article(text)
    )
    assert [c.low for c in ev.fatality_claims] == [6]
    assert "claim_vague_replaced_by_precise:3" in ev.flags


def test_the_other_death_figures_of_a_sentence_the_model_used_join_the_event() -> None:
    text = (
        "Convoy attacked in the north\n\n"
        "Gunmen attacked a convoy near Kalta on Tuesday, a government source said. "
        "During the fighting 30 civilians were killed and 19 people wounded, while 14 soldiers and 3 volunteers "
        "lost their lives, the source said. "
        "In a separate attack in Dori, 12 people were killed."
    )
    ev, _ = build_event(draft([2, 3], [claim("30", 3, "civilians")]), article(text))
    got = sorted((c.low, c.victims) for c in ev.fatality_claims)
    assert [c for c, _ in got] == [3, 14, 30]  # 19 wounded never; Dori's 12 never
    assert dict((c, v) for c, v in got)[14] == "state_forces"
    assert "claim_from_same_sentence:14" in ev.flags


def test_the_dead_are_not_their_own_claimant_and_a_far_name_is_no_attribution() -> None:
    text = (
        "Base overrun\n\n"
        "Militants killed at least 50 African Union soldiers at a base near Kalta on Friday. "
        "The attackers rammed a truck into the gate. "
        "Residents fled the town. "
        "The African Union said it would send reinforcements."
    )
    ev, _ = build_event(
        draft([2], [claim("at least 50", 2, "foreign_forces", claimant="African Union")]), article(text)
    )
    assert ev.fatality_claims[0].claimant == "Test Wire"  # the outlet states it; the AU are the dead


def test_an_agreement_whose_anniversary_is_marked_is_background() -> None:
    text = (
        "President marks peace deal\n\n"
        "On Saturday the president celebrated two years of the Khartoum peace agreement in Bangui. "
        "He said armed groups must respect it."
    )
    fields = {"sub_event_type": "Agreement", "place": "Bangui", "country": "Central African Republic"}
    ev, _ = build_event(draft([2], [], **fields), article(text))
    assert ev.salience == "background" and "anniversary_of_an_earlier_event" in ev.flags
    text2 = text.replace("celebrated two years of", "signed")
    ev2, _ = build_event(draft([2], [], **fields), article(text2))
    assert ev2.salience == "main"


def test_an_event_dated_over_three_weeks_before_publication_is_background() -> None:
    # published 4 August 2023: a crackdown of 10 July is the story's context, not its news
    text = "Funerals held\n\nSecurity forces killed 43 people in Kalta on 10 July 2023, officials said."
    ev, _ = build_event(draft([2], [claim("43", 2)], date="on 10 July 2023"), article(text))
    assert ev.salience == "background" and "dated_long_before_publication" in ev.flags
    recent = text.replace("10 July", "25 July")
    ev, _ = build_event(draft([2], [claim("43", 2)], date="on 25 July 2023"), article(recent))
    assert ev.salience == "main"


def test_a_toll_told_in_parts_is_one_claim_of_their_sum() -> None:
    text = (
        "Bus attacked\n\n"
        "Gunmen opened fire on a bus near Kalta on Tuesday, the military said. "
        "The military says four people died on the spot, while two died on their way to a hospital. "
        "In another village, two women and two children were killed in a landmine blast, police said."
    )
    art = article(text)
    ev, _ = build_event(draft([2, 3], [claim("four", 3, "unknown", "military")]), art)
    assert [(c.low, c.high) for c in ev.fatality_claims] == [(6, 6)]  # the toll a reader cites, as the gold does
    assert ev.fatalities_acled == 6 and ev.fatalities.best == 6
    blast, _ = build_event(
        draft([4], [claim("two", 4, "civilians", "police")], sub_event_type="Remote explosive/landmine/IED"), art
    )
    assert blast.fatalities_acled == 4
    # alternatives are not parts: "eight or nine" stays a range of opinions, not seventeen
    alt = article("Clash\n\nGunmen killed eight or nine soldiers near Kalta on Tuesday, the army said.")
    ev, _ = build_event(draft([2], [claim("eight", 2, "state_forces")]), alt)
    assert ev.fatalities_acled in (8, 9)


def test_a_toll_and_its_breakdown_count_once() -> None:
    text = (
        "Attaque au Niger\n\n"
        "Huit personnes, deux Nigériens et six Français, ont été tuées dimanche par des hommes armés "
        "arrivés à moto dans la zone de Kouré, selon une source officielle."
    )
    art = article(text)
    claims = [claim("Huit", 2, "unknown", "source officielle"), claim("six", 2, "civilians", "source officielle"),
              claim("deux", 2, "unknown", "source officielle")]  # fmt: skip
    ev, _ = build_event(draft([2], claims, country="Niger", place="Kouré", sub_event_type="Attack"), art)
    assert ev.fatalities_acled == 8 and ev.fatalities.best == 8  # not 8 + 6 + 2
    english = article(
        "Attack\n\nEight people, two Nigeriens and six French nationals, were killed on Sunday near Kalta, officials said."
    )
    ev, _ = build_event(draft([2], [claim("Eight", 2, "unknown", "officials"), claim("six", 2, "civilians")]), english)
    assert ev.fatalities_acled == 8


def test_a_part_the_model_took_without_its_total_counts_inside_the_total() -> None:
    text = (
        "Attaque de jihadistes présumés contre deux villages au Faso\n\n"
        "Au Burkina Faso, onze civils, dont trois supplétifs de l'armée, ont été tués dimanche dans le nord du pays, "
        "au cours d'une attaque de jihadistes présumés contre deux villages a annoncé le gouverneur de la région du Sahel."
    )
    a = article(text)
    ev, _ = build_event(draft([2], [claim("3", 2, "civilians", "gouverneur")], country="Burkina Faso", place=""), a)
    assert sorted(c.low or 0 for c in ev.fatality_claims) == [3, 11]
    assert ev.fatalities_acled == 11  # the three are inside the eleven, never beside them
    assert "claim_total_of_its_part:onze" in ev.flags


def test_one_of_the_dead_named_after_dont_is_no_second_part_of_the_toll() -> None:
    # "quatre ..., dont un policier": the policeman is one of the four, never a fifth dead
    a = article("Affrontements à Buea\n\nSelon un bilan officiel, quatre personnes sont décédées, dont un policier.")
    ev, _ = build_event(draft([2], [claim("quatre", 2, "unknown", "officials")], country="Cameroon", place="Buea"), a)
    assert sorted(c.low or 0 for c in ev.fatality_claims) == [1, 4]
    assert ev.fatalities_acled == 4


def test_a_toll_over_several_attacks_is_neither_an_events_toll_nor_a_total_for_its_part() -> None:
    text = (
        "Al-Shabab Attacks in Somalia Kill 7\n\n"
        "At least seven people were killed in two separate attacks by the al-Shabab militant group in Somalia. "
        "Five people were killed in the town of Wanlaweyn when a bomb exploded near the home of an officer.\n\n"
        "Three attacks north of the capital have left at least 38 people dead, including at least 22 mourners."
    )
    a = article(text)
    ev, context = build_event(
        draft([2, 3], [claim("seven", 2), claim("Five", 3)], country="Somalia", place="Wanlaweyn"), a
    )
    assert ev.fatalities_acled == 5
    assert [c.low for c in context] == [7]
    funeral, _ = build_event(draft([4], [claim("22", 4, "civilians")], country="Somalia", place=""), a)
    assert [c.low for c in funeral.fatality_claims] == [22] and funeral.fatalities_acled == 22


def test_a_named_settlement_is_the_place_over_a_distance_reference() -> None:
    from summarizer.places import place_in_evidence

    both = (
        "A suicide car bomb exploded at a checkpoint in the town of Ba’adweyne, 170 kilometers southeast of Galkayo "
        "town in central Somalia."
    )
    assert place_in_evidence([both], "Somalia") == "Ba’adweyne"
    assert place_in_evidence(["The army killed 48 assailants 15 km from Sokolo."], "Mali") == "Sokolo"


def test_figures_among_the_dead_count_inside_the_toll_and_a_reference_town_is_no_other_place() -> None:
    text = (
        "More Than 20 Killed in Suspected Russian Airstrikes on Syrian Town\n\n"
        "A monitoring group says at least 23 Syrian civilians were killed Saturday in suspected Russian airstrikes on a "
        "rebel-held town outside Damascus. "
        "The Syrian Observatory for Human Rights said at least six children and seven women were among the dead in the "
        "attack on the town of Douma."
    )
    a = article(text)
    ev, context = build_event(
        draft(
            [2, 3],
            [
                claim("23", 2, "civilians", "monitoring group"),
                claim("six", 3, "civilians"),
                claim("seven", 3, "civilians"),
            ],
            sub_event_type="Air/drone strike",
            country="Syria",
            place="Douma",
            actor1="Russian",
            actor1_type="State forces",
            actor2="Syrian",
            actor2_type="State forces",
        ),  # fmt: skip
        a,
    )
    assert context == []  # "outside Damascus" places the town, it is no other place's toll
    assert sorted(c.low or 0 for c in ev.fatality_claims) == [6, 7, 23]
    assert ev.fatalities_acled == 23
    assert ev.actor2 is not None and ev.actor2.name == "Civilians"  # the dead are civilians, no army is named


def test_four_of_the_soldiers_are_a_part_of_the_eighteen() -> None:
    text = (
        "Philippine Fighting Leaves 18 Soldiers Dead\n\n"
        "The military said 18 of its soldiers were killed in a firefight with Abu Sayyaf extremists in Basilan. "
        "The Philippine Daily Inquirer reported that four of the soldiers were beheaded."
    )
    a = article(text)
    ev, _ = build_event(
        draft(
            [2, 3],
            [claim("18", 2, "state_forces", "military"), claim("four", 3, "state_forces", "Philippine Daily Inquirer")],
            sub_event_type="Armed clash",
            country="Philippines",
            place="Basilan",
            actor1="Abu Sayyaf",
            actor1_type="Rebel group",
            actor2="soldiers",
            actor2_type="State forces",
        ),  # fmt: skip
        a,
    )
    # the four are inside the eighteen, not a lower count of the same dead
    assert sorted(c.low or 0 for c in ev.fatality_claims) == [4, 18]
    assert ev.fatalities_acled == 18


def test_a_toll_of_people_takes_the_victims_the_headline_gives_it() -> None:
    from summarizer.claimcheck import check_claims

    text = (
        "Syrian Activists: Government Shelling Kills 18 Civilians\n\n"
        "A Syrian activist group says government shelling has killed at least 18 people in northern Syria. "
        "Mortar shells hit Sunday in the town of Ariha."
    )
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2013, 7, 22)))
    claims, _, _ = check_claims(
        [DraftClaim(figure="18", victims="unknown", claimant="activist group", sentence=2)], art, [1, 2]
    )
    assert [(c.low, c.victims) for c in claims] == [(18, "civilians")]
    other = check_claims([DraftClaim(figure="18", victims="unknown", claimant="", sentence=2)], art, [1])[0]
    assert other[0].victims == "civilians"
    plain = text.replace("Kills 18 Civilians", "Kills 18")
    art2 = Article(text=plain, sentences=sentence_spans(plain), meta=art.meta)
    assert (
        check_claims([DraftClaim(figure="18", victims="unknown", claimant="", sentence=2)], art2, [1])[0][0].victims
        == "unknown"
    )


def test_one_of_the_dead_listed_before_a_figure_is_not_its_claimant() -> None:
    text = (
        "Bombing\n\nA suicide bomber drove a truck into a school playground on Sunday, killing 12 students, "
        "the school principal and two policemen."
    )
    ev, _ = build_event(draft([2], [claim("two", 2, "state_forces", claimant="school principal")]), article(text))
    assert [(c.low, c.claimant) for c in ev.fatality_claims if c.low == 2] == [(2, "Test Wire")]


def test_a_lead_toll_told_again_with_its_source_is_the_sources_claim() -> None:
    text = (
        "Bombing\n\nMilitants killed at least 14 people in two bombings near Mogadishu on Monday. "
        "Two AU troops were wounded. "
        "The governor told reporters that 14 civilians were killed."
    )
    ev, _ = build_event(draft([2], [claim("at least 14", 2, "unknown")]), article(text))
    assert [(c.low, c.high, c.claimant) for c in ev.fatality_claims] == [(14, 14, "governor")]


def test_a_part_named_inside_a_toll_is_no_claim_of_its_own() -> None:
    text = (
        "Guerrillas kill 19 in Peru\n\n"
        "Suspected guerrillas ambushed a convoy late Thursday, the military says. "
        "The military says 12 soldiers and seven civilians, including a child, were killed in the attack."
    )
    ev, _ = build_event(draft([2, 3], [claim("12", 3, "state_forces")]), article(text))
    assert sorted(c.low for c in ev.fatality_claims) == [7, 12]  # the child is one of the seven
    assert "claim_part_not_added:a child" in ev.flags and ev.fatalities_acled == 19


def test_a_toll_told_again_by_victim_counts_once() -> None:
    text = (
        "Militants storm ministry in capital\n\n"
        "A spokesman said 18 people were killed and at least 15 others wounded in the attack on the ministry. "
        "Officials say eight civilians were killed during the incident, along with seven attackers, two "
        "security force members and one African Union soldier."
    )
    ev, _ = build_event(draft([2, 3], [claim("18", 2), claim("eight", 3), claim("seven", 3)]), article(text))
    assert sorted(c.low for c in ev.fatality_claims) == [1, 2, 7, 8, 18]  # every figure stays a claim
    assert ev.fatalities_acled == 18 and ev.fatalities is not None and ev.fatalities.best == 18


def test_a_part_the_model_gave_twice_is_inside_the_toll_it_adds_up_to() -> None:
    art = article(
        "Thousands killed in Pibor\n\n"
        "Armed youths attacked villages in Pibor county last week. "
        "The commissioner says the bodies of 2,182 women and children and 959 men have been counted so far."
    )
    parts = [claim("2,182", 2, "civilians", "commissioner"), claim("959", 2, "civilians", "commissioner")]
    event, _ = build_event(draft([1, 2], [*parts, claim("2,182", 2, "civilians", "commissioner")]), art)
    assert [(c.low, c.high) for c in event.fatality_claims] == [(3141, 3141)]
    assert event.fatalities_acled == 3141


def test_a_peaceful_protest_has_no_dead_its_toll_is_what_was_protested() -> None:
    art = article(
        "Women protest massacre\n\n"
        "Thousands of women marched in Jos on Wednesday to protest the massacre of villagers. "
        "Police say 109 people were slaughtered in three villages near Jos on Sunday."
    )
    march = draft(
        [1, 2],
        [claim("109", 2, "civilians", "police")],
        sub_event_type="Peaceful protest",
        actor1="women",
        actor1_type="Protesters",
        actor2="government",
        actor2_type="State forces",
        place="Jos",
    )
    event, context = build_event(march, art)
    assert event.fatality_claims == [] and event.fatalities_acled == 0
    assert [c.low for c in context] == [109] and "claim_of_what_was_protested:109" in event.flags


def test_a_crowd_coded_as_violent_does_not_take_the_toll_of_the_attack_it_marched_over() -> None:
    art = article(
        "Colère après l'attaque d'Indelimane\n\n"
        "L'attaque a fait plus de 50 morts parmi les soldats maliens le 1er novembre. "
        "Des marches ont eu lieu à Bamako et Kati."
    )
    march = draft(
        [1, 2, 3],
        [claim("plus de 50", 2, "state_forces", "VOA Afrique")],
        sub_event_type="Violent demonstration",
        actor1="manifestants",
        actor1_type="Rioters",
        actor2="l'armée",
        actor2_type="State forces",
        place="Bamako",
        country="Mali",
    )
    event, context = build_event(march, art)
    assert event.fatality_claims == [] and event.fatalities_acled == 0
    assert [c.low for c in context] == [50] and "claim_of_what_was_protested:50" in event.flags


def test_a_group_that_claimed_the_attack_is_no_claimant_of_the_toll_told_in_a_relative_clause() -> None:
    from summarizer.claimcheck import claimant_for

    art = article(
        "Fifteen Killed in Somalia Attack\n\n"
        "The militant Somali group al-Shabab has claimed responsibility for a suicide bombing Saturday that killed "
        "at least 15 and left dozens wounded in western Somalia."
    )
    lead = next(f for f in art.death_figures if f.low == 15 and f.sentence == 1)
    assert claimant_for(lead, "al-Shabab", art) == "Test Wire"  # the outlet's toll of the claimed bombing
    own_art = article("Baidoa attack\n\nAl-Shabab claimed responsibility for killing 20 soldiers in Baidoa.")
    own = next(f for f in own_art.death_figures if f.low == 20)
    assert claimant_for(own, "Al-Shabab", own_art) == "Al-Shabab"  # the group's own claim of the dead


def test_one_familys_dead_told_by_a_relative_count_inside_the_attacks_toll() -> None:
    text = (
        "Killings in Ngarr-buh\n\nChurches said at least 29 civilians were killed in the attack on Ngarr-buh on "
        "Friday.\n\nAmong them is Bruno Ngeh, who said his wife's sister's entire family of nine was killed in the "
        "attack."
    )
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2020, 2, 18)))
    draft = DraftEvent(
        sentences=[2, 3], sub_event_type="Attack", date="Friday", place="Ngarr-buh", region="", country="Cameroon",  # type: ignore[arg-type]
        actor1="gunmen", actor1_type="Rebel group", actor2="civilians", actor2_type="Civilians",
        claims=[DraftClaim(figure="at least 29", victims="civilians", claimant="churches", sentence=2),
                DraftClaim(figure="nine", victims="civilians", claimant="Bruno Ngeh", sentence=3)],
    )  # fmt: skip
    event, _ = build_event(draft, art)
    assert sorted(c.low for c in event.fatality_claims if c.low is not None) == [9, 29]
    assert event.fatalities_acled == 29  # the family is among the 29, not another count of them


def test_the_models_figure_as_written_is_the_toll_code_summed_and_a_part_among_the_victims_stays_inside() -> None:
    text = (
        "Three Dead in Attack on Market\n\n"
        "Officials said Wednesday's bombing in Charsadda district killed two women and a child. "
        "In a separate incident, officials said two border guards were killed near Quetta. "
        "The group says the victims included two sisters."
    )
    art = article(text)
    ev, _ = build_event(draft([2], [claim("two", 2, "civilians", "officials")], place="Charsadda"), art)
    # "two" is the toll code read as three ("two women and a child", one side) in the
    # event's own evidence, not the other event's two guards
    assert [(c.low, c.quote[:20]) for c in ev.fatality_claims] == [(3, text.split("\n\n")[1][:20])]
    assert ev.fatalities_acled == 3
    ev, _ = build_event(
        draft([2, 4], [claim("two", 2, "civilians", "officials"), claim("two", 4, "civilians", "group")]), art
    )
    # the two sisters are among the victims counted: inside the toll, not beside it
    assert sorted(c.low or 0 for c in ev.fatality_claims) == [2, 3] and ev.fatalities_acled == 3


def test_a_figure_found_only_far_from_the_sentence_the_model_cited_is_not_this_events() -> None:
    from summarizer.claimcheck import match_figure

    text = (
        "Roadside Bomb Kills 14 in Pakistan\n\n"
        "A roadside bomb has killed at least 14 people in a remote region of Pakistan. "
        "Local officials said the attack targeted a passenger minibus. "
        "A militant group took credit for the bombing. "
        "The military sent helicopters to evacuate the wounded. "
        "Hours later, the military announced four militants were executed in a prison."
    )
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2017, 4, 25)))
    # the model cites the lead (sentence 2) for "four": the lead counts its own dead, 14
    figure, flags = match_figure(
        DraftClaim(figure="four", victims="civilians", claimant="officials", sentence=2), art, [1]
    )
    assert figure is None and flags == ["claim_far_from_its_event:four"]
    # cited where it stands, or with no figure of the cited sentence's own, it is found
    near, _ = match_figure(DraftClaim(figure="four", victims="non_state", claimant="military", sentence=6), art, [5])
    assert near is not None and near.low == 4
    bare, _ = match_figure(DraftClaim(figure="four", victims="non_state", claimant="military", sentence=3), art, [2])
    assert bare is not None and bare.low == 4
