"""Finding trigger words fast: ``str.find`` over a lower-case copy of the text.

A regex alternation of many words, scanned over a whole text, costs hundreds of nanoseconds per
character in CPython; ``str.find`` runs in C at a fraction of that.  So the extractors look for
the first letters of their trigger words with ``find_starts`` and run their regexes only where
those are found; ``opening_on_letters`` lets a regex skip in C the places where none of its
words can start.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

# The letters that case-insensitive matching equates with an ASCII letter ("ſ" with "s", "ı" and
# "İ" with "i") and one that lower-cases to one ("K", the kelvin sign): in a text holding one, the
# lower case does not show every case-insensitive match of an ASCII word.
FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")
_ASCII_FOLDS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def folded(word: str) -> str:
    """A case-insensitive match as the lower-case key it stands for ("ſeveral" and "MULTİPLE" are
    "several" and "multiple"): the key of a lexicon entry the match was found by."""
    return word.translate(_ASCII_FOLDS).lower()


def may_hold_words(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` may hold a case-insensitive match that needs one of ``words`` (lower case):
    a plain-text test to run before the regex (speed).  A text with a letter of ``FOLDS_TO_ASCII``
    always may."""
    lower = _lower_case(text)
    return lower is None or any(map(lower.__contains__, words))  # (speed) no generator per word


@lru_cache(maxsize=8)
def _lower_case(text: str) -> str | None:
    """The text in lower case, read once for the several tests of its figures; None when it holds
    a letter of ``FOLDS_TO_ASCII``."""
    return None if FOLDS_TO_ASCII.search(text) else text.lower()


def lower_aligned(text: str) -> str:
    """``text`` in lower case, one character for one, so offsets stay valid."""
    lower = text.lower()
    return lower if len(lower) == len(text) else "".join(char.lower()[:1] for char in text)


def find_starts(haystack: str, needles: Iterable[str], word_start: bool = True) -> list[int]:
    """The sorted offsets where any needle occurs (only at the start of a word by default).

    Each ``str.find`` reads the whole text: for many needles at word starts, one regex of them all,
    reading the text once, is faster (measured: even at 40 needles, a third faster at 66)."""
    needles = tuple(needles)
    if not needles:
        return []
    if word_start and len(needles) > _MANY_NEEDLES:
        return [match.start() for match in _at_word_starts(needles).finditer(haystack)]
    found: set[int] = set()
    for needle in needles:
        at = haystack.find(needle)
        while at != -1:
            if not word_start or at == 0 or not haystack[at - 1].isalnum():
                found.add(at)
            at = haystack.find(needle, at + 1)
    return sorted(found)


_MANY_NEEDLES = 40


@lru_cache(maxsize=16)
def _at_word_starts(needles: tuple[str, ...]) -> re.Pattern[str]:
    """Matches, empty, where a needle starts a word: after no letter nor digit (an underscore is none)."""
    return re.compile(rf"(?<![^\W_])(?={word_alternation(needles)})")


def word_alternation(words: Iterable[str]) -> str:
    """A regular expression matching any of ``words``, with common prefixes factored out
    ("t(?:en|h(?:irty|ree))"): much faster to try than a flat list of alternatives."""
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def render(node: dict[str, dict]) -> str:
        branches = [re.escape(char) + render(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        if "" in node:
            return "(?:" + "|".join(branches) + ")?"
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return render(tree)


def alternatives(pattern: str) -> list[str]:
    """The alternatives of a regex at its top level (not inside a group or a character class)."""
    parts, start = [], 0
    for i, char, depth in _structure(pattern):
        if char == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    parts.append(pattern[start:])
    return parts


def _structure(pattern: str) -> Iterator[tuple[int, str, int]]:
    """The brackets and bars of a regex with the group depth after each (escaped characters and
    character classes skipped)."""
    depth, i = 0, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 1
        elif char == "[":
            i = _class_end(pattern, i)
        elif char in "()|":
            depth += 1 if char == "(" else -1 if char == ")" else 0
            yield i, char, depth
        i += 1


def _class_end(pattern: str, at: int) -> int:
    """Where the character class opening at ``at`` closes."""
    i = at + 1
    if pattern[i : i + 1] == "^":
        i += 1
    if pattern[i : i + 1] == "]":
        i += 1
    while i < len(pattern) and pattern[i] != "]":
        i += 2 if pattern[i] == "\\" else 1
    return i


# Word boundaries, lookbehinds and negative lookaheads: they take no characters, so a match starts
# as what follows them does ("(?!rebel[- ]held)(?:militants?|rebels?)" as "militants?|rebels?").
_LEADING = re.compile(r"^(?:\\b|\(\?<?!(?:[^()]|\([^()]*\))*\))+")
_GROUP_OPEN = re.compile(r"\((?:\?:|\?P<\w+>)?")  # a group: capturing, named or not
# Two or three letters, none optional, or a word of one, or a letter and a hyphen ("U-" of "U-boats").
_LETTERS = re.compile(r"[A-Za-z]{2,3}(?![?*{])|[A-Za-z](?= )|[A-Za-z]-(?=[A-Za-z])")
# A letter, then up to four letters or spaces, none optional: "in the" of "in the (?:film|novel)".
_LONG_START = re.compile(r"[A-Za-z][A-Za-z ]{1,4}(?![?*{])|[A-Za-z](?= )|[A-Za-z]-(?=[A-Za-z])")
_LONG_LENGTH = 5  # the characters of a long start at most


def word_starts(alternative: str, long: bool = False) -> set[str] | None:
    """The first two or three letters (lower case) of every match of one regex alternative ("air"
    for "air ?strikes?", "al" for "al[- ]Qaeda", "car", "roa", ... for "(?:car|road|...) crash",
    also in a named group "(?P<v>car|road)"; "dru", "car" for "(?:drug )?cartels?"; "a" for a word
    of one letter, "a few"), or None when it does not start with letters.  ``long``: up to five
    characters, spaces among them ("in th" for "in the film"), which tell more words apart."""
    alternative = _LEADING.sub("", alternative)
    group = _GROUP_OPEN.match(alternative)
    if group:
        close = _group_end(alternative)
        after = alternative[close + 1 :]
        optional = after[:1] == "?" and after[1:2] != "?"  # "(?:drug )?cartels?": "drug " or "cartels"
        if after[:1] in ("?", "*", "{") and not optional:
            return None
        if optional:
            after = after[1:]
        found: set[str] = set()
        for inner in [*alternatives(alternative[group.end() : close]), *([""] if optional else [])]:
            starts = word_starts(inner + after, long)
            if starts is None:
                return None
            found |= starts
        return found
    letters = (_LONG_START if long else _LETTERS).match(alternative)
    if letters is None:
        return None
    start = letters.group(0).lower()
    if long and len(start) < _LONG_LENGTH and _GROUP_OPEN.match(alternative, letters.end()):
        # (speed) read on into the group: "the o", "the f" for "the (?:opening|first) scene", not "the "
        if (more := word_starts(alternative[letters.end() :], long)) is not None:
            return {(start + rest)[:_LONG_LENGTH] for rest in more}
    if long and len(start) < _LONG_LENGTH and (joints := _joint(alternative, letters.end())) is not None:
        # (speed) read on past a hyphen or a space written as one ("al-q", "al q" for "al[- ]Qaeda",
        # not "al" of every "also", "all" and "al-Assad")
        chars, goes_on = joints
        more = word_starts(alternative[goes_on:], long) or {""}
        return {(start + char + rest)[:_LONG_LENGTH] for char in chars for rest in more}
    return {start}


# A hyphen, or a character class of a hyphen and a space, taken once: "-" of "al-Nusra", "[- ]" of "al[- ]Qaeda".
_JOINT = re.compile(r"(?:-|\[- \]|\[ -\])(?![?*+{])")


def _joint(alternative: str, at: int) -> tuple[str, int] | None:
    """The characters of the hyphen or space written at ``at`` and where what follows starts, or None."""
    joint = _JOINT.match(alternative, at)
    return None if joint is None else (joint.group(0).strip("[]"), joint.end())


def first_characters(alternative: str) -> set[str] | None:
    """The characters every match of one regex alternative may open on, as written in it ("T",
    "t", "s" for "(?:TD|touchdown|scoring) runs?"; "\\d" for "\\d+ sacks"), or None when its first
    character is optional, repeated or of a class.  Case as written: a case-insensitive regex
    opening on them matches either case."""
    alternative = _LEADING.sub("", alternative)
    group = _GROUP_OPEN.match(alternative)
    if group:
        close = _group_end(alternative)
        if alternative[close + 1 : close + 2] in ("?", "*", "{"):
            return None
        found: set[str] = set()
        for inner in alternatives(alternative[group.end() : close]):
            starts = first_characters(inner)
            if starts is None:
                return None
            found |= starts
        return found
    first = alternative[:2] if alternative[:2] == "\\d" else alternative[:1]
    if not (first == "\\d" or first.isalnum()) or alternative[len(first) : len(first) + 1] in ("?", "*", "{"):
        return None
    return {first}


_SYNTAX = frozenset("\\.^$*+?{}[]()|")  # the characters of a regex that stand for no letter as written
_QUANTIFIERS = frozenset("?*+{")


def literal_run(alternative: str) -> str:
    """The longest run of ASCII characters, as written, that every match of one regex alternative
    holds: outside its classes, none optional or repeated (" sacks" of "\\d+ sacks\\b", " run" of
    "(?:TD|touchdown) runs?"), or inside a group of one alternative that is taken once ("he Troubles"
    of "(?-i:[Tt]he Troubles)"); empty when there is none."""
    runs, run, i = [""], "", 0
    while i < len(alternative):
        char = alternative[i]
        if char in _SYNTAX or not char.isascii() or alternative[i + 1 : i + 2] in _QUANTIFIERS:
            runs.append(run)
            run = ""
            if char == "\\":
                i += 1
            elif char == "[":
                i = _class_end(alternative, i)
            elif char == "(":
                close = i + _group_end(alternative[i:])
                runs.append(_run_in_group(alternative[i : close + 1], alternative[close + 1 : close + 2]))
                i = close
            elif char == "{":
                i = alternative.index("}", i)
        else:
            run += char
        i += 1
    return max([*runs, run], key=len)


# A group that takes text: plain, named, or setting flags ("(?-i:", "(?i:"); not a lookaround, nor
# a verbose one, whose spaces are no text.
_TAKING_GROUP = re.compile(r"\((?:\?P<\w+>|\?[aiLmsu]*(?:-[ims]+)?:|(?!\?))")


def _run_in_group(group: str, after: str) -> str:
    """The literal run every match of ``group`` (a whole group, brackets and all) holds, where
    ``after`` (the character after it) leaves it taken once and it has one alternative."""
    opening = _TAKING_GROUP.match(group)
    if opening is None or after in _QUANTIFIERS:
        return ""
    inner = alternatives(group[opening.end() : -1])
    return literal_run(inner[0]) if len(inner) == 1 else ""


def _group_end(pattern: str) -> int:
    """Where the group opening ``pattern`` closes."""
    for i, char, depth in _structure(pattern):
        if char == ")" and depth == 0:
            return i
    raise ValueError(f"unbalanced pattern: {pattern}")


def opening_on_letters(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` (case-insensitive) made to look first at the letter a match must start with:
    the same matches, but the regex engine skips in C the places where none of its words start.
    Unchanged when some alternative starts with neither letters nor an apostrophe (or the pattern
    is verbose)."""
    if not pattern.flags & re.IGNORECASE or pattern.flags & re.VERBOSE:
        return pattern
    letters: set[str] = set()
    for alternative in alternatives(pattern.pattern):
        openings = _openings(alternative)
        if openings is None:
            return pattern
        letters |= openings
    return re.compile(f"(?=[{''.join(sorted(letters))}])(?:{pattern.pattern})", pattern.flags)


_APOSTROPHES = frozenset("'’")  # a contraction's mark: "'d", "’ll"
_MAY_BE_NONE = re.compile(r"[?*]|\{0*[,}]")  # a quantifier that takes none: "?", "*", "{0,2}", "{,3}", "{0}"


def _openings(alternative: str) -> set[str] | None:
    """The characters every match of one regex alternative opens on: the first letters of its
    words, an apostrophe written before one ("'d" of "(?:would|'d) die for") or a digit ("\\d{1,2}
    in ten"), or None."""
    starts = word_starts(alternative)
    if starts is not None:
        return {start[0] for start in starts}
    alternative = _LEADING.sub("", alternative)
    if alternative[:1] in _APOSTROPHES:
        return None if alternative[1:2] in _QUANTIFIERS else {alternative[0]}
    if alternative[:2] == "\\d":
        return None if _MAY_BE_NONE.match(alternative, 2) else {"\\d"}
    group = _GROUP_OPEN.match(alternative)
    if group is None:
        return None
    close = _group_end(alternative)
    after = alternative[close + 1 :]
    if after[:1] in _QUANTIFIERS:
        return None
    found: set[str] = set()
    for inner in alternatives(alternative[group.end() : close]):
        openings = _openings(inner + after)
        if openings is None:
            return None
        found |= openings
    return found
