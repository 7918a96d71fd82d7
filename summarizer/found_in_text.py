"""Events the model's answer left out, built from the article's own sentences.

The small model codes one event where a story reports two or three, and asking it again
(``second_look.py``) found few. Code already reads a sentence's death figures, kind of
violence, date phrase and place. So a sentence that

* reports violence with a precise death figure of its own (not "several", not a war-long
  toll, not dated more than a week before publication),
* is covered by no coded event and counts no figure one of them counts (a figure told
  again counts as new only when the sentence places its killing: "near the town of X"), and
* names a place or region no coded event has, or a day a day or more away from theirs

becomes a draft event and goes through the model's checks (``records.build_event``).
Sentences naming the same new town join one event. A sentence with no toll counts only
when it says it is another attack ("Et à Gossi, ...") or dates itself to a day no event
has. Each event is flagged ``found_in_text``: no model read it. A sentence that names
nothing new is most often the same event told again, so it is left alone.

Sides: the victims' noun is actor2; actor1 is a group named before the figure (or after
"by"), an air strike's owner, or the state force that killed fighters; unnamed "militants"
are the story's one named group. A side not named is assumed and flagged (``actor2_assumed``).
"""

from __future__ import annotations

import re

from . import found_parts as parts
from . import found_signals as signals
from .article import Article
from .assumed_targets import assume_target
from .dates import find_date_phrase, resolve_date
from .distances import far_off
from .draft import DraftClaim, DraftEvent
from .folding import fold
from .found_abductions import abduction_events
from .found_arrests import arrest_events
from .found_dates import date_after, date_before, on_its_day, said_on
from .found_disrupted import disrupted_events
from .found_parts import Found, at_country_level_unless_placed, may_have_dead, uncovered_sentences_of
from .found_places import (
    OFFICE,
    ORIGIN,
    across_the_border,
    fight_placed_before,
    is_new,
    named_where,
    place_told_before,
    placed,
)
from .found_protests import protest_towns
from .found_releases import release_events
from .found_sides import (
    MILITANTS,
    MORE_OF_THE_SAME,
    NOBODY,
    sides,
    sides_text,
    sides_without_dead,
    story_group_for_unnamed,
    the_story_group,
)
from .found_signals import ALSO_ON_A_DAY, ANOTHER, JUDGED, OPENS_IN, REGION_WORDS, one_more_device, told_as_a_cause
from .found_unnumbered import unnumbered
from .keywords import VIOLENT_TYPES, classify, only_care_of_the_hurt, own_part, refers_back
from .news_days import date_near, told_as_past
from .next_killer import killer_told_next
from .other_kind import OTHER_DEAD_IN_INCIDENTS, of_a_new_kind, of_another_kind
from .places import place_in_evidence, region_in_text
from .records import build_event, is_conflict_event
from .schema import EVIDENCE_MAX_SENTENCES, Event
from .second_look import other_dead_than_coded, uncovered_sentences
from .separate import another_kind_also, opens_as_another, opens_as_separate, tells_another, told_as_elsewhere
from .territory import taker_sides
from .toll_parts import among_the_dead, is_part_of_a_toll, summed_parts
from .toll_told import IN_THAT_FIGHT

FLAG = "found_in_text"
#: deaths the sentence says no violence caused
#: a toll told as that of the fight just told: "killed during an exchange of heavy fire"
_SAME_FIGHT = re.compile(
    IN_THAT_FIGHT.pattern + r"|\b(?:during|in)\s+(?:an?\s+|the\s+)?exchange\s+of\s+(?:\w+\s+)?(?:gun)?fire\b"
    r"|\blors\s+d['’]un\s+[ée]change\s+de\s+tirs\b",
    re.I,
)
#: at most this many events are added to one article (a week's list is for the model to read)
MAX_FOUND = 4


def _told_since(art: Article, last: Found, index: int, country: str) -> bool:
    """Whether sentence ``index`` still follows the event ``last`` found: a few sentences on,
    with no other toll or place told between ("The AU called that attack a 'cowardly
    ambush.'")."""
    start = max(last.sentences) + 1
    if not 0 < index - start + 1 <= 4:
        return False
    between = range(start, index)
    if any(f.sentence in between for f in art.death_figures):
        return False
    return all(named_where(art.sentence_text(k), country) in (None, last.where) for k in between)


def _draft(found: Found, country: str, art: Article) -> DraftEvent:
    first = found.sentences[0]
    sentence = art.sentence_text(first)
    region = region_in_text([sentence], country)
    kind = found.territory or classify(" ".join(own_part(art.sentence_text(i)) for i in found.sentences))
    kind = kind or classify(sentence)  # a clause may hide the kind its whole sentence tells
    assert kind is not None  # only sentences that classify types are found
    kind = parts.air_strike_told_before(art, first, kind)
    if found.territory:
        actor1, type1, actor2, type2 = taker_sides(sentence, kind[1], country, art)
    elif found.figures:
        # civilians who are most of the dead say who was hit ("two policemen and 18 civilians
        # were killed" at a church); a fighters' toll beside them stays second
        lead = max(found.figures, key=lambda f: (f.victims == "civilians") * (f.low or 0))
        if (lead.low or 0) * 2 <= sum(f.low or 0 for f in found.figures):
            lead = found.figures[0]
        offset = lead.start - art.sentences[lead.sentence][0]
        text = art.sentence_text(lead.sentence)
        if lead.sentence - 1 in found.sentences:
            # "Pakistani troops ... pounded militant hideouts in North Waziristan. About 40
            # militants were killed in the fighting": the sentence before names who fought
            before = art.sentence_text(lead.sentence - 1)
            text, offset = f"{before} {text}", offset + len(before) + 1
        told = sides_text(text, offset)
        actor1, type1, actor2, type2 = sides(told, offset, lead.victims, country, art)
        if actor1 == NOBODY and (killer := killer_told_next(art, max(found.sentences), country)):
            actor1, type1 = killer  # "Palestinians say Israeli soldiers shot and killed the man"
    else:
        actor1, type1, actor2, type2 = sides_without_dead(sentence, country, art)
        if kind[1] == "Arrests" and type2 in ("State forces", "External/Other forces"):
            # "coalition forces detained 16 suspects": the forces arrest, the suspects are held
            if type1 == "Rebel group":  # the sentence names no other side: the forces acted
                actor1, type1 = actor2, type2
            actor2, type2 = NOBODY, "Rebel group"
    place = found.where if found.where and found.where != region else ""
    named = found.where and re.search(rf"(?<![\w-]){re.escape(found.where)}(?:['’]s)?\s+{REGION_WORDS}", sentence, re.I)
    if named:  # "In Narathiwat province": the province, told as one, not its town of that name
        region, place = named.group(0), ""
    return DraftEvent(
        sentences=[i + 1 for i in found.sentences[:EVIDENCE_MAX_SENTENCES]],
        sub_event_type=kind[1],  # type: ignore[arg-type]
        date=found.date,
        place=place,
        region=region or "",
        country=country,
        actor1=actor1,
        actor1_type=type1,
        actor2=actor2,
        actor2_type=type2,
        claims=[
            DraftClaim(figure=f.text, victims=f.victims, claimant=f.claimant or "", sentence=f.sentence + 1)
            for f in found.figures[:4]
        ],
    )


def _candidates(art: Article, events: list[Event], country: str) -> list[Found]:
    """The uncovered sentences that tell a new event, those naming the same new place joined
    ("In Sokolo, the army reports six dead soldiers. The army claims to have killed 48
    assailants ... 15 km from Sokolo")."""
    main = [ev for ev in events if ev.salience == "main"]
    coded = {v for ev in events for c in ev.fatality_claims for v in (c.low, c.high) if v is not None}
    counted_in = {c.span.start for ev in events for c in ev.fatality_claims if c.span is not None}
    summed = summed_parts(events)  # "six women and three men": the nine a coded event holds
    added: set[int] = set()  # the figures of the events found so far
    # a deal signed or a march held is no killing told again: only events that may have
    # dead can be the sentence's
    known = [(ev.location.place, ev.location.admin1, ev.date.start) for ev in events if may_have_dead(ev)]
    coded_events = len(known)
    found: list[Found] = []
    # a sentence that opens as another happening ("In a separate incident, seven civilians
    # were killed ...") counts its figures even when another event has the same number
    apart = [i for i in uncovered_sentences_of(art, events) if tells_another(art.sentence_text(i))]
    # "a second bomb exploded, killing one person": one more blast at the scene told before
    scene = [i for i in uncovered_sentences_of(art, events) if one_more_device(art.sentence_text(i))]
    apart += [i for i in scene if i not in apart]
    # "In Baghdad, a car bomb killed four people": opened on a town no event is at, even with another's toll
    known_places = [(ev.location.place, ev.location.admin1, ev.date.start) for ev in events]
    other_kind = of_another_kind(art, events, country)  # "In Baghdad, a bomb" beside a shootout; "The army responded"
    apart += [
        i
        for i in uncovered_sentences_of(art, events)
        if i not in apart
        and OPENS_IN.match(art.sentence_text(i))
        and (town := named_where(art.sentence_text(i), country)) is not None
        and is_new(town, None, known_places)
    ]
    # "The attack came hours after a vehicle drove over a land mine, killing two soldiers":
    # what follows "after" is another, earlier happening
    apart += [i for i in uncovered_sentences_of(art, events) if i not in apart and refers_back(art.sentence_text(i))]
    apart += [i for i in sorted(other_kind) if i not in apart]
    uncovered = set(uncovered_sentences_of(art, events))
    # "Elsewhere, militants set up a fake checkpoint ... to execute Shi'ite drivers. Officials
    # found the bodies of 14 drivers": a toll with no violence word of its own, told right
    # after a happening that opens as another and gives no toll
    after_another = [
        i
        for i in sorted(uncovered)
        if i - 1 in uncovered
        and any(f.sentence == i for f in art.death_figures)
        and not any(f.sentence == i - 1 for f in art.death_figures)
        and opens_as_another(art.sentence_text(i - 1))
        and classify(art.sentence_text(i - 1)) is not None
    ]
    for i in sorted(set(uncovered_sentences(art, events, limit=None)) | set(apart) | set(after_another)):
        sentence = art.sentence_text(i)
        if signals.NO_FIGHT_DEATH.search(sentence) or JUDGED.search(sentence):
            continue  # "a U.S. soldier died the previous day 'in a non-combat related incident'"
        if only_care_of_the_hurt(sentence):
            continue
        where = named_where(OFFICE.sub("", sentence), country)
        crossed = None if where else across_the_border(sentence, country)
        abroad = crossed[0] if crossed else None  # "The rockets hit Haifa and ... northern Israel", set in Lebanon
        where = crossed[1] if crossed else where
        if where is None and i in scene and main:
            where = main[0].location.place
        told_found = [(max(f.sentences), f.where) for f in found if f.where]
        # "some 285 kilometers northeast of Mogadishu": told where, far from any town; no other sentence's
        far = where is None and far_off(sentence)
        where = where or (None if far else place_told_before(sentence, i, events, art, told_found))
        follow = i + 1
        back = where is None and not far and i - 1 in uncovered and IN_THAT_FIGHT.search(sentence) is not None
        if (
            where is None
            and not far
            and not back  # "... died in the clashes": the fight the sentence before told, not the next one
            and follow in uncovered
            and not opens_as_another(art.sentence_text(follow))
            and not any(f.sentence == follow for f in art.death_figures)
        ):
            # "At least five others were killed in fights ... The Galmudug forces attacked an
            # Al-Shabab base in El-Abdi village": the next sentence, with no toll, places it
            # (a town, else a region: "The attack in southern Afghanistan's Zabul province"),
            # not where its attackers came from ("gunmen from Twic County of Warrap state")
            next_text = ORIGIN.sub("", art.sentence_text(follow))
            where = place_in_evidence([next_text], country) or region_in_text([next_text], country)
        else:
            follow = -1
        if back:  # "... hideouts in North Waziristan. About 40 militants were killed in the fighting"
            before_text = art.sentence_text(i - 1)
            where = place_in_evidence([before_text], country) or region_in_text([before_text], country)
            follow = i - 1
        before = art.sentence_text(i - 1) if i > 1 else ""
        if (
            where is None
            and not far
            and i - 1 in uncovered
            and (opens_as_separate(before) or fight_placed_before(before, country, known))
            and not any(f.sentence == i - 1 for f in art.death_figures)
        ):
            # "In another incident, gunmen opened fire at a church Sunday morning in Chakawa. A
            # local journalist tells VOA that two policemen and 18 civilians were killed."
            where = named_where(before, country)
            if where is not None:
                follow = i - 1
                apart.append(i)
        if (
            where is None
            and not far
            and i not in apart
            and i - 1 in uncovered
            and opens_as_another(before)
            and classify(before) is not None
            and not any(f.sentence == i - 1 for f in art.death_figures)
        ):
            # "Meanwhile, ... in the wake of a suicide bombing Tuesday on the island's southern
            # tip. The blast killed at least 14 people"; "Elsewhere, militants set up a fake
            # checkpoint ... Officials found the bodies of 14 drivers"): the happening the
            # sentence before opened, with no toll of its own
            follow = i - 1
            apart.append(i)
        # a figure found again is the same dead told again ("24 were shot dead ... before being transported
        # to Niamey"), unless the sentence places its killing ("the bodies of eight fighters ... near Mishada")
        told = on_its_day(art, sentence, events, coded if where and placed(sentence, country) else coded | added, added)
        if i in apart:
            # the killing may be told in the sentence before, which placed it
            kind = classify(sentence) or (classify(before) if follow == i - 1 else None)
            if kind is None or kind[0] not in VIOLENT_TYPES:
                continue
            if not where and not opens_as_separate(sentence) and not all(place or admin1 for place, admin1, _ in known):
                continue  # unplaced, beside an event placed nowhere: it may be that one (unless "Separately, ...")
            # "In another incident, ... killed two insurgents ... in Wardak": said to be another
            # and placed where no event is, the same number is other dead
            told = set() if where and told_as_elsewhere(sentence) and is_new(where, None, known) else added
        figures = [
            f
            for f in art.death_figures
            if f.sentence == i
            and f.scope == "event"
            and not f.vague
            and f.low is not None
            and (f.low not in told or (f.low not in added and other_dead_than_coded(f.low, f.victims, events)))
            # "three soldiers, including an officer": when an event counts the three, the officer is theirs
            and not (is_part_of_a_toll(art, f) and art.sentences[i][0] in counted_in)
            and (art.sentences[i][0], f.low) not in summed
            and not told_as_a_cause(art.text[art.sentences[i][0] : f.start])
            # "two of the dead are American": who the dead were, no toll of its own
            and not among_the_dead(sentence)
        ]
        if not figures:
            continue
        if where is None and len(figures) > 1 and sum(f.low or 0 for f in figures) in coded:
            continue  # "16 people died and two others succumbed": the 18 an event holds, told in parts
        last = found[-1] if found else None
        if where is None and last is not None and _told_since(art, last, i, country) and _SAME_FIGHT.search(sentence):
            # "On Sunday, militants killed three peacekeepers in Lego. The governor ... told VOA
            # that at least 11 militants were killed during an exchange of heavy fire": the
            # other side's dead of the fight found a few sentences before
            last.sentences.append(i)
            last.figures += figures
            continue
        same = next((f for f in found if where and f.where and fold(f.where).lower() == fold(where).lower()), None)
        if same is not None and OTHER_DEAD_IN_INCIDENTS.search(sentence):
            continue  # "nine other Iraqis died Thursday in gun violence and bombings": a lump, no event
        if same is not None and i not in apart:  # "Elsewhere in the city, ...": another event there
            same.sentences.append(i)
            same.figures += figures
            continue
        if where is None:
            follow = -1
        own = date_near(sentence, figures[0].start - art.sentences[i][0])
        span = resolve_date(own, art.meta.published) if own else None
        if span is not None and told_as_past(span, art.meta.published):
            continue  # "last month, gunmen killed 12 in Djibo": recalled, not reported
        # only a day tells an event apart: "in June" is a month's tally
        day = span.start if span is not None and span.precision in ("day", "range") else None
        unplaced_apart = where is None and i in apart  # "In other violence, two soldiers were killed ..."
        if where is None and not unplaced_apart and another_kind_also(sentence, "", []):
            # "The Tamil Tigers also say at least three civilians ... were killed in a military
            # mine attack": a kind of violence no coded event is, told "also", with dead of its own
            unplaced_apart = all(ev.sub_event_type != classify(sentence)[1] for ev in events)  # type: ignore[index]
        # a sentence told apart ("Elsewhere in the city, ...") is new beside the events found
        # here, only the model's own events may be it; one more blast is new at its scene
        against = [] if i in scene else known[:coded_events] if i in apart else known
        s0, s1 = art.sentences[i]
        if (
            i in apart
            and (told_as_elsewhere(sentence) or (follow == i - 1 and opens_as_separate(before)) or i in other_kind)
            and not any(at is not None and s0 <= at < s1 for at in counted_in)
        ):
            # "Elsewhere in Mogadishu, ... killing a two-year-old child": the article says it is
            # another happening, and no coded event quotes it: a town shared is no tie
            against = []
        another_day = bool(ANOTHER.search(sentence) or ALSO_ON_A_DAY.match(sentence))
        new_kind = of_a_new_kind(sentence, events, bool(where or day))  # a deed of its own kind, placed or dated
        if not unplaced_apart and not new_kind and not is_new(where, day, against, i in apart, another_day):
            continue
        if own is None and follow == i - 1:  # the sentence before told it, with its day ("Sunday morning")
            own = find_date_phrase(art.sentence_text(follow))
        date = (
            own
            or said_on(art, sentence)
            or date_after(art, i, where)
            or date_before(art, i)
            or ((main[0].date.text if main else None) or "")
        )
        sentences = [i] if follow < 0 else [i, follow]
        found.append(Found(where, date, own is not None, sentences, figures, unplaced_apart, country=abroad))
        if not unplaced_apart:  # an event told apart and placed nowhere hides no other
            known.append((where, None, day))
        added.update(v for f in figures for v in (f.low, f.high) if v is not None)
        if len(found) >= MAX_FOUND:
            break
    return found


def events_in_text(art: Article, events: list[Event], dropped_in: str | None = None) -> list[Event]:
    """Checked events for the sentences with a death toll that no coded event covers and
    that name a place or day of their own (see the module docstring). ``dropped_in``: the
    country of a model event dropped for evidence that told no act ("heavy fighting erupted
    on Friday" left out of it); with no main event left, only sentences dated by themselves count."""
    main = [ev for ev in events if ev.salience == "main"]
    # the country of the story's violence: a deal's is where it was signed
    country = (
        next((ev.location.country for ev in main if ev.location.country and may_have_dead(ev)), None)
        or art.country_hint
        or next((ev.location.country for ev in main if ev.location.country), None)
        or dropped_in
    )
    if country is None or not (main or dropped_in or events):  # with only background events, dated sentences count
        return []
    out: list[Event] = []
    story_group = the_story_group(events)
    with_dead = _candidates(art, events, country)
    for found in [f for f in with_dead + unnumbered(art, events, with_dead, country) if main or f.own_date]:
        draft = _draft(found, found.country or country, art)
        event, _ = build_event(draft, art)
        if "actors_swapped:evidence_voice" in event.flags and draft.actor1 != NOBODY:
            # the sides were read from this sentence's voice already ("civilians were killed
            # when Russian guided bombs hit"): the word order check has nothing to add
            event.actor1, event.actor2 = event.actor2, event.actor1
            event.flags.remove("actors_swapped:evidence_voice")
        if event.salience != "main" or not is_conflict_event(event) or (found.figures and not event.fatality_claims):
            continue
        told = " ".join(sides_text(e) for e in event.evidence)
        flyer = parts.the_story_flyer(event, [*events, *out])
        if flyer is not None:
            # "... was killed Wednesday in a similar pre-dawn air strike": no owner told, the
            # story's one force that flies the strikes flew it
            event.actor1 = flyer.model_copy(update={"aliases": []})
            event.flags.append(f"actor1_from_the_storys_strikes:{flyer.name}")
        if story_group is not None and (MILITANTS.search(told) or MORE_OF_THE_SAME.search(told)):
            # "the militants", or "more attacks were reported": the story's one named group
            story_group_for_unnamed(event, story_group)
        if found.territory == ("Strategic developments", "Government regains territory") and event.actor2 is None:
            if story_group is not None:  # the town is retaken from the story's one named group
                event.actor2 = story_group.model_copy(update={"aliases": []})
                event.flags.append(f"actor2_assumed:{story_group.name}")
        elif event.actor2 is None:
            assume_target(event, found.country or country)
        if not found.own_date:
            event.flags.append("date_of_the_story")
        # a sentence that tells another happening and names no place is not at the story's town
        # nor at the story's town when the place it names was read as a region the gazetteer
        # lacks ("in northern Afghanistan's Maimana province")
        at_country_level_unless_placed(
            event, found.where is not None and not parts.from_the_article(event, found.where)
        )
        if found.figures and parts.joined_to_a_coded(event, events):
            continue  # the toll of a strike the model coded with none, at its place and day
        event.flags.append(FLAG)
        out.append(event)
    if not main:
        return out
    for event in release_events(art, [*events, *out], country, story_group):
        event.flags.append(FLAG)
        out.append(event)
    for event in abduction_events(art, [*events, *out], country, story_group):
        event.flags.append(FLAG)
        out.append(event)
    for finder in (arrest_events, disrupted_events):
        for event in finder(art, [*events, *out], country):
            event.flags.append(FLAG)
            out.append(event)
    for draft in protest_towns(art, [*events, *out], country):
        event, _ = build_event(draft, art)
        if event.salience != "main" or event.event_type != "Protests" or not is_conflict_event(event):
            continue
        event.flags += ["protest_town_listed", FLAG]
        out.append(event)
    return out


__all__ = ["FLAG", "events_in_text"]
