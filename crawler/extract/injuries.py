"""The hurt told by their injuries or their care, read for ``tallies``.

People "hospitalised" or "taken to hospital" are wounded, counted only in a text that counts no
wounded otherwise; so are those who "suffered injuries", were "treated for wounds" or "shot in the
leg".  "Five people were shot, two of them fatally" counts two dead and three wounded; so do "Five
people were shot and two of them died" and "Gunmen shot five people, killing two" (bare "shot" is
no outcome; one told after it splits those shot).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from crawler.extract.event_words import ILLNESSES
from crawler.extract.outcomes import ACTIVE, INTRANSITIVE, NOUNS, PARTICIPLES
from crawler.extract.records import Outcome
from crawler.extract.tally_frames import Frame, FrameReader
from crawler.extract.victims import Victim
from crawler.extract.word_classes import ADVERBS, AUX, PREPOSITIONS

# "shot in the leg": where a shot that only wounded hit.
LIMBS = frozenset("leg legs arm arms foot feet hand hands shoulder shoulders thigh thighs knee knees ankle ankles".split())
# What a person maimed lost, besides an arm or a leg: "lost his sight", "lost both eyes".
_LOST_PARTS = frozenset("eye eyes sight limb limbs fingers".split())
# "suffered light to moderate injuries", "received serious wounds": the verb, a few words of how
# bad, then the injuries.
SUFFERING = frozenset("suffered suffering sustained sustaining received receiving nursing".split())
# "suffered burns", "treated for burns": burns are injuries too (the verb "burns" is left to
# ``to_death``: "burns them alive").
INJURY_NOUNS = frozenset("injuries injury wounds wound burns".split())
# Care given to the hurt, before "with" or "for" and their injuries: "treated for injuries"; and
# the hurt who got away, lived or were left so: "nine passengers escaped with minor injuries", "the
# father survived with burns", "six people were left with serious injuries".
_CARED_FOR = frozenset(
    """treated hospitalized hospitalised admitted taken rushed evacuated airlifted transported brought
    escaped survived left""".split()
)
# Who got care: "received treatment for injuries"; who gave it: "medics treated 30 people for wounds".
_RECEIVED = frozenset("received receiving receive receives given needed required".split())
_NEEDED = frozenset({"needed", "required"})  # "eight people needed treatment"
_TREATING = frozenset("treated treating treat treats".split())
# Where the hurt are given first aid: "treated at the scene for minor injuries".
_SCENES = frozenset({"scene", "spot", "site"})
# The death of people cared for: "who were being treated for burns died on Monday".
_DYING = frozenset("died succumbed".split())
# People taken to hospital after an attack were hurt ("Twelve people were hospitalised after the
# bombing"); such a figure stands for the wounded only in a text that counts no wounded otherwise,
# of whom the hospitalised are often a part ("20 were injured; 12 were taken to hospital").
HOSPITAL = frozenset({"hospital", "hospitals", "hospitalised", "hospitalized"})
# Plain words that may name a hospital after "the" or "a": "the local hospital", "a nearby hospital".
_HOSPITAL_WORDS = frozenset(
    "local nearby nearest main city district regional provincial state specialist teaching field military general same".split()
)
# Kinds of treatment received: "received medical treatment", "received hospital treatment".
_KINDS_OF_CARE = frozenset("medical hospital emergency".split())
# An illness the people in hospital are there with, not a wound: "twelve people were admitted to hospital
# with food poisoning", "taken to hospital with suspected cholera", "hospitalised with heatstroke" (not
# "with gunshot wounds", "with burns", "for shock").
_WITH_AN_ILLNESS = re.compile(
    rf"\s+(?:with|for)\s+(?:(?:suspected|acute|severe|mild)\s+)?(?:{ILLNESSES}|(?:food|mushroom|alcohol)\s+poisoning"
    r"|heat\s?stroke|dehydration|fever)\b",
    re.IGNORECASE,
)
_TAKEN_TO = frozenset("taken rushed admitted evacuated transported airlifted brought".split())
# The two words before "(the) hospital" that put people there: "taken to", "treated in", "treated at".
_TO_HOSPITAL = frozenset({*(("to", taken) for taken in _TAKEN_TO), ("in", "treated"), ("at", "treated")})
HOSPITALISED = "hospitalised"
# The outcome of each one-word outcome verb or participle ("died", "killing", "wounded").
_KILLED_ALONE: dict[str, Outcome] = {
    word: outcome
    for lexicon in (PARTICIPLES, INTRANSITIVE, ACTIVE)
    for word, outcome in lexicon.items()
    if " " not in word
}
# People told in a critical or serious condition were hurt ("Three officers were in critical
# condition after the shooting"); like the hospitalised, they stand for the wounded only in a text
# that counts no wounded otherwise ("20 were injured; three are in critical condition").
IN_CONDITION = "in condition"
# People a projectile hit were hurt ("Three protesters were hit by rubber bullets", "his wife was
# hit in the head by shrapnel", "his daughter was hit in the arm"); a hit may kill, so like the
# hospitalised they stand for the wounded only in a text that counts no wounded otherwise.
HIT_BY = "hit by a projectile"
HITTING = frozenset({"hit", "struck"})
PROJECTILES = frozenset("shrapnel bullet bullets pellets fragments birdshot canister canisters splinters".split())
# People an attack left hurt, told in a clause after it: "stabbed him, leaving him with light wounds",
# "beat three detainees, leaving them with broken ribs", "leaving four people with broken bones and
# cuts"; they may be counted before, so like the hospitalised they stand for the wounded only in a
# text that counts no wounded otherwise.
LEFT_WITH_WOUNDS = "left with wounds"
_ONE_LEFT = frozenset({"him", "her"})
_DEADLY = frozenset({"fatal", "mortal"})
# The hurts people are left with besides ``INJURY_NOUNS``, and the words that make a bone or a limb
# one ("broken ribs", "a fractured skull").
LEFT_HURTS = frozenset("bruises bruising cuts fractures lacerations gashes concussion concussions".split())
BROKEN = frozenset({"broken", "fractured", "shattered"})
_LEFT_HURT_WORDS = 4  # the most words from "with" to the hurt: "with a badly broken jaw"
# Outcome verbs that also name a kind of wound before the injury noun: "treated for stab wounds",
# "leaving him with stabbing wounds".
_STAB = frozenset({"stab", "stabbing"})  # "leaving him with fatal wounds": no wound but his death
STAND_INS = frozenset({HOSPITALISED, IN_CONDITION, HIT_BY, LEFT_WITH_WOUNDS})
# Survivors rescued from a building brought down: "was pulled alive from the rubble".
_RUBBLE = frozenset("rubble debris ruins wreckage".split())
_RESCUED = frozenset("pulled rescued dug extracted retrieved freed recovered".split())
_CONDITIONS = frozenset("critical serious grave".split())
_STAYING = frozenset("remain remains remained listed".split())
# How badly, said once for each of two counts before one participle: "two were seriously and
# five lightly wounded".
# What follows "burned" when it tells no injury: "burned to death", "burned alive", "burned down",
# "burned beyond recognition" (a body).
_BURNED_ON = frozenset("to alive down out beyond".split())
_SEVERITIES = frozenset("seriously critically severely gravely badly lightly slightly moderately mildly".split())


# Whose bodies a second verb disposes of after a shooting: "and dumped their bodies", "his body".
_WHOSE_BODY = frozenset({"their", "the", "his", "her"})


def _is_name(word: str) -> bool:
    """Whether a word may be (part of) a hospital's name: capitalised ("Mayo"), or an Arabic name
    after its article ("al-Jumhuri", "el-Galaa")."""
    return word[:1].isupper() or (word[:3].lower() in ("al-", "el-") and word[3:4].isupper())

class Injuries(FrameReader):
    """Reads the people a sentence tells hurt by their wounds, their care or where they were shot."""

    # The people counted before "them" (``tallies``): "beat three detainees, leaving them with".
    _counted_antecedent: Callable[[int], list[Victim]]

    def _drop_hospitalised_told_otherwise(self) -> None:
        """ "Four people were rushed to hospital and later died": people taken to hospital whom
        another outcome word of the sentence is about have that outcome, not a wound."""
        if all(f.word not in STAND_INS for f in self.frames):
            return  # (speed) most sentences
        told = {k for f in self.frames if f.word not in STAND_INS for v in f.victims for k in range(v.first, v.last + 1)}
        self.frames = [
            f for f in self.frames
            if f.word not in STAND_INS or not any(k in told for v in f.victims for k in range(v.first, v.last + 1))
        ]  # fmt: skip

    def _first_of_two_severities(self, frame: Frame) -> None:
        """ "Two were seriously and five lightly wounded", "four soldiers were critically and nine
        slightly injured": the people of the first degree, their participle left out, were hurt
        too."""
        items = self.items
        if frame.outcome != "wounded" or not frame.victims:
            return
        k = frame.victims[0].first - 1
        if k < 3 or items[k].low != "and" or items[k - 1].low not in _SEVERITIES:
            return
        k -= 2
        while k >= 0 and items[k].low in AUX:
            k -= 1
        if k < 0 or not (items[k].is_count or self.people_word(k)):
            return  # "were seriously and five lightly wounded": no figure, nor people, before
        frame.victims[:0] = self.list_left(k, False, False)

    def _lost_a_limb(self, i: int) -> bool:
        """ "A man lost his leg in the blast", "two children lost their legs", "a boy lost both
        hands": the people before "lost" were wounded, maimed, when a limb or their sight is what
        they lost."""
        items = self.items
        k = i + 1
        if k < len(items) and items[k].low in ("his", "her", "their", "both", "a", "an", "one"):
            k += 1
        if k < len(items) and items[k].low in ("right", "left", "lower", "upper"):
            k += 1
        if k >= len(items) or not (items[k].low in _LOST_PARTS or items[k].low in LIMBS) or k == i + 1:
            return False
        frames = len(self.frames)
        self._left("wounded", "lost a limb", i, k)
        return len(self.frames) > frames

    def _second_of_two_severities(self, frame: Frame) -> None:
        """ "Four people were lightly injured and one moderately", "two soldiers were seriously
        wounded and three slightly": the count after "and" with its own degree, its participle left
        out, was hurt too."""
        items = self.items
        first, last = frame.trigger
        if frame.outcome != "wounded" or not frame.victims or first < 1 or items[first - 1].low not in _SEVERITIES:
            return
        k = last + 1
        if k + 2 >= len(items) or items[k].low != "and" or not items[k + 1].is_count or items[k + 2].low not in _SEVERITIES:
            return
        if k + 3 < len(items) and items[k + 3].is_word and items[k + 3].low not in ("in", "on", "at", "by"):
            return  # "... and two slightly injured civilians": a figure of its own
        victim = self.victim(k + 1, k + 1, count_at=k + 1)
        if victim is not None:
            frame.victims.append(victim)

    def _fatal_part(self, frame: Frame) -> None:
        """ "The blast injured 20 people, three of them fatally", "five were wounded, two of them
        fatally": the part hurt fatally was killed, the rest of them wounded."""
        items = self.items
        if frame.outcome != "wounded":
            return
        for part in frame.victims:
            fatally = part.last + 1
            if not part.subset or part.parent is None or fatally >= len(items) or items[fatally].low != "fatally":
                continue
            whole = frame.victims[part.parent]
            if whole.count_max is not None or part.count >= whole.count:
                continue
            whole.count -= part.count
            frame.victims.remove(part)
            self.frames.append(Frame("killed", "fatally", (fatally, fatally), [Victim(part.first, fatally, part.count)]))
            return

    def _hospitalised(self, i: int) -> None:
        """ "Twelve people were hospitalised", "five people were taken to (the) hospital", "18
        others are being treated in hospital": the people before the verb, as wounded
        (``find_tallies`` keeps them only in a text with no other count of wounded)."""
        items = self.items
        verb = i
        if items[i].low in ("hospital", "hospitals"):
            verb = self._hospital_link(i)
            if verb >= 1 and items[verb].low == "in" and self._still_in(verb - 1):
                self._cared_for_left(HOSPITALISED, verb - 1, verb - 1)
                return
            if verb < 1 or (items[verb].low, items[verb - 1].low) not in _TO_HOSPITAL:
                return
            verb -= 1
        if verb < 1 or not (items[verb - 1].low in AUX or self._auxiliary_left_out(verb) or self._fronted_total(verb)):
            return  # passive only: "were hospitalised"; not "the hospitalised" nor "took him to hospital"
        if _WITH_AN_ILLNESS.match(self.text, items[i].end):
            return  # the sick, not the hurt: "admitted to hospital with food poisoning"
        self._cared_for_left(HOSPITALISED, verb, verb)

    def _fronted_total(self, verb: int) -> bool:
        """ "Of the 77 victims taken to hospital, 69 died", "Of the 50 people rushed to hospital
        after the attack, 12 died of their wounds": a count of people the participle at ``verb``
        tells in care, fronted after "Of the" at the sentence's start, is a total of the wounded
        whose part is told after it (the dead of them are taken out by ``restatements``)."""
        items = self.items
        return verb == 4 and [item.low for item in items[:2]] == ["of", "the"] and items[2].is_count and self.people_word(3)

    def _auxiliary_left_out(self, verb: int) -> bool:
        """ "Three people were killed and 25 hospitalised", "left 3 dead and 25 others taken to
        hospital": counted people after "and" and a figure told before in the sentence, the
        verb's auxiliary left out as the figure before it has it."""
        items = self.items
        k = verb - 1
        if k >= 1 and items[k].low in ("others", "people", "more") and items[k - 1].is_count:
            k -= 1
        return k >= 1 and items[k].is_count and items[k - 1].low == "and" and bool(self.frames)

    def _still_in(self, k: int) -> bool:
        """Whether the words ending at ``k`` tell people stay where they are: "remain (in
        hospital)", "were still (in hospital)", "remained"."""
        items = self.items
        if items[k].low == "still" and k >= 1:
            k -= 1
            return items[k].low in AUX or items[k].low in _STAYING
        return items[k].low in _STAYING

    def _as_many_as_before(self, outcome: Outcome, word: str, first: int, last: int) -> bool:
        """ "Eight civilians were killed and as many wounded", "and at least as many injured": the
        people of the outcome word at ``first..last`` are as many as the people of the frame before
        (at least so many after "at least").  Whether they were read."""
        items = self.items
        many = first - 1
        while many > 0 and items[many].low in AUX:
            many -= 1  # "and as many were injured"
        if many < 3 or items[many].low != "many" or items[many - 1].low != "as" or not self.frames:
            return False
        opening = many - 3 if [item.low for item in items[many - 3 : many - 1]] == ["at", "least"] else many - 1
        if opening < 1 or items[opening - 1].low not in ("and", ","):
            return False
        before = [v for v in self.frames[-1].victims if not v.subset]
        if not before or before[-1].last >= opening or any(v.count_max is not None for v in before):
            return False
        qualifier = "at_least" if opening < many - 1 else before[0].qualifier
        self.frames.append(Frame(outcome, word, (first, last), [Victim(opening, many, sum(v.count for v in before), qualifier)]))
        return True

    def _needed_treatment(self, i: int) -> None:
        """ "Eight people needed treatment after the blast", "14 people required hospital
        treatment", "17 others were receiving treatment": the people before the verb, as wounded
        (kept as the hospitalised are)."""
        items = self.items
        verb = i - 2 if i >= 2 and items[i - 1].low in ("hospital", "medical") else i - 1
        if verb >= 1 and (items[verb].low in _NEEDED or self._being_given(verb)):
            self._cared_for_left(HOSPITALISED, verb - 1 if items[verb - 1].low == "still" else verb, i)

    def _being_given(self, verb: int) -> bool:
        """Whether ``verb`` is "receiving" after an auxiliary: "17 others were receiving treatment",
        "four are still receiving medical treatment" (people in care, as those who needed it)."""
        items = self.items
        k = verb - 1
        if k >= 1 and items[k].low == "still":
            k -= 1
        return items[verb].low == "receiving" and k >= 1 and items[k].low in AUX

    def _in_condition(self, i: int) -> None:
        """ "Three officers were in critical condition", "two children remain in a serious
        condition": the people before the verb, as wounded (kept as the hospitalised are)."""
        items = self.items
        k = i - 1
        if k < 2 or items[k].low not in _CONDITIONS:
            return
        k -= 2 if items[k - 1].low in ("a", "an") else 1
        if k < 1 or items[k].low != "in":
            return
        frames = len(self.frames)
        if items[k - 1].low in AUX or items[k - 1].low in _STAYING:
            self._cared_for_left(IN_CONDITION, k - 1, i)
        elif (rescued := self._rescued_from_rubble(k - 1)) is not None:
            self._cared_for_left(IN_CONDITION, rescued, i)
        if len(self.frames) > frames and self._one_more_hurt(self.frames[-1]):
            self.frames[-1].word = "also in condition"

    def _one_more_hurt(self, frame: Frame) -> bool:
        """ "His wife, Rania, was injured, and a neighbour, Ali Saleh, was in critical condition":
        one person in a critical condition after ", and" and a clause of people hurt one by one is
        one more of them, not one of them again (as after "20 were injured" it would be)."""
        items = self.items
        first = frame.victims[0].first
        if first < 2 or items[first - 1].low != "and" or items[first - 2].text != "," or sum(v.count for v in frame.victims) != 1:
            return False
        hurt = [v for f in self.frames[:-1] if f.outcome == "wounded" and f.word not in STAND_INS for v in f.victims]
        return bool(hurt) and hurt[-1].last < first - 2 and all(v.count == 1 and not v.subset for v in hurt)

    def _rescued_from_rubble(self, k: int) -> int | None:
        """ "was pulled from the rubble (alive)", "was rescued alive from the debris" ending at
        ``k``, before how the survivor was ("in critical condition", "with injuries"): the verb of
        the rescue after its auxiliary, None when no such phrase ends there."""
        items = self.items
        k -= 1 if k >= 0 and items[k].low == "alive" else 0
        if k < 4 or items[k].low not in _RUBBLE or items[k - 1].low not in ("the", "a") or items[k - 2].low != "from":
            return None
        verb = k - 4 if items[k - 3].low == "alive" else k - 3
        if verb < 1 or items[verb].low not in _RESCUED or items[verb - 1].low not in AUX:
            return None
        return verb

    def _cared_for_left(self, word: str, verb: int, last: int) -> None:
        """The people before ``verb`` told in care (up to ``last``), as wounded; not the dead or the wounded told
        again ("12 bodies were taken to hospital", "injured others were taken to hospital", "the
        three injured were in critical condition"), nor people not counted ("others")."""
        items = self.items
        frames = len(self.frames)
        self._left("wounded", word, verb, last)
        if len(self.frames) > frames and any(
            victim.qualifier == "vague"
            or any(item.low in NOUNS or item.low in PARTICIPLES for item in items[max(0, victim.first - 1) : victim.last + 1])
            for victim in self.frames[-1].victims
        ):
            self.frames.pop()

    def _hit_by_a_projectile(self, i: int) -> None:
        """ "Three protesters were hit by rubber bullets", "five people were struck by shrapnel",
        "his wife was hit in the head by shrapnel", "and 11 others hit by shrapnel", "his daughter
        was hit in the arm": the people before the passive "hit" (``i``), as wounded (kept as the
        hospitalised are); not what a strike hit ("the house was hit by shrapnel": no people),
        nor those a bomb or a car hit."""
        items = self.items
        k, limb = i + 1, False
        if k + 2 < len(items) and items[k].low == "in" and items[k + 1].low in ("the", "his", "her", "their"):
            k += 2
            limb = self._limb_at(k)
            k += 2 if items[k].low in ("right", "left", "upper", "lower") else 1
        if k < len(items) and items[k].low == "by":
            last = next((j for j in range(k + 1, min(k + 5, len(items))) if items[j].low in PROJECTILES
                         or not items[j].is_word), None)  # fmt: skip
            if last is None or items[last].low not in PROJECTILES:
                return
        elif limb:
            last = k - 1
        else:
            return
        verb = i - 1 if i >= 2 and items[i - 1].low in ADVERBS else i
        if verb >= 1 and (items[verb - 1].low in AUX or self._auxiliary_left_out(verb)):
            self._cared_for_left(HIT_BY, verb, last)

    def _shot_in_a_limb(self, i: int) -> bool:
        """ "A man was shot in the leg", "soldiers shot two protesters in the legs": shot in an arm
        or a leg, the people were wounded (shot in the head or chest may be either)."""
        items = self.items
        limb = next((j for j in range(i + 1, min(i + 9, len(items) - 2))
                     if items[j].low == "in" and items[j + 1].low in ("the", "his", "her", "their", "both")
                     and self._limb_at(j + 2)), None)  # fmt: skip
        if limb is None or any(item.text in ",;:()" for item in items[i + 1 : limb]):
            return False
        if limb == i + 1:
            self._left("wounded", "shot", i, i)
            return True
        victims = [v for v in self.list_right(i + 1, object_position=True) if v.last < limb]
        if victims:
            self.frames.append(Frame("wounded", "shot", (i, i), victims))
        return bool(victims)

    def _shot_some_fatally(self, i: int) -> bool:
        """ "Five people were shot, two of them fatally", "four men were shot, one fatally", "two
        people were shot, both fatally": those shot fatally were killed, the others wounded, when
        those shot have a number ("At least 40 protesters were shot, 14 of them fatally": 26); a
        vague amount leaves the rest untold ("Dozens of protesters were shot, 14 of them fatally")."""
        items = self.items
        count = i + 2
        every = count < len(items) and items[count].low in ("both", "all")
        if count + 1 >= len(items) or items[i + 1].text != "," or not (items[count].is_count or every):
            return False
        of_them = count + 2 < len(items) and items[count + 1].low == "of" and items[count + 2].low in ("them", "whom")
        fatally = count + 3 if of_them else count + 1
        if fatally >= len(items) or items[fatally].low != "fatally":
            return False
        frames = len(self.frames)
        self._left("wounded", "shot", i, i)
        if len(self.frames) == frames:
            return False
        shot = self.frames.pop()
        people = [v for v in shot.victims if not v.subset]
        total, quantity = sum(v.count for v in people), items[count].quantity
        fatal = total if every else quantity.value if quantity is not None else total + 1
        if fatal > total and (quantity is None or all(v.qualifier == "exact" for v in people)):
            return False
        first, last = people[0].first, people[-1].last
        self.frames.append(Frame("killed", "shot fatally", (fatally, fatally), [Victim(count, fatally, fatal)],
                                  group_from=(first, last)))  # fmt: skip
        if total > fatal and all(v.qualifier != "vague" for v in people):
            self.frames.append(Frame("wounded", "shot", (i, i), [Victim(first, last, total - fatal)]))
        return True

    def _part_of_those_shot_died(self, i: int) -> int:
        """ "Six of the 12 people shot outside the mosque died", "Two of the five officers shot by
        police in Dallas died in hospital": a part of those shot told dead after them and their
        place, time or shooter, read to the word of death; the rest of those shot were wounded, when
        both figures are exact.  Not "Six of the 31 demonstrators shot remain in intensive care"
        (no death told).  Returns the items read (0 when none)."""
        items = self.items
        total_at = i - 1
        while total_at > i - 4 and total_at >= 0 and items[total_at].is_word and not items[total_at].is_count:
            total_at -= 1
        part_at = total_at - 3
        if part_at < 0 or [item.low for item in items[part_at + 1 : total_at]] != ["of", "the"]:
            return 0
        part, total = items[part_at].quantity, items[total_at].quantity
        if part is None or total is None or part.qualifier != "exact" or total.qualifier != "exact":
            return 0
        if part.value >= total.value or not self.people_word(total_at + 1) or self.negated_before(i):
            return 0
        died = i + 1
        while died < len(items) and items[died].is_word and _KILLED_ALONE.get(items[died].low) != "killed":
            died += 1
        if died == len(items) or not items[died].is_word or items[died].low in ("and", "all", "both"):
            return 0
        self.frames.append(Frame("wounded", "shot", (i, i), [Victim(total_at, i - 1, total.value - part.value)]))
        self.frames.append(Frame("killed", items[died].low, (died, died), [Victim(part_at, part_at, part.value)],
                                 group_from=(total_at + 1, i - 1)))  # fmt: skip
        return died - i + 1

    def _shot_then_told(self, i: int) -> int:
        """Bare "shot" is no outcome, but one told after it splits those shot: "Nine people were
        shot; all of them died" (nine dead), "Five people were shot and two of them died" (the
        other three wounded), "Gunmen shot 20 people, killing 11" (nine wounded); so does the
        participle before its count ("opened fire, shooting 112 people, 34 of them fatally").  Returns the
        items read (0 when none: "The army shot hundreds of protesters")."""
        items = self.items
        if i + 1 < len(items) and items[i + 1].is_count:
            shot = [v for v in self.list_right(i + 1, object_position=True) if not v.subset]
            after = shot[-1].last + 1 if shot else i + 1
        else:
            frames = len(self.frames)
            self._left("wounded", "shot", i, i)
            shot = [v for v in self.frames[frames:][0].victims if not v.subset] if len(self.frames) > frames else []
            del self.frames[frames:]
            after = i + 1
        total = sum(v.count for v in shot)
        if shot and total > 1 and self._part_shot_fatally(after, shot, total):
            return 1
        if shot and self._their_bodies_after(after):  # all of those shot are dead
            self.frames.append(Frame("killed", "shot", (i, i), [Victim(shot[0].first, shot[-1].last, total)]))
            return 1
        told = self._some_of_those_shot(after) if total > 1 else None
        if told is None:
            return 0
        part, died = told
        first, last = shot[0].first, shot[-1].last
        if part is None:  # "all of them died": all of those shot were killed
            self.frames.append(Frame("killed", items[died].low, (died, died), [Victim(first, last, total)]))
            return died - i + 1
        if part < total and not any(_KILLED_ALONE.get(item.low) == "wounded" for item in items[died:]):
            self.frames.append(Frame("wounded", "shot", (i, i), [Victim(first, last, total - part)]))
        return 1  # "two of them died", "killing 11": read there

    def _their_bodies_after(self, k: int) -> bool:
        """Whether a second verb of the same clause, after "and" from ``k``, disposes of the
        bodies of those shot, as reports of mass shootings tell an execution: "shot 12 men and
        dumped their bodies in a ditch", "were shot and their bodies thrown into the river", "a man
        was shot and his body left by the road"; not "shot 12 men and fled; police recovered the
        bodies"."""
        items = self.items
        joined = next((j for j in range(k, min(k + 8, len(items))) if items[j].low == "and" or items[j].text in ",;:"), None)
        if joined is None or items[joined].low != "and":
            return False
        for j in range(joined + 1, min(joined + 5, len(items) - 1)):
            if items[j].low in _WHOSE_BODY and items[j + 1].low in ("bodies", "body"):
                return True
            if not items[j].is_word:
                return False
        return False

    def _part_shot_fatally(self, k: int, shot: list[Victim], total: int) -> bool:
        """ "Gunmen shot four people, two fatally", "shot five, one of them fatally", "shot two
        men, both fatally": after those an active "shot" counts, from the comma at ``k``, the part
        shot fatally was killed and the rest wounded (as the passive "were shot, two fatally"); so
        after a phrase of place or time: "shot five people at a shopping centre on Saturday, two of
        them fatally"."""
        items = self.items
        past = self._past_where_shot(k)
        if past is None:
            return False
        k = past
        count = k + 1
        if count + 1 >= len(items) or items[k].text != ",":
            return False
        every = items[count].low in ("both", "all")
        of_them = count + 2 < len(items) and items[count + 1].low == "of" and items[count + 2].low in ("them", "whom")
        fatally = count + 3 if of_them else count + 1
        quantity = items[count].quantity if items[count].is_count else None
        if fatally >= len(items) or items[fatally].low != "fatally" or not (every or quantity is not None):
            return False
        fatal = total if quantity is None else quantity.value
        # "shot dozens of people, 58 of them fatally": a part may pass a rough figure of those shot.
        shot_exact = all(v.qualifier == "exact" for v in shot)
        if fatal > total and shot_exact or self.negated_before(k):
            return False
        first, last = shot[0].first, shot[-1].last
        self.frames.append(Frame("killed", "shot fatally", (fatally, fatally), [Victim(count, fatally, fatal)],
                                  group_from=(first, last)))  # fmt: skip
        exact = quantity is None or quantity.qualifier == "exact"
        if total > fatal and exact and shot_exact:
            self.frames.append(Frame("wounded", "shot", (k, k), [Victim(first, last, total - fatal)]))
        return True

    def _some_of_those_shot(self, k: int) -> tuple[int | None, int] | None:
        """After those shot and a short phrase of place or time from ``k``: "; all of them
        died", ", two of whom later died", "and both of them were killed", ", killing 11".  The
        part that died (None for all or both) and where its outcome word is; None when no such
        clause follows."""
        items = self.items
        past = self._past_where_shot(k)
        if past is None:
            return None
        k = past
        if k < len(items) and items[k].text in ",;":
            k += 1
        if k + 1 < len(items) and items[k].low == "killing" and items[k + 1].is_count:
            count, died = k + 1, k  # ", killing 11"
        elif self._killed_some_of_them(k):
            count, died = k + 2, k + 1  # "and killed two of them"
        else:
            k += 1 if k < len(items) and items[k].low == "and" else 0
            if k + 3 >= len(items) or items[k + 1].low != "of" or items[k + 2].low not in ("them", "whom"):
                return None
            count, died = k, k + 3
            while died < len(items) and (items[died].low in AUX or items[died].low in ADVERBS):
                died += 1
            if died >= len(items) or _KILLED_ALONE.get(items[died].low) != "killed":
                return None
        if items[count].low in ("all", "both"):
            return None, died
        quantity = items[count].quantity
        if quantity is None or not items[count].is_count or quantity.qualifier != "exact":
            return None
        return quantity.value, died

    def _past_where_shot(self, k: int) -> int | None:
        """Past a short phrase of place or time from ``k`` after those shot ("on Friday", "at a
        wedding in Kano", "outside the Republican Guard headquarters"), to the first item that is no
        plain word; None when a word of death comes first."""
        items = self.items
        while k < len(items) and items[k].is_word and items[k].low not in ("and", "all", "both"):
            if items[k].low in _KILLED_ALONE:
                return None
            k += 1
        return k

    def _killed_some_of_them(self, k: int) -> bool:
        """Whether "and killed two of them" (or "and killing ...") stands at ``k`` after those shot."""
        words = [item.low for item in self.items[k : k + 5]]
        return (
            len(words) == 5 and words[0] == "and" and words[1] in ("killed", "killing")
            and self.items[k + 2].is_count and words[3:] == ["of", "them"]
        )  # fmt: skip

    def _limb_at(self, k: int) -> bool:
        """Whether an arm or a leg is named at ``k``, perhaps after its side ("right leg")."""
        items = self.items
        if items[k].low in ("right", "left", "upper", "lower") and k + 1 < len(items):
            k += 1
        return items[k].low in LIMBS

    def _burned_people(self, i: int) -> bool:
        """ "Four people were badly burned when attackers threw a petrol bomb", "Three children were
        burnt": people burned, told in the passive right after their people word, were hurt, as
        those who "suffered burns" (``_suffered_injuries``).  Not "burned to death" or "burned
        alive" (killed: ``outcomes``), nor the dead's bodies, nor what is no people ("Nine houses were
        burned", "Dozens of buildings burned").  Whether it read them."""
        items = self.items
        if i + 1 < len(items) and items[i + 1].low in _BURNED_ON:
            return False
        aux = i - 2 if i >= 2 and items[i - 1].low in _SEVERITIES else i - 1
        if aux < 1 or items[aux].low not in AUX or not self.people_word(aux - 1) or NOUNS.get(items[aux - 1].low) == "killed":
            return False  # not the dead's: "the driver's body was burned beyond recognition"
        before = len(self.frames)
        self._left("wounded", items[i].low, aux, i)
        return len(self.frames) > before

    def _suffered_injuries(self, i: int) -> int:
        """ "Five people suffered light to moderate injuries", "two soldiers received serious
        wounds": the people before the verb were hurt.  Up to four plain words between."""
        items = self.items
        for j in range(i + 1, min(i + 6, len(items))):
            if items[j].low in INJURY_NOUNS:
                self._left("wounded", f"{items[i].low} {items[j].low}", i, j)
                return j - i + 1
            if not items[j].is_word or items[j].low in PREPOSITIONS and items[j].low != "to":
                break
        return 1

    def _to_hospital(self, i: int) -> int:
        """ "killing nine people and sending another 29 to hospital": the people sent to hospital
        by the attack were hurt.  Only counted people right after the verb, then "to (the)
        hospital(s)"."""
        items = self.items
        if i + 1 >= len(items) or not (items[i + 1].is_count or items[i + 1].low in ("another", "a")):
            return 1
        victims = self.list_right(i + 1, object_position=True)
        if not victims:
            return 1
        after = victims[-1].last + 1
        words = [item.low for item in items[after : after + 3]]
        if words[:1] == ["to"] and ("hospital" in words[1:] or "hospitals" in words[1:]):
            self.frames.append(Frame("wounded", "sent to hospital", (i, i), victims))
            return after - i
        return 1

    def _with_injuries(self, i: int) -> bool:
        """ "Three others with injuries were taken to hospital", "15 people were treated for
        injuries", "seven were hospitalised with serious wounds", "caused injuries to 15 others":
        the people with the injuries, or given them, were hurt."""
        items = self.items
        if items[i].low not in INJURY_NOUNS:
            return False
        if i + 2 < len(items) and items[i + 1].low == "to" and items[i + 2].is_count:
            victims = self.list_right(i + 2, object_position=True)
            if victims:
                self.frames.append(Frame("wounded", "injuries to", (i, i + 1), victims))
            return bool(victims)
        j = self._before_complaints(i - 1, i - 3)
        if j >= 1 and items[j].low == "and":
            j = self._before_complaints(j - 1, j - 4)  # "treated for shock and minor burns"
        if j < 1 or items[j].low not in ("with", "for"):
            return False
        care = j - 1
        # "taken to (the) hospital with injuries", "treated in hospital for burns"
        if items[care].low in ("hospital", "hospitals"):
            link = self._hospital_link(care)
            care = link - 1 if link >= 1 and items[link].low in ("to", "in", "at") else care
        care = self._past_the_scene(care)
        if (rescued := self._rescued_from_rubble(care)) is not None:
            self._left("wounded", f"rescued {items[j].low} {items[i].low}", rescued, i)
            return True
        if items[care].low == "treatment":  # "received (medical) treatment for their injuries"
            kind = 1 if care >= 2 and items[care - 1].low in _KINDS_OF_CARE else 0
            care -= kind + 1 if care > kind and items[care - kind - 1].low in _RECEIVED else 0
        if items[j].low == "for" and self._treated_people(care, j, i):
            return True
        if care >= 0 and (items[care].low in _CARED_FOR or items[care].low in _RECEIVED):
            if self._cared_for_until_death(care, i):
                return False
            self._left("wounded", f"{items[care].low} {items[j].low} {items[i].low}", care, i)
        elif items[j].low == "with" and (items[care].is_count or items[care].low in ("others", "people", "persons")):
            self._left("wounded", f"with {items[i].low}", j, i)
        else:
            return False
        return True

    def _left_with_hurts(self, leaving: int) -> int:
        """ "leaving him with light stab wounds", "leaving them with broken ribs", "leaving six
        passengers with head injuries": the people after "leaving" at ``leaving`` ("him" or "her"
        one person, "them" those counted before it in the sentence) hurt (a stand-in, see
        ``LEFT_WITH_WOUNDS``); how many items the phrase runs to, 0 for none (not "leaving him with
        fatal wounds" nor "leaving four families homeless")."""
        items = self.items
        first = leaving + 1
        if first >= len(items):
            return 0
        if items[first].low in _ONE_LEFT:
            victims, last = [Victim(first, first, 1)], first
        elif items[first].low == "them":
            victims, last = self._counted_antecedent(first), first
        else:
            victims = self.list_right(first, object_position=True)
            last = victims[-1].last if victims and victims[0].first == first and not victims[0].subset else -1
        if not victims or last < 0 or last + 1 >= len(items) or items[last + 1].low != "with":
            return 0
        hurt = self._hurt_after(last + 1)
        if hurt is None:
            return 0
        self.frames.append(Frame("wounded", LEFT_WITH_WOUNDS, (leaving, hurt), victims))
        return hurt - leaving + 1

    def _hurt_after(self, with_: int) -> int | None:
        """Where the hurt is told after "with" at ``with_`` ("with bruises", "with light stabbing
        wounds", "with a broken jaw"), past plain words of how bad; None for none or a deadly one."""
        items = self.items
        for k in range(with_ + 1, min(len(items), with_ + 1 + _LEFT_HURT_WORDS)):
            low = items[k].low
            if low in INJURY_NOUNS or low in LEFT_HURTS or items[k - 1].low in BROKEN:
                return k
            if not items[k].is_word or low in _DEADLY or not (low in _STAB or low in BROKEN or self.np_internal(k)):
                return None
        return None

    def _hospital_link(self, k: int) -> int:
        """The word before "hospital" at ``k`` and the words that name it ("to hospital", "at
        the local hospital", "in a nearby hospital", "at Al-Shifa Hospital"): up to two plain
        words after "the" or "a", or a name of up to two words; -1 when none fits."""
        items = self.items
        j = k - 1
        while j >= 0 and j > k - 3 and items[j].is_word and items[j].low not in ("the", "a", "to", "in", "at") and (
            items[j].low in _HOSPITAL_WORDS or _is_name(items[j].text)
        ):
            j -= 1
        if j < k - 1 and items[j].low not in ("the", "a") and not _is_name(items[j + 1].text):
            return -1  # "to surgery hospital": a plain word before "hospital" needs its article
        if j >= 0 and items[j].low in ("the", "a"):
            j -= 1
        return j

    def _past_the_scene(self, care: int) -> int:
        """ "40 people were treated at the scene for minor injuries", "treated on the spot for
        cuts": before the place of first aid ending at ``care``, the verb of care (``care`` else)."""
        items = self.items
        if care >= 3 and items[care].low in _SCENES and items[care - 1].low == "the" and items[care - 2].low in ("at", "on"):
            return care - 3
        return care

    def _cared_for_until_death(self, care: int, injuries: int) -> bool:
        """ "Two boys who were being treated for burns died on Monday": the care told in a
        relative clause of people whose own verb, after it, is their death."""
        items = self.items
        k = care - 1
        while k >= 0 and items[k].low in AUX:
            k -= 1
        if k < 0 or items[k].low not in ("who", "that"):
            return False
        return any(item.low in _DYING for item in items[injuries + 1 : injuries + 6])

    def _before_complaints(self, j: int, stop: int) -> int:
        """Leftwards from ``j`` past the plain words of what the hurt suffered ("serious",
        "minor", "shrapnel", "heat exhaustion"), not past ``stop``: the item before them."""
        items = self.items
        while j >= 0 and j > stop and items[j].is_word and items[j].low not in ("with", "for") and (
            items[j].low in _STAB or self.np_internal(j)
        ):
            j -= 1
        return j

    def _treated_people(self, last: int, for_: int, injuries: int) -> bool:
        """ "Medics treated 30 people for gunshot wounds": the people treated, between the verb and
        "for" (ending at ``last``), were hurt."""
        items = self.items
        verb = next((k for k in range(last, max(-1, last - 12), -1)
                     if items[k].low in _TREATING or items[k].text in ",;:()" or items[k].low in AUX), None)  # fmt: skip
        if verb is None or verb == last or items[verb].low not in _TREATING:
            return False
        victims = [v for v in self.list_right(verb + 1, object_position=True) if v.last < for_]
        if not victims or victims[-1].last != last:
            return False
        self.frames.append(Frame("wounded", f"{items[verb].low} for {items[injuries].low}", (verb, verb), victims))
        return True
