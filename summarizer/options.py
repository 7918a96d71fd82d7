"""The backend options every sub-command takes, and the settings they give.

One definition, so ``extract``, ``batch`` and ``eval`` accept the same flags with the same
help, and build :class:`~summarizer.settings.Settings` the same way (``SUMMARIZER_*``
variables first, then the options actually given).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from .settings import Settings

__all__ = ["BACKENDS", "add_backend_options", "settings_from_args"]

BACKENDS = ("local", "openai")


def add_backend_options(
    parser: argparse.ArgumentParser,
    *,
    extra_backends: tuple[str, ...] = (),
    backend_help: str = "model backend (default: local, or openai when a base URL is set)",
) -> None:
    """Add --backend, --model, --base-url, --temperature, --timeout, --date-order, --cache-dir, --no-cache, --budget."""
    g = parser.add_argument_group("model")
    g.add_argument("--backend", choices=[*BACKENDS, *extra_backends], help=backend_help)
    g.add_argument("--model", help="local: path to a GGUF file; openai: model name")
    g.add_argument("--base-url", help="OpenAI-compatible endpoint, e.g. http://127.0.0.1:8080/v1")
    g.add_argument("--temperature", type=float)
    g.add_argument(
        "--timeout",
        type=_seconds,
        help="seconds to wait for the model's answer to one request (default 60; a timed-out "
        "request is tried once more, then the article fails with exit code 3)",
    )
    g.add_argument(
        "--date-order",
        type=str.upper,
        choices=["DMY", "MDY", "STRICT"],
        help="how to read ambiguous numeric dates like 04/08/2023 (default: refuse them)",
    )
    g.add_argument("--cache-dir", type=Path, help="where the answer cache lives")
    g.add_argument("--no-cache", action="store_true", help="do not read or write the answer cache")
    g.add_argument(
        "--budget",
        type=float,
        metavar="SECONDS",
        help="time one article may take before it fails with a clear error (default 900, 0 = none)",
    )


def _seconds(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of seconds") from None
    if not 0 < seconds < 86_400:
        raise argparse.ArgumentTypeError(f"{value!r}: give a number of seconds above 0")
    return seconds


def settings_from_args(args: argparse.Namespace) -> Settings:
    """Settings from the environment, overridden by the options given on the command line."""
    backend = getattr(args, "backend", None)
    return Settings.from_env(
        backend=backend if backend in BACKENDS else None,
        model=getattr(args, "model", None),
        base_url=getattr(args, "base_url", None),
        temperature=getattr(args, "temperature", None),
        timeout=getattr(args, "timeout", None),
        date_order=_date_order(getattr(args, "date_order", None)),
        cache_dir=getattr(args, "cache_dir", None),
        use_cache=False if getattr(args, "no_cache", False) else None,
        article_budget=getattr(args, "budget", None),
    )


def _date_order(value: str | None) -> str | None:
    if value is None:
        return None
    return "strict" if value.upper() == "STRICT" else value.upper()
