"""Turn the model's draft events into checked ``Event`` records: a thin stage runner.

Each check lives in ``checks.py`` (or ``claimcheck.py``, ``sides.py``) and returns its
value with the flags that say what it doubted or changed; this module only runs them in
order, keeps the flags, and counts the totals (``fatalities.py``). Anything without
support in the text is flagged or dropped, never kept as fact.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TypeVar

from .actors import era_name
from .agreements_made import only_a_pledge
from .article import Article
from .attack_on_by import sides_of_an_attack_on_by, target_told_as_doer
from .checks import TALKS_FLAG, event_location
from .civilian_sides import no_civilian_attacker, place_as_civilians
from .claimcheck import check_claims, evidence_claims_instead, totals_of
from .claimscope import claims_of_this_event
from .crowds import rioters_on_both_sides
from .death_words import DEATH_AFTER
from .deed_days import TOLD_AS_PAST
from .draft import DraftEvent
from .event_dates import event_date
from .evidence import evidence_quotes, evidence_sentences
from .figure_scope import is_cumulative
from .folding import fold
from .geo import country_name
from .grounding import align
from .happening import tells_a_happening
from .keywords import classify
from .missions import mission_side, un_troops_side
from .national_first import national_forces_first
from .paired_sides import two_sides_in_one
from .people_taken import arrests_by_the_state
from .place_sides import place_as_side
from .places import precision_of, region_written_with
from .regions_abroad import region_abroad
from .rescuers import captors_not_rescuer, dead_of_the_rescue, rescue_fight, taken_not_rescuer
from .running_numbers import UNNUMBERED_FLAG, unnumbered_deaths
from .same_event import article_claim_key, pool_claims
from .schema import EVENT_TYPE_OF, Actor, Event, FatalityClaim, Salience
from .side_checks import (
    ARMED_VIOLENCE_TYPES,
    agent_side,
    allies_not_opponents,
    civilians_who_killed,
    disputed_doer,
    doer_of_the_attacks,
    invented_state_side,
    resolve_actor,
)
from .sidenames import (
    armed_side,
    condemner_side,
    crowd_side,
    informant_of_civilian_deaths,
    informant_side,
    official_side,
    party_side,
    person_side,
    source_side,
)
from .sides import gun_owner, initiator_first, orient_sides, told_order
from .subtype_checks import (
    CLASH_WORDS,
    TERRITORY_TYPES,
    armed_sides_check,
    assailant_shot_dead,
    checked_sub_type,
    civilians_who_clash,
    ground_changed,
    protesters_fired_on,
    rioters_who_fight,
    strike_owner_check,
    territory_taker_check,
)
from .targets import (
    attacked_side_second,
    bomb_victims_second,
    civilian_target,
    civilians_as_target,
    dead_side_second,
    group_of_the_dead,
    target_from_dead,
)
from .territory import power_seized, taker_told, territory_taken
from .territory_country import country_of_the_day, in_paired_territory
from .timelines import timeline_date
from .toll_parts import with_their_totals
from .vague_headline import precise_for_vague_headline

T = TypeVar("T")

_ANNIVERSARY = re.compile(
    r"\b(?:anniversary|anniversaire|commemorat\w*|comm[ée]mor\w*|(?:marks?|marked|celebrat\w*) (?:\w+ ){0,2}years?"
    r"|c[ée]l[èe]br\w* (?:\w+ ){0,2}ans)\b",
    re.I,
)
_LONG_CAMPAIGN = re.compile(
    r"\b(?:\w+-(?:month|year)|months?-long|years?-long)\s+(?:battle|siege|war|campaign|offensive|occupation)\b", re.I
)
#: a killing told as an example of a pattern ("les habitants de villages reculés, comme à
#: Banibangou, où près de 70 paysans ont été abattus"): the story's context, not its news
_AN_EXAMPLE = re.compile(
    r"\b(?:such as (?:in|at)|as (?:in|at)|like (?:in|at)|comme (?:à|au|aux|dans|en))\s+[A-ZÉ][\w'’-]+[^.;:]{0,40}?,?\s+(?:where|où)\b"
)
#: an event dated this many days before publication is context, not news
BACKGROUND_AFTER_DAYS = 21

__all__ = ["Article", "BACKGROUND_AFTER_DAYS", "build_event", "is_conflict_event"]


def told_as_an_example(evidence: str) -> bool:
    """Whether the evidence cites the event as one case of a pattern the story is about."""
    return bool(_AN_EXAMPLE.search(evidence))


def is_conflict_event(event: Event) -> bool:
    """Whether the evidence tells a violent, protest or strategic act that happened.

    Diplomacy, sanctions and humanitarian stories make the model invent an event; with no
    conflict keyword in its evidence, or (with no toll) no verb telling what was done
    ("displaced by clashes", ``happening.py``), it is dropped (and reported in the warnings).
    """
    if classify(" ".join(event.evidence)) is None and territory_taken(" ".join(event.evidence)) is None:
        return False
    if event.sub_event_type == "Agreement" and only_a_pledge(" ".join(event.evidence)):
        return False
    told = " ".join(event.evidence)
    if (
        event.sub_event_type in TERRITORY_TYPES
        and not event.fatality_claims
        and (power_seized(told) or not ground_changed(told))
        and territory_taken(told) is None
    ):
        # "The announced withdrawal of Israeli troops from south Lebanon has raised the
        # prospect ...": ground that changed no hands, nor was fought over, is no taking
        found = classify(told)
        return found is not None and found[0] in ("Battles", "Violence against civilians", "Explosions/Remote violence")
    counted = event.fatality_claims or any(f.startswith(UNNUMBERED_FLAG) for f in event.flags)
    taken = event.sub_event_type in TERRITORY_TYPES and territory_taken(told) is not None  # "took the city of Sibut"
    return bool(counted) or taken or tells_a_happening(event.evidence)


def only_a_war_toll(event: Event) -> bool:
    """Whether the event is told by nothing but a toll over the whole war ("more than
    100,000 people have been killed since the uprising began"): no death figure of its own,
    no place, no region. That is the war, not one of its events. Asked once every claim is
    settled: a lead's toll the checks move in later ("Fighting Kills at Least 30") makes
    the event one."""
    if event.fatality_claims or any(f.startswith(UNNUMBERED_FLAG) for f in event.flags):
        return False
    if event.event_type in ("Strategic developments", "Protests"):
        return False  # a release, a deal, an arrest is told by what happened, never by a toll
    told = [q for q in event.evidence if classify(q) or DEATH_AFTER.search(q)]  # what tells violence or death
    # (a tally needs its dead: "attack rebel-held areas across the country" is a spread, no toll)
    if told and all(is_cumulative(q) for q in told) and any(DEATH_AFTER.search(q) for q in told):
        return True  # "En 2022, ... une augmentation de 50 % des décès": a year's tally told, no event
    if event.location.place or event.location.admin1:
        return False
    return any(f.startswith("claim_cumulative_scope:") for f in event.flags)


def only_a_years_tally(event: Event) -> bool:
    """Whether the event's dead are counted over a year it is dated to, with no day or month
    of its own ("more than 1,400 civilians had been killed" in "the first half of this
    year"): a year's tally, not one event's toll."""
    return event.date.precision == "year" and bool(event.fatality_claims)


#: a state's forces named where an event is told ("targeting the country's security forces")
_FORCES_WORDS = re.compile(
    r"\b(?:soldiers?|troops|army|police(?:men)?|security forces|military|gendarmes?|soldats|militaires|policiers"
    r"|l['’]arm[ée]e|forces de (?:d[ée]fense|s[ée]curit[ée]))\b",
    re.I,
)


_OFFICIALS = re.compile(
    r"\b(?:government|minister|ministry|president|prime minister|officials?|delegation|envoy|ambassador|authorities"
    r"|gouvernement|ministre|pr[ée]sident|d[ée]l[ée]gation|autorit[ée]s)\b",
    re.I,
)


def _signing_government(actor: Actor | None, mention: str) -> Actor | None:
    """The government for a state side of a deal named by its country or its officials
    ("Sudan's foreign minister" signs for Sudan, not for its army)."""
    if actor is None or not actor.name.startswith("Military Forces of "):
        return actor
    if not (country_name(mention) or _OFFICIALS.search(mention)):
        return actor
    return actor.model_copy(update={"name": "Government of " + actor.name.removeprefix("Military Forces of ")})


def _came_from_actor1(actor: Actor, draft: DraftEvent) -> bool:
    """Whether the side holds the model's actor1 words and not its actor2 words: the checks
    swapped the model's order, so what is known of "actor1_..." is known of this side."""
    words = {fold(a) for a in (actor.name, *actor.aliases)}
    return fold(draft.actor1) in words and fold(draft.actor2) not in words


def build_event(draft: DraftEvent, art: Article) -> tuple[Event, list[FatalityClaim]]:
    """One checked record from one draft event, and the cumulative death figures (context,
    never part of the event's totals) that its claims pointed at."""
    flags: list[str] = []

    def keep(result: tuple[T, list[str]]) -> T:
        flags.extend(result[1])
        return result[0]

    numbers = keep(evidence_sentences(draft, art))
    evidence, spans = keep(evidence_quotes(numbers, art))
    counted = [art.sentence_text(c.sentence - 1) for c in draft.claims if 0 < c.sentence <= len(art.sentences)]
    sub_type = keep(checked_sub_type(draft, evidence, counted))
    date = keep(timeline_date(keep(event_date(draft, art, evidence)), art, evidence))
    location = keep(region_written_with(keep(event_location(draft, art, evidence)), art.text))
    location = keep(in_paired_territory(location))
    # a deal made abroad is read in the country it is about (Sudan's government signing in Abuja)
    abroad = any(f.startswith(f"{TALKS_FLAG}:") for f in flags)
    home = (country_name(draft.country) or art.country_hint) if abroad else None
    sides_country = home or location.country
    precision = precision_of(location.place, evidence) if location.place else None
    if precision is not None and precision != location.geo_precision:  # "near Goma" is 2, a village named is 1
        location = location.model_copy(update={"geo_precision": precision})
    actor1 = keep(resolve_actor(draft.actor1, draft.actor1_type, sides_country, art, "actor1", sub_type))
    actor2 = keep(resolve_actor(draft.actor2, draft.actor2_type, sides_country, art, "actor2", sub_type))
    actor1 = keep(mission_side(actor1, art, sides_country, "actor1", date.start))
    actor2 = keep(mission_side(actor2, art, sides_country, "actor2", date.start))
    actor1 = keep(un_troops_side(actor1, sides_country, EVENT_TYPE_OF.get(sub_type)))
    actor2 = keep(un_troops_side(actor2, sides_country, EVENT_TYPE_OF.get(sub_type)))
    actor1 = keep(person_side(actor1, draft.actor1, "actor1"))
    actor2 = keep(person_side(actor2, draft.actor2, "actor2"))
    actor1 = keep(official_side(actor1, draft.actor1, sub_type))
    actor1 = keep(party_side(actor1, draft.actor1, sub_type))
    actor1 = keep(source_side(actor1, draft.actor1, "actor1", sub_type))
    actor2 = keep(source_side(actor2, draft.actor2, "actor2", sub_type))
    actor1 = keep(crowd_side(actor1, draft.actor1, sub_type, "actor1", sides_country))
    actor1 = keep(armed_side(actor1, draft.actor1, "actor1"))
    actor2 = keep(armed_side(actor2, draft.actor2, "actor2"))
    actor1 = keep(civilians_who_killed(actor1, draft.actor1, sub_type, evidence, sides_country))
    actor1 = keep(informant_side(actor1, sub_type, evidence))
    if EVENT_TYPE_OF.get(sub_type) in ARMED_VIOLENCE_TYPES:
        actor1 = keep(condemner_side(actor1, draft.actor1, evidence))
    # civilians never start violence: "50 civils ... ont été tués par des hommes armés"
    # with the civilians as the model's actor1 gives the armed men that place, the
    # civilians the other
    civilian_doer = (
        actor1 is not None and actor1.type == "Civilians" and EVENT_TYPE_OF.get(sub_type) in ARMED_VIOLENCE_TYPES
    )
    # a source the model put first ("A Syrian activist group says") stands for no one who acted
    doubted = "actor1_not_in_text" in flags or civilian_doer or any(f.startswith("actor1_is_a_source:") for f in flags)
    before = actor1
    actor1 = keep(agent_side(actor1, actor2, doubted, evidence, sides_country))
    actor2 = before if civilian_doer and actor1 is not before and actor2 is None else actor2
    actor1 = keep(invented_state_side(actor1, "actor1_not_in_text" in flags, sub_type, evidence))
    actor1, actor2 = keep(place_as_civilians(actor1, location.place)), keep(place_as_civilians(actor2, location.place))
    actor1, actor2 = keep(no_civilian_attacker(actor1, actor2, sub_type))
    actor1, actor2 = keep(place_as_side(actor1, sides_country)), keep(place_as_side(actor2, sides_country))
    actor2 = keep(crowd_side(actor2, draft.actor2, sub_type, "actor2", sides_country))
    armed_violence = EVENT_TYPE_OF.get(sub_type) in ARMED_VIOLENCE_TYPES
    if armed_violence:
        actor1, actor2, by_flags = sides_of_an_attack_on_by(actor1, actor2, sub_type, evidence, sides_country)
        flags += by_flags
    if armed_violence:  # "the Ayr and Marehan clans" clashed: two sides, not one
        actor1, actor2, pair_flags = two_sides_in_one(draft.actor1, actor1, actor2, sides_country)
        flags += pair_flags
    # a speaker taken off leaves the doer unnamed: the side hit (a state's forces, civilians)
    # does not move up, an armed group the model put second does
    speaker = any(f.startswith("actor1_is_a_speaker") for f in flags)
    hit = actor2 is not None and (
        (actor2.type == "Civilians" and armed_violence)
        or (speaker and actor2.type in ("State forces", "External/Other forces", "Civilians"))
    )
    if actor1 is None and actor2 is not None and not hit:
        # the one side named acted; civilians hit by an attack stay its target
        actor1, actor2 = actor2, None
    if actor1 is None:
        actor1 = Actor(name="Unidentified Armed Group", type="Rebel group", aliases=[])
        flags.append("actor1_missing")
    # the body's grammar before the headline's: "5 Policemen Killed in Ambush Blamed on
    # al-Shabab" drops the verbs that tell who acted, "was attacked by al-Shabab" keeps them
    headline = art.sentence_text(0) if art.sentences else ""
    voice = [q for q in evidence if q != headline] + [q for q in evidence if q == headline]
    # the words set the order when they tell it; else who died may tell who was attacked
    told = None
    if actor1 is not None and actor2 is not None:
        states = (actor1.type == "State forces", actor2.type == "State forces")
        told, _ = told_order(draft.actor1, draft.actor2, voice, "Armed clash", states)
    actor1, actor2, side_flags = orient_sides(actor1, actor2, draft.actor1, draft.actor2, voice, sub_type)
    actor1, actor2, ally_flags = allies_not_opponents(actor1, actor2, evidence, sides_country)
    actor1 = keep(national_forces_first(actor1, evidence, sides_country))  # "Somali and AMISOM forces"
    side_flags += ally_flags
    flags += side_flags
    if EVENT_TYPE_OF.get(sub_type) in ARMED_VIOLENCE_TYPES:
        actor1 = keep(doer_of_the_attacks(actor1, actor2, voice, sides_country))
    (actor1, actor2), owner_flags = strike_owner_check(sub_type, actor1, actor2, evidence, sides_country)
    flags += owner_flags
    actor1, actor2, blame_flags = disputed_doer(actor1, actor2, evidence, sub_type)
    flags += blame_flags
    if sub_type in ("Shelling/artillery/missile attack", "Attack", "Armed clash"):
        actor1, actor2, gun_flags = gun_owner(actor1, actor2, voice)
        flags += gun_flags
    published = art.meta.published
    old = bool(published and date.end and (published - date.end) > dt.timedelta(BACKGROUND_AFTER_DAYS))
    # "Earlier this month, a series of bomb blasts killed 24": told as past, with no day
    old = old or bool(date.precision in ("month", "year") and date.text and TOLD_AS_PAST.search(date.text))
    numbers_0 = [n - 1 for n in numbers]
    claims, context, claim_flags = check_claims(draft.claims, art, numbers_0, old_event=old)
    claims, vague_flags = precise_for_vague_headline(claims, art, numbers_0)  # "Dozens Killed" over "22 ... killed"
    flags += claim_flags + vague_flags
    claims, elsewhere, scope_flags = claims_of_this_event(claims, art, location, date, sub_type)
    claims, elsewhere, scope_flags = with_their_totals(claims, elsewhere, scope_flags, claim_flags)
    if not claims:  # every figure the model gave was another day's: the evidence's own stand in
        instead, instead_flags = evidence_claims_instead(art, numbers_0, elsewhere, scope_flags, old_event=old)
        claims, _, again = claims_of_this_event(instead, art, location, date, sub_type)
        if claims and not any(f.startswith("claim_doubtful") for f in again):
            scope_flags += [f for f in instead_flags if any(f.endswith(f":{c.low}") for c in claims)]
        else:
            claims = []
    context += elsewhere
    flags += scope_flags
    claims = pool_claims(claims, article_claim_key)
    sub_type = keep(rescue_fight(sub_type, [c.victims for c in claims], evidence))
    claims, rescue_dead, rescue_dead_flags = dead_of_the_rescue(sub_type, claims)
    context += rescue_dead
    flags += rescue_dead_flags
    actor1, actor2, dead_flags = bomb_victims_second(actor1, actor2, sub_type, claims, evidence)
    flags += dead_flags
    if not dead_flags:
        actor1, actor2, dead_flags = target_told_as_doer(actor1, actor2, evidence)
        flags += dead_flags
    actor1, actor2, informant_flags = informant_of_civilian_deaths(actor1, actor2, claims, evidence)
    flags += informant_flags
    actor2, target_flags = target_from_dead(actor1, actor2, claims, evidence, sides_country)
    flags += target_flags
    if not target_flags:
        actor2, target_flags = group_of_the_dead(actor1, actor2, claims, sides_country)
        flags += target_flags
    if EVENT_TYPE_OF.get(sub_type) in ARMED_VIOLENCE_TYPES:
        # "villagers" the article never names, for peacekeepers killed: no side hit
        invented = (
            actor2 is not None
            and actor2.type == "Civilians"
            and "actor2_not_in_text" in flags
            and all(c.victims in ("foreign_forces", "state_forces") for c in claims)
        )
        actor1, second, second_flags = dead_side_second(actor1, None if invented else actor2, claims, sides_country)
        actor2 = second if second_flags or not invented else actor2
        flags += second_flags
    if not target_flags:  # the dead or the post hit named the state's forces: they stand
        # the target is named where the event is told (its evidence and tolls), not as a
        # source elsewhere ("Ukraine's military detailed a large wave of Russian attacks"),
        # and a country's name is no mention of its forces
        where_told = " ".join([*evidence, *(c.quote for c in claims)])
        # the model's words for the side now second: its actor1's when the checks swapped them
        swapped = any(f.startswith("actors_swapped") for f in flags)
        slot = "actor1" if swapped and actor2 is not None and _came_from_actor1(actor2, draft) else "actor2"
        mention2 = draft.actor1 if slot == "actor1" else draft.actor2
        named = align(mention2, where_told).status != "none" or bool(_FORCES_WORDS.search(where_told))
        named = named and f"{slot}_not_in_text" not in flags and not country_name(mention2)
        actor2 = keep(civilian_target(actor2, sub_type, claims, evidence, named, sides_country))
    if sub_type == "Agreement":  # a country that signs is its government, not its army ("Sudan and Chad signed")
        actor1, actor2 = (_signing_government(a, m) for a, m in ((actor1, draft.actor1), (actor2, draft.actor2)))
    # Assad's army and the transitional authorities' are two ACLED actors: the event's date decides
    actor1 = era_name(actor1, date.start) if actor1 else None
    actor2 = era_name(actor2, date.start) if actor2 else None
    actor1, actor2, sub_type, riot_flags = civilians_who_clash(actor1, actor2, sub_type, sides_country, evidence)
    actor1, actor2, crowd_flags = rioters_who_fight(actor1, actor2, sub_type, sides_country)
    riot_flags += crowd_flags
    actor1, actor2, crowd_flags = protesters_fired_on(actor1, actor2, sub_type, sides_country)
    riot_flags += crowd_flags
    actor1, actor2, sub_type, crowd_flags = assailant_shot_dead(actor1, actor2, sub_type, evidence)
    riot_flags += crowd_flags
    sub_type = keep(arrests_by_the_state(sub_type, actor1, evidence, CLASH_WORDS))  # "arrested 12 operatives"
    actor1, actor2, taker_flags = taker_told(sub_type, actor1, actor2, evidence)
    flags += riot_flags + taker_flags
    sub_type = keep(territory_taker_check(sub_type, actor1))
    checked = keep(armed_sides_check(sub_type, actor1, actor2, evidence))
    if checked == "Armed clash" and sub_type != checked:
        # a battle now: the side that launched the offensive comes first, as for any battle
        actor1, actor2, late_flags = initiator_first(actor1, actor2, voice)
        flags += late_flags
    sub_type = checked
    if told is None and not any(f.startswith("actors_swapped") for f in flags):
        actor1, actor2, second_flags = attacked_side_second(actor1, actor2, claims, sub_type, evidence)
        flags += second_flags
    actor1, actor2, target_flags = civilians_as_target(actor1, actor2, sub_type)
    sub_type, actor2, crowd_flags = rioters_on_both_sides(actor1, actor2, sub_type, evidence)
    target_flags += crowd_flags
    flags += target_flags
    actor2, rescue_flags = taken_not_rescuer(actor2, sub_type, evidence)
    flags += rescue_flags
    actor1, rescue_flags = captors_not_rescuer(actor1, sub_type, art, sides_country or "")
    flags += rescue_flags
    if sub_type == "Peaceful protest" and actor2 is not None:
        # a peaceful protest has no other side (ACLED): the group the marchers protest
        # against ("kidnapped by the 400 Mawozo gang") is not a party to it
        flags.append(f"actor2_not_a_party_to_a_peaceful_protest:{actor2.name}")
        actor2 = None
    size = None
    one = not draft.claims  # with no figure given, a one-person figure still leaves ACLED's one
    if not claims and not any(f.sentence + 1 in numbers and (not one or f.low != 1) for f in art.death_figures):
        # "l'ONU accuse le M23 d'avoir exécuté des enfants": deaths with no number are
        # ACLED's 3 (10 for a massacre), flagged; a figure that went elsewhere is no such case
        size = unnumbered_deaths([q for q in evidence if not is_cumulative(q)])  # not "En 2022 ... des décès"
        if size:
            flags.append(f"{UNNUMBERED_FLAG}:{size}")
    fatalities, acled = totals_of(claims, flags, deaths_without_number=size, sub_event_type=sub_type)
    salience: Salience = "main"  # the model is asked for news events only
    if old and headline in evidence and EVENT_TYPE_OF[sub_type] in ARMED_VIOLENCE_TYPES and classify(headline):
        # "UN Investigating Brutal November Massacre in Haiti": an old killing a headline of
        # violence names is the story's news (an inquiry, a trial, an anniversary), not context
        flags.append("dated_long_before_publication_but_the_headlines")
    elif old:
        salience = "background"
        flags.append("dated_long_before_publication")
    elif _LONG_CAMPAIGN.search(" ".join(evidence)) and not any(c.low for c in claims):
        # "drove out the militants after a five-month battle": months of fighting told in
        # one sentence are the story's background, not one day's event
        salience = "background"
        flags.append("a_months_long_campaign")
    elif told_as_an_example(" ".join(evidence)):
        salience = "background"
        flags.append("told_as_an_example")
    elif EVENT_TYPE_OF[sub_type] == "Strategic developments" and _ANNIVERSARY.search(" ".join(evidence)):
        # "marks two years of the Khartoum peace agreement": the deal is old news
        salience = "background"
        flags.append("anniversary_of_an_earlier_event")
    location = keep(country_of_the_day(keep(region_abroad(location, evidence)), date))
    event = Event(
        salience=salience,
        event_type=EVENT_TYPE_OF[sub_type],  # type: ignore[arg-type]
        sub_event_type=sub_type,  # type: ignore[arg-type]
        date=date,
        location=location,
        actor1=actor1,
        actor2=actor2,
        fatality_claims=claims,
        fatalities=fatalities,
        fatalities_acled=acled if acled is not None else 0,
        evidence=evidence,
        evidence_spans=spans,
        flags=flags,
    )
    return event, context
