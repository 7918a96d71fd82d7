"""Attacks a sentence counts as separate but tells together.

"In other violence, two NATO soldiers were killed Wednesday in two separate insurgent
attacks in the country's south and east": the model codes one event, and nothing else in
the article tells either attack apart. ACLED codes each attack. When one coded event is the
only one that cites such a sentence, it becomes as many events as the sentence counts
attacks (the same kind, day, place and sides); a toll of one per attack ("two soldiers ...
in two separate attacks") is split one each, any other toll stays whole on the first, since
the text does not say how it divides. Each added event is flagged ``split_separate_attacks``.
"""

from __future__ import annotations

import re

from .article import Article
from .claimcheck import recount_event
from .number_words import word_value
from .schema import Event

FLAG = "split_separate_attacks"

_SEPARATE = re.compile(
    r"\b(?:in|during)\s+(?P<k>two|three|2|3)\s+separate\s+(?:[\w-]+\s+){0,2}?"
    r"(?:attacks|shootings|incidents|bombings|blasts|explosions|ambushes|raids|strikes)\b",
    re.I,
)


def _count(art: Article, event: Event, events: list[Event]) -> tuple[int, int] | None:
    """(sentence start, number of attacks) of the one separate-attacks sentence only this event cites."""
    for span in event.evidence_spans:
        if span.start is None:
            continue
        index = next((i for i, (s, e) in enumerate(art.sentences) if s <= span.start < e), None)
        if index is None or index == 0:
            continue
        m = _SEPARATE.search(art.sentence_text(index))
        if m is None:
            continue
        start = art.sentences[index][0]
        cited_elsewhere = any(
            other is not event and any(sp.start == start for sp in other.evidence_spans) for other in events
        )
        k = int(m["k"]) if m["k"].isdigit() else word_value(m["k"].lower())
        if not cited_elsewhere and k is not None:
            return start, k
    return None


def split_separate_attacks(art: Article, events: list[Event]) -> list[Event]:
    """The added events for each coded event that alone tells several separate attacks."""
    out: list[Event] = []
    for event in [ev for ev in events if ev.salience == "main"]:
        counted = _count(art, event, events)
        if counted is None:
            continue
        start, k = counted
        told = [c for c in event.fatality_claims if c.span is not None and c.span.start == start]
        one_each = len(told) == 1 and told[0].low == k and told[0].high in (None, k)
        for _ in range(k - 1):
            copy = event.model_copy(deep=True)
            copy.fatality_claims = [c.model_copy(update={"low": 1, "high": 1}) for c in told] if one_each else []
            copy.flags = [*copy.flags, FLAG]
            recount_event(copy)
            out.append(copy)
        if one_each:
            event.fatality_claims = [
                c.model_copy(update={"low": 1, "high": 1}) if c is told[0] else c for c in event.fatality_claims
            ]
            recount_event(event)
    return out


__all__ = ["FLAG", "split_separate_attacks"]
