"""The killing an arrest is for (``arrest_killings.py``) and a speaker coded as a side.

Events are built by the real checks from drafts written as the model answers them.
"""

from __future__ import annotations

import datetime as dt

from summarizer.arrest_killings import FLAG, killings_behind_arrests
from summarizer.article import Article
from summarizer.draft import DraftClaim, DraftEvent
from summarizer.records import build_event
from summarizer.schema import ArticleMeta
from summarizer.text import sentence_spans

MISSONG = (
    "Civils tués en zone anglophone\n\n"
    "L'armée camerounaise a déclaré mardi avoir arrêté quatre soldats pour le meurtre le 1er juin de 9 civils, "
    "dont 4 femmes et un bébé, à Missong, dans le Nord-Ouest anglophone."
)


def _article(text: str, published: dt.date) -> Article:
    return Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=published))


def _arrests(art: Article, claims: list[DraftClaim]) -> DraftEvent:
    return DraftEvent(
        sentences=[2], sub_event_type="Arrests", date="le 1er juin", place="Missong", region="",
        country="Cameroon", actor1="L'armée camerounaise", actor1_type="State forces", actor2="civils",
        actor2_type="Civilians", claims=claims,
    )  # fmt: skip


def test_an_arrest_for_a_killing_keeps_no_dead_and_the_killing_becomes_an_event() -> None:
    art = _article(MISSONG, dt.date(2022, 6, 8))
    claims = [DraftClaim(figure="9", victims="civilians", claimant="L'armée camerounaise", sentence=2)]
    arrests = build_event(_arrests(art, claims), art)[0]
    assert arrests.fatalities_acled == 9  # the model's arrest carries the dead
    assert arrests.location.admin1 == "North-West"  # "le Nord-Ouest anglophone"
    (killing,) = killings_behind_arrests([arrests])
    assert arrests.fatalities_acled == 0 and arrests.fatality_claims == []
    assert (killing.sub_event_type, killing.fatalities_acled) == ("Attack", 9)
    assert killing.actor1 is not None and killing.actor1.name == "Military Forces of Cameroon"  # the arrested soldiers
    assert killing.actor2 is not None and killing.actor2.name == "Civilians"
    assert FLAG in killing.flags and killing.location.place == "Missong"


def test_an_arrest_without_dead_makes_no_killing() -> None:
    art = _article(MISSONG, dt.date(2022, 6, 8))
    arrests = build_event(_arrests(art, []), art)[0]
    assert killings_behind_arrests([arrests]) == []


def test_a_person_who_only_tells_of_the_attack_is_no_side() -> None:
    text = (
        "Des déplacés de Zimtenga témoignent\n\n"
        "Au Burkina Faso, les populations de plusieurs villages ont fui vers Kongoussi suite à une série d'attaques "
        "qui ont fait au moins 26 civils tués selon les médias locaux. Témoignage de Bruno Ouédraogo, 30 ans, "
        "à Kongoussi."
    )
    art = _article(text, dt.date(2019, 10, 1))
    draft = DraftEvent(
        sentences=[2, 3], sub_event_type="Attack", date="", place="Zimtenga", region="", country="Burkina Faso",
        actor1="Bruno Ouédraogo", actor1_type="Protesters", actor2="civils", actor2_type="Civilians",
        claims=[DraftClaim(figure="26", victims="civilians", claimant="médias locaux", sentence=2)],
    )  # fmt: skip
    event = build_event(draft, art)[0]
    assert "actor1_is_a_speaker:Bruno Ouédraogo" in event.flags
    assert event.actor1 is not None and event.actor1.name == "Unidentified Armed Group"
    assert event.actor2 is not None and event.actor2.name == "Civilians"


def test_a_mayor_named_only_by_office_is_no_side_and_the_soldiers_hit_stay_second() -> None:
    text = (
        "Le maire de Sokolo réagit à la revendication du GSIM\n\n"
        "Au Mali, le Groupe de soutien à l'Islam et aux musulmans a revendiqué l'attaque meurtrière de dimanche "
        "contre le camp de la gendarmerie de Sokolo. Cette attaque a été menée par plusieurs dizaines d’hommes "
        "lourdement armés. Vingt soldats maliens ont été tués, plusieurs autres blessés."
    )
    art = _article(text, dt.date(2020, 1, 27))
    draft = DraftEvent(
        sentences=[1, 2, 3], sub_event_type="Armed clash", date="dimanche", place="Sokolo", region="",
        country="Mali", actor1="Maire", actor1_type="Political militia", actor2="armée malienne",
        actor2_type="State forces", claims=[],
    )  # fmt: skip
    event = build_event(draft, art)[0]
    assert any(f.startswith("actor1_is_a_speaker") for f in event.flags)
    assert event.actor1 is not None and event.actor1.name == "Unidentified Armed Group"
    assert event.actor2 is not None and event.actor2.name == "Military Forces of Mali"
    from summarizer.found_sides import named_group

    assert named_group(art.sentence_text(1), "Mali", art) is not None  # the group's whole French name
    from summarizer.lead_toll import add_lead_toll

    add_lead_toll(art, [event])  # no figure in the lead: the first body sentence's dead
    assert event.fatalities_acled == 20
