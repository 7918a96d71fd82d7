"""Whether an agreement the evidence tells was made, or only pledged, drafted or stalled.

ACLED codes an Agreement when one is signed or comes into force. Talks that stall or fail,
a draft the sides are still apart on, a side that says it will sign: none is an event, and
the model, reading "agreed on eight of 11 issues in a draft peace agreement", codes one.
"""

from __future__ import annotations

import re

#: an agreement not made yet: "agreed to sign a cessation of hostilities", "has
#: conditionally agreed to a U.N. peace plan", "s'engagent à signer"
_PLEDGE = re.compile(
    r"\b(?:agree[ds]?|pledged?|promised?|expected|ready|prepared|willing|due|plan(?:s|ned|ning)?|intend(?:s|ed)?"
    r"|vow(?:s|ed)?|will|would|could|may|might) to sign\b|\b(?:will|would|could|may|might) sign\b|\bconditionally\b"
    r"|\binch(?:es|ed|ing)? closer\b|\b(?:s['’]engag\w*|pr[êe]ts?|devrai\w*|doiv\w*|doit) (?:[àa] )?signer\b"
    # talks under way: "progress has been made toward a formal cease-fire"
    r"|\btowards? an? (?:formal |lasting |permanent |possible |final )?(?:cease-?fire|agreement|deal|truce|accord|peace)\b"
    r"|\bvers un (?:accord|cessez-le-feu)\b"
    # talks that stalled or failed, a deal not reached, a draft: "peace talks ... have stalled"
    r"|\b(?:talks|negotiations|pourparlers|n[ée]gociations)\b[^.]{0,60}?\b(?:stall(?:s|ed)?|broke down|break down"
    r"|collaps\w*|deadlock\w*|at an impasse|bogged down|pi[ée]tin\w*|(?:ont|a) [ée]chou[ée]\w*)\b"
    r"|\b(?:could not|couldn't|cannot|can't|failed to|did not|didn't|unable to) (?:reach|agree on|sign|conclude|strike|seal)\b"
    r"|\bdraft (?:peace )?(?:agreement|deal|accord|treaty)\b|\bprojet d['’]accord\b",
    re.I,
)
#: and one made: signed, reached, in force
_MADE = re.compile(
    r"\b(?:signed|reached|concluded|struck|sealed|took effect|came into (?:force|effect)|went into effect"
    r"|sign[ée]e?s?|conclu|sont parvenus|entr[ée]e? en vigueur)\b",
    re.I,
)


def only_a_pledge(evidence: str) -> bool:
    """An agreement the evidence tells only as pledged or conditional, not made: ACLED codes
    an agreement when it is signed or comes into force, not when a side says it will sign."""
    return bool(_PLEDGE.search(evidence)) and not _MADE.search(evidence)
