"""Fact sentences for the summary, written in code from the checked records.

The small model's summary tends to repeat the headline and drop the names, places and
attributed figures a reader needs. The checked records already hold them, grounded in
the article: who acted against whom, where (place, region, country), when, and each
death figure with who gives it. This module writes them as plain, neutral sentences in
the article's own words (the figure as written, the noun that follows it), so the
summary carries the facts whatever the model wrote.
"""

from __future__ import annotations

import re

from .death_words import KILLED_ONE_AND_OTHERS, NAMED_AND_OTHERS, PERSON_NOUNS
from .deaths import find_figures
from .fatalities import parse_figure
from .neutrality import has_loaded_word
from .schema import Actor, Event, FatalityClaim
from .text import sentence_spans
from .unclaimed import TOLD_UNCLAIMED

_VERB = {
    "Armed clash": "clashed with",
    "Government regains territory": "retook territory from",
    "Non-state actor overtakes territory": "took control of an area from",
    "Air/drone strike": "carried out an air or drone strike against",
    "Shelling/artillery/missile attack": "fired shells or missiles at",
    "Suicide bomb": "carried out a suicide bombing against",
    "Remote explosive/landmine/IED": "set off an explosive device against",
    "Grenade": "threw a grenade at",
    "Attack": "attacked",
    "Abduction/forced disappearance": "abducted",
    "Sexual violence": "sexually assaulted",
    "Excessive force against protesters": "used force against",
    "Protest with intervention": "intervened against",
    "Arrests": "arrested",
}
_VICTIM_NOUN = {
    "state_forces": "members of the security forces",
    "non_state": "fighters",
    "foreign_forces": "foreign troops",
    "civilians": "civilians",
}
_ONE_VICTIM = {
    "state_forces": "member of the security forces",
    "non_state": "fighter",
    "foreign_forces": "foreign soldier",
    "civilians": "civilian",
}
_NOUN_AFTER = re.compile(
    r"^\s*((?:[A-Za-zÀ-ÿ'’-]+\s+){0,3}?)(?=(?:were|was|have|had|are|is|ont|sont|died|killed|dead|tu[ée]s|morts)\b)"
)

#: "killing 49 Armenian soldiers.": the people named right after the figure, the verb before
_PEOPLE_NAMED_AFTER = re.compile(
    rf"^\s*(?!of\b|de\b|d['’])((?:[A-Za-zÀ-ÿ'’-]+\s+){{0,2}}?(?:{PERSON_NOUNS}))(?=\s*(?:[,.;:]|$|\s(?:and|in|on|at|near|during|et|à|dans)\b))",
    re.I,
)


def _who(actor: Actor | None) -> str:
    if actor is None:
        return ""
    if actor.name == "Unidentified Armed Group":
        return "an unidentified armed group"
    if actor.name == "Civilians":
        return "civilians"
    short, colon, _ = actor.name.partition(": ")
    if colon and short.replace("-", "").isupper():
        # "UNAMID: United Nations-African Union Hybrid Mission in Darfur": a record keeps
        # ACLED's whole name, a sentence the acronym readers know the group by
        return short
    # "Police Forces of Afghanistan (2021-)": the era tells records apart, a sentence needs no dates
    return re.sub(r"\s*\((?:19|20)\d\d-(?:(?:19|20)\d\d)?\)", "", actor.name)


def _where(event: Event) -> str:
    loc = event.location
    parts = [p for p in (loc.place, loc.admin1, loc.country) if p]
    parts = list(dict.fromkeys(parts))
    return " in " + ", ".join(parts) if parts else ""


def _when(event: Event) -> str:
    d = event.date
    if d.start is None:
        return ""
    if d.precision == "day" or d.start == d.end:
        return f" on {d.start.day} {d.start:%B %Y}"
    if d.end is not None and d.precision in ("range", "week"):
        return f" between {d.start.day} {d.start:%B} and {d.end.day} {d.end:%B %Y}"
    return f" in {d.start:%B %Y}"


def event_sentence(event: Event) -> str:
    """Who did what to whom, where and when: "JNIM attacked civilians in Boni, Mopti, Mali on 1 August 2023."."""
    a1, a2 = _who(event.actor1), _who(event.actor2)
    verb = _VERB.get(event.sub_event_type)
    if verb and a2:
        core = f"{a1} {verb} {a2}"
    else:
        what = event.sub_event_type.lower().replace("/", " or ")
        core = f"{a1} was involved in an event coded as {what}" if a1 else f"An event coded as {what} took place"
    sentence = f"{core}{_where(event)}{_when(event)}."
    return sentence[0].upper() + sentence[1:]


#: French words a summary in English may need, from the claim's quote or claimant
_FRENCH = {
    "soldats": "soldiers", "militaires": "soldiers", "civils": "civilians", "policiers": "police officers",
    "gendarmes": "gendarmes", "combattants": "fighters", "assaillants": "attackers", "jihadistes": "jihadists",
    "djihadistes": "jihadists", "personnes": "people", "enfants": "children", "femmes": "women",
    "villageois": "villagers", "habitants": "residents", "élèves": "pupils", "armée": "army", "l'armée": "army",
    "gouvernement": "government", "sources": "sources", "locales": "local", "sécuritaires": "security",
    "autorités": "authorities", "porte-parole": "spokesman", "ministère": "ministry", "maire": "mayor",
    "témoins": "witnesses", "hôpital": "hospital", "communiqué": "statement", "rebelles": "rebels",
    "membres": "members", "volontaires": "volunteers", "hommes": "men",
}  # fmt: skip
_FRENCH_ONLY = re.compile(r"[àâçéèêëîïôûùüÿœ]|\b(?:des|les|du|de|la|le|et|aux|selon)\b", re.I)


def _english(words: str) -> str:
    """Known French words translated, unknown French words dropped; English left as is."""
    if not _FRENCH_ONLY.search(words) and not any(w.lower() in _FRENCH for w in words.split()):
        return words
    kept = [_FRENCH[w.lower()] for w in re.findall(r"[\w'’-]+", words) if w.lower() in _FRENCH]
    return " ".join(dict.fromkeys(kept))


def _noun(claim: FatalityClaim, figure_text: str) -> str:
    """The people the figure counts, in the article's words when it names them right after."""
    quote = claim.quote
    i = quote.lower().find(figure_text.lower()) if figure_text else -1
    if i >= 0:
        rest = quote[i + len(figure_text) :]
        m = _NOUN_AFTER.match(rest) or _PEOPLE_NAMED_AFTER.match(rest)
        noun = _english(re.split(r"\b(?:that|who|which|whose|qui|dont)\b", m.group(1))[0].strip()) if m else ""
        if noun and not has_loaded_word(noun):
            return noun
    return _VICTIM_NOUN.get(claim.victims, "people")


def _figure_text(claim: FatalityClaim) -> str:
    if claim.low is not None and claim.high is None:
        return f"at least {claim.low}"
    if claim.low is not None and claim.high is not None and claim.high != claim.low:
        return f"between {claim.low} and {claim.high}"
    return str(claim.low if claim.low is not None else claim.high)


def _written_figure(claim: FatalityClaim) -> str:
    """The figure as the quote writes it ("at least 15", "une quinzaine"), when it can be found."""
    from .running_numbers import find_numbers

    for s, e, value in find_numbers(claim.quote):
        if value in (claim.low, claim.high):
            before = claim.quote[max(0, s - 14) : s]
            qual = re.search(r"(?:at least|more than|over|nearly|about|around|some|up to)\s+$", before, re.I)
            return claim.quote[s - len(qual.group(0)) if qual else s : e]
    for m in re.finditer(
        r"\bune (?:dizaine|douzaine|quinzaine|vingtaine|trentaine|centaine)\b|\b(?:dozens|hundreds)\b",
        claim.quote,
        re.I,
    ):
        return m.group(0)
    return ""


def figure_sentence(claims: list[FatalityClaim], outlet: str | None) -> str:
    """Each death figure with who gives it: "The army said at least 14 soldiers were killed; JNIM said 50."."""
    parts: list[str] = []
    # a denial ("did not suffer any casualties") is no figure to write as "0 ... were killed"
    for claim in [c for c in claims if c.low != 0 or c.high not in (0, None)][:3]:
        written = _written_figure(claim)
        named = (
            (NAMED_AND_OTHERS.search(claim.quote) or KILLED_ONE_AND_OTHERS.search(claim.quote)) if not written else None
        )
        if named and (parse_figure(named.group("n")) or (None,))[0] == (claim.low or 0) - 1:
            # "Parami Kulatunga and three other people" counted as 4: the article's words,
            # since the 4 is code's sum and no figure the article writes
            parts.append(f"according to {_claimant_words(claim, outlet)}, {named.group('phrase')} were killed")
            continue
        number = _figure_text(claim)
        if written and not re.search(r"\d", written) and re.search(_VAGUE_WORDS, written, re.I):
            # "dozens": the code's 12 is a counting rule, not the article's figure
            number = _VAGUE_EN.get(written.lower().split()[-1], written)
        noun = _noun(claim, written) if written else _VICTIM_NOUN.get(claim.victims, "people")
        if has_loaded_word(noun) or re.search(r"\d", noun):
            noun = _VICTIM_NOUN.get(claim.victims, "people")
        if number == "1" and noun in (
            *_VICTIM_NOUN.values(),
            "people",
        ):  # "1 civilian was killed", not "1 civilians were"
            noun, verb = _ONE_VICTIM.get(claim.victims, "person"), "was"
        else:
            verb = "were"
        parts.append(f"according to {_claimant_words(claim, outlet)}, {number} {noun} {verb} killed")
    if not parts:
        return ""
    text = "; ".join(parts) + "."
    return text[0].upper() + text[1:]


def _claimant_words(claim: FatalityClaim, outlet: str | None) -> str:
    who = claim.claimant if claim.claimant and claim.claimant != "outlet" else (outlet or "the report")
    who = _english(who) or "the report"
    return who if who[:1].isupper() or who.startswith("the ") else f"the {who}"


_VAGUE_WORDS = r"\b(?:dozens|scores|hundreds|thousands|several|a few|many|une (?:dizaine|douzaine|quinzaine|vingtaine|trentaine|centaine))\b"
_VAGUE_EN = {
    "dozens": "dozens of", "scores": "scores of", "hundreds": "hundreds of", "thousands": "thousands of",
    "dizaine": "about ten", "douzaine": "about a dozen", "quinzaine": "about fifteen", "vingtaine": "about twenty",
    "trentaine": "about thirty", "centaine": "about a hundred",
}  # fmt: skip
_HURT = re.compile(r"^(?:wounded|wounding|injured|injuring|injuries|hurt|missing|bless|disparu)", re.I)


def hurt_figures(event: Event) -> list[str]:
    """The wounded and missing the event's sentences count, as written ("31 people were
    injured"): not deaths, so never in the totals, but a reader of the summary needs them."""
    out: list[str] = []
    for sentence in dict.fromkeys([*event.evidence, *(c.quote for c in event.fatality_claims)]):
        _, others = find_figures(sentence, sentence_spans(sentence))
        for other in others:
            word = _HURT.match(re.sub(r"^preceded by\s+", "", other.why))  # "wounding another 300"
            if word and not re.fullmatch(r"(?:19|20)\d\d", other.text):
                kind = "missing" if word.group(0).lower().startswith(("missing", "disparu")) else "wounded"
                out.append(f"{_english(other.text) or other.text} {kind}")
    return list(dict.fromkeys(out))[:2]


def fact_sentences(events: list[Event], outlet: str | None, limit: int = 3) -> list[str]:
    """Up to ``limit`` sentences for the main events: each event, then its figures."""
    out: list[str] = []
    main = [e for e in events if e.salience == "main"]
    # a second event days from the first (found in the text, told as what came before), or
    # one with no violence (an arrest, an interception), leaves its sentence to the story,
    # which tells it with what the article says around it
    near = [e for e in main[1:] if not _days_apart(main[0], e) and e.event_type != "Strategic developments"]
    for event in (main[:1] + near)[:2]:
        # one sentence per event (what, where, when; each figure with its source) leaves
        # room for the model's lead, which carries the story around the event
        parts = [event_sentence(event)[:-1]]
        figures = figure_sentence(event.fatality_claims, outlet)
        if figures:
            parts.append(figures[0].lower() + figures[1:-1])
        hurt = hurt_figures(event)
        if hurt:
            parts.append("the article also reports " + " and ".join(hurt))
        if TOLD_UNCLAIMED in event.flags:
            parts.append("no group claimed responsibility")
        elif event.actor1 is not None and any(f.startswith("actor1_from_claim") for f in event.flags):
            parts.append(f"{event.actor1.name} claimed responsibility")
        out.append("; ".join(parts) + ".")
    return out[:limit]


def _days_apart(first: Event, other: Event) -> bool:
    """Whether ``other`` is dated two or more days from ``first``, both known to the day."""
    a, b = first.date.start, other.date.start
    return a is not None and b is not None and abs((a - b).days) > 1
