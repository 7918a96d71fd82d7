import json
from pathlib import Path

import pytest

from summarizer.evaluation.gold import GoldSetError, load_gold

REPO_GOLD = Path(__file__).resolve().parents[1] / "evals" / "gold"


def write_pair(root: Path, stem: str, text: str = "Title\n\nBody.") -> None:
    (root / "articles").mkdir(parents=True, exist_ok=True)
    (root / "labels").mkdir(parents=True, exist_ok=True)
    (root / "articles" / f"{stem}.txt").write_text(text, encoding="utf-8")
    label = {"id": "whatever", "meta": {"published": "not shown"}, "events": [], "summary_facts": []}
    (root / "labels" / f"{stem}.json").write_text(json.dumps(label), encoding="utf-8")


def test_any_ids_any_count(tmp_path: Path) -> None:
    for stem in ("zeta", "alpha-1", "x"):
        write_pair(tmp_path, stem)
    items = load_gold(tmp_path)
    assert [i.id for i in items] == ["alpha-1", "x", "zeta"]
    assert items[0].label.id == "alpha-1"  # the file stem wins over the label's id field
    assert items[0].label.meta.published is None
    assert items[0].text.startswith("Title")


def test_unpaired_files_are_an_error(tmp_path: Path) -> None:
    write_pair(tmp_path, "a")
    (tmp_path / "articles" / "b.txt").write_text("x", encoding="utf-8")
    with pytest.raises(GoldSetError, match="b"):
        load_gold(tmp_path)


def test_not_a_gold_folder(tmp_path: Path) -> None:
    with pytest.raises(GoldSetError):
        load_gold(tmp_path)


def test_repository_gold_set_loads() -> None:
    items = load_gold(REPO_GOLD)
    assert items and all(i.text and i.label.id == i.id for i in items)
