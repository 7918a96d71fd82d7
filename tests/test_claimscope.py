"""A figure whose sentence names another town belongs to another event (code only)."""

from __future__ import annotations

import datetime as dt

from claim_helpers import spanned_claim

from summarizer.article import Article
from summarizer.claimscope import claims_of_this_event
from summarizer.geo import locate
from summarizer.schema import ArticleMeta, FatalityClaim, Location
from summarizer.text import sentence_spans

TEXT = (
    "Three attacks north of Baghdad\n\n"
    "A suicide bomber struck a funeral in Muqdadiyah, killing at least 22 mourners, police said. "
    "In nearby Baquba, a suicide bomber struck a cafe, killing at least eight people."
)


def _claim(low: int, quote: str) -> FatalityClaim:
    return FatalityClaim(low=low, high=None, victims="civilians", claimant="police", quote=quote)  # type: ignore[arg-type]


def test_a_toll_told_of_another_town_leaves_the_event() -> None:
    art = Article(text=TEXT, sentences=sentence_spans(TEXT), meta=ArticleMeta(published=dt.date(2013, 7, 1)))
    here = locate("Muqdadiyah", country="Iraq")
    assert here.latitude is not None
    funeral = _claim(22, art.sentence_text(1))
    cafe = _claim(8, art.sentence_text(2))
    kept, moved, flags = claims_of_this_event([funeral, cafe], art, here)
    assert kept == [funeral] and moved == [cafe]
    assert flags == ["claim_names_another_place:8 (Baquba)"]
    # every figure elsewhere: the event's place is the doubt, the figures stay, flagged
    kept, moved, flags = claims_of_this_event([cafe], art, here)
    assert kept == [cafe] and moved == []
    assert flags == ["claim_doubtful_names_another_place:8 (Baquba)"]


_spanned = spanned_claim


def test_the_toll_of_the_attack_this_one_followed_leaves_it() -> None:
    text = (
        "14 Killed in Attacks in Iraq\n\n"
        "Suicide car bombs killed eight people at a checkpoint in Abu Ghraib on Monday, officials said. "
        "The blasts followed a suicide bomb blast earlier in the day at a funeral that killed at least 24 people. "
        "Five days after the attack in Kati, which killed one person, at least 15 soldiers were killed on Wednesday."
    )
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2016, 2, 29)))
    here = locate("Abu Ghraib", country="Iraq")
    own, earlier, headline = _spanned(art, 1, 8), _spanned(art, 2, 24), _spanned(art, 0, 14)
    kept, moved, flags = claims_of_this_event([own, earlier, headline], art, here)
    assert kept == [own] and moved == [earlier, headline]
    assert flags == ["claim_of_an_earlier_attack:24", "claim_headline_total_over_attacks:14"]
    # a sentence that opens with "five days after": only the earlier attack's own toll is its
    fifteen, one = _spanned(art, 3, 15), _spanned(art, 3, 1)
    kept, moved, flags = claims_of_this_event([fifteen, one], art, Location(country="Mali"))
    assert kept == [fifteen] and moved == [one]
    # a headline's toll that is the event's only figure stays
    kept, _, _ = claims_of_this_event([headline], art, here)
    assert kept == [headline]


def test_the_toll_of_the_day_before_told_with_a_day_after_leaves_the_event() -> None:
    text = (
        "Kashmir under curfew\n\n"
        "Security forces in Indian Kashmir shot and killed two protesters Saturday, a day after four others were "
        "killed in demonstrations against Indian rule."
    )
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2010, 7, 31)))
    two, four = _spanned(art, 1, 2), _spanned(art, 1, 4)
    kept, moved, flags = claims_of_this_event([two, four], art, Location(country="India"))
    assert kept == [two] and moved == [four]
    assert flags == ["claim_of_another_days_attack:4"]


def test_a_toll_of_another_attack_on_another_day_leaves_the_event() -> None:
    from summarizer.schema import DateSpan

    text = (
        "Drone Missiles Kill 5 in Pakistan\n\n"
        "Officials say missiles fired by a suspected U.S. drone killed at least five militants Tuesday. "
        "On Sunday, Pakistani officials said a drone attack on a suspected militant hideout killed 20 people. "
        "On Wednesday, officials said the strike killed five men."
    )
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2010, 1, 20)))
    tuesday = DateSpan(start=dt.date(2010, 1, 19), end=dt.date(2010, 1, 19), precision="day")
    five, twenty, statement = _spanned(art, 1, 5), _spanned(art, 2, 20), _spanned(art, 3, 5)
    kept, moved, flags = claims_of_this_event([five, twenty, statement], art, Location(country="Pakistan"), tuesday)
    assert kept == [five, statement] and moved == [twenty]
    assert flags == ["claim_of_another_days_attack:20"]
    # with no event day, nothing is moved on a date
    kept, moved, _ = claims_of_this_event([five, twenty], art, Location(country="Pakistan"))
    assert moved == []


def test_a_toll_in_attacks_told_as_a_bare_plural_sums_several_events() -> None:
    text = (
        "Attacks Continue in Somalia\n\n"
        "Witnesses and officials say 16 people died and at least 10 others were wounded in attacks. "
        "Four government soldiers died when a land mine exploded outside Mogadishu."
    )
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2016, 3, 2)))
    total, mine = _spanned(art, 1, 16), _spanned(art, 2, 4)
    kept, moved, flags = claims_of_this_event([total, mine], art, Location(country="Somalia"))
    assert kept == [mine] and moved == [total]
    assert flags == ["claim_headline_total_over_attacks:16"]
    # "in the attack" is one event's toll
    one = "Attack in Somalia\n\nWitnesses say 16 people died in the attack. Four soldiers were among the dead."
    art = Article(text=one, sentences=sentence_spans(one), meta=ArticleMeta(published=dt.date(2016, 3, 2)))
    kept, moved, _ = claims_of_this_event([_spanned(art, 1, 16), _spanned(art, 2, 4)], art, Location(country="Somalia"))
    assert moved == []


def test_another_town_in_another_clause_does_not_move_the_figure() -> None:
    text = (
        "Shelling Kills 18\n\n"
        "A group says government shelling has killed at least 18 people in Ariha, while 28 rebels died near Damascus."
    )
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2013, 7, 21)))
    here = locate("Ariha", country="Syria")
    eighteen, rebels = _spanned(art, 1, 18), _spanned(art, 1, 28)
    kept, moved, flags = claims_of_this_event([eighteen, rebels], art, here)
    assert kept == [eighteen] and moved == [rebels]
    assert flags == ["claim_names_another_place:28 (Damascus)"]


def test_a_toll_over_two_bases_leaves_only_beside_a_count_of_its_own_base() -> None:
    text = (
        "Attacks in Somalia\n\n"
        "Six soldiers and 19 militants were killed when al-Shabab attacked two bases on Friday, officials said. "
        "Local sources said five government soldiers were killed in Haji Ali."
    )
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2020, 1, 18)))
    here = locate("Haji Ali", country="Somalia")
    six, nineteen, five = _spanned(art, 1, 6), _spanned(art, 1, 19), _spanned(art, 2, 5)
    six, nineteen = (
        six.model_copy(update={"victims": "state_forces"}),
        nineteen.model_copy(update={"victims": "non_state"}),
    )
    five = five.model_copy(update={"victims": "state_forces"})
    kept, moved, flags = claims_of_this_event([six, nineteen, five], art, here)
    assert kept == [nineteen, five] and moved == [six]  # the militants' 19 is the only word on them
    assert flags == ["claim_total_over_targets:6"]


def test_what_an_attack_came_after_is_another_events_toll() -> None:
    text = (
        "Soldiers killed in Yemen\n\n"
        "Militants killed at least 13 soldiers in a suicide attack on an army base near Shakra on Friday, officials said. "
        "Friday's attack came a day after officials said suspected drone strikes killed at least seven militants."
    )
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2012, 10, 19)))
    here = locate("Abyan", country="Yemen")
    own, drones = _spanned(art, 1, 13), _spanned(art, 2, 7)
    kept, moved, flags = claims_of_this_event([own, drones], art, here)
    assert kept == [own] and moved == [drones]
    assert flags == ["claim_of_another_days_attack:7"]  # "a day after": another day's


def test_the_toll_a_week_before_stays_out_even_as_the_events_only_figure() -> None:
    text = (
        "Three UN Peacekeepers Injured in Clash in Haiti\n\n"
        "Three U.N. peacekeepers have been injured in a clash with gangs in Port-au-Prince. "
        "The latest violence comes a week after gang violence claimed the lives of more than 20 people in the city."
    )
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2006, 7, 14)))
    here = locate("Port-au-Prince", country="Haiti")
    earlier = _spanned(art, 2, 20)
    kept, moved, flags = claims_of_this_event([earlier], art, here)
    assert kept == [] and moved == [earlier]
    assert flags == ["claim_of_another_days_attack:20"]


def test_the_day_told_nearest_a_figure_is_its_own() -> None:
    from summarizer.schema import DateSpan

    text = (
        "Junta Confirms Airstrike\n\n"
        "At least 50 people were killed in Tuesday's airstrike on the village, news outlets say. "
        "A spokesman issued a statement saying Tuesday's attack and a reported airstrike on April 10 that killed "
        "at least nine people in Chin state show the regime's disregard for life."
    )
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2023, 4, 12)))
    tuesday = DateSpan(start=dt.date(2023, 4, 11), end=dt.date(2023, 4, 11), precision="day")
    fifty, nine = _spanned(art, 1, 50), _spanned(art, 2, 9)
    kept, moved, flags = claims_of_this_event([fifty, nine], art, Location(country="Myanmar"), tuesday)
    assert kept == [fifty] and moved == [nine] and flags == ["claim_of_another_days_attack:9"]


def test_a_reported_attack_is_no_statement_and_its_day_is_an_events() -> None:
    from summarizer.dates import event_date_phrases

    assert event_date_phrases("a reported airstrike on April 10 that killed at least nine people") == ["April 10"]
    assert event_date_phrases("officials reported on Monday that nine people died") == []


def test_a_toll_of_last_week_is_a_recalled_attacks() -> None:
    from summarizer.schema import DateSpan

    text = (
        "Government Takes Over Militia Bases\n\n"
        "Protesters stormed the militia's headquarters in Benghazi on Friday. "
        "The militia has been linked to the assault that killed four Americans there last week."
    )
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2012, 9, 22)))
    friday = DateSpan(start=dt.date(2012, 9, 21), end=dt.date(2012, 9, 21), precision="day")
    four = _spanned(art, 2, 4)
    kept, moved, flags = claims_of_this_event([four], art, Location(country="Libya"), friday)
    # alone, it still leaves: the recalled week is no doubt about the event's own day
    assert kept == [] and moved == [four] and flags == ["claim_of_a_past_period:4"]
    # beside a figure doubted for another reason (and so kept, flagged), it still leaves
    text2 = text + " Officials say six soldiers were killed in attacks on two bases in Benghazi."
    art2 = Article(text=text2, sentences=sentence_spans(text2), meta=ArticleMeta(published=dt.date(2012, 9, 22)))
    six, four2 = _spanned(art2, 3, 6), _spanned(art2, 2, 4)
    kept, moved, flags = claims_of_this_event([six, four2], art2, Location(country="Libya"), friday)
    assert moved == [four2] and "claim_of_a_past_period:4" in flags
    # a toll told with this event's day stays
    same = _spanned(art, 1, 4).model_copy(update={"quote": "Four people were killed on Friday."})
    assert claims_of_this_event([same], art, Location(country="Libya"), friday)[1] == []


def test_a_sum_over_two_bases_leaves_once_a_rival_count_of_the_base_joins() -> None:
    from summarizer.claimscope import totals_over_targets

    lead = "Six soldiers and 19 militants were killed when al-Shabab attacked two bases, officials said."
    own = "The statement said 15 al-Shabab militants were killed."
    total = FatalityClaim(low=19, high=19, victims="non_state", claimant="officials", quote=lead)
    base = FatalityClaim(low=15, high=15, victims="non_state", claimant="statement", quote=own)
    assert totals_over_targets([total]) == ([total], [], [])
    assert totals_over_targets([total, base]) == ([base], [total], ["claim_total_over_targets:19"])


def test_a_town_of_another_region_is_elsewhere_also_when_the_events_place_is_unknown() -> None:
    text = (
        "Bomber Kills 23 in Baghdad\n\n"
        "A suicide car bomber killed 23 people at a checkpoint in the Kadhimiya district of Baghdad. "
        "Also Tuesday, reports say airstrikes killed 19 people in the militant-controlled city of Fallujah."
    )
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2014, 7, 22)))
    kadhimiya = Location(country="Iraq", admin1="Baghdad", place="Kadhimiya", geo_precision=2)
    own, other = _spanned(art, 1, 23), _spanned(art, 2, 19)
    kept, moved, flags = claims_of_this_event([own, other], art, kadhimiya)
    assert kept == [own] and moved == [other] and flags == ["claim_names_another_place:19 (Fallujah)"]


def test_a_toll_told_with_the_other_kind_of_weapon_is_another_attacks() -> None:
    text = (
        "Suspected US Missile Kills 4 in Pakistan\n\n"
        "Officials say a missile strike from a U.S. drone killed at least four militants near Miran Shah. "
        "On Sunday, a roadside bomb killed three soldiers in the western Khyber region."
    )
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2009, 9, 14)))
    four, three = _spanned(art, 1, 4), _spanned(art, 2, 3)
    where = Location(country="Pakistan")
    kept, moved, flags = claims_of_this_event([four, three], art, where, None, "Air/drone strike")
    assert kept == [four] and moved == [three] and flags == ["claim_of_another_kind_of_attack:3"]
    # the other way round: in a story of a suicide bombing, the drone strike's toll is another attack's
    assert claims_of_this_event([four, three], art, where, None, "Suicide bomb")[1] == [four]


def test_the_toll_of_the_days_before_is_theirs() -> None:
    from summarizer.schema import DateSpan

    text = (
        "Border Clashes Go On\n\n"
        "There was a fresh exchange of artillery fire Sunday along the border following two days of clashes "
        "that left at least 10 soldiers dead. "
        "After two days of fighting, officials said 20 rebels were killed."
    )
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2011, 4, 24)))
    sunday = DateSpan(start=dt.date(2011, 4, 24), end=dt.date(2011, 4, 24), precision="day")
    ten = _spanned(art, 1, 10)
    kept, moved, flags = claims_of_this_event([ten], art, Location(country="Cambodia"), sunday)
    assert kept == [] and moved == [ten] and flags == ["claim_of_a_past_period:10"]
    # fronted, the days of fighting are the event the toll belongs to
    twenty = _spanned(art, 2, 20)
    assert claims_of_this_event([twenty], art, Location(country="Cambodia"), sunday)[0] == [twenty]


def test_another_days_battle_stays_out_even_as_the_events_only_figure() -> None:
    from summarizer.dates import event_date_phrases
    from summarizer.schema import DateSpan

    text = (
        "Chad Army, Rebels Clash\n\n"
        "Chad's army and rebels clashed Thursday in the Hadjer Marfain mountains. "
        "The army and rebels fought an intense battle on Monday in which both sides claim to have killed hundreds."
    )
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2007, 11, 29)))
    thursday = DateSpan(start=dt.date(2007, 11, 29), end=dt.date(2007, 11, 29), precision="day")
    hundreds = _spanned(art, 2, 100)
    kept, moved, flags = claims_of_this_event([hundreds], art, Location(country="Chad"), thursday)
    assert kept == [] and moved == [hundreds] and flags == ["claim_of_another_days_attack:100"]
    # the day a statement was made is no day of another attack
    said = "The U.N. mission on Tuesday condemned the brutal killing of 11 civilians in a roadside ambush."
    assert event_date_phrases(said) == []


def test_a_toll_over_two_described_attacks_sums_several_events() -> None:
    text = (
        "10 Soldiers Killed in 2 Attacks\n\n"
        "At least 10 Pakistani soldiers were killed Saturday in two militant attacks, the military said. "
        "Six soldiers were killed in the first attack near Gurbaz."
    )
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2019, 7, 27)))
    total, mine = _spanned(art, 1, 10), _spanned(art, 2, 6)
    kept, moved, _ = claims_of_this_event([total, mine], art, Location(country="Pakistan"))
    assert kept == [mine] and moved == [total]


def test_a_toll_of_previous_attacks_told_together_is_none_of_this_events() -> None:
    text = (
        "Militants killed in base attack\n\n"
        "Soldiers killed at least 110 militants who attacked a base in Halgan on Thursday, officials said. "
        "Previous attacks killed 54 Burundian soldiers in Leego town and 19 Ugandans in Janaale. "
        "The attackers were driven back, and 16 of them died in earlier fighting that day, the group said."
    )
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2016, 6, 9)))
    here = Location(country="Somalia", place="Halgan", geo_precision=1)  # a village the gazetteer lacks
    own, previous, sixteen = _spanned(art, 1, 110), _spanned(art, 2, 54), _spanned(art, 3, 16)
    kept, moved, flags = claims_of_this_event([own, previous, sixteen], art, here)
    assert kept == [own, sixteen] and moved == [previous]
    assert flags == ["claim_of_an_earlier_attack:54"]


def test_an_event_whose_every_figure_was_another_days_gets_its_evidence_figures() -> None:
    from summarizer.claimcheck import evidence_claims_instead
    from summarizer.schema import DateSpan

    text = (
        "Suspected US Drone Attack Kills 2 in Pakistan\n\n"
        "A suspected U.S. drone missile attack has killed two people in North Waziristan. "
        "Officials say the attack took place Thursday near Miran Shah. "
        "In other violence Wednesday, officials said militants killed two female teachers in a roadside ambush."
    )
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2009, 11, 5)))
    thursday = DateSpan(start=dt.date(2009, 11, 5), end=dt.date(2009, 11, 5), precision="day")
    teachers = _spanned(art, 3, 2)  # the model's figure: Wednesday's ambush, not the strike
    kept, moved, flags = claims_of_this_event([teachers], art, Location(country="Pakistan"), thursday)
    assert kept == [] and moved == [teachers] and flags == ["claim_of_another_days_attack:2"]
    found, why = evidence_claims_instead(art, [0, 1, 2], moved, flags, old_event=False)
    assert [(c.low, c.quote) for c in found] == [(2, art.sentence_text(1))]
    assert why == ["claim_from_evidence_after_recalled:2"]
    # a figure moved out for its place, not its day, is a doubt about the event: nothing added
    elsewhere = ["claim_names_another_place:2 (Bajaur)"]
    assert evidence_claims_instead(art, [0, 1, 2], moved, elsewhere, old_event=False) == ([], [])


def _story(text: str, day: dt.date) -> Article:
    return Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=day))


def test_a_village_given_near_the_events_city_is_another_place() -> None:
    art = _story(
        "Baghdad blasts\n\n"
        "Three car bombs rocked central Baghdad Sunday, killing at least 41 people, officials said. "
        "On Saturday, officials imposed a curfew in the village of Bou Saifi near Baghdad, where gunmen killed at "
        "least 24 people a day earlier.",
        dt.date(2010, 4, 4),
    )
    here = locate("Baghdad", country="Iraq")
    blasts, village = _claim(41, art.sentence_text(1)), _claim(24, art.sentence_text(2))
    kept, moved, flags = claims_of_this_event([blasts, village], art, here)
    assert kept == [blasts] and moved == [village]
    assert "claim_names_another_place:24 (Bou Saifi)" in flags
    # the event's city named as a place of its own, not as a reference, keeps its figure
    own = _claim(5, "In Baghdad, near the village of Bou Saifi road, gunmen killed five people.")
    assert claims_of_this_event([blasts, own], art, here)[0] == [blasts, own]


def test_a_bulletins_item_opening_on_another_place_is_another_events() -> None:
    art = _story(
        "Pakistan\n\n"
        "In South Waziristan, a military statement said fighting had killed eight suspected militants. "
        "In the greater Swat valley, the military said security forces shot dead four suspected terrorists.",
        dt.date(2010, 1, 3),
    )
    here = Location(country="Pakistan", admin1="Khyber Pakhtunkhwa", place="South Waziristan", geo_precision=1)
    fight, swat = _claim(8, art.sentence_text(1)), _claim(4, art.sentence_text(2))
    kept, moved, flags = claims_of_this_event([fight, swat], art, here)
    assert kept == [fight] and moved == [swat] and "claim_names_another_place:4 (Swat)" in flags
    # where someone spoke, a city the gazetteer knows abroad, is no other event's place
    spoke = _claim(4, "In Washington, officials said the strike killed four suspected militants.")
    assert claims_of_this_event([fight, spoke], art, here)[0] == [fight, spoke]


def test_a_figure_told_as_a_separate_happening_and_the_leads_sum_leave_the_event() -> None:
    art = _story(
        "Somalia\n\n"
        "Witnesses say mortar barrages and grenade attacks have left at least 10 people dead in Mogadishu. "
        "The witnesses say at least nine people were killed when troops exchanged mortars with insurgents. "
        "Elsewhere, at least one person died when insurgents tossed a grenade at a group of soldiers.",
        dt.date(2007, 8, 2),
    )
    here = locate("Mogadishu", country="Somalia")
    lead, mortars, grenade = (_claim(n, art.sentence_text(i)) for n, i in ((10, 1), (9, 2), (1, 3)))
    kept, moved, flags = claims_of_this_event([lead, mortars, grenade], art, here)
    assert kept == [mortars] and {c.low for c in moved} == {1, 10}
    assert "claim_of_a_separate_happening:1" in flags and "claim_total_with_a_separate_happening:10" in flags
    # told alone, the separate happening's figure is the event's own
    assert claims_of_this_event([grenade], art, here)[0] == [grenade]


def test_a_toll_told_in_another_province_is_another_events() -> None:
    art = _story(
        "Afghan probe\n\n"
        "Afghan troops killed at least 16 people near Spin Boldak in Kandahar province late Tuesday. "
        "Also late Tuesday, in neighboring Uruzgan province, Afghan soldiers killed four suspected Taleban militants.",
        dt.date(2006, 3, 23),
    )
    here = Location(country="Afghanistan", admin1="Kandahar", place="Spin Boldak", geo_precision=1)
    probe, uruzgan = _claim(16, art.sentence_text(1)), _claim(4, art.sentence_text(2))
    kept, moved, flags = claims_of_this_event([probe, uruzgan], art, here)
    assert kept == [probe] and moved == [uruzgan] and "claim_names_another_place:4 (Uruzgan)" in flags
    # a region told bare after "in" counts too ("in North Darfur", for an event in West Darfur)
    darfur = _story(
        "Peacekeepers killed\n\n"
        "Three peacekeepers were killed in West Darfur on Sunday. "
        "Armed men stabbed and killed another peacekeeper on Friday in North Darfur.",
        dt.date(2013, 10, 14),
    )
    west = Location(country="Sudan", admin1="West Darfur", geo_precision=2)
    three, north = _claim(3, darfur.sentence_text(1)), _claim(1, darfur.sentence_text(2))
    assert claims_of_this_event([three, north], darfur, west)[:2] == ([three], [north])
    # the event's own province named stays: it is where the event was
    same = _claim(16, "Troops killed at least 16 people in Kandahar province, officials said.")
    assert claims_of_this_event([probe, same], art, here)[0] == [probe, same]


def test_a_bulletin_item_opened_on_another_day_is_another_days_toll() -> None:
    from summarizer.schema import DateSpan

    art = _story(
        "Pakistan\n\n"
        "Pakistani helicopter gunships pounded militant hideouts in North Waziristan on Friday, killing 10. "
        "Also on Thursday, Pakistani security forces said at least 10 militants were killed in North Waziristan.",
        dt.date(2007, 8, 11),
    )
    friday = DateSpan(start=dt.date(2007, 8, 10), end=dt.date(2007, 8, 10), precision="day", text="Friday")
    here = Location(country="Pakistan", admin1="Khyber Pakhtunkhwa", place="North Waziristan", geo_precision=2)
    strike, thursday = _claim(10, art.sentence_text(1)), _claim(10, art.sentence_text(2))
    kept, moved, flags = claims_of_this_event([strike, thursday], art, here, friday, "Air/drone strike")
    assert kept == [strike] and moved == [thursday] and "claim_of_another_days_attack:10" in flags
    # "Also on Friday", the event's own day, goes on with it
    same_day = _claim(10, "Also on Friday, security forces said at least 10 militants were killed.")
    assert claims_of_this_event([strike, same_day], art, here, friday, "Air/drone strike")[0] == [strike, same_day]


def test_a_killing_told_after_a_clause_that_tells_no_happening_is_the_storys() -> None:
    art = _story(
        "Taleban Claims Responsibility for Suicide Bombing in Kabul\n\n"
        "Taleban insurgents claim they have more suicide bombers waiting to strike a day after a bomber "
        "killed at least nine people in the capital, Kabul. "
        "Police arrested three men a day after a gunman killed five people in Kabul.",
        dt.date(2005, 9, 29),
    )
    here = Location(country="Afghanistan", admin1="Kabul", place="Kabul", geo_precision=1)
    nine, five = _spanned(art, 1, 9), _spanned(art, 2, 5)
    kept, moved, flags = claims_of_this_event([nine, five], art, here)
    # the claim of more bombers tells no happening: the nine are the story's bombing's;
    # an arrest made a day after a killing is a happening, and the five are the killing's
    assert kept == [nine] and moved == [five] and "claim_of_another_days_attack:5" in flags


def test_several_attacks_counted_as_the_killings_subject_give_a_sum_not_this_events_toll() -> None:
    art = _story(
        "Bombings Near Mosul\n\n"
        "Three suicide bombings in and near the Iraqi city of Mosul and other attacks in Baghdad, Sunday have "
        "killed at least 30 people, mostly Iraqis. "
        "At least 15 people died at an Iraqi army base outside Mosul when a suicide driver drove into a crowd.",
        dt.date(2005, 6, 26),
    )
    here = Location(country="Iraq", admin1="Ninewa", place="Mosul", geo_precision=2)
    total, base = _spanned(art, 1, 30), _spanned(art, 2, 15)
    kept, moved, flags = claims_of_this_event([total, base], art, here)
    assert kept == [base] and moved == [total] and "claim_headline_total_over_attacks:30" in flags
    # a part told after the sum ("including at least 22 mourners") is no sum
    parts = _story(
        "Iraq\n\nThree attacks north of the Iraqi capital have left at least 38 people dead, including at least "
        "22 mourners at a Shi'ite funeral service. A suicide bomber struck a cafe, killing at least eight people.",
        dt.date(2013, 7, 1),
    )
    mourners = _spanned(parts, 1, 22)
    assert mourners in claims_of_this_event([mourners, _spanned(parts, 2, 8)], parts, here)[0]


def test_attacks_across_a_country_as_the_subject_of_the_killing_sum_several_events() -> None:
    text = (
        "Attacks in Afghanistan Kill 6 NATO Troops\n\n"
        "Attacks across Afghanistan killed six NATO troops and at least 10 Afghan civilians Monday. "
        "Afghan officials say four civilians and a NATO soldier were killed in a suicide bomb attack in Kandahar."
    )
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2010, 3, 1)))
    total, mine = _spanned(art, 1, 6), _spanned(art, 2, 4)
    kept, moved, flags = claims_of_this_event([total, mine], art, Location(country="Afghanistan"))
    assert kept == [mine] and moved == [total]
    assert flags == ["claim_headline_total_over_attacks:6"]
