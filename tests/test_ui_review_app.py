"""The review flows of the page, driven with ``AppTest`` against the fake OpenAI server.

Extract the Mali seed, correct the event in place (a claim added, the region set), see
the totals recomputed, accept it, save it as a gold label, and check that label with the
shared validator and with ``summarizer eval --gold`` (the rules backend: no model).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from summarizer.testing import FakeOpenAIServer  # noqa: E402

APP = ROOT / "ui" / "app.py"
SEED = ROOT / "examples" / "seeds" / "003_ab30143d01b80a22.txt"
VALIDATE = ROOT.parent / "shared" / "gold" / "validate.py"


@pytest.fixture
def page(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[AppTest]:
    """The page after extracting the seed with the fake server; gold goes to tmp/gold."""
    for name in list(os.environ):
        if name.startswith(("SUMMARIZER_", "OPENAI_")):
            monkeypatch.delenv(name)
    with FakeOpenAIServer() as srv:
        monkeypatch.setenv("SUMMARIZER_BACKEND", "openai")
        monkeypatch.setenv("SUMMARIZER_BASE_URL", srv.base_url)
        monkeypatch.setenv("SUMMARIZER_MODEL", srv.model)
        monkeypatch.setenv("SUMMARIZER_USE_CACHE", "false")
        monkeypatch.setenv("SUMMARIZER_EVAL_DIR", str(tmp_path / "no-eval"))
        monkeypatch.setenv("SUMMARIZER_GOLD_DIR", str(tmp_path / "gold"))
        monkeypatch.setenv("SUMMARIZER_REVIEWER", "tester")
        monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
        at = AppTest.from_file(str(APP), default_timeout=90)
        at.run()
        at.text_area(key="article_text").input(SEED.read_text(encoding="utf-8"))
        at.button(key="extract").click().run()
        assert not at.exception, at.exception
        assert not at.error, [e.value for e in at.error]
        yield at


def _prefix(at: AppTest) -> str:
    return f"rv{at.session_state['single']['report'].id}_0"


def _totals(at: AppTest) -> list[str]:
    return [m.value for m in at.markdown if "Totals (recomputed)" in m.value]


def _add_claim(at: AppTest, figure: int = 6, quote: str = "we lost six men", victims: str = "state_forces") -> None:
    p = _prefix(at)
    at.number_input(key=f"{p}_c0_low").set_value(figure)
    at.number_input(key=f"{p}_c0_high").set_value(figure)
    at.selectbox(key=f"{p}_c0_victims").set_value(victims)
    at.text_input(key=f"{p}_c0_claimant").input("Malian army")
    at.text_input(key=f"{p}_c0_quote").input(quote)
    at.text_input(key=f"{p}_admin1").input("Menaka")
    at.button(key=f"FormSubmitter:{p}_form-Apply changes to E1").click().run()


def test_edit_a_claim_and_the_totals_recompute(page: AppTest) -> None:
    # the fake server's event counts no one; the code takes the story's first toll, "we lost six men"
    assert _totals(page) == ["**Totals (recomputed): ACLED 6 · UCDP low 6 / best 6 / high 6**"]
    _add_claim(page, 15, "The terrorists lost at least 15 combatants", "non_state")
    assert not page.exception and not page.error, [e.value for e in page.error]
    assert _totals(page) == ["**Totals (recomputed): ACLED 15 · UCDP low 15 / best 15 / high 15**"]
    history = [df.value for df in page.dataframe if "who" in df.value.columns]
    assert history, "the history table is shown"
    fields = list(history[-1]["field"])
    assert "fatality_claims" in fields and "fatalities_acled (recomputed)" in fields
    assert set(history[-1]["who"]) == {"tester"}


def test_invalid_edit_is_refused_with_a_sentence(page: AppTest) -> None:
    p = _prefix(page)
    page.text_input(key=f"{p}_start").input("last Tuesday")
    page.button(key=f"FormSubmitter:{p}_form-Apply changes to E1").click().run()
    assert not page.exception
    assert any(e.value.startswith("E1 not changed") for e in page.error)


def test_save_review_as_gold_that_validates_and_the_eval_reads(page: AppTest, tmp_path: Path) -> None:
    _add_claim(page)
    save = page.button(key="save_gold")
    assert save.disabled  # E1 not decided yet
    page.radio(key=f"{_prefix(page)}_decision").set_value("accept").run()
    page.button(key="save_gold").click().run()
    assert not page.exception and not page.error, [e.value for e in page.error]
    gold = tmp_path / "gold"
    [label_path] = list((gold / "labels").glob("*.json"))
    label = json.loads(label_path.read_text(encoding="utf-8"))
    assert label["events"][0]["fatalities_acled"] == 6
    assert label["events"][0]["location"]["admin1"] == "Menaka"
    history = (gold / "history" / f"{label_path.stem}.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(h)["field"] for h in history][-2:] == ["decision", "saved as gold label"]
    if VALIDATE.exists():
        run = subprocess.run([sys.executable, str(VALIDATE), str(gold)], capture_output=True, text=True)
        assert run.returncode == 0, run.stdout
    out = tmp_path / "eval-out"
    cli = Path(sys.executable).parent / "summarizer"
    run = subprocess.run(
        [str(cli), "eval", "--gold", str(gold), "--backend", "rules", "--out", str(out), "--no-progress"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "main events: recall (n=1)" in run.stdout  # the one reviewed article was scored
    scores = json.loads((out / "report.json").read_text(encoding="utf-8"))["systems"][0]["scores"]
    assert scores["admin1"] == 1.0  # the corrected region is the gold answer now
