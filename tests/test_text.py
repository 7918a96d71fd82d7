"""Tests for summarizer.text: input checks, HTML reduction and sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.errors import InputError
from summarizer.text import MAX_CHARS, clean_input, html_to_text, looks_like_html, sentence_spans

GOLD = Path("/work/shared/gold/articles")
SEED_003 = (GOLD / "seed_003.txt").read_text(encoding="utf-8")


def test_clean_input_keeps_gold_article_whole() -> None:
    raw = (GOLD / "seed_000.txt").read_bytes()
    text = clean_input(raw)
    assert text.startswith("Al-Qaeda claims the death of the 14 soldiers in the center of Mali")
    assert "“31 terrorists”" in text or '"31 terrorists"' in text
    # Nothing of the body is lost (only blank-line runs and trailing spaces are normalised).
    assert text.split() == raw.decode("utf-8").split()


def test_clean_input_strips_bom_and_normalises_newlines() -> None:
    raw = "\ufeffMilitants kill several soldiers in Mali\r\n\r\nAn attack in the Menaka region.\r\n".encode()
    assert clean_input(raw) == "Militants kill several soldiers in Mali\n\nAn attack in the Menaka region."
    assert clean_input("\ufeffTitle\rBody.") == "Title\nBody."


def test_clean_input_rejects_latin1_bytes() -> None:
    with pytest.raises(InputError, match="not UTF-8 text"):
        clean_input("Au Mali, des frappes aériennes font près de 12 morts".encode("latin-1"))


def test_clean_input_rejects_binary_and_empty() -> None:
    with pytest.raises(InputError, match="binary"):
        clean_input(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(InputError, match="binary"):
        clean_input("".join(chr(i % 8 + 1) for i in range(200)) + "some text")
    with pytest.raises(InputError, match="the article is empty"):
        clean_input("  \n\t \r\n ")
    with pytest.raises(InputError, match="the article is empty"):
        clean_input(b"")


def test_clean_input_size_cap_mentions_size() -> None:
    with pytest.raises(InputError, match="2,000,001"):
        clean_input("a" * (MAX_CHARS + 1))
    assert len(clean_input("a" * 10_000)) == 10_000  # long but allowed: never truncated


HTML_PAGE = """<!DOCTYPE html><html><head><title>Militants kill several soldiers in Mali</title>
<style>p { color: red }</style><script>var x = "<p>not text</p>";</script></head>
<body><nav><a href="/">Home</a> | <a href="/africa">Africa</a></nav>
<header>Subscribe now</header>
<article><h1>Militants kill several soldiers in Mali</h1>
<p>An attack in the northeastern Menaka region of Mali resulted in the deaths of several soldiers,
with the army attributing the incident to militants, as stated on Friday.</p>
<p>&ldquo;According to a first tally, we lost six men,&rdquo; said an army spokesman &amp; added troops were
searching for survivors.<br>&ldquo;The terrorists lost at least 15 combatants,&rdquo; he added.</p></article>
<footer>&copy; 2023 Example News</footer></body></html>"""


def test_html_is_reduced_to_text() -> None:
    assert looks_like_html(HTML_PAGE)
    text = clean_input(HTML_PAGE)
    lines = text.split("\n\n")
    assert lines[0] == "Militants kill several soldiers in Mali"
    assert lines[1].startswith("An attack in the northeastern Menaka region")
    assert "“According to a first tally, we lost six men,” said an army spokesman & added" in text
    assert "“The terrorists lost at least 15 combatants,” he added." in lines
    for junk in ("Home", "Subscribe", "color: red", "not text", "2023 Example"):
        assert junk not in text


def test_plain_article_is_not_html() -> None:
    assert not looks_like_html(SEED_003)
    assert not looks_like_html("The <b> tag and a 3 < 4 comparison are fine in prose.")
    assert html_to_text("<p>a &lt; b</p><p>c</p>") == "a < b\n\nc"


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


def test_sentence_spans_on_gold_article_with_curly_quotes() -> None:
    sents = _sentences(SEED_003)
    assert sents[0] == "Militants kill several soldiers in Mali"  # title line without a period
    assert sents[1].startswith("An attack in the northeastern Menaka region")
    assert sents[1].endswith("as stated on Friday.")
    assert (
        "“According to a first tally, we lost six men,” said an army spokesman, adding troops were searching for survivors."  # noqa: E501
        in sents
    )  # noqa: E501
    assert "“The terrorists lost at least 15 combatants,” he added." in sents
    for s, e in sentence_spans(SEED_003):
        assert SEED_003[s:e] == SEED_003[s:e].strip() and SEED_003[s:e]


def test_sentence_spans_abbreviations_numbers_and_quotes() -> None:
    text = (
        "Two U.S. service members were killed, Mr. Smith said. The rate rose 3.5 percent. "
        '"We lost six men." He added more. Gen. Odowaa Yusuf Rage confirmed it!\nNext line'
    )
    assert _sentences(text) == [
        "Two U.S. service members were killed, Mr. Smith said.",
        "The rate rose 3.5 percent.",
        '"We lost six men."',
        "He added more.",
        "Gen. Odowaa Yusuf Rage confirmed it!",
        "Next line",
    ]
