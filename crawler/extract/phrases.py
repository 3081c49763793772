"""A sentence as a row of items, and the noun phrases in it.

An ``Item`` is a word, a punctuation mark, or a whole quantity of ``numbers`` ("at least 71",
"between 13 and 14"), so that the readers built on ``Phrases`` step over a figure as one thing.
``Phrases`` finds where a noun phrase starts and ends, whether words name a person, and where a
clause ends, with the word classes of ``word_classes`` instead of a tagger.
"""

from __future__ import annotations

import re

from crawler.extract.groups import AFFILIATIONS, COUNTRIES, DEMONYMS, NOT_PEOPLE, ROLES
from crawler.extract.numbers import Quantity
from crawler.extract.outcomes import ACTIVE, FIRST_WORDS, INTRANSITIVE, LEAVING, NOUNS, PARTICIPLES
from crawler.extract.records import Sentence
from crawler.extract.word_classes import (
    ADVERBS,
    AUX,
    CLAUSE_STARTS,
    CLAUSE_VERBS,
    CONJUNCTIONS,
    DETERMINERS,
    HEDGES,
    KIN,
    MONTHS_AND_DAYS,
    NAME_PARTICLES,
    NEGATIONS,
    POSSESSIVES,
    PREPOSITIONS,
    PRONOUNS,
    QUOTE_MARKS,
    TITLES,
    verb_like,
)

# Words (with inner hyphens, apostrophes and a possessive 's), dotted abbreviations ("U.S."), marks.
# (The word read once, then its dots or its joined parts: trying the two readings from the start
# read each word twice.)
# A word's first run of letters is a group: ``lastindex`` tells a word from a mark without a call.
_TOKEN = re.compile(r"([^\W_]+)(?:(?:\.[^\W_]+)+\.?|(?:[-‐'’][^\W_]+)*(?:[’']s\b)?)|[^\w\s]")
# Outcome nouns that may sit inside a noun phrase ("the bodies of the victims", "five hostages were killed").
_NOUNS_IN_PHRASES = frozenset({"body", "bodies", "killing", "murder", "martyr", "martyrs", "hostages", "captives"})
# The auxiliary right after a name that is also a word of report ("Said were killed").
_NAMED_ONES_AUX = frozenset({"was", "were", "is", "are", "has", "have", "had"})
# Words for people that end in no -s but are not one person.
_PLURALS = frozenset({"police", "personnel", "staff", "people", "militia", "army", "children", "grandchildren", "youth", "displaced"})
# Nouns for a number of people given after "of": "a family of six".
# Adjectives that may stand between a determiner and an "-ed" adjective: "the same large extended family".
_PLAIN_ADJECTIVES = frozenset("same large larger big bigger wider whole entire small".split())
COLLECTIVES = frozenset({"family", "group", "crew", "team", "household", "convoy", "party"})
_HEADLINE_TITLES = frozenset({"commander", "leader", "chief", "brother", "son", "judge"})
# Capitalised words that make a run of them an institution or a place, not a person.
_INSTITUTIONS = frozenset(
    """ministry agency news committee council office center centre hospital department authority
    society organization organisation network tv channel radio university school mosque church camp
    street road city province governorate district village town square market airport port bank
    company brigade battalion army police forces command media press times post""".split()
)
_NOT_NAMES = frozenset(
    [*DEMONYMS, *AFFILIATIONS, *COUNTRIES, *MONTHS_AND_DAYS, *PREPOSITIONS, *DETERMINERS, *_INSTITUTIONS]
)
# The words that may open counted people before their number: "All 12", "Only 2", "The 12 soldiers".
_OPENS_A_COUNT = DETERMINERS | POSSESSIVES | frozenset(
    "all only just both some first last other remaining additional further".split()
)
_PLACE_PREPOSITIONS = frozenset({"of", "in", "at", "near"})  # "the town of Jenin", "in Kabul"
# Ranks and titles written short, with a dot: "Sgt. John Miller".
# The units whose names go on with "The" in British Army usage: "1st Battalion The Rifles",
# "2nd Battalion The Royal Welsh".
_UNITS_NAMED_ON = frozenset("battalion regiment squadron company brigade".split())
_SHORT_TITLES = frozenset("mr mrs ms dr prof gen lt col maj capt cpt sgt cpl pvt pte spc adm brig gov sen rev lieut".split())
# Places named after the people in them: "a refugee camp", "an army checkpoint".
_PLACE_HEADS = frozenset(
    """camp camps station checkpoint base post office headquarters house home building school
    hospital market mosque church compound centre center academy court""".split()
)


# Titles before a name, shortened with a dot: "Lt. Col.", "Maj. Gen.", "Dr.".
_ABBREVIATED_TITLES = frozenset(
    "gen lt col maj capt cpt sgt cpl pvt pte brig adm cmdr cdr lieut supt insp dr prof mr mrs ms rev gov sen".split()
)


class Item:
    """A word, a punctuation mark or a whole quantity ("at least 71") of one sentence."""

    __slots__ = ("end", "is_cap", "is_count", "is_word", "low", "quantity", "start", "text")

    # Every field given, none worked out: ``read_items`` builds one per word of every sentence read.
    def __init__(
        self,
        start: int,
        end: int,
        text: str,
        low: str,
        quantity: Quantity | None,
        is_word: bool,
        is_cap: bool,
        is_count: bool,
    ) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.low = low
        self.quantity = quantity
        self.is_word = is_word  # a word, not a mark nor a quantity
        self.is_cap = is_cap  # a word opening on a capital
        self.is_count = is_count  # a quantity that counts something


def read_items(text: str, sentence: Sentence, quantities: list[Quantity]) -> list[Item]:
    """The items of ``sentence``; ``quantities`` are those of ``numbers`` inside it, in order."""
    items: list[Item] = []
    pending = iter(quantities)
    quantity = next(pending, None)
    lowered = _lowered(text[sentence.start : sentence.end])
    for match in _TOKEN.finditer(text, sentence.start, sentence.end):
        start, end = match.span()
        while quantity is not None and quantity.end <= start:
            quantity = next(pending, None)
        if quantity is not None and quantity.start <= start and end <= quantity.end:
            if not items or items[-1].quantity is not quantity:
                written = text[quantity.start : quantity.end]
                items.append(Item(quantity.start, quantity.end, written, "#", quantity, False, False, quantity.is_count))
            continue
        token = match.group()
        is_word = match.lastindex is not None
        if token == "." and items and items[-1].end == start and items[-1].low in _ABBREVIATED_TITLES:
            continue  # "Lt. Col. Farhan Ibrahim": the dot of a title, inside the name
        if token == "-" and text[start - 1 : start] == " " and text[end : end + 1] == " ":
            token = low = "–"  # a hyphen between spaces is a dash: "Five soldiers - including an officer - were"
        elif token == "US":
            low = "u.s."  # the country, not "us"
        elif lowered is not None:
            low = lowered[start - sentence.start : end - sentence.start]
        else:
            low = token.lower().replace("’", "'")
        items.append(Item(start, end, token, low, None, is_word, is_word and token[0].isupper(), False))
    written = text[sentence.start : sentence.end]
    if "(" in written:
        items = _without_abbreviations(items)
    if "'" in written or "‘" in written:
        items = _without_scare_quotes(items)
    if ("'" in written or "’" in written) and not _OPENING_SINGLE_QUOTE.search(written):
        items = _without_final_apostrophes(items)
    if "ccording to" in written:
        items = _numbered_source_names(items)
    return items


def _numbered_source_names(items: list[Item]) -> list[Item]:
    """``items`` with the number that closes a source's name after "according to" read as a
    word of the name ("According to Deir Ezzor 24, a woman and her two children were killed",
    "according to Raqqa 24,"), not a count of the people after it."""
    for k in range(3, len(items) - 1):
        number = items[k]
        if number.quantity is None or items[k + 1].text != "," or not items[k - 1].is_cap:
            continue
        j = k - 1
        while j > 0 and items[j].is_cap:
            j -= 1
        if j > 0 and items[j].low == "the":
            j -= 1
        if j >= 1 and items[j].low == "to" and items[j - 1].low == "according":
            items[k] = Item(number.start, number.end, number.text, number.low, None, True, True, False)
    return items


def _without_scare_quotes(items: list[Item]) -> list[Item]:
    """``items`` without the single quote marks set tight around one word of people, the writer's
    distance from the word: "A Hizb-ul-Mujahideen 'commander' was killed", "two 'militants'"
    (a verb keeps its quotes, the army's word: 'it "eliminated" 12 insurgents')."""
    kept: list[Item] = []
    k = 0
    while k < len(items):
        if (
            items[k].text in _SINGLE_QUOTES and k + 2 < len(items) and items[k + 2].text in _SINGLE_QUOTES
            and items[k + 1].low in ROLES and items[k].end == items[k + 1].start and items[k + 1].end == items[k + 2].start
        ):  # fmt: skip
            kept.append(items[k + 1])
            k += 3
            continue
        kept.append(items[k])
        k += 1
    return kept


_SINGLE_QUOTES = frozenset({"'", "‘", "’"})
# A single quote mark that opens a quotation: after a space or a bracket, before a letter.
_OPENING_SINGLE_QUOTE = re.compile(r"(?:^|[\s(\[])['‘’]\w")


def _without_final_apostrophes(items: list[Item]) -> list[Item]:
    """``items`` without the apostrophe that closes a transliterated Arabic name, the letter ʿayn
    or hamza ("the Abu Jame' family", "the al-Sane' family"): part of the name, not a quote mark
    (only in a sentence that opens no single quotation; not after a plural's "s": "the Smiths'")."""
    return [
        item for k, item in enumerate(items)
        if not (
            item.text in ("'", "’") and k > 0 and items[k - 1].end == item.start
            and (items[k - 1].is_cap or items[k - 1].low.split("-")[0] in NAME_PARTICLES)
            and not items[k - 1].low.endswith("s") and (k + 1 == len(items) or items[k + 1].start > item.end)
        )
    ]  # fmt: skip


def _without_abbreviations(items: list[Item]) -> list[Item]:
    """``items`` without the abbreviation in brackets after a name, which says how the name is
    written short and sits inside a noun phrase: "Two Lashkar-e-Toiba (LeT) terrorists were
    killed", "the Islamic State (IS) fighters" (not an age, a figure or a word: "Ahmad (32)",
    "(+3 perpetrators)", "(also named Ahmed)")."""
    kept: list[Item] = []
    k = 0
    while k < len(items):
        if items[k].text == "(" and kept and kept[-1].is_cap:
            close = next((j for j in range(k + 2, min(k + 6, len(items))) if items[j].text == ")"), None)
            if close is not None and _ABBREVIATION.fullmatch("".join(item.text for item in items[k + 1 : close])):
                k = close + 1
                continue
        kept.append(items[k])
        k += 1
    return kept


# A name written short: "IS", "LeT", "TTP", "ISWAP", "CPI-Maoist" (two capitals or more, few letters).
_ABBREVIATION = re.compile(r"(?=(?:[a-z-]*[A-Z]){2})[A-Za-z]{2,8}(?:-[A-Za-z]{2,8})?")


def _lowered(sentence: str) -> str | None:
    """The sentence in lower case with "’" as "'", character for character, when that is what
    each of its words gives on its own (not with "İ", two characters in lower case, nor with a
    capital sigma, whose lower case depends on the letters around it); None otherwise."""
    lowered = sentence.lower()
    if len(lowered) != len(sentence) or "Σ" in sentence:
        return None
    return lowered.replace("’", "'")


class Phrases:
    """Noun phrases, names and clauses over the items of one sentence."""

    def __init__(self, text: str, sentence: Sentence, items: list[Item]) -> None:
        self.text = text
        self.sentence = sentence
        self.items = items
        self._clause_ends: dict[int, int] = {}  # ``clause_end`` of an item: the place and the cause of a figure both ask
        # (speed) the noun phrases ending and starting at an item: the readers of one sentence ask
        # again for the same items (half of the asks), and the answers hang on the items alone
        self._np_left_starts: dict[int, int] = {}
        self._np_right_ends: dict[int, int] = {}

    def _time_taken(self, k: int) -> bool:
        """Whether the quantity at ``k`` is a duration opened by a preposition: "killed 200 over
        three days" (the time the killing took, not the people's noun), or told back from now or on
        from the event: "the toll rose to 20,000 three weeks ago", "the toll rose to 88 two days
        later"; not an age ("people aged over 60 years")."""
        item = self.items[k]
        quantity = item.quantity
        assert quantity is not None
        if quantity.measure != "duration":
            return False
        if k + 2 < len(self.items) and self.items[k + 2].low in ("ago", "later"):
            return True
        if quantity.number_start == quantity.start:
            return False
        opening = item.text[: quantity.number_start - quantity.start].strip().lower()
        return opening in PREPOSITIONS and not (k > 0 and self.items[k - 1].low in ("aged", "age"))

    def np_internal(self, k: int) -> bool:
        """Whether item ``k`` can be inside a noun phrase: a quantity, a determiner, a name, a
        noun or adjective, "of", "'s"; not a preposition, auxiliary, pronoun, outcome or verb."""
        item = self.items[k]
        if item.quantity is not None:
            return not self._time_taken(k)
        if not item.is_word:
            return (
                item.text in ("'s", "’s")
                or self._scare_quote(k)
                or self._quoted_amount(k)
                or self._title_dot(k)
                or self._quoted_name(k)
                or self.plural_possessive_of_kin(k)
            )
        low = item.low
        if low in PREPOSITIONS or low in CONJUNCTIONS or low in AUX or low in NEGATIONS:
            return low == "of"
        if low in PRONOUNS:
            return False
        if low == "further" and self.before_is_determiner(k):
            return True  # one more of the dead after "a": "a further victim (died of his wounds)"
        if (low in CLAUSE_VERBS or (low in ADVERBS and low not in ("all", "both"))) and not self.name_said(k):
            return False
        if low in PARTICIPLES and self.describes_counted_people(k):
            return True  # "six missing fishermen (were found dead)", "two injured soldiers (died)"
        if low in ACTIVE or low in PARTICIPLES or low in INTRANSITIVE or (low in LEAVING and not self._on_leave(k)):
            return False
        if low in NOUNS and low not in _NOUNS_IN_PHRASES:
            return self._in_a_name(k)  # "fighters of the Death Brigade"
        if low.endswith("ed") and k + 1 < len(self.items):
            j = k  # an adjective between a determiner and its noun: "the (same large) extended family"
            while k - j < 2 and j >= 2 and self.items[j - 1].low in _PLAIN_ADJECTIVES:
                j -= 1
            if self.before_is_determiner(j):
                return True
        return item.is_cap or not verb_like(low)

    def _on_leave(self, k: int) -> bool:
        """Whether "leave" at ``k`` is the time off of "on leave" ("eleven soldiers home on leave were
        killed"), a noun, not the verb of a toll left."""
        return self.items[k].low == "leave" and k > 0 and self.items[k - 1].low == "on"

    def _in_a_name(self, k: int) -> bool:
        """Whether the capitalised word ``k`` opens a name after "the", with more of the name after
        it: "the Death Brigade", "the Martyrs Battalion"."""
        items = self.items
        return items[k].is_cap and 0 < k < len(items) - 1 and items[k - 1].low == "the" and items[k + 1].is_cap

    def _title_dot(self, k: int) -> bool:
        """Whether item ``k`` is the dot of a rank or title cut short that opens a name: "Sgt. John
        Miller", "Lt. Col. Ahmed Saleh"; not when words before the title say more of the person
        ("the Guards commander Brig. Gen. Abdolreza Mojiri": the name is "Gen. Abdolreza Mojiri")."""
        items = self.items
        return (
            items[k].text == "."
            and 0 < k < len(items) - 1
            and items[k - 1].low in _SHORT_TITLES
            and items[k - 1].is_cap
            and items[k + 1].is_cap
            and (k < 2 or not items[k - 2].is_word or items[k - 2].low in ("and", "or"))
        )

    def plural_possessive_of_kin(self, k: int) -> bool:
        """Whether the apostrophe ``k`` closes people told in the plural before one of their kin:
        "the girls' mother", "the victims' father", "the twins' grandmother" (not "the soldiers'
        bodies", "the Smiths' house", a closing quote)."""
        items = self.items
        if items[k].text not in ("'", "’") or k == 0 or k + 1 >= len(items) or items[k - 1].end != items[k].start:
            return False
        people, kin = items[k - 1].low, items[k + 1]
        return (
            people.endswith("s")
            and (people in ROLES or people in KIN)
            and kin.low in KIN
            and not kin.is_cap
            and not kin.low.endswith("s")
        )

    def _scare_quote(self, k: int) -> bool:
        """Whether the quote mark ``k`` opens or closes one to three words inside a noun phrase,
        the words of a side that the writer does not adopt: 'state media said 15 "terrorists"
        were killed', "20 'armed gang members'"."""
        items = self.items
        if items[k].text not in QUOTE_MARKS:
            return False
        for opening, step in ((k, 1), (k, -1)):
            j = opening + step
            while 0 <= j < len(items) and items[j].is_word and abs(j - opening) <= 4:
                j += step
            if 0 <= j < len(items) and items[j].text in QUOTE_MARKS and 1 < abs(j - opening) <= 4:
                first = min(opening, j)
                return first > 0 and (items[first - 1].quantity is not None or items[first - 1].low in POSSESSIVES)
        return False

    def _quoted_name(self, k: int) -> bool:
        """Whether the quote mark ``k`` opens or closes the quoted name of a group after "the" or
        "of", as monitors write them: 'two members of the "Military Council" were killed',
        "fighters of the ‘Sultan Murad’ faction"; its first word is capitalised."""
        items = self.items
        if items[k].text not in QUOTE_MARKS:
            return False
        for step in (1, -1):
            j = k + step
            while 0 <= j < len(items) and items[j].is_word and abs(j - k) <= 5:
                j += step
            if 0 <= j < len(items) and items[j].text in QUOTE_MARKS and 1 < abs(j - k) <= 5:
                first = min(k, j)
                return first > 0 and items[first - 1].low in ("the", "of") and items[first + 1].is_cap
        return False

    def _quoted_amount(self, k: int) -> bool:
        """Whether item ``k`` is the quote mark closing a figure that the writer quotes alone,
        inside the noun phrase it counts: '“dozens” of people were injured'."""
        items = self.items
        return (
            items[k].text in QUOTE_MARKS
            and k >= 2
            and items[k - 1].quantity is not None
            and items[k - 2].text in QUOTE_MARKS
        )

    def np_left_start(self, k: int) -> int:
        """The first item of the noun phrase ending at ``k`` (``k + 1`` when there is none); it
        goes on through "of" ("members of the family") and stops after a determiner."""
        if k not in self._np_left_starts:
            self._np_left_starts[k] = self._np_left_start(k)
        return self._np_left_starts[k]

    def _np_left_start(self, k: int) -> int:
        items = self.items
        if not self.np_internal(k) or items[k].low == "of":
            return k + 1
        first = k
        while first - 1 >= 0:
            if self._acronym_before(first):
                first -= 3  # "Afghan Local Police (ALP) personnel"
                continue
            if not self.np_internal(first - 1) or self._stray_article(first) or self._verb_before_count(first):
                break
            if self._count_after_a_place(first) or self._count_after_a_name(first) or self._count_after_a_date(first):
                break
            opens = items[first].low in DETERMINERS or items[first].low in POSSESSIVES
            if opens and items[first - 1].low != "of" and not self._both_before(first, k) and not self._unit_named_on(first):
                break
            first -= 1
        while first <= k and items[first].low == "of":
            first += 1
        return first

    def _unit_named_on(self, k: int) -> bool:
        """Whether the "The" at ``k`` goes on the name of the unit before it, with its capital:
        "a soldier from 1st Battalion The Rifles was killed"."""
        before = self.items[k - 1]
        return self.items[k].text == "The" and before.is_cap and before.low in _UNITS_NAMED_ON

    def _both_before(self, first: int, k: int) -> bool:
        """Whether "both" stands before the determiner at ``first`` of the plural head at ``k``:
        "both the militants", "both his sons" (two people; not "both the driver and ...")."""
        return self.items[first - 1].low == "both" and plural_people_word(self.items[k].low)

    def _verb_before_count(self, k: int) -> bool:
        """Whether a word in "-ed" right before the figure at ``k`` is a verb taking it as its
        object ("Police named 14 people who were killed", "officials identified 12 victims"): an
        adjective in "-ed" stands after the figure ("14 unidentified men") or after an article
        ("the identified 14 victims")."""
        items = self.items
        before = items[k - 1]
        return (
            items[k].is_count
            and before.is_word
            and before.low.endswith("ed")
            and not (k >= 2 and (items[k - 2].low in DETERMINERS or items[k - 2].low in POSSESSIVES))
        )

    def _count_after_a_place(self, k: int) -> bool:
        """Whether the figure at ``k`` follows the name of a place fronted without a comma ("In
        the town of Jenin three youths were killed", "Later in the municipality of La Trituradora
        four civilians were injured"): the name ends the place, the people begin at the figure."""
        items = self.items
        if not items[k].is_count:
            return False
        j = k - 1
        while j >= 0 and items[j].is_cap and items[j].is_word and items[j].low not in _PLACE_PREPOSITIONS:
            j -= 1  # "At Camp Bastion": the capital of the sentence's first word opens no name
        return 0 <= j < k - 1 and items[j].low in _PLACE_PREPOSITIONS

    def _count_after_a_name(self, k: int) -> bool:
        """Whether the figure at ``k`` follows a capitalised word that cannot open its people, with
        no comma between: a reader's name or a heading run into the sentence ("Wafula 1,133 died in
        the violence", "Anadolu Agency two women were killed"); not "All 12", "Only 2", "The 12
        soldiers", "His 3 sons", nor a name's possessive ("Hoda's five children")."""
        items = self.items
        if not items[k].is_count or k == 0:
            return False
        before = items[k - 1]
        return (
            before.is_cap and before.is_word and before.low not in _OPENS_A_COUNT
            and not before.low.endswith(("'s", "’s"))
        )  # fmt: skip

    def _count_after_a_date(self, k: int) -> bool:
        """Whether the figure at ``k`` follows a date or a year with nothing between: a reader's
        line that ends on the day it was posted, run into the comment ("Reply from Ana on March 4,
        2012 649 conscripts died"); the people begin at the figure, not on the date."""
        before = self.items[k - 1].quantity
        return self.items[k].is_count and before is not None and before.measure in ("year", "date")

    def _stray_article(self, k: int) -> bool:
        """Whether "a" or "an" before item ``k`` cannot be its article: ``k`` is a figure opening
        on "at least", "more than", "up to" or "less than" ("... said A At least 106 protesters"
        after a cut or a run-in headline); "an estimated 100", "about 20" keep theirs."""
        quantity = self.items[k].quantity
        return (
            quantity is not None
            and quantity.qualifier in ("at_least", "more_than", "up_to", "less_than")
            and quantity.number_start > quantity.start
            and self.items[k - 1].low in ("a", "an")
        )

    def _acronym_before(self, k: int) -> bool:
        """Whether an acronym in brackets ends right before ``k``, inside a noun phrase:
        "Afghan Local Police (ALP) personnel", "three (NISA) soldiers"."""
        items = self.items
        return (
            k >= 4
            and items[k - 1].text == ")"
            and items[k - 3].text == "("
            and items[k - 2].text.isupper()
            and self.np_internal(k - 4)
        )

    def np_right_end(self, k: int) -> int:
        """The last item of the noun phrase starting at ``k`` (``k - 1`` when there is none): one
        number at most, "of" only after a head ("members of the Abu Arram family"); a possessive
        is no head ("Ahmed's two sons", "the minister's two bodyguards", as "his two sons")."""
        if k not in self._np_right_ends:
            self._np_right_ends[k] = self._np_right_end(k)
        return self._np_right_ends[k]

    def _np_right_end(self, k: int) -> int:
        items = self.items
        last = k - 1
        j = k
        head_seen = False
        counts = 0
        while j < len(items) and self.np_internal(j):
            item = items[j]
            if item.is_count:
                counts += 1
                if counts > 1 or (head_seen and items[j - 1].low != "of"):
                    break
            if item.low == "of":
                if not head_seen and last < k:
                    break
                counted = j + 1 < len(items) and items[j + 1].is_count and items[j - 1].low in COLLECTIVES
                if j + 1 >= len(items) or not self.np_internal(j + 1) or (items[j + 1].is_count and not counted):
                    break
            if j > k and (item.low in DETERMINERS or item.low in POSSESSIVES) and items[j - 1].low != "of":
                break
            if item.low.endswith(("'s", "’s")):
                head_seen = False  # whose the people are, as "his": "the minister's two bodyguards"
            elif item.low in ROLES or item.is_cap:
                head_seen = True
            last = j
            j += 1
        while last >= k and items[last].low in ("of", "the", "'s"):
            last -= 1
        return last

    def origin_end(self, last: int) -> int:
        """Extend a noun phrase over "from Pakistan and Afghanistan"."""
        items = self.items
        j = last + 1
        if j + 1 < len(items) and items[j].low == "from" and items[j + 1].is_cap:
            j += 1
            while j + 1 < len(items) and (items[j + 1].is_cap or self._joins_names(j + 1)):
                j += 1
            return j
        return last

    def _joins_names(self, k: int) -> bool:
        items = self.items
        return items[k].low in ("and", ",") and k + 1 < len(items) and items[k + 1].is_cap

    def describes_counted_people(self, k: int) -> bool:
        """Whether the outcome participle at ``k`` stands between a figure and the people it
        counts, an adjective of theirs, in the subject of a verb after them: "six missing
        fishermen were found dead", "two injured soldiers later died", "three kidnapped aid
        workers were found dead" (a noun of two words), "a missing fisherman was found dead"."""
        items = self.items
        if not (0 < k < len(items) - 2 and (items[k - 1].is_count or items[k - 1].low in ("a", "an"))):
            return False
        head = k + 2 if items[k + 1].is_word and self.people_word(k + 2) else k + 1
        if head + 1 >= len(items) or not self.people_word(head):
            return False
        after = items[head + 1].low
        return after in AUX or after in ADVERBS or after in INTRANSITIVE or after in (".", ",", ";", "and")

    def people_word(self, k: int) -> bool:
        """Whether item ``k`` is a role, a nationality or an affiliation."""
        items = self.items
        return k < len(items) and (items[k].low in ROLES or items[k].low in DEMONYMS or items[k].low in AFFILIATIONS)

    def singular_head(self, first: int, last: int) -> bool:
        """Whether the last role word of ``first..last`` names one person ("a paramedic"); not
        when it only modifies a place ("a refugee camp", "a police station")."""
        items = self.items
        of = next((k for k in range(first + 1, last) if items[k].low == "of"), None)
        if of is not None and any(items[k].low in ROLES for k in range(first, of)):
            last = of - 1  # the head before "of": "a member of the militia", "the imam of a mosque"
        if items[last].low in _PLACE_HEADS:
            return False
        for k in range(last, first - 1, -1):
            low = items[k].low
            if low == "of":
                continue
            if low in ROLES and not plural_people_word(low):
                return True
            if low in ROLES or low in NOT_PEOPLE:
                return False
        return False

    def singular_kin_or_role(self, first: int, last: int) -> bool:
        """Whether the last kin word or role of ``first..last`` is one person ("his wife", "her
        driver"; not "their children")."""
        for k in range(last, first - 1, -1):
            low = self.items[k].low
            if low in KIN or low in ROLES:
                return not plural_people_word(low)
        return False

    def possessive_title(self, first: int, last: int) -> bool:
        """ "Iran's overall commander in Syria": one person named by office."""
        items = self.items
        if first > last or not items[first].low.endswith("'s"):
            return False
        country = items[first].low[:-2]
        return (country in COUNTRIES or country in AFFILIATIONS) and self.singular_head(first + 1, last)

    def is_name(self, first: int, last: int, singular: bool = True) -> bool:
        """A person's name: capitalised words, perhaps after a title ("Brigadier General ...")."""
        items = self.items
        words = [items[k] for k in range(first, last + 1) if items[k].is_word]
        if len(words) > 2 and words[0].low in ROLES and not plural_people_word(words[0].low) and words[1].is_cap:
            words = words[1:]  # an occupation before the name: "journalist Ahmed Nasr"
        if len(words) > 2 and (words[0].low in DEMONYMS or words[0].low in AFFILIATIONS) and words[1].low in TITLES:
            words = words[1:]  # whose the titled person is: "Iranian General Hossein Hamedani"
        if not words or not all(w.is_cap or w.low.split("-")[0] in NAME_PARTICLES for w in words):
            return False
        names = [w.low for w in words if w.low not in TITLES]
        while len(names) > 2 and names[0] in ROLES and not plural_people_word(names[0]):
            names.pop(0)  # an occupation as a title: "Journalist Ahmed Abu Mahadi"
        if not names or any(
            w in _NOT_NAMES or w in ROLES or w in NOT_PEOPLE or w.endswith("'s") or _people_of_a_country(w) for w in names
        ):
            return False
        return len(names) > 1 or singular or len(names) < len(words)  # or titled: "Sheikh Ahmed"

    def is_headline_title(self, first: int, last: int) -> bool:
        """ "kills Taliban key commander": one person named by office, headline style."""
        return any(self.items[k].low in _HEADLINE_TITLES for k in range(first, last + 1))

    def name_said(self, k: int) -> bool:
        """Whether "Said" at ``k`` is a name, not the reporting verb ("officials said", "were said
        killed"): capitalised inside the sentence and right before its auxiliary ("Ahmed Hamdan and
        Said were killed", "Mariam Said was wounded"), or before the comma closing an aside of
        names before it ("two journalists, cameraman Ali Hassan and photographer Omar Said, were")."""
        items = self.items
        if k < 1 or items[k].low != "said" or not items[k].is_cap or k + 1 >= len(items):
            return False
        aux = k + 2 if items[k + 1].text == "," else k + 1
        return aux < len(items) and items[aux].low in _NAMED_ONES_AUX

    def before_is_determiner(self, i: int) -> bool:
        return i > 0 and (self.items[i - 1].low in DETERMINERS or self.items[i - 1].low in POSSESSIVES)

    def skip_left(self, k: int) -> int:
        """The first index at or left of ``k`` that is not an adverb, hedge or quote mark."""
        items = self.items
        while k >= 0 and (items[k].low in ADVERBS or items[k].low in HEDGES or items[k].text in QUOTE_MARKS):
            k -= 1
        return k

    def negated_before(self, k: int) -> bool:
        """Whether a negation stands among the three items before ``k`` ("no one", "none of")."""
        items = self.items
        window = [item.low for item in items[max(0, k - 3) : k]]
        return any(w in NEGATIONS for w in window)

    def after_determiner(self, k: int) -> bool:
        """Whether a word ending in -ed/-ing at ``k`` modifies a noun ("an Islamic State
        improvised explosive device"), which it does when a determiner opens its phrase."""
        items = self.items
        j = k - 1
        while j >= 0 and items[j].is_cap:
            j -= 1
        return j >= 0 and items[j].low in ("a", "an", "the")

    def clause_end(self, k: int) -> int:
        """The first item from ``k`` that begins another clause ("who", ";", a verb that is not an
        outcome: "hired by Iran to fight")."""
        if k not in self._clause_ends:
            self._clause_ends[k] = self._clause_end(k)
        return self._clause_ends[k]

    def _clause_end(self, k: int) -> int:
        items = self.items
        while k < len(items):
            item = items[k]
            low = item.low
            if item.text == ";" or low in CLAUSE_STARTS:
                return k
            if (
                item.is_word
                and not item.is_cap
                and low not in AUX
                and low not in FIRST_WORDS
                and low not in ADVERBS
                and low not in HEDGES
                and verb_like(low)
                and not self.after_determiner(k)
            ):
                return k
            k += 1
        return k

    def matching(self, k: int) -> int:
        """The ")" closing the "(" at ``k`` (the last item when unclosed)."""
        depth = 0
        for j in range(k, len(self.items)):
            if self.items[j].text == "(":
                depth += 1
            elif self.items[j].text == ")":
                depth -= 1
                if depth == 0:
                    return j
        return len(self.items) - 1

    def matching_left(self, close: int) -> int:
        """The "(" opening the ")" at ``close`` (-1 when unopened)."""
        depth = 0
        for j in range(close, -1, -1):
            if self.items[j].text == ")":
                depth += 1
            elif self.items[j].text == "(":
                depth -= 1
                if depth == 0:
                    return j
        return -1


def _people_of_a_country(word: str) -> bool:
    """A people's name in the plural ("Americans", "Iraqis"), which no person's name is: "More
    Americans die of bee stings than of terrorism", "Many Afghans died" count no one by name."""
    return word.endswith("s") and word[:-1] in DEMONYMS


def plural_people_word(word: str) -> bool:
    """ "soldiers", "gunmen", "children", "police" name more than one person."""
    return word in _PLURALS or (word.endswith(("s", "men")) and not word.endswith("ss"))
