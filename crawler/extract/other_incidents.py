"""Figures of another incident than the report's own, told beside it for context.

A civilian-harm monitor logs strikes one by one, and a report on one strike often mentions
another of the same day or place, with its own toll, and says that it is another: "The same day,
a separate strike on a ferry crossing killed 14 people, which is recorded as a different
incident", "Separately, a strike on the al-Nahda neighbourhood killed six", "a further 12 were
killed in the neighbouring home, which the monitor has recorded separately", "the monitor also
recorded 6 civilians killed in another strike on Bustan al-Qasr that day".  A source's toll may
also hold another strike's dead: "as many as 55 were killed, including those killed in a
second strike on the hospital gate".  None of these is more dead of the report's own incident,
nor another source's account of them: such a figure is marked ``apart``: left out of the report's sum
(not a running total: it stays a toll of its own incident) and widens nothing.

Only in a report of a strike from the air or by artillery, told up to its first figure (a list of
terrorist incidents tells several attacks in one entry: "In another incident, gunmen killed six
policemen" adds to its toll); only a figure in a sentence after the one of the report's first
figure, and only where the sentence says so in words of an incident ("a separate strike", "a
different incident", "another raid on Hajin", "another strike on a car", "elsewhere in Rafah", "a strike in the nearby
district of Bazwaya", "separately"); "a second strike on the house" may
be the same attack, and "different sources gave different figures" tells of sources, not
incidents.

A report whose own strike harmed no one says so ("no civilian casualties were reported", "There
were no reports of civilian casualties", "without causing casualties") and may still tell what an
earlier strike on the place did: "Two days earlier a strike on the town's market had killed 11
civilians", "The village had been struck in April, when a woman and her four children were
killed", "The school had been closed since a strike in February killed nine pupils".  Such a
figure, told in the past before the past ("had killed", "had been struck") or as earlier, is of
that earlier incident and is marked ``apart`` too, wherever it stands in the report.
"""

from __future__ import annotations

import re

from crawler.extract.datelines import filed_under_a_dateline
from crawler.extract.records import Sentence, Tally
from crawler.extract.scan import may_hold_words, opening_on_letters

_INCIDENT = (
    r"(?:air\s*strikes?|drone\s+strikes?|strikes?|raids?|attacks?|bombings?|bombardments?|shelling"
    r"|incidents?|assessments?|explosions?|blasts?)\b"
)
_ANOTHER_ATTACK = r"(?:[\w-]+\s+)?(?:air\s*strike|strike|raid|attack|bombing)\b"
_ANOTHER_DAY = (
    r"(?:the\s+(?:following|next|previous)\s+(?:day|morning|night|week)|the\s+day\s+(?:before|after)"
    r"|(?:a|one|two|three|\d+)\s+days?\s+(?:later|earlier))"
)
_OTHER_INCIDENT = re.compile(
    r"\b(?:a|one)\s+(?:separate|different|unrelated)\s+(?:[\w-]+\s+){0,2}?" + _INCIDENT
    + r"|\banother\s+(?:incident|assessment)\b"
    # a monitor's word for logging an incident: "which the monitor has recorded separately", "logged them
    # separately" (not "listed separately", said of anything)
    + r"|\b(?:recorded|logged|documented|assessed|coded)\s+(?:(?:it|them)\s+)?separately\b"
    # "another strike on Bustan al-Qasr", "another raid in Hajin": another attack at a named place
    + r"|\banother\s+(?:[\w-]+\s+)?(?:air\s*strike|strike|raid|attack|bombing)\s+(?:on|in|near|at)\s+(?:the\s+)?(?-i:[A-Z])"
    # "Another strike on a car on the coastal road killed a driver": another attack on another target
    + r"|\banother\s+(?:[\w-]+\s+)?(?:air\s*strike|strike|raid|attack|bombing)\s+(?:on|hit|struck|targeted)\s+an?\s"
    # "Elsewhere in Rafah that day, a strike on a motorcycle killed two", "a strike in the nearby district of
    # Bazwaya killed five": an attack at another place
    + r"|^\W*elsewhere\b[^.;]{0,60}?\b" + _INCIDENT
    + r"|\b" + _INCIDENT + r"\s+(?:on|in|at)\s+the\s+(?:nearby|neighbouring|neighboring)\s+"
    r"(?:district|village|town|city|neighbou?rhood|camp)\b"
    # "killed in another strike on the same street the following day", "Two days later, another strike on the
    # house killed three": another attack on another day
    + r"|\banother\s+" + _ANOTHER_ATTACK + r"[^.;]{0,50}?\b" + _ANOTHER_DAY
    + r"|\b" + _ANOTHER_DAY + r",?\s+another\s+" + _ANOTHER_ATTACK
    + r"|\bincluding\s+(?:those|the\s+(?:dead|victims))\s+(?:killed\s+)?(?:in|of)\s+(?:a|the)\s+"
    r"(?:second|separate|other|later|earlier)\s+(?:[\w-]+\s+){0,2}?" + _INCIDENT,
    re.IGNORECASE,
)
_SEPARATELY = re.compile(r"\W*(?:separately|in\s+an\s+unrelated\s+(?:incident|attack|strike))\b", re.IGNORECASE)
# A strike from the air or by artillery: "an alleged airstrike", "a Coalition strike", "warplanes".
_STRIKE = re.compile(
    r"\b(?:air\s*strikes?|strikes?|struck|shelling|bombardment|warplanes?|aircraft)\b",
    re.IGNORECASE,
)
_STRIKE = opening_on_letters(_STRIKE)  # (speed) skips in C where none of its words start
# (speed) the words one of those needs, looked for as plain text first
_WORDS = ("separate", "different", "unrelated", "another", "including", "elsewhere", "nearby", "neighbo")
# A report's own strike told as harming no one: "no civilian casualties were reported", "No casualties
# were reported in the March 10th strike", "There were no reports of civilian casualties", "without
# causing casualties" (not "no casualties among the soldiers", which leaves others counted); and
# sources that name no civilian dead: "residents did not report any civilian deaths", "local sources
# named no civilian dead", "did not name any civilian victims".
_NO_CIVILIAN_DEAD_NAMED = (
    r"\b(?:(?:did\s+not|didn['’]t)\s+(?:report|name)\s+any|named\s+no|reported\s+no)\s+civilian\s+"
    r"(?:casualties|deaths|dead|victims)\b"
)
_HARMED_NO_ONE = re.compile(
    r"\bno\s+(?:civilian\s+)?(?:casualties|deaths|injuries)\s+(?:were|was|have\s+been|had\s+been)\s+reported\b"
    r"|\bno\s+reports?\s+of\s+(?:any\s+)?(?:civilian\s+)?(?:casualties|deaths|injuries|harm)\b"
    r"|\bwithout\s+(?:causing|leaving)\s+(?:any\s+)?(?:civilian\s+)?casualties\b|" + _NO_CIVILIAN_DEAD_NAMED,
    re.IGNORECASE,
)
_HARMED_NO_ONE = opening_on_letters(_HARMED_NO_ONE)  # (speed) skips in C where none of its words start
_NAMES_NO_CIVILIAN_DEAD = re.compile(_NO_CIVILIAN_DEAD_NAMED, re.IGNORECASE)
_HARM_WORDS = ("casualties", "deaths", "injuries", "harm", "civilian")  # (speed) one of which that needs
# A sentence told in the past before the past, or as earlier: "had killed", "had been struck", "had
# been closed since a strike in February", "Two days earlier".
_EARLIER = re.compile(
    r"\bhad\s+(?:been\s+)?(?:killed|struck|hit|targeted|bombed|shelled|closed|died)\b"
    r"|\b(?:(?:a|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?|months?)|a\s+week|a\s+month)\s+earlier\b",
    re.IGNORECASE,
)


def mark_other_incidents(tallies: list[Tally], sentences: list[Sentence]) -> None:
    """Mark ``apart`` (left out of the sum) every figure of another incident (in place)."""
    counted = [t for t in tallies if t.subset_of is None and t.restates is None and not t.outside_the_sum]
    if not counted:
        return
    lead = counted[0].sentence  # the sentence of the report's first figure
    others = [t for t in counted if t.sentence > lead and _of_another_incident(sentences[t.sentence].text)]
    if others and tells_a_strike(sentences[: lead + 1]) and not filed_under_a_dateline(sentences[: lead + 1]):
        for tally in others:
            tally.apart = True
    _mark_earlier_beside_no_harm(counted, sentences)


def _mark_earlier_beside_no_harm(counted: list[Tally], sentences: list[Sentence]) -> None:
    """Mark ``apart`` the figures of an earlier incident in a report of a strike that harmed no one
    ("No casualties were reported ... The village had been struck in April, when five were killed")."""
    harmless = [
        i for i, s in enumerate(sentences) if may_hold_words(s.text, _HARM_WORDS) and _HARMED_NO_ONE.search(s.text)
    ]  # fmt: skip
    if not harmless or not tells_a_strike(sentences):
        return
    for tally in counted:
        if tally.sentence not in harmless and _EARLIER.search(sentences[tally.sentence].text):
            tally.apart = True


def names_no_civilian_dead(sentences: list[Sentence]) -> bool:
    """Whether the report's sources say they know of no civilian dead ("residents named no civilian
    dead", "officials did not report any civilian deaths"); a bare "no civilian casualties were
    reported" beside a toll of fighters is not read so (the toll stays the fighters')."""
    return any("civilian" in s.text and _NAMES_NO_CIVILIAN_DEAD.search(s.text) for s in sentences)


def _of_another_incident(sentence: str) -> bool:
    """Whether the sentence tells of an incident it says is another than the report's own."""
    if not may_hold_words(sentence, _WORDS):
        return False
    return _SEPARATELY.match(sentence) is not None or _OTHER_INCIDENT.search(sentence) is not None


def tells_a_strike(sentences: list[Sentence]) -> bool:
    """Whether the sentences tell of a strike from the air or by artillery."""
    return any(_STRIKE.search(sentence.text) for sentence in sentences)
