"""Death figures found and checked in code: which numbers in an article count the dead.

Why in code: a small model turns every number near a killing into a death toll ("300
passengers were freed, 40 of whom were injured" became 340 dead). Whether a number
counts deaths is decided here, from the words around it, in English and French:

- a figure is a death figure when a death expression governs it: a verb or noun right
  before it ("killed 14", "death toll rose to 20", "a fait 12 morts", "perdu une
  quinzaine de combattants") or the first outcome word after it in its clause ("14
  soldiers were killed", "dix morts", "six bodies", "lives were lost");
- a figure is never a death figure when the first outcome word is wounded, injured,
  missing, kidnapped, freed, displaced, arrested or a non-person noun (passengers,
  houses, dollars, vehicles...);
- a death figure whose sentence scopes it beyond one event ("since the war began",
  "this year", "over the past months", "depuis le début du conflit") is *cumulative*:
  context for the report, never added to an event's totals;
- the claimant is read from the attribution in the sentence ("according to the UN",
  "the army said", "a indiqué l'armée"), else from the next sentence when it only
  attributes ("..., residents said."), else it is the outlet (stated unattributed).

The model may choose among these candidates and say whose dead they are; a figure the
model gives that is not a checked candidate is dropped with a flag (``records.py``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

from .attribution import (
    ONLY_ATTRIBUTION,
    POINTS_BACK,
    PRONOUN_SAID,
    SAME_SOURCE,
    attribution,
    claims_owner,
    source_of_investigated,
    source_telling_the_act,
)
from .clauses import attributed_here, clause_of
from .count_tokens import UNITS_AFTER, is_count_token
from .death_words import (
    ALONG_WITH,
    AND_ONE_MORE,
    AND_ONE_MORE_AT_END,
    BLAMED_RIGHT_AFTER,
    CAPTIVES_KILLED,
    CLAUSE_END,
    DEAD_OR_HURT,
    DEATH_AFTER,
    DEATH_BEFORE,
    DENIED_CLAIM,
    EVENTS_RIGHT_AFTER,
    KILLED_ONE_AND_OTHERS,
    KILLERS_OF_OTHERS,
    KILLERS_RIGHT_AFTER,
    KILLING_ITS_OWN,
    LOST,
    NAMED_AND_OTHERS,
    NON_DEATH_AFTER,
    NON_DEATH_BEFORE,
    PEOPLE_AFTER,
    RESULT_BEFORE,
    SUFFERED,
    SURNAME_AND_OTHERS,
    THE_DEAD_INCLUDE,
    THING_RIGHT_AFTER,
    THREATENED_KILLING,
    TOLL_RISEN,
    WHAT_IT_CALLS,
    named_in_full_before,
)
from .fatalities import MORE_ONE_PERSON, ONE_PERSON_FIGURE, PERSON_AND_KIN, parse_figure
from .figure_scope import (
    counted_elsewhere,
    has_date,
    is_background,
    is_cumulative,
    opens_in_the_past,
    past_year,
    war_sized,
)
from .number_words import BOTH_PEOPLE, NUMBER
from .one_more import and_one_national, one_kind, the_one_more
from .revisions import revised
from .victims import DEAD_THEN, GENERIC_PEOPLE, MOSTLY_AFTER, VAGUE, Victims, victims_after, victims_of

Scope = Literal["event", "cumulative", "background"]

# --- candidates --------------------------------------------------------------------------


@dataclass(frozen=True)
class DeathFigure:
    """One figure the code read as a count of the dead."""

    sentence: int  # 0-based index into the article's sentences
    start: int  # offsets of the figure in the article text
    end: int
    text: str  # the figure as written, qualifier included ("at least 15")
    low: int | None
    high: int | None
    scope: Scope
    claimant: str | None  # None: the article states it unattributed
    victims: Victims
    #: the noun says nothing of who died ("14 people", "12 personnes"): code's "unknown" stands
    generic: bool = False
    #: a vague count ("several", "dozens"): a precise figure for the same dead replaces it
    vague: bool = False
    #: the value counts a victim named before it ("Parami Kulatunga and three other people": 4)
    named_plus: bool = False


@dataclass(frozen=True)
class OtherFigure:
    """A number near a killing that is not a death count (wounded, freed, displaced...)."""

    sentence: int
    start: int
    end: int
    text: str
    why: str


_NUMBER = re.compile(
    rf"\b(?:between|entre)\s+{NUMBER}\s+(?:and|et)\s+{NUMBER}|{NUMBER}\s*(?:-|–|to|à)\s*{NUMBER}(?![\w.])"
    rf"|(?:\b(?:at least|more than|over|nearly|almost|about|around|some|up to|as many as|an estimated|roughly"
    rf"|approximately|au moins|plus de|près de|pres de|environ|quelque|jusqu['’]à|pas moins de)\s+)?{NUMBER}"
    rf"|{PERSON_AND_KIN}"
    rf"|\b(?:(?:at least|au moins)\s+)?(?:a|an|one|another|un|une)\s+(?:(?:[\w-]+|[A-Z]\.(?:[A-Z]\.)+)\s+){{0,2}}?(?:soldier|civilian|policeman|police officer|officer|child|woman|man"
    rf"|person|fighter|militant|peacekeeper|journalist|reporter|photographer|cameraman|correspondent|engineer|citizen|technician|pilot|trader|businessman|tourist|pilgrim|student|expert|employee|contractor|aid worker|soldat|civil|policier"
    rf"|marine|mayor|teacher|villager|farmer|herder|cleric|imam|priest|lawmaker|judge"
    rf"|{MORE_ONE_PERSON}"
    rf"|gendarme|enfant|femme|homme|personne|journaliste|militaire|casque bleu|commer[çc]ant|chauffeur|[ée]tudiant|[ée]l[èe]ve"
    rf"|combattant)\b(?!-|\s+(?:hideouts?|camps?|bases?|positions?|strongholds?|compounds?|vehicles?|convoys?|patrols?"
    rf"|posts?|checkpoints?|training|houses?|homes?|areas?|targets?|attacks?|hospitals?|airports?|aircraft|planes?"
    rf"|helicopters?|courts?|groups?|networks?|cells?|movements?|organi[sz]ations?|factions?|outfits?|wing|uprising"
    rf"|insurgency|activity|activities|violence|offensive|operations?|spokes\w+|sources?)\b)"
    rf"|\b(?:{BOTH_PEOPLE})"
    rf"|\b(?:several|a few)\s+(?:dozens?|hundreds?)\b"
    rf"|\b(?:several|a few|a handful of|numerous|plusieurs|quelques|nombreux|nombreuses)\b"
    rf"|\b(?:dozens|scores|hundreds|thousands|des dizaines|des centaines|des milliers|(?:(?:au moins|plus d['’]|pas moins d['’])\s*)?une (?:dizaine|douzaine"
    rf"|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|centaine))\b",
    re.I,
)


#: "21 personnes, majoritairement des supplétifs et des soldats, ont été tués": an aside on
#: who the dead were sits between the noun and its verb
_ASIDE_ON_WHO = re.compile(
    r"^(\s*(?:[\w'’-]+\s+){0,2}[\w'’-]+)\s*[,—–]\s*(?:mostly|mainly|most of them|many of them|all of them|including"
    r"|among them|majoritairement|principalement|essentiellement|en majorit[ée]|dont|parmi (?:eux|elles|lesquels))\b"
    r"[^,.;:—–]{0,120}[,—–]\s*",
    re.I,
)


def _clause_after(sentence: str, end: int) -> str:
    """The words after a figure up to the next figure or clause boundary (at most ~12 words)."""
    rest = re.sub(r"\s*\([A-Z][\w&/-]{1,11}\)", "", sentence[end:])  # "Doctors with Africa (CUAMM) aid workers"
    rest = WHAT_IT_CALLS.sub(" ", rest)
    aside = _ASIDE_ON_WHO.match(rest)
    if aside:
        rest = aside.group(1) + " " + rest[aside.end() :]
    stop = len(rest)
    nxt = next((n for n in _NUMBER.finditer(rest) if not UNITS_AFTER.match(rest, n.end())), None)  # "one division"
    if nxt:
        stop = min(stop, nxt.start())
    cut = CLAUSE_END.search(rest)
    if cut:
        stop = min(stop, cut.start())
    words = rest[:stop].split()
    # "au moins 50 civils qui fuyaient ... ont été interceptés et tués": a relative clause pushes the verb on
    relative = re.match(r"\s*(?:[\w'’-]+\s+){1,2}?(?:who|qui|that|which)\b", rest, re.I)
    return " ".join(words[: 18 if relative else 12])


def classify_figure(sentence: str, start: int, end: int) -> tuple[str, str]:
    """('death' | 'other' | 'none', why) for the figure at sentence[start:end]."""
    # an editor's word in brackets reads as the word: "eight people [were] wounded"
    sentence = sentence.replace("[", " ").replace("]", " ")
    before = sentence[max(0, start - 60) : start]
    after = _clause_after(sentence, end)
    if DENIED_CLAIM.search(sentence[max(0, start - 120) : start]):
        return "other", "a figure denied"
    if THREATENED_KILLING.search(sentence[max(0, start - 40) : start]):
        return "none", "a killing threatened, or every one"
    if NON_DEATH_BEFORE.search(before):
        return "other", "preceded by " + NON_DEATH_BEFORE.search(before).group(0).strip()  # type: ignore[union-attr]
    if events := EVENTS_RIGHT_AFTER.match(after) or KILLERS_RIGHT_AFTER.match(sentence[end:].lstrip()):
        return "other", "counts " + events.group(events.lastindex or 0)
    if BLAMED_RIGHT_AFTER.match(sentence[end:]):
        return "other", "counts who is blamed"
    if TOLL_RISEN.search(sentence[max(0, start - 160) : start]):
        return "death", "toll risen to"
    if ALONG_WITH.search(sentence[max(0, start - 120) : start]) and not THING_RIGHT_AFTER.match(
        _clause_after(sentence, end)
    ):
        return "death", "along with the dead before"
    if DEATH_BEFORE.search(before):
        if RESULT_BEFORE.search(before):
            # "left" / "a fait" say only that there was an outcome: "left one missing", "a fait 20 blessés"
            first_other, first_death = NON_DEATH_AFTER.search(after), DEATH_AFTER.search(after)
            if first_other and (not first_death or first_other.start() < first_death.start()):
                return "other", first_other.group(0)
        if LOST.search(before) and not PEOPLE_AFTER.search(sentence[end:]):
            return "none", "lost, but no people named"
        # "killed 14 and wounded 11": the verb before governs; "killed 30 cattle" is still no death
        thing = THING_RIGHT_AFTER.match(after)
        if thing:
            return "other", thing.group(1)
        return "death", "death word before"
    if KILLING_ITS_OWN.match(sentence[end:]):
        return "other", "a killing told with its own figure after it"
    if KILLERS_OF_OTHERS.match(sentence[end:]):
        return "other", "counts the killers of others"
    if CAPTIVES_KILLED.match(after):
        return "death", "captives killed"
    first_other = NON_DEATH_AFTER.search(after)
    first_death = DEATH_AFTER.search(after)
    either = DEAD_OR_HURT.search(after)
    if either and first_death and first_death.start() >= either.start():
        return "other", either.group(0)  # "six policemen were killed or wounded": no death count
    if first_death and (not first_other or first_death.start() < first_other.start()):
        return "death", first_death.group(0)
    if first_other:
        return "other", first_other.group(0)
    return "none", ""


_TOLL_BEFORE = re.compile(r"\b(?:toll|bilan)\b(?:\s+[\w'’-]+){0,4}\s*$", re.I)
_INCLUDING_AFTER = re.compile(
    r"^[^.;]{0,40}?\b(?:including|among them|of whom|dont|parmi lesquels|parmi eux|y compris)\s+(?:at least\s+|au moins\s+)?"
    rf"{NUMBER}",
    re.I,
)
#: a gap's words, where an abbreviation's dots ("U.S. soldiers") end no sentence
_GAP_WORDS = r"(?:[^.;:]|(?-i:(?<=[A-Z]))\.)"
#: not across a verb of the first figure's own: "hundreds of militants stormed the base and 30 soldiers died"
_JOINED = re.compile(
    rf"^(?![^.;]*?\b(?:stormed|attacked|raided|ambushed|overran|surrounded|opened fire|attaqu[ée]\w*)\b){_GAP_WORDS}{{0,60}}?"
    r"\b(?:and|or|et|ou|plus|including|among them|among whom|of whom|dont|parmi eux|parmi lesquels|y compris)\s*"
    r"(?:another\s+|a further\s+)?$|^\s*,\s*$",
    re.I,
)
#: a comma between two items of an enumeration "A, B and C" (only with the "and C" there)
_LIST_GAP = re.compile(rf"^{_GAP_WORDS}{{0,60}}?,\s*$")
_AND_NEXT = re.compile(rf"^{_GAP_WORDS}{{0,60}}?\b(?:and|et)\s+(?:at least\s+|au moins\s+)?{NUMBER}", re.I)


#: a campaign launched, not one day's attack
_CAMPAIGN = re.compile(
    r"\b(?:launched|began|started|opened)\b[^.;]{0,40}\b(?:offensive|operation|campaign|crackdown|war)\b", re.I
)

#: "three of the four assailants", "trois des quatre assaillants": a part and its whole
_PART_OF = re.compile(r"\s+(?:of\s+(?:the|these|those|its|their)|des|d['’]entre\s+les)\s+", re.I)


def find_figures(
    text: str, sentences: list[tuple[int, int]], published: dt.date | None = None
) -> tuple[list[DeathFigure], list[OtherFigure]]:
    """Every death figure of the article, and the other figures that sit next to killings.

    Figures joined to a death figure ("killed 10 soldiers and 50 mercenaries", "50 Russians
    and 10 soldiers were killed") are death figures too, unless a non-death word comes
    between. Each figure takes the attribution of its own clause ("X put the toll at 50,
    while Y said 38"), else of its sentence.
    """
    deaths: list[DeathFigure] = []
    others: list[OtherFigure] = []
    previous: str | None = None
    earlier = False  # the sentence before dates itself in a past year, or opens on a past week
    campaign_before = False  # the sentence before opened a campaign in the past
    totals_so_far: set[int] = set()
    for i, (s, e) in enumerate(sentences):
        sentence = text[s:e]
        # "Relations soured in 2010 after commandos stormed the ship. Nine activists aboard were killed.": a
        # sentence with no date of its own goes on with the one before it in the same paragraph
        same_paragraph = i > 0 and "\n" not in text[sentences[i - 1][1] : s]
        # "In late April, Pakistan launched a major offensive in and around Swat. / The military
        # still faces pockets of resistance, but ... the deaths of nearly 2,000 militants": a
        # campaign opened in the past goes on into the next paragraph, which tells its toll
        follows_earlier = earlier and (same_paragraph or campaign_before) and not has_date(sentence)
        campaign_before = opens_in_the_past(sentence, published) and bool(_CAMPAIGN.search(sentence))
        earlier = past_year(sentence, published) or opens_in_the_past(sentence, published) or follows_earlier
        claimant = attribution(sentence)
        if claimant and SAME_SOURCE.match(claimant) and previous or claimant is None and PRONOUN_SAID.search(sentence):
            claimant = previous
        previous = claimant or previous
        looked_into = source_of_investigated(sentence, [text[a:b] for a, b in sentences[i + 1 : i + 3]])
        if looked_into is not None:
            claimant = looked_into  # the one who investigates is no claimant
        if claimant is None and i + 1 < len(sentences):
            ns, ne = sentences[i + 1]
            nxt = text[ns:ne]
            if len(nxt) < 120 and (ONLY_ATTRIBUTION.match(nxt) or POINTS_BACK.match(nxt)):
                claimant = attribution(nxt)
            else:  # "Officials say ... fighters attacked several checkpoints": the act told again, by its source
                claimant = source_telling_the_act(nxt)
        found = [m for m in _NUMBER.finditer(sentence) if is_count_token(sentence, m)]
        kinds = [classify_figure(sentence, m.start(), m.end()) for m in found]
        # coordination: "killed 10 soldiers and 50 mercenaries" (left to right), then
        # "50 Russians and 10 soldiers were killed" (right to left)
        for order in (range(1, len(found)), range(len(found) - 2, -1, -1)):
            for k in order:
                j = k - 1 if order.step == 1 else k + 1
                if kinds[k][0] != "none" or kinds[j][0] != "death":
                    continue
                a, b = (found[j].end(), found[k].start()) if j < k else (found[k].end(), found[j].start())
                gap = sentence[a:b]
                listed = _LIST_GAP.search(gap) and (
                    kinds[j][1] == "joined to a death figure" if j > k else _AND_NEXT.match(sentence[found[k].end() :])
                )  # "cinq gendarmes dont un sous-officier, 14 gardes et trois militaires": one list
                if (_JOINED.search(gap) or listed) and not NON_DEATH_AFTER.search(gap):
                    kinds[k] = ("death", "joined to a death figure")
        for k in range(1, len(found)):
            # "At least three of the four assailants were killed": the part died, not the whole
            if kinds[k][0] == "death" and _PART_OF.fullmatch(sentence[found[k - 1].end() : found[k].start()]):
                kinds[k - 1], kinds[k] = ("death", "part of a group"), ("other", "the group a part of it died")
        for o in KILLED_ONE_AND_OTHERS.finditer(sentence):
            if o.group("kind") and any(o.start("phrase") <= m.start() < o.start("n") for m in found):
                continue  # "killed an Iraqi policeman and two civilians": two figures of two kinds
            for k, m in enumerate(found):
                if m.start() == o.start("n") and kinds[k][0] in ("none", "death"):
                    kinds[k] = ("death", "one killed and others")
                    # "killing a police officer and one other person": the one is in the N+1
                    for j, one in enumerate(found):
                        if j != k and o.start("phrase") <= one.start() < o.start("n"):
                            kinds[j] = ("summed", "the one of one and others")
        summed_to = -1  # "and an official" already added to the figure before it
        for m, (kind, why) in zip(found, kinds, strict=True):
            figure_text = m.group(0)
            if m.start() < summed_to:
                continue
            if kind == "other":
                others.append(OtherFigure(i, s + m.start(), s + m.end(), figure_text, why))
                continue
            if kind != "death":
                continue
            parsed = parse_figure(figure_text)
            if parsed is None:
                continue
            named_plus = False
            if parsed[0] is not None and (
                why == "one killed and others"
                or parsed[0] == parsed[1]
                and (
                    any(o.start("n") == m.start() for o in NAMED_AND_OTHERS.finditer(sentence))
                    or any(
                        o.start("n") == m.start() and named_in_full_before(o.group("name"), text[:s])
                        for o in SURNAME_AND_OTHERS.finditer(sentence)
                    )
                )
            ):
                # "Major General Parami Kulatunga and three other people were killed": one and N more
                parsed = (parsed[0] + 1, parsed[1] + 1 if parsed[1] is not None else None)
                named_plus = True
            one_more = AND_ONE_MORE.match(sentence[m.end() :])
            if one_more is None and why == "death word before":
                one_more = AND_ONE_MORE_AT_END.match(sentence[m.end() :]) or and_one_national(sentence[m.end() :])
            if one_more and parsed[0] is not None and parsed[0] == parsed[1]:
                # "Four civilians and an official were killed": five dead, of two kinds
                parsed = (parsed[0] + 1, parsed[0] + 1)
                summed_to = m.end() + one_more.end()
            else:
                one_more = None
            clause = clause_of(sentence, m.start())
            scope: Scope = (
                "cumulative"
                if is_cumulative(clause)
                or war_sized(parsed, clause)
                or (THE_DEAD_INCLUDE.match(sentence) and i - 1 in totals_so_far)
                else "background"
                if is_background(clause, published) or follows_earlier or counted_elsewhere(sentence, m)
                else "event"
            )
            if scope == "cumulative":  # "The dead include more than 110 soldiers": parts of the running toll before
                totals_so_far.add(i)
            own = None if looked_into else (claims_owner(sentence[: m.start()]) or attribution(clause))
            who = own if own and not SAME_SOURCE.match(own) else claimant
            if own is None and claimant and not attributed_here(sentence, clause, claimant):
                # "a car bomb killed a policeman and two civilians in Mosul, and the U.S.
                # military says gunmen killed two U.S. soldiers": the source speaks in the
                # later clause only, the first clause's dead are the outlet's
                who = None
            after = _clause_after(sentence, m.end()) or sentence[m.end() : m.end() + 40]
            dead_noun = DEAD_THEN.match(after)  # "six dead soldiers": "dead" is an adjective, the noun says who
            people = GENERIC_PEOPLE.match(after)
            generic = bool(people) and not (dead_noun and victims_of(dead_noun[dead_noun.lastindex or 1]) != "unknown")
            if (
                people
                and re.search(r"\b(?:dead|morts)$", people.group(0), re.I)
                and victims_of(people.group(0)) != "unknown"
            ):
                generic = False  # "left at least 26 soldiers dead": "dead" says what, the noun says who
            before = sentence[max(0, m.start() - 30) : m.start()]
            victims: Victims = "unknown" if generic else victims_after(before, after)
            single = the_one_more(one_more, m.end(), victims) if one_more and not generic else None
            if one_more and not generic and single is None and victims != one_kind(one_more):
                victims = "mixed"  # "four civilians and an official": five, one of no known side
            if single is not None:  # "six police officers and a child": six and one of two sides (one_more.py)
                parsed = (parsed[0] - 1 if parsed[0] else parsed[0], parsed[1] - 1 if parsed[1] else parsed[1])
            inside = victims_of(m.group(0)) if not generic and not one_more and " " in m.group(0).strip() else "unknown"
            if inside != "unknown" and (victims == "unknown" or ONE_PERSON_FIGURE.match(m.group(0).strip())):
                # "killed an Iraqi soldier": the noun inside the figure; one person's own noun
                # outweighs the words after it ("a teenager was killed by the troops")
                victims = inside
            if victims == "unknown" and _TOLL_BEFORE.search(sentence[max(0, m.start() - 60) : m.start()]):
                generic = True  # "the death toll was more than 70": a total over whoever died
            if _INCLUDING_AFTER.match(sentence[m.end() :]):
                generic = True  # "18 people, including 11 officers": a total over groups
            sufferer = SUFFERED.search(sentence[max(0, m.start() - 60) : m.start()])
            if victims == "unknown" and sufferer and victims_of(sufferer.group("who")) != "unknown":
                victims = victims_of(sufferer.group("who"))  # "government forces suffered six fatalities"
            mostly = MOSTLY_AFTER.match(sentence[m.end() :])
            if generic and mostly and victims_of(mostly.group("who")) in ("civilians", "state_forces"):
                # "103 people, mostly women and children"; "25 people, most of them policemen"
                victims, generic = victims_of(mostly.group("who")), False
            for a, b, low, high in revised(sentence, m) or [(m.start(), m.end(), parsed[0], parsed[1])]:
                deaths.append(
                    DeathFigure(
                        i,
                        s + a,
                        s + b,
                        sentence[a:b],
                        low,
                        high,
                        scope,
                        who,
                        victims,
                        generic=generic,
                        vague=bool(VAGUE.search(figure_text)),
                        named_plus=named_plus,
                    )  # fmt: skip
                )
            if single is not None:
                one_at, one_end, one_side = single
                deaths.append(
                    DeathFigure(i, s + one_at, s + one_end, sentence[one_at:one_end], 1, 1, scope, who, one_side)
                )
    return deaths, others


def value_of(figure: DeathFigure) -> int | None:
    """The number a figure is compared by: its low end, else its high end."""
    return figure.low if figure.low is not None else figure.high
