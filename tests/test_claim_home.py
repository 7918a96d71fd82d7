"""A toll told as another happening in another event's town is that event's (claim_home.py)."""

from __future__ import annotations

import datetime as dt

from summarizer.article import Article
from summarizer.claim_home import FLAG_IN, FLAG_OUT, FLAG_RELEASED, move_claims_home, release_other_happenings
from summarizer.claimcheck import to_claim
from summarizer.draft import DraftClaim, DraftEvent
from summarizer.records import build_event
from summarizer.schema import ArticleMeta, Event
from summarizer.text import sentence_spans

TEXT = (
    "Pakistani Taliban Claims It Beheaded 12 Soldiers\n\n"
    "The Pakistani Taliban has released video of what it says are the severed heads of 12 soldiers. "
    "The video surfaced after a fight with Taliban militants in the Bajaur tribal region. "
    "Elsewhere in Pakistan, authorities say a car bomb killed at least 11 people Friday at a market in the town "
    "of Matani."
)


def _draft(place: str, sub: str, claims: list[DraftClaim], sentences: list[int]) -> DraftEvent:
    return DraftEvent(
        sentences=sentences, sub_event_type=sub, date="Friday", place=place, region="", country="Pakistan",
        actor1="Taliban", actor1_type="Rebel group", actor2="soldiers", actor2_type="State forces", claims=claims,
    )  # fmt: skip


def test_a_toll_told_elsewhere_in_another_events_town_moves_there() -> None:
    art = Article(text=TEXT, sentences=sentence_spans(TEXT), meta=ArticleMeta(published=dt.date(2012, 8, 31)))
    fight = build_event(
        _draft(
            "Bajaur",
            "Armed clash",
            [
                DraftClaim(figure="12", victims="state_forces", claimant="Taliban", sentence=2),
                DraftClaim(figure="at least 11", victims="unknown", claimant="authorities", sentence=4),
            ],
            [2, 3, 4],
        ),  # fmt: skip
        art,
    )
    fight, context = fight
    bomb = build_event(_draft("Matani", "Remote explosive/landmine/IED", [], [4]), art)[0]
    # told apart ("Elsewhere in Pakistan, ..."), the 11 left the fight for the report's context
    assert [c.low for c in fight.fatality_claims] == [12] and [c.low for c in context] == [11]
    assert bomb.fatality_claims == []
    move_claims_home(art, [fight, bomb], context)
    assert [c.low for c in bomb.fatality_claims] == [11] and f"{FLAG_IN}:11" in bomb.flags and context == []
    assert bomb.fatalities_acled == 11 and fight.fatalities_acled == 12
    # an event that holds only the figure told apart keeps it until it goes home
    alone = build_event(
        _draft("Bajaur", "Armed clash", [DraftClaim(figure="at least 11", victims="unknown", claimant="authorities",
                                                    sentence=4)], [2, 3, 4]),
        art,
    )[0]  # fmt: skip
    bomb = build_event(_draft("Matani", "Remote explosive/landmine/IED", [], [4]), art)[0]
    assert [c.low for c in alone.fatality_claims] == [11]
    move_claims_home(art, [alone, bomb])
    assert alone.fatality_claims == [] and f"{FLAG_OUT}:11" in alone.flags
    assert [c.low for c in bomb.fatality_claims] == [11]


def test_a_toll_with_no_other_event_in_its_town_stays() -> None:
    art = Article(text=TEXT, sentences=sentence_spans(TEXT), meta=ArticleMeta(published=dt.date(2012, 8, 31)))
    claims = [
        DraftClaim(figure="12", victims="state_forces", claimant="Taliban", sentence=2),
        DraftClaim(figure="at least 11", victims="unknown", claimant="authorities", sentence=4),
    ]
    fight = build_event(_draft("Bajaur", "Armed clash", claims, [2, 3, 4]), art)[0]
    before = sorted(c.low or 0 for c in fight.fatality_claims)
    other = build_event(_draft("Bajaur", "Armed clash", [], [2]), art)[0]
    move_claims_home(art, [fight, other])
    assert sorted(c.low or 0 for c in fight.fatality_claims) == before and other.fatality_claims == []


SYRIA = (
    "Coordinated Blasts Kill 24 in Syria\n\n"
    "Syrian activists say three car bombs in northern Idlib province have killed at least 24 people on Wednesday. "
    "The state news agency said the bombs killed 22 people. "
    "The Observatory said the death toll from two explosions at the University of Aleppo on Tuesday rose to 87. "
    "Officials in Idlib said on Thursday that the toll had risen to 26."
)


def _syria_event(art: Article) -> Event:
    draft = DraftEvent(
        sentences=[2, 3], sub_event_type="Suicide bomb", date="on Wednesday", place="", region="Idlib",
        country="Syria", actor1="militants", actor1_type="Rebel group", actor2="government forces",
        actor2_type="State forces",
        claims=[
            DraftClaim(figure="at least 24", victims="unknown", claimant="activists", sentence=2),
            DraftClaim(figure="22", victims="unknown", claimant="state news agency", sentence=3),
            DraftClaim(figure="26", victims="unknown", claimant="Officials", sentence=5),
        ],
    )  # fmt: skip
    return build_event(draft, art)[0]


def test_a_toll_of_another_place_and_day_leaves_the_event() -> None:
    art = Article(text=SYRIA, sentences=sentence_spans(SYRIA), meta=ArticleMeta(published=dt.date(2013, 1, 16)))
    event = _syria_event(art)
    # the model's claim as it reaches the check when the event has no town of its own
    aleppo = next(f for f in art.death_figures if f.low == 87)
    event.fatality_claims.append(to_claim(aleppo, "unknown", "Observatory", art))
    release_other_happenings(art, [event])
    # Aleppo on Tuesday is another happening; Idlib's revised toll, told on Thursday, stays
    assert sorted(c.low or 0 for c in event.fatality_claims) == [22, 24, 26]
    assert any(f.startswith(f"{FLAG_RELEASED}:87") for f in event.flags)


LANKA = (
    "Army Offensive in the North\n\n"
    "The military says it has killed three rebels in fighting in the northern district of Vavuniya on Friday. "
    "The rebels say they lost two fighters. "
    "The rebels also say at least four civilians were killed in a roadside bomb blast."
)


def test_a_toll_told_also_of_another_weapon_leaves_the_clash_and_becomes_an_event() -> None:
    from summarizer.found_in_text import events_in_text

    art = Article(text=LANKA, sentences=sentence_spans(LANKA), meta=ArticleMeta(published=dt.date(2008, 3, 8)))
    draft = DraftEvent(
        sentences=[2, 3], sub_event_type="Armed clash", date="on Friday", place="Vavuniya", region="",
        country="Sri Lanka", actor1="military", actor1_type="State forces", actor2="rebels",
        actor2_type="Rebel group",
        claims=[
            DraftClaim(figure="three", victims="non_state", claimant="military", sentence=2),
            DraftClaim(figure="two", victims="non_state", claimant="rebels", sentence=3),
            DraftClaim(figure="at least four", victims="civilians", claimant="rebels", sentence=4),
        ],
    )  # fmt: skip
    clash, _ = build_event(draft, art)
    release_other_happenings(art, [clash])
    # a bomb blast told "also" is another kind of violence than the clash: its four leave it
    assert sorted(c.low or 0 for c in clash.fatality_claims) == [2, 3]
    assert "claim_of_another_kind:4" in clash.flags
    (bomb,) = events_in_text(art, [clash])
    assert bomb.sub_event_type == "Remote explosive/landmine/IED"
    assert [c.low for c in bomb.fatality_claims] == [4] and bomb.fatalities_acled == 4


def test_a_toll_the_attack_also_took_stays_with_it() -> None:
    text = (
        "Bombing in the North\n\n"
        "A suicide bomber killed 9 soldiers at a checkpoint in Vavuniya on Friday, the military says. "
        "The blast also killed two civilians, said witnesses."
    )
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2008, 3, 8)))
    draft = DraftEvent(
        sentences=[2], sub_event_type="Suicide bomb", date="on Friday", place="Vavuniya", region="",
        country="Sri Lanka", actor1="suicide bomber", actor1_type="Rebel group", actor2="soldiers",
        actor2_type="State forces",
        claims=[
            DraftClaim(figure="9", victims="state_forces", claimant="military", sentence=2),
            DraftClaim(figure="two", victims="civilians", claimant="witnesses", sentence=3),
        ],
    )  # fmt: skip
    event, _ = build_event(draft, art)
    release_other_happenings(art, [event])
    assert sorted(c.low or 0 for c in event.fatality_claims) == [2, 9]  # "the blast" goes back to it


def test_a_toll_of_another_target_on_another_day_leaves_the_event_and_its_evidence() -> None:
    from summarizer.found_in_text import events_in_text

    text = (
        "Attacks Kill Soldiers\n\n"
        "Militants claimed a suicide car bombing on an army base in Marib province Tuesday that killed six soldiers. "
        "The group ambushed another army checkpoint in the same province of Marib late Monday, killing three "
        "other soldiers."
    )
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2014, 12, 10)))
    draft = DraftEvent(
        sentences=[2, 3], sub_event_type="Suicide bomb", date="Tuesday", place="", region="Marib",
        country="Yemen", actor1="Militants", actor1_type="Rebel group", actor2="soldiers",
        actor2_type="State forces",
        claims=[
            DraftClaim(figure="six", victims="state_forces", claimant="", sentence=2),
            DraftClaim(figure="three", victims="state_forces", claimant="", sentence=3),
        ],
    )  # fmt: skip
    bombing, _ = build_event(draft, art)
    release_other_happenings(art, [bombing])
    # "another army checkpoint ... late Monday": another target on another day, in the same province
    assert [c.low for c in bombing.fatality_claims] == [6]
    assert not any("checkpoint" in q for q in bombing.evidence)
    (ambush,) = events_in_text(art, [bombing])
    assert ambush.date.start == dt.date(2014, 12, 8) and ambush.fatalities_acled == 3
