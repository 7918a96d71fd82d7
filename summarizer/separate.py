"""Sentences a draft joined that tell another event of their own.

The small model often codes two attacks of one story as one event: "Seven police officers
have been killed in a northern Afghanistan province ... In a separate incident, seven
civilians were killed when their vehicle hit a roadside bomb in eastern Kunar province"
comes back as one event citing both sentences, placed in one province, with one toll.
A sentence that opens by saying it is another happening ("In a separate incident",
"Separately", "Elsewhere", "Et à Gossi", "Par ailleurs") and names a place the rest of
the evidence does not is taken off the draft with the claims it states; the event found
in the text (``found_in_text.py``) then reads it as an event of its own. Only an opening
that says so counts: a sentence that merely names another town ("died on their way to a
hospital in Buea") is the same event told further.
"""

from __future__ import annotations

import re

from .article import Article
from .draft import DraftEvent
from .folding import fold
from .found_signals import ALSO
from .keywords import classify
from .places import place_in_evidence, region_in_text
from .schema import Event, Span

#: the openings that say outright that another happening follows, wherever it was (not
#: "Meanwhile" nor "Also on Monday", which may go on with the same one)
_SEPARATE = (
    r"In an?\s+(?:separate|other|second|third|different|earlier|later|previous|prior)\s+(?:incident|attack|assault|ambush|clash|strike|raid"
    r"|bombing|explosion|blast|shooting)|In another\b(?!\s+(?:[\w-]+\s+)?(?:statement|interview|report|communiqu\w*|message|broadcast|speech|press|news conference"
    r"|briefing|letter|posting|tweet|video|remarks?|comments?)\b)|Separately\b|Elsewhere\b|(?:In )?other (?:violence|attacks|incidents|fighting)\b|Ailleurs\b|Par ailleurs\b|Dans une autre (?:attaque|localité)"
    r"|Dans un autre (?:incident|village)"
    # "In one incident, three soldiers were killed ...", "In separate incidents, militants lobbed grenades"
    r"|In (?:one|a further|(?:two|three|several|other)?\s*separate)\s+(?:incidents?|attacks?|ambush(?:es)?|clash(?:es)?|bombings?"
    r"|explosions?|blasts?|shootings?)\b"
    # "In the second attack at the nearby Bai Hassan oil field": a story of two told in turn
    r"|In the\s+(?:second|third|fourth|other|latter|later)\s+(?:[\w-]+\s+)?(?:incident|attack|assault|ambush|clash|strike"
    r"|raid|bombing|explosion|blast|shooting)\b"
    # "A similar explosion took place in western Farah province", "Another bomb went off in ..."
    r"|(?:An?\s+(?:similar|second|third|fourth|separate|earlier|later|previous|prior)|Another)\s+(?:[\w-]+\s+)?(?:explosion|attack|blast|bombing|bomb"
    r"|bomber|driver|attacker|ambush|raid|incident|clash|assault)s?\b|(?:Une autre|Un autre|Une seconde|Un second)\s+(?:attaque|explosion|attentat|embuscade)"
    # "Another Shi'ite district (Shuala) of the Iraqi capital was hit Wednesday": another place struck
    r"|Another\s+(?:[\w'’-]+\s+){0,2}?(?:district|neighbou?rhood|town|village|city|suburb|area|province|region)\b"
    r"|(?:Une autre|Un autre)\s+(?:localit[ée]|ville|village|quartier|r[ée]gion|province)\b"
    # "About three hours later, a police vehicle struck a roadside bomb": a later happening
    r"|(?:(?:About|Some|Nearly|Less than|Just|Barely)\s+)?(?:an?|one|two|three|four|five|several|a few|\d+)\s+"
    r"(?:hours?|minutes?)\s+(?:later|earlier)\b|(?:(?:Just|Only|Barely|Some|Several|A few)\s+)?(?:Hours|Minutes)\s+(?:later|earlier)\b"
    # "Later, at least three bombings occurred within an hour across the city": later, more attacks
    r"|(?:Later|Plus tard)(?:\s+(?:that|in the|the same)\s+(?:day|evening|night|morning|afternoon))?,?\s+"
    r"(?:(?:at least|some|about|au moins)\s+)?(?:an?|another|two|three|four|five|several|multiple|\d+|une?|deux|trois)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:bombs?|bombings?|blasts?|explosions?|attacks?|car bombs?|suicide bombers?|gunmen|attaques?|explosions?)\b"
)
_SEPARATE_OPENING = re.compile(rf"^(?:{_SEPARATE})", re.I)

#: a sentence's opening that says it tells another happening than the one before: the
#: outright ones and those that may also go on with the same one
_ANOTHER_OPENING = re.compile(
    rf"^(?:{_SEPARATE}|In an?\s+(?:separate|other|second|third|different)\s+development"
    r"|In other (?:violence|news|attacks|fighting|developments)\b"
    r"|Also (?:in|on|at|near|(?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b|Also,\s"
    r"|Meanwhile\b|Et (?:à|au|aux|dans)\b|Dans une autre région"
    # "Earlier, another suicide bomber killed three people on the main road to Baghdad airport"
    r"|(?:Earlier|Later)(?:\s+[\w-]+){0,3},?\s+(?:another|a second|a third|a separate)\b)",
    re.I,
)


def opens_as_separate(sentence: str) -> bool:
    """Whether the sentence begins by saying outright that another happening follows
    ("Elsewhere", "In a separate attack"), wherever it was."""
    return bool(_SEPARATE_OPENING.match(sentence.strip()))


#: "Three police officers were gunned down elsewhere in Baghdad", "killed Sunday in another
#: joint operation": told as another happening in its middle, not at its opening
_ELSEWHERE_INSIDE = re.compile(
    r"\belsewhere in (?:the )?[A-Z\w]"
    # "Nine Taliban insurgents were killed Sunday in another joint operation in the same area"
    r"|\bin (?:another|a separate|a second|a different) (?:[\w-]+\s+){0,2}?(?:operation|attack|raid|incident|clash"
    # "10 people were killed in another bomb blast inside a local council building"
    r"|ambush|strike|bombing|blast|explosion|shooting)\b"
    # "two service members were killed in separate insurgent attacks Wednesday"
    r"|\bin (?:two |three |several )?separate (?:[\w-]+\s+){0,2}?(?:operations|attacks|raids|incidents|clashes|ambushes"
    r"|strikes|bombings|blasts|explosions|shootings)\b",
    re.I,
)


def told_as_elsewhere(sentence: str) -> bool:
    """Whether the sentence says outright, at its opening or inside, that its happening is
    another one ("Elsewhere, ...", "... were gunned down elsewhere in Baghdad")."""
    return opens_as_separate(sentence) or bool(_ELSEWHERE_INSIDE.search(sentence))


def tells_another(sentence: str) -> bool:
    """Whether the sentence opens as another happening or says inside that it is one."""
    return opens_as_another(sentence) or bool(_ELSEWHERE_INSIDE.search(sentence))


def opens_as_another(sentence: str) -> bool:
    """Whether the sentence begins by telling another happening ("In a separate incident")."""
    return bool(_ANOTHER_OPENING.match(sentence.strip()))


def _named(sentence: str, country: str) -> str | None:
    return place_in_evidence([sentence], country) or region_in_text([sentence], country)


def _in(words: str, sentences: list[str]) -> bool:
    folded = fold(words).lower()
    return any(folded in fold(s).lower() for s in sentences)


#: the definite article goes back to what was told ("the attack also killed")
_BACK_TO_IT = re.compile(
    r"\b(?:the|this|that|same|its|l[ae]|l['’]|cette|cet)\s+(?:[\w'’-]+\s+)?(?:attacks?|blasts?|bombings?|explosions?"
    r"|ambush|raids?|fighting|clash(?:es)?|strikes?|assaults?|violence|attaque|explosion|embuscade|attentat)\b",
    re.I,
)


#: the sub-types a weapon word tells, whoever is hit
_WEAPONS = frozenset(
    {"Suicide bomb", "Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED"}
)


def another_kind_also(sentence: str, sub_type: str, rest: list[str]) -> bool:
    """Whether a sentence says "also" and tells violence of another kind than the event's
    and the rest of its evidence ("The Tamil Tigers also say at least three civilians ...
    were killed in a military mine attack", beside a clash), not going back to it."""
    kind = classify(sentence)
    if kind is None or kind[1] not in _WEAPONS or kind[1] == sub_type:
        return False  # "killed" alone tells no other kind: a clash's dead may be civilians
    if not ALSO.search(sentence) or _BACK_TO_IT.search(sentence):
        return False
    return all(classify(r) != kind for r in rest)


def peel_other_events(draft: DraftEvent, art: Article, country: str | None) -> tuple[DraftEvent, list[int]]:
    """The draft without the evidence sentences that tell another event in another place
    (with the claims they state, and the model's place, region or sides when only they
    name them), and the 1-based numbers taken off."""
    if not country or len(draft.sentences) < 2:
        return draft, []
    numbers = [n for n in draft.sentences if 1 <= n <= len(art.sentences)]
    peeled: list[int] = []
    for n in numbers[1:]:
        sentence = art.sentence_text(n - 1)
        if not tells_another(sentence):
            continue
        where = _named(sentence, country)
        rest = [art.sentence_text(m - 1) for m in numbers if m != n and m not in peeled]
        if where and rest and not _in(where, rest) and where not in {_named(r, country) for r in rest}:
            peeled.append(n)
    if not peeled:
        return draft, []
    kept = [n for n in draft.sentences if n not in peeled]
    rest = [art.sentence_text(m - 1) for m in kept if 1 <= m <= len(art.sentences)]
    gone = [art.sentence_text(n - 1) for n in peeled]
    update: dict[str, object] = {
        "sentences": kept,
        "claims": [c for c in draft.claims if c.sentence not in peeled],
    }
    for slot in ("place", "region", "actor1", "actor2"):
        # a place or side the model took from the sentence taken off is that event's
        words = str(getattr(draft, slot)).strip()
        if words and _in(words, gone) and not _in(words, rest):
            update[slot] = ""
            if slot == "actor1":  # the side that acted here is not named: an unidentified one
                update |= {"actor1": "unidentified armed group", "actor1_type": "Rebel group"}
    return draft.model_copy(update=update), peeled


FLAG_EVIDENCE_ELSEWHERE = "evidence_of_another_place"


def drop_evidence_of_elsewhere(art: Article, events: list[Event]) -> None:
    """Evidence sentences an event cites that tell dead of another place: a sentence past
    the lead whose death figures the event counts none of and that names a town or region
    the event is not in ("In the most recent attack, 14 people were killed ... in Duk County,
    ... state of Jonglei", cited by an event placed in Unity state with its seven dead). The
    model read it and put it aside; the events found in the text then read it as an event."""
    for event in events:
        country, place, admin1 = event.location.country, event.location.place, event.location.admin1
        if not country or not (place or admin1) or len(event.evidence) < 2:
            continue
        counted = {v for c in event.fatality_claims for v in (c.low, c.high) if v is not None}
        keep: list[int] = []
        for k, span in enumerate(event.evidence_spans):
            index = art.sentence_at(span.start)
            figures = [f for f in art.death_figures if f.sentence == index and f.scope == "event" and not f.vague]
            # a sentence that opens on another happening ("A similar explosion took place in
            # western Farah province, where one policeman died") is that one's, its dead too
            another = index is not None and index >= 2 and opens_as_another(art.sentence_text(index))
            # "A car bomb blast in the southern city of Hilla killed four people": a round-up's
            # next attack, told by its own weapon and place, even if the model counted its dead
            own = index is not None and index >= 2 and tells_its_own_attack(art.sentence_text(index))
            another = another or (own and _grounded(event, [q for j, q in enumerate(event.evidence) if j != k]))
            if (
                k == 0
                or index is None
                or index < 2
                or not figures
                or (any(f.low in counted for f in figures) and not another)
            ):
                keep.append(k)
                continue
            sentence = art.sentence_text(index)
            where = place_in_evidence([sentence], country, references=False) or region_in_text([sentence], country)
            if not where or any(n and (_in(n, [sentence]) or _in(where, [n])) for n in (place, admin1)):
                keep.append(k)
                continue
            event.flags.append(f"{FLAG_EVIDENCE_ELSEWHERE}:{where}")
        if len(keep) < len(event.evidence_spans):
            gone = [event.evidence_spans[k] for k in range(len(event.evidence_spans)) if k not in keep]
            event.evidence = [event.evidence[k] for k in keep]
            event.evidence_spans = [event.evidence_spans[k] for k in keep]
            claims = [c for c in event.fatality_claims if not _within(c.span, gone)]
            if len(claims) < len(event.fatality_claims):
                from .claimcheck import recount_event  # claimcheck reads this module's openings

                event.fatality_claims = claims
                recount_event(event)


#: a sentence that opens on an attack of its own, told with an indefinite article and its
#: toll ("A car bomb blast in Hilla killed four people", "Another roadside bomb killed two
#: soldiers"), not one going back to the event ("The blast also killed ...")
_OWN_ATTACK = re.compile(
    r"^\W*(?:Also,?\s+|And\s+)?(?:An?|Another|One|Two|Three)\s+(?:[\w-]+\s+){0,3}?(?:car[- ]bombs?|bombs?|blasts?"
    r"|explosions?|attacks?|air ?strikes?|strikes?|(?:suicide )?bombers?|rockets?|mortars?(?: rounds?| shells?)?"
    r"|shells?|grenades?|ambush(?:es)?|raids?|gunmen|gunman|landmines?|mines?)\b[^.;]{0,120}?\b(?:killed|killing|kills"
    r"|left\s+(?:[\w-]+\s+){1,4}dead)\b"
)


def tells_its_own_attack(sentence: str) -> bool:
    """Whether the sentence opens on an attack of its own with an indefinite article."""
    return bool(_OWN_ATTACK.match(sentence.strip()))


def _grounded(event: Event, others: list[str]) -> bool:
    """Whether another of the event's sentences names its place or region: then a sentence
    naming only somewhere else is not where the model found the event."""
    names = [n for n in (event.location.place, event.location.admin1) if n]
    return bool(names) and any(_in(n, others) for n in names)


def _within(span: Span | None, spans: list[Span]) -> bool:
    """Whether a claim's quote lies inside one of the sentences ``spans``."""
    if span is None or span.start is None:
        return False
    return any(sp.start is not None and sp.end is not None and sp.start <= span.start < sp.end for sp in spans)


__all__ = [
    "another_kind_also",
    "drop_evidence_of_elsewhere",
    "opens_as_another",
    "opens_as_separate",
    "peel_other_events",
    "tells_another",
    "told_as_elsewhere",
]
