"""Batch 144's unseen misses, read after its unread run (unit level): each assertion failed before its change.

Machu (2008): "19 Tibetans who were shot dead by security forces Tuesday in new protests" is the
force's excessive force, not a riot led by its crowd. Donetsk (2014): "a late-night barrage of rockets that killed 10 of her birds" counts pigeons,
and "No one was killed" outweighs a "killed" with no number of people. Torit (2016): "four
people were killed on the spot, and three others — including a child — were wounded": the
three are wounded, the aside between dashes no matter.
"""

from __future__ import annotations

from summarizer.article import Article
from summarizer.deaths import classify_figure
from summarizer.schema import ArticleMeta
from summarizer.text import sentence_spans


def test_birds_killed_are_no_death_figure() -> None:
    text = (
        "Shelling in Eastern Ukraine\n\nLena clutches one of the pigeons that survived Wednesday's attack on her "
        "district, a late-night barrage of rockets that killed 10 of her birds."
    )
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta())
    assert art.death_figures == []
    assert [o.why for o in art.other_figures if o.text == "10"][:1] == ["birds"]


def test_others_wounded_after_an_aside_between_dashes_are_no_dead() -> None:
    s = "Eyewitnesses said four people were killed on the spot, and three others — including a child — were wounded."
    at = s.index("three")
    assert classify_figure(s, at, at + 5) == ("other", "wounded")


def test_a_toll_of_a_month_before_the_events_day_is_another_fights() -> None:
    import datetime as dt

    from summarizer.claimscope import claims_of_this_event
    from summarizer.schema import DateSpan, FatalityClaim, Location, Span

    text = (
        "Ivorian Rebels Clash with French Troops\n\nRebels in Ivory Coast have clashed with French troops near a key "
        "western town. The only other widely reported clash between French troops and the insurgents, in late "
        "November, killed 10 rebel fighters and wounded one French soldier."
    )
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2002, 12, 21)))
    s, e = art.sentences[2]
    quote = text[s:e]
    claim = FatalityClaim(
        low=10, high=10, victims="non_state", claimant="VOA", quote=quote,
        span=Span(quote=quote, start=s, end=e, status="exact"),
    )  # fmt: skip
    day = DateSpan(start=dt.date(2002, 12, 21), end=dt.date(2002, 12, 21), precision="day", text="Saturday")
    where = Location(country="Ivory Coast", admin1=None, place="Duekoue", geo_precision=1)
    kept, moved, flags = claims_of_this_event([claim], art, where, day, "Armed clash")
    assert kept == [] and moved == [claim] and flags == ["claim_of_another_days_attack:10"]


def test_protesters_shot_dead_by_a_force_are_its_excessive_force_not_a_riot() -> None:
    from summarizer.draft import DraftEvent
    from summarizer.subtype_checks import checked_sub_type

    draft = DraftEvent(
        sentences=[1], sub_event_type="Violent demonstration", date="Tuesday", place="Machu", region="Gansu",
        country="China", actor1="Government of China", actor1_type="State forces", actor2="Tibetans", actor2_type="Protesters",
        claims=[],
    )  # fmt: skip
    shot = [
        "at least 99 people have been killed in unrest, including 19 Tibetans who were shot dead by security forces "
        "Tuesday in new protests in China's western Gansu province.",
        "Witnesses in the Gansu county of Machu say police blocked off the streets after Buddhist monks held a rally.",
    ]
    assert checked_sub_type(draft, shot)[0] == "Excessive force against protesters"
    # the crowd's own violence keeps it a riot
    burnt = [*shot, "Rioters torched shops."]
    assert checked_sub_type(draft, burnt)[0] == "Violent demonstration"
