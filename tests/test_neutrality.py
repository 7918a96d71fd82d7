"""Tests for summarizer.neutrality on summaries of real gold articles."""

from __future__ import annotations

from pathlib import Path

from summarizer.neutrality import LOADED_WORDS, PROMPT_NAMES, check_summary, repair_summary

GOLD = Path("/work/shared/gold/articles")
SEED_000 = (GOLD / "seed_000.txt").read_text(encoding="utf-8")
SEED_003 = (GOLD / "seed_003.txt").read_text(encoding="utf-8")
KIDAL = (GOLD / "020_fr_mali_kidal_frappes_drone.txt").read_text(encoding="utf-8")

GOOD = (
    "An army convoy was ambushed in Mali's Menaka region on Thursday. "
    "The army said six soldiers were killed and that the attackers lost at least 15 combatants. "
    "A local official said the toll, including injured and missing, could reach around 20."
)


def test_neutral_attributed_summary_passes() -> None:
    check = check_summary(GOOD, SEED_003)
    assert check.passed, check
    assert check.sentences == 3
    assert check.loaded_words == check.unsupported_figures == check.unattributed_figures == []


def test_loaded_words_outside_quotes_are_reported() -> None:
    summary = (
        "Terrorists ambushed a convoy in Menaka on Thursday. The army said it neutralized 15 terrorists "
        "in a heroic response."
    )
    check = check_summary(summary, SEED_003)
    assert not check.passed
    assert [w.lower() for w in check.loaded_words] == ["terrorists", "neutralized", "terrorists", "heroic"]


def test_loaded_words_inside_quotes_are_allowed() -> None:
    curly = "The army said “The terrorists lost at least 15 combatants” after the ambush in Menaka on Thursday."
    straight = 'The Malian army said it had "neutralized" 31 "terrorists" in the fighting on Tuesday.'
    half = 'The Malian army said it had neutralized "31 terrorists" in the fighting on Tuesday.'
    assert check_summary(curly, SEED_003).loaded_words == []
    assert check_summary(straight, SEED_000).loaded_words == []
    assert check_summary(half, SEED_000).loaded_words == ["neutralized"]
    assert set(LOADED_WORDS) >= {"terrorists", "neutralised", "martyrs", "liberated", "puppet"}


def test_unsupported_figures() -> None:
    summary = "The army said 21 soldiers and 6 militants were killed in Menaka on Thursday, August 3, 2023."
    check = check_summary(summary, SEED_003)
    # 21 is not in the article (it is a sum); "6" is supported by "six"; 3 and 2023 are a date.
    assert check.unsupported_figures == ["21"]
    french = "Selon des sources locales, au moins 12 civils ont été tués à Kidal; le CSP-PSD parle de 20 morts."
    assert check_summary(french, KIDAL).unsupported_figures == []  # "douze", "vingt" in the article


def test_unattributed_figures() -> None:
    summary = "At least 14 Malian soldiers were killed on Tuesday. JNIM claimed five of its fighters died."
    check = check_summary(summary, SEED_000)
    assert check.unattributed_figures == ["At least 14 Malian soldiers were killed on Tuesday."]
    assert not check.passed
    assert check_summary("Dozens of civilians were killed in the strike.", SEED_000).unattributed_figures


def test_sentence_count_bounds() -> None:
    long = " ".join(["The army said six soldiers were killed."] * 5)
    assert check_summary(long, SEED_003).sentences == 5
    assert not check_summary(long, SEED_003).passed
    assert check_summary("An army convoy was ambushed in Menaka.", SEED_003).passed


def test_repair_replaces_loaded_words_and_drops_unsupported_sentences() -> None:
    summary = (
        "Terrorists ambushed an army convoy in a cowardly attack in Menaka on Thursday. "
        "The army said it neutralised at least 15 terrorists and lost six men. "
        "In total 21 people died."
    )
    repaired = repair_summary(summary, SEED_003)
    assert repaired == (
        "Militants ambushed an army convoy in an attack in Menaka on Thursday. "
        "The army said it killed at least 15 militants and lost six men."
    )
    assert check_summary(repaired, SEED_003).passed


def test_repair_keeps_quotes_and_at_least_one_sentence() -> None:
    quoted = 'The army said it had neutralized "31 terrorists" in fighting on Tuesday.'
    assert repair_summary(quoted, SEED_000) == 'The army said it had killed "31 terrorists" in fighting on Tuesday.'
    only = "The army said 99 soldiers were killed."
    assert repair_summary(only, SEED_000) == only  # nothing better to keep
    assert repair_summary("Barbaric attackers struck. The army said 14 soldiers died.", SEED_000) == (
        "Attackers struck. The army said 14 soldiers died."
    )


def test_the_prompts_name_exactly_the_checks_loaded_words() -> None:
    from summarizer.neutrality import loaded_words_text
    from summarizer.pipeline import system_prompt
    from summarizer.prompts import template

    words = loaded_words_text()
    named = list(LOADED_WORDS)[:PROMPT_NAMES]
    assert words == ", ".join(f'"{w}"' for w in named)
    assert all(check_summary(f"Officials said the {w} fled.", "x").loaded_words for w in LOADED_WORDS)
    assert words in system_prompt()
    _, summary_body = template("summary_user")
    assert "{loaded_words}" in summary_body  # rendered from the same list, never typed by hand
    for body in (template("extract_system")[1], summary_body):
        assert "cowardly" not in body and "terrorists" not in body


def test_a_loaded_word_inside_a_name_is_left_as_the_name_is() -> None:
    from summarizer.neutrality import repair_summary

    named = "Military Forces of Ethiopia struck the TPLF: Tigray People's Liberation Front in Mekelle."
    assert repair_summary(named, "") == named
    assert repair_summary("Le Front de Libération du Macina a revendiqué.", "") == (
        "Le Front de Libération du Macina a revendiqué."
    )
    # the same word outside a name is still a judgement
    assert repair_summary("Liberation of the city came on Monday.", "") == "Recapture of the city came on Monday."
    assert repair_summary("Terrorists attacked the town.", "") == "Militants attacked the town."
