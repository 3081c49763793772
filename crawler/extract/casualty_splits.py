"""A figure of casualties divided at once into its dead: the rest of it are the wounded.

Wire reports and Wikipedia lists give the dead and the wounded together as "casualties" and then
say how many of them died: "The blast caused 30 casualties, including 8 dead", "officials reported
12 casualties, four of them fatal", "the attack left 25 casualties, 6 of whom died", "22
casualties, one of them fatal", "15 casualties, none of them fatal".  The dead are the part told;
the casualties that are not dead are the wounded (22, 8, 19, 21, 15).  ``casualty_splits`` adds
the wounded figure, and the dead where the tally reader gave none ("four of them fatal").

An undivided figure stays nothing ("suffered 42 casualties"), and so does one whose part is not
the dead ("30 casualties, including 8 children", "including 8 dead or missing"), or whose sentence
already counts its wounded ("40 casualties, including 11 dead and 29 wounded"), or its missing
("including 21 dead and 28 missing").  The figure as officials "put" it is read the same way ("put
the casualties at 60, including 11 dead"), when it is exact.  The losses a
force "suffered" or "sustained" ("the marines sustained 17 casualties, three of them fatal") give
their dead and no wounded: an army's casualties count its missing and captured too.
"""

from __future__ import annotations

import re

from crawler.extract.monitor_ranges import insert_tally
from crawler.extract.numbers import Quantity, find_quantities
from crawler.extract.records import Sentence, Tally

# "30 casualties, including 8 dead", "12 casualties, four of them fatal", "25 casualties, 6 of
# whom died", "17 casualties, including 3 fatalities", "15 casualties, none of them fatal", "18
# casualties, of whom 7 were killed", "30 casualties, 7 of them killed", "26 casualties, of them 8
# dead", "33 casualties, among them 9 killed".
_PARTS = (
    r"(?:including\s+(?P<part>[\w,.-]+)\s+(?:dead|deaths|fatalities|killed|fatal\s+ones)"
    r"|(?P<of>[\w,.-]+)\s+of\s+(?:them|whom)\s+(?:fatal|dead|died|killed|were\s+killed|were\s+fatal|fatally)"
    r"|(?:of|among)\s+(?:them|whom),?\s+(?P<whom>[\w,.-]+)\s+(?:died|dead|killed|were\s+killed|were\s+fatal|were\s+dead)"
    r")\b(?!\s+(?:or|and)\s+(?:[\w,.-]+\s+)?(?:missing|wounded|injured))"
)
_SPLIT = re.compile(r"\bcasualties,?\s+" + _PARTS, re.IGNORECASE)
# The same figure as officials "put" it, after "at": "The ministry put the casualties at 60,
# including 11 dead", "police put the number of casualties from the blast at 87, 23 of them fatal".
_PUT_AT = re.compile(
    r"\bput\s+(?:the\s+)?(?:(?:number|toll|count)\s+of\s+)?(?:[\w-]+\s+){0,2}?casualties\b[^,.;]{0,60}?\s+at\s+"
    r"(?P<at>(?:more\s+than\s+|over\s+|about\s+|at\s+least\s+)?[\w.,-]+?),?\s+" + _PARTS,
    re.IGNORECASE,
)
_NONE = "none"
# A force's losses: "suffered 42 casualties", "sustained heavy casualties", "took 30 casualties".
_LOSSES_BEFORE = re.compile(r"\b(?:suffer(?:ed|s|ing)?|sustain(?:ed|s|ing)?|incurr(?:ed|ing)|incurs?|took|taken|takes)\s+$", re.I)
# Between the figure and "casualties", a word or two may name who: "22 Palestinian casualties".
_WHO = re.compile(r"\s+(?:[A-Za-z-]+\s+){0,2}")


def casualty_splits(text: str, sentences: list[Sentence], tallies: list[Tally]) -> list[Tally]:
    """``tallies`` with the wounded (and, if untold, the dead) of each divided casualty figure."""
    for sentence in sentences:
        if "asualt" not in sentence.text:  # (speed)
            continue
        for match in (*_SPLIT.finditer(sentence.text), *_PUT_AT.finditer(sentence.text)):
            for tally in _split_tallies(text, sentence, match, tallies):
                insert_tally(tallies, tally)
    return tallies


def _split_tallies(text: str, sentence: Sentence, match: re.Match[str], tallies: list[Tally]) -> list[Tally]:
    """The wounded of one divided casualty figure, and its dead if no tally has them yet."""
    if any(t.sentence == sentence.index and t.outcome == "wounded" for t in tallies):
        return []
    if match.re is _PUT_AT:
        wholes = find_quantities(text, sentence.start + match.start("at"), sentence.start + match.end("at"))
        exact = len(wholes) == 1 and wholes[0].is_count and wholes[0].qualifier == "exact" and wholes[0].value_max is None
        whole = wholes[0] if exact else None
    else:
        whole = _figure_before(text, sentence, sentence.start + match.start())
    group = next(name for name in ("part", "of", "whom") if match.group(name))
    part_start, part_end = sentence.start + match.start(group), sentence.start + match.end(group)
    dead = 0 if match.group(group).lower() == _NONE else _count_at(text, part_start, part_end)
    if whole is None or dead is None or dead >= whole.value:
        return []
    found = []
    if not _a_force_s_losses(text, sentence, whole):
        found.append(Tally(count=whole.value - dead, outcome="wounded", outcome_word="casualties",
                           sentence=sentence.index, start=whole.start, end=whole.end))
    told = any(t.outcome == "killed" and t.start < part_end and part_start < t.end for t in tallies)
    if dead and not told:
        found.append(Tally(count=dead, outcome="killed", outcome_word="fatal", sentence=sentence.index,
                           start=part_start, end=part_end))
    return found


def _figure_before(text: str, sentence: Sentence, at: int) -> Quantity | None:
    """The exact count just before "casualties" at ``at`` ("30", "22 Palestinian"), if any."""
    quantities = [q for q in find_quantities(text, sentence.start, at) if _WHO.fullmatch(text, q.end, at)]
    if not quantities or not quantities[-1].is_count or quantities[-1].value_max is not None:
        return None
    return quantities[-1]


def _a_force_s_losses(text: str, sentence: Sentence, whole: Quantity) -> bool:
    """Whether the casualties are losses a force suffered ("the battalion suffered 42 casualties")."""
    return _LOSSES_BEFORE.search(text, max(sentence.start, whole.start - 20), whole.start) is not None


def _count_at(text: str, start: int, end: int) -> int | None:
    """The exact count written over all of ``text[start:end]``, if it is one."""
    quantities = find_quantities(text, start, end)
    if len(quantities) != 1 or not quantities[0].is_count or quantities[0].value_max is not None:
        return None
    return quantities[0].value
