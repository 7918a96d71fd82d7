"""Whether a claimant the model gives is a source, or the dead of a figure nearby; and the
lead's source for the parts of its toll the next paragraphs tell.

The small model reads "3 Afghan Police Killed in Suicide Attack" over "has killed three
police officers" and gives "Afghan Police" as the lead's source: the headline's victims,
not anyone who counted. Such a toll is the outlet's own.
"""

from __future__ import annotations

import re

from .article import Article
from .attribution import SAME_SOURCE, attribution
from .deaths import DeathFigure
from .folding import fold


def the_outlets_reporter(mention: str, art: Article) -> bool:
    """Whether ``mention`` is the outlet's own reporter ("Ron Corben reports from our
    Southeast Asia bureau", "Correspondent Scott Stearns"): the one who tells the story,
    not a source of its figures, whose toll is then the outlet's."""
    if re.fullmatch(r"(?:(?:our|notre|le|the)\s+)?correspond[ae]nts?", mention.strip(), re.I):
        return True  # "notre correspondant dans la région": the outlet's own, whoever it is
    name = re.escape(mention.strip())
    if len(mention.split()) < 2:
        return False
    return (
        re.search(
            rf"(?<![\w-]){name}\s+(?:reports|has (?:the story|details|more|this report))\b"
            rf"|\b(?:correspondent|reporter|V-?O-?A['’]s)\s+{name}(?![\w-])",
            art.text,
            re.I,
        )
        is not None
    )


def names_the_dead_nearby(figure: DeathFigure, mention: str, art: Article) -> bool:
    """Whether ``mention`` is the dead of another figure in the sentences around ("3 Afghan
    Police Killed in Suicide Attack" over "has killed three police officers"): the model
    took the headline's victims for the lead's source."""
    if _SOURCE_WORDS.search(mention):
        return False
    words = fold(mention).lower().split()
    return bool(words) and any(
        f is not figure
        and abs(f.sentence - figure.sentence) <= 1
        and fold(art.text[f.end : f.end + 80]).lower().split()[: len(words)] == words
        for f in art.death_figures
    )


#: a mention that names a source by its office, not its members ("Afghan police spokesman")
_SOURCE_WORDS = re.compile(r"\b(?:spokes\w*|official|officials|ministry|statement|chief|commander|said)\b", re.I)


_QUOTED = re.compile(r"[\"“”«»]")


_CLAIMED_THE_ATTACK = re.compile(
    r"\bclaim(?:ed|s)?\s+(?:responsibility\s+for\s+|credit\s+for\s+)?(?:an?|the|two|three|both)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:attacks?|bombings?|blasts?|ambush(?:es)?|raids?|killings?|assaults?)\b",
    re.I,
)


def lead_source(figure: DeathFigure, art: Article) -> str | None:
    """The source the lead gives the story's toll, for a part of it the next paragraphs tell
    with no source of their own ("Afghan officials say roadside bombs ... killing at least
    15 people. In the deadliest attack, nine family members were killed Sunday ..."): the
    lead's source goes on until another is named."""
    if not 2 <= figure.sentence <= 4 or figure.scope != "event":
        return None
    lead = art.sentence_text(1)
    source = attribution(lead)
    if source is None or SAME_SOURCE.match(source) or _CLAIMED_THE_ATTACK.search(lead):
        return None  # "The militant group claimed a bomb attack ... that killed nine": the deed's, not the toll's
    if not any(f.sentence == 1 and f.claimant == source for f in art.death_figures):
        return None
    between = (art.sentence_text(i) for i in range(2, figure.sentence + 1))
    if any(attribution(t) or _QUOTED.search(t) for t in between):
        return None
    return source
