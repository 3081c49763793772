"""The tallies of the frames ``tallies`` finds in a sentence, one per person or group.

Who (``groups``), place and cause (``places``), hedge and running-total words are read around
each figure, and the figure it is a part of (``subset_of``).  A figure under a denial ("denied
that ... was killed"), one a comparison dates ("the deadliest attack since 2009") and one of an
earlier event ("The attack came two days after ...") give none.  People a second outcome word
reads again only add hedge, cause and place, unless they changed state: held or hurt, then killed
("kidnapped and later killed", "wounded and later died"), they get a tally of each outcome;
"six missing fishermen were found dead" makes the first tally a death.
"""

from __future__ import annotations

import re

from crawler.extract.groups import AFFILIATIONS, DEMONYMS, Group, describe, owner_nationality, side_of
from crawler.extract.outcomes import ACTIVE, FIRST_WORDS, PARTICIPLES
from crawler.extract.places import cause_near, place_near
from crawler.extract.records import Outcome, Tally
from crawler.extract.scan import may_hold_words, opening_on_letters
from crawler.extract.tally_frames import HAVE, Frame, FrameReader
from crawler.extract.victims import Victim
from crawler.extract.word_classes import AUX, DENIALS, DETERMINERS, HEDGES, PREPOSITIONS, PRONOUNS

# "the deadliest attack in the city since 2009": the phrase dates a comparison, not a figure.
# A superlative and the "since" of the event it is measured against ("the deadliest day since ..."),
# and the words that measure this event against another by "than" or by passing it ("deadlier than
# the 2014 school attack", "more than the 2012 parade bombing", "surpassing the 2016 park attack"),
# not "more than a dozen" (a figure).
_COMPARISON_SINCE = re.compile(
    r"\b(?:deadliest|worst|bloodiest|biggest|largest|heaviest|most\s+(?:deadly|lethal|violent))\b"
    r"[^.;,:()]{0,60}?\bsince\b"
    r"|\b(?:deadlier|bloodier|worse|more\s+(?:deadly|lethal))\s+than\b"
    r"|\bmore\s+than\s+(?=(?:the|any|an?)\s+(?!dozen|score|few|couple|number|hundred|thousand|handful)\w+)"
    r"|\b(?:surpassing|surpassed|surpasses|eclipsing|eclipsed|overtaking|overtook|exceeding)\s+(?=the\b)",
    re.IGNORECASE,
)
# A relative clause on what a superlative is measured against, which tells that earlier event:
# "the deadliest since a 2015 bombing that killed 27", "since the 2002 Bali bombings, which killed
# 202".
_OF_THE_COMPARED = re.compile(r"\b(?:which|that|when|in\s+which)\b", re.IGNORECASE)
# A superlative told of this event, not its subject: "It was the deadliest ...", "making it the
# worst ..." ("The deadliest attack since the truce that ended the fighting killed 9" is its own).
_SUPERLATIVE_TOLD = re.compile(
    r"\b(?:was|is|were|are|been|became|becomes|making\s+it|made\s+it|marking|marked)\s+(?:also\s+)?"
    r"(?:the|one\s+of\s+the|among\s+the)\s+$",
    re.IGNORECASE,
)
# "The attack came two days after ...", "The incident followed the death of ...", "in the attack,
# which came a day after ..." (up to the clause's end: "The attack, which followed a gun battle,
# killed 14" is this one's toll): what comes next is an earlier event.  Not a blast that followed the
# first one, told with no object: "A second explosion followed seconds later, killing 14 people", "a
# second blast followed, and the death toll rose to 80".
_CAME_AFTER = re.compile(
    r"\b(?:attack|incident|strike|bombing|blast|explosion|raid|assault|ambush|shooting)s?(?P<which>,?\s+(?:which|that))?\s+"
    r"(?:(?:came|comes|come)\s+(?:[\w-]+\s+){0,3}?after|followed|follows)\b"
    r"(?!\s*(?:[,.;]|and\b|within\b|in (?:quick|rapid) succession\b|(?:[\w-]+\s+){0,2}?(?:later|afterwards?)\b))",
    re.IGNORECASE,
)
# A closing aside of when that tells an earlier event: ", a day after", ", two weeks after", ", just
# hours after".
_DAYS_AFTER_ASIDE = re.compile(
    r",\s+(?:just\s+|only\s+|barely\s+|less\s+than\s+)?(?:(?:a|an|one|two|three|four|five|six|several|a\s+few|\d{1,2})\s+)?"
    r"(?:hours?|days?|weeks?|months?)\s+after\b",
    re.IGNORECASE,
)
_SUBJECT_REACH = 10  # items from "after" to its clause's verb: "after a roadside bomb in the same district had killed"
# "... hit for a second time after at least 16 civilians were killed in an initial bombardment":
# the event of a figure in an "after" clause named as the one before this.
_IN_AN_EARLIER_EVENT = re.compile(
    r"\s*\bin\s+(?:an|the|a)\s+(?:initial|earlier|previous|prior)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:attack|strike|airstrike|air\s+strike|bombardment|bombing|raid|shelling|blast|explosion)s?\b",
    re.IGNORECASE,
)
# "an earlier strike in which", "the previous attack, in which", "a strike an hour earlier in
# which": the event of the figure right after is one before this.
_EVENT_WORDS = r"(?:attack|strike|airstrike|air\s+strike|bombardment|bombing|raid|shelling|blast|explosion)s?"
_EARLIER_EVENT_IN_WHICH = re.compile(
    r"\b(?:(?:earlier|previous|prior|initial|first)\s+(?:[\w-]+\s+){0,2}?" + _EVENT_WORDS
    + r"|" + _EVENT_WORDS + r"\s+(?:[\w-]+\s+){1,3}?(?:earlier|before))\s*,?\s+in\s+which\s+$",
    re.IGNORECASE,
)
# Another attack told beside the entry's own for comparison, its figure in a clause of where or when:
# "..., where a similar attack had killed 25 in 2014", "..., months after a similar bombing killed 40"
# (not "..., and a similar attack killed three more nearby": more of the same day's attacks).
_SIMILAR_EVENT = re.compile(r"\b(?:where|when|after|since)\s+(?:a|an)\s+similar\s+(?:[\w-]+\s+){0,2}?" + _EVENT_WORDS + r"\b[^,;:]{0,40}$", re.IGNORECASE)
_REPORT_NOUNS = frozenset("report reports claim claims rumour rumor statement account story".split())
# What a fact-check says is false, and the word that opens its figure: "claims that 300 people were
# killed ... are false", "a viral post claiming 200 students were shot dead ... is fake".
_CLAIMED_THINGS = _REPORT_NOUNS | frozenset(
    "rumours rumors allegation allegations post posts video videos message messages".split()
)
_CLAIM_OPENERS = frozenset("that claiming saying alleging showing".split())
_CLAIM_REACH = 4  # items between the opener and the figure it tells: "that as many as 300"
# The verdict after such a claim's figure, in the same clause: "are false", "was entirely
# fabricated", "have been debunked", "proved untrue".
_DEBUNKED_AFTER = re.compile(
    r"[^;:,]*?\b(?:is|are|was|were|been|proved|proven)\s+(?:[a-z]+ly\s+)?"
    r"(?:false|untrue|fabricated|baseless|unfounded|groundless|fake|debunked|misleading|a\s+hoax|not\s+true)\b",
    re.IGNORECASE,
)
# "in retaliation for a mine attack that had killed 2 soldiers": the event a massacre avenged.
_AVENGING = re.compile(r"\b(?:in\s+(?:retaliation|revenge|reprisal)\s+for|to\s+avenge)\b", re.IGNORECASE)
_AVENGING_WORDS = ("retaliation", "venge", "reprisal")  # one of them is in every match
# A revenge only vowed, not done, right before "to avenge": "the Taliban vowed to avenge the 12 fighters
# killed in the strike", "swore to avenge": its dead are the only event the sentence tells.
_ONLY_VOWED = re.compile(r"\b(?:vow(?:ed|s)?|pledg(?:ed|es)|promis(?:ed|es)|swore|swear|threaten(?:ed|s)?)\s+$", re.IGNORECASE)


def _avenged(sentence: str, at: int) -> bool:
    """Whether the figure at ``at`` is told in the phrase of what was avenged, its clause unbroken
    by a comma: "The army killed 24 civilians in retaliation for a mine attack that had killed 2
    soldiers", "to avenge the killing of 3 policemen".  Not the revenge itself after a comma ("in
    revenge for a raid, the rebels killed 12 villagers"), nor a revenge only vowed ("the Taliban
    vowed to avenge the 12 fighters killed"), which tells no other event than the dead."""
    opening = max(sentence.rfind(mark, 0, at) for mark in ",;:")
    if not may_hold_words(sentence[opening + 1 : at], _AVENGING_WORDS):
        return False  # (speed)
    match = _AVENGING.search(sentence, opening + 1, at)
    return match is not None and not _ONLY_VOWED.search(sentence, max(0, match.start() - 20), match.start())


_CUMULATIVE_WORDS = frozenset({"overall", "altogether", "cumulative", "cumulatively"})
_HEDGE_PARTICIPLES = frozenset({"reported", "claimed", "suspected", "believed"})
# Each made to skip in C the places where none of its words can start (speed).
_COMPARISON_SINCE, _CAME_AFTER = map(opening_on_letters, (_COMPARISON_SINCE, _CAME_AFTER))
# People named as held, whose killing adds their death to their capture: "hostages were executed".
_HELD_NOUNS = frozenset({"hostages", "captives"})


class TalliesOfFrames(FrameReader):
    """Turns frames into tallies, with who, where, by what, hedge and parent figure."""

    def _mention(self, nationality: str, role: str | None) -> None:
        self.context.mention_nationality = nationality
        self.context.mention_role = role
        self.context.mention_sentence = self.sentence.index

    def _emit(self, frame: Frame) -> None:
        """One tally per person or group of the frame; people already counted in this sentence
        (the same words read by two outcome words) only gain hedge, cause and place."""
        items = self.items
        if self._denied(frame) or self._debunked(frame) or self._compared(frame) or self._earlier_event(frame):
            return
        hedge = self._hedge(frame)
        place = place_near(self, frame.trigger, frame.victims[0].first)
        cause = cause_near(self, frame.trigger, frame.victims[0].first)
        cumulative = not frame.whole_of_parts and (frame.cumulative or self._cumulative_words(frame))
        parents: dict[int, int] = {}
        loose: set[int] = set()  # parts of a total not told: "Among the dead were a chief and his driver"
        groups = self._groups(frame)
        for position, victim in enumerate(frame.victims):
            reused = next((self.used[k] for k in range(victim.first, victim.last + 1) if k in self.used), None)
            if reused is not None and (
                self._taken_then_killed(self.tallies[reused], frame) or self._some_of_each(self.tallies[reused], frame)
            ):
                reused = None  # "were kidnapped and later killed": held, then dead
            elif reused is not None and (dead := self._dead_among_the_hurt(self.tallies[reused], frame, victim)):
                self.tallies[reused].count -= dead.count  # "two of the seven wounded died": 5 wounded, 2 dead
                victim, reused = dead, None
            elif reused is not None and self._hurt_then_died(self.tallies[reused], frame):
                self._now_dead(self.tallies[reused], frame)  # "was wounded and later died": dead only
            elif reused is not None and self._described_then_killed(self.tallies[reused], frame, victim):
                if self.tallies[reused].outcome == "captured":
                    reused = None  # "three kidnapped aid workers were found dead": held, then killed
                else:  # "six missing fishermen were found dead": dead, no longer missing or wounded
                    self.tallies[reused].outcome = "killed"
                    self.tallies[reused].outcome_word = frame.word
            if reused is not None:
                existing = self.tallies[reused]
                existing.hedge = existing.hedge or hedge
                existing.cause = existing.cause or cause
                existing.place = place or existing.place
                parents[position] = reused
                continue
            if (hurt := self._all_the_hurt_died(frame, victim)) is not None:
                self._now_dead(self.tallies[hurt], frame)  # "stabbed two tourists; both victims died"
                parents[position] = hurt
                continue
            group = groups[position]
            start = min(items[victim.first].start, items[frame.trigger[0]].start)
            end = max(items[victim.last].end, items[frame.trigger[1]].end)
            parent = None
            qualifier = victim.qualifier
            if victim.subset and victim.parent is not None:
                parent = parents.get(victim.parent)
            elif victim.subset and self._dead_of_the_hurt(frame, victim):
                qualifier = victim.qualifier  # "9 were wounded, one of whom died later": one more dead
            elif victim.subset:
                role = None if frame.of_the_dead else group.role
                parent = self._whole_list_parent(frame, role, loose)
                if parent is None:
                    parent = self._earlier_parent(frame.outcome, victim.count, role, loose)
                if parent is None and qualifier == "exact":
                    qualifier = "at_least"  # "Five foreigners were among those killed"
            tally = Tally(
                count=victim.count,
                outcome=frame.outcome,
                qualifier=qualifier,
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
            if victim.subset and parent is None:
                loose.add(index)
            for k in range(victim.first, victim.last + 1):
                self.used[k] = index
        self.context.last_outcome = frame.outcome

    def _compared(self, frame: Frame) -> bool:
        """Whether the frame is the earlier event a superlative measures this one against: "the
        deadliest day since coordinated attacks in 2011 left more than 130 dead", "the worst
        attack in the city since a truck bomb killed 80 in 2015".  Only inside the "since" clause
        (up to a comma or the end of the sentence, or on through a ", (in) which" clause; a ", when"
        clause gives the dead their own time, see ``attach_windows``),
        after a toll of this sentence, or in a relative clause on the event compared with where the
        superlative is told of this one ("It was the deadliest since a bombing that killed 27"):
        "the deadliest attack since the war began killed 40" is this event's own."""
        sentence = self.sentence
        at = self.items[min(frame.trigger[0], frame.victims[0].first)].start - sentence.start
        for match in _COMPARISON_SINCE.finditer(sentence.text, 0, at):
            between = sentence.text[match.end() : at]
            if re.search(r"[;:()]|,(?!\s*(?:in\s+)?which\b)", between):
                continue
            if self._own_figure_before(match.start()) or (
                _OF_THE_COMPARED.search(between) and _SUPERLATIVE_TOLD.search(sentence.text, 0, match.start())
            ):
                return True
        return False

    def _earlier_event(self, frame: Frame) -> bool:
        """Whether the frame is of an earlier event this one is told after: "The attack came two
        days after 4 militants were killed in the same village", "The incident followed the death
        of another family member"."""
        sentence = self.sentence
        first = min(frame.trigger[0], frame.victims[0].first)
        at = self.items[first].start - sentence.start
        match = _CAME_AFTER.search(sentence.text, 0, at)
        if match is not None and not re.search(r"[;:]" if match["which"] is None else r"[;:,]", sentence.text[match.end() : at]):
            return True
        if self._a_day_after(at) or self._after_another_killing(frame) or self._in_a_similar_event(at):
            return True
        if "in which" in sentence.text and _EARLIER_EVENT_IN_WHICH.search(sentence.text, 0, at):
            return True  # "a strike an hour earlier in which nine people were killed"
        if _avenged(sentence.text, at):
            return True
        return self._after_an_earlier_event(first, max(frame.trigger[1], frame.victims[-1].last))

    def _a_day_after(self, at: int) -> bool:
        """Whether the figure at ``at`` (in the sentence) is told in a closing aside of when, after
        the sentence's own figure: "Ten policemen were killed in an ambush, security sources said,
        a day after militants killed two soldiers" (the aside's dead are an earlier event's, as
        after "The attack came two days after")."""
        sentence = self.sentence
        if "after" not in sentence.text:
            return False  # (speed)
        match = _DAYS_AFTER_ASIDE.search(sentence.text, 0, at)
        if match is None or re.search(r"[;:]", sentence.text[match.end() : at]):
            return False
        return self._own_figure_before(match.start())

    def _after_another_killing(self, frame: Frame) -> bool:
        """ "Al-Shabaab executed two men accused of spying, after Somali forces killed several
        militants in a raid on the town", "Gunmen shot dead three policemen, after a roadside bomb
        had killed five soldiers": a killing told by an active verb in a closing ", after" clause
        with a subject of its own, after the sentence's own figure, is the earlier event this one
        followed, as in ", a day after".  Not one whose subject is a pronoun (", after they shot
        two guards": the attackers told before, in the same attack), nor a passive (", after two
        more were killed"), nor "after" with no comma ("died after gunmen shot them")."""
        items = self.items
        verb = frame.trigger[0]
        if items[verb].low not in ACTIVE or frame.victims[0].first <= frame.trigger[1] or "after" not in self.sentence.text:
            return False
        subject_end = verb - 1 if verb > 0 and items[verb - 1].low in HAVE else verb
        after = next((k for k in range(subject_end - 1, max(subject_end - _SUBJECT_REACH, 0), -1) if not items[k].is_word or items[k].low == "after"), None)
        if after is None or items[after].low != "after" or items[after - 1].text != "," or after + 1 >= subject_end:
            return False
        if items[after + 1].low in PRONOUNS:
            return False
        return self._own_figure_before(items[after - 1].start - self.sentence.start)

    def _in_a_similar_event(self, at: int) -> bool:
        """Whether the figure at ``at`` (in the sentence) is told of "a similar attack" in its own
        clause, after the sentence's own figure: "A car bomb killed seven people at a checkpoint in
        Hilla, where a similar attack had killed 25 in 2014" (not "a similar attack" that opens
        the sentence and tells its own toll, nor one told with "and": ``_SIMILAR_EVENT``)."""
        sentence = self.sentence.text
        if "similar" not in sentence:
            return False  # (speed)
        match = _SIMILAR_EVENT.search(sentence, 0, at)
        return match is not None and self._own_figure_before(match.start())

    def _own_figure_before(self, at: int) -> bool:
        """Whether a figure of the sentence ends before ``at`` (in the sentence): it told its own toll first."""
        sentence = self.sentence
        return any(t.sentence == sentence.index and t.end <= sentence.start + at for t in self.tallies)

    def _after_an_earlier_event(self, first: int, last: int) -> bool:
        """ "The school was hit for a second time after at least 16 civilians were killed in an
        initial bombardment": a figure told in an "after" clause, of an event named as the one
        before (initial, earlier, previous, prior)."""
        items = self.items
        k = first - 1
        while k >= 0 and items[k].low in HEDGES:
            k -= 1
        if k < 0 or items[k].low != "after":
            return False
        return _IN_AN_EARLIER_EVENT.match(self.sentence.text, items[last].end - self.sentence.start) is not None

    def _taken_then_killed(self, taken: Tally, frame: Frame) -> bool:
        """Whether ``frame`` is a killing coordinated with the capture ``taken`` of the same people
        ("were abducted and executed", "kidnapped and later killed"), or the killing of people
        named as held ("three hostages were executed by the militants")."""
        if taken.outcome != "captured" or frame.outcome != "killed" or taken.sentence != self.sentence.index:
            return False
        if taken.outcome_word in _HELD_NOUNS:
            return True
        first = frame.trigger[0]
        words = [item.low for item in self.items[max(0, first - 3) : first]]
        return "and" in words

    def _hurt_then_died(self, hurt: Tally, frame: Frame) -> bool:
        """Whether ``frame`` is the death of people whose wounds ``hurt`` counts, told with "and"
        ("Nihad Auf was seriously wounded and later died from his injuries", "two civilians were
        injured and died in hospital", "Seventeen soldiers were critically injured and
        succumbed"): the same people, hurt in the event and dead of it, count as its dead only."""
        if hurt.outcome != "wounded" or frame.outcome != "killed" or hurt.sentence != self.sentence.index:
            return False
        first = frame.trigger[0]
        return "and" in [item.low for item in self.items[max(0, first - 3) : first]]

    def _all_the_hurt_died(self, frame: Frame, victim: Victim) -> int | None:
        """The figure of the hurt told just before in the sentence when ``victim`` is all of them
        dead, "both" or "all" at the opening of a clause of their own: "An attacker stabbed two
        tourists; both victims died of their wounds", "Three guards were wounded and all three
        later died".  The same people count as dead only.  None when the numbers differ."""
        items = self.items
        first = victim.first
        if frame.outcome != "killed" or victim.subset or items[first].low not in ("both", "all"):
            return None
        if first == 0 or (items[first - 1].text not in ",;" and items[first - 1].low != "and"):
            return None
        start = items[first].start
        told = [n for n, t in enumerate(self.tallies) if t.sentence == self.sentence.index and t.end <= start]
        if not told:
            return None
        hurt = self.tallies[told[-1]]
        if hurt.outcome != "wounded" or hurt.subset_of is not None or hurt.qualifier != "exact" or hurt.count != victim.count:
            return None
        return told[-1]

    def _dead_among_the_hurt(self, hurt: Tally, frame: Frame, victim: Victim) -> Victim | None:
        """The dead of "N of the M wounded died" as people of their own, where ``hurt`` counts the
        M ("Two of the seven people wounded in the attack died in hospital", "three of the 12
        injured died on the way"): wire news telling who of the hurt died since.  None for any
        other people, and where N is not fewer than the M."""
        items = self.items
        first = victim.first
        if hurt.outcome != "wounded" or frame.outcome != "killed" or hurt.sentence != self.sentence.index:
            return None
        whole = self.whole_of(first, victim.last)
        if whole is None:
            return None
        some, all_of_them = items[first].quantity, items[whole].quantity
        if some is None or all_of_them is None or all_of_them.value != hurt.count or some.value >= hurt.count:
            return None
        return Victim(first, first, some.value, some.qualifier, some.value_max)

    def _now_dead(self, hurt: Tally, frame: Frame) -> None:
        """Make the figure of the hurt the figure of their death, up to its verb."""
        hurt.outcome = "killed"
        hurt.outcome_word = frame.word
        hurt.end = max(hurt.end, self.items[frame.trigger[1]].end)

    def _dead_of_the_hurt(self, frame: Frame, victim: Victim) -> bool:
        """Whether ``victim`` is "N of whom" or "N of them" dead right after a figure of wounded:
        "9 others were wounded, one of whom died later", "killed five and wounded 30; two of them
        died in hospital": people hurt who died of it, more dead than the killed figure before,
        not a part of it."""
        items = self.items
        first = victim.first
        if frame.outcome != "killed" or first + 2 > victim.last or items[first + 1].low != "of":
            return False
        if items[first + 2].low not in ("whom", "them"):
            return False
        start = items[first].start
        before = [t for t in self.tallies if t.end <= start]
        return bool(before) and before[-1].outcome == "wounded" and before[-1].sentence >= self.sentence.index - 1

    def _described_then_killed(self, counted: Tally, frame: Frame, victim: Victim) -> bool:
        """Whether ``frame`` kills people whom an outcome word before their noun describes, the
        tally ``counted`` read from it: "six missing fishermen were found dead", "two injured
        soldiers later died in hospital", "three kidnapped aid workers were executed"."""
        if frame.outcome != "killed" or counted.outcome == "killed" or counted.sentence != self.sentence.index:
            return False
        if self.describes_counted_people(frame.trigger[0]):
            return False  # "one injured civilian and one killed civilian": two adjectives, two people
        return any(
            self.items[k].low == counted.outcome_word for k in range(victim.first + 1, victim.last + 1)
        ) or self._told_in_a_relative(counted, victim.last + 1, frame.trigger[0])

    def _told_in_a_relative(self, counted: Tally, k: int, verb: int) -> bool:
        """Whether the outcome word of ``counted`` opens a relative clause between the people
        ending before ``k`` and the verb at ``verb``: "Two soldiers who were wounded in the ambush
        died in hospital", "three civilians injured in the shelling later died"; not another verb
        of theirs ("were wounded and later died")."""
        items = self.items
        while k < verb and (items[k].low in ("who", "that") or items[k].low in AUX):
            k += 1
        if k >= verb or items[k].low != counted.outcome_word:
            return False
        return not any(item.low == "and" or item.text in ",;" for item in items[k + 1 : verb])

    def _some_of_each(self, counted: Tally, frame: Frame) -> bool:
        """Whether ``frame`` is the other outcome of people told of without a number, killed and
        wounded together ("a number of civilians were killed and injured", "several people were
        wounded and killed"): some of each, the vague figure for both."""
        if counted.qualifier != "vague" or counted.sentence != self.sentence.index:
            return False
        if {counted.outcome, frame.outcome} != {"killed", "wounded"}:
            return False
        first = frame.trigger[0]
        return any(item.low == "and" for item in self.items[max(0, first - 2) : first])

    def _whole_list_parent(self, frame: Frame, role: str | None, loose: set[int]) -> int | None:
        """The earlier figure that holds all the dead a list names as parts ("killed a family of
        five and their neighbour ... The dead were named as Sami (41), his wife Rawan (36) and
        their three children": the five, not the neighbour for the first two); None for a part
        alone or a list that no one figure holds."""
        parts = [victim.count for victim in frame.victims if victim.subset and victim.parent is None]
        if len(parts) < 2:
            return None
        return self._earlier_parent(frame.outcome, sum(parts), role, loose)

    def _earlier_parent(self, outcome: Outcome, count: int, role: str | None, loose: set[int]) -> int | None:
        """The latest earlier figure a part ("Among the dead were 11 children") belongs to: same
        outcome, at least as many people, not another side, and not a part of the same list
        that found no total either (``loose``): "Among the dead were a police chief and his
        driver" are two parts of the dead, not the driver a part of the chief."""
        side = side_of(role)
        for index in range(len(self.tallies) - 1, -1, -1):
            tally = self.tallies[index]
            if index in loose or tally.outcome != outcome or tally.subset_of is not None or tally.cumulative:
                continue
            other = side_of(tally.role)
            if (tally.count_max or tally.count) >= count and (side == "any" or other in ("any", side)):
                return index
        return None

    def _groups(self, frame: Frame) -> list[Group]:
        """Who each item of the list is; "seven Afghan and four Pakistani fighters" share a head."""
        groups = [self._group(frame, victim) for victim in frame.victims]
        for position in range(len(groups) - 2, -1, -1):
            group, following = groups[position], groups[position + 1]
            victim, next_victim = frame.victims[position], frame.victims[position + 1]
            if group.role is None and group.nationality and following.role and not victim.subset \
                    and not next_victim.subset and self._bare_modifier(victim):
                label = f"{group.nationality} {following.role}"
                groups[position] = Group(group.nationality, following.role, label, following.side)
        return groups

    def _bare_modifier(self, victim: Victim) -> bool:
        """Whether the words after the number are only a nationality ("seven Afghan")."""
        words = [item.low for item in self.items[victim.first : victim.last + 1] if item.is_word]
        return bool(words) and all(w in DEMONYMS or w in AFFILIATIONS for w in words)

    def _group(self, frame: Frame, victim: Victim) -> Group:
        """Who one item of the list is; a role without a nationality takes the nationality of
        people of the same kind named in the sentence or two before ("The deaths of Iranian troops
        ... the deaths of 12 fighters")."""
        items = self.items
        first, last = victim.first, victim.last
        if frame.group_from is not None and frame.group_from[0] <= frame.group_from[1]:
            first, last = frame.group_from
        words = frame.group_words or self.text[items[first].start : items[last].end]
        if victim.count == 1 and frame.group_words is None and self.is_name(victim.first, victim.last):
            words = self._title_words(victim.first, victim.last)
        group = describe(words)
        nationality, role = group.nationality, group.role
        if nationality is None and role is not None:
            nationality = owner_nationality(self.text[self.sentence.start : items[first].start], words)
        if nationality is None and role is not None and self._inherits(role):
            nationality = self.context.mention_nationality
        label = " ".join(p for p in (nationality, role) if p) or None
        if group.label and group.nationality == nationality and group.role == role:
            label = group.label
        if nationality:
            self._mention(nationality, role)
        return Group(nationality, role, label, group.side)

    def _title_words(self, first: int, last: int) -> str:
        """For one named person, the words around the name that say what they were: up to eight
        before it in its own list item ("Hamas commander", "journalist") and a description after
        it in commas or brackets ("Anwar Saleh, a university lecturer,"); not the words of the
        people listed beside ("X, his wife and a child": X is no child)."""
        items = self.items
        lo = first
        while lo > max(0, first - 8) and not self._item_edge(lo - 1):
            lo -= 1
        hi = last
        after = last + 1
        if after + 1 < len(items) and items[after].text == "," and items[after + 1].low in ("a", "an", "the"):
            hi = after + 1
            while hi + 1 < len(items) and hi < last + 16 and not self._item_edge(hi + 1):
                hi += 1
        elif after < len(items) and items[after].text == "(" and self.matching(after) > after:
            hi = self.matching(after)
        return self.text[items[lo].start : items[hi].end]

    def _item_edge(self, k: int) -> bool:
        """Whether item ``k`` ends an item of a list of people, or the clause: a mark, "and", a verb."""
        item = self.items[k]
        low = item.low
        return item.text in ",;:()." or low in ("and", "&", "as") or low in AUX or low in ACTIVE or low in PARTICIPLES

    def _inherits(self, role: str) -> bool:
        context = self.context
        return (
            context.mention_nationality is not None
            and 0 < self.sentence.index - context.mention_sentence <= 2
            and role != "people"
            and side_of(role) != "civilian"
            and side_of(context.mention_role) != "civilian"
        )

    def _denied(self, frame: Frame) -> bool:
        """ "The Guards denied reports that General X had been wounded"."""
        items = self.items
        first = min(frame.victims[0].first, frame.trigger[0])
        return any(
            items[k].low in DENIALS and not self._false_thing(k) for k in range(max(0, first - 12), first)
        )

    def _debunked(self, frame: Frame) -> bool:
        """A figure a fact-check says is false in its own sentence: "Claims that 300 people were
        killed in the protest are false", "a viral post claiming 200 students were shot dead is
        fake"; not one a report "was confirmed" of, nor a toll merely disputed."""
        items = self.items
        first = min(frame.victims[0].first, frame.trigger[0])
        opened = any(
            items[k].low in _CLAIM_OPENERS and items[k - 1].low in _CLAIMED_THINGS
            for k in range(max(1, first - _CLAIM_REACH), first)
        )
        after = items[frame.trigger[1]].end - self.sentence.start
        return opened and _DEBUNKED_AFTER.match(self.sentence.text, after) is not None

    def _false_thing(self, k: int) -> bool:
        """Whether "false" at ``k`` describes a thing, as an article before it tells: "gunmen at a
        false roadblock", not a denial of what a report says ("a false report that ...")."""
        items = self.items
        return (
            items[k].low == "false" and k > 0 and items[k - 1].low in ("a", "an")
            and k + 1 < len(items) and items[k + 1].low not in _REPORT_NOUNS
        )

    def _hedge(self, frame: Frame) -> str | None:
        """The hedge word nearest the figure, preferring one between the people and the outcome.
        A participle before a noun hedges the noun, not the figure ("an alleged airstrike")."""
        items = self.items
        first = min(frame.victims[0].first, frame.trigger[0])
        last = frame.trigger[1]
        best: str | None = None
        for k in range(max(0, first - 10), min(len(items), last + 3)):
            low = items[k].low
            if low not in HEDGES:
                continue
            if low in _HEDGE_PARTICIPLES and self._before_noun(k):
                continue
            best = HEDGES[low]
            if first <= k <= last:
                break
        return best

    def _before_noun(self, k: int) -> bool:
        items = self.items
        if k > 0 and items[k - 1].low in DETERMINERS:
            return True
        after = items[k + 1] if k + 1 < len(items) else None
        return after is not None and after.is_word and not (
            after.low in AUX or after.low in PREPOSITIONS or after.low in ("to", "that") or after.low in FIRST_WORDS
        )

    def _cumulative_words(self, frame: Frame) -> bool:
        """ "overall", "altogether", "in total" near the figure.  "overall" before a noun is an
        office ("Iran's overall commander"), not a total."""
        items = self.items
        first = min(frame.victims[0].first, frame.trigger[0])
        window = items[max(0, first - 4) : min(len(items), frame.trigger[1] + 6)]
        for k, item in enumerate(window):
            following = window[k + 1] if k + 1 < len(window) else None
            if item.low in _CUMULATIVE_WORDS and not (following is not None and following.is_word):
                return True
            if item.low == "in" and following is not None and following.low == "total":
                return True
        return False
