"""Checks from batch 117's first unread run: VOA scripts' hyphenated counts, the outlet's
reporter before a source, and another attack placed by the sentence after."""

from __future__ import annotations

import datetime as dt

from summarizer.article import Article
from summarizer.attribution import attribution
from summarizer.found_unnumbered import unnumbered
from summarizer.running_numbers import find_numbers
from summarizer.schema import ArticleMeta
from summarizer.text import sentence_spans


def _article(text: str, day: dt.date) -> Article:
    return Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=day))


def test_a_count_hyphenated_to_its_people_is_a_count() -> None:
    assert [v for _, _, v in find_numbers("At least five-people were killed.")] == [5]
    art = _article(
        "KASHMIR BOMBING\n\nAt least five-people were killed and several were injured.", dt.date(2003, 4, 22)
    )
    assert [f.low for f in art.death_figures] == [5]
    # a compound is no count: "a five-year-old boy", "nine-paramilitary"
    assert find_numbers("a five-year-old boy") == []


def test_the_outlets_reporter_passes_on_the_source_after_it() -> None:
    told = "As Todd Pitman reports from Bujumbura, officials say at least four-people died in the incident."
    assert attribution(told) == "officials"
    assert attribution("V-O-A Moscow correspondent Eve Conant reports rebels say 45 of their men died.") == "rebels"
    # the reporter's own figure is the outlet's: no named claimant
    assert attribution("As Todd Pitman reports, 12 people died.") is None
    assert attribution("Officials say 12 people died.") == "Officials"


TURKEY = (
    "Turkey Blames Kurdish Rebels for Train Attacks\n\n"
    "Government officials say six people were killed Saturday when suspected guerrillas from the group known as "
    "the PKK detonated bombs that derailed two trains in the southeastern province of Bingol.\n\n"
    "The rebels are accused of carrying out another attack Saturday. Three police officers in the southeastern "
    "town of Kulp, near the city of Diyarbakir, were wounded as they were about to inspect a package left in the "
    "street."
)


def test_another_attack_placed_by_the_next_sentence_is_found() -> None:
    art = _article(TURKEY, dt.date(2005, 7, 2))
    (kulp,) = unnumbered(art, [], [], "Turkey")
    assert kulp.where == "Kulp" and kulp.sentences == [2, 3]
    # with no one hurt in the next sentence, nothing is placed there
    calm = TURKEY.replace("were wounded as they were about to inspect", "were about to inspect")
    assert unnumbered(_article(calm, dt.date(2005, 7, 2)), [], [], "Turkey") == []


def test_how_the_counted_bodies_were_found_is_no_count_of_its_own() -> None:
    from summarizer.toll_parts import among_the_dead

    assert among_the_dead(
        "According to defense officials, the body of one soldier had been decapitated, while two others were charred."
    )
    assert not among_the_dead("Officials say the bodies of 12 soldiers were recovered on Sunday.")


def test_a_toll_since_last_month_is_a_running_one() -> None:
    from summarizer.figure_scope import is_cumulative

    assert is_cumulative(
        "Algerian newspapers say 500 people have been killed since last September, when voters approved"
    )
    assert not is_cumulative("Security forces report 15 people have been killed at a roadblock near Blida.")


def test_captors_killed_when_a_force_stormed_their_hold_are_the_rescues_fight() -> None:
    from summarizer.rescuers import rescue_fight

    told = [
        "Security forces in Thailand stormed a hospital early Tuesday morning to free hundreds of patients and "
        "medical staff, held hostage by an ethnic rebel group from Burma.",
        "When it was over, nine insurgents were dead and all of the hostages were freed unharmed.",
    ]
    assert rescue_fight("Abduction/forced disappearance", ["non_state"], told)[0] == "Armed clash"
    # hostages killed, or no storming told: the abduction stands
    assert rescue_fight("Abduction/forced disappearance", ["civilians"], told)[0] == "Abduction/forced disappearance"
    assert rescue_fight("Abduction/forced disappearance", ["non_state"], told[1:])[0] == (
        "Abduction/forced disappearance"
    )


def test_a_force_named_on_both_sides_does_not_fight_itself() -> None:
    from summarizer.actors import canonical_actor
    from summarizer.hit_sides import sides_of_the_hit
    from summarizer.schema import DateSpan, Event, FatalityClaim, Location

    army = canonical_actor("Laurent Gbagbo's troops", country="Ivory Coast")
    assert army.name == "Military Forces of Ivory Coast"

    def event(victims: str) -> Event:
        claim = FatalityClaim(low=10, high=10, victims=victims, claimant="officials", quote="q")  # type: ignore[arg-type]
        return Event(
            event_type="Battles",
            sub_event_type="Armed clash",
            date=DateSpan(start=dt.date(2011, 2, 22), end=None, precision="day", text="Tuesday"),
            location=Location(country="Ivory Coast", admin1="Abidjan", place="Abobo"),
            actor1=army,
            actor2=army,
            fatality_claims=[claim],
            evidence=["Officials in Ivory Coast say gunmen have killed 10 troops loyal to President Laurent Gbagbo."],
        )

    hit = event("state_forces")
    sides_of_the_hit([hit])
    assert hit.actor1 is not None and hit.actor1.name == "Unidentified Armed Group"
    assert hit.actor2 is not None and hit.actor2.name == "Military Forces of Ivory Coast"
    acted = event("non_state")
    sides_of_the_hit([acted])
    assert acted.actor1 is not None and acted.actor1.name == "Military Forces of Ivory Coast"
    assert acted.actor2 is not None and acted.actor2.name == "Unidentified Armed Group"


def test_a_peoples_name_before_an_armed_noun_only_says_who_they_are() -> None:
    from summarizer.actors import canonical_actor

    assert canonical_actor("Muslim insurgents", country="Russia").name == "Unidentified Armed Group"
    assert canonical_actor("Christian villagers", country="Nigeria").name == "Civilians"
    assert canonical_actor("Muslims", country="Nigeria").name == "Civilians"


def test_an_outlet_named_between_commas_after_its_kind_is_the_source() -> None:
    told = "The French language newspaper, Le Matin, reported Tuesday that sixteen people were killed."
    assert attribution(told) == "Le Matin"
    assert (
        attribution("But the Arabic language, Al Khabar, newspaper reports that 14 people were killed.") == "Al Khabar"
    )
    assert attribution("In Kabul, Afghanistan, police said 12 people died.") == "police"


def test_the_leads_source_goes_on_for_the_parts_of_its_toll() -> None:
    from summarizer.claimcheck import claimant_for

    text = (
        "2 Roadside Bombs in Afghanistan Kill 15 Civilians\n\n"
        "Afghan officials say roadside bombs have destroyed two civilian vehicles in the country's north and "
        "south, killing at least 15 people.\n\n"
        "In the deadliest attack, nine family members were killed Sunday when a roadside bomb blast hit their car.\n\n"
        'A witness said "they were going to a wedding" when four more people died in a second blast.'
    )
    art = _article(text, dt.date(2010, 10, 25))
    nine = next(f for f in art.death_figures if f.low == 9)
    assert claimant_for(nine, "", art) == "Afghan officials"
    # after a quotation, the lead's source no longer speaks for the figures
    four = next(f for f in art.death_figures if f.low == 4)
    assert claimant_for(four, "", art) != "Afghan officials"


def test_french_forces_in_the_singular_and_prisoners_taken() -> None:
    from summarizer.victims import victims_of

    assert victims_of("un soldat malien") == "state_forces"
    assert victims_of("un sous-officier de l'armée") == "state_forces"
    art = _article(
        "Gao\n\nLe bilan est de quatre terroristes tués, et deux autres faits prisonniers.", dt.date(2013, 3, 25)
    )
    assert [f.low for f in art.death_figures] == [4]
    art = _article("Title\n\nTwelve prisoners were executed on Monday.", dt.date(2013, 3, 25))
    assert [f.low for f in art.death_figures] == [12]


def test_a_figure_said_to_have_no_sign_of_being_among_the_dead_counts_nobody() -> None:
    told = (
        "Title\n\nBut they say there is no indication that Saddam Hussein or either of his two sons are among the dead."
    )
    assert _article(told, dt.date(2003, 6, 24)).death_figures == []
    told = "Title\n\nThere was no word on casualties, but witnesses said two soldiers were killed."
    assert [f.low for f in _article(told, dt.date(2003, 6, 24)).death_figures] == [2]
