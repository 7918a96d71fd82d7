"""A toll told of the fight the sentence before told, not of a fight of its own.

Why: "On Wednesday, troops pounded hideouts in North Waziristan. About 40 militants were
killed in the fighting."; "Le FPRC et l'UPC s'affrontent ... à Bria et Karaga. Selon HRW,
ces violences ont provoqué la mort de 14 civils": the second sentence names no place, so
its figure belongs where the first one puts the fight. ``claimscope`` (a figure placed just
before), ``found_in_text`` and the rival-count adders read these words.
"""

from __future__ import annotations

import re

__all__ = ["IN_THAT_FIGHT", "THE_TOLL_AGAIN"]

#: a toll told of the fight the sentence before tells ("About 40 militants were killed in the fighting")
IN_THAT_FIGHT = re.compile(
    r"\b(?:in|during)\s+the\s+(?:fighting|clash(?:es)?|battle|assault|raid|attack|strikes?|shelling)\b"
    r"|\b(?:dans|lors de|pendant)\s+(?:les\s+|l['’]|la\s+)(?:combats|affrontements|attaque)\b"
    r"|\b(?:ces|cette)\s+(?:violences?|combats|affrontements)\b|\b(?:these|this|that)\s+(?:clashes|fighting|violence)\b",
    re.I,
)


#: a toll told of what the sentence before told: "Afghanistan's Defense Ministry put the
#: death toll at around 60", after NATO's 150 killed in a Paktika battle
THE_TOLL_AGAIN = re.compile(
    r"\b(?:put|puts|placed|places|gave|gives|estimated|estimates)\s+the\s+(?:death\s+)?toll\b"
    r"|\bthe\s+(?:death\s+)?toll\s+(?:at|was|stood|is)\b",
    re.I,
)
