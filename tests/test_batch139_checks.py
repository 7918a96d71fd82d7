"""Batch 139's unseen misses, read after its unread run (unit level): each assertion failed before its change."""

from __future__ import annotations

import datetime as dt

from summarizer.article import Article
from summarizer.claimscope import claims_of_this_event
from summarizer.schema import Actor, ArticleMeta, DateSpan, Event, FatalityClaim, Location, Span
from summarizer.text import sentence_spans

BATIBO = (
    "Suspected Separatists Abduct Cameroon Government Official\n\n"
    "Cameroonian authorities continue to search for a senior regional official kidnapped Sunday by suspected "
    "separatist militants in the country's English-speaking northwest. The abduction followed the killing of three "
    "gendarmes that same day amid violence in other anglophone towns as officials tried to celebrate National Youth Day."
)


def test_another_attacks_dead_beside_an_abduction_are_not_its_toll() -> None:
    art = Article(text=BATIBO, sentences=sentence_spans(BATIBO), meta=ArticleMeta(published=dt.date(2018, 2, 12)))
    quote = BATIBO[BATIBO.index("The abduction") :]
    at = BATIBO.index(quote)
    span = Span(quote=quote, start=at, end=at + len(quote), status="exact")
    claim = FatalityClaim(low=3, high=3, victims="state_forces", claimant="Voice of America", quote=quote, span=span)
    where = Location(country="Cameroon", admin1=None, place=None)
    day = DateSpan(start=dt.date(2018, 2, 11), end=None, precision="day", text="Sunday")
    kept, moved, flags = claims_of_this_event([claim], art, where, day, "Abduction/forced disappearance")
    assert (kept, [c.low for c in moved]) == ([], [3]), flags
    # a killing's own figure doubted the same way stays, flagged: the doubt is the event's
    kept, moved, flags = claims_of_this_event([claim], art, where, day, "Attack")
    assert [c.low for c in kept] == [3] and any(f.startswith("claim_doubtful") for f in flags)


def test_a_name_cut_at_a_slash_spells_out_no_acronym() -> None:
    """Tambura: "the Sudan People's Liberation Movement/Army In Opposition (SPLM/A IO) ...
    SPLM-IO spokesperson": SPLM is no acronym of the name cut at the slash."""
    from summarizer.acronyms import find_acronyms

    text = (
        "Fighting erupted between the Sudan People's Liberation Movement/Army In Opposition (SPLM/A IO) and the "
        "army. But SPLM-IO spokesperson Lam Gabriel denied it. Later the Northern Liberation Army attacked; the NLA won."
    )
    found = find_acronyms(text)
    assert "SPLM" not in found
    assert found.get("NLA") == "Northern Liberation Army"


def _attack(actor1: str, evidence: list[str]) -> Event:
    from summarizer.actors import canonical_actor

    return Event(
        event_type="Violence against civilians",
        sub_event_type="Attack",
        date=DateSpan(start=dt.date(2016, 8, 11), end=None, precision="day", text="jeudi"),
        location=Location(country="Burundi", admin1=None, place="Mubarazi"),
        actor1=canonical_actor(actor1, country="Burundi"),
        actor2=Actor(name="Civilians", type="Civilians", aliases=[]),
        evidence=evidence,
    )


def test_the_force_that_found_the_bodies_did_not_kill() -> None:
    """Mubarazi (and, on the stored reports, two Mexican stories): the police who search or
    identify the bodies are no killer; a force the evidence has kill stays."""
    from summarizer.body_finders import finder_not_killer

    found = _attack(
        "police burundaise",
        [
            "La police burundaise promet de terminer l'identification de deux corps vendredi.",
            "Les deux cadavres ont été découverts jeudi dans la rivière Mubarazi.",
        ],
    )
    finder_not_killer(found)
    assert found.actor1 is not None and found.actor1.name == "Unidentified Armed Group"
    assert found.flags == ["actor1_found_the_dead:Police Forces of Burundi"]
    shot = _attack("police", ["Police shot the two men, and their bodies were found in the river on Thursday."])
    finder_not_killer(shot)
    assert shot.actor1 is not None and shot.actor1.name == "Police Forces of Burundi"


def test_the_models_own_word_for_mutineers_names_the_mutiny() -> None:
    """Bouaké 2017: the model wrote the side as "Mutins"; in a story of a mutiny that is
    ACLED's "Mutiny of Military Forces of Ivory Coast", not a raw name."""
    from summarizer.mutinies import name_mutineers

    event = _attack("police", ["Deux personnes ont été blessées après que les mutins ont dispersé une marche."])
    event.location = Location(country="Ivory Coast", admin1=None, place="Bouake")
    event.actor1 = Actor(name="Mutins", type="Rebel group", aliases=["mutins"])
    name_mutineers([event], "La mutinerie se poursuit au sein de l'armée ivoirienne. " + event.evidence[0])
    assert event.actor1.name == "Mutiny of Military Forces of Ivory Coast"
    event.actor1 = Actor(name="Mutants", type="Rebel group", aliases=["mutants"])
    name_mutineers([event], "La mutinerie se poursuit.")
    assert event.actor1.name == "Mutants"
