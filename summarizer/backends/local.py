"""The embedded backend: llama.cpp in process through ``llama-cpp-python``.

Decoding is constrained by the JSON schema of the response model, turned into a llama.cpp
grammar, so the answer always parses; instructor's JSON_SCHEMA mode is not used because
llama-cpp-python 0.3.x ignores the ``response_format`` it sends. Pydantic still validates
the parsed answer (value ranges, cross-field rules), and a failure is re-asked a bounded
number of times with the error fed back. A ``Llama`` object is not thread-safe: one lock
serialises all calls.

With ``fast_decode`` on (the default) our own loop (:meth:`_decode`) asks the grammar about
the greedy choice only, falling back to the whole vocabulary when it is refused, as
llama.cpp's ``common_sampler`` does (17.5 vs 28.6 tokens/s on one machine), stops an answer
that repeats itself and checks the time budget between tokens; it writes the tokens
``create_chat_completion`` writes (whose repeat penalty is 1.0: with 1.1 here the answers
differed). Every call is read on from the end of the system prompt's prefix, which first
stands alone in the KV cache, so an article's answer does not depend on the call before
it; with ``prefix_state`` on (the default) that prefix is loaded from disk
(``prefix_state.py``) so a fresh process does not read the codebook again.
"""

from __future__ import annotations

import ctypes
import json
import threading
import time
from pathlib import Path
from typing import Any

import numpy as np
from pydantic import ValidationError

from .. import budget
from ..errors import BackendError, BudgetExceeded, InvalidOutputError, ModelFileError
from ..model_files import MODEL_SHA256, embedded_model_path
from ..settings import Settings
from .answers import is_repeating, salvage
from .base import Message, Result, T, Usage
from .callstats import CallStats
from .leadonly import LeadOnly, lead_only
from .library_path import library_answer
from .prefix_state import PrefixState, StateProblem, read_state, state_key, state_path, write_state

#: ``_decode`` applies no repeat penalty: ``create_chat_completion`` passes 1.0, none (a
#: penalty of 1.1 here made the fast loop's answers differ from the library's)
_N_BATCH = 512


class _Captured(Exception):
    pass


class LocalBackend:
    name = "local"

    def __init__(self, settings: Settings) -> None:
        try:
            import llama_cpp
            from llama_cpp import Llama
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise BackendError("llama-cpp-python is not installed: pip install llama-cpp-python") from exc
        self._lib = llama_cpp
        path = Path(settings.model) if settings.model else embedded_model_path(settings.cache_dir)
        if not path.is_file():
            raise ModelFileError(f"model file {path} does not exist")
        self.path = path
        self.model = path.name
        system_info = llama_cpp.llama_print_system_info().decode("utf-8", "replace").strip()
        self.build = f"llama-cpp-python {llama_cpp.__version__}; {system_info}"
        self.settings = settings
        self._lock = threading.Lock()
        started = time.perf_counter()
        self._llm = Llama(
            model_path=str(path),
            n_ctx=settings.n_ctx,
            n_threads=settings.n_threads,
            n_threads_batch=settings.n_threads,
            n_batch=_N_BATCH,
            seed=0,
            verbose=False,
        )
        self.load_seconds = time.perf_counter() - started
        self._n_vocab = self._llm.n_vocab()
        self._grammars: dict[str, Any] = {}
        self._prefix_tokens_of: dict[str, list[int]] = {}
        self._prepared: set[str] = set()
        #: how the system prompt's state got into the model: source (loaded / built /
        #: in memory / off), seconds, tokens, file, and why a file was rebuilt
        self.prefix_info: dict[str, Any] = {"source": "not yet"}
        #: one entry per model call, in order (``CallStats``)
        self.calls: list[CallStats] = []

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

    # -- prompt tokens and the prefix state -------------------------------------------

    def _prompt_tokens(self, messages: list[Message]) -> list[int]:
        """The exact tokens ``create_chat_completion`` would feed the model for ``messages``.

        The chat handler renders the GGUF's template and tokenizes it, then calls
        ``create_completion(prompt=tokens)``; that call is intercepted (on this instance
        only) so the template logic is the library's own, whatever the model.
        """
        captured: list[int] = []

        def capture(prompt: list[int], **_: Any) -> None:
            captured.extend(prompt)
            raise _Captured

        self._llm.create_completion = capture  # type: ignore[method-assign,assignment]
        try:
            self._llm.create_chat_completion(messages=messages, max_tokens=1)  # type: ignore[arg-type]
        except _Captured:
            pass
        finally:
            del self._llm.create_completion
        return captured

    def _prefix_tokens(self, system: str) -> list[int]:
        """The tokens every prompt with this system message starts with (up to the user's text).

        Every call is read on from exactly this point (:meth:`_ensure_prefix`). llama.cpp's
        arithmetic for a position depends on the batch it was read in, so a call that reused
        more of the previous article's prompt (one outlet's header) could answer otherwise
        than the same article alone; from one fixed point the answer is always the same.
        """
        if system not in self._prefix_tokens_of:
            a = self._prompt_tokens([{"role": "system", "content": system}, {"role": "user", "content": "A"}])
            b = self._prompt_tokens([{"role": "system", "content": system}, {"role": "user", "content": "Z"}])
            n = 0
            while n < min(len(a), len(b)) and a[n] == b[n]:
                n += 1
            self._prefix_tokens_of[system] = a[:n]
        return self._prefix_tokens_of[system]

    def _model_id(self) -> str:
        if self.settings.model is None:
            return MODEL_SHA256  # the embedded model: checked when it was assembled
        st = self.path.stat()
        return f"file:{self.path.resolve()}:{st.st_size}:{st.st_mtime_ns}"

    def state_file(self, system: str) -> Path:
        """Where the prefix state for this system prompt lives (``prefix_state.py``)."""
        return state_path(self.settings.cache_dir, self._state_key(self._prefix_tokens(system)))

    def _state_key(self, tokens: list[int]) -> str:
        return state_key(
            model_id=self._model_id(),
            prefix_tokens=tokens,
            n_ctx=self.settings.n_ctx,
            n_batch=_N_BATCH,
            llama_version=str(getattr(self._lib, "__version__", "?")),
            system_info=self._lib.llama_print_system_info().decode("utf-8", "replace"),
        )

    def prepare(self, system: str) -> dict[str, Any]:
        """Make sure the state after ``system`` is in the model AND valid on disk.

        The first ``complete`` does the in-model part lazily; ``summarizer model --prepare``
        (make setup, CI) calls this so the file exists before the first article. A file
        that is missing, stale, truncated or corrupt is rebuilt (from the model's memory
        when it already holds the prefix), never loaded.
        """
        with self._lock:
            self._prepared.discard(system)
            self._ensure_prefix(system, verify_file=True)
            return dict(self.prefix_info)

    def _holds(self, tokens: list[int]) -> bool:
        n = len(tokens)
        return self._llm.n_tokens >= n and list(self._llm.input_ids[:n]) == tokens

    def _ensure_prefix(self, system: str, *, verify_file: bool = False) -> None:
        """Leave exactly the system prompt's prefix in the KV cache, nothing after it.

        Held already: what follows it is dropped. Not held: loaded from the state file
        (``prefix_state``, built and saved when missing or invalid) or, with the state
        off, read in its own batches. Either way the call that follows reads its prompt on
        from the same point (see :meth:`_prefix_tokens`).
        """
        started = time.perf_counter()
        tokens = self._prefix_tokens(system)
        if not tokens:
            return
        held = self._holds(tokens)
        if held and not (verify_file and self.settings.prefix_state):
            self._llm.n_tokens = len(tokens)
            if system not in self._prepared:
                self._prepared.add(system)
                self.prefix_info = {"source": "in memory", "tokens": len(tokens), "seconds": 0.0}
            return
        self._prepared.add(system)
        if not self.settings.prefix_state:
            self._read(tokens)
            self.prefix_info = {
                "source": "read (state file off)",
                "tokens": len(tokens),
                "seconds": round(time.perf_counter() - started, 3),
            }
            return
        key = self._state_key(tokens)
        path = state_path(self.settings.cache_dir, key)
        info: dict[str, Any] = {"tokens": len(tokens), "file": str(path)}
        try:
            state = read_state(path, key)
            if state.tokens != tokens:
                raise StateProblem("prefix tokens differ")
            if held:
                info["source"] = "in memory"
            else:
                self._restore(state)
                info["source"] = "loaded"
        except StateProblem as exc:
            info["rebuilt_because"] = str(exc)
            if held:
                state = self._snapshot(tokens)
                info["source"] = "saved from memory"
            else:
                state = self._build(tokens)
                info["source"] = "built"
            try:
                write_state(path, key, state)
            except OSError as err:  # a read-only cache still works, it just pays again
                info["not_saved"] = str(err)
        self._llm.n_tokens = len(tokens)
        info["seconds"] = round(time.perf_counter() - started, 3)
        info["bytes"] = len(state.data)
        self.prefix_info = info

    def _restore(self, state: PrefixState) -> None:
        llm = self._llm
        llm.reset()
        llm._ctx.kv_cache_clear()
        buf = (ctypes.c_uint8 * len(state.data)).from_buffer_copy(state.data)
        if self._lib.llama_state_seq_set_data(llm._ctx.ctx, buf, len(state.data), 0) == 0:
            llm._ctx.kv_cache_clear()
            raise StateProblem("llama.cpp refused the state")
        n = len(state.tokens)
        llm.input_ids[:n] = state.tokens
        llm.n_tokens = n
        llm._requires_eval = True

    def _read(self, tokens: list[int]) -> None:
        """The prefix read from scratch, in the library's batches, alone in the cache."""
        self._llm.reset()
        self._llm._ctx.kv_cache_clear()
        self._eval(tokens, "reading the system prompt")

    def _build(self, tokens: list[int]) -> PrefixState:
        self._read(tokens)
        return self._snapshot(tokens)

    def _snapshot(self, tokens: list[int]) -> PrefixState:
        """The KV cache of the first ``len(tokens)`` positions (anything after is dropped)."""
        llm = self._llm
        llm.n_tokens = len(tokens)
        llm._ctx.kv_cache_seq_rm(0, len(tokens), -1)
        llm._requires_eval = True
        size = self._lib.llama_state_seq_get_size(llm._ctx.ctx, 0)
        buf = (ctypes.c_uint8 * size)()
        n = self._lib.llama_state_seq_get_data(llm._ctx.ctx, buf, size, 0)
        return PrefixState(tokens=list(tokens), data=ctypes.string_at(buf, n))

    # -- decoding -------------------------------------------------------------------

    def _grammar(self, schema: dict[str, Any]) -> Any:
        text = json.dumps(schema)
        if text not in self._grammars:
            from llama_cpp.llama_grammar import JSON_GBNF, LlamaGrammar

            try:
                self._grammars[text] = LlamaGrammar.from_json_schema(text, verbose=False)
            except Exception:  # noqa: BLE001 - the library falls back the same way
                self._grammars[text] = LlamaGrammar.from_string(JSON_GBNF, verbose=False)
        return self._grammars[text]

    def _eval(self, tokens: list[int], doing: str) -> None:
        """Read tokens in the library's own batches, checking the budget between them."""
        for i in range(0, len(tokens), _N_BATCH):
            budget.check(doing)
            self._llm.eval(tokens[i : i + _N_BATCH])

    def _decode(
        self, prompt: list[int], grammar: Any, max_tokens: int, stop: LeadOnly | None = None
    ) -> tuple[list[int], str, int]:
        """Greedy decoding under ``grammar``; returns (tokens, finish reason, repeated tail).

        Same tokens as ``create_chat_completion(temperature=0)`` (see the module doc),
        faster, and stoppable: finish is ``stop``, ``length``, or ``repetition``.
        """
        lib, llm = self._lib, self._llm
        if len(prompt) + max_tokens > llm.n_ctx():
            raise BackendError(f"prompt of {len(prompt)} tokens + {max_tokens} to write exceeds n_ctx {llm.n_ctx()}")
        started = time.perf_counter()
        # the longest prefix already in the KV cache is kept (as Llama.generate does)
        limit = min(llm.n_tokens, len(prompt) - 1)
        held = llm.input_ids[:limit]
        same = held == prompt[:limit]
        reused = limit if bool(same.all()) else int(same.argmin())
        llm.n_tokens = reused
        if reused == 0:
            llm.reset()
        self._eval(prompt[reused:], "reading the prompt")
        read_seconds = time.perf_counter() - started
        smpl = lib.llama_sampler_init_grammar(
            llm._model.vocab, grammar._grammar.encode("utf-8"), grammar._root.encode("utf-8")
        )
        one = (lib.llama_token_data * 1)()
        one_arr = lib.llama_token_data_array(data=one, size=1, selected=-1, sorted=False)
        full = np.zeros(
            self._n_vocab, dtype=np.dtype([("id", np.intc), ("logit", np.single), ("p", np.single)], align=True)
        )
        full["id"] = np.arange(self._n_vocab, dtype=np.intc)
        full_arr = lib.llama_token_data_array(
            data=full.ctypes.data_as(lib.llama_token_data_p), size=self._n_vocab, selected=-1, sorted=False
        )
        out: list[int] = []
        fallbacks = 0
        finish = "length"
        drop = 0
        try:
            while True:
                budget.check(f"writing the answer, {len(out)} tokens in")
                logits = np.ctypeslib.as_array(llm._ctx.get_logits_ith(-1), shape=(self._n_vocab,)).copy()
                if stop is not None:
                    logits = stop(np.asarray(prompt + out, dtype=np.intc), logits)
                token = int(np.argmax(logits))
                one[0].id, one[0].logit, one[0].p = token, float(logits[token]), 0.0
                one_arr.size, one_arr.selected = 1, -1
                lib.llama_sampler_apply(smpl, ctypes.byref(one_arr))
                if one[0].logit == -np.inf:
                    fallbacks += 1
                    full["logit"] = logits
                    full["p"] = 0.0
                    full_arr.size, full_arr.selected = self._n_vocab, -1
                    lib.llama_sampler_apply(smpl, ctypes.byref(full_arr))
                    token = int(np.argmax(full["logit"]))
                lib.llama_sampler_accept(smpl, token)
                if lib.llama_vocab_is_eog(llm._model.vocab, token):
                    finish = "stop"
                    break
                out.append(token)
                if len(out) >= max_tokens:
                    break
                drop = is_repeating(out)
                if drop:
                    finish = "repetition"
                    break
                llm.eval([token])
        finally:
            lib.llama_sampler_free(smpl)
        self.calls.append(
            CallStats(
                prompt_tokens=len(prompt),
                reused_tokens=reused,
                completion_tokens=len(out),
                read_seconds=read_seconds,
                write_seconds=time.perf_counter() - started - read_seconds,
                grammar_fallbacks=fallbacks,
                finish="lead" if stop is not None and stop.stopped and finish == "stop" else finish,
            )
        )
        return out, finish, drop

    def _answer(
        self, convo: list[Message], schema: dict[str, Any], max_tokens: int, temp: float, model: type[Any] | None = None
    ) -> tuple[str, str, int, int]:
        """One model answer: (text, finish reason, prompt tokens, completion tokens)."""
        if convo and convo[0].get("role") == "system":
            self._ensure_prefix(convo[0]["content"])
        if temp != 0.0 or not self.settings.fast_decode:
            # sampling, or asked for: the library's own path (it still reuses the prefix state)
            return library_answer(self._llm, self._lib, convo, schema, max_tokens, temp, model, self.calls)
        prompt = self._prompt_tokens(convo)
        tokens, finish, drop = self._decode(prompt, self._grammar(schema), max_tokens, lead_only(self._llm, model))
        kept = tokens[: len(tokens) - drop]
        text = self._llm.detokenize(kept, prev_tokens=prompt).decode("utf-8", errors="ignore")
        return text, finish, len(prompt), len(tokens)

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
            budget.check("before asking the model")
            started = time.perf_counter()
            with self._lock:
                try:
                    content, finish, tokens_in, tokens_out = self._answer(
                        convo, schema, max_tokens, temp, response_model
                    )
                except BudgetExceeded:
                    raise
                except (RuntimeError, ValueError) as exc:
                    raise BackendError(f"llama.cpp failed: {exc}") from exc
                finally:
                    usage.seconds += time.perf_counter() - started
            usage.calls += 1
            if attempt:
                usage.retries += 1
            usage.tokens_in += tokens_in
            usage.tokens_out += tokens_out
            try:
                return Result(value=salvage(content, response_model), usage=usage)
            except (json.JSONDecodeError, ValidationError) as exc:
                last_error = str(exc)[:600]
                if finish == "length":
                    last_error = f"answer cut off at {max_tokens} tokens; be shorter. {last_error}"
                elif finish == "repetition":
                    last_error = f"answer kept repeating itself and was stopped; do not repeat. {last_error}"
                convo = [
                    *messages,
                    {"role": "assistant", "content": content},
                    {
                        "role": "user",
                        "content": f"That JSON is invalid: {last_error}\nAnswer again with corrected JSON.",
                    },
                ]
        raise InvalidOutputError(f"the model gave no valid answer after {usage.calls} tries: {last_error}")
