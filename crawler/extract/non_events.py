"""Figures that report no event at all: the reading finds a number and a word of death, but
nobody was harmed in anything that happened.

``no_event`` looks at the words around one figure and names the kind of text it serves, or
returns None.  Each rule serves one class of text:

* ``idiom``: figures of speech about things, not people ("the phone killed it", "the bill is
  dead on arrival", "support for the old version is now officially dead"), and any the sentence
  says is one ("three MPs were killed off in the elections, metaphorically speaking");
* ``hypothetical``: what could, would or might happen, threats and plans ("the virus could kill
  up to 2 million", "he threatened to kill 3 officials", "if the dam breaks, 10,000 could die");
  a hedged report of the past is no hypothetical ("the strike may have killed 40 civilians"); a toll
  weighed as a best or a worst case, or a scenario ("5,000 dead is the best case"); a toll set as the
  mark the world waits for ("when will the world act, when the toll is 100,000?");
* ``lives saved``: "each donation can save up to three lives", "the surgery saved 40 lives";
* ``rate``: rates and averages with no event ("an average of 72 people a month", "about 30 die
  every year", "killed 5 per 100,000"): kept when the sentence names an armed conflict;
* ``history``: polemic about the distant past ("Napoleon killed a million men for his vanity",
  "the Crusades killed thousands", "communism killed 100 million people in the last century",
  "... over 1400 years"), mostly from reader comments; the 21st century is no distant past, and
  a superlative against a century ("the deadliest in the last century") or "in over 100 years" a
  comparison, not history;
* ``not people``: the number counts something else: a range of years read as the dead ("the
  1914-1918 dead"), a year that does the killing ("1992 killed socialism"), money ("$250,000 ...
  murder"), "cases", firms, bills, machines and processes, plants and crops, livestock, wild
  animals, pests and germs, a player's shots ("killed thousands of small businesses", "hundreds of
  fish were found dead", "wolves killed 23 sheep", "the kernel killed 3 processes", "20
  three-pointers, killing all of them"), unless the figure names people too ("killed 22 cattle
  herders"); or the word of death names a thing: "two body pillows", "a few missing features",
  "212 dead zones", "one position group remains" (a verb, not a body's remains);
* ``supplies``: the wounded a supply or a ward is for, not wounded in anything told ("a convoy
  carrying medicine for 5,000 wounded people", "a field hospital with beds for 40 injured"), and
  the wounded of a war a ward cares for over time ("1,200 soldiers wounded in Iraq are being
  treated at Walter Reed", "has treated 2,000 people wounded in the war since 2012");
* ``share``: a proportion, whatever war it is of: its part or its whole is no count ("nine in ten
  wounded soldiers now survive", "one in four British soldiers wounded in Helmand lost a limb",
  "killing one soldier in ten"), and a ratio told per one person ("for every soldier killed, five
  are wounded", "drones kill 50 civilians for every militant"); not a number of people in fewer
  places, attacks or days ("two killed in one attack", "three soldiers killed in two ambushes");
* ``entitlement``: what the one wounded or dead person of a rule or a scheme can receive or claim
  ("a seriously wounded soldier can now receive up to £570,000", "the family of a soldier killed
  on duty may claim a pension"): a generic person, nobody harmed in anything told;
* ``none harmed``: a count of nought ("the raid killed zero civilians"): nobody to count;
* ``title``: a word of death inside the name of a book, a film or a song, told in running text
  ("one of the chapters in Don't Die Young is ...");
* ``place``: a word of death in a town's name ("Bury St Edmunds to Deadwood", "fans in Bury");
* ``satire``: a joke told as news, attributed to a satirical outlet or told as a spoof ("according to
  The Onion, the next model kills the driver"), and a product made up to kill its own users ("a
  version that kills the passengers to cut emissions"): nobody was harmed.
"""

from __future__ import annotations

import re
from functools import lru_cache

from crawler.extract.groups import ROLES
from crawler.extract.scan import may_hold_words, opening_on_letters
from crawler.extract.word_classes import DETERMINERS, POSSESSIVES

_IDIOMS = re.compile(
    r"\b(?:kill(?:s|ed|ing)? it|dead on arrival|(?:officially|basically|practically|effectively|all but|pretty much|"
    r"as good as) dead(?=\s*(?:[.,;!?]|$|and\b|as well\b|too\b|now\b|for good\b|at last\b))|dead in the water|killing time|"
    # and weariness: "dead tired", "dead on their feet"
    r"dead (?:heat|end|weight|ringer|wrong|serious|set|last|even|center|centre|tired|beat|on (?:my|his|her|their|our|your) "
    r"feet)|deadlines?|"
    r"kill(?:s|ed|ing)? (?:the|a|this|that|his|her|their|our) (?:\w+ )?(?:bill|deal|plan|project|idea|proposal|momentum|mood|"
    r"vibe|buzz|joke|story|engine|battery|feature|product|app|phone|game|series|show|franchise|brand)|"
    r"bored to death|scared to death|worried to death|loved? (?:it|them|him|her) to death|"
    # sleep told by death: "sleeps like the dead", "loud enough to wake the dead"
    r"like the dead|wake the dead|"
    # a bill or a campaign choked to death in politics: "the bill was strangled in committee", "the
    # suffocated campaign of the third candidate"
    r"(?:strangled|suffocated|smothered) (?:in committee|in (?:its|the) cradle|at birth|campaigns?|candidac(?:y|ies)|bills?|"
    r"reforms?|bids?|agendas?|proposals?)|killed in committee|"
    r"lost (?:its|their|his|her|our|my|your) (?:force|power|strength|momentum|appeal|edge|shine|lustre|luster|charm|"
    r"sting|bite|grip|hold|touch|way|nerve|cool|voice|balance|value|meaning|relevance|majority|lead|mojo|footing)|"
    r"drown(?:s|ed|ing)? out|drown(?:s|ed|ing)? (?:their|his|her|my|our) sorrows|drown(?:ed|ing) in (?:debt|paperwork|noise|work)|"
    r"(?:dies?|died|dying) a (?:thousand|hundred|million) deaths|over my dead body|dying to|killer (?:app|feature|deal)|dead batter(?:y|ies)|dead links?|"
    r"death of (?:the|a) (?:novel|mall|newspaper|print|industry|party|brand|PC|desktop)|"
    # a feeling one "died of", and what one "would die for": "I nearly died of boredom", "I'd die for a cold beer"
    r"(?:die|dies|died|dying) (?:of|from) (?:sheer |pure )?(?:boredom|embarrassment|shame|laughter|laughing|curiosity|"
    r"envy|jealousy)|(?:would|'d|’d) (?:\w+ )?die for (?:a|an|some|one)\b)\b",
    re.IGNORECASE,
)

# A betrayal told as a stabbing in the back of more people than any attack stabs (``idiom``): "Starmer has stabbed
# three million workers in the back", "the deal stabs 200,000 care workers in the back", "40,000 rail workers were
# knifed in the back"; not a stabbing told where on the body or where it happened ("stabbed three people in the back
# of a bus", "stabbed in the back and the neck").
_STABBED_IN_THE_BACK = re.compile(r"\b(?:stab|knife)(?:s|bed|d|bing|ing)?\b[^.;!?]{0,60}?\bin the back\b(?!\s+of\b)", re.IGNORECASE)
_CROWD_STABBED = 100  # more people than one attack stabs

# A modal or a plan right before the outcome word: nothing happened yet.  "may have killed" and
# "might have died" are reports of what did happen, hedged ("the strike may have killed 40").
_HYPOTHETICAL = re.compile(
    r"\b(?:could|would|(?:might|may)(?!\s+(?:well\s+)?have\b)|will|shall|should|can|cannot|can't|won't|"
    r"wouldn't|couldn't|must|"
    r"threat(?:en|ened|ens|ening)? to|vow(?:ed|s)? to|plan(?:ned|s|ning)? to|plot(?:ted|s|ting)? to|"
    r"tried to|trying to|attempt(?:ed|s)? to|want(?:ed|s)? to|going to|likely to|expected to|risk(?:s|ed)?|"
    r"potentially|enough to|capable of|set to|"
    # a reader's wish or call: "I hope they kill 300 terrorists", "we need to kill 5,000 of them", "let them kill 1,000"
    r"hop(?:e|es|ed|ing) (?:that )?(?:they|we|you|he|she|it|the \w+)|need(?:s|ed)? to|let (?:them|us|him|her)|ought to)\s+(?:\w+\s+){0,3}?"
    r"(?:kill|die|murder|injure|wound|be killed|be injured|be wounded|have killed|have died|have been killed|"
    r"claim|cost|lose their lives|result in|lead to|cause|"
    # what a war or a blast "could leave" dead or hurt, or "would see" killed: "a war with the North could leave a
    # million people dead", "a pull-out now would see thousands of Afghans killed"
    r"leave(?=[^.;]{0,40}\b(?:dead|injured|wounded)\b)|see(?=[^.;]{0,40}\b(?:dead|killed|die|injured|wounded)\b)|"
    # the other verbs of a killing: "threatened to behead 2 aid workers", "vowed to shoot dead 3 informers";
    # and of a capture: "convicted of plotting to kidnap the governor"
    r"behead|execute|massacre|slaughter|assassinate|lynch|shoot dead|gun down|slay|be executed|be beheaded|"
    r"kidnap|abduct)\b",
    re.IGNORECASE,
)
# (speed) A word of each opening of ``_HYPOTHETICAL``, one of which every match of it holds.
_HYPOTHETICAL_OPENINGS = (
    "can", "will", "would", "could", "may", "should", "must", "might", "shall", "won", "threat", "vow", "plan", "plot",
    "tried", "trying", "attempt", "want", "going", "likely", "expected", "risk", "potentially", "enough", "capable",
    "set", "hop", "need", "let", "ought",
)  # fmt: skip
# A reader's wish that more had been killed, told as a past that did not happen: "I wish the drone had killed
# 50 more of them", "wish they had shot 100" (not "the drone had killed 12", a report's past perfect).
_WISHED_KILLED = re.compile(r"\bwish(?:es|ed)? (?:that )?(?:[\w'’-]+ ){0,3}?had (?:(?:only|also|just) )?(?:killed|shot)\b", re.IGNORECASE)
# A toll foreseen, its verb right before the figure: "planners expected 30 million deaths in the
# first hour", "the ministry projects 2,000 dead", "aid agencies warned of 10,000 deaths"; and the
# toll an envoy or a column holds up as a prospect: "scared by the prospect of 100,000 more deaths",
# "raises the spectre of thousands dead" (not a toll estimated or feared, which is told of what happened).
_FORECAST_BEFORE = re.compile(
    r"\b(?:expect(?:s|ed|ing)?|predict(?:s|ed|ing)?|forecast(?:s|ed|ing)?|project(?:s|ed|ing)?|warn(?:s|ed|ing)? of|"
    r"(?:prospect|spectre|specter) of)"
    r" (?:another |a further |up to |as many as |some |about |around |nearly |more than |over |at least )?$",
    re.IGNORECASE,
)
_FORECAST_WORDS = ("expect", "predict", "forecast", "project", "warn", "prospect", "spectre", "specter")  # (speed) one of which every match holds
# More dead that a clause of time in the present foresees, as readers and columnists write it: "bring
# the troops home before another 1,000 die", "before 500 more soldiers are killed", "until another
# child is shot" (not the past: "before another attack killed 20"); and so a count a call sets as the
# end of a killing, "until" right before it: "they should bomb them until 10,000 are dead".
_MORE_BEFORE_THEY_DIE = re.compile(
    r"\b(?:(?:before|until|till)\s+(?:another|(?:[\w,]+\s+)?more)\b|(?:until|till)\s+(?=\d))(?:[^.;,]|(?<=\d),(?=\d)){0,40}?"
    r"\b(?:die|dies|perish|are\s+(?:dead|killed|slaughtered|maimed|wounded|injured|shot)|is\s+(?:killed|shot)"
    r"|get\s+killed|lose\s+their\s+lives)\b",
    re.IGNORECASE,
)
_MORE_BEFORE_WORDS = ("before", "until", "till")  # (speed) one of which every match holds
# A toll set as the mark the world waits for, as readers ask it: "When will the world act, when the toll is
# 100,000?", "What is the West waiting for, 50,000 dead?", "Does the toll have to reach 10,000 before NATO
# acts?", "When the death toll hits 100,000, maybe someone will notice" (a toll that "reached 5,000 in March"
# is told of what happened).
_TOLL_AWAITED = re.compile(
    r"\b(?:when|until|till|once) (?:the (?:death |body )?(?:toll|count)|the number of (?:dead|deaths|victims)) (?:is|hits|reaches|"
    r"passes|tops|gets to|climbs to|rises to) (?:another |a further )?(?=\d)"
    # and asked: "waiting for 50,000 dead?", "have to reach 10,000 before NATO acts?" (not "waiting for 30 injured
    # miners to be brought up")
    r"|\b(?:waiting for|(?:have|has|need|needs) to (?:reach|hit|get to)|(?:will|would|does) it take),? (?:another |a further )?"
    r"(?=\d[\d,.]*(?: \w+){0,3}?\W*(?:before\b[^.!]*)?\?)",
    re.IGNORECASE,
)
_TOLL_AWAITED = opening_on_letters(_TOLL_AWAITED)  # (speed) skips in C where none of its words start
_TOLL_AWAITED_WORDS = ("when", "until", "till", "once", "waiting", "reach", "hit", "get to", "take")  # (speed)
# A toll weighed as a case or a scenario, with no modal: "5,000 dead is the best case", "the worst-case
# scenario: 20,000 dead in the first week", "the drill's scenario had 40 passengers dead" (not the
# worst case of an event told: "in the worst case of mob violence in years, 12 were killed").
_SCENARIO = re.compile(r"\b(?:best|worst)[- ]case\b(?! (?:of|in|since|for)\b)|\bscenarios?\b", re.IGNORECASE)
_SCENARIO_WORDS = ("case", "scenario")  # (speed) one of which every match holds
# What parts a clause from the one before it: "..., and said they would kill more".
_CLAUSE_BREAK = re.compile(r"[,;:]|\band\b|\bbut\b")
# What opens, after a figure, the aim of the act it counts or a clause of the people it counts:
# "in an (apparent) attempt to", "who tried to", "that were trying to".
_AIM_AFTER = re.compile(r"\bin (?:an|a|their|his|its) (?:[a-z]+ )?$|\b(?:who|that|which)\b", re.IGNORECASE)
# A sentence that opens on a condition ("If the dam breaks, ...", a reader's "And if we go in, ..."),
# or "even if"; the condition may follow the lead-in of an explainer or a reader's arithmetic ("Put
# simply: if 100 nurses on days die, about 111 on nights would", "In other words, if 30 people die ...").
_CONDITIONAL = re.compile(
    r"\W*(?:(?:put simply|simply put|put another way|in other words|in short|that is|for example|for instance|"
    r"(?:let['’]s )?say|look|ok|okay|well)\W+)?(?:(?:and|but|so|or) )?(?:if|unless|imagine|suppose|what if)\b",
    re.IGNORECASE,
)  # at the start
# The label a comment section sets before a reader's words, which the condition follows: "Comment: If ...",
# "Reply: ...", "Posted by Ali: ...", "Vikram: ...", "Ann from Durbanville: ...".
_READER_LABEL = re.compile(
    r"(?:Posted by [^:]{1,30}|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?(?: from [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)?)\s?:\s+"
)
# A toll told as a bare noun phrase ("another 50 dead", "400 deaths"), no verb of its own, not even
# a participle ("the 14 soldiers killed" were killed): what comes before it says whether it happened.
_BARE_TOLL = re.compile(r"(?:(?!\b(?:was|were|is|are|been|has|have|had)\b)[^;:])* (?:dead|deaths|fatalities)", re.IGNORECASE)
# (speed) The last word of such a toll, looked for first at the end of a figure: most figures end otherwise.
_TOLL_LAST = re.compile(r" (?:dead|deaths|fatalities)\Z", re.IGNORECASE)
_TOLL_LAST_LENGTH = len(" fatalities")
# A modal, the reader's "'ll" too, and at most three words (a verb and its helpers) right before such
# a toll: "it'll be another 50 dead", "we'll hit 400 deaths by spring", "you could justify 10,000
# dead with that argument"; not "may have" or "must have", a past hedged or inferred, nor "would",
# which a narrative tells its past with ("final reports would mention 31 deaths"), nor what sources
# could confirm ("medics could only confirm 12 deaths"), nor a modal denied ("could not bury") or
# one over dead already there, told definite ("nothing will bring back the 86 dead").
_MODAL_BEFORE = re.compile(
    r"(?:\b(?:could(?! (?:only |so far |yet )?(?:confirm|verify|identify|count|name|document|report|establish)\b)|will|shall|"
    r"should|might|(?:must|may)(?! (?:well )?have\b))|\w['’]ll)(?! not\b| never\b)"
    r"(?: [\w'’-]+){0,2} (?!(?:the|these|those|their|our|its|his|her|my|your)\b)[\w'’-]+ $",
    re.IGNORECASE,
)
# A reader's words that stake a prediction on what they say: "mark my words", "bet on it", "wait and
# see", a closing "watch" ("Another 1,000 dead by the election, watch."; not "you watch the news").
_PREDICTION = re.compile(
    r"\b(?:mark my words|bet on it|wait and see|i guarantee(?: it| you)?|i predict|calling it now)\b"
    r"|, (?:just |you )?watch[.!]*\s*$",
    re.IGNORECASE,
)
_PREDICTION_WORDS = ("mark", "bet", "watch", "wait", "guarantee", "predict", "calling")  # (speed)
# A future told by "will" and, in the same clause, the toll in its company: "we'll be there in 2020
# with another 1,000 dead", "we will still be in Helmand in 2015 with 2,000 dead" (words only between).
_FUTURE_WITH = re.compile(
    r"(?:\b(?:will|shall)|\w['’]ll)(?! not\b| never\b)(?: [\w'’-]+){0,6} with (?:another |a further |more than |over |some )?$",
    re.IGNORECASE,
)
# A modal before its subject, as a question that offers a choice opens, and at most five words or
# numbers (no break) before the toll: "Would you prefer 100,000 troops and", "Should we accept another", "could
# you live with".
_ASKED_CHOICE = re.compile(
    r"\b(?:would|should|could|shall|will)(?:n['’]t)? (?:you|we|they|people|anyone|the\s+\w+)\b(?: (?:\d[\d,]*|[\w'’-]+)){0,5} $",
    re.IGNORECASE,
)
# Two tolls side by side as alternatives: "100 dead or 1,000 dead", "10 dead or 10,000".
_TOLL_OR_TOLL = re.compile(
    r"\d[\d,]*(?: (?:dead|killed|deaths))? or (?:even |another )?\d[\d,]*(?: (?:dead|killed|deaths))?", re.IGNORECASE
)
# What says the choice between them makes no difference: "it doesn't matter", "nobody in Washington cares".
_NO_DIFFERENCE = re.compile(
    r"\b(?:does(?:n['’]t| not) matter|won['’]t matter|makes? no difference|all the same|(?:who|nobody|no one)(?: [\w'’-]+){0,3} cares)\b",
    re.IGNORECASE,
)
# A modal right after such a toll, its verb: what a toll not yet suffered would do or be, as readers
# weigh it: "1,000 terrorists dead would send a message", "another 50 dead will mean nothing to them",
# "10,000 deaths could be the price" (not one told definite, which is there: "the 86 dead would be alive"),
# and not of what is done to the dead there are: "twelve dead will be buried on Friday".
_MODAL_AFTER = re.compile(
    r"\s+(?:would|could|will|might|should|may)\b(?! not\b| never\b| (?:still |also |then )?be (?:\w+ed|laid|flown|taken|brought|"
    r"given|held|shown|borne|seen|sent|kept|known|put|left)\b)",
    re.IGNORECASE,
)
_DEFINITE = re.compile(r"\b(?:the|these|those|their|our|its|his|her|my|your|all)\s*$", re.IGNORECASE)
_EVEN_IF = re.compile(r"\beven if\b", re.IGNORECASE)
# A condition told after what would follow it, the figure in its "if" clause: "we would call it a war if 400
# people were killed every day by terrorists", "there would be riots if Maoists killed 50 policemen"; not a
# source who would not say whether ("he would not say if 3 soldiers were killed").
_WOULD_IF = re.compile(
    r"\b(?:would|wouldn't|['’]d)\b(?! not (?:say|confirm|tell|disclose|reveal|comment|know|specify)\b)"
    r"[^.;:!?]{0,80}?\bif (?:only |even |just )?(?:[\w'’-]+ ){0,3}$",
    re.IGNORECASE,
)
# A killing a reader proposes or foresees as the second act of a plan under one modal: "they should
# fire 8000 rockets back at random and kill 13 people?", "we could go in tomorrow and kill 2,000 of
# them", "Israel will invade and slaughter thousands" (a killing verb in its base form, after "and";
# not "would", which a narrative tells its past with, nor a modal of a clause before another subject:
# "the army should have stopped the gunmen before they killed 40").
_MODAL_AND_KILL = re.compile(
    r"\b(?:could|should|can|will|shall|(?:must|might|may)(?! have\b))\b(?! not\b| never\b)"
    r"(?:(?!\b(?:who|that|which|because|but|after|before|when|while|until|if)\b)[^.;:!?]){0,80}?"
    r"\band (?:then |just |simply |also |maybe )?(?:(?:kill|murder|slaughter|massacre|wound|injure|maim) (?:[\w,-]+ ){0,2})?$",
    re.IGNORECASE,
)
# A toll foreseen, its forecaster right after it: "where are the 1,000,000 dead the antiwar crowd
# promised us?", "remember the 90,000 deaths the CDC predicted?" (the dead that a source "said" or
# "counted" are told of what happened).
_FORECAST_AFTER = re.compile(
    r"\s+(?:that |which )?(?:the |these |those |all the |our |their |your )?(?:[\w'’-]+ ){0,3}?"
    r"(?:promised|predicted|prophesied|forecast|foretold|warned (?:us )?of)\b",
    re.IGNORECASE,
)
_KILLING_VERB_FIRST = re.compile(r"(?:kill|murder|slaughter|massacre|wound|injure|maim)\b", re.IGNORECASE)
_FORECAST_AFTER_WORDS = ("promised", "predicted", "prophesied", "forecast", "foretold", "warned")  # (speed)

# (speed) The words one of which every match of ``_LIVES_SAVED`` holds.
_LIVES_SAVED_WORDS = ("lives", "deaths", "dying")
_LIVES_SAVED = re.compile(
    r"\b(?:sav(?:e|es|ed|ing)|spar(?:e|es|ed|ing)|prevent(?:s|ed|ing)?|avert(?:s|ed|ing)?)\b[^.;]{0,40}\b"
    r"(?:lives|deaths|people from dying)\b|\blives (?:were |have been |could be )?saved\b",
    re.IGNORECASE,
)

# The wounded that care saved, told as the verb's object right before the figure: "doctors saved 30 wounded
# people during the night", "the team has saved 120 wounded soldiers since January", "his team had saved 12
# injured children in a single shift": lives saved, not the wounded of an event.  Not a saving tried, failed
# or denied, which takes the verb's base form or a "not" ("could not save 5 of the wounded", "tried to save 30
# injured"), nor the wounded a rescue brought out ("saving all but two" told after the figure).
_WOUNDED_SAVED = re.compile(r"(?<!\bnot )(?<!\bnever )\b(?:saved|saving)\s+(?:(?:some|about|around|nearly|almost|over|more than)\s+)?$", re.IGNORECASE)
_WOUNDED_FIGURE = re.compile(r"\b(?:wounded|injured)\b", re.IGNORECASE)

# Lives told as at risk, not lost: "40,000 lives are at risk if the convoys stop", "a million lives were
# in danger", "thousands of lives could be lost" (not "lives were lost"), right after the figure.
_LIVES_AT_RISK = re.compile(
    r"\W*(?:(?:are|were|is|was|remain|remained|have been|had been|now|still|already|potentially) ){0,2}"
    r"(?:at risk|in danger|under threat|threatened|at stake|in jeopardy|(?:hanging )?in the balance)\b|"
    r"\W*(?:could|would|will|may|might) (?:\w+ )?be (?:lost|at risk|in danger)\b",
    re.IGNORECASE,
)

# Lives a reader or a charity sums up, told by a copula with no word of loss ("That's your 26 lives right
# there", "That's 36 lives by your maths!", "which means 40 lives"): lives reckoned, not lost; a count of
# lives lost says so ("the fire claimed 26 lives", "that's 3,000 lives lost").
_SUMMED_TO = re.compile(r"\b(?:that['’]s|that is|it['’]s|this is|makes|equals|means)\s+(?:[\w'’]+\s+){0,2}$", re.IGNORECASE)
_LIVES_LOST = re.compile(
    r"\b(?:los[te]|loses|losing|claim\w*|t[ao]ok|tak(?:e|es|en|ing)|cost\w*|sacrific\w*|g[ai]ve|giv(?:en|es|ing)|laid|lay|"
    r"end(?:ed|ing|s)?|snuff\w*|wip\w*|destroy\w*|perish\w*|extinguish\w*|robbed|st[oe]l\w*|cut short|toll|dead|died|"
    r"kill\w*|deaths?|mourn\w*|remember\w*|honou?r\w*|memorial)\b",
    re.IGNORECASE,
)

_RATE = re.compile(
    r"\b(?:an? average of|on average|average(?:s|d)?|per (?:year|day|month|week|annum|capita|hour|\d[\d,]*)|"
    # a span of time, not a rate: "for a week", "died a week after his arrest", "a week of protests"
    r"(?<!\bin )(?<!\bwithin )(?<!\bover )(?<!\bfor )a (?:year|day|month|week|hour|minute|second)"
    r"(?! (?:after|before|later|earlier|ago|of)\b)|(?:each|every) (?:year|day|month|week|hour|minute|second)|"
    # "every two minutes a child dies", "we lost two or three children every rainy season"
    r"every (?:\d+|two|three|four|five|six|ten|twelve|fifteen|twenty|thirty|few) (?:years|days|months|weeks|hours|minutes|seconds)|"
    r"every (?:rainy|dry|cold|hot|hunting|flu|winter|summer) season|annually|yearly|daily|rate of|mortality rate|"
    # the seasons of a year, told as its rate: "20,000 pensioners die of cold every winter", "each monsoon"
    r"(?:each|every) (?:winter|summer|spring|autumn|fall|monsoon|wet season|dry season)|"
    r"death rate|likelihood|odds|"
    # a proportion, its noun told or not: "one in 10", "one climber in four", "one in every five deaths";
    # not one victim of several attacks or days: "killed one soldier in two attacks"
    r"(?:one|1)(?: [a-z]+){0,2} in (?:every )?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|twenty|a hundred)"
    r"(?! (?:separate |different )?(?:attacks|strikes|raids|shootings|ambushes|incidents|blasts|explosions|bombings|clashes|"
    r"days|weeks|months|years|hours|places|towns|villages|cities|provinces|districts)))\b",
    re.IGNORECASE,
)

_HISTORY = re.compile(  # first made to pass over in C the places where none of its words start (speed)
    r"(?=[ABCGHLMNPSTcmt])\b(?:Napoleon|Hitler|Stalin|Mao|Genghis|Attila|Alexander the Great|Pol Pot|Lenin|"
    r"Cromwell|[Tt]he Romans|[Tt]he [Cc]rusades?|[Cc]rusaders|[Tt]he Inquisition|[Tt]he Vikings|[Tt]he Mongols|[Tt]he Ottomans|conquistadors|"
    r"medieval|Middle Ages|BC|B\.C\.)\b"
)
# The centuries past, read only in a sentence that names a century or years (speed).
_CENTURIES = re.compile(
    r"\b(?:(?:1?\d(?:st|nd|rd|th)|20th|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
    r"twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
    r"[Ll]ast|[Pp]revious|[Pp]ast) [Cc]entury|(?<!in )over (?:[1-9]\d{2,3}|a thousand|hundreds of) years)\b"
)
# A superlative measured against a century is a comparison, not a span of history: "the deadliest
# attack in the last century killed 200 people".
_COMPARISON = re.compile(r"\b(?:deadliest|bloodiest|worst|biggest|largest|highest|heaviest|most)\b", re.IGNORECASE)

_YEAR_RANGE = re.compile(r"\b(1[5-9]\d\d|20\d\d)\s*(?:-|–|—|to|and|through)\s*(?:1[5-9]\d\d|20\d\d|\d\d)\b")
# A count written with a thousands comma is never a year: "killed 1,500 to 2,000 civilians".
_GROUPED_THOUSANDS = re.compile(r"\d,\d{3}")
_CASES = re.compile(r"\bcases\b", re.IGNORECASE)
_DEATHS = re.compile(r"\b(?:deaths?|dead|died|killed)\b", re.IGNORECASE)
_MONEY = re.compile(r"(?:[$€£¥]\s?\d|\b\d[\d,.]*\s?(?:dollars|euros|pounds|million dollars|bn|billion)\b)", re.IGNORECASE)
# A year that does the killing: "1992 killed socialism", "2008 killed the boom" (a count of the dead
# is followed by a time, a place or a cause, not by what was killed).
_YEAR_SUBJECT = re.compile(r"(?:1[89]\d\d|20\d\d) (?:killed|ended|buried|destroyed)")
_OBJECT_NEXT = re.compile(r"\s+(?!(?:[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday|"
                          r"yesterday|today|overnight|last|this|so|and|or)\b)[a-z]")
# A blog's or a newsletter's warning of what the post goes on to tell ("Content warning: this post discusses
# the murder of a child", "TW: suicide, the deaths of two teenagers"): the topics, no figure of theirs.
_A_CONTENT_WARNING = re.compile(r"\W*(?:(?:content|trigger) warnings?|CW|TW)\s*[:.-]", re.IGNORECASE)
# A whole told wiped out, no person: "a whole village was wiped out", "a platoon was wiped out" (its members
# counted are theirs: "a family of seven was wiped out").
_A_WHOLE_WIPED_OUT = re.compile(r"an? (?:whole |entire )?[\w-]+ (?:was|has been|had been) wiped out", re.IGNORECASE)
# And a whole by the name of its place, read as a person's ("the settlement at Turtle Grove was wiped
# out", "the village of Ban Na was wiped out"): a place's noun and its word before the name.
_PLACE_BEFORE_A_NAME = re.compile(
    r"\b(?:settlements?|villages?|towns?|hamlets?|camps?|communit(?:y|ies)|neighbou?rhoods?|districts?|quarters?)"
    r" (?:at|of|in|called|named) $",
    re.IGNORECASE,
)
# A count that does the killing, its verb then the killed: "these ten killed more people than any others",
# "those two killed a guard", "three killed 40 people in Kabul" (the headline's "Three killed in blast", "Two killed a
# day after the truce" and "2 killed 3 injured" count the dead).
# The dead as one quantity weighed, its verb in the singular: "1,000 deaths is a tragedy but not a
# genocide", "for the generals 3,000 dead is an acceptable price" (not a report's "forty dead is the
# worst toll since 2005" or "is a record").
_DEAD_AS_A_QUANTITY = re.compile(r"\b(?:deaths|dead)$", re.IGNORECASE)
_WEIGHED_AFTER = re.compile(
    r"\s+is\s+(?:(?:a|an)\s+(?!record\b)|(?:nothing|not|no|what|too|acceptable|enough|just|only|hardly|never)\b)", re.IGNORECASE
)
_KILLERS_COUNTED = re.compile(r"(?:(?:these|those|the|all|both) )?[\w,]+ (?:killed|murdered|slew)", re.IGNORECASE)
_KILLED_NEXT = re.compile(
    r"\s+(?:\d|(?:more|many|at least|some|about|nearly|over|dozens|hundreds|thousands|scores|his|her|their|an?|the|one|two|"
    r"three|four|five|six|seven|eight|nine|ten|twelve|twenty)\b)(?![\d,]*\s+(?:injured|wounded|hurt|missing|dead|arrested)\b)"
    r"(?!\s+(?:day|days|week|weeks|month|months|hours?|night|morning|afternoon|evening|same|first|last|next|following)\b)",
    re.IGNORECASE,
)
# "body" and "missing" before the thing they describe: "two body pillows", "three missing features".
_BODY_THING = re.compile(
    r"\s+(?:pillows?|armou?r|cams?|cameras?|language|shops?|wash(?:es)?|lotions?|sprays?|images?|weight|temperature|"
    r"fat|mass|heat|hair|odou?rs?|suits?|kits?|scanners?|scans?|builders?|building|doubles?|clocks?|types?)\b",
    re.IGNORECASE,
)
_MISSING_THING = re.compile(
    r"\s+(?:features?|pieces?|links?|files?|items?|parts?|data|money|funds|documents?|e-?mails?|pages?|letters?|keys?|"
    r"ballots?|votes?|payments?|episodes?|teeth|details?|steps?|words?|fields?|records?|tools?|functions?|options?|"
    r"packages?|screws?|socks?)\b",
    re.IGNORECASE,
)
# What a figure counts when it is no people, by class: "killed thousands of small businesses",
# "five of the seven hard drives died", "hundreds of fish were found dead", "the committee killed two
# amendments", "the price war killed three airlines", "wolves killed 23 sheep", "the spray kills 99% of
# mosquitoes", "the kernel killed 3 processes", "212 dead zones", "20 three-pointers, killing all".
_THINGS = frozenset(
    # firms, jobs and what they make or run
    """businesses companies firms startups start-ups shops stores restaurants breweries jobs products brands
    projects accounts airlines funds careers sequels shows routes"""
    # what a legislature kills
    """ amendments bills proposals motions measures resolutions"""
    # machines, software and power
    """ drives computers servers phones laptops batteries engines cars apps processes containers machines
    transformers freezers pixels links zones features versions plugins extensions gadgets websites consoles
    spots lamps bulbs"""
    # what vandals behead: "vandals decapitated two statues"
    """ statues busts"""
    # plants and crops
    """ plants leaves trees crops flowers vines saplings seedlings oaks pines palms orchards"""
    # livestock and pets
    """ cows cattle calves sheep lambs ewes goats pigs piglets hogs chickens hens poultry ducks geese turkeys dogs
    puppies cats kittens horses racehorses foals camels donkeys mules yaks buffaloes animals livestock pets"""
    # wild animals, birds and fish
    """ fish carp salmon trout birds seabirds owls eagles vultures starlings pigeons dolphins whales seals turtles
    bees beehives hives elephants lions leopards tigers wolves bears bats gorillas chimpanzees monkeys koalas
    rhinos deer"""
    # pests and germs
    """ flies mosquitoes rats mice cockroaches locusts insects ants termites wasps pests bacteria germs microbes
    viruses cells"""
    # what a player shoots or saves
    """ three-pointers shots penalties plays""".split()
    # people that politics kills only in a figure of speech: "the insurgency killed three incumbents"
    + ["incumbents", "nominees", "nominations"]
)
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
# The US Navy's commandos, told by the Navy or by their capitals ("two former Navy SEALs"), not the
# animals ("12 seals were found dead").
_NAVY_SEALS = re.compile(r"\b[Nn]avy [Ss]eals\b|\bSEALs\b")
# The nouns of people that keep a figure theirs beside a thing: "22 cattle herders" ("more" and
# "others" count, they name no one: "killed more than 200 products").
_PEOPLE_NOUNS = frozenset(ROLES) - {"more", "other", "others"}
_DEAD_LAST = frozenset({"dead", "died", "killed", "injured", "wounded"})
# A figure that ends on its count, with what it counts left after it: "killed four shows".
_ENDS_ON_COUNT = re.compile(r"(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands))$", re.IGNORECASE)
# (speed) The characters at the end of a figure that ``_ENDS_ON_COUNT`` reads: its longest word and
# the newline "$" lets by (a word boundary still sees the character before them).
_ENDS_ON_COUNT_SPAN = len("thousands") + 1
# "remains" a noun (a body's) where a determiner or an adjective of a body goes before it, or "of"
# or a verb of finding after it; otherwise a verb: "only one position group remains".
_REMAINS_NOUN_BEFORE = frozenset(
    {*DETERMINERS, *POSSESSIVES, "whose", "human", "mortal", "skeletal", "charred", "burnt", "burned", "decomposed"}
)
_REMAINS_NOUN_AFTER = re.compile(
    r"\s+(?:of|were|was|are|have|had|found|recovered|identified|discovered|exhumed|returned|belong)\b", re.IGNORECASE
)
# A word of death in a run of capitalised words after a lower-case one, in a sentence of running
# text: the name of a work ("in Don't Die Young", "a song called Dead Man's Hand").
_IN_A_NAME = re.compile(
    r"\b[a-z]+\s+((?:[A-Z][\w'’]*\s+)*(?:Die|Dies|Died|Dead|Death|Kill|Kills|Killed|Killing|Murder|Lost)"
    r"(?:\s+[A-Z][\w'’]*)*)"
)
_CAPITAL_DEATH = re.compile(r"\b(?:Die|Dies|Died|Dead|Death|Kill|Kills|Killed|Killing|Murder|Lost)\b")
_RUNNING_WORD = re.compile(r"\b[a-z]{4,}\b")
_NUMBER_WORD = re.compile(
    r"\d|\b(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Dozens|Scores|Hundreds|Thousands)\b"
)
# The towns named with a word of death, which the reading takes for its verb: "Bury St Edmunds",
# "in Bury", "Bury FC" (a capital B: "bury the dead" is the verb).
_PLACE_NAMES = re.compile(
    r"\bBury(?= St\.? Edmunds| (?:A?FC|Town|Council|Market|Road|General)\b)|"
    r"\b(?:in|at|to|from|near|around|outside|of|for|against) Bury\b"
)

# A joke told as news: the figure attributed to a satirical outlet, or the piece called a spoof.
_SATIRE = re.compile(
    r"\b(?:according to|via|(?:reported|wrote|joked|claimed|said|says|reports|jokes|claims) by)\s+(?:the\s+)?"
    r"(?:Onion|Babylon Bee|Daily Mash|NewsThump|Borowitz Report|Beaverton|Duffel Blog|ClickHole|Waterford Whispers)|"
    r"\b(?:the\s+)?(?:Onion|Babylon Bee|Daily Mash|NewsThump|Borowitz Report|Beaverton|Duffel Blog|ClickHole|"
    r"Waterford Whispers)(?:'s|’s)?\s+(?:reports?|reported|jokes?|joked|says|said|claims?|claimed|quips?|quipped|"
    r"headline|story|article|piece)\b|"
    r"\b(?:satirical|parody|spoof|tongue-in-cheek|joke)\s+(?:news\s+)?(?:site|article|story|piece|headline|report|video|ad|advert)\b",
    re.IGNORECASE,
)
# (speed) What every match of ``_SATIRE`` holds, as written: the outlets are proper names, the
# other words are read without their first letter, a capital or not; one pass over the sentence.
_SATIRE_HINT = re.compile(
    r"Onion|Babylon Bee|Daily Mash|NewsThump|Borowitz|Beaverton|Duffel Blog|ClickHole|Waterford Whispers|"
    r"atirical|arody|poof|ongue-in-cheek|[Jj]oke"
)
# A product made up to kill its own users, told in the present of a feature: "a model that kills the
# driver and passengers to cut their carbon footprint", "an app which will kill you if you skip leg day".
_PRODUCT_THAT_KILLS = re.compile(
    r"\b(?:model|version|edition|trim|car|vehicle|app|robot|gadget|device|phone|update|upgrade|feature)s?\s+"
    r"(?:that|which)\s+(?:kills|will kill|would kill|can kill)\b",
    re.IGNORECASE,
)
_THAT_WHICH = ("that", "which")  # (speed) one of which every match of ``_PRODUCT_THAT_KILLS`` holds


def _a_joke(sentence: str, figure_start: int, figure_end: int) -> bool:
    """The figure is a joke told as news: a satirical outlet's, or a product made up to kill its users."""
    if _satirical(sentence):
        return True
    around = sentence[max(0, figure_start - 60) : figure_end]
    return "kill" in around and may_hold_words(sentence, _THAT_WHICH) and bool(_PRODUCT_THAT_KILLS.search(around))


def _a_place_wiped_out(sentence: str, figure_start: int, figure: str) -> bool:
    """A place's name told wiped out after the place's noun ("the settlement at Turtle Grove was wiped out")."""
    return figure.endswith("wiped out") and bool(_PLACE_BEFORE_A_NAME.search(sentence, max(0, figure_start - 40), figure_start))


def _wounded_saved(sentence: str, figure_start: int, figure: str) -> bool:
    """Whether the figure's wounded are those care saved (``_WOUNDED_SAVED``)."""
    return bool(_WOUNDED_FIGURE.search(figure)) and bool(_WOUNDED_SAVED.search(sentence[max(0, figure_start - 40) : figure_start]))


def _in_a_place_name(sentence: str, figure_start: int, figure_end: int) -> bool:
    """The figure's word of death is in the name of a town: "Bury St Edmunds to Deadwood is my
    dream trip"."""
    if "Bury" not in sentence:
        return False  # (speed) most sentences
    return any(m.start() < figure_end and m.end() > figure_start for m in _PLACE_NAMES.finditer(sentence))


# Each made to skip in C the places where none of its words can start (speed).
_IDIOMS, _HYPOTHETICAL, _LIVES_SAVED, _RATE = map(opening_on_letters, (_IDIOMS, _HYPOTHETICAL, _LIVES_SAVED, _RATE))


def no_event(sentence: str, figure_start: int, figure_end: int, figure: str, count: int, count_max: int | None) -> str | None:
    """Why the figure at ``sentence[figure_start:figure_end]`` is no event (the kind of text it
    serves), or None.  ``figure`` is the figure's own words."""
    if count == 0 and not count_max:
        # nought harmed is no figure: "the raid killed zero civilians", "0 dead"
        return "none harmed"
    if _a_share(sentence, figure_start, figure_end, count) or _a_ratio(sentence, figure_start, figure_end):
        return "share"
    if _an_entitlement(sentence, figure_start, figure_end, count):
        return "entitlement"
    around = sentence[max(0, figure_start - 60) : figure_end + 60]
    for start, end in _idioms(sentence):
        if start < figure_end + 30 and end > figure_start - 30:
            return "idiom"
    if _said_as_a_figure(sentence) or _stabbed_in_the_back(sentence, figure_start, figure_end, count):
        return "idiom"
    if _A_CONTENT_WARNING.match(sentence):
        return "content warning"
    before = sentence[max(0, figure_start - 80) : figure_end]
    held = _words_held(sentence)
    if _HYPOTHETICAL_OPENINGS in held and (
        _HYPOTHETICAL.search(before)
        or _hypothetical_around(sentence, figure_start, figure_end)
        or _killing_planned_after_and(sentence, figure_start, figure)
    ):
        return "hypothetical"
    if "wish" in before and _WISHED_KILLED.search(before):
        return "hypothetical"
    if (
        _conditional(sentence)
        or _foreseen_toll(sentence, figure_start, figure)
        or _predicted_toll(sentence, figure_start, figure)
        or _toll_weighed_by_a_modal(sentence, figure_start, figure_end, figure)
    ):
        return "hypothetical"
    if _toll_offered_as_a_choice(sentence, figure_start, figure_end, figure):
        return "hypothetical"
    if "if" in sentence and _WOULD_IF.search(sentence, max(0, figure_start - 100), figure_start):
        return "hypothetical"
    if _FORECAST_WORDS in held and _FORECAST_BEFORE.search(sentence, max(0, figure_start - 40), figure_start):
        return "hypothetical"
    if (
        _FORECAST_AFTER_WORDS in held
        and _DEAD_AS_A_QUANTITY.search(figure)
        and _FORECAST_AFTER.match(sentence, figure_end)
    ):
        return "hypothetical"
    if _MORE_BEFORE_WORDS in held and _MORE_BEFORE_THEY_DIE.search(
        sentence, max(0, figure_start - 30), figure_end + 5
    ):
        return "hypothetical"
    if _TOLL_AWAITED_WORDS in held and _toll_awaited(sentence, figure_start, figure_end):
        return "hypothetical"
    if _SCENARIO_WORDS in held and _SCENARIO.search(sentence, max(0, figure_start - 60), figure_end + 40):
        return "hypothetical"
    if _LIVES_SAVED_WORDS in held and _LIVES_SAVED.search(around):
        return "lives saved"
    if "sav" in before and _wounded_saved(sentence, figure_start, figure):
        return "lives saved"
    if "lives" in figure and _LIVES_AT_RISK.match(sentence, figure_end):
        return "hypothetical"
    if figure.endswith("lives") and _SUMMED_TO.search(sentence, max(0, figure_start - 30), figure_start) and not _LIVES_LOST.search(sentence):
        return "lives saved"
    if _history(sentence):
        return "history"
    if _SPOUSES_OUTLIVED_WORDS in held and _spouses_outlived(sentence, figure_start, figure_end):
        return "life story"
    if _YEAR_RANGE.search(figure) or (
        1500 <= count <= 2100
        and count_max is not None
        and 1500 <= count_max <= 2100
        and not _GROUPED_THOUSANDS.search(figure)
    ):
        return "not people"
    if _MONEY.search(figure):
        return "not people"
    if _CASES.search(figure) and not _DEATHS.search(figure):
        return "not people"
    if _names_a_thing(sentence, figure_start, figure_end, figure):
        return "not people"
    if _KILLERS_COUNTED.fullmatch(figure) and _KILLED_NEXT.match(sentence, figure_end):
        return "killers"
    if count == 1 and (_A_WHOLE_WIPED_OUT.fullmatch(figure) or _a_place_wiped_out(sentence, figure_start, figure)):
        return "a whole"
    if count > 1 and _DEAD_AS_A_QUANTITY.search(figure) and _WEIGHED_AFTER.match(sentence, figure_end):
        return "idiom"
    if "for " in sentence[max(0, figure_start - 50) : figure_start].lower() and _SUPPLIED_FOR.search(
        sentence, max(0, figure_start - 50), figure_start
    ):
        return "supplies"
    if ("can" in sentence or "able to" in sentence) and _a_capacity(sentence, figure_start, figure_end):
        return "supplies"
    if _CASELOAD_WORDS in held and _a_caseload(sentence, figure_start, figure_end):
        return "supplies"
    if may_hold_words(sentence, _WARD_WORDS) and _a_wards_patients(sentence, figure_start, figure_end):
        return "supplies"
    if _in_a_name(sentence, figure_start, figure_end):
        return "title"
    if _in_a_place_name(sentence, figure_start, figure_end):
        return "place"
    if _a_joke(sentence, figure_start, figure_end):
        return "satire"
    return None


_SHARE_WHOLE = r"(?:two|three|four|five|six|seven|eight|nine|ten|twenty|a hundred|a thousand|\d{1,3}(?:,\d{3})?)"
# "nine in ten", "one soldier in four", "1 in 5", "one in every five": the part (a figure in digits right
# before "in"), up to two words, and the whole, no year ("85 people in 2018"), not followed by what the
# people were counted across ("in two attacks", "in one day", "in 3 separate raids"). (speed) Made to
# skip in C the places where none of its words or digits start.
_SHARE = opening_on_letters(re.compile(
    rf"\b(?:(one|two|three|four|five|six|seven|eight|nine)(?: [a-z]+){{0,2}}|(\d{{1,2}})) in (?:every )?({_SHARE_WHOLE})\b"
    r"(?! (?:separate |different |consecutive |days? of )?(?:attacks?|strikes?|raids?|shootings?|ambushes|ambush|incidents?|"
    r"blasts?|explosions?|bombings?|clashes|clash|battles?|operations?|days?|weeks?|months?|years?|hours?|minutes?|"
    r"nights?|places?|towns?|villages?|cities|city|provinces?|districts?|countries|states?|regions?|areas?|cars?|vehicles?)\b)",
    re.IGNORECASE,
))
_SMALL_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                  "ten": 10, "twenty": 20, "a hundred": 100, "a thousand": 1000}


def _number(word: str) -> int:
    """The value of a part or a whole of ``_SHARE``."""
    lower = word.lower()
    return _SMALL_NUMBERS[lower] if lower in _SMALL_NUMBERS else int(lower.replace(",", ""))


def _a_share(sentence: str, figure_start: int, figure_end: int, count: int) -> bool:
    """Whether the figure's count is the part or the whole of a proportion told around it, the part
    the smaller ("nine in ten wounded soldiers"): a share, not a number of people."""
    if " in " not in sentence[max(0, figure_start - 40) : figure_end + 40]:
        return False
    for match in _SHARE.finditer(sentence, max(0, figure_start - 40), min(len(sentence), figure_end + 40)):
        part, whole = _number(match.group(1) or match.group(2)), _number(match.group(3))
        if part < whole and count in (part, whole) and match.start() < figure_end and match.end() > figure_start:
            return True
    return False


# A ratio told per one person, by a word of harm beside "for every" or "for each" in the figure's clause:
# "for every soldier killed, five are wounded", "nine civilians were killed for every militant" (not "for
# each of the 12 killed", who are counted).
_RATIO = re.compile(
    r"\bfor (?:every|each) (?:[a-z]+ ){0,3}?(?:killed|dead|slain|death|wounded|injured)\b"
    r"|\b(?:killed|dead|died|wounded|injured) for (?:every|each) (?!of\b)[a-z]+",
    re.IGNORECASE,
)
_RATIO_SPAN = 60  # characters either side of the figure where the ratio's words may stand
# A ratio of the dead of one side to another's, right after the figure: "drones kill 50 civilians for every
# militant", "they lose 5 soldiers for each one of ours" (not "one for every year of the war", whose
# comma ends the figure's words, nor a span of time: "for every day of the siege").
_FOR_EVERY_ONE = re.compile(
    r"(?: [\w-]+){0,2}? for (?:every|each) (?!(?:single )?(?:year|month|week|day|hour|minute)s?\b)[A-Za-z]+\b"
)


def _a_ratio(sentence: str, figure_start: int, figure_end: int) -> bool:
    """Whether the figure is one side of a ratio told per one person, right after it (``_FOR_EVERY_ONE``)
    or by the ratio's words in its own clause (``_RATIO``): a reader's or a polemic's measure, no number
    of people harmed in anything told."""
    if "or e" not in sentence:
        return False  # (speed) no "for every" nor "for each"
    if _FOR_EVERY_ONE.match(sentence, figure_end):
        return True
    start = max(0, figure_start - _RATIO_SPAN, sentence.rfind(";", 0, figure_start) + 1)
    end = sentence.find(";", figure_end)
    around = sentence[start : min(figure_end + _RATIO_SPAN, end if end >= 0 else len(sentence))]
    lowered = around.lower()
    return ("for every" in lowered or "for each" in lowered) and bool(_RATIO.search(around))


# One generic person, wounded or dead, and what a rule lets them (or their family) receive or claim:
# "a seriously wounded soldier can now receive up to £570,000", "an injured reservist is entitled to".
_ONE_OF_A_RULE = re.compile(
    r"(?:^|\b(?:the (?:family|widow|widower|children|parents|next of kin) of )?(?:an?|any|every|each)(?: [a-z]+ly)? )$", re.IGNORECASE
)
_OPENS_ONE = re.compile(r"(?:the (?:family|widow|widower|children|parents|next of kin) of )?(?:an?|any|every|each)\b", re.IGNORECASE)
_ENTITLED_AFTER = re.compile(
    r"[^.;]{0,60}?\b(?:(?:can|could|may|will|would|should)(?: now| still| also| only| then)? "
    r"(?:receive|claim|apply|qualify|be (?:paid|awarded|given|entitled|compensated|eligible))|"
    r"(?:is|are) (?:now )?(?:entitled|eligible)|qualif(?:y|ies) for)\b",
    re.IGNORECASE,
)


def _an_entitlement(sentence: str, figure_start: int, figure_end: int, count: int) -> bool:
    """Whether the figure is one generic person a compensation or pension rule is about."""
    if count != 1:
        return False
    if not _OPENS_ONE.match(sentence, figure_start) and not (
        _ONE_OF_A_RULE.search(sentence, max(0, figure_start - 40), figure_start) and figure_start > 0
    ):
        return False
    return bool(_ENTITLED_AFTER.match(sentence, figure_end))


# What a supply or a ward holds for the people counted right after it: "medicine for 5,000 wounded",
# "beds for up to 40 injured patients", "enough blood for 200 wounded".
# The words of a bound or a guess before a count of people cared for: "up to 40", "more than 300".
_CARED_FOR_BOUND = r"(?:up to |about |some |around |nearly |as many as |at least |more than )?"
_SUPPLIED_FOR = re.compile(
    r"\b(?:medicines?|medical supplies|supplies|drugs|beds|blood|bandages|kits|rations|equipment|room|space|enough \w+) "
    r"for " + _CARED_FOR_BOUND + "$",
    re.IGNORECASE,
)

# What a ward, a hospital or an ambulance is able to take in, the people counted right after it:
# "the new ward can treat 30 injured people at a time", "is able to receive up to 200 wounded a
# day" (not what carers did: "treated 30 injured people", nor "can treat the 25 injured").
_CAPACITY_BEFORE = re.compile(
    r"\b(?:can|(?:is|are|be) able to)(?: only| now| also)? "
    r"(?:treat|receive|admit|accommodate|hold|carry|handle|take in|take|care for|cope with|house|evacuate) "
    + _CARED_FOR_BOUND + r"(?!(?:the|these|those|all|its|their)\b)",
    re.IGNORECASE,
)
# What a ward or a hospital takes in each day or week, the people counted right after it: "the
# hospital is now treating more than 300 wounded fighters a day", "receives about 50 injured every
# day" (a rate of its care, ``is_rate``; not what carers did once: "were treating 30 wounded, a day
# after the blast").
_CASELOAD_BEFORE = re.compile(
    r"\b(?:treating|treats|receiving|receives|admitting|admits|seeing|sees|handling|handles|taking in|takes in) "
    + _CARED_FOR_BOUND + r"(?!(?:the|these|those|all|its|their)\b)",
    re.IGNORECASE,
)
_CASELOAD_WORDS = ("treat", "receiv", "admit", "sees", "seeing", "handl", "takes in", "taking in")  # (speed)


# The wounded of a war or a front, not of an attack, that a ward now cares for or has cared for over
# months: "Around 1,200 soldiers wounded in Iraq are being treated at Walter Reed", "300 soldiers
# wounded on the front are recovering in Lviv" (not "25 soldiers wounded in Sunday's ambush are
# being treated", the wounded of an event told).
_NOT_AN_ATTACK = (
    r"(?!(?:[\w'’-]+\s+){0,4}?(?:attacks?|ambush(?:es)?|blasts?|bombings?|bombs?|(?:air)?strikes?|explosions?|raids?"
    r"|shelling|shootings?|clash(?:es)?|assaults?|fire|crash|collapse|stampede|riots?)\b)"
)
_OF_A_WAR = r"(?:\s+(?:wounded|injured))?\s+(?:in|on|during)\s+(?:the\s+)?" + _NOT_AN_ATTACK + r"[^,.;:]{1,40}?\s+"
_WARDS_PATIENTS_AFTER = re.compile(
    _OF_A_WAR + r"(?:are|is|remain|have\s+been|has\s+been)\s+(?:now\s+|still\s+)?"
    r"(?:being\s+treated|recovering|receiving\s+(?:treatment|care)|waiting|in\s+hospital|flown|treated|cared\s+for)",
    re.IGNORECASE,
)
# A ward's count of the wounded of a war since it opened: "The clinic has treated 2,000 people wounded
# in the war since 2012" (not "have treated 40 injured patients since Sunday", an event's).
_TREATED_SINCE_BEFORE = re.compile(r"\b(?:has|have)\s+(?:treated|received|admitted|cared\s+for)\s+" + _CARED_FOR_BOUND + "$", re.IGNORECASE)
_OF_A_WAR_SINCE = re.compile(_OF_A_WAR + r"since\b", re.IGNORECASE)
_WARD_WORDS = ("recover", "treat", "receiv", "waiting", "hospital", "flown", "cared", "admitted")  # (speed)


def _a_wards_patients(sentence: str, figure_start: int, figure_end: int) -> bool:
    """Whether the figure counts the wounded of a war a ward cares for over time, no event
    (``_WARDS_PATIENTS_AFTER``, or ``_TREATED_SINCE_BEFORE`` with ``_OF_A_WAR_SINCE`` after it)."""
    if _WARDS_PATIENTS_AFTER.match(sentence, figure_end):
        return True
    return bool(_TREATED_SINCE_BEFORE.search(sentence, max(0, figure_start - 40), figure_start)) and bool(
        _OF_A_WAR_SINCE.match(sentence, figure_end)
    )


def _a_capacity(sentence: str, figure_start: int, figure_end: int) -> bool:
    """Whether the figure counts the people a place or a vehicle is able to take in: the words of
    ``_CAPACITY_BEFORE`` end right before its count, or inside the figure ("treat 30 injured")."""
    return _cared_for_before(_CAPACITY_BEFORE, sentence, figure_start, figure_end)


def _a_caseload(sentence: str, figure_start: int, figure_end: int) -> bool:
    """Whether the figure counts the people a place takes in each day or week (``_CASELOAD_BEFORE``)."""
    return _cared_for_before(_CASELOAD_BEFORE, sentence, figure_start, figure_end) and is_rate(sentence, figure_start, figure_end)


def _cared_for_before(words: re.Pattern[str], sentence: str, figure_start: int, figure_end: int) -> bool:
    """Whether ``words`` of care end right before the figure's count or inside the figure."""
    return any(figure_start <= match.end() < figure_end for match in words.finditer(sentence, max(0, figure_start - 50), figure_end))

# A sentence that says it speaks in a figure: "metaphorically speaking", "so to speak".
_AS_A_FIGURE = re.compile(r"\b(?:metaphorically|figuratively)\b|\bso to speak\b|\bin a manner of speaking\b", re.IGNORECASE)


def _said_as_a_figure(sentence: str) -> bool:
    """Whether the sentence says its words of death are a figure of speech ("three MPs were killed
    off in the elections, metaphorically speaking")."""
    return ("phoric" in sentence or "gurativ" in sentence or " speak" in sentence) and bool(_AS_A_FIGURE.search(sentence))


def _hypothetical_around(sentence: str, figure_start: int, figure_end: int) -> bool:
    """A modal or a plan around the figure, not one of a clause of its own after it: "Militants
    killed 2 aid workers and threatened to kill more" tells what happened, then a threat; nor one
    of a purpose or a relative clause after it ("wounded 200 in an attempt to assassinate the
    cleric", "shot dead two gunmen who tried to kill a judge")."""
    offset = max(0, figure_start - 60)
    for match in _HYPOTHETICAL.finditer(sentence[offset : figure_end + 60]):
        gap = sentence[figure_end : offset + match.start()]
        if not _CLAUSE_BREAK.search(gap) and not (offset + match.start() >= figure_end and _AIM_AFTER.search(gap)):
            return True
    return False


def _killing_planned_after_and(sentence: str, figure_start: int, figure: str) -> bool:
    """Whether the figure is the toll of a killing told as the second act under one modal
    (``_MODAL_AND_KILL``): its killing verb after "and", before the figure or as its first word."""
    if not _MODAL_AND_KILL.search(sentence, max(0, figure_start - 120), figure_start):
        return False
    return sentence[figure_start - 4 : figure_start].lower() != "and " or bool(_KILLING_VERB_FIRST.match(figure))


def _foreseen_toll(sentence: str, figure_start: int, figure: str) -> bool:
    """A toll written as a noun phrase that a modal verb foresees, in a reader's forecast or an
    argument ("Next year it'll be another 50 dead", "at this rate we'll hit 400 deaths", "you could
    justify 10,000 dead that way"): nobody has died of it yet."""
    return _bare_toll(figure) and bool(_MODAL_BEFORE.search(sentence, max(0, figure_start - 50), figure_start))


def _predicted_toll(sentence: str, figure_start: int, figure: str) -> bool:
    """A toll written as a noun phrase in a reader's prediction: one the reader stakes a bet or a
    warning on ("Mark my words, 10,000 dead by summer", "Another 1,000 dead by the election, watch"),
    or the company of a future told by "will" ("We'll be there in 2020 with another 1,000 dead")."""
    if not _bare_toll(figure):
        return False
    if may_hold_words(sentence, _PREDICTION_WORDS) and _PREDICTION.search(sentence):
        return True
    return "with" in sentence and bool(_FUTURE_WITH.search(sentence, max(0, figure_start - 70), figure_start))


def _toll_offered_as_a_choice(sentence: str, figure_start: int, figure_end: int, figure: str) -> bool:
    """A toll written as a noun phrase that a reader offers as one side of a choice: asked with a
    modal before its subject ("Would you prefer 100,000 troops and 10,000 dead?", "Should we
    accept another 1,000 dead?"), or set against another toll as making no difference ("100 dead or
    1,000 dead, it doesn't matter to Putin", "whether it's 10 dead or 10,000")."""
    if not _bare_toll(figure):
        return False
    if "?" in sentence[figure_end:] and _ASKED_CHOICE.search(sentence, max(0, figure_start - 70), figure_start):
        return True
    if " or " not in sentence[max(0, figure_start - 30) : figure_end + 30]:
        return False
    alternatives = _TOLL_OR_TOLL.search(sentence, max(0, figure_start - 30), figure_end + 30)
    if alternatives is None or not (alternatives.start() <= figure_start < alternatives.end()):
        return False
    before = sentence[max(0, alternatives.start() - 14) : alternatives.start()].lower().rstrip()
    return bool(_NO_DIFFERENCE.search(sentence)) or before.endswith(("whether", "whether it's", "whether it is"))


def _toll_weighed_by_a_modal(sentence: str, figure_start: int, figure_end: int, figure: str) -> bool:
    """A toll written as an indefinite noun phrase whose verb is a modal right after it, in a
    reader's argument ("1,000 terrorists dead would send a message", "another 50 dead will change
    nothing"): what such a toll would do, nobody has died of it."""
    return (
        bool(_MODAL_AFTER.match(sentence, figure_end))
        and _bare_toll(figure)
        and not _DEFINITE.search(sentence, max(0, figure_start - 8), figure_start)
        and not _DEFINITE.match(figure[: figure.find(" ") + 1])
    )


# The spouses a widow or a widower buried or outlived, several of them, as obituaries and families tell a
# life ("she buried two husbands", "he outlived three wives"): deaths of a long life, no event.
_SPOUSES_OUTLIVED = re.compile(
    r"\b(?:buried|outlived|survived) (?:(?:her|his|their) )?(?:two|three|four|five|\d) (?:husbands|wives|spouses)\b", re.IGNORECASE
)
_SPOUSES_OUTLIVED_WORDS = ("buried", "outlived", "survived")  # (speed)


def _spouses_outlived(sentence: str, figure_start: int, figure_end: int) -> bool:
    """Whether the figure is the spouses of ``_SPOUSES_OUTLIVED``."""
    match = _SPOUSES_OUTLIVED.search(sentence, max(0, figure_start - 30), figure_end + 30)
    return match is not None and match.start() < figure_end and match.end() > figure_start


def _names_a_thing(sentence: str, figure_start: int, figure_end: int, figure: str) -> bool:
    """The figure's word of death names a thing or a year, not people: "1992 killed socialism",
    "two body pillows", "a few missing features", "one position group remains"; a figure that also
    names people is theirs ("killed 22 cattle herders", "three herders and 200 camels were killed")."""
    lower = figure.lower()
    words = lower.split()
    last = words[-1] if words else ""
    named = _WORD.findall(lower)
    if "seals" in named and _NAVY_SEALS.search(figure):
        named.remove("seals")  # the commandos, not the animals: "30 Americans, including 22 Navy SEALs"
    if (_THINGS.intersection(named) and not _PEOPLE_NOUNS.intersection(named)) or (
        figure[:1].isdigit() and _YEAR_SUBJECT.fullmatch(figure) and _OBJECT_NEXT.match(sentence, figure_end)
    ):
        return True
    if last in _DEAD_LAST or _ENDS_ON_COUNT.search(figure, max(0, len(figure) - _ENDS_ON_COUNT_SPAN)):  # "three dead leaves", "killed four shows"
        after = _WORD.match(sentence[figure_end + 1 : figure_end + 40].lower())
        return bool(after and after.group() in _THINGS)
    if last in ("body", "bodies"):
        return bool(_BODY_THING.match(sentence, figure_end))
    if last == "missing":
        return bool(_MISSING_THING.match(sentence, figure_end))
    if last == "remains":
        before = sentence[: figure_end - len("remains")].split()
        if not before or _REMAINS_NOUN_AFTER.match(sentence, figure_end):
            return False  # "Remains of 12 people were found", "remains of the soldiers"
        word = before[-1].lower()
        return word not in _REMAINS_NOUN_BEFORE and not word.endswith(("'s", "’s"))
    return False


def _in_a_name(sentence: str, figure_start: int, figure_end: int) -> bool:
    """A word of death of the figure inside the name of a work, in a sentence of running text
    (a headline in title case is no name: "Man Shot at Gas Station Dies")."""
    if not _CAPITAL_DEATH.search(sentence, figure_start, figure_end):
        return False
    for match in _IN_A_NAME.finditer(sentence):
        start, end = match.span(1)
        if start < figure_end and end > figure_start and not _NUMBER_WORD.search(match.group(1)):
            return len(_RUNNING_WORD.findall(sentence)) >= 2
    return False


# What a sentence says whatever its figure, read once for all the figures of one sentence.
# (speed) The words one of which each check of ``no_event`` needs in its sentence.
_CHECK_WORDS = (
    _HYPOTHETICAL_OPENINGS, _FORECAST_WORDS, _FORECAST_AFTER_WORDS, _MORE_BEFORE_WORDS, _TOLL_AWAITED_WORDS,
    _SCENARIO_WORDS, _LIVES_SAVED_WORDS, _SPOUSES_OUTLIVED_WORDS, _CASELOAD_WORDS,
)  # fmt: skip


@lru_cache(maxsize=64)
def _words_held(sentence: str) -> frozenset[tuple[str, ...]]:
    """The words of ``_CHECK_WORDS`` of which the sentence may hold one (``may_hold_words``)."""
    return frozenset(words for words in _CHECK_WORDS if may_hold_words(sentence, words))


@lru_cache(maxsize=64)
def _idioms(sentence: str) -> tuple[tuple[int, int], ...]:
    return tuple(match.span() for match in _IDIOMS.finditer(sentence))


@lru_cache(maxsize=64)
def _satirical(sentence: str) -> bool:
    return _SATIRE_HINT.search(sentence) is not None and bool(_SATIRE.search(sentence))


@lru_cache(maxsize=64)
def _conditional(sentence: str) -> bool:
    label = _READER_LABEL.match(sentence) if ":" in sentence else None  # (speed) most sentences have no colon
    return bool(_CONDITIONAL.match(sentence, label.end() if label else 0)) or ("even" in sentence.lower() and bool(_EVEN_IF.search(sentence)))


@lru_cache(maxsize=128)
def _toll_awaited(sentence: str, figure_start: int, figure_end: int) -> bool:
    """Whether the figure is a toll set as the mark the world waits for (``_TOLL_AWAITED``): its
    opening ends inside the figure's words, before its number."""
    match = _TOLL_AWAITED.search(sentence, max(0, figure_start - 60))
    return match is not None and match.end() < figure_end




@lru_cache(maxsize=64)
def _bare_toll(figure: str) -> bool:
    """Whether the figure's words are a bare toll (``_BARE_TOLL``): read once for the four readings
    of a toll told as a noun phrase (speed)."""
    return _TOLL_LAST.search(figure, max(0, len(figure) - _TOLL_LAST_LENGTH)) is not None and _BARE_TOLL.fullmatch(figure) is not None


def _stabbed_in_the_back(sentence: str, figure_start: int, figure_end: int, count: int) -> bool:
    """Whether the figure is a crowd the sentence says was stabbed in the back: a betrayal, no stabbing."""
    if count < _CROWD_STABBED or "back" not in sentence:
        return False
    return any(
        match.start() < figure_end + 40 and match.end() > figure_start
        for match in _STABBED_IN_THE_BACK.finditer(sentence, max(0, figure_start - 60))
    )


@lru_cache(maxsize=64)
def _history(sentence: str) -> bool:
    return bool(_HISTORY.search(sentence)) or (
        ("entury" in sentence or "years" in sentence)
        and bool(_CENTURIES.search(sentence))
        and not _COMPARISON.search(sentence)
    )


def is_rate(sentence: str, figure_start: int, figure_end: int) -> bool:
    """An average or a rate ("an average of 72 a month", "30 die every year") around the figure."""
    return bool(_RATE.search(sentence[max(0, figure_start - 40) : figure_end + 70]))


# A death told as happening every few minutes or hours: "one woman dies in childbirth every 30
# minutes", "a child dies of malaria every minute".
_EVERY_FEW_MINUTES = re.compile(
    r"\bevery (?:(?:\d+|two|three|four|five|ten|fifteen|twenty|thirty|few) )?(?:minutes?|hours?|seconds?)\b", re.IGNORECASE
)
_EVERY_FEW_MINUTES = opening_on_letters(_EVERY_FEW_MINUTES)  # (speed) skips in C where none of its words start


def is_frequency(sentence: str, figure_start: int, figure_end: int) -> bool:
    """A death told by how often it happens, every few minutes or hours, right after the figure:
    a rate, not one event's count, whatever country's war the article is about."""
    return bool(_EVERY_FEW_MINUTES.search(sentence, figure_start, figure_end + 70))
