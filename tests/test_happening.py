"""Whether an event's evidence tells a happening (``happening.py``), and the records the
pipeline keeps for it: the sentences are from aid, talks and displacement stories, and
from real attacks told with no toll."""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.article import Article
from summarizer.draft import DraftEvent
from summarizer.happening import tells_a_happening
from summarizer.records import build_event, is_conflict_event, only_a_war_toll
from summarizer.schema import ArticleMeta, Event
from summarizer.text import sentence_spans


@pytest.mark.parametrize(
    "sentence",
    [
        "Over 320,000 people have now fled Mogadishu since the beginning of February to escape the ongoing fighting.",
        "Sudanese rebels are refusing to negotiate until government attacks in the Darfur region stop.",
        "The UN refugee agency says it has begun transferring people who have been internally displaced by clashes.",
    ],
)
def test_a_situation_is_no_happening(sentence: str) -> None:
    assert not tells_a_happening([sentence])


@pytest.mark.parametrize(
    "sentence",
    [
        "Et à Gossi, une patrouille des Forces armées maliennes est tombée dans une embuscade.",
        "Police fired tear gas at protesters outside the palace.",
        "Tens of thousands of protesters poured into the center of the capital.",
        "IS media said the group planted an explosive device that destroyed an AMISOM military vehicle.",
        "Gunmen attacked a church in Hantoukoura on Sunday.",
        "Suspected militants and Nigerian forces are battling Sunday in the northeastern city of Maiduguri.",
    ],
)
def test_a_happening_with_no_toll_is_one(sentence: str) -> None:
    assert tells_a_happening([sentence])


def test_a_clash_coded_from_a_displacement_story_is_not_kept_but_a_toll_is_enough() -> None:
    text = (
        "Aid Agencies Rush to Help Displaced Somalis\n\n"
        "Over 320,000 people have now fled Mogadishu since the beginning of February to escape the ongoing fighting. "
        "Aid workers said the fighting had killed 12 people in the city."
    )
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2007, 4, 24)))
    base: dict[str, object] = dict(
        sentences=[2], sub_event_type="Armed clash", date="", place="Mogadishu", region="", country="Somalia",
        actor1="fighters", actor1_type="Rebel group", actor2="", actor2_type="Civilians", claims=[],
    )  # fmt: skip
    situation, _ = build_event(DraftEvent.model_validate(base), art)
    assert not is_conflict_event(situation)
    told, _ = build_event(DraftEvent.model_validate(base | {"sentences": [3]}), art)
    assert is_conflict_event(told)


def test_an_announced_truce_is_a_happening() -> None:
    assert tells_a_happening(["The UN envoy announced a 72-hour cease-fire to begin Wednesday night."])


def _event_of_sentence_2(text: str, published: dt.date, **fields: str) -> Event:
    """The record the real checks build from a draft citing the article's first body sentence."""
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=published))
    base = dict(
        sentences=[2], sub_event_type="Agreement", date="", place="", region="", country="",
        actor1="the government", actor1_type="State forces", actor2="the rebels", actor2_type="Rebel group", claims=[],
    )  # fmt: skip
    event, _ = build_event(DraftEvent.model_validate(base | fields), art)
    return event


def _agreement(text: str, country: str) -> bool:
    return is_conflict_event(_event_of_sentence_2(text, dt.date(2023, 12, 10), country=country))


def test_an_agreement_is_kept_when_made_not_when_pledged() -> None:
    # a pledge to sign, or one side's conditional yes, is no agreement yet
    assert not _agreement(
        "Talks\n\nThe army chief and the RSF leader agreed to sign a cessation of hostilities.", "Sudan"
    )
    assert not _agreement(
        "Talks\n\nThe government has conditionally agreed to a U.N. peace plan, a minister said.", "Yemen"
    )
    # signed: in English, and in French (whose "cessation des hostilités" is an agreement word)
    assert _agreement("Deal\n\nThe president and the rebel leader have signed a new peace deal.", "South Sudan")
    assert _agreement(
        "Mali\n\nLe gouvernement du Mali et six groupes armés ont signé jeudi à Alger un document sur la "
        '"cessation des hostilités".',
        "Mali",
    )


def test_months_of_fighting_told_in_one_sentence_are_background() -> None:
    text = (
        "Congress extends martial law\n\n"
        "Philippine forces drove out the militants after a five-month battle, including a bombing campaign that left "
        "more than 1,000 people dead and the city in ruins."
    )
    event = _event_of_sentence_2(
        text, dt.date(2017, 12, 13), sub_event_type="Armed clash", place="Marawi", country="Philippines",
        actor1="Philippine forces", actor2="militants",
    )  # fmt: skip
    assert event.salience == "background" and "a_months_long_campaign" in event.flags


def test_a_town_taken_over_after_clashing_is_a_happening() -> None:
    gao = (
        "Witnesses say Islamist militants have taken over the town of Gao after clashing with Tuareg rebels Wednesday."
    )
    assert tells_a_happening([gao])
    assert tells_a_happening(["The group pushed the rebels out after exchanging heavy weapons fire all day."])
    # a situation with the same nouns stays one
    assert not tells_a_happening(["Thousands remain displaced by the clashes in the north."])


def test_a_war_told_only_by_its_toll_is_no_event() -> None:
    # "more than 100,000 killed since 2011" is the war, not one of its events; the counted
    # fighting of the same story is one, placed or not
    text = (
        "Syria Toll\n\n"
        "Activists say more than 100,000 people have been killed since the uprising began in March 2011. "
        "Rebels and troops clashed on Tuesday, killing 12 people."
    )
    published = dt.date(2013, 6, 26)
    toll = _event_of_sentence_2(text, published, sub_event_type="Armed clash", country="Syria",
                                claims=[{"figure": "more than 100,000", "victims": "mixed", "claimant": "activists", "sentence": 2}])  # type: ignore[arg-type]  # fmt: skip
    assert any(f.startswith("claim_cumulative_scope:") for f in toll.flags)
    assert only_a_war_toll(toll)
    fight = _event_of_sentence_2(text, published, sub_event_type="Armed clash", country="Syria", sentences=[3],
                                 claims=[{"figure": "12", "victims": "mixed", "claimant": "", "sentence": 3}])  # type: ignore[arg-type]  # fmt: skip
    assert not fight.location.place and not only_a_war_toll(fight)
    # a release beside a toll of kidnappings since 2006 is the release: no toll tells a deal
    text = (
        "Hostages Released\n\n"
        "Four oil workers kidnapped this month have been released. "
        "Nearly 200 foreigners have been killed or kidnapped in the region since the beginning of 2006."
    )
    deal = _event_of_sentence_2(text, dt.date(2007, 5, 31), sub_event_type="Agreement", country="Nigeria",
                                claims=[{"figure": "nearly 200", "victims": "mixed", "claimant": "", "sentence": 3}])  # type: ignore[arg-type]  # fmt: skip
    assert deal.event_type == "Strategic developments" and not only_a_war_toll(deal)


def test_a_stabbing_and_shooting_told_in_french_is_an_attack_that_happened() -> None:
    from summarizer.keywords import classify

    told = "Désiré Sayenga a été poignardé, puis criblé de balles au PK 5."
    assert tells_a_happening([told]) and classify(told) == ("Violence against civilians", "Attack")
    assert classify("Gunmen assassinated a judge in Mosul.") == ("Violence against civilians", "Attack")
