"""Hostages let go by their captors, found in the text: one Agreement event per story.

The codebook codes a release of captives by the group holding them as a strategic
development (an Agreement between the captors and those released or their go-between),
the day of the release, not the kidnapping. The small model codes the story as the
kidnapping, dated on the release day, or leaves it out. A release by force ("troops
freed 30 hostages in a raid") is a rescue, not a deal, and is not read here.
"""

from __future__ import annotations

import re

from .actors import is_named
from .article import Article
from .dates import event_date_phrases, resolve_date
from .draft import DraftEvent
from .found_places import named_where
from .found_sides import named_group
from .news_days import told_as_past
from .records import build_event
from .schema import Actor, DateSpan, Event

#: captives let go: "hostages ... have been released", "the Tamil Tigers released a policeman"
#: (people let go, not "released videos")
_RELEASED = re.compile(
    r"\b(?:released|freed|set free|let go|handed over|ont libéré|a libéré|ont relâché|a relâché)\s+(?:(?!in\b|which\b|that\b|of\b)[\w'’-]+\s+){0,3}?"
    r"(?:hostages?|captives?|workers?|people|civilians|soldiers|policem[ae]n|officers?|students|pupils|girls|boys"
    r"|women|children|men|engineers|nationals|prisoners|detainees|crew|journalists?|tourists|passengers|otages?"
    r"|personnes|soldats|policiers|élèves|travailleurs)\b"
    r"|\b(?:were|was|have been|has been|had been|are|is|ont été|a été|sont)\s+(?:\w+\s+)?(?:released|freed|set free"
    r"|libérée?s?|relâchée?s?)\b",
    re.I,
)
_CAPTIVES = re.compile(
    r"\b(?:hostages?|captives?|kidnapped|abducted|seized|held|otages?|enlevée?s?|kidnappée?s?|captured|detained"
    r"|prisoners?|détenus?)\b",
    re.I,
)
#: a release by force or by the state: a rescue, an amnesty, a jail's prisoners
_NOT_A_DEAL = re.compile(
    r"\b(?:rescue\w*|raid|operation|troops|soldiers|army|forces|police|military|commandos?|gendarmes?|militaires"
    r"|soldats|armée|court|jail|prison|bail|amnesty|pardon\w*|sentence\w*|ransom was paid"
    # "Colombian authorities have freed 40 people kidnapped this morning": the state freed them
    r"|(?:authorities|government|autorit[ée]s|gouvernement)\s+(?:have\s+|has\s+|had\s+|ont\s+|a\s+)?(?:freed|rescued"
    r"|lib[ée]r[ée]))\b",
    re.I,
)
#: a habit told, no happening: "are often released", "usually freed", "souvent libérés"
_AS_A_RULE = re.compile(
    r"\b(?:often|usually|typically|generally|normally|routinely|frequently|souvent|g[ée]n[ée]ralement)\b", re.I
)
#: a release that has not happened: "warned that if two aid workers ... are not freed by
#: Friday", "demanded that the hostages be freed", "have yet to be released"
_NOT_YET = re.compile(
    r"\b(?:if|unless|until|not|never|yet to|demand\w*|call\w* for|urg\w*|would|to be|should|si|pas|exig\w*)\b|n['’]t\b",
    re.I,
)
#: the kidnapping's own date inside the release sentence ("taken hostage February 18th ...")
_TAKEN_ON = re.compile(r"\b(?:taken|kidnapped|abducted|seized|captured|held|enlev\w+)\b", re.I)


def _release_day(sentence: str, at: int) -> str | None:
    """The sentence's date phrase for the release: one after the release word, or before it
    when no kidnapping word comes between."""
    for phrase in event_date_phrases(sentence):
        where = sentence.find(phrase)
        if where >= at or not _TAKEN_ON.search(sentence[where:at]) and not _TAKEN_ON.search(sentence[:where]):
            return phrase
    return None


def released_captives(art: Article, events: list[Event], country: str) -> list[DraftEvent]:
    """The first sentence (past the headline) that tells captives let go by their captors,
    as an Agreement draft, when no event is one yet."""
    if any(ev.sub_event_type == "Agreement" for ev in events):
        return []
    cited = {sp.start for ev in events for sp in ev.evidence_spans if sp.start is not None}
    for i in range(1, len(art.sentences)):
        sentence = art.sentence_text(i)
        released = _RELEASED.search(sentence)
        if released is None or not _CAPTIVES.search(sentence) or _NOT_A_DEAL.search(sentence):
            continue
        if _AS_A_RULE.search(sentence):
            continue  # "Hostages are often released after negotiations": how it goes, not a release
        if _NOT_YET.search(sentence[max(0, released.start() - 80) : released.end()]):
            continue  # a threat or a demand, not a release
        if any(art.sentences[i][0] <= s < art.sentences[i][1] for s in cited) and i > 1:
            continue  # an event cites it past the lead: the model read it as something else
        own = _release_day(sentence, released.start())
        span = resolve_date(own, art.meta.published) if own else None
        if span is not None and told_as_past(span, art.meta.published):
            continue  # "were released last year": the story's background
        group = named_group(sentence, country, art)
        return [
            DraftEvent(
                sentences=[i + 1],
                sub_event_type="Agreement",
                date=own or "",
                place=named_where(sentence, country) or "",
                region="",
                country=country,
                actor1=group[0] if group else "",
                actor1_type=group[1] if group else "Rebel group",
                actor2="",
                actor2_type="Civilians",
                claims=[],
            )  # fmt: skip
        ]
    return []


def release_events(art: Article, events: list[Event], country: str, story_group: Actor | None) -> list[Event]:
    """The checked Agreement event of a release the events so far leave out (at most one):
    its captors are the story's one named group when the sentence names none ("taken
    hostage ... by militants"); with no day of its own it takes the story's, flagged."""
    out: list[Event] = []
    for draft in released_captives(art, events, country):
        event, _ = build_event(draft, art)
        if event.salience != "main" or event.sub_event_type != "Agreement":
            continue
        if story_group is not None and (event.actor1 is None or not is_named(event.actor1)):
            event.actor1 = story_group.model_copy(update={"aliases": []})
            event.flags.append(f"actor1_from_the_story:{story_group.name}")
        if not draft.date and art.meta.published is not None:
            # "taken hostage February 18th ... have been released": the kidnapping's day is
            # not the release's; the story's day is the nearest known
            day = art.meta.published
            event.date = DateSpan(start=day, end=day, precision="day", text=None)
            event.flags.append("date_of_the_story")
        event.flags.append("captives_released")
        out.append(event)
    return out


__all__ = ["release_events", "released_captives"]
