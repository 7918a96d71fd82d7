"""Tests for summarizer.storyline: the article's sentences that fill a summary's free room."""

from __future__ import annotations

from summarizer.neutrality import check_summary
from summarizer.schema import Summary
from summarizer.storyline import story_sentences
from summarizer.summary import with_story

ARTICLE = (
    "Gunmen kill 12 soldiers in northern Burkina Faso\n\n"
    "Gunmen attacked an army post in Nassoumbou on Friday, killing at least 12 soldiers, officials said. "
    "The assailants also set fire to military vehicles and tents, the officials said. "
    "President Roch Kabore cancelled a trip to Nigeria after the attack. "
    "The terrorists are cowards who will be hunted down. "
    "Another 20 people died in the town last year. "
    "There was no immediate claim of responsibility."
)
SUMMARY = (
    "Gunmen attacked an army post in Nassoumbou on Friday. According to officials, at least 12 soldiers were killed."
)


def test_new_facts_come_in_article_order_and_repeats_are_skipped() -> None:
    got = story_sentences(ARTICLE, SUMMARY, room=2)
    assert len(got) == 2
    assert got[0].startswith("The assailants also set fire") or got[0].startswith("President Roch Kabore")
    assert ARTICLE.index(got[0]) < ARTICLE.index(got[1])
    # the lead is what the summary already says: not copied again
    assert not any(s.startswith("Gunmen attacked") for s in got)


def test_loaded_words_and_unattributed_death_figures_are_never_copied() -> None:
    got = story_sentences(ARTICLE, SUMMARY, room=4)
    assert not any("terrorists" in s for s in got)
    assert not any("20 people died" in s for s in got)
    assert all(check_summary(s, ARTICLE).passed or check_summary(s, ARTICLE).sentences == 1 for s in got)


def test_a_bare_death_figure_is_copied_with_its_source_when_one_is_given() -> None:
    got = story_sentences(ARTICLE, SUMMARY, room=4, attribute=lambda s: s.rstrip(".") + ", according to VOA.")
    assert "Another 20 people died in the town last year, according to VOA." in got
    assert all(check_summary(s, s).passed or check_summary(s, s).sentences == 1 for s in got)
    # loaded words are never copied, source or not
    assert not any("terrorists" in s for s in got)


def test_no_room_no_sentences() -> None:
    assert story_sentences(ARTICLE, SUMMARY, room=0) == []


def test_with_story_fills_a_passing_summary_up_to_four_sentences() -> None:
    check = check_summary(SUMMARY, ARTICLE)
    assert check.passed
    got = with_story(Summary(text=SUMMARY, check=check, origin="model"), ARTICLE)
    assert got.check.passed and got.check.sentences == 4
    assert got.text.startswith(SUMMARY)
    assert got.from_article and all(s in ARTICLE for s in got.from_article)


def test_with_story_leaves_a_failing_summary_alone() -> None:
    bad = "The terrorists struck. 12 died."
    check = check_summary(bad, ARTICLE)
    assert not check.passed
    assert with_story(Summary(text=bad, check=check, origin="repaired"), ARTICLE).text == bad


def test_who_claimed_the_attack_is_chosen_over_other_new_facts() -> None:
    article = (
        "Bombing in Khyber\n\n"
        "Two suicide bombers attacked a police compound in Khyber on Thursday, killing three officers, police said. "
        "Officials met on Friday in Islamabad and Lahore with traders. "
        "The outlawed Tehrik-i-Taliban Pakistan claimed responsibility for the bombing in a statement."
    )
    summary = (
        "Two suicide bombers attacked a police compound in Khyber on Thursday, killing three officers, police said."
    )
    chosen = story_sentences(article, summary, room=1)
    assert chosen == ["The outlawed Tehrik-i-Taliban Pakistan claimed responsibility for the bombing in a statement."]


def test_who_claimed_the_attack_is_carried_wherever_the_article_tells_it() -> None:
    # written here: the claim comes last, after sentences with more new names
    article = (
        "Bomb kills 12 in Gao.\n\n"
        "A car bomb killed 12 people at a market in Gao on Monday, officials said. "
        "Governor Amadou Traore and Colonel Ibrahim Keita visited the Sahel Hospital in Gao and the Dar Salam clinic. "
        "Residents of Bourem, Ansongo and Menaka said traders from Niamey and Bamako had fled the town. "
        "Jamaat Nusrat al-Islam wal-Muslimin claimed responsibility for the bombing in a statement."
    )
    summary = "A car bomb killed 12 people at a market in Gao on Monday, officials said."
    picked = story_sentences(article, summary, 1)
    assert picked == ["Jamaat Nusrat al-Islam wal-Muslimin claimed responsibility for the bombing in a statement."]
    # that nobody has claimed it is as much a fact
    nobody = article.replace(
        "Jamaat Nusrat al-Islam wal-Muslimin claimed responsibility for the bombing in a statement.",
        "There was no immediate claim of responsibility for the attack.",
    )
    assert story_sentences(nobody, summary, 1) == ["There was no immediate claim of responsibility for the attack."]
    # with room for two, the next sentence the story tells joins it, in the article's order
    two = story_sentences(article, summary, 2)
    assert len(two) == 2 and two[-1].startswith("Jamaat")
