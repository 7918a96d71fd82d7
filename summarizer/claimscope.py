"""Death figures the model gave an event that belong to another one.

An ACLED event is one place and one day. The small model often counts into its event the
toll of a neighbouring attack ("In nearby Baquba, a suicide bomber killed at least eight")
or of an earlier one the article recalls. The figure's own sentence often says so; code
reads its place:

- the sentence names another town of the event's country (after "in", "near", ...), and
  not the event's own place: another event's toll. Such a claim leaves the event's totals
  and is kept as report context, with a flag.

Tried and left out: a figure whose sentence dates it before the event ("the assault that
killed four Americans there last week") as an earlier event's toll. On the gold set it
took as often a right figure from an event the model had dated to a later statement
("violence that began March 6 ... hundreds of deaths", coded on the day of the UN's
appeal) as a wrong one from a recalled attack: the date, not the figure, was the doubt.
Kept instead is the narrower reading: the sentence tells *an* attack (indefinite, so
another one) on a day other than the event's ("On Sunday, officials said a drone attack
on a militant hideout killed 20", in a story of Tuesday's strike).
"""

from __future__ import annotations

import re

from .article import Article
from .claim_places import (
    NO_KILLING,
    fronted_elsewhere,
    region_elsewhere,
    scoped_elsewhere,
    told_as_another,
    told_as_another_clause,
    totals_over_separate,
    totals_over_targets,
)
from .dates import event_date_phrases, resolve_date
from .death_words import AN_ATTACK
from .folding import fold
from .found_signals import ALSO_ON_A_DAY, told_as_a_cause
from .geo import lookup
from .happening import tells_a_happening
from .keywords import A_CLASH, PROTEST_WORDS, classify
from .places import place_in_evidence
from .schema import DateSpan, FatalityClaim, Location
from .summed_tolls import figure_at, headline_total_over_attacks, sentence_of
from .toll_parts import among_the_dead
from .toll_told import IN_THAT_FIGHT, THE_TOLL_AGAIN

Flags = list[str]


#: "The blasts followed a suicide bomb blast earlier in the day at a funeral ... that killed
#: at least 24": the figure after it is the earlier attack's
_AFTER_ANOTHER = re.compile(
    r"\b(?:followed|(?:came|comes)\s+(?:\w+\s+){0,4}after|(?:hours?|days?|a day|weeks?)\s+after|après)\s+(?:an?|the|une?|l[ae]"
    r"|another|une autre|un autre)\s+"
    # "The operation follows Saturday's suicide car bomb attack in ... Hangu that killed 25"
    r"|\b(?:followed|follows?)\s+(?:(?:last\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weekend"
    r"|month)['’]s|yesterday['’]s)\s+"
    # "Friday's attack came a day after officials said drone strikes killed seven": another event
    r"|\b(?:came|comes)\s+(?:\w+\s+){0,4}after\s+"
    # "shot and killed two protesters Saturday, a day after four others were killed"
    r"|\b(?:hours?|days?|a day|one day|weeks?|a week)\s+after\s+(?=(?:at least\s+|more than\s+)?(?:\d|one|two|three"
    r"|four|five|six|seven|eight|nine|ten|a dozen|dozens)\b)"
    # "The clash took place on Tuesday, a day after militants launched a suicide bomb attack ...,
    # killing one soldier": the attackers of the day before, told with their deed
    r"|\b(?:hours?|days?|a day|one day|weeks?|a week)\s+after\s+(?=(?:[\w'’-]+\s+){1,3}?(?:launched|attacked|stormed"
    r"|ambushed|detonated|set off|opened fire|blew|raided|struck)\b)",
    re.I,
)
#: the attack before, told days or weeks back
_DAYS_AFTER = re.compile(
    r"\b(?:a|one|two|three|four|five|several|few|\d+)\s+(?:days?|weeks?|months?)\s+(?:after|since|apr[èe]s)\b", re.I
)
#: "fresh artillery fire Sunday following two days of clashes that left at least 10
#: soldiers dead": the days before the event, with their own toll
_FOLLOWING_DAYS = re.compile(
    r"\b(?:following|after)\s+(?:(?:two|three|four|five|several|\d+)\s+days|a\s+(?:day|night|week)|(?:two|several)\s+weeks)"
    r"\s+of\s+",
    re.I,
)
#: an "after" this close to the sentence's start opens it ("Five days after the attack in
#: Kati, ..."): the main clause that follows is this event's
_FRONTED = 25
_OWN_TOLL = re.compile(
    r"\b(?:that|which|qui)\s+(?:had\s+)?(?:killed|left|claimed|a fait|a tu[ée]|avait fait)\s+(?:the lives of\s+)?"
    r"(?:at least |more than |about |some |au moins |plus de )?$",
    re.I,
)
#: several earlier attacks told together: none of them is the event reported
_EARLIER_ATTACKS = re.compile(
    r"\b(?:previous|earlier|past|prior|former)\s+(?:[\w-]+\s+)?(?:attacks|bombings|raids|ambushes|assaults"
    r"|massacres|clashes)\b|\b(?:attaques|attentats|embuscades)\s+(?:pr[ée]c[ée]dentes|ant[ée]rieures)\b",
    re.I,
)


#: the dead told as an earlier attack's, after the figure: "killed in that earlier clash"
_IN_THE_EARLIER = re.compile(
    r"\b(?:killed|died|dead|wounded|tu[ée]s?|morts?)\s+(?:in|during|dans|lors d[eu])\s+(?:that|the|this|an|cette|l[ae']|l’)\s*"
    r"(?:(?:earlier|previous|prior)\s+(?:[\w-]+\s+)?(?:attack|clash|bombing|raid|ambush|assault|fighting|incident)\b"
    r"|(?:attaque|affrontement|embuscade|attentat)\s+(?:pr[ée]c[ée]dent\w*|ant[ée]rieur\w*))",
    re.I,
)


#: a sentence that opens on the attacks the one before told, by a demonstrative: "Those
#: blasts killed at least 33 people", "Ces attaques ont fait 12 morts"
_THOSE_ATTACKS = re.compile(
    r"^(?:Those|These|Ces)\s+(?:[\w'’-]+\s+)?(?:attacks|blasts|bombings|explosions|raids|strikes|airstrikes|assaults"
    r"|clashes|attaques|explosions|attentats|frappes)\b",
    re.I,
)
#: the sentence tells what this event followed: "The attacks follow a wave of bombings Wednesday"
_FOLLOWS_ANOTHER = re.compile(
    r"\b(?:follows?|followed|(?:came|comes)\s+(?:\w+\s+){0,4}after|faisaient suite|fait suite|font suite)\s+"
    r"(?:an?|another|une?|une autre|un autre|à une?|à une autre)\s+",
    re.I,
)


def _of_an_earlier_attack(claim: FatalityClaim, art: Article) -> bool:
    """Whether the claim's figure is told as the toll of the attack this one followed."""
    index = sentence_of(claim, art)
    if index is None:
        return False
    if (
        index > 0
        and _THOSE_ATTACKS.match(claim.quote.strip())
        and _FOLLOWS_ANOTHER.search(art.sentence_text(index - 1))
    ):
        return True  # "The attacks follow a wave of bombings Wednesday ... Those blasts killed at least 33"
    start = art.sentences[index][0]
    mine = [f for f in art.death_figures if f.sentence == index and f.low == claim.low]
    if mine and all(told_as_a_cause(art.text[start : f.start]) for f in mine):
        return True  # "in retaliation for a Hamas suicide bombing in Jerusalem that killed at least 20"
    several = _EARLIER_ATTACKS.search(claim.quote)
    if several and mine and all(f.start - start > several.start() for f in mine):
        return True  # "Previous attacks killed 54 Burundian soldiers in Leego town": not this one
    earlier = _IN_THE_EARLIER.search(claim.quote)
    if earlier and mine and all(f.start - start < earlier.start() for f in mine):
        return True  # "At least one person was killed in that earlier clash"
    m = _AFTER_ANOTHER.search(claim.quote)
    if m is None:
        return False
    if not mine or any(f.start - start < m.start() for f in mine):
        return False
    told_as_followed = re.search(r"\b(?:came|comes|followed|follows|happened|occurred)\b", claim.quote[: m.end()], re.I)
    if told_as_followed:
        return True  # "The blasts followed a suicide bomb blast ... that killed at least 24"
    if m.start() > _FRONTED:
        # "Police arrested three men a day after gunmen killed five" tells a happening of its own;
        # "more suicide bombers waiting to strike a day after a bomber killed nine" tells none
        return tells_a_happening([claim.quote[: m.start()]])
    # "Five days after the suicide attack in Kati, which killed one person, at least 15
    # soldiers were killed": only the figure the earlier attack's relative clause gives
    return all(_OWN_TOLL.search(claim.quote[: f.start - start]) for f in mine)


def _another_days_attack(claim: FatalityClaim, art: Article, date: DateSpan | None) -> bool:
    """Whether the figure's sentence tells another attack on another day ("On Sunday,
    officials said a drone attack on a suspected militant hideout killed 20", in a story
    of Tuesday's strike). Both marks are needed: a day alone is often only the day of a
    statement about this event (see the module's note), an indefinite attack alone often
    this event told again."""
    if date is None or date.precision != "day" or date.start is None:
        return False
    if not AN_ATTACK.search(claim.quote) and not ALSO_ON_A_DAY.match(claim.quote.strip()):
        return False
    published = art.meta.published
    phrases = event_date_phrases(claim.quote)
    at = figure_at(claim, art)
    if at is not None and len(phrases) > 1:
        # "Tuesday's attack and a reported airstrike on April 10 that killed at least nine":
        # the day told nearest the figure is its own
        phrases = [min(phrases, key=lambda p: abs(claim.quote.find(p) - at))]
    days = [resolve_date(p, published) for p in phrases]
    days = [d for d in days if d.precision == "day" and d.start is not None]
    return bool(days) and all(d.start != date.start for d in days)


#: a period before the news: "last week", "last month", "la semaine dernière"
_LAST_PERIOD = re.compile(
    r"\b(?:last|previous|past)\s+(?:week|month|year)\b|\b(?:semaine|mois|ann[ée]e)\s+(?:derni[èe]re?|pass[ée]e?)\b",
    re.I,
)


#: a time before the reported day, in the current period: "earlier this month", "plus tôt ce mois-ci"
_MONTH = re.compile(
    r"In\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)", re.I
)
_EARLIER_THIS = re.compile(
    r"\bearlier\s+(?:this|in\s+the)\s+(?:week|month|year)\b|\bplus\s+t[ôo]t\s+(?:ce|cette)\s+(?:mois|semaine|ann[ée]e)"
    r"|\bthe\s+past\s+(?:week|seven days)\b",
    re.I,
)


def _of_an_earlier_month(claim: FatalityClaim, art: Article, date: DateSpan | None) -> bool:
    """Whether the figure's sentence dates its deed to a month over before the event's day
    ("in late November, killed 10 rebel fighters", in a story of December 20's clash)."""
    if date is None or date.precision != "day" or date.start is None:
        return False
    spans = [resolve_date(p, art.meta.published) for p in event_date_phrases(claim.quote)]
    months = [d for d in spans if d.precision == "month" and d.end is not None]
    return bool(months) and len(months) == len(spans) and all(d.end < date.start for d in months)  # type: ignore[operator]


def _of_a_past_period(claim: FatalityClaim, art: Article, date: DateSpan | None) -> bool:
    """Whether the figure's nearest date is a period that ended before the event's day ("the
    assault that killed four Americans there last week", in a story of Friday's clashes):
    a recalled attack's toll. Only such relative periods count: a day or a month named
    may be the start of a tally that reaches this event (see the module's note)."""
    at = figure_at(claim, art)
    days_before = _FOLLOWING_DAYS.search(claim.quote)
    if (
        days_before
        and at is not None
        and days_before.start() > _FRONTED  # "After two days of fighting, 20 were killed": theirs
        and re.search(r"\b(?:that|which)\s+(?:had\s+)?(?:killed|left|claimed)\b", claim.quote[days_before.end() : at])
        # "A curfew has been imposed ..., following two days of riots that left up to 50
        # dead": what followed them is no deed, so those days are the story's own event
        and classify(claim.quote[: days_before.start()]) is not None
    ):
        return True  # the toll of the days the event followed, in their relative clause
    if date is None or date.start is None:
        return False
    phrases = event_date_phrases(claim.quote)
    if not phrases or at is None:
        return False
    nearest = min(phrases, key=lambda p: abs(claim.quote.find(p) - at))
    if _EARLIER_THIS.search(nearest) and date.precision == "day":
        return True  # "killed at least 19 Ugandan soldiers in a raid ... earlier this month", beside Friday's
    fronted = _MONTH.fullmatch(nearest) and claim.quote.lstrip().startswith(nearest + ",")
    if not _LAST_PERIOD.search(nearest) and not fronted:  # "In October, two aid workers were shot dead"
        return False
    span = resolve_date(nearest, art.meta.published)
    return span.end is not None and span.end < date.start


_BODIES_FOUND = re.compile(r"\bbodies\b[^.;]{0,80}\b(?:found|discovered|recovered|unearthed)\b", re.I)


def _placed_just_before(claim: FatalityClaim, art: Article, location: Location) -> str | None:
    """The other town the sentence just before names, for a toll that names no place of its
    own and is told "in the fighting" that sentence tells ("On Wednesday, troops pounded
    hideouts in North Waziristan. About 40 militants were killed in the fighting.")."""
    index = sentence_of(claim, art)
    if index is None or index < 2 or not location.country:
        return None
    clause = _own_clause(claim, art)
    before = art.sentence_text(index - 1)
    # "... a mass grave was found in Bentiu. ... the bodies of up to 75 soldiers had been found"
    grave = bool(_BODIES_FOUND.search(clause)) and bool(re.search(r"\b(?:grave|bodies)\b", before, re.I))
    if not (IN_THAT_FIGHT.search(clause) or THE_TOLL_AGAIN.search(clause) or grave) or place_in_evidence(
        [clause], location.country
    ):
        return None
    other = scoped_elsewhere(before, location) or region_elsewhere(before, location)
    if other or not location.place or fold(location.place).lower() in fold(before).lower():
        return other
    # two places the gazetteer knows apart, neither inside the other's name ("North
    # Waziristan" after "South Waziristan"), even where it has no coordinates for them
    named = place_in_evidence([before], location.country, references=False)
    mine, theirs = (
        lookup(location.place, country=location.country),
        lookup(named, country=location.country) if named else None,
    )
    if named is None or mine is None or theirs is None or mine.name == theirs.name:
        return None
    a, b = fold(mine.name).lower(), fold(theirs.name).lower()
    return named if a not in b and b not in a else None


def _told_before_elsewhere_another_day(
    claim: FatalityClaim, art: Article, location: Location, date: DateSpan | None
) -> str | None:
    """The other place the sentence just before names, in the same paragraph, with a day not
    the event's, for a toll that names neither place nor day ("On Friday, a suicide car
    bomber attacked a NATO convoy in Uruzgan province. Five Afghan children, four adult
    civilians and a Dutch soldier were killed.", beside Saturday's Mazar-i-Sharif bombing)."""
    index = sentence_of(claim, art)
    if index is None or index < 2 or date is None or date.start is None or not location.country:
        return None
    if "\n" in art.text[art.sentences[index - 1][1] : art.sentences[index][0]]:
        return None  # a new paragraph may go back to the story's event
    if event_date_phrases(claim.quote) or place_in_evidence([claim.quote], location.country):
        return None
    before = art.sentence_text(index - 1)
    days = [resolve_date(p, art.meta.published) for p in event_date_phrases(before)]
    if not days or any(d.precision != "day" or d.start is None or d.start == date.start for d in days):
        return None
    other = scoped_elsewhere(before, location) or region_elsewhere(before, location)
    named = other or place_in_evidence([before], location.country, references=False)
    if named is None or (location.place and fold(location.place).lower() in fold(before).lower()):
        return None
    return named


def _own_clause(claim: FatalityClaim, art: Article) -> str:
    """The clause of the claim's sentence that holds its figure ("killed at least 18 people
    in northern Syria, while 28 rebels died near Damascus": Damascus is the 28's place, not
    the 18's); the whole sentence when the figure is not found in it."""
    from .clauses import clause_of

    index = sentence_of(claim, art)
    if index is None:
        return claim.quote
    start = art.sentences[index][0]
    mine = [f for f in art.death_figures if f.sentence == index and f.low == claim.low]
    if len(mine) != 1:
        return claim.quote
    return clause_of(art.sentence_text(index), mine[0].start - start)


#: weapons from the air and weapons on the ground: a figure told with the other kind than
#: the event's is another attack's ("a roadside bomb killed three soldiers", in a story of
#: a drone strike); a car bomb and a suicide bomb, or a drone and a missile, are often one
_FROM_THE_AIR = {"Air/drone strike", "Shelling/artillery/missile attack"}
_ON_THE_GROUND = {"Remote explosive/landmine/IED", "Suicide bomb"}
_BY_GUNS = {"Attack"}
_A_BOMB = re.compile(r"\b(?:bombs?|IEDs?|explosive devices?|landmines?|mines?|explosives?)\b", re.I)
_A_SHOOTING = re.compile(r"\b(?:gun\w*|shot|shoot\w*|opened fire|fir(?:ed|ing) on|stormed|ambush\w*)\b", re.I)
_A_WEAPON = re.compile(
    r"\b(?:a|an|another|une?|une autre)\s+(?:[\w-]+\s+){0,2}?(?:bomb|bomber|mine|landmine|IED|explosive|device"
    r"|missile|rocket|shell|drone|airstrike|air strike|strike|bombe|kamikaze|mine|roquette|obus|frappe)\b",
    re.I,
)


def _another_kind_of_weapon(claim: FatalityClaim, art: Article, sub_type: str | None) -> bool:
    if sub_type not in _FROM_THE_AIR | _ON_THE_GROUND | _BY_GUNS:
        return False
    clause = _own_clause(claim, art)
    if A_CLASH.search(clause) and not _A_WEAPON.search(clause):
        return True  # "eight militants were killed Saturday in a clash", in a story of a suicide bombing
    kind = classify(clause)
    if kind is None or not (_A_WEAPON.search(clause) or (sub_type in _BY_GUNS and _A_BOMB.search(clause))):
        return False
    other = kind[1]
    return (
        (sub_type in _FROM_THE_AIR and other in _ON_THE_GROUND)
        or (sub_type in _ON_THE_GROUND and other in _FROM_THE_AIR)
        # "Three more civilians died when an improvised explosive device targeted their vehicle",
        # in a story of travellers shot: a bomb is not a shooting
        or (sub_type in _BY_GUNS and other in _ON_THE_GROUND and not _A_SHOOTING.search(clause))
    )


_CROWD_WITH_DEAD = frozenset({"Violent demonstration", "Protest with intervention", "Mob violence"})
#: an attack told as the thing a crowd reacted to: "the attack", "l'attaque", "the massacre"
_ATTACK_TOLD = re.compile(
    r"\b(?:attacks?|attaques?|attentats?|bombings?|ambush(?:es)?|embuscades?|massacres?|raids?|assaults?)\b", re.I
)


def _of_what_was_protested(claim: FatalityClaim, art: Article) -> bool:
    """Whether the figure's clause counts an attack and says nothing of a crowd."""
    clause = _own_clause(claim, art)
    return bool(_ATTACK_TOLD.search(clause)) and not PROTEST_WORDS.search(clause)


def claims_of_this_event(
    claims: list[FatalityClaim],
    art: Article,
    location: Location,
    date: DateSpan | None = None,
    sub_type: str | None = None,
) -> tuple[list[FatalityClaim], list[FatalityClaim], Flags]:
    """(claims kept, claims moved to context, flags). When every figure names another
    town, the event's own place is the doubt: they stay, and the flags say so."""
    if sub_type == "Peaceful protest" and claims:
        # a peaceful protest has no dead (ACLED): "women protested the massacre ... Police
        # say 109 people were slaughtered" counts the massacre's dead, not the march's
        return [], list(claims), [f"claim_of_what_was_protested:{c.low}" for c in claims]
    if sub_type in _CROWD_WITH_DEAD:
        # "Des marches ont eu lieu à Bamako ... L'attaque a fait plus de 50 morts": the toll
        # of the attack the crowd marched over, not of the march
        over = [c for c in claims if _of_what_was_protested(c, art)]
        if over:
            claims = [c for c in claims if not any(c is o for o in over)]
            kept_rest, moved_rest, rest_flags = claims_of_this_event(claims, art, location, date, sub_type)
            return kept_rest, moved_rest + over, [f"claim_of_what_was_protested:{c.low}" for c in over] + rest_flags
    kept: list[FatalityClaim] = []
    moved: list[FatalityClaim] = []
    flags: Flags = []
    for claim in claims:
        other = (
            scoped_elsewhere(_own_clause(claim, art), location)
            or _placed_just_before(claim, art, location)
            or fronted_elsewhere(claim.quote, location)
            or region_elsewhere(_own_clause(claim, art), location)
        )
        if other:
            flags.append(f"claim_names_another_place:{claim.low} ({other})")
            moved.append(claim)
        elif _of_an_earlier_attack(claim, art):
            # "comes a week after gang violence claimed the lives of more than 20": a day
            # apart, so no doubt about this event's own place or attack
            days_apart = _DAYS_AFTER.search(claim.quote)
            flags.append(f"claim_of_{'another_days' if days_apart else 'an_earlier'}_attack:{claim.low}")
            moved.append(claim)
        elif _another_kind_of_weapon(claim, art, sub_type):
            flags.append(f"claim_of_another_kind_of_attack:{claim.low}")
            moved.append(claim)
        elif _of_a_past_period(claim, art, date):
            flags.append(f"claim_of_a_past_period:{claim.low}")
            moved.append(claim)
        elif (
            _another_days_attack(claim, art, date)
            or _told_before_elsewhere_another_day(claim, art, location, date)
            or _of_an_earlier_month(claim, art, date)
        ):
            flags.append(f"claim_of_another_days_attack:{claim.low}")
            moved.append(claim)
        elif any(o is not claim and not among_the_dead(o.quote) for o in claims) and headline_total_over_attacks(
            claim, art
        ):  # (a part told "among the rebels killed" is no other event's toll)
            flags.append(f"claim_headline_total_over_attacks:{claim.low}")
            moved.append(claim)
        elif told_as_another(claim, claims) or told_as_another_clause(_own_clause(claim, art), claim, claims):
            # "Elsewhere, at least one person died when insurgents tossed a grenade": the
            # event's other figures are told in sentences of its own
            flags.append(f"claim_of_a_separate_happening:{claim.low}")
            moved.append(claim)
        else:
            kept.append(claim)
    kept, summed = totals_over_separate(kept, [m for m in moved if f"claim_of_a_separate_happening:{m.low}" in flags])
    moved += summed
    flags += [f"claim_total_with_a_separate_happening:{c.low}" for c in summed]
    kept, over, over_flags = totals_over_targets(kept)
    moved += over
    flags += over_flags
    recalled = [
        c
        for c in moved
        if f"claim_of_a_past_period:{c.low}" in flags or f"claim_of_another_days_attack:{c.low}" in flags
    ]
    if claims and not kept and len(recalled) < len(moved) and sub_type not in NO_KILLING:
        # every figure doubted for its place or attack: the doubt is the event's own, so they
        # stay, flagged; a recalled period ("left 31 people dead, last week") is no doubt about
        # the event's own day, and its toll stays out
        doubted = [c for c in claims if not any(c is r for r in recalled)]
        past = [f for f in flags if f.startswith(("claim_of_a_past_period", "claim_of_another_days_attack"))]
        return doubted, recalled, past + [f.replace("claim_", "claim_doubtful_", 1) for f in flags if f not in past]
    return kept, moved, list(dict.fromkeys(flags))
