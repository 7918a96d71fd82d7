"""The group's name told after the word for its members: "rebels of the ADF", "les
rebelles du M23", "rebelles ADF", "fighters from Hizbul Mujahideen".

Why apart: the alias table reads a name before the generic head ("ADF rebels"); French
puts it after, and English does so with "of"/"from". The tail is only a candidate: the
caller accepts it when the alias table knows it, so "rebels of the north" stays generic.
"""

from __future__ import annotations

import re
from collections.abc import Callable

#: the words between the head and the name ("of the", "du", "de l'")
_LINK = re.compile(
    r"^(?:(?:of|from|belonging to|loyal to|linked to|de|du|des|d['’])\s+|de\s+l['’]\s*|de\s+la\s+)?(?:the\s+|l['’]\s*|la\s+|le\s+)?",
    re.I,
)


def name_after_head(mention: str, is_head: Callable[[str], bool]) -> str | None:
    """The words after the mention's first generic head, when they start with a capital:
    the group's own name as a candidate for the alias table."""
    words = mention.split()
    for i in range(len(words)):
        for n in (3, 2, 1):
            if i + n <= len(words) and is_head(" ".join(words[i : i + n])):
                tail = _LINK.sub("", " ".join(words[i + n :]), count=1).strip(" ,.;:()")
                return tail if tail[:1].isupper() else None
    return None


__all__ = ["name_after_head"]
