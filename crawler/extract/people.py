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

from crawler.extract.groups import describe
from crawler.extract.names import PersonName, person_names
from crawler.extract.outcomes import ACTIVE, INTRANSITIVE, PARTICIPLES
from crawler.extract.records import NamedCasualty, Outcome, Sentence
from crawler.extract.scan import find_starts, folded, lower_aligned
from crawler.extract.word_classes import HEDGES, NEGATIONS

# Outcome words after the name (the name's fate) and before it (the name is their object).
_AFTER_WORDS: dict[str, Outcome] = {**PARTICIPLES, **INTRANSITIVE}
_AFTER_CUE = re.compile(
    r"(?:listed\s+among\s+the\s+(?P<listed>dead|killed|wounded|injured|missing)|"
    + "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in sorted(_AFTER_WORDS, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
_BEFORE_NOUNS: dict[str, Outcome] = {
    "death": "killed", "killing": "killed", "assassination": "killed", "execution": "killed",
    "murder": "killed", "funeral": "killed", "burial": "killed", "body": "killed", "bodies": "killed",
    "martyrdom": "killed",
    "abduction": "captured", "kidnapping": "captured", "capture": "captured", "disappearance": "missing",
}  # fmt: skip
_BEFORE_CUE = re.compile(
    rf"(?:(?P<noun>{'|'.join(_BEFORE_NOUNS)})\s+of"
    r"|among\s+(?:the|those)\s+(?P<among>dead|killed|casualties|victims|fatalities|wounded|injured|missing)"
    r"(?:\s+(?:is|was|are|were|included|includes|being))?"
    r"|(?P<active>" + "|".join(word for word in ACTIVE if " " not in word) + r"))\b",
    re.IGNORECASE,
)
_AMONG: dict[str, Outcome] = {
    "dead": "killed", "killed": "killed", "casualties": "killed", "victims": "killed",
    "fatalities": "killed", "wounded": "wounded", "injured": "wounded", "missing": "missing",
}  # fmt: skip
# The first letters of every outcome word, to find the cues with ``scan``.
_OUTCOME_STEMS = tuple(
    sorted(
        {word[:4].lower() for word in (*_AFTER_WORDS, *ACTIVE)}
        - {"were", "went", "took", "taki", "take", "put ", "held", "suff", "sust", "foun", "conf"}
        | {noun[:4] for noun in _BEFORE_NOUNS}
        | {"among", "list"}
    )
)

# Words that may stand between a name and its fate: "X was reportedly killed", "X and Y were also".
_AUXILIARY_WORDS = (
    r"was|were|is|are|has|have|had|been|being|be|went|got|remains?|remained|still|also|later|reportedly"
    r"|apparently|allegedly|presumably|possibly|probably|both|all|tragically|subsequently|then|listed"
)
_AUXILIARIES = re.compile(rf"(?:\s*,)?(?:\s+(?:{_AUXILIARY_WORDS}))*\s*", re.IGNORECASE)
_APPOSITIVE = re.compile(r",\s+[^,;:()]{1,80}?(?:,\s*|\s+)")
# What may stand between a listed name and its fate once the list's other names are taken out:
# commas, "and", "his wife", then those words.  Each piece matches one way only (a nested
# "\s*...\s*" loop here took seconds on a list of seven names that failed to match).  The words
# come after white space, and not straight after a lone "and " ("X and were" is no list).
_LIST_REST = re.compile(
    r"(?:[\s,]|and\s|(?:his|her|their)\s+\w+)*"
    rf"(?:(?<=\s)(?<![\s,]and\s)(?<!^and\s)(?:{_AUXILIARY_WORDS})(?=\s|$)\s*)*",
    re.IGNORECASE,
)
# The words that break the link of a name and its fate, each between spaces as the gap is searched.
_BREAK_WORDS = tuple(f" {word} " for word in ("who", "whose", "which", "that", "said", "says", "told", "but", "while"))
_BREAK_MARKS = (";", ":", "(", ")", " — ", " – ")
_NEGATION = re.compile(rf"\b(?:{'|'.join(NEGATIONS)})\b|n't\b", re.IGNORECASE)
_OBJECT_AHEAD = re.compile(r"\s+(?!by\b|in\b|on\b|at\b|near\b|when\b|during\b|after\b|while\b|as\b)[\w$]")
_DESCRIPTION_START = re.compile(r".*\b(?:of|killed|killing|is|are|was|were|included|includes)\s+", re.IGNORECASE)
_AGE = re.compile(r",\s*\(?\d{1,3}\)?(?=\s*,|\s+(?:and|were|was|is|are|had|have)\b)|\s*\(\d{1,3}\)")
_SUBSET_BEFORE = re.compile(r"(?:among\s+(?:them|whom|those)|including)\s+(?:(?:were|was|is|are)\s+)?$", re.IGNORECASE)
_DENIALS = ("deny", "denie", "denied", "refut", "dismiss", "reject", "rumor", "rumour", "false", "untrue", "claims that")
_NOT_CASUALTY = ("rescued", "freed", "released", "detained", "arrested", "survived", "escaped", "unharmed")


@dataclass(frozen=True, slots=True)
class _Cue:
    start: int
    end: int
    outcome: Outcome
    after: bool  # True: the outcome word follows the name ("X was killed")
    active: bool = False  # a transitive verb ("killed"), whose subject is the killer


def _cues(text: str, lower: str) -> list[_Cue]:
    return [cue for at in find_starts(lower, _OUTCOME_STEMS) for cue in _cues_at(text, at)]


def _cues_at(text: str, at: int) -> list[_Cue]:
    """The outcome word at ``at``, as a fate after a name and/or as a verb or noun before one."""
    cues = []
    after = _AFTER_CUE.match(text, at)
    if after is not None:
        listed = after.group("listed")
        word = " ".join(folded(after.group()).split())
        outcome = _AMONG[folded(listed)] if listed else _AFTER_WORDS[word]
        cues.append(_Cue(at, after.end(), outcome, True, active=word in ACTIVE))
    before = _BEFORE_CUE.match(text, at)
    if before is not None:
        cues.append(_before_cue(at, before))
    return cues


def _before_cue(at: int, before: re.Match[str]) -> _Cue:
    if before.group("noun"):
        outcome = _BEFORE_NOUNS[folded(before.group("noun"))]
    elif before.group("among"):
        outcome = _AMONG[folded(before.group("among"))]
    else:
        outcome = ACTIVE[folded(before.group("active"))]
    return _Cue(at, before.end(), outcome, False, active=before.group("active") is not None)


def _broken(gap: str) -> bool:
    padded = f" {gap.lower()} "
    # (speed) the tests mapped in C, no generator per character or word
    return (
        any(map(gap.__contains__, _BREAK_MARKS))
        or any(map(str.isdigit, gap))
        or any(map(padded.__contains__, _BREAK_WORDS))
        or bool(_NEGATION.search(gap))
    )


def _links(text: str, name: PersonName, cue: _Cue, names: list[PersonName]) -> bool:
    """Whether the outcome word is about the name (see the module docstring)."""
    if cue.after:
        gap = _AGE.sub("", text[name.end : cue.start])  # "Father X, 54, and his wife, Doaa, 47, were"
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
    # "killed senior Hamas commander X", "killed a senior Hamas commander, X"; not a longer gap
    return not cue.active or len(gap.split()) <= 6 and ("," not in gap or gap.rstrip().endswith(","))


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


def _after_description_start(words: str) -> str:
    """``_DESCRIPTION_START.sub("", words)`` in linear time.  On one line, a match must start at
    the line's start (``.*`` reaches any later one from there, and takes the last), so one
    ``match`` does; ``sub`` would try the pattern from every character of a line with no match.
    Several lines go to ``sub``."""
    if "\n" in words:
        return _DESCRIPTION_START.sub("", words)
    match = _DESCRIPTION_START.match(words)
    return words[match.end() :] if match else words


def find_named_casualties(text: str, sentences: list[Sentence]) -> list[NamedCasualty]:
    """Every person named as a casualty, once per sentence, in text order."""
    lower = lower_aligned(text)
    cues = _cues(text, lower)
    if not cues:
        return []
    starts = [sentence.start for sentence in sentences]
    by_sentence: dict[int, list[_Cue]] = {}
    for c in cues:
        by_sentence.setdefault(bisect_right(starts, c.start) - 1, []).append(c)
    people: list[NamedCasualty] = []
    for index, sentence_cues in sorted(by_sentence.items()):
        if index < 0:
            continue
        sentence = sentences[index]
        names = person_names(text, sentence.start, sentence.end)
        seen: set[str] = set()
        for name in names:
            after = [cue for cue in sentence_cues if cue.after and cue.start >= name.end]
            before = [cue for cue in sentence_cues if not cue.after and cue.end <= name.run_start]
            candidates = after[:1] + before[-1:]
            cue = next((cue for cue in candidates if _links(text, name, cue, names)), None)
            if cue is None and _SUBSET_BEFORE.search(text, max(sentence.start, name.run_start - 30), name.run_start):
                # "the bodies of 15 people, among them Father Jacques Mourad": the set's outcome
                cue = next((c for c in reversed(sentence_cues) if c.end <= name.run_start), None)
            label = text[name.start : name.end]
            if cue is None or label in seen:
                continue
            first, last = min(cue.start, name.run_start), max(cue.end, name.end)
            if any(word in lower[sentence.start : first] for word in _DENIALS):
                continue
            if _NEGATION.search(text, sentence.start, first):
                continue  # "has not confirmed the death of ...": unconfirmed, like a rumour
            if any(word in lower[first:last] for word in _NOT_CASUALTY):
                continue
            described = text[name.end : cue.start] if cue.after else text[cue.end : name.run_start]
            before_name = text[sentence.start : name.run_start].rstrip(" ,")
            before_name = _after_description_start(before_name.split(",")[-1])
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
