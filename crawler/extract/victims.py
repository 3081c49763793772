"""Lists of people next to an outcome word: how many each item counts, and its parts.

``People`` reads, from a given item, the people a figure is about: "6 soldiers and a civilian",
"seven Afghan and four Pakistani fighters", "six members of the family, including four
children,", "her son, Ali,", "28-year-old Samir Odeh", "many insurgents, including three
commanders".  Each item of a list is a ``Victim``: its items, its count, and whether it is part
of an earlier item (a subset) rather than more people.

``People`` is composed of readers of one construction each: one noun phrase (``victim_nouns``)
and one read backwards over its phrases (``noun_phrases_left``), asides and ages
(``asides``), clauses after people (``clauses_left``), kin named (``kin_names``), what follows
an item read forwards (``after_people``), lists read forwards (``lists_right``), asides holding
people read backwards (``left_asides``) and the links between items read backwards
(``list_links``).  Here a list is read backwards.
"""

from __future__ import annotations

from crawler.extract.clauses_left import ClausesLeft
from crawler.extract.left_asides import LeftAsides
from crawler.extract.list_links import ListLinks
from crawler.extract.lists_right import GENERAL_PEOPLE
from crawler.extract.victim_nouns import AGE_WORD, Victim, lower_bounds

__all__ = ["AGE_WORD", "People", "Victim", "lower_bounds"]


class People(LeftAsides, ListLinks, ClausesLeft):
    """Reads lists of people before or after a given item of the sentence."""

    def list_left(self, k: int, singular_aux: bool, both: bool) -> list[Victim]:
        """The people ending at item ``k``, reading a list backwards."""
        items = self.items
        k = self._past_ages_left(k)
        k = self._past_all_of_left(k)
        k = self._past_going_left(k)
        k = self._past_relative_left(k)
        names = self._names_in_aside_left(k) or self._people_in_aside_left(k) or self._counted_then_each_left(k)
        if names:
            return names
        aged = self._ages_aside_left(k)
        if aged >= 0:
            k = aged  # "Two men, 24 and 31, were shot dead"
        kin = self._plural_kin_named_left(k)
        if kin is not None:
            return [kin]
        k, added = self._with_aside_left(k)
        if k >= 1 and items[k].text == "," and self._aside_open(k) < 0 and self.people_word(k - 1):
            first = self.np_left_start(k - 1)  # "22 people, were killed": a stray comma before the verb
            if first < k - 1 and any(items[j].is_count for j in range(first, k - 1)):
                k -= 1
        if not singular_aux and self._kin_closing_a_list(k):
            k -= 1  # "Iyad Matar, a journalist and his mother, were killed": a stray comma before the verb
        inner, asides = self._skip_asides_left(k)
        including = self._including_left(inner)
        if including is not None:
            for aside in asides:
                aside.subset, aside.parent = True, 0
            return including + asides
        victims: list[Victim] = []
        k, subsets = self._breakdown_left(k)
        while k >= 0:
            k, skipped = self._skip_asides_left(k)
            subsets = skipped + subsets
            if k < 0:
                break
            first, victim = self._np_with_phrases_left(
                k,
                (singular_aux and not victims) or self._name_in_pair(k) or self._aged_name(k),
                in_list=bool(victims),
            )
            if victim is None:
                break
            described = self._description_before_name(first, victim)
            if described >= 0:
                first = victim.first = described  # "a soldier, John Smith, and two civilians": one person
            before = first - 1
            victims.insert(0, victim)
            joined = before >= 1 and items[before].low in ("and", "&") and items[before - 1].text != ","
            named = self._names_of_people_before(before)  # "Two brothers, Ahmed, 14, and Yusuf, 9, and"
            if named < 0:
                named = self._described_person_left(before)
            if named >= 0:
                k = named  # "Iyad Matar, a journalist for Al-Aqsa TV, and his mother"
            elif joined or (
                before >= 1
                and items[before].text == ","
                and self._list_item_before(before - 1)
                and not (singular_aux and len(victims) == 1)  # "The son of X, Fritz Y was killed": one
            ):
                k = before - 1  # an age after the name ("Ahmad Yusuf, 45,") is stepped over above
            elif before >= 1 and items[before].low == "and" and (aside_end := self._age_order_aside_left(before - 1)) >= 0:
                k = aside_end  # "Five children, the youngest aged two, and"
            elif self._serial_comma(before):
                k = before - 2  # "four soldiers, two policemen, and a child"
            elif before >= 1 and items[before].low == "and" and (aside_end := self._ages_aside_left(before - 1)) >= 0:
                k = aside_end  # "Two women, aged 30 and 45, and a man"
            elif before >= 2 and items[before].low == "as" and items[before - 1].low == "well":
                k = before - 3
            else:
                break
        if not victims:  # "Civilians, including 5 children, were killed": at least the five
            return lower_bounds(subsets) if k >= 0 and self.people_word(k) else []
        victims = self._names_of_the_counted_left(victims)
        victims.extend(added)
        if both and len(victims) == 1 and victims[0].count == 1 and not self.items[victims[0].first].is_count:
            victims[0].count = 2
        parent = len(victims) - 1
        for subset in subsets:
            subset.subset = True
            subset.parent = parent
        return victims + subsets

    def _counted_then_each_left(self, k: int) -> list[Victim]:
        """ "Two civilians, a farmer, Ali Khan, and his son, were killed": counted people, then as
        many people one by one up to a comma before the verb at ``k + 1``, are those counted (the
        figure and its parts) when each is named, or told by "a" or whose they are after people
        of no particular kind (not "two soldiers, a policeman and a child,": four)."""
        items = self.items
        if k < 4 or items[k].text != "," or not self.people_word(k - 1):
            return []
        victims = self.list_left(k - 1, False, False)
        if len(victims) < 2 or any(v.subset for v in victims) or items[victims[0].last + 1].text != ",":
            return []
        head, parts = victims[0], victims[1:]
        if not any(items[j].is_count for j in range(head.first, head.last + 1)):
            return []
        if sum(p.count for p in parts) != head.count:
            return []
        general = any(items[j].low in GENERAL_PEOPLE for j in range(head.first, head.last + 1))
        if not all(self._named_one(p) for p in parts) and not (general and all(map(self._one_described_part, parts))):
            return []
        for part in parts:
            part.subset, part.parent = True, 0
        return victims
