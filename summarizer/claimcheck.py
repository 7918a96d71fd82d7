"""The model's death figures checked against the figures code found in the article.

The model may choose among the death figures ``deaths.py`` found, and say whose dead
they are; it may not invent one. Each draft claim is matched by value to a checked
figure (in the sentence the model named, then the event's evidence, then anywhere):

- matched to an event-scoped death figure: kept, with the figure as code read it
  (qualifier included), the victims code read from the noun ("15 combatants" are
  non-state) or else the model's label, and the claimant from the sentence's
  attribution, else the model's claimant when the article names it near the figure,
  else the outlet (the article states the figure unattributed);
- matched to a cumulative figure ("since the war began"): kept as report context only;
- matched to a number that counts something else (wounded, freed, displaced), or to no
  checked figure at all: dropped, with a flag that says which.
Every check is a function returning (value, flags): the caller decides what to keep.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from .article import Article
from .claimant_checks import lead_source, names_the_dead_nearby, the_outlets_reporter
from .deaths import DeathFigure, value_of
from .draft import DraftClaim
from .earlier_counts import people_as_civilians
from .fatalities import parse_figure, totals
from .figure_reach import counted_with_the_others, search_order, too_far
from .grounding import align
from .news_days import told_on_a_recent_day
from .running_numbers import UNNUMBERED_FLAG
from .schema import Event, Fatalities, FatalityClaim, Span
from .summed_tolls import SEVERAL_ATTACKS
from .toll_parts import (
    INCLUDED_BEFORE,
    INSIDE_FLAG,
    PARTS_FLAG,
    a_part_of_counted_dead,
    among_the_dead,
    among_whose_dead,
    is_part_of_a_toll,
    one_of_those_included,
    parts_flags,
    parts_inside,
)
from .vague_counts import precise_over_vague
from .victims import other_dead

_OUTLET_WORDS = {"outlet", "the outlet", "article", "the article", "unknown", "none", "", "reporter", "journalist"}

Flags = list[str]


def _value(figure: tuple[int | None, int | None]) -> int | None:
    return figure[0] if figure[0] is not None else figure[1]


def _near(art: Article, sentence: int, mention: str) -> bool:
    """Whether ``mention`` is written in the figure's sentence or the one before or after."""
    lo, hi = max(0, sentence - 1), min(len(art.sentences), sentence + 2)
    # "..., according to the Associated Press" in the next sentence attributes that sentence
    window = " ".join(
        _OWN_SOURCE.sub("", t) if i > sentence else t for i in range(lo, hi) for t in [art.sentence_text(i)]
    )
    return bool(mention.strip()) and align(mention, window).status != "none"


_OWN_SOURCE = re.compile(r"\b(?:according to|selon|d['’]apr[èe]s)\b[^.;]*", re.I)


def claimant_for(figure: DeathFigure, model_claimant: str, art: Article) -> str:
    """Who gives a checked figure: the attribution of its own sentence; else the model's
    claimant when the article names it in that sentence or the one before or after ("they
    said" after a named source), and not as the dead themselves ("50 African Union
    soldiers" gives no African Union claim); else the outlet, which then states the figure
    itself. A name found only elsewhere in the article gave the lead's unattributed toll to
    the minister quoted three paragraphs later."""
    if figure.claimant:
        return figure.claimant
    model = model_claimant.strip()
    if (
        model.lower() not in _OUTLET_WORDS
        and _near(art, figure.sentence, model)
        and not _counted(figure, model, art)
        and not names_the_dead_nearby(figure, model, art)
        and not _claims_only_the_attack(figure, art)
        and not the_outlets_reporter(model, art)
    ):
        return model
    return lead_source(figure, art) or art.meta.outlet or "outlet"


#: a group that claimed an attack the sentence then tolls in a relative clause: "al-Shabab has
#: claimed responsibility for a suicide bombing Saturday that killed at least 15"
_RESPONSIBILITY = re.compile(r"\bclaim(?:ed|s)?\s+(?:responsibility|credit)\s+for\b", re.I)
_TOLLED_AFTER = re.compile(r"\b(?:that|which)\s+(?:has\s+|had\s+)?(?:killed|left)\s+(?:\w+\s+){0,3}$", re.I)


def _claims_only_the_attack(figure: DeathFigure, art: Article) -> bool:
    """Whether the figure tolls, in a relative clause, an attack a group claimed: the group
    claimed the attack, the toll is the outlet's."""
    start, _ = art.sentences[figure.sentence]
    before = art.text[start : figure.start]
    claimed = _RESPONSIBILITY.search(before)
    return claimed is not None and _TOLLED_AFTER.search(before[claimed.end() :]) is not None


def _counted(figure: DeathFigure, mention: str, art: Article) -> bool:
    """Whether ``mention`` names the dead themselves ("50 African Union soldiers"), not a source."""
    start, end = art.sentences[figure.sentence]
    after = art.text[figure.end : min(figure.end + 60, end)]
    # "killing 12 students, the school principal and two policemen": the dead listed before too
    before = art.text[max(start, figure.start - 40) : figure.start]
    listed = bool(re.search(r"(?:,|\band|\bet)\s*$", before.rstrip() + " ")) or bool(
        re.search(r"\b(?:and|et)\s+$", before)
    )
    return align(mention, after).status != "none" or (listed and align(mention, before).status != "none")


def to_claim(figure: DeathFigure, victims: str, claimant: str, art: Article) -> FatalityClaim:
    s, e = art.sentences[figure.sentence]
    quote = art.text[s:e]
    return FatalityClaim(
        low=figure.low,
        high=figure.high,
        victims=victims,  # type: ignore[arg-type]
        claimant=claimant,
        quote=quote,
        span=Span(quote=quote, start=s, end=e, status="exact"),
    )


def match_figure(draft: DraftClaim, art: Article, evidence: Sequence[int]) -> tuple[DeathFigure | None, Flags]:
    """The checked death figure a draft claim stands for, or None with the reason."""
    parsed = parse_figure(draft.figure)
    if parsed is None:
        return None, [f"claim_figure_unreadable:{draft.figure}"]
    wanted = _value(parsed)
    by_sentence: dict[int, list[DeathFigure]] = {}
    for f in art.death_figures:
        by_sentence.setdefault(f.sentence, []).append(f)
    hits = [
        f
        for i in search_order(art, draft.sentence - 1, evidence)
        for f in by_sentence.get(i, [])
        if value_of(f) == wanted
        or f.high == wanted
        # the figure as written: code counted "Parami Kulatunga and three other people" as
        # four, "six police officers and a child" as seven; the model's "six" is that toll
        or _value(parse_figure(f.text) or (None, None)) == wanted
    ]
    far = too_far(hits, draft.sentence - 1, evidence, art)
    if far or counted_with_the_others(hits, draft.sentence - 1, draft.figure, art):
        return None, [f"claim_{'far_from_its_event' if far else 'counted_with_the_others'}:{draft.figure}"]
    if hits:
        # the title repeats the lead without its qualifier: prefer the body's "at least 14"
        body = [f for f in hits if f.sentence != 0] or hits
        first = body[0]
        same = [f for f in body if f.sentence == first.sentence or f.sentence in evidence]
        chosen = next((f for f in same if f.high is None and f.low is not None), first)
        return _sourced_retelling(chosen, art) or chosen, []
    other = next((o for o in art.other_figures if _value(parse_figure(o.text) or (None, None)) == wanted), None)
    if other is not None:
        return None, [f"claim_not_a_death_figure:{draft.figure} ({other.why})"]
    return None, [f"claim_not_a_checked_death_figure:{draft.figure}"]


def _sourced_retelling(figure: DeathFigure, art: Article) -> DeathFigure | None:
    """The same toll told with its source further on, for a figure the lead states with
    none ("al-Shabab ... killed at least 14 people" then "Nur told VOA's Somali Service that
    14 civilians were killed"): FORMAT.md's one claim, the source's. Only one such figure
    of that value, and of victims that do not contradict the lead's."""
    if figure.sentence > 1 or figure.claimant is not None or figure.low is None:
        return None
    told = [
        f
        for f in art.death_figures
        if f.sentence > 1
        and f.scope == "event"
        and f.claimant is not None
        and f.low == figure.low
        and (f.victims == figure.victims or "unknown" in (f.victims, figure.victims))
    ]
    return told[0] if len(told) == 1 else None


def check_claims(
    drafts: Sequence[DraftClaim], art: Article, evidence: Sequence[int], *, old_event: bool = False
) -> tuple[list[FatalityClaim], list[FatalityClaim], Flags]:
    """(event claims, context claims, flags) for an event's draft claims. ``evidence``: the
    event's 0-based sentences. Figures of a sentence dated long before publication count only
    for an event that old (``old_event``), and such an event takes no toll of a recent day.
    Figures the model left out are not added from the evidence: measured on the gold set,
    that put other events' tolls into this one (ACLED exact 0.59 -> 0.53)."""
    flags: Flags = []
    kept: list[FatalityClaim] = []
    context: list[FatalityClaim] = []
    vague: dict[int, bool] = {}  # a vague count's claim: whether its sentence is the headline or the lead
    lead: set[int] = set()  # the exact figures' claims of the headline or the lead
    for draft in drafts:
        figure, why = match_figure(draft, art, evidence)
        flags += why
        if figure is None:
            continue
        victims = figure.victims if figure.victims != "unknown" or figure.generic else draft.victims
        claim = to_claim(figure, victims, claimant_for(figure, draft.claimant, art), art)
        if old_event and figure.sentence not in evidence and told_on_a_recent_day(art, figure.sentence):
            flags.append(f"claim_of_a_recent_day:{figure.text}")  # a new toll, not the old deed's
            continue
        if figure.scope == "cumulative" or (figure.scope == "background" and not old_event):
            flags.append(f"claim_{figure.scope}_scope:{figure.text}")
            context.append(claim)
            continue
        kept.append(claim)
        if figure.vague:
            vague[id(claim)] = figure.sentence <= 1
        elif figure.sentence <= 1:
            lead.add(id(claim))
    if drafts and not kept and not context:
        # every figure the model gave failed the check ("twelve" where the article says
        # "onze morts"): the event's evidence sentences' own death figures stand in for
        # them, flagged. Only then: added beside valid model figures, evidence figures
        # brought other events' tolls in (ACLED exact 0.59 -> 0.53, row 9 of evals/README).
        for figure in _evidence_figures(art, evidence, old_event=old_event):
            victims = figure.victims
            kept.append(to_claim(figure, victims, claimant_for(figure, "", art), art))
            flags.append(f"claim_from_evidence:{figure.text}")
    # the other death figures of a sentence the model took a figure from ("30 civils ont été
    # tués ..., 14 éléments des forces de défense ont perdu la vie"): one sentence, one event
    used = {(c.span.start, c.span.end) for c in kept if c.span is not None}
    # counted: in "four police officers, four civilians and 12 soldiers" a "four" is one of two
    have = Counter((c.span.start if c.span else None, c.low, c.high) for c in kept)
    for figure in art.death_figures:
        s, e = art.sentences[figure.sentence]
        if (s, e) not in used or figure.sentence == 0 or figure.scope != "event" or figure.generic:
            continue  # a generic total ("38 people, including 22 mourners") may span events
        if have[(s, figure.low, figure.high)] > 0:
            have[(s, figure.low, figure.high)] -= 1
            continue
        if is_part_of_a_toll(art, figure):
            # "12 soldiers and seven civilians, including a child": the child is one of the
            # seven, a detail of a toll the claims already hold, not a figure of its own
            flags.append(f"claim_part_not_added:{figure.text}")
            continue
        kept.append(to_claim(figure, figure.victims, claimant_for(figure, "", art), art))
        flags.append(f"claim_from_same_sentence:{figure.text}")
    flags += _parts_inside_totals(kept, art)
    kept, vague_flags = precise_over_vague(kept, vague, lead)  # "several soldiers" beside "seven soldiers"
    flags += vague_flags
    kept = _victims_from_headline(kept, art)
    parts = parts_flags(kept, art)
    return _one_claim_per_toll(kept, parts), context, flags + parts


def _victims_from_headline(kept: list[FatalityClaim], art: Article) -> list[FatalityClaim]:
    """A toll of people the headline gives with its victims ("Government Shelling Kills 18
    Civilians" over "killed at least 18 people"): the body's figure, the headline's victims."""
    named = {f.low: f.victims for f in art.death_figures if f.sentence == 0 and f.low and f.victims != "unknown"}
    return [
        c.model_copy(update={"victims": named[c.low]})
        if c.victims == "unknown" and c.low in named and named[c.low] in ("civilians", "state_forces", "non_state")
        else c
        for c in kept
    ]


def _one_claim_per_toll(kept: list[FatalityClaim], parts: Flags) -> list[FatalityClaim]:
    """The parts of one toll of people ("two women and two children were killed", "four
    died on the spot, while two died on their way to hospital") as the one claim a reader
    (and the gold labels) cite: four, by its source, with the sentence as its quote. Parts
    that are different forces' dead stay separate claims."""
    for flag in parts:
        if not flag.startswith(PARTS_FLAG + ":"):
            continue
        _, start, values = flag.split(":", 2)
        wanted = [int(v) for v in values.split("+")]
        mine: list[FatalityClaim] = []
        for value in wanted:
            hit = next(
                (
                    c
                    for c in kept
                    if c.span is not None
                    and c.span.start == int(start)
                    and c.low == c.high == value
                    and not any(c is m for m in mine)
                ),
                None,
            )
            if hit is not None:
                mine.append(hit)
        if not mine or mine[0].victims not in ("civilians", "unknown"):
            continue  # "14 soldiers and 3 volunteers" are two forces' dead, two claims
        total = sum(wanted)  # every part is a checked death figure of the sentence
        whole = mine[0].model_copy(update={"low": total, "high": total})
        kept = [whole if c is mine[0] else c for c in kept if not any(c is m for m in mine[1:])]
        # a part the model gave twice is inside the whole too
        kept = [c for c in kept if c is whole or not (c.span == whole.span and c.low == c.high and c.low in wanted)]
    return kept


def _parts_inside_totals(kept: list[FatalityClaim], art: Article) -> Flags:
    """A claim that is a part of a total in its own sentence ("eleven civilians, including
    three militiamen") counts inside that total, never beside it; the total is added when
    the model took only the part; figures "among the dead" are inside the event's largest
    toll of another sentence. Flags ``claim_inside_a_total:<start>:<part>:<total's
    start>:<total>`` tell ``totals_of`` which claims not to add while their total stands."""
    flags: Flags = []
    for claim in list(kept):
        if claim.span is None or claim.low is None:
            continue
        if among_the_dead(claim.quote) or a_part_of_counted_dead(claim) or one_of_those_included(claim, kept):
            # "six children and seven women were among the dead": inside any larger toll of
            # another sentence (one may go to another place's event), of the same dead ("12 of
            # the attackers" are not inside "31 soldiers")
            largest = max(
                (k for k in kept if k is not claim and (k.low or 0) > claim.low), key=lambda k: k.low or 0, default=None
            )
            claim.victims = among_whose_dead(claim, largest.victims if largest else None)  # "among the rebels killed"
            for whole in (k for k in kept if not other_dead(claim.victims, k.victims)):
                if whole.span is not None and whole.span.start != claim.span.start and (whole.low or 0) > claim.low:
                    flags.append(f"{INSIDE_FLAG}:{claim.span.start}:{claim.low}:{whole.span.start}:{whole.low}")
            continue
        index = next((i for i, (s, _) in enumerate(art.sentences) if s == claim.span.start), None)
        figures = [f for f in art.death_figures if f.sentence == index and f.scope == "event" and f.low is not None]
        part = next((f for f in figures if f.low == claim.low and f.high == claim.high), None)
        if part is None or not INCLUDED_BEFORE.search(art.text[claim.span.start : part.start]):
            continue
        total = next((f for f in reversed(figures) if f.start < part.start and (f.low or 0) > claim.low), None)
        if total is None or SEVERAL_ATTACKS.search(claim.quote):
            continue  # "three attacks have left 38 dead, including 22 mourners": 38 is no event's
        if not any(k.span is not None and k.span.start == claim.span.start and k.low == total.low for k in kept):
            kept.append(to_claim(total, total.victims, claimant_for(total, "", art), art))
            flags.append(f"claim_total_of_its_part:{total.text}")
        flags.append(f"{INSIDE_FLAG}:{claim.span.start}:{claim.low}:{claim.span.start}:{total.low}")
    return flags


def moved_elsewhere(flags: list[str]) -> list[int]:
    """The figures the place check moved to another town's event (``claim_names_another_place``)."""
    found = (re.match(r"claim_names_another_place:(\d+)\b", f) for f in flags)
    return [int(m.group(1)) for m in found if m]


def totals_of(
    claims: list[FatalityClaim],
    flags: list[str],
    deaths_without_number: str | None = None,
    sub_event_type: str | None = None,
) -> tuple[Fatalities, int | None]:
    """The event's totals, with the parts of one toll (``parts_flags``) added up first, the
    parts inside a total (``_parts_inside_totals``) left out, and the people of an attack on
    civilians counted as those civilians (``people_as_civilians``)."""
    claims = people_as_civilians(claims, sub_event_type)
    # a part is left out only while its total stands (a total over several attacks may
    # have gone to the context)
    inside = parts_inside(flags, claims)
    joined = [c for c in claims if not (c.span is not None and f"{c.span.start}:{c.low}" in inside)]
    joined = _without_breakdowns(joined)
    for flag in flags:
        if not flag.startswith(PARTS_FLAG + ":"):
            continue
        _, start, values = flag.split(":", 2)
        parts = [int(v) for v in values.split("+")]
        mine = [
            c
            for c in joined
            if c.span is not None and c.span.start == int(start) and c.low == c.high and c.low in parts
        ]
        if not mine:
            continue
        for value in moved_elsewhere(flags):
            # "one person was shot dead in Lome, while three others were killed in Sokode":
            # the part told of another town is that town's event, not a part of this one
            if value in parts and len(parts) > 1 and not any(c.low == value for c in mine):
                parts.remove(value)
        total = sum(parts)
        joined = [c for c in joined if not any(c is m for m in mine)] + [
            mine[0].model_copy(update={"low": total, "high": total})
        ]
    return totals(joined, deaths_without_number=deaths_without_number)


def _without_breakdowns(claims: list[FatalityClaim]) -> list[FatalityClaim]:
    """The claims with any sentence's figures left out that add up exactly to a toll of
    another sentence: "18 people were killed" and, further on, "eight civilians ..., along
    with seven attackers, two security force members and one African Union soldier" are one
    toll told twice, the second time by victim (FORMAT.md: a figure already inside another
    is never counted twice)."""
    by_sentence: dict[int, list[FatalityClaim]] = {}
    for c in claims:
        if c.span is not None and c.span.start is not None:
            by_sentence.setdefault(c.span.start, []).append(c)
    for start, group in by_sentence.items():
        if len(group) < 2 or any(c.low is None or c.low != c.high for c in group):
            continue
        whole = sum(c.low or 0 for c in group)
        if any(c.span is not None and c.span.start != start and c.low == whole for c in claims):
            claims = [c for c in claims if not any(c is g for g in group)]
    return claims


def _evidence_figures(art: Article, evidence: Sequence[int], *, old_event: bool) -> list[DeathFigure]:
    """This event's death figures in its evidence sentences (the body's before the title's)."""
    wanted = {"event", "background"} if old_event else {"event"}
    found = [f for f in art.death_figures if f.sentence in evidence and f.scope in wanted]
    body = [f for f in found if f.sentence != 0]
    return body or found


#: the scope checks that put a model's figure on another day's or a past period's attack
RECALLED = ("claim_of_another_days_attack", "claim_of_a_past_period")


def evidence_claims_instead(
    art: Article, evidence: Sequence[int], moved: Sequence[FatalityClaim], flags: Flags, *, old_event: bool
) -> tuple[list[FatalityClaim], Flags]:
    """(claims, flags): the evidence's own death figures for an event whose every model
    figure was another day's attack ("militants killed two female teachers" on Wednesday,
    given to Thursday's drone strike, whose lead says "has killed two people"). The model
    cited the sentences; their figures, other than the ones moved out, are the event's."""
    if not moved or not all(any(f == f"{r}:{c.low}" for f in flags for r in RECALLED) for c in moved):
        return [], []
    gone = {(c.span.start, c.span.end, c.low) for c in moved if c.span is not None}
    found: list[FatalityClaim] = []
    for figure in _evidence_figures(art, evidence, old_event=old_event):
        if figure.vague:  # a lead's "several" is too weak to stand alone
            continue
        claim = to_claim(figure, figure.victims, claimant_for(figure, "", art), art)
        if claim.span is not None and (claim.span.start, claim.span.end, claim.low) in gone:
            continue
        found.append(claim)
    return found, [f"claim_from_evidence_after_recalled:{c.low}" for c in found]


def recount_event(event: Event) -> None:
    """Totals again after an event's claims changed."""
    size = next((f.split(":", 1)[1] for f in event.flags if f.startswith(UNNUMBERED_FLAG + ":")), None)
    fatalities, acled = totals_of(
        event.fatality_claims, event.flags, deaths_without_number=size, sub_event_type=event.sub_event_type
    )
    event.fatalities, event.fatalities_acled = fatalities, acled if acled is not None else 0
