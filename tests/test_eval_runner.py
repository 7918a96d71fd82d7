"""run_eval on a tiny gold folder written on the spot; outputs and the command."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest
from eval_helpers import ARTICLE, gold_item, perfect

from summarizer.evaluation import command
from summarizer.evaluation.report import summary_table, write_outputs
from summarizer.evaluation.runner import in_sample, run_eval
from summarizer.schema import ArticleMeta, Report


def write_gold(root: Path) -> None:
    (root / "articles").mkdir(parents=True)
    (root / "labels").mkdir()
    for stem in ("b_second", "a_first"):
        item = gold_item(item_id=stem)
        (root / "articles" / f"{stem}.txt").write_text(ARTICLE, encoding="utf-8")
        (root / "labels" / f"{stem}.json").write_text(item.label.model_dump_json(), encoding="utf-8")


def oracle(text: str, meta: ArticleMeta, id: str) -> Report:
    """Answers perfectly, except that it crashes on one article."""
    if id == "b_second":
        raise RuntimeError("model exploded")
    assert meta.published is not None  # the gold meta is passed as input
    return perfect(gold_item(item_id=id))


def test_errors_are_counted_not_raised(tmp_path: Path) -> None:
    write_gold(tmp_path)
    result = run_eval(tmp_path, oracle, progress=False, name="oracle")
    assert [a.id for a in result.articles] == ["a_first", "b_second"]
    assert result.scores["schema_valid"] == 0.5
    assert result.scores["event_recall"] == 0.5
    assert result.articles[1].error and "model exploded" in result.articles[1].error


def test_limit(tmp_path: Path) -> None:
    write_gold(tmp_path)
    assert len(run_eval(tmp_path, oracle, limit=1, progress=False).articles) == 1


def test_every_keeps_every_nth_article_by_id_from_the_first(tmp_path: Path) -> None:
    write_gold(tmp_path)
    for stem in ("c_third", "d_fourth", "e_fifth"):
        (tmp_path / "articles" / f"{stem}.txt").write_text(ARTICLE, encoding="utf-8")
        (tmp_path / "labels" / f"{stem}.json").write_text(gold_item(item_id=stem).label.model_dump_json(), "utf-8")
    sample = run_eval(tmp_path, oracle, every=2, progress=False).articles
    assert [a.id for a in sample] == ["a_first", "c_third", "e_fifth"]
    assert [a.id for a in run_eval(tmp_path, oracle, every=2, limit=2, progress=False).articles] == [
        "a_first",
        "c_third",
    ]
    with pytest.raises(ValueError, match="must be 1 or more"):
        run_eval(tmp_path, oracle, every=0, progress=False)


def test_sample_is_chosen_by_id_and_growing_the_set_never_shifts_it(tmp_path: Path) -> None:
    write_gold(tmp_path)

    def add(stem: str) -> None:
        (tmp_path / "articles" / f"{stem}.txt").write_text(ARTICLE, encoding="utf-8")
        (tmp_path / "labels" / f"{stem}.json").write_text(gold_item(item_id=stem).label.model_dump_json(), "utf-8")

    for i in range(30):
        add(f"m_{i:02d}")
    before = [a.id for a in run_eval(tmp_path, oracle, sample=3, progress=False).articles]
    assert 0 < len(before) < 32  # a part of the set, not all of it nor none
    assert before == [i for i in before if in_sample(i, 3)]
    for i in range(30):
        add(f"b_{i:02d}")  # ids sorting before the old ones: an index-based sample would shift
    after = [a.id for a in run_eval(tmp_path, oracle, sample=3, progress=False).articles]
    assert [i for i in after if not i.startswith("b_")] == before
    assert len(after) > len(before)
    assert len(run_eval(tmp_path, oracle, sample=1, progress=False).articles) == 62
    with pytest.raises(ValueError, match="must be 1 or more"):
        run_eval(tmp_path, oracle, sample=0, progress=False)


def test_outputs(tmp_path: Path) -> None:
    write_gold(tmp_path / "gold")
    a = run_eval(tmp_path / "gold", oracle, progress=False, name="oracle")
    b = run_eval(tmp_path / "gold", lambda t, m, i: perfect(gold_item(item_id=i)), progress=False, name="perfect")
    paths = write_outputs([a, b], tmp_path / "out")
    data = json.loads(paths["json"].read_text())
    assert [s["name"] for s in data["systems"]] == ["oracle", "perfect"]
    md = paths["markdown"].read_text()
    assert "| metric | oracle | perfect |" in md and "![per-field scores](scores.png)" in md
    assert "model exploded" in md
    assert paths["chart"].read_bytes()[:4] == b"\x89PNG"
    table = summary_table([a, b])
    assert "oracle" in table.splitlines()[0] and "perfect" in table.splitlines()[0]


def test_command_gate(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    write_gold(tmp_path / "gold")
    monkeypatch.setattr(command, "model_extractor", lambda args: oracle)
    parser = argparse.ArgumentParser()
    command.add_arguments(parser)
    baseline = tmp_path / "baseline.json"
    baseline.write_text(json.dumps({"tolerance": 0.05, "scores": {"event_recall": 0.9, "seconds": 0.0}}))
    args = parser.parse_args(
        ["--gold", str(tmp_path / "gold"), "--out", str(tmp_path / "out"), "--no-floor", "--no-progress",
         "--check", "--baseline", str(baseline)]
    )  # fmt: skip
    assert command.run(args) == 1
    assert "event_recall" in capsys.readouterr().err
    baseline.write_text(json.dumps({"tolerance": 0.05, "scores": {"event_recall": 0.5}}))
    assert command.run(args) == 0
    assert (tmp_path / "out" / "report.md").is_file()
