"""Heavy imports and data loaded once per server process, before any page script uses them.

Streamlit runs each browser tab's script in its own thread. Two first runs at once used
to import pandas (for a chart) concurrently, and Python's import machinery, breaking the
resulting lock cycle, handed one of them a half-initialised module: "partially initialized
module 'pandas' has no attribute 'Timestamp'", shown as a traceback in the page. So the
page calls :func:`warm_up` first thing; the first run imports everything heavy under one
process-wide lock, and every other run waits for it (later runs return at once).

The gazetteer (seven seconds to build) is loaded by :func:`start_data` in a background
thread; code that needs it calls :func:`ensure_data`, which waits for that one build
instead of starting a second one.
"""

from __future__ import annotations

import importlib
import logging
import threading
import time

log = logging.getLogger("summarizer.ui")

#: imported once, in this order, under the lock (what the page's script runs may import)
HEAVY_MODULES = (
    "numpy",
    "pandas",
    "pyarrow",
    "altair",
    "matplotlib",
    "matplotlib.pyplot",
    "summarizer.pipeline",
    "summarizer.batch",
    "summarizer.review",
    "summarizer.geo.regions",
    "summarizer.evaluation.labels",
)
#: the page's own tab modules (relative to this package), imported under the same lock
PAGE_MODULES = (".basemap", ".mapplot", ".report_view", ".review", ".single", ".batchtab", ".evaltab")

_IMPORT_LOCK = threading.Lock()
_DATA_LOCK = threading.Lock()
_imported = threading.Event()
_data_ready = threading.Event()


def warm_up() -> None:
    """Import every heavy module once per process; concurrent callers wait for the first."""
    if _imported.is_set():
        return
    with _IMPORT_LOCK:
        if _imported.is_set():
            return
        started = time.monotonic()
        import matplotlib

        matplotlib.use("Agg")  # no display on a server; before pyplot is imported
        for name in (*HEAVY_MODULES, *PAGE_MODULES):
            try:
                importlib.import_module(name, __package__)
            except ImportError:  # an optional module (pyarrow) may be absent
                log.info("warm-up: %s not importable", name)
        _imported.set()
        log.info("warm-up: heavy imports in %.1f s", time.monotonic() - started)
    start_data()


def _load_data() -> None:
    with _DATA_LOCK:
        if _data_ready.is_set():
            return
        try:
            from summarizer import admin1_centroid

            admin1_centroid("Mali", "Menaka")  # builds the gazetteer and the region table
        except Exception:  # the map then shows fewer points; extraction reports its own error
            log.exception("warm-up: the gazetteer could not be loaded")
        finally:
            _data_ready.set()


def start_data() -> None:
    """Start loading the gazetteer in the background (once per process)."""
    if _data_ready.is_set() or _DATA_LOCK.locked():
        return
    threading.Thread(target=_load_data, name="summarizer-warm-data", daemon=True).start()


def ensure_data() -> None:
    """Return once the gazetteer is loaded (loading it here if nothing has started it)."""
    if not _data_ready.is_set():
        _load_data()
