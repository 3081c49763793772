"""Later figures of a whole article that count more than its own event: they raise none of its toll.

An article tells its event's toll, then figures of the same kind of people over a wider span:
the war's, told in the perfect ("Israeli strikes have killed around 330 people in Lebanon", "the
United Nations estimates that 233,000 people have died"); a past month's or year's ("440 Iraqi
civilians were killed in September"); one side's count of the past day ("three of its soldiers had
been killed and 66 wounded in the past 24 hours").  Such a figure may restate the event's dead, but it is no
later reading of its toll, so it widens nothing (``restatements._of_another_span``).
"""

from __future__ import annotations

import re

from crawler.extract.records import Tally, TimeWindow
from crawler.extract.windows import TimePhrase

# A total told in the perfect: "have killed", "has been killed", "have died", "have now lost their lives".
_PERFECT = re.compile(
    r"\b(?:have|has)\s+(?:now\s+|so\s+far\s+)?(?:been\s+)?(?:killed|died|lost\s+their\s+lives|perished)\b",
    re.IGNORECASE,
)
# Words that make a figure a later reading of the event's own toll: "the toll has risen", "later".
_UPDATE = re.compile(r"\b(?:toll|rose|risen|later|updated?|revised)\b", re.IGNORECASE)
_PERFECT_RATIO = 10  # a total in the perfect this many times the event's figure is the war's, not the event's
# The count of the day before the report: "in the past 24 hours", "over the previous 24 hours".
PAST_24_HOURS = r"(?:past|previous|last)\s+24\s+hours"
_PAST_DAY = re.compile(r"\b" + PAST_24_HOURS + r"\b", re.IGNORECASE)
# The event told again by name: "died in the strike", "killed in the attack", "wounded by the blast".
_IN_THE_EVENT = re.compile(
    r"\b(?:in|from|by)\s+the\s+(?:[\w-]+\s+)?(?:attack|blast|bombing|explosion|strike|airstrike|raid|shelling|shooting)\b",
    re.IGNORECASE,
)
_WHOLE_SPANS = ("month", "year")


def _war_total_in_the_perfect(figure: Tally, later: Tally, sentence: str) -> bool:
    """ "An air strike killed seven ... Israeli strikes have killed around 330 people in Lebanon":
    a total in the perfect, many times the figure, and not told as the toll raised."""
    return (
        later.top >= _PERFECT_RATIO * figure.top
        and _PERFECT.search(sentence) is not None
        and _UPDATE.search(sentence) is None
    )


def _dated_a_month_before(figure: TimeWindow | None, later: TimeWindow | None) -> bool:
    """ "440 Iraqi civilians were killed in September" in an October report: a figure dated a
    whole month or year that ends before the figure's own day."""
    if figure is None or later is None or later.assumed or later.precision not in _WHOLE_SPANS:
        return False
    return later.end < (figure.start or figure.end)


def _of_the_past_day(figure: Tally, later: Tally, sentence: str) -> bool:
    """ "Ukraine's military said three of its soldiers had been killed and 66 wounded in the past 24
    hours": a larger count of the past day, not of the event told again by name ("12 people had
    died in the strike in the past 24 hours")."""
    return (
        later.top > figure.top
        and "24" in sentence
        and _PAST_DAY.search(sentence) is not None
        and _IN_THE_EVENT.search(sentence) is None
    )


def of_a_wider_span(figure: Tally, later: Tally, sentence: str) -> bool:
    """Whether ``later`` (told in ``sentence``) counts more than the event ``figure`` counts, so
    that it widens nothing: the war's total in the perfect, a past month's or year's count, or a
    larger count of the past day."""
    if _dated_a_month_before(figure.window, later.window):
        return True
    if _of_the_past_day(figure, later, sentence):
        return True
    return _war_total_in_the_perfect(figure, later, sentence)


# A span up to the day of the report: "this year", "this month", "in the past three months", "over the last year".
_TO_DATE = re.compile(
    r"(?:(?:in|over|during|for)\s+)?(?:this\s+(?:year|month)"
    r"|the\s+(?:past|last|previous)\s+(?:[\w-]+\s+)?(?:weeks|months|years|month|year))",
    re.IGNORECASE,
)
# A figure told in the perfect, its verb right around it: "4,300 people have been killed", "have killed 4,300".
_PERFECT_AROUND = re.compile(r"\b(?:have|has)\s+(?:now\s+|already\s+)?(?:been\s+)?(?:killed|died|wounded|injured)\b")
_AROUND = 40  # characters either side of a figure read for its verb


def told_to_date(text: str, start: int, end: int, phrase: TimePhrase | None) -> bool:
    """ "More than 4,300 people have been killed in Iraq this year", "Bandits have killed 200
    people in the past three months": a figure in the perfect whose time is a span up to the
    report's day is a running total, as "so far this year" is (``text[start:end]`` the figure,
    ``phrase`` the time that governs it)."""
    if phrase is None or _TO_DATE.fullmatch(phrase.phrase) is None:
        return False
    return _PERFECT_AROUND.search(text, max(0, start - _AROUND), end + _AROUND) is not None
