"""A reader's running count told as "N and counting", its outcome named only before it.

Comment threads keep a toll going without repeating its outcome word next to the number: "Assad is
killing his own people and nobody acts, 9,000 and counting.", "The dead: 9,000 and counting.",
"Syrians killed so far: 9,000 and counting.", or in a sentence of its own after the one that names
the killing ("The regime keeps killing. 7,500 and counting.").  The tally reader finds no people
for such a number (nothing joins it to the outcome word); ``counting_figures`` gives it a running
total of the outcome named last before it, in its sentence or, when its own has none, in the one
just before.

Not a measure ("3 weeks and counting", "$400 million and counting"), nor a noun's number ("Day 40
and counting"): the count opens its sentence or a part of it.  Not a number already counted
("9,000 dead and counting" has its tally), not a figure of speech ("killing it at the box office,
400 million and counting"), nor a number with no outcome word before it ("2 million votes and
counting").
"""

from __future__ import annotations

import re

from crawler.extract.monitor_ranges import insert_tally, tally_of
from crawler.extract.numbers import find_quantities
from crawler.extract.records import Outcome, Sentence, Tally

# The number right before "and counting" (found first as plain text: speed).
_AND_COUNTING = re.compile(r"(?P<figure>[\w,.]+(?:\s+(?:thousand|million))?)\s*,?\s+and\s+counting\b", re.IGNORECASE)
# What closes the words before a count that opens a part of its sentence.
_PART_MARKS = frozenset(":,;.-–—(")
# The words that name the outcome of the count, the last one before it deciding.
_OUTCOME_WORDS = re.compile(
    r"\b(?:(?P<killed>kill(?:ing|ed)|slaughter(?:ing|ed)|massacr(?:ing|ed)|murder(?:ing|ed)|dead|deaths|died|"
    r"death\s+toll|body\s+count)|(?P<wounded>wounded|injured|maimed))\b(?P<figurative>\s+it\b)?",
    re.IGNORECASE,
)


def counting_figures(text: str, sentences: list[Sentence], tallies: list[Tally]) -> list[Tally]:
    """``tallies`` with a running total for each "N and counting" of the dead or the hurt."""
    if "and counting" not in text:
        return tallies
    for sentence in sentences:
        for match in _AND_COUNTING.finditer(sentence.text):
            tally = _counting_figure(text, sentences, sentence, match, tallies)
            if tally is not None:
                insert_tally(tallies, tally)
    return tallies


def _counting_figure(
    text: str, sentences: list[Sentence], sentence: Sentence, match: re.Match[str], tallies: list[Tally]
) -> Tally | None:
    """The running total of the count before "and counting" (see the module), if it is one."""
    start, end = sentence.start + match.start("figure"), sentence.start + match.end("figure")
    quantities = [q for q in find_quantities(text, start, end) if q.end == end]
    if len(quantities) != 1 or not quantities[0].is_count:  # not money: "$400 million and counting"
        return None
    count = quantities[0]
    if not _opens_a_part(text[sentence.start : count.start]):
        return None
    if any(t.start < count.end and count.start < t.end for t in tallies):
        return None
    named = _outcome_before(sentence.text[: match.start()])
    if named is None and sentence.index > 0 and not _OUTCOME_WORDS.search(sentence.text):
        named = _outcome_before(sentences[sentence.index - 1].text)
    if named is None:
        return None
    tally = tally_of(count, named[0], sentence, count.start, outcome_word=named[1])
    tally.cumulative = True
    return tally


def _opens_a_part(before: str) -> bool:
    """Whether the count opens the sentence or a part of it, after a colon, a comma or a dash
    ("The dead: 9,000", "nobody acts, 9,000"), not a noun's number ("day 40", "week 12")."""
    before = before.rstrip()
    return not before or before[-1] in _PART_MARKS


def _outcome_before(told: str) -> tuple[Outcome, str] | None:
    """The outcome named last in ``told`` and its word: none when there is none, or when it is a
    figure of speech ("killing it")."""
    last = None
    for match in _OUTCOME_WORDS.finditer(told):
        last = match
    if last is None or last.group("figurative"):
        return None
    return (
        ("killed", last.group("killed").lower()) if last.group("killed") else ("wounded", last.group("wounded").lower())
    )
