"""The machine's own recent speed, so the page can say how long an article should take.

After each extraction the page records (characters, seconds) for the backend and model
used; the expected time of the next article is its length times the median seconds per
character of the last few. Kept in a small JSON file in the cache folder, so a restart
keeps the estimate; nothing is written when the folder is not writable.
"""

from __future__ import annotations

import json
import statistics
import threading
from pathlib import Path

#: records kept per backend/model
KEEP = 20
_LOCK = threading.Lock()


def _load(path: Path) -> dict[str, list[list[float]]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def record(path: Path, key: str, chars: int, seconds: float) -> None:
    """Remember that ``chars`` characters took ``seconds`` on ``key`` (backend and model)."""
    if chars <= 0 or seconds <= 0:
        return
    with _LOCK:
        data = _load(path)
        rows = [*data.get(key, []), [chars, round(seconds, 2)]][-KEEP:]
        data[key] = rows
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".tmp")
            tmp.write_text(json.dumps(data), encoding="utf-8")
            tmp.replace(path)
        except OSError:
            pass


def expected_seconds(path: Path, key: str, chars: int) -> float | None:
    """Seconds an article of ``chars`` characters should take, or None with no record yet."""
    with _LOCK:
        rows = _load(path).get(key, [])
    rates = [s / c for c, s in rows if c > 0 and s > 0]
    if not rates:
        return None
    return statistics.median(rates) * max(chars, 1)
