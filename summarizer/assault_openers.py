"""A bombing that opened a group's assault on a post is part of the battle it began.

"The militants set off a car bomb and then tried to storm the Ethiopian base in the village
of Halgan": the small model codes the car bomb and the fight as two events of the same
group at the same place on the same day, and the tolls of the fight (each side's claim of
the other's dead) spread over both. ACLED codes a raid that a bomb opens as one battle. When
a named group's bombing and its armed clash share place and day, the bombing folds into the
clash: its evidence and claims join the clash's, totals recounted, flagged, and the force
the bomb hit (the post's owner) is the side attacked.

An unidentified doer is no tie: a day of several bombings in one city ("three car bombs in
Baghdad") is several events, each of unknown authors.
"""

from __future__ import annotations

from .claimcheck import recount_event
from .same_event import fold_into
from .schema import Event

__all__ = ["FLAG", "fold_assault_openers"]

FLAG = "bombing_opened_the_assault"
_BOMBINGS = frozenset({"Remote explosive/landmine/IED", "Suicide bomb"})


def _same_raid(bomb: Event, clash: Event) -> bool:
    a1, c1 = bomb.actor1, clash.actor1
    return (
        bomb.sub_event_type in _BOMBINGS
        and clash.sub_event_type == "Armed clash"
        and a1 is not None
        and c1 is not None
        and a1.name == c1.name
        and not a1.name.startswith("Unidentified")
        and bool(bomb.location.place)
        and (bomb.location.place or "").lower() == (clash.location.place or "").lower()
        and bomb.date.start is not None
        and bomb.date.start == clash.date.start
    )


def fold_assault_openers(events: list[Event]) -> list[Event]:
    """The events with each named group's bombing folded into its clash at the same place
    and day (main events only)."""
    gone: list[Event] = []
    for bomb in events:
        clash = next(
            (ev for ev in events if ev is not bomb and ev.salience == bomb.salience == "main" and _same_raid(bomb, ev)),
            None,
        )
        if clash is None:
            continue
        fold_into(clash, bomb)
        if bomb.actor2 is not None and bomb.actor2.type in ("State forces", "External/Other forces"):
            # the post the bomb hit is the one stormed: its owner is the side attacked
            clash.actor2 = bomb.actor2
        clash.flags.append(f"{FLAG}:{bomb.sub_event_type}")
        recount_event(clash)
        gone.append(bomb)
    return [ev for ev in events if not any(ev is g for g in gone)]
