"""A sentence that tells nobody died is the event's claim of zero deaths.

Why: "No one was killed in that attack", "he denied any military casualties", "Musamem said
there were no civilian casualties", "Des témoins affirment qu'aucune victime civile n'a été
enregistrée" are death figures too: a source's count of the dead, zero, which a reader
weighs against the other side's count. The model drops them (its figures are numbers) and
the code's figure finder reads digits and number words. The codebook lists every death
figure with its claimant, so the sentence becomes a claim of 0, told by whom the sentence
says (the outlet when nobody), with the victims its noun names. The event's totals are not
recounted: a denial is one party's word, and ACLED's lowest count must not turn an
attack's reported dead into none. "No immediate reports of casualties" is no count at all;
"no one was hurt" tells of the wounded and stays out.
"""

from __future__ import annotations

import re

from .article import Article
from .attribution import PRONOUN_SAID, attribution
from .claimcheck import recount_event
from .keywords import VIOLENT_TYPES
from .running_numbers import UNNUMBERED_FLAG
from .schema import Event, Victims
from .sentence_claims import sentence_claim

__all__ = ["FLAG", "add_zero_tolls"]

FLAG = "claim_nobody_killed"

_NOBODY = re.compile(
    r"\b(?:no\s*one|nobody|no\s+civilians?|no\s+soldiers?|none(?:\s+of\s+(?:them|their\s+\w+|its\s+\w+))?)\s+"
    r"(?:was|were|had\s+been|has\s+been|have\s+been)\s+"
    r"(?:reported\s+)?killed\b"
    # "Miraculously it killed noone": the deed's own count, nobody (and the common "noone")
    r"|\b(?:killed|killing)\s+(?:no\s*one|nobody)\b"
    r"|\bno\s+(?:reported\s+)?(?:(?:civilian|military|human)\s+)?(?:deaths|fatalities|casualties)\b"
    r"|\bdenie[sd]\s+(?:any|that\s+there\s+were\s+any)\s+(?:(?:civilian|military)\s+)?(?:casualties|deaths)\b"
    r"|\baucune?\s+(?:victime|mort|perte)s?\b|\bpersonne\s+n['’]a\s+été\s+tué"
    r"|\bsans\s+faire\s+de\s+victimes?\b|\bpas\s+de\s+victimes?\b"
    # "Our side did not suffer any casualties", "troops suffered no losses", "deny any of them were hurt"
    r"|\b(?:did\s+not|didn['’]t)\s+suffer\s+any\s+(?:casualties|losses|deaths)\b|\bsuffered\s+no\s+(?:casualties|losses"
    r"|deaths)\b|\bden(?:y|ies|ied)\s+(?:that\s+)?any\s+of\s+(?:them|its\s+\w+|their\s+\w+)\s+(?:were|was)\s+(?:hurt|killed"
    r"|harmed|injured)\b",
    re.I,
)
#: nobody has counted yet: no count of zero
_NOT_YET = re.compile(
    r"\bno\s+(?:immediate\s+)?(?:reports?|word|information|details|indication|confirmation|figures?)\s+(?:of|on|about)\b"
    r"|\bnot\s+(?:immediately\s+)?(?:known|clear)\b|\bimmediately\b|\bpas\s+(?:encore\s+)?(?:de\s+)?bilan\b",
    re.I,
)
_CIVILIAN = re.compile(r"\bcivil(?:ian|e)s?\b", re.I)
_STATE = re.compile(r"\b(?:military|soldiers?|police|militaires?|soldats?)\b", re.I)


def _victims(told: str) -> Victims:
    if _CIVILIAN.search(told):
        return "civilians"
    if _STATE.search(told):
        return "state_forces"
    return "unknown"


def _owner(events: list[Event], told: dict[int, list[Event]], sentence: int) -> Event | None:
    """The one event whose evidence holds the sentence, else the sentence before it, else
    the story's one main violent event ("... but he denied any military casualties")."""
    for i in (sentence, sentence - 1):
        owners = told.get(i, [])
        if len(owners) == 1:
            return owners[0]
        if owners:
            return None
    main = [ev for ev in events if ev.salience == "main" and ev.event_type in VIOLENT_TYPES]
    return main[0] if len(main) == 1 else None


#: the side that denies: "Somali military officials deny any of them were hurt"
_DENIER = re.compile(
    r"(?:^\W*|,\s*|\b(?:although|but|while|however,?)\s+)(?P<who>(?:[\w'’-]+\s+){1,5}?)(?:deny|denies|denied)\s+$", re.I
)


def _claimant(art: Article, index: int, nobody: str) -> str | None:
    """The sentence's source, not its own subject ("No one was reported killed"): its
    attribution, else the side that denies, else, for "He says ..." or words in quotation
    marks, the speaker the sentences just before name."""
    sentence = art.sentence_text(index)
    before = sentence[: sentence.find(nobody)] if nobody in sentence else ""
    # "although military officials deny any of them were hurt": the match holds the verb
    denier = _DENIER.search(before + ("deny " if re.match(r"den", nobody, re.I) else ""))
    who = _LINK.sub("", denier.group("who")).strip() if denier else None
    if who is None or who.lower() in ("he", "she", "they", "it", "il", "elle", "ils"):
        who = attribution(sentence)  # "but he denied": the speaker the sentence names
    if who is None and (PRONOUN_SAID.search(sentence) or _QUOTED.search(sentence)):
        back = range(index - 1, max(-1, index - 7), -1)
        who = next((w for j in back if (w := attribution(art.sentence_text(j)))), None)
    return None if who is None or who.lower() in nobody.lower() or nobody.lower().startswith(who.lower()) else who


_LINK = re.compile(r"^(?:although|but|while|however,?|and|though)\s+", re.I)
#: words in quotation marks: a speaker's, named before them
_QUOTED = re.compile(r"[\"“”«»]")


def add_zero_tolls(art: Article, events: list[Event]) -> None:
    """Add each nobody-died sentence as its event's claim of 0 (in place, flagged)."""
    told: dict[int, list[Event]] = {}
    for ev in events:
        for quote in ev.evidence:
            i = art.sentence_of(quote)
            if i is not None and ev not in told.setdefault(i, []):
                told[i].append(ev)
    for i in range(len(art.sentences)):
        sentence = art.sentence_text(i)
        m = _NOBODY.search(sentence)
        if m is None or _NOT_YET.search(sentence):
            continue
        event = _owner(events, told, i)
        if event is None or event.salience != "main" or any(c.low == 0 for c in event.fatality_claims):
            continue
        claimant = _claimant(art, i, m.group(0)) or art.meta.outlet or "outlet"
        event.fatality_claims.append(sentence_claim(art, i, 0, _victims(m.group(0)), claimant))
        event.flags.append(f"{FLAG}:{m.group(0)}")
        unnumbered = [f for f in event.flags if f.startswith(UNNUMBERED_FLAG + ":")]
        if unnumbered and not any(c.low for c in event.fatality_claims):
            # "No one was killed" outweighs a "killed" with no number ("killed 10 of her birds")
            event.flags = [f for f in event.flags if f not in unnumbered]
            recount_event(event)
