"""One answer through llama-cpp-python's own ``create_chat_completion`` (the default path).

The embedded backend's decoding loop (``LocalBackend._decode``) is faster but its answers
differ from the library's, so the library path is the default; this module adds to it
what the backend needs around the call: the answer stopped after the lead when the
response model says only that is used (``leadonly.py``), and the call's cost
(prompt tokens already cached, read and write seconds from llama.cpp's own counters) for
the benchmark's pipeline-versus-raw comparison.
"""

from __future__ import annotations

import time
from typing import Any

from .base import Message
from .callstats import CallStats
from .leadonly import lead_only


def library_answer(
    llm: Any, lib: Any, convo: list[Message], schema: dict[str, Any], max_tokens: int, temp: float,
    model: type[Any] | None, calls: list[CallStats],
) -> tuple[str, str, int, int]:  # fmt: skip
    """(text, finish reason, prompt tokens, completion tokens); the call's stats go to ``calls``."""
    reused, started = llm.n_tokens, time.perf_counter()
    lib.llama_perf_context_reset(llm._ctx.ctx)
    stop = lead_only(llm, model) if temp == 0.0 else None
    out: Any = llm.create_chat_completion(
        messages=convo,
        response_format={"type": "json_object", "schema": schema},
        max_tokens=max_tokens,
        temperature=temp,
        seed=0,
        logits_processor=lib.LogitsProcessorList([stop]) if stop else None,
    )
    read = lib.llama_perf_context(llm._ctx.ctx).t_p_eval_ms / 1000
    choice, usage = out["choices"][0], out["usage"]
    finish = str(choice.get("finish_reason"))
    calls.append(
        CallStats(
            prompt_tokens=int(usage["prompt_tokens"]),
            reused_tokens=reused,
            completion_tokens=int(usage["completion_tokens"]),
            read_seconds=read,
            write_seconds=time.perf_counter() - started - read,  # sampling under the grammar included
            grammar_fallbacks=0,
            finish="lead" if stop and stop.stopped else finish,
        )
    )
    return choice["message"]["content"] or "", finish, int(usage["prompt_tokens"]), int(usage["completion_tokens"])
