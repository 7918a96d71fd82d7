"""Checks from batch 116's first unread run: a figure told inside the other side's claims,
fighters called cadres or guerrillas, and another statement that is no other happening."""

from __future__ import annotations

import datetime as dt

from summarizer.article import Article
from summarizer.attribution import claims_owner
from summarizer.draft import DraftClaim, DraftEvent
from summarizer.records import build_event
from summarizer.schema import ArticleMeta, Event
from summarizer.separate import opens_as_another, opens_as_separate
from summarizer.text import sentence_spans
from summarizer.victims import victims_of

_DISPUTE = (
    "SRI LANKA BATTLES\n\nTamil Tiger rebels say only 15 of their cadres have been killed in recent battles, "
    "refuting government claims on Saturday that 230 rebels were killed in an attack on a strategic military "
    "camp in Northern Sri Lanka."
)


def _figures(text: str) -> dict[int | None, tuple[str | None, str]]:
    return {f.low: (f.claimant, f.victims) for f in _article(text, dt.date(1999, 12, 12)).death_figures}


def _article(text: str, day: dt.date) -> Article:
    return Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=day))


def _built(
    art: Article,
    sentences: list[int],
    sub: str,
    where: tuple[str, str, str],
    sides: tuple[str, str, str, str],
    claims: list[DraftClaim],
) -> Event:
    """A model event drafted on ``sentences`` (1-based), checked: ``where`` is (place,
    region, country), ``sides`` (actor1, type, actor2, type)."""
    place, region, country = where
    actor1, type1, actor2, type2 = sides
    draft = DraftEvent(
        sentences=sentences,
        sub_event_type=sub,  # type: ignore[arg-type]
        date="",
        place=place,
        region=region,
        country=country,
        actor1=actor1,
        actor1_type=type1,  # type: ignore[arg-type]
        actor2=actor2,
        actor2_type=type2,  # type: ignore[arg-type]
        claims=claims,
    )
    return build_event(draft, art)[0]


def test_a_figure_inside_the_refuted_claims_is_the_claims_owners() -> None:
    figures = _figures(_DISPUTE)
    assert figures[230][0] == "government"
    # the refuting side's own count stays its own, and its cadres are fighters
    assert figures[15] == ("Tamil Tiger rebels", "non_state")


def test_claims_owner_reads_the_noun_before_claims_that() -> None:
    assert claims_owner("The rebels rejected army reports that at least ") == "army"
    assert claims_owner("The Taliban dismissed the Defense Ministry's claims that ") == "Defense Ministry"
    assert claims_owner("Tiger rebels denied government claims of earlier this weekend that ") == "government"
    # no claims noun: the sentence's own speaker stands
    assert claims_owner("Officials say that ") is None
    assert claims_owner("He said that ") is None


def test_cadres_and_guerrillas_are_fighters() -> None:
    assert victims_of("cadres") == "non_state"
    assert victims_of("guerrillas") == "non_state"
    assert victims_of("guerillas") == "non_state"


def test_another_statement_is_no_other_happening() -> None:
    told = "In another statement from their London office Tiger rebels denied government claims."
    assert not opens_as_separate(told)
    assert not opens_as_another(told)
    assert opens_as_separate("In another attack, gunmen killed two police officers in Batticaloa.")
    assert opens_as_separate("In another incident, a bomb went off.")


def test_spelled_out_hundreds_and_thousands_are_one_number() -> None:
    from summarizer.running_numbers import find_numbers

    def values(s: str) -> list[int]:
        return [v for _, _, v in find_numbers(s)]

    assert values("as many as one-thousand-500 Russian troops had died") == [1500]
    assert values("the estimated two-thousand rebels") == [2000]
    assert values("two hundred and fifty people") == [250]
    assert values("one thousand five hundred troops") == [1500]
    assert values("13-hundred soldiers and twenty-one police") == [1300, 21]
    assert values("two thousand, three soldiers") == [2000, 3]


GAZA = (
    "2 Israeli Soldiers Killed in Gaza Strip - 2002-09-05\n\n"
    "Two Israeli soldiers have been killed in separate attacks by Palestinian militants in the Gaza Strip.\n\n"
    "In the first attack, two Palestinian gunmen opened fire on Israeli troops patrolling between two Jewish "
    "settlements, Dugit and Nissanit.\n\n"
    "One officer was killed and another soldier wounded.\n\n"
    "Just hours later, a soldier was killed and three others wounded when a bomb was detonated under a tank "
    "near the Kissufim Crossing, on the border between Israel and the Gaza Strip."
)


def test_a_lead_over_separate_attacks_is_no_rival_count_and_hours_later_is_another_attack() -> None:
    from summarizer.found_in_text import events_in_text
    from summarizer.lead_toll import add_lead_rival

    art = _article(GAZA, dt.date(2002, 9, 5))
    assert opens_as_separate(art.sentence_text(4))
    ambush = _built(
        art, [3, 4], "Armed clash", ("", "Gaza Strip", "Palestine"),
        ("Palestinian gunmen", "Rebel group", "Israeli troops", "External/Other forces"),
        [DraftClaim(figure="One", victims="state_forces", claimant="", sentence=4)],
    )  # fmt: skip
    add_lead_rival(art, [ambush])
    assert [c.low for c in ambush.fatality_claims] == [1]  # the lead's two sums both attacks
    (bombing,) = events_in_text(art, [ambush])
    assert [c.low for c in bombing.fatality_claims] == [1]
    # the unnamed soldier is of the nation the lead names, not the Palestinian territories'
    assert bombing.actor2 is not None and bombing.actor2.name == "Military Forces of Israel"


EREZ = (
    "ISRAEL / PALESTINIANS CLASHES\n\n"
    "Two Palestinians are dead and an Israeli policeman critically wounded in violence in the West Bank, the "
    "Gaza Strip, and near Jerusalem.\n\n"
    "A Palestinian man has died after being shot through the heart during clashes with Israeli soldiers at the "
    "Erez crossing between Israel and the Gaza Strip.\n\n"
    "On the outskirts of Jerusalem, an Israeli policeman was critically injured during a gun battle when shots "
    "were fired from a Palestinian town into a Jewish neighborhood.\n\n"
    "Earlier, Jewish settlers shot and killed a Palestinian man near the West Bank town of Nablus."
)


def test_a_leads_toll_over_a_list_of_places_sums_the_events_found_there() -> None:
    from summarizer.found_in_text import events_in_text
    from summarizer.summed_tolls import sums_over_events

    art = _article(EREZ, dt.date(2000, 10, 17))
    gun_battle = _built(
        art, [2, 4], "Armed clash", ("Jerusalem", "", "Israel"),
        ("Israeli soldiers", "State forces", "Palestinian gunmen", "Rebel group"),
        [DraftClaim(figure="Two", victims="unknown", claimant="", sentence=2)],
    )  # fmt: skip
    assert [c.low for c in gun_battle.fatality_claims] == [2]
    found = events_in_text(art, [gun_battle])
    assert sorted(ev.location.place or "" for ev in found) == ["Erez", "Nablus"]
    sums_over_events(art, [gun_battle, *found])
    assert gun_battle.fatality_claims == [] and gun_battle.fatalities_acled == 0
    assert "claim_sum_over_events:2" in gun_battle.flags
    # the settlers who shot the man near Nablus are a side the table knows
    (nablus,) = [ev for ev in found if ev.location.place == "Nablus"]
    assert nablus.actor1 is not None and nablus.actor1.name == "Settlers (Israel)"


def test_an_announced_withdrawal_is_no_territory_taken() -> None:
    from summarizer.records import is_conflict_event

    text = (
        "LEBANON - HEZBOLLAH\n\n"
        "The announced withdrawal of Israeli troops from south Lebanon has raised the prospect of an end to "
        "violence in Lebanon after one-quarter of a century. The withdrawal is being hailed in the Arab world as "
        "a victory, and the Hezbollah Movement that led the resistance to Israeli occupation is receiving a great "
        "deal of praise."
    )
    sides = ("Israeli troops", "State forces", "Hezbollah", "Rebel group")
    where = ("south Lebanon", "", "Lebanon")
    art = _article(text, dt.date(2000, 4, 30))
    assert not is_conflict_event(_built(art, [2, 3], "Government regains territory", where, sides, []))
    taken = text.replace("The announced withdrawal of Israeli troops from", "Israeli troops recaptured")
    art = _article(taken, dt.date(2000, 4, 30))
    assert is_conflict_event(_built(art, [2], "Government regains territory", where, sides, []))
