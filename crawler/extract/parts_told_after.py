"""Parts of a figure told after it, read for ``tallies`` once a sentence's frames are found.

A figure "in Mosul alone" after a toll, and "Among them were ..." after a toll sentence, are
parts of it; "the rest of the 20 victims were wounded" counts the figure less those counted
before it.
"""

from __future__ import annotations

import re

from crawler.extract.outcomes import INTRANSITIVE, PARTICIPLES
from crawler.extract.scan import opening_on_letters
from crawler.extract.tally_frames import Frame, FrameReader
from crawler.extract.victims import Victim
from crawler.extract.word_classes import ADVERBS, AUX

_REST = frozenset({"rest", "remainder", "others"})  # "the rest were wounded": the rest of a total told before
# (made to skip in C the places where no "t" starts: speed)
_THE_REST = opening_on_letters(re.compile(r"\bthe\s+(?:rest|remainder|others)\b", re.IGNORECASE))


class PartsToldAfter(FrameReader):
    """Reads the parts and the rest of the figures a sentence (or the one before) told."""

    def _among_them(self) -> None:
        """ "Twelve people were killed in the attack. Among them were three policemen", "Three
        policemen were among them": in a sentence with no outcome of its own, the people are a
        part of the latest figure of the sentence before, with its outcome, when that sentence
        tells one outcome and at least as many people."""
        items = self.items
        if len(items) < 4 or (items[0].low != "among" and "them" not in (items[-1].low, items[-2].low)):
            return  # (speed) most sentences
        told = [t for t in self.tallies if t.sentence == self.sentence.index - 1 and t.subset_of is None]
        words = [item.low for item in items]
        if not told:
            return
        if words[:2] == ["among", "them"] and words[2] in ("were", "was"):
            trigger, victims = (0, 1), self.list_right(3, object_position=False)
        else:
            end = len(words) - 1 if words[-1] == "." else len(words)
            if words[end - 3 : end] not in (["were", "among", "them"], ["was", "among", "them"]):
                return
            trigger, victims = (end - 2, end - 1), self.list_right(0, object_position=False)
            if not victims or victims[-1].last != end - 4:
                return
        toll = told[-1]
        if not victims or len({t.outcome for t in told}) > 1 or sum(v.count for v in victims) > (toll.count_max or toll.count):
            return  # "12 were killed and 30 wounded. Among them were ...": of which, not told
        for victim in victims:
            victim.subset = True
        self.frames.append(Frame(toll.outcome, toll.outcome_word or "among them", trigger, victims))

    def _the_rest_of(self, frame: Frame) -> None:
        """ "Nine people died in the blast, and the rest of the 20 victims were wounded": the
        people are the figure after "the rest of" less those an earlier outcome word of the
        sentence counted."""
        items = self.items
        for victim in frame.victims:
            words = [item.low for item in items[victim.first : victim.first + 3]]
            if words not in (["the", "rest", "of"], ["the", "remainder", "of"]) or victim.subset:
                continue
            told = sum(
                v.count for f in self.frames if f.trigger[0] < frame.trigger[0] and f.outcome != frame.outcome
                for v in f.victims if not v.subset and v.last < victim.first
            )  # fmt: skip
            if 0 < told < victim.count:
                victim.count -= told

    def _the_rest_of_a_total(self) -> None:
        """ "Of the 20 victims, nine died and the rest were wounded", "Five of the 14 passengers were
        killed and the others injured": "the rest" (or "the others", "the remainder") of a total
        told as "of the N" earlier in the sentence are N less those an outcome word before them
        counted."""
        if _THE_REST.search(self.sentence.text) is None:
            return  # (speed) most sentences
        items = self.items
        rest = next((k for k in range(3, len(items) - 1) if items[k].low in _REST and items[k - 1].low == "the"), None)
        if rest is None:
            return
        total = next((j + 2 for j in range(rest - 3) if items[j].low == "of" and items[j + 1].low == "the"
                      and items[j + 2].is_count and (j == 0 or items[j - 1].is_count)), None)  # fmt: skip
        quantity = items[total].quantity if total is not None else None
        verb = rest + 1
        while verb < len(items) and (items[verb].low in AUX or items[verb].low in ADVERBS):
            verb += 1
        word = items[verb].low if verb < len(items) else ""
        outcome = PARTICIPLES.get(word) or INTRANSITIVE.get(word)
        if quantity is None or outcome is None or any(f.trigger[0] == verb for f in self.frames):
            return
        told = sum(
            v.count for f in self.frames if f.trigger[0] < rest and f.outcome != outcome
            for v in f.victims if not v.subset
        )  # fmt: skip
        if 0 < told < quantity.value:
            at = next((n for n, f in enumerate(self.frames) if f.trigger[0] > verb), len(self.frames))
            self.frames.insert(at, Frame(outcome, word, (verb, verb), [Victim(rest - 1, rest, quantity.value - told)]))

    def _total_in_all_after_its_parts(self) -> None:
        """ "The dead included three children and a pregnant woman; in all 17 people were
        killed", "Among the dead were two policemen; altogether 21 died": a figure told "in all",
        "in total" or "altogether" after parts of the same outcome that found no figure before them is their
        whole, so it is read first (the event's own figure, not a running total), and the parts
        become parts of it."""
        frames = self.frames
        for at, frame in enumerate(frames):
            if at == 0 or len(frame.victims) != 1 or frame.victims[0].subset or not self._told_in_all(frame.victims[0].first):
                continue
            parts = [f for f in frames[:at] if f.outcome == frame.outcome and all(v.subset and v.parent is None for v in f.victims)]
            others = [f for f in frames[:at] if f.outcome == frame.outcome and f not in parts]
            whole = frame.victims[0].count
            if parts and not others and sum(v.count for f in parts for v in f.victims) <= whole:
                frame.whole_of_parts = True
                frames.insert(frames.index(parts[0]), frames.pop(at))
            return

    def _told_in_all(self, k: int) -> bool:
        """Whether the people at ``k`` follow "in all", "in total" or "altogether" ("in all 17
        people", "in total, 17", "altogether 21 people"), or open on "all" or "total" after "in"."""
        items = self.items
        if items[k].low in ("all", "total") and k > 0 and items[k - 1].low == "in":
            return True  # "in all 17 people": "all" read as the people's own opener
        before = [item.low for item in items[max(0, k - 3) : k] if item.text != ","]
        return before[-2:] in (["in", "all"], ["in", "total"]) or before[-1:] == ["altogether"]

    def _part_in_one_place(self, frame: Frame) -> None:
        """ "More than 3,000 civilians have been killed in the fighting, over 1,300 in Mosul
        alone": a figure set off after the people, told "in" a place and closed by "alone", is a
        part of them."""
        items = self.items
        if len(frame.victims) > 2 or frame.victims[0].subset:
            return
        k = max(frame.trigger[1], frame.victims[0].last) + 1
        while k < len(items) and items[k].is_word:
            k += 1  # "killed in the fighting, over 1,300 in Mosul alone"
        if k + 3 >= len(items) or items[k].text != "," or not items[k + 1].is_count or items[k + 2].low != "in":
            return
        end = next((j for j in range(k + 3, min(k + 9, len(items))) if not items[j].is_word), len(items))
        quantity = items[k + 1].quantity
        if items[end - 1].low != "alone" or quantity is None or quantity.value > frame.victims[0].count:
            return
        if len(frame.victims) == 2:  # "killed 400,000 people, 80,000 in Aleppo alone": read as a second item
            if frame.victims[1].first != k + 1:
                return
            frame.victims.pop()
        frame.victims.append(Victim(k + 1, k + 1, quantity.value, quantity.qualifier, subset=True, parent=0))
