"""One named person killed, told without a number: "Mokhtar Mohamed Hirab was killed
Sunday", "gunmen killed a top member of Saddam's legal team, Khamis al-Obaidi".

The figure finder reads numbers and "a soldier"-like nouns; a person given by name or by
office counts one dead that it missed, so the event had no toll and the events found in
the text never saw the sentence. Each such person is one death figure here, its side read
from the office ("a police chief": state forces), else unknown. A name the alias table
knows as a group or the gazetteer as a place is no person."""

from __future__ import annotations

import datetime as dt
import re

from .actors import canonical_actor, is_named
from .attribution import attribution
from .death_words import KILLED_ONE_AND_OTHERS
from .deaths import DeathFigure, Scope
from .fatalities import ALSO_DEAD
from .figure_scope import is_background
from .found_sides import NOT_NAMES
from .geo import country_name, lookup
from .victims import Victims, victims_of

_NAME = (
    r"(?:[A-Z][\w'’.-]+\s+(?:(?:al-|el-|bin\s+|ibn\s+|ag\s+|de\s+)?[A-Z][\w'’.-]+\s+){0,2}(?:al-|el-)?[A-Z][\w'’.-]+)"
)
#: "Mokhtar Mohamed Hirab was killed", "X, a local leader of a party, was also killed"
_NAME_KILLED = re.compile(
    rf"(?P<name>{_NAME})(?:,\s+[^,.;]{{3,90}},|,)?\s+(?:was|has\s+been|had\s+been|a\s+été)\s+(?:also\s+|aussi\s+)?"
    r"(?:shot\s+dead|shot\s+and\s+killed|killed|assassinated|murdered|gunned\s+down|executed|beheaded|slain"
    r"|tu[ée]|assassin[ée]|abattu|ex[ée]cut[ée])\b"
)
#: "American journalist Luke Somers and South African teacher Pierre Korkie were shot and
#: killed": two named people, two dead
_TWO_KILLED = re.compile(
    rf"(?P<name>{_NAME})\s+and\s+(?:[\w'’-]+\s+){{0,3}}?(?P<second>{_NAME})\s+were\s+(?:also\s+|both\s+)?"
    r"(?:shot\s+dead|shot\s+and\s+killed|killed|assassinated|murdered|gunned\s+down|executed|beheaded|slain)\b"
)
_OFFICE = (
    r"(?:leader|commander|official|member|governor|chief|mayor|politician|lawmaker|legislator|judge|journalist"
    r"|reporter|cleric|imam|lawyer|candidate|minister|general|colonel|elder|activist|businessman|doctor|priest"
    r"|pastor|chairman|head|spokesman|prosecutor|deputy|senator|sheikh)"
)
#: "killed a top member of Saddam's legal team, Khamis al-Obaidi", "assassinated a tribal leader"
_KILLED_OFFICE = re.compile(
    r"\b(?:killed|killing|assassinated|assassinating|murdered|shot\s+dead|gunned\s+down|beheaded)\s+(?:a|an|the|its|his|their)\s+"
    rf"(?P<office>(?:[\w'’-]+\s+){{0,5}}?{_OFFICE})\b(?:\s+of\s+[^,.;]{{3,50}}?)?(?:,\s+(?P<name>{_NAME}))?(?=[\s,.;])",
    re.I,
)

_KILLED_WORD = (
    r"(?:shot\s+dead|shot\s+and\s+killed|killed|assassinated|murdered|gunned\s+down|executed|beheaded|slain)\b"
)
#: the killing told after the one: "A senior Afghan provincial official has been killed",
#: "His driver was reportedly killed in the attack"
_OFFICE_WAS_KILLED = re.compile(
    r"\b(?:(?P<one>a|an|one)\s+(?P<office>(?:[\w'’-]+\s+){0,4}?"
    + _OFFICE
    + r")|(?:his|her|their)\s+(?P<kin>(?:[\w'’-]+\s+){0,1}?(?:driver|bodyguard|guard|son|daughter|wife|husband|brother"
    r"|sister|father|mother|nephew|cousin|aide|assistant|deputy)))\s+(?:has\s+been|had\s+been|was)\s+"
    r"(?:also\s+|reportedly\s+|allegedly\s+)?" + _KILLED_WORD,
    re.I,
)

#: the one named before others killed with them: "..., and 10 other security personnel",
#: "along with six others", "and his two guards": the figure after counts the one too
_WITH_OTHERS = re.compile(
    r"^(?:,\s+[^,.;]{3,60},)?[^.;]{0,40}?\b(?:and|et|along\s+with|together\s+with|as\s+well\s+as|with)\s+"
    r"(?:(?:his|her|their|its|ses|leurs?)\s+)?(?:at\s+least\s+|au\s+moins\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|[\w-]+teen|[\w-]+ty|several"
    r"|dozens|a|an)\b",
    re.I,
)


def _a_person(name: str) -> bool:
    first = name.split()[0]
    if NOT_NAMES.match(first) or country_name(name) or lookup(name) is not None:
        return False
    return not is_named(canonical_actor(name))


def named_dead(
    text: str, sentences: list[tuple[int, int]], found: list[DeathFigure], published: dt.date | None = None
) -> list[DeathFigure]:
    """One death figure for each person killed that the sentence names or gives by office,
    where no figure the code found already stands."""
    out: list[DeathFigure] = []
    for i, (s, e) in enumerate(sentences):
        sentence = text[s:e]
        if ALSO_DEAD.search(sentence):
            continue  # "The attack ... also killed an Afghan doctor": one more of an event told before
        taken = [(f.start - s, f.end - s) for f in found if f.sentence == i]
        starts = {f.start for f in found if f.sentence == i}
        hits: list[tuple[int, int, Victims]] = []
        pairs = [m for m in _TWO_KILLED.finditer(sentence) if _a_person(m["name"]) and _a_person(m["second"])]
        for m in _NAME_KILLED.finditer(sentence):
            if _a_person(m.group("name")) and not any(p.start() <= m.start() < p.end() for p in pairs):
                hits.append((m.start("name"), m.end("name"), "unknown"))
        for m in _KILLED_OFFICE.finditer(sentence):
            office = m.group("office")
            if re.search(r"\b(?:and|et)\b", office):
                continue  # "killed a soldier and a policeman": counted elsewhere, or a list
            hits.append((m.start("office"), m.end("office"), victims_of(office)))
        for m in _OFFICE_WAS_KILLED.finditer(sentence):
            group = "office" if m.group("office") else "kin"
            if any(x < m.end(group) and m.start() < y for x, y in taken):
                continue  # "One staff member was killed": the number before the office counted it
            if not re.search(r"\b(?:and|et)\b", m.group(group)):
                hits.append((m.start(group), m.end(group), victims_of(m.group(group))))
        hits += [(m.start("name"), m.end("second"), "unknown") for m in pairs]
        for a, b, victims in hits:
            if any(x < b and a < y for x, y in taken):
                continue
            if _WITH_OTHERS.match(sentence[b:]) or any(
                o.start("phrase") <= a < o.start("n") and s + o.start("n") in starts
                for o in KILLED_ONE_AND_OTHERS.finditer(sentence)
            ):
                continue  # "killed a former minister and at least two other people": counted with them
            taken.append((a, b))
            scope: Scope = "background" if is_background(sentence, published) else "event"
            who = attribution(sentence)
            n = 2 if any((a, b) == (m.start("name"), m.end("second")) for m in pairs) else 1
            out.append(DeathFigure(i, s + a, s + b, sentence[a:b], n, n, scope, who, victims))
    return out


__all__ = ["named_dead"]
