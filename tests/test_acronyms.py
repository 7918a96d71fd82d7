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
