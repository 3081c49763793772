"""Casualty tallies in prose: how many, what happened to them, who, where, by what.

``find_tallies`` reads each sentence as a row of items (words, punctuation, and the quantities of
``numbers``), finds the outcome words of ``outcomes`` and, for each, the people they are about:

* on the left for participles, adjectives and intransitive verbs: "12 fighters were killed",
  "seven Afghan and four Pakistani fighters were buried", "two dead", "five civilians died";
* on the right for active verbs, "leaving ... dead" and nominals with "of": "killing 61 people",
  "killed 12 civilians and injured 4 others", "leaving 1 peacekeeper dead", "the deaths of 12";
* just before an outcome noun: "12 deaths", "five bodies";
* a running total after "toll" or "total": "the death toll rose to 40", "brought the total to 71";
* an ordinal before a participle: "the eighth Iranian commander killed" (count 8, cumulative);
* the subject of "blew himself up" and the like.

A list of people ("6 soldiers and a civilian") gives one tally per item.  Without a number, one
person counts 1 when named ("General Hossein Hamedani"), introduced with "a", "an", "one",
"another" or a possessive ("his wife"), or the object of an active verb ("killing the driver");
a pronoun or "the general" as a subject points back to someone already counted and gives
nothing.  "Both" counts 2.  Plurals without a number ("civilians were killed") give nothing.

Subsets ("including 4 children", "among them 3 women", "two of them seriously", "(5 soldiers and
4 civilians)", "Among the dead were ...") become tallies of their own with ``subset_of`` set.
Nothing is read under a negation ("no one was hurt") or a denial ("denied that ... was killed").
Measures (ages, years, money, ...) never count: see ``numbers``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from crawler.extract.groups import AFFILIATIONS, COUNTRIES, DEMONYMS, NOT_PEOPLE, ROLES, describe
from crawler.extract.numbers import Quantity, find_quantities, word_alternation
from crawler.extract.outcomes import (
    ACTIVE,
    INTRANSITIVE,
    LEAVING,
    NOT_CASUALTY_AFTER,
    NOT_CASUALTY_BEFORE,
    NOUNS,
    PARTICIPLES,
    PHRASE_STARTS,
)
from crawler.extract.records import Outcome, Qualifier, Sentence, Tally
from crawler.extract.windows import TimePhrase, governing_phrase, pick_window

_TOKEN = re.compile(r"[^\W_]+(?:[-‐'’.][^\W_]+)*(?:[’']s\b)?|[^\w\s]")

AUX = frozenset(
    "is are was were be been being am has have had get got gets getting become became remain "
    "remained remains having".split()
)
_SINGULAR_AUX = frozenset({"is", "was", "has"})
NEGATIONS = frozenset({"not", "never", "no", "none", "nobody", "n't", "neither", "nor", "without"})
HEDGES = {
    "apparently": "apparently", "reportedly": "reportedly", "allegedly": "allegedly",
    "purportedly": "purportedly", "reported": "reported", "unconfirmed": "unconfirmed",
    "claimed": "claimed", "claims": "claimed", "claim": "claimed", "possibly": "possibly",
    "probably": "probably", "likely": "likely", "presumably": "presumably", "believed": "believed",
    "feared": "feared", "presumed": "presumed", "rumoured": "rumoured", "rumored": "rumored",
    "suspected": "suspected",
}  # fmt: skip
_SKIP_BETWEEN = frozenset(
    """also all both each later subsequently eventually initially reportedly allegedly apparently
    reported believed feared said thought confirmed seriously critically badly slightly lightly
    fatally mortally severely gravely moderately then already just recently previously now still
    since either subsequently originally officially ultimately instantly immediately presumed
    to have been be being yet further only reportedly possibly probably likely""".split()
)
_DENIALS = frozenset(
    "denied deny denies denying refute refuted refuting dismissed rejected false untrue".split()
)
DETERMINERS = frozenset({"a", "an", "another", "the", "this", "that", "these", "those", "each", "every"})
_SINGULAR_DET = frozenset({"a", "an", "another", "one", "single"})
POSSESSIVES = frozenset({"his", "her", "their", "its", "my", "our", "your"})
PRONOUNS = frozenset(
    "he she it they we i you him them us me himself herself themselves itself who whom which "
    "what someone anyone everyone somebody anybody everybody".split()
)
PREPOSITIONS = frozenset(
    """in on at by for from with without to into onto near during after before since until till
    between among amid amidst across against along around behind beside besides beyond inside
    outside over under through throughout toward towards upon via within per despite including
    like than as off out up down about following after amongst while when where whereas because
    although though if that which who whom whose whether unless once""".split()
)
CONJUNCTIONS = frozenset({"and", "or", "but", "nor", "so", "yet", "&", "plus"})
_CLAUSE_VERBS = frozenset(
    """said say says told tell tells added reported reports report stated state states announced
    announce confirmed confirm confirms claimed claim claims wrote writes posted showed shows
    revealed indicated suggested estimated estimates noted according saw see hit hits struck strike
    strikes fled flee opened open attacked attack attacks launched launch detonated exploded
    carried came went took take gave made make blew blow went rammed stormed raided shelled bombed
    targeted targets fired fire set put is are was were be been has have had do does did will
    would could should may might must can shall seems seemed appear appeared include includes
    included""".split()
)
_ADJECTIVES_IN_ED = frozenset(
    """armed unarmed unidentified identified suspected alleged displaced detained named unnamed
    masked retired trained related united based affiliated backed led allied aged elderly
    disabled unemployed married uniformed injured wounded killed kidnapped abducted captured
    missing beloved talented respected renowned wanted assorted unspecified estimated
    confirmed reported""".split()
)
_NOT_VERBS_IN_ING = frozenset(
    """wedding building evening morning bombing shooting shelling fighting uprising offspring sibling
    siblings ceiling following including during something nothing anything everything king
    spring string ring thing things""".split()
)
_TITLES = frozenset(
    """general gen brigadier colonel col lieutenant lt major maj captain capt sergeant sgt corporal
    commander admiral marshal dr doctor prof professor sheikh imam mullah ayatollah mr mrs ms
    president minister governor mayor judge rabbi father reverend rev""".split()
)
_KIN = frozenset(
    """wife husband son daughter brother sister mother father child baby grandson granddaughter
    grandfather grandmother uncle aunt nephew niece cousin fiance fiancee sons daughters children
    brothers sisters parents""".split()
)
_NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "abu", "abd", "de", "van", "von", "bint", "ben"})
_MONTHS_DAYS = frozenset(
    """january february march april may june july august september october november december jan
    feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday
    sunday""".split()
)
_ASIDE_START = frozenset(
    """including among of most mostly mainly many some all both who whose which aged two three
    four five six seven eight nine ten several one none half""".split()
)
_SUBSET_MARKERS = ("including", "among them", "among whom", "of whom", "of them", "among those")
_ASIDE_MARKS = frozenset({",", "–", "—"})
_PHRASE_LINKS = frozenset({"from", "of", "in", "at", "inside", "near"})
_AGE_WORD = re.compile(r"\d+-(?:year|month|week|day)s?-old|(?:year|month|week|day)s?-old")
_BRINGING = frozenset("brought bringing brings bring raising raised raises pushing pushed took taking takes put puts".split())
_OBJECT_OPENERS = frozenset("the both many some numerous several dozens scores hundreds thousands".split())
_CLAUSE_STARTS = frozenset({"who", "which", "whose", "because", "while", "although", "though", "but", "whereas"})
_REPORTED_BEFORE = re.compile(
    r"\b(?:reported|reports|released|published|posted|said|says|announced|updated|stated|shared"
    r"|wrote|tweeted|added|issued|documented|listed|confirmed|report|statement|list)\b[^.;,]{0,24}$",
    re.IGNORECASE,
)
_TOLL_WORDS = frozenset({"toll", "total", "tally"})
_TOLL_LINKS = frozenset(
    """rose rises risen rising climbed climbs reached reaches hit hits topped tops stands stood
    stand is was now increased increases jumped jumps went goes surged to at of reaching passed
    passes exceeded exceeds surpassed has had been""".split()
)
_CUMULATIVE_WORDS = frozenset({"overall", "altogether", "cumulative", "cumulatively"})
_CAUSE_WORDS = frozenset(
    """airstrike airstrikes strike strikes bombing bombings bomb bombs shelling shell shells
    explosion explosions blast blasts attack attacks raid raids ambush ambushes clashes clash
    fighting gunfire shooting shootings rocket rockets missile missiles mortar mortars drone
    drones artillery bombardment bombardments device ied ieds landmine landmines mine mines
    grenade grenades fire crossfire assault offensive operation operations shootout firefight
    gunbattle stabbing massacre suicide car-bomb""".split()
)
_DIRECTIONS = r"(?:(?:south|north)(?:-?(?:east|west))?|east|west)(?:ern)?"
_PLACE_FILLER = (
    r"(?:(?!(?:on|at|in|during|after|before|when|while|by|with|from|to|since|and|near|" + _DIRECTIONS
    + r")\b)[\w’'‐-]+\s+)"
)
_PLACE = re.compile(
    r"\b(?P<prep>" + _DIRECTIONS + r"\s+of|in|near|outside|inside|at|around|close\s+to"
    r"|on\s+the\s+outskirts\s+of|just\s+outside)\s+(?P<np>" + _PLACE_FILLER + r"{0,6}"
    r"[A-Z][\w’'‐-]*(?:\s+[A-Z][\w’'‐-]*)*)(?=\s*(?:[,.;:!?()—–\"”]|$)|\s+[a-z])"
)  # fmt: skip
_SELF_KILL = re.compile(
    r"\b(?:blew|blow|blows|blowing|blown)\s+(?:himself|herself|themselves)\s+up\b", re.IGNORECASE
)


class _Item:
    """A word, a punctuation mark or a whole quantity ("at least 71") of one sentence."""

    __slots__ = ("start", "end", "text", "low", "quantity", "is_word", "is_cap", "is_count")

    def __init__(self, start: int, end: int, text: str, low: str, quantity: Quantity | None = None) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.low = low
        self.quantity = quantity
        self.is_word = quantity is None and text[:1].isalnum()
        self.is_cap = self.is_word and text[:1].isupper()
        self.is_count = quantity is not None and quantity.is_count


@dataclass(slots=True)
class _Victim:
    """One item of a list of people: where it is, how many, and the words saying who."""

    first: int  # item indexes, inclusive
    last: int
    count: int
    qualifier: Qualifier = "exact"
    count_max: int | None = None
    subset: bool = False
    parent: int | None = None  # position in the same frame's list
    both: bool = False


@dataclass(slots=True)
class _Frame:
    outcome: Outcome
    word: str
    trigger: tuple[int, int]  # item indexes, inclusive
    victims: list[_Victim] = field(default_factory=list)
    cumulative: bool = False
    group_from: tuple[int, int] | None = None  # items that say who, when not the victims' own


def find_tallies(text: str, sentences: list[Sentence]) -> list[Tally]:
    """The casualty figures of ``text``, sentence by sentence, in reading order."""
    tallies: list[Tally] = []
    context = _Context()
    for sentence in sentences:
        if not _OUTCOME_WORD.search(text, sentence.start, sentence.end):
            continue
        items = _items(text, sentence, find_quantities(text, sentence.start, sentence.end))
        _Reader(text, sentence, items, tallies, context).read()
    return tallies


def attach_windows(
    text: str, tallies: list[Tally], sentences: list[Sentence], phrases: list[TimePhrase], published: date | None
) -> None:
    """Give each tally the time window of the phrase governing it (in place).

    A figure governed by a "since" phrase ("since October 7", "so far") is a running total.  A
    date that says when something was reported ("reported on October 12th that 10 bodies ...",
    "the list released on October 26th") is not when the casualties happened, and is left out.
    """
    phrases = [phrase for phrase in phrases if not _REPORTED_BEFORE.search(text, max(0, phrase.start - 40), phrase.start)]
    for tally in tallies:
        sentence = sentences[tally.sentence]
        phrase = governing_phrase(phrases, tally.start, tally.end, sentence)
        tally.window = pick_window(phrases, tally.start, tally.end, sentence, published)
        if phrase is not None and phrase.since:
            tally.cumulative = True


@dataclass(slots=True)
class _Context:
    """What earlier sentences said: for "casualties" totals and for who the people were."""

    last_outcome: Outcome | None = None
    mention_nationality: str | None = None
    mention_sentence: int = -10
    mention_side: str | None = None


def _items(text: str, sentence: Sentence, quantities: list[Quantity]) -> list[_Item]:
    items: list[_Item] = []
    pending = iter(quantities)
    quantity = next(pending, None)
    for match in _TOKEN.finditer(text, sentence.start, sentence.end):
        start, end = match.span()
        while quantity is not None and quantity.end <= start:
            quantity = next(pending, None)
        if quantity is not None and quantity.start <= start and end <= quantity.end:
            if not items or items[-1].quantity is not quantity:
                items.append(_Item(quantity.start, quantity.end, text[quantity.start : quantity.end], "#", quantity))
            continue
        token = match.group()
        items.append(_Item(start, end, token, token.lower().replace("’", "'")))
    return items


_ANY_OUTCOME = frozenset(
    [*(p.split()[0] for p in PARTICIPLES), *(p.split()[0] for p in INTRANSITIVE),
     *(p.split()[0] for p in ACTIVE), *NOUNS, *_TOLL_WORDS, "number", "blew", "blowing", "blow", "blows"]
)  # fmt: skip


_OUTCOME_WORD = re.compile(
    "(?=[" + "".join(sorted({w[0] for w in _ANY_OUTCOME})) + r"])\b" + word_alternation(_ANY_OUTCOME) + r"\b",
    re.IGNORECASE,
)


class _Reader:
    """Reads one sentence into frames, then frames into tallies."""

    def __init__(
        self, text: str, sentence: Sentence, items: list[_Item], tallies: list[Tally], context: _Context
    ) -> None:
        self.text = text
        self.sentence = sentence
        self.items = items
        self.tallies = tallies
        self.context = context
        self.used: dict[int, int] = {}  # item index -> index of the tally that counted it
        self.frames: list[_Frame] = []

    # ------------------------------------------------------------------ the sentence

    def read(self) -> None:
        items = self.items
        i = 0
        while i < len(items):
            item = items[i]
            step = self._trigger(i) if item.low in _ANY_OUTCOME or item.quantity is not None else 0
            i += step or 1
        for frame in self.frames:
            self._emit(frame)

    def _trigger(self, i: int) -> int:
        """Read the outcome word at ``i`` (if any); returns the number of items it spans."""
        items = self.items
        item = items[i]
        if not item.is_word:
            if item.quantity is not None and item.quantity.ordinal and item.quantity.measure is None:
                return self._ordinal(i)
            return 0
        low = item.low
        if low in _TOLL_WORDS or (low == "number" and self._number_of_dead(i)):
            return self._toll(i)
        if low in ("blew", "blow", "blows", "blowing", "blown"):
            return self._self_kill(i)
        phrase, length = self._phrase_at(i)
        if phrase:
            lexicon = PARTICIPLES if phrase in PARTICIPLES else INTRANSITIVE if phrase in INTRANSITIVE else ACTIVE
            outcome = lexicon[phrase]
            end = i + length - 1
            if lexicon is ACTIVE:
                self._right(outcome, phrase, i, end)
            else:
                self._left(outcome, phrase, i, end)
            return length
        if low in NOUNS and self._is_noun_of(i):
            self._right(NOUNS[low], low, i, i + 1, nominal=True)
            return 2
        if low in LEAVING:
            return self._leaving(i)
        if low in ACTIVE and low in PARTICIPLES:
            if self._is_active(i):
                self._right(ACTIVE[low], low, i, i)
            else:
                self._left(PARTICIPLES[low], low, i, i)
            return 1
        if low in ACTIVE and not (low in NOUNS and self._before_is_determiner(i)):
            self._right(ACTIVE[low], low, i, i)
            return 1
        if low in PARTICIPLES or low in INTRANSITIVE:
            lexicon = PARTICIPLES if low in PARTICIPLES else INTRANSITIVE
            if low in NOUNS and self._noun_after_number(i):
                return 1
            self._left(lexicon[low], low, i, i)
            return 1
        if low in NOUNS:
            self._noun_after_number(i)
            return 1
        return 0

    def _phrase_at(self, i: int) -> tuple[str | None, int]:
        candidates = PHRASE_STARTS.get(self.items[i].low)
        if not candidates:
            return None, 0
        for phrase in candidates:
            words = phrase.split()
            window = self.items[i : i + len(words)]
            if len(window) == len(words) and all(w.low == p for w, p in zip(window, words)):
                return phrase, len(words)
        return None, 0

    # ------------------------------------------------------------------ active or passive

    def _is_active(self, i: int) -> bool:
        """Whether "killed" at ``i`` is an active verb with its object after it."""
        items = self.items
        before = self._skip_left(i - 1)
        if before >= 0 and items[before].low in AUX:
            return False
        if i > 0 and items[i - 1].is_count:
            return False
        if i + 1 >= len(items):
            return False
        after = items[i + 1]
        if after.is_count or (after.quantity is not None and after.quantity.qualifier == "vague"):
            return True
        if after.low in _SINGULAR_DET or after.low in POSSESSIVES or after.low in _OBJECT_OPENERS:
            return True
        if after.is_cap and after.low not in PREPOSITIONS and after.low not in _MONTHS_DAYS:
            return after.low not in AFFILIATIONS or after.low in ("taliban",)
        if after.low in ROLES and after.low not in ("others",):
            return True
        return False

    def _before_is_determiner(self, i: int) -> bool:
        return i > 0 and (self.items[i - 1].low in DETERMINERS or self.items[i - 1].low in POSSESSIVES)

    def _skip_left(self, k: int) -> int:
        """The first index at or left of ``k`` that is not an adverb, hedge or quote mark."""
        items = self.items
        while k >= 0 and (items[k].low in _SKIP_BETWEEN or items[k].low in HEDGES or items[k].text in "\"'“”‘’"):
            k -= 1
        return k

    # ------------------------------------------------------------------ frames

    def _left(self, outcome: Outcome, word: str, first: int, last: int) -> None:
        """People before the outcome word: "12 fighters were killed", "two dead"."""
        items = self.items
        if word in NOUNS and self._not_casualty(first, word):
            return
        k = first - 1
        both: int | None = None
        singular_aux = False
        negated = False
        among = False
        while k >= 0:
            low = items[k].low
            if low in NEGATIONS:
                negated = True
            elif low == "both":
                both = k
            elif low in _SINGULAR_AUX:
                singular_aux = True
            elif low in ("those", "the") and k > 0 and items[k - 1].low == "among":
                among = True
                k -= 1
            elif not (low in AUX or low in _SKIP_BETWEEN or low in HEDGES or items[k].text in "\"'“”‘’"):
                break
            k -= 1
        if k >= 0 and items[k].low == "and" and not among:
            k = self._coordinated_verb(k)
        if negated:
            return
        if among and (k < 0 or items[k].text in ",;:"):
            self._among_after(outcome, word, first, last)  # "Among those killed were 11 children"
            return
        if both is not None and (k < 0 or items[k].low in PREPOSITIONS or items[k].text in ";:"):
            self.frames.append(_Frame(outcome, word, (first, last), [_Victim(both, both, 2, both=True)]))
            return  # "Both were killed"
        if k < 0:
            return
        if among and items[first - 1].low not in ("those", "the"):
            among = False
        frame = _Frame(outcome, word, (first, last))
        if items[k].is_count and k == first - 1 and last + 1 < len(items) and self._people_word(last + 1):
            frame.group_from = (last + 1, self._origin_end(self._np_right_end(last + 1)))
        victims = self._list_left(k, singular_aux, both is not None)
        if victims and self._negated_before(victims[0].first):
            return  # "No one was killed", "None of the 30 passengers were hurt"
        if among:
            for victim in victims:
                victim.subset = True
        frame.victims = victims
        if victims:
            self.frames.append(frame)

    def _among_after(self, outcome: Outcome, word: str, first: int, last: int) -> None:
        """The people after "Among the dead were": parts of the figure before."""
        items = self.items
        k = last + 1
        while k < len(items) and items[k].low in AUX:
            k += 1
        victims = self._list_right(k, object_position=False)
        for victim in victims:
            victim.subset = victim.subset or victim.parent is None
        if victims:
            self.frames.append(_Frame(outcome, word, (first, last), victims))

    def _coordinated_verb(self, k: int) -> int:
        """For "was tortured for three hours and killed": the subject's end, before "was"."""
        items = self.items
        for j in range(k - 1, max(-1, k - 12), -1):
            if items[j].text in ",;:" or items[j].is_count:
                return -1
            if items[j].low in AUX:
                j -= 1
                while j >= 0 and (items[j].low in AUX or items[j].low in _SKIP_BETWEEN or items[j].low in HEDGES):
                    j -= 1
                return j
        return -1

    def _right(self, outcome: Outcome, word: str, first: int, last: int, nominal: bool = False) -> None:
        """People after the outcome word: "killing 61 people", "the deaths of 12 fighters"."""
        items = self.items
        if nominal and self._not_casualty(first, word):
            return
        start = last + 1
        if start < len(items) and items[start].low in ("and", "or") and start + 1 < len(items):
            if items[start + 1].low in ACTIVE or items[start + 1].low in PARTICIPLES:
                return  # "kill and wound 80": not one outcome
        if self._negated_before(first):
            return
        victims = self._list_right(start, object_position=True)
        if victims:
            self.frames.append(_Frame(outcome, word, (first, last), victims))
        else:
            self._remember(start, self._np_right_end(start))

    def _remember(self, first: int, last: int) -> None:
        """Note who a casualty phrase without a number is about ("the deaths of Iranian troops")."""
        if first > last:
            return
        group = describe(self.text[self.items[first].start : self.items[last].end])
        if group.nationality and group.role:
            self.context.mention_nationality = group.nationality
            self.context.mention_sentence = self.sentence.index
            self.context.mention_side = group.role

    def _leaving(self, i: int) -> int:
        """ "leaving 20 dead and 33 wounded", "left 1 peacekeeper dead"."""
        items = self.items
        victims = self._list_right(i + 1, object_position=True)
        if not victims:
            return 1
        after = victims[-1].last + 1
        while after < len(items) and items[after].low in _SKIP_BETWEEN:
            after += 1
        if after < len(items) and items[after].low in PARTICIPLES:
            outcome = PARTICIPLES[items[after].low]
            self.frames.append(_Frame(outcome, items[after].low, (after, after), victims))
            return after - i + 1
        return 1

    def _noun_after_number(self, i: int) -> bool:
        """ "12 deaths", "five civilian deaths", "numerous injuries", "2 dead"."""
        items = self.items
        low = items[i].low
        if self._not_casualty(i, low):
            return False
        k = i - 1
        modifiers = 0
        while k >= 0 and not items[k].is_count and modifiers < 3:
            if not self._np_internal(k) or items[k].low in DETERMINERS:
                return False
            modifiers += 1
            k -= 1
        if k < 0 or not items[k].is_count:
            return False
        if self._negated_before(k):
            return False
        victim = self._victim(k, i - 1 if i - 1 >= k else k, count_at=k)
        if victim is None:
            return False
        frame = _Frame(NOUNS[low], low, (i, i), [victim])
        if k == i - 1 and i + 1 < len(items) and self._people_word(i + 1):
            frame.group_from = (i + 1, self._np_right_end(i + 1))
        self.frames.append(frame)
        subsets = self._subsets_after(i + 1)
        frame.victims.extend(subsets)
        return True

    def _is_noun_of(self, i: int) -> bool:
        items = self.items
        if i + 1 >= len(items) or items[i + 1].low != "of":
            return False
        return items[i].low not in ("dead", "wounded", "injured", "missing", "lives") and not (
            items[i].low == "killing" and i > 0 and items[i - 1].low in ("mass",)
        )

    def _not_casualty(self, i: int, word: str) -> bool:
        items = self.items
        after = items[i + 1].low if i + 1 < len(items) else ""
        before = items[i - 1].low if i > 0 else ""
        return after in NOT_CASUALTY_AFTER.get(word, ()) or before in NOT_CASUALTY_BEFORE

    def _toll(self, i: int) -> int:
        """ "the death toll from the blasts rose to 40", "brought the total to at least 71",
        "a toll of 12"."""
        items = self.items
        j = i + 1
        if items[i].low == "number":  # past "of Iranian commanders killed"
            j = next(k for k in range(i + 2, len(items)) if items[k].low in PARTICIPLES or items[k].low in NOUNS) + 1
        while j < len(items) and j <= i + 10 and items[j].low not in _TOLL_LINKS:
            if items[j].text in ".;:" or items[j].is_count:
                return 1
            j += 1
        while j < len(items) and j <= i + 12 and items[j].low in _TOLL_LINKS:
            j += 1
        if j >= len(items) or not items[j].is_count:
            return 1
        outcome = self._toll_outcome(i)
        if outcome is None:
            return 1
        victim = self._victim(j, self._np_right_end(j), count_at=j)
        if victim is None:
            return 1
        frame = _Frame(outcome, items[i].low, (i, i), [victim], cumulative=True)
        subject = self._subject_before(i)
        if subject is not None:
            frame.group_from = subject
        self.frames.append(frame)
        return j - i + 1

    def _number_of_dead(self, i: int) -> bool:
        """ "the number of Iranian commanders killed ... to eight" is a toll."""
        items = self.items
        if i == 0 or items[i - 1].low != "the" or i + 1 >= len(items) or items[i + 1].low != "of":
            return False
        return any(item.low in PARTICIPLES or item.low in NOUNS for item in items[i + 2 : i + 8])

    def _toll_outcome(self, i: int) -> Outcome | None:
        items = self.items
        window = [item.low for item in items[max(0, i - 6) : i + 6]]
        if any(w in ("death", "deaths", "dead", "killed", "fatalities") for w in window):
            return "killed"
        if any(w in ("injured", "wounded", "injuries") for w in window):
            return "wounded"
        if "casualties" in window or "casualty" in window:
            return self.context.last_outcome or "killed"
        if items[i].low == "toll":
            return "killed"
        return None

    def _ordinal(self, i: int) -> int:
        """ "the eighth Iranian commander killed since October 7": a running count."""
        items = self.items
        if i == 0 or items[i - 1].low != "the":
            return 1
        j = i + 1
        while j < len(items) and j <= i + 5 and self._np_internal(j) and items[j].low not in PARTICIPLES:
            j += 1
        while j < len(items) and items[j].low in ("to", "be", "have", "been", "was", "were"):
            j += 1
        if j >= len(items) or j == i + 1 or items[j].low not in PARTICIPLES:
            return 1
        quantity = items[i].quantity
        assert quantity is not None
        victim = _Victim(i, j - 1, quantity.value)
        self.frames.append(_Frame(PARTICIPLES[items[j].low], items[j].low, (j, j), [victim], cumulative=True))
        return j - i + 1

    def _self_kill(self, i: int) -> int:
        """ "Three militants ... blew themselves up": the attackers are dead."""
        items = self.items
        if i + 2 >= len(items) or items[i + 1].low not in ("himself", "herself", "themselves") or items[i + 2].low != "up":
            return 1
        for k in range(0, i):
            if items[k].is_count or items[k].low in _SINGULAR_DET:
                last = self._np_right_end(k)
                victim = self._victim(k, last, count_at=k) if items[k].is_count else _Victim(k, max(k, last), 1)
                if victim is not None:
                    self.frames.append(_Frame("killed", "blew up", (i, i + 2), [victim]))
                break
            if items[k].low in PREPOSITIONS or items[k].text == ",":
                break
        return 3

    # ------------------------------------------------------------------ lists of people

    def _list_left(self, k: int, singular_aux: bool, both: bool) -> list[_Victim]:
        """The people ending at item ``k``, reading a list backwards."""
        items = self.items
        victims: list[_Victim] = []
        subsets: list[_Victim] = []
        while k >= 0:
            k, aside = self._skip_asides_left(k)
            subsets = aside + subsets
            if k < 0:
                break
            first, victim = self._np_with_phrases_left(k, singular_aux and not victims)
            if victim is None:
                break
            victims.insert(0, victim)
            before = first - 1
            if before >= 1 and items[before].low in ("and", "&") and items[before - 1].text != ",":
                k = before - 1
            elif before >= 1 and items[before].text == "," and self._list_item_before(before - 1):
                k = before - 1
            elif before >= 2 and items[before].low == "as" and items[before - 1].low == "well":
                k = before - 3
            else:
                break
        if not victims:
            for subset in subsets:
                subset.subset, subset.qualifier = False, "at_least" if subset.qualifier == "exact" else subset.qualifier
            return subsets if k >= 0 and self._people_word(k) else []
        if both and len(victims) == 1 and victims[0].count == 1 and not self.items[victims[0].first].is_count:
            victims[0].count = 2
        parent = len(victims) - 1
        for subset in subsets:
            subset.subset = True
            subset.parent = parent
        return victims + subsets

    def _np_with_phrases_left(self, k: int, singular: bool) -> tuple[int, _Victim | None]:
        """The noun phrase ending at ``k``, stepping back over "from the X family", "in Gaza"."""
        items = self.items
        first = self._np_left_start(k)
        if first > k:
            return first, None
        victim = self._victim_in(first, k, singular, allow_definite=False)
        hops = 0
        while victim is None and hops < 2 and first >= 2 and items[first - 1].low in _PHRASE_LINKS:
            head_first = self._np_left_start(first - 2)
            if head_first > first - 2:
                break
            head = self._victim_in(head_first, first - 2, singular, allow_definite=False)
            if head is not None:
                head.last = k
                return head_first, head
            first = head_first
            hops += 1
        return first, victim

    def _skip_asides_left(self, k: int) -> tuple[int, list[_Victim]]:
        """Step back over asides ending at ``k``: ", including 4 children,", "(48 years old)",
        "– including three men –", ", 1-year-old Qusay and 6-year-old Hamza,"."""
        items = self.items
        subsets: list[_Victim] = []
        while k >= 0:
            mark = items[k].text
            if mark == ")":
                open_ = self._matching_left(k)
                if open_ < 0:
                    break
                subsets = self._counts_in(open_ + 1, k - 1) + subsets
                k = open_ - 1
                continue
            if mark not in _ASIDE_MARKS:
                break
            open_ = self._aside_open(k)
            if open_ < 0 or not self._is_aside(open_ + 1, k - 1):
                break
            if items[open_ + 1].low in ("including", "among", "of") or self._of_them(open_ + 1):
                subsets = self._subsets_after(open_ + 1) + subsets
            if self._aside_open(open_) >= 0 and self._is_aside(self._aside_open(open_) + 1, open_ - 1):
                k = open_  # another aside ends where this one opens
            else:
                k = open_ - 1
        return k, subsets

    def _aside_open(self, close: int) -> int:
        """The mark opening an aside that ``close`` ends (-1 when there is none)."""
        items = self.items
        dash = items[close].text in "–—"
        for j in range(close - 1, max(-1, close - 40), -1):
            text = items[j].text
            if dash and text in "–—":
                return j
            if not dash and text in ",–—":
                return j
            if text in ";:()":
                return -1
        return -1

    def _is_aside(self, first: int, last: int) -> bool:
        items = self.items
        if first > last:
            return False
        head = items[first].low
        if head in _ASIDE_START and not items[first].is_count:
            return True
        if self._of_them(first):
            return True
        if items[first].is_count:
            return False
        return all(
            item.is_cap or item.low in ("and", ",") or item.low in _KIN or item.low in _NAME_PARTICLES
            or _AGE_WORD.fullmatch(item.low) is not None or item.quantity is not None
            or item.low in ("year", "years", "old", "month", "months", "aged", "his", "her", "their")
            for item in items[first : last + 1]
        )

    def _matching_left(self, close: int) -> int:
        depth = 0
        for j in range(close, -1, -1):
            if self.items[j].text == ")":
                depth += 1
            elif self.items[j].text == "(":
                depth -= 1
                if depth == 0:
                    return j
        return -1

    def _list_right(self, k: int, object_position: bool) -> list[_Victim]:
        """The people starting at item ``k``: "6 soldiers and a civilian"."""
        items = self.items
        victims: list[_Victim] = []
        while k < len(items):
            while k < len(items) and items[k].text in "\"'“”‘’":
                k += 1
            if k >= len(items):
                break
            last = self._np_right_end(k)
            if last < k:
                break
            victim = self._victim_in(k, last, singular=False, allow_definite=object_position)
            if victim is None:
                victims.extend(self._parts_of_uncounted(k, last))
                break
            victims.append(victim)
            parent = len(victims) - 1
            k = last + 1
            if k < len(items) and items[k].text == "(":
                close = self._matching(k)
                for sub in self._counts_in(k + 1, close - 1):
                    sub.subset, sub.parent = True, parent
                    victims.append(sub)
                k = close + 1
            subsets = self._subsets_after(k)
            for sub in subsets:
                sub.parent = parent
            if subsets:
                victims.extend(subsets)
                k = subsets[-1].last + 1
                if k < len(items) and items[k].text == ",":
                    k += 1
            k = self._skip_place_in_list(k)
            if self._appositive_after(victim, k) or self._name_after_description(victim, k):
                k = self._skip_appositive(k)
            if k < len(items) and items[k].low in ("and", "&"):
                k += 1
            elif k < len(items) and items[k].text == "," and k + 1 < len(items):
                k += 1
                if items[k].low in ("and", "&"):
                    k += 1
            elif k + 2 < len(items) and items[k].low == "as" and items[k + 1].low == "well" and items[k + 2].low == "as":
                k += 3
            else:
                break
            if k < len(items) and (items[k].low in ACTIVE or items[k].low in LEAVING or items[k].low in AUX):
                break
            if self._starts_clause(k):
                break
        return victims

    def _parts_of_uncounted(self, first: int, last: int) -> list[_Victim]:
        """ "many terrorists, including two suicide bombers": at least the two."""
        if not self._people_word(last) and self.items[first].low not in ("many", "dozens"):
            return []
        parts = self._subsets_after(last + 1)
        for part in parts:
            part.subset, part.qualifier = False, "at_least" if part.qualifier == "exact" else part.qualifier
        return parts

    def _skip_place_in_list(self, k: int) -> int:
        """Step over "in Nation" in "a Pastor of Church of Christ in Nation, his wife and ..."."""
        items = self.items
        if k + 1 < len(items) and items[k].low in ("in", "from", "at", "of") and items[k + 1].is_cap:
            j = k + 1
            while j < len(items) and (items[j].is_cap or items[j].low in _NAME_PARTICLES):
                j += 1
            if j < len(items) and (items[j].text == "," or items[j].low == "and"):
                return j
        return k

    def _starts_clause(self, k: int) -> bool:
        """Whether the people at ``k`` are the subject of a new clause ("and another seven were wounded")."""
        items = self.items
        last = self._np_right_end(k)
        if last < k:
            return False
        j = last + 1
        while j < len(items) and (items[j].low in _SKIP_BETWEEN or items[j].low in HEDGES):
            j += 1
        return j < len(items) and (items[j].low in AUX or items[j].low in INTRANSITIVE
                                   or (items[j].low in PARTICIPLES and items[j].low not in ACTIVE))

    def _list_item_before(self, k: int) -> bool:
        """Whether the words ending at ``k`` (before a comma) are one more person in a list."""
        items = self.items
        first = self._np_left_start(k)
        if first > k:
            return False
        if first > 0 and items[first - 1].low in PREPOSITIONS:
            return False
        return self._victim_in(first, k, False, allow_definite=False) is not None and (
            first == 0 or items[first - 1].text in ",;:" or items[first - 1].low in ("and",)
        )

    def _subsets_after(self, k: int) -> list[_Victim]:
        """ "including 4 children and one woman", "among them 3 women", "two of them seriously"."""
        items = self.items
        if k < len(items) and items[k].text == ",":
            k += 1
        if k >= len(items):
            return []
        if items[k].low == "including":
            start = k + 1
        elif items[k].low == "among" and k + 1 < len(items) and items[k + 1].low in ("them", "whom", "those"):
            start = k + 2
        elif items[k].low == "of" and k + 1 < len(items) and items[k + 1].low == "whom":
            start = k + 2
        elif self._of_them(k):
            victim = self._victim(k, k + 2, count_at=k)
            if victim is None:
                return []
            victim.subset = True
            return [victim]
        else:
            return []
        subsets = self._list_right(start, object_position=False)
        for victim in subsets:
            victim.subset = True
        return [v for v in subsets if v.parent is None]

    def _of_them(self, k: int) -> bool:
        items = self.items
        return k + 2 < len(items) and items[k].is_count and items[k + 1].low == "of" and items[k + 2].low in ("them", "whom")

    def _counts_in(self, first: int, last: int) -> list[_Victim]:
        return [v for k in range(first, last + 1) if self.items[k].is_count
                for v in [self._victim(k, self._np_right_end(k), count_at=k)] if v is not None]  # fmt: skip

    def _appositive_after(self, victim: _Victim, k: int) -> bool:
        items = self.items
        return (
            k + 1 < len(items)
            and items[k].text == ","
            and items[k + 1].low in ("a", "an", "the")
            and self._is_name(victim.first, victim.last)
        )

    def _name_after_description(self, victim: _Victim, k: int) -> bool:
        """ "Iran's overall commander in Syria, General Hossein Hamedani": one person, named."""
        items = self.items
        if victim.count != 1 or items[victim.first].is_count or self._is_name(victim.first, victim.last):
            return False
        if k + 1 >= len(items) or items[k].text != ",":
            return False
        end = k + 1
        while end < len(items) and (items[end].is_cap or items[end].low in _NAME_PARTICLES):
            end += 1
        return end > k + 1 and self._is_name(k + 1, end - 1) and (end >= len(items) or items[end].text in ",.;")

    def _skip_appositive(self, k: int) -> int:
        items = self.items
        k += 1
        while k < len(items) and items[k].text not in ",;:." and items[k].low not in ("and", "as"):
            k += 1
        if k < len(items) and items[k].text == ",":
            k += 1
        return k

    def _matching(self, k: int) -> int:
        depth = 0
        for j in range(k, len(self.items)):
            if self.items[j].text == "(":
                depth += 1
            elif self.items[j].text == ")":
                depth -= 1
                if depth == 0:
                    return j
        return len(self.items) - 1

    # ------------------------------------------------------------------ noun phrases

    def _np_internal(self, k: int) -> bool:
        item = self.items[k]
        if item.quantity is not None:
            return True
        if not item.is_word:
            return item.text in ("'s", "’s")
        low = item.low
        if low in PREPOSITIONS or low in CONJUNCTIONS or low in AUX or low in NEGATIONS:
            return low == "of"
        if low in PRONOUNS or low in _CLAUSE_VERBS or low in _SKIP_BETWEEN and low not in ("all", "both"):
            return False
        if low in ACTIVE or low in PARTICIPLES or low in INTRANSITIVE or low in LEAVING:
            return False
        if low in NOUNS and low not in ("body", "bodies", "killing", "murder", "martyr", "martyrs"):
            return False
        return item.is_cap or not _verb_like(low)

    def _np_left_start(self, k: int) -> int:
        items = self.items
        if not self._np_internal(k) or items[k].low == "of":
            return k + 1
        first = k
        while first - 1 >= 0 and self._np_internal(first - 1):
            if (items[first].low in DETERMINERS or items[first].low in POSSESSIVES) and items[first - 1].low != "of":
                break
            first -= 1
        while first <= k and items[first].low == "of":
            first += 1
        return first

    def _np_right_end(self, k: int) -> int:
        """The last item of the noun phrase starting at ``k`` (``k - 1`` when there is none)."""
        items = self.items
        last = k - 1
        j = k
        head_seen = False
        counts = 0
        while j < len(items) and self._np_internal(j):
            item = items[j]
            if item.is_count:
                counts += 1
                if counts > 1 or head_seen:
                    break
            if item.low == "of":
                if not head_seen and last < k:
                    break
                if j + 1 >= len(items) or not self._np_internal(j + 1) or items[j + 1].is_count:
                    break
            if j > k and (item.low in DETERMINERS or item.low in POSSESSIVES) and items[j - 1].low != "of":
                break
            if item.low in ROLES or item.is_cap:
                head_seen = True
            last = j
            j += 1
        while last >= k and items[last].low in ("of", "the", "'s"):
            last -= 1
        return last

    def _origin_end(self, last: int) -> int:
        """Extend a noun phrase over "from Pakistan and Afghanistan"."""
        items = self.items
        j = last + 1
        if j + 1 < len(items) and items[j].low == "from" and items[j + 1].is_cap:
            j += 1
            while j + 1 < len(items) and (items[j + 1].is_cap or (items[j + 1].low in ("and", ",") and j + 2 < len(items) and items[j + 2].is_cap)):
                j += 1
            return j
        return last

    def _people_word(self, k: int) -> bool:
        items = self.items
        return k < len(items) and (items[k].low in ROLES or items[k].low in DEMONYMS or items[k].low in AFFILIATIONS)

    def _victim_in(self, first: int, last: int, singular: bool, allow_definite: bool) -> _Victim | None:
        """How many people the words ``first..last`` name, if they name people at all."""
        items = self.items
        while first < last and (
            (items[first].quantity is not None and items[first].quantity.measure == "age")
            or _AGE_WORD.fullmatch(items[first].low) or items[first].low in ("year", "years", "old")
        ):
            first += 1
        for k in range(first, last + 1):
            if items[k].is_count:
                if k + 2 <= last and items[k + 1].low == "of" and items[k + 2].low in ("them", "whom"):
                    return None
                return self._victim(first, last, count_at=k)
            if items[k].quantity is not None and items[k].quantity.qualifier == "vague":
                return self._victim(first, last, count_at=k)
        words = [item.low for item in items[first : last + 1] if item.is_word]
        if not words or any(w in NOT_PEOPLE for w in words):
            return None
        lead = items[first].low
        if lead in PRONOUNS or lead in ("this", "that", "these", "those", "each", "every"):
            return None
        if first == last and lead in ("another", "one"):
            return _Victim(first, last, 1)  # "one was killed and another wounded"
        if words[-1] == "others" and not any(w in DETERMINERS for w in words):
            return _Victim(first, last, 2, "vague")  # "and injuring others": two at least
        if lead in _SINGULAR_DET or lead in POSSESSIVES and self._kin_or_role(first + 1, last):
            if lead in POSSESSIVES or self._singular_head(first + 1, last) or singular:
                return _Victim(first, last, 1)
            return None
        if lead == "both":
            return _Victim(first, last, 2, both=True)
        if lead == "the":
            if allow_definite and self._singular_head(first + 1, last) and not self._is_name(first + 1, last):
                return _Victim(first, last, 1)
            if self._possessive_title(first + 1, last):
                return _Victim(first, last, 1)
            return None
        if self._possessive_title(first, last) or self._is_name(first, last, singular):
            return _Victim(first, last, 1)
        if allow_definite and self._singular_head(first, last) and not any(items[k].is_cap for k in range(first, last + 1)):
            return _Victim(first, last, 1)  # headline style: "kills Taliban key commander"
        if allow_definite and self._is_headline_title(first, last):
            return _Victim(first, last, 1)
        return None

    def _victim(self, first: int, last: int, count_at: int) -> _Victim | None:
        items = self.items
        quantity = items[count_at].quantity
        assert quantity is not None
        words = [item.low for item in items[count_at + 1 : last + 1] if item.is_word]
        if any(w in NOT_PEOPLE for w in words[:3]) and not any(w in ROLES for w in words[:3]):
            return None
        return _Victim(first, max(last, count_at), quantity.value, quantity.qualifier, quantity.value_max)

    def _singular_head(self, first: int, last: int) -> bool:
        items = self.items
        for k in range(last, first - 1, -1):
            low = items[k].low
            if low == "of":
                continue
            if low in ROLES and not low.endswith("s") and low not in ("police", "personnel", "staff", "people", "militia", "army"):
                return True
            if low in ROLES or low in NOT_PEOPLE:
                return False
        return False

    def _kin_or_role(self, first: int, last: int) -> bool:
        return any(self.items[k].low in _KIN or self.items[k].low in ROLES for k in range(first, last + 1))

    def _possessive_title(self, first: int, last: int) -> bool:
        """ "Iran's overall commander in Syria": one person named by office."""
        items = self.items
        if first > last or not items[first].low.endswith("'s"):
            return False
        country = items[first].low[:-2]
        return (country in COUNTRIES or country in AFFILIATIONS) and self._singular_head(first + 1, last)

    def _is_name(self, first: int, last: int, singular: bool = True) -> bool:
        """A person's name: capitalised words, perhaps after a title ("Brigadier General ...")."""
        items = self.items
        words = [items[k] for k in range(first, last + 1) if items[k].is_word]
        if not words or not all(w.is_cap or w.low in _NAME_PARTICLES or w.low.split("-")[0] in _NAME_PARTICLES for w in words):
            return False
        names = [w for w in words if w.low not in _TITLES]
        if not names:
            return False
        for w in names:
            if (w.low in DEMONYMS or w.low in AFFILIATIONS or w.low in COUNTRIES or w.low in _MONTHS_DAYS
                    or w.low in ROLES or w.low in PREPOSITIONS or w.low in DETERMINERS or w.low in NOT_PEOPLE):
                return False
        if len(names) == 1 and not singular:
            return False
        return True

    def _is_headline_title(self, first: int, last: int) -> bool:
        items = self.items
        return any(items[k].low in ("commander", "leader", "chief", "brother", "son", "judge") for k in range(first, last + 1))

    def _subject_before(self, i: int) -> tuple[int, int] | None:
        """The noun phrase before a verb phrase ending at ``i`` ("The latest Iranian casualties")."""
        items = self.items
        k = i - 1
        while k >= 0 and items[k].low in _BRINGING | {"the", "death", "casualty"}:
            k -= 1
        if k < 0:
            return None
        first = k
        while first - 1 >= 0 and items[first - 1].is_word and items[first - 1].low not in PREPOSITIONS | CONJUNCTIONS:
            first -= 1
        return first, k

    def _negated_before(self, k: int) -> bool:
        items = self.items
        window = [item.low for item in items[max(0, k - 3) : k]]
        return any(w in NEGATIONS for w in window)

    # ------------------------------------------------------------------ tallies

    def _emit(self, frame: _Frame) -> None:
        items = self.items
        if self._denied(frame):
            return
        hedge = self._hedge(frame)
        place = self._place(frame)
        cause = self._cause(frame)
        cumulative = frame.cumulative or self._cumulative_words(frame)
        parents: dict[int, int] = {}
        groups = self._groups(frame)
        for position, victim in enumerate(frame.victims):
            reused = next((self.used[k] for k in range(victim.first, victim.last + 1) if k in self.used), None)
            if reused is not None:
                existing = self.tallies[reused]
                existing.hedge = existing.hedge or hedge
                existing.cause = existing.cause or cause
                existing.place = place or existing.place
                parents[position] = reused
                continue
            group = groups[position]
            start = min(items[victim.first].start, items[frame.trigger[0]].start)
            end = max(items[victim.last].end, items[frame.trigger[1]].end)
            parent = parents.get(victim.parent) if victim.subset and victim.parent is not None else None
            if victim.subset and victim.parent is None:
                parent = self._earlier_parent(frame.outcome)
            tally = Tally(
                count=victim.count,
                outcome=frame.outcome,
                qualifier=victim.qualifier if not (victim.subset and parent is None and victim.qualifier == "exact" and self._among(frame)) else "at_least",
                count_max=victim.count_max,
                group=group.label,
                nationality=group.nationality,
                role=group.role,
                place=place,
                cause=cause,
                cumulative=cumulative,
                subset_of=parent,
                hedge=hedge,
                outcome_word=frame.word,
                sentence=self.sentence.index,
                start=start,
                end=end,
            )
            self.tallies.append(tally)
            index = len(self.tallies) - 1
            parents[position] = index
            for k in range(victim.first, victim.last + 1):
                self.used[k] = index
        self.context.last_outcome = frame.outcome

    def _among(self, frame: _Frame) -> bool:
        return any(item.low == "among" for item in self.items[frame.victims[0].last : frame.trigger[0]])

    def _earlier_parent(self, outcome: Outcome) -> int | None:
        for index in range(len(self.tallies) - 1, -1, -1):
            tally = self.tallies[index]
            if tally.outcome == outcome and tally.subset_of is None and not tally.cumulative:
                return index
        return None

    def _groups(self, frame: _Frame) -> list["_GroupView"]:
        """Who each item of the list is; "seven Afghan and four Pakistani fighters" share a head."""
        groups = [self._group(frame, victim) for victim in frame.victims]
        for position in range(len(groups) - 2, -1, -1):
            group, following = groups[position], groups[position + 1]
            victim, next_victim = frame.victims[position], frame.victims[position + 1]
            if group.role is None and group.nationality and following.role and not victim.subset \
                    and not next_victim.subset and self._bare_modifier(victim):
                label = f"{group.nationality} {following.role}"
                groups[position] = _GroupView(group.nationality, following.role, label)
        return groups

    def _bare_modifier(self, victim: _Victim) -> bool:
        """Whether the words after the number are only a nationality ("seven Afghan")."""
        words = [item.low for item in self.items[victim.first : victim.last + 1] if item.is_word]
        return bool(words) and all(w in DEMONYMS or w in AFFILIATIONS for w in words)

    def _group(self, frame: _Frame, victim: _Victim) -> "_GroupView":
        items = self.items
        first, last = victim.first, victim.last
        if frame.group_from is not None and frame.group_from[0] <= frame.group_from[1]:
            first, last = frame.group_from
        words = self.text[items[first].start : items[last].end]
        if victim.count == 1 and self._is_name(victim.first, victim.last):
            words = self._title_words(victim.first, victim.last)
        group = describe(words)
        nationality, role = group.nationality, group.role
        if nationality is None and role is not None and self._inherits(role):
            nationality = self.context.mention_nationality
        label = " ".join(p for p in (nationality, role) if p) or None
        if group.label and group.nationality == nationality and group.role == role:
            label = group.label
        if nationality:
            self.context.mention_nationality = nationality
            self.context.mention_sentence = self.sentence.index
            self.context.mention_side = role
        return _GroupView(nationality, role, label)

    def _title_words(self, first: int, last: int) -> str:
        """For one named person, the words around the name that say what they were."""
        items = self.items
        lo = max(0, first - 8)
        hi = min(len(items) - 1, last + 8)
        return self.text[items[lo].start : items[hi].end]

    def _inherits(self, role: str) -> bool:
        context = self.context
        from crawler.extract.groups import side_of

        return (
            context.mention_nationality is not None
            and 0 < self.sentence.index - context.mention_sentence <= 2
            and role != "people"
            and side_of(role) != "civilian"
            and side_of(context.mention_side) != "civilian"
        )

    def _denied(self, frame: _Frame) -> bool:
        items = self.items
        first = min(frame.victims[0].first, frame.trigger[0])
        return any(item.low in _DENIALS for item in items[max(0, first - 12) : first])

    def _hedge(self, frame: _Frame) -> str | None:
        items = self.items
        first = min(frame.victims[0].first, frame.trigger[0])
        last = frame.trigger[1]
        best: str | None = None
        for k in range(max(0, first - 10), min(len(items), last + 3)):
            low = items[k].low
            if low not in HEDGES:
                continue
            if low in ("reported", "claimed", "suspected", "believed") and k + 1 < len(items) and items[k + 1].is_word and items[k + 1].low not in AUX | PREPOSITIONS | {"to", "that", "killed", "dead", "wounded", "injured"}:
                continue  # "an alleged airstrike", "reported figures": not about the count
            if low == "claimed" and k > 0 and items[k - 1].low in ("the", "a"):
                continue
            best = HEDGES[low]
            if first <= k <= last:
                break
        return best

    def _cumulative_words(self, frame: _Frame) -> bool:
        items = self.items
        first = min(frame.victims[0].first, frame.trigger[0])
        window = items[max(0, first - 4) : min(len(items), frame.trigger[1] + 6)]
        lows = [item.low for item in window]
        words = [item for item in window if item.is_word]
        for k, item in enumerate(window):
            if item.low in _CUMULATIVE_WORDS and not (k + 1 < len(window) and window[k + 1].is_word):
                return True  # "overall" ends its phrase; "overall commander" is an office
        del words
        return any(a == "in" and b == "total" for a, b in zip(lows, lows[1:]))

    def _place(self, frame: _Frame) -> str | None:
        """The first place phrase after the outcome in its clause, else the last one before."""
        items = self.items
        after = frame.trigger[1] + 1
        end = self._clause_end(after)
        stop = items[end - 1].end if end > after else items[frame.trigger[1]].end
        for match in _PLACE.finditer(self.text, items[frame.trigger[1]].end, stop):
            place = _place_name(match)
            if place:
                return place
        before = items[min(frame.victims[0].first, frame.trigger[0])].start
        found = None
        for match in _PLACE.finditer(self.text, self.sentence.start, before):
            found = _place_name(match) or found
        return found

    def _cause(self, frame: _Frame) -> str | None:
        """ "by an Islamic State improvised explosive device", "in an airstrike", or the subject
        of an active verb when it names a weapon ("A car bomb ... killed")."""
        items = self.items
        k = frame.trigger[1] + 1
        limit = self._clause_end(k)
        while k < limit:
            low = items[k].low
            if low in ("by", "in") and k + 1 < limit:
                phrase = self._cause_phrase(k + 1, limit, by=low == "by")
                if phrase:
                    return phrase
            k += 1
        first = min(frame.victims[0].first, frame.trigger[0])
        for j in range(0, first):
            if items[j].low in _CAUSE_WORDS:
                start = j
                while start > 0 and self._np_internal(start - 1) and items[start - 1].low not in ("the", "a", "an"):
                    start -= 1
                end = j
                while end + 1 < first and self._np_internal(end + 1) and items[end + 1].low != "of":
                    end += 1
                return self.text[items[start].start : items[end].end]
        return None

    def _after_determiner(self, k: int) -> bool:
        """Whether a word ending in -ed/-ing at ``k`` modifies a noun ("an Islamic State
        improvised explosive device"), which it does when a determiner opens its phrase."""
        items = self.items
        j = k - 1
        while j >= 0 and items[j].is_cap:
            j -= 1
        return j >= 0 and items[j].low in ("a", "an", "the")

    def _clause_end(self, k: int) -> int:
        """The first item from ``k`` that begins another clause ("who", ";", a verb that is not an
        outcome: "hired by Iran to fight")."""
        items = self.items
        while k < len(items):
            item = items[k]
            low = item.low
            if item.text == ";" or low in _CLAUSE_STARTS:
                return k
            if item.is_word and not item.is_cap and low not in AUX and low not in _ANY_OUTCOME \
                    and low not in _SKIP_BETWEEN and low not in HEDGES and _verb_like(low) \
                    and not self._after_determiner(k):
                return k
            k += 1
        return k

    def _cause_phrase(self, k: int, limit: int, by: bool) -> str | None:
        """The words after "by" or "in": "an Islamic State improvised explosive device"."""
        items = self.items
        while k < limit and items[k].low in ("a", "an", "the"):
            k += 1
        start = k
        while k < limit and k - start < 8:
            item = items[k]
            low = item.low
            if not item.is_word and item.quantity is None and item.text not in ("'s", "’s"):
                break
            if (low in PREPOSITIONS or low in CONJUNCTIONS or low in AUX or low in PRONOUNS
                    or low in _MONTHS_DAYS or re.fullmatch(_DIRECTIONS, low) or low in ACTIVE):
                break
            k += 1
        words = items[start:k]
        has_cause = any(item.low in _CAUSE_WORDS for item in words)
        has_agent = any(item.low in ROLES or item.is_cap for item in words)
        if not words or not (has_cause or (by and has_agent)):
            return None
        return self.text[words[0].start : words[-1].end]


def _verb_like(low: str) -> bool:
    if low in _CLAUSE_VERBS:
        return True
    if "-" in low or low in ROLES:
        return False
    return (low.endswith("ed") and len(low) > 4 and low not in _ADJECTIVES_IN_ED) or (
        low.endswith("ing") and len(low) > 5 and low not in _NOT_VERBS_IN_ING
    )


@dataclass(frozen=True, slots=True)
class _GroupView:
    nationality: str | None
    role: str | None
    label: str | None


def _place_name(match: re.Match[str]) -> str | None:
    """ "south of Syria's largest city Aleppo" -> "south of Aleppo"; None for a date or a people."""
    prep = re.sub(r"\s+", " ", match.group("prep"))
    words = match.group("np").split()
    if words and words[0] == "the" and len(words) > 1 and words[1][:1].isupper():
        lead = ["the"]
        words = words[1:]
    else:
        lead = []
    runs: list[list[str]] = [[]]
    for word in words:
        if word[:1].isupper() or (runs[-1] and word.lower() in _NAME_PARTICLES):
            runs[-1].append(word)
        elif runs[-1]:
            runs.append([])
    runs = [run for run in runs if run]
    if not runs:
        return None
    run = runs[-1]
    lowered = [w.lower().rstrip("'’s") for w in run]
    if any(w in _MONTHS_DAYS for w in lowered) or lowered[0] in DEMONYMS or lowered[0] in AFFILIATIONS:
        return None
    if len(runs) > 1 or len(run) < len(words):
        lead = []
    return " ".join([prep, *lead, *run])
