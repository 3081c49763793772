"""Which figures in one document count people that an earlier figure already counted.

A report states its toll, then tells it again: "six members of the family were killed ... the
six were listed among the dead", or gives another source's figure for the same strike ("Roya
News reported that nine had been killed").  Adding those up would count the same dead twice.

The rule: a figure restates the first earlier figure of the same outcome that could be about the
same people, unless it is in the same sentence (a list, "6 soldiers and a civilian", adds up)
or says it is about another event ("in a separate attack", "elsewhere").  Two figures cannot be
about the same people when they name different nationalities or sides (soldiers and militants),
or cover time windows that do not overlap.  Nor can a figure of armed men and an earlier toll of
anyone ("5 people were killed ... 8 militants were killed in the clashes that followed"), fighters
or forces "also killed" after a toll of anyone, or a suicide bomber's own death and a figure of
anyone but armed men; one armed man dead after a suicide attack's bomber ("12 died in a suicide
bombing. The bomber was killed instantly") is that bomber told again.  Running totals and
subsets are neither restated nor restating: they are never part of the sum in the first place.

A restatement with more people than the figure it restates ("the first report said 6 ... later
reports put the toll at 9") widens that figure's range: one event, one tally from 6 to 9.  One
that puts a number on people first told of without one ("several were killed ... nine deaths")
takes the vague figure in as its part.

A figure broken down after a colon in its own sentence holds the figures that follow as parts;
so does the toll of several attacks told at once ("A wave of attacks across Iraq killed 93
people ... In Hillah, two car bombs killed at least 22") for the attacks told one by one after it.

``event_tallies`` returns the figures whose sum is the document's own toll (see there).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

from crawler.extract.claimed_fighters import leave_out_claimed_fighters
from crawler.extract.claims import UNNAMED_SOURCES
from crawler.extract.groups import (
    AFFILIATIONS,
    ARMED_GROUPS,
    COUNTRIES,
    DEMONYMS,
    GENERIC_AFFILIATIONS,
    ROLES,
    describe,
    side_of,
)
from crawler.extract.monitor_ranges import INJURIES, MONITOR_RANGE
from crawler.extract.named_dead import widen_for_named_dead
from crawler.extract.numbers import parse_number
from crawler.extract.other_incidents import mark_other_incidents, names_no_civilian_dead, tells_a_strike
from crawler.extract.outcomes import ACTIVE, TOLL_WORDS
from crawler.extract.possible_victims import widen_for_possible_victims
from crawler.extract.records import Sentence, Tally, TimeWindow
from crawler.extract.replies import answered_between
from crawler.extract.running_tolls import ESTIMATE_NOUNS, HARM_PUT_AT, RATE_WORDS, RELATIVES_PUT
from crawler.extract.scan import may_hold_words, opening_on_letters, word_alternation
from crawler.extract.wider_spans import PAST_24_HOURS, of_a_wider_span
from crawler.extract.word_classes import ADVERBS, HEDGES, MONTHS_AND_DAYS

# One person's kin word, as the regexes of kin below read it ("grandmother", "wife", "cousin").
_KIN_WORD = r"(?:grand)?(?:mother|father|son|daughter)|wife|husband|brother|sister|uncle|aunt|nephew|niece|cousin"

_MORE_PEOPLE = re.compile(r"\b(?:also|additional|as\s+well)\b", re.IGNORECASE)
_BEFORE = 30  # characters before a figure where "as well as (the deaths of)" says it adds people
_ANOTHER_EVENT = re.compile(
    r"\b(?:in\s+(?:another|a\s+(?:separate|second|third|different)|other|separate)\s+"
    r"(?:incident|attack|strike|raid|explosion|blast|bombing|clash|incidents|attacks|strikes)"
    r"|separately|elsewhere|in\s+a\s+separate\b)",
    re.IGNORECASE,
)
# Words next to a figure that say its people come on top of those counted before: "Another
# soldier was executed", "killing an additional eight", "Four attackers were also killed", and
# a bomber who never set off his charge, after one who did: "a would-be suicide bomber was shot dead".
_ADDED_PEOPLE = re.compile(
    r"\b(?:another|an?\s+additional|additional|a\s+(?:second|third|fourth)|further|an?\s+would-be)\b", re.IGNORECASE
)
# People told as others beside those counted, and as more, in a figure's own words, even as a
# source tells it: "Three other Americans were also killed", "two other soldiers were also shot
# dead"; not the rest of a group told before ("the other three were also killed"), nor "others"
# alone, which sources use for the people another source counted ("injuring three others").
_OTHER_PEOPLE = re.compile(
    r"(?<!\bthe\s)\b(?!the\b)[\w,]+\s+other\s+(?:[\w-]+\s+){1,3}?(?:were|was|have|had)\s+also\b", re.IGNORECASE
)
# One victim more by rank, in a figure's own words, even as a source tells it: "A fourth man later
# died of his wounds, according to the hospital", "the body of a 15th victim was recovered", "A
# twelfth victim died after 13 years in a coma", "a sixth soldier later died", "a fourth family member,
# Samir, later died of his wounds, his cousin said", "A 31st cadet died of his wounds", and so "a further
# victim died of his wounds the next day"; not a rank among kin or in a picture ("a second son
# of Ahmed", "the body of a second child").
_NEXT_BY_RANK = re.compile(
    r"\ban?\s+(?:further|additional|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|"
    r"fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|\d{1,3}(?:st|nd|rd|th))"
    r"(?:\s+(?:victim|person|man|woman|civilian|body|death|fatality|soldier|policeman|officer|passenger"
    r"|(?:family\s+)?member|relative|neighbou?r|paramedic|medic|rescuer|journalist|doctor|nurse|worker|fighter|teenager"
    r"|cadet|student|pupil|patient|detainee|prisoner|migrant|farmer|shepherd|guard|volunteer)\b"
    r"|\s*,|\s+(?:later\s+)?(?:died|succumbed)\b"  # the ordinal alone: "A sixth, a girl, died", "a fifth died"
    r"|\s+(?:child|boy|girl)\s+(?:later\s+)?(?:died|succumbed)\b)",  # "a third child died of his wounds"
    re.IGNORECASE,
)
# A doubt before or in such a figure leaves its victim to the range ("making it possible that a
# seventh man was killed", "a sixth man may have been killed": see possible_victims).
_DOUBT = re.compile(r"\b(?:possible|possibly|may|might|could|unclear|unconfirmed|suggests?|indicates?)\b", re.IGNORECASE)
_DOUBT_BEFORE = 60  # characters before the figure read for a doubt
# People of the figure before who died later, so were not yet dead: "Two of them died later in
# hospital", "One of them later died of his wounds" (not "Two of them died instantly").
_DIED_LATER = re.compile(
    r"[\w-]+\s+of\s+them\s+(?:later\s+died|died\s+(?:later|in\s+hospital|of\s+(?:their|his|her)\s+(?:wounds|injuries)))\b",
    re.IGNORECASE,
)
# A toll told as a label: "death toll: 3".
_TOLL_LABEL = re.compile(r"(?:death\s+)?toll\s*:", re.IGNORECASE)
# "Five of the injured died overnight": deaths that come on top of those counted as killed.
_OF_THE_INJURED = re.compile(r"\bof\s+the\s+(?:injured|wounded)\b", re.IGNORECASE)
# The same fronted, opening the sentence before its count: "Of the wounded, two later died".
_FRONTED_OF_THE_INJURED = re.compile(r"\W*of\s+the\s+(?:injured|wounded)\s*,\s*", re.IGNORECASE)
# A toll told with why it stands so, right before the figure: "put the toll at 18 after (two of the
# injured died)", "the death toll rose to 9 as (three of the wounded died)"; the figure is in the toll.
_WHY_THE_TOLL = re.compile(
    r"\b(?:toll|number\s+of\s+(?:dead|deaths|victims|martyrs))\b[^.;]{0,40}?\d[\d,]*\s+(?:after|as|when)\s+$",
    re.IGNORECASE,
)
# Why a toll a source puts, or a figure it tells anew, stands so, right after its figure: "put the
# toll at 11 on Wednesday, after (three more bodies were recovered)", "said 14 had been killed, after
# (four of the injured died)"; the figures of that clause are in it.
_WHY_TOLD = re.compile(r"[^.;,\d]{0,25}?,?\s+(?:after|as)\s", re.IGNORECASE)
# The victims who died later were hurt first: "One of the victims later died", "died of his wounds".
_VICTIM_DIED_LATER = re.compile(
    r"\bof\s+the\s+victims\s+(?:later\s+(?:died|succumbed)|died\s+(?:later|in\s+hospital|of\s+(?:his|her|their)\s+(?:wounds|injuries)))\b",
    re.IGNORECASE,
)
_DIED_LATER_AFTER = 40  # characters after a figure read for how its victim died
# One person more, told with "a", who was hurt and died after the toll was told: "A neighbour died of
# his wounds three days later", "A 16-year-old boy who was seriously injured in the strike died the
# next day", "A woman hurt in the blast later died in hospital"; not "A boy was killed" (how the
# dead are told), nor "the boy ... later died", who may be one of those counted.
_ONE_HURT_DIED_LATER = re.compile(
    r"an?\s+(?:[\w-]+\s+){0,3}?(?:(?:who\s+(?:was|had\s+been)\s+)?(?:\w+\s+)?(?:injured|wounded|hurt)\b[^.;,]{0,40}?\s+)?"
    r"(?:later\s+(?:died|succumbed)\b|(?:died|succumbed)\s+(?:later\b|of\s+(?:his|her)\s+(?:wounds|injuries)|to\s+(?:his|her)\s+(?:wounds|injuries)"
    r"|in\s+hospital|the\s+(?:next|following)\s+day|(?:a|one|two|three|\d+)\s+(?:days?|weeks?)\s+later))",
    re.IGNORECASE,
)
_ADDED_BEFORE = 16  # characters before a figure read for those words
# One of kin, told by its kin word, who was hurt and died after the toll was told: "The mother, who was
# seriously injured, died of her wounds two days later", "Their grandfather died of his injuries the next
# week", "Ahmad's wife, Hala, later died in hospital", "The nephew, aged 19, died of his wounds", "Basel's
# brother Wael, who was critically injured, died of his wounds" (a name before "who", with or without a
# comma before it), "His wife was seriously injured and died two days later", and the kin of kin or of
# someone told by the possessive, with a clause of where they were: "His wife's mother was badly
# wounded and died in hospital", "The man's brother, who was in the car, was injured and died in
# hospital".  One more when the kin word told no one before (see ``_kin_hurt_died_later``).
_KIN_HURT_DIED_LATER = re.compile(
    r"(?:(?:(?:the|his|her|their)\s+)?[\w-]+['’]s|the|his|her|their)\s+(?:[a-z-]+\s+)?(?P<kin>" + _KIN_WORD + r")(?:-in-law)?"
    r"(?:\s*,?\s*(?:[A-Z][\w-]*(?:\s+(?:al-)?[A-Z][\w-]*)*|(?:aged\s+)?\d+)(?=\s*,))?"
    r"(?:\s*,\s*who\s+(?:was|had\s+been)\s+(?:\w+\s+)?(?:injured|wounded|hurt)\b[^.;,]{0,40}?(?=,)"
    r"|(?:\s*,\s*who\s+[^.;,]{1,40},)?\s+(?:was|had\s+been)\s+(?:\w+\s+)?(?:injured|wounded|hurt)\s+and)?"  # "His wife was seriously injured and died"
    r"\s*,?\s+(?:later\s+(?:died|succumbed)\b|(?:died|succumbed)\s+(?:of\s+(?:his|her)\s+(?:wounds|injuries)"
    r"|to\s+(?:his|her)\s+(?:wounds|injuries)|in\s+hospital|the\s+(?:next|following)\s+(?:day|week)"
    r"|(?:a|one|two|three|four|five|six|seven|\d+)\s+(?:days?|weeks?)\s+later))",
    re.IGNORECASE,
)
# People counted, then "also" hurt or killed: more of them, not those counted before told again ("Their
# daughter was being treated for burns. Three people in the flat next door were also hurt", "killing a
# police chief and six of his bodyguards. Two passing civilians were also killed").
_POSSESSIVE = re.compile(r"\b(?:his|her|their|its)\b|\w['’]s\b", re.IGNORECASE)  # kin of someone told before
_THE_ONE = re.compile(r"the\s", re.IGNORECASE)  # one told before, again ("The boy was also injured")
_ONE_VERBS = frozenset({"was", "is", "has"})  # the verb of one person
_ALSO_HARMED = re.compile(
    r"\b(?P<verb>were|are|was|is|(?:have|has)\s+been)\s+also\s+(?:(?P<hurt>hurt|injured|wounded)|killed|shot\s+dead)\b",
    re.IGNORECASE,
)
# The hurt of the flight from an attack, right after a figure told as more, even as a source tells it:
# "Another 30 people were injured in a stampede that followed the blast, police said", "Eight more were
# hurt in the crush as the crowd fled", "a further 12 injured in the ensuing panic": people beside those
# the blast wounded (not "Police said 20 were injured in the panic", perhaps the same people).
_HURT_FLEEING = re.compile(
    r"(?:\s+(?:later|also))?\s+(?:in\s+(?:the|a)\s+(?:[\w-]+\s+)?(?:stampede|crush|panic)"
    r"|as\s+(?:the\s+)?(?:[\w-]+\s+)?(?:crowds?|people|worshippers|spectators|fans|passengers)\s+(?:fled|ran|rushed|tried\s+to\s+flee)"
    r"|while\s+(?:fleeing|running\s+away))\b",
    re.IGNORECASE,
)
# A sentence that opens on what happened next, before or besides: "Hours later gunmen attacked a
# patrol", "A day earlier, a drone strike killed three", "Earlier in the day, ...", "On the same
# day, ...", "Another three were killed and two injured", "2. An IED explosion", "In response,
# Israel's jets struck ..." (the other side's answer).  Not when it reports a figure again
# ("Later reports put the toll at 9"), nor "In addition to the two doctors, the strike killed
# ...", which tells the rest of the dead besides some of them.
_NEXT_EVENT_OPENING = re.compile(
    r"\s*(?:\d{1,2}\.\s+)?(?:(?:hours|minutes|days|moments|shortly|soon|a\s+day|an\s+hour)\s+(?:later|after|earlier|before)"
    r"|later\b|earlier\b|soon\s+after|shortly\s+after|after\s+nightfall|moreover|meanwhile|in\s+addition(?!\s+to\b)"
    r"|in\s+(?:response|retaliation|reprisal)\b"
    r"|(?:on\s+)?(?:the|that)\s+same\s+day\b"
    r"|additionally|another\b|an?\s+(?:further|additional)\b|\d{1,2}\.\s+\w)",
    re.IGNORECASE,
)
# An event told as one more: "A third car bomb exploded", "Several smaller attacks killed 7",
# "in another mortar attack"; not "in an attack", which may be the one told before.
_EVENT_NOUNS = (
    r"(?:attacks?|bombs?|bombings?|blasts?|explosions?|shootings?|ambush(?:es)?|raids?|clash(?:es)?|landmines?"
    r"|IEDs?|mortars?|rockets?|grenades?|strikes?)\b"
)
# The words between stay inside one noun phrase: "Four dead in suicide bombing" is a figure of
# the dead, not four bombings.
_NEW_EVENT = re.compile(
    r"(?<!the\s)\b(?:another|an?\s+(?:second|third|fourth|fifth)|two|three|four|several|more|other)\s+"
    r"(?:(?!(?:in|at|on|of|near|by|from|after|during|dead|killed|died|wounded|injured|hurt)\b)[\w-]+\s+){0,3}?"
    + _EVENT_NOUNS,
    re.IGNORECASE,
)
# A sentence that opens on an event of its own: "An IED explosion near the market killed two".
_OPENS_ON_EVENT = re.compile(r"\s*(?:\d{1,2}\.\s+)?an?\s+(?:[\w-]+\s+){0,3}?" + _EVENT_NOUNS, re.IGNORECASE)
_SAID = re.compile(r"\b(?:said|says|say|reported|reports|claimed|claims|according\s+to)\b", re.IGNORECASE)
# A source's later figure after a semicolon: "; officials later said", "; the ministry later put".
_LATER_SAID = re.compile(r"\b(?:later|subsequently)\s+(?:said|reported|put|gave|raised|revised)\b", re.IGNORECASE)
# Another source's figure told after a comma and "with": ", with Wafa reporting nine deaths".
_WITH_SOURCE = re.compile(r"[^;:]{0,40}?,\s+with\s+[^,;:]{1,40}?\b(?:reporting|saying|putting|citing)\b", re.IGNORECASE)
# A sentence that opens on its source before its first figure: "According to the White Helmets, 13 civilians".
_OPENS_ACCORDING_TO = re.compile(r"\s*(?:[^,;:]{1,40},\s*)?according\s+to\b[^,;:]{1,60},[^,;:]*$", re.IGNORECASE)
# A source by name and its verb, all that comes between a semicolon and its figure: "; the Libya
# Herald reported that", "; Shehab News Agency said".
_NAMED_SOURCE_SAID = re.compile(
    r"\s*(?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|of|for))*\s+(?:reported|said|put\s+the\s+toll\s+at)\s+(?:that\s+)?"
)
# Unnamed sources and their verb, all that comes between a semicolon or a contrast and their figure:
# "; residents said", ", but local officials said that", ", though some witnesses said", "but villagers said".
_UNNAMED_SOURCE_SAID = re.compile(
    r"[^;]*?(?:;|,?\s+(?:but|though|although|while|whereas))\s+(?:(?:some|other|local|many|the|hospital|medical)\s+)*"
    rf"{word_alternation(UNNAMED_SOURCES)}\s+(?:said|reported|claimed)\s+(?:that\s+)?",
    re.IGNORECASE,
)
# Words in or just after a figure that say its people are more: "5 more", "two others", "were also".
_MORE_IN_FIGURE = re.compile(r"\b(?:more|other|others|also|additional|further|another)\b", re.IGNORECASE)
_AFTER_FIGURE = 12  # characters after a figure where "also" may tell more people
# A second source's verbs of counting: "while the SNHR documented 16", "the ministry later confirmed 10 killed".
_COUNTED_BY = re.compile(r"\b(?:confirmed|documented|recorded|counted|put)\b", re.IGNORECASE)
# The opening of a figure that takes up all the people of one before it: "all three", "all 12 of them", "both".
_ALL_OF_THEM = re.compile(r"(?:all|both)\b", re.IGNORECASE)
_LIST_NUMBER = re.compile(r"\d{1,2}[.)]")
# The words of one person's kin that name no one else's ("child" and "baby" may be a son or daughter).
_ONE_KIN = re.compile(
    r"\b(?:" + _KIN_WORD + r")(?:-in-law)?\b",
    re.IGNORECASE,
)
_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:al-|el-|bin\s+|abu\s+)?[A-Z][a-z]+)+")
_REPORTING = re.compile(
    r"\b(?:report\w*|said|says|according|sources?|toll|claim\w*|confirm\w*|stated|put|revised|updated|wr[oi]te"
    r"|writes|quot\w*|mention\w*|tweet\w*|post(?:ed|ing|s?\s+(?:from|by|on))|shared|alleg\w*|indicat\w*|identif\w*|names?|named|mourn\w*"
    r"|condolences?|images?|videos?|photos?|footage|my|our)\b|[@“”\"]",
    re.IGNORECASE,
)


# A sentence that says the toll may be higher than told: "the death toll may be significantly higher",
# "the toll could reach dozens", "the number of dead is expected to rise".
_MAY_BE_HIGHER = re.compile(
    r"\b(?:toll|number\s+of\s+(?:dead|deaths|victims|martyrs))\s+(?:(?:may|might|could|is\s+(?:likely|expected))\s+"
    r"(?:to\s+)?(?:well\s+)?(?:be\s+(?:significantly\s+|much\s+|far\s+)?higher|reach|rise|exceed|climb))\b",
    re.IGNORECASE,
)


def _may_be_higher(sentence: str) -> bool:
    """Whether the sentence says the toll may be higher than told (read only around "toll" and "number")."""
    return ("toll" in sentence or "number" in sentence) and _MAY_BE_HIGHER.search(sentence) is not None


# A sentence that tells of a strike before the report's own: "The same building had been struck a
# week earlier, killing 11", "her husband was killed in an earlier strike", "two days before"; that
# tells the report's event came after it: "The deaths come a week after five soldiers died"; or
# that compares it with another: "in a similar attack last year", "in a 2009 bombing at the same market".
_EARLIER_STRIKE = re.compile(
    r"\b(?:(?:a|an|one|two|three|four|five|six|several|few|\d{1,2})\s+(?:days?|weeks?|months?|years?)\s+(?:earlier|before)\b"
    r"|(?:comes?|came|coming)\s+(?:just\s+|only\s+|barely\s+)?(?:a|an|one|two|three|four|five|six|several|few|\d{1,2})"
    r"\s+(?:days?|weeks?|months?)\s+after\b"
    r"|in\s+an?\s+(?:earlier|previous|prior)\s+(?:air\s*strike|strike|attack|raid|bombing|incident|shelling)s?\b"
    # or dated in a past week, month or year: "a bomb attack last year killed 30", "an attack at the same market
    # last month"
    r"|\ban?\s+(?:[\w-]+\s+){0,2}?(?:air\s*strike|strike|attack|raid|bombing|shelling|blast|explosion)\s+(?:[^,.;]{0,40}?\s)?"
    r"last\s+(?:week|month|year)\b"
    # another attack told for comparison: "In a similar attack on the same market, 30 were wounded"
    r"|\ban?\s+similar\s+(?:air\s*strike|strike|attack|raid|bombing|incident|shelling|blast|explosion)\b"
    # or at the same place, perhaps dated: "In a 2009 bombing at the same market, 40 were wounded"
    r"|\ban?\s+(?:(?:19|20)\d\d\s+)?(?!(?:second|third|fourth|further|new|twin)\b)(?:[\w-]+\s+)?(?:air\s*strike|strike|attack|raid|bombing|incident|shelling|blast|explosion)"
    r"\s+(?:at|on|in|near)\s+the\s+same\b"
    # or as the first or last attack on the place, dated by its year: "In the first attack on the
    # market, in 2009, 40 people were wounded" (not "in the first attack, 12 died", one of today's)
    r"|\bthe\s+(?:first|last|previous|deadliest|worst)\s+(?:[\w-]+\s+)?(?:air\s*strike|strike|attack|raid|bombing|shelling|blast|explosion)"
    r"\s+(?:at|on|in|near)\s+[^,.;]{1,40}?,?\s+in\s+(?:19|20)\d\d\b"
    # or named by its year, its dead told in the past before the past: "The 2006 train bombings in the
    # city had killed 209" (not "The 2006 bombings killed 209", which a list entry may tell as its own)
    r"|\bthe\s+(?:19|20)\d\d\s+(?:[\w-]+\s+){0,2}?(?:bombings?|attacks?|blasts?|explosions?|massacre|siege|raid)\b"
    r"[^.;]{0,60}?\bhad\s+(?:killed|left)\b)",
    re.IGNORECASE,
)


# A past attack recalled by name for comparison, with its own dead in a clause of it: "It was the third
# attack in three months, after the Manchester bombing in which 22 were killed", "the raid recalled the
# 2013 siege of the Westgate mall, in which 67 people died", "since the Ankara bombing that killed 103".
_PAST_ATTACK_RECALLED = re.compile(
    r"\b(?:after|since|recall(?:ed|ing|s)?|echo(?:ed|ing|es)?|like|than|reminiscent\s+of|compared\s+(?:with|to))\s+"
    r"the\s+(?:(?:\d{4}|(?-i:[A-Z])[\w'’-]*)\s+)+(?:[\w-]+\s+)?"
    r"(?:bombings?|attacks?|siege|massacre|shootings?|blasts?|explosions?|ambush|raid|strike|airstrike)"
    r"(?:\s+(?:of|on|at|in)\s+[^,.;]{1,40}?)?,?\s+(?:in\s+which|which|that|when)\b",
    re.IGNORECASE,
)
# Words of a toll over a wider area or time than one strike: "across Gaza", "in the past 24 hours".
_WIDER_AREA = re.compile(r"\b(?:across|nationwide|throughout|" + PAST_24_HOURS + r")\b", re.IGNORECASE)


def _recalls_an_earlier_attack(sentence: str) -> bool:
    """Whether the sentence tells of an attack before the report's own (``_EARLIER_STRIKE``)."""
    return any(word in sentence for word in _EARLIER_WORDS) and _EARLIER_STRIKE.search(sentence) is not None


_EARLIER_WORDS = ("earlier", "before", "previous", "prior", "after", "similar", "same", "first", "last", "deadliest", "worst", "had")


def _mark_wounded_of_an_earlier_attack(tallies: list[Tally], sentences: list[Sentence]) -> None:
    """ "Nine policemen were killed when Taliban fighters overran their checkpoint ... Last month, 17
    policemen were wounded in a similar raid on a checkpoint in the same district": the first figure of
    the wounded, in a sentence after the report's first figure that recalls an earlier attack, is that
    attack's, left out of the sum (``apart``, in place); a figure of the wounded told before it is read
    against it as a restatement (``_of_another_span``)."""
    counted = [t for t in tallies if not t.outside_the_sum and t.subset_of is None and t.restates is None]
    if not counted:
        return
    first = next((t for t in counted if t.outcome == "wounded"), None)
    if first is not None and first.sentence > counted[0].sentence and _recalls_an_earlier_attack(sentences[first.sentence].text):
        first.apart = True
    _mark_dead_of_an_earlier_attack_in_a_clause(counted, sentences)


def _mark_dead_of_an_earlier_attack_in_a_clause(counted: list[Tally], sentences: list[Sentence]) -> None:
    """ "A car bomb exploded at the Shorja market, killing 15 people; a similar attack at the same
    market last month killed 21", "A suicide bomber killed 9 people at a mosque in Kano, where a bomb
    attack last year killed 30": a figure of the dead in a later clause of the report's first figure's
    sentence (after a comma or semicolon), whose clause recalls an earlier attack, is that attack's,
    left out of the sum (``apart``, in place).  Not a clause of the same day's attacks, told with "and"
    or as more dead ("; a second car bomb minutes later killed 5 more", ", and a similar attack killed
    three more nearby")."""
    lead = counted[0]
    sentence = sentences[lead.sentence]
    for tally in counted[1:]:
        if tally.sentence != lead.sentence or tally.outcome != "killed":
            continue
        between = sentence.text[lead.end - sentence.start : tally.start - sentence.start]
        opening = max(between.rfind(";"), between.rfind(","))
        told = sentence.text[tally.start - sentence.start : tally.end - sentence.start + len(" more")]
        if opening < 0 or _AND_CLAUSE.match(between, opening) or _MORE_DEAD.search(told):
            continue
        if _recalls_an_earlier_attack(between[opening:] + told):
            tally.apart = True


# A clause of more of the same day's dead: opened by "and" (", and a similar attack killed"), or its
# figure told as more ("killed three more"; not "killed more than 20").
_AND_CLAUSE = re.compile(r"[;,]\s*and\b", re.IGNORECASE)
_MORE_DEAD = re.compile(r"\w\s+more\b(?!\s+than)", re.IGNORECASE)


def _of_another_span(figure: Tally, restatement: Tally, sentence: str) -> bool:
    """Whether a restatement's sentence tells of dead beyond the report's own strike, so that they
    widen nothing: a strike before it ("The same building had been struck a week earlier, killing
    11"; relatives, neighbours), or a toll many times the figure over a wider area or time ("The
    Ministry of Health said 243 people were killed across Gaza in the previous 24 hours", "Ahmed
    had lost 12 relatives in the war"); or a past attack it recalls by name ("after the Manchester
    bombing in which 22 were killed")."""
    if _recalls_an_earlier_attack(sentence):
        return True
    if may_hold_words(sentence, ("which", "that", "when")) and _PAST_ATTACK_RECALLED.search(sentence):
        return True  # "..., after the Manchester bombing in which 22 were killed"
    if _dated_long_before(figure.window, restatement.window) or of_a_wider_span(figure, restatement, sentence):
        return True
    if restatement.top <= _UPDATE_RATIO * figure.top:
        return False
    return _names_wider_span(sentence) or _WIDER_AREA.search(sentence) is not None


_LONG_BEFORE = timedelta(days=31)  # a figure dated this long before the report's day is no update of its toll
# The hurt who died of what the strike did to them, on a later day: "Basel's brother Wael, who was
# critically injured, died of his wounds on December 6th", "A woman died of her injuries on Monday",
# "two children succumbed to their wounds in hospital on Tuesday", "Two more of those injured died on
# July 2nd"; or told as the attack's hurt, or as one more of its victims, who died in hospital: "A third
# victim died in hospital on Monday", "His bodyguard, who was badly burned, died in hospital on Wednesday",
# "A second policeman, wounded in the attack, died in hospital" (not "a former minister who had been ill").
_DIED_OF_WOUNDS = re.compile(
    r"\b(?:died|succumbed)\s+(?:later\s+)?(?:of|to|from)\s+(?:his|her|their)\s+(?:wounds|injuries)\b"
    r"|\bof\s+(?:the|those)\s+(?:injured|wounded)\s+(?:later\s+)?(?:died|succumbed)\b"
    r"|\b(?:victims?|wounded|injured|hurt|burned|another|second|third|fourth|fifth)\b[^.;]{0,60}?"
    r"\bdied\s+(?:later\s+)?(?:in|at)\s+(?:a\s+|the\s+)?hospital\b",
    re.IGNORECASE,
)


def _date_the_hurt_who_died_from_the_strike(tallies: list[Tally], sentences: list[Sentence]) -> None:
    """ "A drone strike killed two men on December 3rd ... Basel's brother Wael died of his wounds on
    December 6th": the dead of wounds, dated some days after the report's first figure, are dead of
    its strike; their window runs from the strike's day to their death (in place), so that they are
    read against its figures, not left out as of another time.  Not those dated before it, nor a
    month or more after."""
    lead = next((t for t in tallies if not t.outside_the_sum), None)
    if lead is None or lead.window is None or lead.window.assumed:
        return
    for tally in tallies:
        window = tally.window
        if tally.outcome != "killed" or tally.outside_the_sum or window is None or window.assumed or window.start is None:
            continue
        window = _a_year_on(window, lead.window.end)
        if window.start is None or not lead.window.end < window.start <= lead.window.end + _LONG_BEFORE:
            continue
        sentence = sentences[tally.sentence]
        if _DIED_OF_WOUNDS.search(sentence.text, tally.start - sentence.start):
            tally.window = replace(window, start=lead.window.start or lead.window.end)


_YEAR = re.compile(r"\b\d{4}\b")


def _a_year_on(window: TimeWindow, strike_day: date) -> TimeWindow:
    """ "On November 5th, 2019 ... On November 9th, a girl died of her injuries", in a report dated on
    the strike's day (a monitor's log is dated by its incident): a day told without its year, which
    the publication day put a year back, is the day after the strike it falls on a year on."""
    if window.start is None or _YEAR.search(window.phrase or "") or window.start > strike_day:
        return window
    try:
        start, end = window.start.replace(year=window.start.year + 1), window.end.replace(year=window.end.year + 1)
    except ValueError:  # February 29th
        return window
    return replace(window, start=start, end=end) if strike_day < start <= strike_day + _LONG_BEFORE else window


def _dated_long_before(undated: TimeWindow | None, dated: TimeWindow | None) -> bool:
    """ "Militants stormed a hotel, killing 15 ... In October 2017, a truck bomb in the city killed
    more than 500": a figure dated over a month before the publication day that a figure of no
    date of its own was given is of an event of its own, not an update of that figure."""
    return (
        undated is not None and undated.assumed and dated is not None and not dated.assumed
        and dated.end < undated.end - _LONG_BEFORE
    )  # fmt: skip


# A name in quote marks (the “Green zone”, "Operation Cast Lead"): no one's words.
_QUOTED_NAME = re.compile(r"[“\"][A-Z][\w-]*(?: [\w-]+){0,2}[”\"]")


@lru_cache(maxsize=64)
def _reports(sentence: str) -> bool:
    """Whether the sentence reports what a source said (read once for all its figures); quote
    marks around a short name ("near the “Green zone”") are no quotation."""
    return _REPORTING.search(_QUOTED_NAME.sub("", sentence)) is not None


def mark_restatements(tallies: list[Tally], sentences: list[Sentence]) -> None:
    """Set ``restates`` on every figure that repeats an earlier one (in place)."""
    mark_other_incidents(tallies, sentences)
    _mark_wounded_of_an_earlier_attack(tallies, sentences)
    _date_the_hurt_who_died_from_the_strike(tallies, sentences)
    _mark_fighters_beside_civilians(tallies, sentences)
    _mark_first_raised_tolls(tallies, sentences)
    _mark_why_told_anew(tallies, sentences)
    _mark_breakdowns(tallies, sentences)
    _mark_severity_parts(tallies, sentences)
    _mark_with_parts(tallies, sentences)
    _mark_superseded_accounts(tallies, sentences)
    sides = [_side_in_sentence(tally, tallies) for tally in tallies]
    counted: list[int] = []
    for index, tally in enumerate(tallies):
        if tally.subset_of is not None or tally.outside_the_sum or tally.restates is not None:
            continue
        earlier = next((i for i in counted if _same_people(tallies[i], tally, sentences, (sides[i], sides[index]))), None)
        sentence = sentences[tally.sentence]
        if (
            earlier is None
            or _beside_new_figure(tally, tallies[:index], sentence)
            or _hurt_died_later(index, tallies, sentence)
            or _died_after_its_day(tallies[earlier], tally, sentence)
            or _all_of_another_group(index, tallies, sentences)
            or _taken_one_found_dead(index, tallies, sentences)
        ):
            counted.append(index)
        elif _made_precise(tallies[earlier], tally):
            tallies[earlier].subset_of = index
            counted[counted.index(earlier)] = index
        elif _more_by_number(tally, sentence):
            tally.restates = earlier
            _widen_by_more(tallies, index, earlier, others=False)
        elif _others_opening(tally, sentence):
            tally.restates = earlier
            _widen_by_more(tallies, index, earlier, others=True)
        elif _others_beside_one(tallies[earlier], tally, sentence) or _kin_beside_one(tallies[earlier], tally, sentences):
            tally.restates = earlier
            _widen_by_more(tallies, index, earlier, others=False)
        elif _killers_claim(tallies[earlier], sentences) and not _killers_claim(tally, sentences):
            tallies[earlier].restates = index  # the attackers' claim gives way to the other account
            counted[counted.index(earlier)] = index
        else:
            tally.restates = earlier
            if _killers_claim(tally, sentences):
                continue  # the attackers' claim widens no account of the dead
            if not _toll_of_more_attacks(tallies[earlier], tally, sentences) and not _of_another_span(
                tallies[earlier], tally, sentences[tally.sentence].text
            ):
                _widen(
                    tallies[earlier], tally, _listed_with(earlier, tallies), _besides(index, tallies, sentences),
                    _may_be_higher(sentences[tally.sentence].text),
                )
    _mark_died_since_an_earlier_count(tallies, sentences)
    _take_the_later_dead_from_the_wounded(tallies, sentences)
    _take_the_named_hurt_who_died(tallies, sentences)
    _take_the_wounded_one_who_died(tallies, sentences)
    _take_the_included_dead_from_the_wounded(tallies, sentences)
    _take_the_killed_from_the_stabbed(tallies, sentences)
    _mark_series_parts(tallies, sentences)
    _mark_totals(tallies, sentences)
    _mark_event_tolls(tallies, sentences)
    widen_for_possible_victims(tallies, sentences)
    widen_for_named_dead(tallies, sentences)
    leave_out_claimed_fighters(tallies, sentences)


# The words of a figure of fighters of an armed group; not "volunteers" (of a rescue service, as
# often as of a militia) nor "officers" (of the police, as often as of an armed group).  The groups
# are those of ``groups.AFFILIATIONS`` that are armed groups ("ISIS", "Tahrir al-Sham", "AQAP"),
# and "IS" in capitals only (not the verb).
_GROUP_NAMES = word_alternation(name for name, group in AFFILIATIONS.items() if group in ARMED_GROUPS).replace("\\ ", r"\s+")
_FIGHTERS = re.compile(
    r"\b(?:militants?|fighters?|combatants?|insurgents?|jihadists?|terrorists?|militiam[ae]n|mujahideen|guerrillas?"
    r"|commanders?|members?\s+of|(?:" + _GROUP_NAMES + r"|(?-i:IS))\b)",
    re.IGNORECASE,
)

_JOINED_CIVILIANS = re.compile(r"\s+(?:and|or)\s+civilians\b", re.IGNORECASE)
# The words of a figure up to the last part told by its own verb: "Of the dead, eight were civilians
# from the al-Hussein family and four were ISIS fighters" (the fighters' figure is "four were ISIS fighters").
_BEFORE_OWN_CLAUSE = re.compile(r".*(?:,|;|\band\b)\s+(?=[\w-]+\s+(?:were|was)\b)", re.IGNORECASE | re.DOTALL)


# A part of a list of the dead, each part opened by its own number: "killed (two civilians) and (five
# al-Shabaab militants)", "(Two Ahrar al-Sham members) and (three civilians) were killed".
_LIST_PART = re.compile(r"(?:,\s+|\s+and\s+|\b)(?:at\s+least\s+)?(?P<n>[\w-]+)\s", re.IGNORECASE)


def _own_list_part(words: str, count: int) -> str:
    """The words of a figure from its own number in a list of the dead that counts each part, up to
    the next part opened by a number: "killed two civilians and five al-Shabaab militants" is, for 5,
    "five al-Shabaab militants"; words with no such part are read whole ("killed 4 fighters and
    civilians", the civilians joined to the fighters' number)."""
    opened = [m for m in _LIST_PART.finditer(words) if m["n"].lower() in ("a", "an") or parse_number(m["n"]) is not None]
    own = [k for k, m in enumerate(opened) if parse_number(m["n"]) == count]
    if not own or len(opened) < 2:
        return words
    k = own[-1]
    end = opened[k + 1].start() if k + 1 < len(opened) else len(words)
    return words[opened[k].start("n") : end]


def _only_fighters(tally: Tally, sentences: list[Sentence]) -> bool:
    """Whether a figure's words name fighters, and no civilians among them or joined to them, who
    share its number ("killed 4 fighters and civilians"); of words that tell parts each by its verb,
    only the figure's own part is read."""
    sentence = sentences[tally.sentence]
    words = sentence.text[tally.start - sentence.start : tally.end - sentence.start]
    before = _BEFORE_OWN_CLAUSE.match(words)
    words = _own_list_part(words[before.end() :] if before else words, tally.count)
    if _FIGHTERS.search(words) is None or "civilian" in words.lower():
        return False
    return _JOINED_CIVILIANS.match(sentence.text, tally.end - sentence.start) is None


def _mark_fighters_beside_civilians(tallies: list[Tally], sentences: list[Sentence]) -> None:
    """ "A US strike killed one civilian ... The strike was reported to have killed nine al-Shabaab
    militants", "killed 12 members of the Islamic State and a civilian shepherd": a report of a
    strike that counts the civilians it killed counts them apart from the fighters the strike
    was aimed at, as a civilian-harm monitor does; the fighters' figure is marked ``apart`` (left
    out of the sum, still a toll of fighters).  Not in a report of an attack on the ground, whose attackers are part
    of its toll ("gunmen killed five villagers; two of the gunmen were shot dead").  So too a
    command's count of the fighters it killed where the report's sources name no civilian dead
    ("AFRICOM said the strike killed 11 al-Shabaab militants ... local sources named no civilian
    dead"): the monitor's toll is none."""
    armed_told = any(t.outcome == "killed" and _side(t) == "armed" for t in tallies)
    civilian_part = any(
        t.outcome == "killed" and t.subset_of is not None and _part_side(t, sentences) != "any" for t in tallies
    )
    if not (armed_told or civilian_part) or not tells_a_strike(sentences):
        return  # (speed) most reports count no fighters
    _take_civilian_parts(tallies, sentences)
    if not armed_told:
        return
    counted = [t for t in tallies if t.outcome == "killed" and t.subset_of is None and t.restates is None and not t.outside_the_sum]
    armed = [t for t in counted if _side(t) == "armed" and _only_fighters(t, sentences)]
    if not armed:
        return
    if not _civilians_counted(counted, tallies, sentences) and not (
        len(armed) == len(counted) and names_no_civilian_dead(sentences)
    ):
        return
    for tally in armed:
        tally.apart = True


def _civilians_counted(counted: list[Tally], tallies: list[Tally], sentences: list[Sentence]) -> bool:
    """Whether a report counts civilians among the figures it adds up: one of them of civilians,
    or a civilians' part of one ("killed a local commander, Abu Khalid, and at least four others
    ... a rights group named three civilians among the dead": the others hold the civilians)."""
    if any(_side(t) == "civilian" for t in counted):
        return True
    ids = {id(t) for t in counted}
    return any(
        t.subset_of is not None and id(tallies[t.subset_of]) in ids and _part_side(t, sentences) == "civilian"
        for t in tallies
    )


def _take_civilian_parts(tallies: list[Tally], sentences: list[Sentence]) -> None:
    """ "A strike killed at least 20 people ... the dead included 13 ISIS fighters and seven
    civilians": a strike's toll of anyone told whole in parts, fighters and civilians, is the
    civilians' parts (they count, the toll does not: marked ``apart``).  Only when the parts
    add up to the toll; "11 killed, including three fighters and four children" leaves civilians
    untold."""
    parts_of: dict[int, list[Tally]] = {}
    for part in tallies:
        if part.subset_of is not None and part.restates is None:
            parts_of.setdefault(part.subset_of, []).append(part)
    for index, parts in parts_of.items():
        total = tallies[index]
        if total.outcome != "killed" or total.subset_of is not None or total.restates is not None or total.outside_the_sum:
            continue
        sides = [_part_side(t, sentences) for t in parts]
        civilian = [t for t, side in zip(parts, sides) if side == "civilian"]
        fighters = [
            t for t, side in zip(parts, sides)
            if side == "armed" and (_only_fighters(t, sentences) or _told_as_fighters(t, sentences))
        ]  # fmt: skip
        if _side(total) != "any" or len(civilian) + len(fighters) < len(parts):
            continue
        if not civilian:
            if len(fighters) == 1 and _rest_told_by_number(fighters[0], total, sentences, "civilian"):
                _lower_by(total, fighters[0].count)
            continue
        if fighters and sum(t.count for t in parts) not in (total.count, total.count_max):
            continue
        if not fighters and not (len(civilian) == 1 and _rest_were_fighters(civilian[0], total, sentences)):
            continue
        total.apart = True
        for part in civilian:
            part.subset_of = None
        if len(civilian) == 1:
            _set_the_others_apart(civilian[0], tallies, sentences)


# The rest of a toll told as fighters, right after the civilians' part: "nine of the dead were civilians,
# while the rest were fighters of Hay'at Tahrir al-Sham", "six were civilians and the others militants".
_THE_REST_FIGHTERS = re.compile(
    r"[^.;]{0,40}?\b(?:while|and|but|whereas)?\s*the\s+(?:rest|others|remainder|remaining\s+\w+)\s+"
    r"(?:of\s+(?:them|the\s+dead)\s+)?(?:were|being)?\s*(?:\w+\s+){0,2}?",
    re.IGNORECASE,
)


# The same in a sentence of its own soon after: "The other two dead were al-Shabaab members", "The
# remaining four were ISIS fighters", "The three others killed were fighters of a Misrata brigade",
# "The others killed were members of Jabhat al-Nusra" (not "The other three dead were the children's
# mother, grandmother and uncle", nor "The identities of the other three dead were not known").
_THE_OTHERS_WERE = re.compile(
    r"\W*the\s+(?:(?P<before>[\w-]+)\s+)??(?:others?|remaining|rest)(?:\s+(?P<after>[\w-]+))??"
    r"(?:\s+(?:dead|killed|victims))?\s+(?:were|was)\s+(?:all\s+)?(?:[\w'’-]+\s+){0,2}?(?:" + _FIGHTERS.pattern + ")",
    re.IGNORECASE,
)
_OTHERS_WITHIN = 2  # sentences after the civilians' part read for the rest told as fighters


def _rest_were_fighters(civilian: Tally, total: Tally, sentences: list[Sentence]) -> bool:
    """ "killed 14 people ... nine of the dead were civilians, while the rest were fighters", "19
    of the dead were civilians ... and two were Houthi fighters": the one civilians' part of a toll
    whose rest the same sentence tells as fighters, with no number or with the number that
    completes the toll; or a sentence of its own soon after ("killed four people, two of them
    civilians ... The other two dead were al-Shabaab members")."""
    if civilian.count >= total.count:
        return False
    sentence = sentences[civilian.sentence]
    rest = _THE_REST_FIGHTERS.match(sentence.text, civilian.end - sentence.start)
    if rest is not None and _FIGHTERS.match(sentence.text, rest.end()) is not None:
        return True
    later = sentences[civilian.sentence + 1 : civilian.sentence + 1 + _OTHERS_WITHIN]
    if any(_others_told_as_fighters(s.text, total.count - civilian.count) for s in later):
        return True
    return _rest_told_by_number(civilian, total, sentences, "armed")


def _others_told_as_fighters(text: str, rest: int | None) -> re.Match[str] | None:
    """The opening of a sentence that tells the other dead of a toll as fighters (``_THE_OTHERS_WERE``),
    with no number or with ``rest``, the number that completes the toll (any number for None)."""
    others = _THE_OTHERS_WERE.match(text)
    if others is None:
        return None
    number = others["before"] or others["after"]
    if number is None or rest is None or parse_number(number) == rest:
        return others
    return None


def _set_the_others_apart(civilian: Tally, tallies: list[Tally], sentences: list[Sentence]) -> None:
    """The figure of the other dead told as fighters after the civilians' part ("The three others
    killed were fighters of a Misrata brigade") is the fighters' toll, not more civilians nor the
    civilians told again: marked ``apart``."""
    for tally in tallies:
        if tally.outcome != "killed" or not 0 < tally.sentence - civilian.sentence <= _OTHERS_WITHIN:
            continue
        sentence = sentences[tally.sentence]
        others = _others_told_as_fighters(sentence.text, None)
        if others is not None and tally.start - sentence.start < others.end():
            tally.apart = True


# A part of a toll told as fighters by its verb: "two of the dead were suspected al-Qaeda members",
# "three of them were ISIS emirs" (not "were killed by ISIS fighters": an armed group as the attacker).
_TOLD_AS_FIGHTERS = re.compile(
    r"\s+(?:was|were)\s+(?!(?:killed|shot|hit|targeted|struck)\b)(?:all\s+)?(?:[\w'’-]+\s+){0,3}?(?:" + _FIGHTERS.pattern + ")",
    re.IGNORECASE,
)
# The other part of a toll told after one part by a number and its verb, up to a comma: "... and two
# were civilians", "while two were farmers from the village", "and two were Houthi fighters".
_REST_BY_NUMBER = re.compile(
    r"[^.;]{0,60}?\b(?:and|while|but|whereas)\s+(?P<n>[\w-]+)\s+(?:were|was|being)\s+(?P<who>[\w'’-]+(?:\s+[\w'’-]+){0,4})",
    re.IGNORECASE,
)


# A part of a toll told as civilians right after its number: "five of whom were civilians", "three
# of them civilians: a woman and her two sons".
_TOLD_AS_CIVILIANS = re.compile(r"\s+(?:were\s+|being\s+)?(?:all\s+)?civilians\b", re.IGNORECASE)


def _part_side(part: Tally, sentences: list[Sentence]) -> str:
    """The side of a part of a toll: of its people, or armed for one told as fighters by its verb,
    or civilian for one told as civilians right after its number."""
    side = _side(part)
    if side != "any":
        return side
    if _told_as_fighters(part, sentences):
        return "armed"
    sentence = sentences[part.sentence]
    return "civilian" if _TOLD_AS_CIVILIANS.match(sentence.text, part.end - sentence.start) else side


def _told_as_fighters(part: Tally, sentences: list[Sentence]) -> bool:
    """Whether the verb right after a figure tells its people as fighters ("two of the dead were
    suspected al-Qaeda members")."""
    sentence = sentences[part.sentence]
    return _TOLD_AS_FIGHTERS.match(sentence.text, part.end - sentence.start) is not None


def _rest_told_by_number(part: Tally, total: Tally, sentences: list[Sentence], side: str) -> bool:
    """Whether the other part of a toll is told right after one part, as people of ``side`` (armed:
    by a word of fighters; civilian: by a civilian role), by the number that completes the toll
    ("killed four people ... two of the dead were suspected al-Qaeda members and two were civilians")."""
    sentence = sentences[part.sentence]
    other = _REST_BY_NUMBER.match(sentence.text, part.end - sentence.start)
    if other is None or part.count + (parse_number(other["n"]) or 0) != total.count:
        return False
    if side == "armed":
        return _FIGHTERS.search(other["who"]) is not None
    return describe(other["who"]).side == side


def _lower_by(total: Tally, fighters: int) -> None:
    """Take the fighters of a toll from it, and from the top of its range."""
    total.count -= fighters
    if total.count_max is not None:
        total.count_max -= fighters


def _mark_died_since_an_earlier_count(tallies: list[Tally], sentences: list[Sentence]) -> None:
    """ "killing 26 people ... Authorities first said 23 had died, but three of the wounded died
    overnight": wounded who died, told beside an earlier count that restates the toll, are the
    gap between that count and the toll (23 + 3 = 26): parts of the toll, not more dead."""
    for part in tallies:
        if part.outcome != "killed" or part.subset_of is not None or part.restates is not None or part.outside_the_sum:
            continue
        sentence = sentences[part.sentence]
        if not _of_the_injured(sentence.text, part.start - sentence.start, part.end - sentence.start):
            continue
        for earlier_count in tallies:
            toll = earlier_count.restates
            if (
                toll is not None and earlier_count.sentence == part.sentence and earlier_count.outcome == "killed"
                and earlier_count.count + part.count == tallies[toll].count
            ):  # fmt: skip
                part.subset_of = toll
                break


# How a count of the wounded may be told for the later dead to be taken from it: not "up to 200"
# nor a vague "dozens", which bound or guess the hurt rather than count them.
_COUNTED_HURT = frozenset({"exact", "at_least", "more_than", "about"})


def _take_the_later_dead_from_the_wounded(tallies: list[Tally], sentences: list[Sentence]) -> None:
    """ "The bombing killed five people and wounded 20. Two of the wounded later died": those who
    died of their wounds are dead, no longer wounded, so the count of the wounded told before
    them (a count, neither a bound nor a guess) is lowered by them (18 wounded, 7 dead).  Not where
    a toll told before already counts them ("killing 26 and injuring 11 ... first said 23 had died,
    but three of the wounded died overnight"): the wounded told with it are counted after the deaths."""
    for part in tallies:
        if part.outcome != "killed" or part.restates is not None or part.outside_the_sum:
            continue
        if part.subset_of is not None and tallies[part.subset_of].end <= part.start:
            continue
        told = [t for t in tallies if t.end <= part.start and t.subset_of is None and t.restates is None and not t.outside_the_sum]
        sentence = sentences[part.sentence]
        fronted_again = _fronted_hurt_told_again(part, tallies, sentence)
        if fronted_again is not None:
            told = [t for t in told if t.end <= fronted_again.end]  # "Of the 40 people wounded, six died": of those 40
        elif not _of_the_injured(sentence.text, part.start - sentence.start, part.end - sentence.start) and not (
            _of_the_hurt_just_told(part, told, sentence) or _of_a_fronted_total_of_the_hurt(part, told, sentence)
        ):
            continue
        hurt = [t for t in told if t.outcome == "wounded" and t.count_max is None and t.qualifier in _COUNTED_HURT]
        if hurt and hurt[-1].count > part.count:
            hurt[-1].count -= part.count


# One person's death of their own wounds, after the words that tell them: "The husband died of his
# injuries", "Huda later succumbed to her wounds".
_DIED_OF_OWN_WOUNDS = re.compile(
    r"(?:\s+(?:later\s+)?(?:died|succumbed))?\s+(?:of|to|from)\s+(?:his|her)\s+(?:wounds|injuries)\b", re.IGNORECASE
)
_WORDS = re.compile(r"[\w'’-]+")
_DYING_WORDS = frozenset({"died", "succumbed", "later"})


def _take_the_named_hurt_who_died(tallies: list[Tally], sentences: list[Sentence]) -> None:
    """ "The strike killed Rana Barbakh and wounded her husband and her son. Her husband died of his
    injuries the next morning": one person dead of their wounds, told by a word (a kin word or a
    name) that a figure of the wounded before counted, is dead, no longer wounded: one dead more
    (not the dead told again) and one wounded fewer (2 dead, 1 wounded).  Not one told by no word
    of the wounded before ("killed Samir and wounded his son. Samir's wife died of her wounds")."""
    for index, part in enumerate(tallies):
        if part.outcome != "killed" or part.count != 1 or part.subset_of is not None or part.outside_the_sum:
            continue
        sentence = sentences[part.sentence]
        if not _DIED_OF_OWN_WOUNDS.match(sentence.text, part.end - sentence.start):
            continue
        words = [w.lower() for w in _WORDS.findall(sentence.text[part.start - sentence.start : part.end - sentence.start])]
        words = [w for w in words if w not in _DYING_WORDS and w not in ADVERBS and w not in HEDGES]  # "reportedly died"
        if not words or any(w in _HURT_WORDS for w in words):
            continue  # "One of the injured died of his wounds": taken off by ``_take_the_later_dead_from_the_wounded``
        hurt = [
            t for t in tallies[:index]
            if t.outcome == "wounded" and t.sentence < part.sentence and t.subset_of is None and t.restates is None
            and not t.outside_the_sum and t.count_max is None and t.qualifier in _COUNTED_HURT
            and words[-1] in (w.lower() for w in _WORDS.findall(sentences[t.sentence].text[t.start - sentences[t.sentence].start : t.end - sentences[t.sentence].start]))
        ]  # fmt: skip
        if not hurt:
            continue
        _one_wounded_fewer(hurt[-1], index)
        part.restates = None


def _one_wounded_fewer(hurt: Tally, dead: int) -> None:
    """The wounded of ``hurt`` less the one of them told dead by tally ``dead``: one fewer, or, when
    ``hurt`` counted that one alone, a part of the dead (the one wounded is the one who died)."""
    if hurt.count > 1:
        hurt.count -= 1
    else:
        hurt.subset_of = dead


# One of the wounded told dying after their figure: ", died in hospital" right after "Sergeant
# James Miller, one of the wounded", ", a vendor, who succumbed" or ", who later died" after "Among
# the injured was Bilal Ahmad"; and a next sentence opening on their name ("Saleh died of his wounds").
_DIED_RIGHT_AFTER = re.compile(r"\s*,\s*(?:later\s+|subsequently\s+)?(?:died|succumbed)\b", re.IGNORECASE)
_WHO_DIED_AFTER_AN_ASIDE = re.compile(r"\s*(?:,[^,;.]{1,40})?,")
_NAME_THEN_DIED = re.compile(r"\s*(?P<name>[A-Z][\w'’-]+)\s+(?:later\s+|subsequently\s+)?(?:died|succumbed)\b")
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]+")


def _take_the_wounded_one_who_died(tallies: list[Tally], sentences: list[Sentence]) -> None:
    """ "Ahmad Saleh, 34, was among the wounded. Saleh died of his wounds on Tuesday", "Sergeant
    James Miller, one of the wounded, died in hospital", "Among the injured was Bilal Ahmad, who
    succumbed to his injuries": one person told as a part of the wounded, then told dying, is dead,
    no longer wounded (one dead more, the wounded counted before one fewer).  Not one who lives ("was
    among the wounded; he remains in critical condition") nor a death told of another ("Ali Hussein,
    who was among the wounded, told reporters his brother died")."""
    for index, part in enumerate(tallies):
        if part.outcome != "wounded" or part.count != 1 or part.subset_of is None or part.restates is not None:
            continue
        whole = tallies[part.subset_of]
        dying = _told_dying_after(part, sentences) if whole.outcome == "wounded" else None
        if dying is None or any(t.outcome == "killed" and part.end <= t.start < dying for t in tallies):
            continue  # "a boy named Samir, were wounded ... Samir died of his wounds": a death read already
        if whole.count == 1 or (whole.count_max is None and whole.qualifier in _COUNTED_HURT):
            _one_wounded_fewer(whole, index)
        part.outcome, part.outcome_word, part.subset_of = "killed", "died", None


def _told_dying_after(part: Tally, sentences: list[Sentence]) -> int | None:
    """Where the words end that tell the one wounded of ``part`` dying right after it, or by name at
    the opening of the next sentence (see ``_take_the_wounded_one_who_died``); None for none."""
    sentence = sentences[part.sentence]
    text, end = sentence.text, part.end - sentence.start
    dying = _DIED_RIGHT_AFTER.match(text, end)
    aside = _WHO_DIED_AFTER_AN_ASIDE.match(text, end) if dying is None else None
    dying = _WHO_DIED.match(text, aside.end()) if aside is not None else dying
    if dying is not None:
        return sentence.start + dying.end()
    if part.sentence + 1 >= len(sentences):
        return None
    after = sentences[part.sentence + 1]
    named = _NAME_THEN_DIED.match(after.text)
    if named is None or named["name"] not in _CAPITALISED.findall(text[part.start - sentence.start : end]):
        return None
    return after.start + named.end()


# A part of the hurt then told dead in a relative clause: "including three who later died".
_WHO_DIED = re.compile(r"\s*who\s+(?:later\s+|subsequently\s+|have\s+since\s+|had\s+since\s+)?(?:died|succumbed)\b", re.IGNORECASE)


def _take_the_included_dead_from_the_wounded(tallies: list[Tally], sentences: list[Sentence]) -> None:
    """ "A bomb killed four people and injured 23, including three who later died", "23 were
    injured, among them two who died in hospital": the part told right before "who died" are dead
    of their wounds, a toll of their own, and no longer among the wounded counted just before
    them in their sentence (20 wounded, 7 dead), as "two of whom later died" are."""
    for part in tallies:
        if part.subset_of is None or part.count_max is not None:
            continue
        sentence = sentences[part.sentence]
        if not _WHO_DIED.match(sentence.text, part.end - sentence.start):
            continue
        hurt = [
            t for t in tallies
            if t.sentence == part.sentence and t.end <= part.end and t.outcome == "wounded" and t.subset_of is None
            and t.restates is None and t.count_max is None and t.qualifier in _COUNTED_HURT and t.outcome_word in _HURT_WORDS
        ]  # fmt: skip
        if hurt and hurt[-1].count > part.count:
            hurt[-1].count -= part.count
            part.outcome, part.outcome_word, part.subset_of = "killed", "died", None


# The dead told right after those a knifeman stabbed, by a bare count: ", killing two", "and
# killed one of them" (not "and killed a policeman", who may be one more).
_JOINING_THE_STABBED = re.compile(
    r"(?:\s+(?:at|in|on|near|outside|inside)\s+[^,;.]{1,40}?)?\s*(?:,|and|,\s*and)\s*", re.IGNORECASE
)  # after a short phrase of place or time: "stabbed four people at a bus stop, killing two"
_KILLING_SOME = re.compile(r"(?:killing|killed)\s+[\w-]+(?:\s+of\s+them)?", re.IGNORECASE)
_STABBED = frozenset({"stabbed", "stabbing"})


def _take_the_killed_from_the_stabbed(tallies: list[Tally], sentences: list[Sentence]) -> None:
    """ "A man stabbed four people at a bus stop, killing two", "stabbed three Israelis and killed
    one of them": those killed are some of those stabbed, so the stabbed who lived are the rest (2
    wounded, 2 dead; not 4 wounded and 2 dead)."""
    for stabbed, killed in zip(tallies, tallies[1:]):
        if stabbed.outcome_word not in _STABBED or stabbed.outcome != "wounded" or killed.outcome != "killed":
            continue
        if stabbed.sentence != killed.sentence or stabbed.subset_of is not None or killed.subset_of is not None:
            continue
        if killed.restates is not None or stabbed.count_max is not None or killed.count_max is not None:
            continue
        text, offset = sentences[killed.sentence].text, sentences[killed.sentence].start
        if not (
            _JOINING_THE_STABBED.fullmatch(text, stabbed.end - offset, killed.start - offset)
            and _KILLING_SOME.fullmatch(text, killed.start - offset, killed.end - offset)
        ):
            continue
        if killed.count < stabbed.count and stabbed.qualifier in _COUNTED_HURT:
            stabbed.count -= killed.count


# Those who died of a figure told just before in their sentence: "injured ten, two of whom later died".
_OF_THEM = re.compile(r"\bof\s+(?:them|whom)\b", re.IGNORECASE)
_HURT_WORDS = frozenset("injured wounded hurt injuring wounding hurting stabbed stabbing".split())
_OF_THEM_BEFORE = 10  # characters before such dead where "of them" may stand


def _of_the_hurt_just_told(part: Tally, told: list[Tally], sentence: Sentence) -> bool:
    """ "A bomb killed four people and injured ten, two of whom later died", "injured ten; two of
    them died in hospital", "hurting 35 people, of them 10 dead": the dead "of them" are of the
    wounded when the figure right before them in their sentence counts the wounded by a word of
    hurt (not those "shot", whom the dead already split, nor "three of them fatally", already a
    part)."""
    if part.outcome_word not in ("died", "succumbed", "dead") or not told:
        return False
    last = told[-1]
    start = max(last.end, part.start - _OF_THEM_BEFORE) - sentence.start  # "injuring 35 people, of them 10 dead"
    return (
        last.sentence == part.sentence and last.outcome == "wounded" and last.outcome_word in _HURT_WORDS
        and _OF_THEM.search(sentence.text, start, part.end - sentence.start) is not None
    )  # fmt: skip


# The opening of a sentence that fronts a total before its parts, up to the figure ("Of the 77
# victims", whose figure holds "the").
_OF_THE_OPENING = re.compile(r"\W*of\s+(?:the\s+)?", re.IGNORECASE)


def _of_a_fronted_total_of_the_hurt(part: Tally, told: list[Tally], sentence: Sentence) -> bool:
    """ "Of the 90 people wounded in the twin car bombs, 14 died in hospital overnight", "Of the 77
    victims taken to hospital, 69 died": the dead told right after a total of the hurt fronted
    after "Of the" at the sentence's start (or a clause's, after a semicolon) are of them."""
    if not told:
        return False
    last, text = told[-1], sentence.text
    between = text[last.end - sentence.start : part.start - sentence.start]
    opening = text.rfind(";", 0, last.start - sentence.start) + 1  # or a clause's: "...; of the 25 wounded, six died"
    return (
        last.sentence == part.sentence and last.outcome == "wounded"
        and _OF_THE_OPENING.fullmatch(text, opening, last.start - sentence.start) is not None
        and between.rstrip().endswith(",") and between.count(",") == 1 and ";" not in between
    )  # fmt: skip


def _fronted_hurt_told_again(part: Tally, tallies: list[Tally], sentence: Sentence) -> Tally | None:
    """ "A car bomb killed three people and wounded 40. Of the 40 people wounded, six died": the
    wounded told before, when a fronted total of the hurt right before the dead tells them again
    (the dead are of them); None when there is no such total."""
    before = [t for t in tallies if t.end <= part.start]
    if not before or before[-1].restates is None or not _of_a_fronted_total_of_the_hurt(part, before, sentence):
        return None
    return tallies[before[-1].restates]


def _beside_new_figure(tally: Tally, before: list[Tally], sentence: Sentence) -> bool:
    """ "A suicide bomber killed seven civilians and injured eight more. Insurgents attacked a
    police post, killing two police officers and leaving two others injured": the wounded of a
    clause whose dead are new people, not the dead told before again, are new people too.
    Whether the figures of another outcome earlier in the same sentence were all counted as new
    (neither a restatement, a subset nor a running total) although figures of their outcome came
    before them; not in a sentence that reports what a source said ("Civil defence teams reported
    ten deaths and more than 20 injuries"), which may tell again what the dead figure missed."""
    if _reports(sentence.text):
        return False
    beside = [t for t in before if t.sentence == tally.sentence and t.outcome != tally.outcome]
    if not beside or not all(t.restates is None and t.subset_of is None and not t.outside_the_sum for t in beside):
        return False
    return any(t.sentence < tally.sentence and t.outcome == beside[0].outcome for t in before)


# The words of figures that count the dead one by one: a monitor's own range, the bodies found.
_COUNTED_ONE_BY_ONE = frozenset({MONITOR_RANGE, "bodies", "corpses"})


def _made_precise(vague: Tally, figure: Tally) -> bool:
    """ "Multiple members of the family were killed ... the strike resulted in at least nine
    deaths": a figure that puts a number on people first told of without one takes them in.  So
    does a monitor's own number for them, even below what the vague words imply ("several were
    injured ... references in the plural have been quantified as at least two"), and a count of
    the bodies ("Scores of people were killed ... Police said 23 bodies had been taken to the
    hospital", "Dozens were killed ... Twelve bodies were brought to the hospital"): the dead
    counted one by one, where the vague words only guessed at them."""
    if vague.qualifier != "vague" or figure.qualifier == "vague":
        return False
    return figure.count >= vague.count or figure.outcome_word in _COUNTED_ONE_BY_ONE


def _mark_breakdowns(tallies: list[Tally], sentences: list[Sentence]) -> None:
    """ "Eleven people died in twin attacks: eight civilians and a policeman were killed outside
    a church, and two civilians in a shop": the figures after the colon that add up to no more
    than the one before it are its parts (``subset_of``)."""
    for index, total in enumerate(tallies):
        if total.subset_of is not None or total.outside_the_sum:
            continue
        sentence = sentences[total.sentence]
        colon = sentence.text.find(":", total.end - sentence.start)
        if colon < 0:
            continue
        colon += sentence.start
        parts = [
            i
            for i, t in enumerate(tallies)
            if t.sentence == total.sentence and t.start > colon and t.outcome == total.outcome
            and t.subset_of is None and not t.outside_the_sum
        ]
        if parts and sum(tallies[i].count for i in parts) <= (total.count_max or total.count):
            for i in parts:
                tallies[i].subset_of = index


_ATTACKS = r"(?:attacks|bombings|blasts|explosions|strikes|airstrikes|air\s+strikes|shootings|raids|assaults)\b"
# A toll of several attacks at once: "a wave of attacks across Iraq", "coordinated bombings",
# "a series of blasts", "in two attacks", "attacks across the country", "killed across attacks in Jabalia",
# "in attacks on two villages".
_SEVERAL_ATTACKS = re.compile(
    r"\b(?:(?:wave|series|string|spate)\s+of|coordinated|simultaneous|multiple|several|separate|two|three|four|five)\s+"
    r"(?:[\w-]+\s+){0,2}?" + _ATTACKS + r"|\b" + _ATTACKS + r"\s+(?:across|throughout|around)\b"
    r"|\bacross\s+(?:the\s+)?" + _ATTACKS
    # a list entry's attacks on counted places: "attacks on two villages", "bombings at three churches"
    + r"|\b" + _ATTACKS + r"\s+(?:on|in|at|against)\s+(?:two|three|four|five|six|several|multiple)\s",
    re.IGNORECASE,
)
# The stems of the words of _ATTACKS, for a cheap test before the pattern.
_ATTACK_STEMS = ("attack", "bombing", "blast", "explosion", "strike", "shooting", "raid", "assault")


def _names_several_attacks(text: str) -> bool:
    lowered = text.lower()
    if not any(map(lowered.__contains__, _ATTACK_STEMS)):
        return False  # no attack word: most sentences, without running the pattern
    return _SEVERAL_ATTACKS.search(text) is not None


def _toll_of_more_attacks(figure: Tally, later: Tally, sentences: list[Sentence]) -> bool:
    """ "At least 12 people were killed in the strike on the house ... funerals were held for the
    29 people killed across attacks in Jabalia that night": a later toll of several attacks,
    after the figure of one, holds it among others; it tells nothing of the one attack's range."""
    text = sentences[later.sentence].text
    return _names_several_attacks(text) and not _names_several_attacks(sentences[figure.sentence].text)


def _mark_series_parts(tallies: list[Tally], sentences: list[Sentence]) -> None:
    """ "A wave of attacks across Iraq killed 93 people ... In Hillah, two car bombs killed at
    least 22 ... gunmen shot and killed three officers": the lead toll of several attacks told at
    once holds the figures of the same outcome and time in the sentences after it, each an
    attack of the series, as its parts (``subset_of``), and the worst of them told after it in its
    own sentence ("..., the deadliest of which killed 12").  Only when they add up to no more than
    it: more than the toll, they are attacks besides."""
    led: set[str] = set()
    for index, total in enumerate(tallies):
        if total.subset_of is not None or total.restates is not None or total.outside_the_sum or total.outcome in led:
            continue
        led.add(total.outcome)  # the lead toll of its outcome
        if not _names_several_attacks(sentences[total.sentence].text):
            continue
        parts = [
            i for i, t in enumerate(tallies)
            if (t.sentence > total.sentence or _worst_of_them(total, t, sentences))
            and t.outcome == total.outcome and t.subset_of is None
            and t.restates is None and not t.outside_the_sum and not _apart(total.window, t.window)
            and not _attackers_besides(total, t)
        ]  # fmt: skip
        if sum(tallies[i].count for i in parts) > (total.count_max or total.count):
            parts = _parts_before_another_event(total, parts, tallies, sentences)
        for i in parts:
            tallies[i].subset_of = index


def _parts_before_another_event(total: Tally, parts: list[int], tallies: list[Tally], sentences: list[Sentence]) -> list[int]:
    """ "Four soldiers were killed in two bomb attacks. Three were killed in Kandahar and one died in
    Helmand. Separately, a bomb killed five civilians in Kunduz": of the figures after a series'
    toll that add up to more than it, those before the first told after words of another event
    ("Separately", "In a separate attack", "Elsewhere"), when they add up to no more than it; none otherwise."""
    apart = next((n for n, i in enumerate(parts) if _opens_on_another_event(tallies[i], sentences)), None)
    if apart is None or sum(tallies[i].count for i in parts[:apart]) > (total.count_max or total.count):
        return []
    return parts[:apart]


def _opens_on_another_event(figure: Tally, sentences: list[Sentence]) -> bool:
    """Whether the words of the figure's sentence before it tell another event: "Separately, a bomb
    killed five", "In a separate attack in Quetta, a grenade killed three" (not "one died in a
    separate blast", a part told with the place it died)."""
    sentence = sentences[figure.sentence]
    return _ANOTHER_EVENT.search(sentence.text, 0, max(0, figure.start - sentence.start)) is not None


# The worst of the attacks a toll counts, told after it in its sentence: "30 people were killed in
# attacks across Iraq, the deadliest of which killed 12 in Baquba", "the worst of them a car bomb
# that killed 9", "...; the deadliest, in Hillah, killed 20".
_WORST_OF_THEM = re.compile(
    r"\b(?:deadliest|worst|bloodiest|biggest|largest|heaviest|most\s+(?:deadly|lethal))\s+(?:of\s+(?:which|them|these|those)"
    r"|being)\b[^.;:]{0,80}$"
    # the worst as the subject of a clause of its own, its place in commas: "; the deadliest, in Hillah, killed 20"
    r"|\bthe\s+(?:deadliest|worst|bloodiest)\s*,[^.;:]{0,80}$",
    re.IGNORECASE,
)


def _worst_of_them(total: Tally, later: Tally, sentences: list[Sentence]) -> bool:
    """Whether ``later`` is the figure of the worst of the attacks whose toll ``total`` is, told in
    the same sentence after it (``_WORST_OF_THEM``)."""
    if later.sentence != total.sentence or later.start < total.end:
        return False
    sentence = sentences[later.sentence]
    return _WORST_OF_THEM.search(sentence.text, total.end - sentence.start, later.start - sentence.start) is not None


def _attackers_besides(total: Tally, later: Tally) -> bool:
    """ "Three suicide bombings in London killed 52 people ... The four bombers also died": armed
    men or bombers dead after a series' toll of anyone are its attackers, not one of its attacks."""
    return _side(total) != "armed" and (_side(later) == "armed" or _bombers(later))


_SEVERITY = re.compile(r"\b(?:seriously|critically|severely|gravely|badly)\b", re.IGNORECASE)
# A lighter degree of hurt: "three were lightly wounded and one seriously injured" are two figures.
_MILD = re.compile(r"\b(?:lightly|slightly|moderately|mildly|minor)\b", re.IGNORECASE)


def _mark_severity_parts(tallies: list[Tally], sentences: list[Sentence]) -> None:
    """ "Eleven civilians and six police were injured, although only two were seriously hurt":
    a figure of no one in particular, of how badly, after figures of the same outcome in its own
    sentence, and no larger than they are, is a part of them (``subset_of``); not after figures
    told with a lighter degree ("Three soldiers were lightly wounded and one was seriously
    injured": four wounded)."""
    for index, part in enumerate(tallies):
        if part.subset_of is not None or part.outside_the_sum or part.role or part.nationality:
            continue
        sentence = sentences[part.sentence]
        if not _SEVERITY.search(sentence.text, part.start - sentence.start, part.end - sentence.start):
            continue
        before = [
            i for i, t in enumerate(tallies[:index])
            if t.sentence == part.sentence and t.outcome == part.outcome and t.subset_of is None
            and not t.outside_the_sum and t.end <= part.start
        ]  # fmt: skip
        if any(_told_mildly(tallies[i], sentence) for i in before):
            continue
        if before and part.count <= sum(tallies[i].count for i in before):
            part.subset_of = before[0]


def _told_mildly(tally: Tally, sentence: Sentence) -> bool:
    """Whether the words of ``tally`` tell a light degree of hurt ("were lightly wounded")."""
    return _MILD.search(sentence.text, tally.start - sentence.start, tally.end - sentence.start) is not None


# ", with dozens of children seriously injured": what a clause opened by "with" says after a figure.
_MORE_AFTER = re.compile(r"\b(?:more|another|additional|also|further|others?|second|third)\b", re.IGNORECASE)
_WITH_CLAUSE = re.compile(r"[^.;:,]{0,40},\s+with\s+(?:[\w-]+\s+){0,2}", re.IGNORECASE)


def _mark_with_parts(tallies: list[Tally], sentences: list[Sentence]) -> None:
    """ "At least 29 others were injured in the incident, with dozens of children seriously
    injured": a figure of the same outcome in a clause opened by ", with" right after a figure,
    and no larger than it, tells who some of those people were (``subset_of``)."""
    for index, part in enumerate(tallies):
        if index == 0 or part.subset_of is not None or part.outside_the_sum:
            continue
        whole = tallies[index - 1]
        if whole.sentence != part.sentence or whole.outcome != part.outcome or whole.subset_of is not None:
            continue
        if part.count > whole.count or whole.end > part.start:
            continue
        sentence = sentences[part.sentence]
        between = sentence.text[whole.end - sentence.start : part.start - sentence.start]
        if not _WITH_CLAUSE.fullmatch(between):
            continue
        after = sentence.text[part.start - sentence.start :]
        if not _MORE_AFTER.search(after) and not _ANOTHER_EVENT.search(after):
            part.subset_of = index - 1  # not "with three more killed in a second strike"


# "the death toll had risen to 22", "bringing the number of victims killed to seven", "later
# updated the toll to 28", "the toll reached 11": a toll raised to a new figure; or told as it
# stands ("the number of injured stood at 12"), which is read the same way; or revised down ("officials
# lowered the death toll from 12 to 9", "police reduced the number of dead to 28").
_RAISED = re.compile(
    r"\b(?:ris(?:en|ing|es)|rose|raised?|raising|bring(?:ing|s)?|brought|updat(?:ed|ing)|revis(?:ed|ing)|climb(?:ed|s)?"
    r"|increas(?:ed|es|ing)|jump(?:ed|s)?|reach(?:ed|es|ing)?|st(?:ood|ands?|anding)\s+at"
    r"|lower(?:ed|ing)|reduc(?:ed|ing)|cut|decreas(?:ed|ing)|downgrad(?:ed|ing)|correct(?:ed|ing))\b",
    re.IGNORECASE,
)
# A source's account of a toll: "local sources put the death toll at 8", "put the number of dead at
# 12", "police put the number of injured at 12", "later counts put the wounded at 3".
_TOLL_PUT = re.compile(
    r"\bput(?:s|ting)?\s+(?:the\s+)?(?:death\s+)?(?:toll|number\s+of\s+(?:dead|deaths|killed|victims|injured|wounded)"
    r"|(?:" + "|".join(sorted(HARM_PUT_AT)) + r")\s+at)\b",
    re.IGNORECASE,
)
# A toll told as what it was, before any other figure of its outcome, as list entries close: "A bomb
# went off at a market in Hilla; the toll was 12 dead and 35 injured", "with a death toll of 9"; also
# of the event named after it: "The death toll from Sunday's airstrike on the market was 12"; and one
# set off right after the word: "The toll, 49 by Friday night, was expected to rise", "The toll (eight
# soldiers and five civilians) rose"; so is the number of the dead or the hurt told so: "the number of
# wounded was put at 19", "The number of wounded, 19, was confirmed by the hospital".
_TOLL_WAS = re.compile(
    r"\b(?:toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|killed|victims|injured|wounded))"
    r"(?:\s+(?:from\s+(?:the|this|[A-Z][\w-]*['’]s)\s+(?:[\w'’-]+\s+){1,6}?)?(?:was|is|of)\b|\s*[,(])",
    re.IGNORECASE,
)
# Sources' tolls told as the range they span, before any other figure: "The death toll given by local
# media varied from 9 to 16", "Local sources gave tolls ranging from 12 to 17": the event's toll, at
# its top; not a rate ("ranged from 9 to 16 a day", "daily tolls ranged ...").
_TOLLS_RANGED = re.compile(
    r"\b(?:tolls?|estimates?|number\s+of\s+(?:[a-z]+\s+)?(?:dead|deaths|killed|victims))\b[^.;:]{0,40}?"
    r"\b(?:rang(?:ed|es|ing)|var(?:ied|ies|ying))\s+(?:from|between)\s",
    re.IGNORECASE,
)
_PER_SPAN = re.compile(r"\b(?:a|per|each)\s+(?:day|week|month|year)\b", re.IGNORECASE)


def _tolls_ranged(text: str, end: int) -> bool:
    """Whether the sentence ``text`` tells sources' tolls as the range they span up to ``end`` (not a rate)."""
    if _TOLLS_RANGED.search(text, 0, end) is None or _PER_SPAN.search(text):
        return False
    return not any(word.lower() in RATE_WORDS for word in text.split())
# A toll raised to its last figure: "the death toll eventually reached 149", "the final toll was 52".
_FINAL_TOLL = re.compile(r"\b(?:final|eventual)\b[^.;,]*\btoll\b|\btoll\s+(?:eventually|finally|ultimately)\b", re.IGNORECASE)
# The figures before a toll that raised it: "two more died, bringing the death toll to 9".
_BRINGING_THE_TOLL = re.compile(r"\b(?:bringing|brought|raising|pushing|taking)\b", re.IGNORECASE)
# Words that make a toll cover more than one event: "since October 7", "so far in the war".
# ... or a span of days counted by a number word before it: "the toll from the two-day assault", "the five-day
# offensive" (number words only: digits would make the search look at every number, and "2-day" is rare in news).
_WIDER_TOLL = re.compile(
    r"\b(?:since|so\s+far|to\s+date|overall|war|conflict|year|month|week|(?:two|three|four|five|six|seven|ten)-day)\b",
    re.IGNORECASE,
)
_TOTAL = re.compile(r"\b(?:a\s+total\s+of|in\s+total|in\s+all|altogether)\b", re.IGNORECASE)
# What a total told on its own may sum up over besides a single event: "during the offensive".
_LONG_SPAN = re.compile(
    r"\b(?:offensive|campaign|operations?|siege|fighting|battles?|clashes|days|weeks|months|years|period)\b",
    re.IGNORECASE,
)
# A span word that names no span of the toll: a victim's age ("after the 16-year-old died", "a boy
# of 10 years old"), or what a superlative compares the event with ("making it one of the deadliest
# incidents of the war", "the bloodiest strike since the war began").
_AGE_AFTER_SPAN_WORD = re.compile(r"s?[- ]old\b", re.IGNORECASE)
# A span word that dates the toll's telling after the event: "The toll was revised upward to 88 a week
# later", "the number of dead rose to 31 weeks later" (not "later this week", the span of a toll so far).
_LATER_AFTER_SPAN_WORD = re.compile(r"s?\s+(?:later|afterwards?)\b", re.IGNORECASE)
# The same told before the span word: "The death toll rose to 150 later in the week", "later that month".
_LATER_BEFORE_SPAN_WORD = re.compile(r"\blater\s+(?:in\s+the|that)\s+$", re.IGNORECASE)
_LATER_REACH = 14  # characters before a span word read for such a "later in the"
# "since" as an adverb, right before the verb of the toll's change: "has since been revised to 28",
# "has since risen to 40" (not "since the war began", "since October 7").
_SINCE_BEFORE_VERB = re.compile(r"\s+(?:been|then|risen|rose|grown|[a-z]+ed)\b")
_COMPARED_WITH = re.compile(
    r"\b(?:deadliest|bloodiest|worst|heaviest|largest|biggest|highest)\b(?:\s+[\w-]+){1,4}(?:\s+(?:of|in|since)(?:\s+the)?)?\s+$",
    re.IGNORECASE,
)
_COMPARED_REACH = 60  # characters before a span word read for such a superlative
# Each made to skip in C the places where none of its words can start (speed): most read whole sentences.
_ANOTHER_EVENT, _SEVERAL_ATTACKS, _WIDER_TOLL, _SEVERITY, _MILD, _RAISED, _LONG_SPAN = map(
    opening_on_letters, (_ANOTHER_EVENT, _SEVERAL_ATTACKS, _WIDER_TOLL, _SEVERITY, _MILD, _RAISED, _LONG_SPAN)
)
_MORE_PEOPLE, _OF_THE_INJURED, _SAID = map(opening_on_letters, (_MORE_PEOPLE, _OF_THE_INJURED, _SAID))
# Some of the dead or the hurt, told around their figure: "Among those killed were (3 children)",
# "(two women) were among the dead".
_AMONG_THEM = re.compile(
    r"\bamong\s+(?:the\s+(?:dead|victims|killed|fatalities|wounded|injured)|those\s+(?:killed|wounded|injured|hurt))\b",
    re.IGNORECASE,
)
_UPDATE_RATIO = 3  # an update of one event's toll, or its total, is of the same order as its first figures


def _told_later(text: str, word: re.Match[str]) -> bool:
    """Whether a span word dates when the toll was told, not what it covers: "88 a week later",
    "rose to 150 later in the week", "later that month", "has since been revised to 28"."""
    if word.group().lower() == "since":
        return _SINCE_BEFORE_VERB.match(text, word.end()) is not None
    before = text[max(0, word.start() - _LATER_REACH) : word.start()]
    return bool(_LATER_AFTER_SPAN_WORD.match(text, word.end()) or _LATER_BEFORE_SPAN_WORD.search(before))


def _names_wider_span(text: str) -> bool:
    """ "The toll since October 7 rose to 4,000", "the war has killed 300": whether a sentence names a
    span wider than one event for its toll; not by a victim's age ("the toll rose to three after the
    16-year-old died"), nor by when the toll was told ("revised upward to 88 a week later", "later in the week"), nor by a
    superlative's measure ("the toll reached 120, making it one of the deadliest incidents of the
    war")."""
    for word in _WIDER_TOLL.finditer(text):
        if _AGE_AFTER_SPAN_WORD.match(text, word.end()) or _told_later(text, word):
            continue
        if _COMPARED_WITH.search(text[max(0, word.start() - _COMPARED_REACH) : word.start()]):
            continue
        return True
    return False


def _clause_end(text: str, at: int) -> int:
    """Where the clause going on at ``at`` ends: the next comma or semicolon, else the end."""
    ends = [i for i in (text.find(",", at), text.find(";", at)) if i >= 0]
    return min(ends, default=len(text))


def _mark_totals(tallies: list[Tally], sentences: list[Sentence]) -> None:
    """ "13 civilians were killed ... Later the number of those killed rose to 22", "killing 11
    ... killing four ... A total of 15 people were killed in the blasts": a toll raised, or a
    total given, in a sentence that names no wider span is the event's own figure.  It is counted
    (neither ``cumulative`` nor a restatement) and the figures of the same outcome counted before
    it, which it takes in, become its parts (``subset_of``).  Only when it is at least their sum
    and not many times it.  A total given before any other figure ("in total eight family members
    were killed", "the attacks killed 25 people in total") is the event's toll by itself, unless
    it sums up over a longer span ("during the offensive")."""
    for index, total in enumerate(tallies):
        if total.subset_of is not None:
            continue
        sentence = sentences[total.sentence]
        text = sentence.text
        end = total.end - sentence.start
        raised = total.cumulative and _RAISED.search(text, 0, end)
        if not (raised or _TOTAL.search(text, 0, _clause_end(text, end))) or _names_wider_span(text):
            continue
        before = [
            i for i, t in enumerate(tallies[:index])
            if t.outcome == total.outcome and t.subset_of is None and t.restates is None and not t.outside_the_sum
            and (t.sentence < total.sentence or t.end <= total.start) and not _of_another_days_toll(t, total, sentences)
        ]  # fmt: skip
        before = _victims_before_a_toll(tallies, before, total)
        counted = sum(tallies[i].count for i in before)
        if not before:
            if not raised and not _LONG_SPAN.search(text):  # "in total eight family members were killed"
                total.cumulative = False
                _parts_told_after_a_total(tallies, sentences, index)
            continue
        if not counted <= total.count or (
            total.count > _UPDATE_RATIO * counted and not all(_told_as_part(tallies[i], sentences) for i in before)
        ):
            continue
        total.cumulative = False
        total.restates = None
        for i in before:
            tallies[i].subset_of = index
        _widen_to_later_accounts(total, [tallies[i] for i in before])
        if raised:
            _mark_why_raised(tallies, index)


# Words of a figure's sentence that put its people on top of a total told before: "another four",
# "three more", "in a separate strike", "two of the injured later died", "on Monday", "the next day".
_ON_TOP_OF_TOTAL = re.compile(
    r"\b(?:later|subsequently|succumbed|died\s+of|(?:next|following)\s+(?:day|morning|night)"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
    re.IGNORECASE,
)
# The event of a toll named by its day: "the toll from Tuesday's bombing", "yesterday's attack".
_DAYS_EVENT = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last\s+week|last\s+month)['’]s\b",
    re.IGNORECASE,
)


def _parts_told_after_a_total(tallies: list[Tally], sentences: list[Sentence], index: int) -> None:
    """ "Strikes hit three houses, killing eight civilians in total. Five people were killed in the
    Ghazi house. Three were killed in the Shamala house": the counted figures of a total's outcome
    in the sentences after a total told first are its parts, where they add up to no more than it;
    not those told as more people, of another incident or dead later."""
    total = tallies[index]
    after = [
        t for t in tallies[index + 1 :]
        if t.outcome == total.outcome and t.sentence > total.sentence and t.subset_of is None
        and t.restates is None and not t.outside_the_sum and not _on_top_of_total(sentences[t.sentence].text)
    ]  # fmt: skip
    if after and sum(t.count for t in after) <= total.count:
        for part in after:
            part.subset_of = index


def _on_top_of_total(text: str) -> bool:
    """Whether a sentence tells its people as more than a total told before, or of another incident."""
    return any(pattern.search(text) for pattern in (_MORE_IN_FIGURE, _ANOTHER_EVENT, _ON_TOP_OF_TOTAL))


def _of_another_days_toll(figure: Tally, toll: Tally, sentences: list[Sentence]) -> bool:
    """ "Gunmen killed 41 people in Kukawa on Thursday. The toll from Tuesday's bombing in Yola rose
    to 50": a toll of an event named by its day, apart from the figure's day, takes no part of it
    nor tells it again (not "the toll from the bombing rose to 30 on Friday", the day it rose)."""
    return _apart(figure.window, toll.window) and _DAYS_EVENT.search(sentences[toll.sentence].text) is not None


def _victims_before_a_toll(tallies: list[Tally], before: list[int], total: Tally) -> list[int]:
    """ "A suicide bomber killed 14 people ... Two of the wounded died, bringing the toll to 16": a
    toll told later counts the bomber's victims, not the bomber, when only with him the figures
    before it would come to more than it; the bomber stays a figure of his own."""
    if sum(tallies[i].count for i in before) <= total.count:
        return before
    return [i for i in before if not _bombers(tallies[i])]


def _widen_to_later_accounts(total: Tally, parts: list[Tally]) -> None:
    """ "Four civilians were killed ... The death toll rose to more than 10 ..., and officials
    later said 14 civilians were killed": a later account that widened the parts a raised toll
    takes in (the 4 up to 14) widens that toll too (in place)."""
    top = sum(part.top for part in parts)
    if top > total.top:
        total.count_max = top


def _told_as_part(figure: Tally, sentences: list[Sentence]) -> bool:
    """Whether the figure is told as some of the dead or the hurt ("Among those killed were 3
    children", "two women were among the dead"): a part of a toll, however small beside it."""
    sentence = sentences[figure.sentence]
    start, end = figure.start - sentence.start, figure.end - sentence.start
    return _AMONG_THEM.search(sentence.text, max(0, start - 16), end) is not None


def _mark_why_raised(tallies: list[Tally], index: int) -> None:
    """ "The toll had reached eight, after three of the injured died": the smaller figures of a
    raised toll's outcome later in its sentence tell why it rose; they are parts of it."""
    total = tallies[index]
    for part in tallies[index + 1 :]:
        if part.sentence == total.sentence and part.outcome == total.outcome and part.count <= total.count:
            part.subset_of = index


_TOLL_WORDS = TOLL_WORDS | {"number", "figure", "count"} | ESTIMATE_NOUNS | RELATIVES_PUT | HARM_PUT_AT.keys()  # "the number of dead rose to 30", "put the figure at 10", "the death count", "other estimates range from 200 to 400"


def _mark_first_raised_tolls(tallies: list[Tally], sentences: list[Sentence]) -> None:
    """ "The death toll from the bombing rose to 11, police said": a toll raised before any other
    figure of its outcome, in a sentence that names no wider span, raises no figure of the text.
    It is the event's toll (not a running total), and the figures after it are read against it
    ("Among the dead were four children" is a part of it); so are the smaller figures of its
    outcome later in its sentence, which tell why it rose ("as three of the injured died").  So
    is a toll a source puts before any other figure ("Local sources put the death toll at 8").
    (One put after the dead told only as some of them is taken up by ``_mark_event_tolls``.)"""
    for index, tally in enumerate(tallies):
        if not tally.cumulative or tally.outcome_word not in _TOLL_WORDS:
            continue
        before = [i for i, t in enumerate(tallies[:index]) if t.outcome == tally.outcome]
        sentence = sentences[tally.sentence]
        text = sentence.text
        if before and not _raised_by_its_own(tallies, before, index, sentence):
            continue
        if _names_wider_span(text):
            continue
        for part in before:
            tallies[part].subset_of = index  # "Two more people died in hospital, bringing the toll to 9"
        told = _TOLL_WAS.search(text, tally.start - sentence.start, tally.end - sentence.start) or _tolls_ranged(
            text, tally.end - sentence.start
        )
        if _TOLL_PUT.search(text, 0, tally.end - sentence.start) or told or tally.outcome_word in RELATIVES_PUT:
            tally.cumulative = False  # "Local sources put the death toll at 8", "its losses, which officials put at 140": an account of the event's toll
            if _WHY_TOLD.match(text, tally.end - sentence.start) and not _ANOTHER_EVENT.search(text):
                _mark_why_raised(tallies, index)
            continue
        if not _RAISED.search(text, 0, tally.end - sentence.start):
            continue
        tally.cumulative = False
        if not _ANOTHER_EVENT.search(text):
            _mark_why_raised(tallies, index)


# A figure told as a source's earlier account, given up for the figure told before it: "at least 75
# hurt, the ministry said, revising an earlier figure of 50 injured", "75 wounded, up from an initial
# count of 40", "raising the government's initial count of 250 injured".
_SUPERSEDED = re.compile(
    r"\b(?:an?|the|its|their|(?:the\s+)?[\w-]+['’]s)\s+(?:earlier|initial|previous|original|preliminary|first)\s+"
    r"(?:figure|count|estimate|tally|report)\s+of\s+",
    re.IGNORECASE,
)
_SUPERSEDED_REACH = 60  # characters before a figure's span where its account's words may start
_SUPERSEDED_WORDS = ("earlier", "initial", "previous", "original", "preliminary", "first")  # (speed)
# A source's first account told right before its figure, after the figure that replaced it: "Local
# media originally reported that nine people were injured", "Initial reports had said six soldiers
# were killed", "according to WAFA, which had first reported three injured" (not "later reported").
_FIRST_SAID_BEFORE = re.compile(
    r"\b(?:(?:initially|originally|first)\s+(?:said|reported|stated|put)|(?:initial|early|preliminary|first)\s+reports"
    r"\s+(?:had\s+)?(?:said|put))\s+(?:that\s+)?$",
    re.IGNORECASE,
)


def _mark_superseded_accounts(tallies: list[Tally], sentences: list[Sentence]) -> None:
    """A figure told as an earlier account that a figure of its outcome before it replaces (see
    ``_SUPERSEDED``) restates that figure, which stands as told: the earlier account adds no one
    and widens nothing.  Not one with no figure of its outcome before it ("An initial count of 12
    dead was later raised")."""
    for index, tally in enumerate(tallies):
        if tally.outside_the_sum or tally.subset_of is not None or not _told_as_superseded(tally, sentences):
            continue
        earlier = next(
            (
                i for i, t in enumerate(tallies[:index])
                if t.outcome == tally.outcome and t.subset_of is None and t.restates is None and not t.outside_the_sum
            ),
            None,
        )  # fmt: skip
        if earlier is not None:
            tally.restates = earlier


def _told_as_superseded(tally: Tally, sentences: list[Sentence]) -> bool:
    """Whether the words of an earlier account open the figure's span ("an earlier figure of 50
    injured") or end right before it, or a source's first account is told right before it
    ("originally reported that nine people were injured")."""
    sentence = sentences[tally.sentence]
    start, end = tally.start - sentence.start, tally.end - sentence.start
    reach = max(0, start - _SUPERSEDED_REACH)
    words = sentence.text[reach:end]
    lowered = words.lower()
    if not any(word in lowered for word in _SUPERSEDED_WORDS):
        return False
    if _FIRST_SAID_BEFORE.search(sentence.text, reach, start):
        return True
    return any(start - reach in (match.start(), match.end()) for match in _SUPERSEDED.finditer(words))


def _mark_why_told_anew(tallies: list[Tally], sentences: list[Sentence]) -> None:
    """ "By evening, officials said 14 had been killed, after four of the injured died in hospital":
    a figure of the dead a source tells anew, then with "after" or "as" why it stands so, takes in
    the people more or the hurt who died that the clause counts (they are parts of it); not "a day
    after three were killed in a separate blast"."""
    for index, tally in enumerate(tallies):
        if tally.outcome != "killed" or tally.cumulative or tally.subset_of is not None:
            continue
        sentence = sentences[tally.sentence]
        text, end = sentence.text, tally.end - sentence.start
        if not _WHY_TOLD.match(text, end) or _ANOTHER_EVENT.search(text):
            continue
        for part in tallies[index + 1 :]:
            if part.sentence == tally.sentence and part.outcome == "killed" and part.count < tally.count:
                start = part.start - sentence.start
                if _of_the_injured(text, start, part.end - sentence.start) or _MORE_BY_NUMBER.match(text, start):
                    part.subset_of = index
                break


def _raised_by_its_own(tallies: list[Tally], before: list[int], index: int, sentence: Sentence) -> bool:
    """Whether the figures ``before`` the toll at ``index`` are the ones its sentence says raised
    it ("Two more people died in hospital, bringing the death toll to 9"): all in its sentence,
    none above it, "bringing" or "brought" between the last of them and the toll."""
    toll = tallies[index]
    if any(tallies[i].sentence != toll.sentence or tallies[i].count > toll.count for i in before):
        return False
    between = sentence.text[tallies[before[-1]].end - sentence.start : toll.start - sentence.start]
    return _BRINGING_THE_TOLL.search(between) is not None


def _final_toll(tally: Tally, sentence: Sentence) -> bool:
    """Whether the toll is told as the event's final one, raised from its first reports however far
    ("initial reports said 20 were killed, but the death toll eventually reached 149", "the final
    death toll was 52"): the words just before and in its span say so."""
    start = max(sentence.start, tally.start - 20)
    return _FINAL_TOLL.search(sentence.text, start - sentence.start, tally.end - sentence.start) is not None


# A figure told as a source's first: "Officials first said", "Police initially said", "Initial
# reports said", "police said at first".
_FIRST_ACCOUNT = re.compile(
    r"\b(?:initially|at\s+first|(?:first|initial|early|preliminary)\s+(?:said|reported|reports?|figures?|counts?))\b",
    re.IGNORECASE,
)
# A toll told as a revision of the figures before it, right before its figure: "later revised the
# toll to 63", "raised the toll to 38", "the toll later rose to 358".
_REVISION = re.compile(r"\b(?:revised|raised|rose|risen)\b", re.IGNORECASE)
_FIRST_BEFORE = 40  # characters before a figure where the words of a first account may stand
# A toll corrected to a new figure, right before it: "the toll was later revised down to 157", "the
# ministry lowered the death toll to 28", "revised downward to 12", "corrected to 40"; up to the figure's end.
_REVISED_TO = re.compile(
    r"\b(?:revised|revising|lowered|lowering|reduced|reducing|corrected|correcting|downgraded|cut)"
    r"(?:\s+(?:down|downwards?))?(?:\s+[\w'’-]+){0,5}?\s+to\s+(?:[\w-]+\s+)?\d",
    re.IGNORECASE,
)
_REVISED_REACH = 70  # characters before a figure's span where the words of its correction may start


def _revised_down(earlier: Tally, tally: Tally, sentence: Sentence) -> bool:
    """ "Gunmen killed 160 people in Ogossagou; the toll was later revised down to 157": a toll told
    as the correction of the figure it restates, below it, replaces that figure (a higher one
    widens it, see ``_widen``)."""
    if tally.top >= earlier.top:
        return False
    start = tally.start - sentence.start
    return _REVISED_TO.search(sentence.text, max(0, start - _REVISED_REACH), tally.end - sentence.start) is not None


def _revision_of_a_first_figure(toll: Tally, earlier: Tally, sentences: list[Sentence]) -> bool:
    """ "Officials first said nine people were killed. Officials later revised the toll to 63":
    a toll told as a revision, however far, of a figure told as a source's first (or told as a
    later account, "A car bomb killed 8 people, police said. Officials later raised the toll to
    117") is the event's toll, as a final one is."""
    sentence = sentences[toll.sentence]
    before = sentence.text[: toll.end - sentence.start]
    if not _REVISION.search(before, max(0, toll.start - sentence.start - 30)) or INJURIES.search(sentence.text):
        return False  # "Injuries were extensive, and a source raised the toll to 150": maybe of the hurt
    first = sentences[earlier.sentence]
    told_first = _FIRST_ACCOUNT.search(first.text, max(0, earlier.start - first.start - _FIRST_BEFORE))
    return told_first is not None or LATER_ACCOUNT.search(before) is not None


def _mark_event_tolls(tallies: list[Tally], sentences: list[Sentence]) -> None:
    """ "At least ten civilians were killed ... Journalist Ahmad Qudeih put the number of killed at
    12", "Four people died ... health officials said the death toll stood at 6": a toll in a
    sentence that names no wider span, after a figure of the event, is another account of that
    figure (``restates`` it, widening it), not a running total.  Only when it is of the same order
    as the figure: a toll many times it counts more than the event.  One told as its correction
    below it replaces it (see ``_revised_down``)."""
    for index, tally in enumerate(tallies):
        if not tally.cumulative or tally.outcome_word not in _TOLL_WORDS:
            continue
        if _names_wider_span(sentences[tally.sentence].text):
            continue
        earlier = next(
            (
                i for i, t in enumerate(tallies)
                if t.outcome == tally.outcome and t.subset_of is None and t.restates is None and not t.outside_the_sum
                and t.end <= tally.start and not _of_another_days_toll(t, tally, sentences)
            ),
            None,
        )  # fmt: skip
        if earlier is None:
            continue
        listed = _listed_with(earlier, tallies)
        sentence = sentences[tally.sentence]
        if _only_parts_before(tallies, tally, sentences):
            _take_in_the_parts(tallies, tally)
            continue
        if (
            tally.count > _ratio_of_update(tally, tallies[earlier], sentence, sentences[tallies[earlier].sentence])
            * listed
            and not _final_toll(tally, sentence)
            and not _revision_of_a_first_figure(tally, tallies[earlier], sentences)
        ):
            continue
        tally.cumulative = False
        if listed == tallies[earlier].top and _revised_down(tallies[earlier], tally, sentence):
            tallies[earlier].restates = index  # the first toll gives way to its correction
            continue
        tally.restates = earlier
        _widen(tallies[earlier], tally, listed, may_be_higher=_may_be_higher(sentences[tally.sentence].text))


# A toll told as a source's later account of the event's dead: "The Ministry of Health later put the
# toll at 14", "the civil defence subsequently gave the number of dead as 20"; or as the count of a later
# hour of the day: "By late afternoon, more than 100 people had been taken to hospitals", "by nightfall".
LATER_ACCOUNT = re.compile(
    r"\b(?:later|subsequently|afterwards|by\s+(?:(?:late|early)\s+)?(?:afternoon|evening|nightfall|midnight))\b",
    re.IGNORECASE,
)
_LATER_UPDATE_RATIO = 6  # how far a later account may raise the first figures of one strike ("four ... later 14")


# A toll raised right after its word, naming no people, place or time of its own: "The toll rose to
# 80", "the toll has climbed to 63" (not "the toll from the year's attacks rose to 450").
_BARE_TOLL_RAISED = re.compile(
    r"toll\s+(?:(?:has|had|was|later|then|now)\s+){0,2}(?:rose|risen|climbed|jumped|raised|increased)\s+to\s", re.IGNORECASE
)
_RAISED_UPDATE_RATIO = 12  # how far "the toll rose to" may raise a bombing's first reported dead ("10 ... rose to 80")
# Words of a toll's sentence that keep it to one attack's or disaster's dead, counted as they are found:
# the search of the ruins ("as rescuers dug through the rubble", "as more bodies were found"), the hurt
# dying ("as critically wounded victims died in hospitals", "as hospitals counted the dead"), or the day's
# hour ("by nightfall"); not the words of a campaign ("the death toll in Gaza rose to 900", "the toll of
# the battle for the city").
_ONE_EVENTS_DEAD_FOUND = re.compile(
    r"\b(?:rubble|wreckage|ruins|debris|rescuers|rescue\s+(?:teams|workers|crews)|emergency\s+workers|firefighters"
    r"|civil\s+defence\s+crews|(?:more|the)\s+bodies|bodies\s+(?:were|had\s+been)\s+(?:found|recovered|pulled)"
    r"|collapsed|searched|(?:wounded|injured)\s+(?:victims\s+)?died|died\s+in\s+hospitals?|hospitals\s+counted"
    r"|by\s+(?:nightfall|(?:the\s+)?evening|night|midnight))",
    re.IGNORECASE,
)
# The toll of one event by its article: "the toll from the blasts", "the toll of the massacre", "the quake's toll".
_ONE_EVENTS_TOLL_NAMED = re.compile(
    r"\b(?:toll\s+(?:from|of)\s+the\s+(?:[\w-]+\s+){0,2}?(?:blasts?|bombings?|explosions?|attack|strike|quake|earthquake"
    r"|collapse|massacre)\b|(?:blast|bombing|explosion|attack|strike|quake|earthquake|collapse|massacre)['’]s\s+toll)",
    re.IGNORECASE,
)
# The fire of a campaign, by the day, in the sentence of a day's figure: "Israeli shelling of Shejaiya
# killed 87 Palestinians on Sunday", "Government air strikes and shelling killed 27 people in eastern
# Aleppo" (not "Twin explosions", "Two car bombs": one attack's blasts).
_CAMPAIGNS_FIRE = re.compile(r"\b(?:shelling|bombardment|(?:air\s*)?strikes|airstrikes)\b", re.IGNORECASE)
# The place of a toll, right after its word: "the death toll in Gaza rose to 150" (a toll of the Strip
# after a strike on a house in Rafah), "the toll in Derna rose to 5,300".
_TOLL_IN_PLACE = re.compile(r"\btoll\s+in\s+(?:the\s+)?(?P<place>(?-i:[A-Z])[\w'’-]*)", re.IGNORECASE)
_FOUND_UPDATE_RATIO = 50  # how far the dead found after a bombing or a quake may raise its first figures ("76 ... 1,651")


def _ratio_of_update(tally: Tally, earlier: Tally, sentence: Sentence, first: Sentence) -> int:
    """How many times the figures before it a toll may be and still tell the same event's dead: more
    for a source's later account ("Four people were killed, local sources said. The Ministry of
    Health later put the toll at 14": the first reports of a strike are often far below its toll)
    or another source's account in the sentence of the ``earlier`` figure ("killing at least 98
    people according to the government; witnesses put the toll at up to 400": the massacre's tolls
    of its survivors are often far above the officials'; so are other estimates, "Some estimates
    reach 250 dead", and a source's figure put in a relative clause, "killing dozens of soldiers,
    whose number officers put at 118"), and more still for the toll raised with
    nothing else named ("Officials said 10 people were killed ... The toll rose to 80 on Thursday";
    not after the ``first`` figure of a day of a campaign's fire, ``_CAMPAIGNS_FIRE``: "Government
    air strikes and shelling killed 27 people in eastern Aleppo on Sunday ... The toll rose to 300"), and
    most for a toll told as one event's by its article (``_ONE_EVENTS_TOLL_NAMED``: "the toll from the
    blasts") or with the words of one event's dead being found (``_ONE_EVENTS_DEAD_FOUND``: "A car
    bomb killed five people ... By nightfall the toll had risen to 64 as more bodies were pulled out"),
    the latter not after the ``first`` figure of a day of a campaign's fire ("Israeli strikes killed 52
    people in Gaza ... The death toll rose to 900 as rescuers pulled more bodies from the rubble": the
    war's dead), and neither across a wider area nor in a place the ``first`` figure's sentence does
    not name ("An Israeli airstrike on a house in Rafah killed 12 ... The death toll in Gaza rose to 150
    as rescuers ...")."""
    text = sentence.text
    one_event = _ONE_EVENTS_TOLL_NAMED.search(text) or (
        _ONE_EVENTS_DEAD_FOUND.search(text) and not _CAMPAIGNS_FIRE.search(first.text)
    )
    if one_event and not (_WIDER_AREA.search(text) or _may_be_higher(text)):
        place = _TOLL_IN_PLACE.search(text)
        if place is None or place["place"] in first.text:
            return _FOUND_UPDATE_RATIO  # not a guess of the dead to be found: "Rescuers said the toll may reach dozens"
    if _BARE_TOLL_RAISED.match(text, tally.start - sentence.start) and not _CAMPAIGNS_FIRE.search(first.text):
        return _RAISED_UPDATE_RATIO
    before = text[: tally.start - sentence.start]
    put_beside = earlier.sentence == tally.sentence and _TOLL_PUT.search(text, 0, tally.end - sentence.start)
    if LATER_ACCOUNT.search(before) or put_beside or tally.outcome_word in ESTIMATE_NOUNS | RELATIVES_PUT:
        return _LATER_UPDATE_RATIO
    return _UPDATE_RATIO


def _parts_before(tallies: list[Tally], toll: Tally) -> list[Tally]:
    """The counted figures of a toll's outcome told before it."""
    return [
        t for t in tallies
        if t.outcome == toll.outcome and t.subset_of is None and t.restates is None and not t.outside_the_sum
        and t.end <= toll.start and t is not toll
    ]  # fmt: skip


def _only_parts_before(tallies: list[Tally], toll: Tally, sentences: list[Sentence]) -> bool:
    """ "Among the dead were the doctor Raed Abu Shanab, his mother Fatima and his two daughters. The
    Ministry of Health put the toll at 14": whether every figure of the toll's outcome before it is
    told as some of the dead (a named list of them), and they come to no more than it."""
    parts = _parts_before(tallies, toll)
    return (
        bool(parts) and sum(t.count for t in parts) <= toll.count
        and all(_told_as_part(t, sentences) for t in parts)
    )  # fmt: skip


def _take_in_the_parts(tallies: list[Tally], toll: Tally) -> None:
    """Make the toll the event's figure, counted, and the figures told as some of its dead its parts."""
    index = tallies.index(toll)
    for part in _parts_before(tallies, toll):
        part.subset_of = index
    toll.cumulative = False


def event_tallies(tallies: list[Tally]) -> list[Tally]:
    """The figures of the document's own event: what the sum of new casualties is made of.

    Subsets, restatements and figures ``apart`` from the event (another incident's, the armed
    men beside the civilians a strike report counts) are left out, and so are figures dated to a
    time apart from the lead figure's (the first new count), but for a total that takes the lead
    in: background such as "in April, 300 were killed" in a report about one strike.  Running
    totals are kept, flagged ``cumulative``.
    """
    counted = [t for t in tallies if t.subset_of is None and t.restates is None and not t.apart]
    lead = next((t for t in tallies if t.restates is None and not t.outside_the_sum), None)
    if lead is None:
        return counted
    taking_in = []  # the totals the lead is a part of ("... the death toll had risen to six")
    part = lead
    while part.subset_of is not None and tallies[part.subset_of] not in taking_in:
        part = tallies[part.subset_of]
        taking_in.append(part)
    return [
        t for t in counted
        if t is lead or t in taking_in or t.cumulative
        or not (
            _apart(lead.window, t.window) or _earlier_in_its_span(lead.window, t.window)
            or _dated_long_before(lead.window, t.window)
        )
    ]  # fmt: skip


# "Earlier this month", "earlier this week": a time before the report's own event, in its span.
_EARLIER_IN_SPAN = re.compile(r"earlier\s+this\s+(?:week|month|year)\b", re.IGNORECASE)


def _earlier_in_its_span(lead: TimeWindow | None, figure: TimeWindow | None) -> bool:
    """Whether ``figure`` is dated "earlier this month" (or week, year) and the lead to a day of
    that span: "Friday's bombing killed 12 ... Earlier this month a bombing near a shrine killed
    9" tells an earlier attack, not more dead of Friday's."""
    if lead is None or figure is None or lead.assumed or lead.precision != "day" or figure.phrase is None:
        return False
    return _EARLIER_IN_SPAN.match(figure.phrase) is not None and (figure.start or lead.end) <= lead.end <= figure.end


def _same_people(earlier: Tally, later: Tally, sentences: list[Sentence], sides: tuple[str, str]) -> bool:
    if earlier.outcome != later.outcome:
        return False
    if _another_named_one(earlier, later, sentences) or _another_kin_one(earlier, later, sentences):
        return False
    if _kin_killed_with_the_one(earlier, later, sentences) or _kin_of_the_one(earlier, later, sentences):
        return False
    if _elder_kin_of_children(earlier, later, sentences):
        return False
    if earlier.sentence == later.sentence and not (
        _two_sources(earlier, later, sentences[later.sentence])
        or _all_of_them(earlier, later, sentences[later.sentence])
        or _first_figure_beside(earlier, later, sentences[later.sentence])
        or _the_one_told_again(earlier, later, sentences[later.sentence])
        or _fronted_after_a_semicolon(earlier, later, sentences[later.sentence])
        or _labelled_toll(later, sentences[later.sentence])
        or _bomber_told_again(earlier, later)
    ):
        return False
    if earlier.nationality and later.nationality and earlier.nationality != later.nationality:
        return False
    first, second = sides
    if first != "any" and second != "any" and first != second:
        return False
    if first == "any" and second == "armed" and not (
        (_bombers(earlier) and later.count == 1) or _fighters_of_the_strike(later, sentences[later.sentence])
    ):
        return False  # "5 people were killed ... 8 militants were killed in the clashes"
    if _bombers(earlier) != _bombers(later) and side_of((later if _bombers(earlier) else earlier).role) != "armed":
        return False
    if _apart(earlier.window, later.window) or _earlier_in_its_span(earlier.window, later.window):
        return False
    if _smaller_of_an_earlier_day(earlier, later, sentences):
        return False  # "Earlier this month, fighting killed 40, the UN said" after a figure of a day of it
    sentence = sentences[later.sentence]
    if first == "any" and second == "forces" and _MORE_PEOPLE.search(
        sentence.text, max(0, later.start - sentence.start - _BEFORE), later.end - sentence.start + 12
    ):
        return False  # "13 people were killed ... four policemen were also killed", "as well as the deaths of 4 police"
    if _ANOTHER_EVENT.search(sentence.text) or _list_item(sentences, later.sentence):
        return False
    if _at_another_place(later.sentence, sentences, sentences[earlier.sentence].text) or _later_elsewhere(
        later.sentence, sentences, sentences[earlier.sentence].text
    ):
        return False
    if _own_attack_elsewhere(earlier, later, sentences):
        return False
    if _in_a_later_phase(sentences[earlier.sentence], sentence) or answered_between(earlier, later, sentences):
        return False
    if _at_a_funeral(sentences[earlier.sentence], sentence, later):
        return False
    if _kin_hurt_died_later(later, sentences):
        return False
    if _a_new_group_also_killed(earlier, later, sentence):
        return False  # "killing a police chief and six of his bodyguards. Two passing civilians were also killed"
    return not _adds_people(later, sentence)


def _a_new_group_also_killed(earlier: Tally, later: Tally, sentence: Sentence) -> bool:
    """Whether the later figure, in the sentence right after the earlier one, counts people "also
    killed" (``_also_harmed``) by a number and not as the earlier figure's people again: "killing a
    police chief and six of his bodyguards. Two passing civilians were also killed" (not "A strike
    killed 3 civilians. Three civilians were also killed, another source said", nor "A number of
    adults were also killed")."""
    if later.sentence != earlier.sentence + 1 or later.qualifier != "exact":
        return False
    if later.count == earlier.count and later.role == earlier.role:
        return False
    return _also_harmed(sentence.text, later.start - sentence.start, later.end - sentence.start, hurt=False)


def _kin_hurt_died_later(later: Tally, sentences: list[Sentence]) -> bool:
    """Whether a figure of one is kin who died later of wounds (``_KIN_HURT_DIED_LATER``) whose kin
    word told no one in the report before: "killed a father and his three children ... The mother, who
    was seriously injured, died of her wounds two days later" (5); not "killed the mother and her three
    children ... The mother died in hospital", one of the four told again."""
    if later.count != 1 or later.outcome != "killed":
        return False
    sentence = sentences[later.sentence]
    match = _KIN_HURT_DIED_LATER.match(sentence.text, later.start - sentence.start)
    if match is None:
        return False
    return not _kin_told_before(match.group("kin") + r"s?\b", sentences, later.sentence)  # the word, one or more


def _kin_told_before(kin: str, sentences: list[Sentence], index: int) -> bool:
    """Whether kin (``kin``, a pattern read from a word's start, any case) is told in a sentence of the
    report before ``index``: kin told again, not more people."""
    told = re.compile(r"\b" + kin, re.IGNORECASE)
    return any(told.search(sentence.text) for sentence in sentences[:index])


# The fighting after an attack, told as a phase of its own: "clashes following the bombings", "in
# the fighting that followed", "the ensuing gunbattle", "subsequent clashes", "in a later clash with the
# attackers".
_FIGHTING = r"(?:clash(?:es)?|fighting|gun\s*battles?|gunfights?|firefights?|shoot-?outs?|exchanges?\s+of\s+fire)"
_LATER_PHASE = re.compile(
    r"\b" + _FIGHTING + r"\s+(?:that\s+|which\s+)?(?:following|followed|ensued)\b"
    r"|\b(?:ensuing|subsequent|following|later)\s+" + _FIGHTING,
    re.IGNORECASE,
)
_LATER_PHASE = opening_on_letters(_LATER_PHASE)


def _in_a_later_phase(earlier: Sentence, later: Sentence) -> bool:
    """ "Two suicide bombers attacked a mosque, killing 10 soldiers. Clashes following the bombings
    left 13 security personnel dead": a figure of the fighting after the attack, told in a sentence
    of its own, adds to the attack's.  Not when the earlier figure's sentence told that fighting
    too, nor in a sentence that reports what a source said ("Five soldiers died in the ensuing
    clashes, the army said"), which may tell the same dead again."""
    if _LATER_PHASE.search(later.text) is None or _reports(later.text):
        return False
    return earlier.index != later.index and _LATER_PHASE.search(earlier.text) is None


# People killed at the funeral of the dead: the mourners, or the people of a sentence that opens
# on the funeral ("At his funeral, 40 mourners were killed").
_MOURNERS = opening_on_letters(re.compile(r"\bmourners\b", re.IGNORECASE))
_AT_THE_FUNERAL = re.compile(r"\s*(?:at|during)\s+(?:the|his|her|their)\s+funerals?\b", re.IGNORECASE)


def _at_a_funeral(earlier: Sentence, later: Sentence, figure: Tally) -> bool:
    """ "Archbishop Romero was shot dead in San Salvador. At his funeral, 30 mourners were killed
    in a stampede": mourners killed, or people killed in a sentence that opens on the funeral,
    after a figure whose sentence told no funeral, are the dead of a second attack (on the
    mourners of the first).  Not mourners who only gather round the dead ("mourners gathered
    along a row of bodies, at least 70 of whom were killed"), nor a funeral held."""
    if not may_hold_words(later.text, ("mourners", "funeral")):
        return False  # (speed) the usual case: read neither sentence
    if earlier.index == later.index or _MOURNERS.search(earlier.text) or _AT_THE_FUNERAL.match(earlier.text):
        return False
    people = later.text[figure.start - later.start : figure.end - later.start]
    return _MOURNERS.search(people) is not None or _AT_THE_FUNERAL.match(later.text) is not None


# A sentence that opens on where it happened, as lists of a day's incidents tell each one: "In Abu
# Ghraib, police found ...", "In the town of Jenin, ...", "In the northern city of Mosul, ...", "Near Mir Ali, ...", "In western
# Baghdad, ...", "In Helmand province, ...", "On the same day in Tikrit, ...": the place, then a
# comma (not "In Facebook posts, relatives said").  Not "at", which opens on where the wounded
# were taken as often ("At Al-Shifa hospital, doctors said ...").
_PLACE_OPENING = re.compile(
    r"\s*(?i:(?:(?:on\s+)?the\s+same\s+day,?\s+|also\s+|meanwhile,?\s+)?"
    r"(?:in|near|outside|(?:north|south|east|west)\w*\s+of)\s+(?:the\s+)?"
    r"(?:(?:(?:north|south|east|west)\w*\s+|central\s+)?"  # "In the northern city of Mosul,"
    r"(?:town|city|village|province|district|region|area|camp|neighbou?rhood|suburb)\s+of\s+)?"
    r"(?:(?:north|south|east|west)\w*\s+|central\s+)?)"
    r"(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)"
    r"(?:\s+(?:province|governorate|district|city|town|village|camp|area|county|region|neighbou?rhood))?,"
)
# A place named in the text: "in Mosul", "on Gaza City", "in the center of Mosul", "near the Erez crossing".
_PLACE_NAMED = re.compile(r"\b(?i:in|on|of|near|outside|at)\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")
# The event told again by name ("in the attack", "the blast"): the same event, wherever it is said.
_THE_EVENT = re.compile(
    r"\bthe\s+(?:[\w-]+\s+)?(?:attack|blast|bombing|explosion|strike|airstrike|raid|incident|shelling|shooting|massacre)\b",
    re.IGNORECASE,
)
# A toll of many places at once: "Violence across Iraq", "throughout the province", "nationwide".
_MANY_PLACES = re.compile(r"\b(?:across|throughout|nationwide|around\s+the\s+country)\b", re.IGNORECASE)
# "In Arabic, the post read ...": a language, no place.
_LANGUAGES = frozenset("arabic hebrew english french persian farsi urdu pashto dari kurdish spanish".split())


def _at_another_place(index: int, sentences: list[Sentence], earlier: str) -> bool:
    """ "Six people were killed by two car bombs in Mosul. In Abu Ghraib, police found the body of
    an activist", "Three were killed in an airstrike on Gaza City. In the town of Jenin, three
    youths were killed": a sentence that opens on a place not named before, after a sentence that
    said where its figure was, tells another event than the ``earlier`` figure's sentence.  Not
    when it tells the event again by name ("In Kabul, officials said 12 died in the blast"), the
    place was named before ("In Karrada, police said seven were killed"), or the earlier sentence
    tells a toll of many places or a whole country ("Violence across Iraq killed 20 people",
    "Attacks in Iraq killed 20"), which may take the place in."""
    text = sentences[index].text
    opening = _PLACE_OPENING.match(text)
    if opening is None or _THE_EVENT.search(text) or _MANY_PLACES.search(earlier) or _names_several_attacks(earlier):
        return False
    words = [word.removesuffix("'s").removesuffix("’s") for word in opening.group("place").split()]
    if not _a_place(words[0]):
        return False
    if _named_before(words, sentences, index):
        return False
    return bool(_towns(earlier))


# A sentence that opens on the time of what it tells, after the day told before: "Later on Friday,",
# "Later that day,", "Hours later,", "Earlier in the day,".
_TIMED_OPENING = re.compile(
    r"\s*(?:(?:later|earlier)\s+(?:on\s+\w+|that\s+(?:day|night|morning|evening|afternoon)"
    r"|in\s+the\s+(?:day|morning|evening|afternoon|night|week))|(?:hours|minutes|a\s+day|an\s+hour|days)\s+(?:later|earlier))\s*,",
    re.IGNORECASE,
)


def _later_elsewhere(index: int, sentences: list[Sentence], earlier: str) -> bool:
    """ "A man was shot dead near Hebron. Later on Friday, two Palestinians were killed in clashes
    near Ramallah, the health ministry said": a sentence that opens on the time of what it tells
    and names a place not named before, after a sentence that said where its figure was, tells
    another event, even as a source tells it.  Not when it tells the event again by name ("Later
    that day, police said the blast had killed 9")."""
    text = sentences[index].text
    if _TIMED_OPENING.match(text) is None or _THE_EVENT.search(text) or _MANY_PLACES.search(earlier):
        return False
    if all(_named_before(place.split(), sentences, index) for place in _towns(text)):
        return False
    return bool(_towns(earlier))


def _towns(text: str) -> list[str]:
    """The places below a country that ``text`` names after a preposition ("in Mosul", "near
    Ramallah")."""
    return [place for place in _PLACE_NAMED.findall(text) if _a_place(place.split()[0]) and not _a_country(place)]


def _named_before(words: list[str], sentences: list[Sentence], index: int) -> bool:
    """Whether a word of a place's name (longer than two letters) stands in a sentence before ``index``."""
    before = " ".join(sentence.text for sentence in sentences[:index])
    return any(len(word) > 2 and word in before for word in words)


# A sentence's own attack at a place, told before its figure: "bombs fell on Al-Maghazi camp",
# "airstrikes struck near Bureij", "a strike on a house in Deir al-Balah", "warplanes struck Saraqeb";
# the first place named after the verb ("shelling struck the Mayo market in Khartoum": Mayo).
_OWN_ATTACK = re.compile(
    r"\b(?:fell|struck|strikes?|hit|landed|exploded|targeted|bombed|shelled|stormed|attacked|raided)\s+"
    r"(?:(?:[\w'’-]+\s+){0,6}?(?:on|in|near|at|of|outside)\s+)??(?:the\s+)?(?P<place>[A-Z][\w'’-]*)"
)


# A sentence that opens on a place near the one told before, or on the same day: "Nearby,", "Not
# far away,", "Further south,", "The same day,", "That night,".
_NEARBY_OPENING = re.compile(
    r"\s*(?:nearby|close\s+by|not\s+far\s+(?:away|from\s+there)|further\s+(?:north|south|east|west)"
    r"|to\s+the\s+(?:north|south|east|west)|(?:on\s+)?(?:the\s+same|that)\s+(?:day|night|evening|morning))\b",
    re.IGNORECASE,
)


def _opens_on_its_day(figure: Tally, told: str) -> bool:
    """Whether the text opens on the words of the figure's own date ("Late on Saturday, ...")."""
    phrase = figure.window.phrase if figure.window is not None and not figure.window.assumed else None
    return phrase is not None and phrase in told[: len(phrase) + 12]


_STORY_BACK = 3  # sentences before a figure's own read for the one that opens its story


def _story_opening(figure: Tally, sentences: list[Sentence]) -> Sentence | None:
    """The sentence before the figure's own that opens on its date, when the figure took its day
    from it ("On Oct. 14, a suicide bomber struck a hotel in Beledweyne. Police said eight were killed")."""
    for index in range(figure.sentence - 1, max(-1, figure.sentence - 1 - _STORY_BACK), -1):
        if _opens_on_its_day(figure, sentences[index].text):
            return sentences[index]
    return None


def _attack_told(figure: Tally, sentences: list[Sentence]) -> tuple[Sentence, str] | None:
    """Where the figure's own attack is told: the words of its sentence before it, when they open
    on its day or on a place nearby and tell an attack; else the sentence that opens its story."""
    sentence = sentences[figure.sentence]
    told = sentence.text[: figure.start - sentence.start]
    if _OWN_ATTACK.search(told):
        return (sentence, told) if _NEARBY_OPENING.match(told) or _opens_on_its_day(figure, told) else None
    story = _story_opening(figure, sentences)
    return (story, story.text) if story is not None else None


def _places(figure: Tally, sentences: list[Sentence]) -> list[str]:
    """The places named in the figure's sentence and in the one that opens its story."""
    texts = [sentences[figure.sentence].text]
    if (story := _story_opening(figure, sentences)) is not None:
        texts.append(story.text)
    return [
        place for text in texts
        for place in (*_PLACE_NAMED.findall(text), *(m.group("place") for m in _OWN_ATTACK.finditer(text)))
    ]  # fmt: skip


def _own_attack_elsewhere(earlier: Tally, later: Tally, sentences: list[Sentence]) -> bool:
    """ "Late on Saturday, bombs fell on a school in the Maghazi camp, killing 15. Nearby, an
    airstrike struck a house in Deir al-Balah, killing eight": a figure whose own sentence opens
    on its own day or on a place nearby, then tells its attack at a place not named before, after
    a figure of another place, is of that attack.  So is a figure whose attack is told by the
    sentence that opens its story ("Late on Saturday, a bomber struck a cafe in Beledweyne.
    Police said eight were killed").  Not when a source tells the attack ("On Monday, Wafa said
    an air strike on Rimal killed 16": one strike retold, its place named another way), nor when
    it names the event told before ("the strike hit ..."), nor after a toll of many places."""
    told = _attack_told(later, sentences)
    if told is None or told[0].index <= earlier.sentence or _reports(told[1]) or _THE_EVENT.search(told[1]):
        return False  # (an attack told before the earlier figure is that figure's too)
    earlier_text = sentences[earlier.sentence].text
    if _MANY_PLACES.search(earlier_text) or _names_several_attacks(earlier_text):
        return False
    attack = _OWN_ATTACK.search(told[1])
    if attack is None or not _a_place(attack.group("place")) or _a_country(attack.group("place")):
        return False
    before = " ".join(s.text for s in sentences[: told[0].index])
    if attack.group("place").removesuffix("'s").removesuffix("’s") in before:
        return False
    return any(_a_place(place.split()[0]) and not _a_country(place) for place in _places(earlier, sentences))


def _a_country(place: str) -> bool:
    """Whether the place is a whole country or territory ("Iraq", "the Gaza Strip", "Afghanistan's"),
    not a town."""
    return place.lower().removesuffix("'s").removesuffix("’s").removesuffix(" strip") in COUNTRIES


def _a_place(word: str) -> bool:
    """Whether a capitalised word after "in" may be a place: not a date, a people nor a language
    ("In October", "in Israeli strikes", "In Hamas's attack", "In Arabic")."""
    low = word.lower().removesuffix("'s").removesuffix("’s")
    return low not in MONTHS_AND_DAYS and low not in DEMONYMS and low not in AFFILIATIONS and low not in _LANGUAGES


def _another_named_one(earlier: Tally, later: Tally, sentences: list[Sentence]) -> bool:
    """ "Adnan Farouk, 45, was killed in the strike. His son Tarek Farouk was also killed": one
    person named, then one person of another name, are two people.  One person's name written
    two ways has the first word of one in the other ("Ahmed Abdul Hay Abu Mahadi", "Ahmed Abu
    Mahadi"; "Journalist Ahmed Saleh", "Ahmed Saleh")."""
    if earlier.count != 1 or later.count != 1 or earlier.count_max or later.count_max:
        return False
    first, second = _name_of(earlier, sentences), _name_of(later, sentences)
    if first is None or second is None:
        return False
    return first[0] not in second and second[0] not in first


def _another_kin_one(earlier: Tally, later: Tally, sentences: list[Sentence]) -> bool:
    """ "A child was killed and his father injured ... the boy's father and brother were also
    wounded": the kin told again, then a list of it and one more kin word ("father and
    brother"): the one more is another person (the kin told again is the same one)."""
    if earlier.count != 1 or later.count != 1 or earlier.count_max or later.count_max:
        return False
    first, second = _kin_of(earlier, sentences), _kin_of(later, sentences)
    if first is None or second is None or first == second:
        return False
    sentence = sentences[later.sentence]
    before = sentence.text[max(0, later.start - sentence.start - 24) : later.start - sentence.start].lower()
    return re.search(r"\b" + re.escape(first) + r"(?:,|\s+and)\s*$", before) is not None


# The one person told before, by a pronoun, killed with kin: "He was killed along with his brother".
_KILLED_WITH_KIN = re.compile(
    r"\s*(?:He|She)\s+(?:was|had\s+been)\s+(?:also\s+|reportedly\s+)?(?:killed|martyred)\s+"
    r"(?:(?:along|together)\s+)?with\s+(?:his|her)\s"
)


def _kin_killed_with_the_one(earlier: Tally, later: Tally, sentences: list[Sentence]) -> bool:
    """ "A strike killed the journalist Ahmed Fatima near al-Shifa hospital. He was killed with
    his brother and cousin": after a figure of one person, a sentence that takes that person up
    by a pronoun and tells the kin killed with them tells people beside that one."""
    if earlier.count != 1 or earlier.count_max or later.sentence <= earlier.sentence:
        return False
    sentence = sentences[later.sentence]
    opening = _KILLED_WITH_KIN.match(sentence.text)
    return opening is not None and sentence.start + opening.end() <= later.end


# The kin of the one person told before, by a pronoun, opening the sentence: "His son Ismail was wounded
# and later died", "Her husband was also killed", "His parents and two sisters were also killed".
_HIS_KIN = re.compile(r"\s*(?:[Hh]is|[Hh]er)\s+(?:[a-z-]+\s+)?(?:(?:" + _KIN_WORD + r")s?|parents|children)\b")
# Or opening what a source tells, the sentence's first clause: "The Committee to Protect Journalists
# said his parents and two sisters were also killed", "Medics told Wafa that her husband ...".
_SOURCE_TELLS_OF_KIN = re.compile(
    r"(?P<teller>[^.;:,]*?)\b(?:said|says|reported|confirmed|added|wrote|told\s+[A-Z][\w-]*)\s+(?:that\s+)?(?=(?:his|her)\s)"
)
# A teller who may be the owner of the kin told: someone's kin, a relative, a person told by a pronoun
# ("Anas's uncle Abdulrahman wrote that his nephew was killed": the nephew is Anas, told again).
_KIN_TELLER = re.compile(
    r"['’]s\b|\b(?:he|she|relatives?|neighbou?rs?|friends?|(?:" + _KIN_WORD + r")s?|parents|children)\b", re.IGNORECASE
)


def _kin_of_the_one(earlier: Tally, later: Tally, sentences: list[Sentence]) -> bool:
    """ "An airstrike killed a man in al-Mawasi ... His son Ismail was wounded and later died": after a
    figure of one person, a sentence that opens on that person's kin, or a source's telling of them
    ("CPJ said his parents ..."), tells of more dead beside that one, however many ("His parents
    and two sisters were also killed": four more), of the dead only: the hurt kin of the hurt are
    told again as often as not."""
    if later.outcome != "killed" or earlier.count != 1 or earlier.count_max:
        return False
    sentence = sentences[later.sentence]
    if later.sentence <= earlier.sentence:
        return False
    told = _SOURCE_TELLS_OF_KIN.match(sentence.text)
    if told and _KIN_TELLER.search(told.group("teller")):
        return False
    opening = told.end() if told else 0
    if _HIS_KIN.match(sentence.text, opening) is None or later.start - sentence.start < opening:
        return False
    before = sentence.text[opening : later.start - sentence.start]
    return not before.strip() or _ITEMS_BEFORE.fullmatch(before) is not None


# The items of a list before a later one, with no verb: "His wife and (two sisters)", "His parents, (his brother)".
_ITEMS_BEFORE = re.compile(r"(?:(?!\b(?:was|were|had|has|have|said|told)\b)[^.;:])*?(?:,|\band)\s*")


# The strike told before, by its definite article: "killed 19 fighters in the strike".
_IN_THE_STRIKE = re.compile(
    r"\b(?:in|by)\s+the\s+(?:air\s*)?(?:strike|airstrike|attack|raid|bombing|shelling)\b", re.IGNORECASE
)


def _fighters_of_the_strike(later: Tally, sentence: Sentence) -> bool:
    """ "At least 90 people were killed in the strike on the school ... The military said it had
    killed 19 Hamas fighters in the strike", "a Hamas commander, Ibrahim Biari, was killed in the
    strike": fighters told as killed in the strike told before are among the people it killed
    (and no civilians, for a monitor that counts only them), not more; not when told as more
    ("five militants were also killed in the strike"), nor in the clashes after it."""
    text = sentence.text
    start, end = later.start - sentence.start, later.end - sentence.start
    if _IN_THE_STRIKE.search(text, end, end + _IN_THE_STRIKE_AFTER) is None and not _THE_STRIKE_KILLED.search(
        text, max(0, start - _BEFORE), start
    ):
        return False
    return not _MORE_PEOPLE.search(text, max(0, start - _BEFORE), end + _IN_THE_STRIKE_AFTER)


_IN_THE_STRIKE_AFTER = 60  # characters after a figure of fighters read for "in the strike"
# The strike told before, as the subject of the figure's verb: "the military said the strike killed two
# Hamas commanders".
_THE_STRIKE_KILLED = re.compile(
    r"\bthe\s+(?:air\s*)?(?:strike|airstrike|attack|raid|bombing|shelling)\s+(?:had\s+)?$", re.IGNORECASE
)


# One elder kin of the children counted before: "their grandfather", "the children's father".
_ELDER_KIN_OF_CHILDREN = re.compile(
    r"(?:their|the\s+children's)\s+(?:grand)?(?:father|mother|parents?)\b", re.IGNORECASE
)


def _elder_kin_of_children(earlier: Tally, later: Tally, sentences: list[Sentence]) -> bool:
    """ "Two children were killed ... the children's grandfather, Saleh Nasser (68), later died
    of his wounds": an elder kin of the children counted before is none of them."""
    if earlier.role != "children" or later.role == "children":
        return False
    sentence = sentences[later.sentence]
    return _ELDER_KIN_OF_CHILDREN.match(sentence.text, later.start - sentence.start) is not None


def _kin_of(tally: Tally, sentences: list[Sentence]) -> str | None:
    """The first word of one person's kin in the figure's words ("father", "sister-in-law")."""
    sentence = sentences[tally.sentence]
    match = _ONE_KIN.search(sentence.text, tally.start - sentence.start, tally.end - sentence.start)
    return match.group().lower() if match else None


def _name_of(tally: Tally, sentences: list[Sentence]) -> list[str] | None:
    """The words of the first name in the figure's words, if any."""
    sentence = sentences[tally.sentence]
    match = _NAME.search(sentence.text, tally.start - sentence.start, tally.end - sentence.start)
    return match.group().split() if match else None


def _two_sources(earlier: Tally, later: Tally, sentence: Sentence) -> bool:
    """ "Though officials said 46 militants died, the Taliban said 13 were killed", "killed four
    people, according to Wafa; Shehab reported five deaths": two figures of one sentence, each told
    by its own source, are two accounts, not a list."""
    if earlier.place and later.place and earlier.place != later.place:
        return False  # "12 were killed in Kabul, while officials said 7 were killed in Herat"
    text, offset = sentence.text, sentence.start
    clause_start = max(text.rfind(mark, 0, earlier.start - offset) for mark in ",;:")
    before_first = text[clause_start + 1 : earlier.start - offset]
    between = text[earlier.end - offset : later.start - offset]
    if _WITH_SOURCE.match(between):
        return True  # "killed at least seven people, with Wafa reporting nine deaths"
    if ";" in between and _SAID.search(between, 0, between.index(";")):
        # "killed at least four people, according to Wafa; Shehab Agency reported five deaths"
        return _SAID.search(between, between.rindex(";")) is not None
    if ";" in between and _LATER_SAID.search(between, between.rindex(";")):
        return True  # "Eight police officers were killed ...; officials later said 10 had died"
    # "killing at least 40 people; residents said up to 120 were killed", "killed 60 villagers, the
    # governor said, but local officials said 75 had died"; not "; residents said 5 more died"
    if _UNNAMED_SOURCE_SAID.fullmatch(between) and not _MORE_IN_FIGURE.search(
        text, later.start - offset, later.end - offset + _AFTER_FIGURE
    ):
        return True
    if ";" in between and _NAMED_SOURCE_SAID.fullmatch(between, between.rindex(";") + 1):
        # "An airstrike killed 3 civilians in Sirte; the Libya Herald reported that 4 were killed";
        # not "; the ministry said 5 more were killed"
        return not _MORE_IN_FIGURE.search(text, later.start - offset, later.end - offset + _AFTER_FIGURE)
    told_first = (
        _SAID.search(before_first) or _COUNTED_BY.search(before_first)  # "Police put the death toll at 14, while ..."
        or _OPENS_ACCORDING_TO.match(text, 0, earlier.start - offset)
    )  # fmt: skip
    return bool(told_first and (_SAID.search(between) or _COUNTED_BY.search(between)))


# The attackers' own claim of the dead they made: "Wilayat Sinai claimed to have killed 30 soldiers",
# "The Taliban claimed the attack, saying five policemen were killed", "Al-Shabaab boasted that it had
# killed 20", "Boko Haram said in a video that it had killed 50 soldiers", "the Taliban, in a statement
# on its Telegram channel, said 60 police had been killed"; with no relative clause between it and the
# figure ("The Taliban claimed the attack, which killed two policemen" is no claim of a number).  Not
# a source's claim of the dead alone ("local sources claimed 12 civilians were killed", "A post on
# Telegram said 30 had been killed"): the claimant must say it killed them, claim the attack, or
# speak on its own Telegram channel or through Amaq.
_KILLERS_CLAIM = re.compile(
    r"(?:\b(?:claimed|boasted|bragged|said\s+in\s+a\s+(?:video|statement))\b[^;]{0,40}?\b(?:to\s+have|(?:it|they)\s+had)\b"
    r"|\bclaimed\s+(?:responsibility\s+for\s+)?(?:the|its)\s+(?:[\w-]+\s+){0,3}?(?:attacks?|bombings?|ambush|raid|assault),?\s+saying\b"
    r"|\bon\s+(?:its|their)\s+Telegram\b|\bAmaq\b)"
    r"(?:(?!\b(?:which|who|that\s+killed)\b)[^;])*$",
    re.IGNORECASE,
)
_CLAIM_WORDS = ("claimed", "boasted", "bragged", "said in a", "Telegram", "Amaq")  # (speed)
# An armed group's "claimed" with the figure's clause right after it is its claim too: "The Houthis
# claimed 12 Saudi troops were killed", "the insurgents claimed that 30 policemen had died" (not
# "Local sources claimed 12 civilians were killed": the claimant must be an armed group by name or role).
_CLAIMED_CLAUSE = re.compile(
    r"(?:^|[,;:]\s+|\b(?:and|but|while)\s+)(?P<claimant>(?:[\w'’-]+\s+){1,3}?)claimed\s+(?:that\s+)?$", re.IGNORECASE
)


def _killers_claim(tally: Tally, sentences: list[Sentence]) -> bool:
    """Whether the figure is told as the attackers' claim of the dead they made (see
    ``_KILLERS_CLAIM``): beside an official figure of the same people it is another account of one
    toll, and the lesser one: it neither stands for the toll nor widens it."""
    sentence = sentences[tally.sentence]
    before = sentence.text[: tally.start - sentence.start]
    if not any(word in before for word in _CLAIM_WORDS):
        return False
    clause = _CLAIMED_CLAUSE.search(before)
    return _KILLERS_CLAIM.search(before) is not None or (clause is not None and _armed(clause.group("claimant")))


def _armed(claimant: str) -> bool:
    """Whether a claimant's words name an armed group ("The Houthis", "Boko Haram", "the
    insurgents"), not a side's generic word ("the government")."""
    words = re.findall(r"[\w'’-]+", claimant.lower())
    names = {*words, *(" ".join(pair) for pair in zip(words, words[1:]))}
    return any(name in AFFILIATIONS and name not in GENERIC_AFFILIATIONS for name in names) or any(
        ROLES.get(word, ("", ""))[1] == "armed" for word in words
    )


def _hurt_died_later(index: int, tallies: list[Tally], sentence: Sentence) -> bool:
    """ "A bomb killed 11 people and injured 63. Two of them died later in hospital": dead "of
    them" right after a figure of wounded, who died later, are wounded who died, more than the
    killed figure before (not "Five were killed. Two of them died instantly")."""
    tally = tallies[index]
    if index == 0 or tallies[index - 1].outcome != "wounded" or tally.outcome != "killed":
        return False
    # "A bomb killed three and wounded 40. Of the 40 people wounded, six died": dead of the hurt told again
    return _DIED_LATER.match(sentence.text, tally.start - sentence.start) is not None or _of_a_fronted_total_of_the_hurt(
        tally, tallies[index - 1 : index], sentence
    )


def _died_after_its_day(earlier: Tally, later: Tally, sentence: Sentence) -> bool:
    """ "A grenade killed one man on Friday ... Another victim died in hospital on Saturday": the hurt
    who died of the attack (``_DIED_OF_WOUNDS``) on a day after the one its first figure is dated to,
    told as more people by the figure's first words ("Another victim", "A second policeman"), are more
    dead, not the dead of that day told again.  Not one of a monitor's final count who "succumbed to his
    injuries" days later ("the death of another son of Riyad, who had also succumbed to his injuries")."""
    first, died = earlier.window, later.window
    if later.outcome != "killed" or first is None or died is None or first.assumed or died.assumed or died.end <= first.end:
        return False
    offset = sentence.start
    if _ADDED_PEOPLE.match(sentence.text, later.start - offset) is None:
        return False
    return _DIED_OF_WOUNDS.search(sentence.text, later.start - offset) is not None


def _labelled_toll(later: Tally, sentence: Sentence) -> bool:
    """ "Gunmen killed 3 workmen at a site in Castlerock; death toll: 3": a toll told as a label
    after the figures of its own sentence is those figures again, as one told in a sentence of
    its own is."""
    return _TOLL_LABEL.match(sentence.text, later.start - sentence.start) is not None


def _all_of_them(earlier: Tally, later: Tally, sentence: Sentence) -> bool:
    """ "Police found the bodies of three men; all three had been executed", "killing two guards,
    both of whom were shot dead": the same number again after "all" or "both", past a clause
    break, is the people of the figure before told again, not more of them."""
    if later.count != earlier.count or later.count_max != earlier.count_max:
        return False
    text, offset = sentence.text, sentence.start
    between = text[earlier.end - offset : later.start - offset]
    return any(mark in between for mark in ",;:") and _ALL_OF_THEM.match(text, later.start - offset) is not None


def _all_of_another_group(index: int, tallies: list[Tally], sentences: list[Sentence]) -> bool:
    """ "Attackers killed seven people at the checkpoint. All three were shot dead by soldiers": a
    figure that opens a later sentence on "all" or "both" takes up every one of a group of its
    number, and when no earlier figure of its outcome has that number, nor do they all together, it
    is another group (the attackers, told by their number alone), not the toll told again.  Not
    "killed seven people, including three children. All three were buried on Sunday" (the three of
    a part told again), nor "Umm Ibrahim and her son were killed ... Both were killed" (one and one).
    Only after a figure whose killers are named before it as attackers."""
    later = tallies[index]
    sentence = sentences[later.sentence]
    if later.start - sentence.start > 0 or _ALL_OF_THEM.match(sentence.text) is None:
        return False
    before = [t for t in tallies[:index] if t.outcome == later.outcome and t.sentence < later.sentence]
    together = sum(t.count for t in before if t.restates is None and t.subset_of is None)
    if not before or later.count == together or any(later.count in (t.count, t.count_max) for t in before):
        return False
    return _attackers_before(before[0], sentences)


# The one an attack took away, told by a pronoun after a verb of capture: "kidnapping him", "abducted her".
_TAKEN_ONE = re.compile(
    r"\b(?:" + "|".join(sorted(w for w, outcome in ACTIVE.items() if outcome == "captured" and " " not in w)) + r")\s+(?:him|her)\b",
    re.IGNORECASE,
)
_TAKEN_ONE = opening_on_letters(_TAKEN_ONE)  # (speed) skips in C where none of its words start


def _taken_one_found_dead(index: int, tallies: list[Tally], sentences: list[Sentence]) -> bool:
    """ "Gunmen ambushed the car of Aldo Moro, killing his five bodyguards and kidnapping him. Moro
    was found dead 55 days later": one dead in a later sentence, after the sentence of the figure
    before told one taken away in the attack after it ("and kidnapping him", "abducted her"), is the
    one taken, not one of the dead counted then."""
    later = tallies[index]
    if later.count != 1:
        return False
    before = [t for t in tallies[:index] if t.outcome == later.outcome and t.sentence < later.sentence]
    if not before:
        return False
    sentence = sentences[before[-1].sentence]
    return _TAKEN_ONE.search(sentence.text, before[-1].end - sentence.start) is not None


def _attackers_before(tally: Tally, sentences: list[Sentence]) -> bool:
    """Whether attackers ("gunmen", "militants", "attackers") are named before the figure in its
    sentence, those who did the killing: "Attackers killed seven people", "Three gunmen killed 12"."""
    sentence = sentences[tally.sentence]
    words = re.findall(r"[a-z]+", sentence.text[: tally.start - sentence.start].lower())
    return any(ROLES.get(word, ("", ""))[0] == "militants" for word in words)


# A source's first figure, told so right after it: "Eighty people were wounded, officials first said".
_FIRST_SAID_AFTER = re.compile(
    r"\s*,\s*(?:[\w'’.-]+\s+){1,4}?(?:first|initially)\s+(?:said|reported|put|gave|told)\b", re.IGNORECASE
)


def _first_figure_beside(earlier: Tally, later: Tally, sentence: Sentence) -> bool:
    """ "Eighty people were wounded, officials first said, with some 300 wounded by Saturday": of two
    figures of one outcome in a sentence, the one told as a source's first is the same people
    counted again, not more of them (a later figure told as an earlier account, "after an earlier
    figure of 450 injured", is ``_mark_superseded_accounts``')."""
    return _FIRST_SAID_AFTER.match(sentence.text, earlier.end - sentence.start) is not None


def _fronted_after_a_semicolon(earlier: Tally, later: Tally, sentence: Sentence) -> bool:
    """ "Six people were killed and 25 wounded in the bazaar; of the 25 wounded, eight were
    children": the same number fronted after "of the" on a clause of its own is the figure before
    told again, to break it down."""
    if later.count != earlier.count or later.count_max != earlier.count_max:
        return False
    text, offset = sentence.text, sentence.start
    semicolon = text.rfind(";", earlier.end - offset, later.start - offset)
    return semicolon >= 0 and _OF_THE_OPENING.fullmatch(text, semicolon + 1, later.start - offset) is not None


def _the_one_told_again(earlier: Tally, later: Tally, sentence: Sentence) -> bool:
    """ "The attacker stabbed a policeman in the Old City; the policeman was moderately hurt": one
    person of a role told again past a semicolon with "the" and the same noun is the one the
    figure before counted, not one more (unless told "also")."""
    if earlier.count != 1 or later.count != 1 or earlier.role is None or earlier.role != later.role:
        return False
    text, offset = sentence.text, sentence.start
    if ";" not in text[earlier.end - offset : later.start - offset]:
        return False
    words = text[later.start - offset : later.end - offset].lower().split()
    if len(words) < 2 or words[0] != "the" or "also" in words:
        return False  # "the soldier in the next post was also killed": one more
    return words[1] in text[earlier.start - offset : earlier.end - offset].lower().split()


def _list_item(sentences: list[Sentence], index: int) -> bool:
    """Whether the sentence is an item of a numbered list ("2. An IED explosion ..."): an event
    of its own."""
    return index > 0 and bool(_LIST_NUMBER.fullmatch(sentences[index - 1].text.strip()))


def _of_the_injured(text: str, start: int, end: int) -> bool:
    """Whether the figure from ``start`` to ``end`` of its sentence ``text`` counts some of the
    hurt told before: "three of the wounded died overnight", or fronted, "Of the injured, two
    later died"."""
    return bool(_OF_THE_INJURED.search(text, start, end) or _FRONTED_OF_THE_INJURED.fullmatch(text, 0, start))


def _also_harmed(text: str, start: int, end: int, hurt: bool = True) -> bool:
    """Whether the people of a figure from ``start`` to ``end`` of ``text`` were "also" hurt (or,
    not ``hurt``, killed) and are neither named nor someone's kin ("the boy's father and brother
    were also wounded"), nor one told again ("The boy was also injured"): "Two neighbours were also
    wounded", "A neighbour in a nearby tent was also injured", "Two passing civilians were also
    killed"."""
    also = _ALSO_HARMED.search(text, start, end + 1)
    if also is None or (also.group("hurt") is None) == hurt:
        return False
    if also.group("verb").lower().split()[0] in _ONE_VERBS and _THE_ONE.match(text, start):
        return False
    return not (_NAME.search(text, start + 1, end) or _POSSESSIVE.search(text, start, end))


def _adds_people(tally: Tally, sentence: Sentence) -> bool:
    """Whether the figure says its people are more than those counted before: "Another three
    were killed", "Two attackers were also shot dead", or its sentence tells a next event
    ("Hours later gunmen killed 2 soldiers") without reporting a figure again."""
    text = sentence.text
    start, end = tally.start - sentence.start, tally.end - sentence.start
    if _of_the_injured(text, start, end) and not _WHY_THE_TOLL.search(text, 0, start):
        return True
    if _OTHER_PEOPLE.search(text, start, end):
        return True
    if (tally.count == 1 and _next_by_rank(text, start, end)) or _also_hit(text, start) or _second_strike(text, start):
        return True
    if _VICTIM_DIED_LATER.search(text, start, end + _DIED_LATER_AFTER):
        return True  # "One of the victims later died": one of the hurt
    if _ONE_HURT_DIED_LATER.match(text, start):
        return True  # "A neighbour died of his wounds three days later"
    if tally.qualifier == "exact" and _also_harmed(text, start, end):
        return True  # "Two neighbours were also wounded, medics said", "Two passing civilians were also killed"
    if tally.outcome == "wounded" and _HURT_FLEEING.match(text, end) and _MORE_IN_FIGURE.search(text, start, end):
        return True  # "Another 30 people were injured in a stampede that followed the blast, police said"
    if _reports(text):
        return False
    if _NAME.search(text, start + 1, end):
        return False  # "Her son, Ahmed Saleh, was also killed": one of the dead, named
    if _ADDED_PEOPLE.search(text, max(0, start - _ADDED_BEFORE), end):
        return True
    return bool(_NEXT_EVENT_OPENING.match(text) or _OPENS_ON_EVENT.match(text) or _NEW_EVENT.search(text))


# A second target of the attack, its dead told by the participle after it, even as a source tells
# it: "the house next door was also hit, killing a woman and her son", "a car nearby was also
# struck, leaving two dead" (not "the strike killed the father, his wife and ...", told again).
_ALSO_HIT = re.compile(
    r"\b(?:was|were)\s+also\s+(?:hit|struck|targeted|bombed|shelled|flattened|destroyed)\b[^.;]{0,40}?,\s*(?:killing|leaving)\s",
    re.IGNORECASE,
)
_ALSO_HIT_REACH = 90  # characters before a figure read for such a clause


def _also_hit(text: str, start: int) -> bool:
    """Whether the figure at ``start`` is the dead of a second target (``_ALSO_HIT``)."""
    if "also" not in text[max(0, start - _ALSO_HIT_REACH) : start]:
        return False  # (speed) most figures have no "also" before them
    match = _ALSO_HIT.search(text, max(0, start - _ALSO_HIT_REACH), start + 9)
    return match is not None and match.end() > start


# A second strike of the attack, its dead told right after it, even as a source tells it: "Half an hour
# later, a second strike hit a house on the edge of the town, killing a woman", "a second missile hit
# the car, leaving two dead", "a follow-up strike on the rescuers killed three".
_SECOND_STRIKE = re.compile(
    r"\ba\s+(?:second|third|follow-up)\s+(?:air\s*strike|drone\s+strike|strike|missile|shell)\b[^.;]{0,60}?"
    r"(?:,\s*(?:killing|leaving)|\s+killed)\s",
    re.IGNORECASE,
)


def _second_strike(text: str, start: int) -> bool:
    """Whether the figure at ``start`` is the dead of a second strike (``_SECOND_STRIKE``)."""
    before = text[max(0, start - _ALSO_HIT_REACH) : start]
    if "second" not in before and "third" not in before and "follow-up" not in before:
        return False  # (speed) most figures have none of them before
    match = _SECOND_STRIKE.search(text, max(0, start - _ALSO_HIT_REACH), start + 9)
    return match is not None and match.end() > start


# People told as more than those counted, by their number, even as a source tells it: "two more
# bodies were found", "the bodies of three more relatives", "at least 10 additional deaths", "a
# further four people died"; not "more than 10", nor a sentence that raises a toll with them
# ("six more bodies were recovered, bringing the toll to 20"), whose toll takes them in.
_MORE_BY_NUMBER = re.compile(
    r"\b(?:\d[\d,]*|[a-z]+)\s+(?:more|additional)\b(?!\s+than\b)|\b(?:a\s+further|an\s+additional)\s+(?:\d|[a-z]+\s)",
    re.IGNORECASE,
)


# People more told as others, opening their sentence: "Two others who were killed appear to have been
# displaced", "Three others died in hospital" (not "The other two", the rest of a group told before).
_OTHERS_OPENING = re.compile(r"\s*(?:\d[\d,]*|[A-Z][a-z]+)\s+others\b")
_OPENING_REACH = 2  # characters before a figure that opens its sentence
# Another target than the one told before: "in a strike on another house belonging to the family".
_ANOTHER_TARGET = re.compile(
    r"\b(?:another|a\s+(?:second|separate|different))\s+(?:house|home|building|apartment|car|vehicle|tent|school)\b",
    re.IGNORECASE,
)


def _more_by_number(tally: Tally, sentence: Sentence) -> bool:
    """Whether the figure counts people more by its number (``_MORE_BY_NUMBER``) in a sentence
    that raises no toll and tells of no other target."""
    if tally.outcome != "killed":
        return False
    text, start, end = sentence.text, tally.start - sentence.start, tally.end - sentence.start
    match = _MORE_BY_NUMBER.search(text, max(0, start - _ADDED_BEFORE), end + _AFTER_FIGURE)
    return match is not None and match.start() < end and not _RAISED.search(text) and not _ANOTHER_TARGET.search(text)


# People told as others by their number: "six other people were killed" (not "the other six").
_OTHERS_BY_NUMBER = re.compile(r"(?:\d[\d,]*|[A-Za-z]+)\s+other\s")


def _others_beside_one(one: Tally, tally: Tally, sentence: Sentence) -> bool:
    """Whether the figure of the killed tells others beside the one person the figure it restates
    counts: "a drone strike killed Hamas deputy leader Saleh al-Arouri ... state media said six other
    people were killed in the strike" (7).  Others beside a figure of more may be of it (see
    ``_widen_by_more``)."""
    if tally.outcome != "killed" or one.count != 1 or one.count_max is not None:
        return False
    start = tally.start - sentence.start
    if sentence.text[max(0, start - 4) : start].lower() == "the ":
        return False
    return _OTHERS_BY_NUMBER.match(sentence.text, start) is not None and not _RAISED.search(sentence.text)


# Counted kin of someone: "Ayman's two brothers", "his three sons", "their four children".
_COUNTED_KIN = re.compile(
    r"(?:(?:the\s+)?[\w-]+['’]s|his|her|their)\s+(?:[\w-]+\s+)?(?P<kin>sons|daughters|brothers|sisters|children"
    r"|grandchildren|cousins|nephews|nieces|wives|siblings)\b",
    re.IGNORECASE,
)


def _kin_beside_one(one: Tally, tally: Tally, sentences: list[Sentence]) -> bool:
    """Whether the figure of the killed counts kin of someone (``_COUNTED_KIN``) beside the one
    person the figure it restates counts, kin told of nowhere before: "killed Ayman Fayyad, his wife
    Ruba and his mother Hanan ... Ayman's two brothers, who lived in the same building, were also
    killed" (5); not "killed Ahmad and his two sons ... His two sons were killed with him", told
    again."""
    if tally.outcome != "killed" or tally.count < 2 or one.count != 1 or one.count_max is not None:
        return False
    sentence = sentences[tally.sentence]
    match = _COUNTED_KIN.match(sentence.text, tally.start - sentence.start)
    if match is None:
        return False
    return not _kin_told_before(match.group("kin")[:-1], sentences, tally.sentence)  # "son" of "sons", one or more


def _others_opening(tally: Tally, sentence: Sentence) -> bool:
    """Whether the figure of the killed opens its sentence as others (``_OTHERS_OPENING``)."""
    if tally.outcome != "killed" or tally.start - sentence.start > _OPENING_REACH:
        return False
    return _OTHERS_OPENING.match(sentence.text) is not None and not _RAISED.search(sentence.text)


def _widen_by_more(tallies: list[Tally], index: int, earlier: int, others: bool) -> None:
    """ "At least 4 people were killed ... Shehab said that two more bodies had been found": the
    people more are more than the figure told last before them, so the figure they restate reaches
    that figure's top and their number (here 6), when that is more than its top (in place).  The
    last figure, not the lead: "killing between 9 and 11 ... the ministry reported nine killed; a
    relative said two more were found dead" stays at 11.  Others are besides the figure told last,
    a part too ("killed 12, among them 10 members of the family. Two others were neighbours"), but
    never the one they restate: "At least 12 were killed ... Two others who were killed" may be of
    the 12."""
    more = tallies[index]
    last = next(
        t for t in reversed(tallies[:index]) if t.outcome == more.outcome and (others or t.subset_of is None)
    )
    if others and last is tallies[earlier]:
        return
    high = last.top + more.count
    lead = tallies[earlier]
    if high > lead.top:
        lead.count_max = high


def _next_by_rank(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``start..end`` of the sentence is one victim more by rank ("a fourth
    man later died"), told as a fact, not a doubt."""
    return bool(_NEXT_BY_RANK.search(text, start, end)) and not _DOUBT.search(text, max(0, start - _DOUBT_BEFORE), end)


def _side(tally: Tally) -> str:
    """The side of the figure's people: of its role, or armed for an armed group named alone."""
    if tally.role is None and tally.nationality in ARMED_GROUPS:
        return "armed"
    return side_of(tally.role)


def _side_in_sentence(tally: Tally, tallies: list[Tally]) -> str:
    """The side of the figure's people, or for a bare figure that shares its subject with the
    figure before it in the sentence ("Ten Taliban fighters were killed and 13 wounded", "12
    soldiers were killed and 8 others injured") the side of that figure's people."""
    if tally.role is not None or tally.group is not None or tally.nationality is not None:
        return _side(tally)
    before = [t for t in tallies if t.sentence == tally.sentence and t.end <= tally.start and t.outcome != tally.outcome]
    return _side(before[-1]) if before else _side(tally)


def _widen(figure: Tally, restatement: Tally, listed: int, besides: int = 0, may_be_higher: bool = False) -> None:
    """Raise the upper bound of ``figure`` to what a later source reports for the same people.

    A figure in a list ("One woman and three young children were killed") is told again with the
    rest of the list ("Both were killed", "five people died"): only what a later figure has beyond
    the list's sum (``listed``) widens it.  A figure of others is told with the people it is
    besides (``besides``, see ``_besides``).  A vague figure ("dozens of martyrs", "a number of
    family members") is a guess at a number, not a report of one: it widens nothing, but in a
    sentence that says the toll may be higher than told (``may_be_higher``): "the death toll may be
    significantly higher, as Step News wrote of dozens of martyrs" puts the top of the range there."""
    if restatement.qualifier == "vague" and not may_be_higher:
        return
    high = restatement.top + besides - (listed - figure.count)
    if high > figure.top:
        figure.count_max = high


# A figure of others: "14 other members of his clan", "four others", at the figure's start.
_OTHERS = re.compile(r"[\w-]+\s+others?\b", re.IGNORECASE)
# A figure of those killed with someone: "killed along with their five children", "alongside his two sons".
_ALONG_WITH = re.compile(r"\b(?:along\s+with|alongside|together\s+with)\b", re.IGNORECASE)
# The people before "and" in a clause of their own fate: "the mukhtar and 14 others died", not "a
# guard was wounded and two others were killed" (the one before has a verb of his own).
_AND_BEFORE = re.compile(r"\band\s+$", re.IGNORECASE)
_OWN_VERB = re.compile(
    r"\b(?:was|were|is|are|has|have|had|wounded|injured|hurt|survived|rescued|escaped|killed|died)\b", re.IGNORECASE
)
# The subject of "were killed along with": "engineer Samir and Nadia were ", "his wife Noor was reportedly ".
_SUBJECT = re.compile(r"(?P<people>[^,;:“\"()]+?)\s+(?:was|were)\s+(?:\w+ly\s+)?(?:been\s+)?$")
_CLAUSE_MARKS = ',;:“"('
_REPORTED_THAT = re.compile(r"^.*\b(?:that|said|wrote|posted|reported)\s+", re.IGNORECASE)
_AND = re.compile(r"\band\b")


def _besides(index: int, tallies: list[Tally], sentences: list[Sentence]) -> int:
    """ "Sources said the village mukhtar and 14 other members of his clan were killed", "crews
    pulled seven bodies from the rubble and four others died in hospital", "Samir and his wife
    Nadia were killed along with their four sons": a restatement of others, or of those killed with someone, comes with the
    people it is besides, told before it in its sentence.  How many those are: the people of the
    figures before it in its sentence that restate the same figure, else
    whoever is named before its "and" (one) or is the subject killed with them (one, two when
    joined by "and"), in a clause with no verb of its own; none for any other figure."""
    tally = tallies[index]
    sentence = sentences[tally.sentence]
    text, start = sentence.text, tally.start - sentence.start
    if start < 0:
        return 0
    others = _OTHERS.match(text, start) is not None
    if not others and not _ALONG_WITH.search(text, start, tally.end - sentence.start):
        return 0
    if before := _people_before(index, tallies):
        return before
    if others:
        return 1 if _AND_BEFORE.search(text, 0, start) and not _own_verb(text, start) else 0
    subject = _SUBJECT.search(text, 0, start)
    if subject is None:
        return 0
    people = _REPORTED_THAT.sub("", subject.group("people"))
    return 2 if _AND.search(people) else 1


def _own_verb(text: str, start: int) -> bool:
    """Whether the clause before the "and" that ends at ``start`` has a verb of its own."""
    clause = text[max(text.rfind(mark, 0, start) for mark in _CLAUSE_MARKS) + 1 : start]
    return _OWN_VERB.search(clause[: clause.rfind("and")]) is not None


def _people_before(index: int, tallies: list[Tally]) -> int:
    """The people of the figures that start before the one at ``index`` in its sentence and
    restate the same figure ("Jamal Qudra was killed" before "killed alongside his three sons").
    Not those that start with it: they are its own list, whose named members ("his three nephews,
    Tareq, Jihad and Anas") are each a figure of their own and would be counted twice."""
    tally = tallies[index]
    return sum(
        t.count for t in tallies[:index]
        if t.sentence == tally.sentence and t.restates == tally.restates and t.subset_of is None and t.start < tally.start
    )  # fmt: skip


def _listed_with(index: int, tallies: list[Tally]) -> int:
    """The sum of the counted figures of the list the figure is in: those of its sentence and
    outcome that add up with it."""
    figure = tallies[index]
    return sum(
        t.count
        for t in tallies
        if t.sentence == figure.sentence and t.outcome == figure.outcome and t.subset_of is None
        and t.restates is None and not t.outside_the_sum
    )  # fmt: skip


def _bomber_told_again(earlier: Tally, later: Tally) -> bool:
    """ "Three people were killed in a suicide attack in Kabul; the bomber also died": one armed
    man dead after the bomber of a suicide attack, even in the same sentence, is that bomber.  Not
    one the attack kills, told by the participle after it: "A suicide bomber blew himself up at a
    checkpoint, killing a local commander" is two dead."""
    return (
        _bombers(earlier) and earlier.count == 1 and later.count == 1 and side_of(later.role) == "armed"
        and not _killed_by_the_attack(later)
    )  # fmt: skip


def _killed_by_the_attack(tally: Tally) -> bool:
    """Whether the figure is told as the object of a participle of killing after its attack:
    "..., killing a local commander", "..., executing two guards"."""
    word = tally.outcome_word
    return word is not None and word.endswith("ing") and word in ACTIVE


def _bombers(tally: Tally) -> bool:
    """Whether the figure is of suicide bombers dead in their own attack ("blew himself up")."""
    return tally.outcome_word in ("suicide", "blew up")


def _smaller_of_an_earlier_day(earlier: Tally, later: Tally, sentences: list[Sentence]) -> bool:
    """ "The UN has confirmed the deaths of 1,766 civilians. On March 16, a strike hit the theatre,
    killing about 300": a figure of an attack told on its own day, before the publication day, and
    many times smaller than a figure told before with no date of its own, is of that attack, not
    that figure's.  Not when a source tells the attack ("On November 27, a relative posted that
    his mother had died of her wounds")."""
    first, second = earlier.window, later.window
    if first is None or second is None or not first.assumed or second.assumed or second.precision != "day":
        return False
    if second.end >= first.end or _UPDATE_RATIO * later.top >= earlier.count:
        return False
    told = _attack_told(later, sentences)
    return told is not None and not _reports(told[1])


def _apart(first: TimeWindow | None, second: TimeWindow | None) -> bool:
    if first is None or second is None or first.assumed or second.assumed:
        return False
    first_start = first.start or first.end
    second_start = second.start or second.end
    if first.start is None:
        return second_start > first.end
    if second.start is None:
        return first_start > second.end
    return first.end < second_start or second.end < first_start
