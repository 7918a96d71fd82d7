"""The group that claimed an attack the record left unidentified (``responsibility.py``).

Events are built by the real checks from drafts written as the model answers them; the
claim is read from the article's own sentences.
"""

from __future__ import annotations

import datetime as dt

from summarizer.article import Article
from summarizer.draft import DraftEvent
from summarizer.records import build_event
from summarizer.responsibility import FLAG, sides_from_claims
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
