"""Victims a report says may also have died: the top of its casualty range.

Incident monitors (civilian-harm trackers writing one report per strike) name, beside the dead
they are sure of, one they are not: "making it possible that a sixth child was killed", "which
may indicate that her husband was also killed", "it is unclear if this is the same Yusuf as the
one named above", "it is not clear whether she is one of the women already listed among the
dead", "there were unconfirmed reports of a seventh death".  That person is not counted for
sure, but the monitor's range takes them in: each widens the ``count_max`` of the report's lead
figure of the killed by one, never its ``count``.

Not when the clause says the person lived or places them in another incident ("killed in a
separate strike"), nor for a subject in the plural ("it is possible that they were killed": no
count), nor when the sentence holds a figure of several dead that already takes the doubtful one
in ("were killed along with their five children, making it possible that a fifth child was
killed"), nor when a source states it ("reports indicated that a child was killed": a report,
not a doubt).  Left alone: "it is unclear whether Samira was killed" and "may have been killed",
which reports also write of people their figure already counts.
"""

from __future__ import annotations

import re

from crawler.extract.records import Sentence, Tally
from crawler.extract.scan import opening_on_letters


def _subject(name: str) -> str:
    """The possible victim before "was": a noun phrase with no verb of its own ("Risala was
    pregnant when she" is none), perhaps with a comma-set apposition ("Hadeel, his niece,")."""
    return (
        rf"(?P<{name}>(?:(?!\b(?:was|were|is|are|had|has)\b)[^,;:()–—]){{1,60}}?(?:,\s[^,;:()–—]{{1,40}},)?)"
        r"\s+(?:was|is|had\s+been|has\s+been)\s+(?:also\s+)?"
    )


# "making it possible that a fifth child was killed", "which may indicate that his wife was also
# killed", "unclear if this is the same Yusuf", "not clear if she is one of the women listed",
# "unconfirmed reports of a seventh death"
_POSSIBLE = re.compile(
    r"\b(?:(?:making\s+it|it\s+is|it\s+was|it's)\s+(?:also\s+)?possible|(?:may|might|could)\s+(?:also\s+)?(?:indicate|suggest|mean))"
    rf"\s+that\s+{_subject('who')}(?:killed|dead|died|martyred)\b"
    rf"|\b(?:unclear|not\s+clear|uncertain|unknown)\s+(?:whether|if)\s+{_subject('same')}(?:the\s+same|one\s+of)\b"
    r"|\bunconfirmed\s+reports?\s+of\s+(?:a|an|one|another)\s+(?:[\w-]+\s+)?(?:death|fatality|killing)\b",
    re.IGNORECASE,
)
_POSSIBLE = opening_on_letters(_POSSIBLE)  # (speed) skips in C where none of its words start
# (speed) the words of doubt are first looked for as plain text
_DOUBT_PARTS = (
    "possible",
    "indicate",
    "suggest",
    "mean",
    "unclear",
    "not clear",
    "uncertain",
    "unknown",
    "unconfirmed",
)
# the dead told in the sentence of a doubt whether one is the same as someone counted
_DEATH = re.compile(r"\b(?:killed|died|dead|deaths?|martyr(?:ed|s)?)\b", re.IGNORECASE)
_PLURAL = re.compile(r"(?:they|those|them|these|the\s+\w+s|some|others|both|all)\b", re.IGNORECASE)
# The clause says the person lived, or belongs to another incident.
_NOT_THIS_ONE = re.compile(
    r"\b(?:survived|survivors?|alive|rescued|escaped"
    r"|(?:another|a\s+separate|a\s+different|an\s+earlier|a\s+later|a\s+previous)\s+(?:incident|strike|attack|raid|bombing|shelling))\b",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[;.!?]|\s[–—]\s")
_CLAUSE_START = re.compile(r"(?:^|[;.!?]|\s[–—]\s)[^;.!?–—]*$")


def widen_for_possible_victims(tallies: list[Tally], sentences: list[Sentence]) -> None:
    """Widen the report's lead figure of the killed by one for each possible victim (in place)."""
    lead = _lead(tallies)
    if lead is None:
        return
    for sentence in sentences:
        lowered = sentence.text.lower()
        if not any(map(lowered.__contains__, _DOUBT_PARTS)):
            continue
        for possible in _POSSIBLE.finditer(sentence.text):
            if _one_more(possible, sentence, tallies):
                lead.count_max = lead.top + 1


def _one_more(possible: re.Match[str], sentence: Sentence, tallies: list[Tally]) -> bool:
    """Whether the doubtful words tell of one possible victim that no figure of the sentence has."""
    who = possible.group("who") or possible.group("same")
    if who is not None and _PLURAL.match(who):
        return False
    if possible.group("same") and not _DEATH.search(sentence.text):
        return False
    if _NOT_THIS_ONE.search(_clause(sentence.text, possible.start(), possible.end())):
        return False
    low, high = sentence.start + possible.start(), sentence.start + possible.end()
    return not any(_counts_them(t, low, high) for t in tallies if t.sentence == sentence.index)


def _clause(text: str, start: int, end: int) -> str:
    """The clause around the doubtful words, from its opening to its stop."""
    opening = _CLAUSE_START.search(text, 0, start)
    stop = _CLAUSE_END.search(text, end)
    return text[opening.start() if opening else 0 : stop.start() if stop else len(text)]


def _lead(tallies: list[Tally]) -> Tally | None:
    """The report's first figure of new people killed."""
    return next(
        (
            t
            for t in tallies
            if t.outcome == "killed" and t.restates is None and t.subset_of is None and not t.outside_the_sum
        ),
        None,
    )


def _counts_them(tally: Tally, low: int, high: int) -> bool:
    """Whether a figure of the doubtful sentence already takes the possible victim in: a figure of
    several dead, or new people counted in the doubtful words themselves."""
    if tally.outcome == "killed" and tally.count > 1:
        return True
    return tally.start < high and low < tally.end and tally.restates is None and tally.subset_of is None
