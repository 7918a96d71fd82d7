"""People arrested, found in the text: ACLED's Arrests events the model leaves out.

"Near the western city of Fallujah and in Hit, coalition forces arrested 15 people", "Iraqi
security forces detained at least 25 people in connection with the slayings", "une vingtaine
de jeunes auraient été arrêtés": a round-up is an event of its own in the codebook (a
strategic development, the arresting force against those taken), and a news story tells it
in one sentence after the killing it follows. The small model codes the killing and drops
the arrest. A sentence no event cites that tells people arrested or detained (not
"captured", which is also said of towns and of fighters taken in a battle already coded;
not a clause about someone's past, "who were detained"; not a day in the past) becomes
one Arrests event, dated by its own day phrase or, failing one, the story's day, flagged.
The arresting side is the force the sentence names, else the country's police; those taken
are the group the sentence names, suspected fighters (an unidentified armed group) or
civilians.
"""

from __future__ import annotations

import re

from .article import Article
from .dates import event_date_phrases, resolve_date
from .draft import DraftEvent
from .found_parts import as_code_told
from .found_places import named_where
from .found_sides import STATE_AGENT, named_group
from .geo import country_name
from .news_days import told_as_past
from .records import build_event
from .schema import Event

__all__ = ["FLAG", "arrest_events"]

FLAG = "arrests_found_in_text"

_ARRESTED = re.compile(
    r"\b(?<!who )(?<!which )(?<!that )(?:arrested|detained|rounded up|apprehended)\b"
    # "the Interior Minister announced the arrest of five suspected members of ETA in Pamplona"
    r"|\b(?:announced|reported|confirmed)\s+the\s+arrests?\s+of\b"
    r"|\b(?:auraient|ont|a|avaient|avait)\s+été\s+(?:arrêtée?s?|interpellée?s?)\b"
    r"|\b(?:ont|a)\s+(?:arrêté|interpellé)\s+(?:[\w'’-]+\s+){0,3}?(?:personnes|suspects?|hommes|jeunes|individus"
    r"|militants?|membres|combattants|soldats|militaires|policiers|civils|manifestants|opposants|journalistes)\b",
    re.I,
)
#: what is told is not people taken now: a clause about someone's past, a release, a call
_NOT_A_ROUND_UP = re.compile(
    r"\b(?:who|whom)\s+(?:were|was|had been|have been)\s+(?:\w+\s+)?(?:arrested|detained)\b"
    r"|\b(?:released|freed|release of|called for|calls for|demanded|tortured|previously|formerly|once)\b"
    r"|\b(?:would|could|will|to be)\s+(?:be\s+)?(?:arrested|detained)\b|\bwarrants?\b"
    # "other recently detained ETA suspects have revealed a plan": people taken before, told by what they said
    r"|\b(?:recently|already|newly)\s+(?:arrested|detained)\b",
    re.I,
)
_FIGHTERS = re.compile(
    r"\b(?:suspects?|suspected|militants?|insurgents?|terrorists?|fighters|rebels?|gunmen|attackers|assaillants"
    r"|jihadistes?|terroristes?|combattants?)\b",
    re.I,
)
#: a speaker who reports the arrest is no arresting force ("investigators say they have detained")
_FORCES = re.compile(STATE_AGENT.pattern + r"|\b(?:coalition forces|authorities|investigators|autorités)\b", re.I)
_SPEAKERS = re.compile(r"authorities|investigators|autorités", re.I)


def _force(sentence: str) -> str | None:
    named = [m.group(0) for m in _FORCES.finditer(sentence)]
    return next((n for n in named if not _SPEAKERS.fullmatch(n)), named[0] if named else None)


def _force_country(sentence: str, force: str | None, country: str) -> str:
    """The country whose force the sentence names by its demonym ("Israeli police have
    arrested six Jewish suspects" in a story set in Gaza): the arrest is that state's, in
    its country; else the story's."""
    if force is None:
        return country
    at = sentence.find(force)
    before = re.search(r"([A-Z][\w'’-]+)\s+$", sentence[:at]) if at > 0 else None
    named = country_name(before.group(1)) if before else None
    return named or country


def _arrest_drafts(art: Article, events: list[Event], country: str) -> list[tuple[int, DraftEvent]]:
    cited = {sp.start for ev in events for sp in ev.evidence_spans if sp.start is not None}
    drafts: list[tuple[int, DraftEvent]] = []
    for i in range(1, len(art.sentences)):
        sentence = art.sentence_text(i)
        arrested = _ARRESTED.search(sentence)
        if arrested is None or _NOT_A_ROUND_UP.search(sentence):
            continue
        if any(art.sentences[i][0] <= s < art.sentences[i][1] for s in cited):
            continue  # an event tells it already
        if drafts and drafts[-1][0] == i - 1 and named_where(sentence, country) in (None, drafts[-1][1].place or None):
            continue  # "... have apprehended 14 suspects. 'They are under detention now'": the same round-up
        own = next(iter(event_date_phrases(sentence)), None)
        span = resolve_date(own, art.meta.published) if own else None
        if span is not None and told_as_past(span, art.meta.published):
            continue  # "arrested last year": the story's background
        # the force the sentence names, a speaker's noun last; else the one the sentence
        # before names ("coalition forces arrested 15 people ... Another suspect ... was arrested")
        before = art.sentence_text(i - 1)
        force = _force(sentence) or (_force(before) if _ARRESTED.search(before) else None)
        where = _force_country(sentence, force, country)
        group = named_group(sentence[arrested.end() :], country, art)
        taken, taken_type = group or (
            ("armed group", "Rebel group") if _FIGHTERS.search(sentence) else ("people", "Civilians")
        )
        # "authorities say they have detained": the state's arresting arm is its police
        arm = force if force and not _SPEAKERS.fullmatch(force) else "police"
        drafts.append(
            (
                i,
                DraftEvent(
                    sentences=[i + 1],
                    sub_event_type="Arrests",
                    date=own or "",
                    place=named_where(sentence, where) or "",
                    region="",
                    country=where,
                    actor1=arm,
                    actor1_type="State forces",
                    actor2=taken,
                    actor2_type=taken_type,
                    claims=[],
                ),  # fmt: skip
            )
        )
    return drafts


def arrest_events(art: Article, events: list[Event], country: str) -> list[Event]:
    """Checked Arrests events for the round-ups no event tells (see the module)."""
    out: list[Event] = []
    for _, draft in _arrest_drafts(art, events, country):
        event, _ = build_event(draft, art)
        if event.salience != "main" or event.sub_event_type != "Arrests":
            continue
        as_code_told(event, bool(draft.date), art)
        event.flags.append(FLAG)
        out.append(event)
    return out
