"""Batch 146's unseen misses, read after its unread run (unit level): each assertion failed before its change.

Bujumbura (2015): "Police in Burundi shot and killed three people Monday ... during renewed
demonstrations" is the police's excessive force, and "At least 15 people have been killed in
more than a week of protests" a running toll. Khadhimia (2008): the sentence that counts the
dead ("a powerful car bomb exploded ... killing 22") names the weapon over "initial reports
said that several mortar rounds may have fallen". Musayyib: "an Iraqi soldier and two other
people were killed" is three. Jaffna (2001): the body's "several soldiers and one officer"
retells the lead's "at least seven soldiers", and a group fighting "since 1983" is no group
named only for another year.
"""

from __future__ import annotations

import datetime as dt

from summarizer.article import Article
from summarizer.draft import DraftEvent
from summarizer.fatalities import totals
from summarizer.figure_scope import is_cumulative
from summarizer.past_groups import groups_of_other_years_off
from summarizer.schema import Actor, ArticleMeta, DateSpan, Event, FatalityClaim, Location
from summarizer.subtype_checks import checked_sub_type
from summarizer.text import sentence_spans
from summarizer.vague_counts import precise_over_vague


def _draft(sub: str, actor1: str, actor1_type: str) -> DraftEvent:
    return DraftEvent(
        sentences=[1], sub_event_type=sub, date="Monday", place="Bujumbura", region="", country="Burundi",
        actor1=actor1, actor1_type=actor1_type, actor2="protesters", actor2_type="Protesters", claims=[],
    )  # fmt: skip


def test_police_who_killed_people_during_demonstrations_used_excessive_force() -> None:
    told = [
        "Police in Burundi shot and killed three people Monday in the capital Bujumbura during renewed "
        "demonstrations against the president's attempt to extend his rule."
    ]
    draft = _draft("Violent demonstration", "Burundi police", "State forces")
    assert checked_sub_type(draft, told)[0] == "Excessive force against protesters"


def test_a_week_of_protests_is_a_running_toll() -> None:
    assert is_cumulative("At least 15 people have been killed in more than a week of protests against the president.")
    assert not is_cumulative("At least 15 people were killed in protests on Monday.")


def test_the_counted_sentences_bomb_types_an_event_the_model_called_a_riot() -> None:
    draft = _draft("Violent demonstration", "unidentified armed group", "Rebel group")
    told = [
        "Iraqi police say a powerful car bomb exploded near a taxi and bus station, Saturday, killing 22 people.",
        "Captain Calio confirmed that the explosion was the result of a car bomb, although initial reports said "
        "that several mortar rounds may have fallen in the Zahra Square region.",
    ]
    assert checked_sub_type(draft, told, counted=told[:1])[0] == "Remote explosive/landmine/IED"


def _claim(low: int, victims: str, quote: str, claimant: str = "officials") -> FatalityClaim:
    return FatalityClaim(low=low, high=low, victims=victims, claimant=claimant, quote=quote)  # type: ignore[arg-type]


def test_others_beside_a_named_dead_add_to_it() -> None:
    quote = "In a separate incident, an Iraqi soldier and two other people were killed in the town of Musayyib."
    _, acled = totals([_claim(1, "state_forces", quote), _claim(2, "unknown", quote)])
    assert acled == 3
    # a count of people over a count of soldiers still holds them
    _, held = totals([_claim(1, "state_forces", "one soldier was killed"), _claim(2, "unknown", "two people died")])
    assert held == 2


def test_several_below_a_precise_count_retells_it_but_dozens_stands() -> None:
    seven = _claim(7, "state_forces", "A land mine explosion has killed at least seven soldiers.")
    several = _claim(3, "state_forces", "The attack killed several soldiers and one officer.")
    kept, flags = precise_over_vague([seven, several], {id(several): False}, {id(seven)})
    assert kept == [seven] and flags == ["claim_vague_replaced_by_precise:3"]
    lead = _claim(25, "non_state", "Troops have killed at least 25 suspected militants.")
    dozens = _claim(12, "non_state", "He said security forces killed dozens of militants.")
    assert precise_over_vague([lead, dozens], {id(dozens): False}, {id(lead)})[0] == [lead, dozens]


def test_a_group_fighting_since_a_year_is_named_for_now() -> None:
    text = (
        "Mine Blast Kills 7 Sri Lankan Soldiers\n\n"
        "A land mine explosion in Sri Lanka has killed at least seven soldiers. "
        "Tamil Tiger rebels have been fighting for an independent homeland since 1983."
    )
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2001, 10, 24)))
    ev = Event(
        event_type="Explosions/Remote violence", sub_event_type="Remote explosive/landmine/IED",
        date=DateSpan(start=art.meta.published, end=art.meta.published, precision="day", text=None),
        location=Location(country="Sri Lanka", admin1=None, place="Jaffna", geo_precision=1),
        actor1=Actor(name="LTTE: Liberation Tigers of Tamil Eelam", type="Rebel group", aliases=["Tamil Tiger rebels"]),
        actor2=None, fatality_claims=[], evidence=[art.sentence_text(1)],
    )  # fmt: skip
    groups_of_other_years_off(art, [ev])
    assert ev.actor1 is not None and ev.actor1.name.startswith("LTTE")


def test_several_in_the_body_stands_beside_a_body_figure_of_another_day() -> None:
    several = _claim(3, "non_state", "Fresh clashes in Swat Thursday have left several militants dead.")
    eighty = _claim(80, "non_state", "On Wednesday, a spokesman said troops killed 80 militants.")
    assert precise_over_vague([several, eighty], {id(several): False}, set())[0] == [several, eighty]
