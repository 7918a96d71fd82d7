"""The one interface every model backend implements.

A backend turns chat messages plus a pydantic response model into a validated instance of
that model, and reports what it cost. Everything above it (pipeline, cache, batch) only
sees this interface, so the embedded llama.cpp model and any OpenAI-compatible server are
interchangeable.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Generic, Protocol, TypeVar

from pydantic import BaseModel

T = TypeVar("T", bound=BaseModel)

Message = dict[str, str]


@dataclass
class Usage:
    """Cost of one logical request, re-asks and transport retries included."""

    tokens_in: int = 0
    tokens_out: int = 0
    seconds: float = 0.0
    calls: int = 0
    retries: int = 0
    cached: bool = False

    def add(self, other: Usage) -> None:
        self.tokens_in += other.tokens_in
        self.tokens_out += other.tokens_out
        self.seconds += other.seconds
        self.calls += other.calls
        self.retries += other.retries
        self.cached = self.cached or other.cached


@dataclass
class Result(Generic[T]):
    value: T
    usage: Usage = field(default_factory=Usage)


class Backend(Protocol):
    """A model that answers schema-constrained requests."""

    #: short backend kind ("local", "openai"), recorded in provenance and cache keys
    name: str
    #: model identifier (GGUF file name or the server's model name)
    model: str
    #: what computed the answers beyond the model ("" when unknown, as for a remote
    #: server): the embedded model's greedy answers differ between llama.cpp builds
    build: str

    def complete(
        self,
        messages: list[Message],
        response_model: type[T],
        *,
        max_tokens: int,
        temperature: float | None = None,
    ) -> Result[T]:
        """Return a validated ``response_model``; raise ``BackendError`` when that fails."""
        ...

    def describe(self) -> dict[str, Any]:
        """Settings worth showing a user (never secrets)."""
        ...
