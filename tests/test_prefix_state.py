"""The saved state after the system prompt: never trusted when stale, truncated or corrupt.

The file format is tested on real files without the model; the ``model`` tests build,
load and rebuild the real state with the embedded model, check that a fresh process loads
it, and that the answer written from a loaded state is token for token the answer written
after reading the prompt from scratch.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from summarizer.backends.prefix_state import (
    PrefixState,
    StateProblem,
    read_state,
    state_key,
    state_path,
    write_state,
)

KEY_ARGS: dict[str, Any] = dict(
    model_id="abc", prefix_tokens=[1, 2, 3], n_ctx=4096, n_batch=512, llama_version="0.3.36", system_info="AVX2 = 1"
)


def _written(tmp_path: Path) -> tuple[Path, str, PrefixState]:
    key = state_key(**KEY_ARGS)
    path = state_path(tmp_path, key)
    state = PrefixState(tokens=[1, 2, 3], data=bytes(range(256)) * 100)
    write_state(path, key, state)
    return path, key, state


def test_a_written_state_reads_back(tmp_path: Path) -> None:
    path, key, state = _written(tmp_path)
    assert read_state(path, key) == state
    assert not [p for p in path.parent.iterdir() if p.name.startswith(".writing-")]


@pytest.mark.parametrize(
    "change",
    [
        {"prefix_tokens": [1, 2, 4]},  # another prompt (text, version or chat template)
        {"model_id": "abd"},
        {"n_ctx": 8192},
        {"llama_version": "0.3.37"},
        {"system_info": "AVX512 = 1"},
    ],
)
def test_every_input_of_the_state_changes_its_key(change: dict[str, Any]) -> None:
    assert state_key(**{**KEY_ARGS, **change}) != state_key(**KEY_ARGS)


def test_a_state_for_another_key_is_refused(tmp_path: Path) -> None:
    path, key, _ = _written(tmp_path)
    other = state_key(**{**KEY_ARGS, "prefix_tokens": [9, 9]})
    with pytest.raises(StateProblem, match="stale key"):
        read_state(path, other)


def test_truncated_corrupt_or_foreign_files_are_refused(tmp_path: Path) -> None:
    path, key, _ = _written(tmp_path)
    raw = path.read_bytes()
    path.write_bytes(raw[:-100])
    with pytest.raises(StateProblem, match="truncated"):
        read_state(path, key)
    flipped = bytearray(raw)
    flipped[-1] ^= 0xFF
    path.write_bytes(bytes(flipped))
    with pytest.raises(StateProblem, match="checksum"):
        read_state(path, key)
    path.write_bytes(b"GGUF" + raw[4:])
    with pytest.raises(StateProblem, match="not a prefix state"):
        read_state(path, key)
    path.write_bytes(raw[:20])
    with pytest.raises(StateProblem):
        read_state(path, key)
    path.unlink()
    with pytest.raises(StateProblem, match="no state file"):
        read_state(path, key)


def test_old_states_are_pruned(tmp_path: Path) -> None:
    for i in range(6):
        key = state_key(**{**KEY_ARGS, "prefix_tokens": [i]})
        write_state(state_path(tmp_path, key), key, PrefixState(tokens=[i], data=b"x"))
    assert len(list((tmp_path / "prefix-states").glob("*.state"))) == 4  # the newest + KEEP others


# -- the real model -------------------------------------------------------------------

_CHILD = """
import json, pathlib, sys
from summarizer.backends.local import LocalBackend
from summarizer.draft import Draft
from summarizer.pipeline import system_prompt
from summarizer.settings import Settings
settings = Settings.from_env(
    backend="local", model=sys.argv[1], cache_dir=pathlib.Path(sys.argv[2]), use_cache=False,
    prefix_state=sys.argv[4] == "on",
)
backend = LocalBackend(settings)
info = backend.prepare(system_prompt())
convo = json.loads(sys.argv[3])
text, finish, _, n = backend._answer(convo, Draft.model_json_schema(), 40, 0.0)
print(json.dumps({"info": info, "text": text}))
"""

_ARTICLE = (
    "Publication date: 2024-03-02\nOutlet: unknown\nLanguage: en\n\n<article>\n"
    "[1] Gunmen killed four villagers in Gao region on Friday, residents said.\n</article>\n\n"
    "Code the events of the article above and write the summary, as one JSON object."
)


@pytest.mark.model
def test_state_is_built_loaded_by_a_new_process_and_rebuilt_when_bad(local_backend: Any) -> None:
    import dataclasses

    backend = local_backend
    default = backend.settings
    backend.settings = dataclasses.replace(default, prefix_state=True)
    try:
        _check_state_file(backend)
    finally:
        backend.settings = default


def _check_state_file(backend: Any) -> None:
    from summarizer.draft import Draft
    from summarizer.pipeline import system_prompt

    system = system_prompt()
    path = backend.state_file(system)
    path.unlink(missing_ok=True)
    info = backend.prepare(system)
    assert info["source"] in {"built", "saved from memory"} and path.is_file()
    assert info["rebuilt_because"] == "no state file yet"
    assert backend.prepare(system)["source"] == "in memory"

    # a fresh process loads the file, and writes the same answer as this process, which
    # read the prefix from scratch (built above) or from memory
    convo = [{"role": "system", "content": system}, {"role": "user", "content": _ARTICLE}]
    mine = backend._answer(convo, Draft.model_json_schema(), 40, 0.0)[0]

    def child(state: str) -> dict[str, Any]:
        run = subprocess.run(
            [
                sys.executable,
                "-c",
                _CHILD,
                str(backend.path),
                str(backend.settings.cache_dir),
                json.dumps(convo),
                state,
            ],
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert run.returncode == 0, run.stderr
        out: dict[str, Any] = json.loads(run.stdout.strip().splitlines()[-1])
        return out

    loaded = child("on")
    assert loaded["info"]["source"] == "loaded", loaded["info"]
    assert loaded["text"] == mine
    # without the state file the prefix is read in its own batches: the same answer again
    read = child("off")
    assert read["info"]["source"] == "read (state file off)", read["info"]
    assert read["text"] == mine
    # after another article that shares more of the prompt (the same header), the answer
    # does not change: every call is read on from the end of the prefix
    other = _ARTICLE.replace("Gunmen killed four villagers in Gao region on Friday", "Soldiers and rebels clashed")
    backend._answer([convo[0], {"role": "user", "content": other}], Draft.model_json_schema(), 40, 0.0)
    assert backend._answer(convo, Draft.model_json_schema(), 40, 0.0)[0] == mine

    # a truncated file is detected and rebuilt, not loaded
    raw = path.read_bytes()
    path.write_bytes(raw[: len(raw) // 2])
    info = backend.prepare(system)
    assert "truncated" in info["rebuilt_because"]
    assert len(path.read_bytes()) == len(raw)
    assert "rebuilt_because" not in backend.prepare(system)  # the rewritten file checks out

    # another prompt version has its own state file; the first one stays valid
    other = system.replace("ACLED codebook", "ACLED codebook (v-test)", 1)
    assert other != system
    other_path = backend.state_file(other)
    assert other_path != path
    info = backend.prepare(other)
    assert info["source"] == "built" and other_path.is_file()
    assert backend.prepare(system)["source"] == "loaded"
