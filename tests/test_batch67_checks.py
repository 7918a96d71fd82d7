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


def test_an_undated_event_takes_the_day_of_its_deed_not_of_its_tribute() -> None:
    import datetime as dt

    from summarizer.article import Article
    from summarizer.draft import DraftEvent
    from summarizer.event_dates import event_date
    from summarizer.schema import ArticleMeta
    from summarizer.text import sentence_spans

    text = (
        "Hommage national aux 71 soldats\n\n"
        "Le Niger a rendu un hommage national vendredi aux 71 soldats tués mardi par des terroristes."
    )
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2019, 12, 13)))
    draft = DraftEvent(
        sentences=[2], sub_event_type="Armed clash", date="", place="", region="", country="Niger",
        actor1="terroristes", actor1_type="Rebel group", actor2="soldats", actor2_type="State forces", claims=[],
    )  # fmt: skip
    date, _ = event_date(draft, art, [art.sentence_text(1)])
    assert date.start == dt.date(2019, 12, 10)
