"""Whether a death figure is this event's: a war-long toll, or an earlier event's.

A figure in "since the war began, more than 20,000 lives have been lost" or "in 2010, nine
activists were killed" is true and attributed, and still not a toll of the event the
article reports. These read the figure's clause (and the sentence's dates against the
publication date) for that scope; ``deaths.py`` applies them to every figure it finds.
"""

from __future__ import annotations

import datetime as dt
import re

from .dates import event_date_phrases, resolve_date
from .geo.countries import country_name
from .news_days import RECENT_DAYS

#: scope beyond one event: a war-long, year-long or multi-month total, or several days'
#: ("70 soldiers killed since Friday", over the week's attacks)
_CUMULATIVE = re.compile(
    r"\b(?:since (?:the\s+)?(?:[\w-]+\s+){0,4}?(?:launch(?:ed|ing)|beg(?:an|inning)|start(?:ed|ing)|open(?:ed|ing)|erupted|broke out|ended|collapsed|resumed|reignited"
    r"|failed|took (?:office|power)|came to power|withdrew|pulled out)\b|since (?:the (?:start|beginning|outbreak|onset)|the (?:war|conflict|insurgency|fighting|uprising|crisis"
    r"|violence|rebellion|revolution|invasion)|it began|(?:19|20)\d\d|january|february|march|april|may|june|july"
    r"|august|september|october|november|december|early|late|last (?:year|week|month|january|february|march|april|may"
    r"|june|july|august|september|october|november|december)|monday|tuesday|wednesday|thursday|friday|saturday"
    r"|sunday)"
    r"|so far this year|(?<!\d of )this year|this week|this month|last year|in (?:19|20)\d\d|over the (?:past|last) (?:\w+ )?(?:weeks|months|years?"
    r"|decade)|(?:over|of|during|in) the (?:past|last) (?:several|few) days"
    r"|in recent (?:weeks|months|years)|(?:in|during|of|over) the (?:past|last) (?:\w+ )?(?:weeks|months?|years?)"
    # a report's period: "the total casualties for the first half of 2012", "in the first six months of the year"
    r"|\b(?:first|second) half of (?:the year|(?:19|20)\d\d|this year|last year)|\bthe (?:first|last|past) (?:three|six|nine"
    r"|\d+) months of\b|\b(?:first|second|third|fourth|last) quarter of\b|premier semestre|second semestre"
    # the war itself as the subject that killed: "The conflict between ... has killed an
    # estimated 5,700 people"; not "the fighting" or "the battle", which may be one event's
    r"|\b(?:the|this|that|a) (?:civil )?(?:war|conflict|insurgency)\b(?:\s+[\w'’,-]+){0,14}?\s+(?:has|have) (?:killed|claimed|left)"
    # "The two-year Syrian civil war has devastated the country and killed more than 100,000"
    # "The campaign has also killed nearly 2,000 Islamic State fighters": a campaign's running toll
    r"|\b(?:the|this|that|a|its|their|[A-Z][\w-]*['’]s)\s+(?:[\w-]+\s+){0,3}?(?:war|conflict|insurgency|rebellion|campaign)\s+(?:has|have)"
    r"\s+(?:[\w-]+\s+){0,5}?(?:and\s+)?(?:killed|claimed|left)\b"
    # "Subsequent fighting has killed more than 100 militants": what followed an earlier deed, counted so far
    r"|\b(?:subsequent|ensuing|continuing|ongoing)\s+(?:fighting|clashes|violence|battles?|offensives?|operations?)\s+"
    r"(?:has|have)\s+(?:[\w-]+\s+){0,3}?(?:killed|claimed|left)\b"
    # "have been killed in the raids which began 12 days ago": a campaign's running toll
    r"|\b(?:which|that)\s+(?:began|started)\s+(?:about\s+|some\s+|nearly\s+)?(?:\w+|\d+)\s+(?:days|weeks|months|years)\s+ago"
    # a kind of violence as the subject that killed: "post-election violence in Ivory Coast
    # has killed at least 365 people" (a day's violence is told by its day, not its kind)
    r"|\b(?:post-?election|post-electoral|election-related|political|sectarian|ethnic|communal|inter-?communal|tribal)"
    r"\s+(?:violence|unrest|turmoil|crisis|clashes|fighting)\b(?:\s+[\w'’,-]+){0,8}?\s+(?:has|have)\s+(?:killed|claimed|left)"
    r"|(?:years|decades?|months?|weeks?) of (?:[\w-]+\s+){0,2}?(?:war|conflict|fighting|violence|insurgency|unrest|separatist"
    r"|militant|rebel|protests|demonstrations)"
    r"|in the (?:war|conflict|insurgency)(?![\w-])"
    # "More than 400 people were killed in the two-week fighting": over weeks, not a day's
    r"|\b(?:\w+|\d+)-(?:weeks?|months?|years?)(?:-long|-old)?\s+(?:[\w-]+\s+)?(?:war|conflict|fighting|violence|insurgency"
    r"|offensive|campaign|siege|standoff|unrest|protests|crackdown|uprising)\b"
    # "have died as a result of the conflict", "morts à cause de la guerre": the war's dead
    r"|\b(?:as a (?:direct )?result of|because of|due to|à cause de|du fait de)\s+(?:the|this|la|le|cette)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:war|conflict|insurgency|guerre|conflit)\b"
    # a trend between periods: "les morts dues aux conflits ont augmenté de 50%", "deaths rose by a third"
    r"|\b(?:deaths|fatalities|killings|morts|d[ée]c[èe]s)\b(?!\s+tolls?)[^.;]{0,50}?\b(?:(?:rose|risen|increased|fell|dropped"
    r"|declined|augment[ée]\w*|baiss[ée]\w*|diminu[ée]\w*)\s+(?:by|de)\b|doubled|tripled|doubl[ée]\w*)"
    r"|\b(?:increase|rise|augmentation|hausse|baisse)\s+(?:of|de)\s+[\d,.]+\s*%"
    # "850 protesters have been killed since the February 1 coup": a running toll since a
    # turning point of the conflict
    r"|since (?:the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:coup|takeover|putsch|elections?|independence|protests|clashes"
    r"|offensive|occupation|siege|cease-?fire|truce|withdrawal|emergency|martial law|crackdown)|since martial law"
    # "violence in Yemen has killed more than 1,000 civilians": violence as the subject that killed
    r"|\bviolence\s+in\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:has|have)\s+(?:now\s+)?(?:killed|claimed|left)"
    # "after a five-month battle ... that left more than 1,000 people dead", "during the 22-month
    # period, an additional 8,000 ... were killed": months of fighting
    r"|\b(?:\w+-(?:month|year)|months?-long|years?-long|decades?-long|multi-year)\s+(?:battle|siege|war|campaign"
    r"|conflict|offensive|fighting|insurgency|occupation|period)"
    # a running toll told in the perfect: "nearly 250 people have been killed during the unrest"
    r"|(?:have|has)\s+(?:been\s+)?(?:killed|died)(?:\s+[\w'’-]+){0,4}?\s+(?:during|in)\s+the\s+(?:unrest|uprising|turmoil"
    r"|crisis)\b"
    # a running toll told with the displaced: "Fighting has left at least 130 people dead in
    # the region and has forced tens of thousands to flee"
    r"|(?:has|have)\s+(?:left|killed|claimed)\b[^.;]{0,120}\b(?:displac\w+|(?:forced|driven)\b[^.;]{0,40}\bto\s+flee)"
    # the dead of a war honoured or counted as a whole: "the 4,475 U.S. military personnel
    # who died made the ultimate sacrifice"; not "the 12 people who died in the attack"
    r"|\bthe\s+[\d,]+\s+(?:[\w.'’-]+\s+){0,4}?(?:who|that)\s+(?:have\s+|had\s+)?(?:died|were killed|lost their lives"
    r"|perished)\b(?![^.;]{0,50}?\b(?:in|during|on|when|at)\s+(?:the|a|an|this|that|its|their|Monday|Tuesday|Wednesday"
    r"|Thursday|Friday|Saturday|Sunday)\b)"
    r"|during the (?:war|conflict|(?:(?:military|army|government|ground|air)\s+)?(?:offensive|campaign))|war-long|overall death toll|total death toll|cumulative"
    r"|(?:bloodiest|deadliest|worst) month|nationwide|across the country|across (?:\w+ ){0,4}(?:regions|provinces|states)"
    # "at least 24 deaths throughout Syria on Monday": a country's day, no one attack's toll
    r"|throughout (?:the country|the nation|(?-i:[A-Z][\w'’-]+))"
    r"|in (?:[\w'’-]+ ){0,6}(?:regions|provinces)\b|le mois le plus meurtrier|dans tout le pays"
    r"|depuis (?:le d[ée]but|le d[ée]clenchement|(?:19|20)\d\d|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t"
    r"|septembre|octobre|novembre|d[ée]cembre|des ann[ée]es|plusieurs (?:mois|ann[ée]es)|lundi|mardi|mercredi|jeudi"
    r"|vendredi|samedi|dimanche)|cette ann[ée]e"
    r"|en (?:19|20)\d\d|au cours des (?:derniers|derni[èe]res)|depuis le d[ée]but)\b",
    re.I,
)


_SUPERLATIVE = re.compile(
    r"\b(?:deadliest|worst|bloodiest|largest|biggest|highest|first|most \w+|le plus \w+|la plus \w+)\b[^.]{0,40}$"
    # "The 60th strike this year occurred on December 16": one happening counted in the period
    # "killed an American soldier - the 10th U.S. fatality in Iraq since Monday": the dead
    # counted in the period, not the period's toll
    r"|\b(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\s+(?:[\w.-]+\s+){0,2}?(?:strikes?|airstrikes?|attacks?"
    r"|raids?|bombings?|blasts?|incidents?|fatality|fatalities|deaths?|casualty|casualties|victims?|soldiers?)"
    r"(?:\s+(?:in|of|for)\s+[\w'’.-]+)?\s+$",
    re.I,
)


#: one happening dated by the week ("killed 41 people in a raid this week"): the week
#: dates the raid, it does not sum the week's killings
_ONE_THIS_WEEK = re.compile(
    r"\b(?:in|during|by|dans|lors d)\s*(?:a|an|the|one|une?|l)\b['’\s]*(?:[\w-]+\s+){0,3}?(?:raid|attack|ambush|bombing|"
    r"(?:air ?|drone )?strike|assault|explosion|blast|clash|incursion|attaque|embuscade|explosion|frappe|assaut)\b"
    r"(?:\s+[\w'’-]+){0,8}?\s+$",
    re.I,
)


#: a day of the week told ("attacked a town in the north earlier this week", "plus tôt
#: cette semaine"): one moment, not the week's sum
_POINT_IN_THE_WEEK = re.compile(r"\b(?:earlier|later|late|early|plus t[ôo]t|en d[ée]but de|en fin de)\s*$", re.I)


#: the week's fighting told as one ("killed more than 250 soldiers this week during
#: fighting with government forces"): the fight is the event, the week its span
_IN_THE_FIGHTING = re.compile(
    r"\s*(?:in|during|dans|lors d(?:es|u))\s+(?:the\s+|les\s+|le\s+)?(?:fighting|clashes|battles?|combats?"
    r"|affrontements)\b",
    re.I,
)


#: the fight told before the week ("killed and five wounded during heavy fighting near the
#: town of Laukkai this week"): one fight, the week its span
_FIGHTING_BEFORE = re.compile(
    r"\b(?:in|during)\s+(?:[\w-]+\s+){0,2}?(?:fighting|clashes|battles?)\b[^.;]{0,60}$",
    re.I,
)


def is_cumulative(clause: str) -> bool:
    """A war-long or year-long scope, but not "the deadliest attack since 2019", and not
    one raid "this week"."""
    for m in _CUMULATIVE.finditer(clause):
        before = clause[max(0, m.start() - 60) : m.start()]
        if _SUPERLATIVE.search(before):
            continue
        if re.match(r"this (?:week|month)|cette semaine", m.group(0), re.I) and (
            _ONE_THIS_WEEK.search(clause[: m.start()])
            or _POINT_IN_THE_WEEK.search(clause[: m.start()])
            or _IN_THE_FIGHTING.match(clause[m.end() :])
            or _FIGHTING_BEFORE.search(clause[: m.start()])
        ):
            continue
        return True
    return False


#: a running toll told in the perfect: "has killed an estimated 200,000 people"
_HAS_KILLED = re.compile(
    r"\b(?:has|have)\s+(?:now\s+)?(?:[\w-]+\s+){0,5}?(?:and\s+)?(?:killed|claimed|left|cost|died|perished)\b"
    r"|\bont co[ûu]t[ée] la vie\b",
    re.I,
)
#: no one attack of a news story kills this many; told in the perfect, it is a war's toll
WAR_SIZED = 5000
#: nor this many, however it is told ("more than two million people died")
NEVER_ONE_EVENT = 100_000


#: the dead placed in a whole country: "have been killed in Yemen"
_IN_A_COUNTRY = re.compile(
    r"\b(?:killed|died|dead|perished|lost their lives)\s+(?:in|across|throughout)\s+(?:the\s+)?"
    r"(?P<where>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)
#: a thousand dead or more, counted in the perfect over a whole country, are a war's toll
COUNTRY_SIZED = 1000


def war_sized(parsed: tuple[int | None, int | None], clause: str) -> bool:
    """Whether a figure is a war's running toll by its size and tense ("The fighting ...
    has killed an estimated 200,000 people and displaced more than two million"). A
    smaller figure is one too when the perfect counts it over a whole country ("more than
    2,000 people have been killed in Yemen"), not one town's or one battle's dead."""
    low = parsed[0] or 0
    if low >= NEVER_ONE_EVENT or (low >= WAR_SIZED and bool(_HAS_KILLED.search(clause))):
        return True
    country = _IN_A_COUNTRY.search(clause)
    return bool(
        low >= COUNTRY_SIZED and _HAS_KILLED.search(clause) and country and country_name(country.group("where"))
    )


def past_year(sentence: str, published: dt.date | None) -> bool:
    """Whether the sentence names a year before publication ("in 2010"), not "since 2010" nor
    "since the 2003 invasion" (a yardstick: "one of the worst attacks ... since the 2003 invasion")."""
    if published is None:
        return False
    return any(
        int(year) < published.year
        and not re.search(rf"since\s+(?:the\s+)?{year}|depuis\s+(?:l[ae']\s*)?{year}", sentence, re.I)
        for year in re.findall(r"(?<![\d,.])((?:19|20)\d\d)(?!\d|,\d)", sentence)
    )


def opens_in_the_past(sentence: str, published: dt.date | None) -> bool:
    """Whether the sentence opens on a day more than a week before publication ("Last week,
    the rebels abducted more than 30 people"): the sentences after it that give no date of
    their own ("Ten of them were beheaded") tell that past, not the day's news."""
    phrases = event_date_phrases(sentence)
    if published is None or not phrases or sentence.find(phrases[0]) > 3:
        return False
    span = resolve_date(phrases[0], published)
    return span is not None and span.start is not None and (published - span.start).days > RECENT_DAYS


def has_date(sentence: str) -> bool:
    """Whether the sentence dates itself at all (a year, a day, a month, "yesterday")."""
    return bool(re.search(r"(?<![\d,.])(?:19|20)\d\d(?!\d|,\d)", sentence) or event_date_phrases(sentence))


#: the dead of a killing under investigation or in court: "where officials are investigating
#: the massacre of 72 migrants", "a break in the case of the murder of a Palestinian
#: teenager", "suspects in connection with the kidnap and murder of" (a killing already
#: done, not the one this sentence reports)
_LOOKED_INTO = re.compile(
    r"\b(?:investigat\w*|probing|enqu[êe]t\w*|(?:break|arrests?|suspects?|trial)\s+in\s+the\s+case\s+of"
    r"|in\s+connection\s+with|(?:charged|accused|convicted|suspected)\s+(?:with|of)|confessed\s+to)"
    r"\s+(?:into\s+|sur\s+)?(?:the\s+|la\s+|le\s+|les\s+)?(?:(?:kidnap(?:ping)?|abduction|rape)\s+and\s+)?"
    r"(?:massacres?|killings?|murders?|deaths|slayings?|executions?|meurtres?|assassinats?)\s+(?:of|de|des)\s+"
    r"(?:at least\s+|more than\s+|some\s+|au moins\s+|plus de\s+)?$",
    re.I,
)
#: a part of dead counted elsewhere, named by how they died: "At least eight of the murdered
#: prisoners were less than 18" (the labels keep "two of the dead were Hamas members" as a claim)
_PART_OF_THE_DEAD = re.compile(r"^\s+of\s+(?:the|those)\s+(?:murdered|slain|executed)\s+\w+", re.I)


def counted_elsewhere(sentence: str, figure: re.Match[str]) -> bool:
    """Whether the figure counts dead told elsewhere: a killing under investigation, or a
    part of dead already counted ("eight of the murdered prisoners")."""
    return bool(_LOOKED_INTO.search(sentence[: figure.start()]) or _PART_OF_THE_DEAD.match(sentence[figure.end() :]))


def is_background(sentence: str, published: dt.date | None) -> bool:
    """Whether the sentence dates itself more than a month before publication ("last
    October", "in 2010"): its figures belong to an earlier event, not this one."""
    if published is None:
        return False
    if past_year(sentence, published):
        return True
    for phrase in event_date_phrases(sentence):
        span = resolve_date(phrase, published)
        if span.end is not None and (published - span.end).days > 30:
            return True
    return False
