"""Figures told by more than one source, read for ``tallies``.

A second source's figure with its noun left out ("four deaths, while Radio Marun reported six",
"put the toll at 12, AFP at 15") makes one figure's range; an aside naming the source (", the
army said,") is passed over to the figure's people.
"""

from __future__ import annotations

from crawler.extract.hospital_shares import RECEIVING
from crawler.extract.numbers import Quantity
from crawler.extract.outcomes import TOLL_WORDS
from crawler.extract.tally_frames import Frame, FrameReader
from crawler.extract.word_classes import NAME_PARTICLES, PREPOSITIONS, PRONOUNS

# "The monitor reported four deaths, while Radio Marun reported six": a second source's figure, its noun left out.
_SOURCE_VERBS = frozenset(
    "reported reports said says put puts gave gives counted counts recorded records documented documents estimated".split()
)
_ASIDE_SOURCE_VERBS = frozenset("said says say reported reports added confirmed stated".split())
_SOURCES_APART = 5  # two sources' figures for the same people are of the same order
_ESTIMATES_APART = 10  # estimates of a massacre's dead differ more: "killing 50; some estimates put the dead at 280"
_NO_SOURCE = PREPOSITIONS | PRONOUNS | {"most", "all", "some", "many", "both"}
_SOURCE_LINKS = frozenset({"while", "whereas", "but", "and"})
_SCENE_OPENERS = frozenset({"in", "at", "near", "during", "on", "after", "by", "when"})  # "16 were injured in the blast; ...", "by the evening"
# How far the scene reaches: a few words, more for the clause of the attack of a list entry ("13 were
# killed when gunmen opened fire at a wedding in Kunduz; later counts put the dead at 14").
_SCENE_REACH = 9
_WHEN_REACH = 13
_PLACE_PREPOSITIONS = frozenset({"in", "near", "outside"})
_DIRECTIONS = frozenset("north south east west northeast northwest southeast southwest".split())
# The number of one source among others: "while a third reported eight", "and one other source said 15".
_NUMBERED_SOURCES = frozenset("one second third fourth fifth".split())
_SOURCE_OBJECTS = frozenset({"it", "the", "toll", "figure", "number", "death", "dead", "wounded", "injured"})
# The objects that name whom a source's figure counts: "put the dead at 280", "put the wounded at 15".
_OBJECT_OUTCOMES = {"death": "killed", "dead": "killed", "wounded": "wounded", "injured": "wounded"}
# Second sources told as estimates: "other estimates reach 3,000", "some sources put the dead at 280",
# "later counts put the dead at 14".
_ESTIMATES = frozenset("estimates estimate sources accounts reports counts count".split())
_REACHING = frozenset("reach reached".split())


class Sources(FrameReader):
    """Reads the sources a sentence names around its figures."""

    def _past_attribution(self, k: int) -> int:
        """The comma or semicolon closing ", the army said," or ", according to police;" when one
        opens at ``k`` ("killed 7 militants, the army said, while the group said 2", "16 were
        killed, according to police; hospital sources later said 19"); else ``k``."""
        items = self.items
        if k >= len(items) or items[k].text != ",":
            return k
        end = next((j for j in range(k + 1, min(k + 8, len(items))) if not items[j].is_word), len(items))
        if end >= len(items) or items[end].text not in (",", ";"):
            return k
        told_by = [item.low for item in items[k + 1 : k + 3]] == ["according", "to"]
        return end if told_by or items[end - 1].low in _SOURCE_VERBS else k

    def _past_where(self, k: int) -> int:
        """The comma or semicolon closing where the figure's people were, when a phrase of place
        opens at ``k``: a place by name ("in Rais, south of Algiers, according to ...; other
        sources ...") or a few words of the scene ("in Saturday's attack; the hospital said 19");
        else ``k``."""
        place = self._past_place(k)
        if place != k and place < len(self.items) and self.items[place].text in (",", ";"):
            return place
        return self._past_scene(k)

    def _past_scene(self, k: int) -> int:
        """The comma or semicolon closing where or when the figure's people were hurt, when a
        preposition opens it at ``k`` ("16 were injured in Saturday's attack; the hospital said
        19"), or the clause of the attack that "when" opens ("13 were killed when gunmen opened fire
        at a wedding in Kunduz; later counts put the dead at 14"): a few words with no figure in
        them; else ``k``."""
        items = self.items
        if k >= len(items) or items[k].low not in _SCENE_OPENERS:
            return k
        reach = _WHEN_REACH if items[k].low == "when" else _SCENE_REACH
        end = next((j for j in range(k + 1, min(k + reach, len(items))) if not (items[j].is_word or items[j].text in ("'s", "’s"))), len(items))
        if end >= len(items) or items[end].text not in (",", ";") or any(item.is_count for item in items[k:end]):
            return k
        return end

    def _source_verb(self, k: int) -> bool:
        """Whether the item at ``k`` is a verb of a source's figure: "said", "put", or "reach"
        after estimates ("other estimates reach 3,000")."""
        items = self.items
        if k >= len(items):
            return False
        return items[k].low in _SOURCE_VERBS or (items[k].low in _REACHING and items[k - 1].low in _ESTIMATES)

    def _past_place(self, k: int) -> int:
        """Past the place named at ``k`` after a figure, as a list entry tells it before the next
        source's figure: "killed 98 villagers in Rais, south of Algiers, according to the
        government; other sources put the toll at 300", "in the siege of Tel al-Zaatar; other
        estimates reach 3,000"; else ``k``."""
        items = self.items
        if k + 1 >= len(items) or items[k].low not in _PLACE_PREPOSITIONS:
            return k
        name = k + 1
        if [item.low for item in items[k + 1 : k + 4 : 2]] == ["the", "of"]:
            name = k + 4  # "in the village of El Aro"
        if name >= len(items) or not items[name].is_cap:
            return k
        end = self._past_name(name)
        if end + 3 < len(items) and items[end].text == "," and items[end + 1].low in _DIRECTIONS:
            if items[end + 2].low == "of" and items[end + 3].is_cap:
                return self._past_name(end + 3)
        return end

    def _past_name(self, k: int) -> int:
        """The item after the words of the name from ``k`` on: capitalised, or a particle ("Tel
        al-Zaatar", "Sidi el-Kebir")."""
        items = self.items
        while k < len(items) and (items[k].is_cap or items[k].low.split("-")[0] in NAME_PARTICLES):
            k += 1
        return k

    def _second_source_figure(self, frame: Frame) -> None:
        """ "The monitor reported four deaths, while Radio Marun reported six", "Reuters put the
        toll at 12, AFP at 15", "Wafa reported five killed, and Shehab seven": a second source's
        figure for the frame's one group of people, its noun left out, is the top (or the
        bottom) of one figure's range; so are a third's and more after it ("Al Jazeera reported
        11 dead, Shehab 13 and Wafa 12", "Qasioun said 6 were killed and Baladi News said 7")."""
        if len(frame.victims) != 1 or frame.victims[0].subset:
            return
        victim = frame.victims[0]
        k = self._past_attribution(self._past_where(max(frame.trigger[1], victim.last) + 1))
        figures: list[tuple[int, int]] = []  # each source's bottom and top
        while (told := self._gapped_source_figure(frame, k, bool(figures))) is not None:
            k, estimates, quantity = told
            low, high = sorted((victim.count, quantity.value))
            if high > (_ESTIMATES_APART if estimates else _SOURCES_APART) * low:
                return  # "12 were killed, while the ministry put the toll at 40,000": a war's toll, not this one
            figures.append((quantity.value, max(quantity.value, quantity.value_max or 0)))
            k += 1
        if figures:
            low = min(victim.count, *(bottom for bottom, _ in figures))
            top = max(victim.count, victim.count_max or 0, *(high for _, high in figures))
            victim.count, victim.count_max = low, top if top > low else None

    def _gapped_source_figure(self, frame: Frame, k: int, after_one: bool) -> tuple[int, bool, Quantity] | None:
        """The next source's figure with its noun left out, from the link at ``k`` (", while
        Radio Marun reported", ", AFP at", " and Wafa"): the figure's index, whether the source
        is an estimate, and its quantity; after another such figure (``after_one``) only one
        told alike ("Shehab 13 and Wafa 12"); after "and" at first, only with its verb ("and
        Baladi News said 7")."""
        items = self.items
        linked = k < len(items) and (items[k].text in (",", ";") or items[k].low in ("while", "whereas", "and"))
        if k + 2 >= len(items) or not linked:
            return None
        anded = items[k].low == "and" and not after_one
        k += 2 if items[k + 1].low in _SOURCE_LINKS else 1
        source = k
        while k < len(items) and k - source < 8 and self._source_word(k) and not self._told_by_verb(k) and items[k].low != "at":
            k += 1
        estimates = k > source and items[k - 1].low in _ESTIMATES
        if k == source or k >= len(items) or any(self._not_of_a_source(j) for j in range(source, k)):
            if not (estimates and k == source + 2 and items[source].low == "some"):
                return None  # not "killed in Kabul, and in Herat 3", "died, most of them 3"
        if anded and not self._source_verb(k):
            return None  # "and Baladi News said 7", not "and Ahmad Saleh, 45,"
        if any(items[j].low in RECEIVING for j in range(source, k)):
            return None  # ", and Nasser hospital received 7": a hospital's share of the wounded (hospital_shares)
        if self._of_another_outcome(frame, source, k):
            return None  # "killing 31; the number of injured was put at 94": the subject, not a source
        if self._source_verb(k):
            k += 1
            while k < len(items) and items[k].low in _SOURCE_OBJECTS:
                if self._of_another_outcome(frame, k, k + 1):
                    return None  # "12 wounded; the Red Cross put the dead at 5": not the wounded's figure
                k += 1
            k += 1 if k < len(items) and items[k].low == "at" else 0
        elif items[k].low == "at" and (frame.word in TOLL_WORDS or self._put_at(frame.victims[0].first)):
            k += 1  # ", AFP at 15" only after "put the toll at 12" or "put the number of injured at 12"
        elif not (after_one or any(item.low in _SOURCE_VERBS for item in items[: frame.victims[0].first])):
            return None  # ", and Shehab seven" only after "Wafa reported"
        quantity = items[k].quantity if k < len(items) and items[k].is_count else None
        if quantity is None or (k + 1 < len(items) and items[k + 1].text not in (".", ",", ";") and items[k + 1].low != "and"):
            return None
        return k, estimates, quantity

    def _of_another_outcome(self, frame: Frame, start: int, end: int) -> bool:
        """Whether the words from ``start`` to ``end`` name the harmed of another outcome than the
        frame's ("the dead", "the number of injured"): whose figure is not the frame's."""
        return any(_OBJECT_OUTCOMES.get(item.low, frame.outcome) != frame.outcome for item in self.items[start:end])

    def _told_by_verb(self, k: int) -> bool:
        """Whether the item at ``k`` is the verb of the source's figure, not a noun of its name
        before that verb: "other reports put the number at five" (its verb "put", not "reports")."""
        items = self.items
        if not self._source_verb(k):
            return False
        return not (items[k].low in _ESTIMATES and k + 1 < len(items) and self._source_verb(k + 1))

    def _put_at(self, first: int) -> bool:
        """Whether the people at ``first`` are told as a figure something is put at: "put the number
        of injured at 12"."""
        return first > 0 and self.items[first - 1].low == "at"

    def _source_word(self, k: int) -> bool:
        """Whether the item at ``k`` may be a word of a source's name: a word, or the number of
        one source among others ("a third reported eight", "one other source reported 15")."""
        items = self.items
        if items[k].is_word:
            return True
        return items[k].text.lower() in _NUMBERED_SOURCES and k > 0 and items[k - 1].low in _SOURCE_LINKS | {"a"}

    def _not_of_a_source(self, j: int) -> bool:
        """Whether the word at ``j`` tells no source: a preposition or pronoun ("in Herat 3",
        "most of them 3"), unless it is inside a capitalised name ("the Syrian Network for Human
        Rights", "the Ministry of Health")."""
        items = self.items
        if items[j].low not in _NO_SOURCE:
            return False
        inside = items[j].low in ("of", "for") and 0 < j < len(items) - 1 and items[j - 1].is_cap and items[j + 1].is_cap
        return not inside

    def _past_source_aside_left(self, k: int) -> int:
        """Before the comma at ``k`` closing a source set between counted people and their verb
        ("Eleven people, police said, were wounded", "at least 11 others, according to the
        ministry, were injured", "11 others, based on images, were injured"): the people's last
        item; else ``k``."""
        items = self.items
        if k < 3 or items[k].text != ",":
            return k
        open_ = next((j for j in range(k - 2, max(0, k - 9), -1) if not items[j].is_word), -1)
        if open_ < 1 or items[open_].text != ",":
            return k
        said = items[k - 1].low in _ASIDE_SOURCE_VERBS
        told_by = [item.low for item in items[open_ + 1 : open_ + 3]] in (["according", "to"], ["based", "on"])
        if not (said or told_by) or not (items[open_ - 1].is_count or self.people_word(open_ - 1)):
            return k
        return open_ - 1
