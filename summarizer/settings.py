"""One typed settings object, read from the environment and overridden by CLI flags.

Every knob a user can turn lives here so the CLI, the Python API, the batch runner and the
Streamlit page agree on names and defaults. Environment variables are ``SUMMARIZER_*``;
the API key is also taken from ``OPENAI_API_KEY`` and is never printed (``describe``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, Literal

from .errors import redact

BackendName = Literal["local", "openai"]
#: how to read an ambiguous numeric date like 04/08/2023: day first, month first, or refuse
DateOrder = Literal["DMY", "MDY", "strict"]


def user_cache_dir() -> Path:
    """``$XDG_CACHE_HOME/summarizer`` or ~/.cache/summarizer, whatever ``SUMMARIZER_CACHE_DIR`` says:
    for derived, content-addressed files every cache folder can share (the gazetteer store)."""
    return _default_cache_dir()


def _default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "summarizer"


def _available_cores() -> int:
    # Cores this process may really use (cgroup/affinity), not the host's count:
    # llama.cpp with more threads than free cores becomes dramatically slower.
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


@dataclass(frozen=True)
class Settings:
    backend: BackendName = "local"
    #: local: path to a GGUF (None = the embedded Qwen2.5-Coder-1.5B assembled from packages);
    #: openai: the model name sent to the server.
    model: str | None = None
    base_url: str | None = None
    api_key: str | None = field(default=None, repr=False)
    temperature: float = 0.0
    #: seconds to wait for the model's answer to one request (the read timeout); a timed-out
    #: request is tried once more, so one request waits at most about twice this
    timeout: float = 60.0
    #: seconds to wait for a connection to the server to open
    connect_timeout: float = 5.0
    #: transport retries (refused connections, 429, 5xx) with exponential backoff
    max_retries: int = 3
    #: a batch stops (exit 3) after this many consecutive articles failed because the backend
    #: was unreachable or failing; 0 never stops
    breaker_threshold: int = 5
    #: longest article accepted, in characters of text after HTML is reduced (200 KB is
    #: about 30,000 words, far above any news article); longer input is refused
    max_article_chars: int = 200_000
    #: ambiguous numeric publication dates (04/08/2023): "DMY" (4 August), "MDY" (April 8)
    #: or "strict" (refused with a message naming this setting)
    date_order: DateOrder = "strict"
    #: validation re-asks (the model's answer fed back with the error)
    max_reasks: int = 1
    n_ctx: int = 4096
    n_threads: int = field(default_factory=_available_cores)
    cache_dir: Path = field(default_factory=_default_cache_dir)
    #: SQLite answer cache; None disables it
    use_cache: bool = True
    #: maximum tokens the model may write for the events of one chunk
    max_event_tokens: int = 520
    max_summary_tokens: int = 200
    #: ask the model once more about violent sentences with a death figure no event covers.
    #: Off by default: on the 41-article gold set it raised main-event recall 0.59 -> 0.64
    #: but lowered actor1, UCDP best and claim precision and wrote 20% more tokens
    #: (evals/README.md); SUMMARIZER_SECOND_LOOK=true turns it on.
    second_look: bool = False
    #: events code builds from sentences with a death toll and a place or day that no
    #: coded event has (``found_in_text.py``); SUMMARIZER_EVENTS_FROM_TEXT=false turns it off
    events_from_text: bool = True
    #: seconds one article may take in all (model calls included) before it ends with a
    #: BudgetExceeded error instead of an open-ended wait; 0 = no budget. Normal articles
    #: take 10-70 s on two cores; 900 s (never a quarter of an hour) leaves room for a
    #: machine another model process is slowing down several times over.
    article_budget: float = 900.0
    #: embedded model: load (or build once) the saved state after the system prompt
    #: (backends/prefix_state.py) instead of reading the ~1,770-token codebook per process.
    #: Every call is read on from the end of that prefix whether the state comes from the
    #: file or not (backends/local.py), so this setting changes speed, never answers
    prefix_state: bool = True
    #: embedded model at temperature 0: our greedy loop with the lazy grammar check, the
    #: repetition stop and the budget between tokens (backends/local.py). It writes the
    #: same tokens as the library's create_chat_completion (once its repeat penalty was
    #: the library's 1.0, not 1.1), faster; off = the library's path
    fast_decode: bool = True

    def __post_init__(self) -> None:
        if self.date_order not in ("DMY", "MDY", "strict"):
            raise ValueError(f"date_order must be DMY, MDY or strict, not {self.date_order!r}")
        if self.timeout <= 0 or self.connect_timeout <= 0:
            raise ValueError("timeouts must be positive numbers of seconds")
        if self.max_article_chars < 1:
            raise ValueError("max_article_chars must be at least 1")

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None, /, **overrides: Any) -> Settings:
        """Build settings from ``SUMMARIZER_*`` variables, then apply non-None overrides."""
        env = dict(os.environ if env is None else env)
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = env.get(f"SUMMARIZER_{f.name.upper()}")
            if raw is None or raw == "":
                continue
            try:
                values[f.name] = _coerce(f.name, raw)
            except ValueError:
                raise ValueError(f"SUMMARIZER_{f.name.upper()}={raw!r} is not a valid {f.name}") from None
        if "api_key" not in values and env.get("OPENAI_API_KEY"):
            values["api_key"] = env["OPENAI_API_KEY"]
        if "base_url" not in values and env.get("OPENAI_BASE_URL"):
            values["base_url"] = env["OPENAI_BASE_URL"]
        values.update({k: v for k, v in overrides.items() if v is not None})
        if values.get("base_url") and overrides.get("backend") is None and not env.get("SUMMARIZER_BACKEND"):
            values.setdefault("backend", "openai")
        return cls(**values)

    def with_(self, **changes: Any) -> Settings:
        return replace(self, **{k: v for k, v in changes.items() if v is not None})

    def describe(self) -> dict[str, Any]:
        """Settings safe to show or log: the key is reduced to whether one is set."""
        out = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "api_key"}
        out["api_key"] = "set" if self.api_key else None
        out["base_url"] = redact(self.base_url) if self.base_url else None
        out["cache_dir"] = str(self.cache_dir)
        return out


@dataclass(frozen=True)
class ServerSettings:
    """How ``summarizer serve`` listens and protects itself (``SUMMARIZER_*`` like the rest).

    Kept apart from :class:`Settings` because none of it changes what the model answers:
    the pipeline never sees these, and the answer cache keys never include them.
    """

    host: str = "127.0.0.1"
    port: int = 8000
    #: API keys, comma-separated; hashed on load and never kept or shown in clear
    api_keys: str | None = field(default=None, repr=False)
    #: a file with one API key a line (``#`` comments allowed)
    api_keys_file: Path | None = None
    #: largest request body accepted, bytes (larger: 413)
    max_body_bytes: int = 2_000_000
    #: requests a minute per API key (or per client address without keys); 0 = no limit
    rate_limit: int = 600
    #: requests waiting for the model beyond those running; more: 429 with Retry-After
    queue_size: int = 16
    #: articles run at once against a remote backend (the embedded model: always one)
    concurrency: int = 4
    #: seconds ``POST /v1/extract`` waits for its report before answering 504
    deadline: float = 300.0
    #: seconds batches wait after the backend failed ``breaker_threshold`` times in a row
    batch_pause: float = 30.0
    #: allowed CORS origins, comma-separated; none = CORS off
    cors_origins: str | None = None
    #: the batch store (SQLite); None = ``jobs.sqlite`` in the cache folder
    jobs_db: Path | None = None
    #: for clients (the page): a running server to use instead of loading the model
    server_url: str | None = None
    server_key: str | None = field(default=None, repr=False)

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None, /, **overrides: Any) -> ServerSettings:
        """Build from ``SUMMARIZER_*`` variables, then apply non-None overrides."""
        env = dict(os.environ if env is None else env)
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = env.get(f"SUMMARIZER_{f.name.upper()}")
            if raw is not None and raw != "":
                values[f.name] = _coerce(f.name, raw, cls)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)

    def describe(self) -> dict[str, Any]:
        """Safe to log: the keys are reduced to how many there are."""
        out = {f.name: getattr(self, f.name) for f in fields(self) if f.name not in {"api_keys", "server_key"}}
        out["server_key"] = "set" if self.server_key else None
        out["api_keys"] = len([k for k in (self.api_keys or "").split(",") if k.strip()])
        return {k: (str(v) if isinstance(v, Path) else v) for k, v in out.items()}


def _coerce(name: str, raw: str, cls: type = Settings) -> Any:
    kinds = {f.name: f.type for f in fields(cls)}
    kind = str(kinds[name])
    if name in {"cache_dir", "api_keys_file", "jobs_db"}:
        return Path(raw)
    if name == "date_order":
        return "strict" if raw.strip().lower() == "strict" else raw.strip().upper()
    if kind.startswith("bool"):
        return raw.strip().lower() in {"1", "true", "yes", "on"}
    if kind.startswith("int"):
        return int(raw)
    if kind.startswith("float"):
        return float(raw)
    return raw
