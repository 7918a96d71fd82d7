"""Each check on one hand-made draft: its value and the flags that say what it doubted."""

from __future__ import annotations

import datetime as dt

from summarizer.actors import canonical_actor
from summarizer.article import Article
from summarizer.checks import event_location
from summarizer.draft import DraftClaim, DraftEvent
from summarizer.event_dates import event_date
from summarizer.evidence import evidence_quotes
from summarizer.schema import EVENT_TYPE_OF, Actor, ArticleMeta
from summarizer.side_checks import resolve_actor
from summarizer.subtype_checks import armed_sides_check, checked_sub_type, strike_owner_check
from summarizer.text import sentence_spans

TEXT = (
    "Ambush in Mali\n\n"
    "Fighters of the Popular Defence Forces (PDF) ambushed an army convoy near Douentza on Tuesday, the army said on Friday. "
    "Cameroon's Southwest region was calm."
)


def art() -> Article:
    return Article(text=TEXT, sentences=sentence_spans(TEXT), meta=ArticleMeta(published=dt.date(2023, 8, 4)))


def draft(**kw: object) -> DraftEvent:
    fields: dict[str, object] = {
        "sentences": [2], "sub_event_type": "Armed clash", "date": "on Tuesday", "place": "Douentza", "region": "",
        "country": "Mali", "actor1": "PDF", "actor1_type": "Rebel group", "actor2": "army",
        "actor2_type": "State forces", "claims": [],
    } | kw  # fmt: skip
    return DraftEvent(**fields)  # type: ignore[arg-type]


def test_evidence_is_the_cited_sentences_and_out_of_range_numbers_are_flagged() -> None:
    (quotes, spans), flags = evidence_quotes([2, 9], art())
    assert quotes[0].startswith("Fighters of the Popular") and spans[0].status == "exact"
    assert flags == ["evidence_sentence_9_out_of_range"]


def test_a_protest_type_without_a_protest_word_is_corrected() -> None:
    sub, flags = checked_sub_type(draft(sub_event_type="Peaceful protest"), [TEXT.split("\n\n")[1]])
    assert sub == "Armed clash" and flags == ["sub_type_corrected_from:Peaceful protest"]
    # a grenade's strike and the month of March are no protest words
    grenade = ["The United Nations says a grenade strike in Darfur on 4 March killed one aid worker."]
    sub, _ = checked_sub_type(draft(sub_event_type="Violent demonstration"), grenade)
    assert sub not in ("Violent demonstration", "Peaceful protest")
    from summarizer.keywords import PROTEST_WORDS

    assert PROTEST_WORDS.search("Dockers went on strike and protesters marched.")
    # a rally that a bomb hit is the bombing's target, not a demonstration; a rally that
    # rioted stays a demonstration
    bombed = ["A suicide bomb blast ripped through a packed political rally, killing at least 22 people."]
    sub, flags = checked_sub_type(draft(sub_event_type="Violent demonstration"), bombed)
    assert (sub, flags) == ("Suicide bomb", ["sub_type_corrected_from:Violent demonstration"])
    rioted = ["Protesters at the rally threw stones at police, who fired tear gas."]
    assert checked_sub_type(draft(sub_event_type="Violent demonstration"), rioted)[0] == "Violent demonstration"


def test_the_statement_day_gives_way_to_the_event_day() -> None:
    date, flags = event_date(draft(date="on Friday"), art(), [TEXT.split("\n\n")[1]])
    assert date.start == dt.date(2023, 8, 1)
    assert flags == ["date_of_statement_replaced:on Friday->Tuesday"]


def test_a_date_phrase_the_article_lacks_is_flagged_and_replaced_from_the_evidence() -> None:
    date, flags = event_date(draft(date="on Monday 31 July"), art(), [TEXT.split("\n\n")[1]])
    assert "date_phrase_not_in_text" in flags and date.start == dt.date(2023, 8, 1)


def test_an_unresolved_phrase_falls_back_to_the_evidence_then_to_the_publication_day() -> None:
    night = "Des affrontements ont fait huit morts, dans la nuit de mardi à mercredi, dans la province de Cibitoke."
    date, flags = event_date(draft(date="Ambush in Mali"), art(), [night])
    assert (date.start, date.end) == (dt.date(2023, 8, 1), dt.date(2023, 8, 2))
    assert flags == ["date_unresolved"]
    # no date in the evidence: the lead's ("... near Douentza on Tuesday, the army said on Friday")
    date, flags = event_date(draft(date=""), art(), ["Gunmen attacked a convoy near Douentza."])
    assert (date.start, date.precision) == (dt.date(2023, 8, 1), "day")
    assert flags == ["date_from_the_lead"]
    # none in the lead either: the day of publication, flagged as an assumption
    undated = "Ambush\n\nGunmen attacked a convoy near Douentza. The army said it was searching."
    plain = Article(text=undated, sentences=sentence_spans(undated), meta=ArticleMeta(published=dt.date(2023, 8, 4)))
    date, flags = event_date(draft(date=""), plain, ["Gunmen attacked a convoy near Douentza."])
    assert (date.start, date.precision) == (dt.date(2023, 8, 4), "day")
    assert flags == ["date_assumed_publication_day"]


def test_the_models_phrase_with_a_preposition_the_text_lacks_is_its_bare_phrase() -> None:
    text = (
        "Prison break\n\nThousands fled during a Saturday night gunbattle between police and gangs, an official said."
    )
    story = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2024, 3, 3)))
    date, flags = event_date(draft(date="on Saturday night"), story, [text.split("\n\n")[1]])
    assert date.start == dt.date(2024, 3, 2) and "date_phrase_not_in_text" not in flags


def test_a_place_of_another_country_the_article_names_takes_its_country() -> None:
    text = "Fighting in Yemen\n\nHouthi fighters attacked government forces outside Marib, killing 12, officials said."
    story = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2021, 2, 16)))
    loc, flags = event_location(draft(place="Marib", country="Saudi Arabia"), story, [text.split("\n\n")[1]])
    assert loc.country == "Yemen" and "country_from_place:Yemen" in flags
    # a country the article never names is not taken from a namesake abroad
    loc, flags = event_location(draft(place="Marib", country="Mali"), art(), [])
    assert loc.country == "Mali"


def test_a_town_of_another_country_the_article_names_takes_its_country() -> None:
    text = (
        "Israeli Attack in Gaza\n\n"
        "Palestinian medical officials say one militant was killed overnight in the southern Gaza Strip. "
        "Troops entered an area east of the town of Khan Younis."
    )
    story = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2008, 5, 7)))
    evidence = [story.sentence_text(2)]
    loc, flags = event_location(draft(place="", country="Israel"), story, evidence)
    assert (loc.country, loc.place) == ("Palestine", "Khan Younis") and "country_from_place:Palestine" in flags
    # a town the model's country also has stays there
    loc, flags = event_location(draft(place="", country="Mali"), art(), [TEXT.split("\n\n")[1]])
    assert loc.country == "Mali" and not any(f.startswith("country_from_place") for f in flags)


def test_a_french_commune_named_in_the_evidence_is_the_place_within_its_province() -> None:
    text = (
        "Attaque au Burundi\n\n"
        "Trois personnes ont été tuées lundi dans la province de Rumonge. "
        "Des criminels armés ont mené une attaque dans un bistrot dans la commune de Burambi."
    )
    story = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2016, 5, 10)))
    evidence = [story.sentence_text(1), story.sentence_text(2)]
    loc, flags = event_location(draft(place="Rumonge", country="Burundi"), story, evidence)
    assert loc.place == "Burambi" and "place_only_a_region:Rumonge->Burambi" in flags


def test_location_comes_from_the_gazetteer_and_unresolved_regions_are_not_kept() -> None:
    loc, flags = event_location(draft(region="Northern Wonderland"), art(), [TEXT.split("\n\n")[1]])
    assert loc.country == "Mali" and loc.place == "Douentza"
    assert loc.admin1 != "Northern Wonderland"
    loc, flags = event_location(draft(place="Atlantis"), art(), [TEXT.split("\n\n")[1]])
    assert "place_not_in_text" in flags and loc.place == "Douentza"  # the evidence names the town
    assert "place_from_evidence:Douentza" in flags


def test_an_acronym_is_read_with_the_articles_own_spelling() -> None:
    actor, flags = resolve_actor("PDF", "Rebel group", "Mali", art(), "actor1", "Armed clash")
    assert actor is not None and actor.name == "Popular Defence Forces"
    assert flags == ["actor1_acronym_expanded:Popular Defence Forces"]
    assert resolve_actor("", "Rebel group", "Mali", art(), "actor2", "Armed clash") == (None, [])
    # a spelling the alias table lists as a state's force is that force, not a new name
    text = "Drones destroyed\n\nU.S. Central Command (CENTCOM) said its forces destroyed eight drones in Yemen."
    us = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2024, 4, 11)))
    actor, flags = resolve_actor("CENTCOM", "State forces", "Yemen", us, "actor1", "Disrupted weapons use")
    assert actor is not None and actor.name == "Military Forces of the United States"
    assert not any(f.startswith("actor1_acronym_expanded") for f in flags)


def test_a_side_that_names_the_deed_is_its_owner_or_nobody() -> None:
    # a headline copied into a side ("Saudi Airstrike on Yemeni Market Kills 10")
    target, flags = resolve_actor("Saudi Airstrike", "State forces", "Yemen", art(), "actor2", "Air/drone strike")
    assert target is None and flags[-1] == "actor2_is_a_deed:Saudi Airstrike"
    doer, flags = resolve_actor(
        "a Saudi-coalition airstrike", "State forces", "Yemen", art(), "actor1", "Air/drone strike"
    )
    assert doer is not None and doer.name == "Saudi-led Coalition"
    assert flags[-1] == "actor1_is_a_deed:a Saudi-coalition airstrike"
    assert resolve_actor("the bombing", "Rebel group", "Iraq", art(), "actor1", "Suicide bomb")[0] is None
    # a counter-attack is a deed too ("NATO Counter-Attack Kills Dozens"), its owner NATO
    nato, _ = resolve_actor("NATO Counter-Attack", "State forces", "Afghanistan", art(), "actor1", "Armed clash")
    assert nato is not None and nato.name.startswith("NATO")
    # a group whose name holds no deed word is untouched
    kept, flags = resolve_actor("al-Shabab militants", "Rebel group", "Somalia", art(), "actor1", "Armed clash")
    assert kept is not None and "al" in kept.name.lower() and not any("deed" in f for f in flags)


def test_an_attack_between_two_armed_sides_is_an_armed_clash() -> None:
    army = Actor(name="Military Forces of Mali", type="State forces", aliases=[])
    jnim = Actor(name="JNIM", type="Rebel group", aliases=[])
    civs = Actor(name="Civilians", type="Civilians", aliases=[])
    assert armed_sides_check("Attack", jnim, army) == ("Armed clash", ["sub_type_corrected_from:Attack"])
    assert armed_sides_check("Attack", jnim, civs) == ("Attack", [])
    # and an "armed clash" of gunmen with villagers is an attack on civilians
    assert armed_sides_check("Armed clash", jnim, civs) == ("Attack", ["sub_type_corrected_from:Armed clash"])
    assert armed_sides_check("Armed clash", jnim, army) == ("Armed clash", [])
    fight = ["Intercommunal clashes have killed nearly 70 people."]
    assert armed_sides_check("Armed clash", jnim, civs, fight) == ("Armed clash", [])


def test_an_air_strike_is_its_owners() -> None:
    houthi = Actor(name="Houthi Movement", type="Rebel group", aliases=[])
    civilians = Actor(name="Civilians", type="Civilians", aliases=[])
    evidence = [
        "Funeral Held for Top Houthi Official Killed in Yemen Airstrike",
        "A top Houthi official was killed in a Saudi-led coalition airstrike in the province of Hodeida.",
    ]
    (a1, a2), flags = strike_owner_check("Air/drone strike", houthi, civilians, evidence, "Yemen")
    assert (a1.name, a2 and a2.name) == ("Saudi-led Coalition", "Houthi Movement")
    assert flags and flags[0].startswith("actor1_from_strike_owner")
    mali = Actor(name="Military Forces of Mali", type="State forces", aliases=[])
    fr = ["Des frappes de drones de l'armée malienne ont tué des civils à Kidal."]
    assert strike_owner_check("Air/drone strike", mali, civilians, fr, "Mali") == ((mali, civilians), [])
    # a junta's strikes are its military's; another sub-type is left alone
    junta = ["Myanmar's ruling junta has confirmed it carried out deadly airstrikes on a village."]
    myanmar = Actor(name="Military Forces of Myanmar", type="State forces", aliases=[])
    assert strike_owner_check("Air/drone strike", myanmar, civilians, junta, "Myanmar") == ((myanmar, civilians), [])
    assert strike_owner_check("Armed clash", houthi, civilians, evidence, "Yemen") == ((houthi, civilians), [])


def test_the_weapon_named_in_the_evidence_refines_a_generic_type() -> None:
    bomb = ["Deux kamikazes se sont fait exploser à l'entrée de Kolofata au petit matin."]
    assert checked_sub_type(draft(sub_event_type="Attack"), bomb) == (
        "Suicide bomb",
        ["sub_type_corrected_from:Attack"],
    )
    missile = ["At least five people were killed in a Russian missile attack on residential buildings."]
    assert checked_sub_type(draft(sub_event_type="Air/drone strike"), missile)[0] == "Shelling/artillery/missile attack"
    # a bombing that opens a gun battle stays the clash it became; air words keep an air strike
    complex_attack = [
        "Suicide bombers detonated a car at the gate as several other attackers tried to break into the base."
    ]
    assert checked_sub_type(draft(sub_event_type="Armed clash"), complex_attack) == ("Armed clash", [])
    jets = ["Warplanes fired missiles at the village."]
    assert checked_sub_type(draft(sub_event_type="Air/drone strike"), jets) == ("Air/drone strike", [])
    # car bombs with no aircraft in sight are no air strike; bombs dropped by jets still are
    car_bombs = ["Authorities say two near-simultaneous car bomb blasts occurred in the Bayaa neighborhood."]
    assert checked_sub_type(draft(sub_event_type="Air/drone strike"), car_bombs) == (
        "Remote explosive/landmine/IED",
        ["sub_type_corrected_from:Air/drone strike"],
    )
    dropped = ["Fighter jets dropped bombs on the market, killing 12."]
    assert checked_sub_type(draft(sub_event_type="Air/drone strike"), dropped) == ("Air/drone strike", [])


def test_a_french_exonym_is_written_as_the_gazetteers_name() -> None:
    text = "Attaque à Mogadiscio\n\nDes obus de mortier sont tombés sur un camp de déplacés à Mogadiscio lundi, faisant au moins cinq morts."
    story = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2012, 3, 19)))
    loc, flags = event_location(draft(place="Mogadiscio", country="Somalia"), story, [text.split("\n\n")[1]])
    assert loc.place == "Mogadishu" and "place_english_name:Mogadiscio->Mogadishu" in flags
    # an English story keeps the text's spelling
    english = "Attack\n\nMortar shells hit a camp in Marib on Monday, killing five people, officials said."
    story = Article(text=english, sentences=sentence_spans(english), meta=ArticleMeta(published=dt.date(2012, 3, 19)))
    loc, _ = event_location(draft(place="Marib", country="Yemen"), story, [english.split("\n\n")[1]])
    assert loc.country == "Yemen" and loc.place is not None


def test_an_english_story_keeps_its_spelling_of_a_gazetteer_place() -> None:
    text = "Airstrike\n\nEthiopian forces carried out an airstrike on Mekelle on Friday, witnesses said."
    story = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2021, 10, 22)))
    loc, _ = event_location(draft(place="Mekelle", country="Ethiopia"), story, [text.split("\n\n")[1]])
    assert loc.place == "Mekelle" and loc.admin1 == "Tigray" and loc.latitude is not None


def test_a_country_whose_name_holds_of_is_one_name_and_congo_is_the_one_the_story_names_most() -> None:
    from summarizer.geo.countries import longer_country_named
    from summarizer.place_words import strip_country as _strip_country

    assert _strip_country("Democratic Republic of Congo") == ("", "Democratic Republic of Congo")
    assert _strip_country("North Kivu province, Democratic Republic of Congo") == (
        "North Kivu province",
        "Democratic Republic of Congo",
    )
    assert _strip_country("Menaka region of Mali") == ("Menaka region", "Mali")
    story = (
        "Suspected Rebel Attack in Congo Kills 12\n\nRebels killed 12 people in the Democratic Republic of Congo. "
        "The Democratic Republic of Congo's army said so."
    )
    assert longer_country_named("Republic of Congo", story) == "Democratic Republic of Congo"
    both = "South Sudan and Sudan traded accusations. Sudan said South Sudan's army attacked."
    assert longer_country_named("Sudan", both) is None


BRIA = (
    "Au moins trois morts et plusieurs blessés dans une attaque en Centrafrique\n\n"
    "Une vue du site des déplacés de PK3 Bria, février 2017. (VOA/Freeman Sipila)\n\n"
    "Une attaque d'ex-combattants contre un site des déplacés a été repoussée ce matin par un groupe d'auto-défense. "
    "Bilan : au moins trois morts et des blessés.\n\n"
    "Des élèves dans une école de fortune, février 2017. (VOA/Freeman Sipila)"
)


def _bria() -> Article:
    from summarizer.geo import guess_country

    a = Article(text=BRIA, sentences=sentence_spans(BRIA), meta=ArticleMeta(published=dt.date(2017, 8, 13)))
    a.country_hint = guess_country(BRIA)  # as the pipeline sets it
    return a


def test_a_photo_caption_and_its_credit_are_not_evidence_and_the_body_is_read_again() -> None:
    from summarizer.evidence import evidence_sentences

    a = _bria()
    cited, flags = evidence_sentences(draft(sentences=[1, 2, 3], country="Congo"), a)
    assert cited == [1, 5]  # the title, and the toll's own sentence instead of the caption
    assert "evidence_caption_dropped:[2, 3]" in flags
    span, _ = event_date(draft(sentences=cited, date=""), a, [a.sentence_text(n - 1) for n in cited])
    assert span.start == dt.date(2017, 8, 13)  # not February, the photo's month


def test_a_country_the_story_never_names_gives_way_to_the_one_it_does() -> None:
    a = _bria()
    loc, flags = event_location(draft(place="", country="Congo"), a, [a.sentence_text(4)])
    assert loc.country == "Central African Republic"
    assert "country_not_in_text:Republic of Congo->Central African Republic" in flags


def test_a_group_name_neither_the_article_nor_the_table_has_is_not_kept() -> None:
    actor, flags = resolve_actor("Selkala", "Rebel group", "Central African Republic", _bria(), "actor1", "Armed clash")
    assert actor is not None and actor.name == "Unidentified Armed Group"
    assert flags == ["actor1_not_in_text", "actor1_unconfirmed:Selkala"]


def test_the_first_day_of_a_tally_is_no_event_date() -> None:
    from summarizer.dates import event_date_phrases, find_date_phrase

    title = "Offensive jihadiste au Faso: 70 soldats burkinabè tués depuis vendredi"
    assert event_date_phrases(title) == [] and find_date_phrase(title) is None
    assert event_date_phrases("Gunmen killed 30 people on Friday") == ["Friday"]


def test_a_protest_nobody_stepped_into_is_peaceful_and_has_no_other_side() -> None:
    from summarizer.records import build_event

    text = (
        "Haitian Protesters Demand Kidnappers Release Missionaries\n\n"
        "Residents of Titanyen took to the streets Thursday to demand the release of 17 missionaries kidnapped by the "
        "400 Mawozo gang. Protesters held posters as they marched down the main road of the village."
    )
    a = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2021, 10, 22)))
    event, _ = build_event(
        draft(
            sentences=[2, 3],
            sub_event_type="Protest with intervention",
            date="Thursday",
            place="Titanyen",
            country="Haiti",
            actor1="Residents of Titanyen",
            actor1_type="Protesters",
            actor2="400 Mawozo gang",
            actor2_type="Political militia",
        ),  # fmt: skip
        a,
    )
    assert event.sub_event_type == "Peaceful protest"
    assert event.actor2 is None
    assert "sub_type_corrected_from:Protest with intervention" in event.flags
    sub, _ = checked_sub_type(
        draft(sub_event_type="Protest with intervention"), ["Police fired tear gas to disperse the protesters."]
    )
    assert sub == "Protest with intervention"


def test_an_attacker_who_exploded_is_a_suicide_bombing() -> None:
    from summarizer.keywords import classify

    sentence = "Another attacker exploded outside a bank affiliated with the Pakistani army, killing 10 people."
    assert classify(sentence) == ("Explosions/Remote violence", "Suicide bomb")
    assert classify("Four militants blew themselves up during the raid.") == (
        "Explosions/Remote violence",
        "Suicide bomb",
    )


def test_a_grenade_thrown_alone_is_a_grenade_attack_and_among_gunfire_it_is_not() -> None:
    from summarizer.keywords import classify

    grenade = ("Explosions/Remote violence", "Grenade")
    assert classify("Kenya's Red Cross says a grenade attack at a church has killed one person.") == grenade
    assert classify("At least one person died when insurgents tossed a grenade at a patrol.") == grenade
    assert classify("Une autre grenade a fait cinq blessés d'une même famille.") == grenade
    assert classify("The assailants threw grenades and opened fire at the office.") == ("Battles", "Armed clash")
    assert classify("Police fired stun grenades at the demonstrators.") == ("Protests", "Peaceful protest")
    # a model's riot with no protest word in its evidence is typed by the weapon
    sub, flags = checked_sub_type(
        draft(sub_event_type="Violent demonstration"), ["A grenade attack at a church inside a police camp killed one."]
    )
    assert (sub, flags) == ("Grenade", ["sub_type_corrected_from:Violent demonstration"])


def test_protesters_who_tried_to_attack_a_police_camp_rioted_when_shot() -> None:
    told = [
        "Police say a young man was killed when security forces opened fire on a group of protesters trying to "
        "attack a police camp in Naidkhai village."
    ]
    sub, _ = checked_sub_type(draft(sub_event_type="Violent demonstration"), told)
    assert sub == "Violent demonstration"
    peaceful = ["Security forces opened fire on protesters marching to the square, killing two."]
    sub, _ = checked_sub_type(draft(sub_event_type="Violent demonstration"), peaceful)
    assert sub == "Excessive force against protesters"


def test_combat_troops_named_in_the_evidence_are_no_fight_in_a_bombing() -> None:
    evidence = [
        "Iraqi officials say at least 40 people are dead in three bombings, about one week after U.S. combat "
        "troops formally withdrew from Iraqi cities.",
        "Officials say two suicide bombers killed at least 34 people in the northern town of Tal Afar Thursday.",
    ]
    sub, flags = checked_sub_type(draft(sub_event_type="Air/drone strike"), evidence)
    assert (sub, flags) == ("Suicide bomb", ["sub_type_corrected_from:Air/drone strike"])
    # "des combats" are fighting: a bombing that opened a battle stays the model's battle
    fight = ["Un kamikaze s'est fait exploser avant de violents combats avec l'armée."]
    assert checked_sub_type(draft(sub_event_type="Armed clash"), fight) == ("Armed clash", [])


def test_a_date_phrase_that_dates_an_earlier_attack_gives_way_to_the_evidences_own() -> None:
    text = (
        "Suicide Bomber Kills 3 in Northwestern Pakistan\n\n"
        "Pakistani police say a suicide bomber in a rickshaw has killed three people in Peshawar, a day after another "
        "suicide bomber killed 13 people in a crowded market outside the northwestern city.\n\n"
        "Police say the suicide bomber detonated his explosives Monday at a checkpoint around Peshawar.\n\n"
        "The earlier bombing on Sunday killed a local mayor. The Taliban claimed responsibility for the attack."
    )
    a = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2009, 11, 9)))
    evidence = [a.sentence_text(1), a.sentence_text(2)]
    span, flags = event_date(draft(sentences=[2, 3], date="on Sunday"), a, evidence)
    assert span.start == dt.date(2009, 11, 9)
    assert "date_from_evidence:on Sunday->Monday" in flags
    from summarizer.records import build_event
    from summarizer.responsibility import sides_from_claims

    event, _ = build_event(
        draft(
            sentences=[2, 3],
            sub_event_type="Suicide bomb",
            date="on Sunday",
            place="Peshawar",
            country="Pakistan",
            actor1="suicide bomber",
            actor2="",
            actor2_type="Civilians",
            claims=[DraftClaim(figure="three", victims="civilians", claimant="police", sentence=2)],
        ),  # fmt: skip
        a,
    )
    assert event.fatalities_acled == 3  # the 13 of the day before are not a part of this toll
    sides_from_claims(a, [event], "Pakistan")
    assert (
        event.actor1 is not None and event.actor1.name == "Unidentified Armed Group"
    )  # the claim is the earlier one's


_RAID = (
    "Sudan Claims 41 Dead\n\n"
    "Sudanese authorities say Darfur rebels killed 41 people in a raid this week on a police garrison. "
    "The Sudanese Liberation Movement and the Justice and Equality Movement have both claimed responsibility. "
    "They targeted a police garrison Wednesday in the town of Wad Banda."
)


def _raid() -> Article:
    return Article(text=_RAID, sentences=sentence_spans(_RAID), meta=ArticleMeta(published=dt.date(2007, 9, 2)))


def test_a_week_the_evidence_gives_is_narrowed_to_the_day_a_sentence_naming_the_place_tells() -> None:
    lead = "Sudanese authorities say Darfur rebels killed 41 people in a raid this week on a police garrison."
    date, flags = event_date(draft(date="this week", place="Wad Banda, Kordofan region"), _raid(), [lead])
    assert (date.start, date.precision) == (dt.date(2007, 8, 29), "day")
    assert flags == ["date_narrowed_by_place_sentence:Wednesday"]
    # with no sentence naming the place, the week stands
    date, _ = event_date(draft(date="this week", place="Nowhere"), _raid(), [lead])
    assert date.precision == "week"


def test_two_groups_written_as_one_side_are_the_first_with_the_other_flagged() -> None:
    actor, flags = resolve_actor(
        "Sudanese Liberation Movement and Justice and Equality Movement",
        "Rebel group",
        "Sudan",
        _raid(),
        "actor1",
        "Armed clash",
    )
    assert actor is not None and actor.name == "SLM/A: Sudan Liberation Movement/Army"
    assert flags == ["actor1_first_of_two:Justice and Equality Movement"]
    # a name holding "and" is one group; generic sides joined are not split
    one, _ = resolve_actor("Justice and Equality Movement", "Rebel group", "Sudan", _raid(), "actor1", "Armed clash")
    assert one is not None and one.name == "JEM: Justice and Equality Movement"
    both, flags = resolve_actor("gunmen and soldiers", "Rebel group", "Sudan", _raid(), "actor1", "Armed clash")
    assert not any(f.startswith("actor1_first_of_two") for f in flags)


def test_a_place_the_article_names_only_as_a_province_gives_way_to_the_district() -> None:
    from summarizer.checks import event_location

    text = (
        "Taliban Attack Kills 26\n\n"
        "Afghan officials said a Taliban attack left 26 soldiers dead in the southern province of Kandahar. "
        "The overnight assault in the Khakrez district targeted an army base."
    )
    story = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2017, 7, 26)))
    evidence = [story.sentence_text(1), story.sentence_text(2)]
    loc, flags = event_location(draft(place="Kandahar", region="", country="Afghanistan"), story, evidence)
    assert (loc.place, loc.admin1) == ("Khakrez", "Kandahar")
    assert "place_only_a_region:Kandahar->Khakrez" in flags
    # the city named as a city stands
    city = text.replace("in the southern province of Kandahar", "in the city of Kandahar")
    story = Article(text=city, sentences=sentence_spans(city), meta=ArticleMeta(published=dt.date(2017, 7, 26)))
    loc, _ = event_location(draft(place="Kandahar", region="", country="Afghanistan"), story, evidence)
    assert loc.place == "Kandahar"


def test_a_place_of_another_country_the_evidence_names_moves_the_event_there() -> None:
    from summarizer.checks import event_location

    text = (
        "Syria shelling kills 35\n\n"
        "Medical sources in Lebanon said at least seven people were killed overnight in the northern city of Tripoli."
    )
    story = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2012, 8, 22)))
    loc, flags = event_location(draft(place="Tripoli", region="", country="Syria"), story, [story.sentence_text(1)])
    assert (loc.country, loc.place) == ("Lebanon", "Tripoli") and "country_from_place:Lebanon" in flags


def test_a_side_the_article_lacks_gives_way_to_the_passive_verbs_agent() -> None:
    from summarizer.side_checks import agent_side

    army = Actor(name="Military Forces of Niger", type="State forces", aliases=[])
    french = ["Huit personnes ont été tuées dimanche par des hommes armés arrivés à moto dans la zone de Kouré."]
    got, flags = agent_side(army, None, True, french, "Niger")
    assert got is not None and got.name == "Unidentified Armed Group"
    assert flags == ["actor1_from_agent:des hommes armés"]
    named, _ = agent_side(army, None, True, ["Five people were killed by al-Shabab militants in Mogadishu."], "Somalia")
    assert named is not None and named.name == "Al Shabaab"
    # a bomb is no side; a side the article does contain stands; the agent already the other side stays there
    assert agent_side(army, None, True, ["Five soldiers were killed by a roadside bomb."], "Niger") == (army, [])
    assert agent_side(army, None, False, french, "Niger") == (army, [])
    band = Actor(name="Unidentified Armed Group", type="Rebel group", aliases=[])
    ambush = ["A patrol was attacked by a band of men near Tillia."]
    assert agent_side(army, band, True, ambush, "Niger") == (army, [])


def test_protesters_shot_dead_doing_no_violence_is_excessive_force() -> None:
    shot = [
        "Security forces fired live rounds and tear gas on anti-coup protesters Friday, killing at least two people."
    ]
    assert checked_sub_type(draft(sub_event_type="Violent demonstration"), shot) == (
        "Excessive force against protesters",
        ["sub_type_corrected_from:Violent demonstration"],
    )
    french = ["Les forces de l'ordre ont tiré à balles réelles sur les manifestants, faisant trois morts."]
    assert checked_sub_type(draft(sub_event_type="Protest with intervention"), french)[0] == (
        "Excessive force against protesters"
    )
    # a crowd that threw stones and burned tyres is rioting, whoever died
    riot = ["Protesters threw stones and burned tyres; police opened fire on the protesters, killing two."]
    assert checked_sub_type(draft(sub_event_type="Violent demonstration"), riot) == ("Violent demonstration", [])


def test_an_undated_event_takes_the_day_the_story_gives_its_attack() -> None:
    text = (
        "Militants attack base\n\n"
        "Gunmen believed to be Boko Haram members have attacked a military base in Damboa. "
        "A police spokesman confirmed the Friday night attack on the base. "
        "Community leaders held a news conference on Friday in Abuja."
    )
    a = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2014, 7, 5)))
    date, flags = event_date(draft(date="overnight"), a, [a.sentence_text(1)])
    assert date.start == dt.date(2014, 7, 4) and "date_from_the_story:the attack's day" in flags
    # two days named for attacks: no guess, the publication day stays flagged as assumed
    two = text.replace("news conference on Friday", "news conference after the Sunday attack")
    b = Article(text=two, sentences=sentence_spans(two), meta=ArticleMeta(published=dt.date(2014, 7, 5)))
    date, flags = event_date(draft(date="overnight"), b, [b.sentence_text(1)])
    assert "date_assumed_publication_day" in flags


def test_the_bodys_grammar_decides_who_acted_before_the_headlines() -> None:
    from summarizer.records import build_event

    text = (
        "5 Kenyan Policemen Killed in Ambush Blamed on al-Shabab\n\n"
        "Five Kenyan police officers are dead after their vehicle was attacked by members of the al-Shabab militant "
        "group Wednesday in Mandera county."
    )
    a = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2018, 1, 3)))
    event, _ = build_event(
        draft(
            sentences=[1, 2],
            sub_event_type="Armed clash",
            date="Wednesday",
            place="Mandera",
            country="Kenya",
            actor1="Kenyan police",
            actor1_type="State forces",
            actor2="al-Shabab",
            actor2_type="Rebel group",
        ),  # fmt: skip
        a,
    )
    # the headline ("Policemen Killed ... Blamed on") would keep the police first
    assert event.actor1.name in ("Al Shabaab", "al-Shabab")
    assert event.actor2 is not None and event.actor2.name == "Police Forces of Kenya"
    assert "actors_swapped:evidence_voice" in event.flags


def test_civilians_the_model_made_the_doer_give_way_to_the_armed_men_who_killed_them() -> None:
    from summarizer.records import build_event

    text = (
        "Une cinquantaine de civils tués au Burkina\n\n"
        "Au Burkina Faso, au moins 50 civils qui fuyaient leur village dans l'est du pays ont été interceptés et tués "
        "par des hommes armés non identifiés."
    )
    a = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2022, 5, 27)))
    event, _ = build_event(
        draft(
            sentences=[1, 2],
            sub_event_type="Attack",
            date="",
            place="",
            country="Burkina Faso",
            actor1="civils",
            actor1_type="Civilians",
            actor2="unknown",
            actor2_type="Rebel group",
            claims=[DraftClaim(figure="50", victims="civilians", claimant="", sentence=1)],
        ),  # fmt: skip
        a,
    )
    assert (event.actor1.name, event.actor2 and event.actor2.name) == ("Unidentified Armed Group", "Civilians")
    # and the body's "au moins 50" is the claim, not the headline's "une cinquantaine"
    assert [(c.low, c.high) for c in event.fatality_claims] == [(50, None)]


def test_an_old_killing_the_headline_names_is_the_storys_news_not_its_background() -> None:
    from summarizer.records import build_event

    text = (
        "UN Investigating Brutal November Massacre in Haiti\n\n"
        "U.N. officials say they expect to wrap up their investigation into a bloody November massacre in "
        "Port-au-Prince that left at least 21 men dead. Witnesses said that on Nov. 13 uniformed men opened fire in "
        "La Saline."
    )
    a = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2019, 1, 15)))

    def coded(sentences: list[int]) -> str:
        event, _ = build_event(
            draft(
                sentences=sentences,
                sub_event_type="Attack",
                date="Nov. 13",
                place="La Saline",
                country="Haiti",
                actor1="uniformed men",
                actor1_type="Rebel group",
                actor2="",
                actor2_type="Civilians",
            ),  # fmt: skip
            a,
        )
        return event.salience

    assert coded([1, 2, 3]) == "main"
    assert coded([3]) == "background"  # the same old killing told only in the body is context


def test_the_country_the_evidence_sets_the_event_in_beats_the_strikes_owner() -> None:
    text = (
        "3 Killed in Suspected Turkish Drone Attack in NE Syria\n\n"
        "Turkey is being accused by Kurdish security forces of carrying out a drone attack Tuesday in northeastern "
        "Syria that killed three civilians in a car. The strike took place in Qamishli, a city on the Syria-Turkey "
        "border."
    )
    a = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2021, 11, 9)))
    evidence = [a.sentence_text(1), a.sentence_text(2)]
    loc, flags = event_location(draft(place="Qamishli", country="Turkey"), a, evidence)
    assert loc.country == "Syria" and "country_from_setting:Turkey->Syria" in flags
    # a story set in two countries leaves the model's choice alone
    both = ["Fighting in Syria spilled over into Lebanon, and shells landed in Turkey near Qamishli."]
    assert event_location(draft(place="Qamishli", country="Turkey"), a, both)[0].country == "Turkey"


def test_the_agent_of_a_passive_told_after_a_date_acts() -> None:
    from summarizer.side_checks import agent_side

    army = Actor(name="Military Forces of Niger", type="State forces", aliases=[])
    told = ["Au Niger cent civils ont été tués le 1er janvier dernier par des hommes armés."]
    got, flags = agent_side(army, None, True, told, "Niger")
    assert got is not None and got.name == "Unidentified Armed Group" and flags


def test_a_territory_type_with_no_ground_changing_hands_is_typed_by_its_violence() -> None:
    told = ["Au Burkina Faso l'attaque de Seytenga dans le Sahel le week-end dernier a fait 79 morts."]
    sub, flags = checked_sub_type(draft(sub_event_type="Government regains territory"), told)
    assert EVENT_TYPE_OF[sub] != "Strategic developments" and flags == [
        "sub_type_corrected_from:Government regains territory"
    ]
    taken = ["The army recaptured the town of Seytenga after an attack that killed 79."]
    assert checked_sub_type(draft(sub_event_type="Government regains territory"), taken) == (
        "Government regains territory",
        [],
    )


def test_a_state_side_the_model_made_up_and_civilians_named_by_their_town_are_replaced() -> None:
    from summarizer.civilian_sides import place_as_civilians
    from summarizer.side_checks import invented_state_side

    government = Actor(name="Military Forces of Burkina Faso", type="State forces", aliases=["government"])
    told = ["L'attaque de Seytenga a fait 79 morts.", "C'est le dernier bilan annoncé hier par le gouvernement."]
    got, flags = invented_state_side(government, True, "Attack", told)
    assert got is not None and got.name == "Unidentified Armed Group" and flags
    named = government.model_copy(update={"aliases": ["gouvernement"]})
    assert invented_state_side(named, False, "Attack", told) == (named, [])
    soldiers = [*told, "Des soldats ont riposté."]
    assert invented_state_side(government, True, "Attack", soldiers) == (government, [])
    # named in the article, but not in an attack's evidence, which names no force at all
    army = Actor(
        name="Military Forces of the Democratic Republic of Congo", type="State forces", aliases=["armée congolaise"]
    )
    night = ["Le bilan de cette attaque perpétrée dans la nuit de jeudi à vendredi varie selon les sources."]
    got, flags = invented_state_side(army, False, "Attack", night)
    assert got is not None and got.name == "Unidentified Armed Group"
    assert invented_state_side(army, False, "Armed clash", night) == (army, [])
    assert invented_state_side(army, False, "Attack", [*night, "L'armée congolaise a ouvert le feu."]) == (army, [])
    # the country's name is no mention of its forces: "le président du Burkina Faso" mourns
    burkina = government.model_copy(update={"aliases": ["Burkinab Faso"]})  # the model's spelling
    mourned = ["Le président du Burkina Faso déclare un deuil après l'attaque djihadiste qui a tué 35 civils."]
    got, flags = invented_state_side(burkina, False, "Attack", mourned)
    assert got is not None and got.name == "Unidentified Armed Group"
    town = Actor(name="Seytenga", type="Civilians", aliases=["Seytenga"])
    named, why = place_as_civilians(town, "Seytenga")
    assert named is not None and named.name == "Civilians" and why == ["civilians_named_by_place:Seytenga"]
    # civilians however the article calls them are the codebook's "Civilians", the words kept
    farmers = Actor(name="Democratic Revolution Party members", type="Civilians", aliases=[])
    named, why = place_as_civilians(farmers, "Seytenga")
    assert named == Actor(name="Civilians", type="Civilians", aliases=["Democratic Revolution Party members"])
    assert why == ["civilians_named_as_such:Democratic Revolution Party members"]
    civilians = Actor(name="Civilians", type="Civilians", aliases=["villagers"])
    assert place_as_civilians(civilians, "Seytenga") == (civilians, [])


def test_a_strike_that_killed_only_civilians_has_them_as_its_target_not_the_group_holding_the_town() -> None:
    from summarizer.schema import FatalityClaim
    from summarizer.targets import civilian_target

    sdf = Actor(name="Syrian Democratic Forces", type="Rebel group", aliases=["SDF"])
    quote = "A drone attack in northeastern Syria killed three civilians in a car."
    dead = [FatalityClaim(low=3, high=3, victims="civilians", claimant="SDF", quote=quote)]
    got, flags = civilian_target(sdf, "Air/drone strike", dead, [quote], True)
    assert got is not None and got.name == "Civilians"
    assert flags == ["actor2_civilians_the_only_dead:Syrian Democratic Forces"]
    fighters = [dead[0].model_copy(update={"victims": "non_state"})]
    assert civilian_target(sdf, "Air/drone strike", fighters, [quote], True) == (sdf, [])


def test_a_statements_day_gives_way_to_a_day_of_the_past_week_before_an_older_phrase() -> None:
    text = (
        "Military, Opposition Trade Blame for Yangon Bombing\n\n"
        "Myanmar's military, which seized power in a coup last year, blamed opposition terrorists on Wednesday for a "
        "deadly bus stop bombing that happened a day earlier in Yangon."
    )
    a = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2022, 6, 1)))
    span, flags = event_date(draft(sentences=[2], date="on Wednesday"), a, [a.sentence_text(1)])
    assert span.start == dt.date(2022, 5, 31) and "date_of_statement_replaced:on Wednesday->a day earlier" in flags


def test_where_the_dead_were_taken_is_not_where_they_fell() -> None:
    from summarizer.other_places import border_with as _border_with
    from summarizer.other_places import only_a_destination as _only_a_destination

    text = (
        "Bodies Flown to Bangui\n\n"
        "Bodies of Central African Army soldiers are being flown back to the capital Bangui after clashes with "
        "rebels along the border with Chad. A journalist with Le Citoyen newspaper in Bangui said 13 soldiers died."
    )
    assert _only_a_destination("Bangui", text)
    assert not _only_a_destination("Bangui", text + " Fighting then broke out in Bangui.")
    assert _border_with(text, "Chad") and not _border_with(text, "Central African Republic")


def test_a_state_the_evidence_gives_the_strikes_keeps_its_side() -> None:
    from summarizer.side_checks import invented_state_side

    russia = Actor(name="Military Forces of Russia", type="State forces", aliases=["Russian forces"])
    told = ["Zelenskyy said Russian missile attacks Wednesday killed at least five people in Kyiv and Mykolaiv."]
    assert invented_state_side(russia, True, "Shelling/artillery/missile attack", told) == (russia, [])


def test_fire_from_across_a_border_does_not_set_the_event_there() -> None:
    from summarizer.setting_country import setting_country as _setting_country

    shots = (
        "Six soldiers were killed when militants across the Afghan border fired on a military patrol "
        "in the Gurbaz area of the North Waziristan region."
    )
    assert _setting_country([shots], "Pakistan") is None
    # a part of a continent names no country: the model's Colombia stands
    jungle = "A guerrilla leader has been killed in a clash with military troops in the South American country."
    assert _setting_country([jungle], "Colombia") is None
    assert _setting_country(["Fighting broke out in South Sudan on Monday."], "Sudan") == "South Sudan"
    assert _setting_country(["A drone attack Tuesday in northeastern Syria killed three."], "Turkey") == "Syria"


def test_the_day_of_what_an_event_follows_is_not_its_own() -> None:
    def read(text: str, **kw: object) -> tuple[dt.date | None, list[str]]:
        a = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2010, 3, 18)))
        span, flags = event_date(draft(**kw), a, [a.sentence_text(1)])
        return span.start, flags

    # the model's phrase is not in the text: the evidence's own dates are read, not the earlier deal's
    deal = (
        "Truce signed\n\nThe truce deal, signed in Doha during peace talks, follows a similar deal last month with JEM."
    )
    day, flags = read(deal, date="on Thursday", place="Doha", country="Qatar")
    assert "date_phrase_not_in_text" in flags
    assert day == dt.date(2010, 3, 18)  # the day of publication, not February
    raid = "Raid\n\nRebels attacked a police post on Monday, a week after a similar raid last month."
    assert read(raid, date="yesterday", place="", country="Sudan")[0] == dt.date(2010, 3, 15)
    # an event measured against an earlier one: "the first since ... last month" dates the truce
    first = (
        "Attack\n\nThe attack was the first since armed groups announced a cease-fire last month. "
        "The army says militants attacked troops."
    )
    day, flags = read(first, date="", place="", country="Nigeria")
    assert day == dt.date(2010, 3, 18)  # not February, the month of the cease-fire
    assert "date_assumed_publication_day" in flags
    worst = "Attack\n\nIt was the deadliest attack since the uprising began in 2011, officials said Monday."
    assert read(worst, date="", place="", country="Syria")[0] == dt.date(2010, 3, 18)
    # a tally from the day fighting erupted is not measured against anything: its day stands
    since = "Fighting\n\nHeavy shooting has gone on since government troops arrived on Tuesday."
    assert read(since, date="", place="", country="Cameroon")[0] == dt.date(2010, 3, 16)


def test_a_town_taken_by_one_armed_group_from_another_is_overtaken_not_regained() -> None:
    mujao = Actor(name="MUJAO", type="Rebel group", aliases=[])
    mnla = Actor(name="MNLA: National Movement for the Liberation of Azawad", type="Rebel group", aliases=[])
    army = Actor(name="Military Forces of Mali", type="State forces", aliases=[])
    regained = "Government regains territory"
    assert armed_sides_check(regained, mujao, mnla) == (
        "Non-state actor overtakes territory",
        ["sub_type_corrected_from:Government regains territory"],
    )
    # a government side in the event: the model's type stands (its order of sides may be the doubt)
    assert armed_sides_check(regained, mujao, army) == (regained, [])
    assert armed_sides_check(regained, army, mnla) == (regained, [])


def test_two_states_forces_named_together_are_allies_not_opponents() -> None:
    from summarizer.side_checks import allies_not_opponents

    ethiopia = Actor(name="Military Forces of Ethiopia", type="External/Other forces", aliases=["Ethiopian troops"])
    somalia = Actor(name="Military Forces of Somalia", type="State forces", aliases=["Somali troops"])
    evidence = [
        "At Least 11 Killed in Fighting Between Militants, Ethiopian Forces in Somalia",
        "At least seven people were killed when Somali and Ethiopian troops entered a section of Mogadishu.",
    ]
    a1, a2, flags = allies_not_opponents(ethiopia, somalia, evidence, "Somalia")
    assert a1 is not None and a1.name == "Unidentified Armed Group"
    assert a2 == ethiopia and flags == ["allies_not_opponents:Military Forces of Somalia"]
    # forces named apart ("Ethiopian troops fought Somali soldiers") stay opponents
    apart = ["Ethiopian troops fought Somali soldiers near the border."]
    assert allies_not_opponents(ethiopia, somalia, apart, "Somalia") == (ethiopia, somalia, [])
    # "Ethiopian and Somali government troops": one more word before the troops, still allies
    patrols = ["Ethiopian and Somali government troops are patrolling the streets in a hunt for insurgents."]
    a1, a2, flags = allies_not_opponents(ethiopia, somalia, patrols, "Somalia")
    assert a1 is not None and a1.name == "Unidentified Armed Group" and a2 == somalia


def test_a_headline_cited_alone_is_read_again_with_its_lead() -> None:
    from summarizer.evidence import evidence_sentences

    text = (
        "Tuareg Rebels, Islamist Militants Clash in Northern Mali\n\n"
        "Witnesses say Islamist militants have taken over the town of Gao after clashing with Tuareg rebels Wednesday. "
        "There have been unconfirmed reports of casualties."
    )
    a = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2012, 6, 27)))
    cited, flags = evidence_sentences(draft(sentences=[1]), a)
    assert cited == [1, 2] and flags == ["evidence_replaced:[1]->[1, 2]"]


def test_a_bombing_told_with_its_verb_is_one_and_aircraft_make_it_a_strike() -> None:
    from summarizer.keywords import classify

    house = "Taliban militants in northwest Pakistan have bombed the home of a journalist."
    assert classify(house) == ("Explosions/Remote violence", "Remote explosive/landmine/IED")
    assert classify("Government aircraft bombed the village.") == ("Explosions/Remote violence", "Air/drone strike")
    # a state that "has bombed" tells no ground bomb: the sub-type stays the model's to choose
    assert classify("The army says it has bombed rebel positions.") is None
    assert canonical_actor("VOA reporter", country="Pakistan").name == "Civilians"


def test_an_event_its_evidence_tells_as_earlier_this_month_is_background() -> None:
    from summarizer.records import build_event

    text = (
        "Rival Neighbours Search for Progress in Talks\n\n"
        "The two foreign secretaries met in the capital on Tuesday to prepare higher-level talks. "
        "Earlier this month, a series of bomb blasts killed 24 people and injured more than 130 others in Mumbai."
    )
    a = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2011, 7, 26)))
    told = draft(
        sentences=[3], sub_event_type="Remote explosive/landmine/IED", date="Tuesday", place="Mumbai",
        country="India", actor1="", actor1_type="Rebel group", actor2="", actor2_type="Civilians",
    )  # fmt: skip
    event, _ = build_event(told, a)
    # the model's "Tuesday" is the meeting's day; the blasts' own words date them as past
    assert event.date.precision == "month" and event.date.start == dt.date(2011, 7, 1)
    assert "date_from_evidence:Tuesday->Earlier this month" in event.flags
    assert event.salience == "background"
    # the same sentence dated by the model's day, when its words give it ("on Tuesday"), is news
    today = text.replace("Earlier this month, a series", "On Tuesday, a series")
    b = Article(text=today, sentences=sentence_spans(today), meta=ArticleMeta(published=dt.date(2011, 7, 26)))
    event, _ = build_event(told, b)
    assert event.salience == "main" and event.date.start == dt.date(2011, 7, 26)


def test_words_for_a_place_are_not_its_name() -> None:
    text = (
        "Attacks in Borno\n\n"
        "Suspected militants attacked two neighboring villages in Borno state on Monday, killing 40 people."
    )
    a = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2015, 6, 24)))
    loc, flags = event_location(draft(place="two neighboring villages", region="Borno", country="Nigeria"), a, [])
    assert loc.place is None and loc.admin1 == "Borno" and loc.geo_precision == 3
    assert "place_is_no_name:two neighboring villages" in flags
    # a named town stays
    named = text.replace("two neighboring villages", "Kawori village")
    b = Article(text=named, sentences=sentence_spans(named), meta=ArticleMeta(published=dt.date(2015, 6, 24)))
    loc, _ = event_location(draft(place="Kawori", region="Borno", country="Nigeria"), b, [])
    assert loc.place == "Kawori"


def test_a_deal_made_abroad_is_placed_where_the_talks_were_and_its_sides_stay_home() -> None:
    from summarizer.records import build_event

    text = (
        "Sudan, Darfur Rebels Sign Accord\n\n"
        "Sudan's government and Darfur rebels signed a security agreement Tuesday at peace talks in Abuja, Nigeria. "
        "The rebels say government forces attacked villages in Darfur last month."
    )
    story = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2004, 11, 9)))
    deal = draft(sub_event_type="Agreement", place="", country="Sudan", date="Tuesday",
                 actor1="Sudan's government", actor1_type="State forces", actor2="Darfur rebels")  # fmt: skip
    loc, flags = event_location(deal, story, [story.sentence_text(1)])
    assert (loc.country, loc.place) == ("Nigeria", "Abuja") and "place_of_the_talks:Abuja" in flags
    event, _ = build_event(deal, story)
    assert event.actor1 is not None and event.actor1.name.startswith("Government of Sudan")
    assert event.actor1.type == "State forces"
    # fighting told in the same words is where it was fought, and a namesake hamlet abroad
    # ("in Alger", a US village) is no city of talks
    fight, _ = event_location(draft(place="", country="Sudan", sentences=[2]), story, [story.sentence_text(1)])
    assert fight.country == "Sudan"
    loc, _ = event_location(deal, story, ["The accord was signed in Alger on Tuesday."])
    assert loc.country == "Sudan"


def test_a_fight_of_days_told_up_to_its_day_starts_on_its_first_day() -> None:
    def dated(sentence: str, phrase: str) -> tuple[dt.date | None, dt.date | None]:
        text = f"Fighting in Yemen\n\n{sentence}"
        story = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2016, 5, 29)))
        span, _ = event_date(draft(date=phrase, place="", country="Yemen"), story, [sentence])
        return span.start, span.end

    # published Sunday 29 May 2016: two days ending on Sunday began on Saturday
    said = "Two days of fighting in Shabwa province killed 20 people, officials said Sunday."
    assert dated(said, "Sunday") == (dt.date(2016, 5, 28), dt.date(2016, 5, 29))
    # the day the fight broke out is its first; days before the dated day are not its own
    erupted = "Two days of fighting that erupted on Saturday killed 20 people."
    assert dated(erupted, "on Saturday") == (dt.date(2016, 5, 28), dt.date(2016, 5, 28))
    following = "Shelling resumed Sunday following two days of clashes that killed 10 soldiers."
    assert dated(following, "Sunday") == (dt.date(2016, 5, 29), dt.date(2016, 5, 29))


def test_a_town_told_by_the_country_it_borders_stays_in_its_own_country() -> None:
    from summarizer.setting_country import setting_country

    quote = (
        "Au moins deux kamikazes sont morts vendredi matin à Kolofata, une commune située dans l'extrême nord du "
        "Cameroun et frontalière avec l’état de Borno au Nigeria."
    )
    assert setting_country([quote], "Cameroon") is None
    assert setting_country([quote], "Nigeria") == "Cameroon"
    assert setting_country(["The town, bordering Borno state in Nigeria, was hit."], "Cameroon") is None
    assert setting_country(["Des violences dans l'Extrême-Nord du Cameroun ont fait 22 morts."], "Chad") == "Cameroon"


def test_a_taking_only_tried_is_a_clash_not_ground_changing_hands() -> None:
    tried = [
        "French and Malian soldiers are on high alert in Gao, a day after Islamist militants launched an assault "
        "to retake the city, and were repelled after hours of fighting."
    ]
    sub, flags = checked_sub_type(draft(sub_event_type="Government regains territory"), tried)
    assert sub == "Armed clash" and flags == ["sub_type_corrected_from:Government regains territory"]
    taken = ["The army said it recaptured the town of Gao after hours of fighting."]
    assert checked_sub_type(draft(sub_event_type="Government regains territory"), taken)[0] == (
        "Government regains territory"
    )


def test_an_undated_recent_clash_is_the_closing_week_and_last_week_beats_a_statement_day() -> None:
    text = (
        "Soldiers' bodies flown home\n\n"
        "Bodies of soldiers are flown back to the capital after recent clashes with rebels along the border. "
        "A local official says over 3,000 people were killed in tribal clashes that broke out last week in Jonglei. "
        "The U.N. chief said on Thursday that peacekeepers had seen several dozen bodies."
    )
    story = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2012, 1, 6)))
    recent, flags = event_date(draft(date=""), story, [story.sentence_text(1)])
    assert (recent.start, recent.end, recent.precision) == (dt.date(2011, 12, 31), dt.date(2012, 1, 6), "week")
    assert "date_assumed_publication_day" in flags
    # the model's "on Thursday" is the U.N. chief's statement, outside the evidence, which says "last week"
    week, flags = event_date(draft(date="on Thursday"), story, [story.sentence_text(2)])
    assert (week.start, week.precision) == (dt.date(2011, 12, 26), "week")
    assert "date_from_evidence:on Thursday->last week" in flags


def test_a_massacre_a_year_ago_is_dated_that_year_not_the_day_of_the_sentence() -> None:
    from summarizer.dates import resolve_date

    assert resolve_date("a year ago", dt.date(2015, 7, 9)).start == dt.date(2014, 1, 1)
    months = resolve_date("il y a deux mois", dt.date(2015, 7, 9))
    assert (months.start, months.end, months.precision) == (dt.date(2015, 5, 1), dt.date(2015, 5, 31), "month")
    text = (
        "Iraq Sentences 24 to Death for Massacre\n\n"
        "An Iraqi court has sentenced 24 militants to death for their part in a massacre of Iraqi military recruits "
        "a year ago in the northern city of Tikrit. "
        "The central court in Baghdad on Wednesday sentenced the 24 militants to death by hanging."
    )
    story = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2015, 7, 9)))
    date, flags = event_date(draft(date="on Wednesday"), story, [story.sentence_text(1)])
    assert (date.start, date.precision) == (dt.date(2014, 1, 1), "year")
    assert "date_from_evidence:on Wednesday->a year ago" in flags


def test_a_bomb_with_no_suicide_word_is_no_suicide_bombing() -> None:
    told = [
        "Twelve members of Somalia's security forces were killed on Sunday following a powerful roadside explosion "
        "in the central state of Galmudug, officials said."
    ]
    sub, flags = checked_sub_type(draft(sub_event_type="Suicide bomb"), told)
    assert (sub, flags) == ("Remote explosive/landmine/IED", ["sub_type_corrected_from:Suicide bomb"])
    bomber = ["A suicide bomber blew himself up near a roadside checkpoint, killing four soldiers."]
    assert checked_sub_type(draft(sub_event_type="Suicide bomb"), bomber) == ("Suicide bomb", [])


def test_people_taken_with_no_one_killed_and_no_fight_told_is_an_abduction() -> None:
    kidnap = ["Somali gunmen have seized three foreign aid workers in northern Kenya.",
              "The trio was kidnapped early Saturday morning in a raid in the border town of Mandera."]  # fmt: skip
    for coded in ("Armed clash", "Non-state actor overtakes territory"):
        assert checked_sub_type(draft(sub_event_type=coded), kidnap) == (
            "Abduction/forced disappearance",
            [f"sub_type_corrected_from:{coded}"],
        )
    deadly = ["Gunmen attacked the village, killing five people and kidnapping 20 others."]
    assert checked_sub_type(draft(sub_event_type="Attack"), deadly)[0] == "Attack"


def test_owners_joined_in_one_phrase_give_the_first_the_alias_table_knows() -> None:
    taleban = Actor(name="Taleban", type="Rebel group", aliases=[])
    civilians = Actor(name="Civilians", type="Civilians", aliases=[])
    evidence = [
        "Afghan officials say an investigation into NATO and U.S.-led air strikes in southern Afghanistan "
        "shows that 62 Taleban and 45 civilians have been killed."
    ]
    (a1, a2), flags = strike_owner_check("Air/drone strike", taleban, civilians, evidence, "Afghanistan")
    assert a1 is not None and a1.name.startswith("NATO") and a2 == taleban
    assert flags == ["actor1_from_strike_owner:NATO"]


def test_congo_is_the_democratic_republic_when_the_story_names_its_regions_only() -> None:
    text = (
        "Peacekeeper Killed in Congo\n\n"
        "One United Nations peacekeeper has been killed when gunmen in Congo's lawless Ituri district "
        "attacked U.N. helicopters."
    )
    story = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2005, 6, 3)))
    loc, flags = event_location(draft(place="", region="Ituri district", country="Congo"), story, [])
    assert loc.country == "Democratic Republic of Congo" and "country_congo_of_its_regions" in flags
    # a story that names Brazzaville's republic keeps it
    other = text.replace("Ituri district", "Pool region near Brazzaville")
    story = Article(text=other, sentences=sentence_spans(other), meta=ArticleMeta(published=dt.date(2005, 6, 3)))
    loc, _ = event_location(draft(place="", region="", country="Congo"), story, [])
    assert loc.country == "Republic of Congo"


def test_a_common_word_the_model_capitalised_is_no_place() -> None:
    text = "Otages libérés\n\nAu moins 150 otages ont été libérés dans le nord-est du pays, selon l'armée."
    story = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2021, 7, 27)))
    loc, flags = event_location(draft(place="Nord-est du pays", country="République démocratique du Congo"), story, [])
    assert loc.place is None and any(f.startswith("place_is_no_name:") for f in flags)


def test_a_town_given_only_as_a_reference_in_another_region_is_not_the_place() -> None:
    text = (
        "Somali Forces Recapture Towns\n\n"
        "Government troops launched a counterattack and retook Awdhegle and Mubarak, about 45 kilometers "
        "west of Mogadishu, the governor of the Lower Shabelle region said."
    )
    story = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2015, 5, 16)))
    evidence = [text.split("\n\n")[1]]
    loc, flags = event_location(draft(place="Lower Shabelle region", country="Somalia"), story, evidence)
    assert loc.admin1 == "Lower Shabelle" and loc.place != "Mogadishu"
    assert "place_only_a_reference:Mogadishu" in flags


def test_a_people_that_shares_a_towns_name_is_not_the_place() -> None:
    text = (
        "Cattle Raid Clashes Kill at Least 30 in Kenya\n\n"
        "Local authorities say cattle rustlers from the Pokot tribe attacked the Samburu tribe late Monday. "
        "The attackers killed at least 21 Samburu and made off with hundreds of cows."
    )
    story = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2009, 9, 15)))
    evidence = [story.sentence_text(1), story.sentence_text(2)]
    loc, flags = event_location(draft(place="Samburu", region="", country="Kenya"), story, evidence)
    assert loc.place is None and "place_is_a_people:Samburu" in flags
    # the town named as a town stands
    town = text.replace("killed at least 21 Samburu", "killed at least 21 people in Samburu")
    story = Article(text=town, sentences=sentence_spans(town), meta=ArticleMeta(published=dt.date(2009, 9, 15)))
    loc, _ = event_location(draft(place="Samburu", region="", country="Kenya"), story, evidence)
    assert loc.place == "Samburu"


def test_a_mission_named_where_its_camp_was_hit_is_not_the_place() -> None:
    text = (
        "Quatre morts après une attaque contre le camp de la Minusma à Tombouctou\n\n"
        "Au Mali, quatre personnes sont mortes suite à une attaque contre le camp de la Minusma à Tombouctou lundi."
    )
    story = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2017, 8, 14)))
    evidence = [story.sentence_text(1)]
    loc, flags = event_location(draft(place="Minusma", region="", country="Mali"), story, evidence)
    assert loc.place == "Timbuktu" and loc.admin1 == "Timbuktu"
    assert "place_is_an_actor:Minusma->Tombouctou" in flags


def test_a_force_bombing_positions_or_a_town_keeps_the_air_strike_a_bombing_that_went_off_does_not() -> None:
    bombed = [
        "Sri Lanka's military says it bombed Tamil Tiger positions in the country's north Saturday.",
        "The military said it was bombing the northeastern port town of Mullaitivu and other rebel strongholds.",
    ]
    assert checked_sub_type(draft(sub_event_type="Air/drone strike"), bombed) == ("Air/drone strike", [])
    sub, flags = checked_sub_type(draft(sub_event_type="Air/drone strike"), ["A bombing at a market killed 5 people."])
    assert sub == "Remote explosive/landmine/IED" and flags == ["sub_type_corrected_from:Air/drone strike"]


def test_a_town_named_only_paragraphs_away_from_the_evidence_gives_way_to_the_evidences_own() -> None:
    text = (
        "Militant Attack in Pakistan\n\n"
        "Officials say militants fired mortar bombs into a northwestern town, killing a soldier and two women. "
        "The officials say the bombs hit a military post in the Bajaur tribal region overnight. "
        "Pakistan is struggling to contain violence near the border. "
        "The army said it was ready to talk. "
        "On Friday, militants released 25 soldiers near Wana, the main town of South Waziristan."
    )
    story = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2007, 9, 22)))
    evidence = [story.sentence_text(1), story.sentence_text(2)]
    loc, flags = event_location(draft(place="Wana", country="Pakistan"), story, evidence)
    assert loc.place == "Bajaur" and "place_far_from_evidence:Wana->Bajaur" in flags
    # the release told next to Wana keeps its town
    loc, flags = event_location(draft(place="Wana", country="Pakistan"), story, [story.sentence_text(5)])
    assert loc.place == "Wana" and not any(f.startswith("place_far_from_evidence") for f in flags)


def test_a_region_the_model_gave_as_the_town_is_never_read_as_a_namesake_town() -> None:
    text = (
        "Mexico Finds Beheaded Bodies\n\n"
        "Mexican authorities have discovered the bodies of 12 men in the southern state of Guerrero."
    )
    story = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(2008, 12, 21)))
    evidence = [story.sentence_text(1)]
    loc, flags = event_location(draft(place="Guerrero", region="", country="Mexico"), story, evidence)
    # Guerrero the state, not the town of Guerrero in Coahuila
    assert (loc.admin1, loc.place) == ("Guerrero", None)
    assert "place_only_a_region:Guerrero" in flags


def test_a_nations_air_attack_has_an_owner() -> None:
    from summarizer.sides import strike_owner

    assert strike_owner(["Ukrainian officials said Wednesday a Russian air attack killed at least three people."]) == [
        "Russian"
    ]


def test_the_owners_weapon_named_as_the_doer_leaves_the_target_in_place() -> None:
    missile = Actor(name="Russian missile", type="External/Other forces", aliases=["Russian missile"])
    villagers = Actor(name="Civilians", type="Civilians", aliases=["villagers"])
    evidence = ["Officials said a Russian missile strike hit a residential area, killing at least two people."]
    (a1, a2), flags = strike_owner_check("Shelling/artillery/missile attack", missile, villagers, evidence, "Ukraine")
    assert (a1 and a1.name, a2) == ("Military Forces of Russia", villagers)
    assert flags == ["actor1_from_strike_owner:Russian"]
