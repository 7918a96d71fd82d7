"""Events found in the text that the thirty-second session added: a sentence with dead of its
own, placed or dated, that tells a deed of a kind no coded event is ("NATO says one of its
soldiers was killed in a roadside bombing Wednesday", in a story of a suicide attack) is
another happening, even at the coded event's town or on its day; one that points back at
a happening told already ("among the dead", "in the attack") is not."""

from __future__ import annotations

import datetime as dt

from summarizer.article import Article
from summarizer.draft import DraftClaim, DraftEvent
from summarizer.found_in_text import FLAG, events_in_text
from summarizer.other_kind import of_a_new_kind
from summarizer.records import build_event
from summarizer.schema import ArticleMeta, Event
from summarizer.text import sentence_spans


def _article(text: str, published: dt.date) -> Article:
    return Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=published))


def _bombing(art: Article) -> Event:
    draft = DraftEvent.model_validate(
        dict(
            sentences=[2], sub_event_type="Suicide bomb", date="on Wednesday", place="Kabul", region="",
            country="Afghanistan", actor1="Taliban", actor1_type="Rebel group", actor2="civilians",
            actor2_type="Civilians",
            claims=[DraftClaim(figure="24", victims="civilians", claimant="officials", sentence=2)],
        )
    )  # fmt: skip
    event, _ = build_event(draft, art)
    return event


STORY = (
    "Suicide attack kills 24 in Kabul\n\n"
    "Afghan officials say a suicide bomber killed 24 civilians in Kabul on Wednesday. "
    "The Taliban claimed responsibility. "
    "Police said gunmen shot dead three police officers at a checkpoint in Kabul Wednesday."
)


def test_a_deed_of_another_kind_on_the_same_day_and_town_is_another_event() -> None:
    art = _article(STORY, dt.date(2012, 5, 3))
    coded = _bombing(art)
    assert coded.sub_event_type == "Suicide bomb" and coded.location.place == "Kabul"
    found = events_in_text(art, [coded])
    assert len(found) == 1 and FLAG in found[0].flags
    assert found[0].sub_event_type != "Suicide bomb"
    assert [c.low for c in found[0].fatality_claims] == [3]


def test_the_same_kind_or_a_sentence_pointing_back_stays_the_coded_event() -> None:
    art = _article(
        STORY.replace("gunmen shot dead three police officers", "a suicide bomber killed three police officers"),
        dt.date(2012, 5, 3),
    )
    assert events_in_text(art, [_bombing(art)]) == []  # a second suicide bombing there is told no other way apart
    back = STORY.replace(
        "Police said gunmen shot dead three police officers at a checkpoint in Kabul Wednesday.",
        "Three police officers were among the dead, shot by gunmen in Kabul Wednesday.",
    )
    art = _article(back, dt.date(2012, 5, 3))
    assert events_in_text(art, [_bombing(art)]) == []


def test_a_new_kind_needs_a_deed_and_a_place_or_day() -> None:
    art = _article(STORY, dt.date(2012, 5, 3))
    events = [_bombing(art)]
    deed = "Police said gunmen shot dead three police officers at a checkpoint in Kabul Wednesday."
    assert of_a_new_kind(deed, events, placed_or_dated=True)
    assert not of_a_new_kind(deed, events, placed_or_dated=False)
    assert not of_a_new_kind("On Saturday, about 50 people were killed.", events, placed_or_dated=True)
    assert not of_a_new_kind("Father Ayala says 11 militia members were killed in the attack.", events, True)
    assert not of_a_new_kind("Parmi les morts figurent trois policiers tués par balle à Kaboul.", events, True)


def _figures(sentence: str) -> list[tuple[int | None, str]]:
    text = "Title\n\n" + sentence
    art = _article(text, dt.date(2015, 5, 5))
    return [(f.low, f.scope) for f in art.death_figures]


def test_a_wars_toll_told_with_its_age_or_another_verb_first_is_no_events() -> None:
    told = "The two-year Syrian civil war has devastated the country and killed more than 100,000 people."
    assert _figures(told) == [(100000, "cumulative")]
    assert _figures("The violence has killed some 300 people this month.") == [(300, "cumulative")]
    # one attack dated by the month is still that attack's toll
    assert _figures("Militants killed 12 soldiers in an attack on a base earlier this month.")[0][0] == 12
    assert _figures("Militants killed 12 soldiers in an attack on a base earlier this month.")[0][1] != "cumulative"
    assert _figures("Militants killed 12 soldiers Tuesday in an attack on a base.") == [(12, "event")]


def test_thousands_as_french_prints_them_are_one_figure() -> None:
    assert _figures("Le conflit a fait plus de 10.000 morts depuis 2012.") == [(10000, "cumulative")]
    assert _figures("Le conflit a fait plus de 10 000 morts depuis 2012.") == [(10000, "cumulative")]
    assert _figures("Au moins 12 soldats ont été tués mardi.") == [(12, "event")]


def test_al_qaida_in_a_country_with_a_branch_is_that_branch() -> None:
    from summarizer.actors import canonical_actor

    assert canonical_actor("al-Qaida", country="Yemen").name == "AQAP: Al Qaeda in the Arabian Peninsula"
    assert canonical_actor("al-Qaida militants", country="Iraq").name == "Al Qaeda in Iraq"
    assert canonical_actor("al-Qaida", country="Algeria").name == "AQIM: Al Qaeda in the Islamic Maghreb"
    assert canonical_actor("al-Qaida", country="Pakistan").name == "Al Qaeda"  # no branch of its own there


def _lahore_bombing(art: Article) -> Event:
    """The model's draft of the Lahore park bombing (sentence 1: "... killing more than 50 people")."""
    draft = DraftEvent.model_validate(
        dict(sentences=[1], sub_event_type="Suicide bomb", date="on Sunday", place="Lahore", region="",
             country="Pakistan", actor1="suicide bomber", actor1_type="Rebel group", actor2="people",
             actor2_type="Civilians", claims=[DraftClaim(figure="more than 50", victims="civilians", claimant="", sentence=1)])
    )  # fmt: skip
    event, _ = build_event(draft, art)
    return event


PROTEST = (
    "Bombing in Lahore\n\n"
    "A suicide bomber attacked a crowded park in Lahore on Sunday, killing more than 50 people.\n\n"
    "Separately, in Islamabad, thousands of Pakistanis gathered to protest the execution last month of a man "
    "who had killed a provincial governor."
)


def test_a_crowd_gathered_to_protest_is_a_protest_of_its_day_not_of_what_it_protests() -> None:
    from summarizer.found_protests import protest_towns
    from summarizer.news_days import dates_what_it_follows

    sentence = PROTEST.split("\n\n")[2]
    assert dates_what_it_follows(sentence, "last month")
    art = _article(PROTEST, dt.date(2016, 3, 28))
    bombing = _lahore_bombing(art)
    drafts = protest_towns(art, [bombing], "Pakistan")
    assert [d.place for d in drafts] == ["Islamabad"]
    protest, _ = build_event(drafts[0], art)
    assert protest.salience == "main" and protest.date.start == dt.date(2016, 3, 27)


def test_a_crowd_typed_civilians_in_a_protest_is_the_countrys_protesters() -> None:
    from summarizer.actors import canonical_actor
    from summarizer.sidenames import crowd_side

    youths = canonical_actor("young men", country="South Sudan", fallback_type="Civilians")
    crowd, flags = crowd_side(youths, "young men", "Peaceful protest", "actor1", where="South Sudan")
    assert crowd is not None and crowd.name == "Protesters (South Sudan)" and flags


def test_a_found_events_day_is_not_a_year_a_superlative_measures_against() -> None:
    from summarizer.found_dates import date_before

    text = (
        "Bombings in Baghdad\n\n"
        "Bombings in Baghdad early Sunday killed at least 124 people. "
        "It was the deadliest attack in the Iraqi capital this year. "
        "At least five people were killed when a bomb exploded in the Shaab area."
    )
    art = _article(text, dt.date(2016, 7, 4))
    assert date_before(art, 3) == "Sunday"  # not "this year"


def test_a_total_four_times_an_open_part_holds_it_and_more() -> None:
    from summarizer.fatalities import totals
    from summarizer.schema import FatalityClaim

    total = FatalityClaim(
        low=4, high=None, victims="unknown", claimant="VOA", quote="At least four people have been killed"
    )
    part = FatalityClaim(
        low=1, high=None, victims="state_forces", claimant="police chief", quote="at least one policeman"
    )
    _, acled = totals([total, part])
    assert acled == 4  # the policeman and three attackers
    # a total barely above an open part from another source is that source's count of the same dead
    rival = FatalityClaim(low=70, high=None, victims="unknown", claimant="group", quote="more than 70 people")
    soldiers = FatalityClaim(low=50, high=None, victims="state_forces", claimant="army", quote="at least 50 soldiers")
    assert totals([rival, soldiers])[1] == 50


def test_according_to_in_the_next_sentence_attributes_that_sentence_not_the_toll() -> None:
    from summarizer.claimcheck import claimant_for

    text = (
        "Boko Haram Bombs Mosque in Nigeria\n\n"
        "The suicide bombing attack of a mosque near Maiduguri, Nigeria, killed at least 22 people Wednesday. "
        "The two bombers were female, according to the Associated Press."
    )
    art = _article(text, dt.date(2016, 3, 18))
    figure = art.death_figures[0]
    assert claimant_for(figure, "Associated Press", art) != "Associated Press"
    said = text.replace("according to the Associated Press.", "the Associated Press said.")
    art = _article(said, dt.date(2016, 3, 18))
    assert claimant_for(art.death_figures[0], "Associated Press", art) == "Associated Press"


HURT = (
    "Suicide attack kills 24 in Kabul\n\n"
    "Afghan officials say a suicide bomber killed 24 civilians in Kabul on Wednesday. "
    "A suicide bomber wounded four Italian soldiers in Herat."
)


def test_people_hurt_in_a_town_of_its_own_is_another_event() -> None:
    art = _article(HURT, dt.date(2012, 5, 3))
    found = events_in_text(art, [_bombing(art)])
    assert [ev.location.place for ev in found] == ["Herat"] and found[0].fatalities_acled == 0
    back = HURT.replace("A suicide bomber wounded", "Officials said the attack wounded")
    art = _article(back, dt.date(2012, 5, 3))
    assert events_in_text(art, [_bombing(art)]) == []  # the attack told already, its wounded counted on
    told = HURT.replace("A suicide bomber wounded", "The latest attack wounded")
    art = _article(told, dt.date(2012, 5, 3))
    assert events_in_text(art, [_bombing(art)]) == []  # "the latest attack": one told already


def test_the_summary_tells_the_wounded_and_who_claimed() -> None:
    from summarizer.facts import fact_sentences, hurt_figures
    from summarizer.unclaimed import TOLD_UNCLAIMED, unclaimed_off

    text = (
        "Bombing in Lahore\n\n"
        "A suicide bomber attacked a park in Lahore on Sunday, killing more than 50 people and wounding another 300. "
        "No one has claimed responsibility for the attack."
    )
    art = _article(text, dt.date(2016, 3, 28))
    event = _lahore_bombing(art)
    assert hurt_figures(event) == ["300 wounded"]
    unclaimed_off(art, [event], "Pakistan")
    assert TOLD_UNCLAIMED in event.flags
    told = " ".join(fact_sentences([event], "VOA"))
    assert "300 wounded" in told and "no group claimed responsibility" in told
