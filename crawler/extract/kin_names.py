"""Kin told of without a number, then named: as many people as the names.

"brothers Karim and Nabil Haddad", "14-year-old twins Ahmed and Mohammed Saleh", "their
children, Lina and Omar", "her sons: Ahmed, Ali and Omar".
"""

from __future__ import annotations

from crawler.extract.asides import Asides
from crawler.extract.victim_nouns import AGE_WORD, Victim
from crawler.extract.word_classes import KIN, NAME_PARTICLES

# Kin in the plural that given names may follow with no number ("brothers Karim and Nabil Haddad"),
# and the words that may describe them first ("14-year-old twins", "twin sisters").
_KIN_NAMED_TOGETHER = frozenset(
    "brothers sisters twins siblings cousins sons daughters children grandchildren grandsons granddaughters nephews nieces".split()
)
_KIN_DESCRIPTIONS = frozenset("twin teenage young little infant baby elder younger".split())


class NamedKin(Asides):
    """Reads kin named after the word for them, forwards and backwards."""

    def _named_kin(self, first: int, last: int) -> Victim | None:
        """ "(killed along with) their children, Lina and Omar", "her sons: Ahmed, Ali and Omar":
        kin told of without a number, then named after a comma or colon, are as many as the names."""
        items = self.items
        if items[last].low not in KIN or self.singular_kin_or_role(first + 1, last):
            return None
        if last + 1 >= len(items) or items[last + 1].text not in ",:":
            return None
        names, end = self._names_from(last + 2)
        return Victim(first, end, names) if names >= 2 else None

    def plural_kin_named(self, first: int) -> Victim | None:
        """ "(killed) brothers Karim and Nabil Haddad", "14-year-old twins Ahmed and Mohammed
        Saleh", "twin sisters Lina and Maya", "the brothers Hamid and Majid": kin in the plural with
        no number, then the given names joined by "and" (a family name may close them), are as
        many as the names."""
        items = self.items
        k = first + 1 if items[first].low == "the" else first  # "(among the dead were) the brothers Hamid and Majid"
        while k < min(first + 3, len(items)) and (items[k].low in _KIN_DESCRIPTIONS or AGE_WORD.fullmatch(items[k].low)):
            k += 1
        if k + 1 >= len(items) or items[k].low not in _KIN_NAMED_TOGETHER or not items[k + 1].is_cap:
            return None
        names, end = self._names_from(k + 1)
        return Victim(first, end, names) if names >= 2 else None

    def possessed_kin_named(self, first: int) -> Victim | None:
        """ "(killed) his sons Ali and Omar", "their children Sara (8), Omar (6) and Layan (2)":
        someone's kin in the plural, then their names, are as many as the names."""
        kin = self.plural_kin_named(first + 1)
        return None if kin is None else Victim(first, kin.last, kin.count)

    def _plural_kin_named_left(self, k: int) -> Victim | None:
        """ "Twin sisters Lina and Maya Odeh were killed", "brothers Yusuf, Omar and Ali Darwish
        were shot dead", "his brothers Tamer (27) and Anas (24) were injured", "his sons Ali, 12, and
        Omar, 9, were killed": kin in the plural,
        then their names, ending at ``k`` or before their ages set off there ("Lina and Maya
        Odeh, aged six,")."""
        items = self.items
        if k > 1 and items[k].text == "," and self._is_age(k - 1) and items[k - 2].text == ",":
            k -= 1  # the last name's age set off: "his sons Ali, 12, and Omar, 9, were killed"
        elif k > 0 and items[k].text == ",":
            open_ = self._aside_open(k)
            if open_ < 1 or items[open_ + 1].low not in ("aged", "ages"):
                return None
            k = open_ - 1
        j = k
        while j > max(-1, k - 20):
            if items[j].text == ")":
                j = self.matching_left(j) - 1  # an age: "Ali (12) and Omar (9)"
                continue
            if j > 0 and self._is_age(j) and items[j - 1].text == ",":
                j -= 2  # an age set off: "Ali, 12, and Omar, 9"
                continue
            if items[j].low in _KIN_NAMED_TOGETHER:
                first = j - 1 if j > 0 and (items[j - 1].low in _KIN_DESCRIPTIONS or AGE_WORD.fullmatch(items[j - 1].low)) else j
                if first > 0 and items[first - 1].is_count:
                    return None  # "the two brothers Hatem and Muhammad": counted, read as such
                kin = self.plural_kin_named(first)
                return kin if kin is not None and kin.last == k else None
            if not items[j].is_cap and items[j].low not in ("and", ","):
                return None
            j -= 1
        return None

    def kin_named_in_aside_left(self, comma: int) -> Victim | None:
        """ "Her younger sisters, Fatuma (12) and Aisha (9)," ending at the comma ``comma``: kin
        in the plural with no number, then two or more names set off by commas, are as many as
        the names (counted kin are read as counted: "two daughters, Lina and Rama,")."""
        items = self.items
        open_ = self._aside_open(comma)
        if open_ < 1 or items[open_].text != ",":
            return None
        kin = open_ - 1
        if items[kin].low not in KIN or self.singular_kin_or_role(kin, kin):
            return None
        names, end = self._names_from(open_ + 1)
        first = self.np_left_start(kin)
        if names < 2 or end != comma - 1 or first > kin or any(item.is_count for item in items[first:kin]):
            return None
        return Victim(first, end, names)

    def _names_from(self, j: int) -> tuple[int, int]:
        """How many names a list of capitalised names from ``j`` holds ("Lina (7), Omar and Ahmed
        Saleh", "Reem, 8, and Noor, 5"), and the item it ends on (-1 when none)."""
        items = self.items
        names, end = 0, -1
        while j < len(items) and items[j].is_cap:
            while j < len(items) and (items[j].is_cap or items[j].low.split("-")[0] in NAME_PARTICLES):
                j += 1
            if j < len(items) and items[j].text == "(" and self.matching(j) > j:
                j = self.matching(j) + 1  # an age: "Lina (7)"
            elif j + 1 < len(items) and items[j].text == "," and self._is_age(j + 1):
                j += 2  # an age set off: "Reem, 8, and Noor, 5"
            names, end = names + 1, j - 1
            if j + 1 < len(items) and items[j].text == "," and items[j + 1].low == "and":
                j += 1
            if j + 1 < len(items) and (items[j].text == "," or items[j].low == "and") and items[j + 1].is_cap:
                j += 1
            else:
                break
        return names, end
