"""Death figures: reading them ("at least 14", "une douzaine") and adding them up.

Why in code: the codebook's rules (FORMAT.md) for turning a reported figure into
low/high and for combining many claims into UCDP low/best/high and ACLED's conservative
count are mechanical but fiddly, and a small model gets sums and "already inside
another" reasoning wrong. The model only lists claims (figure, victims, claimant,
quote); this module does the arithmetic the same way every time.

Reading a figure (``parse_figure``), following FORMAT.md where it speaks:

- "six", "14", "1,200" = (n, n); "at least 14", "au moins 12" = (14, None);
- "more than 20", "over 20", "plus de 20" = (20, None): the stated figure as an open lower
  bound, as the gold does for "more than 20" (004, 010), not 21;
- "nearly 200", "almost 50", "close to 100" (in digits, 20 or more) = (180, 199), (45, 49), (90, 99): short of
  the figure, nine tenths of it rounded down to a five as the low, as the gold codes them;
- "nearly 12", "around 20", "about 20", "près de 12", "environ 20", "une vingtaine" =
  (n, n): an approximate figure is still the figure reported (gold 020 treats "près de 12"
  as the same figure as "au moins douze"; seed_001 codes "around fifteen" as 15/15);
- "between 20 and 80", "20-80", "five or six" = (20, 80);
- "up to 30", "as many as 30", "jusqu'à 30" = (30, 30): the figure a source gives as its
  count, as the gold codes "up to 20 civilians" (voa_1814741) and "up to 100" (voa_7046767);
  "at most 30", "fewer than 30", "moins de 30" = (None, 30): an upper bound only;
- "dozens", "des dizaines" = (12, None); "scores" = (20, None); "hundreds", "des centaines" = (100, None);
  "thousands" = (1000, None); "several", "a few", "many", "plusieurs", "quelques",
  "nombreux" = (3, None); "a dozen", "une douzaine" = (12, 12); "a hundred" = (100, 100);
  "a Malian soldier", "un civil" = (1, 1). The first figure in the text wins.
"""

from __future__ import annotations

import re
import unicodedata

from .death_words import ALSO_DEAD
from .disputed_dead import as_one_group
from .earlier_counts import without_earlier_counts
from .folding import claimant_key
from .number_words import BOTH_PEOPLE, KIN_OF_ONE, NUMBER, UNIT_AFTER, word_value
from .schema import Fatalities, FatalityClaim
from .umbrella import an_alternative_count, covered_groups, headline_retold, one_breakdown_above, told_as_others
from .victims import NAMED_SIDES

_ATLEAST = r"at least|au moins|no fewer than|not less than|a minimum of|au minimum|more than|over|plus de|upwards of|in excess of|over|pas moins de"  # noqa: E501
_UPTO = r"up to|as many as|jusqu'à|jusqu’à"
_UPPER_BOUND = re.compile(rf"(?:{_UPTO})\s+{NUMBER}", re.I)
_ATMOST = r"at most|no more than|fewer than|less than|moins de|au plus"
#: short of a figure: "nearly 200", "almost 50" are fewer than it (the gold codes them so:
#: "nearly 40" = 35-39, "nearly 2,000" = 1,800-1,999, "close to 100" = 90-99)
_NEARLY = r"nearly|almost|close to|just under"
_APPROX = r"nearly|almost|around|about|approximately|roughly|some|close to|près de|environ|presque|quelque|an estimated|estimated"  # noqa: E501

#: a figure that names one person by a noun: "a cameraman", "an Iraqi policeman"
ONE_PERSON_FIGURE = re.compile(r"^(?:at least\s+|au moins\s+)?(?:a|an|one|another|un|une)\s", re.I)
#: more people killed one at a time: "a roadside bomb killed a young girl", "another service
#: member was killed", "a Palestinian schoolteacher was killed" (the figure finder reads them too)
MORE_ONE_PERSON = (
    r"girl|boy|teenager|youth|baby|infant|schoolteacher|schoolboy|schoolgirl|bystander|service member|serviceman"
    r"|servicewoman|security guard|guard|driver|resident|shepherd|fisherman|passer-by|worshipper"
    r"|protester|demonstrator|sailor|airman|trooper|paratrooper|diplomat|monk|nun|garçon|fille|adolescent|manifestant"
)
#: one person named by a noun ("a soldier", "au moins un homme"): a figure of one
_ONE_PERSON = (
    r"(?:soldier|civilian|official|police\w*|officer|child|woman|man|person|fighter|militant|worker|commander"
    r"|peacekeeper|journalist|reporter|photographer|cameraman|correspondent|engineer|citizen|technician|pilot|trader|businessman|tourist|pilgrim|student|expert|employee|contractor|marine|mayor|teacher|villager|farmer|herder|cleric|imam|priest|lawmaker|judge|activist|soldat|civil|policier|enfant|femme|homme|personne|combattant|journaliste|militaire|casque bleu|commer[çc]ant|chauffeur|[ée]tudiant|[ée]l[èe]ve|"
    + MORE_ONE_PERSON
    + r")s?\b"
)
#: "a lawmaker and his son": one person and a kin of theirs, two dead
PERSON_AND_KIN = rf"\b(?:a|an)\s+(?:(?:[\w-]+|[A-Z]\.(?:[A-Z]\.)+)\s+){{0,2}}?{_ONE_PERSON}\s+and\s+{KIN_OF_ONE}"
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "range",
        re.compile(rf"(?:between|entre|from|de)\s+(?P<a>{NUMBER})\s+(?:and|to|et|à)\s+(?P<b>{NUMBER})", re.I),
    ),
    ("range", re.compile(rf"(?<![\w.])(?P<a>{NUMBER})\s*(?:-|–|—|to|à|or|ou)\s*(?P<b>{NUMBER})(?![\w.])", re.I)),
    ("atleast", re.compile(rf"(?:{_ATLEAST})\s+(?P<a>{NUMBER})", re.I)),
    ("upto", re.compile(rf"(?:{_UPTO})\s+(?P<a>{NUMBER})", re.I)),
    ("atmost", re.compile(rf"(?:{_ATMOST})\s+(?P<a>{NUMBER})", re.I)),
    # the model often copies the plural noun without its article ("dizaines")
    ("dozens", re.compile(r"\b(?:(?:several|a few)\s+dozens?|dozens|(?:des\s+|plusieurs\s+)?dizaines)\b", re.I)),
    # a score is twenty: "scores of bodies" is at least twenty, as the gold set codes it
    ("scores", re.compile(r"\b(?:scores)\b", re.I)),
    ("hundreds", re.compile(r"\b(?:(?:several|a few)\s+hundreds?|hundreds|(?:des\s+|plusieurs\s+)?centaines)\b", re.I)),
    ("thousands", re.compile(r"\b(?:thousands|(?:des\s+|plusieurs\s+)?milliers)\b", re.I)),
    (
        "about",
        re.compile(
            r"\b(?:une|a)\s+(?P<a>dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine)\b",
            re.I,
        ),
    ),  # noqa: E501
    (
        "several",
        re.compile(
            r"(?<![\w-])(?:several|a few|a handful of|many|numerous|multiple|plusieurs|quelques|nombreux|nombreuses)(?![\w-])",  # noqa: E501
            re.I,
        ),
    ),  # noqa: E501
    ("nearly", re.compile(rf"\b(?:{_NEARLY})\s+(?P<a>{NUMBER})", re.I)),
    ("exact", re.compile(rf"(?:(?:{_APPROX})\s+)?(?P<a>{NUMBER})", re.I)),
    # "both" read alone is the figure text a death-figure finder cut from "both attackers"
    ("both", re.compile(rf"^\s*both\s*$|\b(?:{BOTH_PEOPLE})", re.I)),
    (
        # "au moins un homme": "un" is no number on its own (an article), so the bound is read here
        "atleast_one",
        re.compile(
            rf"(?:{_ATLEAST})\s+(?:un|une|a|an)\s+(?:(?:[\w-]+|[A-Z]\.(?:[A-Z]\.)+)\s+){{0,2}}?{_ONE_PERSON}",
            re.I,
        ),
    ),
    (
        # "killed a lawmaker and his son": the one person and a kin of theirs, two
        "pair",
        re.compile(PERSON_AND_KIN, re.I),
    ),
    (
        "single",
        re.compile(
            rf"\b(?:a|an|another|un|une)\s+(?:(?:[\w-]+|[A-Z]\.(?:[A-Z]\.)+)\s+){{0,2}}?{_ONE_PERSON}",
            re.I,
        ),
    ),
]
_ABOUT = {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
          "cinquantaine": 50, "soixantaine": 60, "centaine": 100}  # fmt: skip
_YEAR_CONTEXT = re.compile(r"(?:\b(?:in|since|of|en|depuis|year|until|by)\s+)$", re.I)


def _is_not_a_count(text: str, m: re.Match[str], group: str = "a") -> bool:
    """Years ("in 2012"), distances ("15 km"), times and ordinals are not head counts."""
    token = m.group(group)
    after = text[m.end(group) :]
    if re.match(UNIT_AFTER, after, re.I):
        return True
    if token.isdigit() and len(token) == 4 and 1900 <= int(token) <= 2099:
        return True
    return bool(token.isdigit() and _YEAR_CONTEXT.search(text[: m.start(group)]) and len(token) == 4)


def parse_figure(text: str) -> tuple[int | None, int | None] | None:
    """Read the first death figure in ``text`` as ``(low, high)``; None when there is none.

    ``high`` None means open-ended ("at least"). See the module docstring for the rules.
    Only the figure is read; whether it counts dead, wounded or vehicles is the caller's
    business (the model's claim says what the figure is about).
    """
    text = unicodedata.normalize("NFC", text)
    best: tuple[int, int, tuple[int | None, int | None]] | None = None
    for prio, (kind, pattern) in enumerate(_PATTERNS):
        for m in pattern.finditer(text):
            result = _interpret(kind, m, text)
            if result is None:
                continue
            key = (m.start(), prio)
            if best is None or key < (best[0], best[1]):
                best = (m.start(), prio, result)
            break
    return best[2] if best else None


def _interpret(kind: str, m: re.Match[str], text: str) -> tuple[int | None, int | None] | None:
    if kind == "range":
        if _is_not_a_count(text, m, "a") or _is_not_a_count(text, m, "b"):
            return None
        a, b = word_value(m["a"]), word_value(m["b"])
        if a is None or b is None or b <= a:
            return None
        return a, b
    if kind in ("atleast", "upto", "atmost", "exact"):
        if _is_not_a_count(text, m) or re.match(rf"\s+(?:{'|'.join(_ABOUT)})\b", text[m.end("a") :], re.I):
            return None  # "au moins une vingtaine": the "une" is the about-twenty's
        n = word_value(m["a"])
        if n is None:
            return None
        return (n, None) if kind == "atleast" else (None, n) if kind == "atmost" else (n, n)
    if kind == "nearly":
        if _is_not_a_count(text, m):
            return None
        n = word_value(m["a"])
        if n is None or n < 20 or not re.search(r"\d", m["a"]):
            # "almost 10", "nearly two dozen" (a word figure the labels keep whole): the figure itself
            return None
        return (int(n * 0.9) // 5) * 5, n - 1
    if kind == "about":  # "une centaine" is about 100; "plus d'une centaine", at least 100
        n, before = _ABOUT[m["a"].lower()], text[: m.start()]
        return (n, None) if re.search(r"(?:au moins|plus d['’]|pas moins d['’])\s*$", before, re.I) else (n, n)
    if kind in ("atleast_one", "single") and re.search(rf"\b(?:{'|'.join(_ABOUT)})\b", m.group(0), re.I):
        return None  # "au moins une vingtaine de soldats": twenty, not one soldier
    fixed: dict[str, tuple[int | None, int | None]] = {
        "dozens": (12, None), "scores": (20, None), "hundreds": (100, None), "thousands": (1000, None), "several": (3, None),
        "single": (1, 1), "atleast_one": (1, None), "both": (2, 2), "pair": (2, 2),
    }  # fmt: skip
    return fixed[kind]


_SPECIFIC = NAMED_SIDES
_UMBRELLA = ("mixed", "unknown")

# Who gives a figure, by keywords in the claimant. Order of the checks matters: a
# "CSP-PSD spokesman" is a party first, a spokesman second.
_NONSTATE_PARTY = re.compile(
    r"\b(?:jnim|gsim|nusrat|shabaab|shabab|taliban|islamic state|isis|isil|iswap|isgs|is sahel|daesh|boko haram"  # noqa: E501
    r"|ansar|katiba|qaeda|aqim|hamas|hezbollah|hizbollah|houthis?|csp|mnla|fla|m23|rsf|rebels?|rebellion"
    r"|separatists?|jihadists?|militants?|insurgents?|armed group|mouvement rebelle|pkk|ypg|sdf|farc|eln)\b",
    re.I,
)
_MERCENARY_PARTY = re.compile(r"\b(?:wagner|africa corps|mercenar\w*)\b", re.I)
_INDEPENDENT = re.compile(
    r"\b(?:human rights watch|hrw|amnesty|acled|united nations|u\.n\.|un|minusma|ocha|unicef|who|red cross|icrc"  # noqa: E501
    r"|red crescent|msf|médecins|doctors?|hospitals?|medical|medics?|health|ngos?|rights|monitor\w*|observatory"  # noqa: E501
    r"|residents?|witness\w*|local sources|sources locales|estimates?|analysts?|journalists?|outlet|reuters"
    r"|afp|associated press|ap|bbc|voa|site|blogs?|habitants?|témoins?)\b",
    re.I,
)
_OFFICIAL = re.compile(
    r"\b(?:army|military|armée|government|gouvernement|ministry|minist\w*|officials?|police|authorit\w*"
    r"|president\w*|présiden\w*|governor|gouverneur|spokes\w*|porte-parole|state|forces|gendarmerie|mayor"
    r"|maire|prefect|préfet|defen[cs]e|interior|junta|commander|chief|statement)\b",
    re.I,
)

_TIER_INDEPENDENT, _TIER_OFFICIAL, _TIER_OTHER, _TIER_OWN_LOSSES = 0, 1, 2, 3


def _partisan(claim: FatalityClaim) -> bool:
    """A party's claim about its enemy's (or the civilians') losses, FORMAT.md's least credible kind.

    Non-state armed groups are parties whose own dead are ``non_state``; mercenaries'
    own dead are ``foreign_forces``. State armies are treated as official sources, as the
    gold does (the army's count of militants killed is used as best in 010, seed_000,
    seed_001, seed_003).
    """
    if _NONSTATE_PARTY.search(claim.claimant):
        return claim.victims != "non_state"
    if _MERCENARY_PARTY.search(claim.claimant):
        return claim.victims != "foreign_forces"
    return False


def _tier(claim: FatalityClaim) -> int:
    if _NONSTATE_PARTY.search(claim.claimant) or _MERCENARY_PARTY.search(claim.claimant):
        return _TIER_OWN_LOSSES  # not partisan (filtered before), so a party's own losses
    if _INDEPENDENT.search(claim.claimant):
        return _TIER_INDEPENDENT
    if _OFFICIAL.search(claim.claimant):
        return _TIER_OFFICIAL
    return _TIER_OTHER


def _dedupe_revisions(claims: list[FatalityClaim]) -> list[FatalityClaim]:
    """One figure per (claimant, victims): a source that revises its toll counts once.

    The kept figure is the highest one, not the last listed: tolls are revised upward as
    bodies are found, and text order is not chronological (seed_000 gives the revised
    "at least 14" before the earlier "at least 12"). Ties keep the later claim.
    """
    kept: dict[tuple[str, str], FatalityClaim] = {}
    order: list[tuple[str, str]] = []
    for c in claims:
        key = (claimant_key(c.claimant), c.victims)
        if key not in kept:
            order.append(key)
            kept[key] = c
        elif (c.low or 0) >= (kept[key].low or 0):
            kept[key] = c
    return [kept[k] for k in order]


#: words that make one figure part of another: "12 soldiers, including three officers"
#: and words that make one a revision of the other: "revu de 16 à 46", "up from 25"
_PART_OF = re.compile(
    r"\b(?:including|among them|of whom|of them|dont|parmi (?:eux|elles|lesquels)|from \S+ to|de \S+ à|revised|revu"
    # "while" of time ("died of their wounds while in the hospital") sets no figure against another
    r"|raised|rose|risen|up from|updated|instead of|au lieu de|while(?!\s+(?:in|at|on|being|under|receiving|undergoing)\b)"
    r"|whereas|but|alors que|tandis que|mais|or|ou)\b",
    re.I,
)


def _listed_together(claims: list[FatalityClaim]) -> list[FatalityClaim]:
    """Exact figures of the same kind of victims that one source lists in one sentence
    ("27 pro-government militiamen and 12 al-Shabab fighters", "four soldiers and two
    policemen") are different people: one figure, their sum, not a revision."""
    lists: dict[tuple[str, str, str], list[FatalityClaim]] = {}
    for c in claims:
        if c.quote and c.low is not None and c.low == c.high and not _PART_OF.search(c.quote):
            lists.setdefault((claimant_key(c.claimant), c.victims, c.quote), []).append(c)
    out: list[FatalityClaim] = []
    for c in claims:
        key = (claimant_key(c.claimant), c.victims, c.quote)
        listed = lists.get(key, [])
        if len(listed) < 2 or len({x.low for x in listed}) < len(listed):
            out.append(c)
        elif c is listed[0]:
            total = sum(x.low or 0 for x in listed)
            out.append(c.model_copy(update={"low": total, "high": total}))
    return out


def _drop_single_mentions(claims: list[FatalityClaim]) -> list[FatalityClaim]:
    """Drop "at least one" (1, None) when another figure covers the same victims.

    Such a claim is a named death ("losses, including the death of their commander"),
    which every larger figure for that group already includes (gold seed_002, seed_004).
    """
    out = []
    for c in claims:
        if c.low == 1 and c.high is None and any(o.victims == c.victims and (o.low or 0) > 1 for o in claims):
            continue
        out.append(c)
    return out


def _high(c: FatalityClaim) -> int:
    return c.high if c.high is not None else c.low or 0


def _group_figures(
    group: list[FatalityClaim], credible: list[FatalityClaim]
) -> tuple[int | None, int | None, int] | None:
    """(low, best, high) for one group of victims: its figures are alternatives."""
    if not group:
        return None
    high = max(_high(c) for c in group)
    # "up to 100" is the top of what a source thinks possible: it counts for the high
    # total, and for low and best only where the group has no other figure
    credible = [c for c in credible if not _UPPER_BOUND.search(c.quote)] or credible
    if not credible:
        return None, None, high
    low = min(c.low or 0 for c in credible)
    top = min(_tier(c) for c in credible)
    best = max(c.low or 0 for c in credible if _tier(c) == top)
    return low, best, high


def _told_after(claim: FatalityClaim, other: FatalityClaim) -> bool:
    """Whether ``claim`` is told in a later sentence than ``other`` ("Two militia members also
    were killed" after "12 militants were killed"); an "also" before the side's other count
    ("the counter offensive also killed 27 Taliban", beside the police's dead) adds to no count."""
    if claim.quote == other.quote:
        return False
    at, before = (claim.span.start if claim.span else None), (other.span.start if other.span else None)
    return at is not None and before is not None and at > before


def totals(claims: list[FatalityClaim], *, deaths_without_number: str | None = None) -> tuple[Fatalities, int | None]:
    """Combine an event's fatality claims into UCDP (low, best, high) and ACLED's count.

    Rules (FORMAT.md, plus the documented heuristics):

    1. Claims without a lower figure (``low`` None) contribute nothing; ``high`` None
       means open-ended and counts as ``low`` for the high total.
    2. Per (claimant, victims) only one figure counts: the highest (a revision).
    3. An open "at least one" is dropped when the same victims have a larger figure.
    4. Claims are grouped by ``victims`` (one source's civilians that another calls
       fighters, by the same figure, are one group: ``disputed_dead``); within a group figures are alternatives:
       low = lowest, high = highest, best = the largest figure from the most credible
       tier of claimant present (independent > official > unclassified > a party's own
       losses), judged by keywords in ``claimant``. A range's best is its low end.
    5. "Credible" for low and best excludes a non-state party's or mercenary's claim about
       its enemy's or civilians' losses (JNIM's count of soldiers killed), unless every
       claim of the event is such a claim. High always includes every figure.
    6. Different groups add up. A ``mixed``/``unknown`` figure smaller than every specific
       group is a further group. A larger one holds the specific groups whose sum fits
       under it ("47 people died", of whom 30 civilians and 17 soldiers; not the 58
       attackers killed in the riposte, who add up). It is the total of those groups
       (the larger of it and their sum) when its claimant gives some of that breakdown
       or when the breakdown is exact counts; another claimant's higher figure over an
       open one ("at least 50 soldiers" against "more than 70") is an alternative figure
       for the same dead, so the low (ACLED) total keeps the breakdown.
    7. ACLED = the low total. With no figure at all: 10 if ``deaths_without_number`` is
       "major", 3 if "limited", else 0; Fatalities is then all None. "one" (a single
       person killed, written with "a": "killed a suicide bomber") is 1 everywhere.
    """
    usable = [c for c in claims if c.low is not None]
    usable = _drop_single_mentions(_dedupe_revisions(_listed_together(without_earlier_counts(usable))))
    usable = as_one_group(headline_retold(usable))
    if not usable:
        if deaths_without_number == "one":  # "police killed a suicide bomber": one dead, said so
            return Fatalities(low=1, best=1, high=1), 1
        fallback = {"major": 10, "limited": 3}.get(deaths_without_number or "", 0)
        return Fatalities(), fallback

    any_credible = any(not _partisan(c) for c in usable)

    def credible_of(cs: list[FatalityClaim]) -> list[FatalityClaim]:
        return [c for c in cs if not _partisan(c)] if any_credible else cs

    groups: dict[str, tuple[int, int, int, list[FatalityClaim]]] = {}
    for victims in _SPECIFIC:
        group = [c for c in usable if c.victims == victims]
        # "12 militants were killed ... Two militia members also were killed": more of the
        # same side told as beside the first count, in a sentence of its own, add to it
        also = [c for c in group if ALSO_DEAD.search(c.quote) and all(_told_after(c, o) for o in group if o is not c)]
        if also and len(also) < len(group) and victims == "non_state":  # two armies' dead are both "state"
            extra = _group_figures(also, credible_of(also))
            if extra is not None:
                groups[f"{victims}+also"] = (extra[0] or 0, extra[1] or 0, extra[2], also)
            group = [c for c in group if c not in also]
        figs = _group_figures(group, credible_of(group))
        if figs is not None:
            groups[victims] = (figs[0] or 0, figs[1] or 0, figs[2], group)

    umbrella = [c for c in usable if c.victims in _UMBRELLA]
    # an umbrella figure smaller than every specific one cannot hold any: a further group
    separate = [
        c
        for c in umbrella
        if told_as_others(c)
        or (not covered_groups(groups, c.low or 0) and not one_breakdown_above([c], groups, c.low or 0))
    ]
    sep = _group_figures(separate, credible_of(separate))
    if sep is not None:
        groups["other"] = (sep[0] or 0, sep[1] or 0, sep[2], separate)
    low = sum(g[0] for g in groups.values())
    best = sum(g[1] for g in groups.values())
    high = sum(g[2] for g in groups.values())
    holding = [c for c in umbrella if c not in separate]
    u = _group_figures(holding, credible_of(holding))
    if u is not None:
        u_low, u_best, u_high = u[0] or 0, u[1] or 0, u[2]
        # "eight suicide attackers also died": dead told as beside the toll, never inside it
        beside = {v for v, g in groups.items() if g[3] and all(ALSO_DEAD.search(c.quote) for c in g[3])}
        open_groups = {v: g for v, g in groups.items() if v not in beside}
        covered = covered_groups(open_groups, u_low) or list(open_groups)
        if one_breakdown_above(holding, open_groups, u_low):
            covered = list(open_groups)  # "more than 20 killed"; "18 militants, five soldiers and a civilian"
        rest = [g for v, g in groups.items() if v not in covered]
        inside = [groups[v] for v in covered]
        parts = [c for g in inside for c in g[3]]
        # a source's own total includes its breakdown, and a total above an exact count
        # ("four civilians" against "at least five people") holds other dead too; another
        # source's higher figure over an open one ("at least 50 soldiers" against "more
        # than 70") is an alternative figure for the same dead: ACLED keeps the lower
        inside_low = sum(g[0] for g in inside)
        alternative = an_alternative_count(holding, parts, u_low, inside_low)
        low = sum(g[0] for g in rest) + (inside_low if alternative else max(u_low, inside_low))
        best = sum(g[1] for g in rest) + max(u_best, sum(g[1] for g in inside))
        high = sum(g[2] for g in rest) + max(u_high, sum(g[2] for g in inside))

    best = min(max(best, low), high)
    return Fatalities(low=low, best=best, high=high), low
