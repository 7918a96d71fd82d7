"""The unclaimed-attack check runs again once claims have moved to the events they name.

Batch 130's Kabul magnetic mine: the model cited the lead for the bombing with the Nimruz air
strike's figures beside it; the strike's sentence ("targeted a Taliban base") then named the
Taliban among the bombing's own sentences, so the model's Taliban stayed its bomber, though
"No one claimed responsibility for the bombing". Once the Nimruz figures moved to the strike,
nothing of the bombing's names them. Run on the real pipeline with the model's recorded draft
(an in-process backend that answers it), not the model.
"""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel

from summarizer import Settings, summarize
from summarizer.backends.base import Result
from summarizer.draft import Draft

T = TypeVar("T", bound=BaseModel)

TEXT = "A roadside bomb explosion in Afghanistan’s capital, Kabul, early Sunday\n\nA roadside bomb explosion in Afghanistan’s capital, Kabul, early Sunday and a countermilitancy airstrike elsewhere in the war-ravaged country killed at least 15 people, including a government spokesman.\n\nOfficials said a “magnetic mine” targeted a vehicle that was transporting Zia Wadan, spokesman for the National Public Protection Force, in the country’s Interior Affairs Ministry. Two of Wadan’s colleagues were also killed while another person was injured, the statement added.\n\nAfghan President Ashraf Ghani “vehemently condemned the terrorist” act and ordered authorities to arrest those behind it, his office said.\n\nNo one claimed responsibility for the bombing, but Ghani blamed Taliban insurgents for plotting it.\n\n“The spike in violence by the Taliban is against spirit of commitment for peace and indicates that the group still pursues their hawkish attitude to take innocent lives and damage public facilities,” the Afghan president said.\n\nKabul has been plagued by a wave of mostly unclaimed targeted killings of government officials, prominent journalists and civil society representatives.\n\nAfghan authorities and the U.S. military have accused the Taliban of plotting the assassination spree, charges the insurgent group rejects.\n\nDeadly airstrike\n\nSeparately, Afghan security forces overnight carried out a counter-Taliban airstrike in the southwestern Nimruz province, killing 12 civilians and injuring several others.\n\nThe provincial council head, Baz Mohammad, told VOA the strike in Khashrod district struck a civilian home, and women as well as children were among the victims.\n\nNimruz’s Governor Zamarily Ahadi in a statement confirmed that the Afghan air force targeted a Taliban base in the district, killing at least 12 insurgents. The governor said that a special team has been tasked to investigate the death of civilians in the incident.\n"

#: the embedded model's draft for this story, as recorded
DRAFT: dict[str, Any] = {
    "sentences": [1, 2, 3],
    "sub_event_type": "Remote explosive/landmine/IED",
    "date": "early Sunday",
    "place": "Kabul",
    "region": "Kabul",
    "country": "Afghanistan",
    "actor1": "Taliban insurgents",
    "actor1_type": "Rebel group",
    "actor2": "unknown",
    "actor2_type": "Civilians",
    "claims": [
        {"figure": "at least 15", "victims": "civilians", "claimant": "Afghan President Ashraf Ghani", "sentence": 5},
        {"figure": "12", "victims": "civilians", "claimant": "Afghan security forces", "sentence": 10},
        {"figure": "12", "victims": "civilians", "claimant": "Nimruz provincial council head", "sentence": 12},
        {"figure": "12", "victims": "civilians", "claimant": "Nimruz Governor Zamarily Ahadi", "sentence": 13},
    ],
}


class RecordedDraft:
    """A backend that answers the recorded draft (and nothing else is asked of it here)."""

    name = "recorded"
    model = "recorded-draft"
    build = ""

    def complete(
        self, messages: Any, response_model: type[T], *, max_tokens: int, temperature: float | None = None
    ) -> Result[T]:
        assert response_model is Draft, response_model
        answer = {"events": [DRAFT], "summary": "A bomb exploded in Kabul."}
        return Result(response_model.model_validate(answer))  # type: ignore[arg-type]

    def describe(self) -> dict[str, Any]:
        return {"backend": self.name}


def test_an_unclaimed_bombing_keeps_no_group_a_moved_figure_named(tmp_path: Any) -> None:
    settings = Settings.from_env(use_cache=False, cache_dir=tmp_path)
    report = summarize(
        TEXT,
        meta={
            "title": "A roadside bomb explosion in Afghanistan’s capital, Kabul, early Sunday",
            "published": "2021-01-10",
            "outlet": "Voice of America (public domain)",
            "language": "en",
            "url": "https://www.voanews.com/a/south-central-asia_roadside-bomb-airstrike-kill-15-people-afghanistan/6200551.html",
        },
        settings=settings,
        backend=RecordedDraft(),
    )
    bombing = next(e for e in report.events if e.sub_event_type == "Remote explosive/landmine/IED")
    assert bombing.actor1 is not None and bombing.actor1.name == "Unidentified Armed Group", bombing.flags
    assert any(f.startswith("actor1_unclaimed:Taliban") for f in bombing.flags)
