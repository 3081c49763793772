"""The noun phrase of people that ends at an item, read backwards over the phrases after it.

"21 members of the Safi and Kaloub families", "38 demonstrators in four provinces", "four
police and as many rebels", "a journalist for Al-Aqsa TV": where the people start and how many
they are, the places and bodies after them counting no one.
"""

from __future__ import annotations

from crawler.extract.groups import ROLES
from crawler.extract.outcomes import ACTIVE, PARTICIPLES
from crawler.extract.victim_nouns import Victim, VictimNouns
from crawler.extract.word_classes import AUX, NAME_PARTICLES

_PHRASE_LINKS = frozenset({"from", "of", "in", "at", "inside", "near", "with", "for", "spanning", "on", "across"})
_PLACE_LINKS = frozenset({"from", "of", "in"})  # "a family of five from Homs", "a resident of Douma"


class NounPhrasesLeft(VictimNouns):
    """Reads the people of a noun phrase backwards from its last item, over its phrases."""

    def _np_with_phrases_left(self, k: int, singular: bool, in_list: bool = False) -> tuple[int, Victim | None]:
        """The noun phrase ending at ``k``, stepping back over "from the X family", "in Gaza",
        over names joined by "and" ("from the Safi and Kaloub families"), and over a counted first
        conjunct of its modifiers ("14 regime and opposition fighters", "4 policemen and
        civilians": 14 and 4 people in all).  In a list of people (``in_list``) one person named
        with "the" is one of them: "The deputy governor and his two bodyguards were killed"."""
        items = self.items
        first = self.np_left_start(k)
        if first > k:
            return first, None
        as_many = self._as_many_left(first, k)
        if as_many is not None:
            return first - 1, as_many
        victim = self._victim_in(first, k, singular, allow_definite=in_list)
        if victim is not None and (head_of_place := self._people_of_a_place(first, k, singular, in_list)):
            return head_of_place
        if victim is not None and (of_one_family := self._people_of_one_family(first, k, singular)):
            return of_one_family
        counted_head = self._counted_head_before(first, k, singular)
        if counted_head is not None:
            return counted_head
        if victim is None and first >= 2 and items[first - 1].low == "and" and items[first - 2].is_word:
            head_first = self.np_left_start(first - 2)
            count_at = next((j for j in range(head_first, first - 1) if items[j].is_count), None)
            plain = all(items[j].low != "of" for j in range(head_first, first - 1))
            if count_at is not None and plain and (head_first == 0 or items[head_first - 1].text != "," or self._closes_an_opening(head_first - 1)):
                counted = self.victim(head_first, k, count_at=count_at)
                if counted is not None:
                    return head_first, counted
        if victim is None and first >= 2 and items[first - 1].low == "and" and (
            items[first - 2].is_cap or items[first - 2].low.split("-")[0] in NAME_PARTICLES or self._forces_joined(first, k)
        ):
            first = self.np_left_start(first - 2)  # names joined: "from the Safi and Kaloub families"
            # "21 members of the Safi and Kaloub families": the counted head takes in the names
            victim = self._victim_in(first, k, singular, allow_definite=False)
        hops = 0
        while victim is None and hops < 2 and first >= 2 and items[first - 1].low in _PHRASE_LINKS:
            head_first = self.np_left_start(first - 2)
            if head_first > first - 2:
                break
            head = self._victim_in(head_first, first - 2, singular, allow_definite=in_list)
            if head is not None:
                head.last = k
                return head_first, head
            first = head_first
            hops += 1
            if first >= 2 and items[first - 1].low == "and" and items[first - 2].is_cap:
                # "students from the Faculty of Law and Economics in Kabul University": a name of
                # several words joined by "and" inside the phrases
                first = self.np_left_start(first - 2)
        return first, victim

    def _closes_an_opening(self, comma: int) -> bool:
        """Whether the comma at ``comma`` closes a phrase that opens the sentence and names no people
        ("On Monday,", "In the old city,", "Yesterday,", "In 2014,") or its source ("According to
        police,"), so the counted people after it open the clause rather than end a list: "On Monday,
        30 women and children were killed" (not "Two soldiers, 30 women and children", whose "and"
        joins the list's items)."""
        items = self.items
        sourced = items[0].low in ("according", "citing")
        return all(items[j].text != "," and (sourced or not self.people_word(j)) for j in range(comma))

    def _forces_joined(self, first: int, k: int) -> bool:
        """Whether ``first..k`` is a force joined by "and" to another right before it, both after
        the "of" of a counted head: "350 members of the army and security forces", "12 officers of
        the police and the army" (the forces are whose the people are, as a family's name is)."""
        items = self.items
        if items[first - 2].low not in ROLES or not any(items[j].low in ROLES for j in range(first, k + 1)):
            return False
        return any(items[j].low == "of" for j in range(self.np_left_start(first - 2), first - 2))

    def _people_of_a_place(self, first: int, k: int, singular: bool, in_list: bool) -> tuple[int, Victim] | None:
        """ "A family of five from Homs was killed", "a shepherd from Tafas", "a resident of
        Douma": the name ``first..k`` after "from", "in" or "of" is where the people before it
        are from, not a person; those people, if the words before name them."""
        items = self.items
        if first < 2 or items[first - 1].low not in _PLACE_LINKS:
            return None
        if not all(items[j].is_cap or items[j].low.split("-")[0] in NAME_PARTICLES for j in range(first, k + 1)):
            return None
        return self._people_before_the_link(first, k, singular, allow_definite=in_list, counted=False)

    def _people_of_one_family(self, first: int, k: int, singular: bool) -> tuple[int, Victim] | None:
        """ "Four children from one family", "three civilians of one household": the one family
        ``first..k`` after "from" or "of" is whose the counted people before it are, no person."""
        items = self.items
        one = items[first].quantity
        if first < 2 or first + 1 != k or one is None or one.value != 1 or items[k].low not in ("family", "household"):
            return None
        if items[first - 1].low not in ("from", "of"):
            return None
        return self._people_before_the_link(first, k, singular, allow_definite=False, counted=True)

    def _people_before_the_link(
        self, first: int, k: int, singular: bool, allow_definite: bool, counted: bool
    ) -> tuple[int, Victim] | None:
        """The people of the noun phrase that ends right before the link word ("from", "of", "in")
        at ``first - 1``, stretched to ``k``; ``counted``: only when that phrase holds a figure."""
        items = self.items
        head_first = self.np_left_start(first - 2)
        if head_first > first - 2 or (counted and not any(items[j].is_count for j in range(head_first, first - 1))):
            return None
        head = self._victim_in(head_first, first - 2, singular, allow_definite=allow_definite)
        if head is None:
            return None
        head.last = k
        return head_first, head

    def _counted_head_before(self, first: int, k: int, singular: bool) -> tuple[int, Victim] | None:
        """ "38 demonstrators in four provinces", "12 workers from two villages", "38 people on
        their farms across five regions": a counted phrase of people before one or two phrases
        ``first..k`` with no people word at their end is the head; the figure of the places
        after it counts no one."""
        items = self.items
        if self.people_word(k):
            return None
        for _ in range(2):
            if first < 2 or items[first - 1].low not in _PHRASE_LINKS:
                return None
            head_first = self.np_left_start(first - 2)
            if head_first > first - 2:
                return None
            if self.people_word(first - 2):
                break
            first = head_first
        else:
            return None
        return self._people_before_the_link(first, k, singular, allow_definite=False, counted=True)

    def _as_many_left(self, first: int, last: int) -> Victim | None:
        """ "Four police and as many rebels were wounded": "as many" people as the counted ones
        before "and" (the phrase ``first..last`` starts at "many")."""
        items = self.items
        if items[first].low != "many" or first < 3 or items[first - 1].low != "as" or items[first - 2].low != "and":
            return None
        if first == last or not self.people_word(last):
            return None
        head_first = self.np_left_start(first - 3)
        count_at = next((j for j in range(head_first, first - 2) if items[j].is_count), None)
        if count_at is None:
            return None
        quantity = items[count_at].quantity
        assert quantity is not None
        return Victim(first - 1, last, quantity.value, quantity.qualifier, quantity.value_max)

    def _one_described(self, first: int, last: int) -> bool:
        """Whether ``first..last`` is "a"/"an" and one person's noun phrase, without a verb: "a
        45-year-old farmer", "a journalist for Al-Aqsa TV" (not "a relative posted to ...")."""
        items = self.items
        if items[first].low not in ("a", "an") or first + 1 > last:
            return False
        if any(item.low in AUX or item.low in ACTIVE or item.low in PARTICIPLES or item.text in ";:()"
               for item in items[first : last + 1]):
            return False
        start, person = self._np_with_phrases_left(last, False, in_list=True)
        if start == first and person is not None and person.count == 1:
            return True
        head_end = self.np_right_end(first)  # "a photographer for Sela Today": the phrase names a place of work
        if not first < head_end < last or items[head_end + 1].low not in _PHRASE_LINKS:
            return False
        head = self._victim_in(first, head_end, False, allow_definite=False)
        return head is not None and head.count == 1
