"""A named group is called what the article calls it, unless the codebook fixes its name.

Why: the alias table recognises a group however it is written ("al-Shabab", "Shabaab",
"Al-Shabab militants" are one actor), and the codebook (FORMAT.md) fixes the name of a few
(JNIM, Wagner, CSP-PSD, "Military Forces of X", "Unidentified Armed Group"). For every
other group it asks for "a clear English name", and labels list every way the article
names the actor so that a reader or scorer can accept any of them. ACLED's long house
names ("Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad") are neither what the
story says nor what a reader quotes; the article's own proper name for the group is both,
and it is one the reader can find in the text. An acronym gives way to the full name when
the article spells it out ("the Popular Defence Forces (PDF)").
"""

from __future__ import annotations

import functools
import json
import re

from .resources import data_text
from .schema import Actor, Event

__all__ = ["article_name", "groups_named_in", "named_as_written", "table_names"]

#: types of the groups whose name follows the article; state forces keep the codebook's
#: pattern ("Military Forces of X"), which labels and readers use across stories
_GROUP_TYPES = frozenset({"Rebel group", "Political militia", "Identity militia", "External/Other forces"})
_STATE_PATTERN = re.compile(r"^(?:Military|Police) Forces of |^Government of |^Unidentified |^Civilians\b")


@functools.lru_cache(maxsize=1)
def _aliases() -> dict[str, tuple[bool, list[str]]]:
    """Canonical name -> (the codebook fixes it, the names the table knows for it anywhere).

    A country's stand-ins ("the UN" for the mission in Mali) are left out: they name the
    group only in that country's stories, and not as a reader would."""
    data = json.loads(data_text("actors.json"))
    return {a["name"]: (bool(a.get("codebook")), [a["name"], *a.get("aliases", [])]) for a in data["actors"]}


def table_names(canonical: str) -> list[str]:
    """The names the alias table knows for a group anywhere (none for a name it lacks)."""
    return list(_aliases().get(canonical, (False, []))[1])


@functools.lru_cache(maxsize=1)
def _leaders() -> dict[str, list[str]]:
    """Canonical name -> the leaders whose name stands for the group: they tell that the
    group is at play, and are never written as its name."""
    data = json.loads(data_text("actors.json"))
    return {a["name"]: a.get("leaders", []) for a in data["actors"]}


def _body(alias: str) -> str:
    """The alias as a regex that tolerates the article's hyphens, spaces and apostrophes."""
    out = []
    for c in alias:
        if c in "'’":
            out.append("['’]?")
        elif c.isspace() or c in "-‐–":
            if out and out[-1] != r"[\s\-‐–]+":
                out.append(r"[\s\-‐–]+")
        else:
            out.append(re.escape(c))
    return "".join(out)


def _pattern(alias: str) -> re.Pattern[str]:
    """The alias written as a word of its own."""
    return re.compile(rf"(?<![\w'’-]){_body(alias)}(?![\w'’-])", re.IGNORECASE)


def _after_al(alias: str) -> re.Pattern[str]:
    """The alias after the Arabic article ("also known as al-Houthis"): a group named, for
    telling which groups a story names, though never the name it is written by."""
    return re.compile(rf"(?<=\bal-){_body(alias)}(?![\w'’-])", re.IGNORECASE)


#: a member noun after a group's name makes the name an adjective ("Houthi rebels",
#: "Boko Haram fighters"): the article's name for the group is then another occurrence
_MEMBERS = re.compile(
    r"\s+(?:rebels?|fighters?|militia(?:men|s)?|militants?|forces?|troops?|soldiers?|commanders?|"
    r"insurgents?|extremists?|jihadists?|guerrillas?|gunmen|members?|leaders?|officials?|spokes(?:man|person)|media|positions?|"
    r"group|movement|faction|elements?|combattants?|rebelles?|jihadistes?)\b",
    re.IGNORECASE,
)


def _name_like(alias: str) -> bool:
    """Whether a table alias is a proper name ("Boko Haram", "al-Shabab", "ADF"), not a
    description the table also matches ("Houthi militia", "paramilitary forces")."""
    if _is_acronym(alias):
        return True
    words = [w for w in re.split(r"[\s\-‐–/]+", alias) if len(w) >= 4 and w[0].isalpha()]
    return bool(words) and all(w[0].isupper() for w in words)


def _is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _proper(text: str, start: int, mention: str) -> bool:
    """Whether this occurrence is written as a name: a capital past the sentence's first
    letter ("Boko Haram", "al-Shabab", "ADF"), not a common noun that a sentence happens
    to open with ("Rebels said ...")."""
    if _is_acronym(mention):
        return True
    before = text[:start].rstrip()
    opens_sentence = not before or before[-1] in '.!?\n"“«'
    capitals = [i for i, c in enumerate(mention) if c.isupper()]
    return any(i > 0 for i in capitals) or (bool(capitals) and not opens_sentence)


def article_name(canonical: str, text: str) -> str | None:
    """The article's own proper name for the alias table's group ``canonical``: its full
    name written most often (longer on a tie), else its acronym written most often; None
    when the codebook fixes the name or the article writes no alias of it as a name."""
    codebook, aliases = _aliases().get(canonical, (True, []))
    if codebook:
        return None
    counts: dict[str, int] = {}
    for alias in sorted({a for a in aliases if _name_like(a)}, key=len, reverse=True):
        for m in _pattern(alias).finditer(text):
            if _proper(text, m.start(), m.group(0)) and not _MEMBERS.match(text, m.end()):
                written = re.sub(r"\s+", " ", m.group(0))
                counts[written] = counts.get(written, 0) + 1
    if not counts:
        return None
    full = {w: n for w, n in counts.items() if not _is_acronym(w)}
    pool = full or counts
    return max(pool, key=lambda w: (pool[w], len(w)))


def groups_named_in(text: str, kinds: frozenset[str]) -> list[str]:
    """The alias table's groups of these types that the article writes as a name, in table
    order: what a reader of the story knows is at play before any sentence says who did what."""
    found = []
    for name, (_, aliases) in _aliases().items():
        if _types().get(name) not in kinds:
            continue
        for alias in [*(a for a in aliases if _name_like(a)), *_leaders().get(name, [])]:
            hits = [*_pattern(alias).finditer(text), *_after_al(alias).finditer(text)]
            if any(_proper(text, m.start(), m.group(0)) for m in hits):
                found.append(name)
                break
    return found


@functools.lru_cache(maxsize=1)
def _types() -> dict[str, str]:
    return {a["name"]: a.get("type", "") for a in json.loads(data_text("actors.json"))["actors"]}


def _renamed(actor: Actor | None, text: str) -> Actor | None:
    if actor is None or actor.type not in _GROUP_TYPES or _STATE_PATTERN.search(actor.name):
        return actor
    name = article_name(actor.name, text)
    if not name or name == actor.name:
        return actor
    aliases = actor.aliases if name in actor.aliases else [name, *actor.aliases]
    return actor.model_copy(update={"name": name, "aliases": aliases})


def named_as_written(event: Event, text: str) -> Event:
    """The event with each named group called as the article calls it (see the module)."""
    a1, a2 = _renamed(event.actor1, text), _renamed(event.actor2, text)
    assoc = [r for a in event.assoc_actors if (r := _renamed(a, text)) is not None]
    if a1 is event.actor1 and a2 is event.actor2 and assoc == event.assoc_actors:
        return event
    return event.model_copy(update={"actor1": a1, "actor2": a2, "assoc_actors": assoc})
