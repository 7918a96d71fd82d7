"""Test helpers shipped with the package: a real OpenAI-compatible HTTP server and responders.

They live in the package (not under ``tests/``) because the benchmark and the command line
use them too: ``python -m summarizer.testing.openai_server`` serves a fake endpoint that a
batch run or a benchmark can be pointed at without any model.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .responders import draft_responder, minimal_instance, schema_responder

if TYPE_CHECKING:
    from .openai_server import FakeOpenAIServer, Fault

__all__ = ["Fault", "FakeOpenAIServer", "draft_responder", "minimal_instance", "schema_responder"]


def __getattr__(name: str) -> Any:
    # Lazy, so ``python -m summarizer.testing.openai_server`` does not import the module twice.
    if name in ("FakeOpenAIServer", "Fault"):
        from . import openai_server

        return getattr(openai_server, name)
    raise AttributeError(name)
