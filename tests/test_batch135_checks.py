"""Batch 135's misses, read after its unread run (unit level): each assertion failed before its change.

Miran Shah (2006): "Subsequent fighting has killed more than 100 militants and at least
eight security troops", the toll of the week since an earlier assault, was added to the
raid's own dead. Baghdad (2014): "At least eight of the murdered prisoners were less than
18 years old", from a rights group's report on another killing, became the lowest count of
the apartment massacre's 29 dead.
"""

from __future__ import annotations

import datetime as dt

from summarizer.article import Article
from summarizer.schema import ArticleMeta
from summarizer.text import sentence_spans


def _scopes(text: str) -> dict[str, str]:
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2014, 7, 12)))
    return {f.text: f.scope for f in art.death_figures}


def test_what_the_subsequent_fighting_has_killed_is_a_running_toll() -> None:
    scopes = _scopes(
        "Raid\n\nPakistani troops have killed at least 25 suspected militants in an attack near the border. "
        "Militants tried to seize the town last week. "
        "Subsequent fighting has killed more than 100 militants and at least eight security troops."
    )
    assert scopes["at least 25"] == "event"
    assert scopes["more than 100"] == "cumulative" and scopes["at least eight"] == "cumulative"


def test_a_part_of_dead_named_by_how_they_died_is_counted_elsewhere() -> None:
    scopes = _scopes(
        "Massacre\n\nGunmen stormed an apartment building, killing at least 29 people. "
        "A rights group said police executed 255 prisoners last month. "
        "At least eight of the murdered prisoners were less than 18 years old."
    )
    assert scopes["at least 29"] == "event" and scopes["At least eight"] == "background"
    # a part of this event's dead told plainly stays a claim the labels keep
    assert _scopes("Blast\n\nA bomb killed 20 people. Authorities say 15 of those killed were police.")["15"] == "event"


def test_strikes_two_sides_launched_against_each_other_have_no_one_owner() -> None:
    """Lebanon (2006): "Israeli forces and Hezbollah militants continued air strikes against
    each other" made Hezbollah the owner of Israel's strikes on the Bekaa Valley."""
    from summarizer.actors import canonical_actor
    from summarizer.subtype_checks import strike_owner_check

    israel = canonical_actor("Israeli forces", country="Lebanon")
    hezbollah = canonical_actor("Hezbollah militants", country="Lebanon")
    evidence = [
        "Israeli forces and Hezbollah militants continued air strikes against each other.",
        "Lebanese officials say at least seven people were killed in Israeli strikes late Sunday in the Bekaa Valley.",
    ]
    (actor1, actor2), flags = strike_owner_check("Air/drone strike", israel, hezbollah, evidence, "Lebanon")
    assert (actor1, actor2, flags) == (israel, hezbollah, [])


def test_the_rockets_a_named_group_fired_just_before_are_its_attack() -> None:
    """Lebanon (2006): "Hezbollah fired 250 rockets into Israel. The rockets hit Haifa ...
    and killed at least one civilian" left the found event's attacker unidentified."""
    from summarizer.found_sides import sides

    text = (
        "Hostilities\n\nHezbollah fired 250 rockets into Israel - the most in a single day. "
        "The rockets hit Haifa and several other parts of northern Israel and killed at least one civilian."
    )
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2006, 8, 13)))
    told = art.sentence_text(2)
    actor1, type1, _, _ = sides(told, told.find("at least one"), "civilians", "Israel", art)
    assert (actor1, type1) == ("Hezbollah", "Political militia")
    # no group fired them just before: nobody is named
    lone = "Blast\n\nThe rockets hit Haifa and killed one civilian."
    alone = Article(text=lone, sentences=sentence_spans(lone), meta=ArticleMeta())
    first = alone.sentence_text(1)
    assert sides(first, first.find("one"), "civilians", "Israel", alone)[0] != "Hezbollah"
