"""Test helpers shipped with the package: a real OpenAI-compatible HTTP server and responders.

They live in the package (not under ``tests/``) because the benchmark and the command line
use them too: ``python -m summarizer.testing.openai_server`` serves a fake endpoint that a
batch run or a benchmark can be pointed at without any model.
"""

from __future__ import annotations

from .openai_server import FakeOpenAIServer, Fault
from .responders import draft_responder, minimal_instance, schema_responder

__all__ = ["Fault", "FakeOpenAIServer", "draft_responder", "minimal_instance", "schema_responder"]
