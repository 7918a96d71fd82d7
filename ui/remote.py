"""The page's option to use a running ``summarizer serve`` instead of loading the model.

Kept apart from ``app.py`` so the page needs two small hooks only: the sidebar calls
:func:`sidebar_server` and the Extract button asks :func:`current_server`. Several analysts
then share the one model the server loaded; the page loads none.
"""

from __future__ import annotations

import streamlit as st

from summarizer import ServerSettings
from summarizer.server.client import ServiceClient

__all__ = ["current_server", "sidebar_server"]

_KEY = "remote_server"


def sidebar_server() -> ServiceClient | None:
    """Sidebar widgets: a server URL (default ``SUMMARIZER_SERVER_URL``) and its API key."""
    env = ServerSettings.from_env()
    sb = st.sidebar
    use = sb.checkbox(
        "Use a running summarizer server",
        value=bool(env.server_url),
        key="use_server",
        help="Send articles to `summarizer serve` instead of loading the model in this page.",
    )
    client = None
    if use:
        url = sb.text_input("Server URL", value=env.server_url or "http://127.0.0.1:8000", key="server_url")
        typed = sb.text_input("Server API key", type="password", key="server_key", help="if the server has keys")
        if (url or "").strip():
            client = ServiceClient(url.strip(), typed or env.server_key, timeout=env.deadline + 30)
            sb.caption(f"Extracting on {client.url}; the backend settings above are the server's own.")
    st.session_state[_KEY] = client
    return client


def current_server() -> ServiceClient | None:
    """The server the sidebar chose, or None to run the model in this page."""
    client = st.session_state.get(_KEY)
    return client if isinstance(client, ServiceClient) else None
