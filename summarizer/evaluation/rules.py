"""The rule-based floor: events and a summary from keyword rules, no model at all.

Any pipeline worth its model must beat this, so the eval shows it beside the model. It is
deliberately plain and predictable:

- the event sentence is the first sentence (title included) that a keyword rule fires
  on; the rule (first match in ``TYPE_RULES``) gives the type; at most ONE main event
  per article, none when no rule fires;
- the date is the first date phrase in the event sentence or the next three sentences,
  resolved by ``summarizer.dates``; without one, the publication day;
- the place is the first capitalised name after "in / near / at / outside / of" that
  ``summarizer.geo.locate`` knows (a town with coordinates, or a region), in the event
  sentence or the next three; the country comes from ``geo.guess_country``;
- the sides are the first two different actors named in the event sentence
  (``summarizer.actors.canonical_actor``, or a minimal local alias table while that
  module is absent); violence against civilians gets Civilians as the target;
- every death figure in the first ``CLAIM_SENTENCES`` sentences becomes a claim,
  attributed to the speaker found by a "said / according to" pattern, else the outlet;
  totals follow ``summarizer.fatalities.totals``;
- the summary is the article's lead: its first three body sentences.
"""

from __future__ import annotations

import datetime as dt
import re
import time

from summarizer import dates, fatalities, geo
from summarizer.actors import canonical_actor
from summarizer.evaluation.summary import neutrality_checker
from summarizer.keywords import classify
from summarizer.schema import (
    Actor,
    ArticleMeta,
    DateSpan,
    Event,
    FatalityClaim,
    Location,
    Provenance,
    Report,
    Summary,
)
from summarizer.text import sentence_spans

_ACTOR_MENTIONS = re.compile(
    r"\b(JNIM|GSIM|ISGS|ISWAP|Boko Haram|(?:al[- ])?Shabaab|Taliban|Islamic State|Wagner|Hamas|Hezbollah"
    r"|gunmen|militants?|jihadists?|terrorists?|insurgents?|rebels?|assailants?|attackers?|fighters?|extremists?"
    r"|soldiers?|troops?|army|military|police|security forces|protesters?|demonstrators?|civilians?"
    r"|villagers?|residents?|worshippers?|tourists?)\b",
    re.I,
)
_PLACE = re.compile(
    r"\b(?:in|near|at|outside|of|around|to|from)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?"
    r"((?:[A-Z][\w'’-]+)(?:[ -][A-Z][\w'’-]+){0,2})"
)
_DEATHS = re.compile(r"\b(killed|kill|dead|died|deaths?|toll|lost|slain|massacred|lives)\b", re.I)
_SAID_BY = re.compile(
    r"according to ([^,.;:]{3,60})|([A-Z][^,.;:“”\"]{2,60}?) (?:said|says|told|claimed|reported|announced)"
    r"|(?:said|says|claimed) ((?:the )?[A-Z][^,.;:]{2,50})",
)
_VICTIMS = [
    (re.compile(r"\b(soldiers?|troops|servicem[ae]n|police\w*|gendarm\w*)\b", re.I), "state_forces"),
    (re.compile(r"\b(civilians?|villagers?|residents|people|tourists|worshippers)\b", re.I), "civilians"),
    (re.compile(r"\b(militants?|jihadists?|terrorists?|insurgents?|assailants?|attackers?|fighters)\b", re.I),
     "non_state"),
]  # fmt: skip

CLAIM_SENTENCES = 8
LEAD_SENTENCES = 3


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


def find_date(sentences: list[str], published: dt.date | None) -> DateSpan:
    for sentence in sentences:
        phrase = dates.find_date_phrase(sentence)
        if phrase:
            span = dates.resolve_date(phrase, published)
            if span.start is not None:
                return span
    if published is None:
        return DateSpan()
    return DateSpan(start=published, end=published, precision="day")


def find_location(sentences: list[str], country: str | None) -> Location:
    for sentence in sentences:
        for m in _PLACE.finditer(sentence):
            loc = geo.locate(m.group(1), country=country, text=m.group(0))
            # A known town has coordinates; an unknown capitalised word ("Sunday") does not.
            if loc.latitude is not None or (loc.admin1 and not loc.place):
                return loc
    return Location(country=country, geo_precision=3)


def find_actors(sentence: str, country: str | None, sub_type: str) -> tuple[Actor | None, Actor | None]:
    found: list[Actor] = []
    for m in _ACTOR_MENTIONS.finditer(sentence):
        actor = canonical_actor(m.group(0), country=country)
        if all(actor.name != a.name for a in found):
            found.append(actor)
    if sub_type == "Peaceful protest":
        return (found[0] if found else None), None
    a1 = found[0] if found else None
    a2 = found[1] if len(found) > 1 else None
    if sub_type == "Attack" and (a2 is None or a2.type != "Civilians"):
        civilians = canonical_actor("civilians", country=country)
        a1, a2 = (a1 if a1 and a1.type != "Civilians" else None), civilians
    return a1, a2


def find_claims(sentences: list[str]) -> list[FatalityClaim]:
    claims: list[FatalityClaim] = []
    for sentence in sentences[:CLAIM_SENTENCES]:
        if not _DEATHS.search(sentence):
            continue
        figure = fatalities.parse_figure(sentence)
        if figure is None:
            continue
        said = _SAID_BY.search(sentence)
        claimant = next((g for g in said.groups() if g), "").strip() if said else "outlet"
        victims = next((v for p, v in _VICTIMS if p.search(sentence)), "unknown")
        low, high = figure
        claim = FatalityClaim(low=low, high=high, victims=victims, claimant=claimant, quote=sentence)  # type: ignore[arg-type]
        if not any((c.low, c.high, c.claimant) == (low, high, claimant) for c in claims):
            claims.append(claim)
    return claims


def extract_rules(text: str, meta: ArticleMeta, id: str) -> Report:
    """The floor's report for one article (see the module docstring for every rule)."""
    started = time.perf_counter()
    sentences = _sentences(text)
    country = geo.guess_country(text)
    events: list[Event] = []
    for index, sentence in enumerate(sentences):
        kind = classify(sentence)
        if kind is None:
            continue
        event_type, sub_type = kind
        window = sentences[index : index + 4]
        fat, acled = fatalities.totals(claims := find_claims(sentences))
        a1, a2 = find_actors(sentence, country, sub_type)
        events.append(
            Event.model_validate(
                {
                    "event_type": event_type,
                    "sub_event_type": sub_type,
                    "date": find_date(window, meta.published),
                    "location": find_location(window, country),
                    "actor1": a1,
                    "actor2": a2,
                    "fatality_claims": claims,
                    "fatalities": fat,
                    "fatalities_acled": acled,
                    "evidence": [sentence],
                }
            )
        )
        break
    lead = " ".join(sentences[1 : 1 + LEAD_SENTENCES]) or " ".join(sentences[:1])
    summary = Summary(text=lead, check=neutrality_checker()(lead, text)) if lead else None
    seconds = time.perf_counter() - started
    return Report(
        id=id,
        meta=meta,
        events=events,
        summary=summary,
        provenance=Provenance(backend="rules", model="rules", prompt_version="none", total_seconds=seconds),
    )
