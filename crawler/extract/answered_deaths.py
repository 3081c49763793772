"""Deaths that protests answer, in the pages a site crawl stores: "the outrage provoked by the
senseless killing of George Floyd", "the death of Tyre Nichols led to protests".  Around such a
death the words of the protests say what followed it, not how it came, so they weigh nothing for
it; nor, in an article whose protests answer a death, for a killing by the police told elsewhere in
it ("police have killed 31 people since 2011").  Read by ``events``.
"""

from __future__ import annotations

import re

from crawler.extract.scan import opening_on_letters

_Cue = tuple[str, float, str, int]  # as ``events`` reads cues: event, strength, word, offset

# A death the protests answer, told as their cause: "outrage provoked by the senseless killing of
# George Floyd", "protests over the death of Breonna Taylor", "the killing of X by an officer sparked
# protests".  The protest words around it say what followed the death, not how it came.
_DEATH_OF = re.compile(r"(?:deaths?|killings?|shooting|murders?|slaying) of\b", re.IGNORECASE)
_ANSWERED_BEFORE = re.compile(
    r"\b(?:protest(?:s|ers|ed)?|demonstrat(?:ions?|ors|ed)|rall(?:ies|ied)|march(?:es|ed)|took to the streets|unrest|"
    r"riots?|outrage|anger|uproar|outcry|reckoning|movement)\b[^.;]{0,60}?\b(?:over|after|since|following|followed|against|about|"
    r"for|provoked by|sparked by|triggered by|prompted by|caused by|fuell?ed by)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_ANSWERED_AFTER = re.compile(
    r"[^.;]{0,80}?\b(?:sparked|triggered|prompted|ignited|set off|fuell?ed|led to|provoked|unleashed|galvani[sz]ed|sparking|"
    r"triggering|prompting|igniting|setting off|provoking)\b"
    r"[^.;]{0,40}?\b(?:protests?|demonstrations?|rallies|marches|unrest|riots?|outrage|uproar|outcry|movement)\b",
    re.IGNORECASE,
)
# A death of someone named, as protests answer it: "the death of Jayland Walker", "the killing of
# George Floyd".
_DEATH_OF_NAME = re.compile(r"\b(?:[Dd]eaths?|[Kk]illings?|[Ss]hooting|[Mm]urders?|[Ss]laying) of (?:[A-Z][\w'’-]+ ?){2,4}")
# A killing by the police, the kind of death a movement against police violence protests: "shot dead
# by an officer", "killed by a sheriff's deputy", "Minneapolis police have killed at least 30 people", "killed by police".
_BY_POLICE = re.compile(
    r"\bby (?:an? |the |\w+ )?(?:[A-Z][\w.-]+ ){0,2}(?:sheriff(?:'s|’s) )?(?:police(?: officers?)?|officers?|deput(?:y|ies)|troopers?|cops?)\b|"
    r"\b(?:[Pp]olice|[Oo]fficers)(?: in [A-Z]\w+)? (?:have |had )?(?:shot|killed|fatally)\b|"
    r"\bpolice (?:shootings?|killings?|custody|vans?|cars?|cells?)\b"
)
# (speed) What every match of it holds, as written ("police", "Officers", "deputies", "troopers",
# "cops"): most sentences of figures hold none, and it is not run there.
_POLICE_PARTS = ("olice", "fficer", "deput", "trooper", "cop")
# A death the protests answer, told by a pronoun: "the protests after his death lasted 18 days",
# "her killing sparked a week of marches".
_ANSWERED_PRONOUN = re.compile(
    r"\b(?:protests?|demonstrations?|rallies|marches|unrest|riots?|uprising|outrage|outcry)\b[^.;]{0,40}?\b(?:over|after|"
    r"since|following|against|about|sparked by|triggered by|prompted by)\s+(?:his|her|their)\s+(?:deaths?|killings?|"
    r"shooting|murders?)\b|\b(?:his|her|their) (?:deaths?|killings?|shooting|murders?) (?:\w+ )?(?:sparked|triggered|"
    r"prompted|set off|led to|provoked)[^.;]{0,40}?\b(?:protests?|demonstrations?|rallies|marches|unrest|riots?|outrage)\b",
    re.IGNORECASE,
)
_ANSWERED_PRONOUN = opening_on_letters(_ANSWERED_PRONOUN)  # (speed) read over a whole article
# The words of protests, and of the state's answer to them: "the National Guard", "a curfew", and
# the police's means of crowd control ("officers fired tear gas and flash-bang grenades at the
# marchers"), not live fire.
_PROTEST_WORD = re.compile(
    r"protest|demonstrat|rall(?:y|ies)|march|unrest|riot|uprising|national guard|curfew|"
    r"tear gas|rubber bullet|plastic bullet|water cannon|stun grenade|flash-?bang|state of emergency"
)


def tells_protests_over_a_death(text: str) -> bool:
    """Whether the article tells protests that answer a death ("the death of X sparked a week of
    protests", "the protests after his death"): then its protest words are of a movement against
    such deaths."""
    return any(protests_answer(text, match.start(), match.end()) for match in _DEATH_OF_NAME.finditer(text)) or bool(
        _ANSWERED_PRONOUN.search(text)
    )


# A title that tells protests answering a killing by the police, where the body may tell only the
# killing: "Protesters march for a third night after deputy shoots man", "Second night of unrest
# after police shooting", "Police killing of teen sparks protests".
_TITLE_PROTESTS_AFTER_POLICE = re.compile(
    r"\b(?:protest(?:s|ers)?|demonstrat(?:ions?|ors)|march(?:es|ers)?|rall(?:y|ies)|unrest|riots?|vigils?|outrage|anger)\b"
    r"[^.;]{0,60}?\b(?:after|over|following|against)\b[^.;]{0,30}?\b(?:police|officers?|deput(?:y|ies)|troopers?|cops?)"
    r"(?: officers?)? (?:fatally )?(?:shooting|shoots|shot|kills?|killed|killing)\b|"
    r"\b(?:police|officers?|deput(?:y|ies)|troopers?) (?:shooting|killing)\b[^.;]{0,40}?\b(?:sparks?|triggers?|prompts?|ignites?|"
    r"fuels?)\b[^.;]{0,20}?\b(?:protests?|demonstrations?|marches|rallies|unrest|riots?|outrage)\b",
    re.IGNORECASE,
)


def title_tells_protests_over_a_police_killing(title: str) -> bool:
    """Whether an article's title tells protests that answer a killing by the police ("Protesters
    march after deputy shoots man"): its body's protest words, and the title's, are the movement's."""
    return bool(_TITLE_PROTESTS_AFTER_POLICE.search(title))


def by_police_or_named(sentence: str, f_start: int) -> bool:
    """Whether the sentence tells a killing by the police, or the figure is the death of someone
    named ("the killing of X"): the deaths a movement against police violence protests."""
    police = any(map(sentence.__contains__, _POLICE_PARTS)) and _BY_POLICE.search(sentence) is not None
    return police or _DEATH_OF_NAME.match(sentence, f_start) is not None


def protests_answer(sentence: str, f_start: int, f_end: int) -> bool:
    """Whether the figure is one death that protests or outrage answer, told as their cause: "the
    outrage provoked by the killing of George Floyd", "the death of Tyre Nichols, beaten by five
    officers, led to protests"), or the police's dead that protests answer after them ("police in
    Anaheim shot dead two men in two days, sparking protests").  Not the protesters a crackdown kills
    ("security forces shot dead two protesters, sparking more protests"), nor the dead of the
    protests ("the protests over her death have left 200 dead")."""
    if not _DEATH_OF.match(sentence, f_start):
        return _police_killing_answered(sentence, f_start, f_end)
    return bool(_ANSWERED_BEFORE.search(sentence, max(0, f_start - 120), f_start)) or bool(
        _ANSWERED_AFTER.match(sentence, f_end)
    )


# (speed) The words of ``_ANSWERED_AFTER``'s protests, as written in lower case.
_ANSWER_HINTS = ("protest", "demonstrat", "rallies", "marches", "unrest", "riot", "outrage", "uproar", "outcry", "movement")


def _police_killing_answered(sentence: str, f_start: int, f_end: int) -> bool:
    """Whether the figure is the dead of a killing by the police told before it, and protests answer
    them after it ("Police in Anaheim shot dead two men in two days, sparking protests"), and the dead
    are not protesters."""
    tail = sentence[f_end : f_end + 130]
    if not any(map(tail.__contains__, _ANSWER_HINTS)):
        return False  # (speed) most figures: no protest told after them
    return (
        _ANSWERED_AFTER.match(sentence, f_end) is not None
        and _BY_POLICE.search(sentence, 0, f_end) is not None
        and not _PROTEST_WORD.search(sentence[f_start:f_end].lower())
    )


def without_protest_words(cues: list[_Cue], answered: bool) -> list[_Cue]:
    """``cues``, without the conflict words of protests around a death the protests answer
    (``answered``): there they say what followed the death, not how it came."""
    if not answered:
        return cues
    return [cue for cue in cues if cue[0] != "conflict" or not _PROTEST_WORD.search(cue[2])]
