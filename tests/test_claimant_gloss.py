"""French claimants keep their words and gain their English, from a closed word list."""

from __future__ import annotations

from summarizer.claimant_gloss import gloss_claimants, in_english
from summarizer.schema import FatalityClaim


def test_french_source_nouns_and_nationalities_gain_their_english() -> None:
    assert in_english("armée camerounaise") == "armée camerounaise (Cameroonian army)"
    assert in_english("l'armée malienne") == "l'armée malienne (Malian army)"
    assert in_english("ministère de la défense") == "ministère de la défense (Ministry of Defence)"
    assert in_english("témoin") == "témoin (witness)"
    assert in_english("maire") == "maire (mayor)"


def test_names_english_and_unknown_words_are_left_as_written() -> None:
    for claimant in ("Faustin Takema", "officials", "the army", "mosquée", "VOA Afrique (Voice of America)"):
        assert in_english(claimant) == claimant


def test_every_claim_of_the_report_is_glossed() -> None:
    context = [FatalityClaim(low=12, high=12, victims="civilians", claimant="habitants")]
    assert [c.claimant for c in gloss_claimants([], context)] == ["habitants (residents)"]
