"""What the finders of events in the text share: the record of one event found (its
sentences, figures and date phrase), the sentences no coded event cites, and which coded
events a sentence with dead may be told again of.

Apart so that the finder of tolled events (``found_in_text.py``) and the finder of
events told without a toll (``found_unnumbered.py``) read the same facts the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .actors import canonical_actor
from .article import Article
from .claimcheck import recount_event
from .deaths import DeathFigure
from .keywords import classify
from .schema import Actor, DateSpan, Event, Location


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
    country: str | None = None  # across a border: the other country the sentence names its town in


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


#: a strike named with no weapon of its own
_A_STRIKE = re.compile(r"\bstrikes?\b", re.I)
_AIR_STRIKE = ("Explosions/Remote violence", "Air/drone strike")


def air_strike_told_before(art: Article, first: int, kind: tuple[str, str]) -> tuple[str, str]:
    """An air strike when the sentence's bare "strike" is one of the air strikes the two
    sentences before tell ("the U.S. military has carried out 60 airstrikes ... The 60th
    strike this year occurred on December 16 ..., killing one al-Shabab militant")."""
    if kind[1] not in ("Armed clash", "Attack") or not _A_STRIKE.search(art.sentence_text(first)):
        return kind
    if any(classify(art.sentence_text(i)) == _AIR_STRIKE for i in range(max(1, first - 2), first)):
        return _AIR_STRIKE
    return kind


def the_story_flyer(event: Event, events: list[Event]) -> Actor | None:
    """The one state or foreign force whose air strikes the model coded, for a found air
    strike whose owner the sentence does not name."""
    if (
        event.sub_event_type != "Air/drone strike"
        or event.actor1 is None
        or event.actor1.name != "Unidentified Armed Group"
    ):
        return None
    owners = {
        ev.actor1.name: ev.actor1
        for ev in events
        if ev.sub_event_type == "Air/drone strike"
        and ev.actor1 is not None
        and ev.actor1.type in ("State forces", "External/Other forces")
    }
    if len(owners) == 1:
        return next(iter(owners.values()))
    # "NATO says an air weapons team killed two insurgents": with no flyer coded, the force
    # that tells of the strike flew it (armed groups fly none)
    speakers = {
        a.name: a
        for c in event.fatality_claims
        if (a := canonical_actor(c.claimant)).type in _FLYERS and not a.name.startswith(("Police", "Government"))
    }
    return next(iter(speakers.values())) if len(speakers) == 1 and not owners else None


_FLYERS = ("State forces", "External/Other forces")


def joined_to_a_coded(found: Event, events: list[Event]) -> bool:
    """Give a found toll to the coded event it belongs to: one of the same kind, at the
    same place and day, that counts no dead ("a Saudi-led coalition airstrike in Yemen's
    capital killed two Houthi leaders ... at least 38 rebels had been killed in the strike
    on the Houthis' interior ministry building"). Returns whether it was joined."""
    same = [
        ev
        for ev in events
        if ev.salience == "main"
        and not ev.fatality_claims
        and ev.sub_event_type == found.sub_event_type
        and ev.date.start == found.date.start
        and (ev.location.place or "").lower() == (found.location.place or "").lower()
        and ev.location.admin1 == found.location.admin1
    ]
    if len(same) != 1:
        return False
    (coded,) = same
    coded.fatality_claims = found.fatality_claims
    recount_event(coded)
    coded.flags.append("toll_found_in_text")
    return True


def from_the_article(event: Event, where: str) -> bool:
    """Whether the records gave the event the story's town, not the place its sentence names."""
    return any(f.startswith("place_from_article:") and where.lower() not in f.lower() for f in event.flags)
