"""Checks written after reading gold batch 67 (its first run, unread, is recorded in
evals/README.md): South Sudan's army by its own name."""

from __future__ import annotations

from summarizer.actors import canonical_actor


def test_the_south_sudan_peoples_defense_forces_are_the_army_not_myanmars_pdf() -> None:
    for told in ("South Sudan People’s Defense Forces", "SSPDF"):
        assert canonical_actor(told, country="South Sudan").name == "Military Forces of South Sudan"
    assert canonical_actor("People's Defense Forces", country="Myanmar").name == "People's Defense Force"
