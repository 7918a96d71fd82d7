"""Checks written after reading gold batch 64, each on sentences of the kinds it read: dead
counted beyond a toll ("three more civilians"), a figure someone denies, a blast told as an
earlier one."""

from __future__ import annotations

import datetime as dt

from summarizer.article import Article
from summarizer.capitals import capital_named
from summarizer.deaths import find_figures
from summarizer.draft import DraftClaim, DraftEvent
from summarizer.keywords import classify
from summarizer.records import build_event
from summarizer.rival_claims import FLAG, add_rival_claims
from summarizer.schema import ArticleMeta, Event
from summarizer.separate import opens_as_another, opens_as_separate
from summarizer.text import sentence_spans

HOTEL = (
    "Hotel Attack Kills 33\n\n"
    "Authorities say the death toll from Friday's attack on a hotel in the port city has climbed to 33. "
    "Hospital sources told reporters of the death of three more civilians caught in the cross fire."
)


def _article(text: str) -> Article:
    return Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2019, 7, 13)))


def _hotel_event(art: Article) -> Event:
    draft = DraftEvent(
        sentences=[1], sub_event_type="Attack", date="Friday", place="Kismayo", region="", country="Somalia",
        actor1="gunmen", actor1_type="Rebel group", actor2="civilians", actor2_type="Civilians",
        claims=[DraftClaim(figure="33", victims="civilians", claimant="Authorities", sentence=1)],
    )  # fmt: skip
    return build_event(draft, art)[0]


def test_dead_told_as_more_than_the_toll_are_no_rival_count_of_it() -> None:
    art = _article(HOTEL)
    event = _hotel_event(art)
    add_rival_claims(art, [event])
    assert [c.low for c in event.fatality_claims] == [33]
    assert event.fatalities_acled == 33
    # the same sentence without "more" is another source's count of the same dead
    art = _article(HOTEL.replace("three more civilians", "three civilians"))
    event = _hotel_event(art)
    add_rival_claims(art, [event])
    assert sorted(c.low or 0 for c in event.fatality_claims) == [3, 33]
    assert any(f.startswith(FLAG) for f in event.flags)


def test_a_figure_someone_denies_is_no_death_count() -> None:
    text = "Fighting raged. He denied official claims of government forces killing 40 insurgents in such an attack."
    deaths, others = find_figures(text, sentence_spans(text), dt.date(2016, 4, 17))
    assert [d.low for d in deaths] == []
    assert [o.why for o in others] == ["a figure denied"]
    text = "Officials said government forces killed 40 insurgents in such an attack."
    deaths, _ = find_figures(text, sentence_spans(text), dt.date(2016, 4, 17))
    assert [d.low for d in deaths] == [40]


def test_an_earlier_blast_is_another_bombing() -> None:
    sentence = "An earlier blast in Baghdad killed eight people near a bus station."
    assert opens_as_another(sentence)
    assert classify(sentence) == ("Explosions/Remote violence", "Remote explosive/landmine/IED")
    assert not opens_as_another("The blast in Baghdad killed eight people near a bus station.")


def test_another_district_struck_is_another_happening_in_the_capital() -> None:
    sentence = "Another Shi'ite district (Shuala) of the Iraqi capital was hit Wednesday by car bombings."
    assert opens_as_separate(sentence)
    assert capital_named(sentence, "Iraq") == "Baghdad"
    # a distance from the capital places nothing in it
    assert capital_named("Gunmen struck a village north of the Iraqi capital.", "Iraq") is None
