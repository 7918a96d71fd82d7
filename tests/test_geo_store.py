"""The gazetteer's SQLite store answers exactly as the indexes built in memory, and a
damaged or stale store is refused (then rebuilt by ``_gazetteer``)."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

from summarizer.geo import gazetteer


def test_store_matches_the_in_memory_indexes_and_refuses_damage(tmp_path: Path) -> None:
    built = gazetteer._built()
    path = tmp_path / "g.sqlite"
    gazetteer._write_store(built, path)
    stored = gazetteer._open_store(path)
    assert stored is not None
    rng = random.Random(7)
    keys = rng.sample(sorted(built.exact), 400) + ["menaka", "tinzaouaten", "kidal", "nosuchplace"]
    for k in keys:
        assert stored.exact.get(k) == built.exact.get(k), k
        assert (k in stored.exact) == (k in built.exact)
    for k in rng.sample(sorted(built.loose), 200):
        assert stored.loose.get(k) == built.loose.get(k), k
    assert stored.admin1 == built.admin1

    raw = path.read_bytes()
    path.write_bytes(raw[: len(raw) // 3])  # a torn copy
    assert gazetteer._open_store(path) is None
    path.write_bytes(raw)
    db = sqlite3.connect(path)
    db.execute("UPDATE meta SET value = 'old' WHERE name = 'fingerprint'")  # data of another version
    db.commit()
    db.close()
    assert gazetteer._open_store(path) is None
    assert gazetteer._open_store(tmp_path / "missing.sqlite") is None
