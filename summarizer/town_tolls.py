"""A toll the place check moved off an event because its clause names another town.

"One person was shot dead in the capital, Lome, while three others were killed in Togo's
second-largest city of Sokode": the model codes one event, at Lome, and the place check
(``claimscope.claims_of_this_event``) moves the three to the context as another town's
(``claim_names_another_place:3 (Sokode)``). Those three died in a happening of their own,
which ACLED codes apart: one place, one event. The sentence is cited by the Lome event, so
the found-event pass (``found_in_text.py``), which reads only sentences nobody cites,
never sees it. Here each moved figure whose town no event is at becomes an event there:
the cited event's kind, day and sides (as for a clause told apart, ``clause_events.py``),
the figure's own claim and claimant, flagged ``found_at_named_town``.
"""

from __future__ import annotations

import re

from .article import Article
from .claimcheck import claimant_for, recount_event, to_claim
from .clause_events import side_mention
from .clauses import clause_of
from .draft import DraftClaim, DraftEvent
from .folding import fold
from .found_signals import NO_FIGHT_DEATH
from .lead_places import place_lead_tolls
from .records import build_event, is_conflict_event
from .schema import Event

FLAG = "found_at_named_town"

_MOVED = re.compile(r"claim_names_another_place:(?P<n>\d+) \((?P<town>[^)]+)\)$")


def _is_at(town: str, events: list[Event]) -> bool:
    key = fold(town).lower()
    return any(key in {fold(w).lower() for w in (ev.location.place, ev.location.admin1) if w} for ev in events)


def tolls_of_named_towns(art: Article, events: list[Event]) -> list[Event]:
    """Events for the figures moved off an event as another named town's dead; first, an
    event with no town takes the town where a later sentence tells its lead toll again
    (``lead_places.py``)."""
    place_lead_tolls(art, events)
    out: list[Event] = []
    for event in [ev for ev in events if ev.salience == "main" and ev.location.country]:
        for flag in event.flags:
            m = _MOVED.match(flag)
            if m is None or _is_at(m.group("town"), [*events, *out]):
                continue
            value, town = int(m.group("n")), m.group("town")
            figure = next(
                (
                    f
                    for f in art.death_figures
                    if f.low == value
                    and f.high == value
                    and f.scope == "event"
                    and not f.vague
                    and town in art.sentence_text(f.sentence)
                    # the town is told after the figure's start: its clause, not the sentence's first
                    and art.text.find(town, f.start) != -1
                ),
                None,
            )
            if figure is None:
                continue
            told = art.sentence_text(figure.sentence)
            if NO_FIGHT_DEATH.search(clause_of(told, figure.start - art.sentences[figure.sentence][0])):
                continue  # "Three were killed in a road accident near Balad": no conflict event
            draft = DraftEvent(
                sentences=[figure.sentence + 1],
                sub_event_type=event.sub_event_type,
                date=event.date.start.isoformat() if event.date.start else "",
                place=town,
                region="",
                country=event.location.country or "",
                actor1=side_mention(event, "actor1"),
                actor1_type=event.actor1.type if event.actor1 else "Rebel group",
                actor2=side_mention(event, "actor2"),
                actor2_type=event.actor2.type if event.actor2 else "Civilians",
                claims=[
                    DraftClaim(
                        figure=figure.text,
                        victims=figure.victims,
                        claimant=figure.claimant or "",
                        sentence=figure.sentence + 1,
                    )
                ],
            )
            found, _ = build_event(draft, art)
            if found.location.place is None or fold(found.location.place).lower() != fold(town).lower():
                continue  # the gazetteer does not know the town: no event placed by guess
            # the same happening's kind, day and sides as the event the sentence tells first
            found.date = event.date.model_copy()
            found.event_type, found.sub_event_type = event.event_type, event.sub_event_type
            found.actor1 = event.actor1.model_copy() if event.actor1 else None
            found.actor2 = event.actor2.model_copy() if event.actor2 else None
            found.fatality_claims = [to_claim(figure, figure.victims, claimant_for(figure, "", art), art)]
            found.flags = [f for f in found.flags if not f.startswith(("claim_", "date_", "sub_type_", "actor"))] + [
                FLAG
            ]
            recount_event(found)
            if is_conflict_event(found) and found.fatality_claims:
                out.append(found)
    return out


__all__ = ["FLAG", "tolls_of_named_towns"]
