"""Elementary comparisons of one predicted value with one gold value.

Both event matching and the per-field scorers use these, so "does this actor match" has
exactly one answer in the whole suite. Each returns a bool (or a distance) and never
raises on missing values: two missing values agree, one missing value does not.
"""

from __future__ import annotations

import re

from summarizer.evaluation.normalize import name_key, tokens
from summarizer.geo import admin1_country
from summarizer.schema import Actor, DateSpan, Event

#: claimant words that say nothing about who the claimant is.
_CLAIMANT_STOPWORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "and",
        "or",
        "to",
        "in",
        "on",
        "for",
        "via",
        "by",
        "from",
        "its",
        "their",
        "his",
        "her",
        "said",
        "says",
        "say",
        "statement",
        "according",
        "outlet",
        "lead",
        "unattributed",
        "anonymous",
        "previous",
        "report",
        "reports",
    ]
)


def same_name(pred: str | None, gold: str | None) -> bool:
    """Equal after folding accents, case and punctuation; two missing values agree."""
    return name_key(pred) == name_key(gold)


#: ACLED's era after a state side's name: "Military Forces of Syria (2000-2024)", "(2011-)"
_ERA = re.compile(r"\s*\((?:19|20)\d\d\s*-\s*(?:(?:19|20)\d\d)?\)\s*$")


def actor_names(actor: Actor) -> set[str]:
    """Every accepted key for a gold actor: its canonical name and each alias."""
    return {name_key(actor.name), *(name_key(a) for a in actor.aliases)} - {""}


def _era_free(name: str) -> tuple[str, bool]:
    """The name's key without ACLED's era, and whether it had one."""
    bare = _ERA.sub("", name)
    return name_key(bare), bare != name


def actor_matches(pred: Actor | None, gold: Actor | None) -> bool:
    """The predicted name is the gold canonical name or one of the article's aliases.

    A name written without ACLED's era matches the same force in any era ("Military Forces
    of South Sudan" is "Military Forces of South Sudan (2011-)"): the labels use both forms,
    and a story's date already says which era it is. Two different eras stay two actors.
    """
    if pred is None or gold is None:
        return pred is None and gold is None
    if name_key(pred.name) in actor_names(gold):
        return True
    (pred_key, pred_era), (gold_key, gold_era) = _era_free(pred.name), _era_free(gold.name)
    return pred_key == gold_key and not (pred_era and gold_era)


def actors_swapped(pred: Event, gold: Event) -> bool:
    """Whether the predicted sides line up better in reverse order than as given.

    Ties keep the given order, so a prediction is only read "swapped" when that is the
    strictly better reading.
    """
    straight = actor_matches(pred.actor1, gold.actor1) + actor_matches(pred.actor2, gold.actor2)
    swapped = actor_matches(pred.actor2, gold.actor1) + actor_matches(pred.actor1, gold.actor2)
    return swapped > straight


def same_admin1(pred: str | None, gold: str | None, country: str | None) -> bool:
    """Equal names, or two spellings the gazetteer gives one region ("Extreme-Nord" and
    "Far North" are Cameroon's same admin1); two missing values agree."""
    if same_name(pred, gold):
        return True
    if not pred or not gold:
        return False
    a, b = admin1_country(pred, country), admin1_country(gold, country)
    return a is not None and a == b


def place_parts(place: str | None) -> set[str]:
    """A place and, for "site, town", each comma-separated part on its own."""
    if not place:
        return set()
    return {name_key(place), *(name_key(p) for p in place.split(","))} - {""}


def place_matches(pred: str | None, gold: str | None) -> bool:
    """Gold "site, town" accepts either part (FORMAT.md); two missing places agree."""
    if not pred or not gold:
        return not pred and not gold
    return bool(place_parts(pred) & place_parts(gold))


def date_distance(pred: DateSpan, gold: DateSpan) -> int | None:
    """Days between the two date intervals (0 when they overlap); None if either is unknown."""
    if pred.start is None or gold.start is None:
        return None
    p_end, g_end = pred.end or pred.start, gold.end or gold.start
    if p_end < gold.start:
        return (gold.start - p_end).days
    if g_end < pred.start:
        return (pred.start - g_end).days
    return 0


def start_offset(pred: DateSpan, gold: DateSpan) -> int | None:
    """Absolute days between the two start dates; None if either is unknown."""
    if pred.start is None or gold.start is None:
        return None
    return abs((pred.start - gold.start).days)


def within_share(pred: int | None, gold: int | None, share: float) -> bool:
    """``pred`` is within ``share`` of ``gold`` (both missing agree; gold 0 needs exactly 0)."""
    if pred is None or gold is None:
        return pred is None and gold is None
    return abs(pred - gold) <= share * abs(gold)


def claimant_tokens(claimant: str) -> set[str]:
    """Content words of a claimant ("Malian army (statement)" -> {"malian", "army"})."""
    return {t for t in tokens(claimant) if t not in _CLAIMANT_STOPWORDS}


def claimant_matches(pred: str, gold: str) -> bool:
    """Fuzzy claimant equality: the two share a content word, plurals and stems allowed.

    Two words agree when equal or when the shorter (4+ letters) begins the longer
    ("official" / "officials", "resident" / "residents"). Gold claimants carry notes in
    brackets ("JNIM (via SITE)"), so requiring full equality would score annotation style,
    not attribution. Sharing only a nationality ("Malian army" / "Malian officials") also
    matches: a known leniency, since the figure must match exactly as well.
    """
    pw, gw = claimant_tokens(pred), claimant_tokens(gold)
    if not pw or not gw:
        return not pw and not gw
    if pw & _initialisms(gold) or gw & _initialisms(pred):  # "VOA" / "Voice of America"
        return True
    return any(_word_agrees(a, b) for a in pw for b in gw)


def _initialisms(claimant: str) -> set[str]:
    """The acronyms a claimant's name may be written as: the initials of each run of words
    before a bracket, with and without its small words ("Voice of America" -> "voa", "va";
    "U.N. Mission in South Sudan" -> "umiss", "umss"). Three letters at least, so two
    words never pass for an acronym."""
    words = tokens(claimant.split("(", 1)[0])
    every = "".join(w[0] for w in words)
    content = "".join(w[0] for w in words if w not in _CLAIMANT_STOPWORDS)
    return {a for a in (every, content) if len(a) >= 3}


def _word_agrees(a: str, b: str) -> bool:
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 4 and long_.startswith(short)
