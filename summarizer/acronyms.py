"""Acronyms and short names an article spells out itself.

A reader recognises "the PDF" because the article said "the People's Defence Forces
(PDF)" earlier; the alias table cannot know every group, but the article often tells.
Two forms are read: a capitalised name followed by its acronym in brackets ("the
Rapid Support Forces (RSF)", "Forces armées maliennes (FAMa)"), or the reverse
("RSF (Rapid Support Forces)"); and an acronym whose letters are the initials of a
capitalised name used elsewhere in the article ("the Northern Liberation Army ...
the NLA").
"""

from __future__ import annotations

import re

from .geo import countries_named

_SMALL = {
    "of",
    "for",
    "the",
    "and",
    "de",
    "du",
    "des",
    "la",
    "le",
    "pour",
    "et",
    "d",
    "l",
    "in",
    "al",
    "el",
    "wa",
    "ul",
}
_WORD = r"[A-Z][\w'’.-]*"
_NAME = rf"{_WORD}(?:\s+(?:(?:of|for|the|and|de|du|des|la|le|pour|et|in|al|el|wa|ul|d'|l')\s+)*{_WORD}){{0,8}}"
_LONG_THEN_SHORT = re.compile(rf"(?P<long>{_NAME})\s*\((?P<short>[A-Z][A-Za-z0-9-]{{1,9}})\)")
#: "the Movement for Democracy in Liberia, or MODEL, ...": the writer's own gloss, spelled
#: with dashes in broadcast scripts ("the Revolutionary United Front, or R-U-F")
_LONG_OR_SHORT = re.compile(rf"(?P<long>{_NAME}),\s+or\s+(?:the\s+)?(?P<short>[A-Z][A-Z0-9-]{{1,11}})(?=[,.;:)]|\s|$)")
_SHORT_THEN_LONG = re.compile(rf"\b(?P<short>[A-Z][A-Z0-9-]{{1,9}})\s*\((?P<long>{_NAME})\)")
_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]{1,7}\b")
_CAPITALISED_NAME = re.compile(_NAME)


def _initials(name: str) -> str:
    words = [w for w in re.split(r"[\s-]+", name) if w and w.lower().strip("'’") not in _SMALL]
    return "".join(w[0] for w in words if w[0].isalpha()).upper()


def _fits(short: str, long: str) -> bool:
    """An acronym fits a name when its letters are the name's initials, in order."""
    letters = re.sub(r"[^A-Za-z]", "", short).upper()
    initials = _initials(long)
    if not letters or len(initials) < 2:
        return False
    if letters == initials or initials.startswith(letters) or letters in initials:
        return True
    if len(letters) >= 3 and sorted(letters) == sorted(initials):
        return True  # the initials in another language's order: MNLA, Mouvement national de liberation
    # letters in order among the name's word initials and capitals ("FAMa" = Forces Armées MAliennes)
    it = iter(re.sub(r"[^A-Za-z]", "", long).upper())
    return all(ch in it for ch in letters) and letters[0] == initials[0]


def _glossed(short: str, long: str) -> bool:
    """A looser fit for an acronym the text glosses with ", or": its first letter and most of
    its letters are the name's initials, in whatever language it was coined ("Ivorian Popular
    Movement for the Far West, or MPIGO", from the French Mouvement populaire ivoirien du
    Grand Ouest)."""
    letters = re.sub(r"[^A-Za-z]", "", short).upper()
    initials = _initials(long)
    if len(letters) < 2 or len(initials) < 2:
        return False
    return letters[0] in initials and 2 * sum(ch in initials for ch in letters) >= len(letters)


def _trim(long: str, short: str) -> str:
    """Drop leading words that are not part of the name ("Fighters of the Rapid ..." stays whole)."""
    words = long.split()
    letters = re.sub(r"[^A-Za-z]", "", short).upper()
    while len(words) > 1 and words[0][0].upper() != letters[0]:
        named = words[0][0].isupper() and words[0].lower() not in _SMALL
        if named and len(letters) >= 3 and sorted(letters) == sorted(_initials(" ".join(words))):
            break  # "National Movement for the Liberation of Azawad (MNLA)": every initial is the acronym's
        words = words[1:]
    return " ".join(words)


def find_acronyms(text: str) -> dict[str, str]:
    """{acronym: the name it stands for} as spelled out in ``text``."""
    found: dict[str, str] = {}
    for m in _LONG_THEN_SHORT.finditer(text):
        long, short = _trim(m["long"], m["short"]), m["short"]
        if _fits(short, long):
            found.setdefault(short, long)
    for m in _LONG_OR_SHORT.finditer(text):
        long, short = _trim(m["long"], m["short"]), m["short"]
        if _fits(short, long):
            found.setdefault(short, long)
        elif _glossed(short, m["long"]):
            found.setdefault(short, m["long"])
    for m in _SHORT_THEN_LONG.finditer(text):
        if _fits(m["short"], m["long"]):
            found.setdefault(m["short"], m["long"])
    names: set[str] = set()
    for n in _CAPITALISED_NAME.finditer(text):
        if text[n.end() : n.end() + 1] == "/":
            continue  # "Sudan People's Liberation Movement/Army In Opposition": a name cut short
        words = n.group(0).split()
        # every tail of a capitalised run: "Later the Northern Liberation Army" holds the name
        names.update(" ".join(words[i:]) for i in range(len(words) - 1) if words[i][0].isupper())
    for short in set(_ACRONYM.findall(text)) - set(found):
        matches = {n for n in names if _initials(n) == short and n.split()[0].lower() not in _SMALL}
        if len(matches) == 1:
            found[short] = matches.pop()
    return found


def expand(mention: str, acronyms: dict[str, str]) -> str | None:
    """The spelled-out name for a mention that is (or contains) one of the article's acronyms."""
    words = re.findall(r"[\w-]+", mention)
    for w in words:
        if w in acronyms:
            return acronyms[w]
    return None


def names_its_state(long: str, name: str) -> bool:
    """Whether the spelled-out name opens on the country of the state force it resolves to
    ("Sudanese Air Force (SAF)": Sudan's military), unlike a force that only sounds like one
    ("the Popular Defence Forces (PDF)")."""
    first = countries_named(long.split()[0]) if long.split() else []
    return bool(first) and first[0] in name
