"""What kind of event each casualty figure belongs to, and which figures are no event at all.

``read_event`` weighs the cue words of ``event_words`` found around one figure: the words near
it count most, then the rest of its sentence, the article's title, the sentences either side, and
a little the rest of the document; one phrase is one cue ("security forces" once, not also
"security" and "forces").  The class with the most weight wins, a tie going to conflict (the
classes the database is not for must outweigh the war's words, not only match them: "Assad has
murdered 40,000" is the war's): ``conflict`` (armed conflict and political violence: the figures
the database is for), ``crime``, ``disaster``, ``disease``, ``accident`` or ``other``; the words
that decided it are kept as evidence ("sentence: airstrike; title: militants").  A text about
sport, films, books or games, the figures of other stories' headlines listed on the page
(``headline_lists``), the figures ``non_events`` finds (idioms, hypotheticals, lives saved,
rates without a conflict, history polemic, numbers that are not people) and one person by name
said to be dead with no event named, and one person an obituary says died of age or illness ("died
on Saturday in a nursing home. He was 98."), whatever war their life was told with, give no event:
``classify_tallies`` drops them; so does a
figure told right around a story's plot ("in the film, the SEALs kill 20 Taliban fighters"),
whatever war the story is of.  In a reader's comment, so do a figure of a war before 1989
(``past_wars``), one only set beside a conflict, a rate or a comparison, and one laid on a policy
or a decision (``reader_measures``).

The words that conflict news shares with crime and missing-person news ("police", "shot dead",
"violence", "the government") weigh for conflict only beside a word that names one by itself
("airstrike", "militants", "protesters", "Gaza"), or when the figure counts the forces' own dead
("16 slain policemen"): "the body of a woman was found, police said" is no war's.  The other way,
the words another event shares with conflict news ("shot", "suspects", "patients") make none of
it beside a word that names a conflict outright or its place, in the figure's sentence, those
either side or the title: "they counted 108 bodies, most shot at close range" after the UN
observers reached the village.  Soldiers killed in a crash are the war's dead unless the words
name a mishap of its own (a training flight, bad weather, an engine failure), and those an
avalanche, a flood or lightning kills at their post are the disaster's where their sentence names
no act of war.

One person's death, told by name several times in an article, keeps the class the article gives
it where it says how the death came ("the murder of X" makes "the deaths of X and Y" beside
"attacks against the community" a crime too).  Around a death that protests answer ("the killing
of X sparked protests"), the protest words say what followed it, not how it came, and weigh
nothing for it: a police killing is not the war's because marches followed; nor, in an article
whose protests answer such a death, are the other killings by the police ("police have killed 31
people since 2011"), nor the mentions of the death by name, nor where the protests answer it with a
pronoun ("the protests after his death"); the police's crowd control there (tear gas, rubber
bullets, water cannon) is the protests' too, not a war's, while live fire on a crowd still weighs.
Nor does a war word used as a figure of speech name a war: a simile ("the street looked like a
war zone"), a war on what no army fights ("a war on cops"), a war denied ("a country that is not
at war") or a war zone a place of everyday life is said to be ("our hallways have become a war
zone"), nor the war words of what a person lived through before, told to say who they are ("an
Army veteran who served two tours in Iraq", "migrants fleeing war and poverty").  A match's
players counted hurt, where their sentence names no act of war and no other
event ("two French players were hurt in the second half"), are no event, whatever war words the
match report uses.

A figure with no cue word anywhere around it (its sentence, neighbours, the article's lead and
the sentences near it, the title) is ``other``: "five people died" says nothing of a conflict,
and a reader's figure with nothing around it is mostly polemic.  Conflict news names its conflict
somewhere near the figure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TypeGuard

from crawler.extract.answered_deaths import (
    by_police_or_named,
    protests_answer,
    tells_protests_over_a_death,
    title_tells_protests_over_a_police_killing,
    without_protest_words,
)
from crawler.extract.event_words import (
    CUES,
    EVENT_CLASSES,
    ILLNESSES_OF_ONE,
    NOT_EVENT_CLASSES,
    PLOT_AROUND,
    find_cues,
    murders_a_crackdown_s_victims,
    names_a_ruler_of_a_crackdown,
    names_a_war,
    names_a_war_place,
    names_conflict_alone,
    names_executions_for_a_charge,
    names_the_drug_war,
    names_the_forces_fight_with_cartels,
)
from crawler.extract.figurative_wars import without_figures_of_speech, without_terrorism_ruled_out
from crawler.extract.headline_lists import in_a_headline_list
from crawler.extract.names import person_names
from crawler.extract.non_events import is_frequency, is_rate, no_event
from crawler.extract.past_wars import tells_a_past_war
from crawler.extract.person_names import name_key
from crawler.extract.reader_measures import (
    blames_a_decision,
    measured_against_a_war,
    rate_before_a_war,
    rate_measured_against_a_war,
)
from crawler.extract.records import DocumentKind, EventClass, Sentence, Tally, without_tallies

# Where a cue word is, and how much it weighs there.
NEAR, SENTENCE, TITLE, NEIGHBOUR, DOCUMENT = 3.0, 2.0, 1.5, 1.0, 0.25
_NEAR_CHARS = 100
_CLOSE = frozenset({"near", "sentence", "neighbour", "title"})  # the figure's sentence, those either side, the title
_DOCUMENT_CAP = 2.0  # the rest of a long document never outweighs the figure's own sentence
_LEAD = 3  # the article's first sentences say what it is about
_AROUND = 6  # and the sentences within six of the figure what this part is about
_FORCES_DEAD = frozenset({"police", "soldiers", "peacekeepers"})  # "16 slain policemen", not "a security guard"
_TROOPS = frozenset({"soldiers", "peacekeepers"})  # the roles of "soldiers", "marines", "airmen", "troops"
_STORY = 2  # the strength of a word that names a match or a story by itself ("striker", "the film")
_MISHAP = 3  # the strength of the accident cues that name a mishap by itself ("a training flight")
_CULPRIT = 2  # the strength of the crime cues that name one by itself ("murder", "robbery", "gang")
_NAMED_CRIME = 3  # the strength of the crime cues that name its culprit or its place ("robbers", "at a bar")
# The armed men news leaves unnamed, and a bare attack, a massacre or a beheading, which may be a war's or a
# crime's: "gunmen", "masked men", "in the deadliest attack", "massacre at farm in Peten" (whose culprit, named
# beside it, says which: "police blamed the Zetas for the killing of 27 labourers").
_UNNAMED_ARMED_MEN = re.compile(r"gunm[ae]n|armed men|masked men|attacks?|attacked|massacres?|massacred|beheaded|beheadings?")
_NAMES_ALONE = 2  # the strength of the cues of any class that name its event by themselves
# From the noun that names what killed to the figure's verb: the noun is its subject ("the earthquake,
# which killed", "the pandemic had killed", "a flood that has claimed"); the figure starts at the verb.
_KILLER_TO_VERB = re.compile(r",? (?:(?:which|that) )?(?:(?:had|has|have) )?(?:already |reportedly )?")
_A_WAR = re.compile(r"(?:[\w-]+ )?(?:wars?|conflict)")  # a war by its name, which says when, not what killed
_KILLERS = frozenset({"disaster", "accident", "disease"})  # the classes whose nouns name a killer that is no one's act
# One person by name said to be dead, no number written: "Bailey is dead", "he thought Mr B was dead".
# A story's plot told right around the figure ("in the film, the SEALs kill 20 Taliban fighters"), not
# a book or a series that may report what happened ("in the book", "in the series of attacks"); and
# the other words of a plot told around it (``PLOT_AROUND``): a game's levels, a film's scene of battle
# a reader praises ("hundreds of soldiers die on the beach, the best war scene ever filmed").
_IN_A_STORY = re.compile(
    r"(?:in )?(?:the|this) (?:new |latest |upcoming |original )?(?:film|movie|novel|video game|sequel|comic|episode)\b|"
    + PLOT_AROUND
)
# A match report's title: two sides and the score between them ("Rovers 3-0 Athletic: ...", "Lakers
# 102-99 Celtics"), or a score told as a win or a rout ("a 7-1 massacre"): a word of the match
# that names one by itself, as strong as the strongest of ``event_words``.
_SCORELINE = re.compile(
    r"\b[A-Z][\w.'’]*(?: [A-Z][\w.'’]*)? \d{1,3} ?[-–] ?\d{1,3} [A-Z]|"
    r"\b\d{1,3}[-–]\d{1,3} (?:massacre|rout|thrashing|drubbing|hammering|demolition|humiliation|win|victory|defeat|loss|draw)\b"
)
_SCORELINE_STRENGTH = 3
# A court's words, which tell a trial of whatever act it judges: a murder or a bombing.
_COURT_WORDS = re.compile(
    r"trial|jury|jurors|prosecutors?|prosecuted|defendants?|convicted|sentenced|pleaded guilty|found guilty|charged with",
    re.IGNORECASE,
)
# The words of ``other`` that tell a death of old age or illness, as an obituary does.
_NATURAL_DEATH = re.compile(r": (?:natural causes|old age|in (?:his|her|their) sleep|peacefully)$")
_NAMED_DEAD = re.compile(r"(?:Mr|Mrs|Ms|Dr)?\.?\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)* (?:is|was) (?:now |already )?dead")

# A war word that may be the drug war's, which names a policy as much as a war ("the war on drugs",
# "a drug war"): any cue opening on "war", looser than ``event_words.names_the_drug_war``, which
# names the drug war as a whole.
_WAR_OR_DRUG_WAR = re.compile(r"wars?\b|drug wars?")
# The drug war told as the figure's toll: the subject of the toll's verb before it ("the war on the
# cartels has killed more than 50,000", "a drug war that has left 60,000 dead"), with no clause between
_DRUG_WAR_BEFORE_ITS_TOLL = re.compile(r"^(?:(?!,|;| and )[^.])*\b(?:killed|claimed|left|cost|taken|toll)\b")
# or what the dead fell in, after them ("50,000 people have died in Mexico's drug war")
_DRUG_WAR_AFTER_ITS_TOLL = re.compile(r"\b(?:in|to|from|of|during|by) (?:[\w'’]+ ){0,2}$")
# A match told as a battle, a war or a fight: "after the bruising battle with the Waratahs".
_MATCH_BATTLE = re.compile(r"battles?|wars?|fights?")
# The people of a match, counted: "two French players were hurt in the second half", "three of his
# teammates were taken to hospital".
_PLAYERS = re.compile(r"\b(?:players?|team-?mates?|athletes?|squad members?)\b", re.IGNORECASE)
# An obituary's death of age or illness, told after the verb or in the next sentence: "died on
# Saturday in a nursing home", "died on Saturday at a nursing home", "died at his home in Roanoke.
# He was 97.", "the cause was heart failure".
_DIED_OF_AGE = re.compile(
    r"\b(?:at (?:his|her|their) home|(?:in|at) (?:a |an |his |her |the )?(?:nursing|care|retirement|old people's) home|"
    r"in (?:a )?hospice|in (?:his|her) sleep|after a (?:long|short|brief) illness|of natural causes|of old age)\b|"
    r"\b(?:He|She) was (?:[5-9]\d|1[01]\d)\.|\b[Tt]he cause was\b"
)
# The old age closing the clause of a death whose cause is not told: "died on Saturday in Cairo, aged 88."
# (an illness told after the verb says what it came of: "died of a heart attack in jail, aged 62").
_AGED_CLOSING = re.compile(r", aged (?:[6-9]\d|1[01]\d)(?=[.;]|$|, (?:[\w'’]+ ){1,3}said\b)")
# The old age a death came at, told right after the verb, perhaps after its year or its day: "died in 1982
# at 81", "died on Tuesday aged 94", "died at the age of 88" (not "died at 19" in a war, nor "died at 70 sites").
_OLD_AGE_AFTER_DIED = re.compile(
    r"(?:,? (?:in|on) (?:\w+ ){0,2}?(?:1[89]|20)\d\d|,? (?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?"
    r",? (?:at|aged|at the age of) (?:[6-9]\d|1[01]\d)\b(?! (?:\w+ )?(?:people|others|sites|places|locations))"
)
# The illness a death came of, told right after the verb: "the commander behind two bombings died of kidney
# failure", "died of a heart attack in a Nairobi hospital" (not "died of his wounds").
_ILLNESS_AFTER_DIED = re.compile(rf",? (?:of|from) (?:a |an |complications of )?(?:[\w-]+ )?(?:{ILLNESSES_OF_ONE})\b")
# A relative of a life story who died in a year told alone, the clause ending there: "his wife, Joan, died in
# 2004 after 58 years of marriage", "her first husband died in 1979;" (not "his son died in 2007 in Basra").
_KIN_WHO_DIED = re.compile(
    r"(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur) (?:(?:late|first|second|elder|eldest|younger|youngest|only|older) )?"
    r"(?:wife|husband|mother|father|son|daughter|brother|sister|parents|grandmother|grandfather)"
    r"(?:,? [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?,?)? died"
)
_YEAR_ALONE_AFTER_DIED = re.compile(
    r",? in (?:[A-Z][a-z]+ )?(?:1[89]|20)\d\d\b(?=\s*[;,.)]|\s+(?:and|after \w+ (?:years|decades) of marriage)\b|\s*$)"
)
# What a relative thought or hoped as they died, after the year, as readers tell it: "my grandfather
# died in 1968 thinking this day would never come", "her mother died in 1995 never knowing" (not
# "died in 2007 fighting in Basra").
_YEAR_AND_A_THOUGHT_AFTER_DIED = re.compile(
    r" in (?:1[89]|20)\d\d,? (?:never |still |not )?(?:thinking|believing|hoping|knowing|wishing|waiting|dreaming)\b"
)
# An obituary's notice, its person told with the age and the home before the verb: "HAROLD J. BEMIS,
# 88, of Pierre, died Nov. 9", "Mary Lou Peters, 71, of Dayton passed away Saturday".
_OBITUARY_NOTICE = re.compile(r"[A-Z][\w.'’ -]*, (?:[5-9]\d|1[01]\d), (?:of [A-Z][\w.'’ -]*,? )?(?:died|passed away)\b")
# How a death came, told in the sentence after the notice: "His pickup left the road and hit a tree",
# "He was killed in a fall" (not the war he served in: "He served with the Marines on Iwo Jima").
_HOW_IT_CAME = re.compile(r"\b(?:killed|crash(?:ed)?|accident|collision|shot|stabbed|struck|hit|fire|blaze|fall|drowned)\b")
# The verb that opens a story's plot, and the deaths of a plot, told in the present.
_PLOT_OPENS = re.compile(r"(?:follows|tells|centres|centers|revolves|recreate|show|depict)$")
_TOLD_IN_THE_PRESENT = re.compile(
    r"\b(?:are|is) (?:\w+ )?(?:killed|dead|wounded|injured|slaughtered|massacred|shot|murdered|executed)\b|\b(?:dies|die)\b"
)
# A title that names a story's write-up: a review, a recap, a season's or an episode's, a box-office
# chart, a film's release on disc ("Review: Red Sands", "Harbour Lights series two", "The Last
# Patrol finale", "Box office: ...", "Hill 402 returns on Blu-ray", "World War Z review"); not a report or a
# policy's review ("Army review finds ...", "a review of the strikes", "Defence review", "Army's Afghan review").
_STORY_TITLE = re.compile(
    r"\breview(?=:)|^review\b|(?<![Dd]efen[cs]e )(?<![Ss]trategic )(?<![Pp]olicy )(?<!'s )(?<![Ss]ecurity )\breview$|\b(?:film|movie|book|novel|series|TV|theatre|theater|game|DVD|album|opera|stage) reviews?\b|"
    r"\breviewed$|\brecap\b|\bfinale\b|\bbox office\b|\bspoilers?\b|\bon (?:DVD|Blu-ray)\b|"
    r"\b(?:season|series) (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|finale|premiere)\b|\bepisode (?:\d+|\w+)\b",
    re.IGNORECASE,
)
# A plot's deaths told in the present, active too: "the villain kills a dozen men", "the heroes kill
# dozens of militants an episode"; and the toll the story opens on, told in the present perfect or as
# already dead: "the war has already claimed hundreds of thousands of lives", "with 600,000 already dead".
_PLOT_IN_THE_PRESENT = re.compile(
    rf"{_TOLD_IN_THE_PRESENT.pattern}|\b(?:kills?|slaughters|murders|wounds)\b|"
    r"\b(?:has|have) (?:already |now )?(?:claimed|killed|cost)\b|\balready dead\b"
)
# A toll told in the past with its year, as the real history a film's or a book's write-up cites:
# "Fifty American soldiers died in the valley before the army pulled out in 2010", and told of its
# killers, a count right after the verb: "On 10 June 1944 the division's soldiers killed 642 villagers".
_PAST_DEATH = (
    r"\b(?:died|perished|(?:was|were) (?:\w+ )?(?:killed|massacred|executed|slaughtered)|lost their lives|"
    r"(?<!has )(?<!have )(?:killed|massacred|murdered|slaughtered|executed) (?:about |some |nearly |almost |more than |over |at least )?\d)"
)
_A_YEAR = r"\b(?:1[89]|20)\d\d\b"
_PAST_TOLL_WITH_A_YEAR = re.compile(rf"{_PAST_DEATH}.*{_A_YEAR}|{_A_YEAR}.*{_PAST_DEATH}")
# The leaning conflict words of a weapon or an attack: "a roadside bomb", "the ambush", "gunfire".
_WEAPON_OR_ATTACK = re.compile(r"bomb|mine|ied|shell|rocket|missile|mortar|grenade|ambush|attack|fire|strike|raid|explosive|gun")
# An attack by its act, not its weapon: "a roadside bombing", "government shelling", "an ambush" (not "a mortar round").
_ACT_OF_ATTACK = re.compile(r"(?:[\w-]+ )?(?:bombings?|shelling|ambush(?:es)?|(?:air ?|drone )?(?:strikes?|raids?))")
# What ends the figure's clause between it and an act of war: a comma, a relative or a time clause.
_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:where|while|as|after|before|since|and|but)\b")
_ACT_AFTER_CHARS = 40  # "17 civilians were killed in government shelling": the act right after the figure
# The words after the one who tells a toll: "..., the defence ministry said", "an army spokesman".
_TELLER = re.compile(r",? (?:said|says|spokesm[ae]n|spokeswom[ae]n|statement|officials? said)\b")
# The forces' work after a disaster, told right after them: "Soldiers pulled bodies from the mud", "Army
# helicopters rescued 3,000 people", "troops dug through the rubble".
_RESCUE = re.compile(
    r"(?: [\w'’-]+){0,2}? (?:rescued|pulled|dug|evacuated|airlifted|ferried|searched|recovered|carried|delivered|"
    r"distributed|dropped|cleared|(?:were|have been|had been) (?:deployed|sent|mobili[sz]ed))\b"
)
# The openings of a sentence that tells another event than the page's: "Separately,", "In a separate
# incident,", "In an unrelated case,", "Elsewhere,".
_APART = re.compile(
    r"\W*(?:separately|elsewhere|in (?:a|another) separate (?:incident|development|case|accident)|"
    r"in (?:another|an unrelated|a different) (?:incident|development|case|accident))\b",
    re.IGNORECASE,
)
# The forces' dead as a memorial or a yearly count tells them, by the duty they died in: "173 officers were
# killed in the line of duty in 2011", "the names of 6 officers who died on duty".
_ON_DUTY = re.compile(r"\bin the line of duty\b|\bline-of-duty\b|\b(?:killed|died|die|slain) (?:while )?on duty\b", re.IGNORECASE)
# The crime words that tell a crowd of sports fans as the rioters ("fans clash", "hockey riot"; not "hooligans",
# whom a political riot has too), and the crowd's words a war shares with them ("clash", "riot", "running battles").
_FANS_RIOTING = re.compile(
    r".*\bfans\b.*|.*\b(?:final whistle|kick-off)$|(?:hockey|basketball|derby|cup|playoff|post-?match|post-?game|football|soccer|stadium) "
    r"(?:riots?|rioting|violence)"
)
_CROWD_FIGHTING = re.compile(r"clash(?:es|ed)?|riots?|rioters?|rioting|battles?|fighting|rampage|unrest|skirmish(?:es)?")
# The crime words that tell a riot inside a prison ("prison riot", "a riot at the jail"), and the guards' answer to
# it that a crackdown on a street shares ("fired on the rioters", "tear gas").
_PRISON_RIOTING = re.compile(r"prison .*|.* (?:prison|jail|penitentiary)")
_GUARDS_FIRE = re.compile(r"(?:opened )?fired? on|opened fire|tear gas|live (?:ammunition|rounds)|rubber bullets?|gunfire")
# A team's bus, convoy or hotel attacked on its way to a match: "Gunmen opened fire on the bus carrying the
# team", "Pakistan's team bus attacked in Lahore", "the attack on the Sri Lankan convoy".
_TEAM_ATTACKED = re.compile(
    r"\b(?:bus|buses|convoy|motorcade|team hotel)\b(?: \w+){0,2} (?:was |were )?(?:attacked|ambushed|bombed|fired on|shot at|"
    r"came under (?:fire|attack))|\b(?:attack|attacks|attacked|ambush|ambushed|opened fire|fired|firing|shot|bomb|grenade)"
    r" (?:on |at |into )?(?:the |a |their )?(?:[\w']+ ){0,3}?(?:bus|buses|convoy|motorcade|team hotel)\b",
    re.IGNORECASE,
)
_EXPLICIT_AFTER = 40  # "was killed in an airstrike on his car": how the death came, told right after it


@dataclass(frozen=True, slots=True)
class EventReading:
    """The event class of one figure and the words that decided it; ``event`` None: no event
    (``reason`` says which kind of text: "sport", "idiom", "hypothetical", ...)."""

    event: EventClass | None
    evidence: str | None = None
    reason: str | None = None


Cue = tuple[str, float, str, int]  # event, strength, word, offset in its text


def cues_in(text: str) -> list[Cue]:
    """Every cue word of ``text``: its event class, its strength, the word, where it starts.

    One phrase is one cue: a word that only leans one way (strength 1) adds nothing inside a
    longer cue of its class ("security forces" is not also "security" and "forces", "drone strikes"
    not also "drone"), nor inside a longer one that names another event by itself ("explosion" in
    "a gas explosion", "violence" in "gang violence"), while a word that names the event by itself
    still does ("terrorist" in "a terrorist attack")."""
    found = without_figures_of_speech(text, find_cues(text))
    # a cue inside another spans less than it, so only one of more words can hold one
    phrases = [(event, start, start + len(word), weight) for event, weight, word, start in found if not word.isalpha()]
    return [(event, float(weight), word.lower(), start) for event, weight, word, start in found
            if weight > 1 or not phrases or not _inside(event, start, start + len(word), phrases)]  # fmt: skip


def _inside(event: str, start: int, end: int, phrases: list[tuple[str, int, int, int]]) -> bool:
    """Whether ``start``-``end`` lies inside a longer phrase of class ``event``, or of another
    class that the phrase names by itself (strength 2 or more)."""
    return any((other == event or weight > 1) and p_start <= start and end <= p_end and p_end - p_start > end - start
               for other, p_start, p_end, weight in phrases)  # fmt: skip


class _Weigher:
    """Cue weights per event class, and the words behind them."""

    def __init__(self) -> None:
        self.scores = {event: 0.0 for event in CUES}
        self.words: dict[str, list[str]] = {event: [] for event in CUES}
        self.conflict_named = False  # a word that says conflict by itself, not only "police" or "violence"
        self.named_by_strangers = True  # and every such word only names armed men nobody identifies, or an attack
        # a word that names a conflict by itself and outright ("militants", "UN observers") or its
        # place ("Baghdad"), not only a leaning one ("civilian"), in the figure's sentence, those
        # either side or the title
        self.conflict_named_close = False
        self.war_named = False  # a word that names a war, its place or its enemy, not only soldiers
        self.strongest = dict.fromkeys(CUES, 0.0)  # the strength of each class's strongest cue

    def add(self, cues: list[Cue], weight: float, where: str, cap: float | None = None) -> None:
        if not cues:
            return
        added: dict[str, float] = {}  # the classes of these cues only: the others would add nothing
        for event, strength, word, _ in cues:
            added[event] = added.get(event, 0.0) + strength * weight
            if strength > self.strongest[event]:
                self.strongest[event] = strength
            if event == "conflict":
                named = names_conflict_alone(word)
                self.conflict_named = self.conflict_named or named
                if named and self.named_by_strangers and not _UNNAMED_ARMED_MEN.fullmatch(word):
                    self.named_by_strangers = False
                outright = named and (strength > 1 or names_a_war_place(word))
                self.conflict_named_close = self.conflict_named_close or (outright and where in _CLOSE)
                self.war_named = self.war_named or names_a_war(word)
            words = self.words[event]
            if len(words) < 6:
                label = f"{where}: {word}"
                if label not in words:
                    words.append(label)
        for event, value in added.items():
            self.scores[event] += value if cap is None else min(value, cap)

    def evidence(self, event: str) -> str:
        return "; ".join(self.words[event][:4])


class _Document:
    """The cue words of one document, sentence by sentence, each sentence read once and only
    when a tally needs it."""

    def __init__(self, text: str, sentences: Sequence[Sentence], title: str | None) -> None:
        self.text = text
        self.sentences = sentences
        self.title = title.strip() if title and title.strip() else None
        self.title_cues = _title_cues(self.title) if self.title else []
        self.story_title = bool(self.title and _STORY_TITLE.search(self.title))
        self._cues: dict[int, list[Cue]] = {}
        self._rest: dict[int, list[Cue]] = {}
        self._protests_over_a_death: bool | None = None

    def protests_over_a_death(self) -> bool:
        """Whether the article tells protests that answer a death ("the death of X sparked a week of
        protests"), in its body or, for a killing by the police, in its title ("Unrest after police
        shooting"): then its protest words are of a movement against such deaths (read once)."""
        if self._protests_over_a_death is None:
            self._protests_over_a_death = tells_protests_over_a_death(self.text) or bool(
                self.title and title_tells_protests_over_a_police_killing(self.title)
            )
        return self._protests_over_a_death

    def cues(self, index: int) -> list[Cue]:
        if index not in self._cues:
            sentence = self.sentences[index]
            self._cues[index] = cues_in(self.text[sentence.start : sentence.end])
        return self._cues[index]

    def rest(self, index: int) -> list[Cue]:
        """The cue words of the article around the figure: its lead and the sentences within
        ``_AROUND`` of it, but neither the figure's sentence nor its neighbours (read once for all
        the figures of a sentence)."""
        if index not in self._rest:
            near = range(max(index - _AROUND, 0), min(index + _AROUND + 1, len(self.sentences)))
            wanted = sorted({*range(min(_LEAD, len(self.sentences))), *near} - {index - 1, index, index + 1})
            self._rest[index] = [cue for i in wanted for cue in self.cues(i)]
        return self._rest[index]


def _title_cues(title: str) -> list[Cue]:
    """The cue words of the article's title, and the score of a match report's title."""
    scores = [("sport", float(_SCORELINE_STRENGTH), m.group().lower(), m.start()) for m in _SCORELINE.finditer(title)]
    return cues_in(title) + scores


def _is_event_class(name: str) -> TypeGuard[EventClass]:
    return name in EVENT_CLASSES


def read_event(
    text: str,
    sentences: Sequence[Sentence],
    tally: Tally,
    title: str | None = None,
    kind: DocumentKind = "body",
    document: _Document | None = None,
) -> EventReading:
    """The event class of ``tally``, read in ``text`` (the whole document)."""
    document = document or _Document(text, sentences, title)
    index = min(max(tally.sentence, 0), len(sentences) - 1)
    sentence = sentences[index]
    s_text = text[sentence.start : sentence.end]
    f_start, f_end = tally.start - sentence.start, tally.end - sentence.start
    reason = no_event(s_text, f_start, f_end, text[tally.start : tally.end], tally.count, tally.count_max)
    if reason:
        return EventReading(None, reason=reason)
    if kind == "comment" and tells_a_past_war(s_text):
        # a reader's history of the wars of the last centuries ("58,000 Americans died in Vietnam
        # in the 60s and 70s"), not a claim about the conflicts of the news
        return EventReading(None, reason="history")
    if kind == "comment" and blames_a_decision(s_text, f_start):
        # a reader's blame laid on a policy or a decision, no count of an event's dead
        return EventReading(None, reason="blame")
    if in_a_headline_list(text, tally.start):
        # the headline of another story in the page's list of them ("MORE NEWS", "Related posts")
        return EventReading(None, reason="other story")
    weigher = _Weigher()
    own = document.cues(index)
    answered = protests_answer(s_text, f_start, f_end)
    own = without_protest_words(own, answered)
    own = _without_the_drug_war(own, s_text, f_start, f_end)
    own = _without_the_enemy_s_crime(own)
    own = _without_the_charge(own, f_start)
    # a killing by the police, or the death of someone named, in an article whose protests answer
    # such a death: the protest words of the sentences around it are the movement's, not the
    # figure's ("police killed 34 people last year", "two months after the killing of X" beside "the
    # death of X sparked protests"); those of its own sentence still count
    answered = answered or (
        # (speed) the figure's sentence first: the article is read for its protests only when it tells such a death
        by_police_or_named(s_text, f_start) and document.protests_over_a_death()
    )
    if not own and _NAMED_DEAD.fullmatch(text[tally.start : tally.end]):
        # a person's state, told with no event around it (a reader's "Bailey is dead", a witness
        # who "thought Mr B was dead"): no figure of an event
        return EventReading(None, reason="no event")
    apart = _told_apart(s_text, own)
    if apart:  # another event of the page in its own words: a war's place there says only where it happened
        own = [cue for cue in own if not (cue[0] == "conflict" and names_a_war_place(cue[2]))]
    else:
        own = _without_the_mishap_s_place(s_text, own)
    near = [cue for cue in own if f_start - _NEAR_CHARS <= cue[3] <= f_end + _NEAR_CHARS]
    if any(event == "fiction" and _IN_A_STORY.match(word) for event, _, word, _ in near) and not _real_toll_of_the_setting(
        s_text, f_start
    ):
        # the plot of a war film or a war novel: no event, whatever war the story is of
        return EventReading(None, reason="fiction")
    if index > 0 and _plot_told_before(s_text, document.cues(index - 1)):
        return EventReading(None, reason="fiction")
    if document.story_title and _PLOT_IN_THE_PRESENT.search(s_text):
        # a review's or a recap's plot, told in the present under its title ("Review: Red Sands"
        # over "Thousands of Kree soldiers are killed in the battle of Hala"); its past is the
        # history the story is of ("In the real battle, 21,000 Japanese soldiers died")
        return EventReading(None, reason="fiction")
    if _players_hurt(text[tally.start : tally.end], own) and not _team_attacked(document, index):
        return EventReading(None, reason="sport")
    if (
        _died_of_age(text, sentences, index, tally, own)
        or _obituary_notice(document, index, sentence.start, tally, own)
        or _kin_died_in_a_year(text, sentence.start, tally, own)
    ):
        return EventReading(None, reason="natural death")
    illness = _died_of_an_illness(text, sentence.start, tally, own)
    if illness:
        return EventReading("disease", f"near: died {illness}")
    if _ON_THE_ROADS.match(text, tally.end) or _ROADS_DEAD.search(text, tally.start, tally.end):
        # a rate of the roads' dead is no event, as any rate with no conflict
        return EventReading(None, reason="rate") if is_rate(s_text, f_start, f_end) else EventReading("accident", "near: on the roads")
    weigher.add(near, NEAR, "near")
    weigher.add([cue for cue in own if cue not in near], SENTENCE, "sentence")
    if not apart:  # the title and the sentences around tell the page's story, not another event's
        _weigh_context(weigher, document, index, s_text, answered)

    scores = weigher.scores
    if _a_drug_s_dead(near, own):
        # the dead of a drug, told by their overdoses beside "the war on drugs": the drug war's words
        # say what the policy is called, not what killed them
        scores["conflict"] = 0.0
    if scores["accident"] and _strikers_fired_on(document, index, weigher):
        scores["accident"] = 0.0
    if _tried_for_an_act_of_war(weigher, own, document.title_cues, s_text):
        scores["crime"] = 0.0
    if (
        not weigher.conflict_named
        or _gunmen_of_a_crime(weigher)
        or _fans_riot(weigher, document, index, own)
        or _inmates_riot(weigher, document, index, own)
    ) and not _forces_dead(weigher, tally, s_text):
        # "police", "shot dead", "violence" alone: a body found, a killing the police investigate
        # (and so are gunmen beside the crime they did); but "16 slain policemen" are the forces' dead
        scores["conflict"] = 0.0
    elif weigher.conflict_named_close:
        # and the other way: the words that only lean to another event ("shot", "suspects",
        # "patients") make none of it beside a word that names a conflict ("they counted 108 bodies,
        # most shot at close range", with the UN observers in the sentence before; "nine patients
        # died" in a hospital hit by artillery), where no murder, illness or crash is named
        for event in EVENT_CLASSES:
            if event != "conflict" and weigher.strongest[event] < _NAMES_ALONE:
                scores[event] = 0.0
    best = _highest(scores, scores)
    if best in _KILLERS and (
        (_act_of_war_of_the_figure(s_text, own, f_start, f_end) and not _killer_named_by_the_sentence(s_text, own, best, f_end))
        or _act_of_war_as_the_antecedent(s_text, own, f_start)
    ):
        best = "conflict"
    if best in NOT_EVENT_CLASSES and weigher.strongest[best] < _STORY:
        # "rescue teams", "the fans": words a match shares, with no word that names one
        best = _highest(scores, EVENT_CLASSES)
    if scores[best] and best in NOT_EVENT_CLASSES:
        # A bomb at a World Cup screening is an attack: an event named in the figure's own
        # sentence outweighs the sport or film words around it, but not words that say the
        # figure is told inside a story ("in the film", "the novel follows").
        event_words = max((cue[1] for cue in own if cue[0] not in NOT_EVENT_CLASSES), default=0.0)
        story_words = max((cue[1] for cue in own if cue[0] in NOT_EVENT_CLASSES), default=0.0)
        if (
            (event_words < 2 or story_words > event_words)
            and not _history_under_a_story(best, s_text, story_words)
            and not _real_toll_of_the_setting(s_text, f_start)
        ):
            return EventReading(None, weigher.evidence(best), reason=best)
        best = _highest(scores, EVENT_CLASSES)
    if best == "accident" and _forces_lost_in_a_war(weigher, tally):
        best = "conflict"
    elif best == "conflict" and _forces_lost_in_a_mishap(weigher, own):
        best = "accident"
    elif best == "conflict" and _forces_lost_to_nature(own, tally):
        best = "disaster"
    if best == "conflict" and index > 0:
        mishap = _mishap_told_before(s_text, own, document.cues(index - 1))
        if mishap and not _act_of_war_of_the_figure(s_text, own, f_start, f_end):
            best = mishap
    if best == "conflict" and (
        _mishap_beside_no_war(document, index, own) or _forces_mishap_in_a_war_place(document, index, own, tally)
    ):
        best = "accident"
    if best == "conflict" and _forces_beside_a_disaster(document, index, s_text, own, weigher, tally):
        best = "disaster"
    if best == "conflict":
        best = (
            _killer_named(s_text, own, f_start, f_end)
            or _died_of_a_mishap(document, index, own, tally, f_end)
            or _died_in_a_war_place_of_a_killer(document, index, own, tally)
            or best
        )
    if kind == "comment" and best == "conflict":
        measure = _reader_measure(document, s_text, own, f_start, f_end)
        if measure:
            return EventReading(None, weigher.evidence(best), reason=measure)
    if best == "conflict" and kind == "body" and _rate_measured(s_text, own, f_start, f_end):
        # a report's rate of another death weighed against the wars ("guns kill 30,000 a year, more than every war
        # since Vietnam"): no war's rate
        return EventReading(None, weigher.evidence(best), reason="rate")
    if best == "other" and _natural_death(weigher):
        return EventReading(None, weigher.evidence(best), reason="natural death")
    if (not scores[best] or best != "conflict") and is_rate(s_text, f_start, f_end):
        return EventReading(None, reason="rate")
    if is_frequency(s_text, f_start, f_end) and not any(
        event == "conflict" and names_conflict_alone(word) and not names_a_war_place(word) for event, _, word, _ in own
    ):
        # "one woman dies in childbirth every 30 minutes" in an article on Afghanistan, "a person
        # is killed on Afghan roads every three hours": a country's or a people's name is not the
        # war's ("one civilian is killed by shelling every hour" is)
        return EventReading(None, reason="rate")
    if scores[best] == 0:
        return EventReading("other", None)
    return EventReading(best if _is_event_class(best) else None, weigher.evidence(best))


def _weigh_context(weigher: _Weigher, document: _Document, index: int, sentence: str, answered: bool) -> None:
    """Add the cue words around the figure's sentence: the title, the sentences either side and the
    rest of the article (without the protest words of a death the protests answer)."""
    if document.title and document.title not in sentence:
        title_cues = document.title_cues
        if "out " in sentence:  # (speed) a blast the figure's sentence rules out as terrorism is the title's too
            title_cues = without_terrorism_ruled_out(sentence, title_cues)
        weigher.add(_without_the_drug_war(without_protest_words(title_cues, answered)), TITLE, "title")
    for other in (index - 1, index + 1):
        if 0 <= other < len(document.sentences):
            weigher.add(_without_the_drug_war(without_protest_words(document.cues(other), answered)), NEIGHBOUR, "neighbour")
    weigher.add(_without_the_drug_war(without_protest_words(document.rest(index), answered)), DOCUMENT, "article", cap=_DOCUMENT_CAP)


def _without_the_drug_war(cues: list[Cue], sentence: str | None = None, f_start: int = 0, f_end: int = 0) -> list[Cue]:
    """The cues without the words that name Mexico's drug war as a whole ("the drug war", "the war on
    the cartels", and the "war" inside them), but where the figure's own sentence tells the figure
    as the drug war's toll ("Calderón's war on the cartels has killed 50,000 people", "60,000 have
    died in the drug war"): the drug war named by the title, the sentences around or in another
    clause is the setting of a story ("Drug war: 9 beheaded in Guerrero", "49 bodies dumped and the
    drug war goes on"), whose one cartel's killings are a crime, and the army's fights are told by
    their own words ("a gunbattle", "came under fire")."""
    spans = [
        (at, at + len(word)) for event, _, word, at in cues
        if event == "conflict" and names_the_drug_war(word) and not (sentence and _the_drug_war_s_toll(sentence, at, at + len(word), f_start, f_end))
    ]  # fmt: skip
    return _without_cues_inside(cues, spans, "conflict")


def _without_the_enemy_s_crime(cues: list[Cue]) -> list[Cue]:
    """The cues without the crime words inside the army's or the navy's own fight with a cartel's men ("soldiers
    killed 14 cartel gunmen"): there the cartel is the enemy the drug war's forces fight, not a crime's culprit."""
    spans = [(at, at + len(word)) for event, _, word, at in cues if event == "conflict" and names_the_forces_fight_with_cartels(word)]
    return _without_cues_inside(cues, spans, "crime")


def _without_the_charge(cues: list[Cue], f_start: int) -> list[Cue]:
    """The cues without the war words of the charge of a state's executions told with the conviction, where the figure
    is the executed ("Iraq hanged 21 men convicted of terrorism"): the charge is what they were tried for, not a war
    their deaths are of (the Bali bombings' own toll beside the bombers' execution keeps the bombings' words; a
    crime's charge still tells the executions apart as crime: "beheaded two men convicted of drug smuggling")."""
    spans = [(at + 1, at + len(word)) for event, _, word, at in cues  # the charge's words, after its verb
             if event == "other" and at <= f_start < at + len(word) and names_executions_for_a_charge(word)]  # fmt: skip
    return _without_cues_inside(cues, spans, "conflict")


def _without_cues_inside(cues: list[Cue], spans: list[tuple[int, int]], event: EventClass) -> list[Cue]:
    """The cues without those of ``event`` that start inside one of ``spans`` (start, end)."""
    if not spans:
        return cues
    return [cue for cue in cues if not (cue[0] == event and any(start <= cue[3] < end for start, end in spans))]


def _the_drug_war_s_toll(sentence: str, start: int, end: int, f_start: int, f_end: int) -> bool:
    """Whether the drug war's words at ``start``-``end`` tell the figure as the war's toll."""
    if end <= f_start:
        return _DRUG_WAR_BEFORE_ITS_TOLL.match(sentence[end:f_end]) is not None  # the verb may open the figure
    return start >= f_end and "," not in sentence[f_end:start] and _DRUG_WAR_AFTER_ITS_TOLL.search(sentence[f_end:start]) is not None


def _told_apart(sentence: str, own: list[Cue]) -> bool:
    """Whether the sentence opens as another event of the page ("Separately, a man was killed and 15
    injured in a stampede at a food distribution point", "In a separate incident, two boys drowned")
    and names that event by its own words: one of another class that names it by itself, and none
    of conflict that does.  The title and the sentences around tell the page's main story, not it,
    and a war's place in it only where it happened ("three boys drowned in the Kurram river near
    Parachinar"); a separate attack ("Separately, a roadside bomb killed two soldiers") keeps its
    own war words."""
    if not any(event in EVENT_CLASSES and event != "conflict" and strength >= _NAMES_ALONE for event, strength, _, _ in own):
        return False  # (speed) most sentences name no other event by itself
    if any(event == "conflict" and strength >= _NAMES_ALONE for event, strength, _, _ in own):
        return False
    return _APART.match(sentence) is not None


# What may stand between a place and the mishap it names: one word of the site ("the Sinai slum fire").
_PLACE_TO_ITS_MISHAP = re.compile(r"[ \t]+(?:[\w'’-]+[ \t]+)?")
# The article that opens the mishap's name before its place ("the Sinai slum fire", not "killed by Israeli fire").
_THE_MISHAP_S = re.compile(r"\b(?:the|that|this)[ \t]+$", re.IGNORECASE)


def _without_the_mishap_s_place(sentence: str, own: list[Cue]) -> list[Cue]:
    """The cues of the figure's sentence without a war's place that only names a fire, a crash, a flood
    or an outbreak told right after it ("the Sinai slum fire killed 20" in Nairobi, "the Kashmir bus crash
    killed 38 pilgrims", "the Darfur floods"): the place says where the mishap was, the mishap what killed
    them.  Only a place the article opens as the mishap's name, before a noun: not a people's fire, which is a
    weapon's ("killed by Israeli fire"), nor a place that is the subject of a mishap's verb ("a home in Deir
    al-Balah collapsed").  A place named before an act of war keeps its weight ("the Sinai attack", "the
    Aleppo bombing")."""
    killers = [at for event, _, word, at in own if event in _KILLERS and not word.endswith("ed")]
    if not killers:
        return own
    return [cue for cue in own if not (
        cue[0] == "conflict" and names_a_war_place(cue[2])
        and _THE_MISHAP_S.search(sentence, max(0, cue[3] - 5), cue[3])
        and any(_PLACE_TO_ITS_MISHAP.fullmatch(sentence, cue[3] + len(cue[2]), at) for at in killers)
    )]  # fmt: skip


def _history_under_a_story(best: str, sentence: str, story_words: float) -> bool:
    """Whether a figure a film's or a book's write-up tells around it (its title, the sentence
    before) is the real history the story is of: its own sentence names no story, tells the deaths
    in the past and gives their year ("The film follows a platoon in the Korengal valley. Fifty
    American soldiers died in the valley before the army pulled out in 2010."); a plot told in the
    present and a back-story with no year ("the narrator's father was killed years before") stay
    the story's."""
    return (
        best == "fiction" and not story_words and not _PLOT_IN_THE_PRESENT.search(sentence)
        and bool(_PAST_TOLL_WITH_A_YEAR.search(sentence))
    )


# The real event a story is set in, with its toll told right after it as fact, in the past: "the novel follows a
# family through the Rwandan genocide, in which 800,000 people were killed": an event named by its place, its people or
# its date, before it or after it ("the siege of Sarajevo"), not a plot's "the war" or "the gang's attack".
_SETTING_S_TOLL = re.compile(
    r"(?:\b(?!(?:The|A|An|His|Her|Their|Its|This|That|In|During)\b)[A-Z][\w'’/-]*|\b\d[\w/-]*) (?:[\w-]+ )?(?:genocide|massacre|war|attacks?|bombings?|siege|invasion|uprising)"
    r",? (?:in|during) which\b|"
    r"\b(?:genocide|massacre|war|attacks?|bombings?|siege|invasion|uprising) (?:of|in|on) (?:[A-Z][\w'’-]*|\d+)(?: [A-Z][\w'’-]*)*"
    r",? (?:in|during) which\b|\bthe Holocaust,? (?:in|during) which\b"
)
_SETTING_TO_FIGURE = 30  # the words between "in which" and the figure: "about", "an estimated", "some"


def _real_toll_of_the_setting(sentence: str, f_start: int) -> bool:
    """Whether a figure in a story's write-up is the toll of the real event the story is set in, told in a clause of
    that event in the past ("through the Rwandan genocide, in which 800,000 people were killed"), not the plot's
    ("an attack in which 40 soldiers are killed")."""
    setting = _SETTING_S_TOLL.search(sentence, 0, f_start + _SETTING_TO_FIGURE)
    return (
        setting is not None
        and setting.start() < f_start
        and abs(setting.end() - f_start) <= _SETTING_TO_FIGURE
        and not _PLOT_IN_THE_PRESENT.search(sentence, f_start)
    )


def _plot_told_before(sentence: str, before: list[Cue]) -> bool:
    """Whether the sentence before opens a story's plot ("Episode seven follows Easy Company at Foy.",
    "The novel follows a platoon through the valley.") and the figure's sentence tells its deaths in
    the present, as a plot is told ("Several men are killed in the shelling", "nine of the 14 men are
    dead"): no event, whatever war the story is of.  A past tense is news told after a review."""
    return any(event == "fiction" and strength >= _MISHAP and _PLOT_OPENS.search(word) for event, strength, word, _ in before) and bool(
        _TOLD_IN_THE_PRESENT.search(sentence)
    )


def _players_hurt(figure: str, own: list[Cue]) -> bool:
    """Whether the figure counts a match's players hurt in it ("two French players were hurt in the
    second half" in a rugby report full of war words): its own sentence names no act of war and
    no other event by itself ("two players were killed when the missile hit the training ground",
    "ten players died in the plane crash" are events), only the match as a battle or a war ("11
    players injured after the bruising battle with the Waratahs")."""
    lower = figure.lower()
    if not ("play" in lower or "mate" in lower or "athlete" in lower or "squad" in lower) or not _PLAYERS.search(figure):
        return False  # (speed) the words first, as written in lower case
    return not any((event == "conflict" and not _MATCH_BATTLE.fullmatch(word))
                   or (event in EVENT_CLASSES and event != "conflict" and strength >= _NAMES_ALONE)
                   for event, strength, word, _ in own)  # fmt: skip


def _team_attacked(document: _Document, index: int) -> bool:
    """Whether the sentence before the figure or the title tells an attack on a team's bus, convoy or
    hotel ("Gunmen opened fire on the bus carrying Togo's team"): the players it counts hurt are an
    attack's wounded, not a match's."""
    before = document.sentences[index - 1] if index > 0 else None
    told = [document.title or ""] + ([document.text[before.start : before.end]] if before else [])
    return any(_TEAM_ATTACKED.search(part) for part in told)


def _a_drug_s_dead(near: list[Cue], own: list[Cue]) -> bool:
    """Whether the figure is told as a drug's dead ("drug overdoses killed 52,000 Americans") and its
    own sentence names no act of war besides a war on drugs ("in the war on drugs, soldiers killed
    40 cartel gunmen" is the army's)."""
    if not any(event == "disease" and word.startswith("overdos") for event, _, word, _ in near):
        return False
    return not any(event == "conflict" and not _WAR_OR_DRUG_WAR.match(word) for event, _, word, _ in own)


def _died_of_age(text: str, sentences: Sequence[Sentence], index: int, tally: Tally, own: list[Cue]) -> bool:
    """Whether the figure is one person who died of age or illness, as an obituary tells it after the
    verb or in the next sentence ("Walter Brandt, who fought at Iwo Jima, died on Saturday in a
    nursing home. He was 98.", "his sister died in 1982 at 81"): the war words of the life told before it say nothing of the death.
    Not where the sentence names an act of war after the death ("died at his home when a shell
    hit it")."""
    if tally.count != 1 or tally.outcome_word != "died":
        return False
    end = sentences[min(index + 1, len(sentences) - 1)].end
    aged = _AGED_CLOSING.search(text, tally.end, end) and not _ILLNESS_AFTER_DIED.match(text, tally.end)
    if not (_DIED_OF_AGE.search(text, tally.end, end) or _OLD_AGE_AFTER_DIED.match(text, tally.end) or aged):
        return False
    return not _act_of_war_after(sentences[index].start, tally, own)


def _kin_died_in_a_year(text: str, sentence_start: int, tally: Tally, own: list[Cue]) -> bool:
    """Whether the figure is one relative of a life story whose death is told by its year alone ("He
    was wounded at Anzio in 1944. His wife, Joan, died in 2004 after 58 years of marriage."): the war
    words of the life told before it say nothing of the relative's death. Not where the sentence names
    an act of war after the verb, nor where a place follows the year ("his son died in 2007 in Basra").
    So is one whose year is followed by what they thought as they died, where no war's word follows
    ("my grandfather died in 1968 thinking this day would never come")."""
    if tally.count != 1 or tally.outcome_word != "died":
        return False
    if not _KIN_WHO_DIED.fullmatch(text, tally.start, tally.end):
        return False
    if _YEAR_AND_A_THOUGHT_AFTER_DIED.match(text, tally.end):
        # what they thought as they died, no word of any war after it ("... killed by a roadside bomb")
        return not any(event == "conflict" and at >= tally.end - sentence_start for event, _, _, at in own)
    return bool(_YEAR_ALONE_AFTER_DIED.match(text, tally.end)) and not _act_of_war_after(sentence_start, tally, own)


def _act_of_war_after(sentence_start: int, tally: Tally, own: list[Cue]) -> bool:
    """Whether the figure's sentence names a conflict by itself after the figure's verb ("died at his
    home when a shell hit it")."""
    return any(event == "conflict" and strength >= _NAMES_ALONE and at >= tally.end - sentence_start
               for event, strength, _, at in own)  # fmt: skip


# The roads a count of dead died on, right after its verb, as road-safety figures and readers' comparisons
# tell them: "460,000 people died on US roads in the 1960s, while 58,000 died in Vietnam", "more were
# killed in car crashes than in the war": the road's toll, whatever war the sentence weighs it against
# (not "the road to Kandahar", nor "on the roads of Gaza", where an army's fire may be what killed).
_ON_THE_ROADS = re.compile(
    r"\s+(?:on (?:the |our |its |their |[A-Z][\w'’.]* )?(?:roads|highways|motorways|railways?(?: tracks| lines)?|(?:train|rail) tracks)(?! of\b)"
    r"|in (?:road|traffic|car|motor|train|rail) (?:accidents|crashes|collisions))\b"
)
# (and the rails' dead the same way: "400 people die on Mumbai's railway tracks every year")
# and the figure's own noun a road's: "there were 40 road deaths this month", "350 traffic fatalities"
_ROADS_DEAD = re.compile(r"\b(?:road|traffic|highway) (?:deaths?|fatalit(?:y|ies))$", re.IGNORECASE)


def _died_of_an_illness(text: str, sentence_start: int, tally: Tally, own: list[Cue]) -> str | None:
    """The illness one person died of, told right after the verb ("Sheikh Omar, whose militia fought
    al-Shabab for three years, died of liver failure"), where no word of a conflict (but its place) or
    a crime follows ("died of a heart attack after soldiers beat him at a checkpoint"): the war words
    of the life told before it say nothing of the death."""
    if tally.count != 1 or tally.outcome_word != "died":
        return None
    illness = _ILLNESS_AFTER_DIED.match(text, tally.end)
    after = tally.end - sentence_start
    if not illness or any(
        at >= after and (event == "crime" or (event == "conflict" and not names_a_war_place(word)))
        for event, _, word, at in own
    ):
        return None  # a war's place after the verb only says where the death came ("died of cancer in Quetta")
    return illness.group().lstrip(", ")


def _obituary_notice(document: _Document, index: int, sentence_start: int, tally: Tally, own: list[Cue]) -> bool:
    """Whether the figure is the one person of an obituary's notice ("HAROLD J. BEMIS, 88, of
    Pierre, died Nov. 9, 2013, at the Maryhouse."), with no word of how the death came in its
    sentence or the next: the accident or the war the rest of the page tells is another's. Not
    "Jake Ross, 58, of Pierre, died Saturday in a crash on Highway 14", nor the notice whose next
    sentence tells the crash."""
    if tally.count != 1 or own or not _OBITUARY_NOTICE.match(document.text, sentence_start, tally.end):
        return False
    if index + 1 >= len(document.sentences):
        return True
    after = document.sentences[index + 1]
    return not (document.cues(index + 1) and _HOW_IT_CAME.search(document.text, after.start, after.end))


def _reader_measure(document: _Document, sentence: str, own: list[Cue], f_start: int, f_end: int) -> str | None:
    """Why a reader's conflict figure is only set beside a conflict (``reader_measures``): "rate"
    or "comparison"; or None."""
    offsets = [cue[3] for cue in own if cue[0] == "conflict" and names_conflict_alone(cue[2])]
    if rate_before_a_war(sentence, f_start, f_end, offsets):
        return "rate"
    titled = any(cue[0] == "conflict" and names_conflict_alone(cue[2]) for cue in document.title_cues)
    if not titled and measured_against_a_war(sentence, f_end, offsets):
        return "comparison"
    return None


def _rate_measured(sentence: str, own: list[Cue], f_start: int, f_end: int) -> bool:
    """Whether the figure is a rate whose sentence names a conflict only in a comparison after it."""
    offsets = [cue[3] for cue in own if cue[0] == "conflict" and names_conflict_alone(cue[2])]
    return rate_measured_against_a_war(sentence, f_start, f_end, offsets)


def _tried_for_an_act_of_war(weigher: _Weigher, own: list[Cue], title: list[Cue], sentence: str) -> bool:
    """Whether the only words that name a crime around the figure are a court's (a trial, defendants,
    a conviction; beside words that only lean to one, as "shot"), and the figure's own sentence
    names a conflict outright ("a terrorism court convicted eight people over the truck attack that
    killed 86", "the tribunal sentenced the commander over the massacre"), or names a ruler whose forces
    killed their own people ("846 people died so he could sit in a cage" under "Mubarak trial opens"): the court
    tells what followed the attack or the crackdown, not what it was.  The men it tries, told as the attack's gunmen ("the only
    surviving gunman of the 2008 attacks that killed 166 people in Mumbai was sentenced to death"),
    name no crime of their own.  So does the title of a trial's story that names the attack, over a
    sentence with no crime word of its own, as readers' comments under it are ("He killed 166 people
    and should hang" under "Mumbai attacks gunman sentenced to death"), and so does a sentence whose only crime word is
    "murdered" with a war's or a crackdown's victims in its clause ("His men murdered 8,000 Muslim men and boys" under
    "Karadzic trial resumes in The Hague")."""
    told = own if any(event == "crime" and not _murders_a_crackdown_s_victims(sentence, word, at) for event, _, word, at in own) else own + title
    if not any(
        event == "conflict" and ((strength >= _NAMES_ALONE and names_conflict_alone(word)) or names_a_ruler_of_a_crackdown(word))
        for event, strength, word, _ in told
    ):
        return False
    words = [label.partition(": ")[2] for label in weigher.words["crime"]]
    court = [word for word in words if _COURT_WORDS.fullmatch(word)]
    return (
        bool(court)
        and len(words) < 6
        and all(cue[1] < _CULPRIT for word in words if word not in court and not _UNNAMED_ARMED_MEN.fullmatch(word)
                for cue in cues_in(word) if cue[0] == "crime")
    )


def _murders_a_crackdown_s_victims(sentence: str, word: str, at: int) -> bool:
    """Whether a crime cue is the bare verb "murdered" whose clause names a war's or a crackdown's victims."""
    if word.lower() != "murdered":
        return False
    end = sentence.find(";", at)
    return murders_a_crackdown_s_victims(sentence[sentence.rfind(";", 0, at) + 1 : end if end >= 0 else len(sentence)])


def _natural_death(weigher: _Weigher) -> bool:
    """An obituary's death of old age or illness: the only words of ``other`` around the figure
    say so ("Margaret Hollis has died", then "she died peacefully at home"); no event was told."""
    labels = weigher.words["other"]
    return bool(labels) and all(_NATURAL_DEATH.search(label) for label in labels)


def _gunmen_of_a_crime(weigher: _Weigher) -> bool:
    """Whether the only words that name a conflict are armed men nobody identifies ("gunmen",
    "masked men") or a bare attack, beside a crime named by its culprit or its place (a robbery, a bar, a home
    invasion, a gang: the crime cues of strength 3): "the gunmen had robbed a convenience store
    minutes earlier" in a sheriff's story of a shootout.  A war's place, group or act named anywhere
    around keeps the gunmen the war's ("gunmen robbed a bank in Quetta")."""
    return weigher.conflict_named and weigher.named_by_strangers and weigher.strongest["crime"] >= _NAMED_CRIME


def _fans_riot(weigher: _Weigher, document: _Document, index: int, own: list[Cue]) -> bool:
    """Whether the figure's sentence, those either side or the title tell sports fans as the
    rioters ("Policemen injured as fans clash after derby", "Fans rioted after the Canucks lost"),
    and the only words there that name a conflict are the crowd's ("clash", "riot", "running
    battles"): a match's violence, not a war's, as a gang's gunmen are a crime's."""
    if weigher.strongest["crime"] < _NAMED_CRIME:
        return False  # (speed) the fans' words are of the strongest crime words
    around = own + document.title_cues
    around += [cue for other in (index - 1, index + 1) if 0 <= other < len(document.sentences) for cue in document.cues(other)]
    if not any(event == "crime" and _FANS_RIOTING.fullmatch(word) for event, _, word, _ in around):
        return False
    return all(_CROWD_FIGHTING.fullmatch(word) or not names_conflict_alone(word) for event, _, word, _ in around if event == "conflict")


def _inmates_riot(weigher: _Weigher, document: _Document, index: int, own: list[Cue]) -> bool:
    """Whether the figure's sentence, those either side or the title tell a riot inside a prison ("Prison riot over
    food leaves inmates dead"), and the only words there that name a conflict are the crowd's, the forces' and
    their fire ("guards fired on the rioters", "clashes between inmates and National Guard troops"): a jail's
    violence, not a crackdown's; a war's place or group named there keeps it the war's ("Prison riot in Iraq")."""
    if weigher.strongest["crime"] < _NAMED_CRIME:
        return False  # (speed) the prison's words are of the strongest crime words
    around = own + document.title_cues
    around += [cue for other in (index - 1, index + 1) if 0 <= other < len(document.sentences) for cue in document.cues(other)]
    if not any(event == "crime" and _PRISON_RIOTING.fullmatch(word) for event, _, word, _ in around):
        return False
    return all(
        _CROWD_FIGHTING.fullmatch(word) or _GUARDS_FIRE.fullmatch(word) or not names_a_war(word)
        for event, _, word, _ in around
        if event == "conflict"
    )


def _strikers_fired_on(document: _Document, index: int, weigher: _Weigher) -> bool:
    """Whether the title or the sentence before tells the forces' fire on workers on strike ("Police
    opened fire on striking miners armed with spears") and no mishap is named (the accident cues of
    strength 3): the miners the figure counts are the strikers shot, not a mine's dead."""
    if weigher.strongest["accident"] >= _MISHAP:
        return False
    told = document.title_cues + (document.cues(index - 1) if index > 0 else [])
    return any(event == "conflict" and ("striking" in word or "strikers" in word) for event, _, word, _ in told)


def _forces_dead(weigher: _Weigher, tally: Tally, sentence: str) -> bool:
    """The forces' own dead ("16 slain policemen"), unless a crime is named ("an officer was killed
    in the exchange of fire" with the murder suspect they came to arrest); officers hurt are not,
    alone: a raid on a suspect's house hurts some ("the raid ended with 2 officers injured").  Nor
    are the dead a memorial or a yearly count tells by their duty, where no conflict is named ("173
    officers were killed in the line of duty in 2011", "6 officers who died on duty"): the police's
    road crashes and arrests gone wrong, in a country at peace."""
    return (
        tally.role in _FORCES_DEAD and tally.outcome == "killed" and weigher.strongest["crime"] < _CULPRIT
        and not _ON_DUTY.search(sentence)
    )


def _highest(scores: dict[str, float], among: Iterable[str]) -> str:
    """The class of ``among`` with the highest score; a tie goes to conflict."""
    return max(among, key=lambda event: (scores[event], event == "conflict"))


def _forces_lost_in_a_war(weigher: _Weigher, tally: Tally) -> bool:
    """Soldiers killed in a crash in a war are the war's dead ("two soldiers were killed in a
    helicopter crash in Iraq", "shot down" or not) where the war, its place or its enemy is named,
    unless the words name a mishap of their own: a training flight, a drill, bad weather, an engine
    failure (the accident cues of strength 3)."""
    return tally.role in _TROOPS and weigher.war_named and weigher.strongest["accident"] < _MISHAP


def _forces_lost_in_a_mishap(weigher: _Weigher, own: list[Cue]) -> bool:
    """Soldiers killed where no war, its place or its enemy is named, and the figure's own
    sentence names a mishap of its own ("four soldiers were killed when two army trucks collided",
    "five recruits died of smoke inhalation, the army said"): the forces' words say who died, the
    mishap what killed them.  A crash alone does not ("a military helicopter crashed, killing 13
    soldiers" may have been shot down)."""
    return not weigher.war_named and any(event == "accident" and strength >= _MISHAP for event, strength, _, _ in own)


def _forces_lost_to_nature(own: list[Cue], tally: Tally) -> bool:
    """Soldiers or police killed where the figure's own sentence names a disaster of nature ("an
    avalanche buried an army post, killing 11 soldiers", "floods swept away a police camp in Swat,
    killing 9 policemen") and the war only by words that lean to it (the forces, a camp, a war's
    place), none that names an act of war: nature, not an enemy, killed them, wherever the post
    stood.  Civilians starved by a siege are not told by this rule."""
    return (
        tally.role in _FORCES_DEAD
        and any(event == "disaster" and strength >= _NAMES_ALONE for event, strength, _, _ in own)
        and all(strength < _NAMES_ALONE for event, strength, _, _ in own if event == "conflict")
    )


def _mishap_told_before(sentence: str, own: list[Cue], before: list[Cue]) -> str | None:
    """The mishap or the disaster the sentence before tells, whose toll the figure's sentence gives
    with no act of war of its own ("Two army trucks collided on a mountain road in Chiapas. Ten
    soldiers were killed", "An avalanche hit the battalion's camp. More than 130 soldiers were
    buried under the snow"): "accident" or "disaster", or None.  Not where the sentence before
    names an act of war or a weapon ("Two army trucks collided after a roadside bomb exploded"), nor
    where the figure's own names an act of war outright ("killed in an ambush"); a weapon there is
    the mishap's ("Seven Marines were killed when a mortar round exploded in its tube" after a
    training exercise).  Soldiers, a camp or a war's place only say who died and where, and the
    forces that tell the toll who counted it ("the defence ministry said")."""
    if any(_an_act_of_war(cue) for cue in before):
        return None
    if any(event == "conflict" and strength >= _NAMES_ALONE and not _TELLER.match(sentence, at + len(word))
           for event, strength, word, at in own):  # fmt: skip
        return None
    if any(event == "accident" and strength >= _MISHAP for event, strength, _, _ in before):
        return "accident"
    if any(event == "disaster" and strength >= _NAMES_ALONE for event, strength, _, _ in before):
        return "disaster"
    return None


def _mishap_beside_no_war(document: _Document, index: int, own: list[Cue]) -> bool:
    """The forces' mishap at home, named by the title ("Army truck overturns in India", "Fire at army
    barracks", "Blast at army munitions dump") or by the figure's own sentence with the weapon that
    went off ("a mortar round exploded prematurely during training"), where no war, its place or its
    enemy and no act of war is named around the figure (its sentence, those either side, the title,
    the article) outside the words of the mishap: the soldiers and the shells say who died and what
    blew up, not that an enemy killed them.  Not "Army helicopter crashes in Afghanistan", nor a
    truck that overturned after a roadside bomb."""
    if not any(event == "accident" and strength >= _MISHAP for event, strength, _, _ in own) and not any(
        event == "accident" and strength >= _NAMES_ALONE for event, strength, _, _ in document.title_cues
    ):
        return False
    told = [own, document.title_cues, *(document.cues(i) for i in (index - 1, index + 1) if 0 <= i < len(document.sentences))]
    if any(_names_war_or_act(cue) for cues in told for cue in _outside_mishaps(cues)):
        return False
    return not any(_names_war_or_act(cue) for cue in document.rest(index))


def _forces_mishap_in_a_war_place(document: _Document, index: int, own: list[Cue], tally: Tally) -> bool:
    """The forces' own dead in a mishap their sentence names by itself ("nine soldiers were killed
    when their truck skidded off a mountain road and fell into a gorge in Kupwara", "a road accident
    in Kunar killed four soldiers"), where the war is named only by its place (Kashmir, Helmand) and
    no act of war and no war's name or enemy is told around the figure (its sentence, those either
    side, the title, the article): the place says where the road ran, not that an enemy killed
    them.  Not a truck a mine overturned, nor "a helicopter crashed in Helmand", which names no
    mishap of its own."""
    if tally.role not in _FORCES_DEAD or not any(
        event == "accident" and strength >= _MISHAP for event, strength, _, _ in own
    ):
        return False
    told = [own, document.title_cues, *(document.cues(i) for i in (index - 1, index + 1) if 0 <= i < len(document.sentences))]
    if any(_names_war_by_more_than_place(cue) for cues in told for cue in _outside_mishaps(cues)):
        return False
    return not any(_names_war_by_more_than_place(cue) for cue in document.rest(index))


def _names_war_by_more_than_place(cue: Cue) -> bool:
    """Whether a cue names an act of war, or a war or its enemy by more than a place's name."""
    return _names_war_or_act(cue) and not names_a_war_place(cue[2])


def _outside_mishaps(cues: list[Cue]) -> list[Cue]:
    """The cues of one text that lie outside its phrases of a mishap ("shells" in "shells exploded at
    the army depot" is the mishap's)."""
    spans = [(at, at + len(word)) for event, strength, word, at in cues if event == "accident" and strength >= _MISHAP]
    return [cue for cue in cues if not any(start <= cue[3] < end for start, end in spans)]


def _names_war_or_act(cue: Cue) -> bool:
    """Whether a cue names a war, its place or its enemy by itself, or an act of war (not a word that
    only leans to one: the "civilians" a navy's mishap kills beside its crew)."""
    event, strength, word, _ = cue
    return event == "conflict" and (
        (names_a_war(word) and (strength >= _NAMES_ALONE or names_a_war_place(word))) or _an_act_of_war(cue)
    )


def _forces_beside_a_disaster(
    document: _Document, index: int, sentence: str, own: list[Cue], weigher: _Weigher, tally: Tally
) -> bool:
    """The toll of a storm, a quake or a flood where the forces only rescued or counted ("Soldiers
    pulled survivors from the mud" before "The army said 652 people had died", under "Typhoon kills
    hundreds"): a disaster is named in the figure's sentence, the one before or after or the title,
    no war, its place or its enemy anywhere, no act of war or weapon around it, and the forces of
    the figure's own sentence only tell the toll or do the rescue work ("Soldiers pulled bodies from
    the mud as the death toll rose to 1,067").  Not the forces' own dead, nor a crowd the troops
    fired on after the quake."""
    if tally.role in _FORCES_DEAD or weigher.war_named:
        return False
    around = own + document.title_cues + [
        cue for other in (index - 1, index + 1) if 0 <= other < len(document.sentences) for cue in document.cues(other)
    ]
    if not any(event == "disaster" and strength >= _NAMES_ALONE for event, strength, _, _ in around):
        return False
    if any(_an_act_of_war(cue) for cue in around):
        return False
    return all(
        _TELLER.match(sentence, at + len(word)) or _RESCUE.match(sentence, at + len(word))
        for event, _, word, at in own
        if event == "conflict"
    )


def _killer_named(sentence: str, own: list[Cue], f_start: int, f_end: int) -> str | None:
    """The class of a quake, a flood, a fire or a pandemic that is the subject of the figure's verb,
    told in a page on a war or in its place ("the victims of the 6 February earthquake, which killed
    more than 6,000 people in north-west Syria", "the Covid-19 pandemic, which had killed dozens of
    Kanak people", "the tsunami ... struck Aceh during the civil war"): what killed them is named,
    and it is no act of war.  Not where the sentence names an act of war or its men, more than the
    war's place or its name ("the shelling caused a flood which killed 40", "militants blew up a
    pipeline, and the pipeline explosion killed 4 soldiers"); an act told after the figure in a clause
    of its own is another story the sentence tells beside it ("the capsizing killed 38 people as
    fighting went on in the north", "the crash killed 27, while M23 rebels shelled villages").  Nor is
    a word inside a longer phrase of a conflict a killer: "the war on the cartels has killed 50,000"
    is the war's toll, not a cartel's."""
    if any(
        _an_act_of_war(cue)
        and not (names_a_war_place(cue[2]) or _A_WAR.fullmatch(cue[2]))
        and not _in_a_clause_after(sentence, cue[3], f_end)
        for cue in own
    ):
        return None
    for event, strength, word, at in own:
        if (
            event in _KILLERS
            and strength >= _NAMES_ALONE
            and not word.endswith("ed")  # a noun, not the mishap's verb: "a helicopter crashed, killing 13 soldiers"
            and _KILLER_TO_VERB.fullmatch(sentence, at + len(word), f_start)
            and not any(other == "conflict" and start < at < start + len(phrase) for other, _, phrase, start in own)
        ):
            return event
    return None


# A mishap's cue that tells the death itself, not only the mishap: "died of hunger", "died in a fire" (not "in the
# snow" after "shot dead", nor "a helicopter crash").
_DIED_OF = re.compile(r"(?:died|dying|die|dead) (?:of|from|in)\b")


def _died_of_a_mishap(document: _Document, index: int, own: list[Cue], tally: Tally, f_end: int) -> str | None:
    """The class of the hunger, the illness, the fire or the flood the figure's dead died of or in, told right
    after it in the words of the death ("two Palestinian children died in a fire sparked by candles in their Gaza
    home", "dozens have died of hunger in camps for the displaced in Mogadishu"), where the war is told only by
    words that lean to it (its place, its people, its camps) and no act of war or weapon is told in the figure's
    sentence, those either side or the title: the war says where they lived, the mishap what killed them.  Not the forces' own dead, whose
    crash in a war is the war's unless a fault of its own is told (``_forces_lost_in_a_war``)."""
    if tally.role in _FORCES_DEAD:
        return None
    killer = next((event for event, strength, word, at in own
                   if event in _KILLERS and strength >= _NAMES_ALONE and _DIED_OF.match(word)
                   and f_end - 12 <= at <= f_end + _EXPLICIT_AFTER), None)  # fmt: skip
    if killer is None or any(event == "conflict" and strength >= _NAMES_ALONE for event, strength, _, _ in own):
        return None
    told = [own, document.title_cues, *(document.cues(i) for i in (index - 1, index + 1) if 0 <= i < len(document.sentences))]
    return None if any(_an_act_of_war(cue) for cues in told for cue in cues) else killer


# The words of a death that tell no act: "have died", "the dead", "perished" (not "killed", "slain").
_QUIET_DEATH = re.compile(r"died|dead|deaths?|perished|starved(?: to death)?|succumbed", re.IGNORECASE)


def _died_in_a_war_place_of_a_killer(document: _Document, index: int, own: list[Cue], tally: Tally) -> str | None:
    """The class of the famine, the drought or the epidemic that names the page or the sentences around a death
    told only by where it happened ("More than 29,000 children under five have died in southern Somalia in the past
    90 days" under "Somalia famine: 29,000 children dead"): the war's place says where they lived, the one killer
    named around it what killed them.  Only where the death is told without an act ("died", not "killed"), no
    conflict word but a war's place is in the figure's sentence, and none that names an act of war or its men
    around it ("al-Shabaab has blocked aid to the south"); not the forces' own dead."""
    if tally.role in _FORCES_DEAD or not _QUIET_DEATH.fullmatch(tally.outcome_word or ""):
        return None
    if any(event == "conflict" and not names_a_war_place(word) for event, _, word, _ in own):
        return None
    around = [document.title_cues, *(document.cues(i) for i in (index - 1, index + 1) if 0 <= i < len(document.sentences))]
    if any(_an_act_of_war(cue) and not names_a_war_place(cue[2]) for cues in around for cue in cues):
        return None
    killers = {event for cues in (own, *around) for event, strength, _, _ in cues if event in _KILLERS and strength >= _NAMES_ALONE}
    return killers.pop() if len(killers) == 1 else None


def _act_of_war_of_the_figure(sentence: str, own: list[Cue], f_start: int, f_end: int) -> bool:
    """Whether the figure's own clause names the act of war that killed its dead: an attack or its men
    as the subject of the figure's verb ("Saudi-led airstrikes killed 40 people in Hodeidah", "a
    roadside bombing killed three soldiers", "gunmen killed 9 polio vaccinators") or right after it
    ("17 civilians were killed in government shelling").  Then the act names the figure's event over
    a title or a sentence before about a disease, a disaster or a crash ("Cholera outbreak spreads
    in Yemen", "Temperatures reached 50C"): the page's story is another one.  Not an act told in
    another clause ("cholera has killed 40 in Hodeidah, where airstrikes destroyed the water plant",
    "the sinking killed 104, as al-Shabaab shelling continued"), nor a weapon alone, which may be a
    mishap's ("a mortar round exploded in its tube"), nor a war's place."""
    for event, strength, word, at in own:
        if event != "conflict" or names_a_war_place(word) or not (strength >= _NAMES_ALONE or _ACT_OF_ATTACK.fullmatch(word)):
            continue
        between = sentence[at + len(word) : f_start] if at < f_start else sentence[f_end:at]
        if (at < f_start or len(between) <= _ACT_AFTER_CHARS) and not _CLAUSE_BREAK.search(between):
            return True
    return False


# A relative clause that opens at the figure, after its antecedent and the place or target told with it:
# "... the airstrike on Hodeidah, which killed 40 people", "the bombing at the bazaar, which left 23 dead".
_TO_THE_RELATIVE_CLAUSE = re.compile(
    r"(?:[ \t]+(?:on|in|at|near|of|against|outside)[ \t]+(?:[\w'’-]+[ \t]+){0,3}?[\w'’-]+)?,?[ \t]+(?:which|that)[ \t]+(?:had[ \t]+|has[ \t]+)?"
)


def _act_of_war_as_the_antecedent(sentence: str, own: list[Cue], f_start: int) -> bool:
    """Whether the relative clause that tells the figure's verb has an act of war for its antecedent ("an
    outbreak of cholera followed the airstrike on Hodeidah, which killed 40 people", "a fire broke out after
    the shelling of the market, which killed 12"): the act is the subject of the figure's verb, whatever
    else the sentence names first.  Not where the antecedent is the illness or the mishap ("the airstrikes
    were followed by an outbreak of cholera, which killed 40"), nor a war's place alone."""
    return any(
        _an_act_of_war(cue) and not names_a_war_place(cue[2]) and _TO_THE_RELATIVE_CLAUSE.fullmatch(sentence, cue[3] + len(cue[2]), f_start)
        for cue in own
        if cue[3] < f_start
    )


def _in_a_clause_after(sentence: str, at: int, f_end: int) -> bool:
    """Whether a word at ``at`` is told after the figure in a clause of its own ("the capsizing killed 38
    people as fighting went on in the north"): another story the sentence tells beside the figure's."""
    return at >= f_end and bool(_CLAUSE_BREAK.search(sentence, f_end, at))


def _killer_named_by_the_sentence(sentence: str, own: list[Cue], event: str, f_end: int) -> bool:
    """Whether the figure's sentence names a killer of class ``event`` by itself ("cholera has killed",
    "cholera broke out in the camps, killing 300"), not only as the one who tells the toll ("..., the WHO
    said"), nor as another story told after the figure in a clause of its own ("the bombing killed 19
    villagers while a boat carrying those who fled capsized")."""
    return any(other == event and strength >= _NAMES_ALONE and not _TELLER.match(sentence, at + len(word))
               and not _in_a_clause_after(sentence, at, f_end)
               for other, strength, word, at in own)  # fmt: skip


def _an_act_of_war(cue: Cue) -> bool:
    """Whether a cue names an act of war: any conflict word that names one by itself, and the
    leaning ones of a weapon or an attack ("a roadside bomb", "mortar fire")."""
    event, strength, word, _ = cue
    return event == "conflict" and (strength >= _NAMES_ALONE or bool(_WEAPON_OR_ATTACK.search(word)))


def classify_tallies(
    text: str,
    sentences: Sequence[Sentence],
    tallies: list[Tally],
    title: str | None = None,
    kind: DocumentKind = "body",
) -> list[Tally]:
    """``tallies`` with their event class and evidence set (on the tallies given, in place),
    without the figures that are no event (and the subsets of those); ``subset_of`` indexes are
    renumbered."""
    if not tallies or not sentences:
        return tallies
    document = _Document(text, sentences, title)
    readings = [read_event(text, sentences, tally, title, kind, document) for tally in tallies]
    _one_class_per_person(text, document, tallies, readings)
    for i, tally in enumerate(tallies):
        whole = readings[_whole(tallies, i)]  # a subset belongs to the event of the figure it is part of
        if whole.event is not None:  # (speed) set in place, not a copy of every figure
            tally.event, tally.event_evidence = whole.event, whole.evidence
    return without_tallies(tallies, [i for i, reading in enumerate(readings) if reading.event is None])


def _whole(tallies: list[Tally], index: int) -> int:
    """The figure that ``tallies[index]`` is part of, through parts of parts (itself if none)."""
    seen = {index}
    while (parent := tallies[index].subset_of) is not None and parent not in seen:
        seen.add(parent)
        index = parent
    return index


def _one_class_per_person(text: str, document: _Document, tallies: list[Tally], readings: list[EventReading]) -> None:
    """One person's death, told by name several times in one article, is of one event: the class
    the article gives it where it says how the death came ("the murder of George Floyd", "Omar
    Saleh was killed in an airstrike on his car") goes to the other mentions of that person ("the
    deaths of Ahmaud Arbery and George Floyd" beside "attacks against the black community"), when
    the explicit mentions agree.  Changes ``readings`` in place."""
    deaths = [i for i, (tally, reading) in enumerate(zip(tallies, readings, strict=True))
              if reading.event is not None and tally.count == 1 and tally.outcome == "killed"]  # fmt: skip
    if len({readings[i].event for i in deaths}) < 2:
        return  # (speed) no two classes to make one
    people: dict[str, list[int]] = {}
    for i in deaths:
        names = person_names(text, tallies[i].start, tallies[i].end)
        if names:
            people.setdefault(name_key(text[names[-1].start : names[-1].end]), []).append(i)
    for told in people.values():
        if len(told) < 2:
            continue
        how = {i: word for i in told if (word := _tells_how(document, tallies[i], readings[i].event))}
        if len({readings[i].event for i in how}) != 1:
            continue
        first = next(iter(how))
        given = EventReading(readings[first].event, f"person: {how[first]}")
        for i in told:
            if i not in how and readings[i].event != given.event:
                readings[i] = given


def _tells_how(document: _Document, tally: Tally, event: str | None) -> str | None:
    """The word that names an event of class ``event`` by itself in the figure's words or right
    after them ("murder" in "the murder of George Floyd", "airstrike" in "was killed in an
    airstrike"), or None."""
    index = min(max(tally.sentence, 0), len(document.sentences) - 1)
    sentence = document.sentences[index]
    f_start, f_end = tally.start - sentence.start, tally.end - sentence.start
    return next(
        (word for cue_event, strength, word, at in document.cues(index)
         if cue_event == event and strength >= _NAMES_ALONE and f_start <= at <= f_end + _EXPLICIT_AFTER),
        None,
    )  # fmt: skip
