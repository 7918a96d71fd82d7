"""Weapons stopped before they struck, found in the text: ACLED's Disrupted weapons use.

"Israel said it intercepted a missile fired from Yemen", "CENTCOM also reported destroying
three other Houthi drones", "the country's air defenses destroyed 15 of the 20 drones",
"police ... stopped a fourth bomb-rigged car from being detonated", "les forces ont
désamorcé un engin explosif": each is an event of its own in the codebook (a strategic
development, the side that stopped the weapon against the side that fired it), and no one
died, so nothing in the death checks looks at the sentence. The small model codes the
strike the story leads with and drops the interception. A sentence no event cites that tells
a missile, drone or rocket intercepted, shot down or destroyed, or a bomb defused or stopped,
becomes one such event, dated by its own day phrase or, failing one, the story's day, flagged.
The side that stopped it is the force named before the verb; the side that fired it the
group named after it ("Houthi drones"), else none.
"""

from __future__ import annotations

import re

from .actors import canonical_actor, is_named
from .article import Article
from .dates import event_date_phrases, resolve_date
from .draft import DraftEvent
from .found_parts import as_code_told, at_country_level_unless_placed
from .found_places import named_where
from .found_sides import named_group
from .geo import country_name
from .news_days import told_as_past
from .records import build_event
from .schema import Actor, ActorType, Event

__all__ = ["FLAG", "disrupted_events"]

FLAG = "disrupted_weapons_found_in_text"

#: the weapon, not a site that makes or holds it ("a drone factory", "missile launchers")
_WEAPON = (
    r"(?:missiles?|drones?|rockets?|projectiles?|UAVs?|unmanned aerial vehicles?|roquettes?)"
    r"(?!\s+(?:factor\w*|bases?|launch\w*|sites?|depots?|facilit\w*|storage|workshops?|production|plants?|stores?"
    r"|caches?|warehouses?|usines?|dépôts?))\b"
)
_STOPPED = re.compile(
    r"\b(?:intercepted|intercepting|intercepts|shot down|shooting down|downed|destroyed|destroying|neutrali[sz]ed)\s+"
    r"(?:[\w'’.,-]+\s+){0,5}?"
    + _WEAPON
    + r"|\b"
    + _WEAPON[:-2]
    + r"\s+(?:[\w'’-]+\s+){0,3}?(?:was|were|had been|have been)"
    r"\s+(?:intercepted|shot down|downed|destroyed)\b"
    r"|\b(?:defused|defusing|disarmed|deactivated|d[ée]samorc[ée]e?s?)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:bombs?|explosives?|IEDs?|devices?|mines?|engins?|bombes?)\b"
    r"|\bstopped\s+(?:[\w'’-]+\s+){0,4}?(?:bomb|car bomb|bomb-rigged|explosives-laden|booby-trapped)\w*"
    r"|\b(?:intercept[ée]e?s?|abattu\w*|d[ée]truit\w*|neutralis[ée]e?s?)\s+(?:[\w'’-]+\s+){0,4}?" + _WEAPON,
    re.I,
)
#: told as a capability, a wish or a past habit, not a happening
_NOT_A_HAPPENING = re.compile(
    r"\b(?:can|could|would|will|able to|capable of|designed to|meant to|aims? to|tries to|try to|systems? to)\s+"
    r"(?:\w+\s+){0,2}?(?:intercept|shoot down|destroy|defuse)\w*\b",
    re.I,
)


_LINKS = frozenset({
    "a", "ont", "avait", "avaient", "has", "have", "had", "also", "said", "says", "say", "reported",
    "reports", "announced", "it", "they", "its", "their", "then", "later", "earlier", "successfully",
    # "Russia's defense ministry said Wednesday it": the day the source spoke is no name
    "on", "today", "yesterday", "overnight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday",
})  # fmt: skip


def _stopper(before: str, country: str) -> str | None:
    """The force the words before the verb name, nearest the verb first: "Israel said it",
    "CENTCOM also reported", "the country's air defenses"."""
    words = re.findall(r"[\w'’.-]+", before)
    while words and words[-1].lower() in _LINKS:
        words.pop()  # "Israel said it", "l'armée malienne a": the verb's helpers are no name
    for end in range(len(words), 0, -1):
        for n in range(min(4, end), 0, -1):  # "Russia's defense ministry" before "defense ministry"
            mention = " ".join(words[end - n : end]).strip(".")
            if not mention or mention[0].islower() and n == 1:
                continue
            actor = canonical_actor(mention, country=country)
            if actor.type in ("State forces", "External/Other forces") and actor.name != mention or is_named(actor):
                return mention
    return None


def _drafts(art: Article, events: list[Event], country: str) -> list[DraftEvent]:
    cited = {sp.start for ev in events for sp in ev.evidence_spans if sp.start is not None}
    drafts: list[DraftEvent] = []
    for i in range(1, len(art.sentences)):
        sentence = art.sentence_text(i)
        stopped = _STOPPED.search(sentence)
        if stopped is None or _NOT_A_HAPPENING.search(sentence):
            continue
        if any(art.sentences[i][0] <= s < art.sentences[i][1] for s in cited):
            continue  # an event tells it already
        own = next(iter(event_date_phrases(sentence)), None)
        span = resolve_date(own, art.meta.published) if own else None
        if span is not None and told_as_past(span, art.meta.published):
            continue  # "intercepted ... last year": the story's background
        stopper = _stopper(sentence[: stopped.start()], country)
        if stopper is None:
            continue  # who stopped it is not told: nothing to code the event by
        fired = named_group(sentence[stopped.start() :], country, art) or _nation_of_the_weapon(
            sentence[stopped.start() :], country
        )
        drafts.append(
            DraftEvent(
                sentences=[i + 1],
                sub_event_type="Disrupted weapons use",
                date=own or "",
                place=named_where(sentence, country) or "",
                region="",
                country=country,
                actor1=stopper,
                actor1_type="State forces",
                actor2=fired[0] if fired else "",
                actor2_type=fired[1] if fired else "Rebel group",
                claims=[],
            )  # fmt: skip
        )
    return drafts


#: a nation's weapon: "shot down two Ukrainian drones"
_NATION_WEAPON = re.compile(r"\b(?P<nation>[A-Z][a-z]+(?:an|ian|ish|ese|i))\s+(?:[\w-]+\s+){0,2}?" + _WEAPON)


def _nation_of_the_weapon(after: str, country: str) -> tuple[str, ActorType] | None:
    """(mention, type) of the forces whose nation the weapon carries ("Ukrainian drones")."""
    m = _NATION_WEAPON.search(after)
    if m is None or country_name(m.group("nation")) is None:
        return None
    actor = canonical_actor(f"{m.group('nation')} forces", country=country)
    return (
        (f"{m.group('nation')} forces", actor.type) if actor.type in ("State forces", "External/Other forces") else None
    )


_STATE_PREFIXES = ("Military Forces of ", "Police Forces of ")


def _opponent(stopper: Actor, events: list[Event]) -> Actor | None:
    """The side the story has fighting the one that stopped the weapon: who struck it or
    its country ("Russian missile attacks ... in Kyiv" for Ukraine's air defenses), else
    whom it struck ("Israeli airstrikes hit ... the Houthis" for Israel's interception)."""
    home = next((stopper.name[len(p) :] for p in _STATE_PREFIXES if stopper.name.startswith(p)), None)
    sided = [(ev, ev.actor1) for ev in events if ev.salience == "main" and ev.actor1 is not None]
    unarmed = ("Civilians", "Protesters", "Rioters")
    for ev, doer in sided:
        hit = ev.actor2 is not None and ev.actor2.name == stopper.name
        struck = hit or (home is not None and ev.location.country == home)
        if struck and doer.type not in unarmed and doer.name not in (stopper.name, "Unidentified Armed Group"):
            return doer
    for ev, doer in sided:
        if doer.name == stopper.name and ev.actor2 is not None and ev.actor2.type not in unarmed:
            return ev.actor2
    return None


def disrupted_events(art: Article, events: list[Event], country: str) -> list[Event]:
    """Checked Disrupted weapons use events for the interceptions no event tells (see the module)."""
    out: list[Event] = []
    for draft in _drafts(art, events, country):
        event, _ = build_event(draft, art)
        if event.salience != "main" or event.sub_event_type != "Disrupted weapons use":
            continue
        as_code_told(event, bool(draft.date), art)
        if event.actor1 is not None and event.actor1.name.startswith("Government of "):
            # "Russia's defense ministry said it shot down two drones": the ministry's forces did
            home = event.actor1.name.removeprefix("Government of ")
            event.actor1 = Actor(name=f"Military Forces of {home}", type="State forces", aliases=event.actor1.aliases)
            event.flags.append(f"actor1_forces_of_the_government:{home}")
        at_country_level_unless_placed(event, bool(draft.place))
        if event.actor1 is not None and event.actor2 is None:
            opponent = _opponent(event.actor1, events)
            if opponent is not None:
                event.actor2 = opponent.model_copy(update={"aliases": []})
                event.flags.append(f"actor2_the_storys_opponent:{opponent.name}")
        event.flags.append(FLAG)
        out.append(event)
    return out
