"""People kidnapped, found in the text: abductions the model leaves out.

"Gunmen in Ituri kidnapped a French aid worker from the medical charity, Doctors Without
Borders, and his driver", "secessionist militants in Yemen have kidnapped an intelligence
officer and three other people", "au moins quinze étudiants ... ont été kidnappés sur le
campus": a kidnapping is ACLED's Abduction/forced disappearance, an event of its own, told in
one sentence of a story about something else. A sentence no event cites that tells people
taken (a person noun follows the verb, or the people are its subject in the passive) and
no death (a killing's sentence is that killing's event), not as a fear ("believed to be
kidnapped", "may have been"), not in a relative clause and not on a past day, becomes one
abduction: the group the sentence names as the takers, else an unidentified armed group,
against civilians, or the state's force when soldiers or police were taken.
"""

from __future__ import annotations

import re

from .article import Article
from .dates import event_date_phrases, resolve_date
from .draft import DraftEvent
from .found_parts import as_code_told
from .found_places import named_where
from .found_sides import named_group
from .news_days import told_as_past
from .records import build_event
from .schema import Actor, ActorType, Event

__all__ = ["FLAG", "abduction_events"]

FLAG = "abduction_found_in_text"

_PEOPLE = (
    r"(?:[\w'’-]+\s+){0,4}?(?:people|persons|men|women|children|girls|boys|students|pupils|workers?|foreigners"
    r"|nationals|tourists|engineers|officers?|officials?|soldiers|policem[ae]n|journalists?|villagers|passengers"
    r"|hostages|civilians|contractors?|drivers?|employees|staff|traders|farmers|elders?|leaders?|chiefs?|priests?"
    r"|personnes|hommes|femmes|enfants|élèves|étudiants|travailleurs|otages|civils|soldats|policiers)\b"
)
_TAKEN = re.compile(
    rf"(?<!\bthe )(?<!\bof )(?<!\breturn )(?<!\bwhich )(?<!\bwho )(?<!\bthat )"
    rf"\b(?:kidnapped|abducted|seized|took|have taken|has taken)\s+(?:hostage\s+)?{_PEOPLE}"
    r"|\b(?<!who )(?<!which )(?:were|was|have been|has been|had been|ont été|a été|sont)\s+"
    r"(?:kidnapped|abducted|taken hostage|enlevée?s?|kidnappée?s?|pris en otage|prises en otage)\b",
    re.I,
)
#: a fear or a guess, a release, or someone's past: no abduction told as done now
_NOT_TOLD = re.compile(
    r"\b(?:believed|feared|fears|may have|might have|could have|possibly|reportedly missing|released|freed"
    r"|libérée?s?|relâchée?s?|remain in captivity|still holding|ransom|demanding|who (?:were|was|had been|have been)"
    # a kidnapping told as this week's or older is the story's background
    # "The assailants also kidnapped more than 100 children": the raid told before took them
    r"|also\s+(?:kidnapped|abducted|seized|took)"
    r"|earlier this (?:week|month|year)|last (?:week|month|year)|in recent (?:days|weeks|months)"
    r"|(?:depuis|la semaine|le mois) (?:derni[eè]re?|pass[ée]e?))\b",
    re.I,
)
_TAKERS = re.compile(
    r"\b(?:gunmen|militants?|rebels?|insurgents?|pirates|kidnappers|armed men|bandits|fighters|assailants"
    r"|hommes armés|ravisseurs|assaillants|séparatistes|sécessionnistes)\b",
    re.I,
)
_BARE_TAKERS = re.compile(r"(?:gunmen|militants?|rebels?|insurgents?|fighters|assailants|armed men)", re.I)
_BY = re.compile(r"\s*(?:by|par)\b", re.I)
_STATE_TAKEN = re.compile(r"\b(?:soldiers|troops|policem[ae]n|police officers|soldats|policiers|gendarmes)\b", re.I)


def _drafts(art: Article, events: list[Event], country: str) -> list[DraftEvent]:
    cited = {sp.start for ev in events for sp in ev.evidence_spans if sp.start is not None}
    dead = {f.sentence for f in art.death_figures}
    out: list[DraftEvent] = []
    if any(ev.sub_event_type == "Abduction/forced disappearance" for ev in events):
        return []  # the story's kidnapping is coded: a second sentence about it is no second one
    for i in range(1, len(art.sentences)):
        sentence = art.sentence_text(i)
        if sentence.lstrip()[:1] in '"“«':
            continue  # a witness's words, not the story's telling
        taken = _TAKEN.search(sentence)
        if taken is None or i in dead or _NOT_TOLD.search(sentence):
            continue
        if any(art.sentences[i][0] <= s < art.sentences[i][1] for s in cited):
            continue
        own = next(iter(event_date_phrases(sentence)), None)
        span = resolve_date(own, art.meta.published) if own else None
        if span is not None and told_as_past(span, art.meta.published):
            continue
        group = named_group(sentence[: taken.start()], country, art)
        takers = _TAKERS.search(sentence[: taken.start()])
        if group is None and takers is None and not _BY.search(sentence, taken.end()):
            # "... when Islamic State militants carried out a bombing of a church. At least four
            # people were abducted.": no taker told, the raid's group of the sentence before
            group = named_group(art.sentence_text(i - 1), country, art) if i > 1 else None
        actor1, type1 = group or ((takers.group(0), "Rebel group") if takers else ("armed group", "Rebel group"))
        state = _STATE_TAKEN.search(sentence[taken.start() :])
        actor2, type2 = (state.group(0), "State forces") if state else ("civilians", "Civilians")
        kind2: ActorType = "State forces" if type2 == "State forces" else "Civilians"
        out.append(
            DraftEvent(
                sentences=[i + 1],
                sub_event_type="Abduction/forced disappearance",
                date=own or "",
                place=named_where(sentence, country) or "",
                region="",
                country=country,
                actor1=actor1,
                actor1_type=type1,
                actor2=actor2,
                actor2_type=kind2,
                claims=[],
            )  # fmt: skip
        )
        break  # one kidnapping per story: the next sentences most often tell it again
    return out


def abduction_events(art: Article, events: list[Event], country: str, story_group: Actor | None = None) -> list[Event]:
    """Checked abduction events for the kidnappings no event tells (see the module); takers
    told as bare "the militants" are the story's one named group, flagged."""
    out: list[Event] = []
    for draft in _drafts(art, events, country):
        event, _ = build_event(draft, art)
        if event.salience != "main" or event.sub_event_type != "Abduction/forced disappearance":
            continue
        if (
            story_group is not None
            and event.actor1 is not None
            and event.actor1.name == "Unidentified Armed Group"
            and _BARE_TAKERS.fullmatch(draft.actor1)
        ):
            event.actor1 = story_group.model_copy(update={"aliases": []})
            event.flags.append(f"actor1_from_the_story:{story_group.name}")
        as_code_told(event, bool(draft.date), art)
        event.flags.append(FLAG)
        out.append(event)
    return out
