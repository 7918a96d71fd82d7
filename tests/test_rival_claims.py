"""A party's own count of the same dead, told after the event (``rival_claims.py``).

Events are built by the real checks from drafts written as the model answers them.
"""

from __future__ import annotations

import datetime as dt

from summarizer.article import Article
from summarizer.draft import DraftClaim, DraftEvent
from summarizer.records import build_event
from summarizer.rival_claims import FLAG, add_rival_claims
from summarizer.schema import ArticleMeta, Event
from summarizer.text import sentence_spans

KHAKREZ = (
    "Taliban Attack Kills 26 Afghan Soldiers\n\n"
    "Afghan officials confirmed Wednesday a Taliban attack has left at least 26 soldiers dead in Kandahar. "
    "The overnight assault in the Khakrez district targeted an army base. "
    "A Taliban spokesman claimed it captured the army base after killing 74 Afghan soldiers. "
    "Meanwhile, Taliban insurgents attacked a district center in Nuristan, where officials said 30 soldiers died."
)


def _event(art: Article, sentences: list[int], figure: str, sentence: int) -> Event:
    draft = DraftEvent(
        sentences=sentences, sub_event_type="Armed clash", date="overnight", place="Khakrez", region="",
        country="Afghanistan", actor1="Taliban", actor1_type="Rebel group", actor2="soldiers",
        actor2_type="State forces",
        claims=[DraftClaim(figure=figure, victims="state_forces", claimant="Afghan officials", sentence=sentence)],
    )  # fmt: skip
    return build_event(draft, art)[0]


def _article(text: str) -> Article:
    return Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2017, 7, 26)))


def test_a_partys_count_of_the_same_dead_joins_the_event_and_raises_its_high() -> None:
    art = _article(KHAKREZ)
    event = _event(art, [2, 3], "at least 26", 2)
    assert [c.low for c in event.fatality_claims] == [26]
    add_rival_claims(art, [event])
    assert sorted(c.low or 0 for c in event.fatality_claims) == [26, 74]
    assert f"{FLAG}:74 (Taliban spokesman)" in event.flags
    assert event.fatalities_acled == 26 and event.fatalities.high == 74
    # the toll after "Meanwhile" is another event's, not a rival count
    assert 30 not in [c.low for c in event.fatality_claims]


def test_another_events_toll_and_a_toll_beside_this_one_are_not_rivals() -> None:
    text = KHAKREZ.replace(
        "A Taliban spokesman claimed",
        "The number is in addition to 74 soldiers the Taliban said it killed. A man claimed",
    )
    art = _article(text)
    event = _event(art, [2, 3], "at least 26", 2)
    add_rival_claims(art, [event])
    assert [c.low for c in event.fatality_claims] == [26]


def test_the_parts_of_a_total_told_later_join_it() -> None:
    text = (
        "Militants Stage Deadly Raid in Central Mali\n\n"
        "Gunmen have killed at least five people in an attack on a town in central Mali. "
        "Officials said fighters struck before dawn Monday on Nampala. "
        "The dead included at least three Malian soldiers and two militants, a Nampala official told VOA."
    )
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2015, 1, 6)))
    draft = DraftEvent(
        sentences=[2, 3], sub_event_type="Armed clash", date="Monday", place="Nampala", region="", country="Mali",
        actor1="Gunmen", actor1_type="Rebel group", actor2="", actor2_type="State forces",
        claims=[DraftClaim(figure="at least five", victims="unknown", claimant="", sentence=2)],
    )  # fmt: skip
    event = build_event(draft, art)[0]
    add_rival_claims(art, [event])
    assert sorted(c.low or 0 for c in event.fatality_claims) == [2, 3, 5]
    assert event.fatalities_acled == 5  # the parts are inside the total, not added to it


def test_a_count_of_people_rivals_a_count_of_civilians() -> None:
    text = (
        "Airstrikes Kill 23 Civilians Near Damascus\n\n"
        "A monitoring group says at least 23 Syrian civilians were killed Saturday in airstrikes on Douma. "
        "The group said the dead included children. "
        "A Syrian rescue service operating in rebel areas said at least 24 people were killed."
    )
    art = _article(text)
    draft = DraftEvent(
        sentences=[2], sub_event_type="Air/drone strike", date="Saturday", place="Douma", region="", country="Syria",
        actor1="airstrikes", actor1_type="State forces", actor2="civilians", actor2_type="Civilians",
        claims=[DraftClaim(figure="23", victims="civilians", claimant="monitoring group", sentence=2)],
    )  # fmt: skip
    event = build_event(draft, art)[0]
    add_rival_claims(art, [event])
    assert sorted((c.low, c.high) for c in event.fatality_claims) == [(23, None), (24, None)]
    assert any(f.startswith(FLAG) for f in event.flags)
    assert (event.fatalities.low, event.fatalities.high) == (23, 24)


def _clash_with_rivals(art: Article, place: str, country: str, group: str, claim: DraftClaim) -> Event:
    """A clash of ``group`` with soldiers coded from the lead's toll, then its rival counts added."""
    draft = DraftEvent(
        sentences=[2], sub_event_type="Armed clash", date="", place=place, region="", country=country,
        actor1=group, actor1_type="Rebel group", actor2="soldiers", actor2_type="State forces", claims=[claim],
    )  # fmt: skip
    event = build_event(draft, art)[0]
    add_rival_claims(art, [event])
    return event


def test_some_of_the_dead_told_later_count_inside_the_toll_not_below_it() -> None:
    text = (
        "Fighting Leaves 18 Soldiers Dead\n\n"
        "The military said Sunday that 18 of its soldiers were killed in a firefight with Abu Sayyaf in Basilan. "
        "The fighting lasted ten hours. "
        "A newspaper reported that four of the soldiers were beheaded."
    )
    art = _article(text)
    event = _clash_with_rivals(art, "Basilan", "Philippines", "Abu Sayyaf", DraftClaim(
        figure="18", victims="state_forces", claimant="military", sentence=2))  # fmt: skip
    # the newspaper's four is kept as its claim, and the toll stays the 18
    assert sorted(c.low for c in event.fatality_claims) == [4, 18]
    assert event.fatalities_acled == 18 and event.fatalities.low == 18


def test_one_person_told_again_is_a_claim_inside_the_toll_not_a_lower_count() -> None:
    text = (
        "Al-Shabab Attacks Base\n\n"
        "At least six Somali government soldiers and a cameraman were killed Wednesday when al-Shabab militants "
        "attacked a military base, officials say. "
        "The attack began at dawn. "
        "The governor told VOA Somali that a cameraman working with the Somali National Army was also killed."
    )
    art = _article(text)
    event = _clash_with_rivals(art, "Awdhegle", "Somalia", "al-Shabab", DraftClaim(
        figure="at least six", victims="state_forces", claimant="officials", sentence=2))  # fmt: skip
    assert any((c.low, c.claimant) == (1, "governor") for c in event.fatality_claims)
    assert event.fatalities_acled == 7  # six soldiers and one cameraman, never the cameraman alone


CHECKPOINT = (
    "Taliban Attack Kills 2 Near Peshawar\n\n"
    "Authorities say Taliban militants attacked a checkpoint near Peshawar, killing two police officers. "
    "Authorities said at least 15 militants were killed in a clash that lasted three hours. "
    "The tribal belt is a stronghold of the Taliban. "
    "Officials said 30 militants were killed in a raid in the region last year."
)


def _checkpoint(text: str) -> Event:
    art = _article(text)
    draft = DraftEvent(
        sentences=[2], sub_event_type="Armed clash", date="", place="Peshawar", region="", country="Pakistan",
        actor1="Taliban militants", actor1_type="Rebel group", actor2="police", actor2_type="State forces",
        claims=[DraftClaim(figure="two", victims="state_forces", claimant="Authorities", sentence=2)],
    )  # fmt: skip
    event = build_event(draft, art)[0]
    add_rival_claims(art, [event])
    return event


def test_the_other_sides_dead_told_after_the_toll_join_the_event() -> None:
    from summarizer.rival_claims import OTHER_SIDE_FLAG

    event = _checkpoint(CHECKPOINT)
    assert sorted(c.low or 0 for c in event.fatality_claims) == [2, 15]
    assert any(f.startswith(f"{OTHER_SIDE_FLAG}:at least 15") for f in event.flags)
    assert event.fatalities_acled == 17
    # "in a clash" two sentences on may be another clash; a tally of last year never joins
    later = _checkpoint(CHECKPOINT.replace("in a clash that lasted three hours. ", "in a clash. ").replace(
        "Authorities said at least 15", "The region is tense. Authorities said at least 15"))  # fmt: skip
    assert [c.low for c in later.fatality_claims] == [2]


def test_a_toll_put_at_another_figure_in_the_next_sentence_is_a_rival_count_of_the_same_dead() -> None:
    text = (
        "Battle in Afghanistan\n\n"
        "NATO officials said up to 150 Taliban militants were killed Thursday in a battle with NATO forces near Khakrez. "
        "Afghanistan's Defense Ministry put the death toll at around 60. "
        "Afghan officials say insurgents operate from bases across the border."
    )
    art = _article(text)
    draft = DraftEvent(
        sentences=[2], sub_event_type="Armed clash", date="Thursday", place="Khakrez", region="",
        country="Afghanistan", actor1="NATO", actor1_type="External/Other forces", actor2="Taliban",
        actor2_type="Rebel group",
        claims=[DraftClaim(figure="up to 150", victims="non_state", claimant="NATO officials", sentence=2)],
    )  # fmt: skip
    event = build_event(draft, art)[0]
    add_rival_claims(art, [event])
    assert sorted(c.low or 0 for c in event.fatality_claims) == [60, 150]
    rival = next(c for c in event.fatality_claims if c.low == 60)
    assert rival.victims == "non_state" and "Defense Ministry" in rival.claimant
    assert event.fatalities_acled == 60
    # without the toll's words the next sentence's figure is not taken
    art = _article(text.replace("put the death toll at around 60", "said around 60 died"))
    event = build_event(draft, art)[0]
    add_rival_claims(art, [event])
    assert [c.low for c in event.fatality_claims] == [150]


def test_another_sources_parts_of_the_same_people_join_the_total() -> None:
    text = (
        "Cattle Raid\n\n"
        "Officials say 18 people were killed during a cattle raid that began Tuesday near Khakrez. "
        "The county commissioner John Deng Kook says armed raiders attacked a cattle camp. "
        "He told reporters that 16 people died and two others succumbed to gunshot wounds on Thursday."
    )
    art = _article(text)
    draft = DraftEvent(
        sentences=[2, 3], sub_event_type="Attack", date="Tuesday", place="Khakrez", region="", country="Afghanistan",
        actor1="raiders", actor1_type="Identity militia", actor2="herders", actor2_type="Civilians",
        claims=[DraftClaim(figure="18", victims="unknown", claimant="Officials", sentence=2)],
    )  # fmt: skip
    event = build_event(draft, art)[0]
    add_rival_claims(art, [event])
    assert sorted(c.low or 0 for c in event.fatality_claims) == [2, 16, 18]
    assert f"{FLAG}:16 (part of 18)" in event.flags and event.fatalities_acled == 18
