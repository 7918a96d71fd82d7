"""A French claimant keeps its words and gains their English ("armée camerounaise
(Cameroonian army)").

Why: the claimant is copied from the article, so a French story gives "témoin", "maire",
"ministère de la défense". A reader of the English summary, a labeller who codes in
English and a scorer that compares claimants word by word all look for "witness",
"mayor", "Ministry of Defence"; the French alone reads as a different source. The gloss
is built from a closed word list (source nouns and nationalities), so it never invents
a source: an unknown word is left as written, and no gloss is added.
"""

from __future__ import annotations

import re

from .schema import Event, FatalityClaim

__all__ = ["gloss_claimants", "in_english"]

#: whole phrases first, then single words; keys are lower case, accents as French writes them
_PHRASES: dict[str, str] = {
    "ministère de la défense": "Ministry of Defence",
    "ministère de la sécurité": "Ministry of Security",
    "ministère de l'intérieur": "Ministry of the Interior",
    "ministère de l’intérieur": "Ministry of the Interior",
    "sources sécuritaires": "security sources",
    "source sécuritaire": "security source",
    "sources locales": "local sources",
    "source locale": "local source",
    "sources militaires": "military sources",
    "source militaire": "military source",
    "sources hospitalières": "hospital sources",
    "élus locaux": "local officials",
    "élu local": "local official",
    "chef de village": "village chief",
    "chef du village": "village chief",
    "croix-rouge": "Red Cross",
    "état-major": "army staff",
    "porte-parole": "spokesman",
}
_WORDS: dict[str, str] = {
    "armée": "army",
    "militaires": "soldiers",
    "militaire": "soldier",
    "ministère": "ministry",
    "ministre": "minister",
    "gouvernement": "government",
    "autorités": "authorities",
    "témoins": "witnesses",
    "témoin": "witness",
    "habitants": "residents",
    "habitant": "resident",
    "maire": "mayor",
    "préfet": "prefect",
    "gouverneur": "governor",
    "responsables": "officials",
    "responsable": "official",
    "médecins": "doctors",
    "médecin": "doctor",
    "hôpital": "hospital",
    "journaliste": "journalist",
    "policiers": "police",
    "policier": "police officer",
    "gendarmes": "gendarmes",
    "sources": "sources",
    "source": "source",
    "officiels": "officials",
    "présidence": "presidency",
    "commune": "commune",
    "région": "region",
}
#: nationalities after their noun in French, before it in English ("armée malienne")
_NATIONS: dict[str, str] = {
    "malienne": "Malian", "malien": "Malian", "maliens": "Malian",
    "camerounaise": "Cameroonian", "camerounais": "Cameroonian",
    "burkinabè": "Burkinabe", "burkinabé": "Burkinabe", "burkinabe": "Burkinabe",
    "nigérienne": "Nigerien", "nigérien": "Nigerien", "nigériens": "Nigerien",
    "nigériane": "Nigerian", "nigérian": "Nigerian",
    "tchadienne": "Chadian", "tchadien": "Chadian",
    "centrafricaine": "Central African", "centrafricain": "Central African",
    "congolaise": "Congolese", "congolais": "Congolese",
    "burundaise": "Burundian", "burundais": "Burundian",
    "ivoirienne": "Ivorian", "ivoirien": "Ivorian",
    "française": "French", "français": "French",
    "sénégalaise": "Senegalese", "guinéenne": "Guinean", "mauritanienne": "Mauritanian",
    "rwandaise": "Rwandan", "ougandaise": "Ugandan", "soudanaise": "Sudanese", "libyenne": "Libyan",
}  # fmt: skip
_SMALL = frozenset({"de", "du", "des", "la", "le", "les", "l'", "l’", "d'", "d’", "et"})
_TOKEN = re.compile(r"[\w’'-]+|[^\w\s]", re.U)


def in_english(claimant: str) -> str:
    """``claimant`` with its English in brackets when every word is on the list or a
    capitalised name ("témoin" -> "témoin (witness)", "gouverneur de la région du Sahel"
    -> "... (governor region Sahel)"); as written otherwise."""
    text = claimant.strip()
    if not text or "(" in text or not any(w in text.lower() for w in (*_PHRASES, *_WORDS)):
        return claimant
    marked = text
    for phrase, english in _PHRASES.items():
        marked = re.sub(re.escape(phrase), f"\x00{english}\x00", marked, flags=re.I)
    out: list[str] = []
    nation: str | None = None
    for part in marked.split("\x00"):
        if part in _PHRASES.values():
            out.append(part)
            continue
        for tok in _TOKEN.findall(part):
            tok = re.sub(r"^[LlDd]['’]", "", tok)  # "l'armée": the elided article
            low = tok.lower()
            if not tok or low in _SMALL or not tok[0].isalnum():
                continue
            if low in _NATIONS:
                nation = _NATIONS[low]
            elif low in _WORDS:
                out.append(_WORDS[low])
            elif tok[0].isupper():
                out.append(tok)  # a name ("Sahel", "Barsalogho") stays as written
            else:
                return claimant  # a word the list lacks: no gloss can be trusted
    words = " ".join(out)
    english = f"{nation} {words}" if nation else words
    return claimant if not english or english.lower() == text.lower() else f"{text} ({english})"


def _glossed(claim: FatalityClaim) -> FatalityClaim:
    english = in_english(claim.claimant)
    return claim if english == claim.claimant else claim.model_copy(update={"claimant": english})


def gloss_claimants(events: list[Event], context: list[FatalityClaim]) -> list[FatalityClaim]:
    """Every claim of the report with its French claimant glossed; the context returned."""
    for ev in events:
        ev.fatality_claims = [_glossed(c) for c in ev.fatality_claims]
    return [_glossed(c) for c in context]
