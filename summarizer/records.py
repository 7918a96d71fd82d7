"""Turn the model's draft events into checked ``Event`` records.

The model reads; this module checks and counts. Each step is a plain function over one
draft event: evidence is taken from the numbered sentences (so it is verbatim by
construction), mentions the model copied (place, actors, date phrase) are looked up in
the text and flagged when absent, dates are resolved against the publication date, places
come from the offline gazetteer, actor names from the alias table, and totals from the
claims. Anything without support in the text is flagged or dropped, never kept as fact.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from .actors import canonical_actor
from .dates import find_date_phrase, resolve_date
from .draft import DraftClaim, DraftEvent
from .fatalities import parse_figure, totals
from .geo import country_name, locate
from .grounding import align
from .keywords import PROTEST_WORDS, classify
from .same_event import merge_chunk_events as merge_events  # noqa: F401 - the chunk merge, imported by pipeline
from .same_event import same_chunk_event as same_event  # noqa: F401
from .schema import EVENT_TYPE_OF, Actor, ArticleMeta, DateSpan, Event, FatalityClaim, Location, Salience, Span

#: an event dated this many days before publication is context, not news
BACKGROUND_AFTER_DAYS = 30


@dataclass
class Article:
    """The article as the checks see it: text, its sentences, and what the user told us."""

    text: str
    sentences: list[tuple[int, int]]
    meta: ArticleMeta
    country_hint: str | None = None
    warnings: list[str] = field(default_factory=list)

    def sentence(self, number: int) -> tuple[int, int] | None:
        """Sentence by the 1-based number shown to the model."""
        if 1 <= number <= len(self.sentences):
            return self.sentences[number - 1]
        return None


def _found(mention: str, text: str) -> bool:
    return bool(mention.strip()) and align(mention, text).status != "none"


def _evidence(draft: DraftEvent, art: Article, flags: list[str]) -> tuple[list[str], list[Span]]:
    quotes: list[str] = []
    spans: list[Span] = []
    for n in dict.fromkeys(draft.sentences):
        span = art.sentence(n)
        if span is None:
            flags.append(f"evidence_sentence_{n}_out_of_range")
            continue
        s, e = span
        quotes.append(art.text[s:e])
        spans.append(Span(quote=art.text[s:e], start=s, end=e, status="exact"))
    if not quotes:
        flags.append("no_evidence")
    return quotes, spans


def _date(draft: DraftEvent, art: Article, evidence: list[str], flags: list[str]) -> DateSpan:
    phrase = draft.date.strip()
    if phrase and not _found(phrase, art.text):
        flags.append("date_phrase_not_in_text")
        phrase = ""
    if not phrase:
        for quote in evidence:
            found = find_date_phrase(quote)
            if found:
                phrase = found
                break
    span = resolve_date(phrase or None, art.meta.published)
    if span.precision == "unknown" and phrase:
        flags.append("date_unresolved")
    return span


def _strip_country(phrase: str) -> tuple[str, str | None]:
    """'Menaka region of Mali' -> ('Menaka region', 'Mali'); small models often append it."""
    parts = [p.strip() for p in re.split(r",|\bof\b|\bin\b", phrase) if p.strip()]
    country = None
    kept: list[str] = []
    for part in parts:
        named = country_name(part)
        if named and not kept and len(parts) == 1:
            return "", named
        if named:
            country = country or named
        else:
            kept.append(part)
    return (kept[0] if kept else ""), country


def _location(draft: DraftEvent, art: Article, flags: list[str]) -> Location:
    place, place_country = _strip_country(draft.place.strip())
    region, region_country = _strip_country(draft.region.strip())
    if place and not _found(place, art.text):
        flags.append("place_not_in_text")
        place = ""
    if region and not _found(region, art.text):
        region = ""
    country = country_name(draft.country) if draft.country.strip() else None
    country = country or place_country or region_country or art.country_hint
    loc = locate(place or None, admin1=region or None, country=country, text=place or region or None)
    return loc


def _actor(mention: str, kind: str, country: str | None, art: Article, flags: list[str], slot: str) -> Actor | None:
    mention = mention.strip()
    if not mention:
        return None
    if not _found(mention, art.text):
        flags.append(f"{slot}_not_in_text")
    return canonical_actor(mention, country=country, fallback_type=kind)  # type: ignore[arg-type]


def _claim(draft: DraftClaim, art: Article, evidence_spans: list[Span], flags: list[str]) -> FatalityClaim | None:
    figure = parse_figure(draft.figure)
    if figure is None:
        flags.append(f"claim_figure_unreadable:{draft.figure}")
        return None
    # Prefer the sentence the model named, then the event's evidence, then any sentence,
    # as long as the figure is really written there.
    candidates: list[tuple[int, int]] = []
    named = art.sentence(draft.sentence)
    if named:
        candidates.append(named)
    candidates += [(sp.start, sp.end) for sp in evidence_spans if sp.start is not None and sp.end is not None]
    candidates += art.sentences
    for s, e in candidates:
        sentence = art.text[s:e]
        if _figure_in(draft.figure, figure, sentence):
            figure = _with_qualifier(draft.figure, figure, sentence)
            claimant = draft.claimant.strip() or "outlet"
            if claimant.lower() in {"outlet", "the outlet", "article", "unknown", "none"}:
                claimant = art.meta.outlet or "outlet"
            return FatalityClaim(
                low=figure[0],
                high=figure[1],
                victims=draft.victims,
                claimant=claimant,
                quote=sentence,
                span=Span(quote=sentence, start=s, end=e, status="exact"),
            )
    flags.append(f"claim_not_in_text:{draft.figure}")
    return None


_QUALIFIER = re.compile(
    r"(?:at least|more than|over|nearly|almost|about|around|some|up to|as many as|"
    r"au moins|plus de|près de|pres de|environ|jusqu'à)\s+$",
    re.IGNORECASE,
)


def _with_qualifier(raw: str, figure: tuple[int | None, int | None], sentence: str) -> tuple[int | None, int | None]:
    """Re-read the figure with the words before it in the sentence ("at least" + "15").

    The model often copies only the number; the qualifier changes the claim (15/15 vs
    15/open), so the sentence, not the model, decides.
    """
    number = raw.split()[0] if raw.split() else raw
    for match in re.finditer(re.escape(number), sentence, flags=re.IGNORECASE):
        before = sentence[max(0, match.start() - 30) : match.start()]
        qual = _QUALIFIER.search(before)
        if qual:
            reparsed = parse_figure(before[qual.start() :] + sentence[match.start() : match.end()])
            if reparsed and reparsed[0] == figure[0]:
                return reparsed
    return figure


def _figure_in(raw: str, figure: tuple[int | None, int | None], sentence: str) -> bool:
    if _found(raw, sentence):
        return True
    # "15" written as "fifteen" (or the reverse): compare parsed numbers in the sentence
    low = figure[0]
    if low is None:
        return False
    for token in re.findall(r"[\w’'-]+(?:\s+[\w’'-]+)?", sentence):
        parsed = parse_figure(token)
        if parsed and parsed[0] == low:
            return True
    return False


def _checked_sub_type(draft: DraftEvent, evidence: list[str], flags: list[str]) -> str:
    """Keep the model's sub-type unless the evidence contradicts it.

    The small model falls back on "Violent demonstration" for events with no protest in
    them (a missile strike, a massacre); a protest or riot type needs a protest word in
    the evidence, otherwise the keyword rules type the event.
    """
    sub = draft.sub_event_type
    joined = " ".join(evidence)
    if EVENT_TYPE_OF[sub] in {"Protests", "Riots"} and not PROTEST_WORDS.search(joined):
        found = classify(joined)
        if found and found[0] not in {"Protests", "Riots"}:
            flags.append(f"sub_type_corrected_from:{sub}")
            return found[1]
    return sub


_ARMED_TYPES = {"State forces", "Rebel group", "Political militia", "Identity militia", "External/Other forces"}


def _armed_sides_check(sub: str, actor1: Actor | None, actor2: Actor | None, flags: list[str]) -> str:
    """Violence against civilians needs an unarmed target: an "Attack" by one armed side on
    another (militants ambushing an army convoy) is an armed clash in ACLED's codebook,
    and the small model calls most ambushes "Attack"."""
    if (
        sub == "Attack"
        and actor1 is not None
        and actor2 is not None
        and actor1.type in _ARMED_TYPES
        and actor2.type in _ARMED_TYPES
    ):
        flags.append("sub_type_corrected_from:Attack")
        return "Armed clash"
    return sub


def is_conflict_event(event: Event) -> bool:
    """Whether the evidence names any violence, protest or strategic act at all.

    Diplomacy, sanctions and humanitarian stories make the model invent an event; with no
    conflict keyword in its evidence it is dropped (and reported in the warnings).
    """
    return classify(" ".join(event.evidence)) is not None


def build_event(draft: DraftEvent, art: Article) -> Event:
    """One checked record from one draft event."""
    flags: list[str] = []
    evidence, spans = _evidence(draft, art, flags)
    sub_type = _checked_sub_type(draft, evidence, flags)
    date = _date(draft, art, evidence, flags)
    location = _location(draft, art, flags)
    actor1 = _actor(draft.actor1, draft.actor1_type, location.country, art, flags, "actor1")
    actor2 = _actor(draft.actor2, draft.actor2_type, location.country, art, flags, "actor2")
    if actor1 is None and actor2 is not None:
        actor1, actor2 = actor2, None
    if actor1 is None:
        actor1 = Actor(name="Unidentified Armed Group", type="Rebel group", aliases=[])
        flags.append("actor1_missing")
    claims: list[FatalityClaim] = []
    seen: set[tuple[object, ...]] = set()
    for dc in draft.claims:
        claim = _claim(dc, art, spans, flags)
        if claim is None:
            continue
        key = (claim.low, claim.high, claim.victims, claim.claimant.lower())
        if key not in seen:
            seen.add(key)
            claims.append(claim)
    sub_type = _armed_sides_check(sub_type, actor1, actor2, flags)
    fatalities, acled = totals(claims)
    salience: Salience = "main"  # the model is asked for news events only
    published = art.meta.published
    if salience == "main" and published and date.end and (published - date.end) > dt.timedelta(BACKGROUND_AFTER_DAYS):
        salience = "background"
        flags.append("dated_long_before_publication")
    return Event(
        salience=salience,
        event_type=EVENT_TYPE_OF[sub_type],  # type: ignore[arg-type]
        sub_event_type=sub_type,  # type: ignore[arg-type]
        date=date,
        location=location,
        actor1=actor1,
        actor2=actor2,
        fatality_claims=claims,
        fatalities=fatalities,
        fatalities_acled=acled if acled is not None else 0,
        evidence=evidence,
        evidence_spans=spans,
        flags=flags,
    )
