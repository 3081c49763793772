"""Killings told by their manner, read for ``tallies``: "shot two teachers to death", "hacked to
death", "burned 30 villagers alive".  What someone only tried to do ("tried to stab a guard") is
no casualty.
"""

from __future__ import annotations

from crawler.extract.tally_frames import Frame, FrameReader

# "shot two teachers to death", "before stabbing a police officer to death": the verb, its object,
# then "to death".
TO_DEATH_VERBS = frozenset(
    """shot stabbed beat beaten hacked burned burnt tortured clubbed stoned bludgeoned kicked strangled trampled
    shooting stabbing beating hacking torturing clubbing stoning bludgeoning kicking strangling trampling""".split()
)
# "burning at least 30 people alive", "burned a family of five to death": verbs of fire whose
# object, closed by "alive" or "to death", was killed.
BURNING = frozenset("burn burns burned burnt burning".split())
_ATTEMPTS = frozenset("tried try tries trying attempted attempt attempts attempting sought seeking".split())


class ToDeath(FrameReader):
    """Reads the people a verb of violence killed "to death" or "alive"."""

    def _to_death(self, i: int) -> bool:
        """ "Gunmen shot the village chief to death": the people between the verb and "to death";
        after a verb of fire also those before "alive" ("burning at least 30 villagers alive")."""
        items = self.items
        burning = items[i].low in BURNING
        end = next((j for j in range(i + 2, min(i + 9, len(items) - 1))
                    if (items[j].low == "to" and items[j + 1].low == "death") or (burning and items[j].low == "alive")), None)
        if end is None or any(item.text in ",;:()" for item in items[i + 1 : end]) or self._attempted(i):
            return False
        victims = self.list_right(i + 1, object_position=True)
        if items[end].low == "alive":
            if not victims or victims[-1].last not in (end - 1, end) or victims[-1].first == end:
                return False  # "burned three shops and left two guards alive": not the verb's people
            victims[-1].last = end - 1  # the noun phrase read on through "alive"
        victims = [v for v in victims if v.last < end]
        if victims:
            closing = "alive" if items[end].low == "alive" else "to death"
            self.frames.append(Frame("killed", f"{items[i].low} {closing}", (i, i), victims))
        return bool(victims)

    def _attempted(self, i: int) -> bool:
        """Whether the verb at ``i`` is what someone tried to do ("tried to stab a guard",
        "attempted to abduct two girls"): an attempt is no casualty."""
        items = self.items
        return i >= 2 and items[i - 1].low == "to" and items[i - 2].low in _ATTEMPTS
