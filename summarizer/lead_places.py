"""A lead's toll with no town, placed by the later sentence that gives it again at a town.

"At least 20 deaths have been reported in the latest fighting along the tense border" opens
the story; six paragraphs on, "allegations by an Ivorian rebel group that Ivorian helicopter
gunships killed 20 civilians in an attack near the western town of Bin-Houye on Saturday"
tells where and when those 20 died. The small model codes the lead and stops; the found-event
pass (``found_in_text.py``) skips the later sentence, as its figure is coded already. A
reader wants the one event at Bin-Houye: the event with no town whose lead figure a later
sentence, cited by no event, gives again at a town the gazetteer knows takes that town and
that sentence (its day too, when the sentence tells one), and the later sentence's claim
joins as its source's own, flagged ``place_from_the_toll_told_again:<town>``. The same
number of other dead is no retelling: "three soldiers were killed in a bomb attack" is not
told again by "a suicide bomber killed three civilians".
"""

from __future__ import annotations

from .article import Article
from .claimcheck import claimant_for, recount_event, to_claim
from .dates import resolve_date
from .found_places import named_where
from .geo import locate
from .news_days import date_near
from .schema import Event, Span
from .victims import other_dead

__all__ = ["FLAG", "place_lead_tolls"]

FLAG = "place_from_the_toll_told_again"
#: the headline and the first paragraph's sentences
_LEAD = 2


def place_lead_tolls(art: Article, events: list[Event]) -> None:
    """Give each event with no town the town of the later sentence telling its lead toll
    again (in place)."""
    cited = {art.sentence_at(sp.start) for ev in events for sp in ev.evidence_spans}
    cited |= {art.sentence_at(c.span.start) for ev in events for c in ev.fatality_claims if c.span is not None}
    for ev in events:
        country = ev.location.country or art.country_hint
        if ev.location.place or not country:
            continue
        lead = [c for c in ev.fatality_claims if c.span is not None and (art.sentence_at(c.span.start) or 0) <= _LEAD]
        figures = [
            f
            for f in art.death_figures
            if f.sentence > _LEAD
            and f.sentence not in cited
            and f.scope == "event"
            and any(c.low == f.low and not other_dead(c.victims, f.victims) for c in lead)
        ]
        if len(figures) != 1:
            continue  # none, or the same number told of several happenings: no one town
        figure = figures[0]
        sentence = art.sentence_text(figure.sentence)
        town = named_where(sentence, country)
        where = locate(town, country=country, text=town) if town else None
        if where is None or where.place is None:
            continue
        ev.location = where
        start, end = art.sentences[figure.sentence]
        ev.evidence.append(sentence)
        ev.evidence_spans.append(Span(quote=sentence, start=start, end=end, status="exact"))
        day = date_near(sentence, figure.start - start)
        span = resolve_date(day, art.meta.published) if day else None
        if span is not None and span.precision == "day":
            ev.date = span
        claim = to_claim(figure, figure.victims, claimant_for(figure, "", art), art)
        if not any(c.claimant == claim.claimant and c.low == claim.low for c in ev.fatality_claims):
            ev.fatality_claims.append(claim)
        ev.flags.append(f"{FLAG}:{where.place}")
        cited.add(figure.sentence)
        recount_event(ev)
