"""The dead of a strike that an armed group claims as its own, or that the report names as fighters.

A civilian-harm monitor counts the civilians a strike killed; the dead it names as fighters are
left out of that toll, whether an armed group claims them ("Hezbollah said three of the dead were
its fighters", "the Jenin Battalion claimed two of them as its members", "the al-Quds Brigades
claimed Abu Zeid as a member") or the report says so itself ("Among the dead was a commander of
the al-Qassam Brigades").  The toll those dead were counted in is lowered by them; a toll that
they make up whole ("Hezbollah said both were its fighters") is set ``apart``.

Only in a report of a strike (``other_incidents.tells_a_strike``): news in general and lists of
attacks count fighters among the dead.  Not a relative of the dead who was a
fighter ("The man's brother, a Hezbollah fighter, had been killed a week earlier"), nor "martyr"
said by kin or neighbours, nor the army's word alone ("the army said it had targeted a
militant"), which a monitor does not take as proof.
"""

from __future__ import annotations

import re

from crawler.extract.numbers import parse_number
from crawler.extract.other_incidents import tells_a_strike
from crawler.extract.records import Sentence, Tally
from crawler.extract.scan import may_hold_words

# Armed groups of Gaza, the West Bank and Lebanon and the words for an armed group's own wing.
_ARMED = (
    r"(?:al-Qassam|Qassam|al-Quds\s+Brigades|Brigades?|Battalions?|Lions['’]\s+Den|Hezbollah|Amal(?!\s+(?-i:[A-Z][a-z]))|PFLP|DFLP|Hamas"
    r"|Islamic\s+Jihad|Radwan|armed\s+(?:group|wing)|military\s+wing|its\s+forces)"
)
_ARMED_NAMED = re.compile(r"\b" + _ARMED, re.IGNORECASE)
# (speed) the plain words one of those needs
_ARMED_WORDS = (
    "qassam", "quds", "brigade", "battalion", "lions", "hezbollah", "amal", "flp", "hamas", "jihad", "radwan",
    "armed group", "armed wing", "military wing", "its forces",
)  # fmt: skip
# How many of the dead: a number, "both", "all (three)".
_COUNT = r"(?P<n>one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|both|all(?:\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}))?)"
# "of the dead", "of them", "of the three", "of the others" after a count.
_OF_THE_DEAD = r"(?:\s+of\s+(?:the\s+[\w-]+|them|those\s+killed))?"
# A name or a description set off by commas: "one of them, Ahmad Fayyad, as a martyr".
_APPOSITION = r"(?:,\s+[^,.;]{1,60},)?"
# Fighters by their word: "its fighters", "members of the Tulkarm Battalion", "a field commander of
# the brigades", "Hezbollah fighters", "a martyr of the brigade".
_FIGHTER = (
    r"(?:(?:its|their|an?)\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:fighters?|militants?|combatants?|commanders?|operatives?|members?|martyrs?)\b"
)
_CLAIMS = (
    # "three of the dead were its fighters", "two of the three were identified as members of"
    re.compile(
        r"\b"
        + _COUNT
        + _OF_THE_DEAD
        + _APPOSITION
        + r"\s+(?:was|were)\s+(?:all\s+)?(?:identified\s+as\s+)?"
        + _FIGHTER,
        re.IGNORECASE,
    ),
    # "The fifth victim, the woman's husband, was a member of the al-Qassam Brigades"
    re.compile(
        r"\b(?:first|second|third|fourth|fifth|sixth|other|last)\s+victim" + _APPOSITION + r"\s+was\s+" + _FIGHTER,
        re.IGNORECASE,
    ),
    # "claimed two of them as its members", "mourned one of the dead, Bilal Hijazi, as one of its fighters"
    re.compile(
        r"\b(?:claimed|mourned|named|posted\s+an\s+obituary\s+for)\s+"
        + _COUNT
        + _OF_THE_DEAD
        + _APPOSITION
        + r"\s+as\s+(?:one\s+of\s+)?"
        + _FIGHTER,
        re.IGNORECASE,
    ),
    # "The al-Aqsa Martyrs' Brigades claimed the other three", "Hezbollah mourned the remaining two"
    re.compile(r"\b(?:claimed|mourned)\s+the\s+(?:other|remaining)\s+" + _COUNT + r"\b", re.IGNORECASE),
    # "one of them was claimed by the Tulkarm Battalion as its commander", "both claimed as members by"
    re.compile(r"\b" + _COUNT + _OF_THE_DEAD + r"(?:\s+(?:was|were))?\s+claimed\s+(?:as|by)\b", re.IGNORECASE),
    # "Among the dead was a commander of the al-Quds Brigades", "among them were two members of",
    # "Among them was the al-Qassam commander Jamal Awad"
    re.compile(
        r"\bamong\s+(?:the\s+dead|them|the\s+victims)\b[^.;]{0,30}?\s(?:was|were)\s+(?:an?\s+|the\s+|"
        + _COUNT
        + r"\s+)"
        + _FIGHTER,
        re.IGNORECASE,
    ),
    # "two members of the Amal movement were among the dead", "one of its commanders was among them"
    re.compile(
        r"(?:\b"
        + _COUNT
        + r"\s+|(?<![\w'’]s\s)\ban?\s+)"
        + _FIGHTER
        + r"[^.;]{0,50}?\s(?:was|were)\s+among\s+(?:the\s+dead|them|the\s+victims)\b",
        re.IGNORECASE,
    ),
)
# A group's claim of the dead by name: "claimed Daraghmeh and Bsharat as members", "Shreem was
# claimed by the al-Quds Brigades"; never a word of none ("Neither was claimed by a group").
_NAME = r"(?!(?:Neither|None|Nobody|No)\b)[A-Z][\w'’-]+(?:\s+(?:al-|Abu\s+)?[A-Z][\w'’-]+)?"
_NAMED_CLAIMS = (
    re.compile(r"\b(?:claimed|mourned)\s+(?P<names>" + _NAME + r"(?:\s+and\s+" + _NAME + r")?)\s+as\s+" + _FIGHTER),
    re.compile(r"(?P<names>" + _NAME + r")\s+was\s+claimed\s+by\b"),
)
# The army's own word, which a monitor does not take as proof of who the dead were.
_ARMY_SAID = re.compile(
    r"\b(?:army|military|IDF|Israel\s+Defen[cs]e\s+Forces)\s+(?:said|says|claimed|stated|announced)\b", re.IGNORECASE
)
# Kin of the dead, told as fighters themselves: "his cousin, a Hezbollah fighter".
_KIN = re.compile(
    r"\b(?:brother|sister|cousin|relative|uncle|father|son|nephew)\s+of\b|['’]s\s+(?:brother|cousin|relative|uncle|nephew)\b",
    re.IGNORECASE,
)


# A figure whose people are fighters of a named group, at the head of a list ("At least two members
# of the al-Quds Brigades and three civilians were killed", "Three Hezbollah fighters and a
# civilian") or told so beside its noun ("a third man, a Hamas member, was also killed").
_GROUP_FIGHTERS = (
    r"(?:(?:members?|fighters?|commanders?|militants?)\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?"
    + _ARMED
    + r"|"
    + _ARMED
    + r"\s+(?:members?|fighters?|commanders?|militants?))\b"
)
_FIGHTERS_FIGURE = re.compile(
    r"(?:at\s+least\s+)?[\w-]+\s+(?:"
    + _GROUP_FIGHTERS
    + r"|(?:[\w-]+\s+){0,2}?(?:man|men|person|victim)\s*,\s+(?:an?\s+)?"
    + _GROUP_FIGHTERS
    + r"\s*,)",
    re.IGNORECASE,
)
_CIVILIAN_ROLES = frozenset({"civilians", "children", "women", "boys", "girls", "passers-by"})


def _mark_named_groups_fighters(tallies: list[Tally], sentences: list[Sentence]) -> None:
    """Set ``apart`` a counted figure told as a named armed group's fighters in a report that
    counts civilians ("Three members of Hezbollah and a civilian were killed"): the fighters told
    by a group's name, whose role words alone ("members") name no side; those told by an armed
    role ("militants") are set apart earlier (``restatements._mark_fighters_beside_civilians``)."""
    counted = [
        t for t in tallies if t.outcome == "killed" and t.subset_of is None and t.restates is None and not t.apart
    ]
    if not any(t.role in _CIVILIAN_ROLES for t in counted):
        return
    for tally in counted:
        sentence = sentences[tally.sentence]
        if tally.role not in _CIVILIAN_ROLES and _FIGHTERS_FIGURE.match(sentence.text, tally.start - sentence.start):
            tally.apart = True


def _claimed_count(match: re.Match[str], toll: int) -> int | None:
    """How many dead a claim names: its number, 2 for "both", the toll for "all"."""
    if "names" in match.groupdict():
        return 1 + len(re.findall(r"\s+and\s+", match["names"]))
    word = (match.groupdict().get("n") or "one").lower()
    if word == "both":
        return 2
    if word == "all":
        return toll
    return parse_number(word.removeprefix("all").strip())


def _claims(sentence: Sentence) -> list[re.Match[str]]:
    """The claims of fighters among the dead in one sentence, with none that the army alone makes
    or that names a fighter among the kin of the dead."""
    text = sentence.text
    if _ARMED_NAMED.search(text) is None or _KIN.search(text):
        return []
    found = [m for pattern in _CLAIMS for m in pattern.finditer(text)]
    found += [m for pattern in _NAMED_CLAIMS for m in pattern.finditer(text)]
    return [m for m in found if _ARMY_SAID.search(text, 0, m.start()) is None]


def _toll_before(tallies: list[Tally], sentence: Sentence, position: int) -> Tally | None:
    """The last toll of the dead counted before a point of the text."""
    counted = [
        t for t in tallies
        if t.outcome == "killed" and t.subset_of is None and t.restates is None and not t.outside_the_sum
        and not t.apart and t.start < sentence.start + position
    ]  # fmt: skip
    return counted[-1] if counted else None


def leave_out_claimed_fighters(tallies: list[Tally], sentences: list[Sentence]) -> None:
    """Lower a strike's toll by the dead claimed or named as fighters, or set it ``apart`` when
    they are all of it (in place)."""
    if not any(t.outcome == "killed" for t in tallies):
        return
    if not tells_a_strike(sentences):
        return
    armed = [sentence for sentence in sentences if may_hold_words(sentence.text, _ARMED_WORDS)]
    if not armed:
        return
    _mark_named_groups_fighters(tallies, sentences)
    for sentence in armed:
        claims = _claims(sentence)
        if not claims:
            continue
        match = max(claims, key=lambda m: m.end() - m.start())  # one claim a sentence: its longest wording
        toll = _toll_before(tallies, sentence, match.start())
        if toll is None:
            continue
        fighters = _claimed_count(match, toll.count)
        if fighters is None or fighters > toll.count:
            continue
        if fighters == toll.count:
            toll.apart = True
            continue
        toll.count -= fighters
        if toll.count_max is not None:
            toll.count_max -= fighters
