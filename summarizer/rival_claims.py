"""A party's own figure for the same dead, told after the event the model coded.

"Afghan officials confirmed ... at least 26 soldiers dead" and, four sentences on, "A
Taliban spokesman claimed it captured the army base after killing 74 Afghan soldiers":
one event, two claims, and the codebook wants both (UCDP's high is the Taliban's 74,
ACLED's conservative count stays 26). The small model cites the first and stops. Adding
every figure of the evidence was measured and rejected (other events' tolls came in,
``claimcheck.check_claims``); this adds only a figure that is plainly a rival count:

- in a sentence of the event's own stretch of the story: after its first evidence
  sentence and before the next sentence that opens as another happening ("Meanwhile")
  or that another event cites;
- of the same victims as a figure the event already holds (soldiers and soldiers, not
  "people"), given by another claimant, and a different number;
- a figure of this event's scope (not a tally, not an earlier attack's), in a sentence no
  event took a figure from.

Each is flagged ``claim_rival_figure:<figure> (<claimant>)`` and the totals recounted.
"""

from __future__ import annotations

import re

from .article import Article
from .claim_places import fronted_elsewhere, scoped_elsewhere
from .claimcheck import claimant_for, recount_event, to_claim
from .death_words import CLAUSE_END
from .fatalities import ALSO_DEAD, ONE_PERSON_FIGURE
from .folding import fold
from .schema import Event
from .separate import opens_as_another
from .summed_tolls import headline_total_over_attacks
from .toll_parts import INSIDE_FLAG, a_part_of_counted_dead, moved_off, one_of_those_included
from .toll_told import THE_TOLL_AGAIN
from .victims import NAMED_SIDES
from .written_names import article_name

#: a sentence about something else: "The army separately said it killed 203 fighters"
_SEPARATELY = re.compile(r"\b(?:separately|s[ée]par[ée]ment|in a separate|elsewhere|ailleurs)\b", re.I)
#: a sentence opening on what came after the deed ("Hours after the deadly bombing, the
#: military announced four members of the Pakistani Taliban were executed"): its dead are
#: another happening's, never a rival count of the deed's
_AFTERWARDS = re.compile(
    r"^\W*(?:(?:just\s+|only\s+)?(?:hours|minutes|days|a day|one day|shortly|soon)\s+(?:later|after(?:wards)?)\b"
    r"|(?:quelques\s+)?(?:heures|jours)\s+(?:plus tard|après)\b)",
    re.I,
)
#: a toll told as another one beside this ("The number is in addition to 203 fighters")
_BESIDE = re.compile(
    r"\b(?:in addition to|on top of|adding to|add(?:s|ed)? to|besides|en plus d|s['’]ajout\w*)\b[^.]{0,40}$", re.I
)
#: dead told as beyond a count already given ("three more civilians", "another five people",
#: "an additional two soldiers"): a further group, never a rival count of the same dead
_MORE_AFTER = re.compile(r"^\s+(?:more|additional|further|de plus)\b", re.I)
_MORE_BEFORE = re.compile(r"\b(?:another|an additional|a further|additional|further|encore)\s+$", re.I)
#: a claimant that is the attackers themselves, by a common noun ("The group said")
_THE_ATTACKERS = re.compile(r"^(?:the )?(?:group|militants?|insurgents?|rebels?|jihadists?|fighters|attackers)$", re.I)

FLAG = "claim_rival_figure"
OTHER_SIDE_FLAG = "claim_other_side_dead"
#: a nation's own troops and foreign troops are told apart by words alone ("Russian soldiers"
#: in Chechnya): the same figure of either is the same dead
_FORCES = ("state_forces", "foreign_forces")


def _index(art: Article, start: int | None) -> int | None:
    return next((i for i, (s, _) in enumerate(art.sentences) if s == start), None) if start is not None else None


def _cited(art: Article, event: Event) -> set[int]:
    found = {_index(art, sp.start) for sp in event.evidence_spans}
    found |= {_index(art, c.span.start) for c in event.fatality_claims if c.span is not None}
    return {i for i in found if i is not None}


def _add_breakdown(art: Article, event: Event, stretch: list[int], taken: set[int]) -> None:
    """The parts of a total the event holds, told in one later sentence and summing to it
    ("killed at least five people" ... "The dead included at least three Malian soldiers
    and two militants, a Nampala official told VOA"): the same dead, each group with its
    source, so the parts join the total (the totals rule counts them inside it)."""
    totals = [c for c in event.fatality_claims if c.victims in ("unknown", "mixed") and c.low]
    for index in stretch:
        if art.sentences[index][0] in taken:
            continue
        parts = [f for f in art.death_figures if f.sentence == index and f.scope == "event"]
        if len(parts) < 2 or any(p.low is None for p in parts):
            continue
        whole = sum(p.low or 0 for p in parts)
        sums = [t for t in totals if t.low == whole]
        if not sums:
            continue
        if any(p.generic or p.victims in ("unknown", "mixed") for p in parts) and any(
            fold(claimant_for(p, "", art)).lower() == fold(t.claimant).lower() for p in parts for t in sums
        ):
            continue  # people of no side, told again by the total's own source: no other count
        for part in parts:
            claim = to_claim(part, part.victims, claimant_for(part, "", art), art)
            event.fatality_claims.append(claim)
            event.flags.append(f"{FLAG}:{part.text} (part of {whole})")
        taken.add(art.sentences[index][0])
        recount_event(event)
        return


#: the event told again by a definite noun: "at least 15 militants were killed in the clash"
_THIS_EVENT = re.compile(
    r"\b(?:in|during|after)\s+(?:the|that|this|an?)\s+(?:ensuing\s+|subsequent\s+|same\s+|three-hour\s+)?"
    r"(?:clash(?:es)?|fighting|attack|assault|battle|gun ?fight|gun ?battle|fire ?fight|exchange(?: of fire)?|ambush"
    r"|raid|encounter|shoot-?out)\b"
    r"|\b(?:lors|au cours)\s+(?:de\s+l['’](?:attaque|assaut|embuscade|accrochage)|des\s+(?:combats|affrontements|accrochages))",
    re.I,
)
_SIDES = NAMED_SIDES


def _add_other_side(art: Article, event: Event, stretch: list[int], taken: set[int], cited: set[int]) -> None:
    """The other side's dead, told after the event's toll in a sentence that names the event
    again ("killing two police officers" ... "Authorities said at least 15 militants were
    killed in the clash"; "in a clash" only right after the event's own sentences): ACLED
    counts every death of the event, attackers too. Only a group of victims the event holds
    no figure for, in its own stretch, flagged."""
    held = {c.victims for c in event.fatality_claims}
    if not held & set(_SIDES):
        return
    for figure in art.death_figures:
        if figure.sentence not in stretch or figure.scope != "event" or figure.generic or figure.low is None:
            continue
        if figure.victims not in _SIDES or figure.victims in held or art.sentences[figure.sentence][0] in taken:
            continue
        if figure.victims in _FORCES and any(
            c.victims in _FORCES and c.low == figure.low for c in event.fatality_claims
        ):
            continue  # "12 Russian soldiers" in the lead, "12 federal troops" after: one force's dead told twice
        sentence = art.sentence_text(figure.sentence)
        this = _THIS_EVENT.search(sentence)
        if this is None or _BESIDE.search(sentence):
            continue
        if re.search(r"\s(?:a|an)\s", this.group(0)) and figure.sentence - 1 not in cited:
            continue  # "in a clash" is this event's only right after its own sentences
        claim = to_claim(figure, figure.victims, claimant_for(figure, "", art), art)
        event.fatality_claims.append(claim)
        event.flags.append(f"{OTHER_SIDE_FLAG}:{figure.text} ({claim.claimant})")
        taken.add(art.sentences[figure.sentence][0])
        held.add(figure.victims)
        recount_event(event)


def _add_rival_people(art: Article, event: Event, sentences: list[int], taken: set[int]) -> None:
    """Another source's count of the same unnamed dead, in a sentence the event cites or in
    its stretch ("Local authorities initially said that between six and 16 people were
    killed" held, "Burkina Faso's government says at least 46 people were killed" not):
    when every claim the event holds counts people of no named side, a figure of people
    by another named source is a rival count, not a second toll."""
    held = [c for c in event.fatality_claims if c.low is not None]
    # in an attack on civilians the civilians are the people killed
    people = (
        ("unknown", "mixed", "civilians") if event.event_type == "Violence against civilians" else ("unknown", "mixed")
    )
    if not held or any(c.victims not in people for c in held):
        return
    mine: set[int] = set()
    for figure in art.death_figures:
        if figure.sentence not in sentences or figure.scope != "event" or figure.low is None:
            continue
        if figure.victims not in ("unknown", "mixed") or figure.claimant is None or figure.vague:
            continue
        start = art.sentences[figure.sentence][0]
        if start in taken and start not in mine:
            continue
        claimant = claimant_for(figure, "", art)
        if any(c.low == figure.low for c in held) or any(
            fold(c.claimant).lower() == fold(claimant).lower() for c in held if c.span is None or c.span.start != start
        ):
            continue  # the same figure again, or a source already counted elsewhere (a revision it tells keeps both)
        claim = to_claim(figure, figure.victims, claimant, art)
        if one_of_those_included(claim, held) or (
            a_part_of_counted_dead(claim) and any((c.low or 0) > (claim.low or 0) for c in held)
        ):
            # "killed the head of the provincial council": one of the lead's "including a ...";
            # "five people died on the spot", beside "at least nine": the first of the toll
            continue
        event.fatality_claims.append(claim)
        event.flags.append(f"{FLAG}:{figure.text} ({claimant})")
        held.append(claim)
        taken.add(start)
        mine.add(start)
        recount_event(event)


def _add_toll_again(art: Article, event: Event, stretch: list[int], taken: set[int]) -> None:
    """Another source's toll of the same dead in the sentence right after the event's own
    figures ("NATO officials said up to 150 Taleban militants were killed ... Afghanistan's
    Defense Ministry put the death toll at around 60"): the toll told again is of the dead
    just counted, whoever they were, so it takes their victims."""
    own = [c for c in event.fatality_claims if c.span is not None and c.low is not None]
    last = max((i for c in own if (i := art.sentence_at(c.span.start if c.span else None)) is not None), default=None)
    if last is None or last + 1 not in stretch or art.sentences[last + 1][0] in taken:
        return
    if not THE_TOLL_AGAIN.search(art.sentence_text(last + 1)):
        return
    held = next(c for c in own if art.sentence_at(c.span.start if c.span else None) == last)
    for figure in art.death_figures:
        if figure.sentence != last + 1 or figure.scope != "event" or figure.low is None or figure.claimant is None:
            continue
        claimant = claimant_for(figure, "", art)
        if figure.low == held.low or fold(claimant).lower() == fold(held.claimant).lower():
            continue
        event.fatality_claims.append(to_claim(figure, held.victims, claimant, art))
        event.flags.append(f"{FLAG}:{figure.text} ({claimant})")
        taken.add(art.sentences[figure.sentence][0])
        recount_event(event)
        return


def _add_same_sentence_side(art: Article, event: Event) -> None:
    """The other side's dead told in a sentence the event took a toll from ("A Taliban
    spokesman claimed more than 20 police were killed, confirming only three insurgent
    fatalities"): the model took the first figure and stopped; ACLED counts both sides.
    Only named sides, each different from every side the sentence's claims count (a part,
    "12 people including five children", is no other side), in the same clause, not in
    the headline (a summary of the story, not one source's count), flagged."""
    by_sentence: dict[int, list[str]] = {}
    held_at: dict[int, list[int]] = {}  # where in the text the held figures stand
    for c in event.fatality_claims:
        i = art.sentence_at(c.span.start if c.span else None)
        if i is not None and c.low is not None:
            by_sentence.setdefault(i, []).append(c.victims)
            held_at.setdefault(i, []).extend(
                f.end for f in art.death_figures if f.sentence == i and f.low == c.low and f.victims == c.victims
            )
    for figure in art.death_figures:
        sides = by_sentence.get(figure.sentence)
        if (
            not sides
            or figure.sentence == 0
            or figure.scope != "event"
            or figure.generic
            or figure.low is None
            or figure.vague
        ):
            continue
        if figure.victims not in _SIDES or any(v not in _SIDES or v == figure.victims for v in sides):
            continue
        ends = [e for e in held_at.get(figure.sentence, []) if e < figure.start]
        if not ends or CLAUSE_END.search(art.text[max(ends) : figure.start]):
            continue  # "18 people in northern Syria, while 28 rebels died near Damascus": another clause's
        claim = to_claim(figure, figure.victims, claimant_for(figure, "", art), art)
        event.fatality_claims.append(claim)
        event.flags.append(f"{OTHER_SIDE_FLAG}:{figure.text} ({claim.claimant})")
        sides.append(figure.victims)
        recount_event(event)


def _further_dead(text: str, start: int, end: int) -> bool:
    """Whether a figure counts dead beyond those already told ("the death of three more
    civilians caught in the cross fire"): taking it as a rival count would lower the toll."""
    return bool(_MORE_AFTER.match(text[end : end + 20]) or _MORE_BEFORE.search(text[max(0, start - 20) : start]))


def add_rival_claims(art: Article, events: list[Event]) -> None:
    """Each event takes the rival counts of its own dead told in its stretch (in place)."""
    cited = [_cited(art, ev) for ev in events]
    taken: set[int] = {
        c.span.start for ev in events for c in ev.fatality_claims if c.span is not None and c.span.start is not None
    }
    for n, event in enumerate(events):
        body = sorted(i for i in cited[n] if i > 0)
        if not body or not event.fatality_claims:
            continue
        others = set().union(*(c for m, c in enumerate(cited) if m != n)) if len(events) > 1 else set()
        stretch: list[int] = []
        for i in range(body[0] + 1, len(art.sentences)):
            sentence = art.sentence_text(i)
            if i in others or opens_as_another(sentence) or _SEPARATELY.search(sentence) or _AFTERWARDS.match(sentence):
                break
            if scoped_elsewhere(sentence, event.location) or fronted_elsewhere(sentence, event.location):
                break  # the story has moved to another town ("In the greater Swat valley, ...")
            stretch.append(i)
        _add_breakdown(art, event, stretch, taken)
        _add_other_side(art, event, stretch, taken, cited[n])
        _add_toll_again(art, event, stretch, taken)
        if len(events) == 1:  # with one event there is nobody else's toll to take
            _add_rival_people(art, event, sorted(set(body) | set(stretch)), taken)
        held = [c for c in event.fatality_claims if c.victims not in ("unknown", "mixed")]
        civilians = [c for c in held if c.victims == "civilians"]
        moved = moved_off(event)
        for figure in art.death_figures:
            if figure.low in moved:
                continue  # the place, day and period checks judged it another happening's
            # "at least 24 people were killed", said a rescue service after a monitor's "23
            # civilians": people of no side against civilians are the same dead
            people = figure.victims == "unknown" and bool(civilians) and figure.low is not None
            if figure.sentence not in stretch or figure.scope != "event" or (figure.generic and not people):
                continue
            if figure.vague:
                continue  # "several people executed": no rival count of the "at least five" held
            if art.sentences[figure.sentence][0] in taken:
                continue
            if _BESIDE.search(art.text[max(art.sentences[figure.sentence][0], figure.start - 60) : figure.start]):
                continue
            if _further_dead(art.text, figure.start, figure.end):
                continue
            claimant = claimant_for(figure, "", art)
            same = civilians if people else [c for c in held if c.victims == figure.victims]
            if not same or figure.claimant is None:
                continue  # a rival count is someone's: the outlet restating the toll is not one
            if any(fold(c.claimant).lower() == fold(claimant).lower() or c.low == figure.low for c in same):
                continue
            if _THE_ATTACKERS.match(claimant.strip()) and event.actor1 is not None:
                # "The group said it had killed more than 20 soldiers": the group is the attacker
                claimant = article_name(event.actor1.name, art.text) or event.actor1.name
            # (the people are the civilians it rivals: the same dead, counted once)
            claim = to_claim(figure, "civilians" if people else figure.victims, claimant, art)
            if headline_total_over_attacks(claim, art):
                continue  # "two of its service members were killed in separate insurgent attacks"
            # "four of the soldiers were beheaded", or one person told again ("a cameraman ...
            # was also killed", after the lead's "six soldiers and a cameraman"): some of the
            # dead counted already, a claim inside the event's largest toll
            single = bool(ONE_PERSON_FIGURE.match(figure.text) or ALSO_DEAD.search(art.sentence_text(figure.sentence)))
            single = single or one_of_those_included(claim, event.fatality_claims)
            if (a_part_of_counted_dead(claim) or single) and claim.span is not None and claim.low is not None:
                whole = max(
                    (c for c in event.fatality_claims if (c.low or 0) > claim.low and c.span),
                    key=lambda c: c.low or 0,
                    default=None,
                )
                if whole is None or whole.span is None:
                    continue
                event.flags.append(f"{INSIDE_FLAG}:{claim.span.start}:{claim.low}:{whole.span.start}:{whole.low}")
            event.fatality_claims.append(claim)
            event.flags.append(f"{FLAG}:{figure.text} ({claimant})")
            taken.add(art.sentences[figure.sentence][0])
            recount_event(event)
    for event in events:
        _add_same_sentence_side(art, event)


__all__ = ["FLAG", "OTHER_SIDE_FLAG", "add_rival_claims"]
