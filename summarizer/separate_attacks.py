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
from .places import regions_listed
from .schema import Event, Location

FLAG = "split_separate_attacks"

_SEPARATE = re.compile(
    r"\b(?:in|during)\s+(?P<k>two|three|2|3)\s+separate\s+(?:[\w-]+\s+){0,2}?"
    r"(?:attacks|shootings|incidents|bombings|blasts|explosions|ambushes|raids|strikes)\b"
    r"|\b(?:dans|lors\s+de|en)\s+(?P<fr>deux|trois|2|3)\s+(?:attaques|embuscades|attentats|explosions)"
    r"(?:\s+(?:distinctes|s[ée]par[ée]es))?\b",
    re.I,
)
#: the same without "separate": counted attacks that the sentence must place one by one
_COUNTED = re.compile(
    r"\b(?:in|during)\s+(?P<k>two|three|2|3)\s+(?:[\w-]+\s+)?"
    r"(?:attacks|bombings|ambushes|raids)\s+(?:in|on)\b",
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
        sentence = art.sentence_text(index)
        m = _SEPARATE.search(sentence) or _COUNTED.search(sentence)
        if m is None:
            continue
        start = art.sentences[index][0]
        cited_elsewhere = any(
            other is not event and any(sp.start == start for sp in other.evidence_spans) for other in events
        )
        said = m["k"] or m.groupdict().get("fr") or ""
        k = int(said) if said.isdigit() else _WORDS.get(said.lower()) or word_value(said.lower())
        if m.re is _COUNTED and len(_regions(sentence, event)) != k:
            continue  # without "separate", only attacks placed one region each are told apart
        if not cited_elsewhere and k is not None:
            return start, k
    return None


_WORDS = {"deux": 2, "trois": 3}


def _regions(sentence: str, event: Event) -> list[str]:
    country = event.location.country
    return regions_listed(sentence, country) if country else []


def split_separate_attacks(art: Article, events: list[Event]) -> list[Event]:
    """The added events for each coded event that alone tells several separate attacks."""
    out: list[Event] = []
    for event in [ev for ev in events if ev.salience == "main"]:
        counted = _count(art, event, events)
        if counted is None:
            continue
        start, k = counted
        sentence = art.sentence_text(next(i for i, (s, _) in enumerate(art.sentences) if s == start))
        regions = _regions(sentence, event)
        regions = regions if len(regions) == k and not _placed_apart(regions, event, events) else []
        told = [c for c in event.fatality_claims if c.span is not None and c.span.start == start]
        one_each = len(told) == 1 and told[0].low == k and told[0].high in (None, k)
        for n in range(k - 1):
            copy = event.model_copy(deep=True)
            if regions:
                copy.location = _in_region(regions[n + 1], event)
            copy.fatality_claims = [c.model_copy(update={"low": 1, "high": 1}) for c in told] if one_each else []
            copy.flags = [*copy.flags, FLAG]
            recount_event(copy)
            out.append(copy)
        if one_each:
            event.fatality_claims = [
                c.model_copy(update={"low": 1, "high": 1}) if c is told[0] else c for c in event.fatality_claims
            ]
            recount_event(event)
        if regions:
            # a toll told for all the attacks stays on the first-named one (ACLED, gold)
            event.location = _in_region(regions[0], event)
            event.flags = [*event.flags, f"{FLAG}:placed_in_order"]
    return out


def _placed_apart(regions: list[str], event: Event, events: list[Event]) -> bool:
    """Whether another main event already stands in one of the regions: then the model
    told the attacks apart itself and the sentence is their summary."""
    return any(other is not event and other.salience == "main" and other.location.admin1 in regions for other in events)


def _in_region(region: str, event: Event) -> Location:
    """The event placed by its region alone: the sentence names no town for it."""
    same = event.location.admin1 == region
    return (
        event.location.model_copy()
        if same and event.location.place
        else Location(country=event.location.country, admin1=region, geo_precision=3, text=region)
    )


__all__ = ["FLAG", "split_separate_attacks"]
