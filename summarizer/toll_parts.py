"""The parts of one toll: figures that add up to it, and figures inside it.

"Four people died on the spot, while two died on their way to hospital" is six dead;
"eleven civilians, including three militiamen" is eleven, the three inside them; "three
soldiers, including an officer" names who died, no second figure. The claim checks flag
which claims are parts (``claimcheck.check_claims``) and the totals count each dead once
(``claimcheck.totals_of``).
"""

from __future__ import annotations

import re

from .article import Article
from .deaths import DeathFigure
from .fatalities import parse_figure
from .number_words import NUMBER
from .schema import Event, FatalityClaim, Victims

__all__ = [
    "INSIDE_FLAG",
    "moved_off",
    "INCLUDED_BEFORE",
    "PARTS_FLAG",
    "a_part_of_counted_dead",
    "among_the_dead",
    "one_of_those_included",
    "parts_inside",
    "is_part_of_a_toll",
    "parts_flags",
    "summed_parts",
    "with_their_totals",
]

Flags = list[str]

#: words between two figures of one sentence that make them alternatives or another
#: event's, not parts ("killed three people ..., a day after another bomber killed 13")
_ALTERNATIVE = re.compile(
    r"\b(?:or|ou|to|à|from|up from|down from|revised|earlier|previous|instead|rather than|after|before|another"
    r"|après|avant|autre)\b",
    re.I,
)


PARTS_FLAG = "claim_parts_of_one_toll"
#: words between two figures that put the second inside the first
_INSIDE_WORDS = re.compile(r"\b(?:including|among them|among whom|of whom|dont|parmi|y compris)\b", re.I)


def parts_flags(kept: list[FatalityClaim], art: Article) -> Flags:
    """Flags naming the claims that are parts of one toll within one sentence: "four people
    died on the spot, while two died on their way to hospital" is six, "two women and two
    children were killed" four. Only precise figures of the same victims from the same
    source, with no alternative between them ("eight or nine") and no figure of the
    sentence that is already their sum. The claims stay separate (FORMAT.md: one per
    figure); the totals add them (``totals_of``)."""
    flags: Flags = []
    for index, (s, e) in enumerate(art.sentences):
        mine = [c for c in kept if c.span is not None and (c.span.start, c.span.end) == (s, e)]
        if not mine:
            continue
        figures = [
            f
            for f in art.death_figures
            if f.sentence == index and f.scope == "event" and not f.vague and f.low is not None
        ]
        for victims in sorted({f.victims for f in figures}):
            group = [f for f in figures if f.victims == victims and f.low == f.high]
            if len(group) < 2 or len({f.claimant for f in group}) > 1:
                continue
            total = sum(f.low or 0 for f in group)
            # a whole needs two parts at least: "two women and two children" is four
            whole = next((f for f in group if 2 * (f.low or 0) == total), None) if len(group) > 2 else None
            if whole is not None:
                # "huit personnes, deux Nigériens et six Français": the eight and its
                # breakdown, so the breakdown counts inside the eight, never beside it
                flags += [
                    f"{INSIDE_FLAG}:{s}:{f.low}:{s}:{whole.low}"
                    for f in group
                    if f is not whole and any(c.low == f.low for c in mine)
                ]
                continue
            between = [art.text[a.end : b.start] for a, b in zip(group, group[1:], strict=False)]
            if any(f.low == total for f in figures) or any(_ALTERNATIVE.search(g) for g in between):
                continue
            if any(_INSIDE_WORDS.search(g) for g in between):
                continue  # "quatre personnes sont décédées, dont un policier": a part, not a second toll
            if _told_at_two_places(art, group, e):
                continue  # "one shot dead in Lome, while three others were killed in Sokode": two towns' dead
            if any(c.low in {f.low for f in group} for c in mine):
                flags.append(f"{PARTS_FLAG}:{s}:" + "+".join(str(f.low) for f in group))
    return flags


def _told_at_two_places(art: Article, group: list[DeathFigure], end: int) -> bool:
    """Whether each figure's clause names its own town, and the towns differ: the dead of
    two happenings one sentence tells, not parts of one toll (each is its town's event)."""
    from .found_places import named_where  # the place finders read claims: imported late
    from .geo import guess_country

    country = art.country_hint or guess_country(art.text)
    if not country:
        return False
    ends = [f.start for f in group[1:]] + [end]
    places = [named_where(art.text[f.start : stop], country) for f, stop in zip(group, ends, strict=True)]
    return all(places) and len({p.lower() for p in places if p}) == len(places)


def summed_parts(events: list[Event]) -> set[tuple[int, int]]:
    """(sentence start, figure) of every part an event's claims already add up to one toll
    ("six women and three men were killed" held as nine): told, not a new event's dead. A
    toll the event no longer holds (moved to the town its sentence names) leaves its parts
    free for the event found there."""
    return {
        (int(start), int(value))
        for ev in events
        for flag in ev.flags
        if flag.startswith(PARTS_FLAG + ":")
        for start, values in [flag.split(":")[1:3]]
        if any(c.span is not None and c.span.start == int(start) for c in ev.fatality_claims)
        for value in values.split("+")
    }


#: the words that put a figure inside the one before it ("onze civils, dont trois supplétifs")
INCLUDED_BEFORE = re.compile(
    r"\b(?:including|among them|among whom|of whom|dont|parmi (?:eux|elles|lesquels|lesquelles)|y compris)\s+"
    r"(?:at least\s+|au moins\s+)?$",
    re.I,
)
INSIDE_FLAG = "claim_inside_a_total"


def is_part_of_a_toll(art: Article, figure: DeathFigure) -> bool:
    """Whether the figure only describes one of the dead of a figure before it ("three
    soldiers, including an officer"): told inside that toll, never a toll of its own. A
    counted part ("12 dead, including three civilians", "dont un policier") is a figure the
    codebook lists as a claim; "an officer" is a description of who died, not a count."""
    start = art.sentences[figure.sentence][0]
    described = re.match(r"an?\s", figure.text, re.I) is not None
    return described and bool(INCLUDED_BEFORE.search(art.text[max(start, figure.start - 40) : figure.start]))


_AMONG_THE_DEAD = re.compile(
    r"\bamong (?:the )?(?:dead|victims|those killed|the people killed|the fatalities)\b"
    # "there were six officers among the rebels killed"
    r"|\bamong the (?:[\w'’-]+\s+){1,2}?(?:killed|dead|slain)\b"
    # "at least 15 of those killed were police officers"
    # "some of those killed in the villages of al-Kubeir and Maazarif Wednesday were stabbed"
    r"|\b(?:\d+|[a-z]+)\s+of (?:those killed|the dead|the victims|the people killed)(?:\s+[\w'’-]+){0,8}?\s+(?:were|was|are|is)\b"
    # "the body of one soldier had been decapitated, while two others were charred": how
    # the counted dead were found, not a count of its own
    r"|\bthe bod(?:y|ies) of (?:[\w'’-]+\s+){1,3}?(?:had been|has been|have been|was|were)\s+(?:[\w-]+\s+)?"
    r"(?:decapitated|beheaded|charred|burned|burnt|mutilated|disfigured|dismembered)\b"
    r"|\b(?:the )?(?:dead|victims|those killed) (?:included|includes?)\b|\bparmi les (?:morts|victimes"
    r"|tu[ée]s|personnes tu[ée]es)\b",
    re.I,
)


#: a part of dead already counted: "four of the soldiers were beheaded", "deux d'entre eux"
_PARTITIVE = re.compile(
    r"\b(?P<n>\w+)\s+(?:of (?:the|those|these|them)\b|d['’]entre (?:eux|elles)\b|des (?:soldats|victimes|morts)\b)",
    re.I,
)


#: one family's dead, told by a relative: "his wife's sister's entire family of nine was
#: killed", "nine members of his family", "une famille de neuf personnes"
_FAMILY = re.compile(
    r"\bfamily of (?P<n>\w+)|\b(?P<m>\w+) (?:members of (?:his|her|their|my|one|a|the same) family|of (?:his|her|their)"
    r" relatives)\b|\bfamille de (?P<f>\w+)",
    re.I,
)


#: the dead who died at once ("five people died on the spot"): the first of a toll that
#: grows with those who die later in hospital, never a lower count of the same dead
_ON_THE_SPOT = re.compile(
    rf"(?P<n>{NUMBER})\s+(?:[\w-]+\s+){{0,2}}?(?:died|were killed|was killed|perished|sont mort(?:e|s|es)?|tu[ée]e?s)\s+"
    r"(?:on the spot|instantly|immediately|at the scene|on impact|sur le coup|sur-le-champ)\b",
    re.I,
)


def a_part_of_counted_dead(claim: FatalityClaim) -> bool:
    """ "four of the soldiers were beheaded", "his entire family of nine was killed", "five
    people died on the spot": its figure is a part of dead counted elsewhere (a family is one
    household of an attack's dead; those killed at once, the first of its toll)."""
    told = [m.group("n") for m in _PARTITIVE.finditer(claim.quote)]
    told += [m.group("n") for m in _ON_THE_SPOT.finditer(claim.quote)]
    told += [m.group("n") or m.group("m") or m.group("f") for m in _FAMILY.finditer(claim.quote)]
    return any(parse_figure(n) == (claim.low, claim.high) for n in told)


#: the side the part is among: "six officers among the rebels killed" are rebels
_AMONG_FIGHTERS = re.compile(
    r"\bamong the (?:rebels|militants|insurgents|fighters|guerrillas|attackers|gunmen|jihadists)\b", re.I
)


#: words that give a part a side of its own ("two soldiers were among the dead")
_ARMED_WORDS = re.compile(
    r"\b(?:rebels?|militants?|insurgents?|fighters?|guerrillas?|attackers?|gunmen|jihadists?|soldiers?|troops"
    r"|police\w*|officers?|militiam[ae]n|militias?|combatants?|bombers?|assailants?|forces|army|militaires?|soldats?"
    r"|policiers?|gendarmes?|rebelles?|djihadistes?|jihadistes?|terroristes?|assaillants?)\b",
    re.I,
)


def among_whose_dead(claim: FatalityClaim, toll: Victims | None = None) -> Victims:
    """The victims of a part by the side it is told among ("officers among the rebels
    killed": the rebels'); a part that names no armed side ("six of its Nigerian members
    were among the dead", the Red Cross's) is of the dead of ``toll``, the event's largest
    count; else the part's own."""
    if _AMONG_FIGHTERS.search(claim.quote):
        return "non_state"
    if toll is not None and _AMONG_THE_DEAD.search(claim.quote) and not _ARMED_WORDS.search(claim.quote):
        return toll
    return claim.victims


def among_the_dead(quote: str) -> bool:
    """ "at least six children and seven women were among the dead": a part of the event's toll."""
    return bool(_AMONG_THE_DEAD.search(quote))


#: a toll that names one of its dead: "killing at least 11 people, including a local senior
#: politician", "dont un officier"
_INCLUDES_ONE = re.compile(
    r"\b(?:including|among them|dont|parmi eux|y compris)\s+(?:a|an|the|one|its|his|their|un|une|le|la|l['’])\b",
    re.I,
)


def one_of_those_included(claim: FatalityClaim, others: list[FatalityClaim]) -> bool:
    """One dead person told on their own ("the blast killed the head of the provincial
    council") in an event whose larger toll says it includes such a person: that one is
    inside the toll, never a lower count of the same dead (ACLED's lowest figure would
    otherwise be 1 of 11)."""
    if not (claim.low == claim.high == 1):
        return False
    return any(
        o is not claim and (o.low or 0) > 1 and o.quote != claim.quote and _INCLUDES_ONE.search(o.quote) for o in others
    )


#: the claim checks that move a figure off the event as another happening's
_MOVED_OFF = re.compile(
    r"claim_(?:of_a_past_period|of_an_earlier_attack|names_another_place|cumulative_scope|of_the_rescue)"
    r":(\d+)\b"
)


def moved_off(event: Event) -> set[int]:
    """The figures the claim checks moved off the event ("Earlier this month, ... the United
    Nations reported 27 children had been killed", "one guerrilla killed in the rescue"):
    neither a rival count of its own dead nor the lead's toll for it."""
    return {int(m.group(1)) for f in event.flags if (m := _MOVED_OFF.match(f))}


def parts_inside(flags: Flags, totals: list[FatalityClaim]) -> set[str]:
    """The parts ("<start>:<figure>") that ``claim_inside_a_total`` flags put inside one of
    ``totals``: each is counted by its total wherever that total goes."""
    have = {f"{c.span.start}:{c.low}" for c in totals if c.span is not None}
    return {
        f"{start}:{part}"
        for flag in flags
        if flag.startswith(INSIDE_FLAG + ":")
        for start, part, total_start, total in [flag.split(":")[1:5]]
        if f"{total_start}:{total}" in have
    }


def with_their_totals(
    claims: list[FatalityClaim], moved: list[FatalityClaim], flags: Flags, checked: Flags
) -> tuple[list[FatalityClaim], list[FatalityClaim], Flags]:
    """(claims, moved, flags) with each part counted inside a total (``checked``'s
    ``claim_inside_a_total`` flags) moved off the event when its total was: "three of the men
    killed in the explosion" are of the "six Palestinians killed in a powerful explosion near
    ... Jenin", not of the helicopter strike on Gaza City the model gave them to."""
    parts = parts_inside(checked, moved)
    leaving = [c for c in claims if c.span is not None and f"{c.span.start}:{c.low}" in parts]
    if not leaving:
        return claims, moved, flags
    kept = [c for c in claims if not any(c is g for g in leaving)]
    return kept, moved + leaving, flags + [f"claim_part_of_a_total_elsewhere:{c.low}" for c in leaving]
