"""Offline geography: place phrases to country, first-level region (admin1) and coordinates.

Nothing here touches the network. One module per job:

* :mod:`summarizer.folding` -- the text keys every name comparison uses (shared);
* :mod:`summarizer.geo.countries` -- country names, French names and demonyms;
* :mod:`summarizer.geo.gazetteer` -- loading the gazetteer once, looking up a place or region;
* :mod:`summarizer.geo.sounds` -- the sound keys that match a town spelt another way;
* :mod:`summarizer.geo.places` -- parsing a place phrase and :func:`locate`.

The admin1 table (``data/admin1_names.json``) is built offline by ``tools/build_admin1.py``.
"""

from __future__ import annotations

from ..folding import fold, place_key
from ..resources import DATA_DIR
from .countries import countries_named, country_code, country_name, guess_country, names_country
from .gazetteer import Place, admin1_country, admin1_spellings, lookup, lookup_by_sound
from .places import locate

__all__ = [
    "DATA_DIR",
    "Place",
    "admin1_country",
    "admin1_spellings",
    "countries_named",
    "country_code",
    "country_name",
    "fold",
    "guess_country",
    "locate",
    "lookup",
    "lookup_by_sound",
    "names_country",
    "place_key",
]
