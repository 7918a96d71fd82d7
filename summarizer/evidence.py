"""The evidence of one draft event: the sentences it cites, read again when they name no violence.

Evidence is taken from the numbered sentences the model cites, so it is verbatim by
construction. The small model sometimes cites the title, a photo caption or a copyright
line; before the event is doubted, the sentences where its own death figures stand are
read (``evidence_sentences``).
"""

from __future__ import annotations

import re

from .article import Article
from .draft import DraftEvent
from .keywords import classify
from .schema import Span
from .separate_parts import one_happening
from .territory import territory_taken

Flags = list[str]


def evidence_quotes(numbers: list[int], art: Article) -> tuple[tuple[list[str], list[Span]], Flags]:
    """((quotes, spans), flags): the cited sentences themselves, so evidence is verbatim."""
    flags: Flags = []
    quotes: list[str] = []
    spans: list[Span] = []
    for n in dict.fromkeys(numbers):
        span = art.sentence(n)
        if span is None:
            flags.append(f"evidence_sentence_{n}_out_of_range")
            continue
        s, e = span
        quotes.append(art.text[s:e])
        spans.append(Span(quote=art.text[s:e], start=s, end=e, status="exact"))
    if not quotes:
        flags.append("no_evidence")
    return (quotes, spans), flags


def evidence_sentences(draft: DraftEvent, art: Article) -> tuple[list[int], list[str]]:
    """(1-based sentence numbers, flags): the model's evidence, looked at again when it
    names no violence at all.

    The model sometimes cites the title, a photo caption or a copyright line. Before the
    event is doubted, the sentences where its own death figures stand, and the cited
    sentences' neighbours that hold a death figure, are read: those with a conflict word
    (English or French) become the evidence. An event with neither (a speech, a sanctions
    story) keeps its evidence and is then dropped by ``is_conflict_event``.
    """
    cited = [n for n in dict.fromkeys(draft.sentences) if art.sentence(n) is not None]
    flags: list[str] = []
    captions = [n for n in cited if is_caption(art, n - 1)]
    if captions and len(captions) < len(cited):
        # a photo's caption and credit ("Une vue du site ..., février 2017. (VOA/...)")
        # date and place the photo, not the event
        flags.append(f"evidence_caption_dropped:{captions}")
        cited = [n for n in cited if n not in captions]
    cited, split = one_happening(cited, draft, art)  # "Separately, an overnight roadside bombing ..."
    flags += split
    title_only = cited == [1] and len(art.sentences) > 1
    if not title_only and any(
        classify(art.sentence_text(n - 1)) or territory_taken(art.sentence_text(n - 1)) for n in cited
    ):
        return cited, flags
    with_deaths = {f.sentence + 1 for f in art.death_figures if f.scope == "event"}
    looked = [dc.sentence for dc in draft.claims if dc.sentence in with_deaths and dc.sentence > 1]
    if title_only:
        # the headline alone: the sentence its toll stands in, or else the body's first
        # toll (one sentence: the next ones may be other events)
        looked = looked or sorted(n for n in with_deaths if n > 1)[:1] or [2]  # else the lead tells it
    else:
        looked += [m for n in [*cited, *captions] for m in (n + 1, n - 1, n + 2) if m in with_deaths]
    found = [
        n
        for n in dict.fromkeys(looked)
        if n > 1 and art.sentence(n) is not None and classify(art.sentence_text(n - 1)) and not is_caption(art, n - 1)
    ]
    if not found and any(n in with_deaths for n in cited):
        # "blamed each other ... for the deaths of more than 20 civilians": the dead are
        # counted where no violence is named; the next sentences may name what killed them
        # ("blame Saudi-led airstrikes while Saudi television says the Houthis killed")
        last = max(cited)
        found = [m for m in (last + 1, last + 2) if art.sentence(m) is not None and _tells_a_killing(art, m - 1)][:1]
    if not found:
        return cited, flags
    kept = sorted({*(cited if title_only else []), *found[:3]})
    return kept, [*flags, f"evidence_replaced:{cited}->{kept}"]


#: a photo credit standing as its own "sentence": "(VOA/Freeman Sipila)", "(AFP Photo)"
_CREDIT = re.compile(r"^\(\s*(?:VOA|AFP|Reuters|AP|Photo|File|Getty|EPA|Courtesy)\b[^()]{0,60}\)\W*$", re.I)


def is_caption(art: Article, index: int) -> bool:
    """Whether 0-based sentence ``index`` is a photo credit, or the caption it closes (the
    sentence just before it on the same line)."""
    if _CREDIT.match(art.sentence_text(index).strip()):
        return True
    if index + 1 >= len(art.sentences):
        return False
    between = art.text[art.sentences[index][1] : art.sentences[index + 1][0]]
    return "\n" not in between and bool(_CREDIT.match(art.sentence_text(index + 1).strip()))


__all__ = ["evidence_quotes", "evidence_sentences", "is_caption"]


def _tells_a_killing(art: Article, index: int) -> bool:
    """Whether the sentence names violence that kills (not a protest or a deal)."""
    kind = classify(art.sentence_text(index))
    return kind is not None and kind[0] in ("Battles", "Explosions/Remote violence", "Violence against civilians")
