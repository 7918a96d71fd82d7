"""The group that claimed an attack the record left unidentified (``responsibility.py``).

Events are built by the real checks from drafts written as the model answers them; the
claim is read from the article's own sentences.
"""

from __future__ import annotations

import datetime as dt

from summarizer.article import Article
from summarizer.draft import DraftEvent
from summarizer.records import build_event
from summarizer.responsibility import BLAMED_FLAG, FLAG, sides_from_claims, sides_from_the_lead
from summarizer.schema import ArticleMeta, Event
from summarizer.text import sentence_spans

PAKISTAN = (
    "Suicide Bombings Kill at Least 16 in Northwest Pakistan\n\n"
    "In the first attack, the bomber killed at least six people outside a police station in Bannu. "
    "Shortly thereafter in Peshawar's commercial district, another attacker exploded outside a bank, killing 10 people."
    "\n\nAuthorities in Bannu say the suicide bomber exploded a small truck full of explosives.\n\n"
    "Local media are quoting a representative for the outlawed Tehrik-e-Taliban Pakistan as taking responsibility "
    "for the bombing.\n\n"
    "Hours later in Peshawar, officials say an attacker threw a grenade at a crowd outside the Askari Bank.\n\n"
    "No one has claimed responsibility for the attack."
)


def _article(text: str) -> Article:
    return Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2009, 9, 26)))


def _event(art: Article, sentence: int, place: str) -> Event:
    draft = DraftEvent.model_validate(
        dict(
            sentences=[sentence],
            sub_event_type="Suicide bomb",
            date="",
            place=place,
            region="",
            country="Pakistan",
            actor1="suicide bomber",
            actor1_type="Rebel group",
            actor2="",
            actor2_type="Civilians",
            claims=[],
        )  # fmt: skip
    )
    return build_event(draft, art)[0]


def test_the_claim_goes_to_the_attack_it_follows_and_not_to_the_unclaimed_one() -> None:
    art = _article(PAKISTAN)
    bannu, peshawar = _event(art, 2, "Bannu"), _event(art, 3, "Peshawar")
    assert bannu.actor1 is not None and bannu.actor1.name == "Unidentified Armed Group"
    sides_from_claims(art, [bannu, peshawar], "Pakistan")
    assert bannu.actor1 is not None and bannu.actor1.name == "TTP: Tehreek-i-Taliban Pakistan"
    assert f"{FLAG}:Tehrik-e-Taliban" in bannu.flags  # the fewest words that name it
    assert peshawar.actor1 is not None and peshawar.actor1.name == "Unidentified Armed Group"


def test_a_denied_or_absent_claim_names_no_one() -> None:
    text = (
        "Blast in Bannu\n\n"
        "A bomb killed six people outside a police station in Bannu on Saturday. "
        "The Tehrik-e-Taliban Pakistan denied responsibility for the attack."
    )
    art = _article(text)
    event = _event(art, 2, "Bannu")
    sides_from_claims(art, [event], "Pakistan")
    assert event.actor1 is not None and event.actor1.name == "Unidentified Armed Group"


def test_french_claim_of_the_only_event() -> None:
    text = (
        "Attaque à Bannu\n\n"
        "Une bombe a tué six personnes devant un poste de police à Bannu samedi. "
        "L'attaque a été revendiquée par le Tehrik-e-Taliban Pakistan."
    )
    art = _article(text)
    event = _event(art, 2, "Bannu")
    sides_from_claims(art, [event], "Pakistan")
    assert event.actor1 is not None and event.actor1.name == "TTP: Tehreek-i-Taliban Pakistan"


def test_attackers_named_by_who_they_are_thought_to_be_are_that_group() -> None:
    from summarizer.responsibility import SUSPECTED_FLAG, sides_from_suspects

    text = (
        "Dozens Killed in Nigeria\n\n"
        "Gunmen believed to be Boko Haram militants have shot dead dozens of people in a village. "
        "Suspected militants attacked three other villages on Monday."
    )
    art = _article(text)
    village, others = _event(art, 2, ""), _event(art, 3, "")
    for ev in (village, others):
        ev.event_type = "Violence against civilians"
    sides_from_suspects(art, [village, others], "Nigeria")
    assert village.actor1 is not None and village.actor1.name.startswith("Boko Haram")
    assert f"{SUSPECTED_FLAG}:Boko Haram" in village.flags
    # "suspected militants" names no group: the side stays unidentified
    assert others.actor1 is not None and others.actor1.name == "Unidentified Armed Group"


def test_a_claim_that_names_the_attacks_town_goes_to_it_and_is_no_iceland() -> None:
    text = (
        "Suicide Bombs in Iraq\n\n"
        "Suicide car bombs killed eight soldiers in Abu Ghraib on Monday, a sign of Islamic State (IS) desperation. "
        "The blasts followed a suicide bomb blast earlier in the day at a funeral in Muqdadiyah that killed 24. "
        "IS has claimed responsibility for the attack in Muqdadiyah."
    )
    art = _article(text)
    abu_ghraib, muqdadiyah = _event(art, 2, "Abu Ghraib"), _event(art, 3, "Muqdadiyah")
    sides_from_claims(art, [abu_ghraib, muqdadiyah], "Iraq")
    assert muqdadiyah.actor1 is not None and muqdadiyah.actor1.name.startswith("Islamic State")
    assert abu_ghraib.actor1 is not None and abu_ghraib.actor1.name == "Unidentified Armed Group"


def test_the_group_authorities_believe_responsible_is_the_attacker() -> None:
    from summarizer.responsibility import sides_from_suspects

    text = (
        "Rebel Attack in South Sudan Kills 103\n\n"
        "The governor of Jonglei state said authorities believe ethnic Murle rebels are responsible for an attack "
        "on Friday that killed 103 people, mostly women and children."
    )
    art = _article(text)
    event = _event(art, 2, "Pibor")
    sides_from_suspects(art, [event], "South Sudan")
    assert event.actor1 is not None and event.actor1.name == "Murle Ethnic Militia (South Sudan)"
    # the group may be named with its acronym and what it is before "is responsible"
    text = (
        "Peacekeeper Killed in Congo\n\n"
        "Militants attacked an army base near Beni, killing one U.N. peacekeeper, and an army spokesman said he "
        "believes the Allied Democratic Forces, or ADF, a Ugandan Islamist group, is responsible for the assault."
    )
    art = _article(text)
    event = _event(art, 2, "Beni")
    sides_from_suspects(art, [event], "Democratic Republic of Congo")
    assert event.actor1 is not None and event.actor1.name.startswith("ADF")


def test_a_claim_that_names_its_attack_by_a_region_in_one_events_evidence_goes_there() -> None:
    text = (
        "10 Soldiers Killed in 2 Attacks\n\n"
        "Six soldiers were killed when militants fired on a patrol in the Gurbaz area of the North Wazirstan region. "
        "Four paramilitary troops were killed in the second attack near Turbat in Baluchistan province. "
        "The Pakistani Taliban claimed responsibility for the North Wazirstan attack. "
        "There was no claim for the Baluchistan attack."
    )
    art = _article(text)
    first, second = _event(art, 2, "Gurbaz"), _event(art, 3, "Turbat")
    sides_from_claims(art, [first, second], "Pakistan")
    assert first.actor1 is not None and first.actor1.name == "TTP: Tehreek-i-Taliban Pakistan"
    assert second.actor1 is not None and second.actor1.name == "Unidentified Armed Group"


IRAQ = (
    "Islamic State Suicide Car Bomb Attacks Kill Eight Near Baghdad\n\n"
    "Suicide car bomb attacks on Iraqi security forces in Abu Ghraib killed eight people on Monday, officials said. "
    "Later a bomber struck a funeral in Muqdadiyah, killing 20."
)
COLOMBIA = (
    "Attacks in Colombia Kill at Least 17\n\n"
    "At least 17 people were killed in attacks in Cauca in regions contested by drug traffickers and dissidents of "
    "the demobilized Revolutionary Armed Forces of Colombia (FARC) guerrillas."
)


def test_the_lead_names_the_doer_of_its_own_events_only() -> None:
    from summarizer.responsibility import LEAD_FLAG, sides_from_the_lead

    art = _article(IRAQ)
    abu_ghraib, muqdadiyah = _event(art, 2, "Abu Ghraib"), _event(art, 3, "Muqdadiyah")
    sides_from_the_lead(art, [abu_ghraib, muqdadiyah], "Iraq")
    assert abu_ghraib.actor1 is not None and abu_ghraib.actor1.name == "Islamic State (Iraq)"
    assert f"{LEAD_FLAG}:Islamic State" in abu_ghraib.flags
    # a place the headline and lead do not tell keeps its unnamed bomber
    assert muqdadiyah.actor1 is not None and muqdadiyah.actor1.name == "Unidentified Armed Group"
    # a group the lead names as context, not as who acted, names no one
    art = _article(COLOMBIA)
    cauca = _event(art, 2, "Cauca")
    sides_from_the_lead(art, [cauca], "Colombia")
    assert cauca.actor1 is not None and cauca.actor1.name == "Unidentified Armed Group"


def test_a_claim_of_last_weeks_attack_names_no_side_of_todays() -> None:
    text = (
        "Gunmen Kill Four in Quetta\n\n"
        "In Quetta, police say gunmen on a motorcycle fired on a vehicle, killing at least four people. "
        "Last week the Pakistani Taliban claimed a pair of suicide bombings that killed at least 80 people."
    )
    art = _article(text)
    quetta = _event(art, 2, "Quetta")
    sides_from_claims(art, [quetta], "Pakistan")
    assert quetta.actor1 is not None and quetta.actor1.name == "Unidentified Armed Group"
    # the same claim told of this attack stands
    art = _article(text.replace("Last week the Pakistani Taliban claimed a pair of suicide bombings that killed at "
                                "least 80 people.", "The Pakistani Taliban claimed the attack."))  # fmt: skip
    quetta = _event(art, 2, "Quetta")
    sides_from_claims(art, [quetta], "Pakistan")
    assert quetta.actor1 is not None and quetta.actor1.name != "Unidentified Armed Group"


def test_a_claiming_group_takes_the_name_of_the_events_era() -> None:
    # "al-Qaida" in Mali before JNIM's founding (March 2017) is AQIM
    text = (
        "Ambush near Timbuktu\n\n"
        "Gunmen ambushed a convoy of U.N. peacekeepers near Timbuktu on Thursday, killing six. "
        "The extremist group al-Qaida in the Islamic Maghreb has claimed responsibility for the ambush."
    )
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2015, 7, 3)))
    draft = DraftEvent.model_validate(
        dict(
            sentences=[2],
            sub_event_type="Attack",
            date="on Thursday",
            place="Timbuktu",
            region="",
            country="Mali",
            actor1="gunmen",
            actor1_type="Rebel group",
            actor2="peacekeepers",
            actor2_type="External/Other forces",
            claims=[],
        )  # fmt: skip
    )
    event = build_event(draft, art)[0]
    sides_from_claims(art, [event], "Mali")
    assert event.actor1 is not None and event.actor1.name == "AQIM: Al Qaeda in the Islamic Maghreb"


def test_a_claim_of_both_attacks_names_the_doer_of_each() -> None:
    text = (
        "Twin Suicide Bombings in Northwest Pakistan\n\n"
        "A suicide bomber killed at least six people outside a police station in Bannu on Friday. "
        "In Peshawar, another attacker exploded outside a bank, killing 10 people. "
        "The Tehrik-e-Taliban Pakistan claimed responsibility for both attacks."
    )
    art = _article(text)
    bannu, peshawar = _event(art, 2, "Bannu"), _event(art, 3, "Peshawar")
    assert bannu.actor1 is not None and bannu.actor1.name == "Unidentified Armed Group"
    sides_from_claims(art, [bannu, peshawar], "Pakistan")
    assert [e.actor1.name for e in (bannu, peshawar) if e.actor1] == ["TTP: Tehreek-i-Taliban Pakistan"] * 2
    assert all(any(f.startswith(FLAG) for f in e.flags) for e in (bannu, peshawar))


def test_a_claim_goes_to_the_attack_told_before_it_not_to_one_told_after() -> None:
    text = (
        "Roadside Bomb Kills 12 Soldiers\n\n"
        "Twelve soldiers were killed on Sunday by a roadside bomb near the village of El Dhere. "
        "The commander from Dhusamareb was among those killed. "
        "The al-Shabab militant group claimed responsibility. "
        "On Friday, seven militants were killed by government forces in Dhusamareb."
    )
    art = _article(text)
    bomb, friday = _event(art, 2, "El Dhere"), _event(art, 5, "Dhusamareb")
    sides_from_claims(art, [bomb, friday], "Somalia")
    assert bomb.actor1 is not None and bomb.actor1.name == "Al Shabaab"
    assert friday.actor1 is not None and friday.actor1.name == "Unidentified Armed Group"


def test_the_group_officials_blame_for_the_attack_is_its_doer_but_not_a_group_blamed_for_others() -> None:
    blamed = (
        "Motorcycle Bomb Kills 10 in Colombia\n\n"
        "A motorcycle bomb killed 10 people in a nightclub district of Florencia early this morning. "
        "Military officials immediately blamed the Revolutionary Armed Forces of Colombia, or FARC."
    )
    art = _article(blamed)
    event = _event(art, 2, "Florencia")
    sides_from_claims(art, [event], "Colombia")
    assert event.actor1 is not None and event.actor1.name == "FARC: Revolutionary Armed Forces of Colombia"
    assert any(f.startswith(f"{BLAMED_FLAG}:") for f in event.flags)
    for other in (
        "Officials have blamed the Pakistani Taliban for such attacks in the past.",
        "The Interior Ministry has blamed al-Qaida for the slaying of men linked to the Awakening movement.",
        "Officials did not blame the Pakistani Taliban.",
    ):
        art = _article(
            f"Blast in Bannu\n\nA bomb killed six people outside a police station in Bannu on Saturday. {other}"
        )
        event = _event(art, 2, "Bannu")
        sides_from_claims(art, [event], "Pakistan")
        assert event.actor1 is not None and event.actor1.name == "Unidentified Armed Group", other


def test_bombings_blamed_on_a_lower_case_group_name_it() -> None:
    text = (
        "Woman Suicide Bomber Kills 3 in Baghdad\n\n"
        "A woman suicide bomber killed three people in Baghdad's Karrada district on Sunday. "
        "The incident in Karrada was the latest suicide bombing by women, all blamed on the al-Qaida in Iraq group."
    )
    art = _article(text)
    event = _event(art, 2, "Baghdad")
    sides_from_claims(art, [event], "Iraq")
    assert event.actor1 is not None and event.actor1.name == "Al Qaeda in Iraq"


def test_a_lead_that_tells_several_attacks_names_the_doer_of_each_but_not_of_another_towns() -> None:
    several = (
        "60 Killed in Suspected Boko Haram Attacks\n\n"
        "Witnesses say dozens of people are dead after suspected Boko Haram militants attacked two villages. "
        "More than 40 people were killed when assailants attacked the village of Kawori late Sunday. "
        "In another incident, gunmen opened fire at a church Sunday morning in Chakawa."
    )
    art = _article(several)
    kawori, chakawa = _event(art, 3, "Kawori"), _event(art, 4, "Chakawa")
    sides_from_the_lead(art, [kawori, chakawa], "Nigeria")
    assert chakawa.actor1 is not None and chakawa.actor1.name.startswith("Boko Haram")
    placed = (
        "At Least 26 Killed in Attacks in Afghan Capital\n\n"
        "Taliban militants launched near-simultaneous attacks on three government buildings in Kabul Wednesday. "
        "Also Wednesday, in Logar province, a French soldier was killed when gunmen opened fire on his convoy."
    )
    art = _article(placed)
    kabul, logar = _event(art, 2, "Kabul"), _event(art, 3, "Logar")
    sides_from_the_lead(art, [kabul, logar], "Afghanistan")
    assert logar.actor1 is not None and logar.actor1.name == "Unidentified Armed Group"


def test_a_blame_of_either_attack_names_the_doer_of_both() -> None:
    text = (
        "Three Police Killed in Bomb Blasts\n\n"
        "A roadside bomb in Ghazni province killed two officers on Saturday. "
        "A similar explosion took place in Farah province, where one policeman died. "
        "No one has claimed responsibility for either attack, but Afghan officials blame Taliban forces."
    )
    art = _article(text)
    ghazni, farah = _event(art, 2, "Ghazni"), _event(art, 3, "Farah")
    sides_from_claims(art, [ghazni, farah], "Afghanistan")
    assert [e.actor1.name if e.actor1 else None for e in (ghazni, farah)] == ["Taliban", "Taliban"]


def test_an_attack_attributed_to_a_group_in_french_is_that_groups() -> None:
    from summarizer.responsibility import sides_from_suspects

    text = (
        "Attaque au Cameroun\n\n"
        "Une attaque d'un camp de déplacés à Nguetchewe attribuée aux jihadistes du groupe Boko Haram a tué "
        "17 civils dimanche."
    )
    art = _article(text)
    event = _event(art, 2, "Nguetchewe")
    sides_from_suspects(art, [event], "Cameroon")
    assert event.actor1 is not None and event.actor1.name.startswith("Boko Haram")


def test_a_blame_told_after_last_years_attack_in_the_same_city_is_that_attacks() -> None:
    text = (
        "Car Bomb Kills 28 in Ankara\n\n"
        "A car bomb killed at least 28 people in Ankara on Wednesday. No one has claimed responsibility.\n\n"
        "Last year, Ankara was the target of the country's worst terror attack. A rally was hit by two suicide "
        "bombers. That attack was blamed on the Islamic State militant group."
    )
    art = _article(text)
    ankara = _event(art, 2, "Ankara")
    sides_from_claims(art, [ankara], "Turkey")
    assert ankara.actor1 is not None and ankara.actor1.name == "Unidentified Armed Group"
    # without last year's attack told in between, the blame is this attack's
    art = _article(text.replace("Last year, Ankara was the target of the country's worst terror attack. A rally was "
                                "hit by two suicide bombers. That", "The"))  # fmt: skip
    ankara = _event(art, 2, "Ankara")
    sides_from_claims(art, [ankara], "Turkey")
    assert ankara.actor1 is not None and "Islamic State" in ankara.actor1.name


def test_a_group_said_to_be_to_blame_for_the_blast_is_its_doer_unless_others_blame_another() -> None:
    blamed = (
        "Bomb Kills 7 in Northern Colombia\n\n"
        "A bomb exploded Wednesday at a shopping center in Cucuta, killing at least seven people. "
        "Authorities say leftist rebels of the National Liberation Army, the ELN, are to blame for the blast."
    )
    art = _article(blamed)
    event = _event(art, 2, "Cucuta")
    sides_from_claims(art, [event], "Colombia")
    assert event.actor1 is not None and event.actor1.name.startswith("ELN")
    assert any(f.startswith(f"{BLAMED_FLAG}:") for f in event.flags)
    for other in (
        "Some security sources say the FARC were behind Monday's attack, while others point to local bandits.",
        "Officials say no group is to blame for the blast yet, though the FARC is active in the area.",
    ):
        art = _article(f"Blast in Cucuta\n\nA bomb killed six people at a market in Cucuta on Monday. {other}")
        event = _event(art, 2, "Cucuta")
        sides_from_claims(art, [event], "Colombia")
        assert event.actor1 is not None and event.actor1.name == "Unidentified Armed Group", other


def test_a_group_that_has_been_blamed_right_after_the_fighting_is_its_doer_but_not_for_years_of_it() -> None:
    text = (
        "Liberian Minister Blames Rebels\n\n"
        "A bomb exploded Tuesday at a market in Buchanan, killing four people. "
        "Fighters from Liberia's rebel group called the Movement for Democracy in Liberia, or MODEL, have been blamed."
    )
    art = _article(text)
    event = _event(art, 2, "Buchanan")
    sides_from_claims(art, [event], "Liberia")
    assert event.actor1 is not None and event.actor1.name.startswith("MODEL")
    assert any(f.startswith(f"{BLAMED_FLAG}:") for f in event.flags)
    # blamed for a war's deaths, not for this blast: the bomber stays unidentified
    years = text.replace("have been blamed.", "have been blamed for thousands of deaths since 2000.")
    art = _article(years)
    event = _event(art, 2, "Buchanan")
    sides_from_claims(art, [event], "Liberia")
    assert event.actor1 is not None and event.actor1.name == "Unidentified Armed Group"
