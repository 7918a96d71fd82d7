"""The killer a toll's own sentence names: "at least five villagers were killed by the
Burmese military".

Why: the model reads the event from the sentences it cites, and a story's opening often
tells the flight or the fighting, not the killing; the toll is then read from a later
sentence whose passive names who killed. When the model's actor1 is another side, one that
sentence does not name (Karen villagers' deaths coded to the KNU, the rebels the army
accused them of supporting), the agent the sentence names after "killed by" is actor1.
Only an armed side the alias table resolves (a state's forces or a named group), never an
unidentified one, and only when every toll of the event is told in sentences naming that
one agent.
"""

from __future__ import annotations

from .actors import canonical_actor, is_raw
from .schema import EVENT_TYPE_OF, Actor, Event
from .side_checks import AGENT_END, ARMED_VIOLENCE_TYPES, DONE_BY
from .subtype_checks import ARMED_TYPES

__all__ = ["FLAG", "killer_of_the_toll"]

FLAG = "actor1_from_the_tolls_agent"
_UNIDENTIFIED = "Unidentified Armed Group"


def _agent(quote: str, country: str | None) -> tuple[Actor, str] | None:
    m = DONE_BY.search(quote)
    if m is None:
        return None
    words = AGENT_END.sub("", m.group("agent")).strip()
    agent = canonical_actor(words, country=country)
    if agent.type not in ARMED_TYPES or is_raw(agent, words) or agent.name == _UNIDENTIFIED:
        return None
    return agent, words


def _named_in(actor: Actor, quote: str) -> bool:
    told = quote.lower()
    return any(a.lower() in told for a in [actor.name, *actor.aliases] if a)


def killer_of_the_toll(events: list[Event], country: str | None) -> None:
    """Set actor1 of each event to the one agent its tolls' sentences name (in place, flagged)."""
    for ev in events:
        if EVENT_TYPE_OF.get(ev.sub_event_type) not in ARMED_VIOLENCE_TYPES or not ev.fatality_claims:
            continue
        quotes = {c.quote for c in ev.fatality_claims if c.quote}
        found = [_agent(q, ev.location.country or country) for q in quotes]
        if not found or any(f is None for f in found):
            continue
        agents = {f[0].name: f for f in found if f is not None}
        if len(agents) != 1:
            continue
        agent, words = next(iter(agents.values()))
        if ev.actor1 is not None and (ev.actor1.name == agent.name or any(_named_in(ev.actor1, q) for q in quotes)):
            continue  # the model's side is the agent, or the sentence names it too
        if ev.actor2 is not None and ev.actor2.name == agent.name:
            continue  # the model has the agent as the other side: the order checks read that
        ev.actor1 = agent.model_copy(update={"aliases": [words]})
        ev.flags.append(f"{FLAG}:{words}")
