"""Places an article names for another reason than the event happening there.

"Bodies of soldiers are being flown back to the capital Bangui after clashes with rebels
along the border with Chad": Bangui is where the dead were taken, and Chad the country
across the border; a journalist "with Le Citoyen newspaper in Bangui" works there. The
location check (``checks.event_location``) sets none of them as the event's place.
"""

from __future__ import annotations

import re

__all__ = ["FOR_AN_OUTLET", "a_reporters_base", "border_with", "only_a_destination", "only_a_source_base"]


def border_with(sentence: str, country: str) -> bool:
    """Whether the sentence names ``country`` only as the one across a border ("along the border with Chad")."""
    name = re.escape(country)
    return bool(
        re.search(
            rf"\b(?:border|frontier|fronti[èe]re)\s+(?:with|avec)\s+(?:the\s+|le\s+|la\s+)?{name}\b", sentence, re.I
        )
    )


#: a place the dead or the wounded were taken to
_TAKEN_TO = re.compile(
    r"\b(?:flown|taken|transported|evacuated|brought|rushed|airlifted|carried|driven|transferred|transf[ée]r[ée]e?s?"
    r"|[ée]vacu[ée]e?s?|achemin[ée]e?s?|ramen[ée]e?s?|gone|sent|referred"
    # where people were told to go: "the militiamen refused to report to the southern capital of Juba"
    r"|report|return|relocate|summoned|ordered)\s+(?:back\s+)?(?:to|vers|à|a|jusqu['’]à)\s+"
    r"(?:(?:the|a|la|le|l['’])\s*(?:[\w-]+\s+)?(?:capital|city|town|hospital|capitale|ville|hôpital)"
    r"(?:\s+(?:in|of|de|d['’]))?\s*,?\s*)?$",
    re.I,
)


#: the outlet a reporter files for, between "reports" and "from": "reports for VOA from Abuja"
FOR_AN_OUTLET = r"(?:\s+for\s+(?-i:VOA|[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){0,3}))?"

#: where a reporter files from: "For VOA, Noel King has this report from Khartoum",
#: "reporting from Kabul"; "reports from the town say" is a source on the event, not a
#: reporter's base
_REPORTED_FROM = re.compile(
    r"(?:\b(?:this|the following|a|his|her)\s+report\s+from|\breporting\s+from"
    r"|\bhas\s+(?:more|details|the\s+story)\s+from"
    rf"|\b[A-Z][a-z]+\s+(?-i:reports){FOR_AN_OUTLET}\s+from"
    # "As we hear from VOA's Peter Heinlein in Moscow", "correspondent Anjana Pasricha in New Delhi"
    r"|\b(?:VOA['’]s|V-O-A['’]s|correspondent|reporter)\s+(?:(?:correspondent|reporter)\s+)?"
    r"(?-i:[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})\s+in"
    # "Speaking by telephone from Kolda, ... Mr. Diallo said": where a source speaks from
    r"|\b(?:speaking|calling|talking)\s+(?:to\s+[\w-]+\s+)?(?:(?:by|over)\s+(?:tele)?phone\s+|on\s+the\s+(?:tele)?phone\s+)?from"
    r"|\btold\s+[\w-]+\s+(?:by\s+(?:tele)?phone\s+)?from"
    # "a campaign against the central government in Dakar": the seat of power, not a scene
    r"|\b(?:central|federal|national)\s+government\s+in)"
    r"\s+(?:the\s+)?$",
    re.I,
)


#: "From Khartoum, Noel King reports ...": the reporter's base opens the sentence
_FROM = re.compile(r"(?:^|[.!?]\s+|\n)(?:From|De)\s+$")
_REPORTER_AFTER = re.compile(
    r",\s+(?:VOA['’]s\s+)?(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?:reports|has|files)\b"
)


#: where a source works: "a journalist with Le Citoyen newspaper in Bangui"
_SOURCE_BASE = re.compile(
    r"\b(?:newspaper|daily|journalist|reporter|correspondent|radio(?: station)?|journal|quotidien|journaliste"
    r"|correspondant|based|basée?)\s+(?:in|at|à|a)\s+$",
    re.I,
)


def a_reporters_base(before: str) -> bool:
    """Whether the words before a place make it where the outlet's reporter files from
    ("this report from", "VOA's Peter Heinlein in"), where a source speaks from ("speaking by
    telephone from Kolda") or a seat of power ("the central government in Dakar"), never
    where anything happened."""
    return _REPORTED_FROM.search(before) is not None


def only_a_destination(place: str, text: str) -> bool:
    """Whether the place is named only as where people were taken ("flown back to the
    capital Bangui"), where a reporter files from ("Noel King has this report from
    Khartoum") or where a source works ("a journalist ... in Bangui"), never as where
    anything happened; and at least once as a destination or a reporter's base."""
    spots = [
        text[max(0, m.start() - 60) : m.start()] for m in re.finditer(rf"(?<![\w-]){re.escape(place)}(?![\w-])", text)
    ]
    after = [text[m.end() : m.end() + 80] for m in re.finditer(rf"(?<![\w-]){re.escape(place)}(?![\w-])", text)]
    taken = [
        bool(_TAKEN_TO.search(b) or _REPORTED_FROM.search(b) or (_FROM.search(b) and _REPORTER_AFTER.match(a)))
        for b, a in zip(spots, after, strict=True)
    ]
    return any(taken) and all(
        t or _SOURCE_BASE.search(b) or _SEAT_BEFORE.search(b) or _SEAT_AFTER.match(a)
        for t, b, a in zip(taken, spots, after, strict=True)
    )


def only_a_source_base(place: str, sentence: str) -> bool:
    """Whether a figure's sentence names the place only as where its source works ("A
    freelance broadcast journalist based in Mogadishu ... tells VOA that government troops
    had killed 200 Islamist fighters"): the figure is not counted there. Read per
    sentence: in the whole article, a local journalist's town is often the event's."""
    spots = [
        sentence[max(0, m.start() - 60) : m.start()]
        for m in re.finditer(rf"(?<![\w-]){re.escape(place)}(?![\w-])", sentence)
    ]
    return bool(spots) and all(_SOURCE_BASE.search(b) or _REPORTED_FROM.search(b) for b in spots)


#: a capital that stands for its government ("Meanwhile, New Delhi is trying to establish a
#: dialogue", "efforts by New Delhi to open talks"): no place of the story's events
_SEAT_AFTER = re.compile(
    r"\s+(?:(?:is|was|has been|had been)\s+(?:trying|seeking|pressing|pushing|urging|preparing\s+to\s+talk)"
    r"|(?:has\s+|had\s+)?(?:says?|said|accuse[sd]?|insist(?:s|ed)|refuse[sd]?|den(?:y|ies|ied)|reject(?:s|ed)"
    r"|blame[sd]?|urge[sd]?|want(?:s|ed)|offer(?:s|ed)|warn(?:s|ed)|vow(?:s|ed)))\b"
)
_SEAT_BEFORE = re.compile(
    r"\b(?:efforts?|attempts?|pressure|offers?|moves?|calls?|demands?)\s+(?:by|from)\s+$|\btalks\s+with\s+$", re.I
)
