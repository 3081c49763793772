"""A news story's dateline: the place (and day, and agency) it opens on before a dash.

"KYIV, April 19, 2024 (Reuters) - ", "BEIRUT (AP) — ", "MAIDUGURI, Nigeria - ": a story filed by a
newsroom, not a monitor's log of one strike.  Such a story rounds up the day's other attacks
("In a separate strike on Synelnykove, a missile killed two people"): their dead are the day's
news too, a toll of the story (``other_incidents``).
"""

from __future__ import annotations

import re

from crawler.extract.records import Sentence

# An upper-case place, then what a dateline may add before its dash (country, day, agency).
_DATELINE = re.compile(r"\s*[A-Z][A-Z'’.]{2,}(?:[ -][A-Z][A-Z'’.]+)*(?:\s*[,(][^-–—\n]{0,60}?)?\s+[-–—]\s")


def filed_under_a_dateline(lead: list[Sentence]) -> bool:
    """Whether one of the story's sentences up to its first figure opens on a dateline ("GAZA, Dec
    4, 2023 (AP) - "), after a byline or a headline as often as first."""
    return any(_DATELINE.match(sentence.text) for sentence in lead)
