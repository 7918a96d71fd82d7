"""French articles write the elided article with a curly apostrophe ("l’armée", "d’une")
as often as with a straight one; every French pattern must read both, and a pattern
searched in folded text must be written the way folding leaves it."""

from __future__ import annotations

import pytest

from summarizer.deaths import find_figures
from summarizer.happening import tells_a_happening
from summarizer.keywords import classify, own_part
from summarizer.places import place_in_evidence, region_in_text
from summarizer.schema import Actor
from summarizer.setting_country import setting_country as _setting_country
from summarizer.sides import orient_sides
from summarizer.text import sentence_spans

ARMY = Actor(name="Military Forces of Mali", type="State forces", aliases=[])
JNIM = Actor(name="JNIM", type="Rebel group", aliases=[])


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_dead_killed_in_an_ambush_were_hit_by_the_group_whatever_the_apostrophe(apostrophe: str) -> None:
    sentence = f"Douze soldats tués lors d{apostrophe}une embuscade jihadiste près de Kidal."
    a1, a2, _ = orient_sides(ARMY, JNIM, "soldats", "jihadistes", [sentence], "Armed clash")
    assert (a1, a2) == (JNIM, ARMY)


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_a_french_suicide_bombing_is_typed_whatever_the_apostrophe(apostrophe: str) -> None:
    sentence = f"Un homme s{apostrophe}est fait exploser mardi dans une mosquée de Maiduguri, tuant 12 fidèles."
    assert classify(sentence) == ("Explosions/Remote violence", "Suicide bomb")


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_a_lead_in_that_refers_back_is_cut_whatever_the_apostrophe(apostrophe: str) -> None:
    sentence = f"L{apostrophe}attaque intervient après une embuscade qui a fait 5 morts."
    assert own_part(sentence) == "une embuscade qui a fait 5 morts."


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_a_toll_beside_a_war_long_count_is_the_events_whatever_the_apostrophe(apostrophe: str) -> None:
    text = (
        "Attaque à Kidal\n\n"
        f"L{apostrophe}attaque a tué 12 soldats mardi à Kidal, s{apostrophe}ajoutant aux centaines de morts "
        "depuis janvier."
    )
    figures, _ = find_figures(text, sentence_spans(text))
    assert [(f.low, f.scope) for f in figures if f.low == 12] == [(12, "event")]


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_a_locality_and_a_province_are_read_whatever_the_apostrophe(apostrophe: str) -> None:
    assert place_in_evidence([f"Des hommes armés ont attaqué la localité d{apostrophe}Intabzaz mardi."], "Mali") == (
        "Intabzaz"
    )
    assert region_in_text([f"Des combats ont eu lieu dans la province d{apostrophe}Orouzgan."], "Afghanistan") == (
        "Uruzgan"
    )


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_a_happening_told_in_french_is_one_whatever_the_apostrophe(apostrophe: str) -> None:
    assert tells_a_happening([f"L{apostrophe}incident s{apostrophe}est produit mardi soir à Gao."])


def test_a_country_written_in_french_sets_the_event_there() -> None:
    sentence = "Huit soldats ont été tués mardi par des hommes armés au Sénégal, près de la frontière."
    assert _setting_country([sentence], "Mali") == "Senegal"
    # a longer name is read whole, not as the shorter one it ends with
    killed = "Suspected rebels have killed at least 12 people in the Democratic Republic of Congo."
    assert _setting_country([killed], "Democratic Republic of Congo") is None
    assert _setting_country(["Fighting raged in South Sudan on Monday."], "Sudan") == "South Sudan"
