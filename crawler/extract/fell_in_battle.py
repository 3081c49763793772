"""Soldiers who "fell", read for ``tallies``: "fell" is a death only in battle or on duty ("fell in
battle", "12 fallen soldiers").
"""

from __future__ import annotations

from crawler.extract.tally_frames import Frame, FrameReader
from crawler.extract.victims import Victim

# "Fell" and "fallen" said of soldiers in battle: deaths ("three soldiers fell in battle", "the 12
# fallen soldiers"); elsewhere a fall ("fell from a roof", "prices fell").
FALLING = frozenset({"fell", "fallen"})
_BATTLES = frozenset(
    """battle battles combat action fighting fight clashes clash war assault attack offensive
    defence defense siege ambush""".split()
)
# "Fell" told with martyrdom, as the forces' and the fighters' own statements tell their dead.
_MARTYRS = frozenset({"martyr", "martyrs"})
_FALLEN_PEOPLE = frozenset("soldiers soldier fighters fighter comrades troops servicemen officers men heroes".split())


class FellInBattle(FrameReader):
    """Reads "fell" and "fallen" said of soldiers in battle."""

    def _fell_in_battle(self, i: int) -> int:
        """ "Three soldiers fell in battle", "100 of their men fell in the assault on the town",
        "two policemen fell in the line of duty": the people before "fell" died when a fight or
        duty follows it; "the 12 fallen soldiers", "14 fallen fighters": the counted people died
        in battle; and those who "fell as martyrs" died.  Nothing else falling counts ("fell from a
        roof", "prices fell", "the city has fallen")."""
        items = self.items
        if items[i].low == "fallen":
            quantity = items[i - 1].quantity if i > 0 and items[i - 1].is_count else None
            if quantity is not None and i + 1 < len(items) and items[i + 1].low in _FALLEN_PEOPLE:
                self.frames.append(Frame("killed", "fallen", (i, i), [Victim(i - 1, i + 1, quantity.value)]))
                return 2
            return 1
        j = i + 1
        if self._martyr_after(j):
            self._left("killed", "fell", i, i)  # "16 border guards fell as martyrs", "two soldiers fell martyrs"
            return 1
        if j < len(items) and items[j].low in ("in", "during"):
            j += 1
            while j < len(items) and items[j].low in ("the", "a", "that", "this", "heavy", "fierce"):
                j += 1
            on_duty = [item.low for item in items[j : j + 3]] == ["line", "of", "duty"]
            if j < len(items) and (items[j].low in _BATTLES or on_duty):
                self._left("killed", "fell", i, i)
        return 1

    def _martyr_after(self, j: int) -> bool:
        """Whether "(as) (a) martyr(s)" starts at ``j``, after "fell"."""
        items = self.items
        for skipped in ("as", "a"):
            j += 1 if j < len(items) and items[j].low == skipped else 0
        return j < len(items) and items[j].low in _MARTYRS
