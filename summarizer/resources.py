"""Files the package ships: data tables, prompt templates and the page.

Everything is found with :mod:`importlib.resources` relative to the installed package, so
an installed wheel works from any folder. In the wheel, the repository's top-level
``prompts/`` and ``ui/`` folders are the sub-packages ``summarizer._prompts`` and
``summarizer._ui`` (``[tool.setuptools.package-dir]`` in ``pyproject.toml``); in a source
checkout, where those sub-packages do not exist, the same folders are read in place.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

__all__ = ["DATA_DIR", "data_text", "prompts_dir", "ui_app"]

_PACKAGE = resources.files("summarizer")
_CHECKOUT = Path(__file__).resolve().parent.parent

#: ``summarizer/data``: actor aliases, countries, admin1 names, curated places
DATA_DIR = Path(str(_PACKAGE / "data"))


def data_text(name: str) -> str:
    """The text of ``summarizer/data/<name>``."""
    return (_PACKAGE / "data" / name).read_text(encoding="utf-8")


def _shipped(package_dir: str, checkout_dir: str) -> Traversable:
    inside = _PACKAGE / package_dir
    if inside.is_dir():
        return inside
    return _CHECKOUT / checkout_dir  # source checkout: the top-level folder itself


def prompts_dir() -> Traversable:
    """The prompt templates: ``SUMMARIZER_PROMPTS_DIR`` if set, else the shipped ones."""
    override = os.environ.get("SUMMARIZER_PROMPTS_DIR")
    return Path(override) if override else _shipped("_prompts", "prompts")


@contextlib.contextmanager
def ui_app() -> Iterator[Path]:
    """A file-system path of the Streamlit page's ``app.py`` (for ``streamlit run``)."""
    with resources.as_file(_shipped("_ui", "ui") / "app.py") as path:
        yield path
