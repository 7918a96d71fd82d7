"""Rebels a sentence leaves unnamed are the story's one named rebel group.

Why: a short news story names its rebel group once ("the country's largest rebel group, the
Revolutionary Armed Forces of Colombia (FARC)", "the rebel group, the Union of Forces for
Democracy and Development") and then tells the fighting with "leftist rebels" or "the
rebels". A reader, and ACLED, codes that group; the model, reading one sentence at a time,
leaves an Unidentified Armed Group. Only "rebels", "guerrillas" and "insurgents" are read
so: the labels and ACLED keep "militants", "gunmen" and "terrorists" unidentified as often
as not, and a side told as "suspected" or "believed to be" stays unconfirmed, as does the
side of an attack the story says nobody claimed. A story that names two rebel groups or
none changes nothing. The side is flagged, so a reader sees the
name came from the story, not the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .actors import canonical_actor, is_named
from .schema import Actor, Event
from .unclaimed import TOLD_UNCLAIMED
from .written_names import article_name, groups_named_in

__all__ = ["LOYAL_FLAG", "name_sides_by_leader", "name_unnamed_rebels"]

_UNIDENTIFIED = "Unidentified Armed Group"
_REBEL_WORDS = re.compile(r"\b(?:rebels?|guerrillas?|guerrilleros?|insurgents?|rebelles?|insurg[ée]s?)\b", re.I)
#: a side only suspected, or several groups told together, is no one group's
_DOUBT = re.compile(
    r"\b(?:suspect\w*|présumés?|presumed|believed|alleged|supposés?|groups|factions|groupes|"
    r"two|three|several|deux|trois|plusieurs)\b",
    re.I,
)
#: the model's stock words for a side it did not read ("militants" for the text's "insurgents")
_PARAPHRASE = re.compile(r"^\s*(?:the\s+)?(?:militants?|(?:unidentified\s+)?armed\s+group|attackers?)\s*$", re.I)
#: rebels told as the ones who did or suffered the deed, not in a list of who holds a region
_REBELS_IN_DEED = re.compile(
    r"\b(?:killed|killing|fought|fighting|clashed with|clashes with|battled|battles?|ambushed by|attacked by|captured)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:rebels?|guerrillas?|insurgents?)\b"
    r"|\b(?:rebels?|guerrillas?|insurgents?)\s+(?:have\s+|had\s+)?(?:attacked|ambushed|killed|fired|stormed|raided"
    r"|opened fire|overran|struck|hit|took|seized|captured|entered)\b"
    # "the rebel attack on the peacekeepers"
    r"|\b(?:rebel|guerrilla|insurgent)\s+(?:attacks?|assaults?|ambush(?:es)?|raids?)\s+on\b",
    re.I,
)
_DOUBT_TOLD = re.compile(
    r"\b(?:suspect\w*|présumés?|presumed|believed|alleged|supposés?)\b"
    r"|\b(?:two|three|several|various|rival|deux|trois|plusieurs)\s+(?:[\w-]+\s+)?(?:groups|factions|groupes)\b",
    re.I,
)
_KINDS = frozenset({"Rebel group"})
#: "Islamist fighters", "les islamistes": the story's one named Islamist group, rebel or
#: militia (Somalia's Islamic Courts Union); over the gold labels, sides told so and coded
#: as that one group outnumber those left unidentified six to one ("jihadists" are not:
#: Sahel stories name al-Qaeda in passing and keep the attackers unidentified)
_ISLAMIST_WORDS = re.compile(r"\b(?:islamists?|islamistes?)\b", re.I)
_ISLAMIST_KINDS = frozenset({"Rebel group", "Political militia"})


def _rebels_unnamed(actor: Actor | None, evidence: list[str]) -> bool:
    """Whether the side is unnamed rebels. The model's own word for the side goes first;
    when it gave none, or only a stock word the evidence does not hold ("militants" for
    the text's "killed two insurgents"), the evidence's words tell who the side is."""
    if actor is None or actor.name != _UNIDENTIFIED:
        return False
    told = " ".join(actor.aliases)
    if all(_PARAPHRASE.match(a) and a.lower() not in " ".join(evidence).lower() for a in actor.aliases):
        told = " ".join(evidence)  # a sentence counts its dead: "killed two insurgents" is no doubt
        return bool(_REBELS_IN_DEED.search(told)) and not _DOUBT_TOLD.search(told)
    return bool(_REBEL_WORDS.search(told)) and not _DOUBT.search(told)


def _islamists_unnamed(actor: Actor | None, evidence: list[str]) -> bool:
    """Whether the side is unnamed Islamists, by the model's own words for it."""
    if actor is None or actor.name != _UNIDENTIFIED:
        return False
    told = " ".join(actor.aliases)
    return bool(_ISLAMIST_WORDS.search(told)) and not _DOUBT.search(told)


def name_unnamed_rebels(events: list[Event], text: str) -> None:
    """Give unnamed rebel (or Islamist) sides the story's one named rebel (or Islamist) group (in place, flagged)."""
    _name_unnamed(events, text, _rebels_unnamed, _KINDS)
    _name_unnamed(events, text, _islamists_unnamed, _ISLAMIST_KINDS)


def _name_unnamed(
    events: list[Event], text: str, unnamed: Callable[[Actor | None, list[str]], bool], kinds: frozenset[str]
) -> None:
    sides = [(ev, slot) for ev in events for slot in ("actor1", "actor2") if unnamed(getattr(ev, slot), ev.evidence)]
    if not sides:
        return
    groups = groups_named_in(text, kinds)
    if len(groups) != 1:
        return
    name = article_name(groups[0], text) or groups[0]
    for ev, slot in sides:
        if TOLD_UNCLAIMED in ev.flags:
            continue  # "There have been no claims of responsibility": the story's group is a guess
        other = ev.actor2 if slot == "actor1" else ev.actor1
        if other is not None and other.name in (name, groups[0]):
            continue  # the group does not fight itself
        actor = getattr(ev, slot)
        known = canonical_actor(name)
        kind = known.type if is_named(known) and known.type in kinds else "Rebel group"
        setattr(ev, slot, Actor(name=name, type=kind, aliases=list(actor.aliases)))
        ev.flags.append(f"{slot}_named_by_the_story:{name}")


#: armed men told by whom they follow: "armed men loyal to opposition leader Riek Machar",
#: "fighters loyal to renegade general Laurent Nkunda"
_LOYAL_TO = re.compile(
    r"\b(?:fighters|forces|troops|militiamen|militias?|men|gunmen|soldiers|rebels|supporters|combatants)\s+"
    r"(?:loyal|allied)\s+to\s+(?:[\w'’.-]+\s+){0,5}?((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)"
)
LOYAL_FLAG = "side_named_by_its_leader"


def _leaders_group(evidence: list[str], country: str | None) -> Actor | None:
    """The one armed group whose leader the evidence names the side as loyal to."""
    found: dict[str, Actor] = {}
    for quote in evidence:
        for m in _LOYAL_TO.finditer(quote):
            words = m.group(1).split()
            for k in range(len(words)):  # "opposition leader Riek Machar": the fewest words that name him
                actor = canonical_actor(" ".join(words[k:]), country=country)
                if is_named(actor) and actor.type in ("Rebel group", "Political militia", "Identity militia"):
                    found[actor.name] = actor
                    break
    return next(iter(found.values())) if len(found) == 1 else None


def name_sides_by_leader(events: list[Event], country: str | None) -> None:
    """Give each unidentified side whose evidence calls it loyal to a leader the table knows
    that leader's group (in place, flagged): ACLED codes the forces by the movement they
    follow, and the small model keeps "armed men" unnamed."""
    for ev in events:
        group = _leaders_group(ev.evidence, country)
        if group is None:
            continue
        for slot in ("actor1", "actor2"):
            actor = getattr(ev, slot)
            other = ev.actor2 if slot == "actor1" else ev.actor1
            if actor is None or actor.name != _UNIDENTIFIED or (other is not None and other.name == group.name):
                continue
            setattr(ev, slot, group.model_copy(update={"aliases": list(actor.aliases)}))
            ev.flags.append(f"{LOYAL_FLAG}:{group.name}")
            break
