"""Figures a reader sets beside a conflict without telling one of it: a reader's figure of the
roads, a disease or a drug, weighed against a war or terrorism in the same sentence.

* ``rate_before_a_war``: a rate whose sentence names a conflict only in a clause after the rate's
  own ("1,700 people die on British roads every year and we worry about terrorism?", "flu kills
  30,000 a year, but sure, panic about the jihadists"); a rate told of a conflict names it before
  or beside the figure ("in Gaza, 10 people die every day", "drones kill 3 people a week in
  Waziristan");
* ``measured_against_a_war``: a figure compared with a war told after it ("fentanyl killed 70,000
  Americans last year, more than the whole Vietnam war", "guns killed 40,000 here, more than
  died in Iraq"), where neither the figure's own clause nor the article's title names a conflict;
* ``blames_a_decision``: a toll a reader lays on a policy, a strategy or a decision ("Sweden's
  strategy killed thousands of old people", "the lockdown policy has killed 40,000"), the blame
  of an argument, not a count of one event's dead.

All three read a reader's comment only: a report's rate or comparison names its conflict as it means
it; but a rate that is both, its conflict named only in a comparison after it, is no conflict's in
a report either (``rate_measured_against_a_war``: "guns kill 30,000 Americans a year, more than every
war since Vietnam", "malaria kills a million a year, more than all wars combined").  ``conflict_offsets`` are where the words that name a conflict by themselves start in the
sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from crawler.extract.non_events import is_rate
from crawler.extract.scan import opening_on_letters

# The end of the figure's clause: a stop of punctuation or a word that opens a clause of its own.
_CLAUSE_END = re.compile(r"[,;:?!]|\s(?:and|but|while|yet|so|when|whereas)\s|\s-+\s|\s—\s")
# A comparison after the figure: "more than the whole Vietnam war", "compared to Iraq".
_COMPARED = re.compile(
    r"\b(?:more|fewer|less|worse|deadlier|bloodier|higher|bigger)\b[^,;:?!.]{0,30}?\bthan\b|\bcompared (?:to|with)\b",
    re.IGNORECASE,
)
_COMPARED = opening_on_letters(_COMPARED)  # (speed) skips in C where none of its words start


def rate_before_a_war(sentence: str, figure_start: int, figure_end: int, conflict_offsets: Sequence[int]) -> bool:
    """A rate in the figure's own clause, with no word of a conflict before the clause's end (a
    rate of a clause after it is another's: "30 Iranians were killed last week and the funerals
    are every day")."""
    clause_end = _CLAUSE_END.search(sentence, figure_end)
    end = clause_end.start() if clause_end else len(sentence)
    return is_rate(sentence[:end], figure_start, figure_end) and not any(offset < end for offset in conflict_offsets)


def measured_against_a_war(sentence: str, figure_end: int, conflict_offsets: Sequence[int]) -> bool:
    """A figure whose sentence names a conflict only in a comparison after it."""
    compared = _COMPARED.search(sentence, figure_end)
    return compared is not None and all(offset >= compared.start() for offset in conflict_offsets)


def rate_measured_against_a_war(sentence: str, figure_start: int, figure_end: int, conflict_offsets: Sequence[int]) -> bool:
    """A rate in the figure's own clause whose sentence names a conflict only in a comparison after it
    (the comparison first: it is rarer, and cheaper to look for)."""
    return measured_against_a_war(sentence, figure_end, conflict_offsets) and rate_before_a_war(
        sentence, figure_start, figure_end, conflict_offsets
    )


# A policy, a strategy or a decision as the subject of the killing, a few words before its verb.
_DECISION_KILLED = re.compile(
    r"\b(?:strateg(?:y|ies)|polic(?:y|ies)|decisions?|lockdowns?|mandates?|austerity|inaction|negligence)"
    r"(?:\s+[\w'-]+){0,3}?\s+(?:(?:has|have|had)\s+)?$",
    re.IGNORECASE,
)


def blames_a_decision(sentence: str, figure_start: int) -> bool:
    """A figure whose killing is told of a policy, a strategy or a decision as its subject
    ("the government's decision killed thousands"); the figure opens on its verb."""
    return bool(_DECISION_KILLED.search(sentence, max(0, figure_start - 80), figure_start))
