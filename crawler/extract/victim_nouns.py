"""How many people one noun phrase names: the items of a list of people.

``VictimNouns`` reads one item of a list: "6 soldiers" (six), "a mother of four" (one, her
children uncounted), "his wife", "Adnan's son", "the journalist Iyad Matar", "a Palestinian",
"both" (two), "others" (two at least).  Each item is a ``Victim``: where it is, its count, and
whether it is part of an earlier item (a subset) rather than more people.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crawler.extract.groups import DEMONYMS, NOT_PEOPLE, ROLES
from crawler.extract.numbers import PERSON_NOUNS, SPAN_LATER, parse_number
from crawler.extract.outcomes import INTRANSITIVE, PARTICIPLES
from crawler.extract.phrases import Phrases
from crawler.extract.records import Qualifier
from crawler.extract.word_classes import (
    AUX,
    DETERMINERS,
    KIN,
    NAME_PARTICLES,
    POSSESSIVES,
    PRONOUNS,
    SINGULAR_DETERMINERS,
    TITLES,
)

# Words that open a sentence before a comma and name no one ("Yesterday, Ali and Omar Saleh").
_OPENING_WORDS = frozenset(
    """yesterday today tonight overnight meanwhile earlier later separately however elsewhere also
    additionally sadly tragically then now here there again instead first finally""".split()
)
# Offices one person holds in a body: "the head of the council".
_OFFICES = frozenset("head co-chair chairman chairwoman chief leader president director governor mayor".split())
# A death after the wounds of the attack, not one of long before ("died in 2009", "died of cancer"):
# "died of her wounds", "succumbed to his injuries", "died in hospital", "died two days later".
_DIED_OF_THE_WOUNDS = re.compile(
    r"(?:died|succumbed) (?:(?:of|from|to) (?:(?:his|her|the) )?(?:wounds|injuries)|in hospital|on (?:the|his|her) way to (?:the )?hospital"
    r"|the (?:next|following) (?:day|morning|week)|(?:\w+ ){1,2}later\b)"
)
# What gives a first name before it: "a girl named Rasha", "his daughter Huda".
_NAMED_OR_KIN = r"\b(?:named|called|" + "|".join(sorted(KIN)) + r"),?\s+"
# One person told by how many children they have: "a mother of four", "a father of three".
PARENTS = frozenset("mother father parent grandmother grandfather mum mom dad".split())
# One person told by their age after "of": "a boy of 14", "a girl of six", "a woman of 60".
ONE_OF_AN_AGE = frozenset("boy girl man woman child baby infant toddler teenager youth lad son daughter".split())
# An age written as one word: "16-year-old", "a year-old".
AGE_WORD = re.compile(r"\d+-(?:year|month|week|day)s?-old|(?:year|month|week|day)s?-old")
# The endings of peoples' names that also name one of them ("a Palestinian", "an Iraqi", "a Filipino",
# "a Chechen"); "British", "Lebanese", "Kurdish" do not.
_PERSON_DEMONYM_ENDINGS = ("an", "i", "o", "en")
# Nouns of one of a people that are no adjectives of it: "gunmen killed a Briton", "a Dane".
_PERSON_DEMONYMS = frozenset(
    """briton dane swede finn pole spaniard turk kurd serb croat scot arab jew frenchman frenchwoman
    englishman englishwoman irishman irishwoman scotsman welshman dutchman""".split()
)
# Words for many that name one person after "a", in South Asian English: "an army personnel", "a youth died".
_ONE_AFTER_A = frozenset({"personnel", "youth"})
# People counted by the word for their number, as South Asian and African papers write of them: "the duo".
_PAIRS_AND_TRIOS = {"duo": 2, "trio": 3}
# Families counted as such: "people from two families", "killed three families".
_FAMILIES = frozenset({"families", "households"})
# Roles that are one word for several people, how many not told: "a family was killed", "his household".
_MANY_AS_ONE = frozenset({"family", "household"})
# A group told by its size, in one word before its noun: "a five-member family", "the 12-strong patrol", "a two-man team".
_GROUP_SIZE = re.compile(r"(?P<size>[a-z]+(?:-[a-z]+)?|\d{1,3})-(?:member|strong|man)")
# Children of one birth, counted by the word: "the twins", "her twin sons", "twin baby girls", "triplets".
_MULTIPLE_BIRTHS = {"twins": 2, "twin": 2, "triplets": 3, "triplet": 3}
_BORN_TOGETHER = frozenset("sons daughters brothers sisters boys girls babies infants children siblings".split())
# What a person has two of, lost or hurt: "a child lost both legs" counts no one.
_BODY_PAIRS = frozenset("legs arms hands feet eyes ears kidneys lungs".split())

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

# The words a place follows, so the capitalised word after them names no one: "killed in Paris and his wife".
_PLACE_BEFORE = frozenset({"in", "at", "near", "outside", "inside"})
# What may stand between "who" and the outcome of a relative clause: "who were killed", "who have
# since died".
_RELATIVE_AUX = frozenset("were was have has had been later since also".split())


def lower_bounds(parts: list[Victim]) -> list[Victim]:
    """Parts of people counted without a number, as figures of their own: at least so many."""
    for part in parts:
        part.subset = False
        if part.qualifier == "exact":
            part.qualifier = "at_least"
    return parts


class VictimNouns(Phrases):
    """Reads how many people one noun phrase names, and single people by name, kin, trade or office."""

    def victim(self, first: int, last: int, count_at: int) -> Victim | None:
        """The people of ``first..last`` counted by the quantity at ``count_at``; None when the
        words after it name things ("34 projects")."""
        items = self.items
        quantity = items[count_at].quantity
        assert quantity is not None
        words = [item.low for item in items[count_at + 1 : last + 1] if item.is_word]
        if quantity.measure is None and tuple(item.low for item in items[count_at + 1 : count_at + 3]) in SPAN_LATER:
            # "The toll rose to 292 weeks later": a toll told later (the number is no span, see
            # ``numbers``), its people unnamed
            return Victim(first, count_at, quantity.value, quantity.qualifier, quantity.value_max)
        if any(w in NOT_PEOPLE for w in words[:3]) and not any(w in ROLES for w in words[:3]):
            return None
        if next((w for w in words if w in ROLES or w in KIN or w in _FAMILIES), None) in _FAMILIES:
            return None  # "two families", "three displaced families": how many people is not told
        return Victim(first, max(last, count_at), quantity.value, quantity.qualifier, quantity.value_max)

    def whole_of(self, k: int, last: int) -> int | None:
        """Where the whole's count is in "two of (the) 15 people" whose part is counted at ``k``
        (up to ``last``); None when no "of" and a count follow the part."""
        items = self.items
        whole = k + 3 if k + 3 <= last and items[k + 2].low == "the" else k + 2
        if whole > last or items[k + 1].low != "of" or not items[k].is_count or not items[whole].is_count:
            return None
        return whole

    def _whole_the_outcome_follows(self, k: int, last: int) -> int | None:
        """Where the whole's count is in "one of (the) 15 people" at ``k``, when a participle of an
        outcome follows the people at once, or a relative clause of it, and so tells what befell
        the whole: "He was one of 15 people killed in the raid", "one of the 179 soldiers who died
        in Iraq" are 15 and 179 killed (not "One of the 15 hostages was killed")."""
        items = self.items
        whole = self.whole_of(k, last)
        if whole is None or last + 1 >= len(items):
            return None
        if items[last + 1].low in PARTICIPLES:
            return whole
        return whole if self._who_befell(last + 1) else None

    def _who_befell(self, k: int) -> bool:
        """Whether "who died", "who were killed" or "who have been wounded" opens at ``k``."""
        items = self.items
        if items[k].low != "who":
            return False
        j = k + 1
        while j < len(items) and j <= k + 3 and items[j].low in _RELATIVE_AUX:
            j += 1
        if j >= len(items):
            return False
        low = items[j].low
        return low in INTRANSITIVE or (j > k + 1 and low in PARTICIPLES)

    def _victim_in(self, first: int, last: int, singular: bool, allow_definite: bool) -> Victim | None:
        """How many people the words ``first..last`` name, if they name people at all."""
        items = self.items
        start = first
        while first < last and (
            self._is_age(first)
            or AGE_WORD.fullmatch(items[first].low) or items[first].low in ("year", "years", "old")
        ):
            first += 1
        singular = singular or first > start  # an age before one name: "22-year-old Omar"
        for k in range(first, last + 1):
            if items[k].is_count:
                if k + 2 <= last and items[k + 1].low == "of" and items[k + 2].low in ("them", "whom"):
                    return None
                if (whole := self._whole_the_outcome_follows(k, last)) is not None:
                    return self.victim(first, last, count_at=whole)
                if k >= first + 2 and items[k - 1].low == "of" and items[k - 2].low in PARENTS:
                    return Victim(first, last, 1)  # "a mother of four": one person, her children are not counted
                if self._one_of_an_age(first, k):
                    return Victim(first, last, 1)  # "a boy of 14": one person, his age
                return self.victim(first, last, count_at=k)
            if (quantity := items[k].quantity) is not None and quantity.qualifier == "vague":
                return self.victim(first, last, count_at=k)
        sized = next((size for k in range(first, last) if (size := _group_size(items[k].low)) is not None), None)
        if sized is not None:
            return Victim(first, last, sized)  # "the three-member crew", "a five-member family"
        words = [item.low for item in items[first : last + 1] if item.is_word]
        if not words or (words[-1] in _MANY_AS_ONE and "of" not in words):
            return None
        if any(w in NOT_PEOPLE for w in words) and words[-1] not in ROLES:
            return None  # things, not people; but a role after the thing it works with is one: "a car bomber", "a bus driver"
        lead = items[first].low
        if lead in PRONOUNS or lead in ("this", "that", "these", "those", "each", "every"):
            return None
        if lead in _COMPARATIVES:
            return None  # a comparison with no number, no one person: "killed more PCs than", "More Irish died on the roads"
        if first == last and lead in ("another", "one"):
            return Victim(first, last, 1)  # "one was killed and another wounded"
        if first == last and lead == "other":  # "other was injured"; not "the death of one and other injuries"
            return Victim(first, last, 1) if self._outcome_follows(last) else None
        if words[-1] == "others" and not any(w in DETERMINERS for w in words):
            return Victim(first, last, 2, "vague")  # "and injuring others": two at least
        if words[-1] == "couple" and (lead in SINGULAR_DETERMINERS or lead == "the"):
            return Victim(first, last, 2)  # "an elderly couple", "the Abu Nasr couple"
        if words == [lead, "parents"] and (lead in POSSESSIVES or lead.endswith(("'s", "’s"))):
            return Victim(first, last, 2)  # "his parents", "Ahmed's parents": a mother and a father
        if words[-1] in _PAIRS_AND_TRIOS and (lead in SINGULAR_DETERMINERS or lead == "the"):
            return Victim(first, last, _PAIRS_AND_TRIOS[words[-1]])  # "the duo were shot dead", "the trio"
        if (born := _born_together(words)) and (lead in ("the", words[0]) or lead in POSSESSIVES or first > start):
            return Victim(first, last, born)  # "the twins", "her twin sons", "14-year-old twins", "twin girls"
        if first > 0 and items[first - 1].low == "whose" and self.singular_kin_or_role(first, last):
            return Victim(first, last, 1)  # "the minister, whose son (was killed)": one of kin, as "his son"
        if lead in POSSESSIVES:  # "his wife", "her driver"; not "their children", "its forces"
            return Victim(first, last, 1) if self.singular_kin_or_role(first + 1, last) else None
        if self._named_one_s_kin(first, last) or self._kin_sharing_a_possessive(first, last):
            return Victim(first, last, 1)  # "Adnan's wife", "Shadi’s son", "his wife and son"
        if lead in SINGULAR_DETERMINERS:
            one = (
                self.singular_head(first + 1, last)
                or singular
                or self._one_of_a_people(first + 1, last)
                or self._one_more(first + 1, last)
                or (first + 1 == last and AGE_WORD.fullmatch(items[last].low) is not None)  # "a 17-year-old"
                or items[last].low in _ONE_AFTER_A  # one member, in South Asian English: "an army personnel"
                or self.singular_kin_or_role(first + 1, last)  # "a woman, her son and a neighbour"
            )
            return Victim(first, last, 1) if one else None
        if lead == "both":
            return Victim(first, last, 2) if items[last].low not in _BODY_PAIRS else None  # not "lost both legs"
        if lead == "the":
            if allow_definite and self.singular_head(first + 1, last) and not self.is_name(first + 1, last):
                return Victim(first, last, 1)
            if singular and self._one_by_trade(first + 1, last):
                return Victim(first, last, 1)  # "The pilot was captured", "the girl was shot dead"
            if first + 1 == last and self._kin_who_died(last):
                return Victim(first, last, 1)  # "The mother, who was seriously injured, died of her wounds"
            if (
                self.possessive_title(first + 1, last)
                or self._titled_name(first + 1, last)
                or self._someone_s_kin_or_aide(first + 1, last)
                or self._people_s_kin(first + 1, last)
            ):
                return Victim(first, last, 1)
            if self._office_of(first + 1, last):
                return Victim(first, last, 1)
            return None
        if self.possessive_title(first, last) or self.is_name(first, last, singular):
            return Victim(first, last, 1)
        if first == last == 0 and self._named_before_who_died(first):
            return Victim(first, last, 1)  # "... his daughter Huda. Huda died of her injuries"
        if self._first_name_under_a_title(first, last):
            return Victim(first, last, 1)
        if not items[first].is_count and self._titled_name(first, last):
            return Victim(first, last, 1)  # "Palestinian journalist Ahmed Saleh", "Radio Sela journalist X"
        if allow_definite and (self.is_headline_title(first, last) or self._common_noun(first, last)):
            return Victim(first, last, 1)  # headline style: "kills Taliban key commander", "kill driver"
        if self._headline_subject(first, last):
            return Victim(first, last, 1)  # "Israeli soldier killed in Gaza"
        return None

    def _headline_subject(self, first: int, last: int) -> bool:
        """Whether ``first..last`` opens a headline (a line with no closing stop, or its part after
        a colon) as one person by trade, without the article headlines drop: "Israeli soldier
        killed in Gaza", "Journalist shot dead in Tijuana", "Iraq: Policeman dies in Kirkuk blast",
        "Officer killed, 3 hurt in Belfast bomb blast", "Palestinian killed by Israeli fire in Jenin"."""
        items = self.items
        opens = first == 0 or (first == 2 and items[1].text == ":")
        if not opens and first >= 2 and items[first - 1].low in (",", "and"):  # "Militant, soldier killed in Kupwara"
            before = self.np_left_start(first - 2)
            opens = before < first - 1 and self._headline_subject(before, first - 2)
        return (
            opens
            and not self.sentence.text.rstrip(" \"'”’").endswith((".", "!", "?"))
            and items[last].is_word
            and (last == first or not items[last].is_cap)  # a trade, not a name: "Soldier", "Israeli soldier"
            and (self.singular_head(first, last) or self._one_of_a_people(first, last))
        )

    def _one_by_trade(self, first: int, last: int) -> bool:
        """Whether ``first..last`` (after "the", before "was") is one person by trade, age or
        kin, no name, office or rank ("(the) pilot", "(the) teenage girl"): a person the text
        brought in without a number ("A teenager tried to stab a guard ... The girl was shot
        dead") or its own casualty; one an earlier figure counted is marked as restated.  The
        holder of an office or rank ("the leader of the group", "the general") is someone the
        story is about, told of elsewhere; "father" in lower case is kin ("the father was
        injured"), a title only before a name ("Father Elias")."""
        items = self.items
        return (
            all(items[k].is_word and not items[k].is_cap for k in range(first, last + 1))
            and not any(
                (items[k].low in TITLES and items[k].low not in KIN) or items[k].low in _OFFICES
                for k in range(first, last + 1)
            )
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

    def _name_before_own_kin(self, k: int) -> bool:
        """Whether item ``k`` is one capitalised word before "and his" or "and her" and a word of
        kin ("Samah and her two children were killed"): one person's name, the kin being hers; not
        a place ("a man was killed in Paris and his wife was injured")."""
        items = self.items
        return (
            k + 3 < len(items)
            and items[k].is_cap
            and items[k].is_word
            and not (k >= 1 and items[k - 1].is_cap and items[k - 1].is_word)
            and not (k >= 1 and items[k - 1].low in _PLACE_BEFORE)
            and items[k + 1].low == "and"
            and items[k + 2].low in ("his", "her")
            and any(item.low in KIN for item in items[k + 3 : k + 6])
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

    def _name_beside_others(self, k: int) -> bool:
        """Whether item ``k`` is one capitalised word joined by "and" to a count of others ("killed
        Neda and dozens of others", "shot Hamza and 12 other protesters"): one person's name, as a
        name is before "was", told first of those the others are counted beside."""
        items = self.items
        if not (k + 3 < len(items) and items[k].is_cap and items[k].is_word and items[k + 1].low == "and"):
            return False
        if not items[k + 2].is_count or (k >= 1 and items[k - 1].is_cap and items[k - 1].is_word):
            return False
        return any(items[j].low in ("others", "other") for j in range(k + 3, min(len(items), k + 5)))

    def _name_in_pair(self, k: int) -> bool:
        """Whether item ``k`` is one capitalised word joined by "and" to another name ("Smith and
        Jones were abducted", "Sama and Khaled were injured"): each is one person's name, as a name
        is before "was"."""
        return self._pair_partner_words(k) > 0

    def _pair_partner_words(self, k: int) -> int:
        """How many capitalised words the name joined by "and" to the one word at ``k`` has (0 for
        none).  A monitor names the dead this way with a full name before a first name ("Ahmad
        Saleh and Reem were killed") or with a family name the two share ("Ahmad and Reem Saleh
        were killed": Ahmad is one person, Reem Saleh another), or three share ("Ahmed, Mahmoud and
        Sara Yassin")."""
        items = self.items

        def word(j: int) -> bool:
            return 0 <= j < len(items) and items[j].is_cap and items[j].is_word

        def of_name(j: int) -> bool:  # a word of the other name, its particles too ("Maryam al-Hassan")
            return word(j) or (
                0 <= j < len(items) and items[j].is_word and items[j].low.split("-")[0] in NAME_PARTICLES
            )

        if not word(k) or word(k - 1) or word(k + 1):
            return 0
        if k >= 2 and items[k - 1].low == "and" and of_name(k - 2):
            return next(n for n in range(1, k) if not of_name(k - 2 - n))
        j = k  # "Ahmed, Mahmoud and Sara Yassin": first names set off by commas before the pair
        while (
            j + 3 < len(items)
            and items[j + 1].text == ","
            and word(j + 2)
            and not word(j + 3)
            and items[k].low not in _OPENING_WORDS
        ):
            j += 2
        if j + 2 < len(items) and items[j + 1].low == "and" and word(j + 2):
            return next(n for n in range(1, len(items) - j) if not of_name(j + 2 + n))
        return 0

    def _one_of_an_age(self, first: int, k: int) -> bool:
        """Whether the count at ``k`` is the age of one person told after "a" and "of" ("a boy of
        14", "a little girl of six"), not a number of people ("a group of 14")."""
        items = self.items
        return (
            k >= first + 3
            and items[first].low in ("a", "an")
            and items[k - 1].low == "of"
            and items[k - 2].low in ONE_OF_AN_AGE
        )

    def _one_more(self, first: int, last: int) -> bool:
        """Whether ``first..last`` is an ordinal alone after "a": one person more than those
        counted before ("four people were killed and a fifth seriously injured")."""
        quantity = self.items[last].quantity
        return first == last and quantity is not None and quantity.ordinal

    def _someone_s_kin_or_aide(self, first: int, last: int) -> bool:
        """ "the governor's driver", "the journalist's wife", "the couple's daughter": one person
        named by whose kin or aide they are, after "the" (not "the governor's convoy", "the
        family's children")."""
        possessor = self.items[first].low
        if first >= last or not possessor.endswith(("'s", "’s")) or possessor[:-2] not in (*ROLES, "couple"):
            return False
        return self.singular_kin_or_role(first + 1, last)

    def _people_s_kin(self, first: int, last: int) -> bool:
        """ "(the) girls' mother", "(the) victims' father", "(the) twins' grandmother": one of kin
        named by the people, told in the plural, whose kin they are, after "the" (not "the
        girls' parents", "the victims' families", "the soldiers' convoy")."""
        return first + 2 == last and self.plural_possessive_of_kin(first + 1) and self.singular_kin_or_role(last, last)

    def _named_one_s_kin(self, first: int, last: int) -> bool:
        """ "Adnan's wife", "Haitham’s son": one person named by whose kin they are, the kin of
        someone named (not "Adnan's children", "Gaza's residents")."""
        items = self.items
        possessor = items[first]
        if first >= last or not possessor.is_cap or not possessor.low.endswith(("'s", "’s")):
            return False
        kin = items[first + 1 : last + 1]
        return all(item.low in KIN and not item.is_cap for item in kin) and self.singular_kin_or_role(first + 1, last)

    def _kin_sharing_a_possessive(self, first: int, last: int) -> bool:
        """Whether ``first..last`` is one bare kin word closing a list of kin words after one
        possessive, which each of them shares ("his wife and son", "her husband, son and
        daughter", "the boy's father and brother"): one person (not "his wife and children",
        "the wife and son": no possessive, nor "son and daughter" alone)."""
        items = self.items

        def one_kin(j: int) -> bool:
            return items[j].low in KIN and not items[j].is_cap and self.singular_kin_or_role(j, j)

        if first != last or not one_kin(first):
            return False
        k = first
        while k >= 2 and items[k - 1].low in ("and", ","):
            before = self._past_age_left(k - 2)  # "their son, 8, and daughter", "their son (8) and daughter"
            if before < 0 or not one_kin(before):
                break
            k = before
        if k == first or k < 1:
            return False
        owner = items[k - 1].low
        return owner in POSSESSIVES or owner.endswith(("'s", "’s"))

    def _past_age_left(self, k: int) -> int:
        """Before a person's age told between commas or in brackets after their name or their word
        of kin, ending at ``k`` ("Ahmad Yusuf, 45," or "Ahmad Yusuf, 45", "Khaled Awad (40)", "son
        (8)"): the end of the name; else ``k``."""
        items = self.items
        if k >= 3 and items[k].text == ")" and items[k - 2].text == "(" and self._is_age(k - 1) and (
            items[k - 3].is_cap or items[k - 3].low in PERSON_NOUNS
        ):
            return k - 3  # "Khaled Awad (40), his wife Samah (35) and their four children", "their son (8) and"
        age = k - 1 if k >= 1 and items[k].text == "," and self._is_age(k - 1) else k
        if age >= 2 and self._is_age(age) and items[age - 1].text == "," and (
            items[age - 2].is_cap or items[age - 2].low in PERSON_NOUNS
        ):
            return age - 2
        return k

    def _one_of_a_people(self, first: int, last: int) -> bool:
        """Whether ``first..last`` is a people's name used for one of them, as news does: "troops
        killed a Palestinian", "gunmen shot an Afghan", "troops shot dead a 17-year-old
        Palestinian", "gunmen killed a Briton" (the age describes the one; not "a British", "a
        Lebanese": those names are no nouns)."""
        item = self.items[last]
        while first < last and AGE_WORD.fullmatch(self.items[first].low):
            first += 1
        if first == last - 1 and self.items[first].is_cap:  # "a South African", "a Sri Lankan"
            name = f"{self.items[first].low} {item.low}"
            return item.is_cap and name in DEMONYMS and name.endswith(_PERSON_DEMONYM_ENDINGS)
        if first != last or not item.is_cap:
            return False
        return (item.low in DEMONYMS and item.low.endswith(_PERSON_DEMONYM_ENDINGS)) or item.low in _PERSON_DEMONYMS

    def _kin_who_died(self, k: int) -> bool:
        """Whether item ``k`` (after "the") is one of kin, or one person by trade, and a later death
        of the wounds follows it (``_DIED_OF_THE_WOUNDS`` or "later died"), maybe past an aside
        between commas: a family report telling one more of the family dead ("The mother died of her
        wounds two days later", "The grandfather, who was pulled from the rubble, later died"), a wire
        report one told hurt in an aside ("The driver, who was critically wounded, died on the way to
        hospital"); not "The mother died in 2009", nor one by trade told without it ("The driver
        died in hospital": maybe one of the dead counted).  Those told among the dead before are restated
        there, not here."""
        items = self.items
        kin = items[k].low in KIN
        if not (kin or self._one_by_trade(k, k)) or not self.singular_head(k, k):
            return False
        j = k + 1
        if j < len(items) and items[j].text == ",":
            close = next((c for c in range(j + 1, min(len(items), j + 14)) if items[c].text in ",;"), None)
            if close is None or items[close].text != ",":
                return False
            if not kin and not any(PARTICIPLES.get(item.low) == "wounded" for item in items[j + 1 : close]):
                return False  # one by trade told hurt first: not "The driver died in hospital" (maybe counted)
            j = close + 1
        elif not kin:
            return False
        if j < len(items) and items[j].low == "later":
            return j + 1 < len(items) and items[j + 1].low in ("died", "succumbed")
        after = " ".join(item.low for item in items[j : j + 6])
        return _DIED_OF_THE_WOUNDS.match(after) is not None

    def _named_before_who_died(self, k: int) -> bool:
        """Whether the one capitalised word at ``k`` is a first name the text gave before, after a
        kin word or "named" ("wounding him and his daughter Huda", "a girl named Rasha"), and a
        death of the wounds follows it: the bare name taking up one of the hurt ("Huda died of her
        injuries two days later"); not "Huda was taken to hospital"."""
        items = self.items
        if not items[k].is_cap or not _DIED_OF_THE_WOUNDS.match(" ".join(item.low for item in items[k + 1 : k + 7])):
            return False
        named = re.compile(_NAMED_OR_KIN + re.escape(items[k].text) + r"\b")
        return named.search(self.text, 0, self.sentence.start) is not None

    def _outcome_follows(self, k: int) -> bool:
        """Whether an auxiliary or a participle comes right after item ``k`` ("other was injured")."""
        after = self.items[k + 1].low if k + 1 < len(self.items) else ""
        return after in AUX or after in PARTICIPLES

    def _common_noun(self, first: int, last: int) -> bool:
        """A noun of one person in headline style ("kill driver"); a phrase led by "more" is a
        comparison, after a figure ("killed 40 people, more than half of them children") or in a
        reader's polemic ("the state kills more of its own citizens than the war did")."""
        items = self.items
        if items[first].low == "more":
            return False
        return self.singular_head(first, last) and not any(items[k].is_cap for k in range(first, last + 1))

    def _is_age(self, k: int) -> bool:
        """Whether item ``k`` is an age told alone ("Ahmed Nasr, 45,")."""
        quantity = self.items[k].quantity
        return quantity is not None and quantity.measure == "age"

    def _of_them(self, k: int) -> bool:
        """ "two of them", "one of whom"."""
        items = self.items
        if k + 2 >= len(items) or not items[k].is_count:
            return False
        return items[k + 1].low == "of" and items[k + 2].low in ("them", "whom")

    def _of_the_dead(self, k: int) -> bool:
        """ "six of the dead", "ten of the victims", "two of those killed": a part of the dead counted
        before, told after the list ("killing 20 men, and six of the dead were beheaded")."""
        items = self.items
        if k + 3 >= len(items) or not items[k].is_count or items[k + 1].low != "of":
            return False
        return (items[k + 2].low, items[k + 3].low) in _THE_DEAD

    def _counts_in(self, first: int, last: int) -> list[Victim]:
        """The figures inside brackets: "9 (5 Burkinabe and 4 civilians)"."""
        found = []
        for k in range(first, last + 1):
            if self.items[k].is_count:
                victim = self.victim(k, self.np_right_end(k), count_at=k)
                if victim is not None:
                    found.append(victim)
        return found

    def _named_one(self, part: Victim) -> bool:
        """Whether the list item is one person with a name: "Anwar Saleh", "his neighbour Omar Said",
        also after the employer before the job ("Reuters cameraman Ali Hassan")."""
        items = self.items
        if part.count != 1:
            return False
        return any(items[j].is_cap and self.is_name(j, part.last) for j in range(part.first, part.last + 1))

    def _one_described_part(self, part: Victim) -> bool:
        """Whether the list item is one person told by "a"/"an", or people told by whose they
        are: "killed two civilians, a farmer and his son," (the two civilians), "three civilians
        from one family, a father and his two sons,"."""
        low = self.items[part.first].low
        return (part.count == 1 and low in ("a", "an")) or low in POSSESSIVES


# The dead of a list told again: "of the dead", "of the victims", "of those killed".
_THE_DEAD = frozenset(
    (determiner, noun) for determiner in ("the", "those") for noun in ("dead", "victims", "killed", "slain")
)
# The words that open a comparison of quantities, with no number of their own: "more Irish died on the
# roads than in the Troubles", "Windows ME killed more PCs than any virus" name nobody counted.
_COMPARATIVES = frozenset({"more", "fewer"})


def _born_together(words: list[str]) -> int | None:
    """How many children of one birth the words name, as their last word or "twin"/"triplet" before
    it says ("twins", "twin baby girls": two; "triplets": three); None for anything else ("twin
    blasts", "a twin")."""
    if words[-1] in ("twins", "triplets"):
        return _MULTIPLE_BIRTHS[words[-1]]
    if words[-1] not in _BORN_TOGETHER:
        return None
    return next((_MULTIPLE_BIRTHS[word] for word in words[:-1] if word in ("twin", "triplet")), None)


def _group_size(word: str) -> int | None:
    """The size a word like "five-member" or "12-strong" gives its group; None for other words."""
    match = _GROUP_SIZE.fullmatch(word)
    return parse_number(match.group("size")) if match else None

