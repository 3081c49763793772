"""Time expressions in news text, resolved to spans of days against the publication date.

``find_time_phrases`` finds "in the last four days", "since October 7", "last weekend",
"mid-November", "Tuesday night", "between 5 and 9 October", "between January and March",
"on 10/12/2023", "so far" and the like, and resolves each with plain date arithmetic.  Every
phrase holds an anchor word ("day", "week", "Oct", "2015", ...); anchors are found with
``str.find`` and the phrase patterns are only tried at the few word starts just before them,
which keeps the cost proportional to the number of time words, not to the length of the text.
dateparser is not used: it returns points, not spans, and the patterns already hold the day,
month and year of every explicit date.

Conventions (one place for each):

* A year left out is the latest one that puts the span's first day on or before publication
  ("late November" read on 1 Dec 2015 is 21-30 Nov 2015; "December 2" is 2 Dec 2014).
* A span still running at publication ends on the publication day ("this month", "mid-December"
  read on 15 Dec); a span wholly after it (only "this weekend" read on a weekday) is kept as is.
* "last weekend" is the latest Saturday-Sunday that ended before the publication week's own
  weekend; "over the weekend" is the latest one begun on or before publication; "this weekend"
  is the publication week's weekend, or the one just gone when published on a Monday.
* "on Tuesday" is the latest Tuesday on or before publication, "last Tuesday" the latest one
  before it; a night ("Tuesday night", "last night", "the night of October 12", "overnight")
  runs into the next morning, so it covers two days.
* "in the last N days" runs from N days before publication to publication, "the past 24 hours"
  from the day before; "a few" counts 2 days, as in ``numbers``, and "several" 3
  (a span that must hold the days it tells of, where a count of people counts them at two).
* "since X" runs from X's first day to publication; "before X" ends the day before X's first day;
  "until"/"by"/"as of" X ends on X's last day; "after X" starts the day after X's last day.
  Open starts ("so far", "since the start of the war", "before October") have ``start=None``.
* Ambiguous numeric dates (10/12/2023) take the reading nearest before publication; without a
  publication date they are skipped.
* Without a publication date only phrases that name their year are resolved.

``pick_window`` chooses the phrase that governs a figure (``governing_phrase``) and turns it
into the figure's window.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from crawler.english_calendar import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS
from crawler.extract.calendar_words import (
    DAY_NUMBER,
    MONTH_NAME,
    MONTH_PARTS,
    MONTH_WITH_DAY,
    ORDINAL_WORDS,
    SEASONS,
    WEEKDAY_NAME,
    YEAR_NUMBER,
    YEAR_PARTS,
    day_number,
    month_number,
)
from crawler.extract.numbers import TENS, UNITS, VAGUE, parse_number
from crawler.extract.records import Precision, Sentence, TimeWindow
from crawler.extract.scan import find_starts, lower_aligned


@dataclass(frozen=True, slots=True)
class TimePhrase:
    """A time expression found in a text: ``text[start:end] == phrase``."""

    start: int
    end: int
    phrase: str
    window: TimeWindow
    since: bool = False  # a running total from the window's start ("since October 7", "so far")


# -- the phrase patterns -----------------------------------------------------------------------

# How many units a duration counts: a number, or a vague amount read as ``numbers`` reads it.
_VAGUE_COUNTS = {"a": 1, "an": 1, "few": VAGUE["a few"], "several": 3, "couple": 2}
_UNITS, _TENS = "|".join(sorted(UNITS, key=len, reverse=True)), "|".join(TENS)
_COUNT = rf"(?:\d{{1,3}}|(?:{_TENS})(?:[-\s](?:{_UNITS}))?|{_UNITS}|(?:a\s+)?(?:few|couple\s+of)|several|an?)"
_ORDINAL = r"(?:" + "|".join(ORDINAL_WORDS) + r"|\d{1,2}(?:st|nd|rd|th))"
_D, _M, _MD, _Y, _WD = DAY_NUMBER, MONTH_NAME, MONTH_WITH_DAY, YEAR_NUMBER, WEEKDAY_NAME
_UNTIL = r"(?:[-–—]|to|until|till|through)"
_SEASON = "|".join(SEASONS)
_YEAR_TAIL = rf"(?:,?\s+(?P<{{0}}>{_Y}))?"

# What a situation report counts its running totals from, besides a war: "since the outbreak
# began", "since the beginning of the escalation", "since the start of the ground operation",
# "since the coup".
_SITREP_STARTS = r"outbreak|epidemic|escalation|emergency|occupation|operation"
# A word before it: "since the full-scale invasion", "since the latest escalation".
_OPENING_KIND = r"(?:full-scale|military|ground|current|latest|recent|cholera|ebola)"
_KINDS: dict[str, str] = {
    # "the night of 12-13 October", "the night of October 12"
    "night": rf"the\s+night\s+of\s+(?:{_WD},?\s+)?(?:(?P<nd1>{_D})(?:\s*(?:[-–/]|and)\s*(?P<nd2>{_D}))?"
    rf"\s+(?:of\s+)?(?P<nm>{_MD})|(?P<nm2>{_MD})\s+(?P<nd3>{_D})(?:\s*(?:[-–/]|and)\s*(?P<nd4>{_D}))?)"
    + _YEAR_TAIL.format("ny"),
    # "between 5 and 9 October", "from 1 to 3 November", "5-9 October"
    "range_dm": rf"(?:between\s+(?P<rd1>{_D})(?:\s+(?P<rm1>{_MD}))?\s+and\s+"
    rf"|(?:from\s+)?(?P<rd1b>{_D})(?:\s+(?P<rm1b>{_MD}))?\s*{_UNTIL}\s*)"
    rf"(?P<rd2>{_D})\s+(?P<rm2>{_MD})" + _YEAR_TAIL.format("ry"),
    # "between October 5 and 9", "October 5-9", "from October 30 to November 2"
    "range_md": rf"(?:between\s+(?P<sm1>{_MD})\s+(?P<sd1>{_D})\s+and\s+"
    rf"|(?:from\s+)?(?P<sm1b>{_MD})\s+(?P<sd1b>{_D})\s*{_UNTIL}\s*)"
    rf"(?:(?P<sm2>{_MD})\s+)?(?P<sd2>{_D})" + _YEAR_TAIL.format("sy"),
    # "10/12/2023", "12.10.2023", "2023-10-12"
    "numeric": r"(?<![\d/.])(?P<na>\d{1,2})(?P<nsep>[/.])(?P<nb>\d{1,2})(?P=nsep)(?P<nyr>\d{4}|\d\d)(?![\d/]|\.\d)",
    "iso": rf"(?<![\d-])(?P<iy>{_Y})-(?P<im>[01]\d)-(?P<id>[0-3]\d)(?![\d-])",
    # "12 October", "the 12th of October 2023", "Tuesday, 12 October"
    "date_dm": rf"(?:{_WD},?\s+)?(?:the\s+)?(?P<dd>{_D})(?:\s+of)?\s+(?P<dm>{_MD})" + _YEAR_TAIL.format("dy"),
    # "October 12th 2023", "Oct. 12", "Tuesday, October 12, 2015"
    "date_md": rf"(?:{_WD},?\s+)?(?P<em>{_MD})\s+(?P<ed>{_D})" + _YEAR_TAIL.format("ey"),
    # "mid-November", "late November 2015", "the end of last month", "early 2016"
    "part": rf"(?:(?P<pw>early|mid|late)(?:-|\s+)|(?:the\s+)?(?P<pn>start|beginning|middle|end)\s+of\s+)"
    rf"(?:(?P<pm>{_M})" + _YEAR_TAIL.format("py") + rf"|(?P<prel>this|last)\s+month|(?P<pyear>{_Y}))",
    # "the first half of 2011", "the first six months of the year", "the third quarter of last year": the months
    # a report's period total counts
    "year_part": rf"(?:the\s+)?(?:(?P<yh>first|second)\s+half|(?P<yq>first|second|third|fourth|final|last)\s+quarter"
    rf"|first\s+(?P<yn>{_COUNT})\s+months)\s+of\s+(?:(?P<yyear>{_Y})|(?P<yrel>the|this|last)\s+year)",
    # "so far", "to date", "so far this year", "(since) the start of the war"
    "open": rf"(?P<ofar>(?:so|thus)\s+far(?:\s+this\s+(?P<ounit>year|month|week))?|(?<!\bup\s)to\s+date"
    rf"|until\s+now|up\s+(?:to|until)\s+now)"
    rf"|(?:the\s+)?(?:start|beginning|outbreak|onset)\s+of\s+(?:the\s+)?(?:{_OPENING_KIND}\s+)?(?P<oof>year|month|week"
    rf"|war|conflict|fighting|uprising|revolution|invasion|crisis|offensive|campaign|siege|hostilities"
    rf"|{_SITREP_STARTS})"
    rf"|(?:the\s+)?(?:{_OPENING_KIND}\s+)?(?:war|conflict|fighting|uprising|revolution|invasion|crisis|offensive|siege"
    rf"|{_SITREP_STARTS})\s+(?:began|started|erupted|broke\s+out)(?:\s+in\s+(?P<oyear>{_Y}))?"
    # after "since" alone, as situation reports count: "since the coup", "since the full-scale invasion"
    rf"|the\s+(?:{_OPENING_KIND}\s+)?(?:coup|invasion|{_SITREP_STARTS})",
    # "last weekend", "this month", "for the third time this month", "over the weekend"
    "rel": rf"(?:the\s+{_ORDINAL}\s+time\s+)?(?:earlier\s+)?(?P<which>this\s+past|last|this)\s+"
    rf"(?P<unit>weekend|week|month|year)(?!\s+of\b)|(?P<theweekend>the\s+(?:past\s+)?weekend)",
    # "in the last four days", "over the past 24 hours", "the past week"
    "roll": rf"the\s+(?:last|past|previous|preceding)\s+(?:(?P<rn>{_COUNT})\s+(?P<ru>hours?|days?|weeks?|months?|years?)"
    rf"|(?P<ru1>week|month|year))(?!\s+of\b)",
    "ago": rf"(?P<an>{_COUNT})\s+(?P<au>days?|weeks?|months?|years?)\s+ago",
    "dayword": r"the\s+day\s+before\s+yesterday|yesterday|today|tonight|last\s+night|overnight"
    r"|earlier\s+today|this\s+(?:morning|afternoon|evening)",
    "season": rf"(?P<srel>last|this|past)\s+(?P<sname>{_SEASON})|(?P<sname2>{_SEASON})(?:\s+of)?\s+(?P<syear>{_Y})",
    # "between January and March", "from June to August 2014", "January-March"
    "months": rf"(?:between\s+(?P<xm1>{_M})(?:\s+(?P<xy1>{_Y}))?\s+and|(?:from\s+)?(?P<xm1b>{_M})(?:\s+(?P<xy1b>{_Y}))?"
    rf"\s*{_UNTIL})\s*(?P<xm2>{_M})" + _YEAR_TAIL.format("xy2"),
    "month": rf"(?:(?P<mrel>last|this)\s+)?(?P<mm>{_M})" + _YEAR_TAIL.format("my"),
    "weekday": rf"(?:(?P<wrel>last|this|past)\s+)?(?P<wd>{_WD})(?:\s+(?P<wpart>night|morning|afternoon|evening))?",
    "year": _Y,
}
_KIND_PATTERNS = {name: re.compile(rf"(?:{pattern})(?![\w-])", re.IGNORECASE) for name, pattern in _KINDS.items()}
# The spans that make a figure a running total whatever the date: "since the war began", "since
# the start of the fighting", "so far", "to date", and since a month or a year ("have been killed
# since April", "since 2011"), which an undated text cannot resolve to days.
_RUNNING = re.compile(
    rf"\bsince\s+(?:{_KINDS['open']}|(?:(?:early|mid|late)[-\s]+)?{_M}|{_Y})(?![\w-])|\b(?:so|thus)\s+far\b"
    rf"|(?<!\bup\s)\bto\s+date\b",
    re.IGNORECASE,
)

# A phrase may open with a scope word and a preposition ("since", "in", "by ... on"), then its
# first word says which kinds to try, in this order.
_SCOPE_WORDS = ("since", "before", "after", "until", "till", "up to", "by", "as of")
_LEAD_WORDS = ("in", "on", "over", "during", "within", "throughout", "at", "of", "for")
_SCOPE = "|".join(_SCOPE_WORDS).replace(" ", r"\s+")
_PREFIX = re.compile(rf"(?:(?P<scope>{_SCOPE})\s+)?(?:(?P<lead>{'|'.join(_LEAD_WORDS)})\s+)?", re.IGNORECASE)
_FIRST_TOKEN = re.compile(r"\d|[a-z]+", re.IGNORECASE)
_KINDS_BY_FIRST_WORD: dict[str, tuple[str, ...]] = {
    "the": ("night", "date_dm", "part", "year_part", "open", "rel", "roll", "dayword"),
    **dict.fromkeys(("first", "second", "third", "fourth", "final"), ("year_part",)),
    "0": ("range_dm", "numeric", "iso", "date_dm", "ago", "year"),
    "between": ("range_dm", "range_md", "months"),
    "from": ("range_dm", "range_md", "months"),
    **dict.fromkeys(MONTHS, ("range_md", "date_md", "months", "month")),
    **dict.fromkeys(MONTH_ABBREVIATIONS, ("range_md", "date_md")),
    **dict.fromkeys(WEEKDAYS, ("date_dm", "date_md", "weekday")),
    **dict.fromkeys(("early", "mid", "late", "start", "beginning", "middle", "end"), ("part",)),
    **dict.fromkeys(("so", "thus", "to", "until", "up"), ("open",)),
    **dict.fromkeys(("last", "this", "earlier", "past"), ("rel", "dayword", "season", "month", "weekday")),
    **dict.fromkeys(("yesterday", "today", "tonight", "overnight"), ("dayword",)),
    **dict.fromkeys((*UNITS, *TENS, *_VAGUE_COUNTS), ("ago",)),
    **dict.fromkeys(SEASONS, ("season",)),
}
_OPENING_WORDS = frozenset({*(word.split()[0] for word in _SCOPE_WORDS), *_LEAD_WORDS, *_KINDS_BY_FIRST_WORD})
_POSSESSIVE = re.compile(r"['’]s\b")

# Every phrase holds one of these anchors, found with str.find in lower case (or as written for
# "Mar" and "May"); "19", "20" and "/" stand for years and numeric dates.  A phrase starts on the
# anchor's word or on one of the _INNER_WORDS just before it.
_ANCHOR_WORDS = (
    *(name[:3] for name in MONTHS if name not in ("march", "may")),
    "day", "week", "month", "year", "hour", "night", "morning", "afternoon", "evening",
    "far", "date", "now", "ago", "since", *SEASONS, "18", "19", "20", "/",
)  # fmt: skip
_CASED_ANCHOR_WORDS = ("Mar", "May")
_INNER_WORDS = frozenset(
    (
        *" ".join(_SCOPE_WORDS).split(), *_LEAD_WORDS,
        *"the between from and through night early mid late start beginning middle end so thus".split(),
        *"last this past previous preceding earlier time half quarter months final".split(),
        *ORDINAL_WORDS, *MONTHS, *MONTH_ABBREVIATIONS, *WEEKDAYS, *UNITS, *TENS, *_VAGUE_COUNTS,
    )
)
_PUNCTUATION = "\"'“”‘’()[],;:."


# -- date arithmetic ----------------------------------------------------------------------------


def _month_end(year: int, month: int) -> date:
    return (date(year + month // 12, month % 12 + 1, 1)) - timedelta(days=1)


def _shift_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, _month_end(year, month + 1).day))


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _latest_year(month: int, day: int, published: date) -> int:
    """The latest year whose (month, day) is on or before publication."""
    year = published.year
    first = _safe_date(year, month, min(day, _month_end(year, month).day))
    return year if first is not None and first <= published else year - 1


def _year(word: str | None, month: int, day: int, published: date | None) -> int | None:
    if word:
        return int(word)
    return _latest_year(month, day, published) if published else None


def _last_weekend_before(day: date) -> date:
    """The Saturday of the latest weekend that ended before ``day``."""
    return day - timedelta(days=day.weekday() + 2)


def _clipped(start: date | None, end: date, published: date | None) -> date:
    """The end of a span still running at publication is the publication day."""
    if published is not None and end > published and (start is None or start <= published):
        return published
    return end


# -- resolving one match ------------------------------------------------------------------------

_Span = tuple[date | None, date, Precision]


def _days(first: date | None, last: date | None, precision: Precision = "days") -> _Span | None:
    if first is None or last is None or last < first:
        return None
    return first, last, precision


def _night(m: re.Match[str], published: date | None) -> _Span | None:
    month = month_number(m["nm"] or m["nm2"])
    first = day_number(m["nd1"] or m["nd3"])
    second_word = m["nd2"] or m["nd4"]
    year = _year(m["ny"], month, first, published)
    if year is None:
        return None
    start = _safe_date(year, month, first)
    if start is None:
        return None
    end = _safe_date(year, month, day_number(second_word)) if second_word else start + timedelta(days=1)
    return _days(start, end)


def _range(m: re.Match[str], published: date | None, kind: str) -> _Span | None:
    if kind == "range_dm":
        d1, d2 = day_number(m["rd1"] or m["rd1b"]), day_number(m["rd2"])
        m2 = month_number(m["rm2"])
        m1_word, year_word = m["rm1"] or m["rm1b"], m["ry"]
    else:
        d1, d2 = day_number(m["sd1"] or m["sd1b"]), day_number(m["sd2"])
        m1_word, year_word = m["sm1"] or m["sm1b"], m["sy"]
        m2 = month_number(m["sm2"]) if m["sm2"] else month_number(m1_word)
    m1 = month_number(m1_word) if m1_word else m2
    year2 = _year(year_word, m2, d2, published)
    if year2 is None:
        return None
    year1 = year2 if m1 <= m2 else year2 - 1
    return _days(_safe_date(year1, m1, d1), _safe_date(year2, m2, d2))


def _numeric(m: re.Match[str], published: date | None) -> _Span | None:
    a, b, year_word = int(m["na"]), int(m["nb"]), m["nyr"]
    if len(year_word) == 2:
        if m["nsep"] != "/":
            return None
        year = 2000 + int(year_word)
        if published is not None and year > published.year:
            year -= 100
    else:
        year = int(year_word)
    readings = {d for d in (_safe_date(year, a, b), _safe_date(year, b, a)) if d is not None}
    if len(readings) > 1:
        if published is None:
            return None
        before = [d for d in readings if d <= published]
        readings = {max(before)} if before else {min(readings)}
    if not readings:
        return None
    day = readings.pop()
    return day, day, "day"


def _single_date(m: re.Match[str], published: date | None, kind: str) -> _Span | None:
    if kind == "iso":
        day = _safe_date(int(m["iy"]), int(m["im"]), int(m["id"]))
    else:
        day_word, month_word, year_word = (m["dd"], m["dm"], m["dy"]) if kind == "date_dm" else (m["ed"], m["em"], m["ey"])
        month, day_of_month = month_number(month_word), day_number(day_word)
        year = _year(year_word, month, day_of_month, published)
        day = _safe_date(year, month, day_of_month) if year is not None else None
    return (day, day, "day") if day is not None else None


def _month_of(month: int, year_word: str | None, published: date | None, last: bool = False) -> tuple[int, int] | None:
    if year_word:
        return int(year_word), month
    if published is None:
        return None
    year = published.year if month <= published.month else published.year - 1
    if last and month == published.month:
        year -= 1
    return year, month


def _part(m: re.Match[str], published: date | None) -> _Span | None:
    part = (m["pw"] or m["pn"]).lower()
    if m["pyear"]:
        year = int(m["pyear"])
        first_month, last_month = YEAR_PARTS[part]
        return date(year, first_month, 1), _month_end(year, last_month), "days"
    first, last = MONTH_PARTS[part]
    if m["prel"]:
        if published is None:
            return None
        anchor = published.replace(day=1) if m["prel"].lower() == "this" else _shift_months(published.replace(day=1), -1)
        year, month = anchor.year, anchor.month
    else:
        month = month_number(m["pm"])
        year_found = _year(m["py"], month, first, published)
        if year_found is None:
            return None
        year = year_found
    return date(year, month, first), date(year, month, min(last, _month_end(year, month).day)), "part_of_month"


_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}


def _year_part(m: re.Match[str], published: date | None) -> _Span | None:
    """The months of "the first half of 2011", "the first six months of the year" (the year of
    the report), "the fourth quarter of last year"; up to the report's day where they reach past it."""
    if m["yyear"]:
        year = int(m["yyear"])
    elif published is None:
        return None
    else:
        year = published.year - (m["yrel"].lower() == "last")
    if m["yh"]:
        first, last = (1, 6) if m["yh"].lower() == "first" else (7, 12)
    elif m["yq"]:
        quarter = _QUARTERS[m["yq"].lower()]
        first, last = 3 * quarter - 2, 3 * quarter
    else:
        first, last = 1, _amount(m["yn"])
        if not 1 <= last <= 12:
            return None
    start, end = date(year, first, 1), _month_end(year, last)
    if published is not None and start > published:
        return None
    return start, min(end, published) if published is not None else end, "days"


def _open(m: re.Match[str], published: date | None, scope: str | None) -> _Span | None:
    if published is None:
        return None
    if m["ofar"] is None and scope != "since":  # "the start of the war" alone is no span
        return None
    unit = (m["ounit"] or m["oof"] or "").lower()
    if unit == "year":
        return published.replace(month=1, day=1), published, "days"
    if unit == "month":
        return published.replace(day=1), published, "days"
    if unit == "week":
        return published - timedelta(days=published.weekday()), published, "days"
    if m["oyear"]:
        return date(int(m["oyear"]), 1, 1), published, "days"
    return None, published, "open"


def _relative(m: re.Match[str], published: date | None, lead: str | None) -> _Span | None:
    if published is None:
        return None
    if m["theweekend"] is not None:
        if lead not in ("over", "at", "during"):
            return None
        which, unit = "over", "weekend"
    else:
        which = " ".join(m["which"].lower().split())
        unit = m["unit"].lower()
    if unit == "weekend":
        if which in ("over", "this past") or which == "this" and published.weekday() == 0:
            saturday = published - timedelta(days=(published.weekday() - 5) % 7)
        elif which == "this":
            saturday = published + timedelta(days=5 - published.weekday())
        else:
            saturday = _last_weekend_before(published)
        return saturday, saturday + timedelta(days=1), "weekend"
    this = which != "last"
    if unit == "week":
        monday = published - timedelta(days=published.weekday() + (0 if this else 7))
        return monday, monday + timedelta(days=6), "week"
    if unit == "month":
        first = published.replace(day=1) if this else _shift_months(published.replace(day=1), -1)
        return first, _month_end(first.year, first.month), "month"
    year = published.year if this else published.year - 1
    return date(year, 1, 1), date(year, 12, 31), "year"


_UNIT_DAYS = {"day": 1, "week": 7}


def _amount(words: str) -> int:
    number = parse_number(words)
    if number is not None:
        return number
    return next(count for word, count in _VAGUE_COUNTS.items() if word in words.lower().split())


def _back(published: date, count: int, unit: str) -> date:
    unit = unit.lower().rstrip("s")
    if unit == "hour":
        return published - timedelta(days=-(-count // 24))
    if unit in _UNIT_DAYS:
        return published - timedelta(days=count * _UNIT_DAYS[unit])
    return _shift_months(published, -count * (12 if unit == "year" else 1))


def _rolling(m: re.Match[str], published: date | None) -> _Span | None:
    if published is None:
        return None
    if m["ru1"]:
        return _back(published, 1, m["ru1"]), published, "days"
    return _back(published, _amount(m["rn"]), m["ru"]), published, "days"


def _ago(m: re.Match[str], published: date | None) -> _Span | None:
    if published is None:
        return None
    unit = m["au"].lower().rstrip("s")
    then = _back(published, _amount(m["an"]), unit)
    if unit == "day":
        return then, then, "day"
    if unit == "week":
        monday = then - timedelta(days=then.weekday())
        return monday, monday + timedelta(days=6), "week"
    if unit == "month":
        return then.replace(day=1), _month_end(then.year, then.month), "month"
    return date(then.year, 1, 1), date(then.year, 12, 31), "year"


def _dayword(m: re.Match[str], published: date | None) -> _Span | None:
    if published is None:
        return None
    word = " ".join(m.group().lower().split())
    if word in ("overnight", "last night"):
        return published - timedelta(days=1), published, "days"
    back = {"yesterday": 1, "the day before yesterday": 2}.get(word, 0)
    day = published - timedelta(days=back)
    return day, day, "day"


def _season(m: re.Match[str], published: date | None) -> _Span | None:
    name = (m["sname"] or m["sname2"]).lower()
    first_month, length = SEASONS[name]
    if m["syear"]:
        year = int(m["syear"])
    elif published is None:
        return None
    else:
        year = published.year if date(published.year, first_month, 1) <= published else published.year - 1
        if m["srel"].lower() in ("last", "past") and date(year, first_month, 1) + timedelta(days=92) > published:
            year -= 1
    start = date(year, first_month, 1)
    last = _shift_months(start, length - 1)
    return start, _month_end(last.year, last.month), "days"


def _months(m: re.Match[str], published: date | None) -> _Span | None:
    first, last = month_number(m["xm1"] or m["xm1b"]), month_number(m["xm2"])
    first_year_word, last_year_word = m["xy1"] or m["xy1b"], m["xy2"]
    if last_year_word:
        last_year = int(last_year_word)
    elif first_year_word:
        last_year = int(first_year_word) + (1 if last < first else 0)
    elif published is not None:
        last_year = published.year if date(published.year, first, 1) <= published else published.year - 1
        last_year += 1 if last < first else 0
    else:
        return None
    first_year = int(first_year_word) if first_year_word else last_year - (1 if last < first else 0)
    return date(first_year, first, 1), _month_end(last_year, last), "days"


def _month(m: re.Match[str], published: date | None, lead: str | None, scope: str | None) -> _Span | None:
    if not (m["my"] or m["mrel"] or scope or lead in ("in", "during", "throughout", "of")):
        return None
    found = _month_of(month_number(m["mm"]), m["my"], published, last=(m["mrel"] or "").lower() == "last")
    if found is None:
        return None
    year, month = found
    return date(year, month, 1), _month_end(year, month), "month"


def _weekday(m: re.Match[str], published: date | None) -> _Span | None:
    if published is None:
        return None
    back = (published.weekday() - WEEKDAYS[m["wd"].lower()]) % 7
    if back == 0 and (m["wrel"] or "").lower() in ("last", "past"):
        back = 7
    day = published - timedelta(days=back)
    if (m["wpart"] or "").lower() == "night":
        return day, day + timedelta(days=1), "days"
    return day, day, "day"


def _calendar_year(m: re.Match[str], lead: str | None, scope: str | None) -> _Span | None:
    if not (scope or lead in ("in", "during", "throughout")):
        return None
    year = int(m.group())
    return date(year, 1, 1), date(year, 12, 31), "year"


def _core(m: re.Match[str], kind: str, published: date | None, lead: str | None, scope: str | None) -> _Span | None:
    if kind == "night":
        return _night(m, published)
    if kind in ("range_dm", "range_md"):
        return _range(m, published, kind)
    if kind == "numeric":
        return _numeric(m, published)
    if kind in ("iso", "date_dm", "date_md"):
        return _single_date(m, published, kind)
    if kind == "part":
        return _part(m, published)
    if kind == "year_part":
        return _year_part(m, published)
    if kind == "open":
        return _open(m, published, scope)
    if kind == "rel":
        return _relative(m, published, lead)
    if kind == "roll":
        return _rolling(m, published)
    if kind == "ago":
        return _ago(m, published)
    if kind == "dayword":
        return _dayword(m, published)
    if kind == "season":
        return _season(m, published)
    if kind == "months":
        return _months(m, published)
    if kind == "month":
        return _month(m, published, lead, scope)
    if kind == "weekday":
        return _weekday(m, published)
    return _calendar_year(m, lead, scope)


def _scoped(span: _Span, scope: str, published: date | None) -> tuple[_Span, bool] | None:
    """Apply "since", "before", "until", "after" to a resolved span."""
    start, end, precision = span
    if scope == "since":
        if published is None or start is None:
            return (span, True) if start is None else None
        return (start, published, "days" if precision != "open" else precision), True
    if scope == "before":
        return ((None, start - timedelta(days=1), "open"), False) if start is not None else None
    if scope == "after":
        if published is None or end >= published:
            return None
        return (end + timedelta(days=1), published, "days"), False
    return (None, end, "open"), False


def _resolve(
    m: re.Match[str], kind: str, text: str, start: int, scope: str | None, lead: str | None, published: date | None
) -> TimePhrase | None:
    if scope and _POSSESSIVE.match(text, m.end()):  # "by Tuesday's strike": the day, not a deadline
        return None
    span = _core(m, kind, published, lead, scope)
    if span is None:
        return None
    since = kind == "open"
    if scope and kind != "open":
        scoped = _scoped(span, scope, published)
        if scoped is None:
            return None
        span, since = scoped
    first, last, precision = span
    phrase = text[start : m.end()]
    window = TimeWindow(first, _clipped(first, last, published), precision, phrase)
    return TimePhrase(start, m.end(), phrase, window, since)


# A day word written with a capital after a capitalised word ends the name of an outlet or a page,
# as sources are cited in monitor reports: "Palestine Today reported", "according to Jerusalem
# Today", "the Halab Today channel"; not "On Monday. Today, ...", nor "Officials said today".
_TITLED_DAYWORD = re.compile(r"(?:Today|Tonight|Yesterday)\b")
_NAME_BEFORE_DAYWORD = re.compile(r"\b[A-Z][\w'’-]*[ \t]+$")


def _phrase_at(text: str, start: int, published: date | None) -> TimePhrase | None:
    """The phrase that begins at ``start``, read with its scope and preposition, then without."""
    opening = _FIRST_TOKEN.match(text, start)
    if opening is None or not opening.group().isdigit() and opening.group().lower() not in _OPENING_WORDS:
        return None
    if _TITLED_DAYWORD.match(text, start) and _NAME_BEFORE_DAYWORD.search(text, max(0, start - 40), start):
        return None
    prefix = _PREFIX.match(text, start)
    assert prefix is not None  # the prefix is optional
    attempts = [(prefix.end(), prefix["scope"], prefix["lead"])]
    if prefix.end() > start:  # "until now", "up to now": the scope word opens the phrase itself
        attempts.append((start, None, None))
    for core, scope, lead in attempts:
        first = _FIRST_TOKEN.match(text, core)
        if first is None:
            continue
        word = "0" if first.group().isdigit() else first.group().lower()
        for kind in _KINDS_BY_FIRST_WORD.get(word, ()):
            match = _KIND_PATTERNS[kind].match(text, core)
            if match is None:
                continue
            scope_word = " ".join(scope.lower().split()) if scope else None
            phrase = _resolve(match, kind, text, start, scope_word, lead.lower() if lead else None, published)
            if phrase is not None:
                return phrase
    return None


def _anchors(text: str) -> list[int]:
    lowered = find_starts(lower_aligned(text), _ANCHOR_WORDS, word_start=False)
    return sorted({*lowered, *find_starts(text, _CASED_ANCHOR_WORDS, word_start=False)})


def _starts_before(text: str, anchor: int, floor: int) -> list[int]:
    """Word starts from the earliest possible phrase start up to the anchor's word, in order."""
    starts: list[int] = []
    end = anchor
    while True:
        space = text.rfind(" ", floor, end)
        word_start = space + 1 if space >= 0 else floor
        newline = text.rfind("\n", word_start, end)
        if newline >= 0:  # a phrase never runs over a line break
            word_start, space = newline + 1, -1
        word = text[word_start:end].lstrip(_PUNCTUATION)
        if starts:
            bare = word.rstrip(_PUNCTUATION)
            if not bare or not (bare[0].isdigit() or bare.lower() in _INNER_WORDS):
                break
        starts.append(end - len(word))
        if space < 0:
            break
        end = space
    starts.reverse()
    return starts


def says_running_total(clause: str) -> bool:
    """Whether ``clause`` names a span that makes its figure a running total whatever the date
    ("have been killed since the uprising began", "so far"): for texts without a publication
    date, where no window can be resolved."""
    lowered = clause.lower()
    if "since" not in lowered and "far" not in lowered and "date" not in lowered:
        return False  # none of the pattern's words: most clauses, at the cost of one lower()
    return _RUNNING.search(clause) is not None


def find_time_phrases(text: str, published: date | None) -> list[TimePhrase]:
    """Every time expression in ``text`` that can be resolved, in text order.

    Phrases are only looked for around anchor words, which keeps the cost proportional to the
    number of time words rather than to the length of the text.  The last few documents' phrases
    are kept, since tallies and claims of one document both ask for them.
    """
    return list(_phrases(text, published))


@lru_cache(maxsize=8)
def _phrases(text: str, published: date | None) -> tuple[TimePhrase, ...]:
    phrases: list[TimePhrase] = []
    covered = 0
    for anchor in _anchors(text):
        if anchor < covered:
            continue
        for start in _starts_before(text, anchor, covered):
            phrase = _phrase_at(text, start, published)
            if phrase is not None and phrase.end > anchor:
                phrases.append(_since_its_start(text, phrase, published))
                covered = phrase.end
                break
    return tuple(phrases)


# A "since" clause that tells how something began, up to its date: "since the war began on Oct.
# 7", "since fighting erupted on April 15", "since seizing power in February 2021", "since a
# ceasefire collapsed on Sept. 19", "since Israel launched its offensive on Oct. 8"; or names the start,
# then dates it, as someone's: "since Russia's full-scale invasion in February 2022", "since its coup in 2021",
# "since the Taliban's ouster in 2001", "since Saddam Hussein's fall in 2003".
_SINCE_IT_BEGAN = re.compile(
    r"\bsince\s+(?:(?:[\w'’-]+\s+){0,7}?(?:began|begun|started|erupted|broke\s+out|collapsed|invaded|launched|seized"
    r"|seizing|took\s+power|taking\s+power|stormed|attacked)"
    r"|(?:the\s+)?(?:(?:[\w-]+\s+)?[\w-]+['’]s|its|their)\s+(?:[\w-]+\s+)?"
    r"(?:invasion|coup|takeover|ouster|overthrow|downfall|fall))\s+(?:[\w'’-]+\s+){0,3}?$",
    re.IGNORECASE,
)
_SINCE_REACH = 80  # characters before a phrase read for such a clause


def _since_its_start(text: str, phrase: TimePhrase, published: date | None) -> TimePhrase:
    """The phrase, or, when it dates the start told in a "since" clause ("have killed 2,000 since
    clashes erupted on April 15"), the running span from that start to the publication day that
    the clause opens (as "since April 15" does), told from "since"."""
    reach = max(0, phrase.start - _SINCE_REACH)
    if phrase.since or published is None or phrase.window.start is None or "ince" not in text[reach : phrase.start]:
        return phrase
    clause = _SINCE_IT_BEGAN.search(text, reach, phrase.start)
    if clause is None:
        return phrase
    words = text[clause.start() : phrase.end]
    window = TimeWindow(phrase.window.start, published, "days", words)
    return TimePhrase(clause.start(), phrase.end, words, window, since=True)


# -- which phrase governs a figure --------------------------------------------------------------

_STRONG_BREAK = re.compile(r"[;:()\[\]]|\s[—–-]\s|—")
_WEAK_BREAK = re.compile(r",")
_RELATIVE_CLAUSE = re.compile(r",\s*(?:which|who|whom|whose|where)\b")
_AFTER = re.compile(r"\s+after\b", re.IGNORECASE)


def _breaks(text: str) -> int:
    return 3 * len(_STRONG_BREAK.findall(text)) + len(_WEAK_BREAK.findall(text))


def governing_phrase(
    phrases: list[TimePhrase], start: int, end: int, sentence: Sentence
) -> TimePhrase | None:
    """The phrase of ``sentence`` nearest to ``text[start:end]`` in clauses, then in characters.

    A phrase that opens the sentence and is followed by a comma ("On Tuesday, ...") governs every
    clause of it.  A phrase in a relative clause after the figure ("..., which had been hit twice
    since October") is about something else, and phrases outside the sentence never govern.
    """
    best: tuple[int, int, int, TimePhrase] | None = None
    for phrase in phrases:
        if phrase.start < sentence.start or phrase.end > sentence.end:
            continue
        if phrase.start < end and start < phrase.end:
            return phrase
        if phrase.end <= start:
            between = sentence.text[phrase.end - sentence.start : start - sentence.start]
            opener = not sentence.text[: phrase.start - sentence.start].strip(" \"“‘'") and between.lstrip().startswith(",")
            cost = 0 if opener else _breaks(between)
            key = (cost, start - phrase.end, 1, phrase)
        else:
            between = sentence.text[end - sentence.start : phrase.start - sentence.start]
            if _RELATIVE_CLAUSE.search(between):
                continue
            key = (_breaks(between), phrase.start - end, 0, phrase)
        if best is None or key[:3] < best[:3]:
            best = key
    return best[3] if best else None


def pick_window(
    phrases: list[TimePhrase], start: int, end: int, sentence: Sentence, published: date | None
) -> TimeWindow | None:
    """The window of the figure at ``text[start:end]`` in ``sentence``.

    The governing phrase (see ``governing_phrase``) gives it.  A figure in an "after" clause that
    directly follows the phrase ("returned in October after the death of ...") happened earlier:
    its window is open and ends where the phrase's window ends.  Without a phrase the publication
    day is assumed; with no publication date either, None (no window beats an invented one).
    """
    phrase = governing_phrase(phrases, start, end, sentence)
    if phrase is None:
        if published is None:
            return None
        return TimeWindow(published, published, "day", None, assumed=True)
    if phrase.end <= start:
        gap = sentence.text[phrase.end - sentence.start : start - sentence.start]
        after = _AFTER.match(gap)
        if after and not _STRONG_BREAK.search(gap):
            words = sentence.text[phrase.start - sentence.start : phrase.end - sentence.start + after.end()]
            return TimeWindow(None, phrase.window.end, "open", words)
    return phrase.window
