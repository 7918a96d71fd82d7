"""The embedded backend's guards that need no model: stopping a repeating answer, and
reading an answer that was cut off (by the token cap or the repetition stop)."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from summarizer.backends.local import is_repeating, salvage
from summarizer.draft import Draft

EVENT = {
    "sentences": [1, 2],
    "sub_event_type": "Attack",
    "date": "on Friday",
    "place": "Gao",
    "region": "",
    "country": "Mali",
    "actor1": "gunmen",
    "actor1_type": "Rebel group",
    "actor2": "villagers",
    "actor2_type": "Civilians",
    "claims": [{"figure": "four", "victims": "civilians", "claimant": "residents", "sentence": 1}],
}


def test_a_normal_answer_is_not_taken_for_repetition() -> None:
    # token ids of a two-event answer: long, with repeated field names but no repeated block
    answer = list(range(100, 160)) + [7, 8, 9] + list(range(200, 260)) + [7, 8, 9] + list(range(300, 360))
    for n in range(1, len(answer) + 1):
        assert is_repeating(answer[:n]) == 0
    assert is_repeating([1, 0, 0, 0] + list(range(60))) == 0  # "1000" and friends


@pytest.mark.parametrize(
    "tail",
    [
        [5] * 48,  # the same token over and over (whitespace, a digit)
        [1, 2, 3] * 16,  # a short loop
        list(range(500, 520)) * 3,  # a sentence written three times
    ],
)
def test_a_looping_answer_is_stopped(tail: list[int]) -> None:
    tokens = list(range(1000, 1030)) + tail
    drop = is_repeating(tokens)
    assert drop > 0
    kept = tokens[: len(tokens) - drop]
    assert kept[:30] == tokens[:30]  # the part before the loop stays


def test_a_complete_answer_is_read_as_is() -> None:
    text = json.dumps({"events": [EVENT], "summary": "Gunmen killed four villagers, residents said."})
    assert salvage(text, Draft).events[0].place == "Gao"


def test_an_answer_cut_in_the_summary_keeps_everything_written() -> None:
    text = json.dumps({"events": [EVENT], "summary": "Gunmen killed four villagers, residents said."})[:-20]
    value = salvage(text, Draft)
    assert value.events[0].actor1 == "gunmen" and value.summary.startswith("Gunmen killed")


def test_an_answer_cut_inside_a_second_event_keeps_the_first() -> None:
    text = json.dumps({"events": [EVENT, EVENT], "summary": "x"})
    cut = text[: text.index('"actor1"', text.index('"actor1"') + 1)]  # inside the second event
    value = salvage(cut, Draft)
    assert len(value.events) == 1 and value.events[0].place == "Gao"


def test_an_answer_with_nothing_usable_still_fails() -> None:
    with pytest.raises((ValidationError, json.JSONDecodeError)):
        salvage('{"events": [{"sentences": [1', Draft)
