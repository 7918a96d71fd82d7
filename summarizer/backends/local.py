"""The embedded backend: llama.cpp in process through ``llama-cpp-python``.

Decoding is constrained with ``response_format={"type": "json_object", "schema": ...}``,
which llama-cpp-python turns into a grammar, so the answer always parses; instructor's
JSON_SCHEMA mode is not used because llama-cpp-python 0.3.x ignores the
``response_format`` it sends. Pydantic still validates the parsed answer (value ranges,
cross-field rules), and a failure is re-asked a bounded number of times with the error
fed back. A ``Llama`` object is not thread-safe: one lock serialises all calls.
"""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..errors import BackendError, InvalidOutputError, ModelFileError
from ..model_files import embedded_model_path
from ..settings import Settings
from .base import Message, Result, T, Usage

_CLOSERS = ('"}', '"}]}', "}", "]}", "}]}", '"}]}]}', "}]}]}", '"]}]}')


def _salvage(content: str) -> Any:
    """Parse an answer cut off by ``max_tokens``: close the open string and brackets.

    Under the grammar the only way to get invalid JSON is running out of tokens, most often
    in the summary, the last field; closing it keeps everything the model already wrote
    instead of paying for a whole second answer.
    """
    try:
        return json.loads(content)
    except json.JSONDecodeError:
        pass
    body = content.rstrip()
    for closer in _CLOSERS:
        try:
            return json.loads(body + closer)
        except json.JSONDecodeError:
            continue
    raise json.JSONDecodeError("answer is not JSON and could not be closed", content, len(content))


class LocalBackend:
    name = "local"

    def __init__(self, settings: Settings) -> None:
        try:
            from llama_cpp import Llama
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise BackendError("llama-cpp-python is not installed: pip install llama-cpp-python") from exc
        path = Path(settings.model) if settings.model else embedded_model_path(settings.cache_dir)
        if not path.is_file():
            raise ModelFileError(f"model file {path} does not exist")
        self.path = path
        self.model = path.name
        self.settings = settings
        self._lock = threading.Lock()
        started = time.perf_counter()
        self._llm = Llama(
            model_path=str(path),
            n_ctx=settings.n_ctx,
            n_threads=settings.n_threads,
            n_threads_batch=settings.n_threads,
            n_batch=512,
            seed=0,
            verbose=False,
        )
        self.load_seconds = time.perf_counter() - started

    def describe(self) -> dict[str, Any]:
        return {
            "backend": self.name,
            "model": self.model,
            "path": str(self.path),
            "n_ctx": self.settings.n_ctx,
            "n_threads": self.settings.n_threads,
        }

    def count_tokens(self, text: str) -> int:
        return len(self._llm.tokenize(text.encode("utf-8"), add_bos=False))

    def complete(
        self,
        messages: list[Message],
        response_model: type[T],
        *,
        max_tokens: int,
        temperature: float | None = None,
    ) -> Result[T]:
        schema = response_model.model_json_schema()
        usage = Usage()
        convo: list[Message] = list(messages)
        temp = self.settings.temperature if temperature is None else temperature
        last_error = ""
        for attempt in range(self.settings.max_reasks + 1):
            started = time.perf_counter()
            with self._lock:
                try:
                    out: Any = self._llm.create_chat_completion(
                        messages=convo,  # type: ignore[arg-type]
                        response_format={"type": "json_object", "schema": schema},
                        max_tokens=max_tokens,
                        temperature=temp,
                        seed=0,
                    )
                except (RuntimeError, ValueError) as exc:
                    raise BackendError(f"llama.cpp failed: {exc}") from exc
            usage.seconds += time.perf_counter() - started
            usage.calls += 1
            if attempt:
                usage.retries += 1
            usage.tokens_in += int(out["usage"]["prompt_tokens"])
            usage.tokens_out += int(out["usage"]["completion_tokens"])
            content = out["choices"][0]["message"]["content"] or ""
            finish = out["choices"][0].get("finish_reason")
            try:
                value = response_model.model_validate(_salvage(content))
                return Result(value=value, usage=usage)
            except (json.JSONDecodeError, ValidationError) as exc:
                last_error = str(exc)[:600]
                if finish == "length":
                    last_error = f"answer cut off at {max_tokens} tokens; be shorter. {last_error}"
                convo = [
                    *messages,
                    {"role": "assistant", "content": content},
                    {
                        "role": "user",
                        "content": f"That JSON is invalid: {last_error}\nAnswer again with corrected JSON.",
                    },
                ]
        raise InvalidOutputError(f"the model gave no valid answer after {usage.calls} tries: {last_error}")
