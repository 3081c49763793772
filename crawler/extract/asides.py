"""Asides about people, set off by commas, dashes or brackets, and the ages told in them.

"12 villagers, all from one clan,", "– including three doctors –", "Ahmad Yusuf, 45,", "two
women, aged 30 and 45,", "five children, the youngest aged two,", "Mohammed Ali, 34, a
shopkeeper,": where such an aside opens, whether it is one, and where the people it is about end.
"""

from __future__ import annotations

from crawler.extract.groups import DEMONYMS, ROLES
from crawler.extract.noun_phrases_left import NounPhrasesLeft
from crawler.extract.outcomes import ACTIVE, INTRANSITIVE, PARTICIPLES
from crawler.extract.victim_nouns import AGE_WORD
from crawler.extract.word_classes import AUX, KIN, NAME_PARTICLES, PREPOSITIONS

ASIDE_START = frozenset(
    """including among of most mostly mainly many some all both who whose which aged two three
    almost nearly largely predominantly also from identified named
    four five six seven eight nine ten several one none half""".split()
) | frozenset(
    # how the hurt who died later were hurt, told between commas: "A fourth man, wounded in the raid, died
    # on Sunday", "Two women, critically injured in the strike, died in hospital"
    "wounded injured hurt critically seriously severely gravely badly".split()
)
ASIDE_MARKS = frozenset({",", "–", "—"})
# Words of most of the people before, before a word of their kind: ", mostly women,", ", mainly foreigners,".
_MOSTLY = frozenset("mostly mainly largely predominantly chiefly".split())
_NAME_LIST_WORDS = frozenset(
    {"and", ",", ".", "year", "years", "old", "month", "months", "aged", "his", "her", "their"}
)
AGE_ORDER = frozenset({"youngest", "eldest", "oldest"})
# The words that set a limit to the ages of a group: "under the age of 15", "between the ages of 6 and 11".
_AGE_LIMITS = frozenset("under below over above between".split())
# How many of the people an aside tells of: "most of them conscripts".
SHARES = frozenset({"most", "many", "all", "some", "mostly"})

# How the plural of a people's word ends: "teenagers", "young men", "children", "Mauritanians".
_PLURAL_ENDINGS = ("s", "men", "children", "people")
# The words of one of the people told by its kind, after "one a": "one a child", "one an elderly shepherd".
_KIND_WORDS = 4
# The words after the number of a share ("70 per cent", "70 percent", "70%").
_PER_CENT = frozenset({"per", "cent", "percent", "%"})


class Asides(NounPhrasesLeft):
    """Finds the asides about people before an item, and the ages told of them."""

    def _aside_open(self, close: int) -> int:
        """The mark opening an aside that ``close`` ends (-1 when there is none)."""
        items = self.items
        dash = items[close].text in "–—"
        opening = "–—" if dash else ",–—"
        j, stop = close - 1, max(-1, close - 40)
        while j > stop:
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
        if head in ASIDE_START and not items[first].is_count:
            return True
        if head == "the" and first < last and items[first + 1].low in AGE_ORDER:
            return True  # "five children, the youngest aged two,"
        if self._kin_of_someone_told(first, last):
            return True
        if self._of_them(first) or self._share_of_them(first) or self._one_of_a_kind(first, last):
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

    def _kin_of_someone_told(self, first: int, last: int) -> bool:
        """Whether ``first..last`` tells one person as the kin of someone told before, by a
        possessive: "A third person, the fighter's father, died the next day", "a woman, the
        boy's mother,"."""
        items = self.items
        return (
            last == first + 2
            and items[first].low == "the"
            and items[first + 1].low.endswith(("'s", "’s"))
            and items[last].low in KIN
        )

    def _one_of_a_kind(self, first: int, last: int) -> bool:
        """Whether ``first..last`` tells one of the people before it by its kind, as "one of them"
        would with the words left out: "Two civilians, one a child, were killed", "three men,
        one an elderly shepherd,"."""
        items = self.items
        if not items[first].is_count or last - first > _KIND_WORDS or last < first + 2:
            return False
        return items[first + 1].low in ("a", "an") and items[last].low in ROLES

    def _share_of_them(self, k: int) -> bool:
        """Whether ``k`` opens a share of the people before it, as reports on a running toll give
        it: "at least 29,000 people, 70 per cent of them women and children, have been killed",
        "14 people, 60% of whom were children,"."""
        items = self.items
        quantity = items[k].quantity
        if quantity is None or quantity.measure != "percent":
            return False
        k += 1
        while k < len(items) and items[k].low in _PER_CENT:
            k += 1
        return k + 1 < len(items) and items[k].low == "of" and items[k + 1].low in ("them", "whom")

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

    def _describes_pair(self, open_: int, close: int) -> bool:
        """Whether the commas ``open_`` and ``close`` hold "a"/"an" and a couple, perhaps with
        where they were from, after two people joined by "and", with the verb next ("Ahmed and
        Fatima Hamdan, an elderly couple, were killed", "a farmer and his wife, a couple from
        Beit Lahia, died"): those two, described, no more people."""
        items = self.items
        if items[open_].text != "," or items[close].text != "," or close + 1 >= len(items):
            return False
        verb = items[close + 1].low
        if (verb not in AUX and verb not in INTRANSITIVE) or items[open_ + 1].low not in ("a", "an"):
            return False
        couple = next((j for j in range(open_ + 2, close) if items[j].low == "couple"), -1)
        if couple < 0 or not all(item.is_word for item in items[open_ + 2 : couple]):
            return False
        if couple + 1 < close and (items[couple + 1].low not in PREPOSITIONS or items[couple + 1].low == "of"):
            return False
        return any(item.low == "and" for item in items[max(0, open_ - 6) : open_])

    def _commas_before_verb(self, open_: int, close: int) -> bool:
        """Whether ``open_`` and ``close`` are commas and a verb of the told people's fate (an
        auxiliary, an intransitive or an active verb) comes right after the second."""
        items = self.items
        if items[open_].text != "," or items[close].text != "," or close + 1 >= len(items):
            return False
        verb = items[close + 1].low
        return verb in AUX or verb in INTRANSITIVE or verb in ACTIVE

    def _describes_one(self, open_: int, close: int) -> bool:
        """Whether the commas ``open_`` and ``close`` hold "a"/"an" and one person's noun phrase
        after one person told by a role, with the verb next ("A third civilian, a 14-year-old
        boy, died", "One soldier, a father of two, was killed"): that person, described.  Not an
        item of a list ("a woman, a man, and a child")."""
        if not self._commas_before_verb(open_, close):
            return False
        if not self.people_word(open_ - 1) or not self._one_described(open_ + 1, close - 1):
            return False
        _, person = self._np_with_phrases_left(open_ - 1, False)
        return person is not None and person.count == 1

    def _describes_many(self, open_: int, close: int) -> bool:
        """Whether the commas ``open_`` and ``close`` hold who several people told by a role
        were, a plural word of people first (after an adjective or "all"), with the verb next: "The four
        attackers, teenagers who had crossed from the north, were shot dead", "The two attackers,
        brothers from Kairouan, were killed": those people, described.  Not a list ("two soldiers,
        policemen and a child") nor an aside with a figure of its own."""
        if not self._commas_before_verb(open_, close):
            return False
        items = self.items
        head = open_ + 1 + (items[open_ + 1].low == "all")
        if head < close and not self.people_word(head) and items[head].is_word and not items[head].is_cap:
            head += 1  # "young men recruited in Mali"
        low = items[head].low if head < close else ""
        if not (self.people_word(head) or low[:-1] in DEMONYMS) or not low.endswith(_PLURAL_ENDINGS):
            return False
        if any(item.is_count or item.low == "and" or item.text in ";:()" for item in items[open_ + 1 : close]):
            return False
        if not self.people_word(open_ - 1):
            return False
        _, people = self._np_with_phrases_left(open_ - 1, False)
        return people is not None and people.count > 1

    def _past_ages_left(self, k: int) -> int:
        """Before "aged 9, 12 and 15" ending at ``k``: the people whose ages they are; so before
        the age limit of a group, "under the age of 15", "under age 12", "between the ages of 6
        and 11" ("29 children under the age of 15 were killed": the age is no count)."""
        items = self.items
        if k < 0 or not self._is_age(k):
            return k
        j = k
        while j >= 0 and (
            self._is_age(j)
            or items[j].low in ("and", "or", "to")
            or items[j].text in ",-–"
        ):
            j -= 1
        of = j >= 2 and items[j].low == "of" and items[j - 1].low in ("age", "ages")
        j -= 1 if of else 0
        if j >= k or j < 1 or items[j].low not in ("aged", "ages", "age"):
            return k
        if items[j].low != "aged":
            limit = j - 2 if items[j - 1].low == "the" else j - 1
            if limit >= 1 and items[limit].low in _AGE_LIMITS:
                return limit - 1
        return k if of else j - 1

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

    def share_aside_left(self, close: int) -> int:
        """Where the people end before an aside on how many of them were of a kind, the comma
        ``close`` closing it: "Twelve soldiers, most of them conscripts, and", "Twenty hostages,
        mostly foreigners, and"; -1 when there is none."""
        items = self.items
        if close < 3 or items[close].text != ",":
            return -1
        open_ = self._aside_open(close)
        if open_ < 1 or items[open_].text != ",":
            return -1
        mostly = items[open_ + 1].low in _MOSTLY and close - open_ in (3, 4)  # ", mostly women, and"
        of_them = close - open_ >= 5 and items[open_ + 1].low in SHARES and [item.low for item in items[open_ + 2 : open_ + 4]] == ["of", "them"]
        if not (mostly or of_them):
            return -1
        return open_ - 1 if self.people_word(open_ - 1) else -1

    def _age_order_aside_left(self, close: int) -> int:
        """Where the people end before an aside on the youngest or eldest of them, the comma
        ``close`` closing it: "five children, the youngest aged two,"; -1 when there is none."""
        items = self.items
        if close < 4 or items[close].text != ",":
            return -1
        open_ = self._aside_open(close)
        if open_ < 1 or items[open_].text != "," or items[open_ + 1].low != "the":
            return -1
        if items[open_ + 2].low not in AGE_ORDER or not self.people_word(open_ - 1):
            return -1
        return open_ - 1
