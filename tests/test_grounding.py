"""Tests for summarizer.grounding.align on real article sentences (curly quotes included)."""

from __future__ import annotations

from pathlib import Path

from summarizer.grounding import align

GOLD = Path("/work/shared/gold/articles")
SEED_003 = (GOLD / "seed_003.txt").read_text(encoding="utf-8")
SEED_002 = (GOLD / "seed_002.txt").read_text(encoding="utf-8")
KIDAL = (GOLD / "020_fr_mali_kidal_frappes_drone.txt").read_text(encoding="utf-8")


def test_exact_match_invariant() -> None:
    quote = "“According to a first tally, we lost six men,” said an army spokesman"
    span = align(quote, SEED_003)
    assert span.status == "exact"
    assert span.start is not None and span.end is not None
    assert SEED_003[span.start : span.end] == quote


def test_straight_quotes_and_case_map_back_to_original() -> None:
    quote = '"the terrorists lost at least 15 combatants," he added'
    span = align(quote, SEED_003)
    assert span.status == "fuzzy"
    assert span.start is not None and span.end is not None
    assert SEED_003[span.start : span.end] == "“The terrorists lost at least 15 combatants,” he added"


def test_dash_and_whitespace_normalisation() -> None:
    original = next(line for line in SEED_002.splitlines() if "–" in line or "—" in line)
    dash = "–" if "–" in original else "—"
    i = original.index(dash)
    piece = original[max(0, i - 30) : i + 20]
    quote = "  " + piece.replace(dash, "-").replace(" ", "   ") + "\n"
    span = align(quote, SEED_002)
    assert span.status == "fuzzy"
    assert span.start is not None and span.end is not None
    assert SEED_002[span.start : span.end] == piece.strip()


def test_french_apostrophes() -> None:
    quote = "a fait état d'au moins vingt morts"
    span = align(quote, KIDAL)
    assert span.status == "fuzzy"
    assert span.start is not None and span.end is not None
    assert KIDAL[span.start : span.end] == "a fait état d’au moins vingt morts"


def test_small_paraphrase_is_fuzzy_matched() -> None:
    # One word changed ("resulted in the death of" vs "...deaths of").
    quote = "An attack in the north-eastern Menaka region of Mali resulted in the deaths of several soldiers"
    span = align(quote, SEED_003)
    assert span.status == "fuzzy"
    assert span.start is not None and span.end is not None
    assert "Menaka region of Mali resulted in the deaths of several soldiers" in SEED_003[span.start : span.end + 5]


def test_unsupported_quote_is_none() -> None:
    for quote in ("JNIM claimed 50 Russians were killed in Menaka", "Barkhane", ""):
        span = align(quote, SEED_003)
        assert (span.status, span.start, span.end) == ("none", None, None)
    assert align("a much longer quote than the text itself, which is tiny", "tiny").status == "none"
