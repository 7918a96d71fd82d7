"""The article as the checks see it: text, sentences, what the user told us, and what
code found in it once (death figures, acronyms) so that every check reads the same facts."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from .deaths import DeathFigure, OtherFigure, find_figures
from .schema import ArticleMeta


@dataclass
class Article:
    text: str
    sentences: list[tuple[int, int]]
    meta: ArticleMeta
    country_hint: str | None = None
    warnings: list[str] = field(default_factory=list)

    def sentence(self, number: int) -> tuple[int, int] | None:
        """Sentence by the 1-based number shown to the model."""
        if 1 <= number <= len(self.sentences):
            return self.sentences[number - 1]
        return None

    def sentence_text(self, index: int) -> str:
        """Sentence by 0-based index."""
        s, e = self.sentences[index]
        return self.text[s:e]

    def sentence_of(self, quote: str) -> int | None:
        """The 0-based index of the sentence a quote starts in (its first 80 characters
        found in the text), or None: claims and evidence carry quotes, checks need places."""
        at = self.text.find(quote[:80]) if quote else -1
        return self.sentence_at(at) if at >= 0 else None

    def sentence_at(self, offset: int | None) -> int | None:
        """The 0-based index of the sentence holding text offset ``offset`` (a span's start), or None."""
        if offset is None:
            return None
        return next((i for i, (s, e) in enumerate(self.sentences) if s <= offset < e), None)

    @cached_property
    def _figures(self) -> tuple[list[DeathFigure], list[OtherFigure]]:
        from .loser_dead import losers_dead
        from .named_dead import named_dead
        from .quote_speaker import with_quote_speakers

        deaths, others = find_figures(self.text, self.sentences, self.meta.published)
        named = named_dead(self.text, self.sentences, deaths, self.meta.published)
        deaths = losers_dead(deaths, self.text, self.sentences, self.country_hint)  # "SPLA forces lost four fighters"
        deaths = with_quote_speakers(
            deaths, self.text, self.sentences
        )  # "“Over 56 rebels were killed. ...,” Koang said."
        return sorted([*deaths, *named], key=lambda f: (f.sentence, f.start)), others

    @property
    def death_figures(self) -> list[DeathFigure]:
        """Every figure the code reads as a count of the dead (see ``deaths.py``)."""
        return self._figures[0]

    @property
    def other_figures(self) -> list[OtherFigure]:
        """Numbers next to killings that count something else (wounded, freed, displaced)."""
        return self._figures[1]

    @cached_property
    def acronyms(self) -> dict[str, str]:
        """Short names the article itself spells out ("the Popular Defence Forces (PDF)")."""
        from .acronyms import find_acronyms

        return find_acronyms(self.text)
