"""The naive one-call floor runs beside the pipeline under the same scorer (``eval --naive``).

The floor's answers come from a real OpenAI-compatible server on 127.0.0.1 that answers
the floor's schema with what the test chooses, so the assertions can say exactly which of
its fields the scorer must count right or wrong: the floor is only a fair comparison if
its records are scored as given, with no check or count in between.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from summarizer.cli import main
from summarizer.evaluation.naive import NAIVE_NAME
from summarizer.testing import FakeOpenAIServer, draft_responder
from summarizer.testing.responders import requested_schema

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "evals" / "gold"
ID = "seed_000"


pytestmark = pytest.mark.usefixtures("isolated_env")


def _gold(tmp_path: Path) -> Path:
    gold = tmp_path / "gold"
    for sub, ext in (("articles", "txt"), ("labels", "json")):
        (gold / sub).mkdir(parents=True)
        shutil.copy(GOLD / sub / f"{ID}.{ext}", gold / sub / f"{ID}.{ext}")
    return gold


def _naive_answer(label: dict[str, Any], toll_off_by: int) -> str:
    """The label's first main event as the floor would write it, its toll moved by ``toll_off_by``."""
    e = next(ev for ev in label["events"] if ev["salience"] == "main")
    actor = lambda a: {"name": a["name"], "type": a["type"]} if a else None  # noqa: E731
    return json.dumps(
        {
            "events": [
                {
                    "salience": "main",
                    "sub_event_type": e["sub_event_type"],
                    "date": e["date"]["start"],
                    "country": e["location"]["country"],
                    "admin1": e["location"]["admin1"],
                    "place": e["location"]["place"],
                    "actor1": actor(e["actor1"]),
                    "actor2": actor(e["actor2"]),
                    "fatality_claims": [],
                    "fatalities_acled": e["fatalities_acled"] + toll_off_by,
                    "evidence": [],
                }
            ],
            "summary": "A neutral summary.",
        }
    )


def _responder(answer: str) -> Callable[[dict[str, Any]], str]:
    def respond(request: dict[str, Any]) -> str:
        name, schema = requested_schema(request)
        if name == "NaiveAnswer" or (schema or {}).get("title") == "NaiveAnswer":
            return answer
        return draft_responder(request)

    return respond


def _systems(out: Path) -> dict[str, dict[str, Any]]:
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return {s["name"]: s for s in report["systems"]}


@pytest.mark.parametrize("toll_off_by", [0, 5])
def test_the_floor_is_scored_as_it_answered(tmp_path: Path, toll_off_by: int) -> None:
    gold = _gold(tmp_path)
    label = json.loads((gold / "labels" / f"{ID}.json").read_text(encoding="utf-8"))
    out = tmp_path / "out"
    with FakeOpenAIServer(_responder(_naive_answer(label, toll_off_by))) as srv:
        code = main(
            ["eval", "--gold", str(gold), "--out", str(out), "--naive", "--no-floor", "--no-progress"]
            + ["--backend", "openai", "--base-url", srv.base_url, "--model", "m", "--no-cache"]
        )
        naive_asked = sum(1 for b in srv.bodies if "NaiveAnswer" in json.dumps(b))
    assert code == 0
    assert naive_asked == 1  # one call per article, nothing more
    systems = _systems(out)
    assert list(systems) == ["model (openai)", NAIVE_NAME]
    naive = systems[NAIVE_NAME]
    (article,) = naive["articles"]
    assert article["error"] is None
    assert naive["scores"]["actor1"] == 1.0
    assert naive["scores"]["fatalities_acled_exact"] == (1.0 if toll_off_by == 0 else 0.0)


def test_an_answer_outside_the_floors_schema_fails_that_article_only(tmp_path: Path) -> None:
    gold = _gold(tmp_path)
    out = tmp_path / "out"
    with FakeOpenAIServer(_responder('{"events": [{"sub_event_type": "Picnic"}], "summary": ""}')) as srv:
        code = main(
            ["eval", "--gold", str(gold), "--out", str(out), "--naive", "--no-floor", "--no-progress"]
            + ["--backend", "openai", "--base-url", srv.base_url, "--model", "m", "--no-cache"]
        )
    assert code == 0
    systems = _systems(out)
    assert systems["model (openai)"]["articles"][0]["error"] is None
    assert systems[NAIVE_NAME]["articles"][0]["error"]
