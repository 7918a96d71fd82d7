"""Foreign troops serving in a peacekeeping mission are the mission's side.

"Two Chadian soldiers are dead ... The Chadian soldiers were part of a U.N. peacekeeping
mission": the model names the contingent's country ("Military Forces of Chad"), while ACLED
(and a reader counting the mission's losses) codes the mission, MINUSMA. The article has to
say so itself: a sentence naming the contingent's nationality together with a mission word
("peacekeepers", "African Union mission", "MINUSMA"), in an event whose country is not the
contingent's own. An alliance is no such mission: "U.S. and NATO troops" are two sides.
The mission is the alias table's (``data/actors.json``) for that phrase in the event
country; a phrase the table does not resolve to a mission leaves the side alone.
"""

from __future__ import annotations

import datetime as dt
import re

from .actors import canonical_actor, is_named
from .article import Article
from .eras import mission_founded
from .geo import country_name
from .geo.countries import names_country
from .schema import Actor

__all__ = ["mission_side", "un_troops_side"]

Flags = list[str]

_STATE_FORCE = re.compile(r"^(?:Military|Police|Security) Forces of (?P<country>.+?)(?: \(\d{4}-(?:\d{4})?\))?$")

#: the words that place troops in a mission, longest first so the mission's own name wins
_MISSION = re.compile(
    r"\b(?:(?:U\.?N\.?|United Nations|African Union|AU) peacekeeping (?:mission|force)"
    r"|peacekeeping (?:mission|force)|(?:U\.?N\.?|AU|African Union) peacekeepers|peacekeepers?"
    r"|African Union (?:mission|troops|forces|base)|AU (?:mission|troops|forces)"
    r"|casques bleus|Blue Helmets|(?!NATO|ISAF)[A-Z]{4,}(?=\W))",
)


def _mission(phrase: str, country: str) -> Actor | None:
    actor = canonical_actor(phrase, country=country)
    return actor if actor.type == "External/Other forces" and is_named(actor) else None


def mission_side(
    actor: Actor | None, art: Article, country: str | None, role: str, day: dt.date | None = None
) -> tuple[Actor | None, Flags]:
    """The mission for a foreign state force the article places in one, when the mission
    existed on the event's ``day`` (troops called peacekeepers before it served in none)."""
    if actor is None or actor.type not in ("State forces", "External/Other forces") or not country:
        return actor, []
    m = _STATE_FORCE.match(actor.name)
    home = country_name(m.group("country")) if m else None
    event_country = country_name(country)
    if home is None or event_country is None or home == event_country:
        return actor, []
    for index in range(len(art.sentences)):
        sentence = art.sentence_text(index)
        if not names_country(sentence, home):
            continue
        for found in _MISSION.finditer(sentence):
            mission = _mission(found.group(0), event_country)
            founded = mission_founded(mission.name) if mission is not None else None
            if founded is not None and day is not None and day < founded:
                continue
            if mission is not None:
                mission = mission.model_copy(update={"aliases": [*actor.aliases, found.group(0)]})
                return mission, [f"{role}_contingent_of_a_mission:{actor.name}->{mission.name}"]
    return actor, []


#: the UN's troops or their post named as a side the alias table does not know ("UN
#: Peacekeeping Base", "U.N. troops")
_UN_TROOPS = re.compile(
    r"^(?:the\s+)?(?:U\.?N\.?|United Nations)\s+(?:peacekeep\w*|troops|forces|soldiers|base|camp|mission)(?:\s+\w+)?$",
    re.I,
)
_AU_TROOPS = re.compile(r"^(?:the\s+)?(?:AU|African Union)\s+(?:troops|forces?|soldiers|base|camp)$", re.I)
_FIGHTING_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians"}


def un_troops_side(actor: Actor | None, country: str | None, event_type: str | None) -> tuple[Actor | None, Flags]:
    """ "The United Nations" as a side of a fight is its peacekeeping mission in that country
    ("U.N. troops exchanged gunfire with gang members": MINUSTAH in Haiti, MONUSCO in
    Congo), as the alias table knows it for the country's peacekeepers; a country with no
    UN mission there, or a UN side the model typed as civilians (staff on a UN bus), leaves
    the UN as it is."""
    if actor is None or event_type not in _FIGHTING_TYPES or not country or actor.type == "Civilians":
        return actor, []  # a UN bus's staff are the UN's civilians, not its troops
    if actor.name in ("African Union", "AU") or _AU_TROOPS.search(actor.name):
        # "the African Union says soldiers killed more than 100 militants": its force there
        mission = _mission("African Union force", country)
        if mission is None:
            return actor, []
        return mission.model_copy(update={"aliases": list(actor.aliases)}), [f"au_side_is_the_mission:{mission.name}"]
    if actor.name != "United Nations" and not _UN_TROOPS.search(actor.name):
        return actor, []
    mission = _mission("peacekeepers", country)
    if mission is None or "United Nations" not in mission.name:
        return actor, []  # Somalia's peacekeepers are the African Union's, not the UN's
    return mission.model_copy(update={"aliases": list(actor.aliases)}), [f"un_side_is_the_mission:{mission.name}"]
