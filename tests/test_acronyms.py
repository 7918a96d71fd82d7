"""Acronyms an article spells out, read back when the model names the short form."""

from __future__ import annotations

from summarizer.acronyms import expand, find_acronyms


def test_long_form_then_acronym_in_brackets() -> None:
    text = "Fighters of the Popular Defence Forces (PDF) attacked the camp. The PDF said it lost two men."
    found = find_acronyms(text)
    assert found["PDF"] == "Popular Defence Forces"
    assert expand("PDF fighters", found) == "Popular Defence Forces"


def test_acronym_from_initials_used_elsewhere() -> None:
    text = "The Northern Liberation Army struck again on Monday. The NLA claimed the attack."
    assert find_acronyms(text)["NLA"] == "Northern Liberation Army"


def test_acronym_that_does_not_fit_is_ignored() -> None:
    assert "XYZ" not in find_acronyms("The Rapid Support Forces (XYZ) said.")


def test_mention_without_acronym_expands_to_nothing() -> None:
    assert expand("gunmen", {"PDF": "Popular Defence Forces"}) is None


def test_an_acronym_in_another_languages_word_order_keeps_the_whole_name() -> None:
    from summarizer.acronyms import find_acronyms

    text = "MUJAO took Gao from the National Movement for the Liberation of Azawad (MNLA) on Wednesday."
    assert find_acronyms(text) == {"MNLA": "National Movement for the Liberation of Azawad"}
    # leading words that are not the name still go
    assert find_acronyms("Fighters of the Rapid Support Forces (RSF) attacked.") == {"RSF": "Rapid Support Forces"}


def test_an_acronym_glossed_with_or_is_read_even_when_coined_in_another_language() -> None:
    text = "Rebels from the Ivorian Popular Movement for the Far West, or MPIGO, were advancing south."
    assert find_acronyms(text) == {"MPIGO": "Ivorian Popular Movement for the Far West"}
    # broadcast scripts spell the letters out with dashes
    script = "Rebel fighters from the Revolutionary United Front, or R-U-F, attacked the town."
    assert find_acronyms(script) == {"R-U-F": "Revolutionary United Front"}
    # a gloss whose letters are not the name's is no acronym of it
    assert find_acronyms("Troops of the Afghan National Army, or XQZ, came.") == {}
