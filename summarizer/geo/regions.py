"""Where a first-level region (admin1) lies, for events known only to the region.

An event coded "Menaka region, Mali" (geo_precision 3) has no town coordinates, but the
region itself can still be placed: its centroid is estimated from the gazetteer's own
towns in that region (the median latitude and longitude of every GeoNames place whose
admin1 is that region), so no extra data set is needed and the point always falls where
the region's settlements are. A point drawn there must be labelled as a region, never
as a town: the page draws it differently and says "region centroid".
"""

from __future__ import annotations

import functools
import statistics
from collections import defaultdict

from ..folding import place_key
from .countries import country_code
from .gazetteer import admin1_country, located_places

__all__ = ["admin1_centroid"]


@functools.lru_cache(maxsize=1)
def _centroids() -> dict[tuple[str, str], tuple[float, float]]:
    """(country code, admin1 key) -> (lat, lon), built once from the loaded gazetteer."""
    coords: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for cc, admin1, lat, lon in located_places():
        coords[(cc, place_key(admin1))].append((lat, lon))
    return {
        key: (statistics.median(c[0] for c in pts), statistics.median(c[1] for c in pts)) for key, pts in coords.items()
    }


def admin1_centroid(country: str | None, admin1: str | None) -> tuple[float, float] | None:
    """(lat, lon) of the middle of a first-level region, or None when it is not known.

    The region name may be spelled as the article spells it ("Ségou", "Menaka region");
    it is resolved with the same admin1 table the pipeline uses.
    """
    if not admin1:
        return None
    resolved = admin1_country(admin1.removesuffix(" region").removesuffix(" Region"), country)
    if resolved is None:
        return None
    name, region = resolved
    cc = country_code(name)
    if cc is None:
        return None
    return _centroids().get((cc, place_key(region)))
