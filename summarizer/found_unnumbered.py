"""Events the model left out that the article tells without a toll: one more attack in a
town of its own, kept only when the sentence says it is another event ("a third attack
took place overnight in Kolokani", "Et à Gossi, ..."), opens on a place or region no event
is in, tells a weapon or kind of act no coded event has, or dates itself to a day no event
has. Towns taken or retaken (``territory.py``) on a day of this week count too. The tolled
sentences are ``found_in_text.py``'s; this finder never adds a figure of its own.
"""

from __future__ import annotations

import datetime as dt
import re

from .article import Article
from .dates import find_date_phrase, resolve_date
from .figure_scope import is_cumulative
from .found_dates import date_before
from .found_parts import Found, uncovered_sentences_of
from .found_places import is_new, named_where
from .found_signals import (
    ALSO,
    AN_ATTACK_TOLD,
    ANOTHER,
    BACK_TO_THEM,
    JUDGED,
    NOW,
    OPENS_IN,
    one_more_device,
    told_as_a_cause,
)
from .keywords import VIOLENT_TYPES, classify, only_care_of_the_hurt
from .news_days import date_near, told_as_past
from .other_kind import TOLD_BEFORE
from .places import listed_after
from .running_numbers import unnumbered_deaths
from .schema import Event
from .separate import opens_as_another
from .territory import territory_taken


def _opens_on_new_region(
    opening: str, country: str, known: list[tuple[str | None, str | None, dt.date | None]]
) -> bool:
    named = named_where(opening, country)
    return named is not None and is_new(named, None, known)


_HURT = re.compile(r"\b(?:wounded|injured|injuring|wounding|bless[ée]s?|blessant)\b", re.I)
#: a deed named with "the" is one told already: "The earlier bombing on Sunday killed a local
#: mayor", "some five kilometers from the scene of the latest massacre"
_A_DEED_TOLD = re.compile(
    r"\b(?:the|this|that|la|le|l['’]|cette|cet"
    # "Monday's bombings took place ... where Godane was killed": the day's deed told already
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun|yester|to)day['’]s)"
    r"\s*(?:(?:earlier|previous|latest|recent|first|second|same|deadly|dernier|derni[èe]re)\s+)?"
    r"(?:bombings?|attacks?|blasts?|explosions?|raids?|ambush(?:es)?|assaults?|massacres?|killings?|attentats?"
    r"|attaques?|embuscades?)\b",
    re.I,
)
_ONE_MORE_ATTACKER = re.compile(
    r"\b(?:second|third|another)\s+(?:(?:car|truck|suicide)\s+)?(?:bombers?|attackers?|gunmen)\b[^.]{0,40}?"
    r"\b(?:targeted|attacked|struck|hit|rammed)\b",
    re.I,
)
#: a coded event whose day was not read from its words, only assumed
_UNDATED = frozenset({"date_of_the_page_stamp", "date_assumed_publication_day", "date_unresolved"})
_MEANWHILE = re.compile(r"^(?:Meanwhile|In the meantime|Pendant ce temps)\b", re.I)
_WEAPON_TYPES = frozenset(
    {"Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Suicide bomb"}
)


def _date_from(event: Event, sentence: str, art: Article) -> None:
    """Give an event whose day was only assumed the day the sentence telling it names (in place)."""
    own = date_near(sentence, 0)
    span = resolve_date(own, art.meta.published) if own else None
    if span is None or span.precision != "day" or told_as_past(span, art.meta.published):
        return
    event.date = span
    event.flags = [f for f in event.flags if f not in _UNDATED] + [f"date_from_the_sentence_telling_it:{own}"]


def unnumbered(art: Article, events: list[Event], found: list[Found], country: str) -> list[Found]:
    """Sentences that tell one more attack in a town of its own with no toll: kept only
    when the sentence says it is another event ("a third attack", "Et à Gossi") or
    dates itself to a day no event has."""
    taken = {i for f in found for i in f.sentences}
    uncovered = set(uncovered_sentences_of(art, events)) - taken
    # "killed several militants": no toll; "where officials are investigating the massacre of
    # 72 migrants": an earlier killing's dead, no toll of this sentence's own
    with_figures = {f.sentence for f in art.death_figures if not f.vague and f.scope != "background"}
    vaguely_counted = {f.sentence for f in art.death_figures if f.vague and f.scope == "event"}
    known = [(ev.location.place, ev.location.admin1, ev.date.start) for ev in events]
    known += [(f.where, None, None) for f in found if f.where or not f.apart]
    main = [ev for ev in events if ev.salience == "main"]
    out: list[Found] = []
    for i in range(1, len(art.sentences)):
        if i not in uncovered or i in with_figures:
            continue
        sentence = art.sentence_text(i)
        kind = classify(sentence)
        changed = territory_taken(sentence) if kind is None or kind[0] not in VIOLENT_TYPES else None
        # arrests told as another development ("In other developments, coalition forces
        # detained 16 suspects in Sadr City") are events too, and towns taken on a day of
        # this week ("On Tuesday, Chad said its forces had liberated ... Dikwa")
        if changed is None and (kind is None or (kind[0] not in VIOLENT_TYPES and kind[1] != "Arrests")):
            continue
        if is_cumulative(sentence) or JUDGED.search(sentence) or only_care_of_the_hurt(sentence):
            continue  # "in the last few weeks, a large number ... have been killed": a period's, no one event
        undated = next(
            (
                ev
                for ev in main
                if kind is not None
                and ev.sub_event_type == kind[1]
                and _UNDATED.intersection(ev.flags)
                and not any(f.startswith("date_from_evidence:") for f in ev.flags)  # its evidence dated it
            ),
            None,
        )
        if undated is not None and told_as_a_cause(sentence.rstrip(' ."”')):
            continue  # "officials link the fresh violence to the killing of a commander on Saturday": its cause
        if undated is not None and not (ANOTHER.search(sentence) or opens_as_another(sentence)):
            # "the government troops surrounded the rebels on Wednesday in the village of Loi
            # Karez": the fight the model coded with no day of its own, told in detail; its day is the fight's
            _date_from(undated, sentence, art)
            continue
        where = named_where(sentence, country)
        placed_next = False
        if (
            where is None
            and (ANOTHER.search(sentence) or opens_as_another(sentence))
            and i + 1 in uncovered - with_figures
        ):
            # "The rebels are accused of carrying out another attack Saturday. Three police
            # officers in the southeastern town of Kulp ... were wounded": the next sentence
            # places the attack and tells who was hurt
            nxt = art.sentence_text(i + 1)
            where = named_where(nxt, country) if _HURT.search(nxt) else None
            placed_next = where is not None
        # "A second bomber targeted a nearby police station", "A fourth bombing took place later
        # in the day": one more device at the scene of the story's attack, no place of its own
        scene = where is None and bool(main) and one_more_device(sentence)
        if scene:
            where = main[0].location.place or main[0].location.admin1
        # "three Westerners were also reported kidnapped in Baghdad", beside a bombing there:
        # a kind of act no coded event is, told "also", is new even in a town already coded
        also_new_kind = (
            kind is not None
            and kind[1] not in ("Armed clash", "Attack")  # "were also killed in Sunday's attack": the same one
            and ALSO.search(sentence) is not None
            and all(ev.sub_event_type != kind[1] for ev in events)
        )
        if where and not (
            scene
            or also_new_kind
            or is_new(where, None, known, apart=opens_as_another(sentence) or bool(ANOTHER.search(sentence)))
        ):
            continue
        own = date_near(sentence, 0)
        span = resolve_date(own, art.meta.published) if own else None
        if span is not None and told_as_past(span, art.meta.published):
            continue
        day = span.start if span is not None and span.precision in ("day", "range") else None
        new_day = day is not None and is_new(None, day, known)
        if changed is not None and day is None and NOW.search(sentence):
            # "The Nigerian army said Thursday that its troops are now in full control of
            # Mafa": the day it was said is the day the town is held
            own = find_date_phrase(sentence)
            span = resolve_date(own, art.meta.published) if own else None
            day = span.start if span is not None and span.precision in ("day", "range") else None
        if changed is not None and day is None and not ALSO.search(sentence):
            continue  # a town taken with no day of this week is most often background ("also taken": the story's)
        opening = OPENS_IN.match(sentence)
        # "In Narathiwat province, ...", "In northern Gaza, ... the town of Beit Lahiya": the
        # sentence opens on its own town or on a region no event is in
        opens_there = opening is not None and (
            bool(where and where in opening.group(0)) or _opens_on_new_region(opening.group(0), country, known)
        )
        # "Turkish troops shelled areas near the border", beside a bombing: a weapon no coded
        # event used, in a town of its own, is another happening
        new_weapon = (
            kind is not None
            and kind[1] in _WEAPON_TYPES
            and all(ev.sub_event_type != kind[1] for ev in events)
            and not _A_DEED_TOLD.match(sentence)  # "Monday's bombings took place ...": told already
        )
        # "In western Afghanistan, a bomb attack wounded four Italian soldiers": a happening
        # with people hurt or killed of its own, in a town or region of its own
        hurt = (_HURT.search(sentence) is not None or unnumbered_deaths([sentence]) is not None) and not (
            TOLD_BEFORE.search(sentence) or _A_DEED_TOLD.search(sentence)
        )
        # "Israeli jets also bombed several villages in southern Lebanon" beside a ground fight;
        # "Hezbollah fired a heavy barrage of rockets at towns across northern Israel today":
        # a new kind of act, told "also", on a day of its own, after "Meanwhile," or in a part
        # of the country the sentence opens on, stands with no town (at the country's level)
        if not where and not (
            also_new_kind
            or (new_weapon and (own is not None or ALSO.search(sentence) or _MEANWHILE.match(sentence) or opening))
        ):
            continue
        if changed is None and not (
            hurt
            # "Later, a second car bomber targeted Somali security forces": one more attacker
            # with a target of its own ("a second explosion went off" at the scene is the same attack)
            or (scene and _ONE_MORE_ATTACKER.search(sentence) is not None)
            or ANOTHER.search(sentence)
            or opens_as_another(sentence)
            or new_day
            or opens_there
            or also_new_kind
            or new_weapon
            # "Al-Shabab also launched a dawn attack on a military base at El Salini": one more
            # attack, told "also", in a town of its own
            or (ALSO.search(sentence) and AN_ATTACK_TOLD.search(sentence))
            # "the coalition also reported that troops killed several militants in Paktia province"
            or (ALSO.search(sentence) and i in vaguely_counted)
        ):
            continue
        # one more attacker at the scene attacked on the scene's day, not a day told before
        scene_day = main[0].date.text if scene and main else None
        date = own or scene_day or date_before(art, i) or ((main[0].date.text if main else None) or "")
        sentences = [i, i + 1] if placed_next else [i]
        if placed_next:
            taken.add(i + 1)
        # "killed several militants": a vague count is still the event's claim (and says who was hit)
        figures = [f for f in art.death_figures if f.sentence == i and f.vague and f.scope == "event"]
        follow = i + 1
        if follow in uncovered and BACK_TO_THEM.search(art.sentence_text(follow)):
            # "... attacked three other villages Monday and Tuesday. Witnesses say the militants
            # killed hundreds of people in those attacks": the next sentence counts its dead
            figures = [
                f for f in art.death_figures if f.sentence == follow and f.scope == "event" and f.low is not None
            ]
            if figures:
                sentences.append(follow)
                taken.add(follow)
        out.append(Found(where, date, own is not None, sentences, figures, territory=changed))
        known.append((where, None, day))
        if not figures and changed is None and where:
            # "Shelling ... was also reported in Daraa, Homs and the suburbs around the
            # capital, Damascus": each town listed is an event of its own
            for town in listed_after(sentence, where, country):
                if is_new(town, None, known):
                    out.append(Found(town, date, own is not None, [i], []))
                    known.append((town, None, day))
    return out


__all__ = ["unnumbered"]
