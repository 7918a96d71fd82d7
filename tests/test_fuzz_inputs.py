"""Fuzzing the input readers and the date parser: any input ends in a value or our own error.

Whatever bytes a user hands over (article text, a JSONL feed, a batch output for merge, a
publication date), the readers either return something or raise the package's documented
error with a message; never an uncaught ``IndexError`` / ``UnicodeDecodeError`` / pydantic
dump. Real files on disk for the file readers.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from summarizer import ArticleMeta, InputError, clean_input, jsonl_items, read_reports
from summarizer.batch.inputs import read_inputs
from summarizer.published import PublishedDateError, parse_published

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# dates users write, pulled apart and glued back in odd ways
_pieces = st.sampled_from(
    [
        "2023", "08", "04", "-", "/", ".", " ", ",", "T", "10:00:00", "Z", "+02:00", "GMT", "Fri",
        "Aug", "August", "février", "31", "02", "30", "13", "garbage", "0", "99", "\x00", "é",
    ]
)  # fmt: skip
date_like = st.lists(_pieces, max_size=8).map("".join)


@FAST
@given(st.one_of(date_like, st.text(max_size=40), st.integers(), st.floats(), st.none(), st.binary(max_size=10)))
def test_date_parser_returns_a_date_or_says_why(value: object) -> None:
    for order in ("strict", "DMY", "MDY"):
        try:
            got = parse_published(value, date_order=order)
        except PublishedDateError as exc:
            assert str(exc) and "publication date" in str(exc)
        else:
            assert got is None or isinstance(got, dt.date)


@FAST
@given(date_like)
def test_article_meta_date_errors_are_validation_errors(value: str) -> None:
    try:
        ArticleMeta(published=value)  # type: ignore[arg-type]
    except ValidationError as exc:
        assert "publication date" in str(exc)


@FAST
@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_every_real_date_round_trips_in_each_written_form(day: dt.date) -> None:
    forms = [
        day.isoformat(),
        f"{day.isoformat()}T10:00:00Z",
        day.strftime("%a, %d %b %Y 10:00:00 GMT"),
        day.strftime("%d %B %Y"),
        day.strftime("%B %d, %Y"),
    ]
    for form in forms:
        assert parse_published(form) == day, form
    assert parse_published(day.strftime("%d/%m/%Y"), date_order="DMY") == day
    assert parse_published(day.strftime("%m/%d/%Y"), date_order="MDY") == day


@FAST
@given(st.one_of(st.binary(max_size=400), st.text(max_size=400)))
def test_clean_input_returns_text_or_an_input_error(raw: bytes | str) -> None:
    try:
        text = clean_input(raw)
    except InputError as exc:
        assert str(exc)
    else:
        assert text and text == text.strip()


@FAST
@given(st.lists(st.binary(max_size=80), max_size=6))
def test_jsonl_items_never_raises(lines: list[bytes]) -> None:
    for n, value, error in jsonl_items(lines):
        assert n >= 1
        assert (value is None) or error is None
        if error is not None:
            assert error.startswith(("not UTF-8", "not JSON"))


@FAST
@given(st.binary(max_size=300))
def test_file_readers_return_or_raise_input_error(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "in.jsonl"
        path.write_bytes(data)
        for job in read_inputs(path):  # bad lines become failed jobs, never an exception
            assert job.problem is not None or job.text is not None
        try:
            read_reports(path)
        except InputError as exc:
            assert str(exc).startswith(str(path))
