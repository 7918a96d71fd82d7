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

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from .schema import ActorType, SubEventType, Victims

MAX_EVENTS = 6


class _Draft(BaseModel):
    model_config = ConfigDict(extra="ignore")


class DraftClaim(_Draft):
    """One death figure as the article gives it, with whoever gives it."""

    figure: str = Field(max_length=40, description="the number as written: 'six', 'at least 15', 'dozens'")
    victims: Victims = Field(description="who died")
    claimant: str = Field(max_length=50, description="who gives the figure: 'army', 'JNIM', 'residents'")
    sentence: int = Field(ge=0, description="number of the sentence that states the figure")


class DraftEvent(_Draft):
    """One event: one place, one day or continuous episode, one pair of opposing sides."""

    sentences: list[int] = Field(max_length=3, description="numbers of the 1-3 sentences that show the event happened")
    salience: Literal["main", "background"] = Field(
        description="main = reported as news; background = earlier event mentioned for context"
    )
    sub_event_type: SubEventType
    date: str = Field(
        max_length=40, description="phrase for the day the event happened ('on Tuesday', 'July 27'), or ''"
    )
    place: str = Field(max_length=40, description="most specific town or village named, or ''")
    region: str = Field(max_length=40, description="region, province or state named, or ''")
    country: str = Field(max_length=30)
    actor1: str = Field(max_length=50, description="side that attacked or acted, as named")
    actor1_type: ActorType
    actor2: str = Field(max_length=50, description="the other side or the victims, as named, or ''")
    actor2_type: ActorType
    claims: list[DraftClaim] = Field(max_length=6, description="every death figure, one per figure and source")


class Draft(_Draft):
    events: list[DraftEvent] = Field(max_length=MAX_EVENTS)
    summary: str = Field(max_length=450, description="2-4 short neutral sentences; every death figure attributed")


class DraftSummary(_Draft):
    """Used when the first summary failed the neutrality check and is asked for again."""

    summary: str = Field(max_length=450)
