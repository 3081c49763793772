"""The wounded of one event told hospital by hospital, the outcome said once.

Medics and wire reports count the wounded where they were taken: "Nasser hospital received 19
wounded and the European Hospital received 7", "Medina hospital said it received 26 wounded,
while Erdogan hospital treated 11", "Emergency hospital treated 31 wounded and Wazir Akbar Khan
hospital admitted 12".  The second hospital's number has no word of its own: it is more of the
wounded, told by the first hospital's word.  ``hospital_shares`` gives it a tally of the wounded,
which the event's sum adds to the first (26, 37, 43).

Wire stories often leave out the second hospital's verb ("Al-Shifa hospital received 17 wounded and
the Baptist hospital 9"), say it is more ("and Al-Aqsa hospital five more", "and Nasser Medical
Complex received another seven"), or tell the wounded taken to each hospital ("Six of the wounded
were taken to Hospital No. 14 and five to the regional hospital", "Civil Hospital admitted 21
wounded, while 13 others were taken to the Combined Military Hospital").

Only right after a figure of the wounded that a hospital received or that was taken to one, and
only a bare number ("and the other hospital received 7."): not "and a hospital in Rafah received
7 bodies" (a noun of its own, read by the tally reader), nor a figure that follows no hospital's
("9 were wounded and the hospital received 3").
"""

from __future__ import annotations

import re

from crawler.extract.monitor_ranges import insert_tally, tally_of
from crawler.extract.numbers import find_quantities
from crawler.extract.records import Sentence, Tally

_HOSPITAL = r"(?:hospital|clinic|infirmary|medical\s+(?:center|centre|complex)|trauma\s+(?:center|centre))"
# A hospital's verbs for the wounded it took in: its share, not its account of all of them.
RECEIVING = frozenset({"received", "treated", "admitted"})
_RECEIVED = r"(?:said\s+it\s+)?(?:had\s+)?(?:" + "|".join(sorted(RECEIVING)) + r"|took\s+in)"
_NAMED_HOSPITAL = r"(?:the\s+)?(?:[\w'’.-]+\s+){0,4}?" + _HOSPITAL + r"\b"
# Taken to a hospital: "were taken to Hospital No. 14", "were rushed to the city's main hospital".
_TAKEN_TO = r"(?:taken|rushed|brought|evacuated|transferred)\s+to\s+" + _NAMED_HOSPITAL
# The first hospital and its verb just before the figure: "Nasser hospital received ", "Medina
# hospital said it received ".
_FIRST = re.compile(_HOSPITAL + r"\s+" + _RECEIVED + r"\s+$", re.IGNORECASE)
# Or the hospital the figure's wounded were taken to, right after it, perhaps by its number: "(Six of
# the wounded) were taken to Hospital No. 14".
_FIRST_TAKEN = re.compile(r"\s+(?:were|had\s+been)\s+" + _TAKEN_TO + r"(?:\s+(?:No\.\s*)?\d+)?", re.IGNORECASE)
# The bare number of the next hospital, perhaps told as more: "7", "another seven", "five more".
_MORE = r"(?:another\s+|a\s+further\s+)?"
# The next hospital and its bare number right after the figure: " and the European Hospital received 7",
# " and the Baptist hospital 9", " and Al-Aqsa hospital five more"; or the number and its hospital:
# " and five to the regional hospital", ", while 13 others were taken to the Combined Military Hospital".
_NEXT = re.compile(
    r"\s*,?\s*(?:and|while|whereas)\s+(?:"
    + _NAMED_HOSPITAL + r"(?:\s+" + _RECEIVED + r")?\s+" + _MORE + r"(?P<figure>[\w,-]+)(?:\s+more)?(?=\s*(?:[,.;]|$))"
    + r"|" + _MORE + r"(?P<number>[\w,-]+)(?:\s+(?:more|others))?\s+(?:(?:were|was)\s+" + _TAKEN_TO + r"|to\s+" + _NAMED_HOSPITAL + r"))",
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
    if tally.outcome != "wounded":
        return None
    end = tally.end
    if not _FIRST.search(text, max(sentence.start, tally.start - _BEFORE), tally.start):
        taken = _FIRST_TAKEN.match(text, end, sentence.end)
        if taken is None:
            return None
        end = taken.end()
    match = _NEXT.match(text, end, sentence.end)
    if match is None:
        return None
    group = "figure" if match.group("figure") else "number"
    quantities = find_quantities(text, match.start(group), match.end(group))
    if len(quantities) != 1 or not quantities[0].is_count:
        return None
    return tally_of(quantities[0], "wounded", sentence, quantities[0].start, tally.outcome_word)
