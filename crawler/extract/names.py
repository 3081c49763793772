"""Names of people in prose, with their rank or title: "Brigadier General Abdolreza Majiri".

A name is a run of capitalised words ("al-", "bin" and the like may join them: "Abu Bakr
al-Baghdadi").  Words that describe rather than name are dropped from its front ("Journalist
Maria Lopez", "Hezbollah commander"), and a run holding a place, a group, a month or a possessive
("Iran's") is no name.  Without a rank or title a name needs two words, or one after a kin word
("his wife, Doaa").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crawler.extract.groups import AFFILIATIONS, COUNTRIES, DEMONYMS, ROLES
from crawler.extract.word_classes import (
    CONJUNCTIONS,
    DETERMINERS,
    KIN,
    MONTHS_AND_DAYS,
    NAME_PARTICLES,
    POSSESSIVES,
    PREPOSITIONS,
    PRONOUNS,
)

RANKS = sorted(
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


def _by_first_word(phrases: list[str]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for phrase in phrases:
        found.setdefault(phrase.split()[0], []).append(phrase)
    return found


_RANKS_BY_FIRST_WORD = _by_first_word(RANKS)
_RUN = re.compile(
    rf"[A-Z][\w’'.-]*(?:\s+(?:(?:{'|'.join(NAME_PARTICLES)})[- ])?[A-Z][\w’'.-]*)*"
)
# Capitalised words that are no part of a name: places, groups, roles, calendar and function words.
NOT_NAME_WORDS = frozenset(
    {*DEMONYMS, *COUNTRIES, *AFFILIATIONS, *ROLES, *MONTHS_AND_DAYS, *PREPOSITIONS, *CONJUNCTIONS,
     *DETERMINERS, *POSSESSIVES, *PRONOUNS, "state", "news", "guards", "forces", "force", "army",
     "ministry", "province", "city", "post", "secretary", "middle", "east", "west", "north", "south",
     "see", "head", "related", "posts", "photo", "revolutionary", "islamic", "council", "committee",
     "two", "three", "four", "five", "six", "according", "nearly", "more", "less", "some", "many",
     "most", "all", "there", "here", "no", "not", "then", "also", "last", "next", "following"}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class PersonName:
    start: int  # the name proper, after any title
    end: int
    run_start: int  # where the title (or the name) starts
    title: str | None


def _rank(words: list[str]) -> str | None:
    for rank in _RANKS_BY_FIRST_WORD.get(words[0], ()):
        if words[: rank.count(" ") + 1] == rank.split():
            return rank
    return None


def _after_kin(text: str, at: int) -> bool:
    words = text[max(0, at - 24) : at].replace(",", " ").split()
    return len(words) >= 2 and words[-1].lower() in KIN and words[-2].lower() in ("his", "her", "their")


def person_names(text: str, start: int, end: int) -> list[PersonName]:
    """The names of people in ``text[start:end]``, in order."""
    names = []
    for run in _RUN.finditer(text, start, end):
        if run.start() > 0 and text[run.start() - 1].isalnum():
            continue
        words = run.group().split()
        if len(words) == 1 and words[0] not in _RANKS_BY_FIRST_WORD and not _after_kin(text, run.start()):
            continue  # most runs: one capitalised word opening a sentence
        if words[-1].endswith(".") and words[-1] not in RANKS:
            words[-1] = words[-1][:-1]
        if any(word.endswith(("’s", "'s")) for word in words):
            continue
        title = None
        while words and (words[0].lower() in NOT_NAME_WORDS or title is None and _rank(words)):
            rank = _rank(words) if title is None else None
            title = rank or title
            words = words[len(rank.split()) :] if rank else words[1:]
        if not words or any(word.lower() in NOT_NAME_WORDS for word in words):
            continue
        if title is None and len(words) < 2 and not _after_kin(text, run.start()):
            continue
        name_start = text.find(words[0], run.start())
        name_end = name_start + len(" ".join(words))
        if text[name_start:name_end].split() != words:  # a line break inside: not worth the trouble
            continue
        names.append(PersonName(name_start, name_end, run.start(), title))
    return names


def full_name(text: str, surname: str, before: int) -> str | None:
    """The last name of two words or more ending in ``surname`` before offset ``before``.

    The text is read back from ``before`` in stretches that no run of capitalised words crosses
    (each starts after a mark such as a comma), and only where ``surname`` is: the names of a
    stretch are those that reading the whole text finds there."""
    end = before
    while end > 0:
        start = _stretch_start(text, end)
        if text.find(surname, start, end) >= 0:
            for name in reversed(person_names(text, start, end)):
                words = text[name.start : name.end].split()
                if len(words) >= 2 and words[-1] == surname:
                    return " ".join(words)
        end = start
    return None


# A character that no run of capitalised words holds (see ``_RUN``).
_OUTSIDE_RUNS = re.compile(r"[^\w’'.\s-]")


def _stretch_start(text: str, end: int) -> int:
    """Where a stretch of some 500 characters ending at ``end`` may start: after a character no
    run holds, or at the start of the text."""
    mark = _OUTSIDE_RUNS.search(text, max(0, end - 500), end - 1)
    return mark.end() if mark else 0  # before ``end``: each stretch holds a character at least
