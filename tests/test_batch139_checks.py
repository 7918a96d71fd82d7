"""Batch 139's unseen misses, read after its unread run (unit level): each assertion failed before its change."""

from __future__ import annotations

import datetime as dt

from summarizer.article import Article
from summarizer.claimscope import claims_of_this_event
from summarizer.schema import ArticleMeta, DateSpan, FatalityClaim, Location, Span
from summarizer.text import sentence_spans

BATIBO = (
    "Suspected Separatists Abduct Cameroon Government Official\n\n"
    "Cameroonian authorities continue to search for a senior regional official kidnapped Sunday by suspected "
    "separatist militants in the country's English-speaking northwest. The abduction followed the killing of three "
    "gendarmes that same day amid violence in other anglophone towns as officials tried to celebrate National Youth Day."
)


def test_another_attacks_dead_beside_an_abduction_are_not_its_toll() -> None:
    art = Article(text=BATIBO, sentences=sentence_spans(BATIBO), meta=ArticleMeta(published=dt.date(2018, 2, 12)))
    quote = BATIBO[BATIBO.index("The abduction") :]
    at = BATIBO.index(quote)
    span = Span(quote=quote, start=at, end=at + len(quote), status="exact")
    claim = FatalityClaim(low=3, high=3, victims="state_forces", claimant="Voice of America", quote=quote, span=span)
    where = Location(country="Cameroon", admin1=None, place=None)
    day = DateSpan(start=dt.date(2018, 2, 11), end=None, precision="day", text="Sunday")
    kept, moved, flags = claims_of_this_event([claim], art, where, day, "Abduction/forced disappearance")
    assert (kept, [c.low for c in moved]) == ([], [3]), flags
    # a killing's own figure doubted the same way stays, flagged: the doubt is the event's
    kept, moved, flags = claims_of_this_event([claim], art, where, day, "Attack")
    assert [c.low for c in kept] == [3] and any(f.startswith("claim_doubtful") for f in flags)


def test_a_name_cut_at_a_slash_spells_out_no_acronym() -> None:
    """Tambura: "the Sudan People's Liberation Movement/Army In Opposition (SPLM/A IO) ...
    SPLM-IO spokesperson": SPLM is no acronym of the name cut at the slash."""
    from summarizer.acronyms import find_acronyms

    text = (
        "Fighting erupted between the Sudan People's Liberation Movement/Army In Opposition (SPLM/A IO) and the "
        "army. But SPLM-IO spokesperson Lam Gabriel denied it. Later the Northern Liberation Army attacked; the NLA won."
    )
    found = find_acronyms(text)
    assert "SPLM" not in found
    assert found.get("NLA") == "Northern Liberation Army"
