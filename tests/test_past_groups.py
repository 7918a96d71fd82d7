"""A group the article names only for an attack of another year did not do this one."""

from __future__ import annotations

import datetime as dt

from summarizer.article import Article
from summarizer.past_groups import groups_of_other_years_off
from summarizer.schema import Actor, ArticleMeta, DateSpan, Event, Location
from summarizer.text import sentence_spans

STORY = (
    "Officials Blame Terrorists for Tashkent Bombing\n\n"
    "At least two people were killed in an explosion that ripped through a marketplace in Tashkent. "
    "The Foreign Ministry is blaming terrorists for the bombing. "
    "Tashkent has been under tight security since February 1999, when a series of bombings killed 16 people. "
    "Officials blamed those explosions on the militant group Islamic Movement of Uzbekistan."
)


def _bombing(art: Article, doer: str) -> Event:
    return Event(
        event_type="Explosions/Remote violence", sub_event_type="Remote explosive/landmine/IED",
        date=DateSpan(start=art.meta.published, end=art.meta.published, precision="day", text=None),
        location=Location(country="Uzbekistan", admin1=None, place="Tashkent", geo_precision=1),
        actor1=Actor(name=doer, type="Rebel group", aliases=[doer]), actor2=None, fatality_claims=[],
        evidence=[art.sentence_text(1)],
    )  # fmt: skip


def test_a_group_blamed_only_for_the_1999_bombings_is_not_the_2004_bomber() -> None:
    art = Article(text=STORY, sentences=sentence_spans(STORY), meta=ArticleMeta(published=dt.date(2004, 3, 29)))
    ev = _bombing(art, "Islamic Movement of Uzbekistan")
    groups_of_other_years_off(art, [ev])
    assert ev.actor1 is not None and ev.actor1.name == "Unidentified Armed Group"
    assert "actor1_named_only_for_another_year:Islamic Movement of Uzbekistan" in ev.flags


def test_a_group_also_named_for_this_years_attack_stays() -> None:
    text = STORY + " Police say the Islamic Movement of Uzbekistan claimed Monday's blast."
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2004, 3, 29)))
    ev = _bombing(art, "Islamic Movement of Uzbekistan")
    groups_of_other_years_off(art, [ev])
    assert ev.actor1 is not None and ev.actor1.name == "Islamic Movement of Uzbekistan"


def test_a_year_in_a_clause_about_the_group_is_not_the_deeds_year() -> None:
    text = (
        "8 Killed in Attack On DR Congo Health Center\n\n"
        "At least eight civilians died Thursday in an attack on a health center in eastern Congo. "
        "Locals attributed the attack to the Allied Democratic Forces militia, which pledged loyalty to the "
        "Islamic State group in 2019."
    )
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2024, 5, 9)))
    ev = _bombing(art, "ADF: Allied Democratic Forces")
    groups_of_other_years_off(art, [ev])
    assert ev.actor1 is not None and ev.actor1.name == "ADF: Allied Democratic Forces"
