"""The checks that turn one draft event into checked fields, each a function that
returns (value, flags).

The model reads; these functions check. Evidence is taken from the numbered sentences
(verbatim by construction); mentions the model copied (place, actors, date phrase) are
looked up in the text and flagged when absent; dates are resolved against the
publication date (never the day of a statement); places and admin1 come from the offline
gazetteer; actor names from the alias table and the article's own acronyms; the sub-type
is checked against the evidence's words. Each returns the flags that say what it doubted
or changed, so ``records.build_event`` only composes them and every check can be tested
on a hand-made draft.
"""

from __future__ import annotations

import re

from .acronyms import expand
from .actors import canonical_actor, is_named, is_raw
from .article import Article
from .dates import event_date_phrases, find_date_phrase, resolve_date, respell_weekdays, statement_date
from .draft import DraftEvent
from .folding import fold
from .geo import admin1_country, country_name, locate, lookup
from .geo.countries import countries_named, longer_country_named, names_country
from .grounding import align
from .keywords import EARLIER_ATTACK, PROTEST_WORDS, TYPE_RULES, classify, own_part
from .places import neighbour_admin1, only_region_in_text, place_in_evidence, place_in_story, region_in_text
from .schema import EVENT_TYPE_OF, Actor, DateSpan, Location, Span
from .separate import opens_as_another
from .sides import strike_owner
from .text import is_french

Flags = list[str]


_COMPASS = re.compile(
    r"^(?:the\s+)?(?:north|south|east|west|nord|sud|est|ouest|centre|center|central)(?:[- ]?(?:east|west|nord|sud|est"
    r"|ouest|north|south))?$",
    re.I,
)


def _found(mention: str, text: str) -> bool:
    return bool(mention.strip()) and align(mention, text).status != "none"


def evidence_quotes(numbers: list[int], art: Article) -> tuple[tuple[list[str], list[Span]], Flags]:
    """((quotes, spans), flags): the cited sentences themselves, so evidence is verbatim."""
    flags: Flags = []
    quotes: list[str] = []
    spans: list[Span] = []
    for n in dict.fromkeys(numbers):
        span = art.sentence(n)
        if span is None:
            flags.append(f"evidence_sentence_{n}_out_of_range")
            continue
        s, e = span
        quotes.append(art.text[s:e])
        spans.append(Span(quote=art.text[s:e], start=s, end=e, status="exact"))
    if not quotes:
        flags.append("no_evidence")
    return (quotes, spans), flags


def evidence_sentences(draft: DraftEvent, art: Article) -> tuple[list[int], list[str]]:
    """(1-based sentence numbers, flags): the model's evidence, looked at again when it
    names no violence at all.

    The model sometimes cites the title, a photo caption or a copyright line. Before the
    event is doubted, the sentences where its own death figures stand, and the cited
    sentences' neighbours that hold a death figure, are read: those with a conflict word
    (English or French) become the evidence. An event with neither (a speech, a sanctions
    story) keeps its evidence and is then dropped by ``is_conflict_event``.
    """
    cited = [n for n in dict.fromkeys(draft.sentences) if art.sentence(n) is not None]
    flags: list[str] = []
    captions = [n for n in cited if _is_caption(art, n - 1)]
    if captions and len(captions) < len(cited):
        # a photo's caption and credit ("Une vue du site ..., février 2017. (VOA/...)")
        # date and place the photo, not the event
        flags.append(f"evidence_caption_dropped:{captions}")
        cited = [n for n in cited if n not in captions]
    title_only = cited == [1] and len(art.sentences) > 1
    if not title_only and any(classify(art.sentence_text(n - 1)) for n in cited):
        return cited, flags
    with_deaths = {f.sentence + 1 for f in art.death_figures if f.scope == "event"}
    looked = [dc.sentence for dc in draft.claims if dc.sentence in with_deaths and dc.sentence > 1]
    if title_only:
        # the headline alone: the sentence its toll stands in, or else the body's first
        # toll (one sentence: the next ones may be other events)
        looked = looked or sorted(n for n in with_deaths if n > 1)[:1]
    else:
        looked += [m for n in [*cited, *captions] for m in (n + 1, n - 1, n + 2) if m in with_deaths]
    found = [
        n
        for n in dict.fromkeys(looked)
        if n > 1 and art.sentence(n) is not None and classify(art.sentence_text(n - 1)) and not _is_caption(art, n - 1)
    ]
    if not found:
        return cited, flags
    kept = sorted({*(cited if title_only else []), *found[:3]})
    return kept, [*flags, f"evidence_replaced:{cited}->{kept}"]


#: a photo credit standing as its own "sentence": "(VOA/Freeman Sipila)", "(AFP Photo)"
_CREDIT = re.compile(r"^\(\s*(?:VOA|AFP|Reuters|AP|Photo|File|Getty|EPA|Courtesy)\b[^()]{0,60}\)\W*$", re.I)


def _is_caption(art: Article, index: int) -> bool:
    """Whether 0-based sentence ``index`` is a photo credit, or the caption it closes (the
    sentence just before it on the same line)."""
    if _CREDIT.match(art.sentence_text(index).strip()):
        return True
    if index + 1 >= len(art.sentences):
        return False
    between = art.text[art.sentences[index][1] : art.sentences[index + 1][0]]
    return "\n" not in between and bool(_CREDIT.match(art.sentence_text(index + 1).strip()))


def _names_country(text: str, country: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(fold(country))}(?![\w-])", fold(text), re.I) is not None


_LEADING_PREPOSITION = re.compile(r"^(?:on|in|at|during|by|le|la|en|dans la|dans)\s+", re.I)
#: sentences after the headline that count as a story's lead
LEAD_SENTENCES = 2


#: an attack named by its day: "the Friday night attack", "Sunday's ambush", "l'attaque de mardi"
_DAY_OF_THE_ATTACK = re.compile(
    r"\b(?:the|a)\s+(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:night|morning|evening"
    r"|afternoon|overnight))?\s+(?:attack|raid|ambush|assault|bombing|blast|clash|clashes|fighting)\b"
    r"|\b(?P<day2>monday|tuesday|wednesday|thursday|friday|saturday|sunday)['’]s\s+(?:attack|raid|ambush|assault"
    r"|bombing|blast)\b",
    re.I,
)


def event_date(draft: DraftEvent, art: Article, evidence: list[str]) -> tuple[DateSpan, Flags]:
    """The event's date from the phrase attached to the event, never the day of a statement."""
    flags: Flags = []
    phrase = draft.date.strip()
    if phrase and not _found(phrase, art.text):
        # "on Saturday night" where the text says "during a Saturday night gunbattle": the
        # phrase without its leading preposition is the text's own
        bare = _LEADING_PREPOSITION.sub("", phrase)
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
        if own and resolve_date(own, art.meta.published).precision != "unknown":
            flags.append(f"date_from_evidence:{phrase}->{own}")
            phrase = own
    if phrase and statement_date(phrase, evidence):
        other = next((p for q in evidence for p in event_date_phrases(q) if p.lower() != phrase.lower()), None)
        if other:
            flags.append(f"date_of_statement_replaced:{phrase}->{other}")
            phrase = other
    span = resolve_date(phrase or None, art.meta.published)
    if span.precision == "week":
        span = _narrowed(span, draft.place, art, flags)
    if span.precision == "unknown" and phrase:
        flags.append("date_unresolved")
    if span.precision == "unknown":
        for quote in map(respell_weekdays, evidence):
            found = event_date_phrases(quote) or ([f] if (f := find_date_phrase(quote)) else [])
            spans = [s for s in (resolve_date(p, art.meta.published) for p in found) if s.precision != "unknown"]
            if spans:
                return _narrowed(spans[0], draft.place, art, flags), flags
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
        named = {
            (m.group("day") or m.group("day2")).lower()
            for i in range(len(art.sentences))
            for m in _DAY_OF_THE_ATTACK.finditer(art.sentence_text(i))
        }
        if len(named) == 1:
            day_span = resolve_date(f"on {named.pop()}", art.meta.published)
            if day_span.precision == "day" and day_span.start and 0 <= (art.meta.published - day_span.start).days <= 7:
                flags.append("date_from_the_story:the attack's day")
                return day_span, flags
        # news reports the latest events: with no date in the lead either, the day of
        # publication, flagged as an assumption
        flags.append("date_assumed_publication_day")
        day = art.meta.published
        return DateSpan(start=day, end=day, precision="day", text=None), flags
    return span, flags


def _narrowed(span: DateSpan, place: str, art: Article, flags: Flags) -> DateSpan:
    """A day inside a week the evidence gives ("killed 41 people in a raid this week"),
    from a sentence naming the event's place ("They targeted a police garrison Wednesday
    in the town of Wad Banda"): the raid had one day, and the story tells it."""
    town = place.split(",")[0].strip()  # "Wad Banda, Kordofan region, Sudan"
    if span.precision != "week" or span.start is None or span.end is None or not town:
        return span
    for index in range(len(art.sentences)):
        sentence = art.sentence_text(index)
        if not _found(town, sentence) or opens_as_another(sentence):
            continue
        for phrase in event_date_phrases(respell_weekdays(sentence)):
            day = resolve_date(phrase, art.meta.published)
            if day.precision == "day" and day.start and span.start <= day.start <= span.end:
                flags.append(f"date_narrowed_by_place_sentence:{phrase}")
                return day
    return span


def _strip_country(phrase: str) -> tuple[str, str | None]:
    """'Menaka region of Mali' -> ('Menaka region', 'Mali'); "Cameroon's Southwest region"
    -> ('Southwest region', 'Cameroon'); small models often add the country."""
    possessive = re.match(r"^\s*([\w' -]+?)['’]s\s+(.+)$", phrase)
    if possessive and country_name(possessive.group(1)):
        rest, _ = _strip_country(possessive.group(2))
        return rest, country_name(possessive.group(1))
    # a country whose name holds "of" ("Democratic Republic of Congo") is one part
    parts = [p.strip() for p in phrase.split(",") if p.strip()]
    parts = [q.strip() for p in parts for q in ([p] if country_name(p) else re.split(r"\bof\b|\bin\b", p)) if q.strip()]
    country = None
    kept: list[str] = []
    for part in parts:
        named = country_name(part)
        if named and not kept and len(parts) == 1:
            return "", named
        if named:
            country = country or named
        else:
            kept.append(part)
    return (kept[0] if kept else ""), country


_DISTRICT = re.compile(r"\b(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+district\b|\bdistrict of ([A-Z][\w'’-]+)")


def _only_a_region(place: str, text: str) -> bool:
    """Whether the article names ``place`` only as a region ("the province of Kandahar",
    "Kandahar province"), never as the town of the same name."""
    name = re.escape(place)
    every = list(re.finditer(rf"(?<![\w-]){name}(?![\w-])", text))
    region = re.compile(
        rf"(?:provinces?|regions?|states?|governorates?|r[ée]gions?)\s+(?:of|de|du|de la)\s+{name}(?![\w-])"
        rf"|(?<![\w-]){name}(?:['’]s)?\s+(?:provinces?|regions?|states?|governorates?)\b",
        re.I,
    )
    spans = [(m.start(), m.end()) for m in region.finditer(text)]
    return bool(every) and bool(spans) and all(any(a <= m.start() < b for a, b in spans) for m in every)


def event_location(draft: DraftEvent, art: Article, evidence: list[str]) -> tuple[Location, Flags]:
    """Country, admin1 and place from the gazetteer, starting from the words the model copied."""
    flags: Flags = []
    place, place_country = _strip_country(draft.place.strip())
    region, region_country = _strip_country(draft.region.strip())
    if place and not _found(place, art.text):
        flags.append("place_not_in_text")
        place = ""
    if region and not _found(region, art.text):
        region = ""
    if place and _only_a_region(place, art.text):
        # "in the southern province of Kandahar": the province, not its capital city; a
        # district the evidence names ("the Khakrez district") is the place, else none
        district = next((m.group(1) or m.group(2) for q in evidence if (m := _DISTRICT.search(q))), "")
        flags.append(f"place_only_a_region:{place}" + (f"->{district}" if district else ""))
        region = region or place
        place = district
    if (
        region
        and _COMPASS.match(region)
        and not re.search(rf"(?<![\w-]){re.escape(fold(region))}(?![\w-])", fold(art.text))
    ):
        # "dans le nord du pays" is a direction, not Burkina Faso's Nord region
        flags.append(f"region_is_a_direction:{region}")
        region = ""
    country = country_name(draft.country) if draft.country.strip() else None
    longer = longer_country_named(country, art.text)
    if longer:
        # "Sudan" copied from an article that only ever says "South Sudan"
        flags.append(f"country_from_text:{longer}")
        country = longer
    if country and art.country_hint and country != art.country_hint and not names_country(art.text, country):
        # "Congo" for a story that only ever names Centrafrique: the story's country
        flags.append(f"country_not_in_text:{country}->{art.country_hint}")
        country = art.country_hint
    country = country or place_country or region_country or art.country_hint
    if place and country and lookup(place, country=country) is None:
        # "Saudi Arabia" for a fight outside Marib: the place is Yemen's, and the article
        # names Yemen, so the country is the place's; a country the evidence names first
        # ("Medical sources in Lebanon said ... in the northern city of Tripoli")
        others = [c for q in evidence for c in countries_named(q) if c != country]
        in_named = next((c for c in others if lookup(place, country=c) is not None), None)
        elsewhere = lookup(place)
        if in_named:
            flags.append(f"country_from_place:{in_named}")
            country = in_named
        elif elsewhere is not None and elsewhere.country != country and _names_country(art.text, elsewhere.country):
            flags.append(f"country_from_place:{elsewhere.country}")
            country = elsewhere.country
    loc = locate(place or None, admin1=region or None, country=country, text=place or region or None)
    if loc.place and is_french(art.text):
        # a French exonym ("Mogadiscio") is written as the gazetteer's (ACLED's English) name
        known = lookup(loc.place, country=loc.country)
        if known is not None and fold(known.name) != fold(loc.place) and fold(known.name).isascii():
            flags.append(f"place_english_name:{loc.place}->{known.name}")
            loc = loc.model_copy(update={"place": known.name})
    if loc.admin1 and admin1_country(loc.admin1, loc.country) is None:
        # admin1 comes from the gazetteer, never from the model's unresolved wording
        known = lookup(loc.place, country=loc.country) if loc.place else None
        flags.append(f"admin1_not_in_gazetteer:{loc.admin1}")
        loc = loc.model_copy(update={"admin1": known.admin1 if known else None})
    if loc.place is None:
        # the model named no town (or one the article does not contain): the evidence may
        found = place_in_evidence(evidence, loc.country or country)
        if found:
            better = locate(found, admin1=region or None, country=loc.country or country, text=found)
            if better.latitude is not None:
                flags.append(f"place_from_evidence:{found}")
                loc = better
            else:  # a settlement the gazetteer lacks: named, with no invented coordinates
                flags.append(f"place_from_evidence_not_in_gazetteer:{found}")
                loc = loc.model_copy(update={"place": found, "geo_precision": 2 if loc.admin1 or loc.country else 3})
    if loc.place is None and loc.admin1 is None and loc.country:
        # placed nowhere by the model or its evidence: the article's violent sentences
        story = place_in_story([art.sentence_text(i) for i in range(len(art.sentences))], loc.country)
        placed = locate(story, country=loc.country, text=story) if story else None
        if story and placed is not None and placed.latitude is not None:
            flags.append(f"place_from_article:{story}")
            loc = placed
    if loc.admin1 is None and loc.country:
        # the region the evidence names, else the only one the article names
        # (a sentence opening as another happening, "Et à Gossi, dans la région de
        # Tombouctou", names another event's region)
        story = " ".join(t for t in map(art.sentence_text, range(len(art.sentences))) if not opens_as_another(t))
        named = region_in_text(evidence, loc.country) or only_region_in_text(story, loc.country)
        if named:
            flags.append(f"admin1_from_text:{named}")
            loc = loc.model_copy(update={"admin1": named})
    if loc.place and loc.admin1 is None and loc.country:
        # a village the gazetteer lacks takes the region of a town named beside it
        near = neighbour_admin1(
            loc.place, [*evidence, *(art.sentence_text(i) for i in range(len(art.sentences)))], loc.country
        )
        if near:
            flags.append(f"admin1_from_nearby_town:{near}")
            loc = loc.model_copy(update={"admin1": near})
    if (
        loc.place
        and loc.text
        and loc.latitude is not None
        and fold(loc.text).lower() != fold(loc.place).lower()
        and not is_french(art.text)
        and lookup(loc.text, country=loc.country) is not None
    ):
        # "Mekelle" stays as the story spells it, not the gazetteer's "Mek'ele": the reader
        # (and ACLED, for an English source) uses the story's form
        loc = loc.model_copy(update={"place": loc.text})
    return loc, flags


_VIOLENT_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians"}


_GENERIC_SIDES = (
    "Military Forces", "Police Forces", "Government", "Unidentified Armed Group", "Civilians", "Protesters", "Rioters",
)  # fmt: skip


#: two groups the model wrote as one side; the split is tried at every " and " so that a
#: name holding "and" ("Justice and Equality Movement") stays whole
_JOINED = re.compile(
    r"(?:the\s+)?(.+?(?:Movement|Army|Front|Forces?|Group|Brigades?|Council|Alliance|Union|[A-Z]{2,}))"
    r"\s+(?:and|et|&)\s+(?:the\s+|les?\s+|la\s+)?(.+)"
)


_LEADING = re.compile(r"^(?:(?:the|a|an|an?other|suspected|alleged|deadly|latest|new)(?:\s+|$))+", re.I)
_NOBODY = re.compile(
    r"(?:the\s+)?(?:unknown|none|n/?a|not (?:stated|specified|named|given)|nobody|no one|inconnus?)\.?", re.I
)
#: a mention that names the deed, not the doer: "Saudi Airstrike" (a headline the model
#: copied into a side), "the bombing", "a Taliban attack"
_DEED = re.compile(
    r"(?P<rest>.*?)\s*\b(?:air ?strikes?|air raids?|drone strikes?|missile strikes?|strikes?|attacks?|bombings?"
    r"|blasts?|explosions?|ambush(?:es)?|shelling|raids?)",
    re.I,
)


def _proper_name(words: str) -> bool:
    """Whether every long word is capitalised: a group's name, not "gunmen and soldiers"."""
    long_words = [w for w in re.split(r"[\s/-]+", words) if len(w) >= 4]
    return bool(long_words) and all(w[0].isupper() for w in long_words)


def resolve_actor(
    mention: str, kind: str, country: str | None, art: Article, slot: str, sub_type: str
) -> tuple[Actor | None, Flags]:
    """The canonical actor for the model's mention, read with the article's own acronyms:
    "PDF fighters" is the "People's Defence Forces" the article spelled out, not a generic
    armed group. A mention the article does not contain is not trusted for its country
    ("Nigerian soldiers" in a story about Niger): its generic side takes the event's
    country. State violence is done by a state's forces: "Government of X" acting in a
    battle or strike is coded "Military Forces of X", as ACLED does."""
    flags: Flags = []
    mention = mention.strip()
    if not mention:
        return None, flags
    if _NOBODY.fullmatch(mention):
        # "Unknown", "N/A": the model names no side; left empty for the checks to fill
        return None, [f"{slot}_names_nobody:{mention}"]
    deed = _DEED.fullmatch(mention)
    if deed:
        # the side acted upon is never a deed: left empty for the target checks to fill; the
        # side that acted is whoever the deed's owner names ("Saudi", "a Taliban"), else nobody
        rest = _LEADING.sub("", deed.group("rest")).strip()
        if slot == "actor2" or not rest:
            return None, [f"{slot}_is_a_deed:{mention}"]
        owner, owner_flags = resolve_actor(rest, kind, country, art, slot, sub_type)
        return owner, [*owner_flags, f"{slot}_is_a_deed:{mention}"]
    joined = _JOINED.fullmatch(mention)
    if joined and all(_proper_name(part) for part in joined.groups()):
        # "the Sudanese Liberation Movement and the Justice and Equality Movement" both
        # claimed it: one side is one group, the first named, flagged with the other
        first, flags_first = resolve_actor(joined.group(1), kind, country, art, slot, sub_type)
        return first, [*flags_first, f"{slot}_first_of_two:{joined.group(2)}"]
    in_text = _found(mention, art.text)
    if not in_text:
        flags.append(f"{slot}_not_in_text")
    actor = canonical_actor(mention, country=country, fallback_type=kind)  # type: ignore[arg-type]
    long = expand(mention, art.acronyms)
    if long and not country_name(long):  # "US" is a country, read by the alias table
        # the article's own spelling wins over the table's reading of the same letters
        spelled = canonical_actor(long, country=country, fallback_type=kind)  # type: ignore[arg-type]
        if spelled.name.startswith(_GENERIC_SIDES):
            # "Popular Defence Forces" is no state army: the name the article gives stands
            spelled = Actor(name=long, type=spelled.type if is_raw(spelled, long) else kind, aliases=[])  # type: ignore[arg-type]
        if spelled.name != actor.name:
            flags.append(f"{slot}_acronym_expanded:{long}")
            return spelled.model_copy(update={"aliases": [mention, long]}), flags
    if is_named(actor):
        return actor, flags
    if (
        not in_text
        and is_raw(actor, mention)
        and actor.name != "Unidentified Armed Group"
        and actor.type in ("Rebel group", "Political militia", "Identity militia")
    ):
        # a group name neither the article nor the alias table has ("Selkala" for the
        # FPRC): not kept as if read, the side stays unidentified
        flags.append(f"{slot}_unconfirmed:{mention}")
        return Actor(name="Unidentified Armed Group", type=actor.type, aliases=[]), flags
    if country and not in_text and " of " in actor.name:
        generic_name = actor.name.rsplit(" of ", 1)[0]
        if not actor.name.endswith(f" of {country}") and generic_name in (
            "Military Forces",
            "Police Forces",
            "Government",
        ):
            flags.append(f"{slot}_country_from_event:{actor.name}")
            # the event country's own forces are state forces, not foreign ones
            actor = actor.model_copy(update={"name": f"{generic_name} of {country}", "type": "State forces"})
    if EVENT_TYPE_OF.get(sub_type) in _VIOLENT_TYPES and actor.name.startswith("Government of "):
        actor = actor.model_copy(update={"name": "Military Forces of " + actor.name.removeprefix("Government of ")})
    return actor, flags


#: "ont été tuées dimanche par des hommes armés", "were killed by gunmen": the agent after
#: a passive verb of violence
_DONE_BY = re.compile(
    r"\b(?:was|were|been|being|a été|ont été|été|sont|est)\s+(?:\w+\s+)?(?:killed|shot|attacked|ambushed|kidnapped"
    r"|abducted|executed|massacred|tu[ée]e?s?|abattu\w*|attaqu[ée]e?s?|assassin[ée]e?s?|massacr[ée]e?s?|enlev[ée]e?s?"
    r"|ex[ée]cut[ée]e?s?)\s+(?:[\w'’-]+\s+){0,3}?(?:by|par)\s+(?P<agent>[^,.;:()]{3,60})",
    re.I,
)
#: where the agent's words end: "des hommes armés arrivés à moto", "gunmen in a pickup"
_AGENT_END = re.compile(
    r"\s+(?:in|on|at|near|during|while|who|which|after|before|with|riding|arriving|dans|à|au|aux|près|lors|qui"
    r"|arriv\w+|venus?|circulant|avec|sur|en)\b.*$",
    re.I,
)


def agent_side(
    actor1: Actor | None, actor2: Actor | None, not_in_text: bool, evidence: list[str], country: str | None
) -> tuple[Actor | None, Flags]:
    """A side the model wrote that the article does not contain gives way to the agent the
    evidence names after a passive verb ("huit personnes ont été tuées par des hommes
    armés": the armed men acted, not the "Nigerien army" the model supplied). Only an agent
    the alias table reads as an armed side (a named group or a generic one) replaces it."""
    if not not_in_text:
        return actor1, []
    for quote in evidence:
        m = _DONE_BY.search(quote)
        if m is None:
            continue
        words = _AGENT_END.sub("", m.group("agent")).strip()
        agent = canonical_actor(words, country=country)
        if agent.type not in _ARMED_TYPES or is_raw(agent, words):
            continue
        if actor1 is not None and agent.name == actor1.name:
            return actor1, []
        if actor2 is not None and agent.name == actor2.name:
            return actor1, []  # the model has the agent, as the other side: the order check swaps them
        return agent.model_copy(update={"aliases": [words]}), [f"actor1_from_agent:{words}"]
    return actor1, []


def checked_sub_type(draft: DraftEvent, evidence: list[str]) -> tuple[str, Flags]:
    """Keep the model's sub-type unless the evidence contradicts it.

    The small model falls back on "Violent demonstration" for events with no protest in
    them (a missile strike, a massacre); a protest or riot type needs a protest word in
    the evidence, otherwise the keyword rules type the event.
    """
    sub = draft.sub_event_type
    joined = " ".join(evidence)
    if EVENT_TYPE_OF[sub] in {"Protests", "Riots"} and not PROTEST_WORDS.search(joined):
        found = classify(joined)
        if found and found[0] not in {"Protests", "Riots"}:
            return found[1], [f"sub_type_corrected_from:{sub}"]
    if (
        sub in ("Peaceful protest", "Protest with intervention", "Violent demonstration")
        and _LETHAL_FORCE.search(joined)
        and not _RIOTING.search(joined)
    ):
        # "security forces fired live rounds on protesters, killing two": demonstrators
        # who did no violence and were killed or shot are ACLED's excessive force
        return "Excessive force against protesters", [f"sub_type_corrected_from:{sub}"]
    if sub == "Protest with intervention" and not _INTERVENTION.search(joined):
        # nobody stepped in ("marched down the main road of the village"): a peaceful protest
        return "Peaceful protest", [f"sub_type_corrected_from:{sub}"]
    own = " ".join(own_part(q) for q in evidence)
    weapon = _weapon(own)
    # "car bombs" with no aircraft in the evidence are no air strike
    airborne = sub == "Air/drone strike" and _airborne(own)
    if weapon and weapon != sub and sub in _WEAPON_OVERRIDES.get(weapon, ()) and not airborne:
        return weapon, [f"sub_type_corrected_from:{sub}"]
    return sub, []


#: protesters killed or shot by a force: live rounds, "opened fire on protesters, killing"
_LETHAL_FORCE = re.compile(
    r"\b(?:live (?:rounds|ammunition|fire|bullets)|balles r[ée]elles|tirs? [àa] balles r[ée]elles)\b"
    r"|\b(?:fired|opened fire|shot|tir[ée]s?|ont tir[ée])\b[^.;]{0,60}\b(?:protesters|demonstrators|marchers"
    r"|manifestants)\b[^.;]{0,60}\b(?:killing|killed|dead|tu[ée]s?|morts?)\b"
    r"|\b(?:protesters|demonstrators|marchers|manifestants)\b[^.;]{0,40}\b(?:were|was|ont été)\s+(?:shot dead|killed"
    r"|tu[ée]s|abattus)\b",
    re.I,
)
#: what the crowd did that makes a riot: its own violence
_RIOTING = re.compile(
    r"\b(?:threw|throwing|hurled|stones?|rocks?|molotov|petrol bombs?|set (?:fire|ablaze)|torched|burn(?:ed|t|ing)"
    r"|looted|looting|vandali[sz]\w*|ransacked|attacked (?:police|security|a police)|clashed|clashes|armed protesters"
    r"|jet[ée] des pierres|pierres|incendi\w+|pill\w+|saccag\w+|affrontements?)\b",
    re.I,
)

#: what makes a protest one "with intervention": a force stepped in
_INTERVENTION = re.compile(
    r"\b(?:dispers\w*|tear ?gas|tear-gas|rubber bullets?|water cannons?|fired|shot|arrest\w*|detain\w*|beat\w*|baton\w*"
    r"|clash\w*|cracked down|crackdown|broke up|break up|blocked|intervened|charged|gaz lacrymog[èe]nes?|dispers[ée]\w*"
    r"|interpell\w*|arr[êe]t\w*|r[ée]prim\w*|matraqu\w*|tir[ée]?s?)\b",
    re.I,
)


#: the weapon the evidence names decides the sub-type over a generic one: a suicide
#: bomber is a suicide bomb whatever else happened, a missile with no aircraft is shelling
_WEAPON_OVERRIDES: dict[str, tuple[str, ...]] = {
    "Suicide bomb": (
        "Armed clash",
        "Attack",
        "Remote explosive/landmine/IED",
        "Shelling/artillery/missile attack",
        "Air/drone strike",
    ),
    "Remote explosive/landmine/IED": ("Armed clash", "Attack", "Air/drone strike"),
    "Shelling/artillery/missile attack": ("Air/drone strike",),
}


_FIGHTING = re.compile(
    r"\b(?:gun ?battles?|gunfights?|firefights?|fighting|clash\w*|exchanges? of fire|stormed|break into|broke into"
    r"|gunmen|attackers|combats?|affrontements?|assaillants)\b",
    re.I,
)


def _airborne(text: str) -> bool:
    return any(st == "Air/drone strike" and p.search(text) for p, _, st in TYPE_RULES)


def _weapon(text: str) -> str | None:
    for pattern, _, sub_type in TYPE_RULES:
        if sub_type in ("Suicide bomb", "Remote explosive/landmine/IED") and pattern.search(text):
            # a bombing that opens a gun battle ("several other attackers tried to break into
            # the base") is a complex attack, coded as the armed clash it became
            return None if _FIGHTING.search(text) else sub_type
    air = _airborne(text)
    shells = any(st == "Shelling/artillery/missile attack" and p.search(text) for p, _, st in TYPE_RULES)
    return "Shelling/artillery/missile attack" if shells and not air else None


_ARMED_TYPES = {"State forces", "Rebel group", "Political militia", "Identity militia", "External/Other forces"}


#: words of a fight between two armed sides: an "armed clash" that says so stays one
CLASH_WORDS = re.compile(
    r"\b(?:clash\w*|fighting|fought|gun ?battles?|gunfights?|firefights?|exchanges? of (?:gun)?fire|battled?"
    r"|affrontements?|combats?|accrochages?|s'affront\w*)\b",
    re.I,
)


def armed_sides_check(
    sub: str, actor1: Actor | None, actor2: Actor | None, evidence: list[str] | None = None
) -> tuple[str, Flags]:
    """Violence against civilians needs an unarmed target: an "Attack" by one armed side on
    another (militants ambushing an army convoy) is an armed clash in ACLED's codebook,
    and the small model calls most ambushes "Attack"; an "Armed clash" needs two armed
    sides."""
    if (
        sub == "Attack"
        and actor1 is not None
        and actor2 is not None
        and actor1.type in _ARMED_TYPES
        and actor2.type in _ARMED_TYPES
    ):
        return "Armed clash", ["sub_type_corrected_from:Attack"]
    if (
        sub == "Armed clash"
        and actor1 is not None
        and actor2 is not None
        and actor1.type in _ARMED_TYPES
        and actor2.type == "Civilians"
        and not CLASH_WORDS.search(" ".join(evidence or []))
    ):
        # and the other way round: armed men against civilians is no clash, whatever the
        # keyword rules read in "assailants attacked the village", unless the evidence
        # tells a fight ("intercommunal clashes": the civilians side is then the doubt)
        return "Attack", ["sub_type_corrected_from:Armed clash"]
    return sub, []


_STRIKE_TYPES = {"Air/drone strike"}
_STRIKE_OWNER_TYPES = {"State forces", "External/Other forces", "Rebel group", "Political militia"}


def strike_owner_check(
    sub: str, actor1: Actor | None, actor2: Actor | None, evidence: list[str], country: str | None
) -> tuple[tuple[Actor | None, Actor | None], Flags]:
    """An air or drone strike is its owner's: "killed in a Saudi-led coalition airstrike" makes
    the coalition actor1 whatever order the model gave. Only an owner the alias table or a
    country name resolves is trusted; the side the model put first becomes the target."""
    if sub not in _STRIKE_TYPES or actor1 is None:
        return (actor1, actor2), []
    for phrase in strike_owner(evidence):
        if country and country_name(phrase) == country:
            continue  # "Yemen airstrike": where, not whose
        owner = canonical_actor(phrase, country=country)
        if is_raw(owner, phrase) or owner.type not in _STRIKE_OWNER_TYPES or owner.name == "Unidentified Armed Group":
            continue
        if owner.name.startswith("Government of "):  # a junta's strikes are its military's
            owner = Actor(name="Military Forces of " + owner.name.removeprefix("Government of "), type=owner.type,
                          aliases=owner.aliases)  # fmt: skip
        if owner.name == actor1.name:
            return (actor1, actor2), []
        if actor2 is not None and owner.name == actor2.name:
            return (actor2, actor1), ["actors_swapped:strike_owner"]
        return (owner, actor1), [f"actor1_from_strike_owner:{phrase}"]
    return (actor1, actor2), []
