"""How items of a list of people read backwards join the item before them.

"four soldiers, two policemen, and a child" (a serial comma), "Iyad Matar, a journalist for
Al-Aqsa TV, and his mother" (a described person), "Two children, Ahmed and Sara, and their
mother" (names of the counted), "A soldier, John Smith, and two civilians" (one person, named).
"""

from __future__ import annotations

from crawler.extract.asides import ASIDE_MARKS, Asides
from crawler.extract.groups import ROLES
from crawler.extract.numbers import PERSON_NOUNS
from crawler.extract.victim_nouns import AGE_WORD, Victim
from crawler.extract.word_classes import POSSESSIVES, PREPOSITIONS

# What a list of people may follow, its first item then a comma: "and", and a report's "that" or
# verb ("Sources reported that Mahmoud Abu Samra, his wife Fatima and their daughter were killed").
_LIST_OPENERS = frozenset({"and", "that", "said", "says", "reported", "confirmed"})

# The possessives that point back to one person told of before: "X, a journalist, and his mother".
KIN_OF_THE_NAMED = frozenset({"his", "her"})


class ListLinks(Asides):
    """Finds where the item before one of a list of people ends, and who the named ones are."""

    def _names_of_the_counted_left(self, victims: list[Victim]) -> list[Victim]:
        """ "Two brothers, Juan Perez, 19, and Carlos Perez, 22, were killed", "their two sons
        Mohammed and Khaled were killed": after counted people, as many people, each named (the
        first perhaps right after the people word), are those counted, no more people.  The counted
        may follow others told before them, as a monitor names a family: "Umm Ahmed and her three
        daughters, Hiba, 8, Rana, 6, and Sura, 3, were killed" are four, "Ali Hassan and his two
        sons, Omar and Zaid," three; the names close the list."""
        for at in range(len(victims) - 1):
            if self._named_after_counted(victims[at], victims[at + 1 :]):
                return victims[: at + 1]
        return victims

    def _named_after_counted(self, head: Victim, names: list[Victim]) -> bool:
        """Whether ``names`` are the people counted in ``head``, each named after it."""
        items = self.items
        if not any(items[j].is_count for j in range(head.first, head.last + 1)):
            return False
        named_in_head = 1 if self._ends_on_a_name(head) else 0
        link = items[head.last + 1]
        if not (link.text == "," and not named_in_head) and not (link.low == "and" and named_in_head):
            return False
        return sum(v.count for v in names) + named_in_head == head.count and all(self._named_one(v) for v in names)

    def _ends_on_a_name(self, victim: Victim) -> bool:
        """Whether counted people end on the name of one of them, perhaps with an age: "two sons
        Mohammed Ali", "two sons three-year-old Mohammed Ali"."""
        items = self.items
        start = next((j for j in range(victim.last, victim.first, -1) if not items[j].is_cap), victim.first)
        if start == victim.last or not self.is_name(start + 1, victim.last):
            return False
        if start > victim.first and (self._is_age(start) or items[start].low.endswith("-old")):
            start -= 1
        return self.people_word(start)

    def _description_before_name(self, first: int, victim: Victim) -> int:
        """Where one person's description starts before the name ``victim`` between commas: "a"/"an"
        and a noun phrase ("A soldier, John Smith, and two civilians were killed"), or someone's
        kin ("His son, Akram, and his daughter", "Haitham's son, 12-year-old Akram, and"), also
        after "the" ("The victims' neighbour, Majed Saleh, and his wife", "the governor's driver,
        Ali Nasser, and"): that person, named; -1 when there is no such description."""
        items = self.items
        end = victim.last + 1
        if victim.count != 1 or first < 3 or items[first - 1].text != "," or end >= len(items):
            return -1
        name = first + 1 if AGE_WORD.fullmatch(items[first].low) else first
        if items[end].text != "," or not self.is_name(name, victim.last):
            return -1
        start = self.np_left_start(first - 2)
        described = (
            self._one_described(start, first - 2)
            or self._named_one_s_kin(start, first - 2)
            or (items[start].low in POSSESSIVES and self.singular_kin_or_role(start + 1, first - 2))
            or self._the_kin_of_some(start, first - 2)
        )
        return start if start < first - 1 and described else -1

    def _the_kin_of_some(self, first: int, last: int) -> bool:
        """Whether ``first..last`` is "the" and one person told by whose kin or aide they are:
        "the victims' neighbour", "the governor's driver" (not "the victims' families")."""
        if self.items[first].low != "the":
            return False
        return self._someone_s_kin_or_aide(first + 1, last) or self._people_s_kin(first + 1, last)

    def _described_person_left(self, at: int) -> int:
        """Where one person ends before what describes them between commas, then the link ``at``
        (", and" or ",") to more people: an age ("Ahmed Nasr, 45, and his son", "A man, 45, and"),
        or "a"/"an" and a noun phrase without a verb after a name ("Bashir Ali, a 45-year-old
        farmer, and his son", "Iyad Matar, a journalist for Al-Aqsa TV, and his mother").  The
        description is that person, no one more.  -1 when the words before ``at`` are no such
        description ("Bashir Ali, a farmer and a child": with no comma to close it, three people)."""
        items = self.items
        if at < 4 or (items[at].low != "and" and items[at].text != ","):
            return -1
        unclosed = items[at].low == "and" and items[at - 1].text != ","
        if unclosed and not (at + 1 < len(items) and items[at + 1].low in KIN_OF_THE_NAMED):
            return -1  # "X, a journalist and his mother": only the kin of the one described ends the aside
        close = at if unclosed else at - 1 if items[at].low == "and" else at
        open_ = next((j for j in range(close - 1, max(0, close - 12), -1) if items[j].text in ASIDE_MARKS), -1)
        if open_ < 1:
            return -1
        aged = close == open_ + 2 and self._is_age(open_ + 1)
        if not aged and not self._one_described(open_ + 1, close - 1):
            return -1
        if aged and items[open_ - 1].low in PERSON_NOUNS:
            return open_ - 1  # "A man, 45, and his son"
        name_end = self._past_age_left(open_ - 1)  # "Bashir Ali, 45, a farmer, and"
        first = self.np_left_start(name_end)
        if first < name_end and AGE_WORD.fullmatch(items[first].low):
            first += 1  # "48-year-old Iyad Matar, a journalist, and"
        return open_ - 1 if first <= name_end and self.is_name(first, name_end) else -1

    def _names_of_people_before(self, at: int) -> int:
        """Where counted people end before their names between commas and ", and" at ``at``:
        "Two children, Ahmed and Sara, and their mother" are three, the names being the two
        children; so are "Two brothers, Ahmed, 14, and Yusuf, 9, and their father" and "Two
        daughters, Lina (14) and Rama (11), and their uncle".  -1 when the words before ``at`` are
        no such names."""
        items = self.items
        if at < 4 or items[at].low != "and" or items[at - 1].text != ",":
            return -1
        if at + 1 < len(items) and items[at + 1].is_cap:
            return -1  # "Two brothers, Ahmed, 14, and Yusuf, 9,": one more name of those counted
        j = at - 2
        while j > 0 and (items[j].is_cap or items[j].low == "and" or items[j].text == "," or self._is_age(j) or self._bracketed_age(j)):
            if items[j].text == "," and items[j - 1].low in ROLES:
                break
            j = self.matching_left(j) - 1 if items[j].text == ")" else j - 1
        if j == at - 2 or items[j].text != "," or items[j - 1].low not in ROLES:
            return -1
        first = self.np_left_start(j - 1)
        return j - 1 if any(item.is_count for item in items[first : j]) else -1

    def _bracketed_age(self, close: int) -> bool:
        """Whether the bracket closed at ``close`` holds one number only, an age after a name: "Lina (14)"."""
        items = self.items
        return items[close].text == ")" and close >= 2 and items[close - 2].text == "(" and items[close - 1].quantity is not None

    def _serial_comma(self, at: int) -> bool:
        """Whether ", and" at ``at - 1, at`` closes a list whose item before it starts the list or
        follows a comma; not a new clause after a list that had its own "and"."""
        items = self.items
        if at < 2 or items[at].low != "and" or items[at - 1].text != "," or not self._list_item_before(at - 2):
            return False
        first = self.np_left_start(self._past_age_left(at - 2))
        return first == 0 or items[first - 1].text == ","

    def _list_item_before(self, k: int) -> bool:
        """Whether the words ending at ``k`` (before a comma) are one more person in a list."""
        items = self.items
        k = self._past_age_left(k)
        first = self.np_left_start(k)
        if first > k:
            return False
        if first > 0 and items[first - 1].low in PREPOSITIONS and items[first - 1].low not in _LIST_OPENERS:
            family = self._people_of_one_family(first, k, False)  # "Three civilians from one family, a father"
            if family is None:
                return False
            first = family[0]
            return first == 0 or items[first - 1].text in ",;:" or items[first - 1].low in _LIST_OPENERS
        one = first == k and self._name_in_pair(k)  # "Ahmed, Mahmoud and Sara Yassin": a first name
        return self._victim_in(first, k, one, allow_definite=False) is not None and (
            first == 0 or items[first - 1].text in ",;:" or items[first - 1].low in _LIST_OPENERS
        )
