"""The fast decoding loop writes the library's tokens (the real embedded model).

``fast_decode`` is on by default because its answers are the ones
``create_chat_completion`` writes, only sooner; this is the check that keeps it so.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

pytestmark = pytest.mark.model

_ARTICLE = (
    "Publication date: 2024-03-05\nOutlet: Test Wire\nLanguage: en\n\n<article>\n"
    "[1] Gunmen kill five villagers in Niger\n"
    "[2] Gunmen on motorbikes killed five villagers in Tillia, in Niger's Tahoua region, on Monday, the mayor said.\n"
    "[3] The attackers fled towards the border with Mali, officials said.\n</article>\n\n"
    "Code the events of the article above and write the summary, as one JSON object."
)


def test_the_fast_loop_writes_the_library_paths_answer(local_backend: Any) -> None:
    from summarizer.draft import Draft
    from summarizer.pipeline import system_prompt

    backend = local_backend
    default = backend.settings
    convo = [{"role": "system", "content": system_prompt()}, {"role": "user", "content": _ARTICLE}]
    answers = {}
    try:
        for fast in (False, True):
            backend.settings = dataclasses.replace(default, fast_decode=fast)
            n = len(backend.calls)
            text, finish, _, written = backend._answer(convo, Draft.model_json_schema(), 400, 0.0, Draft)
            answers[fast] = (text, written, backend.calls[n].finish)
    finally:
        backend.settings = default
    assert answers[True] == answers[False]
    value = Draft.model_validate_json(answers[True][0])
    assert value.events, answers[True]
