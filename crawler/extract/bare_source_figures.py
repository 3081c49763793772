"""A source's figure told in a sentence of its own, with no word of what happened to its people.

Incident reports line their sources up one sentence each: "Quds News Network said 15 people had
been killed. The Palestinian Information Center said 19.", "WAFA reported eight dead. Safa
reported 11.", "Another source put it at 13."  The second sentence names a source, a verb of
saying and a number that closes the sentence, nothing else: its number is of the dead of the
sentence just before, whose last figure is of the killed.  The tally reader skips such a sentence
(no outcome word); ``bare_source_figures`` gives its figure a tally, which the restatement pass
then reads as one more account of the toll (widening it when higher).

Not a number of anything else ("said 2023", "reported 40 percent": no count), not after a sentence
of the wounded, nor in a longer sentence ("The ministry said 19 were missing" has its own words).
"""

from __future__ import annotations

import re

from crawler.extract.monitor_ranges import insert_tally, tally_of
from crawler.extract.numbers import find_quantities
from crawler.extract.records import Sentence, Tally

# "The Palestinian Information Center said 19.", "Al Jazeera later reported 25.", "Another source
# put it at 13.", "@QudsNen, however, said 30." (found first as plain text: speed)
_BARE_SOURCE = re.compile(
    r"\s*(?:(?:and|but|while)\s+)?(?:[\w@.'’-]+,?\s+){1,7}?(?:however,\s+)?(?:later\s+|initially\s+|also\s+)?"
    r"(?:said|reported|counted|recorded|gave|put\s+it\s+at|put\s+the\s+figure\s+at)\s+(?P<figure>[^\s.;:,()]+(?:\s+[^\s.;:,()]+){0,3})\s*\.?\s*",
)
_VERBS = ("said", "reported", "counted", "recorded", "gave", "put")
_LONGEST = 90  # characters of such a sentence at most


def bare_source_figures(text: str, sentences: list[Sentence], tallies: list[Tally]) -> list[Tally]:
    """``tallies`` with a tally for each bare source figure, in reading order."""
    if not tallies:
        return tallies
    for sentence in sentences[1:]:
        figure = _bare_figure(text, sentence, tallies)
        if figure is not None:
            insert_tally(tallies, figure)
    return tallies


def _bare_figure(text: str, sentence: Sentence, tallies: list[Tally]) -> Tally | None:
    """The tally of the sentence's bare source figure, if it is one (see the module)."""
    if sentence.end - sentence.start > _LONGEST or not any(map(sentence.text.__contains__, _VERBS)):
        return None
    match = _BARE_SOURCE.fullmatch(sentence.text)
    if match is None:
        return None
    before = [t for t in tallies if t.end <= sentence.start]
    if not before or before[-1].outcome != "killed" or before[-1].sentence != sentence.index - 1:
        return None
    if any(t.sentence == sentence.index for t in tallies):
        return None
    start, end = sentence.start + match.start("figure"), sentence.start + match.end("figure")
    quantities = find_quantities(text, start, end)
    if len(quantities) != 1 or not quantities[0].is_count or (quantities[0].start, quantities[0].end) != (start, end):
        return None
    return tally_of(quantities[0], "killed", sentence, start, before[-1].outcome_word, before[-1].hedge)
