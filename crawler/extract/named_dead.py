"""The distinct people a monitor's report names as dead: the top of its range when they are more.

Civilian-harm monitors follow their lead figure ("at least two civilians were killed") with the
dead by name, a few to a sentence: "Rajab Hamdan (69) was killed and his son Shadi was injured.
Shadi's wife, Hanan Hamdan (37), was killed, along with their daughter Maria (6)."  The monitor's
range reaches the number of distinct people named as dead when that exceeds the lead (here 3).
The figures of each sentence can't be summed for it, since one person is read twice ("killed along
with his wife, Hind" gives a wife and a Hind), so the people are read here, each once:

* a person is a name with its age ("Rajab Hamdan (69)", "38-year-old Adham Abu al-Eish", "Karam
  Abu Daqqa , 9 years old"), a name after a kin word with its owner ("his son Shadi", "Shadi's
  wife, Hanan Hamdan", "their children Hala (4) and Yousef (2)": the names, not the count beside
  them), a name after a plural kin word that opens the clause ("Brothers Omar and Khaled
  Zaqout"), or after "victim," ("A fourth victim, Hassan ..."), or a name of a plain list right
  before the verb of their death or after "those killed:" ("Hala al-Kurdi , Hana al-Kurdi and Haya
  al-Kurdi were also killed");
* a name told again, shortened ("Hanan") or spelled otherwise ("Mohammed", "Muhammed") is the
  same person, unless both tellings give different ages ("Jamal Dalou (60)" and "their son Jamal (2)"); a byname after "known as"
  ("Um Ahmad") is no one new;
* a person is dead when the first outcome word after the name in the sentence tells a death
  ("killed", "died", "martyred"), not in what they tell of others ("confirmed that X had died");
  else when the last before it does and the name has no verb of its own ("killed along with his
  wife, Hind"; "among the dead were ..."); "injured", "survived" and the like tell the living;
* a sentence of the dead of before ("had been killed in an earlier strike", "two weeks earlier")
  is background, and whoever speaks ("his brother Ali said") is no victim.

The count widens the ``count_max`` of the report's only figure of new people killed, never its
``count``, and only when it is larger than that figure's top.  It is made only for a figure that
the tally reader already found one person told of as one of its dead (a figure of one that
restates it or is part of it): a report of no single dead reads no names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crawler.extract.numbers import UNITS
from crawler.extract.person_names import name_key, opening_vowel_folded
from crawler.extract.records import Sentence, Tally
from crawler.extract.scan import may_hold_words

_NAME_WORD = r"[A-Z](?:[\w-]|['’](?!s\b))*\w"
_PARTICLE = r"(?:(?:al|el|bin|ibn|bint|abu|Abu|abd|Abd|Um|Umm)[-\s])"
# A name: capitalised words, particles between them ("Ziad Abu Shamala", "Imad al-Masri");
# never a possessive ("Shadi's wife" names the wife, not Shadi).
_NAME = rf"(?:(?:Dr|Mr|Mrs|Ms)\.\s+)?{_NAME_WORD}(?:\s+{_PARTICLE}?{_NAME_WORD})*(?!['’]s\b)(?![\w'’-])"
_AGE = r"\s*\((?P<age>\d{1,3})\)"
_OWNER = rf"(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he\s+couple['’]s|{_NAME_WORD}['’]s)"
_KIN_WORDS = (
    r"(?:mother|father|son|daughter|brother|sister)-in-law|wife|husband|sons?|daughters?|child(?:ren)?|brothers?|sisters?"
    r"|mother|father|grand(?:sons?|daughters?|child(?:ren)?|father|mother)|nephews?|nieces?|cousins?|uncle|aunt"
    r"|fianc[eé]e?|friend"
)
_YEARS_OLD = r"(?:(?:\d{1,3}|[a-z]+)[-\s](?:year|month)s?[-\s]old\s+)"
# "his son Shadi", "Shadi's wife, Hanan Hamdan (37)", "their baby daughter Jana", "the couple's two
# daughters, Rahaf (11) and Ruba (8)", "his three children, Sara (10), Adam (7) and Lina (3)";
# (speed) found from the kin word: its owner read in the characters before it, its names after it
_KIN_WORD = re.compile(rf"\b(?=[abcdfghmnsuw])(?:{_KIN_WORDS})\b")  # (speed) first letters looked at first
_OWNER_ENDING = re.compile(rf"\b{_OWNER}\s+(?:[\w-]+\s+){{0,2}}\Z")
_OWNER_MOST = 40  # characters before a kin word read for its owner
# An age set off by commas after a name, as news writes it: "Samir Nofal, 50, (his wife Huda, 47,)".
_SET_AGE = r",\s+\d{1,3}(?=\s*,)"
_KIN_NAMES = re.compile(
    rf",?\s+{_YEARS_OLD}?(?P<names>{_NAME}(?:{_AGE}|{_SET_AGE})?"
    rf"(?:\s*(?:,\s+|,?\s+and\s+){_YEARS_OLD}?{_NAME}(?:\s*\(\d{{1,3}}\)|{_SET_AGE})?)*)"
)
# "Brothers Omar and Khaled Zaqout were killed": plural kin opening the clause, then the names
_PLURAL_KIN = ("Brothers", "Sisters", "Twins", "Cousins")
_PLURAL_KIN_NAMED = re.compile(
    rf"(?:^|[,;]\s+)(?:{'|'.join(_PLURAL_KIN)})\s+(?P<names>{_NAME}(?:{_AGE})?(?:(?:,\s+|,?\s+and\s+){_NAME})+)"
)
# "Rajab Hamdan (69)", "Abdullah Samir Saad , 8 years old", "Samir Nofal, 50,"
# (speed) found from the age back to the name, read in the characters before it
_AGE_AFTER_NAME = re.compile(
    r"\((?P<age>\d{1,3})\)|,\s+(?:\d{1,3}|[a-z]+)\s+(?:years?|months?)\s+old\b|,\s+(?P<set>\d{1,3})(?=\s*,)"
)
_SET_AGE_CUE = re.compile(_SET_AGE)  # (speed) whether a sentence may set an age off by commas
_NAME_ENDING = re.compile(rf"(?P<name>{_NAME})\Z")
_NAME_MOST = 60  # characters before an age read for the name
# "38-year-old Adham Abu al-Eish", "73-year-old father Mahmoud al-Louh"
_AGE_THEN_NAME = re.compile(
    rf"\b(?:(?P<years>\d{{1,3}})|[a-z]+)[-\s]year[-\s]old\s+(?:(?:{_KIN_WORDS})\s+)?(?P<name>{_NAME})"
)
# A list of plain names a monitor gives, each with an aside or an age at most: right before the
# verb of their death ("Hala al-Kurdi , Hana al-Kurdi , and Haya al-Kurdi were also killed"), or
# after a colon that follows the dead ("documented the names of those killed: A , B (child), C").
_ENTRY = rf"{_NAME}(?:\s*\([^()]*\))?"
_NAMES_LIST = rf"(?P<names>{_ENTRY}(?:\s*,\s+(?:and\s+)?{_ENTRY}|\s*,?\s+and\s+{_ENTRY})+)"
# (speed) "(?=[A-Z])": every list opens on a capital ("Dr", "Mr" or a name's); looked at first, the
# regex engine passes over the other characters at once instead of trying the optional title there.
_NAMES_BEFORE_DEATH = re.compile(
    rf"(?=[A-Z]){_NAMES_LIST}\s*,?\s+(?:(?:were|was)\s+(?:also\s+|all\s+|both\s+)?(?:killed|martyred)|died)\b"
)
_NAMES_AFTER_THE_DEAD = re.compile(rf"\b(?:killed|dead|martyrs|victims)\s*:\s+{_NAMES_LIST}")
_VICTIM_NAMED = re.compile(rf"\b(?:[Vv]ictim|man|woman),\s+(?P<name>{_NAME}),")
# (speed) each way of naming someone, with the plain text it needs
_NAMED_WITH_CUES = ((_AGE_THEN_NAME, ("year",)), (_VICTIM_NAMED, ("victim,", "Victim,", "man,")))
_ONE_NAME = re.compile(rf"(?P<name>{_NAME})(?:{_AGE})?")
_BYNAME = re.compile(r"(?:known\s+as|nicknamed|called)\s+$")
_BYNAME_MOST = 20  # characters before a name read for "known as"
# The person's own verb after their name and age ("Mazid al-Agha, was hit"): the outcome before the
# name is not theirs.
_OWN_VERB = re.compile(r"\s*(?:\([^()]*\)\s*)?,?\s*(?:\w+\s+)?(?:was|were|is|are|had|has)\b")
# Words that open what someone tells ("confirmed that", a colon, a quote): a death told after them is
# of whom they tell, not of the teller ("Nour's sister-in-law Dr. Shaymaa ... confirmed that Khalil
# had been killed").
_OWNER_AFTER = re.compile(r"\s+[A-Z][\w-]*['’]s\b")
_TOLD_BY = re.compile(r"\bthat\b|[:“\"]")
_SPEAKS = re.compile(
    r"(?:\s*\(\d{1,3}\))?,?\s+(?:also\s+)?(?:said|says|told|wrote|posted|added|recalled|tweeted)\b"
)  # "Amal's husband Mahmoud Al-Jayeh also posted ..."
_TITLES = frozenset(
    {"Dr", "Mr", "Mrs", "Ms", "Sheikh", "Journalist", "Fisherman", "Farmer", "Among", "A", "An", "The", *_PLURAL_KIN}
)  # words before a name that are none of it ("Brothers Mahmoud and Hassan Sabbah")
_DEATH = re.compile(r"\b(?:killed|died|dead|martyred|perished|killing)\b")
_DEATH_PARTS = ("kill", "died", "dead", "martyr", "perish")  # (speed) looked for first as plain text
_LIVING = re.compile(r"\b(?:injured|wounded|hurt|survived|rescued|escaped|missing|trapped)\b")
# The dead of before, told as background: "had been killed in an earlier strike", "two weeks earlier"
_HAD_DIED = re.compile(r"\bhad\s+(?:already\s+)?(?:been\s+killed|been\s+martyred|died)\b", re.IGNORECASE)
_BACKGROUND = re.compile(
    r"\b(?:an\s+earlier|a\s+previous|a\s+prior)\s+(?:strike|attack|bombing|raid|shelling)\b"
    r"|\b(?:days?|weeks?|months?|years?)\s+(?:earlier|before|ago)\b",
    re.IGNORECASE,
)
# What someone wrote or said, told in the past perfect of reported speech: "A relative wrote that
# his father Salim (64) had been killed along with ..." tells the strike's dead, not those of before.
_REPORTED_THAT = re.compile(
    r"\b(?:said|says|wrote|writes|posted|reported|confirmed|stated|tweeted|added|explained)\s+that\b", re.IGNORECASE
)
_BACKGROUND_PARTS = ("had ", "earlier", "previous", "prior", "before", "ago")  # (speed)


# A sentence that names the dead as a list, with no word of death of its own: "Relatives named them
# as ...", "A relative later listed the victims as ...", "The dead were later named as ...", "The
# names of the victims were published by the Syrian Network: ...".  Everyone it names after these
# words is one of the dead, the first plain name too ("named them as Mohammed Abu Taha, his brother
# Khaled"), and so are the kin it counts without names ("... and her two children").
_NAMING_THE_DEAD = re.compile(
    r"\b(?:named|listed|identified)\s+(?:them|the\s+(?:victims|dead))\s+as\s+"
    r"|\b(?:[Tt]he\s+(?:dead|victims)|[Tt]hey)\s+(?:were|was)\s+(?:later\s+)?(?:named|identified|listed)\s+as\s+"
    r"|\b[Nn]ames\s+of\s+the\s+(?:victims|dead)\b[^:.;]*:\s+"
)
_NAMING_PARTS = ("named", "listed", "identified", "ames of")  # (speed)
_KIN_COUNTS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")  # their values in ``UNITS``
_KIN_COUNTED_UNNAMED = re.compile(
    rf"\b{_OWNER}\s+(?P<n>{'|'.join(_KIN_COUNTS)})\s+(?:{_KIN_WORDS})\b(?!\s*,?\s+{_NAME_WORD})"
)


@dataclass(frozen=True, slots=True)
class _Person:
    """One person told of: the first word of their name, their age if given, where the name is."""

    key: str
    age: int | None
    at: int


def widen_for_named_dead(tallies: list[Tally], sentences: list[Sentence]) -> None:
    """Widen the report's only figure of new people killed to the distinct dead it names, when
    they are more than its top (in place)."""
    leads = [
        t for t in tallies if t.outcome == "killed" and t.restates is None and t.subset_of is None and not t.outside_the_sum
    ]
    if len(leads) != 1:
        return
    lead, at = leads[0], tallies.index(leads[0])
    later = sentences[lead.sentence :]
    if not any(t.count == 1 and at in (t.restates, t.subset_of) for t in tallies) and not any(
        _naming_the_dead(sentence.text) for sentence in later
    ):
        return  # no one person told as one of its dead
    named = _named_dead(later)
    if named > lead.top:
        lead.count_max = named


def _named_dead(sentences: list[Sentence]) -> int:
    """How many distinct people the sentences name as dead."""
    dead: list[_Person] = []
    unnamed = 0
    for sentence in sentences:
        text = sentence.text
        naming = _naming_the_dead(text)
        if naming is None and (not any(map(text.__contains__, _DEATH_PARTS)) or not _DEATH.search(text)):
            continue
        if _of_before(text):
            continue
        people = _people(text)
        if naming is not None:
            people.extend(_first_of_the_list(text, naming.end()))
            unnamed += sum(UNITS[m.group("n")] for m in _KIN_COUNTED_UNNAMED.finditer(text, naming.end()))
        for person in people:
            listed = naming is not None and person.at >= naming.end()
            if (listed or _outcome_is_death(text, person.at)) and not any(_same(person, other) for other in dead):
                dead.append(person)
    return len(dead) + unnamed


def _naming_the_dead(text: str) -> re.Match[str] | None:
    """Where a sentence opens its list of the names of the dead, if it does."""
    if not any(map(text.__contains__, _NAMING_PARTS)):
        return None
    return _NAMING_THE_DEAD.search(text)


def _first_of_the_list(text: str, at: int) -> list[_Person]:
    """The plain name that opens a list of the dead ("named them as Mohammed Abu Taha, ...")."""
    found: dict[int, _Person] = {}
    if name := _ONE_NAME.match(text, at):
        _add(text, at, name.group("name"), _age(name), found)
    return list(found.values())


def _of_before(text: str) -> bool:
    """Whether the sentence tells of the dead of before (its cues found first as plain text)."""
    if not may_hold_words(text, _BACKGROUND_PARTS):
        return False
    if _BACKGROUND.search(text):
        return True
    had_died = _HAD_DIED.search(text)
    return had_died is not None and not _REPORTED_THAT.search(text, 0, had_died.start())


def _same(a: _Person, b: _Person) -> bool:
    """Whether two tellings are of one person: one first name however its opening vowel is spelled
    ("Issam", "Essam"), no two different ages."""
    return opening_vowel_folded(a.key) == opening_vowel_folded(b.key) and (a.age is None or b.age is None or a.age == b.age)


def _people(text: str) -> list[_Person]:
    """The people a sentence names, once each by where their name stands."""
    found: dict[int, _Person] = {}
    for kin in _KIN_WORD.finditer(text):
        names = _KIN_NAMES.match(text, kin.end())
        if names and _OWNER_ENDING.search(text, max(0, kin.start() - _OWNER_MOST), kin.start()):
            _add_names(text, names.start("names"), names.end("names"), found)
    if any(word in text for word in _PLURAL_KIN):
        for match in _PLURAL_KIN_NAMED.finditer(text):
            _add_names(text, match.start("names"), match.end("names"), found)
    if " and " in text or ":" in text:
        for pattern in (_NAMES_BEFORE_DEATH, _NAMES_AFTER_THE_DEAD):
            for match in pattern.finditer(text):
                _add_names(text, match.start("names"), match.end("names"), found)
    if "(" in text or " old" in text or _SET_AGE_CUE.search(text):
        for age in _AGE_AFTER_NAME.finditer(text):
            end = len(text[: age.start()].rstrip())
            if name := _NAME_ENDING.search(text, max(0, end - _NAME_MOST), end):
                _add(text, name.start(), name.group(), _age(age), found)
    for pattern, cues in _NAMED_WITH_CUES:
        if any(cue in text for cue in cues):
            for match in pattern.finditer(text):
                _add(text, match.start("name"), match.group("name"), _age(match), found)
    return [found[at] for at in sorted(found)]


def _add_names(text: str, start: int, end: int, found: dict[int, _Person]) -> None:
    """Each name of a list ("Rahaf (11) and Ruba (8)"), with its age if it has one."""
    for match in _ONE_NAME.finditer(text, start, end):
        _add(text, match.start("name"), match.group("name"), _age(match), found)


def _add(text: str, at: int, name: str, age: int | None, found: dict[int, _Person]) -> None:
    """One person named at ``at``, past a title ("Dr. Akram"); not a byname, a speaker, nor an
    owner whose name goes on to a possessive ("their grandfather Abu Khalil Bardawil’s house")."""
    words = [word for word in name.split() if word.rstrip(".") not in _TITLES]
    if not words or _BYNAME.search(text, max(0, at - _BYNAME_MOST), at) or _SPEAKS.match(text, at + len(name)):
        return
    if _OWNER_AFTER.match(text, at + len(name)):
        return
    found.setdefault(at, _Person(name_key(words[0]) or words[0].lower(), age, at))


def _age(match: re.Match[str]) -> int | None:
    """The age in years told with a name, in brackets or before it in digits."""
    age = match.groupdict().get("age") or match.groupdict().get("years") or match.groupdict().get("set")
    return int(age) if age else None


def _outcome_is_death(text: str, at: int) -> bool:
    """Whether the first outcome word after the name at ``at`` tells a death, and not in what the
    person tells of others; when none follows, whether the last before it does and the name has
    no verb of its own ("killed along with his wife, Hind", not "..., and Mazid, was hit")."""
    if death := _DEATH.search(text, at):
        return not _LIVING.search(text, at, death.start()) and not _TOLD_BY.search(text, at, death.start())
    if _LIVING.search(text, at):
        return False
    if (name := _ONE_NAME.match(text, at)) is None or _OWN_VERB.match(text, name.end()):
        return False
    before_death = [m.start() for m in _DEATH.finditer(text, 0, at)]
    before_living = [m.start() for m in _LIVING.finditer(text, 0, at)]
    return bool(before_death) and max(before_death) > max(before_living, default=-1)
