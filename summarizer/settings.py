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

BackendName = Literal["local", "openai"]


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
    #: seconds before one HTTP request is abandoned (then retried)
    timeout: float = 120.0
    #: transport retries (timeouts, 429, 5xx) with exponential backoff
    max_retries: int = 3
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
    #: seconds one article may take in all (model calls included) before it ends with a
    #: BudgetExceeded error instead of an open-ended wait; 0 = no budget. Normal articles
    #: take 10-70 s on two cores; 900 s (never a quarter of an hour) leaves room for a
    #: machine another model process is slowing down several times over.
    article_budget: float = 900.0
    #: embedded model: load (or build once) the saved state after the system prompt
    #: (backends/prefix_state.py) instead of reading the ~1,700-token codebook per process
    prefix_state: bool = True
    #: embedded model at temperature 0: our greedy loop with the lazy grammar check, the
    #: repetition stop and the budget between tokens (backends/local.py); false = the
    #: library's create_chat_completion (seed 003's answer differed between the two)
    fast_decode: bool = True

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None, /, **overrides: Any) -> Settings:
        """Build settings from ``SUMMARIZER_*`` variables, then apply non-None overrides."""
        env = dict(os.environ if env is None else env)
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = env.get(f"SUMMARIZER_{f.name.upper()}")
            if raw is None or raw == "":
                continue
            values[f.name] = _coerce(f.name, raw)
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
        out["cache_dir"] = str(self.cache_dir)
        return out


def _coerce(name: str, raw: str) -> Any:
    kinds = {f.name: f.type for f in fields(Settings)}
    kind = str(kinds[name])
    if name == "cache_dir":
        return Path(raw)
    if kind.startswith("bool"):
        return raw.strip().lower() in {"1", "true", "yes", "on"}
    if kind.startswith("int"):
        return int(raw)
    if kind.startswith("float"):
        return float(raw)
    return raw
