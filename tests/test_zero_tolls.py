"""A sentence telling that nobody died is its event's claim of zero (zero_tolls.py)."""

from __future__ import annotations

import datetime as dt

from summarizer.article import Article
from summarizer.draft import DraftEvent
from summarizer.records import build_event
from summarizer.schema import ArticleMeta, Event
from summarizer.text import sentence_spans
from summarizer.zero_tolls import FLAG, add_zero_tolls


def _story(text: str) -> tuple[Article, Event]:
    art = Article(
        text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2008, 9, 14), outlet="VOA")
    )
    draft = DraftEvent.model_validate(
        dict(
            sentences=[1],
            sub_event_type="Armed clash",
            date="Saturday",
            place="Rivers",
            region="",
            country="Nigeria",
            actor1="militants",
            actor1_type="Rebel group",
            actor2="soldiers",
            actor2_type="State forces",
            claims=[dict(figure="22", victims="state_forces", claimant="militants", sentence=1)],
        )  # fmt: skip
    )
    return art, build_event(draft, art)[0]


def test_a_denial_of_casualties_is_the_speakers_claim_of_zero_and_leaves_the_totals() -> None:
    art, event = _story(
        "Militants Declare Oil War\n\n"
        "Militants in Nigeria's Niger Delta say they have killed 22 government soldiers in clashes Saturday. "
        "A military spokesman says government forces are battling militants in the region, but he denied any "
        "military casualties."
    )
    acled = event.fatalities_acled
    add_zero_tolls(art, [event])
    zero = [c for c in event.fatality_claims if c.low == 0]
    assert [(c.high, c.victims, c.claimant) for c in zero] == [(0, "state_forces", "military spokesman")]
    assert event.fatalities_acled == acled and acled is not None and acled > 0
    assert any(f.startswith(FLAG) for f in event.flags)


def test_no_one_killed_is_the_outlets_zero_but_no_report_yet_or_nobody_hurt_is_no_claim() -> None:
    art, event = _story(
        "Clash in the Delta\n\nMilitants attacked soldiers in Rivers state on Saturday. No one was reported killed."
    )
    add_zero_tolls(art, [event])
    assert [(c.low, c.claimant) for c in event.fatality_claims if c.low == 0] == [(0, "VOA")]
    for after in ("There were no immediate reports of casualties.", "No one was hurt in the attack."):
        art, event = _story(f"Clash in the Delta\n\nMilitants attacked soldiers in Rivers state on Saturday. {after}")
        add_zero_tolls(art, [event])
        assert not [c for c in event.fatality_claims if c.low == 0]


def test_none_were_killed_is_a_claim_of_zero() -> None:
    """MEND (2010, batch 137): "They say while their men were injured, none were killed"."""
    art, event = _story(
        "Clash in the Delta\n\nMilitants say they killed 22 soldiers in Rivers state on Saturday. "
        "The army says while its men were injured, none were killed."
    )
    add_zero_tolls(art, [event])
    assert [c.low for c in event.fatality_claims if c.low == 0] == [0]


def test_no_one_killed_outweighs_a_killing_with_no_number_of_people() -> None:
    art, event = _story(
        "Clash in the Delta\n\nMilitants attacked soldiers in Rivers state on Saturday, and gunfire killed some "
        "livestock. No one was killed."
    )
    event.fatality_claims = []
    event.flags.append("deaths_without_number:limited")
    event.fatalities_acled = 3
    add_zero_tolls(art, [event])
    assert event.fatalities_acled == 0 and "deaths_without_number:limited" not in event.flags
