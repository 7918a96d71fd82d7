"""Which numbers count the dead: the code's reading, sentence kinds from the issue."""

from __future__ import annotations

import pytest

from summarizer.attribution import attribution
from summarizer.deaths import find_figures
from summarizer.text import sentence_spans


def deaths(text: str) -> list[tuple[str, int | None, int | None, str, str | None, str]]:
    found, _ = find_figures(text, sentence_spans(text))
    return [(f.text, f.low, f.high, f.scope, f.claimant, f.victims) for f in found]


def others(text: str) -> list[str]:
    _, found = find_figures(text, sentence_spans(text))
    return [f.text for f in found]


def test_freed_and_injured_passengers_are_not_deaths() -> None:
    text = "The army said 300 passengers were freed, 40 of whom were injured, after a day-long operation."
    assert deaths(text) == []
    assert others(text) == ["300", "40"]


def test_a_toll_of_mostly_women_and_children_is_civilians() -> None:
    text = "Rebels killed 103 people, mostly women and children, and 14 soldiers, the governor said."
    found, _ = find_figures(text, sentence_spans(text))
    assert [(f.low, f.victims, f.generic) for f in found] == [(103, "civilians", False), (14, "state_forces", False)]
    plain = "Rebels killed 103 people, the governor said."
    assert [(f.victims, f.generic) for f in find_figures(plain, sentence_spans(plain))[0]] == [("unknown", True)]


def test_a_person_noun_used_as_an_adjective_is_no_figure() -> None:
    text = "Officials said a drone attack on a suspected militant hideout killed at least 20 militants."
    assert [f.low for f in find_figures(text, sentence_spans(text))[0]] == [20]
    assert [f.low for f in find_figures("A soldier was killed.", sentence_spans("A soldier was killed."))[0]] == [1]


def test_released_pupils_are_not_deaths() -> None:
    assert deaths("200 kidnapped pupils were released on Monday, the governor said.") == []


def test_killed_then_wounded_keeps_only_the_killed() -> None:
    text = "Militants killed 14 and wounded 11 in the attack."
    assert [(t, lo) for t, lo, *_ in deaths(text)] == [("14", 14)]
    assert "11" in others(text)


def test_soldiers_killed_and_injured() -> None:
    text = "At least 14 Malian soldiers were killed and 11 injured on Tuesday in clashes with jihadists."
    assert deaths(text) == [("At least 14", 14, None, "event", None, "state_forces")]


def test_war_long_toll_is_cumulative_and_displacement_is_not_a_death() -> None:
    text = "Since the insurgency began in 2015, more than 20,000 lives have been lost and two million people displaced."
    found = deaths(text)
    assert [(t, lo, scope) for t, lo, _, scope, *_ in found] == [("more than 20,000", 20000, "cumulative")]
    assert others(text) == ["two million"]


def test_a_toll_during_the_offensive_is_cumulative() -> None:
    said = "Colonel Saeed al-Faquih also said 40 soldiers had been killed during the offensive."
    assert [f[3] for f in deaths(said)] == ["cumulative"]
    assert [f[3] for f in deaths("Ten soldiers were killed during the attack on the base.")] == ["event"]


def test_a_running_toll_of_the_unrest_is_cumulative_but_a_days_deaths_in_it_are_not() -> None:
    assert [f[3] for f in deaths("Nearly 250 people have been killed during the unrest.")] == ["cumulative"]
    assert [f[3] for f in deaths("At least 12 people have died in the unrest since Friday.")] == ["cumulative"]
    said = "Five people were killed during the unrest in the capital on Monday."
    assert [f[3] for f in deaths(said)] == ["event"]


def test_this_year_toll_is_cumulative() -> None:
    found = deaths("More than 500 civilians have been killed this year, the UN said.")
    assert found[0][3] == "cumulative"
    assert found[0][4] == "UN"


def test_the_war_as_the_killer_and_the_past_years_are_cumulative() -> None:
    text = (
        "The conflict between forces supporting the government and the Houthi rebels has killed an estimated "
        "5,700 people."
    )
    assert [(t, scope) for t, _, _, scope, *_ in deaths(text)] == [("an estimated 5,700", "cumulative")]
    text = "Monitors say at least 6,500 people have been killed during the past two years, including 3,200 civilians."
    assert [scope for _, _, _, scope, *_ in deaths(text)] == ["cumulative", "cumulative"]
    # one battle's toll stays the event's: "the battle ... has killed at least 13 more people"
    text = "The battle for control of the port of Benghazi has killed at least 13 more people, medics said."
    assert [scope for _, _, _, scope, *_ in deaths(text)] == ["event"]


def test_who_is_blamed_for_the_killing_is_not_a_death() -> None:
    text = "A Malian army spokesman says a lone soldier was to blame for the killing of 16 Islamic preachers."
    assert [(t, lo) for t, lo, *_ in deaths(text)] == [("16", 16)]
    text = "Trois hommes sont soupçonnés de l'assassinat de cinq villageois, selon la police."
    assert [lo for _, lo, *_ in deaths(text)] == [5]


def test_claimant_from_according_to_and_same_source_in_french() -> None:
    text = (
        "Au moins dix soldats maliens ont été tués mardi dans une embuscade, a indiqué l'armée dans un communiqué. "
        "Les assaillants ont perdu une quinzaine de combattants, selon la même source."
    )
    assert deaths(text) == [
        ("Au moins dix", 10, None, "event", "armée", "state_forces"),
        ("une quinzaine", 15, 15, "event", "armée", "non_state"),
    ]


def test_un_investigation_keeps_its_claim() -> None:
    found = deaths("The death toll rose to 25, according to a UN investigation.")
    assert found == [("25", 25, 25, "event", "UN investigation", "unknown")]


def test_lost_men_is_a_death_figure_but_lost_vehicles_is_not() -> None:
    assert deaths("We lost six men, the army said.")[0][:2] == ("six", 6)
    assert deaths("The army lost three vehicles in the ambush.") == []


def test_unattributed_figure_has_no_claimant() -> None:
    assert deaths("Gunmen killed five villagers in Kalta.")[0][4] is None


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("Five soldiers were killed, the army said.", "army"),
        ("Residents said 12 people died.", "Residents"),
        ("According to Human Rights Watch, 30 civilians were executed.", "Human Rights Watch"),
        ("Twelve died, he said.", None),
        ("Douze civils ont été tués, selon des sources locales.", "sources locales"),
        ("Le bilan officiel fait état de onze morts, parmi lesquels les deux kamikazes.", "officials"),
        ("The official death toll stood at 12.", "officials"),
        ("The official toll was 12, according to the mayor.", "mayor"),
        ("“According to a first tally, we lost six men,” said an army spokesman, adding more.", "army spokesman"),
        (
            "The governor of Jonglei state, Kuol Manyang, said rebels killed 103 people.",
            "governor of Jonglei state, Kuol Manyang",
        ),
        ("In the village of Kalta, John Smith said 12 died.", "John Smith"),
        ("Sri Lanka's military rejected the rebels' account, saying just seven soldiers died.", "Sri Lanka's military"),
        ("Iraqi police tell VOA the blast killed at least 17 people.", "Iraqi police"),
        ("The rebels attacked the town, killing 12 people.", None),
        ("Suspected rebels have killed at least 12 people in Congo, adding to hundreds of killings.", None),
        ("Huit personnes ont été tuées dimanche à Kouré, a-t-on appris de source officielle.", "source officielle"),
        ("« Huit personnes ont été tuées », a expliqué à l’AFP Joseph Breham, un avocat.", "Joseph Breham"),
        ("« Le bilan est de 3 morts et un blessé », a confié M. Ali à VOA au téléphone.", "M. Ali"),
        ("Five soldiers died, said Dr. Jones, a physician.", "Dr. Jones"),
        ("Un homme a été tué, selon le journal l'œil du sahel.", "journal l'œil du sahel"),
        (
            "Ils ont tué un homme, rapporte le correspondant de VOA Afrique dans le pays.",
            "correspondant de VOA Afrique",
        ),
        ("Also Tuesday, reports say airstrikes killed 19 people in the city of Fallujah.", "reports"),
        ("The army headquarters, in a statement, put the death toll at four soldiers.", "army headquarters"),
        (
            "State Department spokesman Vedant Patel issued a statement saying an airstrike killed nine people.",
            "State Department spokesman Vedant Patel",
        ),
        ("Also Saturday, the observatory said the death toll has risen to 71.", "observatory"),
        # a headline capitalises its statement verb; a headline without one gives no source
        ("Rebel Group Claims It Beheaded 12 Soldiers", "Rebel Group"),
        ("Twelve Soldiers Killed In Border Town, Police Say", "Police"),
        ("Twelve Soldiers Killed In Border Town Ambush", None),
        # a named person speaks in a relative clause; a subject's condemnation speaks through "saying"
        ("Among them is 38-year-old Bruno Ngeh, who said his family of nine was killed.", "Bruno Ngeh"),
        ("The army condemned the attack, saying 12 people were killed.", "army"),
        ("Gunmen killed 12 villagers, who had gathered at the market.", None),
        # an outlet that quotes unnamed sources is the one a reader can name
        (
            "But Afghan media quoted unnamed sources as saying the attack left 15 security personnel dead.",
            "Afghan media",
        ),
    ],
)
def test_attribution(sentence: str, who: str | None) -> None:
    assert attribution(sentence) == who


def test_a_total_with_an_including_part_is_generic_and_parts_are_deaths() -> None:
    text = "A suicide bomber attacked a police patrol, killing at least 18 people, including 11 officers."
    found, _ = find_figures(text, sentence_spans(text))
    assert [(f.low, f.high, f.victims, f.generic) for f in found] == [
        (18, None, "unknown", True),
        (11, 11, "state_forces", False),
    ]


def test_a_death_toll_without_a_victim_noun_is_generic() -> None:
    text = "A spokesman said more than 50 soldiers were killed, while officials said the death toll was more than 70."
    found, _ = find_figures(text, sentence_spans(text))
    assert [(f.low, f.victims, f.generic) for f in found] == [(50, "state_forces", False), (70, "unknown", True)]


def test_vague_counts_are_marked_and_a_past_year_is_background() -> None:
    import datetime as dt

    text = "Several soldiers were killed. Nine activists were killed in a 2010 raid on a ship."
    found, _ = find_figures(text, sentence_spans(text), dt.date(2021, 5, 10))
    assert [(f.low, f.vague, f.scope) for f in found] == [(3, True, "event"), (9, False, "background")]


def test_left_one_missing_is_not_a_death_but_left_five_dead_is() -> None:
    assert deaths("An ambush killed 16 soldiers and left one missing, the government said.") == [
        ("16", 16, 16, "event", "government", "state_forces")
    ]
    assert [d[0] for d in deaths("The blast left 5 dead and 20 wounded.")] == ["5"]
    assert others("L'attaque a fait 20 blessés.") == ["20"]
    # a misspelt accent is still the wounded
    assert [d[0] for d in deaths("19 civils dont 2 kamikazes ont trouvé la mort et 16 autres ont été bléssés.")] == [
        "19",
        "2",
    ]


def test_an_undated_sentence_after_a_past_year_in_its_paragraph_is_background() -> None:
    import datetime as dt

    def scopes(text: str) -> list[tuple[str, str]]:
        found, _ = find_figures(text, sentence_spans(text), published=dt.date(2021, 5, 10))
        return [(f.text, f.scope) for f in found]

    story = (
        "Clashes at the mosque\n\n"
        "Police and protesters clashed on Friday. "
        "Relations soured in 2010 after commandos stormed a ship. Nine activists aboard were killed."
    )
    assert scopes(story) == [("Nine", "background")]
    # a new paragraph starts a new topic: the figure is this story's
    story2 = (
        "Airstrike on a village\n\n"
        "The junta ousted the civilian government on February 1, 2020.\n\n"
        "Various news outlets say at least 50 people were killed in the airstrike."
    )
    assert scopes(story2) == [("at least 50", "event")]
    # a sentence with a date of its own is dated by it
    story3 = "Attacks\n\nIn 2019 the group attacked the town. On Sunday, gunmen killed five villagers there."
    assert scopes(story3) == [("five", "event")]


def test_ages_and_words_about_a_toll_are_not_head_counts() -> None:
    assert deaths("A doctor said three children were killed as well as a 23-year-old man.") == [
        ("three", 3, 3, "event", "doctor", "civilians")
    ]
    found = deaths("At least 11 civilians and two peacekeepers were killed, a lower civilian death toll than reported.")
    assert [f[0] for f in found] == ["At least 11", "two"]


def test_n_people_and_one_more_are_counted_together_or_apart_by_side_and_names_hold_no_figures() -> None:
    found = deaths("Four civilians and an official were killed, and 31 people were injured, the minister said.")
    assert [(f[0], f[1], f[2], f[5]) for f in found] == [("Four", 5, 5, "mixed")]
    # the one more of the same kind keeps the kind: "two women and a child" are civilians
    found = deaths("The group says the victims included two women and a child who were killed.")
    assert [(f[1], f[5]) for f in found] == [(3, "civilians")]
    # a figure of one side and one dead of another are two claims, as the labels keep them
    two_sides = deaths("The bombing killed six police officers and a child.")
    assert [(f[0], f[1], f[5]) for f in two_sides] == [("six", 6, "state_forces"), ("a child", 1, "civilians")]
    # a separate clause of killing: two figures, each its own
    assert [f[1] for f in deaths("Gunmen killed five villagers and a policeman.")] == [5, 1]
    assert deaths("An M23 spokesman said the rebels held the town.") == []


def test_a_few_days_window_is_the_event_not_a_cumulative_toll() -> None:
    two_days = deaths(
        "The Red Cross said it had recovered more than 40 bodies from the streets over the past two days."
    )
    assert [(f[0], f[3]) for f in two_days] == [("more than 40", "event")]
    months = deaths("More than 400 people have been killed over the past six months, the UN said.")
    assert [(f[0], f[3]) for f in months] == [("More than 400", "cumulative")]


def test_every_item_of_an_enumeration_of_the_dead_counts() -> None:
    text = (
        "Selon les sources locales, cinq gendarmes dont un sous-officier, 14 membres de la garde nationale "
        "et trois militaires du renseignement comptent parmi les personnes tuées."
    )
    assert [(f[0], f[1], f[5]) for f in deaths(text)] == [
        ("cinq", 5, "state_forces"),
        ("14", 14, "state_forces"),
        ("trois", 3, "state_forces"),
    ]
    listed = "The attack killed 10 soldiers, 5 police officers and 3 civilians, officials said."
    assert [(f[1], f[5]) for f in deaths(listed)] == [(10, "state_forces"), (5, "state_forces"), (3, "civilians")]
    # a comma alone joins nothing: the wounded and the freed after it stay out
    assert [f[1] for f in deaths("Gunmen killed 5 soldiers, 300 passengers were freed and 40 were injured.")] == [5]
    assert [f[1] for f in deaths("Five people were killed, 12 were injured and 3 are missing.")] == [5]


def test_he_added_goes_on_with_the_speaker_before() -> None:
    text = (
        "“According to a first tally, we lost six men,” said an army spokesman. "
        "“The terrorists lost at least 15 combatants,” he added."
    )
    assert [(f[1], f[4]) for f in deaths(text)] == [(6, "army spokesman"), (15, "army spokesman")]
    # with no speaker before, "he added" names nobody
    assert [f[4] for f in deaths("“The terrorists lost at least 15 combatants,” he added.")] == [None]


def test_dead_before_a_noun_says_who_died() -> None:
    # "six dead soldiers": the noun after "dead" names the victims; "six dead" alone does not
    assert [(f[1], f[5]) for f in deaths("In Sokolo, the army reports six dead soldiers and 25 wounded.")] == [
        (6, "state_forces")
    ]
    assert [f[5] for f in deaths("The clashes left six dead and 25 wounded, the army said.")] == ["unknown"]
    # vehicles counted after a fighters' adjective are no dead ("three terrorist pick-ups")
    found = deaths("The army claims to have killed 48 assailants and neutralized three terrorist pick-ups.")
    assert [f[1] for f in found] == [48]


def test_a_name_with_its_title_before_said_is_the_source() -> None:
    said = (
        "Andriy Yermak, head of Ukraine's Presidential Office, said at least two civilians were also killed "
        "when Russian guided bombs hit private houses."
    )
    assert attribution(said) == "Andriy Yermak, head of Ukraine's Presidential Office"
    assert attribution("Ali Hassan, a local elder, told VOA that 12 people died.") == "Ali Hassan, a local elder"
    # a place and a clause between commas are no source
    assert attribution("In Kaloumba, near the Mauritanian border, twelve people died, said the army.") == "army"
    # "occupants estimated at around fifteen" counts the occupants: nobody estimated anything
    assert attribution("It destroyed three pick-ups near Sokolo with occupants estimated at around fifteen.") is None
    assert attribution("In Sokolo, the army reports six dead soldiers.") == "army"


def test_several_dozen_is_dozens_not_several() -> None:
    found = deaths("Loyal media said the forces pushed back the fighters, killing several dozen people.")
    assert [(f[0], f[1], f[2]) for f in found] == [("several dozen", 12, None)]
    assert [f[1] for f in deaths("A few hundred people were killed in the fighting, residents said.")] == [100]


def test_a_months_or_a_regions_tally_is_no_events_toll() -> None:
    month = deaths("Officials say June was the bloodiest month of the year, with more than 40 people killed.")
    assert [(f[0], f[3]) for f in month] == [("more than 40", "cumulative")]
    regions = deaths(
        "At least 40 troops were killed in the North-West and South-West Regions in June, local media said."
    )
    assert [f[3] for f in regions] == ["cumulative"]
    assert [f[3] for f in deaths("Gunmen killed 12 soldiers in the Mopti region on Tuesday.")] == ["event"]


def test_who_reports_claims_or_murdered_gives_and_counts_the_figure() -> None:
    media = "Media loyal to the government are reporting that its forces pushed back the fighters, killing 30 people."
    assert attribution(media) == "Media loyal to the government"
    assert attribution("The army claims to have killed 48 assailants near Sokolo.") == "army"
    murdered = deaths("According to the SITE Intelligence Group, the group claimed to have murdered 10 soldiers.")
    assert [(f[1], f[4]) for f in murdered] == [(10, "SITE Intelligence Group")]


def test_a_tally_since_a_weekday_is_cumulative_in_english_and_french() -> None:
    assert [f[3] for f in deaths("C’est donc au moins 70 soldats qui ont été tués depuis vendredi.")] == ["cumulative"]
    assert [f[3] for f in deaths("Fighting since Friday has killed 30 people.")] == ["cumulative"]
    assert [f[3] for f in deaths("The deadliest attack since Friday killed 30 people.")] == ["event"]


def test_a_figure_added_to_a_months_long_tally_keeps_its_own_scope() -> None:
    text = (
        "Suspected rebels have killed at least 12 people in the Democratic Republic of Congo, "
        "adding to hundreds of killings in recent months."
    )
    assert [(f[0], f[3]) for f in deaths(text)] == [("at least 12", "event")]


def test_one_raid_this_week_is_the_event_and_the_weeks_toll_is_not() -> None:
    text = "Sudanese authorities say Darfur rebels killed 41 people in a raid this week on a police garrison."
    assert [(f[0], f[3]) for f in deaths(text)] == [("41", "event")]
    assert [f[3] for f in deaths("Attacks killed at least 500 people this week, the UN said.")] == ["cumulative"]
    assert [f[3] for f in deaths("Au moins 12 civils ont été tués dans une attaque cette semaine.")] == ["event"]


def test_an_aside_counting_attacks_does_not_scope_the_toll_before_it() -> None:
    text = "Gunmen have shot dead dozens of people in a village -- the fourth such massacre reported this week."
    assert [(f[0], f[1], f[3]) for f in deaths(text)] == [("dozens", 12, "event")]


def test_soldiers_left_dead_are_soldiers() -> None:
    text = "A Taliban attack has left at least 26 soldiers dead and 13 others wounded in Kandahar."
    assert [(f[0], f[5]) for f in deaths(text)] == [("at least 26", "state_forces")]
    assert [(f[0], f[5]) for f in deaths("The attack left 12 people dead.")] == [("12", "unknown")]


def test_a_toll_since_a_campaign_was_launched_is_cumulative() -> None:
    text = (
        "Since the army launched the anti-Taliban campaign in South Waziristan on October 17, it says "
        "military forces have killed more than 480 militants."
    )
    assert [f[3] for f in deaths(text)] == ["cumulative"]
    assert [f[3] for f in deaths("The bomb killed 12 people, the deadliest since the campaign began.")] == ["event"]


def test_a_toll_cited_by_whose_count_it_is_gives_its_owner() -> None:
    assert attribution("Trente-huit soldats ont été tués, selon un bilan gouvernemental.") == "government"
    assert attribution("Thirty soldiers were killed, according to a military toll.") == "army"
    assert attribution("Selon le bilan de la police, douze morts.") == "police"


def test_a_toll_risen_to_a_figure_is_a_death_figure_however_long_its_subject() -> None:
    text = (
        "The observatory said the death toll from Thursday's airstrikes on a city controlled by Islamic State near "
        "the Iraq border has risen to 71, up from the original count of about 25."
    )
    assert [(f[0], f[1]) for f in deaths(text)] == [("71", 71)]


def test_the_dead_included_counts_its_parts() -> None:
    text = "The dead included at least three Malian soldiers and two militants, a Nampala official told VOA."
    assert [(f[0], f[5]) for f in deaths(text)] == [("at least three", "state_forces"), ("two", "non_state")]
    assert [f[0] for f in deaths("Among the dead were four police officers.")] == ["four"]


def test_a_figure_added_along_with_the_dead_is_a_death_figure() -> None:
    text = "The military said seven soldiers were killed in fighting Friday, along with about 20 rebels."
    assert [(t, lo) for t, lo, *_ in deaths(text)] == [("seven", 7), ("about 20", 20)]
    # "along with" after wounded people adds wounded, not dead
    assert deaths("Two soldiers were wounded, along with 20 civilians.") == []


@pytest.mark.parametrize(
    ("text", "tolls"),
    [
        ("Two bomb attacks killed at least four people Tuesday in Pakistan's northwest tribal region.", [4]),
        ("Committed with two truck bombs, it killed a Malian soldier and injured six.", [1]),
        ("Deux attaques ont fait au moins quatre morts mardi.", [4]),
    ],
)
def test_a_count_of_attacks_is_no_death_figure(text: str, tolls: list[int]) -> None:
    """The number of attacks or bombs is not a head count; the toll after it is."""
    assert [v for _t, v, *_ in deaths(text)] == tolls


def test_killed_in_attacks_keeps_its_toll() -> None:
    assert [v for _t, v, *_ in deaths("14 Killed in Attacks in Afghanistan")] == [14]
    assert [v for _t, v, *_ in deaths("Al-Shabab killed at least 30 people by car bombs and suicide attacks.")] == [30]


def test_the_statement_is_the_source_that_issued_it() -> None:
    text = (
        "The army headquarters, in a statement, put the death toll at four soldiers. "
        "The statement said 15 militants were killed."
    )
    assert [(v, who) for _t, v, _h, _s, who, _v in deaths(text)] == [
        (4, "army headquarters"),
        (15, "army headquarters"),
    ]


def test_at_least_one_in_french_is_open_ended() -> None:
    assert deaths("Boko Haram a attaqué le village, tuant au moins un homme.")[0][:3] == ("au moins un homme", 1, None)
    assert deaths("Boko Haram a attaqué le village, tuant un homme.")[0][:3] == ("un homme", 1, 1)


def test_the_killing_of_n_is_a_death_figure() -> None:
    text = "The UN mission on Tuesday condemned the brutal killing of 11 civilians in a roadside ambush."
    assert [(v, victims) for _t, v, _h, _s, _c, victims in deaths(text)] == [(11, "civilians")]


def test_and_one_more_person_after_the_verb_is_one_toll() -> None:
    text = "A second attack killed two private security officers and an international expert."
    assert [(v, victims) for _t, v, _h, _s, _c, victims in deaths(text)] == [(3, "mixed")]


def test_a_relative_clause_between_the_dead_and_their_verb_keeps_them_dead() -> None:
    text = (
        "Au Burkina Faso, au moins 50 civils qui fuyaient leur village dans l'est du pays ont été interceptés et tués "
        "par des hommes armés non identifiés."
    )
    assert [(f[0], f[1], f[2]) for f in deaths(text)] == [("au moins 50", 50, None)]
    # without a relative clause the short window stands: a verb this far away is no death's
    far = (
        "Some 50 civilians fleeing their village in the east of the country on foot and by cart were later found dead."
    )
    assert deaths(far) == []
    hurt = "At least 20 soldiers who were guarding the bridge near the town were wounded by gunfire on Monday."
    assert deaths(hurt) == []


def test_claiming_responsibility_for_an_attack_is_no_claim_of_its_toll() -> None:
    owns = (
        "Somali militant group al-Shabab has claimed responsibility for two suicide car bombings near Mogadishu "
        "that killed at least 14 people."
    )
    assert attribution(owns) is None
    assert attribution("Al-Shabab claimed it killed 20 soldiers.") == "Al-Shabab"


def test_a_source_that_opens_a_later_clause_speaks_only_for_that_clause() -> None:
    text = (
        "In other violence Sunday, a car bomb killed an Iraqi policeman and two civilians in Mosul, and the U.S. "
        "military says gunmen killed two U.S. soldiers in Diyala."
    )
    found, _ = find_figures(text, sentence_spans(text))
    assert [(f.text, f.claimant) for f in found] == [
        ("an Iraqi policeman", None),
        ("two", None),
        ("two", "U.S. military"),
    ]
    # a source closing the sentence speaks for all of it
    closing = "Two gunmen died, and three others may have escaped, officials said."
    assert [f.claimant for f in find_figures(closing, sentence_spans(closing))[0]] == ["officials"]


def test_a_reporter_or_cameraman_killed_is_one_dead() -> None:
    text = "On Sunday, a Saudi coalition airstrike killed an independent reporter for Voice of America."
    assert [(f[0], f[1], f[2]) for f in deaths(text)] == [("an independent reporter", 1, 1)]
    also = "The governor told VOA Somali that a cameraman working with the army was also killed."
    assert [(f[0], f[1]) for f in deaths(also)] == [("a cameraman", 1)]


def test_a_soldier_and_his_interpreter_are_two_dead_and_bombers_who_killed_are_none() -> None:
    pair = "In eastern Logar province, a French soldier and his Afghan interpreter were killed when gunmen struck."
    assert [(f[0], f[1], f[2], f[5]) for f in deaths(pair)] == [("a French soldier", 2, 2, "mixed")]
    bombers = "The U.S. military says two suicide car bombers killed four Iraqis, including three soldiers."
    assert [(f[0], f[1]) for f in deaths(bombers)] == [("four", 4), ("three", 3)]
    assert others(bombers) == ["two"]
    # dead gunmen are dead
    assert [(f[0], f[1]) for f in deaths("Two gunmen were killed in the raid.")] == [("Two", 2)]


def test_a_foreign_engineer_or_citizen_killed_is_one_dead() -> None:
    text = "The Turkish Embassy says a Turkish citizen was killed Sunday in an explosion."
    assert [(f[0], f[1], f[4]) for f in deaths(text)] == [("a Turkish citizen", 1, "Turkish Embassy")]


@pytest.mark.parametrize(
    "text",
    [
        "Au Burkina Faso, vingt-et-une personnes, majoritairement des supplétifs civils de l'armée et des "
        "soldats, ont été tués hier lors de deux attaques.",
        "Twelve people, mostly soldiers and police officers, were killed Monday in an ambush.",
    ],
)
def test_an_aside_on_who_the_dead_were_does_not_hide_the_verb(text: str) -> None:
    assert [low for _, low, *_ in deaths(text)] == [21 if "vingt" in text else 12]


def test_an_aside_that_is_not_about_the_dead_still_stops_the_clause() -> None:
    # "12 soldiers, the army said, ..." is no aside on who died: the verb is still read
    assert deaths("Gunmen attacked 12 villages, mostly in the north, and looted shops.") == []


def test_dead_and_hurt_counted_together_are_no_death_figure() -> None:
    text = "At least six policemen were killed or wounded when a suicide bomber struck a checkpoint."
    assert deaths(text) == []
    assert others(text) == ["At least six"]


def test_the_sides_that_fought_are_no_death_figure() -> None:
    assert [low for _, low, *_ in deaths("The two sides clashed, killing at least four people.")] == [4]


def test_a_toll_that_claimed_lives_has_no_claimant_in_its_subject() -> None:
    sentence = "The attacks in the provinces of Cauca and Narino claimed the lives of 12 people, six in each."
    assert attribution(sentence) is None


def test_only_one_fighter_lost_is_one_dead_of_theirs() -> None:
    found = deaths("However, the rebels say they lost only one fighter, and killed one government soldier.")
    assert [(low, victims) for _, low, _, _, _, victims in found] == [(1, "non_state"), (1, "state_forces")]


def test_bombers_who_struck_are_counted_as_killers_not_dead() -> None:
    text = "State media said two suicide bombers hit a pair of targets, killing 22 people and wounding 30."
    assert [low for _, low, *_ in deaths(text)] == [22]
    said = "The state-run SANA news agency offered a differing version, saying two bombers hit a pair of targets."
    assert attribution(said) == "state-run SANA news agency"


def test_auxiliaries_of_the_army_are_a_states_dead() -> None:
    from summarizer.victims import victims_of

    assert victims_of("supplétifs civils de l'armée et des soldats") == "state_forces"


def test_killings_told_with_their_day_before_of_are_a_toll() -> None:
    text = "Local authorities are blaming the killings Monday night of at least 26 civilians on rebels."
    assert [low for _, low, *_ in deaths(text)] == [26]


def test_the_dead_a_force_suffered_are_its_own() -> None:
    found = deaths("Security sources told reporters that government forces suffered six fatalities.")
    assert [(low, victims) for _, low, _, _, _, victims in found] == [(6, "state_forces")]


def test_a_vague_word_counts_the_dead_only_when_people_follow() -> None:
    # "several points near the border": places attacked, not three dead beside the 49
    text = "Armenia said Azerbaijani forces attacked several points near the border, killing 49 Armenian soldiers."
    assert [(t, lo, hi) for t, lo, hi, *_ in deaths(text)] == [("49", 49, 49)]
    for said in ("Several people were killed.", "Several were killed.", "Militants killed several Malian soldiers."):
        assert [(lo, hi) for _, lo, hi, *_ in deaths(said)] == [(3, None)], said
    assert [(lo, hi) for _, lo, hi, *_ in deaths("Plusieurs morts ont été signalés.")] == [(3, None)]


def test_no_one_killed_is_no_death() -> None:
    assert deaths("No one was reported killed on Sunday.") == []
    assert [(lo, hi) for _, lo, hi, *_ in deaths("One soldier was killed on Sunday.")] == [(1, 1)]


def test_the_dead_named_along_with_a_toll_far_after_its_verb_count() -> None:
    text = "The army said six of its soldiers were killed in the fighting in the northern port city, along with two civilians."
    assert [(t, lo, v) for t, lo, _, _, _, v in deaths(text)] == [("six", 6, "state_forces"), ("two", 2, "civilians")]


def test_a_source_with_an_aside_on_who_they_are_and_a_relative_speaker() -> None:
    journalist = (
        "A journalist with Le Citoyen newspaper in Bangui, who preferred not to be named, "
        "said the bodies of 13 soldiers have already been flown back."
    )
    assert attribution(journalist) == "journalist with Le Citoyen newspaper in Bangui"
    battle = "The army and rebels fought an intense battle on Monday in which both sides claim to have killed hundreds."
    assert attribution(battle) == "both sides"


def test_shot_to_death_counts_the_dead_before_the_wounded() -> None:
    text = "Police said insurgents today shot to death three rubber plantation workers and wounded another."
    assert [(t, lo, hi) for t, lo, hi, *_ in deaths(text)] == [("three", 3, 3)]
    assert others(text) == []


def test_gunned_down_counts_the_dead() -> None:
    text = "Kenyan police pursued the attackers and gunned down eight of them."
    assert [(t, lo) for t, lo, *_ in deaths(text)] == [("eight", 8)]


def test_a_named_victim_and_n_others_are_n_plus_one() -> None:
    text = "Major General Parami Kulatunga and three other people were killed near the capital, Colombo, Monday."
    assert [(t, lo, hi) for t, lo, hi, *_ in deaths(text)] == [("three", 4, 4)]
    assert [(lo, hi) for _, lo, hi, *_ in deaths("Soldiers and three others were killed.")] == [(3, 3)]


def test_one_victim_told_by_kind_and_n_others_are_n_plus_one() -> None:
    text = "Police said a roadside bomb killed a former provincial minister and at least two other people."
    assert [(t, lo, hi) for t, lo, hi, *_ in deaths(text)] == [("at least two", 3, None)]
    assert [(lo, hi) for _, lo, hi, *_ in deaths("Le kamikaze a tué un soldat et deux autres personnes.")] == [(3, 3)]
    # the others wounded are no dead
    assert [lo for _, lo, *_ in deaths("Gunmen killed a soldier and wounded two others.")] == [1]


def test_militants_who_broke_out_of_a_jail_are_no_dead() -> None:
    text = "In August, 25 al-Qaida-linked militants broke out of a jail in Dushanbe, killing six prison guards."
    assert [(t, lo) for t, lo, *_ in deaths(text)] == [("six", 6)]
    assert others(text) == ["25"]


def test_people_a_place_holds_are_not_its_dead() -> None:
    text = (
        "Officials say gunmen have raided a United Nations compound housing 5,000 civilians and U.N. "
        "peacekeepers, killing at least 20 people and wounding 60."
    )
    assert [(t, low) for t, low, *_ in deaths(text)] == [("at least 20", 20)]
    assert "5,000" in others(text)
    bus = "A bus carrying 40 passengers hit a mine, killing 12."
    assert [low for _, low, *_ in deaths(bus)] == [12]


def test_a_figure_before_a_killing_with_its_own_figure_counts_the_attackers() -> None:
    text = "Police said two militants opened fire on a paramilitary camp, killing five soldiers."
    assert [low for _, low, *_ in deaths(text)] == [5]
    # the dead themselves, told before their verb, stay the dead
    assert [low for _, low, *_ in deaths("Five soldiers were killed, bringing the toll to 12.")][:1] == [5]


def test_a_year_followed_by_a_comma_still_dates_the_figure() -> None:
    import datetime as dt

    from summarizer.figure_scope import past_year

    sentence = (
        "As we approach one year since the violence on Armed Forces Day 2021, in which more than 100 people were killed"
    )
    assert past_year(sentence, dt.date(2022, 3, 25))
    assert not past_year("The clashes killed 2,021 people", dt.date(2022, 3, 25))  # a number, not a year


def test_the_actor_tables_civilian_nouns_name_the_dead() -> None:
    from summarizer.victims import victims_of

    # one list for who an actor is and whose dead a figure counts
    found = deaths("Gunmen fired on a vehicle, killing at least four Shi'ite Muslims, police said.")
    assert [(lo, victims) for _, lo, _, _, _, victims in found] == [(4, "civilians")]
    assert victims_of("Islamic preachers") == victims_of("commuters") == "civilians"
    # a noun that says nothing of the side stays unknown, a side's noun keeps its side
    assert victims_of("people") == "unknown"
    assert victims_of("soldiers and preachers") == "state_forces"


def test_a_months_long_battles_toll_is_no_days_toll() -> None:
    text = "Philippine forces drove out the militants after a five-month battle that left more than 1,000 people dead."
    assert [scope for _, _, _, scope, *_ in deaths(text)] == ["cumulative"]
    # a battle told without its length keeps its toll
    assert [scope for _, _, _, scope, *_ in deaths("The battle left more than 100 people dead.")] == ["event"]


def test_a_single_dead_told_with_its_noun_is_counted_as_who_they_were() -> None:
    # "killed an Iraqi soldier": the noun is inside the figure's own words
    for sentence, want in [
        ("Elsewhere in the city, officials say a suicide bomber killed an Iraqi soldier.", ["state_forces"]),
        ("A car bomb killed an Iraqi policeman and two civilians in Mosul.", ["state_forces", "civilians"]),
        ("Suicide bombers killed an Afghan civilian near the base.", ["civilians"]),
    ]:
        figures, _ = find_figures(sentence, sentence_spans(sentence))
        assert [f.victims for f in figures] == want, sentence
    # a bare number says nothing about who died
    figures, _ = find_figures("Gunmen killed 12 in Gao.", sentence_spans("Gunmen killed 12 in Gao."))
    assert [f.victims for f in figures] == ["unknown"]


def test_former_soldiers_killed_are_civilians() -> None:
    from summarizer.victims import victims_of

    assert victims_of("anciens militaires de l’armée burundaise et un enfant") == "civilians"
    assert victims_of("former soldiers") == victims_of("retired army officers") == "civilians"
    assert victims_of("soldiers") == victims_of("militaires de l'armée") == "state_forces"


def test_a_source_that_investigates_claims_is_not_their_claimant() -> None:
    text = (
        "The U.N. mission said Monday that it was investigating reports that an air strike killed at least 30 "
        "villagers. The deaths were first reported by the Kivu Security Tracker, a monitoring group."
    )
    assert [(f[0], f[4]) for f in deaths(text)] == [("at least 30", "Kivu Security Tracker")]
    alone = "The army said it was looking into claims that soldiers killed 12 civilians."
    assert [(f[0], f[4]) for f in deaths(alone)] == [("12", "unconfirmed reports")]
    # a source that gives the figure itself still does
    assert [(f[0], f[4]) for f in deaths("The army said soldiers killed 12 militants.")] == [("12", "army")]


def test_one_person_named_by_a_noun_with_a_dotted_country_or_an_office_is_a_death() -> None:
    assert [(f[0], f[1]) for f in deaths("To the north, a roadside bomb killed a U.S. soldier in Kirkuk.")] == [
        ("a U.S. soldier", 1)
    ]
    assert [(f[0], f[1]) for f in deaths("The blast killed a local mayor.")] == [("a local mayor", 1)]
    assert [(f[0], f[1]) for f in deaths("A Marine was killed in combat.")] == [("A Marine", 1)]
    # the one who tells it is no death
    assert [(f[0], f[1]) for f in deaths("Three people were killed, a local mayor said.")] == [("Three", 3)]


def test_men_named_as_the_dead_are_civilians_not_the_killers_the_clause_names() -> None:
    text = "The governor said six women and three men were killed by the militants."
    found, _ = find_figures(text, sentence_spans(text))
    assert [(f.low, f.victims) for f in found] == [(6, "civilians"), (3, "civilians")]
    own = "“According to a first tally, we lost six men,” said an army spokesman."
    assert [f.victims for f in find_figures(own, sentence_spans(own))[0]] != ["civilians"]


def test_french_lives_lost_and_a_murder_told_with_its_date_are_deaths() -> None:
    lost = (
        "L'armée affirme avoir tué plus de 300 rebelles. Cinq soldats ont également perdu leurs vies dans ces combats."
    )
    assert [f[1] for f in deaths(lost)] == [300, 5]
    murder = "L'armée a déclaré mardi avoir arrêté quatre soldats pour le meurtre le 1er juin de 9 civils."
    assert [f[1] for f in deaths(murder)] == [9]
    assert others(murder) == ["quatre"]


def test_a_round_figure_told_in_words_is_read_whole_and_years_of_unrest_are_a_running_toll() -> None:
    text = "More than 13-hundred people have been killed in two years of unrest along Thailand's southern border."
    assert deaths(text) == [("More than 13-hundred", 1300, None, "cumulative", None, "unknown")]


def test_a_war_sized_toll_told_in_the_perfect_is_a_running_toll_not_an_events() -> None:
    war = "The fighting between rebels, militias and the government has killed an estimated 200,000 people."
    assert [(f[1], f[3]) for f in deaths(war)] == [(200000, "cumulative")]
    one = "Officials say the attack has killed 120 people."
    assert [(f[1], f[3]) for f in deaths(one)] == [(120, "event")]


def test_a_killing_claimed_by_a_group_is_its_figure_and_one_named_and_one_other_are_two() -> None:
    claimed = "Le groupe de l’état islamique a revendiqué la tuerie de plus de 50 soldats dans l’attaque."
    assert [(f[1], f[2], f[4]) for f in deaths(claimed)] == [(50, None, "groupe de l’état islamique")]
    two = "A bomb exploded outside a district court in Nowshera Tuesday, killing a police officer and one other person."
    assert [(f[1], f[2]) for f in deaths(two)] == [(2, 2)]
    year = (
        "UNICEF said there have been 10 similar attacks over the past year, leading to 1,436 kidnappings and 16 deaths."
    )
    assert [(f[1], f[3]) for f in deaths(year)] == [(16, "cumulative")]


def test_another_person_killed_is_one_more_death() -> None:
    # "Another person was killed": one more dead, told after the first ones
    found = deaths("Title\n\nAnother person was killed when police opened fire on protesters in Baramulla.")
    assert [(f[0], f[1], f[2]) for f in found] == [("Another person", 1, 1)]
    assert [(f[0], f[1]) for f in deaths("Title\n\nPolice said another soldier died of his wounds.")] == [
        ("another soldier", 1)
    ]
    # "another bomb" is no person: the policeman it killed is the one figure
    assert [f[0] for f in deaths("Title\n\nAnother bomb killed a policeman in Mosul.")] == ["a policeman"]


def test_assassinated_and_the_body_of_tell_deaths() -> None:
    assert [(f[0], f[1]) for f in deaths("Title\n\nGunmen assassinated two judges in Mosul on Monday.")] == [("two", 2)]
    assert [(f[0], f[1]) for f in deaths("Title\n\nThe body of a journalist was found Thursday near Baqouba.")] == [
        ("a journalist", 1)
    ]


def test_one_person_named_by_a_french_noun_is_one_death() -> None:
    assert [(f[0], f[1]) for f in deaths("Titre\n\nUn journaliste centrafricain assassiné à Bangui.")] == [
        ("Un journaliste", 1)
    ]
    assert [(f[0], f[1]) for f in deaths("Titre\n\nUn casque bleu a été tué lundi à Kidal.")] == [("Un casque bleu", 1)]


def test_the_dead_of_a_running_toll_told_in_the_next_sentence_are_running_too() -> None:
    found = deaths(
        "Title\n\nMore than 200 people have been killed since fighting erupted at the camp on May 20. "
        "The dead include more than 110 soldiers and at least 60 militants."
    )
    assert [(f[1], f[3]) for f in found] == [(200, "cumulative"), (110, "cumulative"), (60, "cumulative")]
    # the dead of one attack told that way stay the attack's
    one = deaths("Title\n\nA bomb killed nine people in Kabul on Monday. The dead include two soldiers.")
    assert [(f[1], f[3]) for f in one] == [(9, "event"), (2, "event")]


def test_a_toll_in_the_words_of_one_side_is_read_after_what_they_called() -> None:
    text = (
        "Soldiers were clearing the area Thursday, a day after air strikes killed what the military called "
        'at least 60 "hardcore terrorists" including commanders.'
    )
    assert [(t, lo) for t, lo, *_ in deaths(text)] == [("at least 60", 60)]
    assert deaths("The raid killed what officials described as 12 militants.")[0][1] == 12


def test_both_people_are_two_but_both_groups_are_no_count() -> None:
    assert [(t, lo) for t, lo, *_ in deaths("Police say both attackers were killed in a gun battle.")] == [("both", 2)]
    assert [lo for _, lo, *_ in deaths("The crash killed both pilots.")] == [2]
    assert deaths("Both soldiers and civilians were killed in the shelling.") == []


def test_one_named_by_his_post_and_n_others_are_n_plus_one() -> None:
    text = (
        "Taliban fighters stormed the district center late Saturday, killing its police chief, "
        "Said Younus Hussaini, and 10 other security personnel."
    )
    assert [lo for _, lo, *_ in deaths(text)] == [11]
    # two soldiers named by a number are a figure of their own, not "the one"
    assert [lo for _, lo, *_ in deaths("The attack killed the two soldiers and three others.")] == [2, 3]


def test_an_undated_sentence_after_one_opening_on_a_past_week_is_background() -> None:
    import datetime as dt

    story = (
        "Hostages rescued\n\n"
        "Troops rescued three hostages late Friday. "
        "Last week, the rebels abducted more than 30 people from two villages. Ten of them were beheaded."
    )
    found, _ = find_figures(story, sentence_spans(story), published=dt.date(2001, 8, 11))
    assert [(f.text, f.scope) for f in found] == [("Ten", "background")]
    # told on a day of this week, the same killing is the story's
    today = story.replace("Last week, the rebels", "On Thursday, the rebels")
    found, _ = find_figures(today, sentence_spans(today), published=dt.date(2001, 8, 11))
    assert [(f.text, f.scope) for f in found] == [("Ten", "event")]


def test_a_french_ministry_that_speaks_of_a_toll_is_its_claimant() -> None:
    text = (
        "Dans un communiqué, le ministère de la défense parle d’« un malheureux accident » au cours duquel "
        "12 personnes ont été tuées dont 5 civils."
    )
    assert attribution(text) == "ministère de la défense"
    assert (
        attribution("Le ministère de la défense a indiqué que 12 personnes ont été tuées.") == "ministère de la défense"
    )
    assert attribution("Les habitants font état de 20 morts.") == "habitants"


def test_fighters_counted_by_their_groups_name_are_non_state() -> None:
    found = deaths("An investigation shows that 62 Taleban and 45 civilians were killed.")
    assert [(lo, v) for _, lo, _, _, _, v in found] == [(62, "non_state"), (45, "civilians")]
    assert [v for *_, v in deaths("He said 27 pro-government militiamen were killed.")] == ["non_state"]


def test_hostages_killed_are_deaths_but_hostages_freed_are_not() -> None:
    assert [lo for _, lo, *_ in deaths("Two hostages were killed trying to escape.")] == [2]
    assert [lo for _, lo, *_ in deaths("Deux otages ont été exécutés.")] == [2]
    assert deaths("Two hostages were freed.") == [] and others("Two hostages were freed.") == ["Two"]


@pytest.mark.parametrize(
    "text",
    [
        "Arrestation de trois soldats camerounais impliqués dans la mort des civils",
        "The arrest of three soldiers over the deaths of two civilians was announced on Wednesday.",
    ],
)
def test_people_arrested_over_deaths_are_not_the_dead(text: str) -> None:
    assert [f[1] for f in deaths(text)] in ([], [2])
    assert others(text)[:1] in (["trois"], ["three"])


def test_a_toll_a_relative_clause_puts_at_a_number_is_a_death_figure() -> None:
    text = "He did not provide an exact death toll, which militants placed at 25."
    assert [f[1] for f in deaths(text)] == [25]


def test_a_part_told_after_its_total_is_no_toll_of_its_own() -> None:
    from summarizer.deaths import find_figures
    from summarizer.text import sentence_spans

    text = 'The director said that of the 11 victims, four were unidentifiable "because all the bodies were burnt."'
    deaths, others = find_figures(text, sentence_spans(text))
    assert [d.text for d in deaths] == []
    assert [o.text for o in others] == ["four"]


def test_the_wounded_who_succumbed_are_deaths() -> None:
    from summarizer.deaths import find_figures
    from summarizer.text import sentence_spans

    for text, low in (
        ("Trois soldats ont succombé à leurs blessures.", 3),
        ("Two soldiers succumbed to their injuries on Monday.", 2),
    ):
        deaths, _ = find_figures(text, sentence_spans(text))
        assert [d.low for d in deaths] == [low], text


def test_a_courts_death_sentences_are_no_deaths() -> None:
    assert deaths("An Iraqi court has sentenced 24 militants to death for their part in a massacre.") == []
    assert deaths("Iraq Sentences 24 to Death for Massacre") == []
    assert [f[1] for f in deaths("A court handed down death sentences Tuesday for five militants.")] == []
    # an execution is a killing
    assert [f[1] for f in deaths("Five men were executed on Monday.")] == [5]


def test_one_victim_named_by_office_and_n_of_another_kind_count_together() -> None:
    # "killed a district governor and seven police personnel": eight dead, the one is no figure
    lead = "A pre-dawn Taliban attack has killed a district governor and seven police personnel in Ghazni."
    assert [(f[0], f[1]) for f in deaths(lead)] == [("seven", 8)]
    # a one the code counts already keeps its own figure and kind
    mosul = "A car bomb killed an Iraqi policeman and two civilians in Mosul."
    assert [(f[1], f[5]) for f in deaths(mosul)] == [(1, "state_forces"), (2, "civilians")]


def test_attackers_counted_as_they_act_are_not_joined_to_the_dead_after_them() -> None:
    stormed = deaths("Hundreds of militants stormed the base and 30 soldiers died.")
    assert [(d[1], d[2]) for d in stormed] == [(30, 30)]
    # the dead told together before one verb stay the dead
    assert [(d[1], d[2]) for d in deaths("50 Russians and 10 soldiers were killed.")] == [(50, 50), (10, 10)]


def test_a_toll_put_at_a_figure_or_a_toll_that_hits_one_is_the_dead() -> None:
    lead = (
        "Officials in Mali have put the death toll from Sunday’s militant attack on an army camp in the village of "
        "Dioura at 23."
    )
    assert [(t, low) for t, low, *_ in deaths(lead)] == [("23", 23)]
    assert [(t, low) for t, low, *_ in deaths("Death Toll in Jihadist Ambush on Malian Soldiers Hits 23")] == [
        ("23", 23)
    ]
    assert deaths("The army put the number of trucks in the convoy at 23.") == []


def test_the_dead_in_the_words_a_source_calls_them_are_still_counted() -> None:
    # "of what it calls ..." sets off the source's own words; the verb stays the figure's
    text = (
        'The provincial government says that at least 24 of what it calls suspected "foreign terrorists"'
        " along with locals sheltering them were also killed in the fighting."
    )
    assert [(f[1], f[5]) for f in deaths(text)] == [(24, "non_state")]
    assert deaths("Officials say 30 of what they call bandits were arrested.") == []
