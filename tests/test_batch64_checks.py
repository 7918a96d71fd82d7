"""Checks written after reading gold batch 64, each on sentences of the kinds it read: dead
counted beyond a toll ("three more civilians"), a figure someone denies, a blast told as an
earlier one."""

from __future__ import annotations

import datetime as dt

from summarizer.article import Article
from summarizer.capitals import capital_named
from summarizer.claim_home import FLAG_RELEASED, release_other_happenings
from summarizer.deaths import find_figures
from summarizer.draft import DraftClaim, DraftEvent
from summarizer.keywords import classify
from summarizer.lead_toll import add_lead_rival
from summarizer.news_days import dates_what_it_follows
from summarizer.records import build_event
from summarizer.rival_claims import FLAG, add_rival_claims
from summarizer.schema import ArticleMeta, Event
from summarizer.separate import opens_as_another, opens_as_separate
from summarizer.text import sentence_spans

HOTEL = (
    "Hotel Attack Kills 33\n\n"
    "Authorities say the death toll from Friday's attack on a hotel in the port city has climbed to 33. "
    "Hospital sources told reporters of the death of three more civilians caught in the cross fire."
)


def _article(text: str) -> Article:
    return Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2019, 7, 13)))


def _hotel_event(art: Article) -> Event:
    draft = DraftEvent(
        sentences=[1], sub_event_type="Attack", date="Friday", place="Kismayo", region="", country="Somalia",
        actor1="gunmen", actor1_type="Rebel group", actor2="civilians", actor2_type="Civilians",
        claims=[DraftClaim(figure="33", victims="civilians", claimant="Authorities", sentence=1)],
    )  # fmt: skip
    return build_event(draft, art)[0]


def test_dead_told_as_more_than_the_toll_are_no_rival_count_of_it() -> None:
    art = _article(HOTEL)
    event = _hotel_event(art)
    add_rival_claims(art, [event])
    assert [c.low for c in event.fatality_claims] == [33]
    assert event.fatalities_acled == 33
    # the same sentence without "more" is another source's count of the same dead
    art = _article(HOTEL.replace("three more civilians", "three civilians"))
    event = _hotel_event(art)
    add_rival_claims(art, [event])
    assert sorted(c.low or 0 for c in event.fatality_claims) == [3, 33]
    assert any(f.startswith(FLAG) for f in event.flags)


def test_a_figure_someone_denies_is_no_death_count() -> None:
    text = "Fighting raged. He denied official claims of government forces killing 40 insurgents in such an attack."
    deaths, others = find_figures(text, sentence_spans(text), dt.date(2016, 4, 17))
    assert [d.low for d in deaths] == []
    assert [o.why for o in others] == ["a figure denied"]
    text = "Officials said government forces killed 40 insurgents in such an attack."
    deaths, _ = find_figures(text, sentence_spans(text), dt.date(2016, 4, 17))
    assert [d.low for d in deaths] == [40]


def test_an_earlier_blast_is_another_bombing() -> None:
    sentence = "An earlier blast in Baghdad killed eight people near a bus station."
    assert opens_as_another(sentence)
    assert classify(sentence) == ("Explosions/Remote violence", "Remote explosive/landmine/IED")
    assert not opens_as_another("The blast in Baghdad killed eight people near a bus station.")


def test_another_district_struck_is_another_happening_in_the_capital() -> None:
    sentence = "Another Shi'ite district (Shuala) of the Iraqi capital was hit Wednesday by car bombings."
    assert opens_as_separate(sentence)
    assert capital_named(sentence, "Iraq") == "Baghdad"
    # a distance from the capital places nothing in it
    assert capital_named("Gunmen struck a village north of the Iraqi capital.", "Iraq") is None


WARDAK = (
    "Taliban Attacks Kill Afghan Forces\n\n"
    "Dozens of security forces were killed in overnight Taliban attacks, officials said Sunday. "
    "A provincial spokesman said Taliban fighters stormed the Day Mirdad district center late Saturday, "
    "killing its police chief and 10 other security personnel. "
    "Afghan authorities have not commented on the fighting in Baghlan. "
    "The Taliban issued a statement, claiming it killed 60 government forces."
)


def test_a_toll_told_after_another_regions_town_leaves_the_event_for_its_own() -> None:
    art = Article(text=WARDAK, sentences=sentence_spans(WARDAK), meta=ArticleMeta(published=dt.date(2018, 9, 9)))
    draft = DraftEvent(
        sentences=[1], sub_event_type="Armed clash", date="late Saturday", place="Day Mirdad", region="Wardak",
        country="Afghanistan", actor1="Taliban", actor1_type="Rebel group", actor2="security forces",
        actor2_type="State forces",
        claims=[DraftClaim(figure="60", victims="state_forces", claimant="Taliban", sentence=4)],
    )  # fmt: skip
    event = build_event(draft, art)[0]
    assert [c.low for c in event.fatality_claims] == [60]
    release_other_happenings(art, [event])
    # Baghlan's 60 leaves; the figure of the sentence naming the event's own town stands in
    assert any(f.startswith(f"{FLAG_RELEASED}:60:Baghlan") for f in event.flags)
    assert [c.low for c in event.fatality_claims] == [11] and event.fatalities_acled == 11
    # the same toll told after a sentence of the event's own region stays
    same = WARDAK.replace("the fighting in Baghlan", "the fighting in Wardak")
    art = Article(text=same, sentences=sentence_spans(same), meta=ArticleMeta(published=dt.date(2018, 9, 9)))
    event = build_event(draft, art)[0]
    release_other_happenings(art, [event])
    assert [c.low for c in event.fatality_claims] == [60]


def test_a_day_told_of_what_the_object_suffered_is_not_the_deeds() -> None:
    lead = "The army has retaken one of two state capitals seized by renegade soldiers last week."
    assert dates_what_it_follows(lead, "last week")
    assert not dates_what_it_follows("Renegade soldiers seized the state capital last week.", "last week")


def test_soldiers_unaccounted_for_are_no_death_count() -> None:
    text = "Fighting went on. The bodies could be those of some 75 soldiers unaccounted for and feared dead."
    deaths, others = find_figures(text, sentence_spans(text), dt.date(2013, 12, 24))
    assert deaths == []
    assert [o.why for o in others] == ["unaccounted"]


def test_an_army_communique_that_neutralises_counts_the_dead_and_names_itself() -> None:
    text = (
        "Burkina Faso : au moins 41 personnes tuées\n\n"
        "L’état-major général des armées précise que la riposte a permis de neutraliser au moins 80 terroristes."
    )
    deaths, _ = find_figures(text, sentence_spans(text), dt.date(2023, 6, 28))
    assert [(d.low, d.claimant) for d in deaths if d.sentence == 1] == [(80, "état-major général des armées")]


def test_two_dozen_is_twenty_four() -> None:
    text = "Rebels say the army attacked their school, killing nearly two dozen cadets."
    deaths, _ = find_figures(text, sentence_spans(text), dt.date(2014, 11, 20))
    assert [(d.low, d.high) for d in deaths] == [(24, 24)]


TIMBUKTU = (
    "Al-Qaida Group Claims Mali Bombing\n\n"
    "Al-Qaida's North African branch has claimed a suicide bombing in Mali that killed at least four people. "
    "The group says it carried out Saturday's car bomb attack near a military camp in Timbuktu. "
    "A jihadist who spoke to a news agency says the car bomb killed 16 people."
)


def test_the_leads_lower_count_of_people_joins_a_body_count_of_them() -> None:
    art = Article(text=TIMBUKTU, sentences=sentence_spans(TIMBUKTU), meta=ArticleMeta(published=dt.date(2013, 9, 29)))
    draft = DraftEvent(
        sentences=[1, 2, 3], sub_event_type="Suicide bomb", date="Saturday", place="Timbuktu", region="",
        country="Mali", actor1="al-Qaida", actor1_type="Rebel group", actor2="people", actor2_type="Civilians",
        claims=[DraftClaim(figure="16", victims="unknown", claimant="A jihadist", sentence=3)],
    )  # fmt: skip
    event = build_event(draft, art)[0]
    add_lead_rival(art, [event])
    assert sorted(c.low or 0 for c in event.fatality_claims) == [4, 16]
    assert event.fatalities_acled == 4
    # a lead over two attacks sums them: beside another event it adds nothing
    two = TIMBUKTU.replace("a suicide bombing in Mali", "two suicide bombings in Mali")
    art = Article(text=two, sentences=sentence_spans(two), meta=ArticleMeta(published=dt.date(2013, 9, 29)))
    event, other = build_event(draft, art)[0], build_event(draft, art)[0]
    other.evidence_spans = other.evidence_spans[-1:]
    add_lead_rival(art, [event, other])
    assert [c.low for c in event.fatality_claims] == [16]


def test_both_of_a_vehicles_occupants_are_two_dead() -> None:
    text = "Officials say the attack killed both of the vehicle's occupants."
    deaths, _ = find_figures(text, sentence_spans(text), dt.date(2013, 9, 29))
    assert [(d.text, d.low) for d in deaths] == [("both", 2)]
    text = "Officials say the attack killed both soldiers and civilians."
    assert find_figures(text, sentence_spans(text), dt.date(2013, 9, 29))[0] == []


def test_a_threatened_killing_and_every_one_count_nobody() -> None:
    text = (
        "Bodies were found. A sign read: 'For every one of mine that you kill, I will kill 10.' "
        "The group vowed to kill 100 soldiers. Gunmen killed 10 soldiers on Monday."
    )
    deaths, _ = find_figures(text, sentence_spans(text), dt.date(2008, 12, 21))
    assert [(d.sentence, d.low) for d in deaths] == [(3, 10)]
