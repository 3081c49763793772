"""The wounded of one event told hospital by hospital, the outcome said once.

Medics and wire reports count the wounded where they were taken: "Nasser hospital received 19
wounded and the European Hospital received 7", "Medina hospital said it received 26 wounded,
while Erdogan hospital treated 11", "Emergency hospital treated 31 wounded and Wazir Akbar Khan
hospital admitted 12".  The second hospital's number has no word of its own: it is more of the
wounded, told by the first hospital's word.  ``hospital_shares`` gives it a tally of the wounded,
which the event's sum adds to the first (26, 37, 43).

Only right after a figure of the wounded that a hospital received, and only a bare number ("and
the other hospital received 7."): not "and a hospital in Rafah received 7 bodies" (a noun of its
own, read by the tally reader), nor a figure that follows no hospital's ("9 were wounded and
the hospital received 3").
"""

from __future__ import annotations

import re

from crawler.extract.monitor_ranges import insert_tally, tally_of
from crawler.extract.numbers import find_quantities
from crawler.extract.records import Sentence, Tally

_HOSPITAL = r"(?:hospital|clinic|infirmary|medical\s+(?:center|centre|complex)|trauma\s+(?:center|centre))"
_RECEIVED = r"(?:said\s+it\s+)?(?:had\s+)?(?:received|treated|admitted|took\s+in)"
# The first hospital and its verb just before the figure: "Nasser hospital received ", "Medina
# hospital said it received ".
_FIRST = re.compile(_HOSPITAL + r"\s+" + _RECEIVED + r"\s+$", re.IGNORECASE)
# The next hospital and its bare number right after the figure: " and the European Hospital received 7".
_NEXT = re.compile(
    r"\s*,?\s*(?:and|while|whereas)\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,4}?" + _HOSPITAL + r"\s+" + _RECEIVED
    + r"\s+(?P<figure>[\w,-]+)(?=\s*(?:[,.;]|$))",
    re.IGNORECASE,
)
_BEFORE = 60  # characters before a figure where its hospital may be named


def hospital_shares(text: str, sentences: list[Sentence], tallies: list[Tally]) -> list[Tally]:
    """``tallies`` with a tally of the wounded for each next hospital's bare number."""
    shares = [share for tally in tallies if (share := _next_share(text, sentences[tally.sentence], tally))]
    for share in shares:
        insert_tally(tallies, share)
    return tallies


def _next_share(text: str, sentence: Sentence, tally: Tally) -> Tally | None:
    """The wounded the next hospital received, after ``tally`` of a hospital's wounded (see the module)."""
    if tally.outcome != "wounded" or not _FIRST.search(text, max(sentence.start, tally.start - _BEFORE), tally.start):
        return None
    match = _NEXT.match(text, tally.end, sentence.end)
    if match is None:
        return None
    quantities = find_quantities(text, match.start("figure"), match.end("figure"))
    if len(quantities) != 1 or not quantities[0].is_count:
        return None
    return tally_of(quantities[0], "wounded", sentence, quantities[0].start, tally.outcome_word)
