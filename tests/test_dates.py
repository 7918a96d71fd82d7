"""Tests for summarizer.dates, with phrases taken from the gold articles and labels."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from summarizer.dates import event_date_phrases, find_date_phrase, resolve_date

D = dt.date
GOLD = Path("/work/shared/gold")


@pytest.mark.parametrize(
    ("phrase", "published", "start", "end", "precision"),
    [
        ("on Tuesday", D(2023, 1, 12), D(2023, 1, 10), D(2023, 1, 10), "day"),  # FORMAT.md example
        ("Thursday’s attack", D(2023, 8, 4), D(2023, 8, 3), D(2023, 8, 3), "day"),  # seed_003
        ("on Wednesday", D(2015, 3, 18), D(2015, 3, 18), D(2015, 3, 18), "day"),  # same weekday = pub day
        ("Last Friday", D(2022, 5, 26), D(2022, 5, 20), D(2022, 5, 20), "day"),  # 027
        ("last Thursday", D(2023, 8, 3), D(2023, 7, 27), D(2023, 7, 27), "day"),  # strictly before
        ("Saturday evening", D(2021, 5, 3), D(2021, 5, 1), D(2021, 5, 1), "day"),  # 007
        ("mardi", D(2023, 11, 8), D(2023, 11, 7), D(2023, 11, 7), "day"),
        ("Mardi 7 novembre", D(2023, 11, 8), D(2023, 11, 7), D(2023, 11, 7), "day"),  # 020
        ("le 31 octobre dernier", D(2023, 11, 8), D(2023, 10, 31), D(2023, 10, 31), "day"),  # 020
        ("le 7 novembre", D(2024, 1, 3), D(2023, 11, 7), D(2023, 11, 7), "day"),  # after pub -> year before
        ("today", D(2024, 2, 29), D(2024, 2, 29), D(2024, 2, 29), "day"),
        ("aujourd’hui", D(2024, 2, 29), D(2024, 2, 29), D(2024, 2, 29), "day"),
        ("yesterday", D(2024, 3, 1), D(2024, 2, 29), D(2024, 2, 29), "day"),
        ("hier", D(2023, 1, 1), D(2022, 12, 31), D(2022, 12, 31), "day"),
        ("The day before", D(2022, 7, 28), D(2022, 7, 27), D(2022, 7, 27), "day"),
        ("la veille", D(2022, 7, 28), D(2022, 7, 27), D(2022, 7, 27), "day"),
        ("last night", D(2019, 11, 20), D(2019, 11, 19), D(2019, 11, 20), "range"),  # 001
        ("two days ago", D(2024, 8, 5), D(2024, 8, 3), D(2024, 8, 3), "day"),
        ("last week", D(2024, 7, 30), D(2024, 7, 22), D(2024, 7, 28), "week"),  # seed_004 convention
        ("earlier this month", D(2024, 3, 15), D(2024, 3, 1), D(2024, 3, 15), "month"),
        ("last month", D(2024, 3, 15), D(2024, 2, 1), D(2024, 2, 29), "month"),
        ("le mois dernier", D(2024, 1, 10), D(2023, 12, 1), D(2023, 12, 31), "month"),
        ("July 27", D(2022, 7, 28), D(2022, 7, 27), D(2022, 7, 27), "day"),
        ("27 July", D(2022, 7, 28), D(2022, 7, 27), D(2022, 7, 27), "day"),
        ("On July 22", D(2022, 7, 28), D(2022, 7, 22), D(2022, 7, 22), "day"),  # seed_001
        ("December 30", D(2024, 1, 5), D(2023, 12, 30), D(2023, 12, 30), "day"),
        ("from July 22–27", D(2024, 7, 30), D(2024, 7, 22), D(2024, 7, 27), "range"),  # seed_002
        ("July 22-27", D(2024, 7, 30), D(2024, 7, 22), D(2024, 7, 27), "range"),
        ("between 22 and 27 July", D(2024, 7, 30), D(2024, 7, 22), D(2024, 7, 27), "range"),
        ("du 22 au 27 juillet", D(2024, 7, 30), D(2024, 7, 22), D(2024, 7, 27), "range"),
        ("30 July to 2 August", D(2024, 8, 5), D(2024, 7, 30), D(2024, 8, 2), "range"),
        ("since March 22", D(2022, 4, 8), D(2022, 3, 22), D(2022, 4, 8), "range"),  # 022
        ("March 22, 2022", D(2023, 1, 1), D(2022, 3, 22), D(2022, 3, 22), "day"),
        ("22 mars 2022", D(2023, 1, 1), D(2022, 3, 22), D(2022, 3, 22), "day"),
        ("2023-01-10", D(2023, 1, 12), D(2023, 1, 10), D(2023, 1, 10), "day"),
        ("in 2012", D(2015, 3, 18), D(2012, 1, 1), D(2012, 12, 31), "year"),  # 004
        ("In January", D(2015, 3, 18), D(2015, 1, 1), D(2015, 1, 31), "month"),  # 004
        ("in August 2016", D(2019, 11, 19), D(2016, 8, 1), D(2016, 8, 31), "month"),  # 002
        ("in December 2024", D(2025, 3, 14), D(2024, 12, 1), D(2024, 12, 31), "month"),  # voa_8010694
    ],
)
def test_resolve_date(phrase: str, published: dt.date, start: dt.date, end: dt.date, precision: str) -> None:
    got = resolve_date(phrase, published)
    assert (got.start, got.end, got.precision) == (start, end, precision)
    assert got.text == phrase


@pytest.mark.parametrize("phrase", ["on Tuesday", "yesterday", "la veille", "last week", "July 27", "In January"])
def test_relative_phrases_without_publication_date_stay_unknown(phrase: str) -> None:
    got = resolve_date(phrase, None)
    assert (got.start, got.end, got.precision, got.text) == (None, None, "unknown", phrase)


@pytest.mark.parametrize(
    ("phrase", "start", "precision"),
    [
        ("March 22, 2022", D(2022, 3, 22), "day"),
        ("22 mars 2022", D(2022, 3, 22), "day"),
        ("in 2012", D(2012, 1, 1), "year"),
        ("2023-01-10", D(2023, 1, 10), "day"),
    ],
)
def test_explicit_dates_resolve_without_publication_date(phrase: str, start: dt.date, precision: str) -> None:
    got = resolve_date(phrase, None)
    assert (got.start, got.precision) == (start, precision)


def test_no_date_in_phrase() -> None:
    assert resolve_date(None, D(2023, 1, 1)).precision == "unknown"
    assert resolve_date("three others may have escaped", D(2015, 3, 18)).precision == "unknown"
    assert resolve_date("", D(2015, 3, 18)).start is None


def test_gold_event_dates_that_are_plain_phrases() -> None:
    """Every gold date whose text is a plain relative/explicit phrase resolves as the gold says."""
    checked = 0
    phrases = {
        "on Tuesday",
        "Thursday’s attack",
        "on Wednesday",
        "On Wednesday",
        "Last Friday",
        "On Sunday",
        "late Sunday",
        "Saturday evening",
        "Mardi 7 novembre",
        "le 31 octobre dernier",
        "in 2012",
        "In January",
        "In March",
        "in August 2016",
        "in December 2024",
        "in 2010",
        "on Saturday",
        "from July 22–27",
        "Monday evening",
        "On July 22",
        "last night",
        "in March",
        "Also Monday",
    }
    for path in sorted((GOLD / "labels").glob("*.json")):
        label = json.loads(path.read_text(encoding="utf-8"))
        pub = dt.date.fromisoformat(label["meta"]["published"][:10])
        for ev in label["events"]:
            date = ev["date"]
            if date["text"] in phrases:
                got = resolve_date(date["text"], pub)
                assert (str(got.start), str(got.end), got.precision) == (
                    date["start"],
                    date["end"],
                    date["precision"],
                ), (path.name, date)  # noqa: E501
                checked += 1
    assert checked >= 20


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        (
            "At least 14 Malian soldiers were killed and 11 injured on Tuesday in clashes with jihadists in the "  # noqa: E501
            "centre of the country, according to an army report on Thursday.",
            "Tuesday",
        ),
        (
            "Mardi 7 novembre, au moins douze civils ont été tués par des frappes de drones sur Kidal",
            "Mardi 7 novembre",
        ),
        ("Wagner said its forces sustained severe losses from July 22–27 in fighting.", "from July 22–27"),
        (
            "The Malian army has killed dozens of terrorists in operations against jihadists since March 22, the "  # noqa: E501
            "military said.",
            "since March 22",
        ),
        ("Two gunmen died, and three others may have escaped, officials said.", None),
        ("HRW has said 300 were killed by Malian soldiers and foreign fighters in March.", "in March"),
        ("Nine pro-Palestinian activists aboard were killed.", None),
    ],
)
def test_find_date_phrase(sentence: str, phrase: str | None) -> None:
    assert find_date_phrase(sentence) == phrase
    if phrase:
        assert phrase in sentence


def test_a_night_between_two_weekdays_is_both_days() -> None:
    pub = dt.date(2011, 7, 20)  # a Wednesday
    for phrase in (
        "dans la nuit de mardi à mercredi",
        "overnight Tuesday to Wednesday",
        "the night of Tuesday to Wednesday",
    ):
        span = resolve_date(phrase, pub)
        assert (span.start, span.end, span.precision) == (dt.date(2011, 7, 19), dt.date(2011, 7, 20), "range")
    sentence = "Des affrontements ont fait huit morts, dans la nuit de mardi à mercredi, dans la province de Cibitoke."
    assert event_date_phrases(sentence) == ["dans la nuit de mardi à mercredi"]


def test_a_weekday_misspelt_by_one_letter_is_read_as_that_day() -> None:
    from summarizer.weekdays import respell_weekdays

    fixed = respell_weekdays("dans l'attaque mecredi d'un camp de l'armée, Wednsday")
    assert fixed == "dans l'attaque mercredi d'un camp de l'armée, wednesday"
    # other words, plurals and right spellings are left alone
    assert respell_weekdays("money, Mondays, Sunday, mardis") == "money, Mondays, Sunday, mardis"
    # and the event's date comes from the respelt evidence, not the day of publication
    span = resolve_date(find_date_phrase(fixed), dt.date(2019, 12, 12))
    assert (span.start, span.precision) == (dt.date(2019, 12, 11), "day")


def test_weeks_ago_is_the_calendar_week_that_many_weeks_back() -> None:
    pub = dt.date(2021, 7, 2)  # a Friday
    span = resolve_date("two weeks ago", pub)
    assert (span.start, span.end, span.precision) == (dt.date(2021, 6, 14), dt.date(2021, 6, 20), "week")
    assert resolve_date("il y a une semaine", pub).start == dt.date(2021, 6, 21)
    assert resolve_date("a week ago", pub).end == dt.date(2021, 6, 27)


def test_the_weekend_is_the_last_saturday_and_sunday_up_to_publication() -> None:
    wed = D(2022, 6, 15)
    for phrase in ("le week-end dernier", "over the weekend", "last weekend"):
        span = resolve_date(phrase, wed)
        assert (span.start, span.end, span.precision) == (D(2022, 6, 11), D(2022, 6, 12), "week")
    sunday = resolve_date("this weekend", D(2022, 6, 12))
    assert (sunday.start, sunday.end) == (D(2022, 6, 11), D(2022, 6, 12))
    # a toll announced yesterday dates the announcement, not the attack
    assert event_date_phrases("C'est le dernier bilan annoncé hier par le gouvernement.") == []
    assert event_date_phrases("L'attaque de Seytenga le week-end dernier a fait 79 morts.") == ["le week-end dernier"]


def test_the_day_of_blame_is_a_statements_and_a_day_earlier_is_the_day_before() -> None:
    s = (
        "Myanmar's military, which seized power in a coup last year, blamed opposition \u201cterrorists\u201d on "
        "Wednesday for a deadly bus stop bombing that happened a day earlier in Yangon."
    )
    assert event_date_phrases(s) == ["last year", "a day earlier"]
    assert resolve_date("a day earlier", D(2022, 6, 1)).start == D(2022, 5, 31)


def test_a_month_is_a_whole_word_not_the_start_of_one() -> None:
    s = "A Turkish citizen was killed Sunday near the city's busy K-4 junction."
    assert event_date_phrases(s) == ["Sunday"]
    assert resolve_date("on 4 June 2019", None).start == D(2019, 6, 4)
    assert resolve_date("Sept. 12, 2018", None).start == D(2018, 9, 12)


def test_a_day_in_the_possessive_names_the_event_not_the_statement() -> None:
    sentence = "Also Saturday, the observatory said the death toll from Thursday's airstrikes has risen to 71."
    assert event_date_phrases(sentence) == ["Saturday", "Thursday"]
    assert event_date_phrases("The army said Thursday that 12 soldiers died.") == []


def test_two_weekdays_joined_are_a_range_from_the_first() -> None:
    # the longer weekday name used to win: "Monday and Tuesday" came out as Tuesday alone
    pub = dt.date(2015, 6, 24)  # a Wednesday
    span = resolve_date("on Monday afternoon and Tuesday morning", pub)
    assert (span.start, span.end, span.precision) == (dt.date(2015, 6, 22), dt.date(2015, 6, 23), "range")
    span = resolve_date("samedi et dimanche", pub)
    assert (span.start, span.end) == (dt.date(2015, 6, 20), dt.date(2015, 6, 21))
    # across the week's turn: Sunday to Monday
    span = resolve_date("from Sunday to Monday", pub)
    assert (span.start, span.end) == (dt.date(2015, 6, 21), dt.date(2015, 6, 22))
    # one weekday is still one day
    assert resolve_date("Tuesday", pub).precision == "day"


def test_au_cours_du_week_end_is_the_last_weekend() -> None:
    import datetime as dt

    from summarizer.dates import find_date_phrase, resolve_date

    phrase = find_date_phrase("Burundi : au moins cinq morts au cours du week-end")
    assert phrase == "au cours du week-end"
    span = resolve_date(phrase, dt.date(2015, 11, 23))
    assert (span.start, span.end) == (dt.date(2015, 11, 21), dt.date(2015, 11, 22))


def test_a_feast_names_its_day_in_the_year_before_publication() -> None:
    import datetime as dt

    from summarizer.dates import find_date_phrase, resolve_date

    sentence = (
        "des supplétifs de l'armée ont été accusés d'avoir tué une vingtaine de personnes, la veille du Nouvel An."
    )
    phrase = find_date_phrase(sentence)
    assert phrase == "la veille du Nouvel An"  # not the bare "la veille", a day before publication
    assert resolve_date(phrase, dt.date(2023, 1, 2)).start == dt.date(2022, 12, 31)
    assert resolve_date("on Christmas Day", dt.date(2010, 12, 27)).start == dt.date(2010, 12, 25)
    assert resolve_date("on New Year's Day", dt.date(2010, 1, 3)).start == dt.date(2010, 1, 1)
    # a name or an island is no day
    assert resolve_date("Christmas Island", dt.date(2010, 12, 27)).start is None
    assert resolve_date("Noël Mamère", dt.date(2010, 12, 27)).start is None
