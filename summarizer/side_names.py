"""The last word on each record's sides, once its events, claims and tolls are settled.

Why one step: these passes each read a whole record (its claims, its flags, the story) and
name a side from it: the force that flew an unowned strike, the force a convoy bombing was
aimed at, the nation of bare "soldiers", the army a government fights with, the story's
one rebel group, the killer a toll's sentence names, and last the name the article writes. Their order matters (a side must
be found before it is named as written), so the pipeline calls them as one.
"""

from __future__ import annotations

from .acled_names import name_state_sides
from .aimed_at import aimed_at_a_force
from .article import Article
from .foreign_troops import nation_of_the_troops
from .mutinies import name_mutineers
from .release_sides import released_counterpart
from .riot_sides import rioters_first
from .schema import Event
from .state_arms import army_for_the_government
from .state_branch import branch_of_the_dead
from .strike_pilots import pilots_of_unowned_strikes
from .toll_agents import killer_of_the_toll
from .unnamed_rebels import name_sides_by_leader, name_unnamed_rebels
from .written_names import named_as_written

__all__ = ["settle_side_names"]


def settle_side_names(art: Article, events: list[Event], country: str | None, text: str) -> list[Event]:
    """The events with their sides found and named (``text``: the cleaned article)."""
    pilots_of_unowned_strikes(art, events, country)
    killer_of_the_toll(events, country)
    aimed_at_a_force(events, country)
    nation_of_the_troops(events)
    released_counterpart(events)
    army_for_the_government(events)
    branch_of_the_dead(events)
    name_state_sides(events)
    name_sides_by_leader(events, country)
    name_unnamed_rebels(events, text)
    name_mutineers(events, text)
    rioters_first(events)
    return [named_as_written(ev, text) for ev in events]
