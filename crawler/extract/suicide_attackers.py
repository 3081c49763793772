"""Attackers dead in their own attack, read for ``tallies``.

The subject of "blew himself up" and the like, a suicide bomber who does the killing ("A suicide
bomber killed 14 people": the bomber died too), and one whose act or attack dates the victims'
figure ("12 were killed when a suicide bomber detonated his vest", "8 died in a suicide bombing",
"6 died when a suicide car bomb hit the gate"), unless the text says the figure includes the
bomber.  A suicide attack that opens the sentence and then tells its deaths as a participle or a
toll left ("A suicide bombing hit the market, killing 9", "a suicide attack on a mosque left 12
dead") cost its bomber too: list summaries count him on top.  A suicide attack or blast as the
subject of "killed" ("the suicide blast killed 8"), and a lone bomber who opens the sentence ("A
suicide bomber detonated his vest, killing 20"), are not read as the attacker's death: sources
differ on whether those tolls include him.  "The attacker was shot dead" counts one attacker;
so does one who killed others "and then killed himself", whoever he is ("He killed his wife and
two children and then killed himself": four dead).  An attacker the sentence opens on who was
hurt at the end of the attack is read the same way ("... before he was shot and wounded").
"""

from __future__ import annotations

import re

from crawler.extract.after_people import SAYING
from crawler.extract.groups import ROLES, side_of
from crawler.extract.names import person_names
from crawler.extract.numbers import parse_number
from crawler.extract.outcomes import ACTIVE, INTRANSITIVE, LEAVING, NOUNS, PARTICIPLES
from crawler.extract.phrases import plural_people_word
from crawler.extract.records import Outcome
from crawler.extract.scan import opening_on_letters
from crawler.extract.tally_frames import HAVE, Frame, FrameReader
from crawler.extract.victims import Victim
from crawler.extract.word_classes import (
    ADVERBS,
    AUX,
    BELONGINGS_HIT,
    PREPOSITIONS,
    SINGULAR_DETERMINERS,
    verb_like,
)

_SUICIDE_ATTACKERS = frozenset({"bomber", "bombers", "attacker", "attackers"})
# What a suicide bomber does when the attack goes off: "detonated his vest", "rammed the gate".
_DETONATING = frozenset(
    """detonated detonates detonating blew blows blowing exploded explodes exploding attacked attacks
    rammed rams struck strikes targeted targets hit hits killed kills killing injured injures injuring
    wounded wounds wounding left leaves set sets""".split()
)
# The attack did not go off, or the bomber lived: "a would-be suicide bomber was arrested".
_BOMBER_SURVIVED = frozenset(
    """attempted attempt foiled would-be failed thwarted arrested captured detained caught prevented
    defused surrendered escaped fled""".split()
)
_WHEN = frozenset({"when", "after", "as", "while"})
# The rest of the attackers, who lived, after some were told dead: "and two escaped", "and the other two
# were arrested".
_THE_REST_GOT_AWAY = re.compile(
    r"\Wand\s+(?:the\s+other\s+)?(?P<rest>[\w-]+)\s+(?:(?:was|were)\s+)?(?:" + "|".join(sorted(_BOMBER_SURVIVED)) + r")\b",
    re.IGNORECASE,
)
# What attackers do with the bombers they send in: "used two suicide bombers".
_SENDING = frozenset("used uses using deployed deploying dispatched sent sending".split())
# The outcome words of the figures of attackers dead in their own attack.
_BOMBER_WORDS = frozenset({"suicide", "blew up"})
# Single words that tell a death ("killing", "dead", "died", "deaths") or a toll left ("leaving").
_KILLING_WORDS = frozenset(
    word
    for lexicon in (PARTICIPLES, INTRANSITIVE, ACTIVE, NOUNS)
    for word, outcome in lexicon.items()
    if outcome == "killed" and " " not in word
) | LEAVING
_SUICIDE_ATTACKS = frozenset("bombing bombings attack attacks blast blasts explosion explosions".split())
# The figure includes the attackers: "including the bomber", "among the dead were two attackers",
# "three of the dead were the bombers", "including himself".
# Made to skip in C the places where none of its words can start (speed).
_BOMBER_COUNTED = opening_on_letters(
    re.compile(
        r"\b(?:including|among\s+them|(?:among|of)\s+the\s+dead\s+(?:was|were))\s+(?:the\s+|two\s+|three\s+)?"
        r"(?:suicide\s+)?(?:bombers?|attackers?|assailants?|perpetrators?)\b"
        r"|\bincluding\s+(?:himself|herself|themselves)\b"  # "killed 6 people, including himself"
        # the list's own words: "The attacker was among the 14 dead", "both bombers were among those killed"
        r"|\b(?:bombers?|attackers?|assailants?|perpetrators?)\s+(?:was|were)\s+among\s+(?:the|those)\b",
        re.IGNORECASE,
    )
)
# The one who carried out the attack, named with "the": "The attacker was shot dead by police".
_ATTACKER_NOUNS = frozenset("attacker assailant perpetrator gunman bomber terrorist stabber shooter".split())
# Those who carried it out, named with "the" after the sentence before counted them: "The attackers".
_ATTACKERS_NOUNS = frozenset("attackers assailants gunmen bombers shooters terrorists militants insurgents".split())


# The sentence before, opening on one attacker who killed: "The gunman killed five worshippers at the mosque."
_ONE_ATTACKER_KILLED = re.compile(
    r"(?:the|an?)\s+(?:[\w-]+\s+){0,2}?(?:" + "|".join(sorted(_ATTACKER_NOUNS)) + r")\s+(?:\w+\s+)?"
    r"(?:killed|shot\s+dead|murdered|stabbed|gunned\s+down)\b[^.!?]*[.!?]\s*$",
    re.IGNORECASE,
)
# Counted members of a named or banned armed group, as the subject of a verb of their own (not "were"):
# "Five members of Lashkar-e-Jhangvi attacked", "Eight members of the banned group escaped", "Six members
# of the Abu Sayyaf group raided" (not "Four members of a Hindu family were shot dead").
_MEMBERS_OF_A_GROUP = (
    r"members\s+of\s+(?:the\s+|an?\s+)?(?:(?:(?-i:[A-Z])[\w'’-]*\s+){1,4}?|(?:banned|outlawed|proscribed|militant|armed"
    r"|terrorist|extremist|rebel|jihadist|islamist)\s+)(?:(?:group|cell|outfit|organi[sz]ation|faction|movement)\s+)?"
    r"(?!(?:were|was|had|have|are|is)\b)(?-i:[a-z])"
)
# The sentence before (or the sentence itself), opening on counted attackers: "Three attackers drove a van
# into pedestrians ...", "Two gunmen opened fire on the worshippers.", "Five militants stormed the station",
# "Five members of Lashkar-e-Jhangvi attacked a police station".
_COUNTED_ATTACKERS_OPENING = re.compile(
    r"(?:the\s+)?(?P<count>[\w-]+)\s+(?:(?:[\w-]+\s+){0,2}?(?:" + "|".join(sorted(_ATTACKERS_NOUNS)) + r")\s"
    + r"|" + _MEMBERS_OF_A_GROUP + r")",
    re.IGNORECASE,
)
# One person told by a role as the one harmed: "shot the editor of a newspaper", "opened fire on a tribal
# elder", "A soldier fired on a student", "thrown into the house of a village headman", "Militants beat a
# pharmacist" (the role word as the phrase's head).
_ONE_HARMED_BY_ROLE = re.compile(
    r"\b(?:shot|stabbed|beat|wounded|injured|attacked|ambushed|targeted|abducted|kidnapped|fired?\s+(?:on|at)"
    r"|(?:" + "|".join(sorted(BELONGINGS_HIT)) + r")\s+of)"
    r"\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?P<role>"
    + "|".join(sorted((w for w in ROLES if not plural_people_word(w)), key=len, reverse=True))
    + r")\b(?![\w-])",
    re.IGNORECASE,
)
# A death told as the end of a harm: "succumbed", "died of his wounds", "died of a wound to the chest",
# "died in hospital", "died at the scene", "died on the way to the clinic".
_DIED_OF_THE_HARM = re.compile(
    r"\b(?:succumbed|later|(?:of|from)\s+(?:his|her|a)\s+(?:wounds?|injur(?:y|ies))|at\s+the\s+scene"
    r"|(?:in|at|on\s+the\s+way\s+to)\s+(?:a\s+|the\s+)?(?:hospital|clinic))\b",
    re.IGNORECASE,
)
# Where the sentence before opens: after the end of the one before it, or at the text's start.
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z])")


# The heads of the attackers a sentence opens on, who may die at its end: "A gunman ...".
ATTACKER_HEADS = frozenset(
    "gunman gunmen attacker attackers assailant assailants shooter shooters bomber bombers".split()
)
# What links the attackers' death to their attack: "... before being shot dead", "until they were killed".
_THEN_DEAD = frozenset({"before", "until"})
_THEIR_PRONOUNS = {"he": False, "she": False, "they": True}
# What links a killer's own death to the killing told before it: "... and then killed himself".
_THEN_KILLED = frozenset({"then", "before", "later"})
# Where or when a bomber "blew himself" without "up": "in the crowd", "at the gate", "while in the car".
_WHERE_BLOWN = frozenset("in at among amid near inside outside on into while".split())


class SuicideAttackers(FrameReader):
    """Reads the attackers a sentence tells dead in their own attack."""

    def _opening_attackers(self, end: int) -> list[Victim]:
        """The counted attackers the sentence opens on, before ``end`` and before a verb of
        theirs: "A gunman", "The lone shooter", "Two attackers" (not "Gunmen": how many is not
        said, nor "Police shot a gunman")."""
        items = self.items
        if not items or not (items[0].is_count or items[0].low in SINGULAR_DETERMINERS or items[0].low == "the"):
            return []
        counted = len(items) > 1 and items[0].low == "the" and items[1].is_count  # "The three attackers"
        last = self.np_right_end(1 if counted else 0)
        if last >= 2 and items[last].low == "shot" and items[last - 1].low in ATTACKER_HEADS:
            last -= 1  # "A gunman shot dead 7 people": "shot" is the verb, not a noun of the subject
        if last < 1 or last + 1 >= end or items[last].low not in ATTACKER_HEADS:
            return []
        count_at = next((k for k in range(last) if items[k].is_count), None)
        if count_at is not None:
            victim = self.victim(0, last, count_at=count_at)
            return [victim] if victim is not None else []
        return [] if items[last].low.endswith(("s", "men")) else [Victim(0, last, 1)]  # not "The gunmen"

    def _opening_one(self, end: int) -> list[Victim]:
        """One person of a role the sentence opens on with "a", before ``end``, who died at the
        end of what the sentence tells: "A man drove a truck into the crowd, killing 86, before
        he was shot dead by police", "A soldier opened fire on his comrades before being killed"
        ("A man drove": "drove" is read on as a noun, so the head is the last role word)."""
        items = self.items
        if not items or items[0].low not in ("a", "an"):
            return []
        head = next((k for k in range(min(self.np_right_end(0), 3), 0, -1) if items[k].low in ROLES), 0)
        if head < 1 or head + 1 >= end or items[head].low.endswith(("s", "men")):
            return []
        return [Victim(0, head, 1)]

    def _opening_named(self, end: int) -> list[Victim]:
        """One person the sentence opens on by a name of two words or more, before ``end`` and a
        verb of his, who died at the end of what the sentence tells: "Khalid Masood killed four
        people before being shot dead", "Mohamed Lahouaiej-Bouhlel drove a truck into the crowd,
        killing 86, before being shot dead by police"."""
        items = self.items
        names = person_names(self.text, self.sentence.start, self.sentence.end)
        if not names or names[0].run_start != items[0].start:
            return []
        last = next((k for k in range(len(items)) if items[k].end >= names[0].end), len(items))
        verb = last + 1  # his own verb, not one of saying: "Ahmed Saleh said the gunmen killed four ..."
        if last < 1 or verb >= end or items[last].end != names[0].end or items[verb].is_cap or items[verb].low in SAYING:
            return []
        if not items[verb].is_word or self.people_word(verb):
            return []  # "Boko Haram fighters killed ...": the name is of a group
        return [Victim(0, last, 1)]

    def _opening_counted(self, end: int) -> list[Victim]:
        """The counted people the sentence opens on, before ``end`` and a verb of theirs, of whom
        a second verb after "and" tells their death: "Two soldiers stepped on a mine and were
        killed", "Three militants attacked the checkpoint and were killed"; or a verb after
        "before" or "until" (a list entry's insider attack or raid): "Two Afghan soldiers turned
        their weapons on NATO trainers, killing two, before being shot dead themselves"."""
        items = self.items
        if not items or not items[0].is_count:
            return []
        last = self.np_right_end(0)
        if last < 1 or last + 1 >= end or not self.people_word(last) or not verb_like(items[last + 1].low):
            return []
        victim = self.victim(0, last, count_at=0)
        return [victim] if victim is not None and victim.count > 1 else []

    def _attackers_killing_themselves(self, start: int) -> list[Victim]:
        """ "A gunman killed 58 people at a concert before killing himself", "Two attackers
        opened fire, killing four, and then killed themselves": the reflexive object at
        ``start``, alone, is the attackers the sentence opens on."""
        items = self.items
        if start >= len(items) or items[start].low not in ("himself", "herself", "themselves"):
            return []
        if start + 1 < len(items) and items[start + 1].low in ("and", "up"):
            return []  # "killed himself and 14 others", "blew himself up": read elsewhere
        attackers = self._opening_attackers(start - 1)
        plural = items[start].low == "themselves"
        return [v for v in attackers if (v.count > 1) == plural] or self._killer_killing_himself(start)

    def _killer_killing_himself(self, start: int) -> list[Victim]:
        """ "He killed his wife and two children and then killed himself", "a farmer killed his
        parents before killing himself": one who killed the people an earlier verb of the sentence
        counts, then himself, is one more dead (whoever the subject is; not "themselves", whose
        number is not told)."""
        items = self.items
        verb = start - 1
        if items[start].low == "themselves" or verb < 1 or items[verb - 1].low not in _THEN_KILLED:
            return []
        killed_before = any(
            frame.outcome == "killed" and frame.victims and frame.trigger[1] < frame.victims[0].first < verb
            for frame in self.frames
        )
        return [Victim(start, start, 1)] if killed_before else []

    def _attackers_dead_or_hurt_after(self, outcome: Outcome, word: str, first: int, last: int) -> bool:
        """ "A gunman killed 49 people at a nightclub before being shot dead by police", "Two
        gunmen killed three soldiers before they were shot dead", "A man stabbed two guards and
        was shot dead", "... and then killed himself": the attackers (or the one) the sentence
        opens on died at the end of their attack; or were hurt there ("A gunman killed two
        students before he was shot and wounded by an officer").  Whether it read them."""
        items = self.items
        if outcome == "killed" and (self._attacker_dead_told_next(word, first, last) or self._named_one_dead_told_next(word, first, last)):
            return True
        if outcome not in ("killed", "wounded") or first < 2:
            return False
        if outcome == "killed" and last + 1 < len(items) and (selves := self._attackers_killing_themselves(last + 1)):
            self.frames.append(Frame("killed", word, (first, last), selves))
            return True  # "... and then killed himself", read as the verb of the opening subject
        k = first - 1
        and_was = self._and_was(k)
        if items[k].low == "being":
            plural = None
        elif items[k].low in ("was", "were") and items[k - 1].low in _THEIR_PRONOUNS:
            plural = _THEIR_PRONOUNS[items[k - 1].low]
            k -= 1
        elif and_was:
            plural = items[k].low == "were"
        else:
            return False
        if k < 1 or (items[k - 1].low not in _THEN_DEAD and not and_was):
            return False
        attackers = [v for v in self._opening_attackers(k - 1) if plural is None or (v.count > 1) == plural]
        if not attackers and not plural:
            attackers = self._opening_one(k - 1) or self._opening_named(k - 1)
        if not attackers and plural is not False and (and_was or items[k - 1].low in _THEN_DEAD):
            attackers = self._opening_counted(k - 1)
        if attackers:
            self.frames.append(Frame(outcome, word, (first, last), attackers))
        return bool(attackers)

    def _attacker_dead_told_next(self, word: str, first: int, last: int) -> bool:
        """ "The gunman killed five worshippers at the mosque. He was shot dead by police minutes
        later", "... He was later killed in a shootout": the one attacker the sentence before
        opened on, told dead by a pronoun opening this one (not "He was arrested"), when no figure
        before counts an armed man dead.  Whether it read him."""
        if self._counted_attackers_dead_told_next(word, first, last):
            return True
        if not self._pronoun_opens(first):
            return False
        if not self._one_attacker_killed_before() or self._armed_dead_told():
            return False
        self.frames.append(Frame("killed", word, (first, last), [Victim(0, 0, 1)], group_words="attacker"))
        return True

    def _counted_attackers_dead_told_next(self, word: str, first: int, last: int) -> bool:
        """ "Five militants stormed a police station in Grozny, killing three officers. They were
        shot dead after a four-hour siege": the counted attackers the sentence before opened on,
        told dead by "they" opening this one, when that sentence told deaths (so "they" are not
        its victims, already dead: not "Five gunmen kidnapped three aid workers. They were killed
        days later") and no figure before counts armed men dead.  So are they told by "all" and
        their number: "Three members of the Caucasus Emirate stormed a press house, killing three
        policemen. All three were killed by security forces".  So are some of them, when the rest
        got away and the two make up their count: "Six gunmen stormed a police station, killing
        three policemen. Four of them were killed and two escaped" (four attackers dead).  Whether
        it read them."""
        items = self.items
        told_all = len(items) > 2 and items[0].low == "all" and items[1].is_count
        some = len(items) > 3 and items[0].is_count and [item.low for item in items[1:3]] == ["of", "them"]
        opener = 2 if told_all else 3 if some else 1 if items[0].low == "they" else 0
        if not opener or first < opener or not all(item.low in AUX or item.low in ADVERBS for item in items[opener:first]):
            return False
        told = self.sentence.index - 1
        if not any(t.outcome == "killed" and t.sentence == told for t in self.tallies) or self._armed_dead_told():
            return False
        before, opening = self._sentence_before()
        match = _COUNTED_ATTACKERS_OPENING.match(before, opening)
        count = parse_number(match["count"]) if match is not None else None
        if count is None or count < 2 or (told_all and parse_number(items[1].text) != count):
            return False
        if some:
            dead = parse_number(items[0].text)
            rest = _THE_REST_GOT_AWAY.search(self.sentence.text, items[last].end - self.sentence.start)
            if dead is None or rest is None or dead + (parse_number(rest["rest"]) or 0) != count:
                return False
            count = dead
        self.frames.append(Frame("killed", word, (first, last), [Victim(0, opener - 1, count)], group_words="attackers"))
        return True

    def _named_one_dead_told_next(self, word: str, first: int, last: int) -> bool:
        """ "A roadside bomb struck the car of Colonel Ahmed Saleh in Aden. He was killed and his
        driver was wounded": the one person the sentence before names, told dead by a pronoun
        opening this one, when no figure before counts anyone dead (not "... Two guards were
        killed. He survived").  So is the one the clause before a semicolon names, told dead by a
        pronoun opening the clause after it, as list entries tell a shooting ("Gunmen shot the
        mayor, Antonio Halili, during a ceremony; he died in hospital two days later").  So is the one
        person the sentence or clause before, naming no one, tells harmed by a role: "Gunmen shot the
        editor of a Kurdish newspaper in Mosul. He succumbed to his wounds", "A grenade was thrown
        into the house of a village headman; he died of his wounds".  Whether it read him."""
        if any(t.outcome == "killed" for t in self.tallies):
            return False
        opens = self._pronoun_opens(first)
        clause = None if opens else self._pronoun_opens_clause(first)
        if not opens and clause is None:
            return False
        if clause is not None and any(frame.outcome == "killed" for frame in self.frames):
            return False
        pronoun = clause or 0
        if clause is None:
            before, opening = self._sentence_before()
            start, end = self.sentence.start - len(before) + opening, self.sentence.start
        else:
            start, end = self.sentence.start, self.items[clause - 1].start
        named = person_names(self.text, start, end)
        if len(named) != 1 and (named or not self._one_harmed_by_role(self.text[start:end])):
            return False
        self.frames.append(Frame("killed", word, (first, last), [Victim(pronoun, pronoun, 1)]))
        return True

    def _one_harmed_by_role(self, told: str) -> bool:
        """Whether ``told`` tells one person harmed by a role ("shot the editor") and this
        sentence tells his death as the end of that harm ("He succumbed to his wounds", not "He
        died in 2004")."""
        return len(_ONE_HARMED_BY_ROLE.findall(told)) == 1 and _DIED_OF_THE_HARM.search(self.sentence.text) is not None

    def _pronoun_opens(self, first: int) -> bool:
        """Whether "he" or "she" opens the sentence as the subject of the outcome word at ``first``
        ("He was later killed", "She died")."""
        items = self.items
        return first >= 1 and items[0].low in ("he", "she") and all(item.low in AUX or item.low in ADVERBS for item in items[1:first])

    def _pronoun_opens_clause(self, first: int) -> int | None:
        """Where "he" or "she" opens a clause after a semicolon as the subject of the outcome word
        at ``first`` ("...; he died in hospital", "...; she was later killed"); None if none does."""
        items = self.items
        opener = next((k for k in range(first - 1, 0, -1) if items[k].low not in AUX and items[k].low not in ADVERBS), 0)
        if opener < 2 or items[opener].low not in ("he", "she") or items[opener - 1].text != ";":
            return None
        return opener

    def _sentence_before(self) -> tuple[str, int]:
        """The text before this sentence (up to 400 characters), and where the last sentence in it opens."""
        before = self.text[max(0, self.sentence.start - 400) : self.sentence.start]
        return before, max((m.end() for m in _SENTENCE_END.finditer(before.rstrip())), default=0)

    def _and_was(self, k: int) -> bool:
        """Whether "was" or "were" at ``k`` opens a second verb of the sentence's own subject
        after "and", with no relative clause before it to give another subject: "A man stabbed
        two guards and was shot dead by police" (not "... shot a guard, who ... and was")."""
        items = self.items
        if k < 2 or items[k].low not in ("was", "were") or items[k - 1].low != "and":
            return False
        return not any(item.low in ("who", "which", "that", "whom") for item in items[: k - 1])

    def _definite_attacker(self, k: int, outcome: Outcome) -> list[Victim]:
        """ "The attacker was shot dead by police", "The bomber, who was killed, ...", a list
        entry's verbless "one soldier injured, attacker shot dead": one attacker, killed, when no
        figure before already counts an armed man's death or a suicide attacker's ("12 died in a
        suicide bombing. The attacker blew himself up")."""
        items = self.items
        if outcome != "killed":
            return []
        if k >= 2 and items[k].low == "who" and items[k - 1].text == ",":
            k -= 2
        first = k - 1 if k >= 1 and items[k - 1].low == "suicide" else k
        if items[k].low in _ATTACKERS_NOUNS and first >= 1 and items[first - 1].low == "the":
            return self._attackers_counted_before(first - 1, k)
        if items[k].low not in _ATTACKER_NOUNS or first < 1:
            return []
        bare = items[first - 1].text in ",;:"  # no article: "; attacker shot dead"
        if items[first - 1].low != "the" and not bare:
            return []
        if self._armed_dead_told():
            return []
        return [Victim(first, k, 1) if bare else Victim(first - 1, k, 1)]

    def _attackers_counted_before(self, first: int, last: int) -> list[Victim]:
        """ "Three attackers drove a van into pedestrians on London Bridge, killing eight. The
        attackers were shot dead by armed police": "the attackers" killed are as many as the
        sentence before, opening on them, counted (when no figure before counts armed men dead;
        not "The attackers were shot dead" with no count told before).  So are those the
        sentence itself opened on: "Two gunmen opened fire at a checkpoint, killing three
        policemen, before the attackers were shot dead"."""
        if self._armed_dead_told():
            return []
        match = _COUNTED_ATTACKERS_OPENING.match(self.sentence.text) if first > 2 else None
        if match is None:
            before, opening = self._sentence_before()
            match = _COUNTED_ATTACKERS_OPENING.match(before, opening)
        count = parse_number(match["count"]) if match is not None else None
        return [Victim(first, last, count)] if count is not None and count > 1 else []

    def _armed_dead_told(self) -> bool:
        """Whether a figure before already counts an armed man's death or a suicide attacker's."""
        armed = (t for t in self.tallies if side_of(t.role) == "armed" or t.outcome_word in _BOMBER_WORDS)
        return any(t.outcome == "killed" for t in armed)

    def _one_attacker_killed_before(self) -> bool:
        """Whether the sentence before opens on one attacker who killed: "The gunman killed five
        worshippers at the mosque.", before "He was shot dead by police minutes later"."""
        before, opening = self._sentence_before()
        return _ONE_ATTACKER_KILLED.match(before, opening) is not None

    def _suicide_attackers(self, verb: int) -> None:
        """ "A suicide bomber killed at least 14 people": the bomber died too, and is not among
        the 14.  Only a bomber or attacker doing the killing counts; "the blast killed 8" may
        already include them, and "including himself" or "including the bomber" says so."""
        items = self.items
        last = self.skip_left(verb - 1)
        if last < 0 or items[last].low not in _SUICIDE_ATTACKERS:
            return
        first = self.np_left_start(last)
        if first > last or not any(item.low == "suicide" for item in items[first:last]):
            return
        if _BOMBER_COUNTED.search(self.text):
            return  # "A suicide bomber killed 6 people, including himself"
        count_at = next((k for k in range(first, last) if items[k].is_count), None)
        if count_at is not None:
            victim = self.victim(first, last, count_at=count_at)
        elif items[last].low.endswith("s"):
            victim = Victim(first, last, 2, "vague")  # "Suicide bombers killed ...": two at least
        else:
            victim = Victim(first, last, 1)
        if victim is not None:
            self.frames.append(Frame("killed", "suicide", (last, last), [victim]))

    def _suicide_bomber(self, at: int) -> None:
        """ "12 were killed when a suicide bomber detonated his vest", "after two suicide bombers
        attacked the camp": the bombers died in the attack that killed the others.  Only a counted
        or singular bomber in a "when" or "after" clause who acts right after counts; not one who
        was stopped or caught, nor one the figures include ("including the bomber")."""
        items = self.items
        head = next((k for k in range(at + 1, min(at + 4, len(items))) if items[k].low in _SUICIDE_ATTACKERS), None)
        if head is None:
            self._suicide_attack(at)
            return
        if not all(item.is_word for item in items[at + 1 : head]):
            return
        if self._bombers_used(at, head):
            return
        verb = next((k for k in range(head + 1, min(head + 9, len(items))) if items[k].text in ".;:"
                     or items[k].low in _DETONATING), None)
        if verb is None or items[verb].low not in _DETONATING:
            return
        words = {item.low for item in items}
        if words & _BOMBER_SURVIVED or _BOMBER_COUNTED.search(self.text):
            return
        first = self.np_left_start(at)
        count_at = next((k for k in range(first, at) if items[k].is_count), None)
        in_clause = first > 0 and items[first - 1].low in _WHEN
        if not in_clause and not (count_at is not None and self._opens_sentence(first) and self._then_killing(verb)):
            return  # a lone bomber as the subject is left alone: tolls that follow often count them
        if count_at is not None:
            victim = self.victim(first, head, count_at=count_at)
        elif items[head].low.endswith("s"):
            return  # "Suicide bombers attacked ...": how many is not said
        else:
            victim = Victim(first, head, 1)
        if victim is not None:
            self.frames.append(Frame("killed", "suicide", (at, at), [victim]))

    def _bombers_used(self, at: int, head: int) -> bool:
        """ "The attackers used two suicide bombers", "the militants deployed three suicide
        bombers before storming the base": counted bombers the attackers sent in died in the
        attack.  Whether it read them (not when the text says a figure includes them)."""
        items = self.items
        count_at = next((k for k in range(at - 1, max(at - 4, 0), -1) if items[k].is_count), None)
        if count_at is None or items[count_at - 1].low not in _SENDING:
            return False
        if {item.low for item in items} & _BOMBER_SURVIVED or _BOMBER_COUNTED.search(self.text):
            return False
        victim = self.victim(count_at, head, count_at=count_at)
        if victim is not None:
            self.frames.append(Frame("killed", "suicide", (at, at), [victim]))
        return True

    def _opens_sentence(self, first: int) -> bool:
        """Whether the phrase at ``first`` is the subject the sentence (or its part after a
        headline's colon or a wire story's dateline) opens on."""
        return first == self._dateline_end() or self.items[first - 1].text == ":"

    def _dateline_end(self) -> int:
        """Where the sentence opens after a wire story's dateline (capitalised words, commas and
        an agency in brackets, then a dash: "MAIDUGURI, Nigeria (AP) - ", "KABUL (Reuters) -");
        0 when it has none."""
        items = self.items
        dash = next((k for k, item in enumerate(items[:12]) if item.text in "-–—"), None)
        if dash is None or dash < 1 or not all(item.is_cap or item.text in ",()" for item in items[:dash]):
            return 0
        return dash + 1

    def _clause_start(self, i: int) -> int:
        """Where the clause of the verb at ``i`` opens: after the sentence's dateline or its last
        semicolon before ``i``, past an "and" and an opening adverbial closed by a comma (a list
        entry's "; and in Kirkuk, a suicide bomber blew himself up", "In Kirkuk, a bomber ...")."""
        items = self.items
        start = next((k + 1 for k in range(i - 1, -1, -1) if items[k].text == ";"), self._dateline_end())
        if start < i and items[start].low == "and":
            start += 1
        if start < i and items[start].low in PREPOSITIONS:
            start = next((k + 1 for k in range(start, i) if items[k].text == ","), start)
        return start

    def _then_killing(self, verb: int) -> bool:
        """ "Two suicide bombers detonated their vests at the gate, killing six": the bombers' act,
        then ", killing" the others.  Not when the bomber is the one who "killed" (read by
        ``_suicide_attackers``)."""
        items = self.items
        if items[verb].low in ACTIVE:
            return False
        return any(items[k].low == "killing" and items[k - 1].text == "," for k in range(verb + 1, len(items)))

    def _suicide_attack(self, at: int) -> None:
        """ "8 people were killed in a suicide car bombing", "after two suicide attacks", "A
        suicide bombing hit the market, killing 9": each suicide attack that dates a figure of
        the sentence, or opens it before its deaths, cost its bomber's life; "the suicide blast
        killed 8" is left alone (sources differ on whether its toll includes the bomber)."""
        items = self.items
        head = next((k for k in range(at + 1, min(at + 4, len(items))) if items[k].low in _SUICIDE_ATTACKS), None)
        if head is None or not all(item.is_word for item in items[at + 1 : head]):
            return
        first = self.np_left_start(at)
        if not (self._dates_figure(first) or self._kills_as_subject(first, head)):
            return
        if {item.low for item in items} & _BOMBER_SURVIVED or _BOMBER_COUNTED.search(self.text):
            return
        if self._attackers_counted():
            return  # "One civilian was killed plus two attackers ... in a suicide attack"
        count = next((item.quantity for item in items[first:at] if item.is_count), None)
        if count is not None:
            victim = Victim(first, head, count.value)  # one bomber per attack
        elif any(item.low in ("double", "twin") for item in items[first:at]):
            victim = Victim(first, head, 2)
        elif items[head].low.endswith("s"):
            return
        else:
            victim = Victim(first, head, 1)
        self.frames.append(Frame("killed", "suicide", (at, at), [victim]))

    def _dates_figure(self, first: int) -> bool:
        """ "8 people were killed in a suicide car bombing", "3 died when a suicide car bomb blast
        hit the checkpoint": the attack at ``first`` is in an "in", "after" or "when" phrase after
        the figure's outcome."""
        items = self.items
        if first == 0 or items[first - 1].low not in ("in", "after", "when"):
            return False
        return any(item.low in PARTICIPLES or item.low in INTRANSITIVE for item in items[:first])

    def _kills_as_subject(self, first: int, head: int) -> bool:
        """ "A suicide bombing hit the market, killing 9", "A suicide attack on a mosque left 12
        dead": the attack that opens the sentence, then the deaths it caused as a participle or
        a toll left.  Not "A suicide bombing killed 9" (sources differ on whether that toll
        includes the bomber), nor a headline's name of the attack before a colon."""
        items = self.items
        if not self._opens_sentence(first) or (head + 1 < len(items) and items[head + 1].text == ":"):
            return False
        word = next((k for k in range(head + 1, len(items)) if items[k].low in _KILLING_WORDS), None)
        if word is None:
            return False
        if items[word].low in LEAVING:  # "left 12 dead", not "left the road blocked"
            return any(item.low in _KILLING_WORDS for item in items[word + 1 :])
        return items[word].low == "killing"

    def _attackers_counted(self) -> bool:
        """Whether the sentence already counts bombers or attackers among its dead."""
        return any(
            frame.outcome == "killed" and any(self.items[v.last].low in _SUICIDE_ATTACKERS for v in frame.victims)
            for frame in self.frames
        )

    def _self_kill(self, i: int) -> int:
        """ "Three militants ... blew themselves up": the attackers are dead.  So too without "up",
        as some writers leave it out, when a phrase of place or time follows: "the bomber blew himself
        in the crowd", "she blew herself at the gate" (not "blew himself a kiss")."""
        items = self.items
        reflexive = i + 2 < len(items) and items[i + 1].low in ("himself", "herself", "themselves")
        if not reflexive:
            self._own_charge_blown(i)
            return 1
        if items[i + 2].low != "up" and items[i + 2].low not in _WHERE_BLOWN:
            return 1
        span = 3 if items[i + 2].low == "up" else 2
        subject = self.skip_left(i - 1)
        if subject > 0 and items[subject].low in HAVE:
            subject = self.skip_left(subject - 1)  # "the bomber had blown himself up"
        if subject > 0 and items[subject].low in _ATTACKER_NOUNS:
            victims = self._definite_attacker(subject, "killed")  # "the attacker blew himself up"
            self.frames.extend(Frame("killed", "blew up", (i, i + span - 1), [victim]) for victim in victims)
            if victims:
                return span
        opening = self._clause_subject(i)
        if opening is not None:
            self._blown(i, i + span - 1, *opening)
        return span

    def _own_charge_blown(self, i: int) -> None:
        """ "A suicide bomber blew up his car at the gate", "Two suicide bombers blew their
        explosives as the convoy passed": suicide bombers who set off their own charge ("his",
        "their") died as those who "blew themselves up" did.  Not "militants blew up a bridge",
        nor a bomber who is not a suicide bomber, who lived, or whom the figure includes."""
        items = self.items
        at = i + 2 if i + 2 < len(items) and items[i + 1].low == "up" else i + 1
        if at >= len(items) or items[at].low not in ("his", "her", "their"):
            return
        subject = self._clause_subject(i)
        if subject is None or {item.low for item in items} & _BOMBER_SURVIVED or _BOMBER_COUNTED.search(self.text):
            return
        first, last = subject
        if items[last].low in _SUICIDE_ATTACKERS and any(item.low == "suicide" for item in items[first:last]):
            self._blown(i, at - 1, first, last)

    def _clause_subject(self, i: int) -> tuple[int, int] | None:
        """The counted or singular subject ("Three militants", "A suicide bomber") of the clause of
        the verb at ``i``, as its first and last items; None when a preposition or a comma comes
        first."""
        items = self.items
        for k in range(self._clause_start(i), i):
            if items[k].is_count or items[k].low in SINGULAR_DETERMINERS:
                return k, max(k, min(self.np_right_end(k), i - 1))
            if items[k].low in PREPOSITIONS or items[k].text == ",":
                return None
        return None

    def _blown(self, verb: int, verb_end: int, first: int, last: int) -> None:
        """Adds the subject from ``first`` to ``last`` as dead in their own blast told by the words
        from ``verb`` to ``verb_end``."""
        items = self.items
        victim = self.victim(first, last, count_at=first) if items[first].is_count else Victim(first, last, 1)
        if victim is not None:
            self.frames.append(Frame("killed", "blew up", (verb, verb_end), [victim]))
