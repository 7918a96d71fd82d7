"""Mentions that name no armed side: a person, a nation's people in a crowd (code only)."""

from __future__ import annotations

from summarizer.actors import canonical_actor
from summarizer.schema import Actor
from summarizer.sidenames import crowd_side, official_side, party_side, person_side, source_side


def test_a_person_is_no_side_of_their_own() -> None:
    taken = canonical_actor("M. Emmanuel Ngafeson", country="Cameroon", fallback_type="State forces")
    actor, flags = person_side(taken, "M. Emmanuel Ngafeson", "actor1")
    assert actor is not None and (actor.name, actor.type) == ("Unidentified Armed Group", "Rebel group")
    assert flags == ["actor1_is_a_person:M. Emmanuel Ngafeson"]
    victim, _ = person_side(canonical_actor("Mr John Okello", country="Uganda"), "Mr John Okello", "actor2")
    assert victim is not None and (victim.name, victim.type) == ("Civilians", "Civilians")
    # a group stays a group
    group = canonical_actor("JNIM", country="Mali")
    assert person_side(group, "JNIM", "actor1") == (group, [])


def test_a_nations_people_in_a_riot_are_the_crowd_not_its_army() -> None:
    army = canonical_actor("Palestinians", country="Israel")
    assert army.name == "Military Forces of Palestine"  # what the alias table alone gives
    actor, flags = crowd_side(army, "Palestinians", "Violent demonstration", "actor2")
    assert actor is not None and (actor.name, actor.type) == ("Rioters (Palestine)", "Rioters")
    assert flags == ["actor2_is_the_crowd:Palestinians"]
    marchers, _ = crowd_side(
        canonical_actor("les Maliens", country="France"), "les Maliens", "Peaceful protest", "actor1"
    )
    assert marchers is not None and marchers.name == "Protesters (Mali)"
    # outside a protest or riot, and for a state's name, nothing changes
    assert crowd_side(army, "Palestinians", "Armed clash", "actor2") == (army, [])
    state = Actor(name="Government of Israel", type="State forces", aliases=["Israel"])
    assert crowd_side(state, "Israel", "Violent demonstration", "actor1") == (state, [])


def test_a_crowd_is_named_by_what_the_event_says_it_did() -> None:
    marchers = Actor(name="Protesters (Guinea)", type="Protesters", aliases=["jeunes"])
    rioters, flags = crowd_side(marchers, "jeunes", "Violent demonstration", "actor1")
    assert rioters is not None and (rioters.name, rioters.type, rioters.aliases) == (
        "Rioters (Guinea)",
        "Rioters",
        ["jeunes"],
    )
    assert flags == ["actor1_crowd_named_by_the_event:Protesters (Guinea)"]
    back, _ = crowd_side(rioters, "jeunes", "Peaceful protest", "actor1")
    assert back is not None and back.name == "Protesters (Guinea)"
    assert crowd_side(marchers, "jeunes", "Peaceful protest", "actor1") == (marchers, [])


def test_a_missions_soldiers_are_its_troops() -> None:
    assert (
        canonical_actor("African Union soldiers", country="Somalia").name == "AMISOM: African Union Mission in Somalia"
    )
    assert canonical_actor("soldiers", country="Somalia").name == "Military Forces of Somalia"
    assert canonical_actor("Burundian soldiers", country="Somalia").name == "Military Forces of Burundi"


def test_a_source_of_the_story_is_no_armed_side() -> None:
    from summarizer.sidenames import source_side

    counted = canonical_actor("Red Cross", country="Central African Republic")
    actor, flags = source_side(counted, "Red Cross", "actor1")
    assert actor is not None and actor.name == "Unidentified Armed Group"
    assert flags == ["actor1_is_a_source:Red Cross"]
    staff, _ = source_side(canonical_actor("MSF staff", country="Sudan"), "MSF staff", "actor2")
    assert staff is not None and staff.type == "Civilians"
    # "Syrian activists say three car bombs ... killed at least 24": the activists told it
    activists, _ = source_side(canonical_actor("Syrian activists", country="Syria"), "Syrian activists", "actor1")
    assert activists is not None and activists.name == "Unidentified Armed Group"
    # "who" is a word, not the WHO; an armed group stays
    fighters = canonical_actor("fighters who attacked", country="Mali")
    assert source_side(fighters, "fighters who attacked", "actor1") == (fighters, [])


def test_a_diplomat_who_names_the_culprit_is_no_side() -> None:
    from summarizer.sidenames import source_side

    envoy = canonical_actor("US Diplomat", country="Iraq")
    actor, flags = source_side(envoy, "US Diplomat", "actor1")
    assert actor is not None and actor.name == "Unidentified Armed Group"
    assert flags == ["actor1_is_a_source:US Diplomat"]
    # an army spokesman's army is still the side it speaks for
    army = canonical_actor("army", country="Iraq")
    assert source_side(army, "army", "actor1") == (army, [])


def test_a_state_force_that_only_reports_a_bombing_is_not_its_author() -> None:
    from summarizer.sidenames import informant_side

    police = Actor(name="Police Forces of Iraq", type="State forces", aliases=["Iraqi police"])
    told = [
        "Iraqi Police: Baghdad Explosion Kills At Least 17",
        "An apparent car bomb has exploded in Baghdad.",
        "Iraqi police tell VOA the blast killed at least 17 people.",
    ]
    actor, flags = informant_side(police, "Remote explosive/landmine/IED", told)
    assert actor is not None and actor.name == "Unidentified Armed Group" and flags == ["actor1_is_an_informant"]
    # police named as acting, or a strike (which a state may make), stand
    acted = [*told, "Police detonated a second device in a controlled explosion."]
    assert informant_side(police, "Remote explosive/landmine/IED", acted) == (police, [])
    assert informant_side(police, "Air/drone strike", told) == (police, [])
    # speakers placed by the city they serve in ("Police in the oil-rich northern city say")
    city = ["Police in the oil-rich northern city say seven bombs exploded early Sunday."]
    assert informant_side(police, "Suicide bomb", city)[1] == ["actor1_is_an_informant"]
    district = ["Earlier, police in the Hangu district in northwest Pakistan said a roadside bomb killed three."]
    assert informant_side(police, "Remote explosive/landmine/IED", district)[1] == ["actor1_is_an_informant"]


def test_an_army_that_only_reports_civilian_deaths_is_no_side() -> None:
    from summarizer.schema import FatalityClaim
    from summarizer.sidenames import informant_of_civilian_deaths

    army = Actor(name="Military Forces of Cameroon", type="State forces", aliases=["military"])
    rebels = Actor(name="Ambazonian Separatists", type="Rebel group", aliases=["separatists"])
    quote = "Military officials in Cameroon say armed separatists killed at least six people when they attacked a bus."
    dead = [FatalityClaim(low=6, high=None, victims="civilians", claimant="Military officials", quote=quote)]
    a1, a2, flags = informant_of_civilian_deaths(army, rebels, dead, [quote])
    assert (a1, a2 and a2.name) == (rebels, "Civilians")
    assert flags == ["state_forces_only_report_civilian_deaths:Military Forces of Cameroon"]
    # the army that fought, or dead soldiers, keep the clash
    fought = [quote, "Troops returned fire and killed two separatists."]
    assert informant_of_civilian_deaths(army, rebels, dead, fought)[2] == []
    soldiers = [dead[0].model_copy(update={"victims": "state_forces"})]
    assert informant_of_civilian_deaths(army, rebels, soldiers, [quote])[2] == []
    # forces sent after the attack are no side either, and people of no side count as
    # civilians unless the evidence tells of fighting
    sent = [quote, "The military has deployed scores of troops to track down the rebels."]
    people = [dead[0].model_copy(update={"victims": "unknown"})]
    assert informant_of_civilian_deaths(army, rebels, people, sent)[1] == Actor(
        name="Civilians", type="Civilians", aliases=[]
    )
    battle = [quote, "Fighting is continuing near the town, the army says."]
    assert informant_of_civilian_deaths(army, rebels, people, battle)[2] == []
    # an army whose air strike killed the people is its author, whatever else it says
    strike = [
        "Witnesses say at least two people were killed in a Cameroonian air strike on Thursday.",
        "The army said the strike was carried out after separatists fired rockets at its forces.",
    ]
    assert informant_of_civilian_deaths(army, rebels, people, strike)[2] == []


def test_civilians_the_evidence_has_kill_are_an_armed_communal_group() -> None:
    from summarizer.side_checks import civilians_who_killed

    herders = Actor(name="Civilians", type="Civilians", aliases=["Herders and farmers"])
    told = ["Nigeria has deployed security forces to a village where state police say suspected herders killed 10."]
    got, flags = civilians_who_killed(herders, "Herders and farmers", "Attack", told, "Nigeria")
    assert got is not None and (got.name, got.type) == ("suspected herders", "Identity militia")
    assert flags == ["civilians_who_killed:suspected herders (Nigeria)"]
    # killed by someone, or in a protest, they stay civilians
    hit = ["Ten herders were killed by gunmen near the village."]
    assert civilians_who_killed(herders, "herders", "Attack", hit, "Nigeria") == (herders, [])
    assert civilians_who_killed(herders, "herders", "Peaceful protest", told, "Nigeria") == (herders, [])


def test_people_the_evidence_has_taken_are_the_victims_not_the_kidnappers() -> None:
    from summarizer.side_checks import civilians_who_killed

    contractor = Actor(name="American contractor", type="Rebel group", aliases=["American contractor"])
    told = ["Officials say an American contractor and his two Iraqi interpreters have been kidnapped near Basra."]
    got, flags = civilians_who_killed(contractor, "American contractor", "Abduction/forced disappearance", told, "Iraq")
    assert got is not None and got.name == "Unidentified Armed Group"
    assert flags == ["civilians_who_were_taken:American contractor"]
    # a group told as the one that took them stays
    took = ["Gunmen kidnapped an American contractor near Basra."]
    gunmen = Actor(name="Gunmen", type="Rebel group", aliases=["Gunmen"])
    assert civilians_who_killed(gunmen, "Gunmen", "Abduction/forced disappearance", took, "Iraq") == (gunmen, [])


def test_the_bare_united_nations_is_a_source_in_violence_and_a_party_to_a_deal() -> None:
    un = Actor(name="United Nations", type="External/Other forces", aliases=["United Nations"])
    got, flags = source_side(un, "United Nations", "actor1", "Armed clash")
    assert got is not None and got.name == "Unidentified Armed Group" and flags == ["actor1_is_a_source:United Nations"]
    target, _ = source_side(un, "ONU", "actor2", "Air/drone strike")
    assert target is not None and target.name == "Civilians"
    assert source_side(un, "United Nations", "actor1", "Agreement") == (un, [])
    blue = Actor(name="MINUSMA", type="External/Other forces", aliases=["UN peacekeepers"])
    assert source_side(blue, "UN peacekeepers", "actor2", "Attack") == (blue, [])


def test_a_bomber_the_model_typed_as_a_civilian_is_an_unidentified_armed_side() -> None:
    from summarizer.side_checks import civilians_who_killed

    woman = Actor(name="Civilians", type="Civilians", aliases=["woman suicide bomber"])
    got, flags = civilians_who_killed(woman, "woman suicide bomber", "Suicide bomb", [], "Iraq")
    assert got is not None and (got.name, got.type) == ("Unidentified Armed Group", "Rebel group") and flags


def test_sides_that_blame_each_other_are_neither_the_doer() -> None:
    from summarizer.side_checks import disputed_doer

    army = Actor(name="Military Forces of Myanmar", type="State forces", aliases=[])
    opposition = Actor(name="Opposition", type="Rebel group", aliases=[])
    told = ["Myanmar Military, Opposition Trade Blame for Yangon Bombing"]
    a1, a2, flags = disputed_doer(army, opposition, told)
    assert a1 is not None and a1.name == "Unidentified Armed Group" and a2 is None
    assert flags == ["actor1_blame_disputed:Military Forces of Myanmar"]
    assert disputed_doer(army, opposition, ["The army blamed the opposition for the bombing."]) == (
        army,
        opposition,
        [],
    )


def test_two_armies_blaming_each_other_for_a_clash_both_fought() -> None:
    from summarizer.side_checks import disputed_doer

    ethiopia = Actor(name="Military Forces of Ethiopia", type="State forces", aliases=[])
    eritrea = Actor(name="Military Forces of Eritrea", type="State forces", aliases=[])
    told = ["Ethiopia and Eritrea are blaming each other for a border clash that inflamed long-running tensions."]
    assert disputed_doer(ethiopia, eritrea, told, "Armed clash") == (ethiopia, eritrea, [])
    a1, _, flags = disputed_doer(ethiopia, eritrea, told, "Shelling/artillery/missile attack")
    assert a1 is not None and a1.name == "Unidentified Armed Group" and flags
    # a blame for the killing of civilians is for an attack, clash or not in the model's coding
    killing = ["The government and a rebel group are blaming each other for the killing of five civilians Thursday."]
    a1, _, flags = disputed_doer(ethiopia, eritrea, killing, "Armed clash")
    assert a1 is not None and a1.name == "Unidentified Armed Group" and flags


def test_the_side_whose_attacks_killed_the_force_put_first_acted() -> None:
    from summarizer.side_checks import doer_of_the_attacks

    nato = Actor(name="NATO: North Atlantic Treaty Organization", type="External/Other forces", aliases=[])
    police = Actor(name="Police Forces of Afghanistan", type="State forces", aliases=[])
    headline = "2 NATO Troops Killed, 12 Afghan Police Killed or Injured in Taliban Attacks"
    actor1, flags = doer_of_the_attacks(nato, police, [headline], "Afghanistan")
    assert actor1 is not None and actor1.name == "Taliban" and flags == ["actor1_doer_of_the_attacks:Taliban"]
    army = Actor(name="Military Forces of Burkina Faso", type="State forces", aliases=[])
    civilians = Actor(name="Civilians", type="Civilians", aliases=[])
    french = "Vingt et une personnes ont été tuées hier lors de deux attaques de jihadistes présumés."
    actor1, _ = doer_of_the_attacks(army, civilians, [french], "Burkina Faso")
    assert actor1 is not None and actor1.name == "Unidentified Armed Group"
    # a town's name before "attacks" is no side, and a force's own offensive leaves it first
    for sentence in ("Five policemen were killed in Kabul attacks.", "Rebels were killed in an army offensive."):
        assert doer_of_the_attacks(army, civilians, [sentence], "Afghanistan")[0] == army


def test_the_side_that_carried_out_the_attack_acted() -> None:
    from summarizer.side_checks import doer_of_the_attacks

    army = Actor(name="Military Forces of Burundi", type="State forces", aliases=[])
    civilians = Actor(name="Civilians", type="Civilians", aliases=[])
    bar = (
        "Les criminels armés, comme l’indique l’administration, ont mené une attaque dans un bistrot dans la "
        "commune de Burambi."
    )
    actor1, flags = doer_of_the_attacks(army, civilians, [bar], "Burundi")
    assert actor1 is not None and actor1.name == "Unidentified Armed Group"
    assert flags == ["actor1_doer_of_the_attacks:Les criminels armés"]
    # the state's own raid leaves it first
    assert doer_of_the_attacks(army, civilians, ["Soldiers carried out a raid on the village."], "Burundi")[0] == army


def test_people_called_armed_are_an_armed_group() -> None:
    from summarizer.sidenames import armed_side

    activists = Actor(name="Civilians", type="Civilians", aliases=["armed activists"])
    group, flags = armed_side(activists, "armed activists", "actor2")
    assert group is not None and (group.name, group.type) == ("Unidentified Armed Group", "Rebel group")
    assert flags == ["actor2_armed_not_civilians:armed activists"]
    # unarmed civilians stay civilians; "armed activists" are no mere source of the story
    villagers = Actor(name="Civilians", type="Civilians", aliases=["villagers"])
    assert armed_side(villagers, "villagers", "actor2") == (villagers, [])
    taken = canonical_actor("armed activists", country="Libya", fallback_type="Civilians")
    assert source_side(taken, "armed activists", "actor2", "Armed clash") == (taken, [])


def test_civilians_on_both_sides_of_a_clash_are_rioters() -> None:
    from summarizer.subtype_checks import civilians_who_clash

    farmers = Actor(name="Civilians", type="Civilians", aliases=["farmers demanding better power supplies"])
    activists = Actor(name="Civilians", type="Civilians", aliases=["pro-government activists"])
    a1, a2, sub, flags = civilians_who_clash(farmers, activists, "Armed clash", "Bangladesh")
    assert sub == "Mob violence" and a1 is not None and a2 is not None
    assert (a1.name, a1.type, a2.name) == ("Rioters (Bangladesh)", "Rioters", "Rioters (Bangladesh)")
    assert a1.aliases == farmers.aliases and flags
    soldiers = Actor(name="Military Forces of Bangladesh", type="State forces", aliases=[])
    assert civilians_who_clash(farmers, soldiers, "Armed clash", "Bangladesh") == (farmers, soldiers, "Armed clash", [])


def test_a_power_that_only_condemns_the_attack_is_no_side_of_it() -> None:
    from summarizer.sidenames import condemner_side

    us = Actor(name="Military Forces of the United States", type="External/Other forces", aliases=["US"])
    evidence = [
        "US, UN Condemn Mali Attack Claimed by Al-Qaida",
        'The United States has condemned "in the strongest possible terms" Thursday\'s ambush on a convoy.',
    ]
    actor, flags = condemner_side(us, "US", evidence)
    assert actor is not None and actor.name == "Unidentified Armed Group"
    assert flags == ["actor1_only_condemns:Military Forces of the United States"]
    # named once as condemning and once as acting: it stays
    acted = [*evidence, "US drones struck the convoy's attackers near Timbuktu."]
    assert condemner_side(us, "US", acted) == (us, [])
    # French: "La France a condamné l'attaque"
    france = Actor(name="Military Forces of France", type="External/Other forces", aliases=[])
    assert condemner_side(france, "La France", ["La France a condamné l'attaque de Ménaka."])[0].name == (
        "Unidentified Armed Group"
    )


def test_police_that_only_report_civilians_found_dead_are_no_side() -> None:
    from summarizer.schema import FatalityClaim
    from summarizer.sidenames import informant_of_civilian_deaths

    police = Actor(name="Police Forces of Mexico", type="State forces", aliases=["Police"])
    civilians = Actor(name="Civilians", type="Civilians", aliases=[])
    told = [
        "The bodies of five bound and blindfolded men have been found in a quiet Mexican coastal village.",
        "Police in the town of Coyuquilla say the men had been shot multiple times.",
    ]
    dead = [FatalityClaim(low=5, high=None, victims="civilians", claimant="police", quote=told[0])]
    a1, a2, flags = informant_of_civilian_deaths(police, civilians, dead, told)
    assert a1 is not None and a1.name == "Unidentified Armed Group" and a2 == civilians
    assert flags == ["state_forces_only_report_civilian_deaths:Police Forces of Mexico"]
    # police that fired are the side that killed
    fired = [told[0], "Police opened fire on the men at a checkpoint, killing five."]
    assert informant_of_civilian_deaths(police, civilians, dead, fired)[2] == []


def test_a_communitys_people_leading_a_riot_are_the_countrys_rioters() -> None:
    from summarizer.sidenames import crowd_side

    muslims = Actor(name="Musulmans", type="Rebel group", aliases=[])
    got, flags = crowd_side(muslims, "musulmans", "Violent demonstration", "actor1", "Niger")
    assert got is not None and (got.name, got.type) == ("Rioters (Niger)", "Rioters")
    assert flags == ["actor1_is_the_crowd:musulmans"]
    # the people a riot hits stay who they were; an army is never the crowd
    villagers = Actor(name="Civilians", type="Civilians", aliases=[])
    assert crowd_side(villagers, "villagers", "Violent demonstration", "actor2", "Niger")[0] == villagers
    army = Actor(name="Military Forces of Niger", type="State forces", aliases=[])
    assert crowd_side(army, "soldiers", "Violent demonstration", "actor1", "Niger")[0] == army


def test_an_official_named_as_the_doer_of_violence_leaves_the_doer_unnamed() -> None:
    state = Actor(name="Military Forces of the United States", type="External/Other forces", aliases=["U.S."])
    for mention in (
        "U.S. President Donald Trump",
        "Unity and Jonglei State governors",
        "deputy administrator for Abyei",
    ):
        actor, flags = official_side(state, mention, "Air/drone strike")
        assert (
            actor is not None
            and actor.name == "Unidentified Armed Group"
            and flags == [f"actor1_is_an_official:{mention}"]
        )
    # a force under an official's command acts; an official in a peace deal is no doer of violence
    assert official_side(state, "President Kiir's forces", "Armed clash") == (state, [])
    assert official_side(state, "U.S. President Donald Trump", "Agreement") == (state, [])


def test_a_party_the_table_does_not_know_as_armed_is_no_bomber() -> None:
    party = Actor(name="Awami National Party", type="Rebel group", aliases=["Awami National Party"])
    actor, flags = party_side(party, "Awami National Party", "Suicide bomb")
    assert actor is not None and actor.name == "Unidentified Armed Group"
    assert flags == ["actor1_is_a_party:Awami National Party"]
    # a party that fights is in the table and stands; a battle or a riot is left to other checks
    pkk = canonical_actor("Kurdistan Workers' Party", country="Turkey")
    assert party_side(pkk, "Kurdistan Workers' Party", "Remote explosive/landmine/IED") == (pkk, [])
    assert party_side(party, "Awami National Party", "Armed clash") == (party, [])
