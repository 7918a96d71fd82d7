"""Sentences a draft joined that tell another event (``separate.py``), and the event the
text then gives them (``found_in_text.py``).

The drafts are written by hand as the small model answers such stories: one event citing
both attacks. Code takes off the sentence that opens as another happening in another
place, and only that one.
"""

from __future__ import annotations

import datetime as dt

from summarizer.article import Article
from summarizer.draft import DraftClaim, DraftEvent
from summarizer.found_in_text import events_in_text
from summarizer.geo import locate
from summarizer.places import only_region_in_text, place_in_evidence, region_in_text
from summarizer.records import build_event
from summarizer.schema import ArticleMeta, Event
from summarizer.separate import opens_as_another, peel_other_events
from summarizer.text import sentence_spans

AFGHAN = (
    "14 Killed in Attacks in Afghanistan\n\n"
    "Seven police officers have been killed in a northern Afghanistan province after their checkpoint came under "
    "attack by insurgents. Police officials in Jawzjan province say five other police officers were wounded in the "
    "attack late Saturday. In a separate incident, seven civilians were killed when their vehicle hit a roadside "
    "bomb in eastern Kunar province."
)


def _article(text: str, published: dt.date) -> Article:
    return Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=published))


def _joined(**fields: object) -> DraftEvent:
    base: dict[str, object] = dict(
        sentences=[2, 3, 4], sub_event_type="Armed clash", date="late Saturday", place="", region="Kunar",
        country="Afghanistan", actor1="insurgents", actor1_type="Rebel group", actor2="police officers",
        actor2_type="State forces",
        claims=[DraftClaim(figure="Seven", victims="state_forces", claimant="police officials", sentence=2),
                DraftClaim(figure="seven", victims="civilians", claimant="police officials", sentence=4)],
    )  # fmt: skip
    base.update(fields)
    return DraftEvent.model_validate(base)


def test_a_sentence_opening_as_another_incident_elsewhere_is_taken_off_with_its_claim() -> None:
    art = _article(AFGHAN, dt.date(2014, 12, 21))
    draft, peeled = peel_other_events(_joined(), art, "Afghanistan")
    assert peeled == [4]
    assert draft.sentences == [2, 3]
    assert [c.sentence for c in draft.claims] == [2]
    assert draft.region == ""  # Kunar is named only in the sentence taken off
    event, _ = build_event(draft, art)
    assert event.location.admin1 == "Jowzjan"  # "Jawzjan province", spelt as the gazetteer does
    assert event.fatalities_acled == 7


def test_the_sentence_taken_off_becomes_an_event_of_its_own_with_its_own_toll() -> None:
    art = _article(AFGHAN, dt.date(2014, 12, 21))
    draft, _ = peel_other_events(_joined(), art, "Afghanistan")
    coded, _ = build_event(draft, art)
    found = events_in_text(art, [coded])
    assert [(e.location.admin1, e.sub_event_type, e.fatalities_acled) for e in found] == [
        ("Kunar", "Remote explosive/landmine/IED", 7)
    ]
    assert found[0].actor2 is not None and found[0].actor2.name == "Civilians"


def test_a_sentence_naming_another_town_without_saying_it_is_another_event_stays() -> None:
    text = (
        "Gunmen kill six in Cameroon\n\n"
        "Gunmen attacked a bus near Ekona on Tuesday, killing four passengers on the spot. "
        "Two others died on their way to a hospital in Buea."
    )
    art = _article(text, dt.date(2022, 9, 7))
    draft = _joined(sentences=[2, 3], region="", country="Cameroon", claims=[])
    assert peel_other_events(draft, art, "Cameroon") == (draft, [])


def test_an_opening_sentence_naming_the_same_place_stays() -> None:
    text = (
        "Attack in Jawzjan\n\n"
        "Seven police officers were killed in Jawzjan province on Saturday. "
        "Separately, five militants were killed in Jawzjan province in a police operation."
    )
    art = _article(text, dt.date(2014, 12, 21))
    draft = _joined(sentences=[2, 3], region="", claims=[])
    assert peel_other_events(draft, art, "Afghanistan")[1] == []


def test_french_openings_and_the_sides_only_the_taken_sentence_names() -> None:
    text = (
        "Trente-huit morts dans une attaque contre deux villages maliens\n\n"
        'Au Mali, une nouvelle tuerie dans des villages dogons a fait "38 morts" dans le centre du Mali. '
        "Et à Gossi, dans la région de Tombouctou, une patrouille des Forces armées maliennes est tombée dans une "
        "embuscade."
    )
    assert opens_as_another("Et à Gossi, dans la région de Tombouctou, une patrouille ...")
    assert opens_as_another("Par ailleurs, deux soldats ont été tués à Gao.")
    assert not opens_as_another("The army said the attack in Gao killed two, elsewhere in the north.")
    art = _article(text, dt.date(2019, 6, 18))
    draft = _joined(
        sentences=[2, 3], region="Tombouctou", country="Mali", actor1="Forces armées maliennes",
        actor1_type="State forces", actor2="villageois", actor2_type="Civilians", claims=[],
    )  # fmt: skip
    kept, peeled = peel_other_events(draft, art, "Mali")
    assert peeled == [3]
    assert (kept.region, kept.actor1, kept.actor2) == ("", "unidentified armed group", "villageois")
    coded, _ = build_event(kept, art)
    assert coded.location.admin1 is None  # Tombouctou is the other event's region
    found = events_in_text(art, [coded])
    assert [(e.location.admin1, e.sub_event_type) for e in found] == [("Timbuktu", "Armed clash")]


def test_a_region_spelt_another_way_is_read_by_its_consonants_only_with_its_kind() -> None:
    assert region_in_text(["Police officials in Jawzjan province say"], "Afghanistan") == "Jowzjan"
    assert region_in_text(["fighting in the Lower Shabeelle region"], "Somalia") == "Lower Shabelle"
    assert region_in_text(["Jawzjan said the police"], "Afghanistan") is None  # no region word
    assert only_region_in_text("in Jawzjan province ... in eastern Kunar province", "Afghanistan") is None


def test_a_place_written_with_a_possessive_is_the_place() -> None:
    from summarizer.places import place_in_evidence

    sentence = "Shortly thereafter in Peshawar's commercial district, another attacker exploded outside a bank."
    assert place_in_evidence([sentence], "Pakistan") == "Peshawar"


def test_a_town_written_with_its_day_is_the_town() -> None:
    from summarizer.places import place_in_evidence

    bomb = "In Baghdad Sunday, a roadside bomb killed four people as the convoy of an official passed."
    assert place_in_evidence([bomb], "Iraq") == "Baghdad"
    assert place_in_evidence(["Gunmen attacked a checkpoint in Kabul Monday morning."], "Afghanistan") == "Kabul"


def test_openings_that_tell_another_happening() -> None:
    for sentence in (
        "Also Sunday, police in Islamabad killed a suicide bomber.",
        "Also on Monday, gunmen attacked a bus.",
        "In other violence, the army said it killed 20 insurgents.",
        "In a separate incident, seven civilians were killed.",
        "A similar explosion took place in western Farah province, where one policeman died.",
        "Another roadside bomb killed two soldiers in Helmand.",
        "Une autre attaque a fait trois morts à Djibo.",
    ):
        assert opens_as_another(sentence), sentence
    assert not opens_as_another("A powerful explosion killed two soldiers in Helmand.")
    assert not opens_as_another("Also killed was a local mayor.")


RAIDS = (
    "Cattle Raids Kill Dozens\n\n"
    "Clashes over cattle have killed dozens of people across the country in the past week, officials said. "
    "In the most recent attack, 11 people were killed during a cattle raid Monday in Warrap state, officials said. "
    "On Sunday, raiders attacked a cattle camp in Rubkona County of Unity state and killed six herders."
)


def _rubkona_raid(art: Article) -> Event:
    """The Rubkona raid as the model codes it: the Warrap sentence among its evidence."""
    draft = DraftEvent(
        sentences=[2, 3, 4], sub_event_type="Armed clash", date="On Sunday", place="Rubkona", region="Unity",
        country="South Sudan", actor1="raiders", actor1_type="Identity militia", actor2="herders",
        actor2_type="Civilians",
        claims=[DraftClaim(figure="six", victims="civilians", claimant="", sentence=4)],
    )  # fmt: skip
    return build_event(draft, art)[0]


def test_an_evidence_sentence_counting_dead_of_another_region_leaves_the_event_and_becomes_one() -> None:
    from summarizer.separate import FLAG_EVIDENCE_ELSEWHERE, drop_evidence_of_elsewhere

    art = _article(RAIDS, dt.date(2022, 3, 9))
    event = _rubkona_raid(art)
    assert any("Warrap" in q for q in event.evidence)
    drop_evidence_of_elsewhere(art, [event])
    # the Warrap sentence counts dead the event does not and names another state: it leaves
    assert not any("Warrap" in q for q in event.evidence)
    assert f"{FLAG_EVIDENCE_ELSEWHERE}:Warrap" in event.flags
    assert any("Rubkona" in q for q in event.evidence)  # the event's own sentence stays
    (warrap,) = events_in_text(art, [event])
    assert warrap.location.admin1 == "Warrap" and warrap.fatalities_acled == 11


def test_an_evidence_sentence_of_the_events_own_region_stays() -> None:
    from summarizer.separate import drop_evidence_of_elsewhere

    text = RAIDS.replace("in Warrap state", "in Unity state")
    art = _article(text, dt.date(2022, 3, 9))
    event = _rubkona_raid(art)
    before = list(event.evidence)
    drop_evidence_of_elsewhere(art, [event])
    assert event.evidence == before


def test_other_violence_told_after_the_lead_is_counted_apart() -> None:
    from summarizer.found_in_text import events_in_text

    text = (
        "Car Bombing Kills 4 in Kirkuk\n\n"
        "Iraqi officials say a car bombing at a market in Kirkuk has killed four people. "
        "Other violence today included a roadside bombing in eastern Kirkuk that killed at least one police officer."
    )
    art = _article(text, dt.date(2007, 3, 18))
    draft = DraftEvent(
        sentences=[2], sub_event_type="Remote explosive/landmine/IED", date="today", place="Kirkuk", region="",
        country="Iraq", actor1="", actor1_type="Rebel group", actor2="people", actor2_type="Civilians",
        claims=[
            DraftClaim(figure="four", victims="unknown", claimant="Iraqi officials", sentence=2),
            DraftClaim(figure="at least one", victims="state_forces", claimant="", sentence=3),
        ],
    )  # fmt: skip
    event, _ = build_event(draft, art)
    # "Other violence" opens another happening: its one dead is no rival count of the four
    assert event.fatalities_acled == 4
    (other,) = events_in_text(art, [event])
    assert other.location.place == "Kirkuk" and other.fatalities_acled == 1


BLASTS = (
    "At Least Three Afghan Police Killed in Bomb Blasts\n\n"
    "Reports from Afghanistan say at least three policemen died in bomb attacks Saturday. "
    "Officials say a roadside bomb in southern Ghazni province killed at least two officers. "
    "A similar explosion took place in western Farah province, where one policeman died."
)


def test_a_sentence_opening_on_a_similar_explosion_elsewhere_leaves_with_its_dead_and_becomes_an_event() -> None:
    from summarizer.same_event import merge_chunk_events
    from summarizer.separate import drop_evidence_of_elsewhere

    art = _article(BLASTS, dt.date(2008, 4, 26))
    draft = DraftEvent(
        sentences=[3, 4], sub_event_type="Remote explosive/landmine/IED", date="Saturday", place="", region="Ghazni",
        country="Afghanistan", actor1="", actor1_type="Rebel group", actor2="police", actor2_type="State forces",
        claims=[DraftClaim(figure="two", victims="state_forces", claimant="officials", sentence=3),
                DraftClaim(figure="one", victims="state_forces", claimant="officials", sentence=4)],
    )  # fmt: skip
    ghazni = build_event(draft, art)[0]
    # the evidence is split where the similar explosion opens (``separate_parts``); the
    # later check has nothing left to drop
    assert not any("Farah" in q for q in ghazni.evidence)
    assert any(f.startswith("evidence_split_at_separate:") for f in ghazni.flags)
    drop_evidence_of_elsewhere(art, [ghazni])
    assert not any("Farah" in q for q in ghazni.evidence)
    assert [c.low for c in ghazni.fatality_claims] == [2] and ghazni.fatalities_acled == 2
    (farah,) = events_in_text(art, [ghazni])
    assert farah.location.admin1 == "Farah" and farah.fatalities_acled == 1
    assert farah.sub_event_type == "Remote explosive/landmine/IED"  # "a similar explosion"
    # same day, same kind, no town on either: two provinces keep them apart
    assert len(merge_chunk_events([ghazni, farah])) == 2


def test_another_or_a_third_bomber_opens_another_happening() -> None:
    from summarizer.keywords import classify
    from summarizer.separate import opens_as_separate

    driver = (
        "Another suicide driver aimed his truck at a police station in Mosul and set off an explosion that killed six."
    )
    assert opens_as_separate(driver) and classify(driver) == ("Explosions/Remote violence", "Suicide bomb")
    assert opens_as_separate("A third bomber walked into a guardhouse in Mosul's main hospital and blew himself up.")
    assert not opens_as_separate("The bomber walked into a guardhouse and blew himself up.")


def test_the_capital_named_in_apposition_is_the_place() -> None:
    from summarizer.places import place_in_evidence

    assert place_in_evidence(["another car bomb in the capital, Baghdad, killed one person"], "Iraq") == "Baghdad"
    assert place_in_evidence(["une bombe dans la capitale malienne, Bamako, a tué un homme"], "Mali") == "Bamako"
    # the capital without its name is the country's capital (capitals.py)
    assert place_in_evidence(["a bomb went off in the capital, where it killed one"], "Iraq") == "Baghdad"
    # a distance from the capital names no place of the event
    far = "preparing to attack Baibangou, a village about 100 kilometers (62 miles) north of the capital, Niamey"
    assert place_in_evidence([far], "Niger") is None


IRAQ = (
    "Bombings in Iraq Kill 13\n\n"
    "The U.S. military says a roadside bomb killed three U.S. soldiers in Ninewah province late Tuesday. "
    "The attack took place hours after 10 people were killed in another bomb blast inside a local council building "
    "in Baghdad's Sadr City district."
)


def test_a_sentence_saying_inside_it_is_another_blast_elsewhere_is_taken_off() -> None:
    art = _article(IRAQ, dt.date(2008, 6, 25))
    draft = _joined(
        sentences=[2, 3], sub_event_type="Remote explosive/landmine/IED", date="late Tuesday", region="Ninewah",
        actor1="unidentified armed group", actor2="U.S. soldiers", actor2_type="External/Other forces",
        claims=[DraftClaim(figure="three", victims="foreign_forces", claimant="U.S. military", sentence=2)],
    )  # fmt: skip
    draft, peeled = peel_other_events(draft, art, "Iraq")
    assert peeled == [3]
    assert locate(None, admin1="Ninewah", country="Iraq").admin1 == "Ninewa"  # another spelling
    assert place_in_evidence([art.sentence_text(2)], "Iraq") == "Baghdad"  # the city that owns the district
