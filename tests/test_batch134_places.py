"""Places of batch 134's Gaza story (2014), read again after its unread run: each assertion
failed before its change.

"Nine Palestinian militants have been killed in Israeli air strikes in the Gaza Strip" was
set in Israel (the demonym's "in Israeli air strikes" counted as a second setting), then
placed in Jerusalem, where a murder case the story also tells was; the teenager of that
case ("a break in the case of the murder of a Palestinian teenager") became a tenth death
of the strikes. In Lebanon's story (batch 135) the Hezbollah rockets that "hit Haifa and
several other parts of northern Israel" are an event of Israel's in a story set in Lebanon.
"""

from __future__ import annotations

import datetime as dt

from summarizer.article import Article
from summarizer.bare_regions import bare_region_named
from summarizer.found_arrests import arrest_events
from summarizer.found_places import across_the_border
from summarizer.schema import ArticleMeta
from summarizer.setting_country import setting_country
from summarizer.text import sentence_spans


def _article(text: str) -> Article:
    return Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2014, 7, 7)))


def test_a_demonyms_deed_is_no_setting() -> None:
    evidence = ["Nine Palestinian militants have been killed in Israeli air strikes in the Gaza Strip."]
    assert setting_country(evidence, "Israel") == "Palestine"
    # the country's own name, or its demonym before a place noun, still sets it
    assert setting_country(["a drone attack Tuesday in the Syrian city of Qamishli"], "Turkey") == "Syria"
    assert setting_country(["Two soldiers died in Russian shelling of the town."], "Ukraine") is None


def test_a_region_named_bare_by_several_capitalised_words() -> None:
    assert bare_region_named(["killed in air strikes in the Gaza Strip, and"], "Palestine") == "Gaza Strip"
    assert bare_region_named(["fighting in North Kivu killed 12"], "Democratic Republic of Congo") == "North Kivu"
    # one word is most often the town of that name
    assert bare_region_named(["a bomb in Kandahar killed four"], "Afghanistan") is None
    assert bare_region_named(["nothing named"], None) is None


def test_a_town_across_the_border_the_sentence_names_with_its_country() -> None:
    sentence = "The rockets hit Haifa and several other parts of northern Israel and killed at least one civilian."
    assert across_the_border(sentence, "Lebanon") == ("Israel", "Haifa")
    assert across_the_border("Israeli jets struck the port of Tyre, killing five.", "Lebanon") is None
    assert across_the_border("Israeli strikes killed five people.", "Lebanon") is None


def test_an_arrest_by_a_force_named_by_its_demonym_is_in_that_forces_country() -> None:
    art = _article(
        "Strikes\n\nNine militants were killed in air strikes in the Gaza Strip. "
        "Israeli police have arrested six Jewish suspects in connection with the murder in Jerusalem."
    )
    (event,) = arrest_events(art, [], "Palestine")
    assert event.location.country == "Israel"
    assert event.actor1 is not None and event.actor1.name == "Police Forces of Israel"


def test_the_dead_of_a_case_in_court_are_counted_elsewhere() -> None:
    art = _article(
        "Strikes\n\nNine Palestinian militants have been killed in Israeli air strikes in the Gaza Strip, "
        "and there has been a break in the case of the murder of a Palestinian teenager."
    )
    scopes = {f.text: f.scope for f in art.death_figures}
    assert scopes["Nine"] == "event" and scopes["a Palestinian teenager"] == "background"
