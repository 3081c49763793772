"""The lists of other stories' headlines that a page prints beside its own story.

A site's sidebar or footer ("MORE NEWS", "Related posts", "Most read", "Elsewhere") comes out of
the page as a heading line and then one headline a line: "Bus plunges into gorge in Peru, killing
14" there is the headline of another page, of another event, and that page tells its own figures.
A figure on such a line (or on a line that opens on "Related:" or "Read more:") is none of this
page's: read beside the page's title and story, a crash under a war story's title would be taken
for the war's.
"""

from __future__ import annotations

import re

# A heading of other stories, alone on its line, or opening one before a colon.
_HEADING = re.compile(
    r"(?:more (?:news|stories|from \w+(?: \w+)?)|related|recommended|"
    r"(?:related|recommended|similar|other|top|popular|trending) (?:news|stories|posts|articles|content|links|reading|videos)|"
    r"most (?:read|popular|viewed|shared|commented)|elsewhere(?: on \w+)?|read more|see also|also read|"
    r"you may also like|you might also like|don't miss|further reading|what to read next)",
    re.IGNORECASE,
)
_MAX_HEADLINE_WORDS = 18  # a headline is short
_MAX_LINES = 12  # the headlines of one list between its heading and the figure


def in_a_headline_list(text: str, at: int) -> bool:
    """Whether ``text[at]`` is on a line of a list of other stories' headlines: a line that opens
    on a heading and a colon ("Related: Is the smartwatch dead?"), or one of the short lines
    without a full stop that follow a heading line ("MOST READ" then "1. Five killed in Texas
    tornado")."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start : end if end >= 0 else len(text)].strip()
    opening = _HEADING.match(line)
    if opening and line[opening.end() : opening.end() + 1] == ":":
        return True
    for _ in range(_MAX_LINES):
        if start == 0 or not _is_headline(line):  # (speed) the first line is not split into words
            return False
        end = start - 1
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if _HEADING.fullmatch(line.rstrip(":")):
            return True
    return False


def _is_headline(line: str) -> bool:
    """A short line that does not end as a sentence of running text does."""
    return bool(line) and not line.endswith(".") and len(line.split()) <= _MAX_HEADLINE_WORDS
