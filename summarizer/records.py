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

from .acronyms import expand
from .actors import canonical_actor, is_named, is_raw
from .article import Article
from .claimcheck import check_claims
from .dates import event_date_phrases, find_date_phrase, resolve_date, statement_date
from .draft import DraftEvent
from .fatalities import totals
from .geo import admin1_country, country_name, locate, lookup
from .grounding import align
from .keywords import PROTEST_WORDS, classify
from .places import place_in_evidence
from .same_event import article_claim_key, pool_claims
from .schema import EVENT_TYPE_OF, Actor, DateSpan, Event, FatalityClaim, Location, Salience, Span
from .sides import orient_sides

#: an event dated this many days before publication is context, not news
BACKGROUND_AFTER_DAYS = 30


def _found(mention: str, text: str) -> bool:
    return bool(mention.strip()) and align(mention, text).status != "none"


def _evidence(numbers: list[int], art: Article, flags: list[str]) -> tuple[list[str], list[Span]]:
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
    return quotes, spans


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
    if any(classify(art.sentence_text(n - 1)) for n in cited):
        return cited, []
    with_deaths = {f.sentence + 1 for f in art.death_figures if f.scope == "event"}
    looked = [dc.sentence for dc in draft.claims if dc.sentence in with_deaths]
    looked += [m for n in cited for m in (n + 1, n - 1, n + 2) if m in with_deaths]
    found = [n for n in dict.fromkeys(looked) if art.sentence(n) is not None and classify(art.sentence_text(n - 1))]
    if not found:
        return cited, []
    return sorted(found[:3]), [f"evidence_replaced:{cited}->{sorted(found[:3])}"]


def _date(draft: DraftEvent, art: Article, evidence: list[str], flags: list[str]) -> DateSpan:
    """The event's date from the phrase attached to the event, never the day of a statement."""
    phrase = draft.date.strip()
    if phrase and not _found(phrase, art.text):
        flags.append("date_phrase_not_in_text")
        phrase = ""
    if phrase and statement_date(phrase, evidence):
        other = next((p for q in evidence for p in event_date_phrases(q) if p.lower() != phrase.lower()), None)
        if other:
            flags.append(f"date_of_statement_replaced:{phrase}->{other}")
            phrase = other
    if not phrase:
        for quote in evidence:
            found = event_date_phrases(quote) or ([f] if (f := find_date_phrase(quote)) else [])
            if found:
                phrase = found[0]
                break
    span = resolve_date(phrase or None, art.meta.published)
    if span.precision == "unknown" and phrase:
        flags.append("date_unresolved")
    return span


def _strip_country(phrase: str) -> tuple[str, str | None]:
    """'Menaka region of Mali' -> ('Menaka region', 'Mali'); "Cameroon's Southwest region"
    -> ('Southwest region', 'Cameroon'); small models often add the country."""
    possessive = re.match(r"^\s*([\w' -]+?)['’]s\s+(.+)$", phrase)
    if possessive and country_name(possessive.group(1)):
        rest, _ = _strip_country(possessive.group(2))
        return rest, country_name(possessive.group(1))
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


def _location(draft: DraftEvent, art: Article, evidence: list[str], flags: list[str]) -> Location:
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
    if loc.admin1 and admin1_country(loc.admin1, loc.country) is None:
        # admin1 comes from the gazetteer, never from the model's unresolved wording
        known = lookup(loc.place, country=loc.country) if loc.place else None
        flags.append(f"admin1_not_in_gazetteer:{loc.admin1}")
        loc = loc.model_copy(update={"admin1": known.admin1 if known else None})
    if loc.place is None:
        # the model named no town (or one the article does not contain): the evidence may
        found = place_in_evidence(evidence, loc.country or country)
        if found:
            better = locate(found, admin1=region or None, country=loc.country or country, text=found)
            if better.latitude is not None:
                flags.append(f"place_from_evidence:{found}")
                return better
    return loc


_VIOLENT_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians"}


def _actor(
    mention: str, kind: str, country: str | None, art: Article, flags: list[str], slot: str, sub_type: str
) -> Actor | None:
    """The canonical actor for the model's mention, read with the article's own acronyms:
    "PDF fighters" is the "People's Defence Forces" the article spelled out, not a generic
    armed group. A mention the article does not contain is not trusted for its country
    ("Nigerian soldiers" in a story about Niger): its generic side takes the event's
    country. State violence is done by a state's forces: "Government of X" acting in a
    battle or strike is coded "Military Forces of X", as ACLED does."""
    mention = mention.strip()
    if not mention:
        return None
    in_text = _found(mention, art.text)
    if not in_text:
        flags.append(f"{slot}_not_in_text")
    actor = canonical_actor(mention, country=country, fallback_type=kind)  # type: ignore[arg-type]
    if is_named(actor):
        return actor
    long = expand(mention, art.acronyms)
    if long:
        spelled = canonical_actor(long, country=country, fallback_type=kind)  # type: ignore[arg-type]
        if is_named(spelled) or is_raw(spelled, long):
            flags.append(f"{slot}_acronym_expanded:{long}")
            return spelled.model_copy(update={"aliases": [mention, long]})
    if country and not in_text and " of " in actor.name:
        generic_name = actor.name.rsplit(" of ", 1)[0]
        if not actor.name.endswith(f" of {country}") and generic_name in (
            "Military Forces",
            "Police Forces",
            "Government",
        ):
            flags.append(f"{slot}_country_from_event:{actor.name}")
            actor = actor.model_copy(update={"name": f"{generic_name} of {country}"})
    if EVENT_TYPE_OF.get(sub_type) in _VIOLENT_TYPES and actor.name.startswith("Government of "):
        actor = actor.model_copy(update={"name": "Military Forces of " + actor.name.removeprefix("Government of ")})
    return actor


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


def build_event(draft: DraftEvent, art: Article) -> tuple[Event, list[FatalityClaim]]:
    """One checked record from one draft event, and the cumulative death figures (context,
    never part of the event's totals) that its claims pointed at."""
    numbers, flags = evidence_sentences(draft, art)
    evidence, spans = _evidence(numbers, art, flags)
    sub_type = _checked_sub_type(draft, evidence, flags)
    date = _date(draft, art, evidence, flags)
    location = _location(draft, art, evidence, flags)
    actor1 = _actor(draft.actor1, draft.actor1_type, location.country, art, flags, "actor1", sub_type)
    actor2 = _actor(draft.actor2, draft.actor2_type, location.country, art, flags, "actor2", sub_type)
    if actor1 is None and actor2 is not None:
        actor1, actor2 = actor2, None
    if actor1 is None:
        actor1 = Actor(name="Unidentified Armed Group", type="Rebel group", aliases=[])
        flags.append("actor1_missing")
    actor1, actor2, side_flags = orient_sides(actor1, actor2, draft.actor1, draft.actor2, evidence, sub_type)
    flags += side_flags
    published = art.meta.published
    old = bool(published and date.end and (published - date.end) > dt.timedelta(BACKGROUND_AFTER_DAYS))
    claims, context, claim_flags = check_claims(draft.claims, art, [n - 1 for n in numbers], old_event=old)
    flags += claim_flags
    claims = pool_claims(claims, article_claim_key)
    sub_type = _armed_sides_check(sub_type, actor1, actor2, flags)
    fatalities, acled = totals(claims)
    salience: Salience = "main"  # the model is asked for news events only
    if old:
        salience = "background"
        flags.append("dated_long_before_publication")
    event = Event(
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
    return event, context
