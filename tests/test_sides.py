"""actor1 is the side that acted: the evidence sentence's voice decides."""

from __future__ import annotations

from summarizer.schema import Actor
from summarizer.sides import orient_sides

ARMY = Actor(name="Military Forces of Mali", type="State forces", aliases=[])
JNIM = Actor(name="JNIM", type="Rebel group", aliases=[])
CIVS = Actor(name="Civilians", type="Civilians", aliases=[])
US = Actor(name="Military Forces of the United States", type="External/Other forces", aliases=[])
SHABAAB = Actor(name="Al Shabaab", type="Rebel group", aliases=[])


def test_passive_voice_swaps_a_target_coded_first() -> None:
    a1, a2, flags = orient_sides(
        ARMY, JNIM, "army convoy", "JNIM", ["An army convoy was ambushed by JNIM near Boni."], "Armed clash"
    )
    assert (a1, a2) == (JNIM, ARMY)
    assert flags == ["actors_swapped:evidence_voice"]


def test_a_french_passive_with_par_names_the_side_that_acted() -> None:
    # the side named by "l'armée" is the state's, whatever words the model used for it
    sentence = (
        "Le chef de la milice séparatiste, qui combat les forces régulières, a été tué vendredi "
        "par l’armée lors d'un raid."
    )
    a1, a2, flags = orient_sides(JNIM, ARMY, "milice", "army", [sentence], "Armed clash")
    assert (a1, a2) == (ARMY, JNIM)
    assert flags == ["actors_swapped:evidence_voice"]


def test_active_voice_keeps_the_right_order() -> None:
    a1, a2, flags = orient_sides(
        JNIM, ARMY, "militants", "soldiers", ["Militants ambushed soldiers near Boni."], "Armed clash"
    )
    assert (a1, a2, flags) == (JNIM, ARMY, [])


def test_active_voice_swaps_the_wrong_order() -> None:
    a1, a2, _ = orient_sides(
        ARMY, JNIM, "soldiers", "militants", ["Militants attacked soldiers near Boni."], "Armed clash"
    )
    assert (a1, a2) == (JNIM, ARMY)


def test_passive_voice_with_the_right_order_is_kept() -> None:
    a1, a2, flags = orient_sides(
        JNIM, ARMY, "JNIM", "convoy", ["The convoy was attacked by JNIM fighters."], "Armed clash"
    )
    assert (a1, a2, flags) == (JNIM, ARMY, [])


def test_civilians_never_attack() -> None:
    a1, a2, flags = orient_sides(CIVS, JNIM, "villagers", "gunmen", ["Five villagers died in Kalta."], "Attack")
    assert (a1, a2) == (JNIM, CIVS)
    assert flags == ["actors_swapped:civilians_do_not_attack"]


def test_foreign_air_strike_puts_the_foreign_force_first() -> None:
    a1, a2, _ = orient_sides(
        SHABAAB, US, "al-Shabaab", "US", ["An air strike hit a camp near Jilib."], "Air/drone strike"
    )
    assert (a1, a2) == (US, SHABAAB)


def test_no_clear_sentence_keeps_the_model_order() -> None:
    assert orient_sides(ARMY, JNIM, "army", "JNIM", ["Fighting was reported near Boni."], "Armed clash")[:2] == (
        ARMY,
        JNIM,
    )


def test_a_protest_has_the_crowd_first_even_when_police_acted() -> None:
    police = Actor(name="Police Forces of Nepal", type="State forces", aliases=[])
    crowd = Actor(name="Protesters (Nepal)", type="Protesters", aliases=[])
    sentence = ["Police fired tear gas at thousands of protesters in Kathmandu."]
    a1, a2, flags = orient_sides(police, crowd, "Police", "protesters", sentence, "Protest with intervention")
    assert (a1, a2, flags) == (crowd, police, ["actors_swapped:crowd_first"])
    # an armed attack is not a protest: the order stays with the grammar
    assert orient_sides(ARMY, JNIM, "army", "JNIM", ["The army attacked JNIM."], "Armed clash")[:2] == (ARMY, JNIM)


def test_the_agent_of_a_passive_acts_even_when_the_target_is_not_named() -> None:
    gang = Actor(name="Unidentified Armed Group", type="Rebel group", aliases=[])
    sentence = ["The patrol was returning from a mission when it was attacked by a band of men riding motorcycles."]
    a1, a2, flags = orient_sides(ARMY, gang, "Nigerien army", "band of men riding motorcycles", sentence, "Armed clash")
    assert (a1, a2, flags) == (gang, ARMY, ["actors_swapped:evidence_voice"])


def test_a_state_force_named_by_other_words_still_tells_who_acted() -> None:
    # the model called them "forces de sécurité"; the sentence that says who acted calls
    # them "policiers et soldats"
    gang = Actor(name="Unidentified Armed Group", type="Rebel group", aliases=[])
    evidence = [
        "Des affrontements entre un groupe d'hommes armés et les forces de sécurité ont fait huit morts.",
        "Policiers et soldats ont poursuivi le groupe sur la colline de Gasheke.",
    ]
    a1, a2, flags = orient_sides(gang, ARMY, "groupe d'hommes armés", "forces de sécurité", evidence, "Armed clash")
    assert (a1, a2, flags) == (ARMY, gang, ["actors_swapped:evidence_voice"])
    # an armed group's mention gets no such help: no verdict, the model's order stays
    a1, a2, flags = orient_sides(ARMY, gang, "forces de sécurité", "rebelles", evidence[1:], "Armed clash")
    assert (a1, a2, flags) == (ARMY, gang, [])


def test_a_passive_with_no_agent_makes_the_side_named_before_it_the_one_hit() -> None:
    jihadists = Actor(name="Unidentified Armed Group", type="Rebel group", aliases=[])
    civilians = Actor(name="Civilians", type="Civilians", aliases=[])
    french = (
        "Au Burkina Faso, onze civils, dont trois supplétifs de l'armée, ont été tués dimanche dans le nord du pays, "
        "au cours d'une attaque de jihadistes présumés contre deux villages."
    )
    a1, a2, flags = orient_sides(jihadists, civilians, "jihadistes présumés", "civils", [french], "Attack")
    assert (a1, a2, flags) == (jihadists, civilians, [])
    english = "Five villagers were killed on Sunday when gunmen attacked the village."
    a1, a2, flags = orient_sides(civilians, jihadists, "villagers", "gunmen", [english], "Attack")
    assert (a1, a2, flags) == (jihadists, civilians, ["actors_swapped:evidence_voice"])


def test_the_side_that_launched_the_offensive_comes_first_in_a_battle() -> None:
    tigers = Actor(name="Tamil Tigers", type="Rebel group", aliases=[])
    army = Actor(name="Military Forces of Sri Lanka", type="State forces", aliases=[])
    evidence = [
        "A pro-rebel Web site says Sri Lanka's Tamil Tigers have killed 51 soldiers in fighting in the north.",
        "The rebels said the clashes took place in Dharmapuram village after the military launched an offensive there.",
    ]
    a1, a2, flags = orient_sides(tigers, army, "Tamil Tigers", "Sri Lankan military", evidence, "Armed clash")
    assert (a1, a2, flags) == (army, tigers, ["actors_swapped:launched_the_offensive"])
    # without the launch, who killed whom decides as before
    assert orient_sides(tigers, army, "Tamil Tigers", "military", evidence[:1], "Armed clash")[:2] == (tigers, army)
    # the rebels' own assault keeps them first
    assault = ["JNIM fighters launched a dawn assault on the army camp."]
    assert orient_sides(ARMY, JNIM, "army", "JNIM fighters", assault, "Armed clash")[:2] == (JNIM, ARMY)


def test_a_headlines_dead_killed_in_a_groups_attack_were_hit_by_that_group() -> None:
    # "Soldiers Killed in Al-Shabab Attack": a headline's passive without "were"
    headline = ["22 Somali Soldiers Killed in Al-Shabab Attack"]
    a1, a2, flags = orient_sides(ARMY, SHABAAB, "Somali soldiers", "al-Shabab", headline, "Armed clash")
    assert (a1, a2, flags) == (SHABAAB, ARMY, ["actors_swapped:evidence_voice"])
    a1, a2, flags = orient_sides(SHABAAB, ARMY, "al-Shabab", "Somali soldiers", headline, "Armed clash")
    assert (a1, a2, flags) == (SHABAAB, ARMY, [])
    # a death with no attack of a named side after it says nothing about who acted
    calm = ["Soldiers killed militants in the forest near Boni."]
    assert orient_sides(JNIM, ARMY, "militants", "soldiers", calm, "Armed clash")[:2] == (ARMY, JNIM)


def test_a_battle_found_late_puts_the_side_that_launched_the_offensive_first() -> None:
    from summarizer.sides import initiator_first

    tigers = Actor(name="Tamil Tigers", type="Rebel group", aliases=["Tamil Tigers"])
    lanka = Actor(name="Military Forces of Sri Lanka", type="State forces", aliases=["Sri Lanka's military"])
    evidence = [
        "A pro-rebel Web site says Sri Lanka's Tamil Tigers have killed 51 soldiers in fighting in the north.",
        "The clashes took place in Dharmapuram village after the military launched an offensive there Friday.",
    ]
    assert initiator_first(tigers, lanka, evidence) == (lanka, tigers, ["actors_swapped:launched_the_offensive"])
    assert initiator_first(lanka, tigers, evidence) == (lanka, tigers, [])
    raid = ["Gunmen of JNIM carried out an attack on the army post at dawn."]
    jnim = Actor(name="JNIM", type="Rebel group", aliases=["JNIM"])
    assert initiator_first(ARMY, jnim, raid)[:2] == (jnim, ARMY)


def test_the_side_that_continues_an_offensive_started_the_battle() -> None:
    from summarizer.sides import initiator_first

    kia = Actor(name="Kachin Independence Army", type="Rebel group", aliases=["Kachin rebels"])
    army = Actor(name="Military Forces of Myanmar", type="State forces", aliases=["government troops"])
    told = ["Fighting has intensified as government troops continue a weeklong offensive against Kachin rebels."]
    assert initiator_first(kia, army, told)[:2] == (army, kia)


def test_shelling_is_fired_by_the_side_whose_guns_the_evidence_names() -> None:
    from summarizer.sides import gun_owner

    m23 = Actor(name="M23: March 23 Movement", type="Rebel group", aliases=[])
    drc = Actor(name="Military Forces of the Democratic Republic of Congo", type="State forces", aliases=[])
    told = ["Peacekeepers fired at the rebels outside Goma after rebel artillery shells killed two civilians."]
    assert gun_owner(drc, m23, told) == (m23, drc, ["actors_swapped:gun_owner"])
    assert gun_owner(m23, drc, told) == (m23, drc, [])
    army = ["Army shelling of the rebel-held town killed four people."]
    assert gun_owner(m23, drc, army)[:2] == (drc, m23)
    # both sides' guns named: the model's order stands
    assert gun_owner(drc, m23, [*told, *army]) == (drc, m23, [])


def test_soldiers_dead_after_a_militant_attack_were_hit_by_the_militants() -> None:
    chad = Actor(name="Military Forces of Chad", type="External/Other forces", aliases=[])
    band = Actor(name="Unidentified Armed Group", type="Rebel group", aliases=[])
    told = ["Two Chadian soldiers are dead after a suspected militant attack on a military checkpoint in Mali."]
    a1, a2, flags = orient_sides(chad, band, "Chadian soldiers", "militants", told, "Attack")
    assert (a1, a2, flags) == (band, chad, ["actors_swapped:evidence_voice"])


def test_the_side_who_attacked_in_a_relative_clause_comes_first() -> None:
    from summarizer.sides import told_order

    gunbattle = (
        "Several people have been killed in a gunbattle between government soldiers and heavily armed "
        "militants who attacked an oil pumping station."
    )
    assert told_order("government soldiers", "militants", [gunbattle], "Armed clash", (True, False)) == (
        "swap",
        "side_who_attacked",
    )
    assert told_order("militants", "government soldiers", [gunbattle], "Armed clash", (False, True))[0] == "same"
    # a relative clause that tells no attack ("that seized power") tells no order
    seized = "Clashes broke out between local armed groups and the Seleka coalition that seized power this year."
    assert told_order("Seleka coalition", "local armed groups", [seized], "Armed clash", (False, False)) == (None, "")


def test_the_side_that_repelled_an_attack_did_not_start_it() -> None:
    # sentences of the kinds the issue names, written here: the defenders go second
    english = ["About 10 Islamist fighters were killed Thursday as French and Malian forces repelled an attack on Gao."]
    a1, a2, flags = orient_sides(ARMY, JNIM, "Malian forces", "Islamist fighters", english, "Armed clash")
    assert (a1, a2, flags) == (JNIM, ARMY, ["actors_swapped:held_off_the_attack"])
    # the passive names the defender after "par": still the side held off is the attacker
    french = ["L'attaque des jihadistes contre le camp a été repoussée par l'armée malienne."]
    a1, a2, flags = orient_sides(ARMY, JNIM, "armée malienne", "jihadistes", french, "Attack")
    assert (a1, a2, flags) == (JNIM, ARMY, ["actors_swapped:held_off_the_attack"])
    # an attacker already first stays first
    assert orient_sides(JNIM, ARMY, "Islamist fighters", "Malian forces", english, "Armed clash") == (JNIM, ARMY, [])
    # no attack held off: no verdict from this rule
    calm = ["Malian forces patrolled Gao after Islamist fighters left."]
    assert orient_sides(ARMY, JNIM, "Malian forces", "Islamist fighters", calm, "Armed clash") == (ARMY, JNIM, [])


def test_an_attack_told_as_a_noun_is_the_doing_of_the_side_named_after_by() -> None:
    sentence = ["The defense ministry said an attack by suspected jihadists in the west killed 17 soldiers."]
    # the model named the state side by its informant ("defense ministry"), which tells nothing
    a1, a2, flags = orient_sides(ARMY, JNIM, "defense ministry", "suspected jihadists", sentence, "Armed clash")
    assert (a1, a2, flags) == (JNIM, ARMY, ["actors_swapped:doer_of_the_attack_named"])
    beheading = ["Cameroon condemned the killing and beheading of government troops by suspected separatist fighters."]
    a1, a2, _ = orient_sides(ARMY, JNIM, "Cameroonian military", "separatist fighters", beheading, "Armed clash")
    assert (a1, a2) == (JNIM, ARMY)
    blamed = ["Security forces are hunting for Islamist militants blamed for killing at least 23 soldiers."]
    a1, a2, _ = orient_sides(ARMY, JNIM, "security forces", "Islamist militants", blamed, "Armed clash")
    assert (a1, a2) == (JNIM, ARMY)


def test_a_country_word_before_the_doer_does_not_name_the_states_army() -> None:
    # "by Sudan's paramilitary Rapid Support Forces": Sudan's army is not the doer
    rsf = Actor(name="Rapid Support Forces", type="Rebel group", aliases=[])
    sudan = Actor(name="Military Forces of Sudan", type="State forces", aliases=[])
    sentence = ["A recent attack by Sudan's paramilitary Rapid Support Forces on a village killed at least 100 people."]
    assert orient_sides(rsf, sudan, "RSF fighters", "Sudan's army", sentence, "Armed clash") == (rsf, sudan, [])
    assert orient_sides(sudan, rsf, "Sudan's army", "Rapid Support Forces", sentence, "Armed clash")[:2] == (rsf, sudan)


def test_a_strike_of_another_year_names_no_owner_of_this_one() -> None:
    from summarizer.sides import strike_owner

    sentence = (
        "Activists say government warplanes have attacked rebel districts in Damascus, while rebels captured "
        "a former nuclear site destroyed by Israeli warplanes in 2007."
    )
    owners = strike_owner([sentence])
    assert owners and not any("Israeli" in o for o in owners)
    assert strike_owner(["The complex was destroyed in a 2007 Israeli air strike."]) == []
    assert strike_owner(["A Saudi-led coalition airstrike hit a market in Saada."]) == ["Saudi-led coalition"]


def test_a_deed_named_as_a_noun_between_a_source_and_a_side_tells_no_order() -> None:
    # "the attack took place": the police commander is the source, not the side that acted;
    # the sentence before says who attacked whom
    police = Actor(name="Police Forces of Afghanistan", type="State forces", aliases=[])
    taliban = Actor(name="Taliban", type="Rebel group", aliases=[])
    evidence = [
        "Afghan police say Taliban militants attacked a police patrol in southern Helmand province overnight Saturday.",
        "The local police commander said the attack took place in the Gereshk district and that his forces "
        "detained wounded Taliban at the scene early Sunday.",
    ]
    a1, a2, flags = orient_sides(taliban, police, "Taliban militants", "Afghan police", evidence, "Armed clash")
    assert (a1, a2, flags) == (taliban, police, [])


def test_a_verb_after_its_subject_still_tells_the_order() -> None:
    a1, a2, flags = orient_sides(
        ARMY, JNIM, "soldiers", "the militants", ["The militants attacked soldiers near Boni."], "Armed clash"
    )
    assert (a1, a2, flags) == (JNIM, ARMY, ["actors_swapped:evidence_voice"])
    # a relative clause's verb ("that attacked") and French "a attaqué" are verbs, not nouns
    relative = ["Militants that attacked the soldiers fled into the forest."]
    assert orient_sides(ARMY, JNIM, "soldiers", "militants", relative, "Armed clash")[:2] == (JNIM, ARMY)
    french = ["Un groupe armé a attaqué les soldats près de Boni."]
    assert orient_sides(ARMY, JNIM, "soldats", "groupe armé", french, "Armed clash")[:2] == (JNIM, ARMY)


def test_an_air_force_that_struck_a_group_stays_first_whatever_the_word_order() -> None:
    rebels = Actor(name="Opposition Rebels (Syria)", type="Rebel group", aliases=[])
    syria = Actor(name="Military Forces of Syria", type="State forces", aliases=[])
    sentence = (
        "Opposition activists say Syrian warplanes struck a strategic, rebel-held town on the highway Tuesday, "
        "killing at least six civilians."
    )
    assert orient_sides(syria, rebels, "Syrian warplanes", "rebel-held town", [sentence], "Air/drone strike") == (
        syria,
        rebels,
        [],
    )
    # a group coded first in an air strike is still read by the words
    a1, a2, _ = orient_sides(JNIM, US, "JNIM", "U.S. drones", ["U.S. drones struck JNIM fighters."], "Air/drone strike")
    assert a1 is not None and a1.name == US.name


def test_a_dead_side_while_another_subject_acts_tells_no_order() -> None:
    un = Actor(name="MINUSTAH: United Nations Stabilization Mission in Haiti", type="External/Other forces", aliases=[])
    ex = Actor(name="Former Military Forces of Haiti", type="Rebel group", aliases=[])
    sentence = (
        "A United Nations soldier in Haiti was killed as U.N. forces retook control of a local police station "
        "seized by former Haitian forces."
    )
    a1, a2, flags = orient_sides(un, ex, "United Nations", "former Haitian forces", [sentence], "Armed clash")
    assert (a1, a2, flags) == (un, ex, [])
    # without the clause, the later-named side is the one that killed
    plain = "A United Nations soldier in Haiti was killed near a police station held by former Haitian forces."
    assert orient_sides(un, ex, "United Nations", "former Haitian forces", [plain], "Armed clash")[0] == ex
