"""The capital a story names by the word alone: "in the Somali capital", "dans la capitale".

VOA writes "Mokhtar Mohamed Hirab was killed Sunday in the Somali capital" and names the
city sentences earlier or never; the place check reads names, so the event had no town. A
country's capital is a fact, not a reading: this table gives it for the countries the
codebook covers, and the phrase's demonym (or the event's country) says whose. Countries
whose capital moved within the period of the stories, or whose news calls another city
the capital (Myanmar, Burundi, Tanzania, Benin, South Africa, Bolivia, Israel, Palestine),
are left out: no answer beats a wrong one.
"""

from __future__ import annotations

import re

from .geo import country_name

CAPITALS: dict[str, str] = {
    "Afghanistan": "Kabul", "Algeria": "Algiers", "Angola": "Luanda", "Armenia": "Yerevan", "Azerbaijan": "Baku",
    "Bahrain": "Manama", "Bangladesh": "Dhaka", "Brazil": "Brasilia", "Burkina Faso": "Ouagadougou",
    "Cambodia": "Phnom Penh", "Cameroon": "Yaounde", "Central African Republic": "Bangui", "Chad": "N'Djamena",
    "Colombia": "Bogota", "Democratic Republic of Congo": "Kinshasa", "Djibouti": "Djibouti", "Ecuador": "Quito",
    "Egypt": "Cairo", "El Salvador": "San Salvador", "Eritrea": "Asmara", "Ethiopia": "Addis Ababa",
    "Gambia": "Banjul", "Georgia": "Tbilisi", "Ghana": "Accra", "Guatemala": "Guatemala City", "Guinea": "Conakry",
    "Guinea-Bissau": "Bissau", "Haiti": "Port-au-Prince", "Honduras": "Tegucigalpa", "India": "New Delhi",
    "Indonesia": "Jakarta", "Iran": "Tehran", "Iraq": "Baghdad", "Ivory Coast": "Abidjan", "Jordan": "Amman",
    "Kenya": "Nairobi", "Kosovo": "Pristina", "Kyrgyzstan": "Bishkek", "Lebanon": "Beirut", "Liberia": "Monrovia",
    "Libya": "Tripoli", "Madagascar": "Antananarivo", "Malawi": "Lilongwe", "Mali": "Bamako",
    "Mauritania": "Nouakchott", "Mexico": "Mexico City", "Morocco": "Rabat", "Mozambique": "Maputo",
    "Nepal": "Kathmandu", "Nicaragua": "Managua", "Niger": "Niamey", "Nigeria": "Abuja", "Pakistan": "Islamabad",
    "Peru": "Lima", "Philippines": "Manila", "Republic of Congo": "Brazzaville", "Russia": "Moscow",
    "Rwanda": "Kigali", "Saudi Arabia": "Riyadh", "Senegal": "Dakar", "Sierra Leone": "Freetown",
    "Somalia": "Mogadishu", "South Sudan": "Juba", "Sri Lanka": "Colombo", "Sudan": "Khartoum", "Syria": "Damascus",
    "Tajikistan": "Dushanbe", "Thailand": "Bangkok", "Togo": "Lome", "Tunisia": "Tunis", "Turkey": "Ankara",
    "Uganda": "Kampala", "Ukraine": "Kyiv", "Venezuela": "Caracas", "Yemen": "Sanaa", "Zambia": "Lusaka",
    "Zimbabwe": "Harare",
}  # fmt: skip

#: "in the Somali capital", "in Somalia's capital", "in the capital" (not "the capital, Mogadishu": the name is read
#: as itself), "dans la capitale malienne", "a district (Shuala) of the Iraqi capital"; a distance from it ("north of the capital") is no place
_IN_THE_CAPITAL = re.compile(
    r"\b(?:in|at|inside|across|dans|à|(?:district|neighbou?rhood|suburbs?|section|quarter|outskirts)(?:\s+\([^)]*\))?\s+of)\s+(?:(?:the|la)\s+(?:(?P<dem>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+)?"
    # "in Somalia's capital"
    r"|(?P<poss>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)['’]s\s+)(?:capital|capitale)(?:\s+(?!of\b|de\b|du\b|des\b)(?P<demfr>[a-zéèûô-]+))?\b(?!,?\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z])(?!\s+(?:city|region|district|province))"
    # "the capital of the Central African Republic"; "the capital of Jonglei state" is a state's
    r"(?:\s+(?:of|de|du|de\s+la)\s+(?:the\s+|l['’])?(?P<of>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}))?"
)


_REGION_AFTER = re.compile(r"\s+(?:region|province|state|republic|oblast|district|governorate)\b", re.I)


def capital_named(sentence: str, country: str | None) -> str | None:
    """The capital the sentence places something in by the word alone, for ``country``."""
    for m in _IN_THE_CAPITAL.finditer(sentence):
        if m.group("of") and country_name(m.group("of")) is None:
            continue  # "the capital of Jonglei state, Bor": a region's capital, named after
        if m.group("of") and _REGION_AFTER.match(sentence, m.end()):
            continue  # "the capital of the Russian region of Chechnya": the region's, not Moscow
        said = m.group("dem") or m.group("demfr") or m.group("of") or m.group("poss")
        whose = country_name(said) if said else country
        if said and whose is None and m.group("dem"):
            continue  # "in the Kurdish capital": no country's
        if whose and whose == country and whose in CAPITALS:
            return CAPITALS[whose]
    return None


__all__ = ["CAPITALS", "capital_named"]
