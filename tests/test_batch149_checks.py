"""Batch 149's unseen misses, read after its unread run (unit level): each assertion failed before its change.

Iraq (2014): "A series of bomb attacks in Iraq has killed at least 73 people" is the day's sum;
"The deadliest blast Wednesday killed at least 18 people at a funeral in Buhriz" is the
Buhriz bombing's own toll. North Waziristan (2009): "Taliban commander Jalaluddin Haqqani" is a
man, not the Punjab village of Jalaluddin, so the missile sentence finds no second event there.
"""

from __future__ import annotations

import datetime as dt

from summarizer.article import Article
from summarizer.draft import DraftClaim, DraftEvent
from summarizer.found_places import named_where
from summarizer.records import build_event
from summarizer.schema import ArticleMeta
from summarizer.summed_tolls import sums_over_events
from summarizer.text import sentence_spans

SERIES = (
    "Bomb Attacks in Iraq Kill 73\n\n"
    "A series of bomb attacks in Iraq has killed at least 73 people, while government forces have lost more "
    "ground in western Anbar Province to Sunni militants linked to al-Qaida.\n\n"
    "Iraqi Prime Minister Nouri al-Maliki appeared on state television Wednesday to say the war on terror will "
    "continue.\n\n"
    "The deadliest blast Wednesday killed at least 18 people at a funeral in Buhriz, north of Baghdad. The funeral "
    "was for a member of a Sunni tribal militia.\n\n"
    "In the capital, at least eight bombs exploded in mainly Shi'ite areas of the city."
)


def _bombing(art: Article, figure: str, sentence: int) -> DraftEvent:
    return DraftEvent(
        sentences=[1, 2, 3],
        sub_event_type="Remote explosive/landmine/IED",
        date="Wednesday",
        place="Buhriz",
        region="Diyala",
        country="Iraq",
        actor1="Sunni militants",
        actor1_type="Rebel group",
        actor2="civilians",
        actor2_type="Civilians",
        claims=[DraftClaim(figure=figure, victims="civilians", claimant="", sentence=sentence)],
    )


def test_the_deadliest_of_a_series_keeps_its_own_toll_not_the_series_sum() -> None:
    art = Article(text=SERIES, sentences=sentence_spans(SERIES), meta=ArticleMeta(published=dt.date(2014, 1, 15)))
    event = build_event(_bombing(art, "73", 2), art)[0]
    assert [c.low for c in event.fatality_claims] == [73]
    sums_over_events(art, [event])
    assert [c.low for c in event.fatality_claims] == [18]
    assert "claim_sum_over_events:73" in event.flags


def test_a_sum_over_attacks_with_no_worst_one_told_in_the_town_stays() -> None:
    text = SERIES.replace("The deadliest blast Wednesday", "A blast Wednesday")
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2014, 1, 15)))
    event = build_event(_bombing(art, "73", 2), art)[0]
    sums_over_events(art, [event])
    assert [c.low for c in event.fatality_claims] == [73]


def test_a_name_after_a_title_is_a_man_not_a_village() -> None:
    told = (
        "Authorities have not identified those killed, but the missile reportedly targeted militants loyal to "
        "Afghan Taliban commander Jalaluddin Haqqani."
    )
    assert named_where(told, "Pakistan") is None
    assert named_where("Gunmen attacked a checkpoint near Jalaluddin on Monday.", "Pakistan") == "Jalaluddin"
