"""Turning whatever the user hands us into clean article text, and cutting it up.

Why this lives in code and not in the model: a small model cannot tell us that a file is
binary or Latin-1, and it silently loses whatever falls outside its context window.
So input is checked and normalised here, errors are raised with a plain-language
reason (``InputError``), and the text is split into sentences whose offsets point back
into the original (the pipeline chunks long articles on them), so every quote the model
returns can be located again.
Nothing is ever truncated silently.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from .errors import InputError

#: Hard cap on the article size (characters). Far above any news article; it stops a
#: mistaken multi-megabyte dump from tying up the model for hours.
MAX_CHARS = 2_000_000

#: Share of control characters (other than tab/newline/CR/form feed) above which a text
#: is taken for binary junk.
_MAX_CONTROL_SHARE = 0.05

_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_HTML_TAG_RE = re.compile(
    r"<\s*(html|head|body|p|div|br|article|section|span|a|h[1-6]|title|script|style|li|ul|table)\b[^>]*>",
    re.IGNORECASE,
)


def clean_input(raw: str | bytes) -> str:
    """Validate and normalise an article; raise ``InputError`` saying why it is unusable.

    Bytes must be UTF-8 (a BOM is dropped). NUL bytes or many control characters mean a
    binary file. HTML is reduced to text. Newlines become ``\\n``; trailing spaces on lines
    and runs of more than one blank line are collapsed, but no content is dropped.
    """
    if isinstance(raw, bytes):
        if len(raw) > MAX_CHARS * 4:
            raise InputError(f"the article is too large ({len(raw):,} bytes; the limit is {MAX_CHARS:,} characters)")
        if b"\x00" in raw:
            raise InputError("the input looks like a binary file (it contains NUL bytes), not an article")
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise InputError(
                f"the input is not UTF-8 text (undecodable byte at position {exc.start}); convert it to UTF-8 first"
            ) from exc
    else:
        text = raw[1:] if raw.startswith("\ufeff") else raw
    if len(text) > MAX_CHARS:
        raise InputError(f"the article is too large ({len(text):,} characters; the limit is {MAX_CHARS:,})")
    if "\x00" in text:
        raise InputError("the input looks like a binary file (it contains NUL characters), not an article")
    if text and len(_CONTROL_RE.findall(text)) / len(text) > _MAX_CONTROL_SHARE:
        raise InputError("the input looks like a binary file (too many control characters), not an article")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if looks_like_html(text):
        text = html_to_text(text)
    text = _CONTROL_RE.sub("", text).replace("\f", "\n")
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    if not text:
        raise InputError("the article is empty")
    return text


def looks_like_html(s: str) -> bool:
    """True when the text is an HTML page or fragment rather than plain prose.

    A doctype/``<html>`` opening is enough; otherwise at least three common tags are
    required, so a plain article quoting "<b>" once is not mangled.
    """
    head = s.lstrip()[:1000].lower()
    if head.startswith("<!doctype html") or head.startswith("<html"):
        return True
    return len(_HTML_TAG_RE.findall(s[:200_000])) >= 3


_DROP = {
    "script",
    "style",
    "nav",
    "header",
    "footer",
    "noscript",
    "template",
    "svg",
    "form",
    "aside",
    "iframe",
}
_BLOCK = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "article", "section",
    "blockquote", "tr", "table", "figcaption", "figure", "main", "pre", "dd", "dt", "hr",
}  # fmt: skip
_VOID = {"br", "hr", "img", "meta", "link", "input", "source", "wbr", "area", "base", "col", "embed"}


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self._drop_depth = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROP and tag not in _VOID:
            self._drop_depth += 1
        elif tag == "title":
            self._in_title = True
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROP:
            self._drop_depth = max(0, self._drop_depth - 1)
        elif tag == "title":
            self._in_title = False
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self._drop_depth:
            return
        if self._in_title:
            self.title.append(data)
        else:
            self.parts.append(data)


def html_to_text(s: str) -> str:
    """The article's text from an HTML page: the main content, without the page around it.

    A maintained extractor (``trafilatura``) finds the article body and drops navigation,
    cookie banners, "related stories" lists, bylines and footers, which the old
    reduction kept as sentences (a related headline about another attack could become an
    event). When it finds no body, or much less than the page holds (a bare fragment,
    an unusual layout), the standard-library reduction below is the fallback. The
    ``<title>`` comes first on its own line (title, blank line, body: the gold layout).
    """
    fallback = reduce_html(s)
    main = _main_content(s)
    if main and len(main) >= min(150, len(fallback) // 2):
        return main
    return fallback


def _main_content(s: str) -> str | None:
    try:
        import trafilatura  # imported on use: ~0.3 s, and only HTML needs it
    except ImportError:  # pragma: no cover - a dependency; the fallback still works
        return None
    try:
        doc = trafilatura.bare_extraction(
            s, include_comments=False, include_tables=True, favor_precision=True, with_metadata=True
        )
    except Exception:  # noqa: BLE001 - a page the extractor chokes on falls back to the reduction
        return None
    body = getattr(doc, "text", None) if doc is not None else None
    if not body:
        return None
    paragraphs = [re.sub(r"\s+", " ", p).strip() for p in body.split("\n")]
    paragraphs = [p for p in paragraphs if p]
    title = re.sub(r"\s+", " ", getattr(doc, "title", None) or "").strip()
    if title and (not paragraphs or paragraphs[0] != title):
        paragraphs.insert(0, title)
    return "\n\n".join(paragraphs)


def reduce_html(s: str) -> str:
    """Reduce HTML to plain text with the standard library only (the fallback).

    Script, style, navigation, header and footer content is dropped (menus and cookie
    banners are not the article); block elements become paragraph breaks; entities are
    unescaped; the ``<title>`` comes first on its own line, matching the gold layout
    (title, blank line, body).
    """
    parser = _TextExtractor()
    parser.feed(s)
    parser.close()
    body = "".join(parser.parts)
    paragraphs = []
    for para in re.split(r"\n\s*\n", body):
        line = re.sub(r"\s+", " ", html.unescape(para)).strip()
        if line:
            paragraphs.append(line)
    title = re.sub(r"\s+", " ", html.unescape("".join(parser.title))).strip()
    if title and (not paragraphs or paragraphs[0] != title):
        paragraphs.insert(0, title)
    return "\n\n".join(paragraphs)


# --- sentences ---------------------------------------------------------------------------

_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cmdr", "adm",
    "gov", "sen", "rep", "rev", "st", "jr", "sr", "no", "vs", "etc", "inc", "ltd", "co", "corp",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mt", "ft", "pres", "min", "approx", "dept", "est", "fig", "al", "e.g", "i.e", "m", "mme", "mlle",
}  # fmt: skip
# A sentence ends at . ! ? (or …), optionally followed by closing quotes/brackets, then
# whitespace, then something that can start a sentence.
_END_RE = re.compile(r"([.!?…]+)([\"'”’»)\]]*)(\s+)(?=[\"'“‘«(\[]?\s?[A-ZÀ-ÖØ-Þ0-9])")


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the period at ``dot`` closes an abbreviation rather than a sentence."""
    m = re.search(r"([A-Za-z][A-Za-z.]*)$", text[max(0, dot - 12) : dot])
    if not m:
        return False
    word = m.group(1)
    low = word.lower().rstrip(".")
    if low in _ABBREVIATIONS:
        return True
    # U.S., U.N., a.m.: letters separated by periods; a single capital initial (J. Smith).
    return bool(re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word) or re.fullmatch(r"[A-Z]", word))


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of ``text``; ``text[s:e]`` is the stripped sentence.

    Paragraph and line breaks are hard boundaries (a title line without a period is a
    sentence of its own). Inside a line, a sentence ends at ``.``, ``!``, ``?`` plus any
    closing quotes when the next word starts with a capital, digit or opening quote,
    except after abbreviations ("Mr.", "U.S.") and between digits ("3.5").
    """
    spans: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text):
        ls, le = line.span()
        start = ls
        for m in _END_RE.finditer(text, ls, le):
            if m.group(1) == "." and _is_abbreviation(text, m.start(1)):
                continue
            _add_span(text, start, m.end(2), spans)
            start = m.end(3)
        _add_span(text, start, le, spans)
    return spans


def _add_span(text: str, s: int, e: int, spans: list[tuple[int, int]]) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        spans.append((s, e))


_FRENCH_WORDS = re.compile(r"\b(?:le|la|les|des|du|une|et|dans|est|sont|selon|ont|été|par|pour|qui|sur)\b", re.I)
_ENGLISH_WORDS = re.compile(r"\b(?:the|and|of|was|were|is|are|said|by|for|who|on|in|with)\b", re.I)


def is_french(text: str) -> bool:
    """Whether a text is French rather than English, by its commonest small words: the
    article's language decides how its place names are written in the record (ACLED
    writes "Mogadishu" and "Timbuktu" where a French story says "Mogadiscio", "Tombouctou")."""
    return len(_FRENCH_WORDS.findall(text)) > len(_ENGLISH_WORDS.findall(text))
