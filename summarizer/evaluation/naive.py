"""The naive one-call floor, run by this project's scorer on any gold folder.

The issue that set the project's quality bar compares the pipeline with "a naive one-call
extraction": one call per article to the same embedded model, a short prompt, output
constrained to a JSON schema of the label's fields, and no checking or counting in code.
``../shared/gold/BASELINE.md`` reports it on the 21 first articles with another scorer;
here it runs beside the pipeline, on the same articles and with the same scorer, so a
claim that the pipeline beats it on unseen stories is a measured one (``summarizer eval
--naive``). The only code between the answer and the scorer is what the report's schema
needs to exist at all: the event type named by the sub-type, an ISO date read as one day,
and totals left as the model gave them (UCDP's low/best/high are not asked for).
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field

from summarizer.backends import get_backend
from summarizer.evaluation.runner import Extractor
from summarizer.prompts import describe_fields, template
from summarizer.schema import (
    EVENT_TYPE_OF,
    Actor,
    ActorType,
    ArticleMeta,
    DateSpan,
    Event,
    FatalityClaim,
    Location,
    Provenance,
    Report,
    Salience,
    SubEventType,
    Summary,
    SummaryCheck,
    Victims,
)
from summarizer.settings import Settings

__all__ = ["NAIVE_NAME", "NaiveAnswer", "naive_extractor"]

NAIVE_NAME = "naive one-call floor"
#: long enough for four events and a summary; the floor's answers average far less
MAX_TOKENS = 1400


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class NaiveActor(_Strict):
    name: str = Field(description="ACLED-style name, e.g. Military Forces of Mali, JNIM, Civilians")
    type: ActorType


class NaiveClaim(_Strict):
    low: int | None = Field(default=None, description="the figure, or its lower bound")
    high: int | None = Field(default=None, description="upper bound; null for 'at least N'")
    claimant: str = Field(description="who gives the figure; the outlet if nobody is cited")
    victims: Victims


class NaiveEvent(_Strict):
    salience: Salience
    sub_event_type: SubEventType
    date: str | None = Field(default=None, description="YYYY-MM-DD")
    country: str | None = None
    admin1: str | None = None
    place: str | None = None
    actor1: NaiveActor | None = None
    actor2: NaiveActor | None = None
    fatality_claims: list[NaiveClaim] = Field(default_factory=list, max_length=4)
    fatalities_acled: int | None = None
    evidence: list[str] = Field(default_factory=list, max_length=2)


class NaiveAnswer(_Strict):
    events: list[NaiveEvent] = Field(default_factory=list, max_length=4)
    summary: str = ""


def _system() -> tuple[str, str]:
    version, body = template("naive_system")
    return version, body.replace("{fields}", describe_fields(NaiveAnswer))


def _day(text: str | None) -> DateSpan:
    try:
        day = dt.date.fromisoformat((text or "").strip())
    except ValueError:
        return DateSpan(text=text)
    return DateSpan(start=day, end=day, precision="day", text=text)


def _actor(a: NaiveActor | None) -> Actor | None:
    return Actor(name=a.name.strip() or "Unidentified Armed Group", type=a.type) if a else None


def _event(e: NaiveEvent) -> Event:
    return Event(
        salience=e.salience,
        event_type=EVENT_TYPE_OF[e.sub_event_type],  # type: ignore[arg-type]
        sub_event_type=e.sub_event_type,
        date=_day(e.date),
        location=Location(country=e.country, admin1=e.admin1, place=e.place),
        actor1=_actor(e.actor1),
        actor2=_actor(e.actor2),
        fatality_claims=[
            FatalityClaim(low=c.low, high=c.high, claimant=c.claimant, victims=c.victims)
            for c in e.fatality_claims
            if (c.low is None or c.low >= 0) and (c.high is None or c.high >= 0)
        ],
        fatalities_acled=e.fatalities_acled if e.fatalities_acled is None or e.fatalities_acled >= 0 else None,
        evidence=e.evidence,
    )


def naive_extractor(settings: Settings) -> Extractor:
    """``extract(text, meta, id) -> Report`` by one schema-constrained call and nothing else."""
    backend = get_backend(settings)
    version, system = _system()

    def extract(text: str, meta: ArticleMeta, id: str) -> Report:
        published = meta.published.isoformat() if meta.published else "unknown"
        user = f"Published: {published}. Outlet: {meta.outlet or 'unknown'}.\n<article>\n{text}\n</article>"
        messages = [{"role": "system", "content": system}, {"role": "user", "content": user}]
        result = backend.complete(messages, NaiveAnswer, max_tokens=MAX_TOKENS)
        answer, usage = result.value, result.usage
        return Report(
            id=id,
            meta=meta,
            events=[_event(e) for e in answer.events],
            summary=Summary(text=answer.summary, check=SummaryCheck(passed=True)),
            provenance=Provenance(
                backend=backend.name,
                model=backend.model,
                prompt_version=version,
                tokens_in=usage.tokens_in,
                tokens_out=usage.tokens_out,
                model_seconds=usage.seconds,
                calls=usage.calls,
                retries=usage.retries,
            ),
        )

    return extract
