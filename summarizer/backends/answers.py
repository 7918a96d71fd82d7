"""Reading the embedded model's answer: JSON closed after a cut-off, and runaway repeats.

Kept apart from the backend because it is plain text and token arithmetic: an answer cut
at ``max_tokens`` (or stopped for repeating itself) keeps its complete events when the
JSON is closed after the last whole element, and a loop of the same block of tokens is
recognised within a few dozen tokens.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import ValidationError

from .base import T

_CLOSERS = ('"}', '"}]}', "}", "]}", "}]}", '"}]}]}', "}]}]}", '"]}]}')

#: a repeating answer: its last max(3 * p, 48) tokens are one block of p <= 100 tokens
#: over and over. No normal answer does that (event fields differ, sentence lists count
#: up); a looping summary or a runaway list does it within a few dozen tokens.
_REPEAT_MIN_SPAN = 48
_REPEAT_MAX_PERIOD = 100


def _candidates(content: str) -> list[str]:
    """Ways to read an answer cut off by ``max_tokens`` (or stopped while repeating itself).

    First the answer as is, then the fixed closers (the summary, the last field, is where a
    cut most often falls), then the answer closed where it stops and at each earlier comma
    going back, so a half-written last event is dropped rather than the whole answer.
    """
    body = content.rstrip()
    out = [content, *(body + closer for closer in _CLOSERS)]
    stack: list[str] = []
    in_string = escaped = False
    cuts: list[tuple[int, str]] = []
    for i, ch in enumerate(body):
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
            continue
        if ch == '"':
            in_string = True
        elif ch in "[{":
            stack.append("]" if ch == "[" else "}")
        elif ch in "]}" and stack:
            stack.pop()
        elif ch == ",":
            cuts.append((i, "".join(reversed(stack))))
    out.append(body + ('"' if in_string else "") + "".join(reversed(stack)))
    out += [body[:pos] + closer for pos, closer in reversed(cuts[-80:])]
    return out


def salvage(content: str, response_model: type[T]) -> T:
    """The first reading of ``content`` that parses and validates (see ``_candidates``).

    Under the grammar the only ways to get invalid JSON are running out of tokens and
    being stopped for repeating; closing the answer keeps everything the model already
    wrote instead of paying for a whole second answer.
    """
    error: Exception = json.JSONDecodeError("answer is not JSON and could not be closed", content, len(content))
    first_error: Exception | None = None
    parsed: list[Any] = []
    for text in _candidates(content):
        try:
            value = json.loads(text)
        except json.JSONDecodeError as exc:
            error = exc
            continue
        try:
            return response_model.model_validate(value)
        except ValidationError as exc:
            first_error = first_error or exc
            parsed.append(value)
    # cut before its last text field (the summary comes after the events): keep what was
    # written and leave that field empty, for the pipeline to ask again or fill in code
    texts = [n for n, f in response_model.model_fields.items() if f.is_required() and f.annotation is str]
    for value in parsed:
        if isinstance(value, dict) and any(n not in value for n in texts):
            try:
                return response_model.model_validate({**{n: "" for n in texts}, **value})
            except ValidationError:
                continue
    raise first_error or error


def is_repeating(tokens: list[int]) -> int:
    """How many tokens at the end repeat the block before them (0: not repeating)."""
    n = len(tokens)
    if n < _REPEAT_MIN_SPAN:
        return 0
    last = tokens[-1]
    for p in range(1, min(_REPEAT_MAX_PERIOD, n // 2) + 1):
        if tokens[-1 - p] != last:
            continue
        span = max(3 * p, _REPEAT_MIN_SPAN)
        if span > n:
            break
        if tokens[n - span + p :] == tokens[n - span : n - p]:
            return span - p
    return 0
