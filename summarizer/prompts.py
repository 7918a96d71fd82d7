"""Prompt templates: plain files under ``prompts/``, each opening with a ``version:`` line.

Templates live outside the code so a prompt change is a reviewable text diff, and the
versions of all templates used go into every report's provenance and every cache key.
They ship in the wheel as ``summarizer/_prompts`` (see :mod:`summarizer.resources`).
The field list the model sees is rendered from the draft models, never written by hand.
"""

from __future__ import annotations

import typing
from importlib.abc import Traversable

from pydantic import BaseModel

from .resources import prompts_dir

__all__ = ["describe_fields", "prompt_version", "prompts_dir", "template"]


_LOADED: dict[str, tuple[str, str]] = {}


def _load(path: Traversable) -> tuple[str, str]:
    # cached by the path as text: a Traversable is not necessarily hashable
    if str(path) not in _LOADED:
        _LOADED[str(path)] = _parse(path)
    return _LOADED[str(path)]


def _parse(path: Traversable) -> tuple[str, str]:
    raw = path.read_text(encoding="utf-8")
    first, _, body = raw.partition("\n")
    if not first.startswith("version:"):
        raise ValueError(f"{path} must start with a 'version:' line")
    return first.split(":", 1)[1].strip(), body


def template(name: str) -> tuple[str, str]:
    """Return (version, body) of ``prompts/<name>.txt``."""
    return _load(prompts_dir() / f"{name}.txt")


def prompt_version() -> str:
    """The combined version of every template the pipeline uses."""
    names = ("extract_system", "extract_user", "extract_more", "summary_user")
    return "+".join(dict.fromkeys(template(n)[0] for n in names))


def describe_fields(model: type[BaseModel], indent: str = "") -> str:
    """Render a model's fields as the bullet list the prompt shows the model."""
    lines = []
    for name, info in model.model_fields.items():
        ann = info.annotation
        desc = info.description or ""
        inner = _item_model(ann)
        if inner is not None:
            lines.append(f"{indent}- {name}: list of objects, each with:")
            lines.append(describe_fields(inner, indent + "  "))
            continue
        kind = _kind(ann)
        lines.append(f"{indent}- {name} ({kind})" + (f": {desc}" if desc else ""))
    return "\n".join(lines)


def _item_model(ann: object) -> type[BaseModel] | None:
    if typing.get_origin(ann) is list:
        (arg,) = typing.get_args(ann)
        if isinstance(arg, type) and issubclass(arg, BaseModel):
            return arg
    return None


def _kind(ann: object) -> str:
    if typing.get_origin(ann) is typing.Literal:
        values = typing.get_args(ann)
        return "one of " + ", ".join(f'"{v}"' for v in values) if len(values) <= 8 else "one of the listed values"
    if typing.get_origin(ann) is list:
        (arg,) = typing.get_args(ann)
        return f"list of {_kind(arg)}"
    return getattr(ann, "__name__", str(ann)).replace("str", "text").replace("int", "integer")
