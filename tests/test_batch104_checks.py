"""Checks from batch 103/104's first unread runs: a crowd fired on, and another happening's day."""

from __future__ import annotations

import datetime as dt

from summarizer.article import Article
from summarizer.draft import DraftEvent
from summarizer.event_dates import event_date
from summarizer.schema import ArticleMeta
from summarizer.subtype_checks import checked_sub_type
from summarizer.text import sentence_spans


def _draft(sub: str, date: str) -> DraftEvent:
    return DraftEvent(
        sentences=[2], sub_event_type=sub, date=date, place="", region="", country="Iraq",
        actor1="a suicide bomber", actor1_type="Rebel group", actor2="police recruits", actor2_type="State forces",
        claims=[],
    )  # fmt: skip


def test_soldiers_who_opened_fire_on_protesters_used_excessive_force() -> None:
    draft = _draft("Violent demonstration", "Wednesday")
    fired = ["Burmese soldiers have opened fired on pro-democracy protesters in Rangoon, as the junta cracks down."]
    assert checked_sub_type(draft, fired)[0] == "Excessive force against protesters"
    # tear gas fired at a crowd is an intervention, not lethal force
    gassed = ["Police fired tear gas at protesters who marched on the parliament."]
    assert checked_sub_type(draft, gassed)[0] != "Excessive force against protesters"


def test_the_day_of_a_swearing_in_gives_way_to_the_day_the_story_names_the_blast_by() -> None:
    text = (
        "Group Claims Northern Iraq Blast\n\n"
        "A suicide bomber has killed at least 50 people in an attack on police recruits in the city of Irbil. "
        "The militant group claimed responsibility on its website for Wednesday's blast. "
        "On Tuesday, the new interim government was sworn in."
    )
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2005, 5, 4)))
    date, flags = event_date(_draft("Suicide bomb", "on Tuesday"), art, [art.sentence_text(1)])
    assert date.start == dt.date(2005, 5, 4)
    assert "date_of_another_happening_dropped:on Tuesday" in flags
    # a day the story gives a violent happening stays the model's
    text2 = text.replace("the new interim government was sworn in", "gunmen killed two police officers in Mosul")
    art2 = Article(text=text2, sentences=sentence_spans(text2), meta=ArticleMeta(published=dt.date(2005, 5, 4)))
    date2, _ = event_date(_draft("Suicide bomb", "on Tuesday"), art2, [art2.sentence_text(1)])
    assert date2.start == dt.date(2005, 5, 3)


def test_a_toll_since_a_state_of_emergency_was_declared_is_a_running_one() -> None:
    from summarizer.figure_scope import is_cumulative

    told = "About 600 people, mostly rebels, have been killed since the emergency was declared."
    assert is_cumulative(told)
    assert is_cumulative("More than 300 protesters have been killed since martial law was imposed.")
    assert not is_cumulative("Maoist rebels in Nepal have killed at least 100 people in a wave of attacks.")


def test_a_group_named_after_the_arabic_article_is_named_in_the_story() -> None:
    from summarizer.written_names import article_name, groups_named_in

    text = "Fighting in Saada\n\nThe army fought rebels from the Zaidi sect, also known as al-Houthis, in Saada."
    assert "Houthi Movement" in groups_named_in(text, frozenset({"Rebel group", "Political militia"}))
    assert groups_named_in("Anti-Houthis tribesmen gathered in Marib.", frozenset({"Rebel group"})) == []
    # the name it is written by keeps the article: "al-Shabab", not "Shabab"
    assert article_name("Al Shabaab", "Witnesses said al-Shabab attacked the base.") == "al-Shabab"
