"""Conflict words and openings read from the forty-third session's misses (unit level).

Each sentence is made up in the shape of the stories' own; each assertion failed before
its change.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.article import Article
from summarizer.found_sides import NOBODY, sides_without_dead
from summarizer.keywords import classify
from summarizer.schema import ArticleMeta
from summarizer.separate import opens_as_separate, tells_another
from summarizer.text import sentence_spans


@pytest.mark.parametrize(
    ("sentence", "sub_type"),
    [
        ("In the port town, a car full of explosives blew up near the border.", "Remote explosive/landmine/IED"),
        ("The provincial governor escaped injury when a bomb hit his convoy.", "Remote explosive/landmine/IED"),
        ("Later, aircraft belonging to the general hit suspected militant positions.", "Air/drone strike"),
        ("Witnesses woke up to the sound of gunshots near the barracks Thursday morning.", "Armed clash"),
    ],
)
def test_acts_told_in_these_words_are_violence(sentence: str, sub_type: str) -> None:
    found = classify(sentence)
    assert found is not None and found[1] == sub_type


@pytest.mark.parametrize(
    "sentence",
    ["The helicopter was hit by ground fire.", "A bomb disposal team was sent to the school."],
)
def test_words_near_those_acts_are_not_an_act(sentence: str) -> None:
    assert classify(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "separate"),
    [
        ("In one incident, three soldiers were killed when fighters set off a land mine.", True),
        ("In separate incidents, police say militants lobbed grenades at two camps.", True),
        ("In two separate attacks, five people died.", True),
        ("In one statement, the army said the operation was over.", False),
    ],
)
def test_a_sentence_opening_on_one_of_several_incidents_tells_another_happening(sentence: str, separate: bool) -> None:
    assert opens_as_separate(sentence) is separate


def _article(text: str) -> Article:
    return Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2012, 10, 29)))


def test_state_forces_that_also_shelled_an_area_acted() -> None:
    sentence = "Activists said government troops also shelled those areas in an attempt to drive out rebels."
    actor1, type1, actor2, _ = sides_without_dead(sentence, "Syria", _article("Shelling\n\n" + sentence))
    assert actor1.endswith("government troops") and type1 == "State forces"
    assert actor2 == NOBODY


def test_state_forces_hit_by_an_ambush_are_still_the_target() -> None:
    sentence = "A patrol of government troops fell into an ambush near the border on Sunday."
    actor1, _, actor2, type2 = sides_without_dead(sentence, "Syria", _article("Ambush\n\n" + sentence))
    assert actor1 == NOBODY
    assert type2 == "State forces"


@pytest.mark.parametrize(
    ("sentence", "another"),
    [
        ("NATO says two of its service members were killed in separate insurgent attacks Wednesday.", True),
        ("Five people were killed in three separate bombings in the capital.", True),
        ("The talks were held in separate rooms.", False),
    ],
)
def test_dead_of_separate_attacks_are_another_happening(sentence: str, another: bool) -> None:
    assert tells_another(sentence) is another


@pytest.mark.parametrize(
    ("next_sentence", "source"),
    [
        # the act told again by its source: the toll before is theirs
        (
            "Officials say a large number of fighters attacked several security checkpoints in the province.",
            "Officials",
        ),
        # a next sentence with dead of its own tells its own toll, not the source of this one
        ("Officials say fighters attacked a checkpoint in the north, killing two soldiers.", None),
    ],
)
def test_a_toll_without_a_source_takes_the_source_that_tells_the_act_next(
    next_sentence: str, source: str | None
) -> None:
    text = "Police Killed\n\nMeanwhile, an offensive in the south has killed four police officers. " + next_sentence
    (figure,) = [f for f in _article(text).death_figures if f.low == 4]
    assert figure.claimant == source


def test_a_city_hit_by_an_insurgency_does_not_make_its_toll_the_wars() -> None:
    from summarizer.figure_scope import is_cumulative

    assert not is_cumulative("A bomb has killed at least 19 people in the insurgency-hit city of Peshawar.")
    assert is_cumulative("More than 5,000 people have died in the insurgency.")


@pytest.mark.parametrize(
    ("figure", "low_high"),
    [
        ("nearly 200", (180, 199)),
        ("almost 50", (45, 49)),
        ("close to 100", (90, 99)),
        ("nearly 2,000", (1800, 1999)),
        ("nearly 12", (12, 12)),  # a small figure is read as itself
        ("around 20", (20, 20)),  # about a figure is not short of it
    ],
)
def test_a_figure_told_as_nearly_n_is_short_of_n(figure: str, low_high: tuple[int, int]) -> None:
    from summarizer.fatalities import parse_figure

    assert parse_figure(figure) == low_high


def test_civilians_are_never_the_attacker_of_one_sided_violence() -> None:
    from summarizer.civilian_sides import no_civilian_attacker
    from summarizer.schema import Actor

    witnesses = Actor(name="Civilians", type="Civilians", aliases=["Témoignages"])
    (a1, a2), flags = no_civilian_attacker(witnesses, None, "Attack")
    assert a1 is not None and a1.name == "Unidentified Armed Group"
    assert a2 == witnesses and flags == ["actor1_civilians_never_attack:Civilians"]
    # two crowds in an armed clash are left to the riot check; a protest's civilians stand
    assert no_civilian_attacker(witnesses, witnesses, "Armed clash") == ((witnesses, witnesses), [])
    assert no_civilian_attacker(witnesses, None, "Peaceful protest") == ((witnesses, None), [])


def test_the_remains_of_people_brought_to_a_hospital_are_their_dead() -> None:
    from summarizer.deaths import find_figures

    sentence = "The hospital director told VOA that the remains of 27 people had been brought to the hospital."
    deaths, _ = find_figures(sentence, sentence_spans(sentence), None)
    assert [(f.text, f.low) for f in deaths] == [("27", 27)]


def test_a_title_ending_on_a_name_then_the_persons_name_is_the_source() -> None:
    from summarizer.attribution import attribution

    sentence = (
        "The medical director of Mogadishu's Medina Hospital, Abdulkadir Husein Mohamed, told VOA that "
        "27 people had died."
    )
    assert attribution(sentence) == "medical director of Mogadishu's Medina Hospital, Abdulkadir Husein Mohamed"
    assert attribution("Mohamed Ali, Hassan Omar, said 12 people died.") is None  # two names, no title


def test_people_who_died_while_in_hospital_add_to_the_bodies_brought_there() -> None:
    from summarizer.fatalities import totals
    from summarizer.schema import FatalityClaim

    quote = (
        "The hospital director told VOA that the remains of 27 people had been brought to the hospital, "
        "and that two others had died of their wounds while in the hospital."
    )
    claims = [FatalityClaim(low=n, high=n, claimant="hospital director", quote=quote) for n in (27, 2)]
    _, acled = totals(claims)
    assert acled == 29
    # "while" set against another figure still makes them rival figures
    rival = quote.replace("while in the hospital", "while the army says 2")
    _, acled = totals([FatalityClaim(low=n, high=n, claimant="hospital director", quote=rival) for n in (27, 2)])
    assert acled != 29


def test_a_sentence_telling_when_the_attack_took_place_dates_an_undated_event() -> None:
    from summarizer.draft import DraftEvent
    from summarizer.event_dates import event_date

    text = (
        "Témoignages suite au massacre\n\n"
        "A la frontière, la peur règne malgré les patrouilles. L'insécurité est toujours grande. "
        "Les populations savaient que les terroristes allaient riposter. "
        "Le chef de tribu dit que 31 personnes ont été assassinées à Wakassa. "
        "Il ajoute l'attaque a eu le vendredi 27 avril 2018 au moment où les gens étaient à la prière."
    )
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2018, 4, 28)))
    draft = DraftEvent(
        sentences=[5], sub_event_type="Attack", date="récentes", place="Wakassa", region="", country="Mali",
        actor1="terroristes", actor1_type="Rebel group", actor2="civils", actor2_type="Civilians", claims=[],
    )  # fmt: skip
    span, flags = event_date(draft, art, [art.sentence_text(4)])
    assert span.start == dt.date(2018, 4, 27) and "date_from_the_story:the deed's date" in flags


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "United Nations peacekeepers who conducted patrols in Malakal over the weekend said the town has been "
            '"looted and burned, with more than 100 bodies scattered along the route."',
            "United Nations peacekeepers",
        ),
        ("Residents who fled the town said 12 people died.", "Residents"),
        ("Officials who asked not to be named said four people died.", "Officials"),
    ],
)
def test_the_source_is_the_subject_before_its_relative_clause(sentence: str, source: str) -> None:
    from summarizer.attribution import attribution

    assert attribution(sentence) == source
