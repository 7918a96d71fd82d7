"""A draft event whose cited sentences tell no violence is read again before it is dropped.

The small model often cites a story's opening (the slug "AFGHAN FIGHTING", "As Sarah
Horner reports from Islamabad", "Guinea's army was put on high alert") for an event the
next sentences tell: "Taleban fighters have captured the town of Gulbahar", "someone
fired several shots at a motorcade". Its evidence then names no act, the conflict check
drops it, and the story's one event is lost. Before that happens the sentences right
after (and the one before) each cited sentence are read: those that name violence or a
taking, and tell it as something done, join the evidence and the event is built again.
With none nearby, a taking takes the article's first sentence of a town taken, and a story
whose headline names violence takes the body's first act, however far down. Sentences
told as the past never join. An event still without such a sentence (a speech, an aid
appeal) is dropped as before.
"""

from __future__ import annotations

import re

from .draft import DraftEvent
from .evidence import is_caption
from .figure_scope import is_background
from .happening import tells_a_happening
from .keywords import VIOLENT_TYPES, classify
from .records import Article, build_event, is_conflict_event
from .schema import Event, FatalityClaim
from .territory import territory_taken

#: how far past a cited sentence the event may be told (sentences after, then before)
_AFTER = (1, 2, 3)
_BEFORE = (1,)
#: a town taken either way: the model often names the wrong taker, the checks fix it
_TAKINGS = frozenset({"Government regains territory", "Non-state actor overtakes territory"})
#: a headline's word for deaths the keyword rules leave to the body ("Killings Continue ...")
_KILLINGS = re.compile(r"\b(?:killings|tueries|meurtres)\b", re.I)
#: sentences that may join: the story's act is told at once, not in a list of them
_MOST_ADDED = 2


def _tells_an_act(art: Article, index: int) -> bool:
    """Whether 0-based sentence ``index`` names violence or a taking, told as done (and not
    as the past: "officials who died in a July 18 bomb blast" is another, earlier event)."""
    text = art.sentence_text(index)
    if is_background(text, art.meta.published):
        return False
    found = classify(text)
    violent = found is not None and found[0] in VIOLENT_TYPES
    return (violent or territory_taken(text) is not None) and tells_a_happening([text])


def nearby_acts(cited: list[int], art: Article) -> list[int]:
    """1-based numbers of the sentences near the cited ones that tell an act of violence
    (never the headline, nor a photo caption)."""
    near = [n + k for n in cited for k in _AFTER] + [n - k for n in cited for k in _BEFORE]
    found = [
        m
        for m in dict.fromkeys(near)
        if m > 1
        and m not in cited
        and art.sentence(m) is not None
        and not is_caption(art, m - 1)
        and _tells_an_act(art, m - 1)
    ]
    return sorted(found)[:_MOST_ADDED]


def same_kind_told(sub_type: str, art: Article) -> list[int]:
    """1-based number of the first sentence anywhere in the article that tells an act of
    the draft's own kind (a town taken, by either side, for a taking; the same sub-type
    otherwise): the story's one act, told further down than the model's citations reach."""
    for index in range(1, len(art.sentences)):
        text = art.sentence_text(index)
        if is_caption(art, index) or not tells_a_happening([text]) or is_background(text, art.meta.published):
            continue
        taken = territory_taken(text)
        found = classify(text)
        if (taken is not None and sub_type in _TAKINGS) or (
            taken is None and found is not None and found[1] == sub_type and found[0] in VIOLENT_TYPES
        ):
            return [index + 1]
    return []


def headline_act(art: Article) -> list[int]:
    """1-based number of the article's first sentence of violence told as done, when the
    headline itself names violence ("Killings Continue Outside DRCongo Town of Bunia"): the
    story is about an act, and the body tells it, however far down."""
    headline = art.sentence_text(0) if art.sentences else ""
    found = classify(headline)
    if (found is None or found[0] not in VIOLENT_TYPES) and not _KILLINGS.search(headline):
        return []
    for index in range(1, len(art.sentences)):
        if not is_caption(art, index) and _tells_an_act(art, index):
            return [index + 1]
    return []


def build_checked(draft: DraftEvent, art: Article) -> tuple[Event, list[FatalityClaim], bool]:
    """(event, context figures, kept): the checked record, looked at again with the
    nearby sentences of violence when its own evidence tells no act."""
    event, wider = build_event(draft, art)
    if is_conflict_event(event):
        return event, wider, True
    cited = [n for n in draft.sentences if art.sentence(n) is not None]
    added = nearby_acts(cited, art) or same_kind_told(draft.sub_event_type, art) or headline_act(art)
    if not added:
        return event, wider, False
    again, wider_again = build_event(draft.model_copy(update={"sentences": sorted({*cited, *added})}), art)
    if not is_conflict_event(again):
        return event, wider, False
    again.flags.append(f"evidence_widened:{cited}+{added}")
    return again, wider_again, True


__all__ = ["build_checked", "headline_act", "nearby_acts", "same_kind_told"]
