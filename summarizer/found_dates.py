"""The date of an event found in the text whose sentence gives none of its own: the day it
was said on, the next sentence's when that one tells the same place again, else the last
date of the nearest sentence before it."""

from __future__ import annotations

import datetime as dt
import re

from .article import Article
from .dates import event_date_phrases, find_date_phrase, resolve_date
from .folding import fold
from .news_days import told_as_past
from .schema import Event

__all__ = ["date_after", "date_before", "on_its_day", "opening_day", "said_on"]


#: a superlative the date phrase after it measures against ("the deadliest ... this year")
_MEASURED = re.compile(r"\b(?:deadliest|worst|bloodiest|biggest|largest|heaviest|first|most \w+)\b[^.;]{0,60}$", re.I)


_STARTED = re.compile(r"\b(?:began|begun|started|launched|since|depuis)\s+(?:on\s+|in\s+|last\s+)?$", re.I)


def date_before(art: Article, index: int) -> str | None:
    """The date phrase a sentence without one goes on with: the last one of the nearest
    sentence before it that has one ("... were killed on Wednesday in three attacks. In
    Kaloumba, twelve people died"). The headline is not read: it has no verb tense."""
    # only the two sentences before: a date told paragraphs earlier is another happening's
    # ("the September 28 assassination", five sentences above a bus bomb with no day)
    for j in range(index - 1, max(0, index - 3), -1):
        sentence = art.sentence_text(j)
        # "It was the deadliest attack in the Iraqi capital this year": a measure, no date
        phrases = [
            p
            for p in event_date_phrases(sentence)
            if (
                not _MEASURED.search(sentence[: max(0, sentence.find(p))])
                or resolve_date(p, art.meta.published).precision in ("day", "range")
            )
            # "where the uprising began in mid-March": when something started, no killing's day
            and not _STARTED.search(sentence[: max(0, sentence.find(p))])
        ]
        # "killed at least 29 people Wednesday, the deadliest violence ... this year": the
        # day dates the killing, the year only measures it
        days = [p for p in phrases if resolve_date(p, art.meta.published).precision in ("day", "range")]
        if days or phrases:
            return (days or phrases)[-1]
    return None


def date_after(art: Article, index: int, where: str | None) -> str | None:
    """The date of one of the next two sentences when it tells the same place again ("... killed a former
    minister and two others. ... were also killed in Sunday's attack in the Hangu district"):
    nearer the killing than a date of the sentence before, which may be another story's."""
    if not where:
        return None
    for j in range(index + 1, min(index + 3, len(art.sentences))):
        after = art.sentence_text(j)
        if fold(where).lower() in fold(after).lower():
            phrases = event_date_phrases(after)
            if phrases and _STARTED.search(after[: max(0, after.find(phrases[0]))]):
                continue  # "a security operation that began Monday": when a campaign started, not this killing
            span = resolve_date(phrases[0], art.meta.published) if phrases else None
            # "Mogadishu has endured years of violence since ... 1991": the place's past, not
            # the day of this killing
            if span is None or told_as_past(span, art.meta.published):
                return None
            return phrases[0]
    return None


def said_on(art: Article, sentence: str) -> str | None:
    """The day a sentence with no date of its own was said on ("Pakistan's army said Tuesday
    that troops killed four"): the report's day is nearer the killing than a date phrase
    of another sentence."""
    phrase = find_date_phrase(sentence)
    span = resolve_date(phrase, art.meta.published) if phrase else None
    return phrase if span is not None and span.precision == "day" else None


#: a sentence that opens on its day: "On Thursday, ...", "Also Thursday, ...", "Late Wednesday, ..."
_OPENS_ON = re.compile(r"^(?:also|and|earlier|later|late|early|on|le|et)?\s*(?:on\s+)?$", re.I)


def on_its_day(art: Article, sentence: str, events: list[Event], told: set[int], added: set[int]) -> set[int]:
    """The figures ``told`` that may be a coded event's dead told again: a sentence that
    opens on a day of its own ("On Thursday, police said gunmen stormed a money exchange and
    killed three people", beside Friday's "at least three people were killed") tells other
    dead when no coded event of that figure is on that day."""
    day = opening_day(art, sentence)
    if day is None:
        return told
    days: dict[int, set[dt.date | None]] = {}
    for ev in events:
        for c in ev.fatality_claims:
            for v in (c.low, c.high):
                if v is not None:
                    days.setdefault(v, set()).add(ev.date.start)
    return {v for v in told if v in added or day in days.get(v, {day})}


def opening_day(art: Article, sentence: str) -> dt.date | None:
    """The day a sentence opens on ("On Thursday, ...", "Also Thursday, ..."): the day of
    what it tells, not of a statement inside it."""
    phrases = event_date_phrases(sentence)
    if not phrases or not _OPENS_ON.match(sentence[: max(0, sentence.find(phrases[0]))]):
        return None
    span = resolve_date(phrases[0], art.meta.published)
    return span.start if span.precision == "day" else None
