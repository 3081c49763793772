"""The other side's answer to an attack, told between two figures: its dead are not the attack's.

"Rockets fired from Lebanon killed three people in Nahariya. Israeli jets struck targets in
southern Lebanon in response. Lebanese sources said two people were killed in Srifa"; "A Hamas
rocket killed a woman in Ashkelon. Israeli aircraft then struck Khan Younis, killing four people":
the figure after the answer counts its dead, not the attack's again.  An answer is told with a word of
reply ("in response", "in retaliation", "responded with", "retaliated", "then struck") and a
word of striking in the same sentence; "In response to the attack, the army sealed off the area"
strikes nothing, and "rescuers who responded to the blast" answer no one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from crawler.extract.records import Sentence, Tally

_REPLY = re.compile(
    r"\b(?:in\s+(?:response|retaliation|reprisal)|responded(?!\s+to\b)|retaliated|retaliatory|struck\s+back|hit\s+back"
    r"|then\s+(?:struck|bombed|shelled|pounded|fired|launched|attacked))\b",
    re.IGNORECASE,
)
# (not "launched" nor "fired" alone: "launched a search", "fired tear gas")
_STRIKING = re.compile(
    r"\b(?:struck|strikes?|airstrikes?|bombed|bombing|bombardment|shelled|shelling|raids?|attacked|pounded"
    r"|(?:fired|launched)\s+(?:[\w-]+\s+)?(?:rockets|missiles|shells|mortars|drones))\b",
    re.IGNORECASE,
)
_REPLY_WORDS = ("respon", "retaliat", "reprisal", "back", "then")


@lru_cache(maxsize=1024)
def _tells_a_reply(text: str) -> bool:
    """Whether a stretch of one sentence tells the other side's answer by striking (cached: every
    pair of figures asks it of the sentences between them)."""
    lowered = text.lower()
    if not any(map(lowered.__contains__, _REPLY_WORDS)):
        return False  # (speed) no word of reply
    return _REPLY.search(text) is not None and _STRIKING.search(text) is not None


def answered_between(earlier: Tally, later: Tally, sentences: list[Sentence]) -> bool:
    """Whether the other side's answer is told after the ``earlier`` figure and before the
    ``later`` one, in a later sentence than the earlier figure's or up to the later figure in
    its own sentence."""
    if later.sentence <= earlier.sentence:
        return False
    own = sentences[later.sentence]
    between = [sentence.text for sentence in sentences[earlier.sentence + 1 : later.sentence]]
    between.append(own.text[: later.start - own.start])
    return any(_tells_a_reply(text) for text in between)
