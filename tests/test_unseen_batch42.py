"""Checks read from stories the project had not seen (batch 42): bombs named by their
vehicle, a speech's day, the day or town of another happening, a source named in the
sentence after the toll."""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.article import Article
from summarizer.attribution import attribution
from summarizer.checks import event_location
from summarizer.dates import event_date_phrases
from summarizer.deaths import find_figures
from summarizer.draft import DraftEvent
from summarizer.event_dates import event_date
from summarizer.keywords import classify
from summarizer.schema import ArticleMeta
from summarizer.text import sentence_spans


def _article(text: str, published: dt.date) -> Article:
    return Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=published))


def _draft(**kw: object) -> DraftEvent:
    fields: dict[str, object] = {
        "sentences": [2], "sub_event_type": "Abduction/forced disappearance", "date": "", "place": "",
        "region": "", "country": "Afghanistan", "actor1": "Taliban", "actor1_type": "Rebel group",
        "actor2": "passengers", "actor2_type": "Civilians", "claims": [],
    } | kw  # fmt: skip
    return DraftEvent(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("sentence", "sub_type"),
    [
        (
            "Suspected rebels detonated a motorcycle bomb in a nightclub district, killing 10.",
            "Remote explosive/landmine/IED",
        ),
        (
            "Authorities said the bomb was detonated by remote control at 3:30 in the morning.",
            "Remote explosive/landmine/IED",
        ),
        ("Une moto piégée a explosé près du marché.", "Remote explosive/landmine/IED"),
        ("A man wearing an explosive vest walked into the mosque.", "Suicide bomb"),
        ("Gunmen opened fire on a bus, killing 10.", "Armed clash"),
    ],
)
def test_a_bomb_named_by_what_carried_it_is_an_explosion(sentence: str, sub_type: str) -> None:
    assert classify(sentence) is not None and classify(sentence)[1] == sub_type  # type: ignore[index]


def test_the_day_of_a_speech_is_no_event_day() -> None:
    assert event_date_phrases("Speaking to parliament Tuesday, the prime minister did not refute the losses.") == []
    assert event_date_phrases("In a news conference Monday, the governor said 12 were killed.") == []
    # the deed's own day stays
    assert event_date_phrases("The rebels attacked soldiers near the town of Wardheer on Saturday.") == ["Saturday"]


TEXT = (
    "Taliban Kidnap 17 in Northern Afghanistan\n\n"
    "Regional officials say Taliban abducted at least 17 passengers in the north of the country late Wednesday. "
    "The bus was stopped near the town of Sar-e-Pul, where Taliban kidnapped them. "
    "Meanwhile, hundreds of protesters gathered in Kabul Thursday for a demonstration against the abductions. "
    "Speaking to parliament Friday, the minister promised action."
)


def test_a_day_from_another_happenings_sentence_gives_way_to_the_evidences_own() -> None:
    art = _article(TEXT, dt.date(2016, 6, 2))
    evidence = [art.sentence_text(1), art.sentence_text(2)]
    date, flags = event_date(_draft(date="Thursday"), art, evidence)
    assert date.start == dt.date(2016, 6, 1)
    assert flags == ["date_from_evidence:Thursday->Wednesday"]
    # a speech's day the evidence does not hold is no event's day either
    date, flags = event_date(_draft(date="Friday"), art, evidence)
    assert date.start == dt.date(2016, 6, 1) and any(f.startswith("date_") for f in flags)
    # the model's day in the evidence stands
    date, flags = event_date(_draft(date="late Wednesday"), art, evidence)
    assert date.start == dt.date(2016, 6, 1) and flags == []


def test_a_town_from_another_happenings_sentence_gives_way_to_the_evidences_own() -> None:
    art = _article(TEXT, dt.date(2016, 6, 2))
    evidence = [art.sentence_text(1), art.sentence_text(2)]
    loc, flags = event_location(_draft(place="Kabul"), art, evidence)
    assert loc.place == "Sar-e-Pul" and "place_not_in_evidence:Kabul->Sar-e-Pul" in flags
    # the town the evidence names stays
    loc, flags = event_location(_draft(place="Kabul"), art, [art.sentence_text(3)])
    assert loc.place == "Kabul" and not any(f.startswith("place_not_in_evidence") for f in flags)


def test_a_source_named_in_the_sentence_after_the_toll_is_its_claimant() -> None:
    assert attribution("C’est ce qu’affirment des témoins oculaires, ainsi que des officiels.") == "témoins oculaires"
    text = (
        "RCA : nouveaux sévices\n\n"
        "Des rebelles présumés ont tué au moins 34 personnes la semaine dernière dans la région de M'brés. "
        "C’est ce qu’affirment des témoins oculaires, ainsi que des officiels.\n\n"
        "Twelve people died in the attack. That is according to local officials."
    )
    deaths, _ = find_figures(text, sentence_spans(text), dt.date(2014, 8, 16))
    assert [(f.low, f.claimant) for f in deaths] == [(34, "témoins oculaires"), (12, "local officials")]


@pytest.mark.parametrize(
    ("mention", "country", "name"),
    [
        ("IS fighters", "Syria", "Islamic State (Syria)"),
        ("the IS terrorists", "Iraq", "Islamic State (Iraq)"),
        ("RSF fighters", "Sudan", "Rapid Support Forces"),
        ("US troops", "Syria", "Military Forces of the United States"),
    ],
)
def test_a_groups_acronym_before_its_members_is_the_group_not_a_country_code(
    mention: str, country: str, name: str
) -> None:
    from summarizer.actors import canonical_actor

    assert canonical_actor(mention, country=country).name == name


def test_a_weeks_fighting_told_as_one_is_the_events_toll_not_a_sum() -> None:
    from summarizer.figure_scope import is_cumulative

    assert not is_cumulative("more than 250 soldiers this week during fighting with government forces.")
    assert is_cumulative("more than 250 soldiers this week across the region.")


def test_a_count_from_a_groups_initial_statement_gives_way_to_its_later_one() -> None:
    from summarizer.earlier_counts import without_earlier_counts
    from summarizer.schema import FatalityClaim

    later = FatalityClaim(
        low=250, high=None, victims="state_forces", claimant="ONLF",
        quote="An Ethiopian rebel group says it has killed more than 250 soldiers this week.",
    )  # fmt: skip
    first = FatalityClaim(
        low=140, high=140, victims="unknown", claimant="ONLF",
        quote="That claim was made in the ONLF's initial statement, in which the group claimed a toll of 140.",
    )  # fmt: skip
    assert without_earlier_counts([later, first]) == [later]
    # a count with no word of being the first stays beside the larger one
    plain = first.model_copy(update={"quote": "The army said 140 soldiers died."})
    assert without_earlier_counts([later, plain]) == [later, plain]
