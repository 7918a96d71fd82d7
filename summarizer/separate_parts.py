"""An event's evidence that runs over "Separately, ..." is two happenings: one is kept.

Why: "The Taliban seized a district in southern Afghanistan Friday ..." and "Separately, an
overnight roadside bombing ... in Kabul, killed a young female television anchor": the model
cited both for one bombing, which then took the Taliban as its bomber and Friday as its
day, where the article says no one claimed it and it went off overnight. A sentence that
opens by saying another happening follows ("Separately", "Elsewhere", "In another attack")
starts a part of its own; the part that holds the model's death figures is the event's
(with none, the first part), and the other sentences are left for the events found in the
text.
"""

from __future__ import annotations

from .article import Article
from .draft import DraftEvent
from .separate import opens_as_separate

__all__ = ["FLAG", "one_happening"]

FLAG = "evidence_split_at_separate"


def one_happening(cited: list[int], draft: DraftEvent, art: Article) -> tuple[list[int], list[str]]:
    """(1-based sentences, flags): the cited sentences of one happening."""
    body = sorted(n for n in cited if n > 1)
    starts = [n for n in body[1:] if opens_as_separate(art.sentence_text(n - 1))]
    if not starts:
        return cited, []
    bounds = [body[0], *starts, max(len(art.sentences), body[-1]) + 1]
    parts = [[n for n in body if a <= n < b] for a, b in zip(bounds, bounds[1:], strict=False)]
    claimed = [c.sentence for c in draft.claims if c.sentence > 1]
    counts = [sum(1 for s in claimed if a <= s < b) for a, b in zip(bounds, bounds[1:], strict=False)]
    best = max(range(len(parts)), key=lambda k: (counts[k], -k))
    kept = parts[best]
    if best == 0 and 1 in cited:
        kept = [1, *kept]  # the headline goes with the story's first happening
    return kept, [f"{FLAG}:{cited}->{kept}"]
