"""Figures that "respectively" closes, read for ``tallies``: each goes with its own outcome ("5
and 12 were killed and wounded respectively").  One toll given so by several sources ("X and Y
updated the toll to seven and to nine respectively") is one figure with its range, several tolls
("the tolls in A and B rose to 20 and 30 respectively") their sum.
"""

from __future__ import annotations

from crawler.extract.outcomes import ACTIVE, PARTICIPLES
from crawler.extract.tally_frames import Frame, FrameReader
from crawler.extract.victims import Victim
from crawler.extract.word_classes import PREPOSITIONS

# What people are "taken" as when they are captured: "taken prisoner", "taken captive".
_TAKEN_AS = frozenset("prisoner prisoners captive captives".split())


class Respectively(FrameReader):
    """Reads the lists of figures and of outcomes that "respectively" pairs."""

    def _outcome_pair(self, i: int) -> tuple[int, int] | None:
        """The two outcome words of "killed and wounded" (one of them at ``i``) in a sentence that
        says "respectively" after them: each figure of the list goes with its own outcome."""
        items = self.items
        first = i - 2 if i >= 2 and items[i - 1].low == "and" else i
        second = first + 2
        if second >= len(items) or items[first + 1].low != "and":
            return None
        outcomes = [PARTICIPLES.get(items[k].low) or ACTIVE.get(items[k].low) for k in (first, second)]
        if None in outcomes or outcomes[0] == outcomes[1]:
            return None
        if not any(item.low == "respectively" for item in items[second + 1 :]):
            return None
        return first, second

    def _pair_respectively(self) -> None:
        """ "Five and 12 people were killed and wounded respectively", "the blasts killed and
        wounded 5 and 12 people respectively": the first figure has the first outcome, the second
        the second.  A frame of those two figures is split in two; the other word's frame goes."""
        for frame in list(self.frames):
            pair = self._outcome_pair(frame.trigger[0])
            victims = frame.victims
            if pair is None or len(victims) != 2 or any(v.subset for v in victims) or frame not in self.frames:
                continue
            self.frames = [f for f in self.frames if f.trigger[0] not in pair]
            for k, victim in zip(pair, victims, strict=True):
                word = self.items[k].low
                outcome = PARTICIPLES.get(word) or ACTIVE[word]
                self.frames.append(Frame(outcome, word, (k, k), [victim]))

    def _either_outcome(self, first: int, last: int) -> bool:
        """ "15 soldiers were killed or wounded", "four civilians were killed and injured", "30
        people were dead or missing", "40 soldiers were killed or captured": one figure of
        casualties, of neither outcome alone."""
        items = self.items
        pair = {"killed", "wounded"}

        # three outcomes or more listed with commas ("800,000 dead, wounded and captured", "lost 12,000
        # men killed, wounded and missing"): casualties, whatever closes the list
        listed = first + 1 < len(items) and items[first + 1].low == ","

        def other(k: int) -> bool:
            outcome = "captured" if self._taken_prisoner(k) else PARTICIPLES.get(items[k].low)
            outcomes = {outcome, PARTICIPLES.get(items[first].low)}
            if items[k - 1].low == "or" or (k < first and items[k + 1].low == "or") or listed:
                return None not in outcomes and len(outcomes) == 2
            return outcomes == pair

        def counted_exactly() -> bool:  # "a number of people were killed and injured": some of each
            quantity = next((item.quantity for item in reversed(items[:first]) if item.quantity is not None), None)
            return quantity is not None and quantity.qualifier != "vague"

        if self._outcome_pair(first) is not None:
            return False  # "killed and injured respectively": a figure of each
        after = self._past_listed_outcomes(last)
        if after < len(items) and items[after - 1].low in ("or", "and") and other(after):
            # the list ends there, not a verb with its own figure: "left 2 dead and injured 5 others"
            close = after + 2 if self._taken_prisoner(after) else after + 1
            ends = close >= len(items) or (
                (not items[close].is_word or items[close].low in PREPOSITIONS) and not items[close].is_count
            )
            return ends and counted_exactly()
        before = first - 2
        return before >= 0 and items[first - 1].low in ("or", "and") and other(before) and counted_exactly()

    def _taken_prisoner(self, k: int) -> bool:
        """Whether "taken prisoner" (or "captive") is at ``k``, an outcome of the captured listed with
        others: "3,000 killed, wounded and taken prisoner"."""
        items = self.items
        return items[k].low == "taken" and k + 1 < len(items) and items[k + 1].low in _TAKEN_AS

    def _past_listed_outcomes(self, last: int) -> int:
        """Where the last outcome of a list after the one at ``last`` is ("584 men killed, wounded
        or missing": "missing"), or ``last + 2`` where none is listed with commas."""
        items = self.items
        k = last + 1
        while k + 2 < len(items) and items[k].low == "," and PARTICIPLES.get(items[k + 1].low):
            k += 2
        if k > last + 1 and items[k].low == ",":  # the serial comma: "killed, wounded, or missing"
            k += 1
        return k + 1

    def _with_respective_figures(self, i: int, victim: Victim) -> list[Victim]:
        """The toll at ``i`` as one figure, taking in the figures after its first one that
        "respectively" closes.  Several tolls ("the death tolls in Aleppo and Idlib rose to 20 and
        30 respectively") are of the places or events listed: their sum.  One toll told by several
        sources ("X and Y updated the death toll to seven and to nine respectively") is one figure
        whose range runs from the lowest to the highest."""
        figures = self._respective_figures(victim.last + 1)
        if not figures:
            return [victim]
        if self.items[i].low == "tolls":
            victim.count += sum(f.count for f in figures)
        else:
            counts = [victim.count, *(f.count_max or f.count for f in figures)]
            victim.count, victim.count_max = min(counts), max(counts)
        victim.last = figures[-1].last
        return [victim]

    def _respective_figures(self, k: int) -> list[Victim]:
        """The figures after the first of a list that "respectively" closes, from ``k`` on: "the
        toll rose to seven and to nine respectively", "tolls of 20, 30 and 12, respectively"; none
        when no "respectively" ends the list."""
        items = self.items
        figures: list[Victim] = []
        while k + 1 < len(items) and items[k].low in ("and", ","):
            k += 1
            if items[k].low == "respectively":
                break
            if items[k].low == "and":
                k += 1
            if k < len(items) and items[k].low == "to":
                k += 1
            if k >= len(items) or not items[k].is_count:
                return []
            last = self.np_right_end(k)
            if items[last].low == "respectively":
                last -= 1
            victim = self.victim(k, last, count_at=k)
            if victim is None:
                return []
            figures.append(victim)
            k = victim.last + 1
        return figures if k < len(items) and items[k].low == "respectively" else []
