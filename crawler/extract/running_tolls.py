"""Tolls and running totals, read for ``tallies``.

A running total after "toll" or "total": "the death toll rose to 40", "brought the total to 71",
"the true number was 40"; an ordinal before a participle: "the eighth Iranian commander killed"
(count 8, cumulative).  Tolls that "respectively" closes are read by ``respectively``.
"""

from __future__ import annotations

from crawler.extract.outcomes import NOUNS, PARTICIPLES
from crawler.extract.records import Outcome
from crawler.extract.respectively import Respectively
from crawler.extract.tally_frames import Frame
from crawler.extract.victims import Victim

# The words between a toll and its figure: "the toll rose to 40", "the total stands at 12".
_TOLL_BEFORE_AS = frozenset({"toll", "tally", "figure", "dead", "deaths", "killed", "victims", "fatalities"})  # "the toll as 14"
# The verbs of a toll told anew, or first told, before "as" and its figure: "the toll was later
# confirmed as 39", "the toll (initially given as 8) rose to 13", "first reported as 77".
_TOLD_ANEW_AS = frozenset("confirmed revised updated given reported listed".split())
_TOLL_LINKS = frozenset(
    """rose rises risen rising climbed climbs reached reaches hit hits topped tops stands stood
    stand is was now increased increases jumped jumps went goes surged to at of reaching passed
    passes exceeded exceeds surpassed has had been range ranged ranges ranging vary varied varies
    numbered totalled totaled""".split()
    # a toll that may go higher: "the death toll may reach dozens", "the toll could exceed 40"
    + "may might could reach rise exceed".split()
)
# Plural nouns of deaths that stand as a toll of their own, the subject of its rise: "US military
# deaths in Iraq rose to 4,000", "Civilian deaths stood at 1,200".
DEATHS_AS_TOLL = frozenset("deaths fatalities".split())
# The harm before "count" that makes a toll of it: "the death count", "the injury count".
_COUNTED_HARM = frozenset("death deaths fatality injury injuries injured wounded".split())
# The verbs of a toll's rise or standing after such a noun, and what may stand between them.
_RISING = frozenset(
    """rose rises risen climbed climbs reached reach reaches topped top tops stands stood stand increased
    jumped surged passed exceeded exceed surpassed numbered number totalled totaled total range ranged
    ranges vary varied varies""".split()
)
# And of its fall, told of a war's months as of its peaks: "Civilian deaths fell to 134 in January",
# "US military deaths dropped to 14 in July".
_FALLING = frozenset("fell fallen falls dropped drops declined declines".split())
_BEFORE_RISING = frozenset("have has had now already".split())
# A source's estimate that puts the deaths at a figure: "a UN document puts civilian deaths since
# January at 6,432", "monitors put rebel fatalities in the offensive at 300".
_PUTTING = frozenset("put puts putting placed places placing".split())
# The nouns of the harmed a source puts at a figure, and what each counts: "medics put the dead at
# 23 and the wounded at 80", "the Observatory puts Syria's dead at more than 40,000".
HARM_PUT_AT: dict[str, Outcome] = {"dead": "killed", "wounded": "wounded", "injured": "wounded"}
# What stands between the verb and such a noun: "put the dead", "puts Syria's dead", "put their own dead".
_BEFORE_HARM_PUT = frozenset("the its their his her our own".split())
_WHERE_OR_WHOSE = frozenset("in from among".split())  # "deaths in Iraq", "deaths among the protesters"
# Words of a rate before such a noun: "monthly deaths vary from 10 to 20" counts no event.
RATE_WORDS = frozenset("daily weekly monthly yearly annual average".split())
# Words before "number" when it stands for the toll told before: "the true number was 40".
_NUMBER_OPENERS = frozenset("the true actual real final".split())
# The words before "figure" when it tells the toll again: "put the figure at 10", "gave a figure of 10".
_FIGURE_OPENERS = frozenset("the a this that".split())
# The verbs right after "the total" that tell it changed or stands: "the total rose to 24".
_TOTAL_CHANGES = frozenset("rose rises risen climbed climbs reached reaches increased jumped stands stood now".split())
# Estimates that tell the figure before again, and how they give theirs: "Other estimates range
# from 200 to 400", "some estimates reach 3,000".
ESTIMATE_NOUNS = frozenset({"estimates"})
_OTHER_ESTIMATES = frozenset("other some higher unofficial".split())
ESTIMATES_RANGING = frozenset("range ranged vary varied reach reached".split())
# A relative clause that puts the dead told before it at a source's figure: "killing 24 civilians,
# which the local hospital put at 31", "killing dozens of soldiers, whose number officers put at
# 118", "its losses, which Somali officials put at about 140 soldiers".
RELATIVES_PUT = frozenset({"which", "whose"})
_PUT_ANTECEDENTS = frozenset({"losses", "toll", "casualties"})
# The people such an estimate's figure may close on: "from 200 to 400 victims".
_ESTIMATED_DEAD = frozenset("victims dead deaths killed".split())
# "died of his injuries, bringing the toll to 7": the owner of injuries someone died of.
_DIED_OF_OWN = frozenset("their his her its".split())
_HURT_WORDS = frozenset("injured wounded injuries injury wounds hurt".split())
_TOLL_SUBJECTS = frozenset({"casualties", "deaths", "dead", "losses", "fatalities"})
# "The latest casualties brought the total to 71": the verb before a toll word.
_BRINGING = frozenset("brought bringing brings bring raising raised raises pushing pushed took taking takes".split())

# The words before "to" and a figure that tell a toll was raised again: "and later to 23", "then to 84".
_STEPS = frozenset(
    "later then subsequently eventually finally again rising climbing rose climbed jumping jumped raised up upward upwards".split()
)
# The steps that lower a toll, whose last figure is then the toll: "first given as 239, was revised
# down to 97"; a revision goes either way ("a toll of 500, which was then revised to 471", "first
# given as 15, was later corrected to 28", "updated to 11").
_LOWERING_STEPS = frozenset({"down", "downward", "downwards", "lowered", *_FALLING})
_REVISED = frozenset("revised corrected updated amended".split())


# The verbs of dying that tell what "the number of" counts in a relative clause of its people:
# "the number of protesters who have died", "the number of pilgrims that perished".
_DYING = frozenset("died perished".split())
_RELATIVES = frozenset("who that".split())
# Or of an infinitive clause, as British papers count a war's dead: "the number of British forces
# personnel to have died since 2001".
_TO_HAVE = ["to", "have"]
# The words of such a clause before its verb, which are no part of the people: "who have (died)", "to have (died)".
_RELATIVE_CLAUSE_OPENING = frozenset("who that have has had to".split())

# The nouns of one death that an ordinal counts on from the others: "the 35th death since March".
_ONE_DEATH = frozenset("death fatality".split())
_ONE_MORE_DEATH = _ONE_DEATH | {"body"}  # "a tenth body was recovered"
# What "death" names after it when it is no one's death: "the 10th death anniversary".
_NOT_A_DEATH_AFTER = frozenset(
    "anniversary anniversaries sentence sentences penalty row toll threat threats certificate march knell squad rate".split()
)

# How many items after "toll" or "the number" its figure's link may come: "the number of people killed in the
# Israeli strikes on Damascus countryside has risen to 12" (none of them a figure or a stop).
_TOLL_REACH = 16
_OPENING_QUOTES = frozenset("\"'“‘")
_OWNER_ENDINGS = ("'s", "’s")  # "the day's toll"

class RunningTolls(Respectively):
    """Reads the tolls and totals of a sentence and the ordinals of its dead."""

    def _toll(self, i: int) -> int:
        """ "the death toll from the blasts rose to 40", "brought the total to at least 71",
        "a toll of 12"."""
        items = self.items
        j = i + 1
        if items[i].low == "number" and items[i + 1].low == "of":  # past "of Iranian commanders killed"
            j = next(k for k in range(i + 2, len(items)) if self._dead_of_the_number(i, k)) + 1
        figure = self._toll_figure(i, j)
        if figure is None:
            return self._toll_brought_to(i, j)
        j = figure
        outcome = self._toll_outcome(i)
        if outcome is None:
            return 1
        victim = self.victim(j, self.np_right_end(j), count_at=j)
        if victim is None:
            return 1
        if items[j - 1].text == "(":
            victim = self._bracketed_parts(victim)
        self._later_steps(victim)
        frame = Frame(outcome, items[i].low, (i, i), self._with_respective_figures(i, victim), cumulative=True)
        subject = self._subject_before(i)
        if subject is not None:
            frame.group_from = subject
        self.frames.append(frame)
        return j - i + 1

    def _deaths_rose(self, i: int) -> bool:
        """Whether the plural noun of deaths at ``i`` is the subject of a verb of its rise or
        standing, past words that say whose or where ("Coalition fatalities in Afghanistan have
        passed 2,000"); not "12 deaths", nor "the deaths of 12 fighters rose ..." (people told
        by "of" are the figure's, read where they stand).  Deaths a source puts at a figure are a
        toll too, whatever words of when or where stand before "at" ("puts civilian deaths since
        January at 6,432")."""
        items = self.items
        if i > 0 and items[i - 1].quantity is not None:
            return False
        if any(item.low in RATE_WORDS for item in items[max(0, i - 3) : i]):
            return False
        put = any(item.low in _PUTTING for item in items[max(0, i - 4) : i])
        where = False  # past "in", "from" or "among": the event's own phrase, as after "the death toll"
        j = i
        while (j := j + 1) < min(len(items), i + (_TOLL_REACH if where else 8)):
            low = items[j].low
            if low in _RISING or low in _FALLING or (put and low == "at"):
                return True
            if put and items[j].is_word and low not in ("of", "and"):
                continue  # "puts civilian deaths since January at ...": any words of when or where
            if where and not items[j].is_count and items[j].text not in ".;:":
                continue  # "fatalities from five days of clashes near the ministry had climbed to 33"
            if low == "of" or items[j].quantity is not None:
                return False
            if not (low in _BEFORE_RISING or low in _WHERE_OR_WHOSE or self.np_internal(j)):
                return False
            where = where or low in _WHERE_OR_WHOSE
        return False

    def _harm_put_at(self, i: int) -> bool:
        """Whether the noun of the harmed at ``i`` is a toll a source puts at a figure: "medics put
        the dead at 23 and the wounded at 80", "the Observatory puts Syria's dead at more than
        40,000"; the second of such a pair too, after "and".  Not "put the dead in a truck", "12
        dead", "the dead at the checkpoint", nor after a figure of harm read in the sentence, where
        it is a second source's figure ("12 were killed, while local sources put the dead at 20")."""
        items = self.items
        if i + 2 >= len(items) or items[i + 1].low != "at" or not items[i + 2].is_count:
            return False
        k = i - 1
        while k > i - 4 and k >= 0 and (items[k].low in _BEFORE_HARM_PUT or items[k].low.endswith(("'s", "’s"))):
            k -= 1
        if k == i - 1 or k < 0:
            return False
        if items[k].low == "and":  # "... the dead at 23 and the wounded at 80"
            return any(items[j].low == "at" and items[j - 1].low in HARM_PUT_AT and self._put_with(i, j - 1)
                       for j in range(max(1, k - 3), k))  # fmt: skip
        # the first figure of its sentence: after another, a second source's (``sources``)
        return items[k].low in _PUTTING and not any(frame.trigger[0] < k for frame in self.frames)

    def _put_with(self, i: int, before: int) -> bool:
        """Whether the harm at ``i`` is put at its figure by the verb of the harm at ``before``
        ("put the dead at 23 and the wounded at 80"), a toll of its own when that one is, or when
        its outcome is told by no figure of the sentence ("killing 44 people; later counts put the
        dead at 55 and the wounded at 67": the dead a second source's, the wounded the toll)."""
        if self._harm_put_at(before):
            return True
        outcome = HARM_PUT_AT[self.items[i].low]
        if outcome == HARM_PUT_AT[self.items[before].low] or any(frame.outcome == outcome for frame in self.frames):
            return False
        k = before - 1
        while k > before - 4 and k >= 0 and self.items[k].low in _BEFORE_HARM_PUT:
            k -= 1
        return k >= 0 and self.items[k].low in _PUTTING

    def _count_as_toll(self, i: int) -> bool:
        """Whether the "count" at ``i`` is a toll named by its harm: "the death count reached 61",
        "the injury count rose to 40", "the wounded count stood at 12" (not "body count", nor the
        verb: "monitors count 12 dead")."""
        return i > 0 and self.items[i - 1].low in _COUNTED_HARM

    def _estimates_as_toll(self, i: int) -> bool:
        """Whether the "estimates" at ``i`` are other accounts of the figure told before, as list
        entries add them: "Other estimates range from 200 to 400 victims", "Some estimates reach
        3,000" (a toll of the outcome told last, its figure closing the clause or closed by its dead;
        not "estimates of the damage reach", "some estimates reach 40,000 displaced")."""
        items = self.items
        if i == 0 or i + 2 >= len(items) or items[i - 1].low not in _OTHER_ESTIMATES or items[i + 1].low not in ESTIMATES_RANGING:
            return False
        figure = self._toll_figure(i, i + 1)
        if figure is None or self._last_outcome_told() is None:
            return False
        after = items[figure + 1] if figure + 1 < len(items) else None
        return after is None or after.text in ".;," or after.low in _ESTIMATED_DEAD  # not "reach 40,000 displaced"

    def _relative_put_at(self, i: int) -> bool:
        """Whether the "which" or "whose" at ``i`` opens a clause that puts the dead told right
        before its comma (a figure of the killed, or "losses") at a source's figure: "killing 24
        civilians, which the local hospital put at 31", "its losses, which Somali officials put at
        about 140 soldiers" (not "killing 24 civilians, which the government denied", nor "the
        bank reported losses, which analysts put at 40")."""
        items = self.items
        if i < 2 or items[i - 1].text != ",":
            return False
        before = i - 2
        killed = any(frame.outcome == "killed" and frame.victims and frame.victims[-1].last == before for frame in self.frames)
        if items[before].low not in _PUT_ANTECEDENTS and not killed:
            return False
        at = next((j for j in range(i + 1, min(len(items) - 1, i + 8)) if items[j].low == "at"), None)
        if at is None or not items[at + 1].is_count or not any(items[j].low in _PUTTING for j in range(i + 1, at)):
            return False
        return killed or self.people_word(at + 2)  # "losses, which officials put at 140 soldiers"; not a bank's "at 40"

    def _later_steps(self, victim: Victim) -> None:
        """ "the toll rose to 19 after more bodies were found, and later to 23", "rose to 20, then to
        84": a toll raised again in the same sentence is one figure whose range runs to its last
        step (in place); a step is "to" and its figure after a word of time or of rising.  A step
        down ("first given as 239, was revised down to 97") makes its figure the toll."""
        items = self.items
        k = victim.last + 1
        while k + 1 < len(items) and k <= victim.last + 14 and items[k].text not in ".;:":
            if items[k].is_count:
                return  # another figure before any step: "rose to 19, and 40 were wounded"
            quantity = items[k + 1].quantity
            if items[k].low == "to" and k > 0 and items[k + 1].is_count and quantity:
                step, top = items[k - 1].low, victim.count_max or victim.count
                if step in _STEPS or (step in _REVISED and quantity.value >= top):
                    victim.count_max = max(top, quantity.value)
                    victim.last = k + 1
                elif step in _LOWERING_STEPS or step in _REVISED:
                    victim.count, victim.count_max, victim.last = quantity.value, None, k + 1
            k += 1

    def _bracketed_parts(self, first: Victim) -> Victim:
        """ "The toll (eight soldiers and five civilians) rose": the parts listed in the bracket
        after a toll are one figure, their sum; ``first`` when the bracket holds one figure."""
        parts = [v for v in self.list_right(first.first, object_position=False) if not v.subset]
        close = parts[-1].last + 1 if parts else len(self.items)
        if len(parts) < 2 or close >= len(self.items) or self.items[close].text != ")":
            return first
        return Victim(first.first, parts[-1].last, sum(v.count for v in parts), first.qualifier)

    def _toll_brought_to(self, i: int, end: int) -> int:
        """ "The attack brought to 4,000 the number of US troops killed in Iraq", "raising to 41
        the death toll": the figure put before the toll it raises; ``end`` is past the toll's
        words."""
        items = self.items
        at = self._brought_to_at(i)
        if at is None:
            return 1
        outcome = self._toll_outcome(i)
        if outcome is None:
            return 1
        victim = self.victim(at, at, count_at=at)
        if victim is None:
            return 1
        frame = Frame(outcome, items[i].low, (i, i), [victim], cumulative=True)
        group_end = end - 2
        while group_end > i + 2 and items[group_end].low in _RELATIVE_CLAUSE_OPENING:
            group_end -= 1  # "of British soldiers who have (died)"
        if items[i].low == "number" and i + 2 <= group_end:
            frame.group_from = (i + 2, group_end)  # "of US troops"
        self.frames.append(frame)
        return end - i

    def _brought_to_at(self, i: int) -> int | None:
        """Where the figure is that a verb of raising puts before the toll at ``i`` ("brought to
        4,000 the number", "raising to 41 the death toll"), past an owner of the toll ("bringing to
        24 the day's toll in Homs", "to 45 Syria's death toll"); None when there is none."""
        items = self.items
        at = i - 1
        while at >= 0 and items[at].low in ("death", "casualty", "the"):
            at -= 1
        if at >= 0 and items[at].low.endswith(_OWNER_ENDINGS):
            at -= 2 if at >= 1 and items[at - 1].low == "the" else 1  # "the day's (toll)", "Syria's (death toll)"
        if at < 2 or not items[at].is_count or items[at - 1].low != "to" or items[at - 2].low not in _BRINGING:
            return None
        return at

    def _toll_figure(self, i: int, j: int) -> int | None:
        """Where the figure of the toll at ``i`` is: after its link words ("rose to 40", "a toll
        of 12", "stands at 9"), past an "of" or "in" that names the event instead ("the death toll
        from the bombing of the mosque rose to 41"), or set off by a comma or a bracket right
        after it or after "the number of" its harm ("The toll, 49 by Friday night, was expected to
        rise", "The toll (eight soldiers and five civilians) rose", "The number of wounded, 19, was
        confirmed"), or past an aside set off so that tells what it leaves out or takes in ("The
        toll (not counting the two bombers) stood at 31", "The toll, including the two bombers,
        stood at 33"); None when no figure follows."""
        items = self.items
        set_off = (items[i].low == "toll" and j == i + 1) or items[i].low == "number"  # "the number of wounded, 19,"
        if set_off and j + 1 < len(items) and items[j].text in ",(" and items[j + 1].is_count:
            return j + 1  # set off right after it: "The toll, 49 by Friday night, was expected to rise"; not "in total, 45 ..."
        if set_off:
            j = self._past_aside(j)
        while j < len(items) and j <= i + _TOLL_REACH:
            if self._as_its_figure(j):
                return j + 1  # "gave the death toll as 14"
            if items[j].low not in _TOLL_LINKS:
                quantity = items[j].quantity
                if items[j].is_count and quantity is not None and quantity.qualifier == "up_to":
                    return j  # "bringing the death toll up to 73", "put the toll as high as 40": the link is in the figure
                if self._changed_from(j):
                    return j  # "revised the death toll from 20 to 27": the new figure
                if items[j].text in ".;:" or items[j].is_count:
                    return None
                j += 1
                continue
            while j < len(items) and j <= i + _TOLL_REACH + 2 and items[j].low in _TOLL_LINKS:
                j += 1
            if j + 1 < len(items) and items[j].text in _OPENING_QUOTES:
                j += 1  # a source's own words: "said the death toll was 'more than 15'", "at “25”"
            if j < len(items) and items[j].is_count:
                return j
        return None

    def _past_aside(self, j: int) -> int:
        """The item after an aside in brackets or commas that opens at ``j`` without a figure, its
        close within the toll's reach and before any stop ("(not counting the two bombers)",
        ", including the attackers,"); ``j`` itself when none opens there."""
        items = self.items
        if j + 1 >= len(items) or items[j].text not in ",(" or items[j + 1].is_count:
            return j
        close = ")" if items[j].text == "(" else ","
        for k in range(j + 1, min(len(items), j + _TOLL_REACH)):
            if items[k].text == close:
                return k + 1
            if items[k].text in ".;:(":
                break
        return j

    def _changed_from(self, j: int) -> bool:
        """Whether the count at ``j`` is a figure changed "from" its old number to its new one by a
        verb of change before it ("officials revised the death toll from 20 to 27", "raised the
        toll from 41 to 58"): read by ``numbers`` as the new figure."""
        item = self.items[j]
        return item.is_count and item.text[:5].lower() == "from "

    def _as_its_figure(self, j: int) -> bool:
        """Whether the "as" at ``j`` links a toll to the count right after it, the toll's words
        right before it: "gave the death toll as 14", "listed the number of dead as 30", or a verb
        of its telling anew ("the toll was later confirmed as 39"); not "has been quantified as 2"
        (a monitor's own figure), "as well as 3"."""
        items = self.items
        return (
            items[j].low == "as" and j + 1 < len(items) and items[j + 1].is_count
            and (items[j - 1].low in _TOLL_BEFORE_AS or items[j - 1].low in _TOLD_ANEW_AS)
        )  # fmt: skip

    def _number_of_dead(self, i: int) -> bool:
        """ "the number of Iranian commanders killed ... to eight" is a toll; so is "the number"
        alone with its figure after the dead were counted ("At least 18 were killed ... some
        accounts placed the number as high as 35", "residents said the true number was 40"), also
        when the text last told the wounded but its sentence a toll of the dead ("killing 18 and
        injuring 150. Al Jazeera raised the toll to 25, and some accounts placed the number as high
        as 35"; after a plain figure of its sentence, "killed 30, while locals put the number at
        18", it is a second source's figure: ``sources``, unless the number rose: "Seven were killed
        on Tuesday, and by Wednesday the number had risen to 11")."""
        items = self.items
        if self._number_of_its_participle(i):
            return True
        if (
            i > 0 and items[i - 1].low in _NUMBER_OPENERS
            and (self.context.last_outcome == "killed" or any(
                f.outcome == "killed" and (f.cumulative or self._number_rose(i)) for f in self.frames
            ))
            and i + 1 < len(items) and items[i + 1].low != "of" and self._toll_figure(i, i + 1) is not None
            and not any(item.low in _HURT_WORDS for item in items)  # "34 injuries ... raised the number to 51"
        ):
            return True
        if i == 0 or items[i - 1].low != "the" or i + 1 >= len(items) or items[i + 1].low != "of":
            return False
        return any(self._dead_of_the_number(i, k) for k in range(i + 2, min(len(items), i + 8)))

    def _number_rose(self, i: int) -> bool:
        """Whether "the number" at ``i`` rose right after it ("and by Wednesday the number had risen
        to 11"): the toll raised of the dead its sentence counted, not a second source's figure."""
        items = self.items
        j = i + 1
        while j < len(items) and items[j].low in _BEFORE_RISING:
            j += 1
        return j < len(items) and items[j].low in _RISING

    def _number_of_its_participle(self, i: int) -> bool:
        """ "The number killed rose to 13 later that day", "the number dead has climbed to 40": "the
        number" with the participle of its harm right after it, then a link and a figure, is a toll
        of that harm, whatever other harm its sentence tells ("..., and around 30 others were
        wounded"), or raised to a figure put before it ("That brings to 45 the number murdered by the
        regime"); not "the number killed in the war" with no figure linked to it."""
        items = self.items
        return (
            i > 0 and i + 1 < len(items) and items[i - 1].low in _NUMBER_OPENERS and items[i + 1].low in PARTICIPLES
            and (self._toll_figure(i, i + 2) is not None or self._brought_to_at(i) is not None)
        )  # fmt: skip

    def _figure_of_the_dead(self, i: int) -> bool:
        """ "Seven civilians were killed ... one source put the figure at 10", "though one source
        gave a figure of 10", "a figure later revised upward to nine": "figure" with its number
        after the dead were counted is another account of their toll (not "a figure of 10
        percent", nor in a sentence of injuries)."""
        items = self.items
        return (
            i > 0 and items[i - 1].low in _FIGURE_OPENERS
            and (self.context.last_outcome == "killed" or any(frame.outcome == "killed" for frame in self.frames))
            and i + 1 < len(items) and self._toll_figure(i, i + 1) is not None
            and not any(item.low in _HURT_WORDS for item in items)
        )  # fmt: skip

    def _figure_of_the_hurt(self, i: int) -> bool:
        """ "Wafa initially reported six injured, later raising the figure to 14", "police said 12
        were hurt, but doctors put the figure at 19": "figure" with its number right after a figure
        of the hurt in its own sentence is another account of their toll (not after the dead: "12
        were killed, and 30 hurt; the figure of 12 ..." is read by ``_figure_of_the_dead``)."""
        items = self.items
        return (
            i > 0 and items[i - 1].low in _FIGURE_OPENERS
            and bool(self.frames) and self.frames[-1].outcome == "wounded"
            and i + 1 < len(items) and self._toll_figure(i, i + 1) is not None
        )  # fmt: skip

    def _last_outcome_told(self) -> Outcome | None:
        """The outcome told last: of this sentence's last figure, else of the text before it."""
        return self.frames[-1].outcome if self.frames else self.context.last_outcome

    def _dead_of_the_number(self, i: int, k: int) -> bool:
        """Whether the item at ``k`` tells what "the number of" at ``i`` counts: a participle or a
        noun of harm ("the number of US troops killed", "the number of deaths"), or a verb of dying
        in a relative or infinitive clause of its people ("brings to 390 the number of British soldiers
        who have died since 2001", "the number of pilgrims that perished", "the number of troops to
        have died in Helmand")."""
        items = self.items
        low = items[k].low
        if low in PARTICIPLES or low in NOUNS:
            return True
        return low in _DYING and (
            any(item.low in _RELATIVES for item in items[i + 2 : k])
            or (k >= i + 5 and [item.low for item in items[k - 2 : k]] == _TO_HAVE)
        )

    def _ordinal_death(self, i: int) -> bool:
        """ "It was the 35th death since the uprising began", "the fourth fatality among the
        protesters": a running count told by the noun of one death (not "the 10th death
        anniversary", "the second death sentence")."""
        items = self.items
        if i + 1 >= len(items) or items[i + 1].low not in _ONE_DEATH:
            return False
        if i + 2 < len(items) and items[i + 2].low in _NOT_A_DEATH_AFTER:
            return False
        quantity = items[i].quantity
        assert quantity is not None
        victim = Victim(i, i, quantity.value)
        self.frames.append(Frame("killed", items[i + 1].low, (i + 1, i + 1), [victim], cumulative=True))
        return True

    def _one_more_death(self, i: int) -> bool:
        """ "Health officials later reported a sixth death", "A tenth body was recovered from the
        rubble": one death more by rank, after "a", tells how many have died by then, its rank (6,
        10): another account of the toll told before, which the restatement pass widens with it;
        not "a second death sentence", nor after a count in its sentence, whose rank it continues
        ("reported the martyrs as eight, and said a ninth body was still under the rubble")."""
        items = self.items
        if i + 1 >= len(items) or items[i + 1].low not in _ONE_MORE_DEATH:
            return False
        if any(items[j].is_count for j in range(i)):
            return False
        if i + 2 < len(items) and items[i + 2].low in _NOT_A_DEATH_AFTER:
            return False
        quantity = items[i].quantity
        assert quantity is not None
        self.frames.append(Frame("killed", items[i + 1].low, (i + 1, i + 1), [Victim(i - 1, i + 1, quantity.value)]))
        return True

    def _toll_outcome(self, i: int) -> Outcome | None:
        """What a toll counts, from the words around it; "casualties" continues the figure before.
        Injuries someone died of ("died of their injuries, bringing the toll to 15") are no
        toll of the wounded, whoever they were ("a woman died of her injuries, bringing the toll to seven")."""
        items = self.items
        if items[i].low in HARM_PUT_AT:
            return HARM_PUT_AT[items[i].low]  # "put the dead at 23 and the wounded at 80": each its own
        if i > 0 and items[i - 1].low in ("injury", "injuries"):
            return "wounded"  # "the injury toll rose to 45", whatever else the clause tells
        if self._number_of_hurt(i):
            return "wounded"
        if self._number_of_its_participle(i):
            return PARTICIPLES[items[i + 1].low]  # "the number injured stands at 80"
        left = self._toll_clause_start(i)
        window = [item.low for item in items[left : i + 6]]
        if any(w in ("death", "deaths", "dead", "killed", "died", "fatalities") for w in window):
            return "killed"
        if any(items[j].low in ("injured", "wounded", "injuries") and (j == 0 or items[j - 1].low not in _DIED_OF_OWN)
               for j in range(left, min(len(items), i + 6))):  # fmt: skip
            return "wounded"
        if "casualties" in window or "casualty" in window:
            return self.context.last_outcome or "killed"
        if items[i].low == "figure":
            # read only after the dead were counted (``_figure_of_the_dead``) or the hurt (``_figure_of_the_hurt``)
            return "wounded" if self._figure_of_the_hurt(i) else "killed"
        if items[i].low == "number" or items[i].low in ESTIMATE_NOUNS or self._the_total_rose(i):
            return self._last_outcome_told()
        if items[i].low in RELATIVES_PUT:
            return self._last_outcome_told() or "killed"  # read only after the killed or "losses" (``_relative_put_at``)
        if items[i].low == "toll":
            return "killed"
        return None

    def _number_of_hurt(self, i: int) -> bool:
        """ "Four civilians were killed, and the number of wounded rose to 15": "the number of"
        the hurt counts the wounded, whatever outcome the clause before it told."""
        items = self.items
        if items[i].low != "number" or i + 2 >= len(items) or items[i + 1].low != "of":
            return False
        k = i + 3 if items[i + 2].low in ("the", "those") and i + 3 < len(items) else i + 2
        return items[k].low in _HURT_WORDS and items[k].low not in ("injury", "wounds", "wound")

    def _the_total_rose(self, i: int) -> bool:
        """ "At least 18 people were killed ... By the evening, the total rose to 24": "the total"
        with a verb of its change right after it tells again the figure before it.  Not "a total
        of 300", nor "the total cost": the outcome of those comes from their own words."""
        items = self.items
        return (
            items[i].low == "total" and i > 0 and items[i - 1].low == "the"
            and i + 1 < len(items) and items[i + 1].low in _TOTAL_CHANGES
        )  # fmt: skip

    def _toll_clause_start(self, i: int) -> int:
        """Where the words that tell what the toll at ``i`` counts begin: six items before it, not
        past a semicolon ("12 were wounded; later the toll rose to five" is a death toll)."""
        left = max(0, i - 6)
        return next((j + 1 for j in range(i - 1, left - 1, -1) if self.items[j].text == ";"), left)

    def _ordinal(self, i: int) -> int:
        """ "the eighth Iranian commander killed since October 7": a running count."""
        items = self.items
        if i > 0 and items[i - 1].low in ("a", "an") and self._one_more_death(i):
            return 2
        if i == 0 or items[i - 1].low != "the":
            return 1
        if self._ordinal_death(i):
            return 2
        j = i + 1
        while j < len(items) and j <= i + 5 and self.np_internal(j) and items[j].low not in PARTICIPLES:
            j += 1
        while j < len(items) and items[j].low in ("to", "be", "have", "been", "was", "were"):
            j += 1
        if j >= len(items) or j == i + 1:
            return 1
        outcome = PARTICIPLES.get(items[j].low) or ("killed" if items[j].low == "die" and items[j - 1].low == "to" else None)
        if outcome is None:  # "the 452nd British soldier to die in Afghanistan" is a running count too
            return 1
        if not any(self.people_word(k) for k in range(i + 1, j)) or items[i + 1].low in ("time", "times"):
            return 1  # "for the third time", "the first time U.S. troops were killed"
        quantity = items[i].quantity
        assert quantity is not None
        victim = Victim(i, j - 1, quantity.value)
        self.frames.append(Frame(outcome, items[j].low, (j, j), [victim], cumulative=True))
        return j - i + 1

    def _subject_before(self, i: int) -> tuple[int, int] | None:
        """The people a toll is about, when its subject names casualties ("The latest Iranian
        casualties brought the total to 71"); None for any other subject ("officials said")."""
        items = self.items
        k = i if items[i].low in DEATHS_AS_TOLL else i - 1  # "US military deaths (rose)": its own subject
        while k >= 0 and items[k].low in _BRINGING | {"the", "death", "casualty"}:
            k -= 1
        if k < 0 or items[k].low not in _TOLL_SUBJECTS:
            return None
        first = k
        while first - 1 >= 0 and items[first - 1].is_word and self.np_internal(first - 1):
            first -= 1
        return first, k
