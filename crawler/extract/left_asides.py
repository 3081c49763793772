"""Asides that hold people, read backwards from the verb after them.

"A soldier, along with two civilians, was killed" (more people), "The victims, identified as
Ali Hassan and Omar Farouk," and "four civilians, two women and two children," (the same
people, told again), "Five people including 3 militiamen", ", including 4 children," (parts).
"""

from __future__ import annotations

from crawler.extract.asides import ASIDE_MARKS
from crawler.extract.groups import ROLES
from crawler.extract.list_links import KIN_OF_THE_NAMED
from crawler.extract.lists_right import RightLists
from crawler.extract.numbers import Quantity
from crawler.extract.outcomes import ACTIVE, PARTICIPLES
from crawler.extract.victim_nouns import Victim
from crawler.extract.word_classes import AUX


class LeftAsides(RightLists):
    """Reads the people told in asides before an item, going backwards."""

    def _with_aside_left(self, k: int) -> tuple[int, list[Victim]]:
        """ "A soldier, along with two civilians, was killed", "a politician, together with three
        police officers, was killed": the people of an aside ending at ``k`` that opens on "along
        with", "together with" or "alongside" come on top of those before it.  Returns where
        those end and the people of the aside."""
        items = self.items
        if k < 2 or items[k].text != ",":
            return k, []
        open_ = self._aside_open(k)
        if open_ < 0 or items[open_].text != "," or open_ + 2 >= k:
            return k, []
        if items[open_ + 1].low == "alongside":
            start = open_ + 2
        elif items[open_ + 1].low in ("along", "together") and items[open_ + 2].low == "with":
            start = open_ + 3
        else:
            return k, []
        added = [v for v in self.list_right(start, object_position=True) if not v.subset]
        if not added or added[-1].last != k - 1:
            return k, []
        return open_ - 1, added

    def _past_who_aside_left(self, k: int) -> int:
        """Before a relative clause between commas that ends at the comma ``k``, when people told
        again between commas come before it: "two civilians, a man and his nephew, (who had been
        collecting firewood,) were among the dead": the comma closing those people; ``k`` else
        ("two civilians, who had been collecting firewood, were", read as before)."""
        items = self.items
        if k < 5 or items[k].text != ",":
            return k
        open_ = self._aside_open(k)
        if open_ < 3 or items[open_].text != "," or items[open_ + 1].low not in ("who", "whom"):
            return k
        people = self._aside_open(open_)
        return open_ if people >= 1 and items[people].text == "," and self._number_before_aside(people) else k

    def _names_in_aside_left(self, k: int) -> list[Victim]:
        """ "The victims, identified as Ali Hassan and Omar Farouk, were shot dead": people told
        without a number, then named between commas, are as many as the names; parts of a figure
        told before, if any ("Gunmen killed two shopkeepers. The victims, identified as ...")."""
        items = self.items
        if k < 5 or items[k].text != ",":
            return []
        open_ = self._aside_open(k)
        if open_ < 2 or items[open_].text != "," or items[open_ + 1].low not in ("identified", "named"):
            return []
        if items[open_ + 2].low != "as" or not self.people_word(open_ - 1) or items[open_ - 2].low != "the":
            return []
        names = self.list_right(open_ + 3, object_position=False)
        if not names or names[-1].last != k - 1 or not all(self._named_one(v) for v in names):
            return []
        for name in names:
            name.subset = True
        return names

    def _people_in_aside_left(self, k: int) -> list[Victim]:
        """ "The victims, two women and a man, were shot dead", "The dead, two women, aged 30 and
        45, and a man, were": people told without a number, then told between commas up to the
        comma ``k`` before the verb, are those told there; parts of a figure told before, if any."""
        items = self.items
        if k < 5 or items[k].text != ",":
            return []
        for j in range(k - 1, max(1, k - 25), -1):
            item = items[j]
            if item.text in ";:()" or item.low in AUX or item.low in ACTIVE or item.low in PARTICIPLES:
                return []
            if item.text == "," and items[j - 2].low == "the" and self.people_word(j - 1):
                break
        else:
            return []
        victims = self.list_right(j + 1, object_position=False)
        if not victims or victims[-1].last != k - 1 or not any(items[v.first].is_count for v in victims):
            return []
        for victim in victims:
            victim.subset = True
        return victims

    def _numbered_in_aside_left(self, k: int) -> list[Victim]:
        """ "The attackers, numbering five, were all killed", "The gunmen, who numbered four, were
        shot dead": people told with "the" and no number, then how many they were in an aside up
        to the comma ``k`` before the verb, are that many."""
        items = self.items
        count = k - 1
        if k < 5 or items[k].text != "," or not items[count].is_count or (quantity := items[count].quantity) is None:
            return []
        verb = count - 1
        if items[verb].low not in ("numbering", "numbered") or (items[verb].low == "numbered") != (
            items[verb - 1].low == "who"
        ):
            return []
        comma = verb - 2 if items[verb].low == "numbered" else verb - 1
        if comma < 2 or items[comma].text != "," or items[comma - 2].low != "the" or not self.people_word(comma - 1):
            return []
        return [Victim(comma - 1, count, quantity.value, quantity.qualifier)]

    def _including_left(self, k: int) -> list[Victim] | None:
        """ "Five people including 3 militiamen", "Seven people including officers and
        civilians", ending at ``k``: the counted people before "including", and the parts after
        it as their subsets; also "Six, including an American were injured", an aside whose
        closing comma is left out.  None when no such "including" is in the few words before ``k``."""
        items = self.items
        at = next((j for j in range(k - 1, max(0, k - 16), -1) if items[j].low == "including"
                   or items[j].text in ";:()–—" or items[j].low in AUX), None)
        if at is None or items[at].low != "including" or at < 1:
            return None
        unclosed = items[at - 1].text == ","  # a closed ", including ...," is read as an aside
        if unclosed and not self._subject_before_comma(at - 1):
            return None
        first, head = self._np_with_phrases_left(at - 2 if unclosed else at - 1, False)
        if head is None or not any(items[j].is_count for j in range(first, at)):
            return None
        if unclosed and first > 0 and items[first - 1].text not in ",;:" and items[first - 1].low not in ("and", "but"):
            return None  # "Police evacuated 40 residents, including two children were hurt": an object
        parts = self.list_right(at + 1, object_position=False)
        more = self._more_after_aside(parts[-1].last + 1, k) if len(parts) == 1 and parts[0].last != k else []
        if not parts or (parts[-1].last != k and not more):
            parts = []
        for part in parts:
            part.subset = True
            part.parent = 0
        return [head, *parts, *more]

    def _more_after_aside(self, j: int, k: int) -> list[Victim]:
        """The people after ", and" at ``j`` up to ``k``, once an "including" aside of one item
        is closed: "Twelve officers, including a lieutenant, and two civilians were killed" (the
        civilians are more people, not a part of the officers).  Not the top of a range ("at
        least four civilians, including two employees, and up to six civilians")."""
        items = self.items
        if j + 2 > k or items[j].text != "," or items[j + 1].low != "and":
            return []
        more = self.list_right(j + 2, object_position=False)
        if not more or more[-1].last != k or more[0].qualifier == "up_to" or any(v.subset for v in more):
            return []
        return more

    def _subject_before_comma(self, comma: int) -> bool:
        """Whether people or a bare count end just before ``comma`` ("Six, including", "12
        people, including"); not "news channels, including X and Y"."""
        return comma >= 1 and (self.items[comma - 1].is_count or self.people_word(comma - 1))

    def _breakdown_left(self, k: int) -> tuple[int, list[Victim]]:
        """ "four civilians, two women and two children, were injured", "two civilians, a mother
        and her child, were injured", "three people – journalist X, his mother and his son – were
        killed": the aside of people ending at ``k`` breaks down the counted
        figure before it, so it holds subsets.  Returns where the figure ends and the subsets;
        ``k`` and none when there is no such aside."""
        items = self.items
        if k < 0 or items[k].text not in ASIDE_MARKS:
            return k, []
        open_ = self._aside_open(k)
        if open_ < 1 or self._of_them(open_ + 1):
            return k, []
        dashes = items[k].text in "–—"  # "three people – a man, his wife and their son – were"
        opener = items[open_ + 1]
        # between commas, people told by name and job: "two journalists, Reuters cameraman Ali Hassan
        # and photographer Omar Said, were wounded" (each part a named one, below)
        named = not dashes and (opener.is_cap or opener.low in ROLES)
        if not (opener.is_count or opener.low in ("a", "an") or opener.is_cap or opener.low in ROLES):
            return k, []
        if not all(self.np_internal(j) or items[j].low == "and" or (dashes and items[j].text == ",")
                   for j in range(open_ + 1, k)):
            return k, []
        counted = self._number_before_aside(open_)
        if counted is None and not dashes:
            open_ = self._list_items_left(open_, named)
            counted = self._number_before_aside(open_)
        parts = [p for p in self.list_right(open_ + 1, object_position=False) if p.last < k]
        if not parts or parts[-1].last != k - 1 or counted is None or sum(p.count for p in parts) > counted.value:
            return k, []
        if named and (sum(p.count for p in parts) != counted.value or not all(self._named_with_job(p) for p in parts)):
            return k, []
        for part in parts:
            part.subset = True
        return open_ - 1, parts

    def _named_with_job(self, part: Victim) -> bool:
        """Whether the list item is one person named after their job: "photographer Omar Said",
        "Reuters cameraman Ali Hassan" (not a bare name, "Ahmed", read as before)."""
        return self._named_one(part) and any(self.items[j].low in ROLES for j in range(part.first, part.last + 1))

    def _number_before_aside(self, comma: int) -> Quantity | None:
        """The number of the people ending right before ``comma`` ("three policemen,"), if any."""
        items = self.items
        return next((items[j].quantity for j in range(self.np_left_start(comma - 1), comma) if items[j].is_count), None)

    def _list_items_left(self, comma: int, named: bool) -> int:
        """The comma opening an aside of three people or more, each told by "a"/"an" or a number
        (or, ``named``, by a name or job: ", nurse Huda Abu Amra, teacher Salem Qudaih and ..."),
        when ``comma`` is one inside it: "three policemen, a constable, a sub-inspector and a
        driver, were injured" (``comma`` after "constable"), back to the first comma after counted
        people; ``comma`` when the words before it are no such items."""
        items = self.items
        while self._number_before_aside(comma) is None and (previous := self._aside_open(comma)) >= 1 and items[previous].text == ",":
            opener = items[previous + 1]
            told = opener.is_count or opener.low in ("a", "an") or (named and (opener.is_cap or opener.low in ROLES))
            if not told or not all(
                self.np_internal(j) for j in range(previous + 1, comma)
            ):
                break
            comma = previous
        return comma

    def _describes_before(self, open_: int, close: int) -> bool:
        """Whether the commas ``open_`` and ``close`` hold an aside on the people before them: a
        part or an age, one person described, or a couple described."""
        return (
            self._is_aside(open_ + 1, close - 1)
            or self._describes_named(open_, close)
            or self._describes_one(open_, close)
            or self._describes_pair(open_, close)
            or self._describes_many(open_, close)
        )

    def _skip_asides_left(self, k: int) -> tuple[int, list[Victim]]:
        """Step back over asides ending at ``k``: ", including 4 children,", "(48 years old)",
        "– including three men –", ", 1-year-old Qusay and 6-year-old Hamza,"."""
        items = self.items
        subsets: list[Victim] = []
        while k >= 0:
            if self._past_age_left(k) < k:
                k = self._past_age_left(k)
                continue
            mark = items[k].text
            if mark == ")":
                open_ = self.matching_left(k)
                if open_ < 0:
                    break
                subsets = self._counts_in(open_ + 1, k - 1) + subsets
                k = open_ - 1
                continue
            if mark not in ASIDE_MARKS:
                break
            open_ = self._aside_open(k)
            if open_ >= 0 and mark == "," and (
                items[open_ + 1].low == "and" or not self._describes_before(open_, k)
            ):
                wider = self._list_aside_open(open_)  # ", including a doctor, 12 women, and 20 children,"
                if wider < 0 and items[open_ + 1].low == "and":
                    break  # ", and his son Omar, 12,": the last of a list, not an aside
                open_ = wider
            dash = self._names_after_dash(k) if mark == "," else -1
            if dash >= 0:
                k = dash - 1  # "three people – journalist X, his mother-in-law, Y, and her grandchild, Z,"
                continue
            if open_ < 0 or not self._describes_before(open_, k):
                break
            if items[open_ + 1].low in ("including", "among", "of") or self._of_them(open_ + 1):
                subsets = self.subsets_after(open_ + 1) + subsets
            previous = self._aside_open(open_)
            if (
                previous >= 0
                and items[previous + 1].low != "and"
                and self._is_aside(previous + 1, open_ - 1)
                and not self._opening_adverbial(previous)
            ):
                k = open_  # another aside ends where this one opens
            else:
                k = open_ - 1
        return k, subsets

    def _kin_closing_a_list(self, comma: int) -> bool:
        """Whether the comma ``comma`` follows "and" and one kin of the one named before ("and his
        mother,", "and her son,"): the last of a list of people, not an aside; unless the list
        breaks down a figure before it ("two civilians, a mother and her child, were injured")."""
        items = self.items
        if comma < 4 or items[comma].text != ",":
            return False
        first = comma - 2
        return (
            items[first].low in KIN_OF_THE_NAMED
            and items[first - 1].low == "and"
            and self.singular_kin_or_role(comma - 1, comma - 1)
            and not self._breakdown_left(comma)[1]
        )
