"""Lists of people next to an outcome word: how many each item counts, and its parts.

``People`` reads, from a given item, the people a figure is about: "6 soldiers and a civilian",
"seven Afghan and four Pakistani fighters", "six members of the family, including four
children,", "her son, Ali,", "28-year-old Samir Odeh", "many insurgents, including three
commanders".  Each item of a list is a ``Victim``: its items, its count, and whether it is part
of an earlier item (a subset) rather than more people.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crawler.extract.groups import DEMONYMS, NOT_PEOPLE, ROLES
from crawler.extract.numbers import PERSON_NOUNS
from crawler.extract.outcomes import ACTIVE, INTRANSITIVE, LEAVING, NOUNS, PARTICIPLES, PHRASE_STARTS
from crawler.extract.phrases import Phrases
from crawler.extract.records import Qualifier
from crawler.extract.word_classes import (
    ADVERBS,
    AUX,
    CLAUSE_VERBS,
    DETERMINERS,
    HEDGES,
    HOW_BADLY,
    KIN,
    NAME_PARTICLES,
    POSSESSIVES,
    PREPOSITIONS,
    PRONOUNS,
    SINGULAR_DETERMINERS,
    TITLES,
)

_ASIDE_START = frozenset(
    """including among of most mostly mainly many some all both who whose which aged two three
    almost nearly largely predominantly also from identified named
    four five six seven eight nine ten several one none half""".split()
)
_ASIDE_MARKS = frozenset({",", "–", "—"})
# What people were doing when they were hit, in a phrase after them: "six people returning home".
_GOING = frozenset(
    """returning travelling traveling heading fleeing commuting attending working sheltering riding
    waiting gathering praying queuing queueing celebrating shopping belonging serving guarding manning
    sitting standing walking playing driving sleeping fishing farming studying""".split()
)
# Offices one person holds in a body: "the head of the council".
_OFFICES = frozenset("head co-chair chairman chairwoman chief leader president director governor mayor".split())
_PHRASE_LINKS = frozenset({"from", "of", "in", "at", "inside", "near", "with", "for", "spanning", "on", "across"})
_NAME_LIST_WORDS = frozenset(
    {"and", ",", ".", "year", "years", "old", "month", "months", "aged", "his", "her", "their"}
)
# People of no particular kind, and the kinds an aside may break them down into.
_GENERAL_PEOPLE = frozenset("people persons civilians individuals members residents villagers palestinians".split())
_KINDS_OF_PEOPLE = frozenset(
    """women woman men man children child boys boy girls girl infants infant babies baby toddler
    mother father son daughter sons daughters brother sister brothers sisters wife husband
    grandmother grandfather grandchild grandchildren elderly teenager teenagers""".split()
)
# One person told by how many children they have: "a mother of four", "a father of three".
# A source's verb closing a sentence, and the words that may follow it: ", an official told reporters".
_SAYING = frozenset("said says told tells added reported confirmed stated".split())
_AFTER_SAYING = frozenset("reporters journalists on in late earlier".split())
_PARENTS = frozenset("mother father parent grandmother grandfather mum mom dad".split())
# Past tenses without "-ed" that take people as their object.
_PAST_VERBS = frozenset("sent took brought drove kept put held".split())
_PARTS_OPENERS = (["among", "them"], ["among", "whom"], ["among", "those"], ["of", "whom"])
_QUOTES = "\"'“”‘’"
_AGE_ORDER = frozenset({"youngest", "eldest", "oldest"})
# The possessives that point back to one person told of before: "X, a journalist, and his mother".
_KIN_OF_THE_NAMED = frozenset({"his", "her"})
# An age written as one word: "16-year-old", "a year-old".
AGE_WORD = re.compile(r"\d+-(?:year|month|week|day)s?-old|(?:year|month|week|day)s?-old")
# Kin in the plural that given names may follow with no number ("brothers Karim and Nabil Haddad"),
# and the words that may describe them first ("14-year-old twins", "twin sisters").
_KIN_NAMED_TOGETHER = frozenset("brothers sisters twins siblings cousins sons daughters".split())
_KIN_DESCRIPTIONS = frozenset("twin teenage young little infant baby elder younger".split())


# The endings of peoples' names that also name one of them ("a Palestinian", "an Iraqi", "a Filipino",
# "a Chechen"); "British", "Lebanese", "Kurdish" do not.
_PERSON_DEMONYM_ENDINGS = ("an", "i", "o", "en")


@dataclass(slots=True)
class Victim:
    """One item of a list of people: where it is, how many, and whether it is part of another."""

    first: int  # item indexes, inclusive
    last: int
    count: int
    qualifier: Qualifier = "exact"
    count_max: int | None = None
    subset: bool = False
    parent: int | None = None  # position in the same list


def lower_bounds(parts: list[Victim]) -> list[Victim]:
    """Parts of people counted without a number, as figures of their own: at least so many."""
    for part in parts:
        part.subset = False
        if part.qualifier == "exact":
            part.qualifier = "at_least"
    return parts


class People(Phrases):
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

    def _kin_closing_a_list(self, comma: int) -> bool:
        """Whether the comma ``comma`` follows "and" and one kin of the one named before ("and his
        mother,", "and her son,"): the last of a list of people, not an aside; unless the list
        breaks down a figure before it ("two civilians, a mother and her child, were injured")."""
        items = self.items
        if comma < 4 or items[comma].text != ",":
            return False
        first = comma - 2
        return (
            items[first].low in _KIN_OF_THE_NAMED
            and items[first - 1].low == "and"
            and self.singular_kin_or_role(comma - 1, comma - 1)
            and not self._breakdown_left(comma)[1]
        )

    def _names_of_the_counted_left(self, victims: list[Victim]) -> list[Victim]:
        """ "Two brothers, Juan Perez, 19, and Carlos Perez, 22, were killed", "their two sons
        Mohammed and Khaled were killed": after counted people, as many people, each named (the
        first perhaps right after the people word), are those counted, no more people."""
        items = self.items
        head, names = victims[0], victims[1:]
        if not names or not any(items[j].is_count for j in range(head.first, head.last + 1)):
            return victims
        named_in_head = 1 if self._ends_on_a_name(head) else 0
        link = items[head.last + 1]
        if not (link.text == "," and not named_in_head) and not (link.low == "and" and named_in_head):
            return victims
        if sum(v.count for v in names) + named_in_head != head.count or not all(self._named_one(v) for v in names):
            return victims
        return [head]

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
        kin ("His son, Akram, and his daughter", "Haitham's son, 12-year-old Akram, and"): that
        person, named; -1 when there is no such description."""
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
        )
        return start if start < first - 1 and described else -1

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
        if unclosed and not (at + 1 < len(items) and items[at + 1].low in _KIN_OF_THE_NAMED):
            return -1  # "X, a journalist and his mother": only the kin of the one described ends the aside
        close = at if unclosed else at - 1 if items[at].low == "and" else at
        open_ = next((j for j in range(close - 1, max(0, close - 12), -1) if items[j].text in _ASIDE_MARKS), -1)
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

    def _names_of_people_before(self, at: int) -> int:
        """Where counted people end before their names between commas and ", and" at ``at``:
        "Two children, Ahmed and Sara, and their mother" are three, the names being the two
        children; so are "Two brothers, Ahmed, 14, and Yusuf, 9, and their father".  -1 when the words before ``at`` are no such names."""
        items = self.items
        if at < 4 or items[at].low != "and" or items[at - 1].text != ",":
            return -1
        if at + 1 < len(items) and items[at + 1].is_cap:
            return -1  # "Two brothers, Ahmed, 14, and Yusuf, 9,": one more name of those counted
        j = at - 2
        while j > 0 and (items[j].is_cap or items[j].low == "and" or items[j].text == "," or self._is_age(j)):
            if items[j].text == "," and items[j - 1].low in ROLES:
                break
            j -= 1
        if j == at - 2 or items[j].text != "," or items[j - 1].low not in ROLES:
            return -1
        first = self.np_left_start(j - 1)
        return j - 1 if any(item.is_count for item in items[first : j]) else -1

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
        general = any(items[j].low in _GENERAL_PEOPLE for j in range(head.first, head.last + 1))
        if not all(self._named_one(p) for p in parts) and not (general and all(map(self._one_described_part, parts))):
            return []
        for part in parts:
            part.subset, part.parent = True, 0
        return victims

    def _past_going_left(self, k: int) -> int:
        """Before a phrase of where the people were going or what they were doing, ending at
        ``k`` ("six people returning home from a wedding were killed", "14 workers travelling to
        the mine", "a peacekeeper sitting in the vehicle"): where the counted people end.  Only
        right after a counted noun phrase, or one person's ("a" and a role)."""
        items = self.items
        for j in range(k, max(0, k - 12), -1):
            item = items[j]
            if item.text in ",;:()–—\"“”" or item.low in AUX or item.low in ACTIVE or item.is_count:
                return k
            if item.low in _GOING:
                return j - 1 if self._people_end_at(j - 1, any_noun=True) else k
        return k

    def _past_relative_left(self, k: int) -> int:
        """Before a relative clause without commas ending at ``k`` ("a policeman who was on patrol
        was shot dead", "two guards that were manning the gate"): where the people end.  Only right
        after a counted noun phrase, or one person's ("a" and a role).  A "who" right before the
        verb is the subject's own (``_before_who`` of the tally reader).  A count of things in the
        clause counts no one ("the veteran who served two tours in Iraq died")."""
        items = self.items
        things = False  # a count of things inside the clause: "a veteran who served two tours in Iraq"
        for j in range(k - 1, max(0, k - 12), -1):
            item = items[j]
            if item.is_count and j < self.np_right_end(j) < k and not self.people_word(self.np_right_end(j)):
                things = True
                continue
            if item.text in ",;:()–—\"“”" or item.is_count:
                return k
            if item.low == "who":  # said of people only: "two Army veterans who"
                return j - 1 if things or self._people_end_at(j - 1, any_noun=True) else k
            if item.low == "that":
                return j - 1 if self._people_end_at(j - 1, any_noun=False) else k
            if item.low in PARTICIPLES and j + 1 < k and items[j + 1].low in PREPOSITIONS and self._people_end_at(j - 1, any_noun=False):
                return j - 1  # "two soldiers wounded in the ambush (died in hospital)": a clause without "who"
        return k

    def _people_end_at(self, last: int, any_noun: bool) -> bool:
        """Whether a noun phrase ending at ``last`` is counted people ("six people", "14 workers";
        a word for people unless ``any_noun``) or one person's ("a" and a role: "a peacekeeper"),
        for the phrases and clauses stepped over after it."""
        items = self.items
        first = self.np_left_start(last)
        counted = first <= last and any(items[x].is_count for x in range(first, last + 1))
        if counted and (any_noun or self.people_word(last)):
            return True
        return first < last and items[first].low in SINGULAR_DETERMINERS and self.singular_head(first + 1, last)

    def _past_all_of_left(self, k: int) -> int:
        """Before an unclosed appositive "all members of the X family" ending at ``k`` ("18
        civilians – including women and children – all members of the X family were killed"):
        where the people it describes end."""
        items = self.items
        first = next((j for j in range(k, max(-1, k - 12), -1) if items[j].low == "all"
                      or items[j].text in ",;:()–—" or items[j].low in AUX), -1)  # fmt: skip
        if first < 2 or items[first].low != "all" or items[first - 1].text not in ",–—":
            return k
        if not any(items[j].low == "of" for j in range(first, k)):
            return k
        return first - 1 if items[first - 1].text in "–—" else first - 2

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
        if not parts or parts[-1].last != k:
            parts = []
        for part in parts:
            part.subset = True
            part.parent = 0
        return [head, *parts]

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
        if k < 0 or items[k].text not in _ASIDE_MARKS:
            return k, []
        open_ = self._aside_open(k)
        if open_ < 1 or self._of_them(open_ + 1):
            return k, []
        dashes = items[k].text in "–—"  # "three people – a man, his wife and their son – were"
        opener = items[open_ + 1]
        if not (opener.is_count or opener.low in ("a", "an") or (dashes and (opener.is_cap or opener.low in ROLES))):
            return k, []
        if not all(self.np_internal(j) or items[j].low == "and" or (dashes and items[j].text == ",")
                   for j in range(open_ + 1, k)):
            return k, []
        parts = [p for p in self.list_right(open_ + 1, object_position=False) if p.last < k]
        before = self.np_left_start(open_ - 1)
        counted = next((items[j].quantity for j in range(before, open_) if items[j].is_count), None)
        if not parts or parts[-1].last != k - 1 or counted is None or sum(p.count for p in parts) > counted.value:
            return k, []
        for part in parts:
            part.subset = True
        return open_ - 1, parts

    def _serial_comma(self, at: int) -> bool:
        """Whether ", and" at ``at - 1, at`` closes a list whose item before it starts the list or
        follows a comma; not a new clause after a list that had its own "and"."""
        items = self.items
        if at < 2 or items[at].low != "and" or items[at - 1].text != "," or not self._list_item_before(at - 2):
            return False
        first = self.np_left_start(self._past_age_left(at - 2))
        return first == 0 or items[first - 1].text == ","

    def _ages_aside_left(self, close: int) -> int:
        """Where the people end before their ages between commas, the comma ``close`` closing them:
        "two women, aged 30 and 45,", "two men, 24 and 31," (bare numbers only as many as the
        people); -1 when there are no such ages."""
        items = self.items
        if close < 3 or items[close].text != ",":
            return -1
        j, numbers = close - 1, 0
        while j >= 0 and items[j].quantity is not None:
            numbers += 1
            j -= 1
            if j >= 1 and (items[j].low in ("and", "to") or items[j].text == ",") and items[j - 1].quantity is not None:
                j -= 1
            else:
                break
        aged = j >= 0 and items[j].low in ("aged", "ages")
        j -= 1 if aged else 0
        if numbers == 0 or j < 1 or items[j].text != "," or not self.people_word(j - 1):
            return -1
        if aged:
            return j - 1
        first = self.np_left_start(j - 1)
        counts = [items[m].quantity for m in range(first, j - 1) if items[m].is_count]
        return j - 1 if len(counts) == 1 and counts[0] is not None and counts[0].value == numbers else -1

    def _age_order_aside_left(self, close: int) -> int:
        """Where the people end before an aside on the youngest or eldest of them, the comma
        ``close`` closing it: "five children, the youngest aged two,"; -1 when there is none."""
        items = self.items
        if close < 4 or items[close].text != ",":
            return -1
        open_ = self._aside_open(close)
        if open_ < 1 or items[open_].text != "," or items[open_ + 1].low != "the":
            return -1
        if items[open_ + 2].low not in _AGE_ORDER or not self.people_word(open_ - 1):
            return -1
        return open_ - 1

    def _past_ages_left(self, k: int) -> int:
        """Before "aged 9, 12 and 15" ending at ``k``: the people whose ages they are."""
        items = self.items
        if k < 0 or (quantity := items[k].quantity) is None or quantity.measure != "age":
            return k
        j = k
        while j >= 0 and (
            ((quantity := items[j].quantity) is not None and quantity.measure == "age")
            or items[j].low in ("and", "or", "to")
            or items[j].text in ",-–"
        ):
            j -= 1
        if j < k and j >= 1 and items[j].low in ("aged", "ages", "age"):
            return j - 1
        return k

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
        counted_head = self._counted_head_before(first, k, singular)
        if counted_head is not None:
            return counted_head
        if victim is None and first >= 2 and items[first - 1].low == "and" and items[first - 2].is_word:
            head_first = self.np_left_start(first - 2)
            count_at = next((j for j in range(head_first, first - 1) if items[j].is_count), None)
            plain = all(items[j].low != "of" for j in range(head_first, first - 1))
            if count_at is not None and plain and (head_first == 0 or items[head_first - 1].text != ","):
                counted = self.victim(head_first, k, count_at=count_at)
                if counted is not None:
                    return head_first, counted
        if victim is None and first >= 2 and items[first - 1].low == "and" and (
            items[first - 2].is_cap or items[first - 2].low.split("-")[0] in NAME_PARTICLES
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
        if not any(items[j].is_count for j in range(head_first, first - 1)):
            return None
        head = self._victim_in(head_first, first - 2, singular, allow_definite=False)
        if head is None:
            return None
        head.last = k
        return head_first, head

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
            if mark not in _ASIDE_MARKS:
                break
            open_ = self._aside_open(k)
            if open_ >= 0 and mark == "," and (
                items[open_ + 1].low == "and" or not (self._is_aside(open_ + 1, k - 1) or self._describes_named(open_, k))
            ):
                wider = self._list_aside_open(open_)  # ", including a doctor, 12 women, and 20 children,"
                if wider < 0 and items[open_ + 1].low == "and":
                    break  # ", and his son Omar, 12,": the last of a list, not an aside
                open_ = wider
            dash = self._names_after_dash(k) if mark == "," else -1
            if dash >= 0:
                k = dash - 1  # "three people – journalist X, his mother-in-law, Y, and her grandchild, Z,"
                continue
            if open_ < 0 or not (self._is_aside(open_ + 1, k - 1) or self._describes_named(open_, k)):
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

    def _opening_adverbial(self, comma: int) -> bool:
        """Whether the words before ``comma`` open the sentence on a phrase of time or place, with
        no people in it ("On October 12, 2023, Safaa Musa (28), from the north, was killed"): the
        words after it are the subject, not one more aside."""
        items = self.items
        return comma > 0 and items[0].low in PREPOSITIONS and not any(self.people_word(j) for j in range(comma))

    def _describes_named(self, open_: int, close: int) -> bool:
        """Whether the commas ``open_`` and ``close`` hold "a"/"an" and one person's noun phrase
        after a name, perhaps with an age ("Mohammed Ali, 34, a shopkeeper, was shot dead"): the
        named person, described."""
        items = self.items
        if items[open_].text != "," or items[close].text != "," or not self._one_described(open_ + 1, close - 1):
            return False
        name_end = self._past_age_left(open_ - 1)
        first = self.np_left_start(name_end)
        return first <= name_end and self.is_name(first, name_end)

    def _past_age_left(self, k: int) -> int:
        """Before a person's age told between commas after their name, ending at ``k`` ("Ahmad
        Yusuf, 45," or "Ahmad Yusuf, 45"): the end of the name; else ``k``."""
        items = self.items
        age = k - 1 if k >= 1 and items[k].text == "," and self._is_age(k - 1) else k
        if age >= 2 and self._is_age(age) and items[age - 1].text == "," and (
            items[age - 2].is_cap or items[age - 2].low in PERSON_NOUNS
        ):
            return age - 2
        return k

    def _is_age(self, k: int) -> bool:
        """Whether item ``k`` is an age told alone ("Ahmed Nasr, 45,")."""
        quantity = self.items[k].quantity
        return quantity is not None and quantity.measure == "age"

    def _names_after_dash(self, comma: int) -> int:
        """The dash opening an aside that names the people of a counted figure and ends at
        ``comma`` without a closing dash ("at least three people – 37-year-old journalist X, his
        mother-in-law, Y, and her grandchild, Z, were killed"); -1 when there is none.  The aside
        holds names (capitalised words) and no verb, and the figure before the dash is counted."""
        items = self.items
        for j in range(comma - 1, max(0, comma - 45), -1):
            item = items[j]
            if item.text in ";:()" or item.low in AUX or item.low in ACTIVE or item.low in PARTICIPLES:
                return -1
            if item.text in "–—":
                if not any(items[x].is_cap for x in range(j + 1, comma)):
                    return -1
                first = self.np_left_start(j - 1)
                if first <= j - 1 and any(items[x].is_count for x in range(first, j)) and self.people_word(j - 1):
                    return j
                return -1
        return -1

    def _list_aside_open(self, comma: int) -> int:
        """The comma opening ", including a doctor, 12 women and 20 children," when ``comma`` is
        one inside its list (-1 when the words before it are no such list)."""
        items = self.items
        for j in range(comma - 1, max(0, comma - 30), -1):
            if items[j].text in ";:()–—" or items[j].low in AUX or items[j].low in ACTIVE:
                return -1
            if items[j].low in ("including", "among") and items[j - 1].text == ",":
                return j - 1
        return -1

    def _aside_open(self, close: int) -> int:
        """The mark opening an aside that ``close`` ends (-1 when there is none)."""
        items = self.items
        dash = items[close].text in "–—"
        opening = "–—" if dash else ",–—"
        j = close - 1
        while j > max(-1, close - 40):
            text = items[j].text
            if text == ")" and self.matching_left(j) >= 0:
                j = self.matching_left(j) - 1  # "– including three doctors (two of them women) –", ", Ahmed (14) and Yusuf (9),"
                continue
            if text in opening:
                return j
            if text in ";:()":
                return -1
            j -= 1
        return -1

    def people_aside_open(self, close: int) -> int:
        """The comma opening an aside that ends at the comma ``close`` and says more of the people
        before it ("12 villagers, all from one clan,", "20 members of the Eid family, forming six
        family units,"); -1 when there is none."""
        open_ = self._aside_open(close)
        if open_ < 1 or self.items[open_].text != "," or open_ + 1 >= close:
            return -1
        opener = self.items[open_ + 1].low
        return open_ if opener.endswith("ing") or self._is_aside(open_ + 1, close - 1) else -1

    def _is_aside(self, first: int, last: int) -> bool:
        """Whether ``first..last`` (between commas or dashes) is an aside about the people before
        it ("including ...", "two of them seriously", "mostly women", "all from the X family") or
        their names and ages ("1-year-old Qusay Hamza and 6-year-old Hamza Hamza")."""
        items = self.items
        if first > last:
            return False
        head = items[first].low
        if head in _ASIDE_START and not items[first].is_count:
            return True
        if head == "the" and first < last and items[first + 1].low in _AGE_ORDER:
            return True  # "five children, the youngest aged two,"
        if self._of_them(first):
            return True
        if items[first].is_count:
            return False
        if self._people_of(first, last):
            return True
        return all(
            item.is_cap
            or item.quantity is not None
            or item.low in _NAME_LIST_WORDS
            or item.text in "()"  # "Ahmed (14) and Yusuf (9)"
            or item.low in KIN
            or item.low.split("-")[0] in NAME_PARTICLES
            or AGE_WORD.fullmatch(item.low) is not None
            for item in items[first : last + 1]
        )

    def _people_of(self, first: int, last: int) -> bool:
        """Whether ``first..last`` names who the people before it are, without a verb: "at least
        10 people, members of the Barbakh family, were killed", "residents of the camp", "a man,
        an activist of the Hurriyat Conference, was killed"."""
        items = self.items
        if items[first].low in ("a", "an") and first < last:
            first += 1
        if first + 1 > last or items[first + 1].low != "of" or items[first].low not in ROLES:
            return False
        return not any(
            item.low in AUX or item.low in ACTIVE or item.low in PARTICIPLES for item in items[first : last + 1]
        )

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

    def list_right(self, k: int, object_position: bool) -> list[Victim]:
        """The people starting at item ``k``: "6 soldiers and a civilian"."""
        items = self.items
        victims: list[Victim] = []
        while k < len(items):
            while k < len(items) and items[k].text in _QUOTES:
                k += 1
            if k >= len(items):
                break
            victim, last = self._as_many_right(k, victims[-1]) if victims else (None, k - 1)
            if victim is None:
                last = self.np_right_end(k)
                if last < k:
                    break
                one = k == last and self._aged_name(k)  # "killed Ahmed, 14, and his brother"
                victim = self._victim_in(k, last, singular=one, allow_definite=object_position)
                if victim is None and items[k].low in POSSESSIVES:
                    victim = self._named_kin(k, last)  # "and their children, Lina and Omar"
                    last = last if victim is None else victim.last
                elif victim is None and (victim := self.plural_kin_named(k)) is not None:
                    last = victim.last  # "brothers Karim and Nabil Haddad"
            if victim is None:
                victims.extend(self._parts_of_uncounted(k, last))
                break
            victims.append(victim)
            parent = len(victims) - 1
            k = last + 1
            if k + 1 < len(items) and items[k].low == "of" and items[k + 1].is_count and items[k - 1].low in _PARENTS:
                k += 2  # "a father of five and his son": two people
            k, parts = self._breakdown_right(victim, k)
            for part in parts:
                part.subset, part.parent = True, parent
            victims.extend(parts)
            if k < len(items) and items[k].text == "(":
                close = self.matching(k)
                for sub in self._counts_in(k + 1, close - 1):
                    sub.subset, sub.parent = True, parent
                    victims.append(sub)
                k = close + 1
            subsets = self.subsets_after(self.past_adverbials(k))
            for sub in subsets:
                sub.parent = parent
            if subsets:
                victims.extend(subsets)
                k = subsets[-1].last + 1
                if k < len(items) and items[k].text == ",":
                    k += 1
            k = self._skip_place_in_list(k)
            if k + 1 < len(items) and items[k].text == "," and self._is_age(k + 1):
                k += 2  # "Ahmed Nasr, 45, and his son Omar, 12"
            k = self._past_ages_right(victim, k)
            k = self._past_age_order_aside(victim, k)
            if self._appositive_after(victim, k) or self._name_after_description(victim, k):
                k = self._skip_appositive(k)
            if k < len(items) and items[k].low in ("and", "&"):
                k += 1
            elif k < len(items) and items[k].text == "," and k + 1 < len(items):
                if self._names_the_counted(victim, k + 1):
                    k = self._past_names_to_more(k + 1)
                    if k < 0:
                        break
                    continue
                k += 1
                if items[k].low in ("and", "&"):
                    k += 1
            elif [item.low for item in items[k : k + 3]] == ["as", "well", "as"]:
                k += 3
            else:
                break
            if k < len(items) and (items[k].low in ACTIVE or items[k].low in LEAVING or items[k].low in AUX):
                break
            if self._starts_clause(k) or self._verb_with_object(k) or self._of_them(k) or self._source_after(k):
                break  # "four aid workers, one of whom was later found dead": a clause of their own
        return victims

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
        if items[k + 1].low != "the" or items[k + 2].low not in _AGE_ORDER:
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
            items[j].is_cap or items[j].low == "and" or items[j].text == "," or self._is_age(j)
        ):
            if items[j].text == "," and items[j + 1].low == "and" and not items[j + 2].is_cap:
                return j + 2
            j += 1
        return -1

    def _verb_with_object(self, k: int) -> bool:
        """ "killed 13 villagers and displaced hundreds", "sent 12 others to hospital": after
        "and", a past tense verb and its counted object, not more people."""
        items = self.items
        if k + 1 >= len(items) or not (items[k].low.endswith("ed") or items[k].low in _PAST_VERBS) or items[k].is_cap:
            return False
        after = items[k + 1]
        return after.is_count or (after.quantity is not None and after.quantity.qualifier == "vague")

    def _breakdown_right(self, victim: Victim, k: int) -> tuple[int, list[Victim]]:
        """ "killed three civilians, two women and a child, and ...", "two civilians, both
        children": an aside after people of no particular kind that names the same people by
        sex, age or kin.  So does a list of as many people, each named, after any counted
        people ("killed two civilians, Anwar Saleh, a lecturer, and his neighbour Omar Said").
        Returns the item after the aside and its parts (none: ``k``, [])."""
        items = self.items
        if k + 1 >= len(items) or items[k].text != "," or victim.count < 2:
            return k, []
        general = any(items[j].low in _GENERAL_PEOPLE for j in range(victim.first, victim.last + 1))
        if not general and not (items[victim.first].is_count and items[k + 1].is_cap):
            return k, []
        if items[k + 1].low == "both" and victim.count == 2:
            parts = [Victim(k + 1, self.np_right_end(k + 1), 2)]
        else:
            parts = self.list_right(k + 1, object_position=False)
        if not parts or sum(p.count for p in parts) != victim.count:
            return k, []
        if not all(self._named_one(p) for p in parts) and not (general and (all(
            items[j].low in _KINDS_OF_PEOPLE for p in parts for j in range(p.first, p.last + 1)
            if items[j].low in ROLES or items[j].low in KIN
        ) or all(self._one_described_part(p) for p in parts))):
            return k, []
        end = parts[-1].last + 1
        if end < len(items) and items[end].text not in ",.;" and items[end].low != "and":
            return k, []
        return (end + 1 if end < len(items) and items[end].text == "," else end), parts

    def _one_described_part(self, part: Victim) -> bool:
        """Whether the list item is one person told by "a"/"an" or whose they are: "killed two
        civilians, a farmer and his son," (the two civilians)."""
        low = self.items[part.first].low
        return part.count == 1 and (low in ("a", "an") or low in POSSESSIVES)

    def _named_one(self, part: Victim) -> bool:
        """Whether the list item is one person with a name: "Anwar Saleh", "his neighbour Omar Said"."""
        items = self.items
        if part.count != 1:
            return False
        name = next((j for j in range(part.first, part.last + 1) if items[j].is_cap), None)
        return name is not None and self.is_name(name, part.last)

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
        Saleh", "twin sisters Lina and Maya": kin in the plural with no number, then the given
        names joined by "and" (a family name may close them), are as many as the names."""
        items = self.items
        k = first
        while k < min(first + 2, len(items)) and (items[k].low in _KIN_DESCRIPTIONS or AGE_WORD.fullmatch(items[k].low)):
            k += 1
        if k + 1 >= len(items) or items[k].low not in _KIN_NAMED_TOGETHER or not items[k + 1].is_cap:
            return None
        names, end = self._names_from(k + 1)
        return Victim(first, end, names) if names >= 2 else None

    def _plural_kin_named_left(self, k: int) -> Victim | None:
        """ "Twin sisters Lina and Maya Odeh were killed", "brothers Yusuf, Omar and Ali Darwish
        were shot dead": kin in the plural, then their names, ending at ``k`` or before their ages
        set off there ("Lina and Maya Odeh, aged six,")."""
        items = self.items
        if k > 0 and items[k].text == ",":
            open_ = self._aside_open(k)
            if open_ < 1 or items[open_ + 1].low not in ("aged", "ages"):
                return None
            k = open_ - 1
        for j in range(k - 2, max(-1, k - 12), -1):
            if items[j].low in _KIN_NAMED_TOGETHER:
                first = j - 1 if j > 0 and (items[j - 1].low in _KIN_DESCRIPTIONS or AGE_WORD.fullmatch(items[j - 1].low)) else j
                if first > 0 and items[first - 1].is_count:
                    return None  # "the two brothers Hatem and Muhammad": counted, read as such
                kin = self.plural_kin_named(first)
                return kin if kin is not None and kin.last == k else None
            if not items[j].is_cap and items[j].low not in ("and", ","):
                return None
        return None

    def _names_from(self, j: int) -> tuple[int, int]:
        """How many names a list of capitalised names from ``j`` holds ("Lina (7), Omar and Ahmed
        Saleh"), and the item it ends on (-1 when none)."""
        items = self.items
        names, end = 0, -1
        while j < len(items) and items[j].is_cap:
            while j < len(items) and (items[j].is_cap or items[j].low.split("-")[0] in NAME_PARTICLES):
                j += 1
            if j < len(items) and items[j].text == "(" and self.matching(j) > j:
                j = self.matching(j) + 1  # an age: "Lina (7)"
            names, end = names + 1, j - 1
            if j + 1 < len(items) and items[j].text == "," and items[j + 1].low == "and":
                j += 1
            if j + 1 < len(items) and (items[j].text == "," or items[j].low == "and") and items[j + 1].is_cap:
                j += 1
            else:
                break
        return names, end

    def _parts_of_uncounted(self, first: int, last: int) -> list[Victim]:
        """ "many terrorists, including two suicide bombers": at least the two."""
        if not self.people_word(last) and self.items[first].low not in ("many", "dozens"):
            return []
        return lower_bounds(self.subsets_after(last + 1))

    def past_adverbials(self, k: int) -> int:
        """The comma after "on Tuesday" in "killed 31 people on Tuesday, including 5 medics" (``k``
        itself when no such comma follows)."""
        items = self.items
        if k >= len(items) or items[k].low not in PREPOSITIONS:
            return k
        for j in range(k + 1, min(len(items), k + 8)):
            if items[j].text == ",":
                return j
            if not items[j].is_word and items[j].quantity is None:
                break
        return k

    def _skip_place_in_list(self, k: int) -> int:
        """Step over "in Nation" in "a Pastor of Church of Christ in Nation, his wife and ..."."""
        items = self.items
        if k + 1 < len(items) and items[k].low in ("in", "from", "at", "of") and items[k + 1].is_cap:
            j = k + 1
            while j < len(items) and (items[j].is_cap or items[j].low in NAME_PARTICLES):
                j += 1
            if j < len(items) and (items[j].text == "," or items[j].low == "and"):
                return j
        return k

    def _source_after(self, k: int) -> bool:
        """Whether the words at ``k`` name who told the figure, an attribution closing the
        sentence after the people ("killed 12 people, a police officer said", "killing 18, an
        official told AFP", '"We buried 23 martyrs," an activist said'): no one more in the list."""
        items = self.items
        while k < len(items) and items[k].text in _QUOTES:
            k += 1
        last = self.np_right_end(k)
        j = last + 1
        if last < k or j >= len(items) or items[j].low not in _SAYING:
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
        if j + 1 < len(items) and items[j].text == "," and items[j + 1].low in _ASIDE_START:
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

    def _list_item_before(self, k: int) -> bool:
        """Whether the words ending at ``k`` (before a comma) are one more person in a list."""
        items = self.items
        k = self._past_age_left(k)
        first = self.np_left_start(k)
        if first > k:
            return False
        if first > 0 and items[first - 1].low in PREPOSITIONS:
            return False
        return self._victim_in(first, k, False, allow_definite=False) is not None and (
            first == 0 or items[first - 1].text in ",;:" or items[first - 1].low in ("and",)
        )

    def subsets_after(self, k: int) -> list[Victim]:
        """ "including 4 children and one woman", "among them 3 women", "two of them seriously",
        "two seriously"."""
        items = self.items
        if k < len(items) and items[k].text == ",":
            k += 1
        if k >= len(items):
            return []
        if items[k].low == "including":
            start = k + 1
        elif [item.low for item in items[k : k + 2]] in _PARTS_OPENERS:  # "among them", "of whom"
            start = k + 2
        elif self._of_them(k):
            victim = self.victim(k, k + 2, count_at=k)
            if victim is None or self._outcome_of_their_own(k + 3):
                return []
            victim.subset = True
            return [victim]
        elif items[k].is_count and k + 1 < len(items) and items[k + 1].low in HOW_BADLY:
            victim = self.victim(k, k, count_at=k)  # "injured three, two seriously"
            if victim is None:
                return []
            victim.subset = True
            return [victim]
        else:
            return []
        subsets = self.list_right(start, object_position=False)
        for victim in subsets:
            victim.subset = True
        return [v for v in subsets if v.parent is None]

    def _outcome_of_their_own(self, k: int) -> bool:
        """Whether a verb of an outcome follows "one of whom" at ``k``: "abducted four aid workers,
        one of whom was later found dead" tells a death, not who the four were."""
        items = self.items
        while k < len(items) and (items[k].low in AUX or items[k].low in ADVERBS):
            k += 1
        return k < len(items) and (items[k].low in PARTICIPLES or items[k].low in INTRANSITIVE or items[k].low in PHRASE_STARTS)

    def _of_them(self, k: int) -> bool:
        """ "two of them", "one of whom"."""
        items = self.items
        if k + 2 >= len(items) or not items[k].is_count:
            return False
        return items[k + 1].low == "of" and items[k + 2].low in ("them", "whom")

    def _counts_in(self, first: int, last: int) -> list[Victim]:
        """The figures inside brackets: "9 (5 Burkinabe and 4 civilians)"."""
        found = []
        for k in range(first, last + 1):
            if self.items[k].is_count:
                victim = self.victim(k, self.np_right_end(k), count_at=k)
                if victim is not None:
                    found.append(victim)
        return found

    def _appositive_after(self, victim: Victim, k: int) -> bool:
        """ "Muhammad Al Hassi, a 45 year old civilian": a description of the person named."""
        items = self.items
        return (
            k + 1 < len(items)
            and items[k].text == ","
            and items[k + 1].low in ("a", "an", "the")
            and self.is_name(victim.first, victim.last)
        )

    def _name_after_description(self, victim: Victim, k: int) -> bool:
        """ "Iran's overall commander in Syria, General Hossein Hamedani": one person, named."""
        items = self.items
        if victim.count != 1 or items[victim.first].is_count or self.is_name(victim.first, victim.last):
            return False
        if k + 1 >= len(items) or items[k].text != ",":
            return False
        end = k + 1
        while end < len(items) and (items[end].is_cap or items[end].low in NAME_PARTICLES):
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

    def _victim_in(self, first: int, last: int, singular: bool, allow_definite: bool) -> Victim | None:
        """How many people the words ``first..last`` name, if they name people at all."""
        items = self.items
        start = first
        while first < last and (
            ((quantity := items[first].quantity) is not None and quantity.measure == "age")
            or AGE_WORD.fullmatch(items[first].low) or items[first].low in ("year", "years", "old")
        ):
            first += 1
        singular = singular or first > start  # an age before one name: "22-year-old Omar"
        for k in range(first, last + 1):
            if items[k].is_count:
                if k + 2 <= last and items[k + 1].low == "of" and items[k + 2].low in ("them", "whom"):
                    return None
                if k >= first + 2 and items[k - 1].low == "of" and items[k - 2].low in _PARENTS:
                    return Victim(first, last, 1)  # "a mother of four": one person, her children are not counted
                return self.victim(first, last, count_at=k)
            if (quantity := items[k].quantity) is not None and quantity.qualifier == "vague":
                return self.victim(first, last, count_at=k)
        words = [item.low for item in items[first : last + 1] if item.is_word]
        if not words or any(w in NOT_PEOPLE for w in words):
            return None
        lead = items[first].low
        if lead in PRONOUNS or lead in ("this", "that", "these", "those", "each", "every"):
            return None
        if first == last and lead in ("another", "one"):
            return Victim(first, last, 1)  # "one was killed and another wounded"
        if first == last and lead == "other":  # "other was injured"; not "the death of one and other injuries"
            return Victim(first, last, 1) if self._outcome_follows(last) else None
        if words[-1] == "others" and not any(w in DETERMINERS for w in words):
            return Victim(first, last, 2, "vague")  # "and injuring others": two at least
        if words[-1] == "couple" and (lead in SINGULAR_DETERMINERS or lead == "the"):
            return Victim(first, last, 2)  # "an elderly couple", "the Abu Nasr couple"
        if words[-1] == "twins" and (lead == "the" or lead in POSSESSIVES or first > start):
            return Victim(first, last, 2)  # "the twins", "her twins", "14-year-old twins"
        if lead in POSSESSIVES:  # "his wife", "her driver"; not "their children", "its forces"
            return Victim(first, last, 1) if self.singular_kin_or_role(first + 1, last) else None
        if self._named_one_s_kin(first, last):
            return Victim(first, last, 1)  # "Adnan's wife", "Shadi’s son"
        if lead in SINGULAR_DETERMINERS:
            one = (
                self.singular_head(first + 1, last)
                or singular
                or self._one_of_a_people(first + 1, last)
                or self._one_more(first + 1, last)
                or (first + 1 == last and AGE_WORD.fullmatch(items[last].low) is not None)  # "a 17-year-old"
            )
            return Victim(first, last, 1) if one else None
        if lead == "both":
            return Victim(first, last, 2)
        if lead == "the":
            if allow_definite and self.singular_head(first + 1, last) and not self.is_name(first + 1, last):
                return Victim(first, last, 1)
            if singular and self._one_by_trade(first + 1, last):
                return Victim(first, last, 1)  # "The pilot was captured", "the girl was shot dead"
            if (
                self.possessive_title(first + 1, last)
                or self._titled_name(first + 1, last)
                or self._someone_s_kin_or_aide(first + 1, last)
            ):
                return Victim(first, last, 1)
            if self._office_of(first + 1, last):
                return Victim(first, last, 1)
            return None
        if self.possessive_title(first, last) or self.is_name(first, last, singular):
            return Victim(first, last, 1)
        if self._first_name_under_a_title(first, last):
            return Victim(first, last, 1)
        if not items[first].is_count and self._titled_name(first, last):
            return Victim(first, last, 1)  # "Palestinian journalist Ahmed Saleh", "Radio Sela journalist X"
        if allow_definite and (self.is_headline_title(first, last) or self._common_noun(first, last)):
            return Victim(first, last, 1)  # headline style: "kills Taliban key commander", "kill driver"
        return None

    def _one_by_trade(self, first: int, last: int) -> bool:
        """Whether ``first..last`` (after "the", before "was") is one person by trade, age or
        kin, no name, office or rank ("(the) pilot", "(the) teenage girl"): a person the text
        brought in without a number ("A teenager tried to stab a guard ... The girl was shot
        dead") or its own casualty; one an earlier figure counted is marked as restated.  The
        holder of an office or rank ("the leader of the group", "the general") is someone the
        story is about, told of elsewhere."""
        items = self.items
        return (
            all(items[k].is_word and not items[k].is_cap for k in range(first, last + 1))
            and not any(items[k].low in TITLES or items[k].low in _OFFICES for k in range(first, last + 1))
            and self.singular_head(first, last)
        )

    def _office_of(self, first: int, last: int) -> bool:
        """Whether ``first..last`` (after "the") is the one holder of an office of a named body:
        "(the) head of the Sikh community in Kunduz", "(the) co-chair of the Legislative Council"."""
        items = self.items
        if first + 2 > last or items[first].low not in _OFFICES or items[first + 1].low != "of":
            return False
        return any(items[k].is_cap for k in range(first + 2, last + 1))

    def _titled_name(self, first: int, last: int) -> bool:
        """Whether ``first..last`` is one person's trade or kinship and then their name: "(the)
        father Bilal Al-Ashram", "(the) journalist Iyad Matar", "(the) Revolutionary Guards
        commander Brig. Gen. Abdolreza Mojiri"."""
        items = self.items
        return any(
            items[name].is_cap and self.singular_kin_or_role(first, name - 1) and self.is_name(name, last)
            for name in range(first + 1, last + 1)
        )

    def _first_name_under_a_title(self, first: int, last: int) -> bool:
        """Whether ``first..last`` is a plural trade or rank and then one full name, in a list of
        names that title heads, perhaps after words that describe it: "Journalists Marie Colvin
        (and Remi Ochlik)", "killed protesters Ali Hassan (and Hussein Karim)", "killed top Hamas
        leaders X (and Y)": one person, the first of those named."""
        items = self.items
        title = next((j for j in range(first, last) if items[j].low in ROLES), last)
        return (
            title < last
            and not any(items[j].is_count for j in range(first, title))
            and not self.singular_kin_or_role(title, title)
            and self.is_name(title + 1, last, singular=False)
        )

    def _aged_name(self, k: int) -> bool:
        """Whether item ``k`` is one capitalised word with an age after it between commas ("Ahmed,
        14, and Yusuf, 9,"): one person's name, as a name is before "was"."""
        items = self.items
        return (
            k + 2 < len(items)
            and items[k].is_cap
            and items[k].is_word
            and items[k + 1].text == ","
            and self._is_age(k + 2)
            and not (k >= 1 and items[k - 1].is_cap and items[k - 1].is_word)
        )

    def _name_in_pair(self, k: int) -> bool:
        """Whether item ``k`` is one capitalised word joined by "and" to another ("Smith and Jones
        were abducted", "Sama and Khaled were injured"): each is one person's name, as a name is
        before "was"."""
        items = self.items

        def word(j: int) -> bool:
            return 0 <= j < len(items) and items[j].is_cap and items[j].is_word

        if not word(k) or word(k - 1) or word(k + 1):
            return False
        return (k >= 2 and items[k - 1].low == "and" and word(k - 2) and not word(k - 3)) or (
            k + 2 < len(items) and items[k + 1].low == "and" and word(k + 2) and not word(k + 3)
        )

    def _one_more(self, first: int, last: int) -> bool:
        """Whether ``first..last`` is an ordinal alone after "a": one person more than those
        counted before ("four people were killed and a fifth seriously injured")."""
        quantity = self.items[last].quantity
        return first == last and quantity is not None and quantity.ordinal

    def _someone_s_kin_or_aide(self, first: int, last: int) -> bool:
        """ "the governor's driver", "the journalist's wife": one person named by whose kin or
        aide they are, after "the" (not "the governor's convoy", "the family's children")."""
        possessor = self.items[first].low
        if first >= last or not possessor.endswith(("'s", "’s")) or possessor[:-2] not in ROLES:
            return False
        return self.singular_kin_or_role(first + 1, last)

    def _named_one_s_kin(self, first: int, last: int) -> bool:
        """ "Adnan's wife", "Haitham’s son": one person named by whose kin they are, the kin of
        someone named (not "Adnan's children", "Gaza's residents")."""
        items = self.items
        possessor = items[first]
        if first >= last or not possessor.is_cap or not possessor.low.endswith(("'s", "’s")):
            return False
        kin = items[first + 1 : last + 1]
        return all(item.low in KIN and not item.is_cap for item in kin) and self.singular_kin_or_role(first + 1, last)

    def _one_of_a_people(self, first: int, last: int) -> bool:
        """Whether ``first..last`` is a people's name used for one of them, as news does: "troops
        killed a Palestinian", "gunmen shot an Afghan", "troops shot dead a 17-year-old
        Palestinian" (the age describes the one; not "a British", "a Lebanese": those names are no
        nouns)."""
        item = self.items[last]
        while first < last and AGE_WORD.fullmatch(self.items[first].low):
            first += 1
        return first == last and item.is_cap and item.low in DEMONYMS and item.low.endswith(_PERSON_DEMONYM_ENDINGS)

    def _outcome_follows(self, k: int) -> bool:
        """Whether an auxiliary or a participle comes right after item ``k`` ("other was injured")."""
        after = self.items[k + 1].low if k + 1 < len(self.items) else ""
        return after in AUX or after in PARTICIPLES

    def _common_noun(self, first: int, last: int) -> bool:
        return self.singular_head(first, last) and not any(self.items[k].is_cap for k in range(first, last + 1))

    def victim(self, first: int, last: int, count_at: int) -> Victim | None:
        """The people of ``first..last`` counted by the quantity at ``count_at``; None when the
        words after it name things ("34 projects")."""
        items = self.items
        quantity = items[count_at].quantity
        assert quantity is not None
        words = [item.low for item in items[count_at + 1 : last + 1] if item.is_word]
        if any(w in NOT_PEOPLE for w in words[:3]) and not any(w in ROLES for w in words[:3]):
            return None
        return Victim(first, max(last, count_at), quantity.value, quantity.qualifier, quantity.value_max)
