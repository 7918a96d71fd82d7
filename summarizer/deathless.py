"""Death figures off the protests that ACLED's definitions give no dead.

Why: a peaceful protest, or one the authorities broke up without killing, has no dead by
definition; when protesters are killed ACLED codes force against protesters, and other
deaths are another event's (an attack, a clash). A death figure the checks left on such a
protest is therefore another event's, as in "a march in memory of the victims of the Sandana
killing, which left about ten dead": the march had none. The gold labels agree (39 protests
of these kinds, none with a toll). The figure stays on the report as context, flagged, and
the event's totals are counted again.

Only protests: the labels' agreements, arrests and handovers have no dead either, but when
the checked record of one carries a death figure its kind is more often the mistake ("a
grenade attack on a bus ... left one person dead" coded as the truce it strained), and the
figure is right (measured: a rule over all seven deathless kinds lost that toll).
"""

from __future__ import annotations

from .claimcheck import recount_event
from .schema import Event, FatalityClaim

__all__ = ["DEATHLESS", "tolls_off_deathless_kinds"]

DEATHLESS = frozenset({"Peaceful protest", "Protest with intervention"})
FLAG = "claim_of_a_deathless_kind"


def tolls_off_deathless_kinds(events: list[Event], context: list[FatalityClaim]) -> None:
    """Move every death figure off the events of a deathless kind into ``context`` (in place)."""
    for ev in events:
        if ev.sub_event_type not in DEATHLESS:
            continue
        dead = [c for c in ev.fatality_claims if (c.low or 0) > 0 or (c.high or 0) > 0]
        if not dead:
            continue
        ev.fatality_claims = [c for c in ev.fatality_claims if c not in dead]
        context += [c for c in dead if c not in context]
        ev.flags += [f"{FLAG}:{c.low}" for c in dead]
        recount_event(ev)
