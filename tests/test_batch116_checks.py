"""Checks from batch 116's first unread run: a figure told inside the other side's claims,
fighters called cadres or guerrillas, and another statement that is no other happening."""

from __future__ import annotations

import datetime as dt

from summarizer.article import Article
from summarizer.attribution import claims_owner
from summarizer.schema import ArticleMeta
from summarizer.separate import opens_as_another, opens_as_separate
from summarizer.text import sentence_spans
from summarizer.victims import victims_of

_DISPUTE = (
    "SRI LANKA BATTLES\n\nTamil Tiger rebels say only 15 of their cadres have been killed in recent battles, "
    "refuting government claims on Saturday that 230 rebels were killed in an attack on a strategic military "
    "camp in Northern Sri Lanka."
)


def _figures(text: str) -> dict[int | None, tuple[str | None, str]]:
    art = Article(text=text, sentences=sentence_spans(text), meta=ArticleMeta(published=dt.date(1999, 12, 12)))
    return {f.low: (f.claimant, f.victims) for f in art.death_figures}


def test_a_figure_inside_the_refuted_claims_is_the_claims_owners() -> None:
    figures = _figures(_DISPUTE)
    assert figures[230][0] == "government"
    # the refuting side's own count stays its own, and its cadres are fighters
    assert figures[15] == ("Tamil Tiger rebels", "non_state")


def test_claims_owner_reads_the_noun_before_claims_that() -> None:
    assert claims_owner("The rebels rejected army reports that at least ") == "army"
    assert claims_owner("The Taliban dismissed the Defense Ministry's claims that ") == "Defense Ministry"
    assert claims_owner("Tiger rebels denied government claims of earlier this weekend that ") == "government"
    # no claims noun: the sentence's own speaker stands
    assert claims_owner("Officials say that ") is None
    assert claims_owner("He said that ") is None


def test_cadres_and_guerrillas_are_fighters() -> None:
    assert victims_of("cadres") == "non_state"
    assert victims_of("guerrillas") == "non_state"
    assert victims_of("guerillas") == "non_state"


def test_another_statement_is_no_other_happening() -> None:
    told = "In another statement from their London office Tiger rebels denied government claims."
    assert not opens_as_separate(told)
    assert not opens_as_another(told)
    assert opens_as_separate("In another attack, gunmen killed two police officers in Batticaloa.")
    assert opens_as_separate("In another incident, a bomb went off.")
