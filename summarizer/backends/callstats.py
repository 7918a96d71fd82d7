"""What one embedded-model call cost, kept per call for the benchmark."""

from __future__ import annotations

from typing import NamedTuple


class CallStats(NamedTuple):
    """What one model call cost, for the benchmark's pipeline-versus-raw comparison."""

    prompt_tokens: int
    reused_tokens: int  # prompt tokens already in the KV cache (prefix state, earlier call)
    completion_tokens: int
    read_seconds: float
    write_seconds: float
    grammar_fallbacks: int  # tokens where the greedy choice was refused by the grammar
    finish: str
