"""Figures just before an outcome noun, read for ``tallies``: "12 deaths", "five bodies", "five
civilian deaths", "numerous injuries", "2 dead".  Two sides before one noun ("40 civilian and 12
military deaths") and a second figure with the noun left out ("7 deaths of the Syrian Army and 11
of the Islamic State") are both counted; a vague amount before two nouns ("dozens of dead and
wounded") is some of each; injuries of people told without a number ("causing injuries to
others") are two at least.
"""

from __future__ import annotations

from crawler.extract.groups import AFFILIATIONS, DEMONYMS
from crawler.extract.outcomes import NOUNS
from crawler.extract.tally_frames import Frame, FrameReader
from crawler.extract.victims import Victim
from crawler.extract.word_classes import DETERMINERS

_SIDES = frozenset("civilian military police army rebel government opposition".split())  # "40 civilian and 12 military deaths"

# How an event note or situation report says the figure is known: "5 reported fatalities", "12
# confirmed deaths", "9 verified civilian deaths".
_TOLD_AS = frozenset("reported confirmed verified recorded documented".split())
_THOSE_OF_REACH = 16  # items after a vague count's noun where its ", those of" may stand


class NounsAfterNumber(FrameReader):
    """Reads the figures an outcome noun closes."""

    def _noun_after_number(self, i: int) -> bool:
        """ "12 deaths", "five civilian deaths", "numerous injuries", "2 dead"."""
        items = self.items
        low = items[i].low
        if self._not_casualty(i, low):
            return False
        if self._injuries_of_others(i):
            return True
        k = i - 1
        modifiers = 0
        while k >= 0 and not items[k].is_count and modifiers < 3:
            if not (self.np_internal(k) or self._told_as(k)) or items[k].low in DETERMINERS:
                return False
            modifiers += 1
            k -= 1
        if k < 0 or not items[k].is_count:
            return False
        if self.negated_before(k):
            return False
        victim = self.victim(k, i - 1 if i - 1 >= k else k, count_at=k)
        if victim is None:
            return False
        first = self._counted_side_before(k)
        told_as = self._those_of_after(i) if victim.qualifier == "vague" else []
        frame = Frame(NOUNS[low], low, (i, i), told_as or ([victim] if first is None else [first, victim]))
        if k == i - 1 and i + 1 < len(items) and self.people_word(i + 1):
            frame.group_from = (i + 1, self.np_right_end(i + 1))
        self.frames.append(frame)
        subsets = self.subsets_after(i + 1)
        frame.victims.extend(subsets)
        frame.victims.extend(self._as_many_of_another(i + 1))
        self._vague_noun_pair(frame, i)
        return True

    def _those_of_after(self, i: int) -> list[Victim]:
        """ "Rescuers recovered several bodies from the rubble, those of a mother and her five
        children": the people a vague count before the outcome noun at ``i`` is told as, in
        apposition after a comma later in its clause; none past a stop or beyond its reach."""
        items = self.items
        for k in range(i + 1, min(len(items) - 3, i + _THOSE_OF_REACH)):
            if items[k].text in ".;:":
                return []
            if items[k].text == "," and items[k + 1].low == "those" and items[k + 2].low == "of":
                return self.list_right(k + 3, object_position=True)
        return []

    def _told_as(self, k: int) -> bool:
        """Whether ``k`` says how the figure right before it is known ("5 reported fatalities"),
        not a verb after a subject ("multiple sources reported injuries")."""
        return k > 0 and self.items[k].low in _TOLD_AS and self.items[k - 1].is_count

    def _vague_noun_pair(self, frame: Frame, i: int) -> None:
        """ "A number of deaths and injuries were reported", "multiple martyrs and injuries",
        "dozens of dead and wounded": a vague amount before two outcome nouns joined by "and" is
        some of each, as for "a number of people were killed and injured"; the second noun gets
        the same vague figure.  An exact figure before both ("12 deaths and injuries") is not
        split so."""
        items = self.items
        victim = frame.victims[0]
        other = i + 2
        if victim.qualifier != "vague" or other >= len(items) or items[i + 1].low != "and":
            return
        outcome = NOUNS.get(items[other].low)
        if outcome is None or {outcome, frame.outcome} != {"killed", "wounded"}:
            return
        self.frames.append(Frame(outcome, items[other].low, (other, other), [victim]))

    def _counted_side_before(self, k: int) -> Victim | None:
        """ "claimed 162 Palestinian and six Israeli lives", "40 civilian and 12 military deaths":
        a figure of one side before "and" and the figure at ``k``, sharing its noun."""
        items = self.items
        if k < 3 or items[k - 1].low != "and" or not items[k - 3].is_count:
            return None
        side = items[k - 2].low
        if side not in DEMONYMS and side not in AFFILIATIONS and side not in _SIDES:
            return None
        return self.victim(k - 3, k - 2, count_at=k - 3)

    def _as_many_of_another(self, k: int) -> list[Victim]:
        """ "7 deaths of the Syrian Army and 11 of the Islamic State", "12 deaths among soldiers
        and three among civilians": after the people of a counted noun, a count of other people
        with the same preposition and the noun left out."""
        items = self.items
        if k >= len(items) or items[k].low not in ("of", "among"):
            return []
        end = self.np_right_end(k + 1)
        count = end + 2
        if end < k + 1 or count + 1 >= len(items) or items[end + 1].low != "and":
            return []
        if not items[count].is_count or items[count + 1].low != items[k].low:
            return []
        victim = self.victim(count, count, count_at=count)
        return [] if victim is None else [victim]

    def _injuries_of_others(self, i: int) -> bool:
        """ "resulting in eleven civilian deaths and other injuries", "killing one man and causing
        injuries to others": injuries of people told of without a number, read as "injuring
        others" is, two at least (``vague``)."""
        items = self.items
        if items[i].low not in ("injuries", "wounds"):
            return False
        if i >= 2 and items[i - 1].low == "other" and items[i - 2].low == "and":
            victim = Victim(i - 1, i - 1, 2, "vague")
        elif i + 2 < len(items) and items[i + 1].low == "to" and items[i + 2].low == "others":
            victim = Victim(i + 2, i + 2, 2, "vague")
        else:
            return False
        self.frames.append(Frame("wounded", items[i].low, (i, i), [victim]))
        return True
