"""People killed one at a time, told by a noun without a number, are death figures of one.

"A roadside bomb killed a young girl" is a toll the codebook counts (one, a civilian);
when the figure finder did not read it, the sentence was never a candidate event of its own.
"""

from __future__ import annotations

import pytest

from summarizer.deaths import find_figures
from summarizer.fatalities import parse_figure
from summarizer.text import sentence_spans


def _deaths(sentence: str) -> list[tuple[str, int | None, str]]:
    deaths, _ = find_figures(sentence, sentence_spans(sentence), None)
    return [(f.text, f.low, f.victims) for f in deaths]


@pytest.mark.parametrize(
    ("sentence", "figure", "victims"),
    [
        ("South of the capital, a roadside bomb killed a young girl on Sunday.", "a young girl", "civilians"),
        ("Another service member was killed in a separate bombing.", "Another service member", "state_forces"),
        (
            "A village schoolteacher was killed when a missile struck the school.",
            "A village schoolteacher",
            "civilians",
        ),
        ("Residents said a teenager was killed hours earlier by the troops.", "a teenager", "civilians"),
    ],
)
def test_one_person_killed_is_a_figure_of_one(sentence: str, figure: str, victims: str) -> None:
    assert _deaths(sentence) == [(figure, 1, victims)]
    assert parse_figure(figure) == (1, 1)


@pytest.mark.parametrize(
    "sentence",
    [
        "Police say a driver was wounded.",  # hurt, not dead
        "A guard opened fire on the crowd.",  # the one who fired
        "Nobody was killed, a resident said.",  # the one who speaks
    ],
)
def test_one_person_who_did_not_die_is_no_death_figure(sentence: str) -> None:
    assert _deaths(sentence) == []
