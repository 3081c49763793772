"""What may follow an item of a list of people read forwards, and whether the list goes on.

Steps over a phrase of time or place ("killed 31 people on Tuesday, including"), "in Nation",
ages ("two women, aged 30 and 45,"), an aside on the youngest, an appositive ("Muhammad Al
Hassi, a 45 year old civilian") and names of the counted ("two children, Ahmed and Sara, and");
stops at a source ("killing 18, an official told AFP"), a clause of its own ("and another seven
were wounded") or a verb with its object ("and displaced hundreds").
"""

from __future__ import annotations

from crawler.extract.asides import AGE_ORDER, ASIDE_START
from crawler.extract.outcomes import ACTIVE, INTRANSITIVE, NOUNS, PARTICIPLES, PHRASE_STARTS
from crawler.extract.victim_nouns import Victim, VictimNouns
from crawler.extract.word_classes import (
    ADVERBS,
    AUX,
    CLAUSE_VERBS,
    HEDGES,
    NAME_PARTICLES,
    POSSESSIVES,
    PREPOSITIONS,
    QUOTE_MARKS,
)

# A source's verb closing a sentence, and the words that may follow it: ", an official told reporters".
SAYING = frozenset("said says told tells added reported confirmed stated".split())
_AFTER_SAYING = frozenset("reporters journalists on in late earlier".split())
# Past tenses without "-ed" that take people as their object.
_PAST_VERBS = frozenset("sent took brought drove kept put held".split())
# What may follow a person's description in commas: "killed a man, a member of the UDA, in Belfast".
_PLACE_WORDS = frozenset("in near at on outside inside during when while after before as".split())


class AfterPeople(VictimNouns):
    """Reads what follows one item of a list of people, and where the next item starts."""

    def past_adverbials(self, k: int) -> int:
        """The comma after "on Tuesday" in "killed 31 people on Tuesday, including 5 medics" (``k``
        itself when no such comma follows), or the "including" a reader writes with no comma
        before it ("killed 21 people in Ngarbuh including 13 children")."""
        items = self.items
        if k >= len(items) or items[k].low not in PREPOSITIONS:
            return k
        for j in range(k + 1, min(len(items), k + 8)):
            if items[j].text == "," or items[j].low == "including":
                return j
            if not items[j].is_word and items[j].quantity is None:
                break
        return k

    def _skip_place_in_list(self, k: int) -> int:
        """Step over "in Nation" in "a Pastor of Church of Christ in Nation, his wife and ...", and
        over the first of places told by their order before the people of the next ("killing five
        people in the first village and four in the second")."""
        items = self.items
        if k + 1 < len(items) and items[k].low in ("in", "from", "at", "of") and items[k + 1].is_cap:
            j = k + 1
            while j < len(items) and (items[j].is_cap or items[j].low in NAME_PARTICLES):
                j += 1
            if j < len(items) and (items[j].text == "," or items[j].low == "and"):
                return j
        return self._skip_first_of_an_order(self._past_on_board(k))

    def _past_on_board(self, k: int) -> int:
        """The "and" after "on board" when more people follow it, as a crash or a downing tells
        the dead in the aircraft and on the ground: "killing all 107 people on board and three
        people on the ground"."""
        items = self.items
        if [item.low for item in items[k : k + 3]] == ["on", "board", "and"] and k + 3 < len(items) and items[k + 3].is_count:
            return k + 2
        return k

    def _skip_first_of_an_order(self, k: int) -> int:
        """The "and" after "in the first [village]" when people counted in the second follow it."""
        items = self.items
        if k + 3 >= len(items) or items[k].low not in ("in", "at") or items[k + 1].low != "the":
            return k
        first = items[k + 2].quantity
        if first is None or not first.ordinal or first.value != 1:
            return k
        j = k + 3 if items[k + 3].low == "and" else k + 4  # "in the first and ...", "in the first blast and ..."
        after = items[j + 1].quantity if j + 1 < len(items) and items[j].low == "and" else None
        return j if after is not None and not after.ordinal and items[j + 1].is_count else k

    def _source_after(self, k: int) -> bool:
        """Whether the words at ``k`` name who told the figure, an attribution closing the
        sentence after the people ("killed 12 people, a police officer said", "killing 18, an
        official told AFP", '"We buried 23 martyrs," an activist said'): no one more in the list."""
        items = self.items
        while k < len(items) and items[k].text in QUOTE_MARKS:
            k += 1
        last = self.np_right_end(k)
        j = last + 1
        if last < k or j >= len(items) or items[j].low not in SAYING:
            return False
        after = items[j + 1] if j + 1 < len(items) else None
        return after is None or not after.is_word or after.is_cap or after.low in _AFTER_SAYING

    def _starts_clause(self, k: int) -> bool:
        """Whether the people at ``k`` start a figure of their own: the subject of a new clause
        ("and another seven were wounded") or a number before an outcome noun ("and several
        injuries", "and four dead"); not people before an outcome told of them all, the last of a
        list ("left 17 soldiers and four civilians dead": 21 dead)."""
        items = self.items
        if k >= len(items):
            return False  # a text cut off after "and"
        start = k + 1 if items[k].low in POSSESSIVES else k
        last = self.np_right_end(start) if start < len(items) else -1
        if last < start:
            return False
        j = last + 1
        if start > k and j < len(items) and items[j].low in CLAUSE_VERBS:
            return True  # whose kin speaks: "Omar Saleh, his brother said"
        if j < len(items) and items[j].low in NOUNS and not (j + 1 < len(items) and items[j + 1].low == "of"):
            return not (items[j].low in PARTICIPLES and self.people_word(last))  # "left 17 soldiers and four civilians dead"
        if j + 1 < len(items) and items[j].text == "," and items[j + 1].low in ASIDE_START:
            # "and several others, including an infant, were injured"
            close = next((c for c in range(j + 2, min(len(items), j + 30)) if items[c].text in ",;"), None)
            if close is None or items[close].text != ",":
                return False
            j = close + 1
        while j < len(items) and (items[j].low in ADVERBS or items[j].low in HEDGES):
            j += 1
        if j >= len(items):
            return False
        low = items[j].low
        return low in AUX or low in INTRANSITIVE or low in CLAUSE_VERBS or (low in PARTICIPLES and low not in ACTIVE)

    def _verb_with_object(self, k: int) -> bool:
        """ "killed 13 villagers and displaced hundreds", "sent 12 others to hospital": after
        "and", a past tense verb and its counted object, not more people."""
        items = self.items
        if k + 1 >= len(items) or not (items[k].low.endswith("ed") or items[k].low in _PAST_VERBS) or items[k].is_cap:
            return False
        after = items[k + 1]
        return after.is_count or (after.quantity is not None and after.quantity.qualifier == "vague")

    def _appositive_after(self, victim: Victim, k: int) -> bool:
        """ "Muhammad Al Hassi, a 45 year old civilian": a description of the person named."""
        items = self.items
        return (
            k + 1 < len(items)
            and items[k].text == ","
            and items[k + 1].low in ("a", "an", "the")
            and self.is_name(victim.first, victim.last)
        )

    def _description_after(self, victim: Victim, k: int) -> bool:
        """ "killed its planter, a 22-year-old member of the INLA, in a field", "killed a
        policeman, a member of the RUC.": one person told without a number, then "a" and what he
        was, closed before a place or the end of the clause, is that person described (not "a
        policeman, a soldier and a child", nor "a policeman, a soldier, a child")."""
        items = self.items
        if victim.count != 1 or items[victim.first].is_count or k + 2 >= len(items):
            return False
        if items[k].text != "," or items[k + 1].low not in ("a", "an"):
            return False
        close = next((j for j in range(k + 2, min(len(items), k + 14)) if items[j].text in ",;.:()" or items[j].low == "and"), None)
        if close is None or items[close].low == "and" or items[close].text not in ",;.":
            return False
        return items[close].text != "," or (close + 1 < len(items) and items[close + 1].low in _PLACE_WORDS)

    def _name_after_description(self, victim: Victim, k: int) -> bool:
        """ "Iran's overall commander in Syria, General Hossein Hamedani", "a nurse, Sara al-Hajj,":
        one person, named (a particle joined to the name by a hyphen is part of it)."""
        items = self.items
        if victim.count != 1 or items[victim.first].is_count or self.is_name(victim.first, victim.last):
            return False
        if k + 1 >= len(items) or items[k].text != ",":
            return False
        end = k + 1
        while end < len(items) and (items[end].is_cap or items[end].low.split("-")[0] in NAME_PARTICLES):
            end += 1
        name_end = end
        if end < len(items) and items[end].text == "(" and self.matching(end) > end:
            end = self.matching(end) + 1  # "a man, Ahmad Yusuf (also named as Ahmed Youssef), and ..."
        return name_end > k + 1 and self.is_name(k + 1, name_end - 1) and (end >= len(items) or items[end].text in ",.;")

    def _skip_appositive(self, k: int) -> int:
        """The item after the appositive starting at the comma ``k``: up to the comma that closes
        it, "and" inside it included when a comma and "and" follow ("Dr. Anwar Nassar, a lecturer
        at the university and former director of the centre, and his son"), or else up to "and"."""
        items = self.items
        close = next((j for j in range(k + 1, min(len(items), k + 30)) if items[j].text in ",;:.()"), None)
        if close is not None and items[close].text == "," and close + 1 < len(items) and items[close + 1].low == "and":
            if not any(items[j].low in AUX or items[j].low in ACTIVE or items[j].low in PARTICIPLES
                       for j in range(k + 1, close)):
                return close + 1
        k += 1
        while k < len(items) and items[k].text not in ",;:." and items[k].low not in ("and", "as"):
            if items[k].text == "(" and self.matching(k) > k:
                k = self.matching(k)
            k += 1
        if k < len(items) and items[k].text == ",":
            k += 1
        if k + 1 < len(items) and self._is_age(k) and items[k + 1].text == ",":
            k += 2  # an age after the name: "a mother, Amal, 32, and her three children"
        return k

    def _past_ages_right(self, victim: Victim, k: int) -> int:
        """Past the ages of the people before, between commas from ``k``: "two women, aged 30 and
        45, and a man", "two men, 24 and 31, from the same village" (bare numbers only as many as
        the people).  Returns the comma or full stop that closes them; ``k`` when there are none."""
        items = self.items
        if k + 2 >= len(items) or items[k].text != ",":
            return k
        aged = items[k + 1].low in ("aged", "ages")
        j = k + 2 if aged else k + 1
        numbers = 0
        while j < len(items) and items[j].quantity is not None:
            numbers += 1
            j += 1
            if j + 1 < len(items) and (items[j].low in ("and", "to") or items[j].text == ",") and items[j + 1].quantity is not None:
                j += 1
        if numbers == 0 or (not aged and numbers != victim.count) or j >= len(items) or items[j].text not in ",.":
            return k
        return j

    def _past_age_order_aside(self, victim: Victim, k: int) -> int:
        """Past an aside on the youngest or eldest of the people before, between commas from ``k``
        ("killed five children, the youngest aged two, and their mother"): the closing comma;
        ``k`` when there is none."""
        items = self.items
        if victim.count < 2 or k + 3 >= len(items) or items[k].text != ",":
            return k
        if items[k + 1].low != "the" or items[k + 2].low not in AGE_ORDER:
            return k
        for j in range(k + 3, min(k + 12, len(items))):
            low = items[j].low
            if items[j].text == ",":
                return j
            if items[j].text in ";:()" or low in ACTIVE or low in PARTICIPLES or low in INTRANSITIVE:
                return k
        return k

    def _names_the_counted(self, victim: Victim, k: int) -> bool:
        """Whether a name at ``k``, after a comma, names the people ``victim`` counts ("killed two
        civilians, Dr. Anwar Nassar, a lecturer at ..., and his son"): those are no more people."""
        items = self.items
        if victim.count < 2 or not any(items[j].is_count for j in range(victim.first, victim.last + 1)):
            return False
        last = self.np_right_end(k)
        if last > k and self.is_name(k, last):
            return True
        return items[k].is_cap and self._past_names_to_more(k) >= 0  # "two children, Ahmed and Sara, and"

    def _past_names_to_more(self, k: int) -> int:
        """After the names of counted people starting at ``k`` ("two children, Ahmed and Sara, and
        their mother"): where the more people after ", and" start; -1 when the names end the list."""
        items = self.items
        j = k
        while j + 2 < len(items) and (
            items[j].is_cap or items[j].low == "and" or items[j].text in ",()" or self._is_age(j)
        ):  # ages in parentheses too: "three sons, Hazem (22), Amir (20) and Mohammed (18), and"
            if items[j].text == "," and items[j + 1].low == "and" and not items[j + 2].is_cap:
                return j + 2
            j += 1
        return -1

    def _outcome_of_their_own(self, k: int) -> bool:
        """Whether a verb of an outcome follows "one of whom" at ``k``: "abducted four aid workers,
        one of whom was later found dead" tells a death, not who the four were."""
        items = self.items
        while k < len(items) and (items[k].low in AUX or items[k].low in ADVERBS):
            k += 1
        return k < len(items) and (items[k].low in PARTICIPLES or items[k].low in INTRANSITIVE or items[k].low in PHRASE_STARTS)

    def _as_many_right(self, k: int, before: Victim) -> tuple[Victim | None, int]:
        """ "killed four police and as many civilians": as many people as ``before`` counts; the
        victim and where it ends (``k - 1`` when there is none)."""
        items = self.items
        if k + 2 >= len(items) or items[k].low != "as" or items[k + 1].low != "many" or before.subset:
            return None, k - 1
        last = self.np_right_end(k + 2)
        if last < k + 2 or not self.people_word(last):
            return None, k - 1
        return Victim(k, last, before.count, before.qualifier, before.count_max), last
