"""Checks written after reading gold batches 77 and 78 (their first runs, unread, are
recorded in evals/README.md): a side that "came under" fire was hit, one named dead person
inside a toll that says it includes such a person, a threat to act if captives are not freed
is no release, a toll "since launching the offensive" is a running one, a sentence opening on
another day tells other dead even with the same number, the French word for a grenade is not
Grenada, what came "just hours after" is another clause, a force that is the subject of a
killing of civilians is the side that acted, a killing at a coded town days away from its event
is another one, the police are the side assumed hit when only police words tell the dead, a
bare day's toll opens no event of its own, the summary's second event sentence is for an event
near the first's day."""

from __future__ import annotations

import datetime as dt

from claim_helpers import spanned_claim

from summarizer.article import Article
from summarizer.assumed_targets import assume_target
from summarizer.clauses import clause_of
from summarizer.figure_scope import is_cumulative
from summarizer.found_dates import on_its_day, opening_day
from summarizer.found_places import is_new
from summarizer.found_releases import released_captives
from summarizer.found_sides import sides
from summarizer.geo.countries import countries_named
from summarizer.schema import Actor, ArticleMeta, DateSpan, Event, Location
from summarizer.sides import orient_sides
from summarizer.text import sentence_spans
from summarizer.toll_parts import one_of_those_included

TIGERS = Actor(name="Tamil Tigers", type="Rebel group", aliases=["Tamil Tigers"])
LANKA = Actor(name="Military Forces of Sri Lanka", type="State forces", aliases=["government"])
SHELLING = "Shelling/artillery/missile attack"


def _article(text: str, published: dt.date = dt.date(2013, 5, 20)) -> Article:
    return Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=published))


_TYPES = {
    "Remote explosive/landmine/IED": "Explosions/Remote violence",
    "Air/drone strike": "Explosions/Remote violence",
    "Armed clash": "Battles",
}


def _event(sub_type: str, day: dt.date, location: Location, **more: object) -> Event:
    """A main event of one day, the shape the checks receive."""
    return Event.model_validate(
        {
            "salience": "main",
            "event_type": _TYPES[sub_type],
            "sub_event_type": sub_type,
            "date": DateSpan(start=day, end=day, precision="day", text=None),
            "location": location,
            **more,
        }
    )


def test_a_side_that_came_under_attack_was_hit_by_the_side_named_after() -> None:
    said = ["Tamil Tiger rebels say they came under government artillery attack Sunday near the reservoir."]
    a1, a2, flags = orient_sides(TIGERS, LANKA, "Tamil Tiger rebels", "government", said, SHELLING)
    assert (a1, a2) == (LANKA, TIGERS)
    assert flags == ["actors_swapped:evidence_voice"]
    assert orient_sides(LANKA, TIGERS, "government", "Tamil Tiger rebels", said, SHELLING)[:2] == (LANKA, TIGERS)


def test_a_side_that_came_under_attack_and_struck_back_acted_in_its_own_deed() -> None:
    # "came under attack and killed": the words after it are the first side's own deed
    said = ["Government troops came under attack and killed five Tamil Tiger rebels."]
    a1, a2, _ = orient_sides(TIGERS, LANKA, "Tamil Tiger rebels", "Government troops", said, "Armed clash")
    assert (a1, a2) == (LANKA, TIGERS)


def test_one_named_dead_is_inside_a_toll_that_includes_such_a_person() -> None:
    art = _article(
        "A suicide bomber struck, killing at least 11 people, including a local senior politician. "
        "Police said the blast killed the head of the provincial council. "
        "A suicide bomber struck, killing at least 11 people."
    )
    eleven = spanned_claim(art, 0, 11, "Afghan officials")
    one = spanned_claim(art, 1, 1, "Police").model_copy(update={"high": 1})
    assert one_of_those_included(one, [eleven, one])
    # a toll that names nobody included: the one is another count of the same dead
    assert not one_of_those_included(one, [spanned_claim(art, 2, 11, "officials"), one])
    # only one person is such a part: "two policemen" are not
    two = one.model_copy(update={"low": 2, "high": 2})
    assert not one_of_those_included(two, [eleven, two])


def test_a_threat_over_captives_not_yet_freed_is_no_release() -> None:
    threat = _article(
        "Four Killed in Attack on Mini-Bus. "
        "Meanwhile, the regional head has warned that if two aid workers kidnapped earlier this week are "
        "not freed by Friday evening, strict measures will be taken."
    )
    assert released_captives(threat, [], "Russia") == []
    freed = _article(
        "Four Killed in Attack on Mini-Bus. "
        "Meanwhile, two aid workers kidnapped earlier this week were freed by their captors on Friday."
    )
    drafts = released_captives(freed, [], "Russia")
    assert [d.sub_event_type for d in drafts] == ["Agreement"]


def test_a_toll_since_launching_an_offensive_is_a_running_one() -> None:
    assert is_cumulative("it had killed at least 1,000 militants since launching the offensive in Bajaur in August")
    assert is_cumulative("more than 300 rebels have died since starting their push on the capital")
    assert not is_cumulative("troops backed by helicopter gunships killed several militants in Bajaur")


def test_a_sentence_opening_on_another_day_tells_other_dead() -> None:
    art = _article(
        "Baghdad Hit by Bombs. Iraqi authorities say at least three people were killed Friday in roadside blasts. "
        "On Thursday, police said gunmen stormed a Baghdad money exchange and killed three people. "
        "Police said Friday that three people were killed.",
        dt.date(2010, 8, 6),
    )
    friday = dt.date(2010, 8, 6)
    bombs = _event(
        "Remote explosive/landmine/IED",
        friday,
        Location(country="Iraq", admin1="Baghdad", place="Baghdad"),
        fatality_claims=[spanned_claim(art, 1, 3, "Iraqi authorities")],
    )
    thursday = art.sentence_text(2)
    assert opening_day(art, thursday) == dt.date(2010, 8, 5)
    assert on_its_day(art, thursday, [bombs], {3}, set()) == set()
    # a sentence whose day is inside it, not at its opening, may be the same dead told again
    again = art.sentence_text(3)
    assert opening_day(art, again) is None
    assert on_its_day(art, again, [bombs], {3}, set()) == {3}


def test_a_grenade_in_french_is_no_country() -> None:
    said = "Il y a eu jet de grenade sur le terrain de football et des explosions de grenades à Bangui."
    assert countries_named(said) == []
    assert countries_named("Grenade et la Jamaïque ont voté.") == ["Grenada", "Jamaica"]


def test_what_came_just_hours_after_is_another_clause() -> None:
    said = (
        "Israeli troops killed one Palestinian in the West Bank Friday, just hours after a bomb in the Gaza "
        "Strip destroyed a tank and killed three soldiers."
    )
    assert "Gaza" not in clause_of(said, said.index("one Palestinian"))
    assert "Gaza" in clause_of(said, said.index("three soldiers"))
    # no comma, no new clause: "a day after" inside one clause stays with it
    plain = "Police arrested three men a day after gunmen killed five people."
    assert clause_of(plain, plain.index("five")) == plain


def test_a_force_that_killed_civilians_is_the_side_that_acted() -> None:
    said = "On Sunday, Syrian troops backed by tanks killed at least five civilians, torched homes and looted shops."
    art = _article(said, dt.date(2012, 5, 14))
    assert sides(said, said.index("five"), "civilians", "Syria", art)[:2] == ("Syrian troops", "State forces")
    # the force as the object of the attack did not kill
    hit = "Gunmen attacked troops near the market and killed at least five civilians."
    art = _article(hit, dt.date(2012, 5, 14))
    assert sides(hit, hit.index("five"), "civilians", "Syria", art)[1] == "Rebel group"


def test_a_killing_at_a_coded_town_days_away_is_another_event() -> None:
    offensive = [("Mogadishu", "Banadir", dt.date(2011, 5, 12))]
    assert is_new("Mogadishu", dt.date(2011, 5, 16), offensive)
    # the next day may be the same fight told again
    assert not is_new("Mogadishu", dt.date(2011, 5, 13), offensive)
    assert not is_new("Mogadishu", None, offensive)


def _shooting(evidence: str) -> Event:
    return _event(
        "Armed clash",
        dt.date(2010, 8, 4),
        Location(country="Iraq", admin1="Baghdad", place="Baghdad"),
        actor1=Actor(name="Unidentified Armed Group", type="Rebel group", aliases=[]),
        evidence=[evidence],
    )


def test_the_police_are_the_side_assumed_hit_when_only_police_words_tell_the_dead() -> None:
    police = _shooting("Police officials said three traffic officers were killed in drive-by shootings.")
    assume_target(police, "Iraq")
    assert police.actor2 is not None and police.actor2.name == "Police Forces of Iraq"
    army = _shooting("Police said three soldiers were killed in drive-by shootings.")
    assume_target(army, "Iraq")
    assert army.actor2 is not None and army.actor2.name == "Military Forces of Iraq"


def test_a_bare_days_toll_opens_no_event_of_its_own() -> None:
    from summarizer.other_kind import another_day

    art = _article(
        "Syria Fighting. Government airstrikes hit the suburbs on Sunday. On Saturday, about 50 people were "
        "killed. On Saturday, gunmen stormed a checkpoint and killed five soldiers.",
        dt.date(2012, 10, 28),
    )
    sunday = dt.date(2012, 10, 28)
    strikes = _event("Air/drone strike", sunday, Location(country="Syria"))
    assert not another_day(art, art.sentence_text(2), [strikes])
    assert another_day(art, art.sentence_text(3), [strikes])


def test_the_summary_tells_a_second_event_only_near_the_first_ones_day() -> None:
    from summarizer.facts import fact_sentences

    def _clash(place: str, day: dt.date) -> Event:
        return _event("Armed clash", day, Location(country="Somalia", place=place))

    base = _clash("Baidoa", dt.date(2008, 7, 10))
    earlier = _clash("Mogadishu", dt.date(2008, 7, 8))
    same_day = _clash("Kismayo", dt.date(2008, 7, 10))
    assert len(fact_sentences([base, earlier], None)) == 1
    told = fact_sentences([base, same_day], None)
    assert len(told) == 2 and "Kismayo" in told[1]
