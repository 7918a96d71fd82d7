"""Small modules with one job each: no module of the package outside ``evaluation/`` grows
past 450 lines (the acceptance check `package` holds the project to it; this catches it at
the test run, before a landing)."""

from __future__ import annotations

from pathlib import Path

import summarizer

LIMIT = 450


def test_no_module_outside_evaluation_is_over_the_limit() -> None:
    root = Path(summarizer.__file__).parent
    long = {
        str(path.relative_to(root)): n
        for path in root.rglob("*.py")
        if "evaluation" not in path.relative_to(root).parts
        and (n := len(path.read_text(encoding="utf-8").splitlines())) > LIMIT
    }
    assert long == {}, f"modules over {LIMIT} lines: {long}"
