"""Casualty tallies in prose: how many, what happened to them, who, where, by what.

``find_tallies`` reads each sentence that holds an outcome word as a row of items (``phrases``),
finds the outcome words of ``outcomes`` and, for each, the people they are about (``victims``):

* on the left for participles, adjectives and intransitive verbs: "12 fighters were killed",
  "seven Afghan and four Pakistani fighters were buried", "two dead", "five civilians died";
* on the right for active verbs, "leaving ... dead" and nominals with "of": "killing 61 people",
  "killed 12 civilians and injured 4 others", "leaving 1 peacekeeper dead", "the deaths of 12";
* just before an outcome noun: "12 deaths", "five bodies";
* after "toll" or "total", and an ordinal before a participle (see the modules below).

A list of people ("6 soldiers and a civilian") gives one tally per item.  Without a number, one
person counts 1 when named ("General Hossein Hamedani"), introduced with "a", "an", "one",
"another" or a possessive ("his wife"), or the object of an active verb ("killing the driver");
a pronoun or "the general" as a subject points back to someone already counted and gives
nothing.  "Both" counts 2, "others" 2 at least (``vague``, as ``numbers`` counts vague words).
Other plurals without a number ("civilians were killed") give nothing.

Readings decided for everyday news: people "captured wearing a vest" or "captured on CCTV" are in
a picture, no captives.  A negation before the people that denies a verb of its own ("did not
save the two policemen killed") leaves their outcome told.  "Them" after a killing verb counts the
people an earlier verb of the same sentence took as its counted object ("dragged 19 passengers off
the bus and shot them dead"), and nothing without one.

Each other construction is read by a class of its own module, which the reader inherits (what
they share, the frame and the reader's state, is in ``tally_frames``):

* ``fact_boxes``: "Dead: 8; injured: 20";
* ``fell_in_battle``: "fell" as a death in battle;
* ``hostages``: people taken or held "hostage";
* ``injuries``: the hurt told by their care or wounds ("taken to hospital", "shot in the leg");
* ``nouns_after_number``: "12 deaths", "40 civilian and 12 military deaths";
* ``parts_told_after``: parts of a figure told after it ("in Mosul alone", "the rest of");
* ``people_after_outcome``: "Among the dead were ...", "18 of the dead", "N of them killed";
* ``respectively``: figures and outcomes that "respectively" pairs;
* ``running_tolls``: tolls, running totals and ordinals ("the death toll rose to 40");
* ``sources``: a second source's figure ("four deaths, while Radio Marun reported six");
* ``suicide_attackers``: attackers dead in their own attack;
* ``to_death``: "shot two teachers to death", "burned 30 villagers alive".

Subsets ("including 4 children", "among them 3 women", "two of them seriously", "(5 soldiers and
4 civilians)", "Among the dead were ...") become tallies of their own with ``subset_of`` set.
Nothing is read under a negation ("no one was hurt") or a denial ("denied that ... was killed").
Measures (ages, years, money, ...) never count: see ``numbers``.  Frames become tallies in
``tallies_of_frames``; ``attach_windows`` then dates them, and ``restatements`` marks figures told
twice.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from crawler.extract.bare_source_figures import bare_source_figures
from crawler.extract.casualty_splits import casualty_splits
from crawler.extract.counting_figures import counting_figures
from crawler.extract.fact_boxes import LABELS, FactBoxes
from crawler.extract.fell_in_battle import FALLING, FellInBattle
from crawler.extract.groups import DEMONYMS, ROLES, describe, side_of
from crawler.extract.hospital_shares import hospital_shares
from crawler.extract.hostages import HELD_AS, TAKING_OR_HOLDING, Hostages
from crawler.extract.injuries import (
    BROKEN,
    HITTING,
    HOSPITAL,
    HOSPITALISED,
    INJURY_NOUNS,
    LEFT_HURTS,
    LIMBS,
    PROJECTILES,
    STAND_INS,
    SUFFERING,
    Injuries,
)
from crawler.extract.monitor_ranges import monitor_figures
from crawler.extract.nouns_after_number import NounsAfterNumber
from crawler.extract.numbers import find_quantities, word_alternation
from crawler.extract.outcomes import (
    ACTIVE,
    ARMED_ONLY,
    CAPITALS_ONLY,
    FIRST_WORDS,
    HALTING,
    INTRANSITIVE,
    LEAVING,
    LOSING,
    LOSS_NOUNS,
    LOST_IN_AN_EVENT,
    LOST_PEOPLE,
    NOUNS,
    PARTICIPLES,
    PHRASE_STARTS,
    TOLL_WORDS,
)
from crawler.extract.parts_told_after import PartsToldAfter
from crawler.extract.people_after_outcome import PeopleAfterOutcome
from crawler.extract.phrases import read_items
from crawler.extract.records import Outcome, Sentence, Tally, without_tallies
from crawler.extract.restatements import LATER_ACCOUNT
from crawler.extract.running_tolls import (
    DEATHS_AS_TOLL,
    ESTIMATE_NOUNS,
    ESTIMATES_RANGING,
    HARM_PUT_AT,
    RELATIVES_PUT,
    RunningTolls,
)
from crawler.extract.scan import FOLDS_TO_ASCII, lower_aligned, may_hold_words, opening_on_letters
from crawler.extract.sources import Sources
from crawler.extract.story_dates import first_phrases, story_window
from crawler.extract.suicide_attackers import ATTACKER_HEADS, SuicideAttackers
from crawler.extract.tallies_of_frames import TalliesOfFrames
from crawler.extract.tally_frames import HAVE, Context, Frame
from crawler.extract.to_death import BURNING, TO_DEATH_VERBS, ToDeath
from crawler.extract.victims import AGE_WORD, Victim
from crawler.extract.wider_spans import told_to_date
from crawler.extract.windows import TimePhrase, find_time_phrases, governing_phrase, pick_window, says_running_total
from crawler.extract.word_classes import (
    ADVERBS,
    AUX,
    BELONGINGS_HIT,
    DETERMINERS,
    HEDGES,
    HOW_BADLY,
    KIN,
    MONTHS_AND_DAYS,
    NAME_PARTICLES,
    NEGATIONS,
    POSSESSIVES,
    PREPOSITIONS,
    QUOTE_MARKS,
    SINGULAR_AUX,
    SINGULAR_DETERMINERS,
    verb_like,
)

# HEDGES and NEGATIONS are also read from here by ``people``.
__all__ = ["HEDGES", "NEGATIONS", "attach_windows", "find_tallies"]

# "the only fatality", "the only death": one person told by a singular noun of the outcome.
_ONE_TOLD_BY_NOUN = frozenset({"fatality", "death"})
# "the only person killed", "the only one injured": one person before a participle.
_ONLY_PERSON = frozenset({"person", "one"})

_REPORTED_BEFORE = re.compile(
    r"\b(?:reported|reports|released|published|posted|said|says|announced|updated|stated|shared"
    r"|wrote|tweeted|added|issued|documented|listed|confirmed|report|statement|list)\b[^.;,]{0,24}$",
    re.IGNORECASE,
)
_SUPERLATIVE = r"\b(?:deadliest|worst|bloodiest|biggest|largest|heaviest|most\s+\w+|first|highest)\b"
_COMPARED_BEFORE = re.compile(_SUPERLATIVE + r"[^.;,:()]{0,60}$", re.IGNORECASE)
# Who someone is to the dead besides their kin: "a family member of the deceased".
_KIN_OF_ANYONE = frozenset("member members relative relatives family families kin loved".split())
# Gassing kills ("Saddam gassed 5,000 Kurds"), but not in a sentence of tear gas, nor one that says
# the gassed survived ("her father was gassed at Ypres in 1917 and survived").
_GASSING = frozenset({"gassed", "gassing"})
_GASSED_AND_SURVIVED = re.compile(r"\bgassed\b[^.;]{0,60}?\b(?:and|but) (?:\w+ )?survived\b", re.IGNORECASE)
# Words that open the object of an active "killed" ("killed the driver", "killed many").
_OBJECT_OPENERS = frozenset("the both many some numerous several dozens scores hundreds thousands".split())
# Each made to skip in C the places where none of its words can start (speed).
# The dead of the event a superlative runs from, told in a "when" clause after it: "the worst
# attack in Kabul since May 2017, when a truck bomb killed more than 150 people".
_COMPARED_WHEN = re.compile(
    _SUPERLATIVE + r"[^.;,:()]{0,60}\bsince\b[^.;:()]{1,60}?\bwhen\b[^.;:(),]*$", re.IGNORECASE
)
_REPORTED_BEFORE, _COMPARED_BEFORE, _COMPARED_WHEN = map(
    opening_on_letters, (_REPORTED_BEFORE, _COMPARED_BEFORE, _COMPARED_WHEN)
)
# Participle phrases that are also active verbs with their object after: "gunmen shot dead two".
_DONE_BY_SOMEONE = frozenset(
    phrase
    for phrase, outcome in PARTICIPLES.items()
    if " " in phrase
    and outcome in ("killed", "wounded")
    and phrase != "confirmed dead"
    and not phrase.startswith("found ")
)
_REFLEXIVES = frozenset({"himself", "herself", "themselves"})
# The object pronouns that cannot stand for a counted group before the verb: "three gunmen killed him",
# "the scene where the 400 men wait killed me" (the counted ones did it; whom it was done to is told elsewhere).
_ONE_OR_THE_SPEAKERS = frozenset({"him", "me", "us", "you"})
_TIME_WORDS = frozenset("overnight yesterday today tonight".split())
# The phrases of place or time after a figure whose verb is left out: "and four in the second".
_GAP_LINKS = frozenset("in on at near during inside outside across".split())
# Armed men of no side in the sense of ``groups`` whom troops "neutralise": "neutralised three bandits".
_OUTLAWS = frozenset(
    """bandit bandits kidnapper kidnappers dacoit dacoits khwarij khawarij kharijis ultras intruders intruder
    infiltrators infiltrator robbers""".split()
)  # fmt: skip
# Lost "personnel" as a ministry's daily figures count them ("the enemy lost 820 personnel over
# the past day"): killed and wounded together, so no figure of either.
_PERSONNEL_LOSSES = frozenset({"personnel"})
_PICTURES = frozenset("camera cameras cctv video videos film tape footage".split())
# What a picture shows people doing: "captured wearing a vest" (not "captured trying to flee").
_SEEN_DOING = frozenset(
    "wearing walking carrying holding standing entering leaving running sitting smiling posing looking".split()
)
_MAYBE = frozenset({"possibly", "perhaps", "maybe", "probably", "potentially", "likely"})
# "nobody" too where a verb of its own follows: "Nobody mentions the 2,000 Palestinians who died"
_VERB_NEGATIONS = frozenset({"not", "n't", "never", "nobody"})
# The manner of a death a negation denies, right after its verb (``_manner_denied``).
_MANNER_DENIED = re.compile(r"(?:by accident|accidentally|in vain|for nothing|of natural causes|naturally)\b")
_DO = frozenset({"did", "do", "does"})
_HEDGED_PAST = frozenset({"may", "might"})  # "50 people may have died": a report of the past, hedged
# Adverbs that link a sentence to the one before it: "were, however, injured" (``_linking_adverb``).
_LINKING_ADVERBS = frozenset({"however", "though", "unfortunately", "sadly", "tragically", "meanwhile"})
# Nouns of a killing, or of the rites of its dead, that take their people after "of" only ("the
# massacre of 16 villagers", "the funerals of 12 fighters were held"): "two massacres" and "a priest
# who held 40 funerals" count no dead.
_KILLING_BEFORE_OF = frozenset({"massacre", "massacres", "funeral", "funerals", "burials"})
# What an attack does to a funeral, or where it does it: "at the funeral of", "targeted the funeral of".
_FUNERAL_HIT = frozenset(
    """at during on into near outside inside attacked attacking targeted targeting struck striking hit hitting
    bombed bombing stormed raided""".split()
)
# Killing told as a noun, in the words of Palestinian sources, of counted people only: "resulted in
# the martyrdom of 4 people", "announced the martyrdom of nine of its members"; not a mourning post
# for someone named ("the martyrdom of my uncle Jamal"), whose dead are counted where reported.
_MARTYRDOM = frozenset({"martyrdom"})
# Killing told as the noun of a targeted killing, its one victim or its counted people after "of",
# as incident lists title an entry: "Assassination of Pierre Gemayel, an anti-Syrian MP", "the
# assassination of two judges in Algiers"; an attempt is none ("the attempted assassination of").
_ASSASSINATIONS = frozenset({"assassination", "assassinations"})
# A killer's suicide as list entries and the papers tell it: "before turning the gun on himself".
_TURNING = frozenset({"turned", "turning", "turns", "turn"})
_WEAPONS = frozenset({"gun", "guns", "weapon", "weapons", "rifle", "pistol"})
# The words before a noun of killing that make it an attempt: "the attempted murder of a guard".
_ATTEMPTED = frozenset({"attempted", "failed", "foiled", "thwarted", "botched"})
# Killing by the knife as massacre lists tell it: "cut the throats of 31 villagers".
_THROATS = frozenset({"throats", "throat"})
# An outcome word that is also a noun of feeling, read as that noun after a possessive: "the One who
# can heal my hurt", "a friend who shares your hurt" (no one was hurt; "their wounded" are people).
_FEELINGS = frozenset({"hurt"})
_CUTTING = frozenset("cut cutting cuts slit slitting slits slashed slashing".split())
# What tells the event a country's people were lost in: "lost 464 citizens in the stampede".
_DURING_AN_EVENT = frozenset({"in", "during", "when", "at"})
# And the violence a country's people were lost to: "Pakistan has lost 35,000 citizens to terrorism" (not
# "lost 2,000 citizens to emigration").
_LOST_TO = frozenset(
    "terrorism terror terrorists militancy militants violence insurgency insurgents extremism extremists war wars "
    "fighting conflict attacks bombings Maoists Naxals Naxalism".lower().split()
)
# Attacks before the one told: "lost two family members in previous strikes".
_BEFORE_THIS_ATTACK = frozenset({"previous", "earlier", "prior", "past"})
_ALONG_WORDS = frozenset({"alongside", "plus", "along", "together", "as"})  # words that add people: "along with"
_PARTICLES = frozenset({"up", "down", "out", "off"})
# The forces who take attackers down, told as the subject of a new clause ("and police shot them
# dead", "before troops killed them"), and the attackers they take back.
_TAKERS = frozenset(
    "the police policemen officers troops soldiers security forces guards commandos army marines gendarmes special".split()
)
_THEN_WORDS = frozenset({"and", "before", "until", "but"})
_ATTACKERS = frozenset(
    "gunmen gunman attackers attacker militants militant assailants assailant insurgents insurgent hijackers bombers "
    "terrorists fighters robbers".split()
)
# A bomb going off in its makers' hands: "when it exploded", "the device went off", "they blew up".
_BLAST_WORDS = frozenset("exploded explodes exploding detonated detonates detonating".split())
_BLAST_PARTICLES = {"off": ("went", "goes", "going"), "up": ("blew",)}  # the particle, after its verb
# What people do for others they travel with, whose count is not of the people told: "soldiers guarding 12 prisoners".
_ESCORTING = frozenset("guarding escorting protecting accompanying transporting".split())
# "Gunmen shot nine people at a clinic, killing all of them": shooting has people as its object.
_SHOOTING = frozenset("shot shoot shoots shooting".split())
# Nouns after "death" that make a thing of it, no one's death: "after his death threats".
_DEATH_COMPOUNDS = frozenset("threat threats sentence sentences penalty certificate anniversary warrant squad squads".split())
# What a hurt witness does in the sentence that tells their wounds: "A neighbour who was injured said".
_WITNESS_VERBS = frozenset("said says told tells described recalled recounted added".split())
# Verbs of an attack on someone that tell no outcome of their own: "attacked a guard, causing his death".
_ATTACKING = frozenset("attacked attacking targeted targeting ambushed ambushing".split())
# When a death came, between "his" and "death": "resulting in his immediate death".
_DEATH_TIMING = frozenset("immediate instant instantaneous eventual subsequent".split())
# The verbs of those who lived, before "but" and their wounds: "survived but were badly injured".
_SURVIVING = frozenset({"survived", "escaped"})


def find_tallies(text: str, sentences: list[Sentence]) -> list[Tally]:
    """The casualty figures of ``text``, sentence by sentence, in reading order."""
    tallies: list[Tally] = []
    context = Context()
    # (speed) the outcome words found in the lower case as written, where that finds the same
    lowered, outcome_word = (text, _OUTCOME_WORD) if FOLDS_TO_ASCII.search(text) else (lower_aligned(text), _LOWER_OUTCOME_WORD)
    for sentence in sentences:
        if not outcome_word.search(lowered, sentence.start, sentence.end) and lowered.find(
            "among them", sentence.start, sentence.end
        ) < 0 and not _in_hospital(lowered, sentence) and not _of_the_victims(lowered, sentence):
            continue
        items = read_items(text, sentence, find_quantities(text, sentence.start, sentence.end))
        _Reader(text, sentence, items, tallies, context).read()
    if any(t.outcome == "wounded" and t.outcome_word not in STAND_INS for t in tallies):
        tallies = without_tallies(tallies, _stand_ins_dropped(tallies, sentences))
    tallies = counting_figures(text, sentences, bare_source_figures(text, sentences, monitor_figures(text, sentences, tallies)))
    return casualty_splits(text, sentences, hospital_shares(text, sentences, tallies))


def _stand_ins_dropped(tallies: list[Tally], sentences: list[Sentence]) -> list[int]:
    """The figures of the wounded told by their care or condition, in a text that counts its
    wounded otherwise; but a rough figure of the wounded told exactly by the next sentence's
    hospital goes instead of it: "Over a dozen people were wounded. Thirteen were treated at the
    district hospital" (13), "Dozens were hurt. Forty-one were admitted to the main hospital" (41);
    not "Five were treated at the district hospital and released" (fewer than the rough figure)."""
    dropped = [i for i, t in enumerate(tallies) if t.outcome_word in STAND_INS]
    hurt = [i for i, t in enumerate(tallies) if t.outcome == "wounded" and t.outcome_word not in STAND_INS]
    dropped = [i for i in dropped if not _later_and_more_in_hospital(tallies[i], [tallies[k] for k in hurt], sentences)]
    if len(hurt) != 1 or tallies[hurt[0]].qualifier == "exact":
        return dropped
    rough = tallies[hurt[0]]
    exact = [
        i for i in dropped
        if tallies[i].outcome_word == HOSPITALISED and tallies[i].qualifier == "exact"
        and tallies[i].sentence == rough.sentence + 1 and tallies[i].count >= rough.count
    ]  # fmt: skip
    if len(exact) != 1:
        return dropped
    return [i for i in dropped if i != exact[0]] + hurt


def _later_and_more_in_hospital(care: Tally, hurt: list[Tally], sentences: list[Sentence]) -> bool:
    """Whether the people told in hospital at ``care`` are a source's later account of the wounded,
    not a part of them: told as later (``LATER_ACCOUNT``) in a sentence after every other figure of
    the wounded and more than each ("59 were injured, officials said in the morning. Later, 119
    people had been taken to hospitals", "The health ministry later said 48 wounded people had been
    taken to hospitals"), it is read as any later, higher figure of the wounded is
    (``restatements``); not "Nine were injured. Four had been taken to hospitals" (a part), nor
    "Fifteen were wounded. Sixteen were treated at the district hospital" (no later account)."""
    if care.outcome_word != HOSPITALISED or not all(t.sentence < care.sentence and t.top < care.count for t in hurt):
        return False
    sentence = sentences[care.sentence]
    return LATER_ACCOUNT.search(sentence.text, 0, care.start - sentence.start) is not None


def _of_the_victims(lowered: str, sentence: Sentence) -> bool:
    """Whether the sentence tells a part "of the N victims" ("29 of the 54 victims were under 14")."""
    at = lowered.find("victims", sentence.start, sentence.end)  # (speed)
    return at >= 0 and _OF_THE_VICTIMS.search(lowered, sentence.start, sentence.end) is not None


def _in_hospital(lowered: str, sentence: Sentence) -> bool:
    """Whether the sentence tells of care or a stay in a hospital named by a few words."""
    at = lowered.find("ospital", sentence.start, sentence.end)  # (speed) "Hospital" or "hospital"
    return at >= 0 and _IN_HOSPITAL.search(lowered, sentence.start, sentence.end) is not None


def attach_windows(
    text: str, tallies: list[Tally], sentences: list[Sentence], phrases: list[TimePhrase], published: date | None
) -> None:
    """Give each tally the time window of the phrase governing it (in place).

    A figure governed by a "since" phrase ("since October 7", "so far") is a running total.  A
    date that says when something was reported ("reported on October 12th that 10 bodies ...",
    "the list released on October 26th") is not when the casualties happened, and is left out; so
    is the date a comparison runs from ("the worst attack in the city since 2009"), but for the
    figures of the event compared with, told after it (see ``_compared_event_window``).
    """
    compared = [p for p in phrases if p.since and _COMPARED_BEFORE.search(text, max(0, p.start - 70), p.start)]
    phrases = [p for p in phrases if p not in compared and not _REPORTED_BEFORE.search(text, max(0, p.start - 40), p.start)]
    openers: dict[int, TimePhrase] | None = None  # each sentence's first phrase, read when first asked
    for tally in tallies:
        if compared and _compared_event_window(text, tally, compared, published):
            continue
        sentence = sentences[tally.sentence]
        if _COMPARED_WHEN.search(text, sentence.start, tally.start):
            tally.apart = True  # another event's dead, of a time not resolved (no publication date)
            continue
        phrase = governing_phrase(phrases, tally.start, tally.end, sentence)
        tally.window = pick_window(phrases, tally.start, tally.end, sentence, published)
        if tally.window is not None and tally.window.assumed:
            openers = first_phrases(sentences, phrases) if openers is None else openers
            tally.window = story_window(text, sentences, tally.sentence, openers) or tally.window
        undated_running = published is None and says_running_total(_clause_of(sentence, tally))
        if (
            (phrase is not None and phrase.since)
            or undated_running
            or _war_has_killed(sentence, tally)
            or told_to_date(text, tally.start, tally.end, phrase)
        ) and not _event_so_far(text, sentences, tally):
            tally.cumulative = True


# "So far" on its own, in a story of one attack told in the sentence before: "A car bomb exploded
# in a market. So far we have found 20 dead" is that attack's toll to date, not a running total.
_BARE_SO_FAR = re.compile(r"\b(?:so|thus)\s+far\b", re.IGNORECASE)
# What makes "so far" a wider span: "so far this year", "since January", "the war has so far killed".
_WIDER_SO_FAR = re.compile(
    r"\b(?:since|to\s+date|this\s+(?:year|month|week)|years?|months?|weeks?|war|conflict|insurgency|uprising"
    r"|campaign|offensive|fighting|violence|crisis|clashes|operations?)\b",
    re.IGNORECASE,
)
# An attack told as it happened: "a car bomb exploded", "gunmen opened fire", "a suicide bomber struck".
_ONE_ATTACK = re.compile(
    r"\b(?:exploded|blew\s+up|went\s+off|tore\s+through|opened\s+fire|struck|stormed|attacked|hit|collapsed)\b",
    re.IGNORECASE,
)


def _event_so_far(text: str, sentences: list[Sentence], tally: Tally) -> bool:
    """Whether ``tally`` is told "so far" with no wider span in its sentence, right after a
    sentence telling one attack as it happened: the attack's toll to date."""
    sentence = sentences[tally.sentence]
    if tally.sentence == 0 or not _BARE_SO_FAR.search(text, sentence.start, sentence.end):
        return False
    before = sentences[tally.sentence - 1]
    return _WIDER_SO_FAR.search(sentence.text) is None and _ONE_ATTACK.search(before.text) is not None


# A war or a campaign as the subject of a present perfect: "Boko Haram's uprising has killed at
# least 20,000", "the war in Yemen has claimed 10,000 lives", "Israel's offensive in Gaza, now in
# its fourth week, has killed more than 1,300", "a campaign in the Gaza Strip that has killed over
# 10,000", "the junta's crackdown has killed 3,000"; "fighting", "clashes" and "strikes" are the
# day's event too ("Israeli strikes have killed 12 people in Rafah").
_WAR_HAS_KILLED = re.compile(
    r"\b(?:war|conflict|insurgency|uprising|revolt|rebellion|insurrection|offensive|campaign|invasion|bombardment"
    r"|siege|occupation|crackdown|violence)(?:\s+(?:in|against|with|between|on|of)"
    r"(?:\s+[\w'’-]+){1,8}?)?(?:,[^,.;]{1,40},)?"  # an aside: ", now in its fourth week,"
    r"\s+(?:has|have)\s+(?:now\s+|already\s+|so\s+far\s+)?(?:killed|claimed|left)\b",
    re.IGNORECASE,
)


# A run of attacks that "have killed" (or "claimed", "left") a figure: the dead of them all so far,
# whatever the latest of them killed ("the latest in a string of insider attacks this year that
# have killed 51 coalition troops", "a wave of bombings which has claimed more than 300 lives").
_SERIES_HAS_KILLED = re.compile(
    r"\b(?:string|series|wave|spate|spree|surge|rash|succession|cycle)\s+of\s+[^.;:]{0,60}?,?\s*\b(?:that|which)\s+"
    r"(?:has|have)\s+(?:now\s+|already\s+|so\s+far\s+)?(?:killed|claimed|left)\b",
    re.IGNORECASE,
)


# A campaign waged in the present perfect, then its dead: "Israel has launched near-continuous
# airstrikes on Gaza, killing over 10,000", "the army has waged a bombing campaign, killing
# thousands"; not a day's strikes ("Israel has launched airstrikes on Rafah, killing 12").
_CAMPAIGN_KILLING = re.compile(
    r"\b(?:has|have)\s+(?:now\s+|since\s+)?(?:launched|waged|carried\s+out|conducted|pursued|mounted|kept\s+up)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:(?:near-|almost\s+)?"
    r"(?:continuous|relentless|sustained|incessant|ceaseless|daily|nightly)\s+(?:[\w-]+\s+)?"
    r"(?:air\s*strikes|strikes|bombardment|shelling|attacks|raids)"
    r"|campaign|offensive|invasion|war|bombardment)\b[^.;:]{0,80}?,\s+(?:killing|leaving)\s+$",
    re.IGNORECASE,
)


def _war_has_killed(sentence: Sentence, tally: Tally) -> bool:
    """Whether the figure is a war's running total told in the present perfect, with no "since"
    (``_WAR_HAS_KILLED``) or of a run of attacks (``_SERIES_HAS_KILLED``): its verb ends in the
    figure's own words or right before them; or the dead of a campaign
    waged in the present perfect (``_CAMPAIGN_KILLING``)."""
    start, end = tally.start - sentence.start, tally.end - sentence.start
    if not may_hold_words(sentence.text[max(0, start - 150) : end], ("has", "have")):
        return False  # (speed) no verb of it
    for told in (_WAR_HAS_KILLED, _SERIES_HAS_KILLED):
        match = told.search(sentence.text, max(0, start - 90), end)
        if match is not None and (match.end() > start or sentence.text[match.end() : start].isspace()):
            return True  # the verb in the figure's words, or right before them ("has claimed 10,000 lives")
    figure = sentence.text[start:end]
    verb = next((word for word in ("killing ", "leaving ") if figure.startswith(word)), None)
    at = start + len(verb) if verb else start
    return _CAMPAIGN_KILLING.search(sentence.text, max(0, start - 150), at) is not None


# The opening of a clause that tells the event a comparison runs from: "..., when".
_WHEN = re.compile(r"\s*,?\s*when\b", re.IGNORECASE)
_SINCE = re.compile(r"since\s+", re.IGNORECASE)


def _compared_event_window(text: str, tally: Tally, compared: list[TimePhrase], published: date | None) -> bool:
    """Give a figure of the event a comparison runs from the time of that event, apart from the
    sum of the text's own event, and say whether it did: "the deadliest attack in the city since January, when a car bomb killed more than 100",
    "the worst day for the army since 2019, when an ambush killed 22 soldiers" count the dead of
    January and of 2019, not of the day reported (nor a total since then)."""
    phrase = next(
        (p for p in compared if p.end <= tally.start and "." not in text[p.end : tally.start]
         and _WHEN.match(text, p.end)), None
    )  # fmt: skip
    if phrase is None:
        return False
    since = _SINCE.match(phrase.phrase)
    told = find_time_phrases("in " + phrase.phrase[since.end() :], published) if since else []
    if not told:
        return False
    tally.window = replace(told[0].window, phrase=phrase.phrase)  # the words as written
    tally.apart = True  # another event's dead, left out of the sum
    return True


def _clause_of(sentence: Sentence, tally: Tally) -> str:
    """The clause of the figure, between the commas or semicolons around it, and the sentence's
    opening words when a comma closes them before it ("Since the war began, 40 have died")."""
    text, start, end = sentence.text, tally.start - sentence.start, tally.end - sentence.start
    clause_start = max(text.rfind(",", 0, start), text.rfind(";", 0, start)) + 1
    after = re.split(r"[,;]", text[end:], maxsplit=1)[0]
    comma = text.find(",", 0, start)
    opener = text[:comma] + " " if comma >= 0 else ""
    return opener + text[clause_start:end] + after


_ANY_OUTCOME = FIRST_WORDS | TOLL_WORDS | TO_DEATH_VERBS | BURNING | FALLING | HOSPITAL | HELD_AS | _THROATS | _MARTYRDOM | LOSS_NOUNS | _ASSASSINATIONS | {"number", "figure", "blew", "blowing", "blow", "blows", "blown", "suicide", "sending", "sent"}
# What "suicide" names before it when it is an attack: "killed by suicide bombers", "by suicide attack".
_SUICIDE_ATTACK = re.compile(r"bomb|attack|blast|vest|car$|truck|raid|squad|mission|assault|commando")
# "left" and "leaving" start a figure ("left 17 soldiers dead") only in a sentence with an outcome word.
_TRIGGERS = _ANY_OUTCOME | LEAVING | _KILLING_BEFORE_OF | _TURNING | HITTING | {"condition", "victims", "treatment", "nursing", "count"} | ESTIMATE_NOUNS | RELATIVES_PUT  # "condition" only after "in critical"
# A sentence is read when it holds an outcome word; "hospital" and "fell" only in the phrases that
# can give one ("taken to hospital", "treated in hospital", "fell in battle", "among the victims"),
# which keeps most sentences unread.
_SENTENCE_WORDS = (_ANY_OUTCOME | _KILLING_BEFORE_OF) - {"hospital", "hospitals", "fell"}
_OUTCOME_WORD = re.compile(
    "(?=[" + "".join(sorted({w[0] for w in _SENTENCE_WORDS})) + r"])\b(?:"
    + word_alternation(_SENTENCE_WORDS) + r"|(?:to|treated\s+(?:in|at))\s+(?:the\s+|a\s+)?hospitals?|fell\s+(?:in|during)"
    + r"|in\s+(?:an?\s+)?(?:critical|serious|grave)\s+condition|among\s+the\s+victims"
    + r"|(?:leaving|left)\s+(?:[\w-]+\s+){1,4}?with\s+(?:[\w-]+\s+){0,3}?(?:"  # "leaving four people with broken bones"
    + word_alternation(INJURY_NOUNS | LEFT_HURTS) + r"|(?:" + word_alternation(BROKEN) + r")\s)"
    + r"|estimates\s+(?:" + word_alternation(ESTIMATES_RANGING) + r")"  # "Other estimates range from 200 to 400 victims"
    + r"|(?:needed|required|receiving)\s+(?:hospital\s+|medical\s+)?treatment"
    + r"|(?:hit|struck)\s+(?:in\s+(?:the|his|her|their)\s+(?:[a-z]+\s+){0,2}?(?:by\s+(?:[\w-]+\s+){0,3}?)?"
    + r"(?:" + word_alternation(PROJECTILES | LIMBS) + r")|by\s+(?:[\w-]+\s+){0,3}?(?:" + word_alternation(PROJECTILES) + r")))\b",
    re.IGNORECASE,
)
_LOWER_OUTCOME_WORD = re.compile(_OUTCOME_WORD.pattern)  # its words are in lower case
_OF_THE_VICTIMS = re.compile(r"\bof\s+the\s+[\w,.-]+\s+victims\b", re.IGNORECASE)
# Care in a hospital named by a few words, or a stay there: "treated at a nearby hospital", "taken
# to Al-Shifa Hospital", "remain in hospital", "still in the military hospital" (looked for only
# in a sentence that holds "hospital").
_IN_HOSPITAL = re.compile(
    r"\b(?:to|treated\s+(?:in|at)|remain(?:s|ed)?\s+in|still\s+in)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?hospitals?\b",
    re.IGNORECASE,
)


# A verb of what was done to people, listed with commas before the last one: "abducted", "beaten", "shot".
_A_LISTED_PARTICIPLE = re.compile(r"[a-z]+(?:ed|en)|shot|held|hit|bound|cut")


class _Reader(
    RunningTolls,
    PeopleAfterOutcome,
    PartsToldAfter,
    Sources,
    SuicideAttackers,
    ToDeath,
    Hostages,
    FactBoxes,
    NounsAfterNumber,
    Injuries,
    FellInBattle,
    TalliesOfFrames,
):
    """Reads one sentence into frames, then frames into tallies."""

    def read(self) -> None:
        """Find the frames of the sentence, then turn them into tallies."""
        items = self.items
        i, length = 0, len(items)  # (speed) the items of a sentence are read, never changed
        while i < length:
            item = items[i]
            step = self._trigger(i) if item.low in _TRIGGERS or item.quantity is not None else 0
            i += step or 1
        if not self.frames:
            self._among_them()
        self._the_rest_of_a_total()
        self._total_in_all_after_its_parts()
        self._pair_respectively()
        self._drop_hospitalised_told_otherwise()
        for frame in self.frames:
            self._second_source_figure(frame)
            self._first_of_two_severities(frame)
            self._second_of_two_severities(frame)
            self._fatal_part(frame)
            self._part_in_one_place(frame)
            self._the_rest_of(frame)
        for frame in self.frames:
            self._emit(frame)

    def _trigger(self, i: int) -> int:
        """Read the outcome word at ``i`` (if any); returns the number of items it spans."""
        items = self.items
        item = items[i]
        if not item.is_word:
            if item.quantity is not None and item.quantity.ordinal and item.quantity.measure is None:
                return self._ordinal(i)
            return 0
        low = item.low
        if low in CAPITALS_ONLY and (not item.text.isupper() or self.people_word(i + 1)):
            return 0  # the carmaker's "Kia", and the Kachin Independence Army's men: "killing 10 KIA soldiers"
        if i + 1 < len(items) and low in LABELS and (field := self._labelled(i)):
            return field
        if low == "toll" and (field := self._toll_field(i)):
            return field
        if low in TOLL_WORDS or (low == "number" and self._number_of_dead(i)) or (low == "figure" and (self._figure_of_the_dead(i) or self._figure_of_the_hurt(i))) or (low in DEATHS_AS_TOLL and self._deaths_rose(i)) or (low in HARM_PUT_AT and self._harm_put_at(i)) or (low == "count" and self._count_as_toll(i)) or (low in ESTIMATE_NOUNS and self._estimates_as_toll(i)) or (low in RELATIVES_PUT and self._relative_put_at(i)):
            return self._toll(i)
        if low in ("blew", "blow", "blows", "blowing", "blown"):
            return self._self_kill(i)
        if low == "suicide":
            self._suicide_bomber(i)
            return 1
        if low in _GASSING and ("tear" in self.sentence.text.lower() or _GASSED_AND_SURVIVED.search(self.sentence.text)):
            return 1  # "police tear gassed 40 protesters", "he was gassed and survived": gas that did not kill
        if low in NOUNS and i + 2 < len(items) and items[i + 1].text == "," and self._the_dead_in_all(i):
            return 1
        phrase, length = self._phrase_at(i)
        if phrase:
            lexicon = PARTICIPLES if phrase in PARTICIPLES else INTRANSITIVE if phrase in INTRANSITIVE else ACTIVE
            outcome = lexicon[phrase]
            end = i + length - 1
            if lexicon is ACTIVE or (phrase in _DONE_BY_SOMEONE and self._is_active(i, end)):
                self._right(outcome, phrase, i, end)
            else:
                self._left(outcome, phrase, i, end)
            return length
        if (low in TO_DEATH_VERBS or low in BURNING) and self._to_death(i):
            return 1
        if low in BURNING and self._burned_people(i):
            return 1
        if low in _TURNING and (step := self._gun_turned_on_self(i)):
            return step
        if low in HELD_AS:
            self._held_as(i)
            return 1
        if low in FALLING:
            return self._fell_in_battle(i)
        if low in HOSPITAL:
            self._hospitalised(i)
            return 1
        if low == "condition":
            self._in_condition(i)
            return 1
        if low in HITTING:
            self._hit_by_a_projectile(i)
            return 1
        if low == "treatment":
            self._needed_treatment(i)
            return 1
        if low == "victims":
            self._victims_of_the_dead(i)
            self._part_of_the_victims(i)
            return 1
        if low == "shot" and (self._shot_some_fatally(i) or self._shot_in_a_limb(i)):
            return 1
        if low == "shot" and (step := self._part_of_those_shot_died(i)):
            return step
        if low == "shot" and [item.low for item in items[i + 1 : i + 3]] in (["them", "dead"], ["him", "dead"], ["her", "dead"]):
            victims = self._counted_antecedent(i + 1) or self._them_counted_after(i + 1) or self._one_taken_before(i + 1)
            if victims and not self.negated_before(i):
                self.frames.append(Frame("killed", "shot dead", (i, i + 2), victims))
                return 3
        if (low == "shot" or low == "shooting" and i + 1 < len(items) and items[i + 1].is_count) and (
            step := self._shot_then_told(i)
        ):
            return step
        if low in SUFFERING:
            return self._suffered_injuries(i)
        if low in INJURY_NOUNS and self._with_injuries(i):
            return 1
        if low in _KILLING_BEFORE_OF and self._is_noun_of(i) and (self.before_is_determiner(i) or self._opens_entry(i)):
            if not (self._massacre_named_by_place(i) or self._funeral_attacked(i)):
                self._right("killed", low, i, i + 1, nominal=True)
            return 2
        if low in _MARTYRDOM and self._is_noun_of(i) and i + 2 < len(items) and items[i + 2].is_count:
            self._right("killed", low, i, i + 1, nominal=True)
            return 2
        if low in LOSS_NOUNS and self._is_noun_of(i) and i + 2 < len(items) and items[i + 2].is_count:
            self._right("killed", low, i, i + 1, nominal=True)  # "the loss of 17 of its fighters"
            return 2
        if low in _THROATS and self._throats_cut(i):
            self._right("killed", low, i, i + 1, nominal=True)
            return 2
        if low in _THROATS and self._had_throats_cut(i):
            self._left("killed", "had their throats cut", i - 2, i + 1)
            return 2
        if (low in NOUNS or low in _ASSASSINATIONS) and self._is_noun_of(i):
            if not (i > 0 and items[i - 1].low in _ATTEMPTED):
                self._right(NOUNS.get(low, "killed"), low, i, i + 1, nominal=True)
            return 2
        if low in LEAVING:
            return self._leaving(i)
        if low in ("sending", "sent"):
            return self._to_hospital(i)
        if low in LOSING and self._lost_a_limb(i):
            return 1
        if low in _FEELINGS and i > 0 and items[i - 1].low in POSSESSIVES:
            return 1
        if low in ACTIVE and low in PARTICIPLES:
            if self._is_active(i):
                self._right(ACTIVE[low], low, i, i)
            elif (counted := self._object_after_phrase(i)) is not None:
                self._right(ACTIVE[low], low, i, counted - 1)
            elif not self._first_of_active_pair(i) and not (i > 0 and items[i - 1].low in HAVE) and not self._them_after(i):
                # not an active perfect with no object: "than Boko Haram has killed in three years"
                # names who killed ("have been killed" is passive)
                self._left(PARTICIPLES[low], low, i, i)
            return 1
        if low in ACTIVE and not (low in NOUNS and (self.before_is_determiner(i) or self._counted_noun(i))):
            self._right(ACTIVE[low], low, i, i)
            return 1
        if low in PARTICIPLES or low in INTRANSITIVE:
            lexicon = PARTICIPLES if low in PARTICIPLES else INTRANSITIVE
            # "800,000 dead, wounded and captured": a figure of casualties, read as such on the left
            if low in NOUNS and not self._either_outcome(i, i) and self._noun_after_number(i):
                return 1
            if not self._by_suicide(i):
                self._left(lexicon[low], low, i, i)
            return 1
        if low in NOUNS:
            if low in DEATHS_AS_TOLL and self._the_deaths_included(i):
                self._among_after("killed", low, i, i)  # "The day's deaths included 14 in Homs"
            elif not self._the_only_one(NOUNS[low], low, i, i) and not self._death_of_one_shot(i):
                self._noun_after_number(i)
            return 1
        return 0

    def _escorts_left(self, k: int) -> int:
        """Where the people before an outcome end, past what they guarded: "Soldiers guarding 12
        prisoners were killed" (the soldiers died, uncounted: not the prisoners), "Twelve guards
        protecting 40 workers were killed" (12), "Four soldiers escorting a convoy of 25 trucks
        were killed" (4); ``k`` when no people guarding come before it."""
        items = self.items
        j = k
        while j > 0 and k - j < 8 and (items[j].is_word or items[j].is_count) and items[j].low not in _ESCORTING:
            if items[j].low in AUX or items[j].low in _THEN_WORDS:
                return k
            j -= 1
        if j < 1 or j == k or items[j].low not in _ESCORTING or not self.people_word(j - 1):
            return k
        return j - 1

    def _counted_noun(self, i: int) -> bool:
        """Whether the word at ``i``, a verb or a noun ("murders"), is a noun counted by the
        number just before it: "the 166 murders recorded this year" (not "murder" before another
        noun: "the 3 murder suspects")."""
        items = self.items
        return i > 0 and items[i - 1].is_count and items[i].low.endswith("s")

    def _phrase_at(self, i: int) -> tuple[str | None, int]:
        """The multi-word outcome phrase starting at ``i`` ("shot dead"), with its length."""
        candidates = PHRASE_STARTS.get(self.items[i].low)
        if not candidates:
            return None, 0
        for phrase in candidates:
            words = phrase.split()
            window = self.items[i : i + len(words)]
            if [item.low for item in window] == words:
                return phrase, len(words)
        return None, 0

    def _is_active(self, i: int, last: int | None = None) -> bool:
        """Whether "killed" at ``i`` (or "shot dead" from ``i`` to ``last``) is an active verb
        with its object after it: "gunmen shot dead six members of a family"."""
        items = self.items
        before = self.skip_left(i - 1)
        perfect = i > 0 and items[i - 1].low in HAVE  # "is believed to have killed eight people"
        if before >= 0 and items[before].low in AUX and items[before].low not in HAVE and not perfect:
            return False  # "were killed"; but "has killed more than 500,000 people"
        if i > 0 and items[i - 1].is_count and not (self._one_told_before(i - 1) and self.list_right(i + 1, object_position=True)):
            return False  # "two dead"; but "a third one killed three farmers"
        if i > 1 and items[i - 1].low in HOW_BADLY and items[i - 2].is_count:
            return False  # "three severely injured children": an adjective of the counted people
        if self._of_the(i):
            return False  # "one of the wounded protesters": an adjective, a part of the wounded
        following = (i if last is None else last) + 1
        while following < len(items) and items[following].text in QUOTE_MARKS:
            following += 1
        if following >= len(items):
            return False
        after = items[following]
        if after.is_count and following + 1 < len(items) and items[following + 1].low in HOW_BADLY \
                and self._counted_before(i):
            return False  # "two others injured one seriously": how many of them, how badly
        if after.is_count or (after.quantity is not None and after.quantity.qualifier == "vague"):
            return True
        if after.low in SINGULAR_DETERMINERS or after.low in POSSESSIVES or after.low in _OBJECT_OPENERS:
            return True
        if after.low == "all" and following + 1 < len(items) and items[following + 1].is_count:
            return True  # "killed all 11", "shot dead all four passengers"
        if AGE_WORD.fullmatch(after.low) and following + 1 < len(items) and items[following + 1].is_cap:
            return True  # "shot dead 16-year-old Ahmed Nasser"
        if self.plural_kin_named(following) is not None:
            return True  # "killed 14-year-old twins Ahmed and Mohammed Saleh"
        if after.is_cap:  # a name or a group: "killed Hamas commander X", not "killed Tuesday"
            return after.low not in PREPOSITIONS and after.low not in MONTHS_AND_DAYS
        if after.low == "them" or [item.low for item in items[following : following + 3]] == ["all", "of", "them"]:
            # "abducted 12 villagers and killed them"; "killed them all, 108 people"
            return bool(self._counted_antecedent(following) or self._them_counted_after(following))
        if after.low in _ONE_OR_THE_SPEAKERS:
            return True  # "three gunmen killed him": the verb's object, the counted ones its subject
        if after.low in _REFLEXIVES:  # "killed himself and three others"; alone, "a gunman killed himself"
            return following + 1 < len(items) and items[following + 1].low == "and"
        if after.low == "others":  # "injured others, including children"; not "injured others were taken"
            ends = following + 1 >= len(items) or not items[following + 1].is_word
            return ends or items[following + 1].low in PREPOSITIONS
        return after.low in ROLES or self._described_role_named(following)

    def _killed_themselves(self, first: int, last: int) -> bool:
        """Whether the verb from ``first`` to ``last`` kills its own subject and no one else, a
        subject of no armed side: "38 soldiers killed themselves in July" are suicides, no
        casualties, as "took their own lives" are (not "killed themselves and 12 others", nor "a
        gunman killed himself after the siege", an attacker's death)."""
        items = self.items
        after = last + 1
        if after >= len(items) or items[after].low not in _REFLEXIVES:
            return False
        if after + 1 < len(items) and items[after + 1].low == "and":
            return False
        subject = range(self.np_left_start(first - 1), first) if first > 0 else range(0)
        return not any(side_of(ROLES[items[k].low][0]) == "armed" for k in subject if items[k].low in ROLES)

    def _by_suicide(self, k: int) -> bool:
        """Whether the death at ``k`` is by the dead's own hand: "38 soldiers died by suicide last
        year", "veterans who die from suicide" are suicides, no casualties, as "took their own
        lives" are (not "were killed by suicide bombers", an attack)."""
        items = self.items
        if k + 2 >= len(items) or items[k + 1].low not in ("by", "of", "from"):
            return False
        if items[k + 2].low not in ("suicide", "suicides"):
            return False
        return k + 3 >= len(items) or not _SUICIDE_ATTACK.match(items[k + 3].low)

    def _one_told_before(self, k: int) -> bool:
        """Whether "one" at ``k`` stands for a thing or person of a kind told before, after an
        ordinal or "other": "a fifth one killed a family of six", "the other one injured two
        guards"; or opening a sentence or a clause after ";" with a figure after its verb ("Two
        bombs went off. One killed 6 and wounded 15"); the subject of the verb after it, not a
        count of its people (not the headline "One killed 6 injured in crash")."""
        items = self.items
        if items[k].text.lower() != "one":
            return False
        if k == 0 or items[k - 1].text == ";":
            return self._bare_figure_at(k + 2)  # "Two bombs went off. One killed 6 and wounded 15"
        before = items[k - 1]
        return before.low in ("other", "another", "last") or (before.quantity is not None and before.quantity.ordinal)

    def _bare_figure_at(self, k: int) -> bool:
        """Whether a figure stands at ``k`` with no outcome word right after it ("killed 6 and
        wounded 15", not "killed 6 injured")."""
        items = self.items
        return k < len(items) and items[k].is_count and (k + 1 == len(items) or items[k + 1].low not in _ANY_OUTCOME)

    def _described_role_named(self, k: int) -> bool:
        """Whether words from ``k`` describe a trade or kin that a name then follows, without "a"
        or "the": "killed local journalist Omar Saleh", "killed senior police officer X", "killed senior Hamas commander X"."""
        items = self.items
        for j in range(k, min(k + 5, len(items))):
            if items[j].is_cap and j > k and items[j - 1].low in ROLES:
                return items[j].is_word
            if not items[j].is_word or not self.np_internal(j):
                return False
        return False

    def _them_after(self, i: int) -> bool:
        """Whether "them" follows the verb at ``i``, its object: "two policemen were hurt when a
        man stabbed them", "a gunman wounded them" (the subject is the attacker, not one hurt;
        those the pronoun stands for are counted where they are told)."""
        return i + 1 < len(self.items) and self.items[i + 1].low == "them"

    def _first_of_active_pair(self, i: int) -> bool:
        """Whether the verb at ``i`` shares its object with an active verb after "and": "a
        17-year-old stabbed and killed an Israeli citizen" (the one stabbed is the one killed,
        counted by the second verb; the subject is the attacker)."""
        items = self.items
        return i + 2 < len(items) and items[i + 1].low == "and" and items[i + 2].low in ACTIVE and self._is_active(i + 2)

    def _object_after_phrase(self, i: int) -> int | None:
        """Where the counted people start when a short phrase of time, place or means stands
        between the active verb at ``i`` and them: "the blast killed on Tuesday at least 12
        people", "militants killed with a bomb one soldier", "gunmen killed overnight 12
        villagers".  None when the verb is passive or no counted people follow the phrase."""
        items = self.items
        passive = any(k >= 0 and items[k].low in AUX and items[k].low not in HAVE for k in (i - 1, self.skip_left(i - 1)))
        if passive or self._counted_before(i):
            return None  # "had been killed along with four others", "4 insurgents killed in addition to 2 soldiers wounded"
        opener = items[i + 1].low if i + 1 < len(items) else ""
        if opener not in PREPOSITIONS and opener not in _TIME_WORDS and opener not in MONTHS_AND_DAYS:
            return None
        for k in range(i + 1, min(len(items), i + 8)):
            item = items[k]
            if item.is_count:
                return k if self.people_word(self.np_right_end(k)) else None
            if not item.is_word or item.low in AUX or item.low in _ANY_OUTCOME or item.low == "and":
                return None
        return None

    def _counted_before(self, i: int) -> bool:
        """Whether counted people end right before item ``i`` ("two others")."""
        first = self.np_left_start(i - 1)
        return i > 0 and any(self.items[k].is_count for k in range(first, i))

    def _the_only_one(self, outcome: Outcome, word: str, first: int, last: int) -> bool:
        """ "The suicide bomber was the only fatality", "the only person killed was the driver",
        "a guard was the only one injured", "the only other death": one person, whoever the sentence says it was.  Not
        after a negation ("was not the only death"), nor plural ("the only deaths were two")."""
        items = self.items
        k = first - 1
        if word in NOUNS:
            if word not in _ONE_TOLD_BY_NOUN or self._not_casualty(first, word):
                return False
        elif k >= 0 and items[k].low in _ONLY_PERSON:
            k -= 1
        else:
            return False
        k -= 1 if k >= 0 and items[k].low == "other" else 0  # "a civilian was the only other death"
        if k < 1 or items[k].low != "only" or items[k - 1].low != "the" or outcome not in ("killed", "wounded"):
            return False
        if any(item.low in NEGATIONS for item in items[:k]):
            return False
        self.frames.append(Frame(outcome, word, (first, last), [Victim(k - 1, first - 1, 1)]))
        return True

    def _manner_denied(self, last: int) -> bool:
        """Whether the negation before the outcome denies only how the death came, told right after it, and so
        asserts the death, as readers answer an official account: "Those 108 people did not die by accident",
        "they did not die in vain", "did not die of natural causes" (not "did not die", "no one died")."""
        following = " ".join(item.low for item in self.items[last + 1 : last + 4])
        return _MANNER_DENIED.match(following) is not None

    def _left(self, outcome: Outcome, word: str, first: int, last: int) -> None:
        """People before the outcome word: "12 fighters were killed", "two dead"."""
        items = self.items
        if any(frame.trigger == (first, last) for frame in self.frames):
            return  # read already as the death of some told before it: "Two of the wounded, a man and his son, died"
        if word in NOUNS and (self._not_casualty(first, word) or self._kin_of_the_dead(first)):
            return
        if word in HALTING and self._not_casualty(first, word):
            return  # "the bandh paralysed normal life"
        if self._either_outcome(first, last) or self._as_many_as_before(outcome, word, first, last):
            return
        if word == "captured" and self._pictured(last):
            return
        if outcome == "killed" and self._ongoing_killing(first):
            return
        if self._fronted_of_the_dead(outcome, word, first, last):
            return
        if self._the_dead_numbered(outcome, word, first, last):
            return
        if self._the_only_one(outcome, word, first, last):
            return
        if self._the_dead_described_in_all(outcome, word, first, last):
            return
        if self._the_dead_included(first, last):
            self._among_after(outcome, word, first, last)  # "The dead included 11 children"
            return
        if self._the_dead_named_as(first, last):
            self._among_after(outcome, word, first, last + 1)  # "Police identified the dead as A, 24, and B, 31"
            return
        if self._the_dead_named_in_aside(outcome, word, first, last):
            return
        if self._attackers_dead_or_hurt_after(outcome, word, first, last):
            return
        if self._killed_themselves(first, last):
            return
        k = first - 1
        both: int | None = None
        singular_aux = False
        negated = False
        among = False
        among_at = -1
        while k >= 0:
            low = items[k].low
            if low in NEGATIONS:
                negated = True
            elif low == "both":
                both = k
            elif low in SINGULAR_AUX or (low == "also" and k == first - 1 and word in INTRANSITIVE):
                singular_aux = True  # "The driver also died": one more of the dead, as "The driver was also killed"
            elif low in ("those", "the") and k > 0 and items[k - 1].low == "among":
                among = True
                k -= 1
                among_at = k
            elif low == "who" and k > 1 and items[k - 1].low == "those" and items[k - 2].low == "among":
                among = True  # "12 policemen were among those who died": a part of the dead, as "among those killed"
                k -= 2
                among_at = k
            elif low == "among" and k == first - 1 and items[first].low == "dead":
                among = True  # a headline's "Three Britons among dead", its article left out
                among_at = k
            elif low in ("those", "the") and (count_at := self._count_of_the(k)) is not None:
                self._part_of_the_dead(outcome, word, count_at, (first, last))
                return
            elif not (
                low in AUX
                or (low in ADVERBS and not self.name_said(k))
                or low in HEDGES
                or items[k].text in QUOTE_MARKS
                or self._hedged_past(k)
                or self._known_to(k)
                or self._was_left(k)
                or self._linking_adverb(k)
            ):
                break
            k -= 1
        if k == first - 1 and items[k].low == "the" and not among:
            return  # "the injured" as a noun, no count of them: "A doctor who treated the injured said"
        k = self._past_source_aside_left(k)
        if k >= 0 and items[k].low == "and" and not among:
            k = self._coordinated_verb(k)
        if outcome == "wounded":
            k = self._survived_but(k)
        k = self._before_who(k)
        if negated:
            if not self._manner_denied(last):
                return
            k -= 1 if items[k].low in _DO else 0  # "108 people did not die by accident": the people before "did"
        k = self._before_aside_of_them(k)
        if k >= 2 and self._of_them(k - 2):
            self._some_of_them(outcome, word, k - 2, (first, last))
            return
        if self._of_the_victims(k - 3, outcome):
            self._some_of_them(outcome, word, k - 3, (first, last), last=k)
            return
        if among and k == among_at - 1 and (k < 0 or items[k].text in ",;:"):
            self._among_after(outcome, word, first, last)  # "Among those killed were 11 children"
            return
        if both is not None and (k < 0 or items[k].low in PREPOSITIONS or items[k].text in ";:"):
            self.frames.append(Frame(outcome, word, (first, last), [Victim(both, both, 2)]))
            return  # "Both were killed"
        if k < 0:
            self._inverted(outcome, word, first, last)
            return
        if among and items[first - 1].low not in ("those", "the", "who"):
            among = False
        frame = Frame(outcome, word, (first, last))
        described = k == first - 1 and self.describes_counted_people(first)
        if (items[k].is_count or described) and k == first - 1 and last + 1 < len(items) and self.people_word(last + 1):
            frame.group_from = (last + 1, self.origin_end(self.np_right_end(last + 1)))
        if described:
            # "Three soldiers and two wounded civilians were killed": the adjective's own figure only
            one = items[k].quantity is None  # "a missing fisherman"
            victims = [v for v in [Victim(k, k, 1) if one else self.victim(k, k, count_at=k)] if v is not None]
        else:
            k, most = self._at_most_left(k)
            k = self._escorts_left(k)
            victims = (
                self.list_left(k, singular_aux, both is not None)
                or self._definite_attacker(k, outcome)
                or self._named_after_colon(last + 1)
            )
            most = most if most is not None else self._at_most_right(last + 1)  # "were killed, and possibly as many as 20"
            if most is not None and len(victims) == 1 and victims[0].count < most:
                victims[0].count_max = most  # "At least 14 people, and possibly as many as 20, were killed"
        if victims and self.negated_before(victims[0].first) and not self._negates_a_verb_before(victims[0].first):
            return  # "No one was killed", "None of the 30 passengers were hurt"
        if word in ARMED_ONLY and not self._armed_men_killed(first, victims):
            return
        if among:
            for victim in victims:
                victim.subset = True
        elif any(not victim.subset for victim in victims):  # "20 people had been killed, among them 3 women"
            parent = max(n for n, victim in enumerate(victims) if not victim.subset)
            for part in self.subsets_after(self.past_adverbials(last + 1)):
                part.parent = part.parent if part.parent is not None else parent
                victims.append(part)
        victims.extend(self._alongside(last + 1))  # also after one told of elsewhere: "He was killed along with three bodyguards"
        victims.extend(self._as_was(last + 1))
        frame.victims = victims
        if victims:
            self.frames.append(frame)
            self._gapped(outcome, word, (first, last))

    def _ongoing_killing(self, first: int) -> bool:
        """Whether the killing of one subject is told in the present progressive ("is being
        slaughtered", "is still being killed"): a city suffering it, as a cry or a monitoring
        group's name says ("Raqqa is Being Slaughtered Silently"), never one death (not "thousands
        of Syrians are being slaughtered": people counted)."""
        items = self.items
        k = first - 1
        while k >= 0 and items[k].low != "being" and items[k].low in ADVERBS:
            k -= 1
        if k < 1 or items[k].low != "being":
            return False
        k -= 1
        while k >= 0 and items[k].low in ADVERBS:
            k -= 1
        return k >= 0 and items[k].low == "is"

    def _pictured(self, last: int) -> bool:
        """Whether "captured" after its people says a picture was taken of them, as a caption does:
        "The suspect was captured wearing a vest", "a man was captured on CCTV walking away"."""
        items = self.items
        after = items[last + 1].low if last + 1 < len(items) else ""
        if after == "on" and last + 2 < len(items):
            return items[last + 2].low in _PICTURES
        return after in _SEEN_DOING

    def _at_most_left(self, k: int) -> tuple[int, int | None]:
        """Before ", and possibly as many as 20," ending at the comma ``k``: where the people end,
        and the most they may be ("At least 14 people, and possibly as many as 20, were killed");
        ``k`` and None when there is no such aside."""
        items = self.items
        if k < 3 or items[k].text != "," or (most := items[k - 1].quantity) is None or most.qualifier != "up_to":
            return k, None
        j = k - 2
        while j > 0 and (items[j].low in _MAYBE or items[j].low == "and"):
            j -= 1
        return (j - 1, most.value) if items[j].text == "," else (k, None)

    def _at_most_right(self, k: int) -> int | None:
        """The most the people before may be, told in ", and possibly as many as 20" from the comma
        ``k`` to a comma or the end of the sentence; None when there is no such aside."""
        items = self.items
        if k + 2 >= len(items) or items[k].text != ",":
            return None
        j = k + 1
        while j < len(items) and (items[j].low in _MAYBE or items[j].low == "and"):
            j += 1
        most = items[j].quantity if j < len(items) and j > k + 1 else None
        if most is None or most.qualifier != "up_to" or (j + 1 < len(items) and items[j + 1].text not in ",.;"):
            return None
        return most.value

    def _negates_a_verb_before(self, k: int) -> bool:
        """Whether the negation right before the people at ``k`` denies a verb of its own, whose
        object they are: "Body armour did not save the two policemen killed in the ambush", "Nobody
        mentions the 2,000 who died" (not "not a single soldier was hurt", "not all of the passengers",
        "nobody in the convoy of 30 soldiers was hurt")."""
        items = self.items
        at = next(j for j in range(k - 1, max(-1, k - 4), -1) if items[j].low in NEGATIONS)
        after = items[at + 1]
        return (
            items[at].low in _VERB_NEGATIONS
            and at + 1 < k
            and after.is_word
            and not after.is_cap
            and after.low not in DETERMINERS
            and after.low not in SINGULAR_DETERMINERS
            and after.low not in ADVERBS
            and after.low not in ("of", "any", "even", "more", "less", "fewer")
            and not (items[at].low == "nobody" and after.low in PREPOSITIONS)
        )

    def _gapped(self, outcome: Outcome, word: str, trigger: tuple[int, int], after: int | None = None) -> None:
        """ "Eight people were killed in the first attack and four in the second", "two died at
        the scene and a third in hospital", "five soldiers were killed, and two civilians": after
        "and", a figure whose verb is left out, then a phrase of place or time or the sentence's
        end, has the outcome of the clause before.  So has each figure of a list of places or
        times, told after a comma: "28 injured in Homs, 9 in Hama and 4 in Latakia" (``after``:
        where to look on, past the figure before)."""
        items = self.items
        after = trigger[1] + 1 if after is None else after
        at = next((k for k in range(after, min(len(items), after + 11))
                   if items[k].low == "and" or items[k].text in ",;:()" or items[k].low in AUX
                   or items[k].is_count or items[k].low in _ANY_OUTCOME), None)  # fmt: skip
        if at is not None and items[at].text == "," and at + 1 < len(items) and items[at + 1].low == "and":
            at += 1  # ", and two civilians"
        listed = at is not None and items[at].text == "," and at + 1 < len(items) and items[at + 1].is_count
        if at is None or (items[at].low != "and" and not listed) or at + 2 >= len(items):
            return
        start = at + 1
        one_more = items[start].low == "a" and (quantity := items[start + 1].quantity) is not None and quantity.ordinal
        if not (items[start].is_count or one_more):
            return
        end = start + 1 if one_more else max(start, self.np_right_end(start))
        ends_sentence = end + 1 == len(items) or (end + 2 == len(items) and items[end + 1].text in ".!")
        if (not ends_sentence or listed) and (end + 1 >= len(items) or items[end + 1].low not in _GAP_LINKS):
            return  # a figure after a comma only with its own place or time: not ", 9 of them children"
        if listed and not self._listed_alike(after, end):
            return
        if any(item.low in _ANY_OUTCOME for item in items[start : end + 1]):
            return  # "one injured civilian and one killed civilian": an outcome of its own
        if any((q := item.quantity) is not None and q.measure == "year" for item in items[end + 2 : end + 4]):
            return  # "and four in 2015": another time, told for comparison
        victim = Victim(start, end, 1) if one_more else self.victim(start, end, count_at=start)
        if victim is not None:
            self.frames.append(Frame(outcome, word, trigger, [victim]))
            if not ends_sentence:
                self._gapped(outcome, word, trigger, end + 2)  # the next place's figure: ", 9 in Hama and 4 in Latakia"

    def _listed_alike(self, after: int, end: int) -> bool:
        """Whether the figure ending at ``end``, after a comma, is told as the one before it was,
        by the same word of place or time ("injured in Homs, 9 in Hama"; ``after``: just past the
        figure before, or its word), and not as where most of them were ("killed, 30 in Gaza alone").
        The first figure after a comma only in a list that goes on ("9 in Hama and 4 in Latakia"):
        "killed in Syria, 12 in Aleppo" may tell where some of them died."""
        items = self.items
        before = items[after].low if items[after].low in _GAP_LINKS else items[after - 1].low
        if items[end + 1].low != before:
            return False
        stop = next((k for k in range(end + 1, len(items)) if items[k].text in ",;." or items[k].low == "and"), len(items))
        if any(item.low == "alone" for item in items[end + 1 : stop]):
            return False
        first = items[after].low in _GAP_LINKS
        return not first or any(item.low in (",", "and") and nxt.is_count for item, nxt in zip(items[stop:], items[stop + 1 :]))

    def _before_who(self, k: int) -> int:
        """ "Local sources named 14 people who were killed in the strike", "20 members of the Eid
        family, who were killed", "the names of 14 people who": the people of a relative clause
        are those counted right before "who" (and a comma before it, and an aside about them:
        "20 members of the Eid family, forming six family units, who were killed"); not a count
        of things ("six family units, who") nor of people whose kin are the subject ("the
        families of the five journalists who had been killed")."""
        items = self.items
        if k < 1 or items[k].low != "who":
            return k
        if k < 2 or items[k - 1].text != ",":
            return k - 1 if self._counted_people_end(k - 1) or self._the_bare_count(k - 1) or self._one_hurt_before_who(k) else k
        if self._counted_people_end(k - 2) or self._one_hurt_before_who(k):
            return k - 2
        open_ = self.people_aside_open(k - 1)  # "12 villagers, all from one clan, who were killed"
        return open_ - 1 if open_ >= 1 and self._counted_people_end(open_ - 1) else k

    def _the_bare_count(self, j: int) -> bool:
        """ "Tell that to the 3,000 who died on 9/11", "the 52 who were killed on 7/7": a count of
        more than one with "the" and no noun, as readers and columns recall the dead of a known
        event, is the people of the relative clause after it; not after a count earlier in the
        sentence, which "the" may point back to ("12 soldiers were killed, if you count the two who
        died later")."""
        items = self.items
        quantity = items[j].quantity
        if not (j >= 1 and items[j - 1].low == "the" and items[j].is_count and quantity is not None and quantity.value > 1):
            return False
        return not any(items[m].is_count for m in range(j - 1))

    def _one_hurt_before_who(self, who: int) -> bool:
        """Whether the "who" at ``who`` tells the wounds of one person right before it (and its
        comma), told by "a" or by name, who then speaks: the hurt witness of wire news, "A neighbour
        who was injured said he heard a drone", "Karim's brother Mazen, who was injured in the
        strike, described the scene", "A shopkeeper, who was wounded in the blast, told AFP"; not
        "the man who was injured", who may be one counted before, nor one of a list of kin with no
        account of theirs."""
        items = self.items
        verb = who + 1
        while verb < len(items) and (items[verb].low in AUX or items[verb].low in ADVERBS):
            verb += 1
        if verb >= len(items) or PARTICIPLES.get(items[verb].low) != "wounded":
            return False
        told = next((j for j in range(verb + 1, min(len(items), verb + 12)) if items[j].low in _WITNESS_VERBS), None)
        if told is None or any(item.text in ";:" for item in items[verb:told]):
            return False  # no account of theirs: "(a son of) Sameera, who was also injured in the attack."
        end = who - 2 if items[who - 1].text == "," else who - 1
        first = self.np_left_start(end)
        if first > end or items[first].low == "the":
            return False
        victim = self._victim_in(first, end, singular=True, allow_definite=False)
        return victim is not None and victim.count == 1 and victim.qualifier == "exact"

    def _counted_people_end(self, end: int) -> bool:
        """Whether a counted noun phrase of people ends at ``end``: "14 people", "20 members of
        the Eid family", "one of the 179 soldiers" (not "six family units", nor "the families of
        the five journalists")."""
        items = self.items
        start = self.np_left_start(end)
        count = next((j for j in range(start, end + 1) if items[j].is_count), None)
        if count is None or any(self.people_word(j) for j in range(start, count)):
            return False
        if self.whole_of(count, end) is not None:
            return self.people_word(end)  # "one of the 179 soldiers who died": the whole's people
        head = next((j for j in range(count + 1, end + 1) if items[j].low == "of"), end + 1) - 1
        return head > count and (self.people_word(head) or _is_plural_demonym(items[head].low))

    def _linking_adverb(self, k: int) -> bool:
        """Whether item ``k`` is a linking adverb between the verb and its outcome, or a comma
        around it, as South Asian papers write: "two policemen were, however, injured", "a
        soldier was however martyred", "three others were, unfortunately, killed"."""
        items = self.items
        if items[k].low in _LINKING_ADVERBS:
            return True
        return items[k].text == "," and any(
            0 <= j < len(items) and items[j].low in _LINKING_ADVERBS for j in (k - 1, k + 1)
        )

    def _was_left(self, k: int) -> bool:
        """ "A civilian was left injured": "left" after an auxiliary links the people to the outcome."""
        return self.items[k].low == "left" and k > 0 and self.items[k - 1].low in AUX

    def _past_place_or_time(self, k: int) -> int:
        """Past a short phrase of place or time and its comma before "along with", "as well as":
        "five soldiers were killed in the attack, along with two civilians" (``k`` itself when
        none such follows)."""
        items = self.items
        if k >= len(items) or items[k].low not in PREPOSITIONS or items[k].low in _ALONG_WORDS:
            return k
        for j in range(k + 1, min(len(items), k + 7)):
            if items[j].low in _ALONG_WORDS or (items[j].low == "with" and self._own_kin_at(j + 1)):
                return j
            if items[j].low in AUX or items[j].low in _ANY_OUTCOME:
                return k  # a clause of its own: "injured, while his brother was killed along with two cousins"
            if items[j].text == ",":
                return j + 1 if j + 1 < len(items) and items[j + 1].low in _ALONG_WORDS else k
            if not items[j].is_word and (items[j].quantity is None or items[j].is_count):
                return k
        return k

    def _and_himself(self, outcome: Outcome, k: int) -> list[Victim]:
        """ "An LTTE suicide bomber drove a truck into the base, killing 11 sailors and himself", "a
        gunman killed 5 people and herself": the killer, last of the people killed, is one dead
        more (not "themselves", whose number is not told)."""
        items = self.items
        if outcome == "killed" and k + 1 < len(items) and items[k].low == "and" and items[k + 1].low in ("himself", "herself"):
            return [Victim(k + 1, k + 1, 1)]
        return []

    def _alongside(self, k: int) -> list[Victim]:
        """ "was killed alongside her two children", "killed a woman, Alia, along with her
        grandson", "killing 10 of them in addition to the wife of a commander", "one civilian was
        killed plus two attackers", "killed, not including the bomber": more people from
        ``k`` on, after a name in commas or a short adverbial."""
        items = self.items
        if k + 1 < len(items) and items[k].low == "of" and items[k + 1].low == "them":
            k += 2  # "killing 10 of them in addition to ..."
        if k < len(items) and items[k].text == ",":
            k += 1
            name_end = k
            while name_end < len(items) and items[name_end].is_cap:
                name_end += 1
            if name_end > k and name_end < len(items) and items[name_end].text == ",":
                k = name_end + 1  # past the name: "a 91-year-old woman, Alia Jarghoun, alongside"
        while k < len(items) and (items[k].low in ADVERBS or items[k].low in HEDGES):
            k += 1
        k = self._past_place_or_time(k)
        following = [item.low for item in items[k : k + 3]]
        if following[:1] in (["alongside"], ["plus"]):
            start = k + 1
        elif following[:2] in (["along", "with"], ["together", "with"]):
            start = k + 2
        elif following in (["in", "addition", "to"], ["as", "well", "as"]):
            start = k + 3
        elif following[:1] == ["with"] and self._own_kin_at(k + 1):
            start = k + 1
        elif following[:2] == ["not", "including"] or following[:1] == ["excluding"]:
            return self._attackers_left_out(k + 1 + (following[0] == "not"))
        else:
            return []
        more = [v for v in self.list_right(start, object_position=True) if not v.subset]
        after = more[-1].last + 1 if more else len(items)
        if after < len(items) and (items[after].low in PARTICIPLES or items[after].low in NOUNS):
            return []  # "33 were killed along with 115 wounded": another outcome
        return more

    def _attackers_left_out(self, start: int) -> list[Victim]:
        """ "Twelve soldiers were killed, not including the bomber", "killing 20, excluding the two
        gunmen": the attackers a toll leaves out died too, one more dead each (not "excluding
        soldiers", whose dead a toll leaves out without telling them)."""
        attackers = [v for v in self.list_right(start, object_position=True) if not v.subset]
        return attackers if attackers and all(self.items[v.last].low in ATTACKER_HEADS for v in attackers) else []

    def _own_kin_at(self, k: int) -> bool:
        """Whether the people from ``k`` are someone's own kin, as "with" tells those who shared
        a fate ("was killed with his two sons", "was killed, with two of her children, in the
        strike", "died with her husband"); not what was done with ("was shot with his own gun",
        "with his brother's rifle")."""
        items = self.items
        if k + 2 < len(items) and items[k].is_count and items[k + 1].low == "of":
            k += 2  # "two of her sons"
        if k + 1 >= len(items) or items[k].low not in POSSESSIVES:
            return False
        kin = k + 2 if items[k + 1].is_count else k + 1
        return kin < len(items) and items[kin].low in KIN and (kin + 1 >= len(items) or items[kin + 1].low not in ("'s", "’s"))

    def _as_was(self, k: int) -> list[Victim]:
        """ "Sama Odeh was killed in the strike, as was her brother Yahya", "Two policemen died, as
        did three passers-by": the people after ", as was" (were, did) at the end of the clause from
        ``k`` share the outcome, on top of those before it."""
        items = self.items
        for j in range(k, min(len(items) - 3, k + 12)):
            item = items[j]
            if item.text == "," and items[j + 1].low == "as" and items[j + 2].low in ("was", "were", "did"):
                return [v for v in self.list_right(j + 3, object_position=False) if not v.subset]
            if item.text in ";:" or item.low in AUX or item.low in ACTIVE or item.low in PARTICIPLES:
                return []
        return []

    def _named_after_colon(self, k: int) -> list[Victim]:
        """ "Three generations of the Khalil family were killed in the strike: grandfather Omar
        Khalil, his son Adel and Adel's daughter Rana": people told of without a number, then
        named one by one after a colon in the same sentence, kin among them (a list of
        capitalised words alone may be places)."""
        items = self.items
        colon = next((j for j in range(k, len(items)) if items[j].text in ":;"), None)
        if colon is None or items[colon].text != ":":
            return []
        victims = self.list_right(colon + 1, object_position=False)
        if len(victims) < 2 or any(v.count != 1 or v.subset for v in victims):
            return []
        kin = any(items[j].low in KIN for v in victims for j in range(v.first, v.last + 1))
        return victims if kin else []

    def _family_named_after_colon(self, at: int) -> list[Victim]:
        """ "The strike killed the Qdeih family: the father Nabil (44), the mother Sahar (40) and
        the couple's five children": a family by name as the object, its members told after a
        colon right after it, kin among them, are the people (a family alone has no number)."""
        items = self.items
        if at + 3 >= len(items) or items[at].low != "the" or not self._family_name_word(at + 1):
            return []
        end = next((j for j in range(at + 1, min(len(items), at + 6)) if not self._family_name_word(j)), None)
        if end is None or items[end].low != "family" or end + 1 >= len(items) or items[end + 1].text != ":":
            return []
        victims = self.list_right(end + 2, object_position=True)
        kin = any(items[j].low in KIN for v in victims for j in range(v.first, v.last + 1))
        return victims if len(victims) > 1 and kin and not any(v.subset for v in victims) else []

    def _family_name_word(self, j: int) -> bool:
        """Whether the item at ``j`` is a word of a family's name ("Qdeih", "Abu", "al-Najjar")."""
        item = self.items[j]
        return item.is_cap or (item.is_word and item.low.split("-")[0] in NAME_PARTICLES)

    def _survived_but(self, k: int) -> int:
        """For "the father and a son survived but were badly injured": the survivors' end, before
        "survived but" (or "escaped but"), who were hurt; ``k`` itself otherwise."""
        items = self.items
        if k >= 2 and items[k].low == "but" and items[k - 1].low in _SURVIVING:
            return k - 2
        return k

    def _coordinated_verb(self, k: int) -> int:
        """For "was tortured for three hours and killed": the subject's end, before "was"; the verbs
        may be a list with commas ("were abducted, tortured and killed by the militia")."""
        items = self.items
        for j in range(k - 1, max(-1, k - 12), -1):
            if items[j].text == "," and j > 0 and (self._between_participles(j, k) or self._hurt_comma_then_died(j, k)):
                continue
            if items[j].text in ",;:" or items[j].is_count:
                return -1
            if items[j].low in AUX:
                j -= 1
                while j >= 0 and (items[j].low in AUX or items[j].low in ADVERBS or items[j].low in HEDGES):
                    j -= 1
                return j
        return -1

    def _hurt_comma_then_died(self, comma: int, and_at: int) -> bool:
        """Whether the comma at ``comma`` parts the wounds of the same people from their death after
        the "and" at ``and_at`` ("His son, 12, was wounded, and died of his injuries ten days later",
        "Two guards were injured, and later succumbed"): one subject, hurt then dead."""
        items = self.items
        if comma + 1 != and_at or PARTICIPLES.get(items[comma - 1].low) != "wounded":
            return False
        verb = and_at + 1 + (and_at + 1 < len(items) and items[and_at + 1].low == "later")
        return verb < len(items) and items[verb].low in ("died", "succumbed")

    def _between_participles(self, comma: int, and_at: int) -> bool:
        """Whether the comma at ``comma`` parts two verbs of a list ("abducted, tortured and killed"),
        or closes one of three before the "and" at ``and_at`` ("abducted, tortured, and killed"); not a
        verb and what follows it ("were recovered, including martyrs and wounded", "were rescued, and")."""
        items = self.items
        serial = comma + 1 == and_at and comma >= 2 and items[comma - 2].text == ","  # a list of three or more
        after = serial or self._listed_deed(comma + 1)
        return bool(after) and self._listed_deed(comma - 1)

    def _listed_deed(self, k: int) -> bool:
        """Whether the item at ``k`` is a verb of what was done to people, other than an outcome of
        the hurt or the dead ("tortured", "abducted"; not the casualties' "killed, wounded and
        captured", one undivided figure)."""
        low = self.items[k].low
        return bool(_A_LISTED_PARTICIPLE.fullmatch(low)) and PARTICIPLES.get(low) not in ("killed", "wounded", "missing")

    def _right(self, outcome: Outcome, word: str, first: int, last: int, nominal: bool = False) -> None:
        """People after the outcome word: "killing 61 people", "the deaths of 12 fighters"."""
        items = self.items
        if nominal and self._not_casualty(first, word):
            return
        start = last + 1
        if start < len(items) and items[start].low in ("and", "or") and start + 1 < len(items):
            if items[start + 1].low in ACTIVE or items[start + 1].low in PARTICIPLES:
                return  # "kill and wound 80": not one outcome
        if first >= 2 and items[first - 1].low == "or" and ACTIVE.get(items[first - 2].low, outcome) != outcome:
            return  # "killed or wounded 30 people": casualties of either outcome, undivided
        if self.negated_before(first) or self._attempted(first):
            return
        victims = (
            self._him_and_others(start)
            or self.list_right(start, object_position=True)
            or self._counted_antecedent(start)
            or self._them_counted_after(start)
            or self._one_taken_before(start)
            or self._attackers_killing_themselves(start)
            or self._family_named_after_colon(start)
        )
        if nominal:
            victims.extend(self._last_of_a_subject_list(first, victims))
        losing = word in LOSING or word in LOSS_NOUNS
        if victims and losing and not (self._lost_people(victims) or self._family_lost_members(first, victims)):
            return
        if victims and losing and self._lost_of_several_outcomes(victims[-1].last + 1):
            return  # "lost 584 men killed, wounded or missing": casualties of either outcome, undivided
        if victims and word in ARMED_ONLY and not self._armed_men_killed(first, victims):
            return
        if victims:
            most = self._at_most_right(victims[-1].last + 1)  # "killed at least 14 people, and possibly as many as 20"
            if most is not None and len(victims) == 1 and victims[0].count < most:
                victims[0].count_max = most
            victims.extend(self._alongside(victims[-1].last + 1))
            killer = self._and_himself(outcome, victims[-1].last + 1)
            victims.extend(killer)
            self.frames.append(Frame(outcome, word, (first, last), victims))
            if not nominal and outcome == "killed" and items[start].low not in ("himself", "herself") and not killer:
                self._suicide_attackers(first)
        else:
            self._remember(start, self.np_right_end(start))

    def _last_of_a_subject_list(self, noun: int, victims: list[Victim]) -> list[Victim]:
        """ "The bodies of a mother and her three children were recovered", "The deaths of a soldier
        and two civilians were confirmed": after an outcome noun that opens its clause, the people
        joined by "and" right before the clause's verb are the last of its people, not the subject
        of a clause of their own (as they are after a verb: "killing a man, and three children were
        wounded")."""
        items = self.items
        opens = noun >= 1 and items[noun - 1].low == "the" and (noun == 1 or items[noun - 2].text in ",;:")
        k = victims[-1].last + 1 if victims else -1
        if not opens or k < 0 or k + 1 >= len(items) or items[k].low != "and":
            return []
        more = self.list_right(k + 1, object_position=True)
        after = more[-1].last + 1 if more else len(items)
        return more if len(more) == 1 and after < len(items) and items[after].low in AUX else []

    def _counted_antecedent(self, at: int) -> list[Victim]:
        """ "Gunmen dragged 19 passengers off the bus and shot them dead", "abducted 12 villagers
        and later killed all of them": "them" (or "all of them") as the object at ``at`` points
        back to the people counted as the object of a verb before it in the same sentence; not
        after "to" ("threatened to kill them").  With no such people ("the gunmen killed them")
        the pronoun gives nothing: whom it means was told in another sentence, or not."""
        items = self.items
        words = [item.low for item in items[at : at + 3]]
        if words[:1] in (["him"], ["her"]):
            return self._attackers_taken_back(at)
        pronoun = at + 2 if words == ["all", "of", "them"] else at
        if not words or items[pronoun].low != "them" or (at >= 2 and items[at - 2].low == "to"):
            return []  # "threatened to kill them": no killing told
        for j in range(pronoun - 2, 0, -1):
            if items[j].text in (";", ":"):
                break  # no people counted in this clause: perhaps the attackers the sentence opens on
            before = items[j - 1].low
            if items[j - 1].low in _PARTICLES and j > 1:
                before = items[j - 2].low  # "lined up eight men"
            if not items[j].is_count or before in AUX or not (
                before in ACTIVE or verb_like(before) or before in TAKING_OR_HOLDING or before in _SHOOTING
            ):
                continue
            victims = [v for v in self.list_right(j, object_position=True) if not v.subset]
            if not victims or victims[0].first != j or victims[-1].last >= pronoun:
                return []
            return [Victim(v.first, v.last, v.count, v.qualifier, v.count_max) for v in victims]
        return self._attackers_taken_back(at) or self._handlers_of_a_blast(pronoun)

    def _them_counted_after(self, at: int) -> list[Victim]:
        """ "The shabiha killed them with knives, 108 people", "they shot them dead, 14 men": "them"
        as the object at ``at``, counted in apposition after the comma that closes the verb's
        clause (a reader's or a witness's way of telling whom), the people ending the sentence, a
        clause of their own or before a phrase of where or when ("3 fighters and a boy, in one
        strike").  Not a count of something else ("killed them, 3 days after the raid"), nor one
        that opens a clause with its own verb ("shot them, 12 soldiers were wounded"), nor a part
        of them ("4 of them children"), nor after words that count or tell an outcome themselves."""
        items = self.items
        if at >= len(items) or items[at].low != "them":
            return []
        comma = next((k for k in range(at + 1, min(len(items), at + 6)) if items[k].text in ",;:."), None)
        if comma is None or items[comma].text != "," or comma + 1 >= len(items) or not items[comma + 1].is_count:
            return []
        between = items[at + 2 if items[at + 1].low == "dead" else at + 1 : comma]  # "shot them dead, 14 men"
        if any(item.is_count or item.low in _ANY_OUTCOME or item.low in AUX for item in between):
            return []
        victims = self.list_right(comma + 1, object_position=False)
        if not victims or victims[0].first != comma + 1 or victims[0].subset:
            return []
        end = max(victims[-1].last, self.np_right_end(comma + 1)) + 1
        if end < len(items) and items[end].text not in ",.!?;" and items[end].low not in PREPOSITIONS:
            return []  # a clause of the count's own: "shot them, 12 soldiers were wounded"
        return victims

    def _one_taken_before(self, at: int) -> list[Victim]:
        """ "Terrorists abducted a teenager and later shot him dead", "militants kidnapped a
        Christian man in Arish and beheaded him": "him" or "her" as the object at ``at`` points back
        to the one person taken earlier in the same sentence, the object of a verb of abduction,
        as list entries tell a hostage killed; no one else is counted in between."""
        items = self.items
        if at >= len(items) or items[at].low not in ("him", "her") or (at + 1 < len(items) and items[at + 1].is_word and items[at + 1].low != "dead" and items[at + 1].low not in PREPOSITIONS):
            return []  # "killed her husband": a possessive
        for j in range(at - 1, 0, -1):
            if items[j].text in (";", ":") or items[j].is_count and items[j - 1].low not in ACTIVE:
                return []
            if ACTIVE.get(items[j - 1].low) != "captured":
                continue
            taken = [v for v in self.list_right(j, object_position=True) if not v.subset]
            if len(taken) != 1 or taken[0].count != 1 or taken[0].first != j or taken[0].last >= at:
                return []
            return [Victim(j, taken[0].last, 1)]
        return []

    def _attackers_taken_back(self, at: int) -> list[Victim]:
        """ "Two gunmen stormed the bank and police shot them dead", "Three militants attacked the
        post before troops killed them", "Five bombers attacked the base; the soldiers killed all
        of them": "them" or "all of them" at ``at`` after the forces, told as a new subject after
        "and", "before" or a semicolon, points back to the counted attackers the sentence opens
        on; "him" or "her" to the one attacker it opens on ("An Islamist gunman killed four people
        before police shot him dead").  Not to other people ("Two policemen chased the robbers and
        soldiers shot them dead")."""
        items = self.items
        k = at - 2  # the word before the verb
        while k >= 0 and items[k].low in _TAKERS:
            k -= 1
        if k < 1 or k == at - 2 or (items[k].low not in _THEN_WORDS and items[k].text != ";"):
            return []
        if items[at].low in ("him", "her"):
            return [v for v in self._opening_attackers(k) if v.count == 1]
        first = 1 if items[0].low in DETERMINERS else 0
        if not items[first].is_count:
            return []
        victims = [v for v in self.list_right(first, object_position=False) if not v.subset]
        if len(victims) != 1 or victims[0].first != first or victims[0].last >= k:
            return []
        words = {item.low for item in items[first : victims[0].last + 1]}
        return [Victim(first, victims[0].last, victims[0].count, victims[0].qualifier, victims[0].count_max)] if words & _ATTACKERS else []

    def _handlers_of_a_blast(self, pronoun: int) -> list[Victim]:
        """ "Two militants were assembling a bomb when it went off prematurely, killing them both",
        "Three boys found a mortar shell, which exploded and killed them": in a list entry of a bomb
        that went off in its makers' or finders' hands, "them" at ``pronoun`` points back to the
        counted people the sentence opens on, where a blast is told between them and the pronoun
        (not "Three gunmen stormed the hotel and killed them": no blast, and the gunmen are the
        killers).  The people must open the sentence and not be told dead or hurt already."""
        items = self.items
        if not items or not items[0].is_count:
            return []
        victims = [v for v in self.list_right(0, object_position=False) if not v.subset]
        if len(victims) != 1 or victims[0].first != 0:
            return []
        between = [item.low for item in items[victims[0].last + 1 : pronoun - 1]]
        blasts = [k for k, word in enumerate(between) if word in _BLAST_WORDS or (k and between[k - 1] in _BLAST_PARTICLES.get(word, ()))]
        if not blasts or any(word in PARTICIPLES or word in INTRANSITIVE for word in between[: blasts[0]]):
            return []  # "Two soldiers were wounded when a mine exploded, killing them": told already
        v = victims[0]
        return [Victim(v.first, v.last, v.count, v.qualifier, v.count_max)]

    def _count_of_the(self, k: int) -> int | None:
        """Where the count before "of" and "the" (or "those") at ``k`` is: "two of the injured",
        and "two more of the injured" (more of them, as those told before); None without one."""
        items = self.items
        if k < 2 or items[k - 1].low != "of":
            return None
        count = k - 3 if items[k - 2].low == "more" and k > 2 else k - 2
        return count if items[count].is_count else None

    def _of_the(self, i: int) -> bool:
        """Whether the outcome word at ``i`` follows "<count> of the" ("two of the injured")."""
        items = self.items
        return i >= 3 and items[i - 1].low == "the" and items[i - 2].low == "of" and items[i - 3].is_count

    def _hedged_past(self, k: int) -> bool:
        """Whether item ``k`` is "may" or "might" of "may have died", "might have been killed"."""
        items = self.items
        return items[k].low in _HEDGED_PAST and k + 1 < len(items) and items[k + 1].low in HAVE

    def _known_to(self, k: int) -> bool:
        """Whether item ``k`` is "known" of "are now known to have died", "is known to have been
        killed": what is sure of people, between them and their outcome."""
        items = self.items
        return items[k].low == "known" and k + 1 < len(items) and items[k + 1].low == "to"

    def _lost_of_several_outcomes(self, at: int) -> bool:
        """Whether the outcomes listed at ``at`` after the people lost are more than one ("the
        battalion lost 584 men killed, wounded or missing", "lost 300 men killed or wounded"): one
        undivided figure of casualties; not "lost 25 men killed" nor "lost 20 men killed and 40
        wounded"."""
        items = self.items
        outcomes: set[str] = set()
        k = at
        while k < len(items) and (outcome := PARTICIPLES.get(items[k].low)):
            outcomes.add(outcome)
            if k + 2 >= len(items) or items[k + 1].low not in (",", "or", "and"):
                break
            k += 3 if items[k + 1].low == "," and items[k + 2].low in ("or", "and") else 2
        return len(outcomes) > 1

    def _lost_people(self, victims: list[Victim]) -> bool:
        """Whether every item lost is armed men, kin or people ("13 men", "two brothers"), or a
        country's people lost in an event ("464 citizens in the stampede"), not "personnel" (see
        ``_PERSONNEL_LOSSES``)."""
        items = self.items
        return all(
            items[v.last].low not in _PERSONNEL_LOSSES
            and (
                items[v.last].low in LOST_PEOPLE
                or (items[v.last].low in LOST_IN_AN_EVENT and v.last + 1 < len(items)
                    and (items[v.last + 1].low in _DURING_AN_EVENT or self._lost_to_violence(v.last + 1)))
                or describe(self.text[items[v.first].start : items[v.last].end]).side in ("forces", "armed")
            )
            for v in victims
        )

    def _lost_to_violence(self, at: int) -> bool:
        """Whether "to" at ``at`` names the violence a country's people were lost to ("lost 35,000
        citizens to terrorism", "to the Boko Haram insurgency"), the next four words read."""
        items = self.items
        return items[at].low == "to" and any(item.low in _LOST_TO for item in items[at + 1 : at + 5])

    def _family_lost_members(self, verb: int, victims: list[Victim]) -> bool:
        """Whether the members lost are a family's, as monitors tell its dead: "the Abu Daqqa
        family lost 11 members", "he lost 11 members of his family", "lost five family members";
        not "the union lost 200 members", nor members lost before ("the family had already lost
        two family members in previous strikes")."""
        items = self.items
        if len(victims) != 1:
            return False
        words = {item.low for item in items[victims[0].first : victims[0].last + 1]}
        if not words & {"members", "member"}:
            return False
        after = {item.low for item in items[victims[0].last + 1 : victims[0].last + 5]}
        if (verb > 0 and items[verb - 1].low == "already") or after & _BEFORE_THIS_ATTACK:
            return False
        return "family" in words or (verb > 0 and items[verb - 1].low in ("family", "families"))

    def _armed_men_killed(self, verb: int, victims: list[Victim]) -> bool:
        """Whether every item is armed men ("12 terrorists", "five insurgents"), whom a military
        press release says it "neutralised" or "eliminated", the writer using its word: in quote
        marks ('the army said it "eliminated" many insurgents') the word stays the army's."""
        items = self.items
        if verb > 0 and items[verb - 1].text in QUOTE_MARKS:
            return False
        return all(
            items[v.last].low in _OUTLAWS or describe(self.text[items[v.first].start : items[v.last].end]).side == "armed"
            for v in victims
        )

    def _him_and_others(self, start: int) -> list[Victim]:
        """ "killing him and four members of his family", "killing him, his wife and their three
        sons": the one the pronoun points to, named before but not counted, and the people after
        "and" (or a list of his own after a comma).  So too "a gunman killed himself and
        three others"; "themselves and ..." names the others only (how many killed themselves is
        the subject's figure)."""
        items = self.items
        if start + 2 >= len(items) or not (items[start + 1].low == "and" or self._list_after_comma(start + 1)):
            return []
        if items[start].low not in ("him", "her") and items[start].low not in _REFLEXIVES:
            return []
        others = self.list_right(start + 2, object_position=True)
        if not others or items[start].low == "themselves":
            return others
        return [Victim(start, start, 1), *others]

    def _list_after_comma(self, k: int) -> bool:
        """Whether the comma at ``k`` goes on with a list of the people after "him" that closes
        with "and" ("killing him, his wife and their three sons", "killing her, her driver and two
        guards"); not "killing him, police said", "shot him, then fled"."""
        items = self.items
        if items[k].text != "," or k + 1 >= len(items) or items[k + 1].low not in POSSESSIVES:
            return False
        return any(item.low == "and" for item in items[k + 2 : k + 8])

    def _remember(self, first: int, last: int) -> None:
        """Note who a casualty phrase without a number is about ("the deaths of Iranian troops")."""
        if first > last:
            return
        group = describe(self.text[self.items[first].start : self.items[last].end])
        if group.nationality and group.role:
            self._mention(group.nationality, group.role)

    def _leaving(self, i: int) -> int:
        """ "leaving 20 dead and 33 wounded", "left 1 peacekeeper dead"; not "left 12 casualties,
        including three dead", whose dead are a part of the casualties (``casualty_splits``)."""
        items = self.items
        if step := self._left_with_hurts(i):
            return step
        victims = self.list_right(i + 1, object_position=True)
        if not victims or any(items[v.last].low == "casualties" for v in victims if not v.subset):
            return 1
        after = victims[-1].last + 1
        while after < len(items) and items[after].low in ADVERBS:
            after += 1
        if after < len(items) and items[after].low in PARTICIPLES:
            outcome = PARTICIPLES[items[after].low]
            if (past := self._past_joint_outcomes(after, outcome)) is not None:
                return past - i  # "left 15 people dead or missing", "left 20 dead, injured or missing"
            self.frames.append(Frame(outcome, items[after].low, (after, after), victims + self._plus_after(after + 1)))
            return after - i + 1
        return 1

    def _past_joint_outcomes(self, after: int, outcome: Outcome) -> int | None:
        """Where a list of outcomes ends that starts with the one at ``after``, of people left, when
        it counts them together, of none alone: joined by "or", or by "and" to another outcome or
        after commas ("left 15 people dead or missing", "left 30 people killed and injured", "left
        20 dead, injured or missing"); None for "left 30 dead and 12 injured" and "left 3 dead and
        wounded 7 others", whose second verb has its own figure."""
        items = self.items
        last = self._past_listed_outcomes(after)
        if last >= len(items) or items[last].low not in PARTICIPLES or items[last - 1].low not in ("or", "and"):
            return None
        joint = items[last - 1].low
        if last + 1 < len(items) and items[last + 1].is_count:
            return None
        if joint == "and" and last == after + 2 and PARTICIPLES[items[last].low] == outcome:
            return None
        return last + 1

    def _plus_after(self, k: int) -> list[Victim]:
        """ "left 67 people dead, plus 4 attackers", "leaving 12 dead plus the gunman": people
        added after the outcome of a toll left, in the same outcome."""
        items = self.items
        k += 1 if k < len(items) and items[k].text == "," else 0
        if k + 1 >= len(items) or items[k].low != "plus":
            return []
        added = [v for v in self.list_right(k + 1, object_position=True) if not v.subset]
        told = range(k + 1, min(len(items), added[-1].last + 2) if added else k + 1)
        return [] if any(items[j].low in PARTICIPLES for j in told) else added  # not "plus 30 wounded"

    def _is_noun_of(self, i: int) -> bool:
        """Whether the noun at ``i`` takes its people after "of" ("the deaths of 12"); not when
        a count comes right before it ("7 deaths of the Syrian Army": of whom, not how many)."""
        items = self.items
        if i + 1 >= len(items) or items[i + 1].low != "of" or (i > 0 and items[i - 1].is_count):
            return False
        return items[i].low not in ("dead", "wounded", "injured", "missing", "lives") and not (
            i > 0 and items[i - 1].low == "mass"
        )

    def _throats_cut(self, i: int) -> bool:
        """Whether "throats" at ``i`` is cut, and of people after "of": "GIA gunmen cut the throats
        of 31 people at a false roadblock", "slit the throats of 12 villagers" (killed)."""
        items = self.items
        return i >= 2 and items[i - 1].low == "the" and items[i - 2].low in _CUTTING and self._is_noun_of(i)

    def _had_throats_cut(self, i: int) -> bool:
        """Whether "throats" at ``i`` is told of the people before it, as massacre reports tell the
        killed: "20 members of one family had their throats cut", "six men had their throats slit"."""
        items = self.items
        return 2 <= i < len(items) - 1 and items[i - 2].low == "had" and items[i - 1].low == "their" and items[i + 1].low in _CUTTING

    def _gun_turned_on_self(self, i: int) -> int:
        """ "A gunman killed 39 people before turning the gun on himself", "then turned his
        weapon on herself": the killer dead by his own hand, one more dead (as "and then killed
        himself" counts him).  The number of items read, none when it is no such phrase ("turned
        the gun on the crowd")."""
        items = self.items
        words = [item.low for item in items[i + 1 : i + 5]]
        if len(words) < 4 or words[0] not in ("the", "his", "her", "their") or words[1] not in _WEAPONS:
            return 0
        if words[2] != "on" or words[3] not in ("himself", "herself"):
            return 0
        self.frames.append(Frame("killed", "turned the gun on", (i, i + 3), [Victim(i + 4, i + 4, 1)]))
        return 5

    def _death_of_one_shot(self, i: int) -> bool:
        """ "Gunmen shot a lawyer in Quetta, resulting in his death", "militants attacked a
        checkpoint guard, causing her death": "his" or "her death" points back to the one person
        shot or attacked earlier in the sentence (a verb that tells no death itself), one dead.
        Whether it is such a death."""
        items = self.items
        his = i - 2 if i >= 3 and items[i - 1].low in _DEATH_TIMING else i - 1
        if items[i].low != "death" or his < 1 or items[his].low not in ("his", "her"):
            return False
        if i + 1 < len(items) and items[i + 1].low in _DEATH_COMPOUNDS:
            return False  # "his death threats"
        for j in range(his - 1, 0, -1):
            if items[j].text in (";", ":") or items[j].low == "him" or self._someone_s_person(j):
                return False
            if not self._shot_or_attacked(j):
                continue
            shot = [v for v in self.list_right(j, object_position=True) if not v.subset]
            if len(shot) != 1 or shot[0].count != 1 or shot[0].first != j or shot[0].last >= his:
                return False
            victims = [Victim(j, shot[0].last, 1), *self._and_that_of(i + 1)]
            self.frames.append(Frame("killed", "death", (his, i), victims))
            return True
        return False

    def _and_that_of(self, k: int) -> list[Victim]:
        """The people of "and that of" or "and those of" at ``k``, right after one person's death:
        "resulting in her death and that of her driver", "causing his death and those of two of
        his guards" (one more, two more); none when no such phrase follows."""
        items = self.items
        if k + 3 >= len(items) or items[k].low != "and" or items[k + 1].low not in ("that", "those") or items[k + 2].low != "of":
            return []
        return [v for v in self.list_right(k + 3, object_position=True) if not v.subset]

    def _someone_s_person(self, j: int) -> bool:
        """Whether "his" or "her" at ``j`` owns a person ("his son", "her bodyguard"), another one
        "his death" may be of; not a thing ("as he left his home")."""
        items = self.items
        return items[j].low in ("his", "her") and (j + 1 >= len(items) or items[j + 1].low in KIN or self.people_word(j + 1))

    def _shot_or_attacked(self, j: int) -> bool:
        """Whether the words before ``j`` shoot at or attack the one after them, telling no death of
        their own: "shot a lawyer", "attacked a guard", "opened fire on a tribal elder", "fired at";
        or hit what is his: "a bomb planted under the car of a judge", "a grenade thrown into the
        office of a union leader"."""
        items = self.items
        before = items[j - 1].low
        if before in _SHOOTING or before in _ATTACKING:
            return True
        if before == "of" and j >= 4 and items[j - 2].low in BELONGINGS_HIT and items[j - 3].low == "the":
            return items[j - 4].low in PREPOSITIONS
        return j >= 2 and before in ("on", "at") and items[j - 2].low in ("fire", "fired")

    def _opens_entry(self, i: int) -> bool:
        """Whether the noun at ``i`` opens its sentence or the text after an entry's title, as a
        list titles an entry with no verb: "Massacre of 34 villagers by Boko Haram fighters",
        "2014 Gwoza attack: Massacre of 18 farmers"."""
        return i == 0 or self.items[i - 1].text == ":"

    def _massacre_named_by_place(self, i: int) -> bool:
        """Whether a name follows "the massacre of" at ``i``: a massacre's name after "of" is its
        place, as massacre lists name them ("the massacre of El Mozote", "In the massacre of La
        Cantuta, soldiers killed 10"), not one person killed; its people come with a count or a
        noun ("the massacre of 16 villagers", "the massacre of the Romanov family")."""
        return i + 2 < len(self.items) and self.items[i + 2].is_cap

    def _funeral_attacked(self, i: int) -> bool:
        """Whether the funeral at ``i`` is where or what an attack hit ("a bomb exploded at the
        funeral of a police officer, killing 12 mourners", "a suicide bomber attacked the funeral
        of a militia commander, killing 9"): the one mourned died before, and an incident list's
        toll is the attack's own counted people after.  Without them ("tear gas at the funeral of
        a protester shot dead on Friday") and in "the funerals of 14 fighters were held" the
        mourned are still the dead."""
        items = self.items
        if items[i].low != "funeral" or i < 2 or items[i - 2].low not in _FUNERAL_HIT or i + 2 >= len(items):
            return False
        return any(item.is_count for item in items[self.np_right_end(i + 2) + 1 :])

    def _kin_of_the_dead(self, i: int) -> bool:
        """Whether "the dead" at ``i`` is whose kin the people before it are: "Jihad Barbakh, a
        family member of the deceased, said", "the relatives of the dead demanded justice"."""
        items = self.items
        return i >= 3 and items[i - 1].low == "the" and items[i - 2].low == "of" and (
            items[i - 3].low in KIN or items[i - 3].low in _KIN_OF_ANYONE
        )


def _is_plural_demonym(low: str) -> bool:
    """A people by its nationality, in the plural: "the 2,000 Palestinians who died", "4,000 Iraqis who
    were killed" (a relative clause's people, as "14 people who")."""
    return low.endswith("s") and low[:-1] in DEMONYMS
