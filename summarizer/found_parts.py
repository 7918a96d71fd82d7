"""What the finders of events in the text share: the record of one event found (its
sentences, figures and date phrase), the sentences no coded event cites, and which coded
events a sentence with dead may be told again of.

Apart so that the finder of tolled events (``found_in_text.py``) and the finder of
events told without a toll (``found_unnumbered.py``) read the same facts the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .article import Article
from .deaths import DeathFigure
from .schema import DateSpan, Event, Location


@dataclass
class Found:
    """The sentences (0-based) of one event found in the text, and its date phrase."""

    where: str | None
    date: str
    own_date: bool
    sentences: list[int] = field(default_factory=list)
    figures: list[DeathFigure] = field(default_factory=list)
    apart: bool = False  # told as another happening and placed nowhere
    territory: tuple[str, str] | None = None  # a town changing hands (``territory.py``)


#: kinds of event that tell no killing: a sentence with dead is never one of them
NO_DEAD_KINDS = frozenset(
    {"Agreement", "Peaceful protest", "Change to group/activity", "Headquarters or base established"}
)


def may_have_dead(event: Event) -> bool:
    """Whether the coded event may be a killing told again (a deal signed or a march held never is)."""
    return event.sub_event_type not in NO_DEAD_KINDS


def uncovered_sentences_of(art: Article, events: list[Event]) -> list[int]:
    """0-based sentences (after the title) that no event cites as evidence."""
    spans = {(sp.start, sp.end) for ev in events for sp in ev.evidence_spans}
    return [i for i, se in enumerate(art.sentences) if i > 0 and se not in spans]


def as_code_told(event: Event, told_date: bool, art: Article) -> None:
    """A found event's finishing touches (in place): the story's day when its sentence
    gives none (flagged), and no alias the article does not write (a side the code named,
    "police" or "people", is no way the article names it)."""
    if not told_date and art.meta.published is not None:
        day = art.meta.published
        event.date = DateSpan(start=day, end=day, precision="day", text=None)
        event.flags.append("date_of_the_story")
    for actor in (event.actor1, event.actor2):
        if actor is not None:
            actor.aliases = [a for a in actor.aliases if a.lower() in art.text.lower()]


__all__ = ["NO_DEAD_KINDS", "Found", "as_code_told", "may_have_dead", "uncovered_sentences_of"]


def at_country_level_unless_placed(event: Event, placed: bool) -> None:
    """A found event whose sentence names no place stays at the country's level (in place):
    the story's town, which the records took from the article, is not where it happened."""
    if placed or not any(f.startswith("place_from_article:") for f in event.flags):
        return
    event.location = Location(country=event.location.country, geo_precision=3)
    event.flags = [f for f in event.flags if not f.startswith("place_from_article:")]
