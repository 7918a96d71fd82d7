"""Canonical actor names (ACLED style) from the way an article names an actor.

The alias table is DATA (``data/actors.json``); this module only normalises and matches.
Order of matching for a mention, with ``country`` the event country:

1. the whole mention is an alias of a named actor -- aliases scoped to the event country
   first ("al-Qaeda" in Mali is JNIM, "rebels" in Mali are CSP-PSD), then global ones;
2. a named actor's alias (5+ characters) occurs inside the mention
   ("jihadists affiliated with Al-Qaeda", "mercenaries from the Wagner group");
3. a country name or demonym at the start or end of the mention sets the actor's country,
   whatever the event country ("Malian soldiers", "Mali's army", "l'armée malienne"),
   and the rest is matched again with that country's scoped aliases;
4. generic heads: the earliest word (or word pair) of the mention that names a generic
   actor ("soldiers", "police", "gunmen", "villagers", "protesters") gives
   "Military Forces of {country}", "Police Forces of {country}", "Unidentified Armed
   Group", "Civilians", "Protesters ({country})"...; a bare foreign country name or
   demonym ("Russian", "Americans") is that country's military;
5. otherwise the cleaned, title-cased mention, typed ``fallback_type`` or, by default,
   "Rebel group": in conflict reports an unrecognised named actor is most often a
   non-state armed group (the codebook's Unidentified Armed Group is typed Rebel group too).

Foreign state forces are typed "External/Other forces" (ACLED), except for the sides of
interstate wars listed in the data (Russia in Ukraine stays "State forces").
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass, field
from typing import cast

from summarizer import geo
from summarizer.folding import fold, place_key
from summarizer.resources import data_text
from summarizer.respellings import respelt_key
from summarizer.schema import Actor, ActorType

from . import actor_words
from .actor_tail import name_after_head
from .actor_words import DESCRIPTIVE, ETHNIC, FORMER, MILITIA_KINDS, NAMEABLE_KINDS, ORGANISED
from .eras import era_name

__all__ = ["actor_key", "canonical_actor", "era_name", "is_alias", "is_named", "is_raw"]

_LEADING = re.compile(
    r"^(?:the|a|an|some|several|many|few|other|more|these|those|its|their|his|her|our|le|la|les|l|un|une|des|"
    r"du|de|d|certains|plusieurs|about|around|nearly|over|up to|at least|more than|dozens of|hundreds of|"
    r"thousands of|scores of|a number of|a group of|groups of|a band of|group of|number of|\d+|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|dozens|hundreds|"
    r"thousands)\s+"
)


def actor_key(name: str) -> str:
    """The normalisation used for matching: accents, case, punctuation, possessive 's,
    French elisions (l', d') and leading articles/quantifiers dropped.

    ``actor_key("l'Armée malienne") == "armee malienne"``, ``actor_key("Mali's army") == "mali army"``,
    ``actor_key("the Jama’a Nusrat ul-Islam") == "jama a nusrat ul islam"``.
    """
    s = fold(name).lower()
    s = re.sub(r"\bgov'?t\b", "government", s)  # headline style: "Mali Gov't, Tuareg Rebels Sign Accord"
    s = re.sub(r"(?<=\w)'s\b|(?<=s)'(?=\s|$)", "", s)  # possessives: Mali's, soldiers'
    s = re.sub(r"\b(?:l|d|qu|j|n|s)'(?=\w)", "", s)  # elisions: l'armee, d'enfants
    s = re.sub(r"[^a-z0-9]+", " ", s).strip()
    s = re.sub(r"\b([a-z]) (?=[a-z]\b)", r"\1", s)  # "U.N." and "UN", "U.S." and "US" are one word
    s = re.sub(r"\b(?:heavily|lourdement|well|bien|lightly|legerement)\s+(?=arm)", "", s)  # "heavily armed men"
    while True:
        m = _LEADING.match(s)
        if not m or m.end() >= len(s):
            break
        s = s[m.end() :]
    return s


def _stem(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _stem_key(key: str) -> str:
    return " ".join(_stem(w) for w in key.split())


#: words for a force's members, read as the alias table's "troops" ("African Union soldiers"
#: is the table's "African Union troops")
_TROOP_WORDS = re.compile(r"\b(?:soldiers?|troops?|servicemen|service members|personnel|contingents?)$")


@dataclass
class _Named:
    name: str
    type: ActorType


@dataclass
class _Generic:
    type: ActorType
    template: str | None = None
    no_country: str | None = None
    name: str | None = None

    def named(self, country: str | None) -> str:
        if self.name:
            return self.name
        if country and self.template:
            return self.template.format(country=country)
        return self.no_country or (self.template or "").replace(" of {country}", "").replace(" ({country})", "")


@dataclass
class _Table:
    global_aliases: dict[str, _Named] = field(default_factory=dict)
    scoped: dict[str, dict[str, _Named]] = field(default_factory=dict)  # country -> key -> actor
    contained: list[tuple[str, _Named, str | None]] = field(default_factory=list)  # (key, actor, country)
    heads: dict[str, tuple[str, _Generic]] = field(default_factory=dict)  # stemmed head -> (kind, generic)
    max_head_words: int = 1
    with_the: frozenset[str] = frozenset()
    military_names: dict[str, str] = field(default_factory=dict)
    abroad_ok: dict[str, frozenset[str]] = field(default_factory=dict)


@functools.lru_cache(maxsize=1)
def _table() -> _Table:
    data = json.loads(data_text("actors.json"))
    t = _Table()
    for a in data["actors"]:
        named = _Named(a["name"], cast(ActorType, a["type"]))
        # a leader's name stands for the forces loyal to him ("fighters loyal to ... Laurent Nkunda")
        for alias in [a["name"], *a.get("aliases", []), *a.get("leaders", [])]:
            k = actor_key(alias)
            t.global_aliases.setdefault(k, named)
            t.global_aliases.setdefault(_stem_key(k), named)
            if len(k) >= 5:
                t.contained.append((k, named, None))
        for country, aliases in a.get("country_aliases", {}).items():
            c = geo.country_name(country) or country
            for alias in aliases:
                k = actor_key(alias)
                t.scoped.setdefault(c, {})[k] = named
                t.scoped[c].setdefault(_stem_key(k), named)
                # a scoped single word ("Kabul", "rebels") only matches the whole mention
                if " " in k and len(k) >= 5:
                    t.contained.append((k, named, c))
    # longest first, scoped before global at equal length
    t.contained.sort(key=lambda x: (-len(x[0]), x[2] is None))
    for kind, g in data["generic"].items():
        gen = _Generic(
            type=cast(ActorType, g["type"]),
            template=g.get("template"),
            no_country=g.get("no_country"),
            name=g.get("name"),
        )
        for h in g["heads"]:
            k = _stem_key(actor_key(h))
            t.heads.setdefault(k, (kind, gen))
            t.max_head_words = max(t.max_head_words, len(k.split()))
    sn = data.get("state_names", {})
    t.with_the = frozenset(sn.get("with_the", []))
    t.military_names = dict(sn.get("military", {}))
    t.abroad_ok = {c: frozenset(v) for c, v in data.get("state_forces_abroad", {}).items() if not c.startswith("_")}
    return t


def _state_name(kind: str, gen: _Generic, country: str | None) -> str:
    t = _table()
    if country is None:
        return gen.named(None)
    if kind == "military" and country in t.military_names:
        return t.military_names[country]
    c = f"the {country}" if country in t.with_the and gen.template and " of {country}" in gen.template else country
    return gen.named(c)


def country_in_name(country: str) -> str:
    """The country as ACLED writes it inside a side's name: "the Democratic Republic of Congo"."""
    return f"the {country}" if country in _table().with_the else country


def _state_type(actor_country: str | None, event_country: str | None) -> ActorType:
    if actor_country is None or event_country is None or actor_country == event_country:
        return "State forces"
    if event_country in _table().abroad_ok.get(actor_country, frozenset()):
        return "State forces"
    return "External/Other forces"


def _contained(key: str, country: str | None) -> _Named | None:
    padded = f" {key} "
    for k, named, c in _table().contained:
        if (c is None or c == country) and f" {k} " in padded:
            return named
    return None


def _split_country(key: str) -> tuple[str | None, str]:
    """A country name/demonym at the start or end of the key -> (ACLED country, rest)."""
    whole = geo.country_name(key)
    if whole:
        return whole, ""
    words = key.split()
    for n in (5, 4, 3, 2, 1):  # "democratic republic of congo" before "republic of congo"
        if len(words) > n:
            c = geo.country_name(" ".join(words[:n]))
            if c:
                return c, " ".join(words[n:])
            c = geo.country_name(" ".join(words[-n:]))
            if c:
                return c, " ".join(words[:-n])
    return None, key


def _generic(key: str) -> tuple[str, _Generic] | None:
    t = _table()
    words = _stem_key(key).split()
    spans = ((i, n) for i in range(len(words)) for n in range(min(t.max_head_words, len(words) - i), 0, -1))
    found = [hit for i, n in spans if (hit := t.heads.get(" ".join(words[i : i + n])))]
    # "Muslim insurgents" are insurgents: a people's name before an armed noun says who they are
    armed = [hit for hit in found[1:] if hit[1].type != "Civilians"]
    return (armed[0] if found[0][1].type == "Civilians" and armed else found[0]) if found else None


def _actor(name: str, type_: ActorType, mention: str) -> Actor:
    return Actor(name=name, type=type_, aliases=[mention])


def _clean_title(mention: str) -> str:
    s = re.sub(r"\s+", " ", fold(mention)).strip(" ,;.:'\"")
    s = re.sub(r"^(?:(?:the|les?|la|des)\s+|l')", "", s, flags=re.IGNORECASE) or s
    if s.islower():
        s = " ".join(w[:1].upper() + w[1:] for w in s.split())
    return s or mention.strip()


def canonical_actor(
    mention: str,
    *,
    country: str | None = None,
    fallback_type: ActorType | None = None,
) -> Actor:
    """The canonical ACLED-style actor for a mention ("the Malian army" -> Military Forces of Mali).

    ``country`` is the event country (any spelling :func:`geo.country_name` knows); it scopes
    ambiguous aliases and fills generic names ("soldiers" -> "Military Forces of Mali"). A
    demonym in the mention wins over it ("Malian soldiers" in a Niger story is still Mali's).
    Unknown mentions keep their cleaned, title-cased text, typed ``fallback_type`` or "Rebel
    group". ``aliases`` is ``[mention]``.
    """
    t = _table()
    event_country = geo.country_name(country) if country else None
    key = actor_key(mention)
    if not key:
        return _actor(_clean_title(mention) or "Unidentified Armed Group", fallback_type or "Rebel group", mention)

    if actor_words.FOREIGN_TROOPS.match(mention.strip()):
        # "foreign troops": not the country's own army, and no one named
        return _actor("Unidentified Military Forces", "External/Other forces", mention)
    # 1-2: named actors (scoped to the event country, then global; whole mention, then contained)
    for k in (key, _stem_key(key), _TROOP_WORDS.sub("troops", key)):
        scoped = t.scoped.get(event_country or "", {}).get(k) or t.global_aliases.get(k)
        if scoped:
            return _actor(scoped.name, scoped.type, mention)

    # "the African Union force in Somalia": the force is named before where it serves
    serves = actor_words.SERVING_IN.match(mention.strip())
    where = geo.country_name(serves.group("where")) if serves else None
    if serves and where:
        serving = canonical_actor(serves.group("head"), country=where)
        if is_named(serving) and serving.type != "Civilians":
            return _actor(serving.name, serving.type, mention)

    # "IS fighters", "EI combatants": a group's acronym before a word for its members is
    # the group, before any country the letters also spell (IS is Iceland's code)
    undotted = re.sub(r"\b(?:[A-Z]\.){2,}", lambda m: m.group(0).replace(".", ""), mention)  # "U.N." is "UN"
    acronym = re.match(r"^\s*(?:the\s+|les?\s+|l['’])?(?P<abbr>[A-Z]{2,6})\s+(?P<rest>\S.*)$", undotted)
    if acronym and _generic(actor_key(acronym.group("rest"))):
        k = actor_key(acronym.group("abbr"))
        hit = t.scoped.get(event_country or "", {}).get(k) or t.global_aliases.get(k)
        if hit:
            return _actor(hit.name, hit.type, mention)

    # a description, then the group's own name ("Pakistani-based rebel group Al-Mansoorain"):
    # the name is the actor, read again on its own
    described = _DESCRIBED.match(mention.strip())
    if described and described.group("name") != mention.strip():
        return canonical_actor(described.group("name"), country=country, fallback_type=fallback_type)
    # 3: a country or demonym in the mention
    actor_country, rest = _split_country(key)
    if actor_country and rest:
        hit = t.scoped.get(actor_country, {}).get(rest) or t.scoped.get(actor_country, {}).get(_stem_key(rest))
        if hit:
            return _actor(hit.name, hit.type, mention)
    # "an anti-Taliban offensive", "counter-ISIS forces": the group named is the one opposed
    opposed = re.sub(
        r"\b(?:anti|counter)\s+\S+", lambda m: m.group(0) if m.group(0) in t.global_aliases else " ", key
    )  # unless "anti X" is a group's own name (Anti-Balaka)
    named = _contained(opposed, event_country) or (
        _contained(opposed, actor_country) if actor_country and actor_country != event_country else None
    )
    if named:
        return _actor(named.name, named.type, mention)

    # "rebels of the ADF", "les rebelles du M23": the name after the head
    tail = name_after_head(mention, lambda w: _stem_key(actor_key(w)) in t.heads)
    if tail and (hit := _known(tail, event_country)):
        return _actor(hit.name, hit.type, mention)
    # 4: generic heads
    if actor_country and rest:
        g = _generic(rest)
        if g and not (g[0] in NAMEABLE_KINDS and _proper_modifier(mention)):  # not "Rwandan Hutu rebels"
            return _from_generic(g, actor_country, event_country, mention)
    if actor_country and not rest:
        # a bare country or demonym: "Russia", "Russian", "Americans"
        if event_country and actor_country == event_country:
            if place_key(key) == place_key(actor_country):
                gov = t.heads[_stem_key("government")]
                return _actor(_state_name("government", gov[1], actor_country), "State forces", mention)
            return _actor("Civilians", "Civilians", mention)
        mil = t.heads[_stem_key("military")]
        return _actor(
            _state_name("military", mil[1], actor_country), _state_type(actor_country, event_country), mention
        )
    g = _generic(key)
    name = _proper_modifier(mention) if g and g[0] in NAMEABLE_KINDS else None
    if name:  # "FDLR rebels", "Kurdish YPG fighters": the name (a people's word before it aside)
        for tail in (" ".join(name.split()[k:]) for k in range(len(name.split()))):
            if (hit := _known(tail, event_country)) and (tail == name or _generic(actor_key(tail)) is None):
                return _actor(hit.name, hit.type, mention)
    elif g:
        militia = MILITIA_KINDS.get(g[0])
        who = _proper_modifier(mention) if militia else None
        if militia and who and event_country:
            # "Murule clan", "Murle tribesmen": ACLED's "<group> Clan Militia (<country>)"
            return _actor(f"{who} {militia} Militia ({event_country})", "Identity militia", mention)
        return _from_generic(g, event_country, event_country, mention)

    # 5: an ethnic group's fighters ("ethnic Murle rebels", "Lou Nuer tribesmen"): ACLED's
    # "<group> Ethnic Militia (<country>)"
    ethnic = ETHNIC.match(mention.strip())
    if ethnic and event_country:
        who = ethnic.group("who") or ethnic.group("who2")
        return _actor(f"{who} Ethnic Militia ({event_country})", "Identity militia", mention)
    # 6: a unit of a country's forces the table does not know ("Somalia's 12th sector",
    # "Nigeria's 7th Division"), typed as state forces: that country's military or police
    if fallback_type == "State forces" and actor_country and rest:
        kind = "police" if re.search(r"\b(?:police|gendarm)", rest) else "military"
        head = t.heads[_stem_key(kind)]
        return _actor(_state_name(kind, head[1], actor_country), _state_type(actor_country, event_country), mention)
    near = respelt_key(key, _alias_keys()) if any(c.isupper() for c in mention) else None
    home = re.search(r"\(([^)]+)\)$", t.global_aliases[near].name) if near else None
    if near and (home is None or home.group(1) == event_country):  # not Mozambique's "Ansar al-Sunna" in Iraq
        return _actor(t.global_aliases[near].name, t.global_aliases[near].type, mention)  # "Lakshar-e-Taiba"
    # 7: unknown (or a named force the table does not know: "Seleka rebels", "Karenni Army")
    return _actor(_clean_title(mention), fallback_type or "Rebel group", mention)


def _known(name: str, country: str | None) -> _Named | None:
    """The table's actor for a name read out of a longer mention, scoped first."""
    t, k = _table(), actor_key(name)
    return next(
        (n for kk in (k, _stem_key(k)) if (n := t.scoped.get(country or "", {}).get(kk) or t.global_aliases.get(kk))),
        None,
    )


@functools.lru_cache(maxsize=1)
def _alias_keys() -> frozenset[str]:
    return frozenset(_table().global_aliases)


#: "Pakistani-based rebel group Al-Mansoorain", "a little-known militant outfit called Jundallah"
_DESCRIBED = re.compile(
    r"^(?:(?:the|an?)\s+)?(?:[\w'’-]+\s+){0,4}?(?-i:group|organi[sz]ation|outfit|faction|militia|network)\s+"
    r"(?:(?-i:called|known as|named)\s+)?(?:the\s+)?(?P<name>(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+){0,4})$"
)


def _proper_modifier(mention: str) -> str | None:
    """Whether a capitalised word the table does not know comes before the mention's first
    generic head: the group's own name, which must not become "Unidentified Armed Group" or
    "Military Forces of X" ("Seleka rebels", "Karenni Army", "Chinland Defense Force").

    Countries and demonyms and descriptive words ("Suspected", "Islamist", "National") are
    not names.
    """
    words = re.findall(r"[\w'’.-]+", fold(mention))
    heads = _table().heads
    heads_named = _table().global_aliases
    before: list[str] = []
    for i, w in enumerate(words):
        if any(_stem_key(actor_key(" ".join(words[i : i + n]))) in heads for n in (1, 2, 3)):
            break
        before.append(w)
    else:
        return None  # no head at all
    before = [re.sub(r"['’]s$", "", w) for w in before]  # "Mali's army"
    in_country: set[int] = set()  # words of a country name ("United States", "South Sudan")
    for i in range(len(before)):
        for n in (5, 4, 3, 2, 1):
            if i + n <= len(before) and geo.country_name(" ".join(before[i : i + n])):
                in_country.update(range(i, i + n))
                break
    names = []
    for i, w in enumerate(before):
        if re.match(r"(?:anti|counter)-", w, flags=re.IGNORECASE) and actor_key(w) not in heads_named:
            continue  # "Anti-Houthi forces" are the Houthis' foes, not them
        bare = re.sub(r"^(?:ex|former|pro)-", "", w, flags=re.IGNORECASE)  # "ex-Seleka"
        if bare[:1].isupper() and bare.lower().strip(".") not in DESCRIPTIVE and i not in in_country:
            names.append(bare)
    return " ".join(names) or None


def _from_generic(g: tuple[str, _Generic], actor_country: str | None, event_country: str | None, mention: str) -> Actor:
    kind, gen = g
    if kind in ("military", "police", "government") and FORMER.search(actor_key(mention) + " "):
        if kind == "military" and ORGANISED.search(actor_key(mention)) and (actor_country or event_country):
            # "former Haitian forces" that seize a police station: an armed movement of
            # former soldiers (ACLED's "Former Military Forces of Haiti"), not civilians
            return _actor(f"Former {_state_name(kind, gen, actor_country or event_country)}", "Rebel group", mention)
        return _actor("Civilians", "Civilians", mention)
    if gen.name:  # Unidentified Armed Group, Civilians: no country in the name
        return _actor(gen.name, gen.type, mention)
    if gen.type == "State forces":
        return _actor(_state_name(kind, gen, actor_country), _state_type(actor_country, event_country), mention)
    return _actor(_state_name(kind, gen, actor_country), gen.type, mention)


def is_alias(mention: str, country: str | None = None) -> bool:
    """Whether the mention, whole, is a name the alias table lists (no word of it read
    on its own): "Groupe de soutien à l'Islam et aux musulmans", not "Kurdish rebels near
    Syria's northern border with Turkey"."""
    t = _table()
    key = actor_key(mention)
    event_country = geo.country_name(country) if country else None
    return bool(key) and bool(t.scoped.get(event_country or "", {}).get(key) or t.global_aliases.get(key))


def is_named(actor: Actor) -> bool:
    """Whether a resolved actor is a named group of the alias table (JNIM, Houthis, Wagner),
    as opposed to a generic side ("Military Forces of X", "Unidentified Armed Group") or a
    raw mention the table does not know."""
    t = _table()
    names = {n.name for n in t.global_aliases.values()} | {n.name for s in t.scoped.values() for n in s.values()}
    return actor.name in names and actor.name not in {"Unidentified Armed Group", "Civilians"}


def is_raw(actor: Actor, mention: str) -> bool:
    """Whether ``canonical_actor`` fell back to the cleaned mention itself (step 5)."""
    return actor.name == _clean_title(mention)
