"""The lead-only stop, on the embedded model's real tokenizer (its vocabulary only: no
weights are read and nothing is computed, so this runs in a second)."""

from __future__ import annotations

import json
from typing import Any

import numpy as np
import pytest

from summarizer.backends.leadonly import LeadOnly
from summarizer.draft import Draft

pytestmark = pytest.mark.model  # needs the assembled GGUF file

EVENT = {
    "sentences": [1], "sub_event_type": "Attack", "date": "on Friday", "place": "Gao", "region": "",
    "country": "Mali", "actor1": "gunmen", "actor1_type": "Rebel group", "actor2": "villagers",
    "actor2_type": "Civilians", "claims": [],
}  # fmt: skip
LEAD = "Gunmen killed four villagers near the U.S. base in Gao on Friday, residents said."
REST = " The army said it was searching the area. Mr. Traore called for calm."


@pytest.fixture(scope="module")
def vocab(local_settings: Any) -> Any:
    from llama_cpp import Llama

    return Llama(model_path=str(local_settings.model), vocab_only=True, verbose=False)


def _decode(vocab: Any, answer: str) -> tuple[str, int]:
    """Feed the answer's own tokens as the model's choices; return what gets written, with
    the processor free to force another token, and how many tokens that took."""
    prompt = [1, 2, 3]
    wanted = vocab.tokenize(answer.encode(), add_bos=False, special=False)
    stop = LeadOnly(vocab, Draft.lead_only_field, Draft.begins_second_sentence)
    written: list[int] = []
    eos = int(vocab.token_eos())
    close = vocab.tokenize(b"}", add_bos=False, special=False)[0]
    forced = False
    for _ in range(len(wanted) + 5):
        scores = np.full(vocab.n_vocab(), -10.0, dtype=np.single)
        nxt = wanted[len(written)] if len(written) < len(wanted) else eos
        scores[nxt] = 10.0  # the model's choice
        if forced:
            scores[close] = 20.0  # after a forced quote the grammar allows only the closing brace
        chosen = int(np.argmax(stop(np.array(prompt + written, dtype=np.intc), scores)))
        if chosen == eos:
            break
        forced = chosen != nxt
        written.append(chosen)
    return vocab.detokenize(written).decode(), len(written)


def test_the_answer_ends_after_the_summarys_first_sentence(vocab: Any) -> None:
    full = json.dumps({"events": [EVENT], "summary": LEAD + REST})
    text, n = _decode(vocab, full)
    value = Draft.model_validate_json(text)  # closed JSON, no repair needed
    assert value.summary.strip() == LEAD  # "U.S." did not end it early
    assert value.events[0].place == "Gao"
    assert n < len(vocab.tokenize(full.encode(), add_bos=False, special=False))


def test_an_answer_without_events_or_with_one_sentence_is_left_whole(vocab: Any) -> None:
    empty = json.dumps({"events": [], "summary": LEAD + REST})
    assert _decode(vocab, empty)[0] == empty
    one = json.dumps({"events": [EVENT], "summary": LEAD})
    assert _decode(vocab, one)[0] == one
