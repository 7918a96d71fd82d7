"""The small shape the model fills in: only what code cannot derive.

The model writes slowly (12-17 tokens/s on two cores), so it is asked for the readings
that need language understanding — which sentences describe which event, its sub-type,
the date phrase, the place as written, who fought whom, who claims which death figure —
and nothing the code can compute: event types follow from sub-types, dates are resolved
from phrases, places from the gazetteer, canonical actor names from the alias table,
totals from the claims, and quotes are the numbered sentences themselves (so every quote
is grounded by construction). The JSON schema of these models is what constrained
decoding enforces, and the prompt's field list is rendered from the same models.
"""

from __future__ import annotations

from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .schema import EVIDENCE_MAX_SENTENCES, ActorType, SubEventType, Victims
from .text import sentence_spans

MAX_EVENTS = 4


#: longest text kept per string field; longer answers are clipped in code
MAX_CHARS = {"summary": 600}
DEFAULT_MAX_CHARS = 80


class _Draft(BaseModel):
    """Strings carry no ``maxLength`` in the decoding schema on purpose: llama.cpp turns
    ``maxLength: N`` into N nested optional groups, and sampling inside a long string
    then slowed from ~8 to well under 1 token/s (a 410 s answer seen here). Lengths are
    bounded by ``max_tokens`` and clipped here instead."""

    model_config = ConfigDict(extra="ignore")

    @model_validator(mode="before")
    @classmethod
    def _clip(cls, data: Any) -> Any:
        if isinstance(data, dict):
            return {k: v[: MAX_CHARS.get(k, DEFAULT_MAX_CHARS)] if isinstance(v, str) else v for k, v in data.items()}
        return data


class DraftClaim(_Draft):
    """One death figure as the article gives it, with whoever gives it."""

    figure: str = Field(description="the number as written: 'six', 'at least 15', 'dozens'")
    victims: Victims = Field(description="who died")
    claimant: str = Field(description="who gives the figure: 'army', 'JNIM', 'residents'")
    sentence: int = Field(ge=0, description="number of the sentence that states the figure")


class DraftEvent(_Draft):
    """One event: one place, one day or continuous episode, one pair of opposing sides."""

    sentences: list[int] = Field(
        max_length=EVIDENCE_MAX_SENTENCES,
        description=f"numbers of the 1-{EVIDENCE_MAX_SENTENCES} sentences that show the event happened",
    )
    sub_event_type: SubEventType
    date: str = Field(description="phrase for the day the event happened ('on Tuesday', 'July 27'), or ''")
    place: str = Field(description="most specific town or village named, or ''")
    region: str = Field(description="region, province or state named, or ''")
    country: str = Field(description="country in English")
    actor1: str = Field(description="side that attacked or acted, as named")
    actor1_type: ActorType
    actor2: str = Field(description="the other side or the victims, as named, or ''")
    actor2_type: ActorType
    claims: list[DraftClaim] = Field(max_length=4, description="every death figure, one per figure and source")


class Draft(_Draft):
    #: only the first sentence of this field is used when there are events (the pipeline
    #: writes the rest from the records): a backend that can stop writing there may
    #: (``backends/leadonly.py``); the prompt still asks for the whole summary
    lead_only_field: ClassVar[str] = "summary"

    @staticmethod
    def begins_second_sentence(text: str) -> bool:
        """Whether ``text`` has begun a second sentence, by the splitter ``summary.compose``
        takes the lead with (so a stop there keeps exactly that lead)."""
        return len(sentence_spans(text)) >= 2

    events: list[DraftEvent] = Field(max_length=MAX_EVENTS)
    summary: str = Field(description="2-4 short neutral sentences; every death figure attributed")


class DraftMore(_Draft):
    """The answer to the second look: only events, at most two."""

    events: list[DraftEvent] = Field(max_length=2)


class DraftSummary(_Draft):
    """Used when the first summary failed the neutrality check and is asked for again."""

    summary: str = Field()
