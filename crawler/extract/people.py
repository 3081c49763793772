"""People named as killed, wounded, captured or missing, with rank or title and affiliation.

A name is a run of capitalised words: after a rank or title of at least one word ("Brigadier
General Abdolreza Majiri", "Father Mahmoud Abu Arram"), else of at least two ("Hossein Hamedani"),
or one word after a kin word ("his wife, Doaa").  Leading words that describe rather than name
("Journalist Maria Lopez", "Hezbollah commander") are not part of it.  It is a casualty when an
outcome word of ``outcomes`` is about it:

* after the name, with only appositives, other names of a list, adverbs and auxiliaries between:
  "General Hossein Hamedani, apparently killed by ...", "Brigadier General Abdolreza Majiri, the
  eighth Iranian commander killed since October 7", "X, and his wife, Doaa, ... were listed among
  the dead", "X died";
* before the name: "the death of Iran's overall commander in Syria, General Hossein Hamedani",
  "Among the casualties is ...", "an airstrike killed senior Hamas commander X".

Conventions: a name that does the killing ("General X killed dozens of rebels"), says something
("X said 12 were killed") or is only detained, rescued or freed is no casualty.  A casualty the
sentence denies or calls a rumour ("tried to refute claims that General Soleimani ... had been
wounded") is not reported at all: ``claims`` records the claim, not the casualty.  The
affiliation is the nationality or group (``groups.describe``) of the words describing the person,
never of the words after "by" (the attacker).  The hedge is a hedge word of ``tallies`` between
the name and its outcome word.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from crawler.extract.groups import AFFILIATIONS, COUNTRIES, DEMONYMS, ROLES, describe
from crawler.extract.outcomes import ACTIVE, INTRANSITIVE, NOUNS, PARTICIPLES
from crawler.extract.records import NamedCasualty, Outcome, Sentence
from crawler.extract.tallies import HEDGES, NEGATIONS

_RANKS = sorted(
    (
        "Brigadier General", "Brig. Gen.", "Major General", "Maj. Gen.", "Lieutenant General",
        "Lt. Gen.", "Lieutenant Colonel", "Lt. Col.", "Rear Admiral", "Vice Admiral",
        "Field Marshal", "Staff Sergeant", "General", "Gen.", "Colonel", "Col.", "Major", "Maj.",
        "Captain", "Capt.", "Lieutenant", "Lt.", "Sergeant", "Sgt.", "Corporal", "Cpl.", "Private",
        "Pvt.", "Commander", "Cmdr.", "Admiral", "Adm.", "Marshal", "Father", "Fr.", "Sheikh",
        "Imam", "Mullah", "Ayatollah", "Dr.", "Doctor", "Mayor", "Governor", "Gov.", "Minister",
        "Senator", "Mr.", "Mrs.", "Ms.", "Rev.", "Reverend", "Haji", "Hajji", "Emir", "Mufti",
        "Rabbi", "Bishop", "Judge", "Secretary-General",
    ),
    key=len,
    reverse=True,
)  # fmt: skip
_RANKS_BY_FIRST_WORD: dict[str, list[str]] = {}
for _rank_words in _RANKS:
    _RANKS_BY_FIRST_WORD.setdefault(_rank_words.split()[0], []).append(_rank_words)
_KIN = frozenset(
    """wife husband son daughter brother sister mother father cousin nephew niece uncle aunt
    grandson granddaughter""".split()
)
# Runs of capitalised words; "al-", "bin" and the like may join them ("Abu Bakr al-Baghdadi").
_RUN = re.compile(r"[A-Z][\w’'.-]*(?:\s+(?:(?:al|el|bin|ibn|abu|abd|de|van|von)[- ])?[A-Z][\w’'.-]*)*")
_NOT_NAME_WORDS = frozenset(
    {*DEMONYMS, *COUNTRIES, *AFFILIATIONS, *ROLES, "the", "among", "in", "on", "at", "meanwhile",
     "however", "state", "news", "guards", "forces", "force", "army", "ministry", "province", "city",
     "post", "secretary", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
     "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december", "middle", "east", "west", "north", "south",
     "see", "head", "related", "posts", "photo", "revolutionary", "islamic", "council",
     "committee", "a", "an", "his", "her", "their", "two", "three", "four", "five", "six"}
)  # fmt: skip

# Outcome words after the name (the name's fate) and before it (the name is their object).
_AFTER_WORDS: dict[str, Outcome] = {**PARTICIPLES, **INTRANSITIVE}
_AFTER_CUE = re.compile(
    r"(?:listed\s+among\s+the\s+(?P<listed>dead|killed|wounded|injured|missing)|"
    + "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in sorted(_AFTER_WORDS, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
_BEFORE_NOUNS = (
    "death killing assassination execution murder funeral burial body martyrdom abduction kidnapping "
    "capture disappearance"
)
_BEFORE_CUE = re.compile(
    rf"(?:(?P<noun>{_BEFORE_NOUNS.replace(' ', '|')})\s+of"
    r"|among\s+(?:the|those)\s+(?P<among>dead|killed|casualties|victims|fatalities|wounded|injured|missing)"
    r"(?:\s+(?:is|was|are|were|included|includes|being))?"
    r"|(?P<active>" + "|".join(word for word in ACTIVE if " " not in word) + r"))\b",
    re.IGNORECASE,
)
_AMONG: dict[str, Outcome] = {
    "dead": "killed", "killed": "killed", "casualties": "killed", "victims": "killed",
    "fatalities": "killed", "wounded": "wounded", "injured": "wounded", "missing": "missing",
}  # fmt: skip
# The first letters of every outcome word: str.find on them finds the cues, where a regex scan
# over the whole text would cost far more.
_OUTCOME_STEMS = tuple(
    sorted(
        {word[:4].lower() for word in (*_AFTER_WORDS, *ACTIVE)}
        - {"were", "went", "took", "taki", "take", "put ", "held", "suff", "sust", "foun", "conf"}
        | {noun[:4] for noun in _BEFORE_NOUNS.split()}
        | {"among", "list"}
    )
)

_AUXILIARIES = re.compile(
    r"(?:\s*,)?(?:\s+(?:was|were|is|are|has|have|had|been|being|be|went|got|remains?|remained|still|also|later|reportedly|apparently"
    r"|allegedly|presumably|possibly|probably|both|all|tragically|subsequently|then|listed))*\s*",
    re.IGNORECASE,
)
_APPOSITIVE = re.compile(r",\s+[^,;:()]{1,80}?(?:,\s*|\s+)")
_LIST_REST = re.compile(r"(?:\s*,?\s*(?:and\s+)?(?:(?:his|her|their)\s+\w+)?\s*,?)*(?:\s+(?:were|are|all|both))*\s*")
_BREAK_WORDS = ("who", "whose", "which", "that", "said", "says", "told", "but", "while")
_BREAK_MARKS = (";", ":", "(", ")", " — ", " – ")
_NEGATION = re.compile(rf"\b(?:{'|'.join(NEGATIONS)})\b|n't\b", re.IGNORECASE)
_OBJECT_AHEAD = re.compile(r"\s+(?!by\b|in\b|on\b|at\b|near\b|when\b|during\b|after\b|while\b|as\b)[\w$]")
_DESCRIPTION_START = re.compile(r".*\b(?:of|killed|killing|is|are|was|were|included|includes)\s+", re.IGNORECASE)
_DENIALS = ("deny", "denie", "denied", "refut", "dismiss", "reject", "rumor", "rumour", "false", "untrue", "claims that")
_NOT_CASUALTY = ("rescued", "freed", "released", "detained", "arrested", "survived", "escaped", "unharmed")


@dataclass(frozen=True, slots=True)
class _Cue:
    start: int
    end: int
    outcome: Outcome
    after: bool  # True: the outcome word follows the name ("X was killed")
    active: bool = False  # a transitive verb ("killed"), whose subject is the killer


@dataclass(frozen=True, slots=True)
class _Name:
    start: int  # where the name proper starts (after any title)
    end: int
    run_start: int  # where the title starts
    title: str | None


def _cues(text: str, lower: str) -> list[_Cue]:
    starts: set[int] = set()
    for stem in _OUTCOME_STEMS:
        at = lower.find(stem)
        while at != -1:
            if at == 0 or not lower[at - 1].isalnum():
                starts.add(at)
            at = lower.find(stem, at + 1)
    return [cue for at in sorted(starts) for cue in _cues_at(text, at)]


def _cues_at(text: str, at: int) -> list[_Cue]:
    """The outcome word at ``at``, as a fate after a name and/or as a verb or noun before one."""
    cues = []
    after = _AFTER_CUE.match(text, at)
    if after is not None:
        listed = after.group("listed")
        word = " ".join(after.group().lower().split())
        outcome = _AMONG[listed.lower()] if listed else _AFTER_WORDS[word]
        cues.append(_Cue(at, after.end(), outcome, True, active=word in ACTIVE))
    before = _BEFORE_CUE.match(text, at)
    if before is not None:
        cues.append(_before_cue(at, before))
    return cues


def _before_cue(at: int, before: re.Match[str]) -> _Cue:
    if before.group("noun"):
        noun = before.group("noun").lower()
        outcome = NOUNS.get(noun, "killed") if noun not in ("funeral", "burial", "martyrdom", "assassination") else "killed"
    elif before.group("among"):
        outcome = _AMONG[before.group("among").lower()]
    else:
        outcome = ACTIVE[before.group("active").lower()]
    return _Cue(at, before.end(), outcome, False, active=before.group("active") is not None)



def _names(text: str, sentence: Sentence) -> list[_Name]:
    names = []
    for run in _RUN.finditer(text, sentence.start, sentence.end):
        if run.start() > 0 and text[run.start() - 1].isalnum():
            continue
        words = run.group().split()
        if words[-1].endswith(".") and words[-1] not in _RANKS:
            words[-1] = words[-1][:-1]
        if any(word.endswith(("’s", "'s")) for word in words):
            continue
        title = None
        while words and (words[0].lower() in _NOT_NAME_WORDS or title is None and _rank(words)):
            rank = _rank(words) if title is None else None
            title = rank or title
            words = words[len(rank.split()) :] if rank else words[1:]
        if not words or any(word.lower() in _NOT_NAME_WORDS for word in words):
            continue
        if title is None and len(words) < 2 and not _after_kin(text, run.start()):
            continue
        start = text.find(words[0], run.start())
        end = start + len(" ".join(words))
        if text[start:end].split() != words:  # line breaks or double spaces inside: keep it simple
            continue
        names.append(_Name(start, end, run.start(), title))
    return names


def _rank(words: list[str]) -> str | None:
    for rank in _RANKS_BY_FIRST_WORD.get(words[0], ()):
        if words[: rank.count(" ") + 1] == rank.split():
            return rank
    return None


def _after_kin(text: str, at: int) -> bool:
    """ "his wife, Doaa": a single name introduced by a kin word."""
    words = text[max(0, at - 24) : at].replace(",", " ").split()
    return len(words) >= 2 and words[-1].lower() in _KIN and words[-2].lower() in ("his", "her", "their")


def _broken(gap: str) -> bool:
    lowered = gap.lower()
    return (
        any(mark in gap for mark in _BREAK_MARKS)
        or any(char.isdigit() for char in gap)
        or any(f" {word} " in f" {lowered} " for word in _BREAK_WORDS)
        or bool(_NEGATION.search(gap))
    )


def _links(text: str, name: _Name, cue: _Cue, names: list[_Name]) -> bool:
    """Whether the outcome word is about the name (see the module docstring)."""
    if cue.after:
        gap = text[name.end : cue.start]
        if _broken(gap):
            return False
        if not gap.strip() and cue.active and _OBJECT_AHEAD.match(text, cue.end):
            return False  # "General X killed dozens of rebels": the name did the killing
        if _AUXILIARIES.fullmatch(gap) or _APPOSITIVE.fullmatch(gap):
            return True
        rest = gap
        for other in names:  # other names of the same list, then "were"
            if name.end <= other.run_start and other.end <= cue.start:
                rest = rest.replace(text[other.run_start : other.end], "")
        return bool(_LIST_REST.fullmatch(rest))
    gap = text[cue.end : name.run_start]
    if _broken(gap) or gap.count(",") > 1 or len(gap) > 80:
        return False
    return not cue.active or ("," not in gap and len(gap.split()) <= 5)


def _affiliation(*descriptions: str) -> str | None:
    for words in descriptions:
        words = re.split(r"\bby\b", words)[0]
        if words.strip():
            nationality = describe(words).nationality
            if nationality:
                return nationality
    return None


def _hedge(lower: str, start: int, end: int) -> str | None:
    words = re.findall(r"[a-z]+", lower[start:end])
    return next((HEDGES[word] for word in words if word in HEDGES), None)


def find_named_casualties(text: str, sentences: list[Sentence]) -> list[NamedCasualty]:
    """Every person named as a casualty, once per sentence, in text order."""
    lower = text.lower()
    if len(lower) != len(text):
        lower = "".join(char.lower()[:1] for char in text)
    cues = _cues(text, lower)
    if not cues:
        return []
    starts = [sentence.start for sentence in sentences]
    by_sentence: dict[int, list[_Cue]] = {}
    for cue in cues:
        by_sentence.setdefault(bisect_right(starts, cue.start) - 1, []).append(cue)
    people: list[NamedCasualty] = []
    for index, sentence_cues in sorted(by_sentence.items()):
        if index < 0:
            continue
        sentence = sentences[index]
        names = _names(text, sentence)
        seen: set[str] = set()
        for name in names:
            after = [cue for cue in sentence_cues if cue.after and cue.start >= name.end]
            before = [cue for cue in sentence_cues if not cue.after and cue.end <= name.run_start]
            candidates = after[:1] + before[-1:]
            cue = next((cue for cue in candidates if _links(text, name, cue, names)), None)
            label = text[name.start : name.end]
            if cue is None or label in seen:
                continue
            first, last = min(cue.start, name.run_start), max(cue.end, name.end)
            if any(word in lower[sentence.start : first] for word in _DENIALS):
                continue
            if any(word in lower[first:last] for word in _NOT_CASUALTY):
                continue
            described = text[name.end : cue.start] if cue.after else text[cue.end : name.run_start]
            before_name = text[sentence.start : name.run_start].rstrip(" ,")
            before_name = _DESCRIPTION_START.sub("", before_name.split(",")[-1])
            seen.add(label)
            people.append(
                NamedCasualty(
                    name=label,
                    outcome=cue.outcome,
                    title=name.title,
                    affiliation=_affiliation(described, before_name),
                    hedge=_hedge(lower, first, last),
                    sentence=index,
                    start=name.start,
                    end=name.end,
                )
            )
    return people
