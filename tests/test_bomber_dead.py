"""A suicide bomber who blew himself up is a claim of one dead of his own (bomber_dead.py)."""

from __future__ import annotations

import datetime as dt

from summarizer.article import Article
from summarizer.bomber_dead import FLAG, add_bombers_dead
from summarizer.draft import DraftEvent
from summarizer.records import build_event
from summarizer.schema import ArticleMeta, Event
from summarizer.text import sentence_spans


def _story(
    text: str, figure: str, victims: str = "state_forces", sentences: tuple[int, ...] = (1,)
) -> tuple[Article, Event]:
    art = Article(
        text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2009, 3, 2), outlet="VOA")
    )
    draft = DraftEvent.model_validate(
        dict(
            sentences=list(sentences),
            sub_event_type="Suicide bomb",
            date="Monday",
            place="Khost",
            region="",
            country="Afghanistan",
            actor1="suicide bomber",
            actor1_type="Rebel group",
            actor2="soldiers",
            actor2_type="State forces",
            claims=[dict(figure=figure, victims=victims, claimant="officials", sentence=sentences[0])],
        )  # fmt: skip
    )
    return art, build_event(draft, art)[0]


def test_a_bomber_who_blew_himself_up_is_one_more_dead_and_counted_in_the_totals() -> None:
    art, event = _story(
        "Bomber Strikes Afghan Convoy\n\n"
        "Officials say a suicide bomber blew himself up near an army convoy in Khost on Monday, killing three "
        "soldiers. Several others were wounded.",
        "three",
    )
    acled = event.fatalities_acled
    add_bombers_dead(art, [event])
    mine = [c for c in event.fatality_claims if c.victims == "non_state"]
    assert [(c.low, c.high) for c in mine] == [(1, 1)]
    assert acled is not None and event.fatalities_acled == acled + 1
    assert any(f.startswith(FLAG) for f in event.flags)


def test_a_toll_that_already_holds_the_bomber_or_a_second_bomber_adds_no_claim() -> None:
    for lead in (
        "A suicide bomber blew himself up near an army convoy in Khost on Monday, killing four people, including "
        "the bomber.",
        "A second suicide bomber blew himself up near an army convoy in Khost on Monday, killing four people.",
    ):
        art, event = _story(f"Bomber Strikes Afghan Convoy\n\n{lead} Several others were wounded.", "four", "unknown")
        before = [(c.low, c.high) for c in event.fatality_claims]
        add_bombers_dead(art, [event])
        assert [(c.low, c.high) for c in event.fatality_claims] == before, lead


def test_the_bombers_sentence_goes_to_the_bombing_that_cites_the_one_before_it() -> None:
    art, event = _story(
        "Bomber Strikes Afghan Convoy\n\n"
        "Officials say a suicide bomber struck an army convoy in Khost on Monday, killing three soldiers. "
        "As the convoy slowed, he blew himself up.",
        "three",
    )
    add_bombers_dead(art, [event])
    assert [(c.low, c.victims) for c in event.fatality_claims if c.low == 1] == [(1, "non_state")]
    # no suicide bombing at all: nobody to add him to
    other = event.model_copy(update={"sub_event_type": "Remote explosive/landmine/IED", "fatality_claims": []})
    add_bombers_dead(art, [other])
    assert other.fatality_claims == []


def test_a_bomber_of_an_earlier_attack_elsewhere_is_not_this_bombings_dead() -> None:
    for background in (
        "A few weeks into that truce a suicide bomber blew himself up outside a nightclub in Khost.",
        "Last month, a suicide bomber blew himself up outside a police station in Kandahar.",
        "A suicide bomber blew himself up at a checkpoint in Kandahar.",
    ):
        text = (
            "Suicide Bomber Hits Khost\n\n"
            "A suicide bomber killed at least two soldiers in Khost on Monday, officials said. "
            f"Officials said the attack broke weeks of calm. {background}"
        )
        art, event = _story(text, "at least two")
        add_bombers_dead(art, [event])
        assert not any(f.startswith(FLAG) for f in event.flags), background


def test_bombers_who_blew_themselves_up_are_as_many_dead_as_the_story_counts_them() -> None:
    art, event = _story(
        "Double Suicide Attack\n\n"
        "Officials say two suicide bombers killed at least three soldiers in Khost on Monday. "
        "Police say security forces fired at the bombers, who still managed to blow themselves up.",
        "three",
    )
    add_bombers_dead(art, [event])
    assert [(c.low, c.high) for c in event.fatality_claims if c.victims == "non_state"] == [(2, 2)]
    art, event = _story(
        "Attack\n\nOfficials say militants killed three soldiers in Khost on Monday. Some blew themselves up.", "three"
    )
    add_bombers_dead(art, [event])
    assert not [c for c in event.fatality_claims if c.victims == "non_state"]
