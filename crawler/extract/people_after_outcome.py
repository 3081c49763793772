"""People told after their outcome word, read for ``tallies``.

"Among the dead were ...", "the dead included ...", "Police identified the dead as ...", "Killed
in the attack were five soldiers", "the dead numbered at least 60", "the wounded, 63 in all,",
parts of the figure before ("18 of the dead were women", "Of those who died, 4 were
journalists", "Of the dead, three were children and five were women"), who the dead were before
their figure ("The dead were mostly women and children, 19 in all"), and "N of them" with an
outcome of its own ("57,470 casualties, 19,240 of them killed"), a part of those given that
outcome just before.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from crawler.extract.groups import ROLES
from crawler.extract.outcomes import INTRANSITIVE, NOUNS, PARTICIPLES
from crawler.extract.records import Outcome
from crawler.extract.tally_frames import FIELD_MARKS, Frame, FrameReader
from crawler.extract.victims import Victim
from crawler.extract.word_classes import ADVERBS, AUX, POSSESSIVES, PREPOSITIONS

# "Of those who were killed, 5 were soldiers": the words between "of" and the outcome, then the verb after the count.
_THOSE_WHO = frozenset({"the", "those", "who", "were", "had", "have", "been"})
_BEING = frozenset({"were", "was", "are", "is"})
# "The dead numbered at least 60", "the injured, numbering 12,": verbs of counting after the outcome word.
_NUMBERING = frozenset("numbered number numbers numbering totalled totaled totals totalling totaling".split())
_INCLUDED = frozenset({"included", "include", "includes"})
# The words opening an aside on when or by whom a figure set off after "the wounded" was counted:
# "40 by evening", "30 at last count", "17 according to the hospital", "22 as of Monday"; and how
# many words such an aside runs to its closing comma.
_WHEN_OR_BY_WHOM_COUNTED = frozenset("by at according as so".split())
_COUNT_ASIDE_WORDS = 6
_AUX_OR_INCLUDED = AUX | _INCLUDED
# Deaths told in a text, and people hurt: "the victims" are its dead only where none were hurt.
_DEATHS_TOLD = re.compile(r"\b(?:killed|killing|died|dead|deaths?|martyred|lost their lives)\b")
_HURT_TOLD = re.compile(r"\b(?:injured|injuring|injuries|wounded|wounding|hurt)\b")
_ATTACKS = r"(?:attacks?|bombings?|blasts?|explosions?|massacres?|shootings?|(?:air)?strikes?|raids?|shelling)"
# The attack whose victims they are, after "victims": "of the school massacre in Peshawar", "of the
# Manchester Arena bombing", "of Friday's mosque shootings".
_OF_AN_ATTACK = re.compile(r"\s*of\s+(?:the|an?|this|[\w-]+'s)\s+(?:[\w-]+\s+){0,3}?" + _ATTACKS + r"\b", re.IGNORECASE)
# An attack told before: "A suicide bomber struck a wedding party", "gunmen stormed the school".
_ATTACK_TOLD = re.compile(r"\b(?:" + _ATTACKS + r"|attacked|bombers?|gunm[ae]n|attackers?)\b")


_ASIDE_WORDS = 12  # the most words read for an aside describing one of them


class PeopleAfterOutcome(FrameReader):
    """Reads the people a sentence names after "the dead", "those killed", "of them" and the like."""

    # The multi-word outcome phrase at an item and its length (``tallies``): "declared dead".
    _phrase_at: Callable[[int], tuple[str | None, int]]

    def _the_dead_in_all(self, i: int) -> bool:
        """ "The wounded, 63 in all, were taken to hospitals", "the dead, 12 in total, included
        three children", "The wounded, twenty-two of them, were rushed to hospital": the figure set
        off after "the" and an outcome noun, closed by "in all", "in total", "altogether" or "of
        them", and the parts it includes; or led by a verb of counting ("The
        injured, numbering 31, were taken to hospital")."""
        items = self.items
        if i == 0 or items[i - 1].low != "the":
            return False
        if items[i + 2].low in _NUMBERING:
            return self._the_dead_numbering(i)
        count = i + 2
        quantity = items[count].quantity
        if quantity is None or not items[count].is_count:
            return False
        words = [item.low for item in items[count + 1 : count + 4]]
        # "35 in all,", "twenty-two of them," (closed right after "them": not a part, "three of them children")
        closed = words[:3] in (["in", "all", ","], ["in", "total", ","], ["of", "them", ","]) or words[:2] == ["altogether", ","]
        after = count + 3 if words[:2] == ["altogether", ","] else count + 4
        if not closed:
            close = self._aside_of_the_count_closes(count)
            if close is None:
                return False
            after = close + 1
        victims = [Victim(count, count, quantity.value, quantity.qualifier)]
        if after < len(items) and items[after].low in _INCLUDED:  # "the dead, 12 in total, included three children"
            for part in self.list_right(after + 1, object_position=False):
                part.subset, part.parent = True, 0
                victims.append(part)
        self.frames.append(Frame(NOUNS[items[i].low], items[i].low, (i, i), victims))
        return True

    def _aside_of_the_count_closes(self, count: int) -> int | None:
        """Where the comma is that closes a figure set off after "the wounded" with an aside on when
        or by whom it was counted, as a toll's figure is set off ("The toll, 49 by Friday night,"):
        "The wounded, at least 40 by evening, included", "The injured, 30 at last count, were",
        "The wounded, 17 according to the hospital, were"; None for anything else after the figure
        (its parts: "The injured, three of them children, were"; "The dead, two brothers and a
        cousin, were")."""
        items = self.items
        if count + 1 >= len(items) or items[count + 1].low not in _WHEN_OR_BY_WHOM_COUNTED:
            return None
        for k in range(count + 2, min(len(items), count + 2 + _COUNT_ASIDE_WORDS)):
            if items[k].text == ",":
                return k
            if not items[k].is_word or items[k].is_count:
                return None
        return None

    def _the_dead_numbering(self, i: int) -> bool:
        """ "The injured, numbering 12, were rushed to hospital": the figure after "the", the
        outcome noun at ``i``, a comma and a verb of counting, closed by a comma or the end."""
        items = self.items
        count = i + 3
        if count >= len(items) or not items[count].is_count:
            return False
        victims = [v for v in self.list_right(count, object_position=False) if not v.subset]
        if not victims or (victims[-1].last + 1 < len(items) and items[victims[-1].last + 1].text not in ",.;"):
            return False
        self.frames.append(Frame(NOUNS[items[i].low], items[i].low, (i, i), victims))
        return True

    def _the_dead_described_in_all(self, outcome: Outcome, word: str, first: int, last: int) -> bool:
        """ "The dead were mostly women and children, 19 in all", "the wounded were mainly
        farmers, 31 in total": who "the" dead were, without a number, then their figure set off
        by a comma and closed by "in all", "in total" or "altogether".  Whether it read them."""
        items = self.items
        verb = last + 1
        if first < 1 or items[first - 1].low != "the" or verb + 1 >= len(items) or items[verb].low not in _BEING:
            return False
        comma = next((k for k in range(verb + 1, min(len(items), verb + 10)) if not items[k].is_word), None)
        if comma is None or items[comma].text != "," or comma + 2 >= len(items) or not items[comma + 1].is_count:
            return False
        words = [item.low for item in items[comma + 2 : comma + 4]]
        if words not in (["in", "all"], ["in", "total"]) and words[:1] != ["altogether"]:
            return False
        victim = self.victim(comma + 1, comma + 1, count_at=comma + 1)
        if victim is not None:
            self.frames.append(Frame(outcome, word, (first, last), [victim], group_from=(verb + 1, comma - 1)))
        return victim is not None

    def _among_after(self, outcome: Outcome, word: str, first: int, last: int) -> None:
        """The people after "Among the dead were" (or "Among those killed in the strike were"):
        parts of the figure before."""
        items = self.items
        k = self._past_phrase_to_verb(last + 1)
        while k < len(items) and (items[k].low in AUX or items[k].low in _INCLUDED):
            k += 1
        victims = self.list_right(self._past_named_as(k), object_position=False)
        for victim in victims:
            victim.subset = True
        if victims:
            self.frames.append(Frame(outcome, word, (first, last), victims))

    def _part_of_the_victims(self, i: int) -> None:
        """ "Police said 29 of the 54 victims were under 14", "132 of the 145 victims of the school
        massacre were children": the whole of a part told of "the N victims", of an attack named
        after them or in a text that has told deaths or an attack and no one hurt before, are the
        dead; not
        when the sentence tells the hurt ("59 of the 116 victims treated had serious injuries")
        or the victims of no attack ("12 of the 40 victims of the fraud")."""
        items = self.items
        if i < 4 or not items[i - 1].is_count or [items[i - 3].low, items[i - 2].low] != ["of", "the"]:
            return
        part, whole = items[i - 4].quantity, items[i - 1].quantity
        if part is None or whole is None or part.value >= whole.value or _HURT_TOLD.search(self.sentence.text.lower()):
            return
        told = self.text[: self.sentence.start].lower()
        of_attack = _OF_AN_ATTACK.match(self.text, items[i].end) is not None
        if of_attack or ((_DEATHS_TOLD.search(told) or _ATTACK_TOLD.search(told)) and not _HURT_TOLD.search(told)):
            self.frames.append(Frame("killed", "victims", (i, i), [Victim(i - 1, i, whole.value, whole.qualifier)]))

    def _victims_of_the_dead(self, i: int) -> None:
        """ "Civilians were reportedly killed in the strike. Among the victims were Ahmad Nabil
        (32) and his son Yusuf (5)": in a text that has told deaths and no one hurt before, the
        people "among the victims" at the opening of a sentence are among the dead.  ("The
        victims were named as ..." is left to ``named_dead``, which widens the toll by them.)"""
        items = self.items
        if i != 2 or items[0].low != "among" or items[1].low != "the" or i + 2 >= len(items):
            return
        told = self.text[: self.sentence.start].lower()
        if _DEATHS_TOLD.search(told) and not _HURT_TOLD.search(told):
            self._among_after("killed", "victims", i, i)

    def _inverted(self, outcome: Outcome, word: str, first: int, last: int) -> None:
        """ "Killed in the attack were five soldiers and a civilian", "Also killed was a
        paramedic": the outcome word opens the sentence, its people come after the verb; in the
        present too, as wires list the dead ("Dead are at least 26 protesters and a soldier")."""
        items = self.items
        k = self._past_phrase_to_verb(last + 1)
        if k + 1 >= len(items) or items[k].low not in _BEING:
            return
        victims = self.list_right(self._past_named_as(k + 1), object_position=False)
        if victims:
            self.frames.append(Frame(outcome, word, (first, last), victims))

    def _past_phrase_to_verb(self, k: int) -> int:
        """Over a phrase opening on a preposition at ``k`` up to the verb after it: "(those killed)
        in the strike on the market (were)"; ``k`` when there is none."""
        return self._past_phrase_to(k, _AUX_OR_INCLUDED)

    def _past_phrase_to(self, k: int, verbs: frozenset[str]) -> int:
        """Over a phrase opening on a preposition at ``k`` up to the first of ``verbs`` after it;
        ``k`` when there is none."""
        items = self.items
        if k >= len(items) or items[k].low not in PREPOSITIONS:
            return k
        for j in range(k + 1, min(len(items), k + 10)):
            if items[j].low in verbs:
                return j
            if not items[j].is_word and items[j].quantity is None and items[j].text not in ("'s", "’s"):
                break
        return k

    def _the_deaths_included(self, i: int) -> bool:
        """Whether the plural noun of deaths at ``i``, after "the" or an owner, is the subject of
        "included", as tallies of a day are told: "The day's deaths included 14 in Homs and nine
        in Idlib", "Friday's deaths included three children" (parts of the day's toll)."""
        items = self.items
        before = items[i - 1].low if i > 0 else ""
        if before != "the" and not before.endswith(("'s", "’s")):
            return False
        verb = self._past_phrase_to_verb(i + 1)
        return verb < len(items) and items[verb].low in _INCLUDED

    def _the_dead_included(self, first: int, last: int) -> bool:
        """Whether "the dead" or "those killed" is the subject of "included", or of "were" before
        a figure: its people are parts of the figure before ("The dead included 11 children and
        seven women", "The dead were three soldiers and five civilians", "The dead were
        identified as two brothers"), or of "were (have been) identified as" before names ("Those
        killed in the strike were identified as X, his brother Y and Z"): counted one by one when
        no figure came before."""
        items = self.items
        before = items[first - 1].low if first > 0 else ""
        if before not in ("the", "those") or last + 2 >= len(items):
            return False
        verb = self._past_phrase_to_verb(last + 1)
        after = items[verb].low
        if after in _INCLUDED:
            return True
        if after in ("have", "has") and verb + 2 < len(items) and items[verb + 1].low == "been":
            return self._past_named_as(verb + 2) > verb + 2  # "The injured have been identified as X, Y and Z"
        if after not in ("were", "are") or verb + 1 >= len(items):
            return False
        named = self._past_named_as(verb + 1)
        if named >= len(items):
            return False
        if items[named].low in ("a", "an") and named == verb + 1:
            return self._list_from(named)  # "The dead were a farmer, his wife and their grandson"
        if items[named].is_cap and named == verb + 1:
            return self._each_named_from(named)  # "The dead were Abdi Hassan and Mohamed Ali"
        return items[named].is_count or (named > verb + 1 and (items[named].is_cap or items[named].low in POSSESSIVES))

    def _list_from(self, k: int) -> bool:
        """Whether a list of more than one kind of people ("a farmer, his wife and their grandson",
        "a police officer and two civilians") opens at ``k`` and closes the clause."""
        victims = [v for v in self.list_right(k, object_position=False) if not v.subset]
        end = victims[-1].last + 1 if victims else k
        return len(victims) > 1 and (end >= len(self.items) or not self.items[end].is_word)

    def _each_named_from(self, k: int) -> bool:
        """Whether people opening at ``k`` are each one person by name ("Abdi Hassan and Mohamed
        Ali"; not "Palestinians", nor "Hamas fighters")."""
        victims = [v for v in self.list_right(k, object_position=False) if not v.subset]
        return bool(victims) and all(self._named_one(v) for v in victims)

    def _the_dead_named_as(self, first: int, last: int) -> bool:
        """Whether "the dead" or "the injured" is the object of "identified" or "named" before
        "as" and the people: "Police identified the dead as Ahmed Raza, 24, and Bilal Khan, 31"."""
        items = self.items
        return (
            first >= 2
            and last + 2 < len(items)
            and items[first - 1].low == "the"
            and items[first - 2].low in ("identified", "named")
            and items[last + 1].low == "as"
        )

    def _the_dead_named_in_aside(self, outcome: Outcome, word: str, first: int, last: int) -> bool:
        """ "The deceased, identified as Ali Hassan and Omar Farouk, were taken to the morgue",
        "the dead, named as A, 24, and B, 31, were buried": "the" and an outcome noun, then an
        aside of names after "identified as" or "named as", are as many as the names (parts of a
        figure before, if any).  Whether they were read."""
        items = self.items
        if first < 1 or items[first - 1].low != "the" or last + 4 >= len(items) or items[last + 1].text != ",":
            return False
        named = self._past_named_as(last + 2)
        if named == last + 2:
            return False
        names = self.list_right(named, object_position=False)
        close = names[-1].last + 1 if names else named
        if not names or close >= len(items) or items[close].text != "," or not all(self._named_one(v) for v in names):
            return False
        for name in names:
            name.subset = True
        self.frames.append(Frame(outcome, word, (first, last), names))
        return True

    def _past_named_as(self, k: int) -> int:
        """Past "identified as" or "named as" at ``k`` ("The dead were identified as two
        brothers") and the colon that opens a monitor's list of names ("Killed were: Ahmad
        Saleh, 60; ...", "The victims were named as: ..."); ``k`` when there is none."""
        items = self.items
        if k + 2 < len(items) and items[k].low in ("identified", "named") and items[k + 1].low == "as":
            k += 2
        return k + 1 if k + 1 < len(items) and items[k].text == ":" else k

    def _part_of_the_dead(self, outcome: Outcome, word: str, count_at: int, trigger: tuple[int, int]) -> None:
        """ "18 of the dead were women", "Four of those killed were children": parts of the
        figure before, saying who after the verb."""
        items = self.items
        victim = self.victim(count_at, count_at, count_at=count_at)
        if victim is None:
            return
        after = trigger[1] + 1
        people = after if after < len(items) and self.people_word(after) else None  # "of the wounded protesters"
        if people is not None:
            after = self.np_right_end(people) + 1
        after = self._past_one_described(after)
        while after < len(items) and (items[after].low in AUX or items[after].low in ADVERBS):
            after += 1
        then = items[after].low if after < len(items) else ""
        phrase, length = self._phrase_at(after) if then else (None, 0)
        if phrase is not None:  # "two of the injured were declared brought dead", "lost their lives"
            then = phrase
        lexicon = INTRANSITIVE if then in INTRANSITIVE else PARTICIPLES if items[after - 1].low in AUX else {}
        if lexicon.get(then, outcome) != outcome:
            # "three of the injured died in hospital": new deaths, not a part of the injured (but
            # "two of the dead were hacked to death" tells how some of the dead died)
            self.frames.append(Frame(lexicon[then], then, (after, after + max(length, 1) - 1), [victim]))
            return
        victim.subset = True
        frame = Frame(outcome, word, trigger, [victim], of_the_dead=True)
        people = people if people is not None else after if self.people_word(after) else None
        if people is not None:
            frame.group_from = (people, self.np_right_end(people))
        self.frames.append(frame)

    def _past_one_described(self, after: int) -> int:
        """Where the verb is after some of the people told again and described between commas, when it
        is one of dying: "One of the injured, a 14-year-old boy, died of his wounds", "One of the
        wounded, aged 60, died in hospital", "Two of the wounded, a man and his son, died in
        hospital"; ``after`` itself otherwise (", a boy, was treated" tells one of the hurt who
        lives; ", a 12-year-old boy, later died" is left as it was read, as a part of the wounded:
        reading it as a new death lowered half B's Airwars figures)."""
        items = self.items
        if after >= len(items) or items[after].text != ",":
            return after
        close = next((j for j in range(after + 1, min(len(items), after + _ASIDE_WORDS)) if items[j].text == ","), -1)
        if close < 0 or close + 1 >= len(items) or items[close + 1].low not in INTRANSITIVE:
            return after
        described = self._is_aside(after + 1, close - 1) or all(
            self._one_described(first, last) or (items[first].low in POSSESSIVES and first < last)
            for first, last in self._and_parts(after + 1, close - 1)
        )
        return close + 1 if described else after

    def _and_parts(self, first: int, last: int) -> list[tuple[int, int]]:
        """The spans of ``first..last`` split at "and" ("a man and his son": "a man", "his son")."""
        cuts = [k for k in range(first, last + 1) if self.items[k].low == "and"]
        starts, ends = [first, *(k + 1 for k in cuts)], [*(k - 1 for k in cuts), last]
        return list(zip(starts, ends, strict=True))

    def _fronted_of_the_dead(self, outcome: Outcome, word: str, first: int, last: int) -> bool:
        """ "Of the dead, 11 were children", "Of those who died, 4 were journalists": the part of the
        dead fronted before a comma, its count opening the clause after it with a verb of being,
        reads as "11 of the dead were children"."""
        items = self.items
        count = last + 2
        if first < 2 or count + 1 >= len(items) or items[last + 1].text != ",":
            return False
        of = first - 1
        while of > 0 and first - of < 4 and items[of].low in _THOSE_WHO:
            of -= 1
        opens = of == 0 or items[of - 1].text in FIELD_MARKS
        if not opens or items[of].low != "of" or items[of + 1].low not in ("the", "those"):
            return False
        if not items[count].is_count or items[count + 1].low not in _BEING:
            return False
        more = self._more_parts(count + 2)
        if more:
            self._parts_told_as_a_split(outcome, word, (first, last), [count, *more])
            return True
        victim = self.victim(count, count, count_at=count)
        if victim is None:
            return False
        victim.subset = True
        frame = Frame(outcome, word, (first, last), [victim], of_the_dead=True)
        if count + 2 < len(items) and self.people_word(count + 2):
            frame.group_from = (count + 2, self.np_right_end(count + 2))
        self.frames.append(frame)
        return True

    def _more_parts(self, k: int) -> list[int]:
        """After "Of the dead, three were children": the counts of the other parts told in the
        same clause from ``k``, each before a verb of being ("and five were women", ", six were
        police officers and five were civilians"); not a figure of another outcome ("and five
        were wounded")."""
        items = self.items
        counts = []
        for j in range(k, len(items) - 3):
            if items[j].text in ";:":
                break
            if (items[j].low == "and" or items[j].text == ",") and items[j + 1].is_count and items[j + 2].low in _BEING:
                if items[j + 3].low in PARTICIPLES or items[j + 3].low in INTRANSITIVE:
                    break
                counts.append(j + 1)
        return counts

    def _parts_told_as_a_split(self, outcome: Outcome, word: str, trigger: tuple[int, int], counts: list[int]) -> None:
        """ "Of the dead, three were children and five were women": one part per count, each
        with the people after its verb, parts of the figure before or, without one, side by side
        (the five are no part of the three)."""
        items = self.items
        parts = []
        for count in counts:
            part = self.victim(count, count, count_at=count)
            if part is None:
                continue
            if count + 2 < len(items) and self.people_word(count + 2):
                part.last = self.np_right_end(count + 2)  # "three were children": who, in its own words
            part.subset = True
            parts.append(part)
        if parts:
            self.frames.append(Frame(outcome, word, trigger, parts, of_the_dead=True))

    def _the_dead_numbered(self, outcome: Outcome, word: str, first: int, last: int) -> bool:
        """ "The dead numbered at least 60", "the wounded totalled 300": "the" and the outcome
        word as the subject of a verb of counting, the figure its object; also past an aside of
        who they were ("The dead, mostly women and children, numbered 19") or a phrase of which
        event ("the dead from the first day of the operation numbered ten")."""
        items = self.items
        count = self._past_phrase_to(self._past_who_aside(last + 1), _NUMBERING) + 1
        if first < 1 or items[first - 1].low != "the" or count >= len(items) or items[count - 1].low not in _NUMBERING:
            return False
        victims = self.list_right(count, object_position=False) if items[count].is_count else []
        if victims:
            self.frames.append(Frame(outcome, word, (first, last), victims))
        return bool(victims)

    def _past_who_aside(self, k: int) -> int:
        """Past ", mostly women and children," at ``k``: the item after the aside's closing comma,
        when up to eight words without a figure stand between the commas (``k`` itself else)."""
        items = self.items
        if k >= len(items) or items[k].text != ",":
            return k
        close = next((j for j in range(k + 1, min(len(items), k + 10)) if not items[j].is_word), None)
        return close + 1 if close is not None and close > k + 1 and items[close].text == "," else k

    def _before_aside_of_them(self, k: int) -> int:
        """Before the comma at ``k`` closing an aside on who one of them was, between "N of them"
        (or "of whom") and their verb ("injured 33 people; one of them, a 17-year-old boy, died
        later"): where "them" is; else ``k``."""
        items = self.items
        if k < 5 or items[k].text != ",":
            return k
        open_ = next((j for j in range(k - 2, max(0, k - 10), -1) if items[j].text in ",;:()"), -1)
        if open_ < 3 or items[open_].text != "," or items[open_ - 1].low not in ("them", "whom"):
            return k
        return open_ - 1 if items[open_ - 2].low == "of" and items[open_ - 3].is_count else k

    def _armed_men_told_anew(self, count_at: int) -> int | None:
        """ "Fourteen guests were killed. Gunmen then stormed the hotel, and five of them were
        killed", "Troops pursued the attackers, and six of them were killed": where the armed men
        are that its sentence names before "them" without a figure, whom "them" points to (not the
        people told before); None when there are none."""
        items = self.items
        if any(item.is_count for item in items[:count_at]):
            return None
        nearest = next((j for j in range(count_at - 1, -1, -1) if items[j].low in ROLES), None)
        return nearest if nearest is not None and ROLES[items[nearest].low][1] == "armed" else None

    def _of_the_victims(self, count_at: int, outcome: Outcome) -> bool:
        """ "Soldiers killed 10 men in Inn Din; two of the victims were hacked to death": a count of
        "the victims" killed, told where no one was hurt (else they may be the hurt who died later)."""
        items = self.items
        if outcome != "killed" or count_at < 0 or not items[count_at].is_count:
            return False
        if [item.low for item in items[count_at + 1 : count_at + 4]] != ["of", "the", "victims"]:
            return False
        index = self.sentence.index
        return not any(frame.outcome == "wounded" for frame in self.frames) and not any(
            t.outcome == "wounded" and t.sentence >= index - 1 for t in self.tallies
        )

    def _some_of_them(self, outcome: Outcome, word: str, count_at: int, trigger: tuple[int, int], last: int = 0) -> None:
        """ "The army suffered 57,470 casualties, 19,240 of them killed", "abducted four aid
        workers, one of whom was later found dead", "Two of them later died": a figure of people
        told of before, with an outcome of its own; a part of those this sentence or the one before
        gave that outcome: "12 people were injured, three of them were seriously injured", "Twelve
        people were killed. Two of them were beheaded"; not armed men told anew before it (see
        ``_armed_men_told_anew``).  ``last`` ends a longer figure than "two of them": "two of the
        victims" (see ``_of_the_victims``)."""
        victim = self.victim(count_at, max(last, count_at + 2), count_at=count_at)
        if victim is None:
            return
        index = self.sentence.index
        armed = self._armed_men_told_anew(count_at)
        if armed is not None:
            self.frames.append(Frame(outcome, word, trigger, [victim], group_from=(armed, armed)))
            return
        victim.subset = any(frame.outcome == outcome for frame in self.frames) or any(
            t.outcome == outcome and t.subset_of is None and t.sentence >= index - 1 and (t.count_max or t.count) >= victim.count
            for t in self.tallies
        )
        self.frames.append(Frame(outcome, word, trigger, [victim]))
