"""A suicide bomber who "blew himself up" is one of the attack's dead: a claim of his own.

Why: the codebook lists every death figure the article gives, and ACLED counts the
attackers among an attack's fatalities. "A suicide bomber blew himself up ..., killing at
least eight people" tells nine dead: eight by the toll, one by the verb. Neither the model
nor the figure finder reads a death in "blew himself up", "killing himself", "only the
bomber was killed" or "s'est fait exploser", since no number is written. In the gold set
18 of the 24 articles that tell a bomber's death this way list it as a claim of 1 (of
non-state victims) and count it in the event's totals.

A claim is added only to a suicide bombing that cites the sentence (or the one before
it), or to the story's one suicide bombing, and not when a toll already counts the bomber
("12 people, including the bomber", "killing himself and five others", which the figure
finder reads as six), when a claim of the same sentence is already one non-state dead, or
when he is "a second bomber" (often an attack of its own, or one of the killers a toll
already counts). The totals are recounted by the usual rules: a toll of "people" may
already hold him, a toll of soldiers or civilians does not.
"""

from __future__ import annotations

import re

from .article import Article
from .attribution import attribution
from .claimcheck import recount_event
from .folding import fold
from .found_places import named_where
from .number_words import word_value
from .schema import Event
from .sentence_claims import sentence_claim

__all__ = ["FLAG", "add_bombers_dead"]

FLAG = "claim_bomber_killed_himself"

_SELF = re.compile(
    r"\b(?:blew|blowing|blows|blown)\s+(?:himself|herself)\s+up\b"
    r"|\b(?:killing|killed|kills)\s+(?:himself|herself)\b(?!\s+and\b)"
    r"|\bonly\s+the\s+(?:suicide\s+)?(?:bomber|attacker)\s+(?:was|were|had\s+been)\s+killed\b"
    r"|\bkilling\s+only\s+the\s+(?:suicide\s+)?(?:bomber|attacker)\b"
    r"|\bs['’]est\s+fait\s+exploser\b|\bs['’]est\s+fait\s+sauter\b",
    re.I,
)
#: a toll that already holds the bomber
_COUNTED = re.compile(
    r"\b(?:including|among\s+them|among\s+the\s+dead\s+was|y\s+compris)\s+(?:the\s+|le\s+|l['’])?"
    r"(?:suicide\s+)?(?:bomber|attacker|assailant|kamikaze|assaillant)s?\b"
    r"|\b(?:killing|killed)\s+(?:himself|herself)\s+and\b",
    re.I,
)
#: several bombers dead by their own blasts: "the bombers ... managed to blow themselves up",
#: counted by the number the story gives them ("two suicide bombers", this sentence or the one before)
_SELVES = re.compile(r"\b(?:blew|blow|blowing|blows|blown)\s+themselves\s+up\b|\bse\s+sont\s+fait\s+exploser\b", re.I)
_BOMBERS = re.compile(
    r"\b(?P<n>two|three|four|five|\d+|deux|trois|quatre|cinq)\s+(?:suicide\s+)?(?:bombers|attackers|kamikazes)\b", re.I
)
_SUICIDE = "Suicide bomb"
#: one of several bombers: "a second bomber blew himself up" is often an attack of its own,
#: and "two suicide bombers killed 34" may already count him
_ONE_OF_SEVERAL = re.compile(
    r"\b(?:second|third|fourth|another|other|last)\s+(?:suicide\s+)?(?:bomber|attacker|assailant)\b", re.I
)


def _owner(art: Article, events: list[Event], sentence: int) -> Event | None:
    """The one suicide bombing citing the sentence, else the sentence before it, else the
    story's one suicide bombing told as news."""
    bombings = [ev for ev in events if ev.sub_event_type == _SUICIDE]
    for i in (sentence, sentence - 1):
        citing = [ev for ev in bombings if any(art.sentence_of(q) == i for q in ev.evidence)]
        if len(citing) == 1:
            return citing[0]
        if citing:
            return None
    main = [ev for ev in bombings if ev.salience == "main"]
    if len(main) != 1 or _elsewhere_or_before(art.sentence_text(sentence), main[0]):
        return None
    return main[0]


#: a bombing told as before the news: "A few weeks into that truce a suicide bomber ..."
_BEFORE = re.compile(
    r"\b(?:weeks|months|years|days)\s+(?:ago|into|before|earlier)\b|\blast\s+(?:week|month|year)\b"
    r"|\bearlier\s+this\s+(?:month|year)\b|\b(?:19|20)\d\d\b|\bin\s+(?:an?|the)\s+(?:earlier|previous)\b",
    re.I,
)


def _elsewhere_or_before(sentence: str, event: Event) -> bool:
    """Whether a sentence no event cites tells a bomber of another time or place than the
    story's one bombing ("... blew himself up outside a Tel Aviv nightclub", in a Netanya story)."""
    if _BEFORE.search(sentence):
        return True
    where = named_where(sentence, event.location.country) if event.location.country else None
    return bool(where and event.location.place and fold(where) != fold(event.location.place))


def _already_counted(art: Article, event: Event, sentence: int) -> bool:
    s, e = art.sentences[sentence]
    for claim in event.fatality_claims:
        if claim.quote and _COUNTED.search(claim.quote):
            return True
        same = claim.span is not None and claim.span.start == s
        if same and claim.low == claim.high == 1 and claim.victims == "non_state":
            return True
    return bool(_COUNTED.search(art.text[s:e]))


def add_bombers_dead(art: Article, events: list[Event]) -> None:
    """Add each bomber's own death as a claim of one on its bombing, then recount it."""
    done: set[int] = set()
    for i in range(len(art.sentences)):
        sentence = art.sentence_text(i)
        m = _SELF.search(sentence)
        n = 1
        if m is None and (m := _SELVES.search(sentence)) is not None:
            told = _BOMBERS.search(sentence) or (_BOMBERS.search(art.sentence_text(i - 1)) if i > 0 else None)
            n = (word_value(told.group("n")) or 0) if told else 0
        if m is None or not n or _ONE_OF_SEVERAL.search(sentence[: m.start()]):
            continue
        event = _owner(art, events, i)
        if event is None or id(event) in done or _already_counted(art, event, i):
            continue
        claimant = attribution(sentence) or art.meta.outlet or "outlet"
        event.fatality_claims.append(sentence_claim(art, i, n, "non_state", claimant))
        event.flags.append(f"{FLAG}:{m.group(0)}")
        recount_event(event)
        done.add(id(event))
