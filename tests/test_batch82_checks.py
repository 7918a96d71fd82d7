"""Checks written after reading gold batch 82 (its first run, unread, is recorded in
evals/README.md): a force that only says it found bodies is not their killer, and the parts
of a toll an event no longer holds are free for the event found where they fell, a toll "in the
raids which began 12 days ago" is a running one, one dead reads in the singular (these from batch
82), "Somalia's capital" is Mogadishu, a toll told "in a clash" is no bombing's, and gunmen who fired on protesters and wounded them
used excessive force, "12 bodies of Sri Lankan soldiers" count soldiers, a bombing "outside of a police station" hit
the police, "15 of those killed were police officers" is a part of the toll (batch 83), a killing
"in another joint operation" is another happening, and a lead figure that sums other events' dead
leaves its event (batch 82), and more fighters who "also were killed" add to the first count
(batch 83), and "the attacks, which took place at the weekend" narrow "last week" (batch 83); an event with no date of its own takes the body's day before the
headline's year, and "the Orakzai tribal agency" is placed by the district's bare name (batch
84)."""

from __future__ import annotations

import datetime as dt

from claim_helpers import spanned_claim

from summarizer.article import Article
from summarizer.capitals import capital_named
from summarizer.checks import event_location
from summarizer.draft import DraftEvent
from summarizer.event_dates import event_date
from summarizer.facts import figure_sentence
from summarizer.fatalities import totals
from summarizer.figure_scope import is_cumulative
from summarizer.keywords import A_CLASH
from summarizer.schema import Actor, ArticleMeta, DateSpan, Event, FatalityClaim, Location
from summarizer.separate import told_as_elsewhere
from summarizer.sidenames import informant_side
from summarizer.subtype_checks import checked_sub_type
from summarizer.summed_tolls import _lead_sum_of_others
from summarizer.targets import force_hit
from summarizer.text import sentence_spans
from summarizer.toll_parts import PARTS_FLAG, among_the_dead, summed_parts
from summarizer.week_days import narrowed

POLICE = Actor(name="Guerrero state police", type="State forces", aliases=[])


def test_police_who_say_they_found_bodies_are_no_side() -> None:
    found = ["Police in Mexico's Guerrero state say they have found seven bullet-riddled bodies in Zihuatenejo."]
    actor, flags = informant_side(POLICE, "Attack", found)
    assert actor is not None and actor.name == "Unidentified Armed Group" and flags == ["actor1_is_an_informant"]
    # a force that says it fought keeps its place in an attack it may have made
    fought = ["Police in Guerrero state say they have killed seven gunmen in Zihuatenejo."]
    assert informant_side(POLICE, "Attack", fought)[0] == POLICE


def test_parts_of_a_toll_moved_away_are_free() -> None:
    day = dt.date(2011, 10, 2)
    event = Event.model_validate(
        {
            "salience": "main",
            "event_type": "Violence against civilians",
            "sub_event_type": "Attack",
            "date": DateSpan(start=day, end=day, precision="day", text="Sunday"),
            "location": Location(country="Mexico", place="Zihuatanejo"),
            "flags": [f"{PARTS_FLAG}:462:3+2"],
        }
    )
    assert summed_parts([event]) == set()  # the event holds no claim told at 462 any more
    text = "Police found seven bodies. Gunmen in Mazatlan killed three men and two women."
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=day))
    start = art.sentences[1][0]
    held = event.model_copy(
        update={"flags": [f"{PARTS_FLAG}:{start}:3+2"], "fatality_claims": [spanned_claim(art, 1, 5)]}
    )
    assert summed_parts([held]) == {(start, 3), (start, 2)}


def test_a_toll_of_raids_which_began_days_ago_is_a_running_one() -> None:
    assert is_cumulative("About 50 Palestinians have been killed in the raids which began 12 days ago.")
    assert not is_cumulative("Five people were killed in a raid on Monday.")


def test_one_dead_reads_in_the_singular() -> None:
    text = "A roadside bomb killed a soldier in Kandahar."
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2011, 10, 2)))
    claim = spanned_claim(art, 0, 1, claimant="officials", victims="state_forces").model_copy(update={"high": 1})
    assert "1 member of the security forces was killed" in figure_sentence([claim], None)


def test_a_countrys_capital_by_its_possessive() -> None:
    assert capital_named("At least five people were killed in Somalia’s capital Monday", "Somalia") == "Mogadishu"
    assert capital_named("in Iraq's capital, Baghdad", "Iraq") is None  # the name itself is read
    assert capital_named("north of Somalia's capital", "Somalia") is None  # a distance from it


def test_a_toll_told_in_a_clash_is_no_bombings() -> None:
    assert A_CLASH.search("The military says eight militants were killed Saturday in a clash that erupted")
    assert not A_CLASH.search("a suicide bomber rammed his vehicle into a checkpoint")


def test_gunmen_who_fired_on_protesters_and_wounded_them_used_excessive_force() -> None:
    draft = DraftEvent(
        sentences=[1], sub_event_type="Violent demonstration", date="Saturday", place="Ibb", region="",
        country="Yemen", actor1="protesters", actor1_type="Protesters", actor2="Houthi gunmen",
        actor2_type="Rebel group", claims=[],
    )  # fmt: skip
    told = ["In the central town of Ibb, Houthi gunmen fired on protesters, wounding four of them."]
    assert checked_sub_type(draft, told)[0] == "Excessive force against protesters"


def test_bodies_of_soldiers_count_soldiers() -> None:
    text = "The rebels said Sunday that they recovered 12 bodies of Sri Lankan soldiers and recaptured territory."
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2008, 12, 21)))
    assert [(f.low, f.victims) for f in art.death_figures] == [(12, "state_forces")]


def test_a_suicide_bombing_outside_a_police_station_hit_the_police() -> None:
    told = "In Baghdad, a suicide car bombing outside of a police station killed 15 people and wounded nearly 60."
    hit = force_hit(told, "Iraq")
    assert hit is not None and hit.name == "Police Forces of Iraq"


def test_so_many_of_those_killed_are_a_part_of_the_toll() -> None:
    assert among_the_dead("Authorities say at least 15 of those killed were police officers.")
    assert not among_the_dead("Authorities say at least 15 people were killed.")


def test_killed_in_another_operation_is_another_happening() -> None:
    assert told_as_elsewhere("Nine Taliban insurgents were killed Sunday in another joint operation in the same area.")
    assert not told_as_elsewhere("Nine Taliban insurgents were killed Sunday in the operation.")


def test_a_lead_figure_that_sums_other_events_leaves_its_event() -> None:
    text = (
        "The U.S. military says troops have killed 14 Taliban militants, while two civilians were killed by a rocket. "
        "Forces say they killed five militants in Ghazni province early Monday."
    )
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2008, 10, 13)))
    day = dt.date(2008, 10, 13)
    lead = spanned_claim(art, 0, 14, victims="non_state")
    rocket = spanned_claim(art, 0, 2, victims="civilians")
    event = Event.model_validate(
        {
            "salience": "main", "event_type": "Battles", "sub_event_type": "Armed clash",
            "date": DateSpan(start=day, end=day, precision="day", text="Monday"),
            "location": Location(country="Afghanistan"), "fatality_claims": [lead, rocket],
        }
    )  # fmt: skip
    _lead_sum_of_others(art, event, [5, 9, 40])
    assert [c.low for c in event.fatality_claims] == [2] and "claim_sum_over_events:14" in event.flags
    kept = event.model_copy(update={"fatality_claims": [lead, rocket], "flags": []})
    _lead_sum_of_others(art, kept, [5, 40])  # no two of them make 14
    assert [c.low for c in kept.fatality_claims] == [14, 2]


def test_more_fighters_also_killed_add_to_the_first_count() -> None:
    text = (
        "Pakistani officials say 12 militants were killed Thursday in the attack on the village. "
        "Two militia members also were killed and some Pakistani troops were wounded."
    )
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2012, 7, 12)))
    first = spanned_claim(art, 0, 12, claimant="Pakistani officials", victims="non_state")
    also = spanned_claim(art, 1, 2, claimant="officials", victims="non_state")
    first, also = (c.model_copy(update={"high": c.low}) for c in (first, also))
    assert totals([first, also])[1] == 14
    # told as two counts of the same dead (no "also"), the lower stands
    again = spanned_claim(art, 0, 2, claimant="officials", victims="non_state").model_copy(update={"high": 2})
    assert totals([first, again])[1] == 2


def test_the_weekend_the_attacks_took_place_narrows_last_week() -> None:
    text = (
        "At least 20 people have been killed in clashes, officials said Thursday. The killings were triggered when "
        "raiders stole cattle in a village in Ikotos County last week. Otuduha said the attacks, which took place at "
        "the weekend, were the first on security forces."
    )
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2013, 4, 18)))
    week = DateSpan(start=dt.date(2013, 4, 8), end=dt.date(2013, 4, 14), precision="week", text="last week")
    flags: list[str] = []
    day = narrowed(week, "Ikotos", art, flags)
    assert (day.start, day.end) == (dt.date(2013, 4, 13), dt.date(2013, 4, 14))
    assert flags == ["date_narrowed_by_when_it_took_place:at the weekend"]


def test_the_bodys_day_before_the_headlines_year() -> None:
    text = (
        "Al-Shabab Attack Kills 8 as US Launches Record Airstrikes in 2019\n\nThe al-Shabab militant group claimed "
        "responsibility for a suicide car bomb in the town of Galkayo, killing at least eight people Saturday evening."
    )
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2019, 12, 22)))
    draft = DraftEvent(
        sentences=[1, 2], sub_event_type="Suicide bomb", date="", place="Galkayo", region="", country="Somalia",
        actor1="al-Shabab", actor1_type="Rebel group", actor2="", actor2_type="Civilians", claims=[],
    )  # fmt: skip
    span, _ = event_date(draft, art, [art.sentence_text(0), art.sentence_text(1)])
    assert span.start == dt.date(2019, 12, 21)


def test_an_agency_the_gazetteer_knows_by_its_bare_name() -> None:
    text = "Officials say militants ambushed soldiers Tuesday in the Ghaljo area of the Orakzai tribal agency."
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2012, 8, 14)))
    draft = DraftEvent(
        sentences=[1], sub_event_type="Armed clash", date="Tuesday", place="Ghaljo", region="Orakzai tribal agency",
        country="Pakistan", actor1="militants", actor1_type="Rebel group", actor2="soldiers",
        actor2_type="State forces", claims=[],
    )  # fmt: skip
    location, _ = event_location(draft, art, [text])
    assert location.admin1 == "Khyber Pakhtunkhwa"


def test_a_day_of_attacks_sums_only_that_days_events() -> None:
    from summarizer.summed_tolls import sums_over_events

    text = (
        "Officials say three car bomb blasts rocked central Baghdad Sunday, killing at least 41 people. "
        "Gunmen killed at least 24 people in a village near Baghdad a day earlier."
    )
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2010, 4, 4)))
    sunday, friday = dt.date(2010, 4, 4), dt.date(2010, 4, 2)

    def event(day: dt.date, claim: FatalityClaim, acled: int) -> Event:
        return Event.model_validate(
            {
                "salience": "main", "event_type": "Explosions/Remote violence", "sub_event_type": "Suicide bomb",
                "date": DateSpan(start=day, end=day, precision="day", text=None),
                "location": Location(country="Iraq", place="Baghdad"), "fatality_claims": [claim],
                "fatalities_acled": acled,
            }
        )  # fmt: skip

    blasts = event(sunday, spanned_claim(art, 0, 41), 41)
    village = event(friday, spanned_claim(art, 1, 24), 24)
    sums_over_events(art, [blasts, village])
    assert [c.low for c in blasts.fatality_claims] == [41]  # the village's dead were another day's
