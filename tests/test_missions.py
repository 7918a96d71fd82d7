"""A foreign state's troops the article places in a peacekeeping mission are the mission (code only)."""

from __future__ import annotations

import datetime as dt

from summarizer.actors import canonical_actor
from summarizer.article import Article
from summarizer.missions import mission_side
from summarizer.schema import Actor, ArticleMeta
from summarizer.text import sentence_spans


def _article(text: str) -> Article:
    return Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2013, 10, 24)))


def test_a_contingent_named_with_its_mission_is_the_mission() -> None:
    art = _article(
        "Two Chadian soldiers are dead after a suspected militant attack on a checkpoint in northern Mali. "
        "The Chadian soldiers were part of a U.N. peacekeeping mission that is taking over security."
    )
    chad = canonical_actor("Chadian soldiers", country="Mali")
    assert chad.name == "Military Forces of Chad"
    side, flags = mission_side(chad, art, "Mali", "actor2")
    assert side is not None and side.name.startswith("MINUSMA:") and side.type == "External/Other forces"
    assert flags == [f"actor2_contingent_of_a_mission:Military Forces of Chad->{side.name}"]
    kenya = canonical_actor("Kenyan troops", country="Somalia")
    somali = _article(
        "Al-Shabab attacked a base, killing dozens of Kenyan troops working for the African Union mission."
    )
    side, _ = mission_side(kenya, somali, "Somalia", "actor2")
    assert side is not None and side.name == "AMISOM: African Union Mission in Somalia"


def test_home_forces_alliances_and_unplaced_troops_stay() -> None:
    # the event country's own army is no contingent, even in a story about peacekeepers
    mali = canonical_actor("Malian soldiers", country="Mali")
    art = _article("Malian soldiers and U.N. peacekeepers were attacked in Gao.")
    assert mission_side(mali, art, "Mali", "actor2") == (mali, [])
    # "U.S. and NATO troops": an alliance named beside a state is no mission of it
    us = canonical_actor("U.S. drone", country="Pakistan")
    drone = _article("A U.S. drone strike killed 12 militants. The U.S. and NATO troops in Afghanistan are fighting.")
    assert mission_side(us, drone, "Pakistan", "actor1") == (us, [])
    # a foreign force the article never ties to a mission keeps its name
    chad = canonical_actor("Chadian troops", country="Nigeria")
    plain = _article("Chadian troops retook the town of Dikwa from Boko Haram on Monday.")
    assert mission_side(chad, plain, "Nigeria", "actor1") == (chad, [])


def test_a_mission_keeps_acleds_name_in_every_story() -> None:
    # labels and readers count a mission's losses across stories under one name
    from summarizer.written_names import article_name

    text = "The joint U.N.-African Union Mission in Darfur, UNAMID, said an armed group ambushed a police unit."
    assert article_name("UNAMID: United Nations-African Union Hybrid Mission in Darfur", text) is None
    assert (
        canonical_actor("UNAMID", country="Sudan").name
        == "UNAMID: United Nations-African Union Hybrid Mission in Darfur"
    )


def test_peacekeepers_are_the_mission_of_the_events_day() -> None:
    from summarizer.actors import era_name

    for country, day, name in [
        ("Ivory Coast", "2011-01-12", "UNOCI"),
        ("Democratic Republic of Congo", "2008-05-01", "MONUC"),
        ("Democratic Republic of Congo", "2014-05-01", "MONUSCO"),
        ("Mali", "2013-03-01", "AFISMA"),
        ("Central African Republic", "2014-03-01", "MISCA"),
        ("Sudan", "2013-12-29", "UNAMID"),
    ]:
        actor = era_name(canonical_actor("peacekeepers", country=country), dt.date.fromisoformat(day))
        assert actor.name.startswith(f"{name}:"), (country, actor.name)


def test_the_un_as_a_side_of_a_fight_is_its_mission_there() -> None:
    from summarizer.missions import un_troops_side
    from summarizer.schema import Actor

    un = Actor(name="United Nations", type="External/Other forces", aliases=["U.N. troops"])
    side, flags = un_troops_side(un, "Haiti", "Battles")
    assert side is not None and side.name == "MINUSTAH: United Nations Stabilization Mission in Haiti"
    assert flags == [f"un_side_is_the_mission:{side.name}"] and side.aliases == ["U.N. troops"]
    # a deal the UN brokers is the UN's; a country with no mission in the table keeps it
    assert un_troops_side(un, "Haiti", "Strategic developments") == (un, [])
    assert un_troops_side(un, "Norway", "Battles") == (un, [])
    # the UN's troops or post named in words the alias table lacks
    base = Actor(name="UN Peacekeeping Base", type="State forces", aliases=["UN peacekeeping base"])
    side, _ = un_troops_side(base, "Mali", "Battles")
    assert side is not None and side.name.startswith("MINUSMA")
    convoy = Actor(name="UN convoy drivers union", type="Civilians", aliases=[])
    assert un_troops_side(convoy, "Mali", "Battles") == (convoy, [])
    # the UN's civilian staff, and a country whose peacekeepers are the African Union's
    staff = Actor(name="United Nations", type="Civilians", aliases=["UN Children's Fund"])
    assert un_troops_side(staff, "Somalia", "Explosions/Remote violence") == (staff, [])
    assert un_troops_side(un, "Somalia", "Battles") == (un, [])


def test_gangs_name_no_group() -> None:
    from summarizer.actors import canonical_actor

    # "gangs" in Haiti is no named coalition: ACLED's unidentified armed group
    assert canonical_actor("gangs", country="Haiti").name == "Unidentified Armed Group"
    assert canonical_actor("400 Mawozo", country="Haiti").name == "Viv Ansanm"


def test_the_african_union_as_a_side_of_a_fight_is_its_force_in_that_country() -> None:
    from summarizer.missions import un_troops_side

    au = Actor(name="African Union", type="Rebel group", aliases=["African Union"])
    side, flags = un_troops_side(au, "Somalia", "Battles")
    assert side is not None and side.name == "AMISOM: African Union Mission in Somalia"
    assert flags == ["au_side_is_the_mission:AMISOM: African Union Mission in Somalia"]
    # where the alias table knows no AU force, the AU stays as it is
    assert un_troops_side(au, "Nigeria", "Battles") == (au, [])


def test_a_force_named_with_the_country_it_serves_in_is_that_force() -> None:
    from summarizer.actors import canonical_actor

    assert canonical_actor("the African Union force in Somalia", country="Somalia").name.startswith("AMISOM")
    assert canonical_actor("UN peacekeepers in Mali", country="Mali").name.startswith("MINUSMA")
    assert canonical_actor("Malian soldiers in Niger", country="Niger").name == "Military Forces of Mali"
    assert canonical_actor("gunmen in Somalia", country="Somalia").name == "Unidentified Armed Group"


def test_troops_called_peacekeepers_before_the_mission_began_stay_their_countrys() -> None:
    text = (
        "Rebels Attack French Troops in Ivory Coast\n\n"
        "Rebels in Ivory Coast have attacked French peacekeepers near a key western town."
    )
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2003, 1, 6)))
    france = Actor(name="Military Forces of France", type="External/Other forces", aliases=["French troops"])
    assert mission_side(france, art, "Ivory Coast", "actor2", dt.date(2003, 1, 6)) == (france, [])
    later, flags = mission_side(france, art, "Ivory Coast", "actor2", dt.date(2005, 1, 6))
    assert later is not None and later.name.startswith("UNOCI") and flags
