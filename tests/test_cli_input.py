"""Bad input gets a clear message and a non-zero exit code, before any model is loaded."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def _run(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "summarizer.cli", "extract", *args],
        input=stdin,
        capture_output=True,
        timeout=120,
    )


def test_missing_file(tmp_path: Path) -> None:
    res = _run(str(tmp_path / "nope.txt"))
    assert res.returncode == 2
    assert b"no such file" in res.stderr


def test_empty_and_whitespace_only(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    blank = tmp_path / "blank.txt"
    blank.write_text("  \n\t \n")
    res = _run(str(empty), str(blank))
    assert res.returncode == 2
    assert res.stderr.count(b"the article is empty") == 2


def test_binary_and_non_utf8(tmp_path: Path) -> None:
    binary = tmp_path / "junk.bin"
    binary.write_bytes(bytes(range(256)) * 20)
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Attaque à Ménaka: l'armée malienne a perdu six hommes.".encode("latin-1"))
    res = _run(str(binary), str(latin))
    assert res.returncode == 2
    err = res.stderr.decode()
    assert "junk.bin" in err and "latin1.txt" in err
    assert "UTF-8" in err


def test_stdin_empty() -> None:
    res = _run("-", stdin=b"   ")
    assert res.returncode == 2
    assert b"empty" in res.stderr


def test_bad_published_date_is_a_usage_error(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("Title\n\nBody.")
    res = _run(str(f), "--published", "2024-02-30")
    assert res.returncode == 2
    assert b"'2024-02-30' is not a real date" in res.stderr
    res = _run(str(f), "--published", "30/07/2024garbage")
    assert res.returncode == 2
    assert b"cannot read the publication date '30/07/2024garbage'" in res.stderr
