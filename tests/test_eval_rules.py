"""The rule-based floor: keyword typing, and a valid report for every gold article."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.evaluation import rules
from summarizer.evaluation.gold import load_gold
from summarizer.evaluation.runner import run_eval

GOLD = Path(__file__).resolve().parents[1] / "evals" / "gold"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A drone strike hit the village.", "Air/drone strike"),
        ("Russian guided bombs hit private houses, killing two civilians.", "Air/drone strike"),
        ("A barrel bomb killed five people in the market.", "Air/drone strike"),
        ("A pair of bombs exploded near the border, killing 40.", "Remote explosive/landmine/IED"),
        ("A suicide truck bomb demolished the headquarters.", "Suicide bomb"),
        ("Gunmen ambushed an army patrol near Tillia.", "Armed clash"),
        ("Gunmen killed 12 villagers.", "Attack"),
        ("Hundreds of protesters marched in Istanbul.", "Peaceful protest"),
        ("A suicide car bomb exploded at the gate.", "Suicide bomb"),
        ("The weather was fine.", None),
    ],
)
def test_classify(sentence: str, expected: str | None) -> None:
    kind = rules.classify(sentence)
    assert (kind[1] if kind else None) == expected


def test_floor_gives_a_valid_report_for_every_gold_article() -> None:
    result = run_eval(GOLD, rules.extract_rules, progress=False)
    assert result.scores["schema_valid"] == 1.0
    assert result.scores["evidence_grounded"] == 1.0  # evidence is copied sentences
    assert len(result.articles) == len(load_gold(GOLD))
    for article in result.articles:
        assert article.report is not None
        assert article.report.provenance.backend == "rules" and article.report.id == article.id
