"""The records this project reads and writes: the single source of the schema.

Everything else is derived from these models: the gold-label loader, the report written
by the pipeline, the CSV columns, and the JSON schema handed to the model for constrained
decoding (see ``draft.py`` for the smaller shape the model itself fills in).
Field names and enum spellings follow ``FORMAT.md`` exactly, so a gold label loads
into ``GoldLabel`` and a report's ``events`` can be scored against it without mapping.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

from .errors import redact
from .published import parse_published

SCHEMA_VERSION = "1.0"

EventType = Literal[
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Protests",
    "Riots",
    "Strategic developments",
]

# The sub-event taxonomy, written once: one Literal per event type, in ACLED's order.
BattleType = Literal["Armed clash", "Government regains territory", "Non-state actor overtakes territory"]
ExplosionType = Literal[
    "Chemical weapon",
    "Air/drone strike",
    "Suicide bomb",
    "Shelling/artillery/missile attack",
    "Remote explosive/landmine/IED",
    "Grenade",
]
CivilianViolenceType = Literal["Sexual violence", "Attack", "Abduction/forced disappearance"]
ProtestType = Literal["Peaceful protest", "Protest with intervention", "Excessive force against protesters"]
RiotType = Literal["Violent demonstration", "Mob violence"]
StrategicType = Literal[
    "Agreement",
    "Arrests",
    "Change to group/activity",
    "Disrupted weapons use",
    "Headquarters or base established",
    "Looting/property destruction",
    "Non-violent transfer of territory",
    "Other",
]

#: every sub-event type (nested Literals flatten: one list, the union of the six above)
SubEventType = Literal[BattleType, ExplosionType, CivilianViolenceType, ProtestType, RiotType, StrategicType]

#: event type -> its sub-event types
SUB_EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": get_args(BattleType),
    "Explosions/Remote violence": get_args(ExplosionType),
    "Violence against civilians": get_args(CivilianViolenceType),
    "Protests": get_args(ProtestType),
    "Riots": get_args(RiotType),
    "Strategic developments": get_args(StrategicType),
}
assert tuple(SUB_EVENT_TYPES) == get_args(EventType), "one sub-event list per event type"

#: sub-event type -> its event type ("Attack" only exists under Violence against civilians).
EVENT_TYPE_OF: dict[str, str] = {sub: et for et, subs in SUB_EVENT_TYPES.items() for sub in subs}

ActorType = Literal[
    "State forces",
    "Rebel group",
    "Political militia",
    "Identity militia",
    "Rioters",
    "Protesters",
    "Civilians",
    "External/Other forces",
]
Victims = Literal["state_forces", "non_state", "foreign_forces", "civilians", "mixed", "unknown"]
DatePrecision = Literal["day", "range", "week", "month", "year", "unknown"]
Salience = Literal["main", "background"]
AlignStatus = Literal["exact", "fuzzy", "none"]

# Sentence limits, one place for the prompt, the draft schema and the checks.
#: evidence sentences the model may cite per event
EVIDENCE_MAX_SENTENCES = 3
#: sentences the summary is asked for (the prompt) and checked against
SUMMARY_MIN_SENTENCES = 2
SUMMARY_MAX_SENTENCES = 4
#: a repaired summary may be shorter than asked; the neutrality check accepts from this many
SUMMARY_CHECK_MIN_SENTENCES = 1


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Span(_Model):
    """Where a quote sits in the article text; ``status`` says how it was found.

    ``text[start:end]`` is the aligned substring (for ``fuzzy`` it may differ from the
    quote in quotes, spaces or a few characters); ``none`` means no support was found and
    the item must not be presented as fact.
    """

    quote: str
    start: int | None = None
    end: int | None = None
    status: AlignStatus = "none"


class DateSpan(_Model):
    start: dt.date | None = None
    end: dt.date | None = None
    precision: DatePrecision = "unknown"
    text: str | None = None


class Location(_Model):
    country: str | None = None
    admin1: str | None = None
    place: str | None = None
    geo_precision: int = Field(default=3, ge=1, le=3)
    text: str | None = None
    latitude: float | None = None
    longitude: float | None = None


class Actor(_Model):
    name: str = Field(min_length=1)
    type: ActorType
    aliases: list[str] = Field(default_factory=list)


class FatalityClaim(_Model):
    low: int | None = Field(default=None, ge=0)
    high: int | None = Field(default=None, ge=0)
    victims: Victims = "unknown"
    claimant: str = ""
    quote: str = ""
    span: Span | None = None

    @model_validator(mode="after")
    def _ordered(self) -> FatalityClaim:
        if self.low is not None and self.high is not None and self.high < self.low:
            raise ValueError(f"high ({self.high}) is below low ({self.low})")
        return self


class Fatalities(_Model):
    low: int | None = None
    best: int | None = None
    high: int | None = None


class Event(_Model):
    salience: Salience = "main"
    event_type: EventType
    sub_event_type: SubEventType
    date: DateSpan = Field(default_factory=DateSpan)
    location: Location = Field(default_factory=Location)
    actor1: Actor | None = None
    actor2: Actor | None = None
    assoc_actors: list[Actor] = Field(default_factory=list)
    fatality_claims: list[FatalityClaim] = Field(default_factory=list)
    fatalities: Fatalities = Field(default_factory=Fatalities)
    fatalities_acled: int | None = None
    evidence: list[str] = Field(default_factory=list)
    #: one span per ``evidence`` item, same order (empty in gold labels).
    evidence_spans: list[Span] = Field(default_factory=list)
    #: what the checks found doubtful about this record ("evidence_not_found", ...).
    flags: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _sub_type_belongs(self) -> Event:
        if EVENT_TYPE_OF[self.sub_event_type] != self.event_type:
            raise ValueError(f"sub_event_type {self.sub_event_type!r} is not a kind of {self.event_type!r}")
        return self


class ArticleMeta(_Model):
    """What a user may know about an article besides its text (FORMAT.md: INPUT)."""

    title: str | None = None
    published: dt.date | None = None
    outlet: str | None = None
    language: str | None = None
    url: str | None = None

    @field_validator("url")
    @classmethod
    def _no_credentials(cls, v: str | None) -> str | None:
        # a report is shared and shown: never with a password that came in the article's URL
        return redact(v) if v else v

    @field_validator("published", mode="before")
    @classmethod
    def _read_date(cls, v: object, info: ValidationInfo) -> object:
        # ISO, RSS (RFC 2822) and written-out dates; "not shown" / "unknown" is no date, an
        # unreadable or impossible one is an error quoting it (``published.py``). The
        # validation context may carry the date order for 04/08/2023 (Settings.date_order).
        order = (info.context or {}).get("date_order", "strict") if isinstance(info.context, dict) else "strict"
        return parse_published(v, date_order=order)


class SummaryFact(_Model):
    fact: str
    key_terms: list[str]


class GoldLabel(_Model):
    id: str
    meta: ArticleMeta = Field(default_factory=ArticleMeta)
    events: list[Event] = Field(default_factory=list)
    summary_facts: list[SummaryFact] = Field(default_factory=list)
    notes: str = ""


class SummaryCheck(_Model):
    passed: bool
    loaded_words: list[str] = Field(default_factory=list)
    unsupported_figures: list[str] = Field(default_factory=list)
    unattributed_figures: list[str] = Field(default_factory=list)
    sentences: int = 0


class Summary(_Model):
    text: str
    check: SummaryCheck
    #: "model" (first answer kept), "model+records" (the model's lead and the article's own
    #: sentences, or the records' facts), "regenerated" (second answer), "repaired" (fixed in code)
    origin: Literal["model", "model+records", "regenerated", "repaired"] = "model"
    #: sentences of the summary copied from the article (``storyline.py``), word for word
    #: but for ", according to <source>" after a death figure the article states bare
    from_article: list[str] = Field(default_factory=list)


class Provenance(_Model):
    backend: str
    model: str
    prompt_version: str
    schema_version: str = SCHEMA_VERSION
    tokens_in: int = 0
    tokens_out: int = 0
    model_seconds: float = 0.0
    total_seconds: float = 0.0
    calls: int = 0
    retries: int = 0
    chunks: int = 1
    cached: bool = False


class Report(_Model):
    id: str
    meta: ArticleMeta = Field(default_factory=ArticleMeta)
    events: list[Event] = Field(default_factory=list)
    summary: Summary | None = None
    provenance: Provenance
    context_fatalities: list[FatalityClaim] = Field(
        default_factory=list,
        description="death figures whose scope is wider than one event (since the war began, this year): "
        "context for the reader, never added to an event's totals",
    )
    warnings: list[str] = Field(default_factory=list)
