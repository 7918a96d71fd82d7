"""Text folding shared by every scorer, so "Ségou", "SEGOU" and "Segou" compare equal.

Gold labels drop accents and use ACLED spellings while models copy the article's
spelling; comparing raw strings would score spelling, not understanding. Each helper
here is deliberately small and lossy in one documented way; accents are dropped by the
package's one folding module (:mod:`summarizer.folding`).
"""

from __future__ import annotations

import re
import unicodedata

from summarizer.folding import strip_accents

_PUNCT = re.compile(r"[^\w\s]|_", re.UNICODE)
_SPACES = re.compile(r"\s+")
_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u00a0": " ",
    }
)


def fold(text: str) -> str:
    """Drop accents and case: the cheapest fold that keeps words apart."""
    return strip_accents(text).casefold()


def name_key(text: str | None) -> str:
    """Fold a name for equality: accents, case and punctuation ignored, leading "the" dropped.

    "al-Shabaab", "Al Shabaab" and "the al-Shabaab" give one key, so an alias table that
    spells a name one way still accepts the other. Returns "" for None.
    """
    if not text:
        return ""
    key = _SPACES.sub(" ", _PUNCT.sub(" ", fold(text))).strip()
    if key.startswith("the "):
        key = key[4:]
    return key


def tokens(text: str | None) -> list[str]:
    """Words of ``name_key(text)``, in order."""
    return name_key(text).split()


def grounding_key(text: str) -> str:
    """Normalise quotes, dashes and runs of whitespace for substring tests.

    Models copy sentences faithfully but often turn curly quotes straight or re-flow
    line breaks; those are not grounding failures. Case and accents are kept: a
    changed word is.
    """
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text).translate(_QUOTES)).strip()
