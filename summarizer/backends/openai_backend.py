"""Any OpenAI-compatible endpoint (OpenAI, vLLM, Ollama, llama.cpp server) via instructor.

``Mode.TOOLS`` is used because it is the mode every one of those servers honours: the
llama.cpp server rejects ``json_schema`` response formats with HTTP 500. Transport
failures (timeouts, refused connections, 429 and 5xx) are retried here with tenacity,
bounded and with exponential backoff that honours ``Retry-After``; the openai client's
own retries are switched off so there is exactly one retry policy. Validation failures
are re-asked by instructor (bounded by ``max_reasks``), and every raw response, re-asks
included, is counted through instructor's hooks so the token cost is honest.

Time budget: the connection must open within ``connect_timeout`` and the answer arrive
within ``timeout`` (the read timeout); a timed-out request is tried once more only (a
server that hung twice is failing, and four full timeouts per article made a hanging
endpoint cost minutes per article), refused connections, 429 and 5xx up to
``max_retries`` times. So one request waits at most about ``2 x timeout`` plus backoff.
Failures of the server end in :class:`~summarizer.errors.BackendUnavailable`, which the
circuit breaker counts and the CLI reports with exit code 3.

instructor logs "API call failed" / "Max retries exceeded" at ERROR level for every
transport error, which Python's last-resort handler printed even when the retry then
succeeded; a ``NullHandler`` on its logger keeps it quiet unless the application
configures logging itself. Messages never carry the base URL's credentials (``redact``).
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Any

import instructor
import openai
from instructor.core.exceptions import InstructorRetryException
from pydantic import ValidationError
from tenacity import RetryCallState, Retrying, retry_if_exception, stop_after_attempt, stop_any
from tenacity.stop import stop_base

from .. import budget
from ..errors import BackendError, BackendUnavailable, BudgetExceeded, InvalidOutputError, redact
from ..settings import Settings
from .base import Message, Result, T, Usage

_TRANSIENT = (openai.APITimeoutError, openai.APIConnectionError, openai.RateLimitError, openai.InternalServerError)
#: a timed-out request is tried this many times in all, whatever max_retries says
TIMEOUT_ATTEMPTS = 2

logging.getLogger("instructor").addHandler(logging.NullHandler())


class _RedactingFilter(logging.Filter):
    """Takes credentials out of the HTTP libraries' log lines ("HTTP Request: POST http://u:p@...")."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.args:
            record.msg, record.args = redact(record.getMessage()), None
        elif isinstance(record.msg, str):
            record.msg = redact(record.msg)
        return True


for _name in ("instructor", "instructor.v2.retry", "openai", "openai._base_client", "httpx", "httpx2", "httpcore"):
    logging.getLogger(_name).addFilter(_RedactingFilter())


def _is_transient(exc: BaseException) -> bool:
    return isinstance(exc, _TRANSIENT)


def _stop(max_attempts: int) -> Any:
    """Stop after ``max_attempts``, or after ``TIMEOUT_ATTEMPTS`` timeouts in a row."""
    by_count = stop_after_attempt(max_attempts)

    def stop(state: RetryCallState) -> bool:
        exc = state.outcome.exception() if state.outcome else None
        if isinstance(exc, openai.APITimeoutError) and state.attempt_number >= TIMEOUT_ATTEMPTS:
            return True
        return bool(by_count(state))

    return stop


def _root_reason(exc: BaseException) -> str:
    """The innermost cause in words ("[Errno 111] Connection refused"), not the wrappers'."""
    seen: set[int] = set()
    reason: BaseException = exc
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if str(current).strip() and not isinstance(current, InstructorRetryException):
            reason = current
        current = current.__cause__ or current.__context__
    return " ".join(str(reason).split())[:200] or type(reason).__name__


def short_validation_error(exc: BaseException) -> str:
    """'3 problems, e.g. events.0.date: Field required' from a pydantic error, in one line."""
    cause: BaseException | None = exc
    while cause is not None and not isinstance(cause, ValidationError):
        cause = cause.__cause__ or cause.__context__
    if isinstance(cause, ValidationError):
        errors = cause.errors()
        if errors:
            first = errors[0]
            where = ".".join(str(p) for p in first.get("loc", ())) or "answer"
            more = f"{len(errors)} problems, e.g. " if len(errors) > 1 else ""
            return f"{more}{where}: {first.get('msg', 'invalid')}"
    text = " ".join(str(exc).split())
    return text if len(text) <= 120 else text[:117].rsplit(" ", 1)[0] + " ..."


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
    #: the server's build is unknown from here; its model name is all the cache can key on
    build = ""

    def __init__(self, settings: Settings) -> None:
        if not settings.model:
            raise BackendError("the openai backend needs a model name (--model or SUMMARIZER_MODEL)")
        self.settings = settings
        self.model = settings.model
        self._raw = openai.OpenAI(
            base_url=settings.base_url,
            # Local servers accept any key; the client library insists on one.
            api_key=settings.api_key or "not-needed",
            timeout=openai.Timeout(settings.timeout, connect=settings.connect_timeout),
            max_retries=0,
        )
        self._client = instructor.from_openai(self._raw, mode=instructor.Mode.TOOLS)
        # The hook has no call context, so each thread counts into its own Usage: one
        # backend object can serve concurrent calls (the page's tabs) without mixing costs.
        self._local = threading.local()
        self._client.on("completion:response", self._count)

    def describe(self) -> dict[str, Any]:
        return {"backend": self.name, "model": self.model, "base_url": self.where}

    @property
    def where(self) -> str:
        """The endpoint for messages, credentials removed."""
        return redact(self.settings.base_url) if self.settings.base_url else "OpenAI"

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
                raise cause from cause.__cause__  # its own cause (the socket error) names the fault
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
            stop=stop_any(_stop(self.settings.max_retries + 1), _OutOfBudget()),
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
            tries = getattr(exc, "n_attempts", None) or self.settings.max_reasks + 1
            raise InvalidOutputError(
                f"{self.model} gave no answer matching the schema in {tries} tries ({short_validation_error(exc)})"
            ) from exc
        except openai.APITimeoutError as exc:
            budget.check(f"waiting for {self.where}")
            raise BackendUnavailable(
                f"{self.where} timed out: no answer within {self.settings.timeout:g} s "
                f"({transport_retries + 1} attempts; raise --timeout for a slow server)"
            ) from exc
        except openai.APIConnectionError as exc:
            raise BackendUnavailable(f"cannot reach {self.where}: {_root_reason(exc)}") from exc
        except openai.AuthenticationError as exc:
            raise BackendError(f"{self.where} refused the API key (HTTP 401): set OPENAI_API_KEY") from exc
        except (openai.RateLimitError, openai.InternalServerError) as exc:
            raise BackendUnavailable(
                f"{self.where} kept failing: HTTP {exc.status_code} after {transport_retries + 1} attempts"
            ) from exc
        except openai.APIStatusError as exc:
            raise BackendError(f"{self.where} answered HTTP {exc.status_code}: {str(exc)[:300]}") from exc
        finally:
            self._local.usage = None
        usage.seconds = time.perf_counter() - started
        # calls beyond one per transport attempt are validation re-asks
        usage.retries = transport_retries + max(0, usage.calls - transport_retries - 1)
        return Result(value=value, usage=usage)
