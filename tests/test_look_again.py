"""A model event whose cited sentences tell no act is read again nearby (``look_again.py``).

Drafts are written as the small model answers them (citing the slug and the lead), and
built by the real checks; the articles are made up in the shape of wire scripts.
"""

from __future__ import annotations

import datetime as dt

from summarizer.article import Article
from summarizer.draft import DraftEvent
from summarizer.keywords import classify
from summarizer.look_again import build_checked
from summarizer.records import build_event, is_conflict_event
from summarizer.schema import ArticleMeta
from summarizer.text import sentence_spans

TAKEN = (
    "NORTHERN FIGHTING\n\n"
    "A regional news agency says the rebel movement has pushed its forces to the edge of the army's last "
    "stronghold in the north. As our correspondent reports from the capital, the rebels want the whole province. "
    "The agency says rebel fighters have captured the town of Kandoro, 60 kilometers north of the provincial "
    "capital. Army units pulled back there on Monday."
)

SHOTS = (
    "Capital On Edge After Shooting\n\n"
    "The army was put on high alert in the capital after what officials call an attempt on the president's life. "
    "Guards were stopping cars around the palace late Wednesday and nearby offices were emptied. "
    "The measures followed an incident earlier in the day in which someone fired several shots at a motorcade "
    "carrying the president."
)

APPEAL = (
    "AID APPEAL\n\n"
    "A United Nations agency says it needs more money to feed people in the north. "
    "As our correspondent reports from Geneva, donors have given less than half of what was asked. "
    "The agency says food stocks will run out next month. "
    "Officials say trucks are waiting at the border for permits. "
    "The rains have also washed out two bridges. "
    "Years ago, rebels attacked a convoy on the same road."
)


def _article(text: str) -> Article:
    return Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2001, 8, 3)))


def _draft(sub_type: str, actor1: str, actor2: str) -> DraftEvent:
    return DraftEvent(
        sentences=[1, 2, 3], sub_event_type=sub_type, date="", place="", region="", country="Afghanistan",
        actor1=actor1, actor1_type="Rebel group", actor2=actor2, actor2_type="State forces", claims=[],
    )  # fmt: skip


def test_an_event_whose_slug_and_lead_tell_no_act_takes_the_next_sentence_that_does() -> None:
    art = _article(TAKEN)
    draft = _draft("Non-state actor overtakes territory", "rebel fighters", "army")
    assert not is_conflict_event(build_event(draft, art)[0])  # the cited slug and lead alone are dropped
    event, _, kept = build_checked(draft, art)
    assert kept
    assert any("have captured the town of Kandoro" in q for q in event.evidence)
    assert event.location.place == "Kandoro"
    assert any(f.startswith("evidence_widened:[1, 2, 3]+[4") for f in event.flags)


def test_shots_fired_at_a_motorcade_are_an_act_of_violence() -> None:
    sentence = "The measures followed an incident in which someone fired several shots at a motorcade."
    assert classify(sentence) == ("Battles", "Armed clash")
    event, _, kept = build_checked(_draft("Attack", "unknown gunman", "presidential guard"), _article(SHOTS))
    assert kept and any("fired several shots" in q for q in event.evidence)


def test_a_story_with_no_act_near_the_cited_sentences_still_loses_the_event() -> None:
    # the convoy attack is five sentences past the last one cited: too far to be this event
    event, _, kept = build_checked(_draft("Attack", "rebels", "aid workers"), _article(APPEAL))
    assert not kept
    assert not any(f.startswith("evidence_widened") for f in event.flags)


ADVANCE = (
    "Rebels Advance Toward Capital\n\n"
    "Rebels are advancing toward the capital, two days after announcing the end of a truce. "
    "A journalist in the capital says the rebels are about 50 kilometers from the city. "
    "The foreign ministry said the rebels are only a few kilometers away. "
    "Witnesses say the streets are empty as people rushed home. "
    "Schools and banks closed early. "
    "A source said the rebels have also taken the western C.A.R. town of Bossangoa."
)


def test_a_taking_told_far_below_the_cited_lead_is_the_events_evidence() -> None:
    art = _article(ADVANCE)
    draft = _draft("Government regains territory", "rebels", "army")  # the model's taker is wrong too
    event, _, kept = build_checked(draft, art)
    assert kept
    assert any("have also taken the western" in q for q in event.evidence)
    assert event.location.place == "Bossangoa"


def test_an_earlier_dated_blast_near_the_lead_is_not_the_events_evidence() -> None:
    text = (
        "Vice President Appears\n\n"
        "The vice president has appeared in public for the first time in weeks. "
        "He met a visiting official in the capital on Sunday. "
        "He was last seen at a funeral for officials who died in a July 18 bomb blast."
    )
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2012, 8, 26)))
    event, _, kept = build_checked(_draft("Remote explosive/landmine/IED", "unknown", "officials"), art)
    assert not kept


KILLINGS = (
    "Killings Continue Outside Town\n\n"
    "As a stronger force prepares to deploy, killings continue outside the town. "
    "A foreign force has been protecting civilians inside the town. "
    "The force is preparing to leave by early September. "
    "The troops will be mainly from one country. "
    "For the moment, little has been done to contain the violence. "
    "The militia have ransacked villages north of the town, killing many people with guns and machetes."
)


def test_a_headline_of_killings_takes_the_bodys_first_act_however_far_down() -> None:
    art = _article(KILLINGS)
    event, _, kept = build_checked(_draft("Violent demonstration", "militia", "villagers"), art)
    assert kept
    assert any("have ransacked villages" in q for q in event.evidence)


def test_a_headline_without_violence_takes_no_far_sentence() -> None:
    text = KILLINGS.replace("Killings Continue Outside Town", "Force Prepares to Deploy")
    _, _, kept = build_checked(_draft("Violent demonstration", "militia", "villagers"), _article(text))
    assert not kept
