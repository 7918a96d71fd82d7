"""Streamlit page for summarizer: one article (with review), a batch, and the latest evaluation.

Run with ``summarizer ui`` (or ``streamlit run ui/app.py``). This file only holds the
sidebar, the shared backend and the tab layout; each tab is its own module (``single``,
``review``, ``batchtab``, ``evaltab``) built on small tested helpers (``render``,
``inputs``, ``batchrun``, ``jobs``, ``progress``, ``mapplot``, ``review_logic``).
Every failure is shown as a sentence (``st.error``), never as a traceback, because the
people using this are analysts, not developers; the traceback still goes to the server log.
"""

from __future__ import annotations

import hashlib
import logging
import sys
from dataclasses import replace
from pathlib import Path

import streamlit as st

from summarizer import MODEL_NAME, Backend, Settings, get_backend, redact

# ``streamlit run`` runs this file as a script, not as a module of its package. Installed,
# the page is the package ``summarizer._ui``; in a source checkout it is ``ui`` beside
# ``summarizer/``, whose parent streamlit does not put on sys.path.
_HERE = Path(__file__).resolve().parent
if _HERE.name == "ui" and (_HERE.parent / "summarizer").is_dir():
    if str(_HERE.parent) not in sys.path:
        sys.path.insert(0, str(_HERE.parent))
    from ui import remote, warm

    warm.warm_up()  # heavy imports once per process, before any tab's script uses them
    from ui.batchtab import batch_tab
    from ui.evaltab import eval_tab
    from ui.single import single_tab
else:
    from summarizer._ui import remote, warm  # type: ignore[no-redef]

    warm.warm_up()
    from summarizer._ui.batchtab import batch_tab  # type: ignore[no-redef]
    from summarizer._ui.evaltab import eval_tab  # type: ignore[no-redef]
    from summarizer._ui.single import single_tab  # type: ignore[no-redef]

log = logging.getLogger("summarizer.ui")

BACKEND_LABELS = {"local": "Embedded model (llama.cpp)", "openai": "OpenAI-compatible server"}


# --- backend -----------------------------------------------------------------------------


def backend_key(settings: Settings) -> str:
    """Cache key of the backend: what changes the loaded model, never the key in clear.

    Temperature is left out on purpose: it is passed per request, and reloading a 1.1 GB
    model because a slider moved would be wasteful.
    """
    described = settings.describe()
    described.pop("temperature", None)
    digest = hashlib.sha256((settings.api_key or "").encode()).hexdigest()[:16]
    return repr(sorted(described.items())) + digest


@st.cache_resource(show_spinner=False, max_entries=4)
def _shared_backend(key: str, _settings: Settings) -> Backend:
    """One backend per process and settings, shared by every browser tab (it locks itself)."""
    return get_backend(_settings)


def shared_backend(settings: Settings) -> Backend:
    """The backend for these settings, loading the model on first use only."""
    fixed = replace(settings, temperature=0.0)
    return _shared_backend(backend_key(fixed), fixed)


# --- sidebar -----------------------------------------------------------------------------


def model_in_use(settings: Settings) -> str:
    """What the sidebar names as the model, without loading it."""
    if settings.backend == "openai":
        where = redact(settings.base_url) if settings.base_url else "(no base URL set)"
        return f"{settings.model or '(no model name set)'} at {where}"
    if settings.model:
        return settings.model
    return f"{MODEL_NAME} (embedded, {settings.cache_dir / 'models'})"


def sidebar_settings() -> Settings:
    """Settings from the environment, changed by the sidebar widgets."""
    env = Settings.from_env()
    sb = st.sidebar
    sb.header("Settings")
    choice = sb.radio(
        "Backend",
        list(BACKEND_LABELS),
        index=0 if env.backend == "local" else 1,
        format_func=BACKEND_LABELS.__getitem__,
        key="backend",
    )
    temperature = sb.slider("Temperature", 0.0, 1.0, float(env.temperature), 0.05, key="temperature")
    if choice == "openai":
        base_url = sb.text_input("Base URL", value=env.base_url or "http://127.0.0.1:8000/v1", key="base_url")
        model = sb.text_input("Model name", value=env.model if env.backend == "openai" else "", key="model")
        typed_key = sb.text_input(
            "API key",
            type="password",
            key="api_key",
            help="Leave empty to use OPENAI_API_KEY from the environment (local servers need none).",
        )
        if not typed_key:
            sb.caption("Using the API key from the environment." if env.api_key else "No API key set.")
        settings = replace(
            env,
            backend="openai",
            base_url=(base_url or "").strip() or None,
            model=(model or "").strip() or None,
            api_key=typed_key or env.api_key,
            temperature=temperature,
        )
    else:
        settings = replace(
            env, backend="local", model=env.model if env.backend == "local" else None, temperature=temperature
        )
    sb.markdown("**Model in use**")
    sb.caption(model_in_use(settings))
    return settings


# --- page --------------------------------------------------------------------------------


def main() -> None:
    """Lay out the page; each tab is independent and keeps its results in session state."""
    st.set_page_config(page_title="summarizer", layout="wide")
    st.title("Conflict-news summarizer")
    st.caption("ACLED/UCDP-style event records and a neutral summary from one news article.")
    settings = sidebar_settings()
    server = remote.sidebar_server()
    # one queue per loaded model; a running server is its own queue (its model is not ours)
    key = f"server:{server.url}" if server is not None else backend_key(replace(settings, temperature=0.0))
    single, batch, evaluation = st.tabs(["Single article", "Batch", "Evaluation"])
    with single:
        single_tab(settings, shared_backend, key)
    with batch:
        batch_tab(settings, shared_backend, key)
    with evaluation:
        eval_tab()


main()
