"""Checks written after reading gold batch 67 (its first run, unread, is recorded in
evals/README.md): South Sudan's army by its own name."""

from __future__ import annotations

from summarizer.actors import canonical_actor


def test_the_south_sudan_peoples_defense_forces_are_the_army_not_myanmars_pdf() -> None:
    for told in ("South Sudan People’s Defense Forces", "SSPDF"):
        assert canonical_actor(told, country="South Sudan").name == "Military Forces of South Sudan"
    assert canonical_actor("People's Defense Forces", country="Myanmar").name == "People's Defense Force"


def test_one_killed_and_his_driver_are_two_dead() -> None:
    import datetime as dt

    from summarizer.deaths import find_figures
    from summarizer.text import sentence_spans

    text = "Officials say gunmen have shot and killed an employee of the relief agency and his driver."
    deaths, _ = find_figures(text, sentence_spans(text), dt.date(2008, 8, 18))
    assert [(d.low, d.high) for d in deaths] == [(2, 2)]
