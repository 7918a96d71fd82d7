"""Checks written after reading gold batch 81 (its first run, unread, is recorded in
evals/README.md): a place the model wrote as a description ("village near the Afghan
border") is no name, and an explosion the article calls accidental is no conflict event
unless it killed the militants who handled it, and a list of the dead goes on past the dots of
"U.S.", two named people "were shot and killed" are two dead, and the day the military "made the
comment" is a statement's, not the bombings'."""

from __future__ import annotations

import datetime as dt

from summarizer.article import Article
from summarizer.deaths import find_figures
from summarizer.happening import told_as_accident
from summarizer.place_words import is_no_name
from summarizer.schema import ArticleMeta
from summarizer.statement_days import statement_date
from summarizer.text import sentence_spans


def test_a_place_described_is_no_name() -> None:
    assert is_no_name("village near the Afghan border")
    assert is_no_name("a town outside Kabul")
    assert is_no_name("the capital")
    assert not is_no_name("Batgram")
    assert not is_no_name("Gaza City")


def test_an_explosion_told_as_accidental_in_the_next_sentence() -> None:
    text = (
        "Officials said a suicide bomber killed seven people in Batgram. Elsewhere, an explosion ripped through an "
        "army weapons depot near Islamabad, killing one soldier. The military said the blast at the depot was "
        "accidental."
    )
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2011, 7, 11)))
    depot = "Elsewhere, an explosion ripped through an army weapons depot near Islamabad, killing one soldier."
    assert told_as_accident([depot], art)
    assert not told_as_accident(["Officials said a suicide bomber killed seven people in Batgram."], art)


def test_a_list_of_the_dead_goes_on_past_an_abbreviation() -> None:
    text = (
        "In the deadliest attack, a roadside bomb blast Thursday in Baghdad killed five U.S. soldiers, three Iraqi "
        "civilians, and one Iraqi interpreter."
    )
    figures, _ = find_figures(text, sentence_spans(text), dt.date(2007, 6, 21))
    assert [f.low for f in figures] == [5, 3, 1]


def test_two_named_people_killed_are_two_dead() -> None:
    text = (
        "According to U.S. officials, American journalist Luke Somers and South African teacher Pierre Korkie were "
        "shot and killed by their captors as U.S. special forces raided a village."
    )
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2014, 12, 7)))
    assert [(f.low, f.high) for f in art.death_figures] == [(2, 2)]


def test_the_day_a_comment_was_made_is_a_statements() -> None:
    told = "The military made the comment on Wednesday, less than a day after four suicide truck bombers struck."
    assert statement_date("on Wednesday", [told])
    assert not statement_date("Tuesday", ["The bombings in northern Iraq Tuesday killed more than 200 people."])


def test_a_statements_day_gives_way_to_the_day_the_article_names_the_attack_by() -> None:
    from summarizer.draft import DraftEvent
    from summarizer.event_dates import event_date
    from summarizer.statement_days import deed_day

    text = (
        "Militants kill several soldiers in Mali\n\n"
        "An attack in the northeastern Menaka region of Mali resulted in the deaths of several soldiers, with "
        "the army attributing the incident to militants, as stated on Friday.\n\n"
        "A local authority indicated that the toll from Thursday’s attack could amount to around 20."
    )
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2023, 8, 4)))
    draft = DraftEvent.model_validate(
        dict(
            sentences=[2],
            sub_event_type="Armed clash",
            date="on Friday",
            place="",
            region="Menaka",
            country="Mali",
            actor1="militants",
            actor1_type="Rebel group",
            actor2="soldiers",
            actor2_type="State forces",
            claims=[],
        )  # fmt: skip
    )
    date, flags = event_date(draft, art, [art.sentence_text(1)])
    assert date.start == dt.date(2023, 8, 3)
    assert flags == ["date_of_statement_replaced:on Friday->Thursday"]
    # two deeds on two days name no one day
    assert deed_day(["Thursday's attack and Friday's ambush"]) is None
