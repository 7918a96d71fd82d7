"""The event's date: the phrase the model attached, checked against the evidence and the story.

Why its own module: a date is the field most often taken from the wrong sentence (a
statement's day, another happening's day, the day a tally was published), and each of
those is a rule with its own examples; the place and actor checks in ``checks`` share
nothing with them but the text search. ``event_date`` returns (span, flags) like every
check, so ``records.build_event`` composes it with the others.
"""

from __future__ import annotations

import datetime as dt
import re

from .article import Article
from .dates import WEEKDAYS, event_date_phrases, find_date_phrase, resolve_date
from .days_long import first_day_of_days
from .deed_days import (
    DAY_OF_THE_ATTACK,
    LEADING_PREPOSITION,
    TOLD_AS_PAST,
    dates_a_deed,
    recent_day,
    told_after_the_deed,
)
from .draft import DraftEvent
from .found_signals import ANOTHER
from .grounding import align
from .keywords import EARLIER_ATTACK, VIOLENT_TYPES, classify
from .news_days import dates_what_it_follows
from .schema import EVENT_TYPE_OF, DateSpan
from .statement_days import deed_day, statement_date
from .week_days import narrowed
from .weekdays import respell_weekdays

Flags = list[str]

#: the flag of a record whose date is only the day of publication (no date in the text)
DATE_ASSUMED = "date_assumed_publication_day"


def _found(mention: str, text: str) -> bool:
    return bool(mention.strip()) and align(mention, text).status != "none"


_CROWDS = {"Protests", "Riots"}
#: an ISO date as a page stamps a headline with it
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}$")

#: sentences after the headline that count as a story's lead
LEAD_SENTENCES = 2


def _attack_days(art: Article) -> set[str]:
    """The weekdays the story names as an attack's own ("Wednesday's blast", "the Friday night attack")."""
    return {
        (m.group("day") or m.group("day2")).lower()
        for i in range(len(art.sentences))
        for m in DAY_OF_THE_ATTACK.finditer(art.sentence_text(i))
    }


#: a sentence that dates the deed itself: "the attack took place on Friday", "l'attaque a eu
#: lieu le vendredi 27 avril 2018" (the word "lieu" is sometimes left out)
_DEED_TOOK_PLACE = re.compile(
    r"\b(?:the|l['’]|cette|this)\s*(?:attack|attaque|massacre|ambush|embuscade|killings?|tuerie|raid|assault|bombing"
    r"|attentat)s?\s+(?:took place|occurred|happened|was carried out|a eu(?:\s+lieu)?|s['’]est produite?)\b",
    re.I,
)


def _the_deeds_date(art: Article) -> DateSpan | None:
    """The one day, within a week before publication, that the article's sentences telling
    when the deed took place give ("Il ajoute l'attaque a eu le vendredi 27 avril 2018")."""
    if art.meta.published is None:
        return None
    found: dict[dt.date, DateSpan] = {}
    for i in range(1, len(art.sentences)):
        sentence = art.sentence_text(i)
        m = _DEED_TOOK_PLACE.search(sentence)
        if m is None:
            continue
        for phrase in event_date_phrases(respell_weekdays(sentence[m.end() :])):
            span = resolve_date(phrase, art.meta.published)
            if span.precision == "day" and span.start and 0 <= (art.meta.published - span.start).days <= 7:
                found[span.start] = span
    return next(iter(found.values())) if len(found) == 1 else None


def _tells_violence(sentence: str) -> bool:
    kind = classify(sentence)
    return kind is not None and kind[0] in VIOLENT_TYPES


def _one_day_of_violence(art: Article, sub_type: str | None = None) -> str | None:
    """The one recent weekday the article writes beside a deed, if only one.

    Why: "Karzai issued a statement Monday ... Officials say the attack took place Sunday":
    a model that took the statement's day leaves the deed's day elsewhere in the story, in
    a sentence outside its evidence. Two different days mean two happenings, so none; a
    sentence that tells a second or separate attack (or follows one) dates the other one.
    Only a named weekday counts: "a day earlier" counts from another happening. ``sub_type``
    keeps only sentences that tell that kind of deed (a shelling's Friday does not date a
    clash, nor an air strike's Thursday a suicide bombing)."""
    days: dict[dt.date, str] = {}
    for i in range(1, len(art.sentences)):
        sentence = respell_weekdays(art.sentence_text(i))
        if any(ANOTHER.search(q) or _ONE_OF_MORE.search(q) for q in (sentence, art.sentence_text(i - 1))):
            continue  # "It is the second strike this week. Officials said a drone attack Tuesday ..."
        if not _tells_violence(sentence) or (sub_type is not None and (classify(sentence) or ("", ""))[1] != sub_type):
            continue
        for p in event_date_phrases(sentence):
            at = sentence.find(p)
            near = sentence[max(0, at - _NEAR) : at + len(p) + _NEAR]
            if not (_WEEKDAY.search(p) and _DEED_WORD.search(near)):
                continue
            if recent_day(p, art.meta.published) and not dates_what_it_follows(sentence, p):
                start = resolve_date(p, art.meta.published).start
                if start is not None:
                    days.setdefault(start, p)
    return next(iter(days.values())) if len(days) == 1 else None


#: "the second suspected U.S. missile strike this week": one of several happenings
_ONE_OF_MORE = re.compile(
    r"\b(?:second|third|fourth|another|separate|earlier|previous)\s+(?:[\w.-]+\s+){0,3}?"
    r"(?:strikes?|attacks?|raids?|bombings?|blasts?|ambush(?:es)?|clash(?:es)?|assaults?)\b",
    re.I,
)
#: how far from its date phrase a deed word may stand
_NEAR = 50
_WEEKDAY = re.compile(r"\b(?:" + "|".join(WEEKDAYS) + r")\b", re.I)
#: the deed a day phrase dates: "the attack took place Sunday", "killed in ... Saturday"
_DEED_WORD = re.compile(
    r"\b(?:attack(?:ed|s)?|ambush(?:ed)?|raid(?:ed)?|stormed|bomb(?:ing|ed)|blast|explosion|clash(?:es|ed)?"
    r"|fighting|offensive|operation|shell(?:ing|ed)|strikes?|airstrikes?|killed|killing|died|dead|massacre"
    r"|tu[ée]s?|attaque|embuscade|attentat|affrontements?|explosion)\b",
    re.I,
)


def event_date(draft: DraftEvent, art: Article, evidence: list[str]) -> tuple[DateSpan, Flags]:
    """The event's date from the phrase attached to the event, never the day of a statement."""
    flags: Flags = []
    phrase = draft.date.strip()
    after_headline = art.text[art.sentences[1][0] :] if len(art.sentences) > 1 else art.text
    if _STAMP.match(phrase) and not _found(phrase, after_headline):
        # "Colombia Launches Rescue Mission ... - 2003-09-15": the page's stamp of the day it
        # went up, not the day of anything the story tells
        flags.append("date_of_the_page_stamp")
        phrase = ""
    if phrase and not _found(phrase, art.text):
        # "on Saturday night" where the text says "during a Saturday night gunbattle": the
        # phrase without its leading preposition is the text's own
        bare = LEADING_PREPOSITION.sub("", phrase)
        if bare != phrase and _found(bare, art.text):
            phrase = bare
        else:
            flags.append("date_phrase_not_in_text")
            phrase = ""
    told_earlier = [
        art.sentence_text(i) for i in range(len(art.sentences)) if phrase and _found(phrase, art.sentence_text(i))
    ]
    if (
        phrase
        and not any(_found(phrase, q) for q in evidence)
        and told_earlier
        and all(EARLIER_ATTACK.search(t) for t in told_earlier)
    ):
        # "on Sunday" from "The earlier bombing on Sunday", when the evidence dates its own
        # blast ("detonated his explosives Monday"): the evidence's date is the event's
        own = next((p for q in evidence[1:] or evidence for p in event_date_phrases(q)), None)
        if own and TOLD_AS_PAST.search(own) and dates_a_deed(phrase, art.text):
            own = None  # "Thursday's coordinated assault" dates a deed; "recorded last year" a tally
        if own and resolve_date(own, art.meta.published).precision != "unknown":
            flags.append(f"date_from_evidence:{phrase}->{own}")
            phrase = own
    elif phrase and not any(_found(LEADING_PREPOSITION.sub("", phrase), q) for q in evidence):
        # the model's day stands outside the evidence, whose body sentence dates itself as
        # past ("Earlier this month, a series of bomb blasts killed 24"): that is the event's
        headline = art.sentence_text(0) if art.sentences else ""
        body = [q for q in evidence if q != headline]
        own = next(
            (
                p
                for q in body
                for p in event_date_phrases(q)
                if TOLD_AS_PAST.search(p) and not dates_what_it_follows(q, p)
            ),
            None,
        )
        if own and dates_a_deed(phrase, art.text):
            own = None  # "Thursday's coordinated assault" dates a deed; "recorded last year" a tally
        if not own:
            # "Thursday" from another happening's sentence (a protest in the capital), when
            # the evidence dates its own deed ("abducted ... late Wednesday"): one recent
            # day in the evidence's body is the event's
            # a crowd's day dates a crowd's event ("barricades blocked streets Saturday")
            deeds = VIOLENT_TYPES | ({"Protests"} if EVENT_TYPE_OF[draft.sub_event_type] in _CROWDS else set())
            days = {
                p.lower(): p
                for q in body
                if (kind := classify(q)) and kind[0] in deeds  # a deed's day, not an appeal's
                for p in event_date_phrases(respell_weekdays(q))
                if recent_day(p, art.meta.published) and not dates_what_it_follows(q, p)
            }
            starts = {resolve_date(p, art.meta.published).start for p in days.values()}
            own = next(iter(days.values())) if len(starts) == 1 else None
        if own and resolve_date(own, art.meta.published).precision != "unknown":
            flags.append(f"date_from_evidence:{phrase}->{own}")
            phrase = own
        elif (
            not own
            and told_earlier
            and not any(_tells_violence(t) for t in told_earlier)
            and len(_attack_days(art)) == 1
        ):
            # "On Tuesday, the new interim government was sworn in": the model's day is
            # another happening's, not violence; the story's own day of the deed stands in
            flags.append(f"date_of_another_happening_dropped:{phrase}")
            phrase = ""
    everywhere = [art.sentence_text(i) for i in range(len(art.sentences))]
    outside = bool(phrase) and not any(_found(LEADING_PREPOSITION.sub("", phrase), q) for q in evidence)
    if phrase and (statement_date(phrase, evidence) or (outside and statement_date(phrase, everywhere))):
        # the model's day is a statement's: where the evidence holds it, or, when it is
        # not in the evidence, everywhere the article writes it ("Speaking to parliament
        # Tuesday"); the evidence's own day of the deed stands in
        others = [p for q in evidence for p in event_date_phrases(q) if p.lower() != phrase.lower()]
        # a day of the past week before "last year" (the coup of "which seized power in a
        # coup last year" is no date of this bombing)
        this_week = [p for p in others if recent_day(p, art.meta.published)]
        # "... from Thursday's attack"; else the one recent day the story's violent sentences write
        # (a town held "now": the day it was said is the day it is held)
        held = "territory" in draft.sub_event_type or EVENT_TYPE_OF[draft.sub_event_type] == "Strategic developments"
        other = (
            (this_week or others or [""])[0] or deed_day(everywhere) or (None if held else _one_day_of_violence(art))
        )
        if other:
            flags.append(f"date_of_statement_replaced:{phrase}->{other}")
            phrase = other
    span = resolve_date(phrase or None, art.meta.published)
    if span.precision == "week":
        span = narrowed(span, draft.place, art, flags)
    if span.precision == "day" and span.text:
        # the day must be told in the same sentence as the days it ends
        bare = LEADING_PREPOSITION.sub("", span.text)
        span = first_day_of_days(span, [q for q in evidence if _found(bare, q)], flags)
    if span.precision == "unknown" and phrase:
        flags.append("date_unresolved")
    if span.precision == "unknown":  # the body's dates before the headline's ("Record Airstrikes in 2019")
        for quote in map(
            respell_weekdays, sorted(evidence, key=lambda q: bool(art.sentences) and q == art.sentence_text(0))
        ):
            phrases = event_date_phrases(quote) or [find_date_phrase(quote) or ""]
            # not "follows ... last month", nor "since a new government took power a month ago"
            found = [p for p in phrases if p and not dates_what_it_follows(quote, p) and not _since_then(quote, p)]
            found.sort(key=lambda p: not told_after_the_deed(p, quote))  # "tués mardi" before "hommage vendredi"
            spans = [s for s in (resolve_date(p, art.meta.published) for p in found) if s.precision != "unknown"]
            if spans:
                read_day = spans[0].text or ""
                if (
                    "date_of_the_page_stamp" in flags
                    and not _STAMP.match(read_day)
                    and recent_day(read_day, art.meta.published)
                ):
                    # the stamp dropped, the evidence's own day of this week read (not the stamp again)
                    flags.append(f"date_from_evidence:{draft.date.strip()}->{spans[0].text}")
                return narrowed(spans[0], draft.place, art, flags), flags
    if span.precision == "unknown" and art.meta.published:
        # a story's lead dates its news ("during a Saturday night gunbattle"): with no date
        # in the evidence, the lead's, flagged
        for index in range(1, min(LEAD_SENTENCES + 1, len(art.sentences))):
            lead = respell_weekdays(art.sentence_text(index))
            spans = [resolve_date(p, art.meta.published) for p in event_date_phrases(lead)]
            recent = [
                s for s in spans if s.precision == "day" and s.start and 0 <= (art.meta.published - s.start).days <= 7
            ]
            if recent:
                flags.append("date_from_the_lead")
                return recent[0], flags
        # "the Friday night attack" later in the story names the attack's own day: one
        # such day in the whole article dates it
        named = _attack_days(art)
        if len(named) == 1:
            day_span = resolve_date(f"on {named.pop()}", art.meta.published)
            if day_span.precision == "day" and day_span.start and 0 <= (art.meta.published - day_span.start).days <= 7:
                flags.append("date_from_the_story:the attack's day")
                return day_span, flags
        told = _the_deeds_date(art)
        if told is not None:
            flags.append("date_from_the_story:the deed's date")
            return told, flags
        # "were out drinking late Sunday, when gunmen stormed the bar" further down: the one
        # recent weekday the story writes beside a deed of the event's kind dates it better
        # than the day the story went out (two such days mean two happenings, and then none
        # is taken)
        deed = _one_day_of_violence(art, draft.sub_event_type)
        if deed is not None:
            deed_span = resolve_date(deed, art.meta.published)
            if deed_span.precision == "day":
                flags.append(f"date_from_the_story:{deed}")
                return deed_span, flags
        # news reports the latest events: no date in the lead either, publication day, flagged
        flags.append(DATE_ASSUMED)
        day = art.meta.published
        lately = _RECENT.search(" ".join(evidence))
        if lately and day is not None:
            # "after recent clashes with rebels": the week the story closes, not its day
            return DateSpan(start=day - dt.timedelta(days=6), end=day, precision="week", text=lately.group(0)), flags
        return DateSpan(start=day, end=day, precision="day", text=None), flags
    return span, flags


def _since_then(quote: str, phrase: str) -> bool:
    """Whether the phrase dates the start of a period the sentence counts from ("the second
    attack since a new government took power a month ago"), not a deed of the event."""
    at = quote.find(phrase)
    return at > 0 and re.search(r"\b(?:since|depuis)\b[^.;,]{0,80}$", quote[:at], re.I) is not None


#: an undated happening told as recent ("after recent clashes", "ces derniers jours")
_RECENT = re.compile(
    r"\b(?:r[ée]cen\w*|r[ée]cemment|in the past few days|over the past (?:few )?days|ces derniers jours)\b", re.I
)


#: a unit's kind after its name: "Orakzai tribal agency", "Swat district"
