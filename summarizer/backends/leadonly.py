"""Stop writing a text field after its first sentence, when only that sentence is used.

The extraction answer ends with a 2-4 sentence summary, but when the answer has events
the pipeline keeps only the summary's first sentence (the lead) and writes the rest from
the checked records and the article's own sentences (``summary.compose``,
``storyline.py``). The sentences after the lead were a fifth of all the tokens the
embedded model wrote on the gold set, at ~0.1 s each on two cores: time spent writing
text that was thrown away.

:class:`LeadOnly` is a llama.cpp logits processor: it watches the answer being written
and, once the field's text holds one complete sentence and the model's next choice would
begin a second one (by the response model's own test, which uses the splitter
``compose`` takes the lead with), it makes the closing quote the
only choice, then the end of the answer once the JSON object is closed. Greedy decoding
is causal, so every token before the stop is the token the model would have written
anyway: the events and the lead are unchanged. An answer with no events is left alone
(its whole summary is used).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

import numpy as np

_EMPTY_EVENTS = re.compile(rb'"events"\s*:\s*\[\s*\]')
_SENTENCE_END = re.compile(r'[.!?]["\u201d\u00bb)]?\s*$')


class LeadOnly:
    """A logits processor that closes ``field`` after its first sentence (see module doc)."""

    def __init__(self, llm: Any, field: str, begins_second_sentence: Callable[[str], bool]) -> None:
        self._llm = llm
        self._second = begins_second_sentence
        self._key = re.compile(rb'"' + re.escape(field.encode()) + rb'"\s*:\s*"')
        quote = llm.tokenize(b'"', add_bos=False, special=False)
        self._quote = quote[0] if len(quote) == 1 else None
        self._eos = int(llm.token_eos())
        self._seen: int | None = None
        self._written = b""
        self._state = "watching"  # -> "closing" (quote forced) -> "done"
        #: whether the answer was stopped early (for the call's stats)
        self.stopped = False

    def _only(self, scores: np.ndarray, token: int) -> np.ndarray:
        out = np.full_like(scores, -np.inf)
        out[token] = scores[token] if np.isfinite(scores[token]) else 0.0
        return out

    def __call__(self, input_ids: np.ndarray, scores: np.ndarray) -> np.ndarray:
        n = len(input_ids)
        if self._seen is None:
            self._seen = n  # the first call sees the prompt only
        elif n > self._seen:
            self._written += self._llm.detokenize([int(t) for t in input_ids[self._seen : n]])
            self._seen = n
        if self._state == "done" or self._quote is None:
            return scores
        if self._state == "closing":
            if self._written.rstrip().endswith(b"}"):
                self._state = "done"
                return self._only(scores, self._eos)
            return scores
        found = self._key.search(self._written)
        if found is None:
            return scores
        if _EMPTY_EVENTS.search(self._written[: found.start()]):
            self._state = "done"  # no events: the whole summary is used
            return scores
        body = self._written[found.end() :]
        if not body:
            return scores
        try:
            so_far = json.loads(b'"' + body + b'"')
        except ValueError:
            return scores  # inside an escape sequence
        if not _SENTENCE_END.search(so_far):
            return scores
        piece = self._llm.detokenize([int(np.argmax(scores))])
        if piece.startswith(b'"'):
            return scores  # the model closes the field itself
        try:
            ahead = json.loads(b'"' + body + piece + b'"')
        except ValueError:
            return scores
        if not self._second(ahead) or not ahead[len(so_far) :].strip():
            return scores
        self._state = "closing"
        self.stopped = True
        return self._only(scores, self._quote)


def lead_only(llm: Any, model: type[Any] | None) -> LeadOnly | None:
    """The stop for ``model``'s lead-only field, or None when it has none (greedy decoding only)."""
    field = getattr(model, "lead_only_field", None)
    return LeadOnly(llm, field, model.begins_second_sentence) if field else None  # type: ignore[union-attr]
