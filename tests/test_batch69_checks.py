"""Checks written after reading gold batches 69 and 70 (their first runs, unread, are
recorded in evals/README.md): a count "put at" nine, a raid "earlier this month" beside
Friday's base attack, a town named with the base in it."""

from __future__ import annotations

import datetime as dt

from summarizer.article import Article
from summarizer.claimscope import claims_of_this_event
from summarizer.schema import ArticleMeta, DateSpan, FatalityClaim, Location, Span
from summarizer.text import sentence_spans

SOMALIA = (
    "Al-Shabab Overruns Somali Military Base\n\n"
    "Al-Shabab militants briefly captured the Yaqbariweyne army base in southern Somalia Friday.\n\n"
    "Al-Shabab says it killed 13 soldiers in the battle, while witnesses put the number of soldiers killed at nine.\n\n"
    "Militants killed at least 19 Ugandan soldiers in a raid on a base earlier this month."
)


def _spanned(art: Article, index: int, low: int, claimant: str) -> FatalityClaim:
    s, e = art.sentences[index]
    quote = art.text[s:e]
    return FatalityClaim(
        low=low, high=None, victims="state_forces", claimant=claimant, quote=quote,
        span=Span(quote=quote, start=s, end=e, status="exact"),
    )  # fmt: skip


def test_a_count_of_the_killed_put_at_a_number_is_a_death_figure_with_its_teller() -> None:
    from summarizer.deaths import find_figures

    deaths, _ = find_figures(SOMALIA, sentence_spans(SOMALIA), dt.date(2015, 9, 19))
    assert [(d.low, d.claimant) for d in deaths if d.sentence == 2] == [(13, "Al-Shabab"), (9, "witnesses")]


def test_a_raid_earlier_this_month_is_not_fridays_attack() -> None:
    art = Article(text=SOMALIA, sentences=sentence_spans(SOMALIA), meta=ArticleMeta(published=dt.date(2015, 9, 19)))
    friday = DateSpan(start=dt.date(2015, 9, 18), end=dt.date(2015, 9, 18), precision="day", text="Friday")
    own, raid = _spanned(art, 2, 13, "Al-Shabab"), _spanned(art, 3, 19, "al-Shabab")
    kept, moved, flags = claims_of_this_event([own, raid], art, Location(country="Somalia"), friday)
    assert kept == [own] and moved == [raid] and flags == ["claim_of_a_past_period:19"]
    # with no day of its own, the event may be the month's: nothing moves
    month = DateSpan(start=dt.date(2015, 9, 1), end=dt.date(2015, 9, 30), precision="month", text="this month")
    _, moved, _ = claims_of_this_event([own, raid], art, Location(country="Somalia"), month)
    assert moved == []


def test_a_town_named_with_the_base_in_it_is_the_town() -> None:
    from summarizer.place_words import without_facility

    assert without_facility("Yaqbariweyne army base") == "Yaqbariweyne"
    assert without_facility("Camp Bastion") == "Camp Bastion"
    assert without_facility("military base") == "military base"  # no town left: left to the other checks
