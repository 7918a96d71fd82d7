"""Readings that batch 101's unread stories showed wrong: a killing told as the cause of
the news, a campaign's toll told in the paragraph after the campaign's opening, and a
headline's toll beside an event with no dead."""

from __future__ import annotations

import datetime as dt

from summarizer.article import Article
from summarizer.claimcheck import to_claim
from summarizer.draft import DraftClaim, DraftEvent
from summarizer.found_signals import told_as_a_cause
from summarizer.lead_toll import add_lead_toll
from summarizer.records import build_event
from summarizer.schema import ArticleMeta, Event
from summarizer.summed_tolls import headline_total_over_attacks
from summarizer.targets import force_hit
from summarizer.text import sentence_spans

GAZA = (
    "Israeli Attack Kills 1, Wounds Dozens in Gaza\n\n"
    "Israeli helicopter gunships fired missiles at Hamas activists north of Gaza City, killing at least one "
    "bystander.\n\n"
    "The operation, near the Jabalya refugee camp, was the third of its kind in less than a week in Gaza, in "
    "retaliation for a Hamas suicide bombing in Jerusalem that killed at least 20 Israelis."
)


def test_a_killing_told_as_what_the_news_answered_is_an_earlier_event() -> None:
    assert told_as_a_cause("The operation was the third of its kind, in retaliation for a Hamas suicide bombing that ")
    assert told_as_a_cause("Les soldats ont mené l'opération en représailles à l'attaque qui a fait ")
    assert not told_as_a_cause("In retaliation, troops raided the village. The raid ")
    assert not told_as_a_cause("Israeli helicopter gunships fired missiles at Hamas activists, ")


def test_the_cause_s_toll_leaves_the_event_the_model_gave_it() -> None:
    art = Article(text=GAZA, sentences=sentence_spans(GAZA), meta=ArticleMeta(published=dt.date(2003, 8, 26)))
    draft = DraftEvent(
        sentences=[2, 3], sub_event_type="Air/drone strike", date="", place="Jabalya", region="", country="Palestine",
        actor1="Israeli helicopter gunships", actor1_type="State forces", actor2="bystander", actor2_type="Civilians",
        claims=[DraftClaim(figure="at least one", victims="civilians", claimant="", sentence=2),
                DraftClaim(figure="at least 20", victims="civilians", claimant="", sentence=3)],
    )  # fmt: skip
    event = build_event(draft, art)[0]
    assert [c.low for c in event.fatality_claims] == [1] and event.fatalities_acled == 1


SWAT = (
    "Militant Ambush Kills 9\n\n"
    "Meanwhile, Pakistani military officials said their forces killed eight militants near Swat.\n\n"
    "In late April, Pakistan launched a major offensive in and around Swat to stop Taliban advances.\n\n"
    "The military still faces pockets of resistance in the area, but officials say the deaths of nearly 2,000 "
    "militants have helped decrease the number of recent attacks."
)


def test_a_campaigns_toll_in_the_paragraph_after_its_opening_is_cumulative() -> None:
    art = Article(text=SWAT, sentences=sentence_spans(SWAT), meta=ArticleMeta(published=dt.date(2009, 9, 24)))
    scopes = {f.low: f.scope for f in art.death_figures}
    assert scopes[8] == "event" and scopes[1800] == "background"  # "nearly 2,000" is 1,800-1,999
    # a past day opening a paragraph that launched no campaign leaves the next one's figures the day's
    other = SWAT.replace("launched a major offensive in and around Swat", "visited Swat")
    art = Article(text=other, sentences=sentence_spans(other), meta=ArticleMeta(published=dt.date(2009, 9, 24)))
    assert {f.low: f.scope for f in art.death_figures}[1800] == "event"


JENIN = (
    "1 Palestinian Killed in Clashes with Israeli Forces\n\n"
    "A Palestinian is dead after clashes today between Israeli forces and Palestinian gunmen in the West Bank. "
    "Palestinian officials reported fierce gunbattles Tuesday in the West Bank city of Jenin. "
    "In a separate incident, Palestinian medics report that a boy was wounded by gunfire near Nablus."
)


def _west_bank(art: Article, place: str, sentences: list[int]) -> Event:
    draft = DraftEvent(
        sentences=sentences, sub_event_type="Armed clash", date="Tuesday", place=place, region="West Bank",
        country="Palestine", actor1="Palestinian gunmen", actor1_type="Rebel group", actor2="Israeli forces",
        actor2_type="State forces", claims=[],
    )  # fmt: skip
    return build_event(draft, art)[0]


def test_the_headlines_toll_goes_to_the_one_event_that_cites_it_when_no_other_has_dead() -> None:
    art = Article(text=JENIN, sentences=sentence_spans(JENIN), meta=ArticleMeta(published=dt.date(2003, 3, 4)))
    jenin, nablus = _west_bank(art, "Jenin", [1, 2, 3]), _west_bank(art, "Nablus", [4])
    add_lead_toll(art, [jenin, nablus])
    assert [c.low for c in jenin.fatality_claims] == [1] and jenin.fatalities_acled == 1
    assert nablus.fatality_claims == []
    # two events that both cite the lead: the toll may be either's, or their sum
    art = Article(text=JENIN, sentences=sentence_spans(JENIN), meta=ArticleMeta(published=dt.date(2003, 3, 4)))
    one, two = _west_bank(art, "Jenin", [1, 2, 3]), _west_bank(art, "Nablus", [1, 2, 4])
    add_lead_toll(art, [one, two])
    assert one.fatality_claims == [] and two.fatality_claims == []


def test_a_post_named_by_whose_it_is_makes_its_force_the_side_hit() -> None:
    hit = force_hit("The attack took place Friday as a convoy of security forces passed near Mingora.", "Pakistan")
    assert hit is not None and hit.name == "Military Forces of Pakistan"
    police = force_hit("The bomb hit a patrol of the police in the city.", "Pakistan")
    assert police is not None and police.name == "Police Forces of Pakistan"
    assert force_hit("A convoy of aid trucks was hit near Mingora.", "Pakistan") is None


KANDAHAR = (
    "Rebel Attacks Kill 12 in Southern Afghanistan\n\n"
    "Officials in southern Afghanistan say violent attacks by Taliban fighters have killed at least 12 people, "
    "including five civilians hit by a roadside bomb near Kandahar. "
    "In a separate attack, Taliban fighters ambushed a convoy in Helmand province, killing six guards."
)


def test_a_leads_bare_plural_of_attacks_that_have_killed_is_a_sum() -> None:
    art = Article(text=KANDAHAR, sentences=sentence_spans(KANDAHAR), meta=ArticleMeta(published=dt.date(2008, 1, 21)))
    sum_claim, part = (
        to_claim(f, "unknown", "officials", art) for f in art.death_figures if f.sentence == 1 and f.low in (12, 5)
    )
    assert sum_claim.low == 12 and headline_total_over_attacks(sum_claim, art)
    assert part.low == 5 and not headline_total_over_attacks(part, art)  # the part told after it is one attack's
    # one attack told in the lead is no sum
    one = KANDAHAR.replace("violent attacks by Taliban fighters have", "a Taliban attack has")
    art = Article(text=one, sentences=sentence_spans(one), meta=ArticleMeta(published=dt.date(2008, 1, 21)))
    twelve = next(
        to_claim(f, "unknown", "officials", art) for f in art.death_figures if f.sentence == 1 and f.low == 12
    )
    assert not headline_total_over_attacks(twelve, art)
