"""Splitting prose into sentences, with offsets into the text.

A blank line always ends a sentence, and so does a line break unless the next line carries on in
lower case (hard-wrapped prose).  A list bullet starts a sentence and is not part of it.  Inside a
line, ".", "!", "?" and "…" (with any closing quotes or brackets) end a sentence when a capital,
a digit or an opening quote follows, or a capitalised word right after a word's dot with no space
("on Thursday.One of the bombs"), except after titles and initials ("Gen.", "Lt. Col.", "John F.
Kennedy"), "No." before a number, a month before a day ("Oct. 7"), the number of an item of a list
run inline after a colon or semicolon ("killed: 1. Sami Odeh; 2. Iman Odeh"), and after "U.S.",
"a.m." and the like unless the next word usually opens a sentence.  A reader's points numbered on
one line after a first "1." or "1)" ("1. 48 killed 2. nobody arrested 3. repeat next week") are
items of a list: each number of the series opens a sentence and is not part of it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from crawler.extract.records import Sentence

# Never the end of a sentence (lower case, without the dot).
_TITLES = frozenset(
    """mr mrs ms messrs dr prof gen lt col maj capt cpt cmdr cdr sgt cpl pvt adm brig gov sen rep
    rev fr st mt ft hon pres supt insp det amb sheikh sh pte lieut comdr esq mme mlle messrs
    vs v cf approx ca""".split()
)
# Not the end when a number follows.
_BEFORE_NUMBER = frozenset(
    "no nos art arts p pp vol para fig sec ch jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
# May end a sentence; do so only when the next word usually opens one.
_SOFT = frozenset("u.s u.n u.k e.u a.m p.m inc ltd co corp jr sr etc e.g i.e u.s.a d.c".split())
_OPENERS = frozenset(
    """the a an in on at it he she they we i this that these those but and however meanwhile
    there his her their its as after when while according earlier later last since some many
    most one two three both all no on by for from with during despite although if""".split()
)

_LINE = re.compile(r"[^\n]+")
# The first point of a reader's numbered points, as a bullet, and the later ones run on in the line.
_FIRST_POINT = re.compile(r"[ \t]*\(?1[.)][ \t]+")
_NEXT_POINT = re.compile(r"(?<=\s)\(?(\d{1,2})[.)][ \t]+")
_BULLET = re.compile(r"[ \t]*(?:[-•*▪◦‣–—]|\(?\d{1,2}[.)]|\(?[a-z][.)])[ \t]+")
# (A run of [.!?] or one "…": opening on the character class lets the regex pass over the rest
# of the text in C.)
# The second choice is a sentence run on without its space, as in pasted list entries ("early on
# Thursday.One of the bombs exploded"): a dot after two small letters, then a capitalised word that
# is no part of an address ("site.Com", "john.Smith@").
_END = re.compile(
    r"[.!?…](?:(?<=[.!?])[.!?]*)?(?:[\"'”’)\]»]*(?=\s+[\"'“‘(\[«]?[^\W_a-z])"
    r"|(?<=[a-z][a-z]\.)(?=[A-Z][a-z]+\b(?![.@/]\w)))"
)
_WORD_BEFORE = re.compile(r"([\w.]+)\.$")
_NEXT_WORD = re.compile(r"\s+[\"'“‘(\[«]?(\w+)")
_TERMINAL = re.compile(r"[.!?…:\"'”’)\]]\s*$")


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of ``text`` in order; ``text[s.start:s.end] == s.text``."""
    sentences: list[Sentence] = []
    for block_start, block_end in _blocks(text):
        for start, end in (
            split
            for point_start, point_end in _numbered_points(text, block_start, block_end)
            for split in _split_block(text, point_start, point_end)
        ):
            start, end = _trim(text, start, end)
            if start < end:
                sentences.append(Sentence(len(sentences), start, end, text[start:end]))
    return sentences


def _blocks(text: str) -> Iterator[tuple[int, int]]:
    """Runs of lines that belong together: a paragraph, a heading, a list item."""
    block: tuple[int, int] | None = None
    previous_end = 0
    for line in _LINE.finditer(text):
        start, end = line.span()
        if not text[start:end].strip():
            continue
        bullet = _BULLET.match(text, start, end)
        if bullet:
            start = bullet.end()
        single_break = text.count("\n", previous_end, line.start()) == 1
        carries_on = (
            block is not None
            and single_break
            and not bullet
            and text[start:end].lstrip()[:1].islower()
            and not _TERMINAL.search(text, block[0], block[1])
        )
        if carries_on and block is not None:
            block = (block[0], end)
        else:
            if block is not None:
                yield block
            block = (start, end)
        previous_end = end
    if block is not None:
        yield block


def _numbered_points(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The points of a block that opens on the bullet "1." or "1)", split where "2.", "3." ... run
    on in order with no stop before them ("1. 48 killed 2. nobody arrested 3. repeat next week");
    the whole block otherwise, and so with one number after the first ("1. The blast killed 2.
    Rescuers came" ends on a count).  A point after a stop keeps its number in its sentence, as a
    list of incidents is read ("... injured four others. 2. An IED explosion ...")."""
    points: list[re.Match[str]] = []
    if _FIRST_POINT.fullmatch(text, text.rfind("\n", 0, start) + 1, start):
        for point in _NEXT_POINT.finditer(text, start, end):
            if int(point.group(1)) == len(points) + 2:
                points.append(point)
    if len(points) < 2:
        yield start, end
        return
    for point in points:
        if text[start : point.start()].rstrip()[-1:] not in (".", "!", "?"):
            yield start, point.start()
            start = point.end()
    yield start, end


def _split_block(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    for match in _END.finditer(text, start, end):
        if _is_boundary(text, start, match.start(), match.end()):
            yield start, match.end()
            start = match.end()
    yield start, end


def _is_boundary(text: str, block_start: int, dot: int, after: int) -> bool:
    if text[dot] != ".":
        return True
    if text[dot : dot + 3] == "...":
        return True
    word_match = _WORD_BEFORE.search(text, max(block_start, dot - 30), dot + 1)
    if not word_match:
        return True
    word = word_match.group(1).lower()
    next_match = _NEXT_WORD.match(text, after)
    next_word = next_match.group(1) if next_match else ""
    if word in _TITLES or _list_number(text, block_start, dot, word):
        return False
    if len(word) == 1 and word.isalpha() and text[dot - 1].isupper():
        return False  # an initial: "John F. Kennedy"
    if word in _BEFORE_NUMBER and next_word[:1].isdigit():
        return False
    if word in _SOFT or (len(word) <= 4 and "." in word):
        return next_word.lower() in _OPENERS
    return True


def _list_number(text: str, block_start: int, dot: int, word: str) -> bool:
    """Whether the dot at ``dot`` closes the number of an item of a numbered list run inline after a
    colon or a semicolon, as monitors post the names of the dead: "the names: 1. Sami Odeh; 2. Iman
    Odeh; 3. Ali Saleh" (not "The toll rose to 7. Rescuers ...")."""
    if not word.isdigit() or len(word) > 2:
        return False
    before = text[max(block_start, dot - len(word) - 8) : dot - len(word)].rstrip()
    return before.endswith((":", ";"))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
