"""Deterministic answers for the fake OpenAI server.

A responder takes the request body (the JSON the client posted) and returns the answer
text: a JSON string that becomes the tool call's ``arguments`` (or ``message.content``).
Answers are derived from the JSON schema the client sends, so they keep validating when
the pipeline's response models change; no canned fixtures to keep in sync.
"""

from __future__ import annotations

import json
from typing import Any

JSON = dict[str, Any]


def requested_schema(request: JSON) -> tuple[str | None, JSON | None]:
    """The (tool name, JSON schema) the client asks the answer to follow, if any.

    ``tool_choice`` names the tool when instructor forces one; otherwise the first tool is
    used. Without tools, a ``response_format`` of type ``json_schema`` is honoured too.
    """
    tools = request.get("tools") or []
    if tools:
        wanted = None
        choice = request.get("tool_choice")
        if isinstance(choice, dict):
            wanted = (choice.get("function") or {}).get("name")
        for tool in tools:
            fn = tool.get("function") or {}
            if wanted is None or fn.get("name") == wanted:
                return fn.get("name"), fn.get("parameters") or {}
        fn = tools[0].get("function") or {}
        return fn.get("name"), fn.get("parameters") or {}
    fmt = request.get("response_format") or {}
    if fmt.get("type") == "json_schema":
        js = fmt.get("json_schema") or {}
        return js.get("name"), js.get("schema") or {}
    if fmt.get("type") == "json_object" and isinstance(fmt.get("schema"), dict):
        return None, fmt["schema"]
    return None, None


def minimal_instance(schema: JSON, root: JSON | None = None) -> Any:
    """Smallest value that validates against ``schema`` (pydantic-generated subset).

    Handles ``$ref``/``$defs``, ``anyOf``/``oneOf``/``allOf``, ``enum``/``const``, objects
    (required properties only), arrays (``minItems``), strings (``minLength``, date
    formats) and numbers (``minimum``/``exclusiveMinimum``).
    """
    root = schema if root is None else root
    if "$ref" in schema:
        return minimal_instance(_resolve(schema["$ref"], root), root)
    if "const" in schema:
        return schema["const"]
    if schema.get("enum"):
        return schema["enum"][0]
    for key in ("anyOf", "oneOf"):
        if schema.get(key):
            options = schema[key]
            # Prefer a non-null option: a present value exercises more of the caller.
            non_null = [o for o in options if o.get("type") != "null"]
            return minimal_instance((non_null or options)[0], root)
    if schema.get("allOf"):
        merged: JSON = {}
        for part in schema["allOf"]:
            merged.update(_resolve(part["$ref"], root) if "$ref" in part else part)
        return minimal_instance(merged, root)
    if "default" in schema and not schema.get("required"):
        return schema["default"]
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), kind[0] if kind else None)
    if kind == "object" or (kind is None and "properties" in schema):
        props = schema.get("properties") or {}
        return {name: minimal_instance(props.get(name, {}), root) for name in schema.get("required", [])}
    if kind == "array":
        item = schema.get("items") or {}
        return [minimal_instance(item, root) for _ in range(int(schema.get("minItems", 0)))]
    if kind == "string":
        fmt = schema.get("format")
        if fmt == "date":
            return "2024-01-01"
        if fmt == "date-time":
            return "2024-01-01T00:00:00Z"
        return "x" * int(schema.get("minLength", 0))
    if kind in ("integer", "number"):
        value: float = 0
        if "minimum" in schema:
            value = schema["minimum"]
        if "exclusiveMinimum" in schema:
            value = schema["exclusiveMinimum"] + 1
        return int(value) if kind == "integer" else float(value)
    if kind == "boolean":
        return False
    if kind == "null":
        return None
    return None


def schema_breaking_instance(schema: JSON) -> Any:
    """Valid JSON that does NOT validate: each required property gets a value of the wrong type.

    Used by the ``schema_invalid`` fault to exercise the client's validation re-ask path.
    """
    base = minimal_instance(schema)
    if not isinstance(base, dict) or not base:
        return ["not", "an", "object"]
    props = _deref(schema, schema).get("properties") or {}
    broken: JSON = {}
    for name in base:
        sub = _deref(props.get(name, {}), schema)
        broken[name] = "not an object" if sub.get("type") == "object" or "properties" in sub else {"bad": 1}
    return broken


def schema_responder(request: JSON) -> str:
    """Answer with the minimal valid instance of the requested schema (``{}`` if none)."""
    _, schema = requested_schema(request)
    return json.dumps(minimal_instance(schema) if schema else {})


def draft_responder(request: JSON) -> str:
    """A plausible, deterministic answer for the pipeline's draft models, else the minimal one.

    ``Draft`` gets one main armed clash grounded in sentence 1 (the prompt numbers sentences
    from 1) and a neutral summary; ``DraftSummary`` a neutral summary. Anything else falls back to
    :func:`schema_responder`, so new response models still get a valid answer.
    """
    name, schema = requested_schema(request)
    if not schema:
        return "{}"
    props = set((schema.get("properties") or {}).keys())
    if name == "Draft" or {"events", "summary"} <= props:
        answer: JSON = {
            "events": [
                {
                    "sentences": [1],
                    "salience": "main",
                    "sub_event_type": "Armed clash",
                    "date": "",
                    "place": "",
                    "region": "",
                    "country": "Mali",
                    "actor1": "militants",
                    "actor1_type": "Rebel group",
                    "actor2": "soldiers",
                    "actor2_type": "State forces",
                    "claims": [],
                }
            ],
            "summary": "The article reports a clash between militants and soldiers in Mali.",
        }
        return json.dumps(answer)
    if name == "DraftSummary" or props == {"summary"}:
        return json.dumps({"summary": "The article reports a clash between militants and soldiers in Mali."})
    return json.dumps(minimal_instance(schema))


def _resolve(ref: str, root: JSON) -> JSON:
    if not ref.startswith("#/"):
        raise ValueError(f"only local $ref are supported, got {ref!r}")
    node: Any = root
    for part in ref[2:].split("/"):
        node = node[part]
    return dict(node)


def _deref(schema: JSON, root: JSON) -> JSON:
    while "$ref" in schema:
        schema = _resolve(schema["$ref"], root)
    return schema
