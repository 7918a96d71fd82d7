"""A group the article names only for an attack of another year did not do this one.

Why: "Tashkent has been subject to tight security since February 1999, when a series of
bombings killed 16 ... Officials blamed those explosions on the Islamic Movement of
Uzbekistan": the model made the IMU the bomber of the 2004 market blast, which the story
blames on "terrorists" no one names. A record's named doer that every sentence of the
article naming it sets in an earlier year (or in the sentence right after one, about
"those" attacks) was read from the background, so the doer is unidentified, flagged.
"""

from __future__ import annotations

import re

from .article import Article
from .schema import Actor, Event
from .written_names import table_names

__all__ = ["groups_of_other_years_off"]

_GROUPS = ("Rebel group", "Political militia", "Identity militia")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_THOSE = re.compile(
    r"\b(?:those|these|that|the earlier|the previous)\s+(?:\w+\s+)?(?:attacks?|bombings?|blasts?|explosions?|killings?|raids?)\b",
    re.I,
)
#: a clause about the group, not the deed: "attributed the attack to the Allied Democratic
#: Forces militia, which pledged loyalty to the Islamic State group in 2019"
_ABOUT_THE_GROUP = re.compile(r",\s+(?:which|who|whose)\b[^,;]*", re.I)
#: a year something has gone on since is no deed of that year: "Tamil Tiger rebels have been
#: fighting for an independent homeland ... since 1983" (but "since February 1999, when a
#: series of bombings killed 16" dates a deed)
_SINCE_YEAR = re.compile(
    r"\b(?:since|depuis)\s+(?:(?:early|late|mid-?|the end of)\s*)?(?:[A-Z]\w+\s+)?(?:19|20)\d\d\b(?!,?\s+(?:when|lorsque|quand)\b)",
    re.I,
)


def _names(actor: Actor) -> list[str]:
    """Every way a reader could find the group in the text: its names, the table's too."""
    short = actor.name.split(":")[0].strip()
    known = {actor.name, short, *actor.aliases, *table_names(actor.name)}
    return [n for n in known if len(n) >= 3 and n[:1].isupper()]


def _of_another_year(art: Article, index: int) -> bool:
    published = art.meta.published
    if published is None:
        return False

    def past(sentence: str) -> bool:
        years = [int(y) for y in _YEAR.findall(_SINCE_YEAR.sub("", _ABOUT_THE_GROUP.sub("", sentence)))]
        return bool(years) and all(y < published.year for y in years)

    sentence = art.sentence_text(index)
    return past(sentence) or (index > 0 and bool(_THOSE.search(sentence)) and past(art.sentence_text(index - 1)))


def groups_of_other_years_off(art: Article, events: list[Event]) -> None:
    """Unname a record's doer the article names only for an attack of another year (in place)."""
    for ev in events:
        actor = ev.actor1
        if actor is None or actor.type not in _GROUPS or actor.name.startswith("Unidentified"):
            continue
        names = _names(actor)
        told = [
            i
            for i in range(len(art.sentences))
            if any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", art.sentence_text(i)) for n in names)
        ]
        if told and all(_of_another_year(art, i) for i in told):
            ev.actor1 = Actor(name="Unidentified Armed Group", type="Rebel group", aliases=[])
            ev.flags.append(f"actor1_named_only_for_another_year:{actor.name}")
