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
(``list_links``).  Here a list is read backwards, step by step.
"""

from __future__ import annotations

from crawler.extract.clauses_left import ClausesLeft
from crawler.extract.left_asides import LeftAsides
from crawler.extract.list_links import ListLinks
from crawler.extract.lists_right import GENERAL_PEOPLE
from crawler.extract.victim_nouns import AGE_WORD, Victim, lower_bounds
from crawler.extract.word_classes import KIN, POSSESSIVES

__all__ = ["AGE_WORD", "People", "Victim", "lower_bounds"]

# The words that open a phrase of source or place before a sentence's people: "According to Wafa
# and Safa, ...", "In Khan Younis and Nuseirat, ...", "Citing Shehab and Wafa, ...".
_OPENING_PREPOSITIONS = frozenset("according in at near citing from".split())
# One person told by a pronoun before "and" and more people: "he and his driver were killed".
_PAIRED_PRONOUNS = frozenset({"he", "she"})
# What may stand right before such a pronoun when it opens a clause: "said he and", "when she and".
_BEFORE_A_CLAUSE = frozenset("said says told added that when after as while but and then".split())


class People(LeftAsides, ListLinks, ClausesLeft):
    """Reads lists of people before or after a given item of the sentence."""

    def list_left(self, k: int, singular_aux: bool, both: bool) -> list[Victim]:
        """The people ending at item ``k``, reading a list backwards: past what trails them,
        people told again in an aside, their ages, kin named, people "along with" them, a stray
        comma and "including" parts, then the items one by one with the asides between them."""
        k = self._past_trailing_left(k)
        k = self._past_who_aside_left(k)
        told = self._told_in_aside_left(k)
        if told:
            return told
        aged = self._ages_aside_left(k)
        if aged >= 0:
            k = aged  # "Two men, 24 and 31, were shot dead"
        kin = self._plural_kin_named_left(k)
        if kin is not None:
            return [*self._items_before_kin(kin), kin]
        k, added = self._with_aside_left(k)
        k = self._past_stray_comma_left(k, singular_aux)
        inner, asides = self._skip_asides_left(k)
        including = self._including_left(inner)
        if including is not None:
            for aside in asides:
                aside.subset, aside.parent = True, 0
            return including + asides
        k, subsets = self._breakdown_left(k)
        k, victims, skipped = self._items_left(k, singular_aux)
        victims = self._past_opening_phrase(victims)
        subsets = skipped + subsets
        if not victims:  # "Civilians, including 5 children, were killed": at least the five
            return lower_bounds(subsets) if k >= 0 and self.people_word(k) else []
        return self._list_with_parts(victims, added, subsets, both)

    def _past_opening_phrase(self, victims: list[Victim]) -> list[Victim]:
        """The items of a list after the comma closing a phrase that opens the sentence on a
        preposition: "According to Wafa and Safa, eight civilians were killed", "In Khan Younis
        and Nuseirat, two men died", "According to the Ministry of Interior and National Security,
        ...": the sources or places named in it are no people of the figure.  Not when the people
        after the comma were read as an aside of a name before it ("According to Deir Ezzor 24, a
        woman and her two children were killed")."""
        items = self.items
        if len(victims) < 2 or not items or items[0].low not in _OPENING_PREPOSITIONS:
            return victims
        comma = next((j for j, item in enumerate(items) if item.text == ","), -1)
        after = [victim for victim in victims if victim.first > comma]
        if comma < 0 or not after or after[0].first != comma + 1 or victims[0].first > comma:
            return victims  # not when words after the comma were read with a name before it
        return after

    def _past_trailing_left(self, k: int) -> int:
        """Before what may follow people up to ``k`` with no comma to close it: their ages ("aged
        9, 12 and 15"), "all members of the X family", what they were doing ("returning home"), the
        name one is known by ("known as Gedi") or a relative clause ("who was on patrol"): where
        the people end."""
        k = self._past_ages_left(k)
        k = self._past_all_of_left(k)
        k = self._past_going_left(k)
        k = self._past_known_as_left(k)
        return self._past_relative_left(k)

    def _told_in_aside_left(self, k: int) -> list[Victim]:
        """The people told again between commas up to the comma ``k`` before the verb: by name
        ("The victims, identified as Ali Hassan and Omar Farouk,"), by kind ("The victims, two
        women and a man,") or one by one after their count ("Two civilians, a farmer, Ali Khan, and
        his son,"), by how many they numbered ("The gunmen, who numbered four,") or as one more by
        rank ("A sixth, a girl,"); none when there is no such aside."""
        return (
            self._names_in_aside_left(k)
            or self._people_in_aside_left(k)
            or self._counted_then_each_left(k)
            or self._numbered_in_aside_left(k)
            or self._ranked_one_in_aside_left(k)
        )

    def _past_stray_comma_left(self, k: int, singular_aux: bool) -> int:
        """Before a comma at ``k`` that closes no aside, between the people and the verb: the last
        item of the people; else ``k``."""
        items = self.items
        if k >= 1 and items[k].text == "," and self._aside_open(k) < 0 and self.people_word(k - 1):
            first = self.np_left_start(k - 1)  # "22 people, were killed": a stray comma before the verb
            if first < k - 1 and any(items[j].is_count for j in range(first, k - 1)):
                k -= 1
        if not singular_aux and self._kin_closing_a_list(k):
            k -= 1  # "Iyad Matar, a journalist and his mother, were killed": a stray comma before the verb
        return k

    def _items_left(self, k: int, singular_aux: bool) -> tuple[int, list[Victim], list[Victim]]:
        """The items of a list of people ending at ``k``, read from the last back to the first,
        and the parts told in asides between them (", including 4 children,"); also where the
        reading stopped, which tells whether people were there when no item was read."""
        victims: list[Victim] = []
        subsets: list[Victim] = []
        while k >= 0:
            if (kin := self.kin_named_in_aside_left(k)) is not None:
                victims.insert(0, kin)  # "Her sisters, Fatuma (12) and Aisha (9), (and her grandmother)"
                k = self._item_before(kin.first - 1, False)
                continue
            if victims and (kin := self._kin_named_before_comma_and(k)) is not None:
                victims.insert(0, kin)  # "their children Muhammad and Tasneem, (and his brother Zakaria)"
                k = self._item_before(kin.first - 1, False)
                continue
            k, skipped = self._skip_asides_left(k)
            subsets = skipped + subsets
            if k < 0:
                break
            if victims and self._pronoun_opening_a_pair(k):
                victims.insert(0, Victim(k, k, 1))  # "he and an accomplice were wounded": one more
                k = -1
                break
            in_list = bool(victims) or self._after_counted_people(k)
            first, victim = self._item_left(k, singular_aux and not victims, in_list=in_list)
            if victim is None:
                break
            victims.insert(0, victim)
            k = self._item_before(first - 1, singular_aux and len(victims) == 1)
        return k, victims, subsets

    def _pronoun_opening_a_pair(self, k: int) -> bool:
        """Whether ``k`` is "he" or "she" joined by "and" to the people after it, opening its clause:
        "he and an accomplice were shot and wounded", "she and her two sons were killed", "the
        chief said he and two constables were injured" (the one told before, one person more)."""
        items = self.items
        if items[k].low not in _PAIRED_PRONOUNS or k + 1 >= len(items) or items[k + 1].low != "and":
            return False
        return k == 0 or items[k - 1].text in ",;:" or items[k - 1].low in _BEFORE_A_CLAUSE

    def _items_before_kin(self, kin: Victim) -> list[Victim]:
        """The people of the list before kin named at its end ("Omar al-Khatib, 33, and his sons
        Hamza, 8, and Ali, 6, died": Omar before his sons), read back from the link before them."""
        items = self.items
        start = kin.first - 1 if kin.first > 0 and items[kin.first - 1].low in POSSESSIVES else kin.first
        if start < 2 or items[start - 1].low not in ("and", ","):
            return []
        before = self._item_before(start - 1, False)
        return self._items_left(before, False)[1] if before >= 0 else []

    def _after_counted_people(self, k: int) -> bool:
        """Whether the words ending at ``k`` follow "and" after counted people, the last of a list
        ("Three policemen and the gunman died": the gunman is one more)."""
        items = self.items
        first = self.np_left_start(k)
        if first < 2 or first > k or items[first - 1].low != "and":
            return False
        return any(items[j].is_count for j in range(self.np_left_start(first - 2), first - 1))

    def _item_left(self, k: int, singular: bool, in_list: bool) -> tuple[int, Victim | None]:
        """One item of a list of people ending at ``k``, and where it starts: one person when
        ``singular`` or a name alone ("Sama and Khaled", "Ahmed, 14,"), taking in a description
        before a name between commas."""
        first, victim = self._np_with_phrases_left(
            k, singular or self._name_in_pair(k) or self._aged_name(k) or self._name_before_own_kin(k), in_list=in_list
        )
        if victim is None:
            return first, None
        described = self._description_before_name(first, victim)
        if described >= 0:
            first = victim.first = described  # "a soldier, John Smith, and two civilians": one person
        return first, victim

    def _ranked_one_in_aside_left(self, k: int) -> list[Victim]:
        """ "A sixth, a 2-year-old girl, died", "A fourth, a teenage boy, died of his wounds": "a"
        and an ordinal alone, then one person told with "a" up to the comma ``k`` before the
        verb, are that one person; so in a clause after "and" ("killed three civilians, and a
        fourth, an elderly man, died of his wounds"); none when not so."""
        items = self.items
        if k < 5 or items[k].text != ",":
            return []
        first, victim = self._np_with_phrases_left(k - 1, True)
        if victim is None or victim.count != 1 or items[first].low not in ("a", "an") or items[first - 1].text != ",":
            return []
        rank, opening = items[first - 2].quantity, first - 3
        if opening < 0 or rank is None or not rank.ordinal or items[opening].low not in ("a", "an"):
            return []
        if opening > 0 and items[opening - 1].low != "and":
            return []
        victim.first = opening
        return [victim]

    def _kin_named_before_comma_and(self, k: int) -> Victim | None:
        """Someone's kin in the plural, then their names, ending at ``k`` (or at the comma after the
        last name's age) in a list that goes on after ", and": "Ahmad, his wife Shireen, their
        children Muhammad, 9, and Tasneem, 5, and Ahmad's brother Zakaria were all killed" (the
        children are two).  None when the kin are not owned ("brothers Ali and Omar")."""
        if k < 0 or not (self.items[k].is_cap or self.items[k].text in ",)"):
            return None  # (speed) the names end on a capital, an age's comma or bracket
        kin = self._plural_kin_named_left(k)
        if kin is None or kin.first < 1 or self.items[kin.first - 1].low not in POSSESSIVES:
            return None
        return Victim(kin.first - 1, kin.last, kin.count)

    def _kin_named_in_aside(self, comma: int) -> bool:
        """Whether the comma ``comma`` closes the name of one of someone's kin set off by commas:
        "His wife, Lubna, (and their two sons)", "Fadi's son, Karim Saleh, (and ...)"."""
        items = self.items
        open_ = self._aside_open(comma)
        if open_ < 2 or items[open_].text != "," or not all(items[j].is_cap for j in range(open_ + 1, comma)):
            return False
        kin, owner = items[open_ - 1], items[open_ - 2]
        owned = owner.low in POSSESSIVES or owner.low.endswith(("'s", "’s"))
        return open_ + 1 < comma and owned and kin.low in KIN and not kin.is_cap and self.singular_kin_or_role(open_ - 1, open_ - 1)

    def _item_before(self, before: int, alone: bool) -> int:
        """Where the item before ends, ``before`` being the link ("and", ",", ", and", "as well
        as") to the item after it; -1 when the list starts after ``before``.  ``alone``: the item
        after is the only one read, before a singular verb."""
        items = self.items
        joined = before >= 1 and items[before].low in ("and", "&") and items[before - 1].text != ","
        if before >= 3 and items[before].low == "and" and items[before - 1].text == ",":
            if self._kin_named_before_comma_and(before - 1) is not None:
                return before - 1  # "their children Muhammad, 9, and Tasneem, 5, and"
            if self._kin_named_before_comma_and(before - 2) is not None:
                return before - 2  # "their children Muhammad and Tasneem, and"
        if before >= 4 and items[before].low == "and" and items[before - 1].text == "," and self._kin_named_in_aside(before - 1):
            return before - 1  # "His wife, Lubna, and (their two sons)"
        named = self._names_of_people_before(before)  # "Two brothers, Ahmed, 14, and Yusuf, 9, and"
        if named < 0:
            named = self._described_person_left(before)
        if named >= 0:
            return named  # "Iyad Matar, a journalist for Al-Aqsa TV, and his mother"
        if before >= 2 and items[before].low == "and" and self.kin_named_in_aside_left(before - 1) is not None:
            return before - 1  # "His sons, Omar and Bilal, and"
        if joined or (
            before >= 1
            and items[before].text == ","
            and self._list_item_before(before - 1)
            and not alone  # "The son of X, Fritz Y was killed": one
        ):
            return before - 1  # an age after the name ("Ahmad Yusuf, 45,") is stepped over by the asides
        if before >= 1 and items[before].low == "and" and (aside_end := self._age_order_aside_left(before - 1)) >= 0:
            return aside_end  # "Five children, the youngest aged two, and"
        if before >= 1 and items[before].low == "and" and (aside_end := self.share_aside_left(before - 1)) >= 0:
            return aside_end  # "Twelve soldiers, most of them conscripts, and"
        if self._serial_comma(before):
            return before - 2  # "four soldiers, two policemen, and a child"
        if before >= 1 and items[before].low == "and" and (aside_end := self._ages_aside_left(before - 1)) >= 0:
            return aside_end  # "Two women, aged 30 and 45, and a man"
        if before >= 2 and items[before].low == "as" and items[before - 1].low == "well":
            return before - 3
        if before >= 2 and items[before].low == "with" and items[before - 1].low in ("along", "together"):
            return before - 2  # "A commander along with four of his fighters were killed": "along with" as "and"
        return -1

    def _list_with_parts(
        self, victims: list[Victim], added: list[Victim], subsets: list[Victim], both: bool
    ) -> list[Victim]:
        """The items read (the names of people counted before them being no more people), the
        people ``added`` "along with" them, then the parts, subsets of the last item; one person
        told of without a number is two after "both"."""
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
