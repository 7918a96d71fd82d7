"""Batch 131's unseen misses, read (unit level): each assertion failed before its change.

"Afghanistan's Taliban forces" firing at Pakistan's border posts in 2024 stayed the rebel
"Taliban", where ACLED (and the labels) name the state's forces of the era. "An apparent
joint attack by U.S. and Somali government forces near Kismayo" made the U.S. the actor of a
Somali operation. A march broken up in N'Djamena carried the ten dead of the Sandana killing
it was held in memory of: a protest the authorities break up without killing has no dead.
"""

from __future__ import annotations

import datetime as dt

from summarizer.actors import canonical_actor
from summarizer.crowd_kinds import armed_sides_kind
from summarizer.deathless import FLAG, tolls_off_deathless_kinds
from summarizer.deaths import find_figures
from summarizer.eras import era_name
from summarizer.national_first import national_forces_first
from summarizer.schema import Actor, DateSpan, Event, FatalityClaim, Location
from summarizer.sides import told_order
from summarizer.text import sentence_spans


def test_the_taliban_are_afghanistans_forces_after_they_took_kabul() -> None:
    taliban = canonical_actor("Taliban forces", country="Afghanistan")
    after = era_name(taliban, dt.date(2024, 8, 12))
    assert (after.name, after.type) == ("Military Forces of Afghanistan (2021-)", "State forces")
    assert after.aliases == ["Taliban forces"]  # the article's words stay
    assert era_name(taliban, dt.date(2021, 8, 14)) == taliban  # the insurgency, before
    assert era_name(taliban, None) == taliban


def test_hts_is_syrias_forces_after_assad_fell_and_nusra_before_it_was_formed() -> None:
    hts = canonical_actor("Hayat Tahrir al-Sham", country="Syria")
    assert era_name(hts, dt.date(2025, 3, 7)).name == "Military Forces of Syria (2024-)"
    assert era_name(hts, dt.date(2025, 3, 7)).type == "State forces"
    assert era_name(hts, dt.date(2020, 1, 1)).name == "Hayat Tahrir al-Sham"
    assert era_name(hts, dt.date(2015, 1, 1)).name == "Jabhat al-Nusra"


def test_the_countrys_forces_named_second_in_a_joint_force_are_the_actor() -> None:
    us = Actor(name="Military Forces of the United States", type="External/Other forces", aliases=["U.S."])
    evidence = [
        "Thirteen al-Shabab militants were killed in an apparent joint attack by U.S. and Somali government forces "
        "near Kismayo, a Somali official said Wednesday."
    ]
    actor, flags = national_forces_first(us, evidence, "Somalia")
    assert actor is not None and actor.name == "Military Forces of Somalia"
    assert flags == ["actor1_national_forces_first:Military Forces of the United States"]
    # another country's joint force is no reason to change the side
    assert national_forces_first(us, ["U.S. and Afghan forces raided the compound."], "Somalia") == (us, [])


def _event(sub_type: str, event_type: str, *claims: FatalityClaim) -> Event:
    return Event(
        event_type=event_type,  # type: ignore[arg-type]
        sub_event_type=sub_type,  # type: ignore[arg-type]
        date=DateSpan(start=dt.date(2022, 2, 15), end=dt.date(2022, 2, 15), precision="day"),
        location=Location(country="Chad", admin1="N'Djamena", place="N'Djamena", geo_precision=1),
        actor1=Actor(name="Protesters (Chad)", type="Protesters"),
        actor2=Actor(name="Police Forces of Chad", type="State forces"),
        fatality_claims=list(claims),
        fatalities_acled=sum(c.low or 0 for c in claims),
    )


def test_a_protest_broken_up_without_killing_has_no_dead() -> None:
    sandana = FatalityClaim(low=10, high=10, victims="civilians", claimant="VOA Afrique", quote="une dizaine de morts")
    march = _event("Protest with intervention", "Protests", sandana)
    context: list[FatalityClaim] = []
    tolls_off_deathless_kinds([march], context)
    assert march.fatality_claims == [] and march.fatalities_acled == 0
    assert context == [sandana]
    assert f"{FLAG}:10" in march.flags
    # force that killed protesters is another kind, and keeps its dead
    shot = _event("Excessive force against protesters", "Protests", sandana)
    tolls_off_deathless_kinds([shot], context)
    assert shot.fatality_claims == [sandana] and shot.fatalities_acled == 10
    # "no one was killed" is a claim of no dead, and stays
    none = FatalityClaim(low=0, high=0, victims="unknown", claimant="police", quote="no one was killed")
    calm = _event("Peaceful protest", "Protests", none)
    tolls_off_deathless_kinds([calm], context)
    assert calm.fatality_claims == [none]


def test_an_armed_side_does_not_riot_where_protest_names_a_complaint() -> None:
    shelling = (
        "Pakistan lodged a strong protest with India after Indian troops fired mortar shells across the border, "
        "killing four civilians in Sialkot."
    )
    assert armed_sides_kind("Violent demonstration", "State forces", shelling) == "Shelling/artillery/missile attack"
    # a crowd's own side keeps its kind, and so does a story that tells a march
    assert armed_sides_kind("Violent demonstration", "Rioters", shelling) is None
    marched = "Thousands marched in Bamako after the army lost 50 soldiers in an attack near Indelimane."
    assert armed_sides_kind("Peaceful protest", "State forces", marched) is None


def test_a_side_named_before_after_is_not_the_subject_of_the_attack_that_follows() -> None:
    ouagadougou = (
        "Burkina Faso President Roch Kabore urged the public Saturday to cooperate more closely with the country's "
        "military, one day after an armed group carried out coordinated attacks on France's embassy and cultural "
        "center and on the West African country's military headquarters in the capital of Ouagadougou."
    )
    # the model's order (the group first) is not swapped for the army named before "after"
    assert told_order("JNIM", "military", [ouagadougou], "Armed clash", (False, True)) == (None, "")
    launched = "The army launched an offensive against the rebels on Monday."
    assert told_order("rebels", "army", [launched], "Armed clash", (False, True)) == ("swap", "launched_the_offensive")


def test_an_editors_bracketed_word_reads_as_the_word() -> None:
    # Kolynyang: "eight people [were] wounded" had been read as eight more dead (23, not 15)
    quote = (
        "»We have lost 15 people and eight people [were] wounded,» the state's information minister, "
        "Akech Dengdit, told VOA."
    )
    dead, other = find_figures(quote, sentence_spans(quote))
    assert [(f.low, f.high) for f in dead] == [(15, 15)]
    assert [o.why for o in other] == ["wounded"]
