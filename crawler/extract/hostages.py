"""People taken or held "hostage", read for ``tallies``: "took 12 soldiers hostage", "are holding
30 passengers captive" count them captured.
"""

from __future__ import annotations

from crawler.extract.tally_frames import Frame, FrameReader
from crawler.extract.word_classes import SINGULAR_DETERMINERS

# "took 12 soldiers hostage", "are holding 30 passengers captive": the verb, its people, then how they are held.
HELD_AS = frozenset({"hostage", "captive", "prisoner", "prisoners"})
TAKING_OR_HOLDING = frozenset("took take takes taking held hold holds holding keeping kept".split())


class Hostages(FrameReader):
    """Reads the people taken or held as hostages, captives or prisoners."""

    def _held_as(self, i: int) -> None:
        """ "Militants took 12 soldiers hostage", "gunmen are holding 30 passengers captive": the
        people between a verb of taking or holding and the word at ``i`` are captured."""
        items = self.items
        verb = next((j for j in range(i - 2, max(-1, i - 9), -1) if items[j].low in TAKING_OR_HOLDING), None)
        if verb is None or any(not item.is_word and item.quantity is None for item in items[verb + 1 : i]):
            return
        victims = self.list_right(verb + 1, object_position=True)
        if not victims or victims[-1].last not in (i - 1, i) or self.negated_before(verb):
            return
        victims[-1].last = min(victims[-1].last, i - 1)  # the noun phrase read on through "hostage"
        counted = all(
            items[v.first].low in SINGULAR_DETERMINERS or any(item.quantity is not None for item in items[v.first : v.last + 1])
            for v in victims
        )  # not "taking civilians hostage": how many is not told
        if victims[-1].first <= victims[-1].last and counted:
            self.frames.append(Frame("captured", f"{items[verb].low} {items[i].low}", (i, i), victims))
