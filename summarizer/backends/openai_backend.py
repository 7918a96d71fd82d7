"""Any OpenAI-compatible endpoint (OpenAI, vLLM, Ollama, llama.cpp server) via instructor.

``Mode.TOOLS`` is used because it is the mode every one of those servers honours: the
llama.cpp server rejects ``json_schema`` response formats with HTTP 500. Transport
failures (timeouts, refused connections, 429 and 5xx) are retried here with tenacity,
bounded and with exponential backoff that honours ``Retry-After``; the openai client's
own retries are switched off so there is exactly one retry policy. Validation failures
are re-asked by instructor (bounded by ``max_reasks``), and every raw response, re-asks
included, is counted through instructor's hooks so the token cost is honest.
"""

from __future__ import annotations

import threading
import time
from typing import Any

import instructor
import openai
from instructor.core.exceptions import InstructorRetryException
from tenacity import RetryCallState, Retrying, retry_if_exception, stop_after_attempt, stop_any
from tenacity.stop import stop_base

from .. import budget
from ..errors import BackendError, BudgetExceeded, InvalidOutputError
from ..settings import Settings
from .base import Message, Result, T, Usage

_TRANSIENT = (openai.APITimeoutError, openai.APIConnectionError, openai.RateLimitError, openai.InternalServerError)


def _is_transient(exc: BaseException) -> bool:
    return isinstance(exc, _TRANSIENT)


def _wait(state: RetryCallState) -> float:
    """Exponential backoff (0.5 s, 1 s, 2 s, ... capped at 20 s), or the server's Retry-After."""
    exc = state.outcome.exception() if state.outcome else None
    response = getattr(exc, "response", None)
    header = response.headers.get("retry-after") if response is not None else None
    if header:
        try:
            return min(60.0, max(0.0, float(header)))
        except ValueError:
            pass
    return float(min(20.0, 0.5 * 2 ** (state.attempt_number - 1)))


class _OutOfBudget(stop_base):
    """Stop retrying once the article's time budget is spent (``summarizer.budget``)."""

    def __call__(self, retry_state: RetryCallState) -> bool:
        left = budget.remaining()
        return left is not None and left <= 0


class OpenAIBackend:
    name = "openai"

    def __init__(self, settings: Settings) -> None:
        if not settings.model:
            raise BackendError("the openai backend needs a model name (--model or SUMMARIZER_MODEL)")
        self.settings = settings
        self.model = settings.model
        self._raw = openai.OpenAI(
            base_url=settings.base_url,
            # Local servers accept any key; the client library insists on one.
            api_key=settings.api_key or "not-needed",
            timeout=settings.timeout,
            max_retries=0,
        )
        self._client = instructor.from_openai(self._raw, mode=instructor.Mode.TOOLS)
        # The hook has no call context, so each thread counts into its own Usage: one
        # backend object can serve concurrent calls (the page's tabs) without mixing costs.
        self._local = threading.local()
        self._client.on("completion:response", self._count)

    def describe(self) -> dict[str, Any]:
        return {"backend": self.name, "model": self.model, "base_url": self.settings.base_url}

    def _count(self, response: Any) -> None:
        current: Usage | None = getattr(self._local, "usage", None)
        if current is None:
            return
        usage = getattr(response, "usage", None)
        current.calls += 1
        if usage is not None:
            current.tokens_in += int(getattr(usage, "prompt_tokens", 0) or 0)
            current.tokens_out += int(getattr(usage, "completion_tokens", 0) or 0)

    def _create(self, messages: list[Message], response_model: type[T], max_tokens: int, temperature: float) -> T:
        budget.check("before asking the server")
        left = budget.remaining()
        # the article's time budget caps each request: a slow server ends the article, not the batch
        timeout = self.settings.timeout if left is None else max(0.05, min(self.settings.timeout, left))
        try:
            return self._client.chat.completions.create(
                model=self.model,
                messages=messages,  # type: ignore[arg-type]
                response_model=response_model,
                max_tokens=max_tokens,
                temperature=temperature,
                # instructor makes max_retries + 1 attempts: one answer plus the re-asks
                max_retries=self.settings.max_reasks,
                timeout=timeout,
            )
        except InstructorRetryException as exc:
            # instructor wraps transport errors too; unwrap them so the transport policy
            # (tenacity, Retry-After) and the error messages see what really happened.
            cause = exc.__cause__
            while isinstance(cause, InstructorRetryException):
                cause = cause.__cause__
            if isinstance(cause, openai.APIError):
                raise cause from exc
            raise

    def complete(
        self,
        messages: list[Message],
        response_model: type[T],
        *,
        max_tokens: int,
        temperature: float | None = None,
    ) -> Result[T]:
        usage = Usage()
        self._local.usage = usage
        started = time.perf_counter()
        transport_retries = 0
        retrying = Retrying(
            retry=retry_if_exception(_is_transient),
            wait=_wait,
            stop=stop_any(stop_after_attempt(self.settings.max_retries + 1), _OutOfBudget()),
            reraise=True,
        )
        try:
            for attempt in retrying:
                with attempt:
                    if attempt.retry_state.attempt_number > 1:
                        transport_retries += 1
                    value = self._create(
                        messages,
                        response_model,
                        max_tokens,
                        self.settings.temperature if temperature is None else temperature,
                    )
        except BudgetExceeded:
            raise
        except InstructorRetryException as exc:
            budget.check("while the server's answers were re-asked")
            raise InvalidOutputError(f"{self.model} gave no valid answer after re-asks: {str(exc)[:400]}") from exc
        except openai.APITimeoutError as exc:
            budget.check(f"waiting for {self.settings.base_url or 'OpenAI'}")
            raise BackendError(
                f"{self.settings.base_url or 'OpenAI'} timed out after {self.settings.timeout:.0f} s "
                f"({transport_retries + 1} attempts)"
            ) from exc
        except openai.APIConnectionError as exc:
            raise BackendError(f"cannot reach {self.settings.base_url or 'OpenAI'}: {exc}") from exc
        except openai.AuthenticationError as exc:
            raise BackendError(
                f"{self.settings.base_url or 'OpenAI'} refused the API key (HTTP 401): set OPENAI_API_KEY"
            ) from exc
        except openai.APIStatusError as exc:
            raise BackendError(
                f"{self.settings.base_url or 'OpenAI'} answered HTTP {exc.status_code}: {str(exc)[:300]}"
            ) from exc
        finally:
            self._local.usage = None
        usage.seconds = time.perf_counter() - started
        # calls beyond one per transport attempt are validation re-asks
        usage.retries = transport_retries + max(0, usage.calls - transport_retries - 1)
        return Result(value=value, usage=usage)
