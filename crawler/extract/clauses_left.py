"""Phrases and clauses without commas between people and the verb told of them.

"six people returning home from a wedding were killed", "a policeman who was on patrol was shot
dead", "two soldiers wounded in the ambush died", "18 civilians – including women and children –
all members of the X family were killed": stepped over backwards, to where the people end.
"""

from __future__ import annotations

from crawler.extract.outcomes import ACTIVE, PARTICIPLES
from crawler.extract.victim_nouns import VictimNouns
from crawler.extract.word_classes import AUX, PREPOSITIONS, SINGULAR_DETERMINERS

# What people were doing when they were hit, in a phrase after them: "six people returning home".
_GOING = frozenset(
    """returning travelling traveling heading fleeing commuting attending working sheltering riding
    waiting gathering praying queuing queueing celebrating shopping belonging serving guarding manning
    sitting standing walking playing driving sleeping fishing farming studying covering crossing harvesting
    picking passing patrolling distributing repairing herding grazing swimming buying selling hiding staying
    living protesting demonstrating escorting accompanying protecting transporting delivering clearing defusing inspecting
    visiting voting boarding marching rallying chanting camping occupying defending trying attempting approaching""".split()
)  # not the verbs whose object may be the dead or the hurt: "a man carrying the injured", "mourning his mother",
# "a boy taking care of his sister injured in the bombing", "a father holding his wounded son"


# The participles of the hurt, which may end a clause right before the verb of their death.
_HURT = frozenset(word for word, outcome in PARTICIPLES.items() if outcome == "wounded" and " " not in word)

# Participles of what people were, not of what was done to them, that do not end in "-ed".
_HELD_AS = frozenset("held caught sent stuck known".split())


def _describes_people(low: str, is_cap: bool) -> bool:
    """Whether a word can open a clause that tells who people were or where they were, its
    preposition after it: "employed (by an NGO)", "stationed (at the post)", "trapped (in the
    building)", "armed (with knives)", "known (to police)"; not a name, nor a verb of the tally."""
    return not is_cap and (low in _HELD_AS or (len(low) > 4 and low.endswith("ed"))) and low not in ACTIVE


class ClausesLeft(VictimNouns):
    """Steps back over what people were doing, relative clauses and "all members of" after them."""

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
            if item.low in _GOING or (item.low == "taking" and j + 1 < len(items) and items[j + 1].low == "part"):
                return j - 1 if self._people_end_at(j - 1, any_noun=True) else k
        return k

    def _past_known_as_left(self, k: int) -> int:
        """Before the name a person is known by, ending at ``k`` ("and a labourer known as Gedi
        were killed", "a man known locally as Abu Ali"): where the person ends.  Only after one
        person's phrase ("a" and a role)."""
        items = self.items
        j = k
        while j > 0 and items[j].is_cap:
            j -= 1
        if j == k or items[j].low != "as":
            return k
        j -= 1
        if j > 0 and items[j].low in ("locally", "only", "also", "widely"):
            j -= 1
        if j < 1 or items[j].low != "known":
            return k
        return j - 1 if self._people_end_at(j - 1, any_noun=False) else k

    def _past_relative_left(self, k: int) -> int:
        """Before a relative clause without commas ending at ``k`` ("a policeman who was on patrol
        was shot dead", "two guards that were manning the gate"): where the people end.  Only right
        after a counted noun phrase, or one person's ("a" and a role).  A "who" right before the
        verb is the subject's own (``_before_who`` of the tally reader).  A count of things in the
        clause counts no one ("the veteran who served two tours in Iraq died")."""
        items = self.items
        if self._hurt_ending_at(k):
            return k - 1
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
            if (
                (item.low in PARTICIPLES or _describes_people(item.low, item.is_cap))
                and j + 1 < k
                and items[j + 1].low in PREPOSITIONS
                and self._people_end_at(j - 1, any_noun=False)
            ):
                # "two soldiers wounded in the ambush (died in hospital)", "six aid workers employed by
                # an NGO (were killed)": a clause without "who"
                return j - 1
        return k

    def _hurt_ending_at(self, k: int) -> bool:
        """Whether the participle of the hurt at ``k`` closes people of whom some died since, the verb
        of their death right after it: "two of the seven people wounded (later died)", "three
        soldiers injured (died in hospital)", "two of the seven wounded (later died)"."""
        items = self.items
        if k < 1 or items[k].low not in _HURT:
            return False
        if self._people_end_at(k - 1, any_noun=False):
            return True
        return any(first >= 0 and self.whole_of(first, k - 1) == k - 1 for first in (k - 4, k - 3))

    def _people_end_at(self, last: int, any_noun: bool) -> bool:
        """Whether a noun phrase ending at ``last`` is counted people ("six people", "14 workers";
        a word for people unless ``any_noun``), people joined by "and" to such a phrase ("forty
        civilians and rebel fighters"), or one person's ("a" and a role: "a peacekeeper"), for the
        phrases and clauses stepped over after it."""
        items = self.items
        first = self.np_left_start(last)
        counted = first <= last and any(items[x].is_count for x in range(first, last + 1))
        if counted and (any_noun or self.people_word(last)):
            return True
        if first < last and items[first].low in SINGULAR_DETERMINERS and self.singular_head(first + 1, last):
            return True
        # "Forty civilians and rebel fighters (defending the square)"
        return 2 <= first <= last and items[first - 1].low == "and" and self.people_word(last) and self._people_end_at(first - 2, any_noun)

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
