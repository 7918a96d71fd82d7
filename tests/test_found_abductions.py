"""Kidnappings told in one sentence become abduction events (found_abductions.py)."""

from __future__ import annotations

import datetime as dt

from summarizer.article import Article
from summarizer.found_abductions import FLAG, abduction_events
from summarizer.schema import Actor, ArticleMeta
from summarizer.text import sentence_spans

SHABAB = Actor(name="al-Shabab", type="Rebel group", aliases=[])


def _found(
    text: str, group: Actor | None = None, country: str = "Somalia"
) -> list[tuple[str | None, str | None, dt.date | None]]:
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2015, 5, 16)))
    return [
        (e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None, e.date.start)
        for e in abduction_events(art, [], country, group)
        if FLAG in e.flags
    ]


def test_militants_who_abducted_an_elder_are_the_storys_group() -> None:
    text = (
        "Somali Forces Retake Towns\n\n"
        "Somali officials say their forces have retaken two towns that al-Shabab briefly captured late Friday. "
        "Residents also told VOA Somali that the militants have abducted the leader of the local elders."
    )
    # Somalia's militants are al-Shabab by the alias table (the pipeline then writes the
    # article's own spelling, ``written_names``); where no one group fights, the story's
    # named group is theirs, and with none named they stay unidentified
    assert _found(text, SHABAB) == [("Al Shabaab", "Civilians", dt.date(2015, 5, 16))]
    assert _found(text, SHABAB, "Kenya") == [("al-Shabab", "Civilians", dt.date(2015, 5, 16))]
    assert _found(text, None, "Kenya") == [("Unidentified Armed Group", "Civilians", dt.date(2015, 5, 16))]


def test_a_fear_a_raids_own_captives_an_old_kidnapping_or_kidnapped_as_an_adjective_is_no_event() -> None:
    for sentence in (
        "Officials fear 16 missing soldiers may have been kidnapped by militants.",
        "The assailants also kidnapped more than 100 children and stole cattle.",
        "Pirates seized four foreign tourists in Puntland earlier this week.",
        "The number of kidnapped girls who escaped has risen to 50.",
    ):
        assert _found(f"Attack in Somalia\n\nGunmen attacked a village on Friday. {sentence}") == []
