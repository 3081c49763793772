"""English calendar words: parts of a month, seasons, and the regex pieces that match the month
and weekday names of ``crawler.english_calendar``.  The pieces are meant for case-insensitive
patterns; "May", "March" and the month abbreviations only match capitalised, since "may",
"march" and "dec" are words too.
"""

from __future__ import annotations

from collections.abc import Iterable

from crawler.english_calendar import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS
from crawler.extract.scan import folded

# Parts of a month: first and last day (31 stands for "the month's last day").
MONTH_PARTS: dict[str, tuple[int, int]] = {
    "early": (1, 10), "beginning": (1, 10), "start": (1, 10),
    "mid": (11, 20), "middle": (11, 20),
    "late": (21, 31), "end": (21, 31),
}  # fmt: skip

# Parts of a year ("early 2016", "the end of 2015"): first and last month.
YEAR_PARTS: dict[str, tuple[int, int]] = {
    "early": (1, 4), "beginning": (1, 4), "start": (1, 4),
    "mid": (5, 8), "middle": (5, 8),
    "late": (9, 12), "end": (9, 12),
}  # fmt: skip

# Northern-hemisphere meteorological seasons: (first month, number of months).
SEASONS: dict[str, tuple[int, int]] = {
    "spring": (3, 3), "summer": (6, 3), "autumn": (9, 3), "fall": (9, 3), "winter": (12, 3),
}  # fmt: skip

ORDINAL_WORDS = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
)  # fmt: skip


def _capitalised(words: Iterable[str]) -> str:
    return "|".join(sorted((word.capitalize() for word in words), key=len, reverse=True))


# "May" and "March" are verbs too, so only their capitalised forms are months.
_VERB_MONTHS = ("may", "march")
MONTH_NAME = (
    rf"(?:(?-i:{_capitalised(_VERB_MONTHS)})|{_capitalised(m for m in MONTHS if m not in _VERB_MONTHS)})"
)
# Abbreviations are only trusted next to a day number ("Oct. 12", "12 Oct 2023").
MONTH_WITH_DAY = rf"(?:{MONTH_NAME}|(?-i:{_capitalised(MONTH_ABBREVIATIONS)})\.?)"
WEEKDAY_NAME = rf"(?:{_capitalised(WEEKDAYS)})"
DAY_NUMBER = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d,]\d)(?!\d)"
YEAR_NUMBER = r"(?:1[89]|20)\d\d(?!\d)"


def month_number(word: str) -> int:
    """The month of a name or abbreviation ("Oct." -> 10)."""
    key = folded(word.rstrip("."))
    return MONTHS.get(key) or MONTH_ABBREVIATIONS[key]


def day_number(word: str) -> int:
    """The day of "12", "12th", "03"."""
    return int(folded(word).rstrip("stndrh"))
