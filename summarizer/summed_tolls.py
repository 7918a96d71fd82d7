"""Tolls that sum several attacks or name where they stand in their sentence.

A figure told over several attacks ("killed in two separate attacks", "Three suicide
bombings ... have killed at least 30", a headline's "Attacks Kill 14") is a sum over
events, not one event's toll; ``claimscope`` moves it off the event. The helpers that find
a claim's own sentence and its figure's place in it are shared with the other scope checks.
"""

from __future__ import annotations

import re
from itertools import combinations

from .article import Article
from .clauses import clause_of
from .schema import Event, FatalityClaim

#: a headline's toll over several attacks ("14 Killed in Attacks in Afghanistan")
_PLURAL_ATTACKS = re.compile(
    r"\b(?:attacks|clashes|raids|strikes|airstrikes|bombings|blasts|explosions|violence|fighting|attaques|affrontements"
    r"|violences|attentats|explosions|frappes|combats|raids)\b",
    re.I,
)


def sentence_of(claim: FatalityClaim, art: Article) -> int | None:
    if claim.span is None:
        return None
    return next((i for i, (s, e) in enumerate(art.sentences) if (s, e) == (claim.span.start, claim.span.end)), None)


#: a sentence's toll over several attacks counted together ("At least seven people were
#: killed in two separate attacks", "tués dans trois attaques")
_COUNTED_OVER_ATTACKS = re.compile(
    r"\b(?:in|during|across|from|dans|lors de|au cours de)\s+(?:the\s+|les\s+)?(?:two|three|four|five|several|multiple"
    r"|a series of|separate|\d+|deux|trois|quatre|cinq|plusieurs|une série d['’]?)\s+(?:(?:separate|distinct\w*"
    r"|different|militant|insurgent|rebel|jihadist|terrorist|suicide|roadside|car|bomb|gun|armed|air|drone|mortar|rocket"
    r"|coordinated|simultaneous|deadly)\s+){0,2}"
    r"(?:attacks|clashes|raids|strikes|airstrikes|bombings|blasts|incidents|attaques|affrontements|attentats|incidents)\b",
    re.I,
)


#: a sentence that counts several attacks together, told any way ("Three attacks north of
#: the capital have left at least 38 people dead")
#: one attack or attacker as the subject of the killing: "a suicide car bomber has killed nine"
_ONE_ATTACKER = re.compile(
    r"\b(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?(?:bomber|bomb|blast|explosion|attack|ambush|raid|air ?strike|gunman|shell"
    r"|rocket|grenade|landmine|mine)\s+(?:has\s+|have\s+|had\s+)?(?:killed|left|claimed)\b",
    re.I,
)
SEVERAL_ATTACKS = re.compile(
    r"\b(?:two|three|four|five|several|multiple|separate|deux|trois|quatre|cinq|plusieurs)\s+(?:separate\s+)?"
    r"(?:attacks|clashes|raids|strikes|airstrikes|bombings|blasts|incidents|attaques|affrontements|attentats)\b",
    re.I,
)


#: a toll over attacks told as a bare plural ("16 people died ... in attacks"): no one
#: attack is meant, so the figure sums several
_IN_BARE_PLURAL = re.compile(
    r"\b(?:died|killed|dead|tu[ée]s|morts)\b[^.;]{0,60}?\b(?:in|during|dans|lors d['’])\s+"
    # (not "in airstrikes": one day's air raids on one area are one strike event for ACLED)
    r"(?:attacks|raids|bombings|attaques|attentats)\b"
    # "killed in clashes" alone also sums; "in clashes between fighters loyal to ... and the
    # rebels" is one fight told by its two sides
    r"|\b(?:died|killed|dead|tu[ée]s|morts)\b[^.;]{0,60}?\b(?:in|during|dans|lors d['’])\s+(?:clashes|affrontements)\b"
    r"(?!\s+(?:between|entre)\b)",
    re.I,
)


def headline_total_over_attacks(claim: FatalityClaim, art: Article) -> bool:
    """Whether the claim is a toll over several attacks (a sum over events): a headline's
    over "attacks", or any sentence's counted "in two separate attacks" or "in attacks"."""
    if _COUNTED_OVER_ATTACKS.search(claim.quote) or _IN_BARE_PLURAL.search(claim.quote):
        return True
    subject = _ATTACKS_COUNTED_AS_SUBJECT.match(claim.quote)
    if subject is None and sentence_of(claim, art) in (0, 1):
        # the lead's "Officials say violent attacks by Taliban fighters have killed at least 12"
        subject = _LEAD_ATTACKS_HAVE_KILLED.match(claim.quote)
    at = figure_at(claim, art) if subject else None
    if subject and at is not None and subject.end() <= at <= subject.end() + 25:
        return True  # the figure the verb gives, not a part told after it ("including at least 22 mourners")
    if sentence_of(claim, art) != 0:
        return False
    plural = _PLURAL_ATTACKS.search(claim.quote)
    if plural is not None and plural.group(0).lower() in ("violence", "violences", "fighting"):
        # "At Least 48 Civilians Killed in Violence in North-Central Burkina Faso" is one
        # episode's toll; "Violence Across Iraq Kills 30" sums a day's attacks
        return _SPREAD.search(claim.quote) is not None or _PLURAL_ATTACKS.search(claim.quote, plural.end()) is not None
    return plural is not None


#: several attacks told as one subject: "Three suicide bombings", "A wave of attacks in Baghdad"
_SEVERAL_ATTACKS_TOLD = (
    r"\b(?:two|three|four|five|six|several|multiple|a (?:series|wave|spate|string|rash) of|\d+|deux|trois|quatre"
    r"|cinq|plusieurs)\s+(?:[\w-]+\s+){0,2}?(?:attacks|bombings|blasts|explosions|strikes|airstrikes|raids|attaques"
    r"|attentats)\b"
)
#: several attacks counted as the subject of the killing: "Three suicide bombings in and near
#: Mosul and other attacks in Baghdad, Sunday have killed at least 30 people"
_ATTACKS_COUNTED_AS_SUBJECT = re.compile(
    r"(?:"
    + _SEVERAL_ATTACKS_TOLD
    # "Attacks across Afghanistan killed six NATO troops and at least 10 Afghan civilians"
    + r"|\W*(?:attacks|bombings|blasts|explosions|strikes|airstrikes|raids)\s+(?:across|around|throughout)\b)"
    + r"[^.;]{0,100}?\b(?:have|has|had|ont|a)?\s*(?:killed|left|claimed|fait|tué)\b",
    re.I,
)


#: a lead's bare plural of attacks as the subject of a running toll: "Officials in southern
#: Afghanistan say violent attacks by Taliban fighters have killed at least 12 people"
_LEAD_ATTACKS_HAVE_KILLED = re.compile(
    r"[^.;]{0,80}?\b(?:say|says|said)\s+(?:[\w-]+\s+){0,2}?(?:attacks|bombings|raids|airstrikes|air strikes)"
    r"\s+(?:by\s+(?:[\w'’-]+\s+){1,4}?)?(?:have|has)\s+(?:now\s+)?killed\b",
    re.I,
)

#: violence told as spread over places or time: a sum over several attacks
_SPREAD = re.compile(r"\b(?:across|nationwide|wave|surge|spate|series|waves|dans tout|à travers)\b", re.I)


def figure_at(claim: FatalityClaim, art: Article) -> int | None:
    """Where in its sentence the claim's figure stands, when code found it there once."""
    index = sentence_of(claim, art)
    if index is None:
        return None
    mine = [f for f in art.death_figures if f.sentence == index and f.low == claim.low]
    return mine[0].start - art.sentences[index][0] if len(mine) == 1 else None


_A_PART_BEFORE = re.compile(r"\b(?:including|among them|of whom|dont|parmi eux)\b[^.;]*$", re.I)


#: a headline's or lead's toll told of violence over a list of places: a day's sum
_OVER_PLACES = re.compile(
    r"\b(?:violence|clashes|fighting|unrest|attacks|incidents)\s+(?:in|across|throughout)\s+(?:the\s+)?[A-Z][^.;]{0,40}?"
    r"(?:,\s+(?:(?:in|near)\s+)?(?:the\s+)?[A-Z][^.;]{0,40}?)*,?\s+and\s+(?:(?:in|near)\s+)?(?:the\s+)?[A-Z]"
)


def _sums_attacks_in_its_clause(claim: FatalityClaim, art: Article) -> bool:
    """Whether the clause that gives the claim's figure tells several attacks ("A wave of
    attacks ... killed at least 29"), not another clause of its sentence ("an explosion has
    killed more than 10 ..., and at least six others died in two airstrikes": the 10 is one
    explosion's)."""
    index, at = sentence_of(claim, art), figure_at(claim, art)
    if index is None or at is None:
        return False
    sentence = art.sentence_text(index)
    if index in (0, 1) and _OVER_PLACES.search(sentence, at):
        return True  # "Two Palestinians are dead ... in violence in the West Bank, the Gaza Strip, and near Jerusalem"
    told = re.search(_SEVERAL_ATTACKS_TOLD, clause_of(sentence, at), re.I)
    # "Three attacks ... have left at least 38 people dead, including at least 22 mourners":
    # a part told after the sum is one attack's
    return told is not None and not _A_PART_BEFORE.search(sentence[:at])


def _drop_exact_sum(art: Article, event: Event, others: list[int], here: list[int]) -> None:
    """A figure told over attacks in the plural ("bombings targeting police ... have killed at
    least five people") that is exactly one of the event's own counts plus the other events'
    dead (Khan and three others, then a policeman hours later), or some of them ("92 deaths
    in Quetta": the billiard hall's 81 and the market's 11, not Mingora's 21), is the story's
    sum, not a rival count of this event: it leaves the event, flagged. Only the events at
    the event's own place (``here``) make a part sum: small counts elsewhere add up to any
    figure by chance."""
    counts = [n for n in others if n > 0]
    near = [n for n in here if n > 0]
    if not counts or not event.fatality_claims:
        return
    from .claimcheck import recount_event  # see sums_over_events

    if len(event.fatality_claims) == 1:
        _sum_beside_its_own_figure(art, event, sum(counts))
        return

    added = {sum(counts)} | {sum(combo) for k in range(1, min(len(near), 4) + 1) for combo in combinations(near, k)}
    sums = [
        c
        for c in event.fatality_claims
        if c.low
        and _PLURAL_ATTACKS.search(c.quote)
        and any(o is not c and o.low and c.low - o.low in added for o in event.fatality_claims)
    ]
    if sums:
        event.fatality_claims = [c for c in event.fatality_claims if not any(c is x for x in sums)]
        event.flags += [f"claim_sum_over_events:{c.low}" for c in sums]
        recount_event(event)


def _sum_beside_its_own_figure(art: Article, event: Event, others: int) -> None:
    """The event's one claim a sum over attacks ("a series of bomb attacks killed at least
    16 people ..., mostly in the capital Baghdad") that is exactly a figure told of the
    event's town ("Six bombings ... in and around Baghdad, killing at least 13") plus the
    other events' dead (Mosul's three): the town's figure is the event's."""
    from .claim_home import own_figures_instead  # see sums_over_events

    (claim,) = event.fatality_claims
    place = event.location.place
    if not claim.low or not place or not (_PLURAL_ATTACKS.search(claim.quote) or SEVERAL_ATTACKS.search(claim.quote)):
        return
    told = [
        f
        for f in art.death_figures
        if f.scope == "event" and f.low and f.low + others == claim.low and place in art.sentence_text(f.sentence)
    ]
    if told:
        event.fatality_claims = []
        event.flags.append(f"claim_sum_over_events:{claim.low}")
        own_figures_instead(art, event, sentence_of(claim, art) or 0)


def _lead_sum_of_others(art: Article, event: Event, others: list[int]) -> None:
    """A lead's figure beside another of the event's own ("troops have killed 14 Taliban
    militants ..., while two civilians were killed") that is exactly the sum of two or more
    other events' dead (Ghazni's five on Monday and nine on Sunday) is the story's sum: it
    leaves the event, flagged."""
    from .claimcheck import recount_event  # see sums_over_events

    counts = [n for n in others if n > 0]
    if len(event.fatality_claims) < 2 or len(counts) < 2:
        return
    sums = {sum(combo) for k in range(2, min(len(counts), 4) + 1) for combo in combinations(counts, k)}
    gone = [
        c
        for c in event.fatality_claims
        if c.low
        and c.low in sums
        and art.sentence_of(c.quote) in (0, 1)
        # "a suicide car bomber has killed nine people ... at a police post": one attack's dead
        and not (_ONE_ATTACKER.search(c.quote) and not _PLURAL_ATTACKS.search(c.quote))
    ]
    if gone and len(gone) < len(event.fatality_claims):
        event.fatality_claims = [c for c in event.fatality_claims if not any(c is g for g in gone)]
        event.flags += [f"claim_sum_over_events:{c.low}" for c in gone]
        recount_event(event)


_ELSEWHERE = re.compile(
    r"\b(?:across|throughout|elsewhere|nationwide|around the country|other (?:towns|cities|parts))\b", re.I
)


def _over_its_own_town(event: Event, sums: list[FatalityClaim], others: list[Event]) -> bool:
    """Whether the toll over attacks names the event's own town and none of the day's other
    events' towns or regions ("a series of near-simultaneous car bombings in Kirkuk have killed at
    least 11", beside a roadside bomb in Baghdad): the attacks it sums are that town's."""
    place = event.location.place
    if not place:
        return False
    quotes = " ".join(c.quote for c in sums)
    elsewhere = {
        name
        for o in others
        for name in (o.location.place, o.location.admin1)
        if name and o.location.place != place and name != event.location.admin1
    }
    # "in Baghdad and northern Iraq", "across the country": the town and more
    wider = re.search(rf"{re.escape(place)}\s+(?:and|or)\s+(?:(?:[a-z]+ern|central|other)\s+)?[A-Z]", quotes)
    return place in quotes and not wider and not _ELSEWHERE.search(quotes) and not any(p in quotes for p in elsewhere)


#: one attack of several told as the worst of them: "The deadliest blast Wednesday killed at
#: least 18 people at a funeral in Buhriz"
_WORST_OF_THEM = re.compile(
    r"\b(?:deadliest|worst|bloodiest|biggest|largest|most serious)\s+(?:single\s+)?(?:[\w-]+\s+)?"
    r"(?:attack|blast|bombing|explosion|incident|strike|airstrike|raid|ambush|attentat|explosion)\b",
    re.I,
)


def _worst_of_a_sum(art: Article, event: Event) -> None:
    """A toll over several attacks ("A series of bomb attacks in Iraq has killed at least 73
    people") given to the one attack the story singles out as the worst of them, in the
    event's own town ("The deadliest blast Wednesday killed at least 18 people at a funeral in
    Buhriz"): the sum is the day's, the smaller figure is the event's. It leaves the event,
    flagged, and the town's figure stands in."""
    from .claim_home import own_figures_instead  # see sums_over_events
    from .claimcheck import recount_event

    place = event.location.place
    sums = [c for c in event.fatality_claims if c.low and _sums_attacks_in_its_clause(c, art)]
    if not place or not sums:
        return
    least = min(c.low or 0 for c in sums)
    parts = [
        f
        for f in art.death_figures
        if f.scope == "event"
        and f.low
        and f.low < least
        and place in (told := art.sentence_text(f.sentence))
        and _WORST_OF_THEM.search(told[: f.start - art.sentences[f.sentence][0]])
    ]
    if not parts:
        return
    event.fatality_claims = [c for c in event.fatality_claims if not any(c is s for s in sums)]
    event.flags += [f"claim_sum_over_events:{c.low}" for c in sums]
    if event.fatality_claims:
        recount_event(event)
    else:
        own_figures_instead(art, event, sentence_of(sums[0], art) or 0)


def sums_over_events(art: Article, events: list[Event]) -> None:
    """A toll over several attacks that is all the model gave one event ("A wave of attacks
    in Baghdad and northern Iraq killed at least 29 people"), when the story's other events
    count more than half of it and no more than it (Kirkuk's 15, Tuz Khurmato's 3): it sums
    them, and leaves the event (flagged), whose own town's figure stands in ("Three attacks in
    Baghdad killed six"). Fewer dead elsewhere ("two suicide car bombings ... killed seven
    soldiers" beside Monday's two) leave the toll the event's own."""
    # imported here: claim_home and claimcheck import claimscope, which imports this module
    from .claim_home import own_figures_instead
    from .claimcheck import recount_event

    main = [ev for ev in events if ev.salience == "main"]
    for event in main:
        _worst_of_a_sum(art, event)
        _lead_sum_of_others(art, event, [o.fatalities_acled or 0 for o in main if o is not event])
        here = [o for o in main if o is not event and o.location.place and o.location.place == event.location.place]
        _drop_exact_sum(
            art,
            event,
            [o.fatalities_acled or 0 for o in main if o is not event],
            [o.fatalities_acled or 0 for o in here],
        )
        sums = [c for c in event.fatality_claims if c.low and _sums_attacks_in_its_clause(c, art)]
        # a day's wave of attacks sums that day's: a killing dated another day is none of it
        others = sum(o.fatalities_acled or 0 for o in main if o is not event and o.date.start == event.date.start)
        # the event's own total, not its smallest figure: "12 militants and at least two soldiers"
        # is a toll of 14 that a found two-dead event elsewhere does not add up to
        total = max(min(c.low or 0 for c in sums), event.fatalities_acled or 0) if sums else 0
        if not sums or len(sums) != len(event.fatality_claims) or not total < 2 * others <= 2 * total:
            continue
        if _over_its_own_town(event, sums, [o for o in main if o is not event and o.date.start == event.date.start]):
            continue
        event.fatality_claims = []
        event.flags += [f"claim_sum_over_events:{c.low}" for c in sums]
        recount_event(event)
        own_figures_instead(art, event, 1)


__all__ = ["SEVERAL_ATTACKS", "figure_at", "headline_total_over_attacks", "sentence_of", "sums_over_events"]
