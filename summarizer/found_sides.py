"""The sides of an event found in the text: who acted and who was hit, read from the
sentence itself (a named group before the toll, an air strike's owner, the state that
killed fighters), the other side assumed when the sentence names one (flagged), and the
story's one named group for its unnamed militants."""

from __future__ import annotations

import re
from typing import cast

from .actors import canonical_actor, is_alias, is_named, is_raw
from .article import Article
from .fight_sides import BETWEEN, sides_between
from .geo import country_name
from .own_dead import own_dead_side
from .schema import Actor, ActorType, Event, Victims
from .sides import strike_owner
from .targets import ARMY_WORDS, POLICE_WORDS

#: the victims' noun as the draft writes it, and its actor type
_VICTIM_SIDE: dict[Victims, tuple[str, ActorType]] = {
    "state_forces": ("soldiers", "State forces"),
    "civilians": ("civilians", "Civilians"),
    "non_state": ("militants", "Rebel group"),
    "foreign_forces": ("foreign troops", "External/Other forces"),
}
_PEACEKEEPERS = re.compile(r"\b(?:peacekeepers?|casques? bleus?)\b", re.I)
#: a state's forces named as the ones who killed fighters ("the army claims to have killed")
STATE_AGENT = re.compile(
    r"\b(?:army|military|troops|soldiers|security forces|police|gendarmes|armed forces|government forces"
    r"|regime forces|pro-government forces|forces gouvernementales|"
    r"arm[ée]e|militaires|soldats|forces de d[ée]fense|policiers|gendarmerie)\b",
    re.I,
)
#: a capitalised name of up to three words; a day or month after it is not part of it
#: ("in Abidjan Tuesday" names Abidjan: VOA's style puts the weekday right after the place)
_CALENDAR = (
    "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July"
    "|August|September|October|November|December"
)
CAPITALISED = re.compile(rf"\b[A-Z][\w'’-]+(?:[ -](?!(?:{_CALENDAR})\b)[A-Z][\w'’-]+){{0,2}}")
NOT_NAMES = re.compile(
    rf"^(?:{_CALENDAR}|The|This|That|These|Those|Also|Earlier|Later|Meanwhile"
    r"|President|Minister|General|Colonel|Governor|Mayor|Police|Army|Reuters|AFP|VOA)\b"
)
#: a state's forces named as what was hit or near ("outside a bank affiliated with the
#: Pakistani army", "an attack on the army"), not as the side that killed
_OBJECT_BEFORE = re.compile(
    r"\b(?:with|of|to|against|on|at|near|outside|targeting|affiliated|contre|sur|visant)\s+(?:the\s+|a\s+|la\s+|le\s+"
    r"|l['’]|les\s+)?(?:[\w'’-]+\s+){0,2}$",
    re.I,
)
_BY_AGENT = re.compile(r"\b(?:by|par)\s+((?:[\w'’-]+\s*){1,6})")
NOBODY = "unidentified armed group"
_WORD = re.compile(r"[\w'’-]+")
#: a group's name that only qualifies another group: "al-Qaida-linked", "IS-affiliated"
_LINKED = re.compile(r"\s+(?:linked|affiliated|allied|aligned|inspired|backed)\b", re.I)
_LINKED_WORD = re.compile(r"-(?:linked|affiliated|allied|aligned|inspired|backed)\b", re.I)


def named_group(text: str, country: str, art: Article) -> tuple[str, ActorType] | None:
    """The first armed group ``text`` names that the alias table or the article's acronyms
    know ("al-Shabab", "the RSF"), as the words the text uses."""
    words = list(_WORD.finditer(text))
    for i in range(len(words)):
        for n in range(min(8, len(words) - i), 0, -1):
            mention = text[words[i].start() : words[i + n - 1].end()]
            if n > 5 and not is_alias(mention, country):
                continue  # a long name only as the table writes it: "Groupe de soutien à l'Islam et aux musulmans"
            # "al-Qaida", "al-Shabab" are written lower case in much of the press
            if not mention[:1].isupper() and not mention.startswith(("ethnic ", "tribal ", "al-", "al ")):
                continue
            if country_name(mention) and mention not in art.acronyms:
                continue  # "U.S." in "a U.S. State Department spokesman" is no side ("IS" is no Iceland)
            if _LINKED.match(text, words[i + n - 1].end()) or _LINKED_WORD.search(mention):
                continue  # "the al-Qaida-linked group", "ISIS-affiliated militants": another group
            long = art.acronyms.get(mention)
            actor = canonical_actor(long or mention, country=country)
            ethnic = actor.type == "Identity militia" and actor.name.endswith(")") and "Ethnic Militia" in actor.name
            if (is_named(actor) or long or ethnic) and actor.type not in ("Civilians", "State forces"):
                # the fewest words that still name it ("Tehrik-e-Taliban Pakistan", not
                # "... Pakistan as taking")
                while n > 1:
                    shorter = text[words[i].start() : words[i + n - 2].end()]
                    if art.acronyms.get(shorter) or canonical_actor(shorter, country=country).name != actor.name:
                        break
                    n -= 1
                    mention = shorter
                # nor "Earlier this week, Islamic State": the words before the name are none of it
                # (a capitalised name that still names it; "Kurdish rebels" is not "rebels")
                for k in range(1, n):
                    shorter = text[words[i + k].start() : words[i + n - 1].end()]
                    if shorter[:1].isupper() and canonical_actor(shorter, country=country).name == actor.name:
                        mention = shorter
                return mention, actor.type
    return None


def sides_without_dead(sentence: str, country: str, art: Article) -> tuple[str, ActorType, str, ActorType]:
    """Sides of a sentence that counts no dead ("a patrol of the armed forces fell into an
    ambush"): a named group acted; a state's forces it names were the target, since a
    story that tells of an attack without a toll is most often told from the side hit."""
    group = named_group(sentence, country, art)
    state = STATE_AGENT.search(sentence)
    actor2, type2 = state.group(0) if state else "", cast(ActorType, "State forces" if state else "Civilians")
    if state:
        # "African Union troops", "Kenyan troops": the words before the noun say whose
        before = _WORD.findall(sentence[: state.start()])[-3:]
        for k in range(len(before), 0, -1):
            longer = " ".join([*before[-k:], state.group(0)])
            if not longer[:1].isupper():
                continue
            actor = canonical_actor(longer, country=country)
            if actor.type in ("State forces", "External/Other forces") and not is_raw(actor, longer):
                actor2, type2 = longer, actor.type
                break
    if group:
        return group[0], group[1], actor2, type2
    if state and (_STATE_KILLED.match(sentence, state.end()) or _STATE_ACTED.match(sentence, state.end())):
        # "police in Islamabad killed a suicide bomber", "government troops also shelled
        # those areas": the state's forces acted
        return actor2, type2, NOBODY, "Rebel group"
    if state and _DONE_BY_STATE.search(sentence[: state.start()]):
        # "Shelling by government forces was also reported in Daraa": the forces fired
        return actor2, type2, "", "Civilians"
    return NOBODY, "Rebel group", actor2, type2


#: a force told as the speaker ("Mexican police say ...", "the U.S. military in Iraq said insurgents killed")
_SPEAKER_AFTER = re.compile(
    r"\.?\s*(?:[\w'’-]+\s+){0,4}?(?:say|says|said|told|tells|reported|reports|announced|confirmed)\b"
    # "has confirmed killing two al-Shabab militants": the force tells its own deed
    r"(?!(?:\s+\w+day)?(?:\s+that)?\s+(?:it|they|its|their|il|ils|ses|leurs|killing|having|to\s+have)\b)",
    re.I,
)
SPEAKS = re.compile(
    r"\s+(?:officials?\s+|sources?\s+|spokes\w+\s+)?(?:say|says|said|told|tell|tells|reported|reports|confirmed"
    r"|announced|affirment|affirme|indiquent|indique|ont indiqué|a indiqué|selon)\b"
    # "the Pakistani army said Sunday it killed 20 insurgents": a force telling its own deed acts
    r"(?!(?:\s+\w+day)?(?:\s+that)?\s+(?:it|they|its|their|il|ils|ses|leurs)\b)",
    re.I,
)
#: violence done by the state's forces: "shelling by government forces", "frappes de l'armée"
_DONE_BY_STATE = re.compile(
    r"\b(?:shelling|airstrikes?|air strikes?|strikes?|bombardments?|bombing|fire|attacks?|raids?|tirs|frappes?"
    r"|bombardements?|attaques?)\s+(?:by|from|of|par|de|des)\s+(?:the\s+|les\s+|l['’]|la\s+)?(?:[\w'’-]+\s+)?$",
    re.I,
)
#: the state's forces as the subject of a killing ("police in Islamabad killed a suicide bomber")
_STATE_KILLED = re.compile(
    r"[^.,;]{0,40}?\b(?:killed|shot dead|gunned down|ont tu[ée]|a tu[ée]|ont abattu|a abattu)\s+(?:a|an|un|une)\b", re.I
)

#: the state's forces as the subject of an act of force: "government troops also shelled those areas"
_STATE_ACTED = re.compile(
    r"\s+(?:(?:also|have|had|has|reportedly|allegedly|then|later)\s+){0,2}(?:shelled|bombed|pounded|raided|stormed"
    r"|attacked|opened fire|fired (?:on|at|upon)|launched (?:an?\s+)?(?:offensive|assault|attack|raid|operation))\b",
    re.I,
)

#: the shooting a force's name is the subject of ("forces opened fire", "soldiers shot")
_FIRED = re.compile(
    r"(?<=[\w'’-])\s+(?:(?:have|had|has|reportedly|allegedly)\s+)?(?:opened fire|fired|shot|killed|gunned down|attacked|raided"
    r"|shelled|bombed|stormed|massacred|ont ouvert le feu|ont tir[ée]|ont tu[ée])\b",
    re.I,
)

#: an attack on where an unnamed armed group hides: "an attack on suspected militant hideouts"
_ON_HIDEOUTS = re.compile(
    r"\b(?:attacks?|strikes?|raids?|assaults?|offensive|operations?|bombardments?|shelling)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:on|against|targeting)"
    r"\s+(?:the\s+)?(?:suspected\s+|alleged\s+)?(?:militant|insurgent|rebel|terrorist|extremist|Taliban|jihadist)s?"
    r"\s+(?:hide-?outs?|positions?|camps?|bases?|strongholds?|compounds?|training camps?)\b",
    re.I,
)

#: the side the dead fought: "killed ... in a fierce battle with NATO and Afghan forces"
_FOUGHT_WITH = re.compile(
    r"\b(?:battles?|fighting|clash(?:es)?|gun ?battles?|fights?|fire ?fights?|exchanges? of fire|combats?|affrontements?)"
    r"\s+(?:with|avec)\s+(?:the\s+|les?\s+|la\s+|l['’])?(?P<who>[^,;.]{2,60})",
    re.I,
)


def _subject_fired(agent: str, start: int, end: int) -> bool:
    """Whether start..end is the subject of a shooting ("troops backed by tanks killed"), not its object."""
    return not _FIRED.search(agent, 0, start) and bool(_FIRED.search(agent, end, end + 40))


def _agent_text(sentence: str, figure_at: int) -> str:
    """Where a sentence names who killed: before its first death figure ("al-Shabab
    fighters stormed ..., killing 12") or after "by" ("12 soldiers were killed by ..."),
    never the figure's own noun ("five Wagner mercenaries ... were killed")."""
    before = sentence[:figure_at]
    by = _BY_AGENT.search(sentence, figure_at)
    if by and _EARLIER_DEED.search(sentence[figure_at : by.start()]):
        by = None  # "... fired mortar shells at the market following an attack by insurgents": theirs came first
    # "two people were killed Tuesday when Ethiopian troops fired mortar shells": the doer of
    # the clause that tells how they died
    when = _WHEN_DOER.search(sentence, figure_at)
    return " ".join((before, by.group(1) if by else "", when.group("doer") if when else ""))


_WHEN_DOER = re.compile(
    r"\b(?:when|as|after|lorsque|quand)\s+(?P<doer>(?:[\w'’-]+\s+){1,5}?)(?:fired|opened fire|attacked|shelled|bombed"
    r"|raided|stormed|ambushed|shot|struck|hit|carried out|launched|staged|detonated|set off|ont ouvert le feu"
    r"|a ouvert le feu|ont attaqué|a attaqué)\b"
)

#: an earlier deed the killing answered: its doer is not this one's
#: a nation's attack: "the Russian attack", "an Israeli raid", "Turkish shelling"
_NATION_ATTACK = re.compile(
    r"\b(?:the|an?)?\s*(?P<nation>[A-Z][a-z]+(?:an|ian|ish|ese|i))\s+(?:(?:air|missile|drone|rocket|artillery|military)\s+)?"
    r"(?:attacks?|raids?|strikes?|shelling|bombardments?|offensive|assaults?)\b"
)
_EARLIER_DEED = re.compile(
    r"\b(?:following|after|in (?:response|retaliation|reprisal) (?:to|for)|suite à|après)\s+(?:an?\s+|the\s+|une?\s+|l['’])?"
    r"(?:[\w-]+\s+)?(?:attack|assault|ambush|raid|bombing|offensive|attaque|embuscade|assaut)s?\s*$",
    re.I,
)

#: a clause that tells about the place, not the event ("..., where Pakistani forces launched
#: an offensive against Taliban militants earlier this month"): its groups are no side
ABOUT_THE_PLACE = re.compile(r",\s+(?:where|o[uù])\s")
#: who holds the place hit ("airstrikes on a city controlled by Islamic State", "a
#: rebel-held town"): the holder is the target's, not the side that struck
HELD_BY = re.compile(
    r"\b(?:controlled|held|run|occupied)\s+by\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
    r"|\b[A-Z][\w'’-]*-(?:held|controlled|run)\b"
    r"|\b(?:contr[ôo]l[ée]e?s?|tenue?s?)\s+par\s+(?:les?\s+|la\s+|l['’])?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
)


def sides_text(sentence: str, after: int = 0) -> str:
    """The sentence as the sides are read from it: the holder of the place blanked out (the
    same length, so offsets stay) and a clause about the place after ``after`` cut off."""
    sentence = HELD_BY.sub(lambda m: " " * len(m.group(0)), sentence)
    aside = ABOUT_THE_PLACE.search(sentence, after)
    return sentence[: aside.start()] if aside else sentence


#: what a strike hits of a group: "Taliban hideouts", "al-Shabab bases", "ISIS positions"
_HIDEOUTS = re.compile(
    r"\b(?:hideouts?|positions?|bases?|camps?|strongholds?|targets?|compounds?|safe havens?|redoubts?)\b", re.I
)


_NATION_SOLDIERS = re.compile(
    r"\b(?P<nation>[A-Z][\w.]+(?:\s[A-Z][\w.]+)?)\s+(?:soldiers?|troops|servicem[ae]n|service members)\b"
)


def _lead_soldiers_nation(art: Article, country: str) -> str | None:
    """The one nation, not the story's country, whose soldiers the headline and lead name,
    when they name no soldiers of the country itself."""
    lead = " ".join(art.sentence_text(i) for i in range(min(2, len(art.sentences))))
    # "Two Israeli soldiers": the nation may be the last of two capitalised words
    named = [next((w for w in (m["nation"], m["nation"].split()[-1]) if country_name(w)), None)
             for m in _NATION_SOLDIERS.finditer(lead)]  # fmt: skip
    nations = {country_name(w) for w in named if w}
    foreign = {w for w in named if w and country_name(w) != country}
    return foreign.pop() if len(nations) == 1 and len(foreign) == 1 else None


def sides(
    sentence: str, figure_at: int, victims: Victims, country: str, art: Article
) -> tuple[str, ActorType, str, ActorType]:
    """(actor1, type, actor2, type) mentions for the draft."""
    actor2, type2 = _VICTIM_SIDE.get(victims, ("", "Civilians"))
    if victims == "non_state":
        # "killed another Hamas militant": the dead's own group named in the figure
        dead_group = named_group(" ".join(sentence[figure_at:].split()[:4]), country, art)
        if dead_group:
            actor2, type2 = dead_group
    if victims == "foreign_forces" and _PEACEKEEPERS.search(sentence):
        actor2 = "peacekeepers"  # the country's mission ("un casque bleu mauritanien": MINUSCA in Centrafrique)
    dead_noun = " ".join(sentence[figure_at:].split()[:4])  # "killing seven Afghan policemen"
    if victims == "state_forces" and any(
        POLICE_WORDS.search(t) and not ARMY_WORDS.search(t) for t in (sentence, dead_noun)
    ):
        actor2 = "police"  # "shot up a roadside police post ..., killing two security personnel"
    if victims in ("foreign_forces", "state_forces"):
        # "killed five U.S. service members": the dead's nation names their force
        noun = " ".join(sentence[figure_at:].split()[1:4])
        nation = re.match(
            r"(?:[A-Z][\w.]*\.?\s*){1,2}(?=\s*(?:service|soldiers|troops|marines|sailors|airmen|police))", noun
        )
        if nation and country_name(nation.group(0).strip(" .")) not in (None, country):
            actor2, type2 = f"{nation.group(0).strip()} forces", "External/Other forces"
        elif canonical_actor(kind := " ".join(noun.split()[:2]), country=country).type == "External/Other forces":
            actor2, type2 = kind, "External/Other forces"  # "one coalition soldier", "two NATO soldiers"
        elif actor2 == "soldiers" and (foreign := _lead_soldiers_nation(art, country)):
            # "Two Israeli soldiers have been killed in separate attacks ... a soldier was
            # killed when a bomb was detonated under a tank": the lead's nation's soldier
            actor2, type2 = f"{foreign} forces", "External/Other forces"
    if victims in ("foreign_forces", "state_forces", "unknown", "mixed") and (own := own_dead_side(sentence, country)):
        # "NATO said one of its soldiers was killed", "the coalition said a roadside bomb killed
        # three of its soldiers and an Afghan contractor": the speaker's dead
        actor2, type2 = own
    agent = _agent_text(sentence, figure_at)
    if victims == "civilians" and (fight := sides_between(agent, country)):
        return fight  # "a battle between NATO troops and Taliban militants ... left two civilians dead"
    group = named_group(agent, country, art)
    if group and _SPEAKER_AFTER.match(agent, agent.find(group[0]) + len(group[0])):
        group = None  # "the U.S. military in Iraq said insurgents killed ...": who tells it, not who did it
    if (
        group
        and _HIDEOUTS.match(agent[agent.find(group[0]) + len(group[0]) :].lstrip("'’s ") or "-")
        or (group and _HIDEOUTS.search(group[0]))
    ):
        # "military helicopter gunships pounded Taliban hideouts, killing at least six
        # militants": the group's hideouts were hit, the group is the side hit
        actor2, type2 = group  # "a NATO airstrike on a Taleban base": the Taleban are hit
        group = None
    if group:
        between = BETWEEN.search(agent)
        if between and between.end() <= agent.find(group[0]) and (state := STATE_AGENT.search(between.group(1))):
            # "fighting between pro-government troops and insurgents from al-Shabab": the
            # first side named is actor1 where no one is told to have started it
            return state.group(0), "State forces", group[0], group[1]
        return group[0], group[1], actor2, type2
    foe = _FOUGHT_WITH.search(sentence, figure_at)
    if foe and victims in ("non_state", "state_forces", "foreign_forces"):
        # "150 Taleban militants were killed in a fierce battle with NATO and Afghan forces":
        # the dead side fought the one named first after "with"
        who = re.split(r"\s+(?:and|et)\s+", foe.group("who"))[0]
        actor = canonical_actor(who, country=country)
        named = is_named(actor) or actor.type == "State forces"
        if named and actor.name != canonical_actor(actor2 or NOBODY, country=country).name:
            return who, actor.type, actor2, type2
    for phrase in strike_owner([sentence]):
        # "by international forces in a remote area": the owner ends where the place begins
        words = re.split(r"\s+(?:in|on|at|near|over|across|inside|dans|à|au|près)\s+", phrase)[0].split()
        for k in range(1, len(words) + 1):  # "also killed when Russian": the words nearest the weapon
            owner_words = " ".join(words[-k:])
            owner = canonical_actor(owner_words, country=country)
            if (
                owner.type in ("State forces", "External/Other forces")
                and country_name(owner_words) != country
                and not owner.name.endswith(f" of {country}")  # a bare "forces" is nobody's yet
            ):
                return owner_words, owner.type, actor2, type2  # "Russian guided bombs hit private houses"
    for m in _NATION_ATTACK.finditer(sentence):
        # "the Russian attack killed one person in Mykolaiv": a foreign nation's attack is its forces'
        owner, home = canonical_actor(m.group("nation"), country=country), country_name(m.group("nation"))
        if owner.type in ("State forces", "External/Other forces") and home not in (None, country):
            if victims == "unknown":  # people a foreign attack killed, no side named: civilians
                actor2, type2 = "civilians", "Civilians"
            return m.group("nation"), owner.type, actor2, type2
    state = next(
        (
            m
            for m in STATE_AGENT.finditer(agent)
            if not _OBJECT_BEFORE.search(agent[: m.start()]) and not SPEAKS.match(agent[m.end() :])
        ),
        None,
    )
    fired = state is not None and victims == "civilians" and _subject_fired(agent, state.start(), state.end())
    if state and (victims in ("non_state", "unknown") or fired):  # "troops backed by tanks killed five civilians"
        # "Niger's military intercepted a group ..., killing at least 24": the state killed;
        # its nation told before the force is part of the name ("Israeli soldiers shot and
        # killed another Hamas militant": Israel's, not the event country's, soldiers)
        before = _WORD.findall(agent[: state.start()])[-1:]
        nation = before[0] if before and before[0][:1].isupper() and country_name(before[0]) else None
        return (f"{nation} {state.group(0)}" if nation else state.group(0)), "State forces", actor2, type2
    if victims == "civilians":
        # "Somali forces opened fire at civilians, killing a two-year-old child": a force that
        # is the shooting's subject (a force named anywhere else may be the target)
        for m in _FIRED.finditer(agent):
            words = _WORD.findall(agent[: m.start()])[-2:]
            for k in (2, 1):
                if len(words) >= k and canonical_actor(" ".join(words[-k:]), country=country).type == "State forces":
                    return " ".join(words[-k:]), "State forces", actor2, type2
    if _ON_HIDEOUTS.search(sentence):
        # "killed in an attack on suspected militant hideouts": no group raids its own
        # hideouts; the state's forces struck the unnamed group there
        return "military", "State forces", NOBODY, "Rebel group"
    if prior := _fired_just_before(sentence, country, art):
        return prior[0], prior[1], actor2, type2  # "Hezbollah fired 250 rockets. The rockets hit Haifa"
    # nobody named: the checks read an unnamed attacker (and an air strike's owner) from here
    return NOBODY, "Rebel group", actor2, type2


#: weapons told as the ones just named: "The rockets hit Haifa ... and killed at least one civilian"
_THE_WEAPONS = re.compile(r"^\s*(?:The|These|Those)\s+(?P<arm>rocket|missile|shell|mortar|bomb)s?\b")


def _fired_just_before(sentence: str, country: str, art: Article) -> tuple[str, ActorType] | None:
    """The named group the sentence before says fired the weapons this one opens on."""
    arm = _THE_WEAPONS.match(sentence)
    if arm is None:
        return None  # most found sentences: no scan of the article for their place
    at = next((i for i in range(1, len(art.sentences)) if art.sentence_text(i) == sentence), None)
    if at is None:
        return None
    fired = re.search(
        rf"(?P<who>[A-Z][\w'’-]+(?:\s+[\w'’-]+){{0,2}}?)\s+(?:fired|launched|lobbed)\s+(?:[\w,-]+\s+){{0,3}}?"
        rf"{arm.group('arm')}s?\b",
        art.sentence_text(at - 1),
    )
    return named_group(fired.group("who"), country, art) if fired else None


_NON_STATE = {"Rebel group", "Political militia", "Identity militia"}
#: the words a story uses for its armed group without naming it again ("four militants were
#: killed"); a blast that names no one ("a landmine blast") is left unattributed
MILITANTS = re.compile(
    r"\b(?:militants?|insurgents?|jihadists?|extremists?|rebels?|fighters|djihadistes?|jihadistes?|terroristes?"
    r"|rebelles|insurg[ée]s|combattants)\b",
    re.I,
)

#: the story's attacks going on: "More attacks were reported Thursday", "similar attacks";
#: or an ambush, which someone laid though the sentence names no one ("sont tombés dans
#: une embuscade")
MORE_OF_THE_SAME = re.compile(
    r"\b(?:more|further|similar|other|new)\s+(?:attacks|raids|assaults)\b|\bambush(?:ed)?\b|\bembuscades?\b", re.I
)


def the_story_group(events: list[Event]) -> Actor | None:
    """The one armed group the model named in the story's events, if only one ("al-Shabab"
    in a Somali story): the militants a later sentence leaves unnamed are most often its."""
    named = {
        a.name: a
        for ev in events
        for a in (ev.actor1, ev.actor2)
        if a is not None and a.type in _NON_STATE and is_named(a)
    }
    return next(iter(named.values())) if len(named) == 1 else None


def story_group_for_unnamed(event: Event, group: Actor) -> None:
    """An unnamed armed side of a found event becomes the story's one named group, flagged.

    One side only: the group does not fight itself. The side acted upon takes it when both
    are unnamed ("a drone attack ... killed at least 20 militants": the militants are hit,
    whoever flew the drone)."""
    for slot in ("actor2", "actor1"):
        actor = getattr(event, slot)
        other = event.actor1 if slot == "actor2" else event.actor2
        if other is not None and other.name == group.name:
            continue
        if actor is not None and actor.name == "Unidentified Armed Group":
            setattr(event, slot, group.model_copy(update={"aliases": list(actor.aliases)}))
            event.flags.append(f"{slot}_from_the_story:{group.name}")
