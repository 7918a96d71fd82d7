"""Tolls that several sources give for one killing, each read with its own source: the
sources' names read cleanly, a toll revised "from 16 to 46", a count told as the first
one and since overtaken, "people" and "civilians" of an attack on civilians as one group
of dead, a headline's toll of one episode's "violence", and the headline's victims not
taken for the lead's source.

Texts are written after VOA stories of the kind (a toll given by the government, a
witness and local officials, in English and in French).
"""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.article import Article
from summarizer.attribution import attribution
from summarizer.claimcheck import claimant_for, totals_of
from summarizer.deaths import find_figures
from summarizer.draft import DraftClaim, DraftEvent
from summarizer.fatalities import totals
from summarizer.figure_scope import is_cumulative
from summarizer.records import build_event
from summarizer.rival_claims import FLAG, add_rival_claims
from summarizer.schema import ArticleMeta, FatalityClaim, Span
from summarizer.summed_tolls import headline_total_over_attacks as _headline_total_over_attacks
from summarizer.text import sentence_spans


def _article(text: str) -> Article:
    return Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2019, 1, 4)))


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("But a witness told the radio dozens of dead bodies had been counted in the area.", "witness"),
        ("Local authorities initially said that between six and 16 people were killed.", "Local authorities"),
        ("And the U.S. military says gunmen killed two U.S. soldiers.", "U.S. military"),
        (
            "Ce bilan a été publié après la diffusion sur VOA Afrique des propos d’un témoin qui a affirmé "
            "avoir compté au moins 48 morts.",
            "témoin",
        ),
        ("Au moins 47 personnes ont été tuées, a indiqué une source gouvernementale à VOA Afrique.", None),
        ("Le gouvernement burkinabè a finalement revu de 16 à 46 le nombre de morts.", "gouvernement burkinabè"),
    ],
)
def test_a_source_is_named_without_the_words_around_it(sentence: str, source: str | None) -> None:
    who = attribution(sentence)
    if source is None:  # the outlet it spoke to is not part of the source
        assert who is not None and "VOA" not in who
    else:
        assert who == source


def test_the_dead_that_raised_a_toll_are_not_its_source() -> None:
    # "The three U.N. workers raised the death toll to 59": the workers died, they count nothing
    assert attribution("The three U.N. workers raised the death toll to 59.") is None


def _figures(text: str) -> list[tuple[int | None, int | None, str | None]]:
    found, _ = find_figures(text, sentence_spans(text))
    return [(f.low, f.high, f.claimant) for f in found]


def test_a_toll_revised_from_one_figure_to_another_is_two_figures() -> None:
    french = "Le gouvernement burkinabè a finalement revu de 16 à 46 le nombre de morts dans des affrontements."
    assert _figures(french) == [(16, 16, "gouvernement burkinabè"), (46, 46, "gouvernement burkinabè")]
    english = "The ministry raised the toll from 16 to 46 dead on Friday."
    assert [(low, high) for low, high, _ in _figures(english)] == [(16, 16), (46, 46)]
    # a range of one count stays one figure
    assert [(low, high) for low, high, _ in _figures("Officials said between six and 16 people were killed.")] == [
        (6, 16)
    ]


def test_a_day_earlier_this_week_dates_one_attack_not_a_weeks_sum() -> None:
    assert not is_cumulative(
        "at least 46 people were killed in intercommunal violence after jihadists attacked a town earlier this week"
    )
    assert is_cumulative("at least 46 people were killed this week across the north")


def _claim(low: int, high: int | None, victims: str, claimant: str, quote: str) -> FatalityClaim:
    return FatalityClaim(low=low, high=high, victims=victims, claimant=claimant, quote=quote)  # type: ignore[arg-type]


def test_a_count_told_as_the_first_gives_way_to_a_later_larger_one() -> None:
    first = _claim(6, 16, "unknown", "local authorities", "Local authorities initially said between six and 16 died.")
    later = _claim(46, None, "unknown", "government", "The government says at least 46 people were killed.")
    _, acled = totals([first, later])
    assert acled == 46
    # "killing two policemen instantly. A third died later": the two are those who died at once
    at_once = _claim(2, 2, "state_forces", "authorities", "their attackers fired, killing two policemen instantly.")
    lead = _claim(3, 3, "state_forces", "authorities", "guerrillas have killed three police officers.")
    assert totals([at_once, lead])[1] == 3
    # told as the first with nothing later: it stands
    assert totals([first])[1] == 6


def test_people_and_civilians_of_an_attack_on_civilians_are_one_group_of_dead() -> None:
    witness = _claim(48, None, "civilians", "witness", "At Least 48 Civilians Killed")
    government = _claim(46, None, "unknown", "government", "at least 46 people were killed")
    fatalities, acled = totals_of([witness, government], [], sub_event_type="Attack")
    assert acled == 46 and fatalities.high == 48
    # in a battle, or with soldiers among the dead, "people" may be a total over them all
    soldiers = _claim(14, 14, "state_forces", "government", "14 soldiers were killed")
    assert totals_of([witness, government, soldiers], [], sub_event_type="Attack")[1] != 46
    assert totals_of([witness, government], [], sub_event_type="Armed clash")[1] == 94


def _headline_claim(art: Article, low: int) -> FatalityClaim:
    start, end = art.sentences[0]
    quote = art.text[start:end]
    claim = _claim(low, None, "unknown", "witness", quote)
    return claim.model_copy(update={"span": Span(quote=quote, start=start, end=end, status="exact")})


def test_a_headlines_toll_of_violence_is_one_episodes() -> None:
    text = (
        "Witness: At Least 48 Civilians Killed in Violence in North-Central Burkina Faso\n\n"
        "Burkina Faso's government says at least 46 people were killed."
    )
    art = _article(text)
    assert not _headline_total_over_attacks(_headline_claim(art, 48), art)
    # violence told as spread over a country, or beside attacks, sums several events
    for spread in ("Violence Across Iraq Kills 30", "Attacks and Violence Kill 30 in Iraq"):
        art = _article(spread + "\n\nBombs went off in Baghdad and Mosul.")
        assert _headline_total_over_attacks(_headline_claim(art, 30), art), spread


def test_the_headlines_victims_are_not_the_leads_source() -> None:
    text = (
        "3 Afghan Police Killed in Suicide Attack\n\n"
        "A suicide car bombing near a police training center in southern Afghanistan has killed three police "
        "officers. The Taliban has claimed responsibility for the attack."
    )
    art = _article(text)
    lead = next(f for f in art.death_figures if f.sentence == 1)
    assert claimant_for(lead, "Afghan Police", art) == "outlet"
    # a source named in the sentence around is still taken
    quoted = text.replace("has killed three police officers.", "has killed three police officers, officials said.")
    art = _article(quoted)
    lead = next(f for f in art.death_figures if f.sentence == 1)
    assert claimant_for(lead, "Afghan Police", art) == "officials"


YIRGOU = (
    "At Least 48 Killed in North-Central Burkina Faso\n\n"
    "Burkina Faso's government says at least 46 people were killed in intercommunal violence after jihadists "
    "attacked a town in the north earlier this week. "
    "Local authorities initially said that between six and 16 people were killed in the attack."
)


def test_another_sources_count_of_the_same_people_joins_the_event() -> None:
    art = _article(YIRGOU)
    draft = DraftEvent(
        sentences=[2, 3], sub_event_type="Attack", date="earlier this week", place="Yirgou", region="",
        country="Burkina Faso", actor1="gunmen", actor1_type="Rebel group", actor2="villagers",
        actor2_type="Civilians",
        claims=[DraftClaim(figure="between six and 16", victims="unknown", claimant="Local authorities", sentence=3)],
    )  # fmt: skip
    event = build_event(draft, art)[0]
    assert [(c.low, c.high) for c in event.fatality_claims] == [(6, 16)]
    add_rival_claims(art, [event])
    assert sorted((c.low, c.claimant) for c in event.fatality_claims) == [
        (6, "Local authorities"),
        (46, "Burkina Faso's government"),
    ]
    assert f"{FLAG}:at least 46 (Burkina Faso's government)" in event.flags
    # the first count told as such gives way to the later, larger one
    assert event.fatalities_acled == 46


def test_a_group_named_only_as_the_owner_of_the_place_hit_did_not_bomb_it() -> None:
    from summarizer.place_owners import FLAG as OWNER_FLAG
    from summarizer.place_owners import owner_not_doer
    from summarizer.schema import Actor, DateSpan, Event, Location

    def bombing(evidence: list[str]) -> Event:
        return Event(
            salience="main", event_type="Explosions/Remote violence", sub_event_type="Remote explosive/landmine/IED",
            date=DateSpan(start=dt.date(2013, 8, 15), end=dt.date(2013, 8, 15), precision="day"),
            location=Location(country="Lebanon", place="Beirut"),
            actor1=Actor(name="Hezbollah", type="Political militia", aliases=["Hezbollah"]),
            actor2=Actor(name="Civilians", type="Civilians", aliases=[]),
            evidence=evidence,
        )  # fmt: skip

    owned = bombing(
        [
            "Blast Hits Hezbollah Stronghold Near Beirut",
            "At least 18 people were killed Thursday by a car bombing in a suburb of the Lebanese capital controlled "
            "by Lebanon's Shi'ite militant group Hezbollah.",
        ]
    )
    owner_not_doer(owned)
    assert owned.actor1 is not None and owned.actor1.name == "Unidentified Armed Group"
    assert f"{OWNER_FLAG}:Hezbollah" in owned.flags
    # named as the one that acted: it stays
    acted = bombing(["Hezbollah detonated a car bomb near a Hezbollah stronghold, police said."])
    owner_not_doer(acted)
    assert acted.actor1 is not None and acted.actor1.name == "Hezbollah"


def test_a_claim_told_in_the_past_perfect_is_an_earlier_attacks() -> None:
    from summarizer.responsibility import _EARLIER_TIME

    assert _EARLIER_TIME.search(
        "Ces deux attaques, qui avaient coûté la vie à 24 soldats, avaient été revendiquées par le MUJAO."
    )
    assert _EARLIER_TIME.search("The group had claimed the earlier bombing of a market.")
    assert not _EARLIER_TIME.search("Al-Shabab claimed responsibility for the attack.")


def test_protesters_back_on_the_streets_tell_a_protest_that_happened() -> None:
    from summarizer.happening import tells_a_happening

    assert tells_a_happening(["Thousands of protesters returned to the streets of Hong Kong on Sunday."])
    assert tells_a_happening(["Les manifestants sont descendus dans les rues de Bamako."])
    assert not tells_a_happening(["Talks on a new constitution continue in Geneva."])


def test_a_day_written_right_after_the_deed_is_the_deeds_not_the_statements() -> None:
    from summarizer.dates import event_date_phrases

    assert event_date_phrases("Organizers said the protest Sunday was intended to be peaceful.") == ["Sunday"]
    assert event_date_phrases("Zelenskyy said Russian missile attacks Wednesday killed at least five people.") == [
        "Wednesday"
    ]
    assert event_date_phrases("The army said Sunday that 12 soldiers were killed.") == []
