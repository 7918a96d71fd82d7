"""Summary fact sentences written in code from checked records."""

from __future__ import annotations

import datetime as dt

from summarizer.facts import event_sentence, fact_sentences, figure_sentence
from summarizer.neutrality import check_summary
from summarizer.schema import Actor, DateSpan, Event, Fatalities, FatalityClaim, Location
from summarizer.summary import compose

ARTICLE = (
    "Militants kill 14 soldiers near Boni\n\n"
    "At least 14 Malian soldiers were killed on Tuesday near Boni, in the Mopti region, the army said. "
    "JNIM claimed that 50 soldiers died."
)


def event() -> Event:
    quote = "At least 14 Malian soldiers were killed on Tuesday near Boni, in the Mopti region, the army said."
    return Event(
        salience="main",
        event_type="Battles",
        sub_event_type="Armed clash",
        date=DateSpan(start=dt.date(2023, 8, 1), end=dt.date(2023, 8, 1), precision="day", text="on Tuesday"),
        location=Location(country="Mali", admin1="Mopti", place="Boni", geo_precision=2),
        actor1=Actor(name="JNIM: Group for Support of Islam and Muslims", type="Rebel group", aliases=["JNIM"]),
        actor2=Actor(name="Military Forces of Mali", type="State forces", aliases=["army"]),
        fatality_claims=[
            FatalityClaim(low=14, high=None, victims="state_forces", claimant="army", quote=quote),
            FatalityClaim(
                low=50, high=50, victims="state_forces", claimant="JNIM", quote="JNIM claimed that 50 soldiers died."
            ),
        ],
        fatalities=Fatalities(low=14, best=14, high=50),
        fatalities_acled=14,
        evidence=[quote],
    )


def test_event_sentence_says_who_what_where_when() -> None:
    assert event_sentence(event()) == (
        "JNIM clashed with Military Forces of Mali in Boni, Mopti, Mali on 1 August 2023."
    )
    # a record keeps ACLED's whole name; a sentence the acronym readers know the group by


def test_a_sentence_names_a_regimes_forces_without_the_eras_dates() -> None:
    e = event().model_copy(
        update={"actor2": Actor(name="Police Forces of Afghanistan (2021-)", type="State forces", aliases=["police"])}
    )
    assert "clashed with Police Forces of Afghanistan in" in event_sentence(e)


def test_figure_sentence_attributes_every_figure_in_the_articles_words() -> None:
    text = figure_sentence(event().fatality_claims, "AFP")
    assert (
        text
        == "According to the army, at least 14 Malian soldiers were killed; according to JNIM, 50 soldiers were killed."
    )


def test_composed_summary_is_the_lead_then_the_articles_own_sentences() -> None:
    summary, copied = compose("Fighting broke out near Boni in central Mali.", ARTICLE, [event()], "AFP")
    check = check_summary(summary, ARTICLE)
    assert check.passed, check
    assert summary.startswith("Fighting broke out near Boni")
    assert copied and all(s in ARTICLE for s in copied) and all(s in summary for s in copied)
    assert "the army said" in summary and "JNIM claimed that 50 soldiers died" in summary


def test_the_records_facts_stand_in_when_no_sentence_of_the_article_can_be_copied() -> None:
    # the body's one sentence has a loaded word: it is never copied, the records speak instead
    loaded = "Militants kill 14 soldiers near Boni\n\nThe terrorists killed 14 soldiers near Boni on Tuesday."
    summary, copied = compose("Fighting broke out near Boni in central Mali.", loaded, [event()], "AFP")
    assert copied == []
    assert summary.startswith("Fighting broke out near Boni") and "according to JNIM" in summary
    assert "terrorists" not in summary


def test_no_event_and_nothing_to_copy_leaves_the_model_summary_alone() -> None:
    assert fact_sentences([], "AFP") == []
    said = "UN envoy calls for talks\n\nThe UN envoy called for talks in Geneva on Monday."
    model = "The UN envoy called for talks in Geneva on Monday. He spoke to reporters."
    assert compose(model, said, [], "AFP") == (model, [])


def test_vague_figures_stay_vague_relative_clauses_are_cut_and_the_wounded_are_reported() -> None:
    quote = "A drone strike hit a village, killing dozens of civilians, and 31 people were injured, residents said."
    buried = '"We buried 85 people that were killed in the attack," said resident Idris Dahiru.'
    claims = [
        FatalityClaim(low=12, high=None, victims="civilians", claimant="residents", quote=quote),
        FatalityClaim(low=85, high=85, victims="unknown", claimant="resident Idris Dahiru", quote=buried),
    ]
    ev = event().model_copy(update={"fatality_claims": claims, "evidence": [quote]})
    (sentence,) = fact_sentences([ev], "AFP")
    assert "according to the residents, dozens of civilians were killed" in sentence
    assert "85 people were killed" in sentence and "that were" not in sentence
    assert sentence.endswith("the article also reports 31 wounded.")
    assert check_summary(sentence, quote + " " + buried).passed


def test_the_people_named_after_the_figure_name_the_dead() -> None:
    quote = "Armenia said Azerbaijani forces attacked several points near the border, killing 49 Armenian soldiers."
    claim = FatalityClaim(low=49, high=49, victims="state_forces", claimant="Armenia", quote=quote)
    assert "49 Armenian soldiers were killed" in figure_sentence([claim], None)


def test_a_named_victim_and_n_others_are_told_in_the_articles_words() -> None:
    quote = "Major General Parami Kulatunga and three other people were killed near the capital, Colombo, Monday."
    claim = FatalityClaim(low=4, high=4, victims="unknown", claimant="Sri Lanka's military", quote=quote)
    sentence = figure_sentence([claim], None)
    assert "Parami Kulatunga and three other people were killed" in sentence and "4" not in sentence
    assert check_summary(sentence, quote).passed
    bomb = "Police said a roadside bomb killed a former provincial minister and at least two other people."
    told = figure_sentence([FatalityClaim(low=3, high=None, victims="unknown", claimant="police", quote=bomb)], None)
    assert "a former provincial minister and at least two other people were killed" in told and "3" not in told
